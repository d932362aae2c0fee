import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  buildIndex,
  copyTree,
  memoryLogger,
  promote,
  verifyPromotionSource,
  type ArtifactStore,
  type PromoteSignaturePolicy,
  readGitHubContext,
  readBlob,
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
import {
  skopeoRaw,
  startProxy,
  startRegistry,
  type TestRegistry,
  destinationAt,
  repositoryAt,
} from '../../../../test/harness/registry.js';
import { rejectionOf } from '../../../../test/harness/failures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-signimg-'));
const PASSWORD = 'correct horse battery';
let registry: TestRegistry;
let layout: LayoutStore;
let single: Manifest;
let other: Manifest;
let multi: Manifest;
let unsigned: Manifest;
let publicKey: sign.VerificationKey;

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

function environment(
  env: Record<string, string> = {},
): ActionEnvironment & { logger: ReturnType<typeof memoryLogger> } {
  return { cwd: tmp, env: { HOME: tmp, ...env }, logger: memoryLogger(), github: undefined };
}

function raw(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

const failure = (promise: Promise<unknown>) => rejectionOf(promise, ArtefactsError);

const signInputs = (values: Record<string, string>) =>
  parseSignInputs(raw({ key: 'cosign.key', 'key-password': PASSWORD, ...values }));
const verifyInputs = (values: Record<string, string>) => parseVerifyInputs(raw({ key: 'cosign.pub', ...values }));

const repo = (name: string) => repositoryAt(registry.host, name);

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

beforeAll(async () => {
  registry = await startRegistry();
  // Key files written the way `artefacts keygen` writes them (cosign format, encrypted).
  await runKeygen(parseKeygenInputs(raw({ 'output-prefix': 'cosign' })), {
    ...environment({ COSIGN_PASSWORD: PASSWORD }),
  });
  await runKeygen(parseKeygenInputs(raw({ 'output-prefix': 'other' })), {
    ...environment({ COSIGN_PASSWORD: 'x' }),
  });
  publicKey = sign.loadPublicKey(readFileSync(path.join(tmp, 'cosign.pub'), 'utf8'));
  layout = new LayoutStore(path.join(tmp, 'layout'));
  single = await buildImage(layout, { layers: [{ randomBytes: 4_000 }] }, { tag: 'v1' });
  other = await buildImage(layout, { layers: [{ randomBytes: 4_000 }] }, { tag: 'other' });
  unsigned = await buildImage(layout, { layers: [{ randomBytes: 4_000 }] }, { tag: 'unsigned' });
  const arm = await buildImage(layout, {
    layers: [{ randomBytes: 3_000 }],
    platform: { architecture: 'arm64', os: 'linux' },
  });
  multi = await buildIndex(
    layout,
    [
      { manifest: single, platform: { architecture: 'amd64', os: 'linux' } },
      { manifest: arm, platform: { architecture: 'arm64', os: 'linux' } },
    ],
    { tag: 'multi' },
  );
  const app = repo('acme/app');
  await copyTree(layout, app, single.digest, { tag: 'v1' });
  await copyTree(layout, app, multi.digest, { tag: 'multi' });
  await copyTree(layout, app, other.digest, { tag: 'other' });
  await copyTree(layout, app, unsigned.digest, { tag: 'unsigned' });
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('sign → push → verify against a registry (key-based, offline)', () => {
  it('signs a tag by its digest, pushes a cosign v3 referrer, and verifies it', async () => {
    const outcome = await runSign(signInputs({ image: `${registry.host}/acme/app:v1` }), environment());
    expect(outcome.outputs.digest).toBe(single.digest);
    const referrers = outcome.outputs.referrers!.split('\n');
    expect(referrers).toHaveLength(1);
    expect(outcome.outputs.signer).toBe(publicKey.hint);
    expect(outcome.outputs['transparency-log-index']).toBe('');
    expect(outcome.summary).toContain(single.digest);
    expect(outcome.summary).toContain('--insecure-ignore-tlog');

    // Independent check of the layout with skopeo: the referrer manifest and the fallback tag index.
    const manifest = JSON.parse(skopeoRaw(`${registry.host}/acme/app@${referrers[0]}`).toString()) as Record<
      string,
      unknown
    >;
    expect(manifest.artifactType).toBe(BUNDLE);
    expect(manifest.config).toEqual({
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    });
    expect((manifest.layers as unknown[]).length).toBe(1);
    expect((manifest.layers as { mediaType: string }[])[0]!.mediaType).toBe(BUNDLE);
    expect(manifest.subject).toEqual({ mediaType: single.mediaType, digest: single.digest, size: single.bytes.length });
    expect(manifest.annotations).toMatchObject({
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1',
    });
    const index = JSON.parse(skopeoRaw(`${registry.host}/acme/app:${single.digest.replace(':', '-')}`).toString()) as {
      manifests: { digest: string; artifactType: string }[];
    };
    expect(index.manifests.map((m) => m.digest)).toContain(referrers[0]);
    expect(index.manifests.find((m) => m.digest === referrers[0])?.artifactType).toBe(BUNDLE);

    // The bundle fetched from the registry verifies with @sigstore/verify directly.
    const layer = (manifest.layers as { digest: string; size: number }[])[0]!;
    const bundle = JSON.parse((await readBlob(repo('acme/app'), layer)).toString()) as unknown;
    expect(() => independentVerify(bundle, publicKey)).not.toThrow();
    expect(() =>
      independentVerify(bundle, sign.loadPublicKey(readFileSync(path.join(tmp, 'other.pub'), 'utf8'))),
    ).toThrow();

    const verified = await runVerify(verifyInputs({ image: `${registry.host}/acme/app:v1` }), environment());
    expect(verified.outputs.digest).toBe(single.digest);
    expect(verified.outputs.signer).toBe(publicKey.hint);
    expect(verified.outputs['predicate-types']).toBe('https://sigstore.dev/cosign/sign/v1');
    const statements = JSON.parse(verified.outputs.statements!) as { subject: { digest: { sha256: string } }[] }[];
    expect(statements[0]!.subject[0]!.digest.sha256).toBe(single.digest.slice(7));
    expect(verified.summary).toContain(referrers[0]);
  });

  it('signs and verifies a multi-arch index by its own digest', async () => {
    const outcome = await runSign(signInputs({ image: `${registry.host}/acme/app:multi` }), environment());
    expect(outcome.outputs.digest).toBe(multi.digest);
    const manifest = JSON.parse(skopeoRaw(`${registry.host}/acme/app@${outcome.outputs.referrers}`).toString()) as {
      subject: { mediaType: string; digest: string };
    };
    expect(manifest.subject.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(manifest.subject.digest).toBe(multi.digest);
    const verified = await runVerify(
      verifyInputs({ image: `${registry.host}/acme/app@${multi.digest}` }),
      environment(),
    );
    expect(verified.outputs.digest).toBe(multi.digest);
  });

  it('pushes provenance and a custom attestation as their own referrers; verify requires them by type', async () => {
    const predicate = path.join(tmp, 'tests.json');
    writeFileSync(predicate, JSON.stringify({ passed: 42, failed: 0 }));
    const eventPath = path.join(tmp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(pushEvent({ sha: 'a'.repeat(40), repo: 'acme/app' })));
    const env = {
      ...pushEnv({ sha: 'a'.repeat(40) }),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    };
    const github = readGitHubContext(env);
    const outcome = await runSign(
      signInputs({
        image: `${registry.host}/acme/app:other`,
        provenance: 'true',
        'predicate-type': 'https://example.com/test-result/v1',
        'predicate-path': 'tests.json',
      }),
      { ...environment(env), github },
    );
    expect(outcome.outputs.referrers!.split('\n')).toHaveLength(3);
    expect(outcome.summary).toContain('https://slsa.dev/provenance/v1');
    expect(outcome.summary).toContain('[workflow run #77](https://github.com/acme/app/actions/runs/77)');
    expect(outcome.summary.split('\n')[0]).toContain(outcome.outputs.digest);
    const verified = await runVerify(
      verifyInputs({
        image: `${registry.host}/acme/app:other`,
        attestations: 'provenance, https://example.com/test-result/v1',
      }),
      environment(),
    );
    expect(verified.outputs['predicate-types']!.split('\n').sort()).toEqual([
      'https://example.com/test-result/v1',
      'https://sigstore.dev/cosign/sign/v1',
      'https://slsa.dev/provenance/v1',
    ]);
    const custom = (JSON.parse(verified.outputs.statements!) as { predicateType: string; predicate: unknown }[]).find(
      (s) => s.predicateType === 'https://example.com/test-result/v1',
    );
    expect(custom?.predicate).toEqual({ passed: 42, failed: 0 });
    // The single-platform image has no provenance: required by type, refused by that rule.
    const missing = await failure(
      runVerify(verifyInputs({ image: `${registry.host}/acme/app:v1`, attestations: 'provenance' }), environment()),
    );
    expect(missing.code).toBe('VERIFICATION_FAILED');
    expect((missing as sign.VerificationFailure).rule).toBe('predicate-type');
  });

  it('refuses a wrong password, a wrong key and an unsigned image, each with its rule', async () => {
    const badPassword = await failure(
      runSign(signInputs({ image: `${registry.host}/acme/app:v1`, 'key-password': 'nope' }), environment()),
    );
    expect(badPassword.code).toBe('KEY_INVALID');
    const wrongKey = await failure(
      runVerify(verifyInputs({ image: `${registry.host}/acme/app:v1`, key: 'other.pub' }), environment()),
    );
    expect(wrongKey.code).toBe('VERIFICATION_FAILED');
    expect((wrongKey as sign.VerificationFailure).rule).toBe('signature');
    expect(wrongKey.message).toMatch(/\[signature\]/);
    const none = await failure(runVerify(verifyInputs({ image: `${registry.host}/acme/app:unsigned` }), environment()));
    expect(none.code).toBe('VERIFICATION_FAILED');
    expect(none.message).toMatch(/No signature/);
  });

  it('refuses a modified payload, a statement about another digest, and a signature moved to another image', async () => {
    const target = repo('acme/tamper');
    await copyTree(layout, target, unsigned.digest, { tag: 'x' });
    const key = await sign.loadPrivateKey(readFileSync(path.join(tmp, 'cosign.key'), 'utf8'), PASSWORD);
    const config: sign.SigningConfig = { kind: 'key', key };
    const subject = { mediaType: unsigned.mediaType, digest: unsigned.digest, size: unsigned.bytes.length };

    // 1. Modified payload: a real signature, then the envelope's statement edited and pushed as a referrer.
    const signed = await sign.signStatement(
      sign.cosignSignStatement(`${registry.host}/acme/tamper`, unsigned.digest),
      config,
    );
    const tampered = JSON.parse(sign.bundleText(signed.bundle)) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(tampered.dsseEnvelope.payload, 'base64').toString()) as Record<
      string,
      unknown
    >;
    statement.predicate = { injected: true };
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    await sign.pushArtefact(target, sign.bundleReferrer(tampered as never, subject));
    let error = await failure(sign.verifyImage(target, unsigned.digest, { key: publicKey }, memoryLogger()));
    expect((error as sign.VerificationFailure).rule).toBe('signature');

    // 2. A validly signed statement whose subject is another digest, pushed as a referrer of this one.
    const elsewhere = await sign.signStatement(
      sign.cosignSignStatement(`${registry.host}/acme/app`, other.digest),
      config,
    );
    await sign.pushArtefact(target, sign.bundleReferrer(elsewhere.bundle, subject));
    error = await failure(sign.verifyImage(target, unsigned.digest, { key: publicKey }, memoryLogger()));
    const rules = (error as sign.VerificationFailure).rejections.map((r) => r.rule).sort();
    expect(rules).toEqual(['signature', 'subject-digest']);
    expect(error.message).toMatch(/\[subject-digest\].*not sha256:/);

    // 3. The referrer of the signed image copied over verbatim (its subject still names the other image).
    const signedImage = await sign.verifyImage(repo('acme/app'), single.digest, { key: publicKey }, memoryLogger());
    const moved = await repo('acme/app').getManifest(signedImage.verified[0]!.source.replace('referrer ', ''));
    await copyTree(repo('acme/app'), target, moved.digest);
    const index = await target.getManifest(unsigned.digest.replace(':', '-'));
    const withMoved = { ...(index.parsed as { manifests: unknown[] }) };
    withMoved.manifests = [
      ...withMoved.manifests,
      { mediaType: moved.mediaType, digest: moved.digest, size: moved.bytes.length, artifactType: BUNDLE },
    ];
    const { encodeManifest } = await import('@immutable-artefacts/core');
    await target.putManifest(encodeManifest(withMoved as never), { tag: unsigned.digest.replace(':', '-') });
    error = await failure(sign.verifyImage(target, unsigned.digest, { key: publicKey }, memoryLogger()));
    const movedRejection = (error as sign.VerificationFailure).rejections.find((r) => r.source.includes(moved.digest));
    expect(movedRejection?.rule).toBe('subject-digest');

    // And once a genuine signature is added, the image verifies while the bad ones stay listed as rejected.
    await runSign(signInputs({ image: `${registry.host}/acme/tamper@${unsigned.digest}` }), environment());
    const ok = await sign.verifyImage(target, unsigned.digest, { key: publicKey }, memoryLogger());
    expect(ok.verified).toHaveLength(1);
    expect(ok.rejected.map((r) => r.rule).sort()).toEqual(['signature', 'subject-digest', 'subject-digest']);
  });

  it('writes the cosign v2 .sig tag (merging, not overwriting) and verifies an image signed only that way', async () => {
    const target = repo('acme/legacy');
    await copyTree(layout, target, single.digest, { tag: 'v1' });
    const image = `${registry.host}/acme/legacy:v1`;
    await runSign(signInputs({ image, 'legacy-signature': 'true' }), environment());
    const sigTag = `${single.digest.replace(':', '-')}.sig`;
    const sig = JSON.parse(skopeoRaw(`${registry.host}/acme/legacy:${sigTag}`).toString()) as {
      layers: { mediaType: string; annotations: Record<string, string> }[];
    };
    expect(sig.layers).toHaveLength(1);
    expect(sig.layers[0]!.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json');
    expect(sig.layers[0]!.annotations['dev.cosignproject.cosign/signature']).toMatch(/^[A-Za-z0-9+/=]+$/);
    // A second signer's signature is added as another layer.
    const otherKey = await sign.loadPrivateKey(readFileSync(path.join(tmp, 'other.key'), 'utf8'), 'x');
    await sign.pushLegacySignature(target, single.digest, sign.legacySignatureManifest(image, single.digest, otherKey));
    const merged = JSON.parse(skopeoRaw(`${registry.host}/acme/legacy:${sigTag}`).toString()) as { layers: unknown[] };
    expect(merged.layers).toHaveLength(2);

    const both = await sign.verifyImage(target, single.digest, { key: publicKey }, memoryLogger());
    expect(both.verified).toHaveLength(1);
    expect(both.legacy).toHaveLength(1);
    expect(both.rejected.map((r) => r.rule)).toEqual(['signature']);

    // Only the .sig tag: still verified (as cosign v2 would), but not for a required attestation.
    const onlyLegacy = repo('acme/legacy-only');
    await copyTree(layout, onlyLegacy, single.digest, { tag: 'v1' });
    await sign.pushLegacySignature(
      onlyLegacy,
      single.digest,
      sign.legacySignatureManifest(
        image,
        single.digest,
        await sign.loadPrivateKey(readFileSync(path.join(tmp, 'cosign.key'), 'utf8'), PASSWORD),
      ),
    );
    const legacyOnly = await sign.verifyImage(onlyLegacy, single.digest, { key: publicKey }, memoryLogger());
    expect(legacyOnly.legacy).toHaveLength(1);
    expect(legacyOnly.signers).toEqual([publicKey.hint]);
    const wrong = sign.loadPublicKey(readFileSync(path.join(tmp, 'other.pub'), 'utf8'));
    expect(
      (
        (await failure(
          sign.verifyImage(onlyLegacy, single.digest, { key: wrong }, memoryLogger()),
        )) as sign.VerificationFailure
      ).rule,
    ).toBe('signature');
    expect(
      (
        (await failure(
          sign.verifyImage(
            onlyLegacy,
            single.digest,
            { key: publicKey, requiredPredicateTypes: ['https://slsa.dev/provenance/v1'] },
            memoryLogger(),
          ),
        )) as sign.VerificationFailure
      ).rule,
    ).toBe('predicate-type');
  });

  it('pushes the cosign v2 .sig tag while the referrer waits for its fallback index to settle', async () => {
    await copyTree(layout, repo('acme/legacy-at-once'), single.digest, { tag: 'v1' });
    const proxy = await startProxy(registry.host);
    try {
      await runSign(
        signInputs({ image: `${proxy.host}/acme/legacy-at-once:v1`, 'legacy-signature': 'true' }),
        environment(),
      );
      const at = (method: string, tag: string) =>
        proxy.requests.flatMap((r, i) =>
          r.method === method && r.path === `/v2/acme/legacy-at-once/manifests/${tag}` ? [i] : [],
        );
      const index = single.digest.replace(':', '-');
      const [sigPut] = at('PUT', `${index}.sig`);
      const confirm = at('GET', index).pop();
      expect(at('PUT', index)).toHaveLength(1);
      // The .sig manifest went before the read that confirms the index, not after it.
      expect(sigPut).toBeLessThan(confirm!);
    } finally {
      await proxy.close();
    }
  });

  it('signs and verifies in an oci: layout directory', async () => {
    const dir = path.join(tmp, 'offline');
    const store = new LayoutStore(dir);
    await copyTree(layout, store, single.digest, { tag: 'v1' });
    const outcome = await runSign(signInputs({ image: `oci:${dir}:v1` }), environment());
    expect(outcome.outputs.digest).toBe(single.digest);
    const verified = await runVerify(verifyInputs({ image: `oci:${dir}@${single.digest}` }), environment());
    expect(verified.outputs.signer).toBe(publicKey.hint);
  });

  it('publishes nothing when a file bundle cannot be written: no referrer, no other bundle', async () => {
    const dir = path.join(tmp, 'all-or-none');
    const store = new LayoutStore(dir);
    await copyTree(layout, store, single.digest, { tag: 'v1' });
    writeFileSync(path.join(tmp, 'first.bin'), 'first');
    writeFileSync(path.join(tmp, 'second.bin'), 'second');
    // The second file's bundle cannot be written: a directory is where it goes.
    mkdirSync(path.join(tmp, 'second.bin.sigstore.json'));
    const error = await failure(
      runSign(signInputs({ image: `oci:${dir}:v1`, files: 'first.bin\nsecond.bin' }), environment()),
    );
    expect(error.message).toMatch(/^Input 'files': got "second.bin"/);
    expect(await store.referrers(single.digest)).toEqual([]);
    expect(existsSync(path.join(tmp, 'first.bin.sigstore.json'))).toBe(false);
    expect(readdirSync(tmp).filter((name) => name.includes('.tmp-'))).toEqual([]);
    rmSync(path.join(tmp, 'second.bin.sigstore.json'), { recursive: true });
    // The same run, once the place is free: everything is published.
    await runSign(signInputs({ image: `oci:${dir}:v1`, files: 'first.bin\nsecond.bin' }), environment());
    expect(await store.referrers(single.digest)).toHaveLength(1);
    expect(existsSync(path.join(tmp, 'second.bin.sigstore.json'))).toBe(true);
  });

  it('opens a relative oci: layout in the workspace, not the process directory', async () => {
    await copyTree(layout, new LayoutStore(path.join(tmp, 'relative')), single.digest, { tag: 'v1' });
    expect(process.cwd()).not.toBe(tmp);
    const outcome = await runSign(signInputs({ image: 'oci:relative:v1' }), environment());
    expect(outcome.outputs.digest).toBe(single.digest);
    const verified = await runVerify(verifyInputs({ image: `oci:relative@${single.digest}` }), environment());
    expect(verified.outputs.signer).toBe(publicKey.hint);
  });

  it('signs files beside them and verifies them; a changed file is refused', async () => {
    writeFileSync(path.join(tmp, 'app-linux.tar.gz'), 'linux build');
    writeFileSync(path.join(tmp, 'SHA256SUMS'), '');
    const outcome = await runSign(signInputs({ files: 'app-*.tar.gz' }), environment());
    expect(outcome.outputs['bundle-paths']).toBe(path.join(tmp, 'app-linux.tar.gz.sigstore.json'));
    const verified = await runVerify(verifyInputs({ files: 'app-*.tar.gz' }), environment());
    expect(verified.outputs.signer).toBe(publicKey.hint);
    writeFileSync(path.join(tmp, 'app-linux.tar.gz'), 'linux build, modified');
    const changed = await failure(runVerify(verifyInputs({ files: 'app-*.tar.gz' }), environment()));
    expect((changed as sign.VerificationFailure).rule).toBe('subject-digest');
  });

  it('signs a checksums file and attests every file it lists in one DSSE bundle', async () => {
    const { createHash } = await import('node:crypto');
    const digest = (text: string) => createHash('sha256').update(text).digest('hex');
    writeFileSync(path.join(tmp, 'tool-amd64'), 'amd64 binary');
    writeFileSync(
      path.join(tmp, 'SUMS'),
      `${digest('amd64 binary')}  tool-amd64\n${digest('elsewhere')}  tool-arm64\n`,
    );
    const outcome = await runSign(
      signInputs({ checksums: 'SUMS', 'predicate-type': 'https://example.com/release/v1', predicate: '{"v":"1.0.0"}' }),
      environment(),
    );
    const paths = outcome.outputs['bundle-paths']!.split('\n');
    expect(paths).toEqual([
      path.join(tmp, 'SUMS.sigstore.json'),
      path.join(tmp, 'SUMS.example.com-release-v1.intoto.sigstore.json'),
    ]);
    const verified = await runVerify(verifyInputs({ files: 'SUMS' }), environment());
    expect(verified.outputs.signer).toBe(publicKey.hint);
    const bundle = JSON.parse(readFileSync(paths[1]!, 'utf8')) as unknown;
    for (const d of [digest('amd64 binary'), digest('elsewhere')]) {
      const result = sign.verifyStatements([{ source: 'file', bundle }], `sha256:${d}`, {
        key: publicKey,
        requiredPredicateTypes: ['https://example.com/release/v1'],
      });
      expect(result.verified[0]!.statement.predicate).toEqual({ v: '1.0.0' });
    }
    // A listed file that is present but changed: refused before anything is signed.
    writeFileSync(path.join(tmp, 'tool-amd64'), 'tampered');
    expect((await failure(runSign(signInputs({ checksums: 'SUMS' }), environment()))).code).toBe('DIGEST_MISMATCH');
  });

  it('names bad inputs', async () => {
    expect(() => signInputs({ image: 'Not A Reference' })).toThrow(/'image'/);
    expect(() => signInputs({ image: 'x/y:1', 'registry-username': 'u' })).toThrow(/'registry-password'/);
    expect(() => parseSignInputs(raw({ image: 'x/y', 'github-attestations': 'maybe' }))).toThrow(
      /'github-attestations'/,
    );
    const missing = await failure(runSign(signInputs({ image: `${registry.host}/acme/app:absent` }), environment()));
    expect(missing.code).toBe('REGISTRY_NOT_FOUND');
  });
});

describe("promote's require-signature gate (verifyPromotionSource, which runPromote calls)", () => {
  const options = (source: string, destination: string, policy: PromoteSignaturePolicy) => ({
    source,
    destinations: [destination],
    record: false,
    settleMs: 50,
    env: {},
    registry: { ignoreDockerConfig: true },
    gate: (store: ArtifactStore, digest: string) =>
      // No GitHub context and no network here: a keyless policy's TUF fetch fails, and the gate with it.
      verifyPromotionSource(policy, store, digest, {
        cwd: tmp,
        env: { RUNNER_TEMP: tmp },
        github: undefined,
        logger: memoryLogger(),
      }),
  });

  it('refuses an unsigned image before copying, and promotes a signed one', async () => {
    const key: PromoteSignaturePolicy = { kind: 'key', key: 'cosign.pub' };
    const refused = await failure(
      promote(options(`${registry.host}/acme/app:unsigned`, `${registry.host}/acme/prod:1`, key)),
    );
    expect(refused.code).toBe('VERIFICATION_FAILED');
    expect(await destinationAt(registry.host, 'acme/prod').listTags()).toEqual([]);
    const wrongKey = await failure(
      promote(
        options(`${registry.host}/acme/app:v1`, `${registry.host}/acme/prod:1`, { kind: 'key', key: 'other.pub' }),
      ),
    );
    expect((wrongKey as sign.VerificationFailure).rule).toBe('signature');
    expect(await destinationAt(registry.host, 'acme/prod').listTags()).toEqual([]);
    const promoted = await promote(options(`${registry.host}/acme/app:v1`, `${registry.host}/acme/prod:1`, key));
    expect(promoted.digest).toBe(single.digest);
    expect(await repo('acme/prod').resolve('1')).toMatchObject({ digest: single.digest });
    // The signature travelled with the image and verifies at the destination.
    await sign.verifyImage(repo('acme/prod'), single.digest, { key: publicKey }, memoryLogger());
  });

  it('fails closed, naming the input, when the policy cannot be used', async () => {
    const missing = await failure(
      promote(
        options(`${registry.host}/acme/app:v1`, `${registry.host}/acme/prod:2`, { kind: 'key', key: 'nope.pub' }),
      ),
    );
    expect(missing.code).toBe('VERIFICATION_FAILED');
    expect(missing.message).toContain("'require-signature'");
    const keyless = await failure(
      promote(
        options(`${registry.host}/acme/app:v1`, `${registry.host}/acme/prod:2`, {
          kind: 'keyless',
          identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
          issuer: 'https://token.actions.githubusercontent.com',
        }),
      ),
    );
    expect(keyless.code).toBe('VERIFICATION_FAILED');
    expect(await repo('acme/prod').resolve('2')).toBeUndefined();
  });
});
