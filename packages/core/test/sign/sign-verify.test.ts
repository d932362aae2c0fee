import { createHash, createPublicKey, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { ArtefactsError, sign } from '@immutable-artefacts/core';
import { rejectionOf, thrownBy } from '../../../../test/harness/failures.js';

const digestOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const IMAGE = '127.0.0.1:5000/team/app';
const D1 = digestOf('image one');
const D2 = digestOf('image two');

let signingKey: sign.SigningKey;
let publicKey: sign.VerificationKey;
let otherPublicKey: sign.VerificationKey;
let keyConfig: sign.SigningConfig;
let dir: string;

beforeAll(async () => {
  const pair = await sign.generateKeyPair('secret');
  signingKey = await sign.loadPrivateKey(pair.privateKeyPem, 'secret');
  publicKey = sign.loadPublicKey(pair.publicKeyPem);
  otherPublicKey = sign.loadPublicKey((await sign.generateKeyPair('')).publicKeyPem);
  keyConfig = { kind: 'key', key: signingKey };
  dir = mkdtempSync(join(tmpdir(), 'sign-test-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failure = (fn: () => unknown) => thrownBy(fn, sign.VerificationFailure);

/** @sigstore/verify used directly, not through our policy module. */
function independentVerify(json: unknown, key: sign.VerificationKey, artifact?: Buffer) {
  const root = TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  });
  const trust = toTrustMaterial(root, () => ({ publicKey: key.publicKey, validFor: () => true }));
  const verifier = new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
  return verifier.verify(toSignedEntity(bundleFromJSON(json), artifact));
}

describe('key-based image signature (cosign v3 shape)', () => {
  it('writes a v0.3 bundle: DSSE in-toto envelope, public key hint, no log entries', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const b = signed.bundle as unknown as Record<string, never>;
    expect(b.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(signed.bundle.verificationMaterial.publicKey?.hint).toBe(signingKey.hint);
    expect(signed.bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    const envelope = signed.bundle.dsseEnvelope!;
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as sign.Statement;
    expect(statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: IMAGE, digest: { sha256: D1.slice(7) } }],
      predicateType: 'https://sigstore.dev/cosign/sign/v1',
      predicate: {},
    });
    expect(signed.signer).toBe(signingKey.hint);
    expect(signed.transparencyLogIndex).toBeUndefined();
  });

  it('signs PAE(type, payload) with ECDSA P-256/SHA-256 (checked with node:crypto alone)', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const env = signed.bundle.dsseEnvelope!;
    const payload = Buffer.from(env.payload, 'base64');
    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${env.payloadType.length} ${env.payloadType} ${payload.length} `),
      payload,
    ]);
    const pub = createPublicKey(publicKey.publicKeyPem);
    expect(cryptoVerify('sha256', pae, pub, Buffer.from(env.signatures[0]?.sig ?? '', 'base64'))).toBe(true);
    expect(sign.preAuthEncoding(env.payloadType, payload).equals(pae)).toBe(true);
  });

  it('verifies: through our policy, and independently through @sigstore/verify', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const result = sign.verifyStatements([{ source: 'referrer-1', bundle: signed.bundle }], D1, { key: publicKey });
    expect(result.verified).toHaveLength(1);
    expect(result.verified[0]?.signer).toEqual({ kind: 'key', keyHint: publicKey.hint });
    expect(result.verified[0]?.statement.predicateType).toBe(sign.COSIGN_SIGN_PREDICATE);
    expect(result.rejected).toEqual([]);
    // Through JSON text, as it comes back from a registry layer.
    const text = sign.bundleText(signed.bundle);
    expect(independentVerify(JSON.parse(text), publicKey).key.export({ format: 'der', type: 'spki' })).toEqual(
      publicKey.publicKey.export({ format: 'der', type: 'spki' }),
    );
    expect(() => independentVerify(JSON.parse(text), otherPublicKey)).toThrow();
  });

  it('refuses another key (rule: signature)', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const error = failure(() =>
      sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], D1, { key: otherPublicKey }),
    );
    expect(error.code).toBe('VERIFICATION_FAILED');
    expect(error.rule).toBe('signature');
    expect(error.rejections).toEqual([expect.objectContaining({ source: 'ref', rule: 'signature' })]);
    expect(error.message).toContain('ref');
  });

  it('refuses a modified payload (rule: signature)', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const forged = JSON.parse(sign.bundleText(signed.bundle)) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(forged.dsseEnvelope.payload, 'base64').toString()) as Record<
      string,
      unknown
    >;
    statement.subject = [{ name: IMAGE, digest: { sha256: D2.slice(7) } }];
    forged.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const error = failure(() => sign.verifyStatements([{ source: 'forged', bundle: forged }], D2, { key: publicKey }));
    expect(error.rule).toBe('signature');
    expect(() => independentVerify(forged, publicKey)).toThrow();
  });

  it('refuses a genuine statement about another digest (rule: subject-digest)', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement(IMAGE, D2), keyConfig);
    const error = failure(() =>
      sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], D1, { key: publicKey }),
    );
    expect(error.rule).toBe('subject-digest');
    expect(error.rejections[0]?.reason).toContain(D2);
  });

  it('refuses, without crashing, a signed statement whose subject digests are malformed', async () => {
    const odd = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [
        { name: IMAGE, digest: { sha256: 42 } },
        { name: 7, digest: {} },
      ],
      predicateType: sign.COSIGN_SIGN_PREDICATE,
      predicate: {},
    } as unknown as sign.Statement;
    const signed = await sign.signStatement(odd, keyConfig);
    const error = failure(() =>
      sign.verifyStatements([{ source: 'odd', bundle: signed.bundle }], D1, { key: publicKey }),
    );
    expect(error.rule).toBe('statement-format');
    const noDigest = { ...odd, subject: [{ name: IMAGE, digest: { sha512: 'ab' } }] } as unknown as sign.Statement;
    const signed2 = await sign.signStatement(noDigest, keyConfig);
    const error2 = failure(() =>
      sign.verifyStatements([{ source: 'odd', bundle: signed2.bundle }], D1, { key: publicKey }),
    );
    expect(error2.rule).toBe('subject-digest');
  });

  it('refuses a signature moved from one image to another (rule: subject-digest)', async () => {
    // The referrer of image D1, re-attached to image D2: the signature is valid, the binding is not.
    const forD1 = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    expect(
      sign.verifyStatements([{ source: 'on-D1', bundle: forD1.bundle }], D1, { key: publicKey }).verified,
    ).toHaveLength(1);
    const error = failure(() =>
      sign.verifyStatements([{ source: 'moved-to-D2', bundle: forD1.bundle }], D2, { key: publicKey }),
    );
    expect(error.rule).toBe('subject-digest');
    expect(error.rejections[0]?.source).toBe('moved-to-D2');
  });

  it('accepts when one of several bundles passes, and reports the others', async () => {
    const good = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const theirs = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), {
      kind: 'key',
      key: await sign.loadPrivateKey((await sign.generateKeyPair('x')).privateKeyPem, 'x'),
    });
    const result = sign.verifyStatements(
      [
        { source: 'theirs', bundle: theirs.bundle },
        { source: 'garbage', bundle: { hello: 'world' } },
        { source: 'ours', bundle: good.bundle },
      ],
      D1,
      { key: publicKey },
    );
    expect(result.verified.map((v) => v.source)).toEqual(['ours']);
    expect(result.rejected.map((r) => [r.source, r.rule])).toEqual([
      ['theirs', 'signature'],
      ['garbage', 'bundle-format'],
    ]);
  });

  it('fails closed when nothing is found, or a required predicate type is missing', async () => {
    expect(failure(() => sign.verifyStatements([], D1, { key: publicKey })).rule).toBe('policy');
    const signed = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const error = failure(() =>
      sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], D1, {
        key: publicKey,
        requiredPredicateTypes: [sign.SLSA_PROVENANCE_PREDICATE],
      }),
    );
    expect(error.rule).toBe('predicate-type');
    expect(error.message).toContain(sign.SLSA_PROVENANCE_PREDICATE);
  });

  it('demands a transparency log entry when the policy says so (offline key bundles have none)', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const error = failure(() =>
      sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], D1, {
        key: publicKey,
        requireTransparencyLog: true,
      }),
    );
    expect(error.rule).toBe('transparency-log');
  });

  it('refuses a policy with neither or both of key and identity', () => {
    const both = () =>
      sign.verifyStatements([], D1, { key: publicKey, identity: { exact: 'x', issuer: 'https://issuer' } });
    expect(both).toThrow(ArtefactsError);
    expect(() => sign.verifyStatements([], D1, {})).toThrow(ArtefactsError);
  });
});

describe('attestations', () => {
  const context = {
    eventName: 'push',
    payload: {},
    sha: 'a'.repeat(40),
    ref: 'refs/tags/v1.2.0',
    refName: 'v1.2.0',
    headRef: '',
    baseRef: '',
    repository: 'acme/app',
    owner: 'acme',
    repo: 'app',
    runId: '4242',
    runNumber: 7,
    runAttempt: 2,
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    workflow: 'release',
    job: 'build',
    actor: 'octocat',
    pullRequest: undefined,
  };
  const env = {
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.0',
    GITHUB_REPOSITORY_ID: '123',
    GITHUB_REPOSITORY_OWNER_ID: '456',
    RUNNER_ENVIRONMENT: 'github-hosted',
  };

  it('builds SLSA provenance v1 in the shape of GitHub’s workflow build type', () => {
    const predicate = sign.githubProvenancePredicate(context, sign.workflowFacts(env));
    expect(predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v1.2.0',
            repository: 'https://github.com/acme/app',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '123',
            repository_owner_id: '456',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/acme/app@refs/tags/v1.2.0', digest: { gitCommit: 'a'.repeat(40) } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0' },
        metadata: { invocationId: 'https://github.com/acme/app/actions/runs/4242/attempts/2' },
      },
    });
  });

  it('refuses provenance without the run facts it needs', () => {
    expect(() => sign.githubProvenancePredicate(context, sign.workflowFacts({}))).toThrow(ArtefactsError);
  });

  it('signs provenance and verifies it as a required predicate type', async () => {
    const statement = sign.statement(
      [sign.subject(IMAGE, D1)],
      sign.SLSA_PROVENANCE_PREDICATE,
      sign.githubProvenancePredicate(context, sign.workflowFacts(env)),
    );
    const image = await sign.signStatement(sign.cosignSignStatement(IMAGE, D1), keyConfig);
    const provenance = await sign.signStatement(statement, keyConfig);
    const result = sign.verifyStatements(
      [
        { source: 'sig', bundle: image.bundle },
        { source: 'prov', bundle: provenance.bundle },
      ],
      D1,
      { key: publicKey, requiredPredicateTypes: [sign.COSIGN_SIGN_PREDICATE, sign.SLSA_PROVENANCE_PREDICATE] },
    );
    expect(result.verified.map((v) => v.statement.predicateType)).toEqual([
      sign.COSIGN_SIGN_PREDICATE,
      sign.SLSA_PROVENANCE_PREDICATE,
    ]);
  });

  it('recognises SBOM predicate types and refuses unknown documents', () => {
    expect(sign.sbomPredicateType({ bomFormat: 'CycloneDX', specVersion: '1.6', serialNumber: 'urn:uuid:x' })).toBe(
      'https://cyclonedx.org/bom',
    );
    expect(sign.sbomPredicateType({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT' })).toBe(
      'https://spdx.dev/Document/v2.3',
    );
    expect(() => sign.sbomPredicateType({ spdxVersion: 'SPDX-2.2', SPDXID: 'SPDXRef-DOCUMENT' })).toThrow(
      ArtefactsError,
    );
    expect(() => sign.sbomPredicateType({ name: 'x' })).toThrow(ArtefactsError);
  });

  it('refuses a predicate type that is not a URI, and a digest that is not sha256', () => {
    expect(() => sign.statement([sign.subject(IMAGE, D1)], 'provenance', {})).toThrow(ArtefactsError);
    expect(() => sign.subject(IMAGE, 'sha256:abc')).toThrow(ArtefactsError);
  });
});

describe('files and checksums files', () => {
  it('parses sha256sum and BSD checksum lines, and names the bad line', () => {
    const a = 'a'.repeat(64);
    const b = 'B'.repeat(64);
    expect(
      sign.parseChecksums(
        `${a}  app.tar.gz\n${a} *bin/app.exe\nSHA256 (x y.zip) = ${b}\n\\${a}  odd\\\\name\n`,
        'SUMS',
      ),
    ).toEqual([
      { name: 'app.tar.gz', digest: `sha256:${a}` },
      { name: 'bin/app.exe', digest: `sha256:${a}` },
      { name: 'x y.zip', digest: `sha256:${b.toLowerCase()}` },
      { name: 'odd\\name', digest: `sha256:${a}` },
    ]);
    let caught: unknown;
    try {
      sign.parseChecksums(`${a}  ok\nmd5 nonsense\n`, 'SUMS');
    } catch (error) {
      caught = error;
    }
    expect((caught as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((caught as ArtefactsError).message).toContain('line 2');
  });

  it('signs files matched by globs beside them, and verifies them (ours and @sigstore/verify directly)', async () => {
    const work = join(dir, 'files');
    mkdirSync(join(work, 'dist'), { recursive: true });
    writeFileSync(join(work, 'dist', 'app-linux.tar.gz'), 'linux build');
    writeFileSync(join(work, 'dist', 'app-darwin.tar.gz'), 'darwin build');
    writeFileSync(join(work, 'README'), 'not matched');
    const files = await sign.fileSubjects(work, ['dist/*.tar.gz']);
    expect(files.map((f) => [f.name, f.digest])).toEqual([
      ['dist/app-darwin.tar.gz', digestOf('darwin build')],
      ['dist/app-linux.tar.gz', digestOf('linux build')],
    ]);
    const signed = await sign.signFiles(files, keyConfig);
    expect(signed.map((s) => s.bundlePath)).toEqual(files.map((f) => `${f.path}.sigstore.json`));
    const json = JSON.parse(readFileSync(signed[0]!.bundlePath, 'utf8')) as Record<string, unknown>;
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(json.messageSignature).toMatchObject({ messageDigest: { algorithm: 'SHA2_256' } });
    expect(await sign.verifyFile(files[0]!.path!, { key: publicKey })).toEqual({
      kind: 'key',
      keyHint: publicKey.hint,
    });
    expect(() => independentVerify(json, publicKey, Buffer.from('darwin build'))).not.toThrow();
    // A later glob over the same folder does not pick up the bundles themselves; ** recurses.
    expect((await sign.fileSubjects(work, ['dist/*'])).map((f) => f.name)).toHaveLength(2);
    expect((await sign.fileSubjects(work, ['**/*.tar.gz', 'dist/app-linux.tar.gz'])).map((f) => f.name)).toEqual([
      'dist/app-darwin.tar.gz',
      'dist/app-linux.tar.gz',
    ]);
  });

  it('lists file subjects in code-unit order, whatever the locale', async () => {
    // The signed statement names its subjects in this order: it must not depend on the machine.
    const work = join(dir, 'order');
    mkdirSync(work, { recursive: true });
    for (const name of ['b.bin', 'a_x.bin', 'B.bin', 'ax.bin', 'a-x.bin']) writeFileSync(join(work, name), name);
    expect((await sign.fileSubjects(work, ['*.bin'])).map((f) => f.name)).toEqual([
      'B.bin',
      'a-x.bin',
      'a_x.bin',
      'ax.bin',
      'b.bin',
    ]);
  });

  it('refuses a modified file and another key', async () => {
    const work = join(dir, 'tamper');
    mkdirSync(work, { recursive: true });
    const path = join(work, 'app.bin');
    writeFileSync(path, 'original');
    await sign.signFiles(await sign.fileSubjects(work, ['app.bin']), keyConfig);
    await expect(sign.verifyFile(path, { key: otherPublicKey })).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
      rule: 'signature',
    });
    writeFileSync(path, 'modified');
    await expect(sign.verifyFile(path, { key: publicKey })).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
      rule: 'subject-digest',
    });
    await expect(sign.verifyFile(join(work, 'unsigned'), { key: publicKey })).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
    });
  });

  it('names the input when a glob matches nothing', async () => {
    await expect(sign.fileSubjects(dir, ['nothing/*.zip'])).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(sign.fileSubjects(dir, ['nothing/*.zip'])).rejects.toThrow(/'files'/);
  });

  it('takes subjects from a checksums file, checks files that are present, and attests them all', async () => {
    const work = join(dir, 'sums');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'a.zip'), 'zip a');
    const remote = digestOf('only listed');
    writeFileSync(join(work, 'SHA256SUMS'), `${digestOf('zip a').slice(7)}  a.zip\n${remote.slice(7)}  b.zip\n`);
    const subjects = await sign.checksumSubjects(work, ['SHA256SUMS']);
    expect(subjects).toEqual([
      {
        name: 'a.zip',
        digest: digestOf('zip a'),
        path: join(work, 'a.zip'),
        // A failure to read it or to write its bundle names the checksums file that listed it.
        origin: { root: work, input: 'checksums', given: 'SHA256SUMS' },
      },
      { name: 'b.zip', digest: remote },
    ]);
    const statement = sign.statement(sign.toSubjects(subjects), 'https://example.com/release/v1', { release: 'v1' });
    const signed = await sign.signStatement(statement, keyConfig);
    for (const s of subjects) {
      expect(
        sign.verifyStatements([{ source: 'att', bundle: signed.bundle }], s.digest, { key: publicKey }).verified,
      ).toHaveLength(1);
    }
    writeFileSync(join(work, 'a.zip'), 'tampered');
    await expect(sign.checksumSubjects(work, ['SHA256SUMS'])).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
    await expect(sign.checksumSubjects(work, ['MISSING'], 'checksums')).rejects.toThrow(/'checksums'/);
  });
});

describe('offline key signing without loading @sigstore/sign', () => {
  /** The same bundle, built by @sigstore/sign's own builders with the same key and no witness. */
  async function libraryBundles(statement: sign.Statement, data: Buffer) {
    const lib = await import('@sigstore/sign');
    const signer = {
      sign: (bytes: Buffer) =>
        Promise.resolve({
          signature: cryptoSign('sha256', bytes, signingKey.privateKey),
          key: { $case: 'publicKey' as const, publicKey: signingKey.publicKeyPem, hint: signingKey.hint },
        }),
    };
    const dsse = await new lib.DSSEBundleBuilder({ signer, witnesses: [], certificateChain: false }).create({
      data: Buffer.from(JSON.stringify(statement)),
      type: 'application/vnd.in-toto+json',
    });
    const message = await new lib.MessageSignatureBundleBuilder({ signer, witnesses: [] }).create({ data });
    return { dsse: bundleToJSON(dsse), message: bundleToJSON(message) };
  }
  /** A bundle with its signature bytes set aside: ECDSA signatures differ on every call. */
  const shape = (json: unknown) =>
    JSON.parse(JSON.stringify(json), (k, v: unknown) =>
      k === 'sig' || k === 'signature' ? '<signature>' : v,
    ) as unknown;

  it('gives the bundles the library builders give, field for field, and each verifies', async () => {
    const statement = sign.cosignSignStatement(IMAGE, D1);
    const data = Buffer.from('a file to sign');
    const ours = {
      dsse: (await sign.signStatement(statement, keyConfig)).bundle,
      message: (await sign.signMessage(data, keyConfig)).bundle,
    };
    const theirs = await libraryBundles(statement, data);
    expect(shape(ours.dsse)).toEqual(shape(theirs.dsse));
    // The library's message builder writes v0.2 (chain); ours is v0.3, as cosign v3 writes: only the media type differs.
    expect(shape({ ...ours.message, mediaType: '' })).toEqual(shape({ ...theirs.message, mediaType: '' }));
    expect(ours.message.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(() => independentVerify(ours.dsse, publicKey)).not.toThrow();
    expect(() => independentVerify(ours.message, publicKey, data)).not.toThrow();
    expect(() => independentVerify(theirs.dsse, publicKey)).not.toThrow();
  });
});

describe('a signature that fails at a service names the service and gives a hint for the way of signing', () => {
  /** A port nothing listens on. */
  const closed = 'http://127.0.0.1:1';
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const token = `${b64({ alg: 'none' })}.${b64({ iss: 'https://issuer.example.com', sub: 'someone' })}.c2ln`;

  it('key-based with a transparency log: names the Rekor URL, and does not speak of keyless signing', async () => {
    const error = await rejectionOf(
      sign.signMessage(Buffer.from('data'), { kind: 'key', key: signingKey, rekorURL: closed }),
      ArtefactsError,
    );
    expect(error.message).toContain(`transparency log ${closed}`);
    expect(error.message).toMatch(/ECONNREFUSED|fetch failed/);
    expect(error.hint).not.toMatch(/[Kk]eyless|id-token/);
    expect(error.hint).toContain(closed);
    expect(error.hint).toMatch(/transparency-log: false/);
  }, 30_000);

  it('keyless: names Fulcio when it is out of reach, and never shows the token', async () => {
    const keyless = (identityToken: string) =>
      rejectionOf(
        sign.signStatement(sign.cosignSignStatement(IMAGE, D1), {
          kind: 'keyless',
          identityToken: async () => identityToken,
          instance: { name: 'test', fulcioURL: closed, tsaURL: closed },
        }),
        ArtefactsError,
      );
    const unreachable = await keyless(token);
    expect(unreachable.message).toContain(`certificate authority (Fulcio) ${closed}`);
    expect(unreachable.hint).toContain(closed);
    const notJwt = await keyless('secret-but-no-jwt');
    expect(notJwt.message).not.toContain('secret-but-no-jwt');
  }, 30_000);
});
