/**
 * The SLSA verification summary written by verify (`write-summary`): attached to the verified digest
 * in a real registry, read back by skopeo, verified by the suite's own verify and by @sigstore/verify
 * used directly; its inputAttestations name exactly the bundles that verified, by their bytes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import {
  ArtefactsError,
  LayoutStore,
  buildImage,
  copyTree,
  memoryLogger,
  readBlob,
  readGitHubContext,
  sign,
  type ActionEnvironment,
  type Manifest,
  parseKeygenInputs,
  parseSignInputs,
  parseVerifyInputs,
  runKeygen,
  runSign,
  runVerify,
} from '@immutable-artefacts/core';
import { pushEnv, pushEvent } from '../../../../test/harness/events.js';
import { skopeoRaw, startRegistry, type TestRegistry, repositoryAt } from '../../../../test/harness/registry.js';
import { rejectionOf } from '../../../../test/harness/failures.js';
import { policyDocument, VSA_PREDICATE } from '../../src/sign/predicates/vsa.js';
import { parseConditionsInput } from '../../src/sign/condition-lines.js';
import { parsePromoteInputs, runPromote } from '../../src/promote/inputs.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-vsa-'));
const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'attest');
const PASSWORD = 'correct horse battery';
let registry: TestRegistry;
let image: Manifest;
let plain: Manifest;
let publicKey: sign.VerificationKey;
let summaryKey: sign.VerificationKey;

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const environment = (env: Record<string, string> = {}): ActionEnvironment => ({
  cwd: tmp,
  env: { HOME: tmp, ...env },
  logger: memoryLogger(),
  github: undefined,
});
const failure = (promise: Promise<unknown>) => rejectionOf(promise, ArtefactsError);
const verifyInputs = (values: Record<string, string>) => parseVerifyInputs(raw({ key: 'cosign.pub', ...values }));
const withSummary = (values: Record<string, string>) =>
  verifyInputs({ 'write-summary': 'true', 'summary-key': 'vsa.key', 'summary-key-password': 'vsa', ...values });

/** @sigstore/verify used directly, not through our policy module. */
function independentVerify(json: unknown, key: sign.VerificationKey) {
  const root = TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  });
  const trust = toTrustMaterial(root, () => ({ publicKey: key.publicKey, validFor: () => true }));
  const verifier = new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
  return verifier.verify(toSignedEntity(bundleFromJSON(json)));
}

/** The referrer manifest (read by skopeo, not by our client) and its bundle layer's bytes. */
async function referrerBundle(reference: string): Promise<{ manifest: Record<string, unknown>; bundle: Buffer }> {
  const manifest = JSON.parse(skopeoRaw(reference).toString()) as {
    layers: { mediaType: string; digest: string; size: number }[];
  } & Record<string, unknown>;
  const repository = reference.slice(reference.indexOf('/') + 1, reference.lastIndexOf('@'));
  const bundle = await readBlob(repositoryAt(registry.host, repository), manifest.layers[0]!);
  return { manifest, bundle };
}

const ghEnv = () => {
  const eventPath = path.join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pushEvent({ sha: 'a'.repeat(40), repo: 'acme/app' })));
  return {
    ...pushEnv({ sha: 'a'.repeat(40) }),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  };
};

beforeAll(async () => {
  registry = await startRegistry();
  await runKeygen(parseKeygenInputs(raw({ 'output-prefix': 'cosign' })), environment({ COSIGN_PASSWORD: PASSWORD }));
  await runKeygen(parseKeygenInputs(raw({ 'output-prefix': 'vsa' })), environment({ COSIGN_PASSWORD: 'vsa' }));
  publicKey = sign.loadPublicKey(readFileSync(path.join(tmp, 'cosign.pub'), 'utf8'));
  summaryKey = sign.loadPublicKey(readFileSync(path.join(tmp, 'vsa.pub'), 'utf8'));
  copyFileSync(path.join(fixtures, 'jest-junit.xml'), path.join(tmp, 'junit.xml'));
  const layout = new LayoutStore(path.join(tmp, 'layout'));
  image = await buildImage(layout, { layers: [{ randomBytes: 3_000 }] }, { tag: 'v1' });
  plain = await buildImage(layout, { layers: [{ randomBytes: 3_000 }] }, { tag: 'plain' });
  const app = repositoryAt(registry.host, 'acme/app');
  await copyTree(layout, app, image.digest, { tag: 'v1' });
  await copyTree(layout, app, plain.digest, { tag: 'plain' });
  const env = ghEnv();
  const signIt = (ref: string, values: Record<string, string>, github = false) =>
    runSign(parseSignInputs(raw({ image: ref, key: 'cosign.key', 'key-password': PASSWORD, ...values })), {
      ...environment(env),
      github: github ? readGitHubContext(env) : undefined,
    });
  await signIt(`${registry.host}/acme/app:v1`, { provenance: 'true' }, true);
  await signIt(`${registry.host}/acme/app:v1`, { 'attest-type': 'test-result', 'attest-path': 'junit.xml' });
  await signIt(`${registry.host}/acme/app:plain`, {});
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe("verify's verification summary (write-summary)", () => {
  it('attaches a signed VSA that skopeo sees, our verify and @sigstore/verify accept, naming the verified bundles', async () => {
    const ref = `${registry.host}/acme/app:v1`;
    const before = await runVerify(verifyInputs({ image: ref }), environment());
    const verifiedBefore = JSON.parse(before.outputs.json!) as { statements: { source: string }[] };
    const outcome = await runVerify(
      withSummary({ image: ref, attestations: 'provenance', conditions: "test-result: result == 'PASSED'" }),
      environment(),
    );
    const written = outcome.outputs['verification-summary']!;
    expect(written).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outcome.summary).toContain(written);

    // skopeo reads the referrer: a Sigstore bundle about the image digest, typed as a VSA.
    const repository = `${registry.host}/acme/app`;
    const { manifest, bundle } = await referrerBundle(`${repository}@${written}`);
    expect(manifest).toMatchObject({
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      subject: { digest: image.digest },
      annotations: { 'dev.sigstore.bundle.predicateType': VSA_PREDICATE },
    });
    const json = JSON.parse(bundle.toString('utf8')) as { dsseEnvelope: { payload: string } };
    expect(() => independentVerify(json, summaryKey)).not.toThrow();
    expect(() => independentVerify(json, publicKey)).toThrow();

    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      subject: { digest: { sha256: string } }[];
      predicateType: string;
      predicate: Record<string, unknown> & {
        inputAttestations: { uri: string; digest: { sha256: string } }[];
        policy: { digest: { sha256: string }; content: string };
      };
    };
    expect(statement.predicateType).toBe(VSA_PREDICATE);
    expect(statement.subject[0]!.digest.sha256).toBe(image.digest.slice(7));
    expect(statement.predicate).toMatchObject({
      resourceUri: `${repository}@${image.digest}`,
      verificationResult: 'PASSED',
      verifiedLevels: ['SLSA_BUILD_LEVEL_1'],
      slsaVersion: '1.0',
      verifier: { id: expect.stringContaining('immutable-artefacts') },
    });
    expect(Date.parse(statement.predicate.timeVerified as string)).toBeGreaterThan(Date.now() - 60_000);
    // Every bundle that verified, and only those: each digest is the sha256 of the bundle's bytes.
    const referrers = verifiedBefore.statements.map((s) => s.source.replace('referrer ', ''));
    expect(statement.predicate.inputAttestations.map((a) => a.uri).sort()).toEqual(
      referrers.map((r) => `${repository}@${r}`).sort(),
    );
    for (const input of statement.predicate.inputAttestations) {
      const { bundle: bytes } = await referrerBundle(input.uri);
      expect(input.digest.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    // The policy: a canonical document of what was asked, named by its digest.
    const document = Buffer.from(statement.predicate.policy.content, 'base64');
    expect(statement.predicate.policy.digest.sha256).toBe(createHash('sha256').update(document).digest('hex'));
    expect(
      document.equals(
        policyDocument({
          keyHint: publicKey.hint,
          requiredPredicateTypes: ['https://slsa.dev/provenance/v1'],
          requireTransparencyLog: false,
          conditions: parseConditionsInput(raw({ conditions: "test-result: result == 'PASSED'" })),
        }),
      ),
    ).toBe(true);

    // The suite's own verify finds and accepts the summary, with its key and its type required.
    const again = await runVerify(
      parseVerifyInputs(
        raw({
          image: ref,
          key: 'vsa.pub',
          attestations: VSA_PREDICATE,
          conditions: `${VSA_PREDICATE}: verificationResult == 'PASSED' && resourceUri == '${repository}@${image.digest}'`,
        }),
      ),
      environment(),
    );
    expect(again.outputs['predicate-types']).toBe(VSA_PREDICATE);
  }, 60_000);

  it('claims no SLSA build level without verified provenance', async () => {
    const outcome = await runVerify(withSummary({ image: `${registry.host}/acme/app:plain` }), environment());
    const json = JSON.parse(outcome.outputs.json!) as { verificationSummary: string };
    const { bundle } = await referrerBundle(`${registry.host}/acme/app@${json.verificationSummary}`);
    const payload = (JSON.parse(bundle.toString()) as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload;
    const predicate = (JSON.parse(Buffer.from(payload, 'base64').toString()) as { predicate: Record<string, unknown> })
      .predicate;
    expect(predicate.verifiedLevels).toEqual([]);
  });

  it('writes nothing when the verification fails', async () => {
    const app = repositoryAt(registry.host, 'acme/app');
    const count = async () => (await app.referrers(image.digest)).length;
    const n = await count();
    const error = await failure(
      runVerify(
        withSummary({ image: `${registry.host}/acme/app:v1`, conditions: "test-result: result == 'FAILED'" }),
        environment(),
      ),
    );
    expect(error.code).toBe('VERIFICATION_FAILED');
    expect(await count()).toBe(n);
  });

  it.each([
    ['write-summary without summary-key', { 'write-summary': 'true' }, 'summary-key'],
    ['summary-key without write-summary', { 'summary-key': 'vsa.key' }, 'summary-key'],
    [
      'a password with keyless',
      { 'write-summary': 'true', 'summary-key': 'keyless', 'summary-key-password': 'x' },
      'summary-key-password',
    ],
    [
      'a summary of files only',
      { image: '', files: 'junit.xml', 'write-summary': 'true', 'summary-key': 'vsa.key' },
      'write-summary',
    ],
  ])('refuses %s as INPUT_INVALID naming the input', (_, values, input) => {
    let caught: unknown;
    try {
      verifyInputs({ image: 'ghcr.io/acme/app:1', ...values });
    } catch (error) {
      caught = error;
    }
    expect((caught as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((caught as ArtefactsError).message).toContain(`Input '${input}'`);
  });
});

describe("promote's gate writes the verification summary at the destination (write-summary)", () => {
  const promoteInputs = (values: Record<string, string>) =>
    parsePromoteInputs(
      raw({
        source: `${registry.host}/acme/app:v1`,
        'require-signature': 'cosign.pub',
        'write-summary': 'true',
        'summary-key': 'vsa.key',
        'summary-key-password': 'vsa',
        ...values,
      }),
    );

  it('attaches a signed VSA about the digest at every destination, before the tags', async () => {
    const logger = memoryLogger();
    const outcome = await runPromote(
      promoteInputs({
        destinations: `${registry.host}/acme/prod:1\n${registry.host}/acme/mirror:1`,
        conditions: "test-result: result == 'PASSED'",
      }),
      { ...environment(), logger },
    );
    const written = outcome.outputs['verification-summaries']!.split('\n');
    expect(written).toHaveLength(2);
    for (const [i, repository] of ['acme/prod', 'acme/mirror'].entries()) {
      const at = `${registry.host}/${repository}`;
      const { manifest, bundle } = await referrerBundle(`${at}@${written[i]!}`);
      expect(manifest).toMatchObject({
        subject: { digest: image.digest },
        annotations: { 'dev.sigstore.bundle.predicateType': VSA_PREDICATE },
      });
      expect(() => independentVerify(JSON.parse(bundle.toString()), summaryKey)).not.toThrow();
      // The suite's own verify accepts it at the destination, and it names the destination.
      const verified = await runVerify(
        parseVerifyInputs(
          raw({
            image: `${at}:1`,
            key: 'vsa.pub',
            attestations: VSA_PREDICATE,
            conditions: `${VSA_PREDICATE}: resourceUri == '${at}@${image.digest}' && length(inputAttestations) > \`1\``,
          }),
        ),
        environment(),
      );
      expect(verified.outputs.digest).toBe(image.digest);
    }
    // Written before any tag: the summary lines come before the tag writes' confirmation.
    const messages = logger.lines.map((l) => l.message);
    const lastSummary = Math.max(
      ...written.map((d) => messages.findIndex((m) => m.includes(`Verification summary ${d}`))),
    );
    const promoted = messages.findIndex((m) => m.startsWith('Promoted:'));
    expect(lastSummary).toBeGreaterThan(-1);
    expect(lastSummary).toBeLessThan(promoted);
  }, 60_000);

  it('writes no summary and no tag when the gate refuses', async () => {
    const error = await failure(
      runPromote(
        promoteInputs({
          destinations: `${registry.host}/acme/refused:1`,
          conditions: "test-result: result == 'FAILED'",
        }),
        environment(),
      ),
    );
    expect(error.code).toBe('VERIFICATION_FAILED');
    expect(await repositoryAt(registry.host, 'acme/refused').referrers(image.digest)).toEqual([]);
    expect(await repositoryAt(registry.host, 'acme/refused').resolve('1')).toBeUndefined();
  });

  it.each([
    ['write-summary without require-signature', { 'require-signature': '' }, 'write-summary'],
    ['write-summary without summary-key', { 'summary-key': '', 'summary-key-password': '' }, 'summary-key'],
    ['summary-key without write-summary', { 'write-summary': 'false' }, 'summary-key'],
  ])('refuses %s as INPUT_INVALID naming the input', (_, values, input) => {
    let caught: unknown;
    try {
      promoteInputs({ destinations: 'ghcr.io/acme/prod:1', ...values });
    } catch (error) {
      caught = error;
    }
    expect((caught as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((caught as ArtefactsError).message).toContain(`Input '${input}'`);
  });
});
