/**
 * Keyless signing against local fakes of Fulcio, Rekor and a timestamp authority: the request
 * handlers of @sigstore/mock (the ones sigstore-js tests itself with), served on 127.0.0.1 by the
 * bounded test harness (test/harness/fake-sigstore.ts, shared with the end-to-end tests), so the
 * real @sigstore/sign HTTP clients talk to them over the network.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { initializeCA } from '@sigstore/mock';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { generateKeyPairSync } from 'node:crypto';
import { LayoutStore, buildImage, memoryLogger, sign, parseVerifyInputs, runVerify } from '@immutable-artefacts/core';
import {
  GITHUB_ISSUER,
  startFakeSigstore,
  unsignedJwt,
  type FakeSigstore,
} from '../../../../test/harness/fake-sigstore.js';
import { thrownBy } from '../../../../test/harness/failures.js';
import { attachVerificationSummary, VSA_PREDICATE } from '../../src/sign/verification-summary.js';

const ISSUER = GITHUB_ISSUER;
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const DIGEST = `sha256:${createHash('sha256').update('an image').digest('hex')}`;

let fake: FakeSigstore;
let base: string;
let root: TrustedRoot;
let dir: string;

function instance(options: { rekor?: boolean; tsa?: boolean }): sign.SigstoreInstance {
  return {
    name: 'local-fake',
    fulcioURL: base,
    ...(options.rekor ? { rekorURL: base } : {}),
    ...(options.tsa ? { tsaURL: base } : {}),
  };
}

function keyless(
  options: { rekor?: boolean; tsa?: boolean },
  claims = { iss: ISSUER, sub: IDENTITY },
): sign.SigningConfig {
  return {
    kind: 'keyless',
    identityToken: async () => unsignedJwt({ aud: 'sigstore', ...claims }),
    instance: instance(options),
  };
}

beforeAll(async () => {
  fake = await startFakeSigstore({ maxRequests: 200 });
  base = fake.url;
  root = TrustedRoot.fromJSON(fake.trustedRoot());
  dir = mkdtempSync(join(tmpdir(), 'keyless-'));
});

afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const policy = (identity: sign.VerificationPolicy['identity']): sign.VerificationPolicy => ({
  identity,
  trustedRoot: root,
});

const failure = (fn: () => unknown) => thrownBy(fn, sign.VerificationFailure);

describe('keyless (Fulcio certificate, Rekor entry, TSA timestamp)', () => {
  it('signs with a Fulcio certificate and a Rekor entry, and verifies the identity and issuer', async () => {
    const signed = await sign.signStatement(
      sign.cosignSignStatement('ghcr.io/acme/app', DIGEST),
      keyless({ rekor: true }),
    );
    expect(signed.signer).toBe(IDENTITY);
    expect(signed.transparencyLogIndex).toMatch(/^\d+$/);
    expect(signed.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(signed.bundle.verificationMaterial.certificate).toBeDefined();
    const result = sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], DIGEST, {
      ...policy({ exact: IDENTITY, issuer: ISSUER }),
      requireTransparencyLog: true,
    });
    expect(result.verified[0]?.signer).toEqual({ kind: 'certificate', identity: IDENTITY, issuer: ISSUER });
    expect(result.verified[0]?.transparencyLogIndex).toBe(signed.transparencyLogIndex);
    // Independently: @sigstore/verify with the same trusted root and default (strict) thresholds.
    const signer = new Verifier(toTrustMaterial(root)).verify(toSignedEntity(bundleFromJSON(signed.bundle)));
    expect(signer.identity?.subjectAlternativeName).toBe(IDENTITY);
  });

  it('accepts an identity regexp, and refuses an identity mismatch (rule: certificate-identity)', async () => {
    const signed = await sign.signStatement(
      sign.cosignSignStatement('ghcr.io/acme/app', DIGEST),
      keyless({ rekor: true }),
    );
    const source = [{ source: 'ref', bundle: signed.bundle }];
    expect(
      sign.verifyStatements(source, DIGEST, policy({ regexp: /^https:\/\/github\.com\/acme\//u, issuer: ISSUER }))
        .verified,
    ).toHaveLength(1);
    const exact = failure(() =>
      sign.verifyStatements(source, DIGEST, policy({ exact: `${IDENTITY}x`, issuer: ISSUER })),
    );
    expect(exact.rule).toBe('certificate-identity');
    const regexp = failure(() =>
      sign.verifyStatements(source, DIGEST, policy({ regexp: /evil-corp/u, issuer: ISSUER })),
    );
    expect(regexp.rule).toBe('certificate-identity');
  });

  it('refuses an issuer mismatch (rule: certificate-oidc-issuer)', async () => {
    const signed = await sign.signStatement(
      sign.cosignSignStatement('ghcr.io/acme/app', DIGEST),
      keyless({ rekor: true }, { iss: 'https://accounts.example.com', sub: IDENTITY }),
    );
    const error = failure(() =>
      sign.verifyStatements(
        [{ source: 'ref', bundle: signed.bundle }],
        DIGEST,
        policy({ exact: IDENTITY, issuer: ISSUER }),
      ),
    );
    expect(error.rule).toBe('certificate-oidc-issuer');
    expect(error.rejections[0]?.reason).toContain('https://accounts.example.com');
  });

  it('signs with a timestamp authority and no log (GitHub’s private instance), verified from a trusted_root.json file', async () => {
    const signed = await sign.signStatement(
      sign.cosignSignStatement('ghcr.io/acme/app', DIGEST),
      keyless({ tsa: true }),
    );
    expect(signed.transparencyLogIndex).toBeUndefined();
    expect(signed.bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    const path = join(dir, 'trusted_root.json');
    writeFileSync(path, JSON.stringify(TrustedRoot.toJSON(root)));
    const fromFile = await sign.readTrustedRoot(path);
    const result = sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], DIGEST, {
      identity: { exact: IDENTITY, issuer: ISSUER },
      trustedRoot: fromFile,
    });
    expect(result.verified).toHaveLength(1);
    // ... but not when the policy demands a transparency log.
    const error = failure(() =>
      sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], DIGEST, {
        identity: { exact: IDENTITY, issuer: ISSUER },
        trustedRoot: fromFile,
        requireTransparencyLog: true,
      }),
    );
    expect(error.rule).toBe('transparency-log');
  });

  it('refuses a certificate from another CA (rule: certificate-chain)', async () => {
    const signed = await sign.signStatement(
      sign.cosignSignStatement('ghcr.io/acme/app', DIGEST),
      keyless({ rekor: true }),
    );
    const otherCA = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }));
    const foreign = TrustedRoot.fromJSON(TrustedRoot.toJSON(root));
    foreign.certificateAuthorities = [
      {
        uri: 'x',
        certChain: { certificates: [{ rawBytes: Buffer.from(otherCA.rootCertificate.buffer) }] },
        validFor: { start: new Date(0) },
        subject: undefined,
        operator: 'other',
      },
    ];
    const error = failure(() =>
      sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], DIGEST, {
        identity: { exact: IDENTITY, issuer: ISSUER },
        trustedRoot: foreign,
      }),
    );
    expect(error.rule).toBe('certificate-chain');
  });

  it('signs a file keyless (message signature, v0.3 leaf certificate) and verifies it', async () => {
    const path = join(dir, 'app.tar.gz');
    writeFileSync(path, 'release asset');
    const files = await sign.fileSubjects(dir, ['app.tar.gz']);
    const [signed] = await sign.signFiles(files, keyless({ rekor: true }));
    expect(signed?.signer).toBe(IDENTITY);
    expect(await sign.verifyFile(path, policy({ exact: IDENTITY, issuer: ISSUER }))).toEqual({
      kind: 'certificate',
      identity: IDENTITY,
      issuer: ISSUER,
    });
  });

  it('uploads a key-based signature to Rekor when asked, verifiable with the log required', async () => {
    const pair = await sign.generateKeyPair('');
    const key = await sign.loadPrivateKey(pair.privateKeyPem, '');
    const signed = await sign.signStatement(sign.cosignSignStatement('ghcr.io/acme/app', DIGEST), {
      kind: 'key',
      key,
      rekorURL: base,
    });
    expect(signed.transparencyLogIndex).toMatch(/^\d+$/);
    const result = sign.verifyStatements([{ source: 'ref', bundle: signed.bundle }], DIGEST, {
      key: sign.loadPublicKey(pair.publicKeyPem),
      trustedRoot: root,
      requireTransparencyLog: true,
    });
    expect(result.verified[0]?.transparencyLogIndex).toBe(signed.transparencyLogIndex);
  });

  it('fails signing with SIGNATURE_INVALID when the CA refuses (bad token), never a crash', async () => {
    const config: sign.SigningConfig = {
      kind: 'keyless',
      identityToken: async () => 'not-a-jwt',
      instance: instance({ rekor: true }),
    };
    await expect(
      sign.signStatement(sign.cosignSignStatement('ghcr.io/acme/app', DIGEST), config),
    ).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });

  it('never puts the token in the failure, and blames a missing id-token: write only for a token the job requested', async () => {
    // The library's own message is "invalid identity token: <the token>".
    const token = unsignedJwt({ aud: 'sigstore', iss: ISSUER, nonce: 'no-subject-0123456789' });
    const failure = async (tokenFrom?: string) => {
      const config: sign.SigningConfig = {
        kind: 'keyless',
        identityToken: async () => token,
        instance: instance({ rekor: true }),
        ...(tokenFrom === undefined ? {} : { tokenFrom }),
      };
      try {
        await sign.signStatement(sign.cosignSignStatement('ghcr.io/acme/app', DIGEST), config);
      } catch (error) {
        return error as { code: string; message: string; hint: string };
      }
      throw new Error('signed with a token without a subject');
    };
    const given = await failure('identity-token');
    expect(given.code).toBe('SIGNATURE_INVALID');
    expect(given.message).toBe(
      'Signing failed (IDENTITY_TOKEN_PARSE_ERROR): the identity token is not one Fulcio can use (JWT subject not found).',
    );
    expect(given.hint).toMatch(/^Give a token \(`identity-token`\)/);
    const requested = await failure();
    expect(requested.hint).toMatch(/id-token: write/);
    for (const { message, hint } of [given, requested]) {
      expect(`${message} ${hint}`).not.toContain(token);
      expect(`${message} ${hint}`).not.toContain(token.split('.')[1]);
    }
  });
});

describe('keyless through the verify entry point (image in an oci: layout, trusted root from a file)', () => {
  it('verifies the identity and issuer of a pushed keyless referrer, and refuses mismatches by rule', async () => {
    const layoutDir = join(dir, 'layout');
    const store = new LayoutStore(layoutDir);
    const image = await buildImage(store, { layers: [{ files: { 'app.txt': 'keyless' } }] }, { tag: 'v1' });
    const signatures = await sign.signImage(
      {
        name: `oci:${layoutDir}`,
        descriptor: { mediaType: image.mediaType, digest: image.digest, size: image.bytes.length },
      },
      keyless({ rekor: true }),
    );
    for (const r of signatures.referrers) await sign.pushArtefact(store, r.artefact);
    writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(TrustedRoot.toJSON(root)));
    const environment = { cwd: dir, env: {}, logger: memoryLogger(), github: undefined };
    const inputs = (values: Record<string, string>) =>
      parseVerifyInputs(
        (name) =>
          ({ image: `oci:${layoutDir}:v1`, 'trusted-root': 'trusted_root.json', offline: 'true', ...values })[name] ??
          '',
      );
    const outcome = await runVerify(
      inputs({
        'certificate-identity': IDENTITY,
        'certificate-oidc-issuer': ISSUER,
        'require-transparency-log': 'true',
      }),
      environment,
    );
    expect(outcome.outputs.digest).toBe(image.digest);
    expect(outcome.outputs.signer).toBe(IDENTITY);
    expect(outcome.outputs['transparency-log-index']).toMatch(/^\d+$/);
    const identity = await runVerify(
      inputs({ 'certificate-identity': `${IDENTITY}x`, 'certificate-oidc-issuer': ISSUER }),
      environment,
    ).catch((error: unknown) => error);
    expect((identity as sign.VerificationFailure).rule).toBe('certificate-identity');
    const issuer = await runVerify(
      inputs({
        'certificate-identity-regexp': '^https://github\\.com/acme/',
        'certificate-oidc-issuer': 'https://accounts.example.com',
      }),
      environment,
    ).catch((error: unknown) => error);
    expect((issuer as sign.VerificationFailure).rule).toBe('certificate-oidc-issuer');
    // A key policy against a keyless signature is refused too (rule: key).
    writeFileSync(join(dir, 'k.pub'), (await sign.generateKeyPair('')).publicKeyPem);
    const key = await runVerify(inputs({ key: 'k.pub', 'trusted-root': '' }), environment).catch((e: unknown) => e);
    expect((key as sign.VerificationFailure).rule).toBe('key');
  });
});

describe('a verification summary signed keyless', () => {
  it('is attached as a referrer that verify accepts by the signing identity and issuer', async () => {
    const layoutDir = join(dir, 'vsa-layout');
    const store = new LayoutStore(layoutDir);
    const image = await buildImage(store, { layers: [{ files: { 'app.txt': 'summarised' } }] }, { tag: 'v1' });
    const target = { mediaType: image.mediaType, digest: image.digest, size: image.bytes.length };
    const attached = await attachVerificationSummary(
      store,
      `oci:${layoutDir}`,
      target,
      {
        policy: { keyHint: 'hint', requiredPredicateTypes: [], requireTransparencyLog: false, conditions: [] },
        inputAttestations: [],
        timeVerified: new Date(),
      },
      keyless({ rekor: true }),
      memoryLogger(),
    );
    expect(attached.signer).toBe(IDENTITY);
    writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(TrustedRoot.toJSON(root)));
    const outcome = await runVerify(
      parseVerifyInputs(
        (name) =>
          ({
            image: `oci:${layoutDir}:v1`,
            'trusted-root': 'trusted_root.json',
            offline: 'true',
            'certificate-identity': IDENTITY,
            'certificate-oidc-issuer': ISSUER,
            attestations: VSA_PREDICATE,
            conditions: `${VSA_PREDICATE}: verificationResult == 'PASSED' && verifiedLevels == \`[]\``,
          })[name] ?? '',
      ),
      { cwd: dir, env: {}, logger: memoryLogger(), github: undefined },
    );
    expect(outcome.outputs['predicate-types']).toBe(VSA_PREDICATE);
    expect(outcome.outputs.signer).toBe(IDENTITY);
  });
});
