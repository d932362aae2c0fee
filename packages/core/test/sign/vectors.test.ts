/**
 * Verification as a Sigstore client, by test vectors of our own: bundles signed by this suite and
 * by the sigstore libraries directly (key-based, and keyless through the local fake Fulcio, Rekor
 * and TSA), then one field altered per case. Each case asserts accept or refuse, and the rule.
 * Classes: DSSE bundles over files, verifying against a digest, malformed trusted roots, malformed
 * bundles (named, never blamed on the key), keyless needing a log entry or timestamp, and log
 * entries of key-based bundles checked when a trusted root is given.
 */
import { createHash, sign as cryptoSign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, type Signer } from '@sigstore/sign';
import { memoryLogger, sign, type ActionEnvironment, parseVerifyInputs, runVerify } from '@immutable-artefacts/core';
import {
  GITHUB_ISSUER,
  startFakeSigstore,
  unsignedJwt,
  type FakeSigstore,
} from '../../../../test/harness/fake-sigstore.js';
import { rejectionOf, thrownBy } from '../../../../test/harness/failures.js';

const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const dir = mkdtempSync(join(tmpdir(), 'ia-vectors-'));
const DATA = Buffer.from('release asset: app-linux-amd64.tar.gz contents');
const DIGEST = `sha256:${createHash('sha256').update(DATA).digest('hex')}`;
const OTHER = `sha256:${createHash('sha256').update('another asset').digest('hex')}`;
let fake: FakeSigstore;
let key: sign.SigningKey;
let otherKey: sign.VerificationKey;
let root: ReturnType<typeof sign.parseTrustedRoot>;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const clone = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
const edit = (bundle: unknown, change: (b: Json) => void): Json => {
  const copy = clone(bundle);
  change(copy);
  return copy;
};
const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');
const failure = (fn: () => unknown) => thrownBy(fn, sign.VerificationFailure);

function keyless(options: { rekor?: boolean; tsa?: boolean }): sign.SigningConfig {
  return {
    kind: 'keyless',
    identityToken: async () => unsignedJwt({ aud: 'sigstore', iss: GITHUB_ISSUER, sub: IDENTITY }),
    instance: {
      name: 'fake',
      fulcioURL: fake.url,
      ...(options.rekor ? { rekorURL: fake.url } : {}),
      ...(options.tsa ? { tsaURL: fake.url } : {}),
    },
  };
}

const keyPolicy = (extra: Partial<sign.VerificationPolicy> = {}): sign.VerificationPolicy => ({ key, ...extra });
const identityPolicy = (extra: Partial<sign.VerificationPolicy> = {}): sign.VerificationPolicy => ({
  identity: { exact: IDENTITY, issuer: GITHUB_ISSUER },
  trustedRoot: root,
  ...extra,
});

/** A DSSE bundle over any payload, built with @sigstore/sign directly (our key, no witnesses). */
async function librarySigned(payload: unknown, type = 'application/vnd.in-toto+json'): Promise<Json> {
  const signer: Signer = {
    sign: async (data: Buffer) => ({
      signature: cryptoSign('sha256', data, key.privateKey),
      key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint },
    }),
  };
  const builder = new DSSEBundleBuilder({ signer, witnesses: [], certificateChain: false });
  const data = Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload));
  return clone(bundleToJSON(await builder.create({ data, type })));
}

const provenanceAbout = (...digests: string[]) =>
  sign.statement(
    digests.map((d, i) => sign.subject(`asset-${i}`, d)),
    sign.SLSA_PROVENANCE_PREDICATE,
    { buildDefinition: {} },
  );

beforeAll(async () => {
  fake = await startFakeSigstore({ maxRequests: 300 });
  root = sign.parseTrustedRoot(fake.trustedRoot());
  const pair = await sign.generateKeyPair('pw');
  key = await sign.loadPrivateKey(pair.privateKeyPem, 'pw');
  otherKey = sign.loadPublicKey((await sign.generateKeyPair('')).publicKeyPem);
  writeFileSync(join(dir, 'app.tar.gz'), DATA);
});

afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('DSSE bundles over a file (what attest-build-provenance and gh attestation write)', () => {
  it('accepts a statement naming the file’s sha256, for the file and for its digest, key-based and keyless', async () => {
    const signed = await sign.signStatement(provenanceAbout(OTHER, DIGEST), { kind: 'key', key });
    const file = sign.verifyArtifactBundle('app.tar.gz', signed.bundle, DATA, keyPolicy());
    expect(file).toMatchObject({ kind: 'dsse', signer: { kind: 'key', keyHint: key.hint } });
    expect(file.statement?.predicateType).toBe(sign.SLSA_PROVENANCE_PREDICATE);
    expect(sign.verifyArtifactBundle('d', signed.bundle, { digest: DIGEST }, keyPolicy()).kind).toBe('dsse');
    const viaLibrary = await librarySigned(provenanceAbout(DIGEST));
    expect(sign.verifyArtifactBundle('lib', viaLibrary, DATA, keyPolicy()).kind).toBe('dsse');

    const withCertificate = await sign.signStatement(provenanceAbout(DIGEST), keyless({ rekor: true, tsa: true }));
    const verified = sign.verifyArtifactBundle('k', withCertificate.bundle, DATA, identityPolicy());
    expect(verified.signer).toEqual({ kind: 'certificate', identity: IDENTITY, issuer: GITHUB_ISSUER });
    expect(verified.transparencyLogIndex).toMatch(/^\d+$/);
  });

  it('refuses each altered field with its rule, as an image statement would be', async () => {
    const signed = (await sign.signStatement(provenanceAbout(DIGEST), { kind: 'key', key })).bundle;
    const statement = provenanceAbout(DIGEST);
    const cases: [string, unknown, sign.Rule][] = [
      [
        'subject is another file',
        (await sign.signStatement(provenanceAbout(OTHER), { kind: 'key', key })).bundle,
        'subject-digest',
      ],
      [
        'payload edited after signing',
        edit(signed, (b) => (b.dsseEnvelope.payload = b64({ ...statement, predicate: { injected: true } }))),
        'signature',
      ],
      ['payload type changed', edit(signed, (b) => (b.dsseEnvelope.payloadType = 'text/plain')), 'bundle-content'],
      ['signature removed', edit(signed, (b) => (b.dsseEnvelope.signatures = [])), 'bundle-format'],
      ['statement without _type', await librarySigned({ ...statement, _type: undefined }), 'statement-format'],
      [
        'statement of an unknown _type',
        await librarySigned({ ...statement, _type: 'https://in-toto.io/Statement/v9' }),
        'statement-format',
      ],
      ['payload not JSON', await librarySigned('not json'), 'statement-format'],
    ];
    for (const [name, bundle, rule] of cases) {
      const error = failure(() => sign.verifyArtifactBundle(name, bundle, DATA, keyPolicy()));
      expect([name, error.rule]).toEqual([name, rule]);
      expect(error.code).toBe('VERIFICATION_FAILED');
    }
    expect(failure(() => sign.verifyArtifactBundle('other key', signed, DATA, { key: otherKey })).rule).toBe(
      'signature',
    );
    const required = failure(() =>
      sign.verifyArtifactBundle(
        'x',
        signed,
        DATA,
        keyPolicy({ requiredPredicateTypes: ['https://cyclonedx.org/bom'] }),
      ),
    );
    expect(required.rule).toBe('predicate-type');
  });

  it('verifies through the verify entry point: a DSSE bundle beside the file, a digest with `bundle`', async () => {
    const signed = await sign.signStatement(provenanceAbout(DIGEST), { kind: 'key', key });
    writeFileSync(join(dir, 'app.tar.gz.sigstore.json'), sign.bundleText(signed.bundle));
    writeFileSync(join(dir, 'elsewhere.intoto.json'), sign.bundleText(signed.bundle));
    writeFileSync(join(dir, 'cosign.pub'), key.publicKeyPem);
    const environment: ActionEnvironment = { cwd: dir, env: { HOME: dir }, logger: memoryLogger(), github: undefined };
    const run = (values: Record<string, string>) =>
      runVerify(
        parseVerifyInputs((n) => ({ key: 'cosign.pub', ...values })[n] ?? ''),
        environment,
      );
    const beside = await run({ files: 'app.tar.gz' });
    expect(JSON.parse(beside.outputs.json!).files).toEqual([
      { path: 'app.tar.gz', signer: key.hint, kind: 'dsse', predicateType: sign.SLSA_PROVENANCE_PREDICATE },
    ]);
    const byDigest = await run({ files: DIGEST, bundle: 'elsewhere.intoto.json' });
    expect(byDigest.outputs.report).toContain(`file      ${DIGEST}`);
    expect(byDigest.outputs.report).toContain('https://slsa.dev/provenance/v1 (DSSE)');
    const wrong = await rejectionOf(run({ files: OTHER, bundle: 'elsewhere.intoto.json' }), sign.VerificationFailure);
    expect(wrong.rule).toBe('subject-digest');
    // Inputs: a digest needs a bundle; a malformed digest is named.
    expect(() => parseVerifyInputs((n) => ({ key: 'k', files: DIGEST })[n] ?? '')).toThrow(/'bundle'/);
    expect(() => parseVerifyInputs((n) => ({ key: 'k', files: 'sha256:abc', bundle: 'b' })[n] ?? '')).toThrow(
      /'files'/,
    );
  });
});

describe('a message signature against a digest alone', () => {
  it('accepts the digest the signature is over, key-based and keyless; refuses a swapped digest', async () => {
    const signed = await sign.signMessage(DATA, { kind: 'key', key });
    expect(sign.verifyArtifactBundle('d', signed.bundle, { digest: DIGEST }, keyPolicy()).kind).toBe(
      'message-signature',
    );
    expect(failure(() => sign.verifyArtifactBundle('d', signed.bundle, { digest: OTHER }, keyPolicy())).rule).toBe(
      'subject-digest',
    );
    // The bundle's digest field rewritten to the other artefact's: the signature is still over the first.
    const swapped = edit(signed.bundle, (b) => {
      b.messageSignature.messageDigest.digest = Buffer.from(OTHER.slice(7), 'hex').toString('base64');
    });
    expect(failure(() => sign.verifyArtifactBundle('d', swapped, { digest: OTHER }, keyPolicy())).rule).toBe(
      'signature',
    );
    expect(
      failure(() => sign.verifyArtifactBundle('d', signed.bundle, { digest: DIGEST }, { key: otherKey })).rule,
    ).toBe('signature');
    const keylessSigned = await sign.signMessage(DATA, keyless({ rekor: true }));
    const verified = sign.verifyArtifactBundle('k', keylessSigned.bundle, { digest: DIGEST }, identityPolicy());
    expect(verified.signer.identity).toBe(IDENTITY);
  });
});

describe('a malformed trusted root is refused before any signature is checked', () => {
  const cases: [string, (r: Json) => void, RegExp][] = [
    [
      'tlog without validFor.start',
      (r) => delete r.tlogs[0].publicKey.validFor,
      /tlogs\[0\]\.publicKey\.validFor\.start/,
    ],
    [
      'ctlog without validFor.start',
      (r) => delete r.ctlogs[0].publicKey.validFor.start,
      /ctlogs\[0\]\.publicKey\.validFor\.start/,
    ],
    [
      'CA without validFor.start',
      (r) => delete r.certificateAuthorities[0].validFor,
      /certificateAuthorities\[0\]\.validFor\.start/,
    ],
    [
      'TSA without validFor.start',
      (r) => delete r.timestampAuthorities[0].validFor.start,
      /timestampAuthorities\[0\]\.validFor\.start/,
    ],
    [
      'tlog key type unspecified',
      (r) => (r.tlogs[0].publicKey.keyDetails = 'PUBLIC_KEY_DETAILS_UNSPECIFIED'),
      /tlogs\[0\]\.publicKey\.keyDetails/,
    ],
    ['tlog key type unknown', (r) => (r.tlogs[0].publicKey.keyDetails = 'PKIX_QUANTUM_FOAM'), /PKIX_QUANTUM_FOAM/],
    ['tlog key empty', (r) => (r.tlogs[0].publicKey.rawBytes = ''), /tlogs\[0\]\.publicKey\.rawBytes is empty/],
    [
      'ctlog key not a key',
      (r) => (r.ctlogs[0].publicKey.rawBytes = b64('junk')),
      /ctlogs\[0\]\.publicKey\.rawBytes is not a public key/,
    ],
    [
      'CA without certificates',
      (r) => (r.certificateAuthorities[0].certChain.certificates = []),
      /certificateAuthorities\[0\]\.certChain/,
    ],
    ['tlog without log id', (r) => (r.tlogs[0].logId.keyId = ''), /tlogs\[0\]\.logId\.keyId/],
  ];

  it('accepts the fake instance’s root and the public-good root shipped in @sigstore/tuf', async () => {
    expect(() => sign.parseTrustedRoot(fake.trustedRoot())).not.toThrow();
    const seeds = JSON.parse(
      readFileSync(join(process.cwd(), 'node_modules/@sigstore/tuf/seeds.json'), 'utf8'),
    ) as Record<string, { targets: Record<string, string> }>;
    const publicGood = Buffer.from(seeds['https://tuf-repo-cdn.sigstore.dev']!.targets['trusted_root.json']!, 'base64');
    expect(sign.parseTrustedRoot(publicGood.toString()).tlogs.length).toBeGreaterThan(0);
  });

  it('refuses each malformed entry, naming it, and the verify action fails before reading any bundle', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement('acme/app', DIGEST), keyless({ rekor: true }));
    // With the sound root the bundle verifies; each malformed variant of it is refused outright.
    expect(
      sign.verifyStatements([{ source: 's', bundle: signed.bundle }], DIGEST, identityPolicy()).verified,
    ).toHaveLength(1);
    for (const [name, change, named] of cases) {
      const malformed = edit(fake.trustedRoot(), change);
      let caught: unknown;
      try {
        sign.parseTrustedRoot(malformed);
      } catch (error) {
        caught = error;
      }
      expect([name, (caught as sign.VerificationFailure | undefined)?.code]).toEqual([name, 'VERIFICATION_FAILED']);
      expect((caught as Error).message).toMatch(named);
    }
    writeFileSync(join(dir, 'bad_root.json'), JSON.stringify(edit(fake.trustedRoot(), cases[0]![1])));
    writeFileSync(join(dir, 'signed.sigstore.json'), sign.bundleText(signed.bundle));
    writeFileSync(join(dir, 'signed'), 'x');
    const inputs = parseVerifyInputs(
      (n) =>
        ({
          files: 'signed',
          'trusted-root': 'bad_root.json',
          'certificate-identity': IDENTITY,
          'certificate-oidc-issuer': GITHUB_ISSUER,
        })[n] ?? '',
    );
    const refused = await rejectionOf(
      runVerify(inputs, { cwd: dir, env: { HOME: dir }, logger: memoryLogger(), github: undefined }),
      Error,
    );
    expect(refused.message).toMatch(/Not a Sigstore trusted root: malformed: tlogs\[0\]/);
  });
});

describe('a malformed bundle is named, and not blamed on the key or identity', () => {
  it('refuses shape faults as bundle-format naming the field, with a hint that does not point at the key', async () => {
    const signed = (await sign.signStatement(sign.cosignSignStatement('acme/app', DIGEST), keyless({ rekor: true })))
      .bundle as Json;
    const leaf = signed.verificationMaterial.certificate.rawBytes as string;
    const caRoot = fake.trustedRoot() as Json;
    const rootCertificate = caRoot.certificateAuthorities[0].certChain.certificates[0].rawBytes as string;
    const withChain = (b: Json) => {
      delete b.verificationMaterial.certificate;
      b.verificationMaterial.x509CertificateChain = {
        certificates: [{ rawBytes: leaf }, { rawBytes: rootCertificate }],
      };
    };
    const cases: [string, Json, RegExp][] = [
      [
        'v0.1 bundle, root certificate in its chain, inclusion proof without checkpoint',
        edit(signed, (b) => {
          b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
          withChain(b);
          delete b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint;
        }),
        /tlogEntries\[0\]\.inclusionProof\.checkpoint\.envelope/,
      ],
      [
        'v0.2 bundle without inclusion proof',
        edit(signed, (b) => {
          b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
          withChain(b);
          delete b.verificationMaterial.tlogEntries[0].inclusionProof;
        }),
        /tlogEntries\[0\]\.inclusionProof/,
      ],
      ['v0.3 bundle with a certificate chain', edit(signed, withChain), /verificationMaterial\.content\.\$case/],
      [
        'log entry without a body',
        edit(signed, (b) => (b.verificationMaterial.tlogEntries[0].canonicalizedBody = '')),
        /canonicalizedBody/,
      ],
      [
        'timestamp that is not one',
        edit(signed, (b) => {
          b.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [{ signedTimestamp: b64('junk') }] };
        }),
        /malformed bundle/,
      ],
    ];
    for (const [name, bundle, named] of cases) {
      const error = failure(() => sign.verifyStatements([{ source: name, bundle }], DIGEST, identityPolicy()));
      expect([name, error.rule]).toEqual([name, 'bundle-format']);
      expect(error.message).toMatch(named);
      expect(error.hint).not.toMatch(/key or identity/);
    }
    // A v0.2 bundle whose chain holds the root certificate is otherwise sound: accepted.
    const v02 = edit(signed, (b) => {
      b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
      withChain(b);
    });
    expect(sign.verifyStatements([{ source: 'v02', bundle: v02 }], DIGEST, identityPolicy()).verified).toHaveLength(1);
    // A DSSE shape refusal does not suggest the key either; a real signer mismatch does.
    const keySigned = (await sign.signStatement(sign.cosignSignStatement('acme/app', DIGEST), { kind: 'key', key }))
      .bundle;
    const payloadType = failure(() =>
      sign.verifyStatements(
        [{ source: 't', bundle: edit(keySigned, (b) => (b.dsseEnvelope.payloadType = 'x/y')) }],
        DIGEST,
        keyPolicy(),
      ),
    );
    expect(payloadType.hint).not.toMatch(/key or identity/);
    const wrongKey = failure(() =>
      sign.verifyStatements([{ source: 'k', bundle: keySigned }], DIGEST, { key: otherKey }),
    );
    expect(wrongKey.hint).toMatch(/key or identity/);
  });
});

describe('log entries and timestamps', () => {
  it('keyless: refuses a bundle with neither a log entry nor a signed timestamp (built with @sigstore/sign directly)', async () => {
    const signer = new FulcioSigner({
      fulcioBaseURL: fake.url,
      identityProvider: { getToken: async () => unsignedJwt({ aud: 'sigstore', iss: GITHUB_ISSUER, sub: IDENTITY }) },
    });
    const bare = new DSSEBundleBuilder({ signer, witnesses: [], certificateChain: false });
    const statement = sign.cosignSignStatement('acme/app', DIGEST);
    const bundle = bundleToJSON(
      await bare.create({ data: sign.statementBytes(statement), type: 'application/vnd.in-toto+json' }),
    );
    const error = failure(() => sign.verifyStatements([{ source: 'bare', bundle }], DIGEST, identityPolicy()));
    expect(error.rule).toBe('timestamp');
    // A TSA timestamp alone is enough by default; a log entry is demanded only when asked for.
    const tsaOnly = (await sign.signStatement(statement, keyless({ tsa: true }))).bundle;
    expect(sign.verifyStatements([{ source: 'tsa', bundle: tsaOnly }], DIGEST, identityPolicy()).verified).toHaveLength(
      1,
    );
    const demanded = failure(() =>
      sign.verifyStatements(
        [{ source: 'tsa', bundle: tsaOnly }],
        DIGEST,
        identityPolicy({ requireTransparencyLog: true }),
      ),
    );
    expect(demanded.rule).toBe('transparency-log');
  });

  it('key-based with log entries: checked against the trusted root when one is given', async () => {
    const config: sign.SigningConfig = { kind: 'key', key, rekorURL: fake.url };
    const signed = (await sign.signStatement(sign.cosignSignStatement('acme/app', DIGEST), config)).bundle;
    const verify = (bundle: unknown, extra: Partial<sign.VerificationPolicy> = {}) =>
      sign.verifyStatements([{ source: 'b', bundle }], DIGEST, keyPolicy({ trustedRoot: root, ...extra }));
    expect(verify(signed, { requireTransparencyLog: true }).verified[0]!.transparencyLogIndex).toMatch(/^\d+$/);
    const cases: [string, Json][] = [
      [
        'log index changed',
        edit(signed, (b) => (b.verificationMaterial.tlogEntries[0].inclusionProof.logIndex = '999')),
      ],
      [
        'root hash changed',
        edit(signed, (b) => (b.verificationMaterial.tlogEntries[0].inclusionProof.rootHash = b64('x'.repeat(32)))),
      ],
      [
        'entry body of another signature',
        edit(signed, (b) => {
          const body = JSON.parse(
            Buffer.from(b.verificationMaterial.tlogEntries[0].canonicalizedBody, 'base64').toString(),
          );
          body.spec.payloadHash.value = 'f'.repeat(64);
          b.verificationMaterial.tlogEntries[0].canonicalizedBody = b64(body);
        }),
      ],
    ];
    for (const [name, bundle] of cases) {
      let rule: string = 'accepted';
      try {
        verify(bundle);
      } catch (error) {
        rule = (error as sign.VerificationFailure).rule;
      }
      expect([name, rule]).toEqual([name, 'transparency-log']);
    }
    // A root that does not list this log: the entry cannot be trusted.
    const otherRoot = sign.parseTrustedRoot(edit(fake.trustedRoot(), (r) => (r.tlogs = [])));
    expect(failure(() => verify(signed, { trustedRoot: otherRoot })).rule).toBe('transparency-log');
  });
});
