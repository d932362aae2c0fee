/**
 * Signing on a re-run: a digest already carrying this signer's signature of a statement type gets
 * no second one (nothing pushed, and the job says so); another signer, a missing statement type or
 * `force` does sign. Key-based against the test registry, keyless against the fake Sigstore
 * instance (Fulcio certificate identity from the OIDC token). Also SLSA provenance's workflow
 * facts: the workflow ref split where git refs contain `@`, and builder.id from the token's
 * `job_workflow_ref` when signing keyless.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LayoutStore,
  buildImage,
  copyTree,
  memoryLogger,
  prepareReferrer,
  parseWorkflowRef,
  readGitHubContext,
  sign,
  type ActionEnvironment,
  type Manifest,
  parseKeygenInputs,
  parseSignInputs,
  runKeygen,
  runSign,
} from '@immutable-artefacts/core';
import { pushEnv, pushEvent } from '../../../../test/harness/events.js';
import { GITHUB_ISSUER, startFakeSigstore, type FakeSigstore } from '../../../../test/harness/fake-sigstore.js';
import { startRegistry, type TestRegistry, repositoryAt } from '../../../../test/harness/registry.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-rerun-'));
const PASSWORD = 'rerun password';
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/@acme/app@1.4.0';
let registry: TestRegistry;
let fake: FakeSigstore;
let images: Manifest[];

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';

function environment(env: Record<string, string> = {}): ActionEnvironment & {
  logger: ReturnType<typeof memoryLogger>;
} {
  const eventPath = path.join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pushEvent({ sha: 'a'.repeat(40), repo: 'acme/app' })));
  const full = {
    HOME: tmp,
    ...pushEnv({ sha: 'a'.repeat(40) }),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REF: 'refs/tags/@acme/app@1.4.0',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/tags/@acme/app@1.4.0',
    ...env,
  };
  return { cwd: tmp, env: full, logger: memoryLogger(), github: readGitHubContext(full) };
}

const keyInputs = (values: Record<string, string>) =>
  parseSignInputs(raw({ key: 'cosign.key', 'key-password': PASSWORD, ...values }));

async function referrerCount(digest: string): Promise<number> {
  return sign.bundleReferrers({ manifests: await repositoryAt(registry.host, 'acme/app').referrers(digest) }).length;
}

beforeAll(async () => {
  [registry, fake] = await Promise.all([startRegistry(), startFakeSigstore({ maxRequests: 300 })]);
  for (const prefix of ['cosign', 'other']) {
    await runKeygen(parseKeygenInputs(raw({ 'output-prefix': prefix })), {
      ...environment({ COSIGN_PASSWORD: PASSWORD }),
    });
  }
  writeFileSync(path.join(tmp, 'signing_config.json'), JSON.stringify(fake.signingConfig()));
  const layout = new LayoutStore(path.join(tmp, 'layout'));
  images = [];
  for (const tag of ['key', 'keyless', 'unreadable']) {
    const image = await buildImage(layout, { layers: [{ randomBytes: 2_000 }] }, { tag });
    await copyTree(layout, repositoryAt(registry.host, 'acme/app'), image.digest, { tag });
    images.push(image);
  }
}, 60_000);

afterAll(async () => {
  await Promise.all([registry?.stop(), fake?.close()]);
  rmSync(tmp, { recursive: true, force: true });
});

describe('sign on a re-run', () => {
  it('key-based: pushes nothing for statement types this key already signed, and says so; force signs again', async () => {
    const image = `${registry.host}/acme/app:key`;
    const digest = images[0]!.digest;
    const first = await runSign(keyInputs({ image, provenance: 'true' }), environment());
    expect(first.outputs.referrers!.split('\n')).toHaveLength(2);
    expect(await referrerCount(digest)).toBe(2);

    const again = environment();
    const rerun = await runSign(keyInputs({ image, provenance: 'true' }), again);
    expect(rerun.outputs.referrers).toBe('');
    expect(rerun.outputs.signer).toBe(first.outputs.signer);
    expect(
      again.logger.lines
        .filter((l) => l.level === 'notice')
        .map((l) => l.message)
        .join('\n'),
    ).toMatch(/already signed by this signer: nothing pushed/);
    expect(Object.keys(JSON.parse(rerun.outputs.json!).signedAlready as object).sort()).toEqual([
      'https://sigstore.dev/cosign/sign/v1',
      'https://slsa.dev/provenance/v1',
    ]);
    expect(rerun.summary).toContain('signed already; kept');
    expect(await referrerCount(digest)).toBe(2);

    // A statement type not signed yet is signed; the others are not repeated.
    writeFileSync(path.join(tmp, 'result.json'), '{"result":"PASSED"}');
    const added = await runSign(
      keyInputs({
        image,
        provenance: 'true',
        'predicate-type': 'https://in-toto.io/attestation/test-result/v0.1',
        'predicate-path': 'result.json',
      }),
      environment(),
    );
    expect(added.outputs.referrers!.split('\n')).toHaveLength(1);
    expect(await referrerCount(digest)).toBe(3);

    // Another key's signature does not count as this signer's.
    const other = await runSign(keyInputs({ image, key: 'other.key' }), environment());
    expect(other.outputs.referrers!.split('\n')).toHaveLength(1);
    expect(await referrerCount(digest)).toBe(4);

    // force: signed and pushed again.
    const forced = await runSign(keyInputs({ image, provenance: 'true', force: 'true' }), environment());
    expect(forced.outputs.referrers!.split('\n')).toHaveLength(2);
    expect(await referrerCount(digest)).toBe(6);
    expect(() => keyInputs({ image, force: 'maybe' })).toThrow(/'force'/);

    // cosign v2's .sig tag: one layer for this key, however often the job runs.
    for (let run = 0; run < 2; run++) await runSign(keyInputs({ image, 'legacy-signature': 'true' }), environment());
    const sig = await repositoryAt(registry.host, 'acme/app').getManifest(`${digest.replace(':', '-')}.sig`);
    expect((sig.parsed as { layers: unknown[] }).layers).toHaveLength(1);
    expect(await referrerCount(digest)).toBe(6);
  });

  it('a bundle referrer that cannot be read does not count, and does not hide the signatures that can', async () => {
    const image = `${registry.host}/acme/app:unreadable`;
    const digest = images[2]!.digest;
    const repository = repositoryAt(registry.host, 'acme/app');
    const subject = { mediaType: images[2]!.mediaType, digest, size: images[2]!.bytes.length };
    // Listed as a Sigstore bundle, but its layer is not one: pushed before and after the real signature.
    const junk = async (n: number) =>
      repository.putManifest(
        await prepareReferrer(repository, subject, sign.BUNDLE_V03_MEDIA_TYPE, {
          mediaType: sign.BUNDLE_V03_MEDIA_TYPE,
          bytes: Buffer.from(`not a bundle ${n}`),
        }),
      );
    await junk(1);
    const first = await runSign(keyInputs({ image }), environment());
    expect(first.outputs.referrers!.split('\n')).toHaveLength(1);
    await junk(2);
    expect(await referrerCount(digest)).toBe(3);

    const again = environment();
    const rerun = await runSign(keyInputs({ image }), again);
    expect(rerun.outputs.referrers).toBe('');
    expect(Object.values(JSON.parse(rerun.outputs.json!).signedAlready as object)).toEqual([first.outputs.referrers]);
    const unread = again.logger.lines.filter(
      (l) => l.level === 'debug' && /does not count as signed already/.test(l.message),
    );
    expect(unread).toHaveLength(2);
    expect(await referrerCount(digest)).toBe(3);
  });

  it('keyless: the same certificate identity and issuer count as signed already; another identity does not', async () => {
    const image = `${registry.host}/acme/app:keyless`;
    const digest = images[1]!.digest;
    const inputs = parseSignInputs(
      raw({ image, 'signing-config': 'signing_config.json', provenance: 'true', 'github-attestations': 'never' }),
    );
    fake.claims = { iss: GITHUB_ISSUER, sub: IDENTITY };
    const first = await runSign(inputs, environment(fake.oidcEnv));
    expect(first.outputs.signer).toBe(IDENTITY);
    expect(await referrerCount(digest)).toBe(2);
    const again = environment(fake.oidcEnv);
    const rerun = await runSign(inputs, again);
    expect(rerun.outputs.referrers).toBe('');
    expect(rerun.outputs.signer).toBe(IDENTITY);
    expect(
      again.logger.lines
        .filter((l) => l.level === 'notice')
        .map((l) => l.message)
        .join('\n'),
    ).toMatch(/nothing pushed/);
    expect(await referrerCount(digest)).toBe(2);
    fake.claims = { iss: GITHUB_ISSUER, sub: IDENTITY.replace('release.yml', 'other.yml') };
    const otherIdentity = await runSign(inputs, environment(fake.oidcEnv));
    expect(otherIdentity.outputs.referrers!.split('\n')).toHaveLength(2);
    fake.claims = { iss: 'https://accounts.example.com', sub: IDENTITY };
    const otherIssuer = await runSign(inputs, environment(fake.oidcEnv));
    expect(otherIssuer.outputs.referrers!.split('\n')).toHaveLength(2);
    expect(await referrerCount(digest)).toBe(6);
  });
});

describe('provenance: the workflow ref', () => {
  it('splits a workflow ref at the first @ after the workflow file, whatever @ the git ref holds', () => {
    const cases: [string, { repository: string; path: string; ref: string }][] = [
      [
        'acme/app/.github/workflows/release.yml@refs/tags/@acme/app@1.4.0',
        { repository: 'acme/app', path: '.github/workflows/release.yml', ref: 'refs/tags/@acme/app@1.4.0' },
      ],
      [
        'acme/app/.github/workflows/ci.yaml@refs/heads/feature@2',
        { repository: 'acme/app', path: '.github/workflows/ci.yaml', ref: 'refs/heads/feature@2' },
      ],
      [
        'acme/app/.github/workflows/release.yml@refs/heads/main',
        { repository: 'acme/app', path: '.github/workflows/release.yml', ref: 'refs/heads/main' },
      ],
      [
        'acme/app/.github/workflows/x.yml@0123456789abcdef0123456789abcdef01234567',
        { repository: 'acme/app', path: '.github/workflows/x.yml', ref: '0123456789abcdef0123456789abcdef01234567' },
      ],
      ['acme/app/.github/workflows/x.yml', { repository: 'acme/app', path: '.github/workflows/x.yml', ref: '' }],
    ];
    for (const [value, parts] of cases) expect(parseWorkflowRef(value)).toEqual(parts);
  });

  it('key-based provenance names the workflow path and a ref containing @; builder.id is the workflow ref', async () => {
    const env = environment();
    const attestation = sign.provenanceAttestation(env.github, env.env);
    const predicate = attestation.predicate as {
      buildDefinition: { externalParameters: { workflow: unknown } };
      runDetails: { builder: { id: string } };
    };
    expect(predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/tags/@acme/app@1.4.0',
      repository: 'https://github.com/acme/app',
      path: '.github/workflows/release.yml',
    });
    expect(predicate.runDetails.builder.id).toBe(
      'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/@acme/app@1.4.0',
    );
  });

  it('keyless provenance takes builder.id from the token’s job_workflow_ref (a reusable workflow)', async () => {
    const called = 'acme/shared/.github/workflows/build.yml@refs/tags/@acme/shared@2.0.0';
    fake.claims = { iss: GITHUB_ISSUER, sub: IDENTITY, job_workflow_ref: called };
    const layout = new LayoutStore(path.join(tmp, 'provenance'));
    const image = await buildImage(layout, { layers: [{ randomBytes: 500 }] }, { tag: 'p' });
    const outcome = await runSign(
      parseSignInputs(
        raw({
          image: `oci:${layout.dir}:p`,
          'signing-config': 'signing_config.json',
          provenance: 'true',
          'github-attestations': 'never',
        }),
      ),
      environment({ ...fake.oidcEnv, RUNNER_TEMP: tmp }),
    );
    const verified = await sign.verifyImage(
      layout,
      image.digest,
      {
        identity: { exact: IDENTITY, issuer: GITHUB_ISSUER },
        trustedRoot: sign.parseTrustedRoot(fake.trustedRoot()),
        requiredPredicateTypes: [sign.SLSA_PROVENANCE_PREDICATE],
      },
      memoryLogger(),
    );
    expect(outcome.outputs.digest).toBe(image.digest);
    const provenance = verified.verified.find((v) => v.statement.predicateType === sign.SLSA_PROVENANCE_PREDICATE)!
      .statement.predicate as {
      buildDefinition: { externalParameters: { workflow: { ref: string; path: string } } };
      runDetails: { builder: { id: string } };
    };
    expect(provenance.runDetails.builder.id).toBe(`https://github.com/${called}`);
    // The caller's workflow stays the external parameter, split where the file name ends.
    expect(provenance.buildDefinition.externalParameters.workflow).toMatchObject({
      ref: 'refs/tags/@acme/app@1.4.0',
      path: '.github/workflows/release.yml',
    });
  });
});
