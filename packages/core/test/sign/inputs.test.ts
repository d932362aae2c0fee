import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ArtefactsError,
  buildImage,
  LayoutStore,
  memoryLogger,
  parsePromoteInputs,
  parseSbomInputs,
  parseSignInputs,
  parseTraceInputs,
  runSign,
  parseVerifyInputs,
  runVerify,
  sign,
} from '@immutable-artefacts/core';

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const digest = `sha256:${'d'.repeat(64)}`;

function inputErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArtefactsError && error.code === 'INPUT_INVALID') return error.message;
    throw error;
  }
  throw new Error('expected INPUT_INVALID');
}

let dir: string;
let pair: { privateKeyPem: string; publicKeyPem: string; hint: string };
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sign-inputs-'));
  pair = await sign.generateKeyPair('pw');
  writeFileSync(join(dir, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(join(dir, 'cosign.pub'), pair.publicKeyPem);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const environment = (env: Record<string, string> = {}) => ({
  cwd: dir,
  env,
  logger: memoryLogger(),
  github: undefined,
});

describe('sign inputs', () => {
  it('parses a key-based image signing request', () => {
    const inputs = sign.parseSigningInputs(
      raw({ image: 'ghcr.io/acme/app@' + digest, key: 'cosign.key', provenance: 'true' }),
    );
    expect(inputs).toMatchObject({
      key: 'cosign.key',
      keyless: 'auto',
      provenance: true,
      legacySignature: false,
      sigstoreInstance: 'auto',
    });
  });

  it.each([
    [{}, 'image'],
    [{ image: 'a', key: 'k', keyless: 'true' }, 'keyless'],
    [{ image: 'a', key: 'k', 'identity-token': 'eyJ.x.y' }, 'identity-token'],
    [{ image: 'a', keyless: 'false', 'identity-token': 'eyJ.x.y' }, 'identity-token'],
    [{ image: 'a', predicate: '{}' }, 'predicate-type'],
    [{ image: 'a', 'predicate-type': 'https://x.dev/p' }, 'predicate'],
    [{ image: 'a', 'predicate-type': 'not a uri', predicate: '{}' }, 'predicate-type'],
    [{ image: 'a', 'predicate-type': 'https://x.dev/p', predicate: '{}', 'predicate-path': 'p.json' }, 'predicate'],
    [{ files: 'dist/*', 'legacy-signature': 'true' }, 'legacy-signature'],
    [{ image: 'a', 'sigstore-instance': 'staging' }, 'sigstore-instance'],
  ])('names the input for %j', (values, input) => {
    expect(inputErrorOf(() => sign.parseSigningInputs(raw(values)))).toContain(`'${input}'`);
  });

  it('loads a key from a path or from PEM text, and masks the password and the PEM', async () => {
    const fromPath = await sign.resolveSigningConfig(
      sign.parseSigningInputs(raw({ image: 'a', key: 'cosign.key', 'key-password': 'pw' })),
      environment(),
    );
    expect(fromPath.kind === 'key' && fromPath.key.hint).toBe(pair.hint);
    const secrets: string[] = [];
    const env = { ...environment(), logger: { ...memoryLogger(), secret: (s: string) => void secrets.push(s) } };
    const fromText = await sign.resolveSigningConfig(
      sign.parseSigningInputs(raw({ image: 'a', key: pair.privateKeyPem, 'key-password': 'pw' })),
      env,
    );
    expect(fromText.kind === 'key' && fromText.key.hint).toBe(pair.hint);
    expect(secrets).toEqual(expect.arrayContaining(['pw', pair.privateKeyPem.trim()]));
  });

  it('reads the password from COSIGN_PASSWORD as cosign does, and says so when no password was given at all', async () => {
    const fromEnv = await sign.resolveSigningConfig(
      sign.parseSigningInputs(raw({ image: 'a', key: 'cosign.key' })),
      environment({ COSIGN_PASSWORD: 'pw' }),
    );
    expect(fromEnv.kind === 'key' && fromEnv.key.hint).toBe(pair.hint);
    const none = sign.resolveSigningConfig(
      sign.parseSigningInputs(raw({ image: 'a', key: 'cosign.key' })),
      environment(),
    );
    await expect(none).rejects.toMatchObject({
      code: 'KEY_INVALID',
      message: expect.stringMatching(/no password was given/),
    });
    const wrong = sign.resolveSigningConfig(
      sign.parseSigningInputs(raw({ image: 'a', key: 'cosign.key' })),
      environment({ COSIGN_PASSWORD: 'nope' }),
    );
    await expect(wrong).rejects.toMatchObject({
      code: 'KEY_INVALID',
      message: expect.stringMatching(/password is wrong/),
    });
  });

  it('fails clearly on a wrong password, a missing key file, and keyless without id-token', async () => {
    const wrong = sign.resolveSigningConfig(
      sign.parseSigningInputs(raw({ image: 'a', key: 'cosign.key', 'key-password': 'nope' })),
      environment(),
    );
    await expect(wrong).rejects.toMatchObject({ code: 'KEY_INVALID' });
    const missing = sign.resolveSigningConfig(
      sign.parseSigningInputs(raw({ image: 'a', key: 'missing.key' })),
      environment(),
    );
    await expect(missing).rejects.toThrow(/'key'/);
    await expect(
      sign.resolveSigningConfig(sign.parseSigningInputs(raw({ image: 'a' })), environment()),
    ).rejects.toMatchObject({
      code: 'GITHUB_PERMISSION',
    });
    const keyless = await sign.resolveSigningConfig(
      sign.parseSigningInputs(raw({ image: 'a', 'sigstore-instance': 'public-good' })),
      environment({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/t', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }),
    );
    expect(keyless.kind === 'keyless' && keyless.instance.name).toBe('public-good');
  });

  it('refuses a transparency log upload on an instance without one', async () => {
    const inputs = sign.parseSigningInputs(
      raw({
        image: 'a',
        key: 'cosign.key',
        'key-password': 'pw',
        'transparency-log': 'true',
        'sigstore-instance': 'github',
      }),
    );
    await expect(sign.resolveSigningConfig(inputs, environment())).rejects.toThrow(/'transparency-log'/);
  });
});

describe('verify inputs and policy', () => {
  it('expands predicate type aliases', () => {
    const inputs = sign.parseVerificationInputs(
      raw({ image: 'a', key: 'cosign.pub', attestations: 'provenance, spdx, https://x.dev/p' }),
    );
    expect(inputs.attestations).toEqual([
      'https://slsa.dev/provenance/v1',
      'https://spdx.dev/Document/v2.3',
      'https://x.dev/p',
    ]);
  });

  it.each([
    [{ key: 'k' }, 'image'],
    [{ image: 'a' }, 'key'],
    [{ image: 'a', key: 'k', 'certificate-identity': 'x' }, 'key'],
    [{ image: 'a', 'certificate-identity': 'x' }, 'certificate-oidc-issuer'],
    [{ image: 'a', 'certificate-oidc-issuer': 'https://i' }, 'certificate-identity'],
    [{ image: 'a', 'certificate-identity-regexp': '(' }, 'certificate-identity-regexp'],
    [
      { image: 'a', 'certificate-identity': 'x', 'certificate-oidc-issuer': 'https://i', 'tuf-mirror': 'ftp://x' },
      'tuf-mirror',
    ],
    [
      {
        image: 'a',
        'certificate-identity': 'x',
        'certificate-oidc-issuer': 'https://i',
        'trusted-root': 't',
        'tuf-root': 'r',
      },
      'tuf-root',
    ],
    [
      { image: 'a', 'certificate-identity': 'x', 'certificate-oidc-issuer': 'https://i', 'sigstore-instance': 'x' },
      'sigstore-instance',
    ],
    [{ image: 'a', key: 'k', attestations: 'provenence' }, 'attestations'],
  ])('names the input for %j', (values, input) => {
    expect(inputErrorOf(() => sign.parseVerificationInputs(raw(values)))).toContain(`'${input}'`);
  });

  it('loads a key policy that verifies what the key signed', async () => {
    const policy = await sign.loadVerificationPolicy(
      sign.parseVerificationInputs(raw({ image: 'a', key: 'cosign.pub', attestations: 'signature' })),
      dir,
    );
    const key = await sign.loadPrivateKey(pair.privateKeyPem, 'pw');
    const signed = await sign.signStatement(sign.cosignSignStatement('a', digest), { kind: 'key', key });
    expect(sign.verifyStatements([{ source: 'r', bundle: signed.bundle }], digest, policy).verified).toHaveLength(1);
  });

  it('needs a trusted root for keyless policies', async () => {
    const inputs = sign.parseVerificationInputs(
      raw({
        image: 'a',
        'certificate-identity': 'x',
        'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
      }),
    );
    await expect(sign.loadVerificationPolicy(inputs, dir)).rejects.toMatchObject({ code: 'VERIFICATION_FAILED' });
  });
});

describe('a key that is not the key needed names its input, what was given and what it held', () => {
  const failure = async (promise: Promise<unknown>): Promise<ArtefactsError> => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ArtefactsError) return error;
      throw error;
    }
    throw new Error('expected a failure');
  };
  const signWith = (key: string, keyInput?: string, password = 'pw') =>
    failure(
      sign.resolveSigningConfig(
        sign.parseSigningInputs(raw({ image: 'a', key, 'key-password': password })),
        environment(),
        keyInput,
      ),
    );
  const verifyWith = (key: string, keyInput?: string) =>
    failure(
      sign.loadVerificationPolicy(sign.parseVerificationInputs(raw({ image: 'a', key })), dir, undefined, keyInput),
    );
  beforeAll(() => writeFileSync(join(dir, 'file.txt'), 'hello\n'));

  it('signing: a file that is not PEM', async () => {
    const error = await signWith('file.txt');
    expect(error.code).toBe('KEY_INVALID');
    expect(error.message).toMatch(
      /^Input 'key': got "file\.txt"; expected a private key in PEM .*, but it holds no PEM block\.$/,
    );
    // Nothing suggests it was a public key.
    expect(error.hint).not.toMatch(/not the public key/);
    expect(error.message).not.toContain('hello');
  });

  it('signing: the public key where the private key is needed, by path or as PEM text (never shown)', async () => {
    const byPath = await signWith('cosign.pub');
    expect(byPath.message).toMatch(
      /^Input 'key': got "cosign\.pub"; .*public key \(PUBLIC KEY\) where the private key is needed/,
    );
    expect(byPath.hint).toMatch(/cosign\.key/);
    const inline = await signWith(pair.publicKeyPem);
    expect(inline.message).toMatch(/^Input 'key': got "\(PEM text\)"; /);
    expect(inline.message).not.toContain(pair.publicKeyPem.split('\n')[1]!);
  });

  it('signing: the input the caller names (record-key, summary-key), also for its password', async () => {
    const notPem = await signWith('file.txt', 'record-key');
    expect(notPem.message).toMatch(/^Input 'record-key': got "file\.txt"; /);
    const wrong = await signWith('cosign.key', 'summary-key', 'nope');
    expect(wrong.message).toMatch(/^Input 'summary-key': got "cosign\.key"; cannot decrypt .*password is wrong/);
    expect(wrong.hint).toContain('summary-key-password');
  });

  it('verifying: a file that is not PEM, and the private key where the public key is needed', async () => {
    const notPem = await verifyWith('file.txt');
    expect(notPem.code).toBe('KEY_INVALID');
    expect(notPem.message).toMatch(
      /^Input 'key': got "file\.txt"; expected a public key in PEM .*, but it holds no PEM block\.$/,
    );
    const privateKey = await verifyWith('cosign.key', 'require-signature');
    expect(privateKey.message).toMatch(
      /^Input 'require-signature': got "cosign\.key"; .*private key \(ENCRYPTED SIGSTORE PRIVATE KEY\) where the public key is needed/,
    );
    expect(privateKey.hint).toMatch(/cosign\.pub/);
  });
});

describe('verify with a `bundle` that does not exist', () => {
  it('names bundle and the path given, and does not tell the user to give bundle', async () => {
    writeFileSync(join(dir, 'data.txt'), 'data\n');
    const error = await runVerify(
      parseVerifyInputs(raw({ files: 'data.txt', key: 'cosign.pub', bundle: 'nosuch.json' })),
      environment(),
    ).then(
      () => {
        throw new Error('expected a failure');
      },
      (e: unknown) => e as ArtefactsError,
    );
    expect(error.message).toMatch(/^Input 'bundle': got "nosuch\.json"; .*no such file exists/);
    expect(error.hint).not.toMatch(/Sign it first|give the bundle/);
  });
});

describe('a reference with a newline shows the value as given', () => {
  const value = 'oci:src:1.0\noci:src:1.0';
  it.each([
    ['verify image', 'image', () => parseVerifyInputs(raw({ image: value, key: 'cosign.pub' }))],
    ['sign image', 'image', () => parseSignInputs(raw({ image: value, key: 'cosign.key' }))],
  ])('%s', (_what, input, parse) => {
    expect(inputErrorOf(parse)).toMatch(
      new RegExp(`^Input '${input}': got ${JSON.stringify(JSON.stringify(value)).slice(1, -1)};`),
    );
  });
});

describe('a document read from a file is shown by its path, never by its content', () => {
  const signFails = (values: Record<string, string>) =>
    runSign(
      parseSignInputs(raw({ files: 'data.txt', key: 'cosign.key', 'key-password': 'pw', ...values })),
      environment(),
    ).then(
      () => {
        throw new Error('expected a failure');
      },
      (e: unknown) => e as ArtefactsError,
    );
  beforeAll(async () => {
    await buildImage(new LayoutStore(join(dir, 'img')), { layers: [{ files: { 'a.txt': 'a' } }] }, { tag: '1' });
    writeFileSync(join(dir, 'data.txt'), 'data\n');
    writeFileSync(join(dir, 'bad.json'), 'garbage-content\n');
    writeFileSync(join(dir, 'list.json'), '[1]\n');
  });

  it.each([
    ['predicate-path', { 'predicate-type': 'https://example.com/p/v1', 'predicate-path': 'bad.json' }, 'bad.json'],
    ['predicate-path', { 'predicate-type': 'https://example.com/p/v1', 'predicate-path': 'list.json' }, 'list.json'],
    ['attest-path', { 'attest-type': 'vuln', 'attest-path': 'bad.json' }, 'bad.json'],
    ['sbom-path', { image: 'oci:img:1', 'sbom-path': 'bad.json', files: '' }, 'bad.json'],
  ])('%s %j', async (input, values, path) => {
    const error = await signFails(values);
    expect(error.message).toMatch(new RegExp(`^Input '${input}': got "${path.replace('.', '\\.')}"; `));
    expect(error.message).not.toMatch(/garbage-content|\[1\]/);
  });
});

describe('a true/false input is shown as it was given', () => {
  it.each([
    ['keyless', () => sign.parseSigningInputs(raw({ image: 'a', keyless: 'maybe' })), '"maybe"', /true, false or auto/],
    ['keyless', () => sign.parseSigningInputs(raw({ image: 'a', key: 'k', keyless: 'yes' })), '"yes"', /auto/],
    ['transparency-log', () => sign.parseSigningInputs(raw({ image: 'a', 'transparency-log': 'on' })), '"on"', /key/],
    [
      'legacy-signature',
      () => sign.parseSigningInputs(raw({ files: 'a', 'legacy-signature': 'yes' })),
      '"yes"',
      /image/,
    ],
    ['sbom-path', () => sign.parseSigningInputs(raw({ files: 'a', 'sbom-path': 'bom.json' })), '"bom.json"', /image/],
    ['attest', () => parseSbomInputs(raw({ formats: 'cyclonedx-json', attest: 'yes' })), '"yes"', /path/],
    [
      'write-summary',
      () => parseVerifyInputs(raw({ files: 'a', key: 'k', 'write-summary': '1', 'summary-key': 'k' })),
      '"1"',
      /image/,
    ],
    [
      'write-summary',
      () => parsePromoteInputs(raw({ source: 'a/b', destinations: 'c/d', 'write-summary': 'on' })),
      '"on"',
      /require-signature/,
    ],
    [
      'require-verified',
      () => parseTraceInputs(raw({ reference: 'a/b:1', 'require-verified': 'yes' })),
      '"yes"',
      /key/,
    ],
  ])('%s', (input, parse, shown, accepted) => {
    const message = inputErrorOf(parse);
    expect(message).toMatch(new RegExp(`^Input '${input}': got ${shown.replace('.', '\\.')}; `));
    expect(message).toMatch(accepted);
  });
});
