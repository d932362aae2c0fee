/**
 * Promotion is never half done: through a proxy that fails one request in five at the destination
 * (503, 429, 500, resets before and in the middle of a body), promotions of a multi-arch image with a
 * signature succeed, and one that fails leaves no tag; a re-run completes whatever an earlier run
 * left out; what a hostile source can make us walk is bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ArtefactsError,
  LayoutStore,
  MAX_INDEX_DEPTH,
  MAX_TREE_MANIFESTS,
  MEDIA,
  PROMOTION_ARTIFACT_TYPE,
  buildImage,
  buildIndex,
  buildReferrer,
  childDescriptors,
  copyTree,
  memoryLogger,
  parseManifest,
  promote,
  sha256,
  type Manifest,
  type PromoteOptions,
  type PromoteResult,
} from '@immutable-artefacts/core';
import { destinationAt, repositoryAt, startRegistry, type TestRegistry } from '../../../../test/harness/registry.js';
import { startFaultProxy } from '../../../../test/harness/fault-proxy.mjs';
import { rejectionOf } from '../../../../test/harness/failures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-promote-faults-'));
let a: TestRegistry;
let b: TestRegistry;
let layout: LayoutStore;
let multi: Manifest;
let signature: Manifest;
let platforms: Manifest[];

/** Short waits between tries (the tries themselves as many as a real run makes). */
const base = (): Partial<PromoteOptions> => ({
  registry: { ignoreDockerConfig: true, retry: { baseDelayMs: 5, maxDelayMs: 40 } },
  settleMs: 100,
  env: {},
});

beforeAll(async () => {
  [a, b] = await Promise.all([startRegistry(), startRegistry()]);
  layout = new LayoutStore(path.join(tmp, 'src'));
  platforms = [
    await buildImage(layout, { layers: [{ randomBytes: 200_000 }, { files: { a: 'amd64' } }] }),
    await buildImage(layout, {
      layers: [{ randomBytes: 150_000 }, { files: { a: 'arm64' } }],
      platform: { architecture: 'arm64', os: 'linux' },
    }),
  ];
  multi = await buildIndex(layout, [
    { manifest: platforms[0]!, platform: { architecture: 'amd64', os: 'linux' } },
    { manifest: platforms[1]!, platform: { architecture: 'arm64', os: 'linux' } },
  ]);
  const src = repositoryAt(a.host, 'acme/app');
  await copyTree(layout, src, multi.digest, { tag: 'v1' });
  signature = await buildReferrer(
    src,
    { mediaType: multi.mediaType, digest: multi.digest, size: multi.bytes.length },
    'application/vnd.dev.sigstore.bundle.v0.3+json',
    { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', bytes: Buffer.from('{"bundle":"faults"}') },
  );
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  rmSync(tmp, { recursive: true, force: true });
});

/** What a destination repository holds for the promoted image, read straight from the registry. */
async function state(repository: string) {
  const dest = repositoryAt(b.host, repository);
  const tag = await dest.resolve('v1');
  const referrers = await dest.referrers(multi.digest);
  const present = await Promise.all(platforms.map((p) => dest.resolve(p.digest)));
  return {
    tag: tag?.digest,
    records: referrers.filter((r) => r.artifactType === PROMOTION_ARTIFACT_TYPE).map((r) => r.digest),
    signature: referrers.some((r) => r.digest === signature.digest),
    platforms: present.every((p) => p !== undefined),
  };
}

describe('promote through a destination that fails one request in five', () => {
  it('succeeds at least 49 of 50 times over several seeds, and a failed one leaves no tag', async () => {
    const imageBytes = [...childDescriptors(multi).blobs, ...platforms.flatMap((p) => childDescriptors(p).blobs)];
    const outcomes: { repository: string; result?: PromoteResult; error?: unknown; logged: string[] }[] = [];
    let faults = 0;
    let resent = 0;
    for (const seed of [11, 23, 37, 41, 59]) {
      const proxy = await startFaultProxy(b.host, { rate: 0.2, seed });
      try {
        const round = await Promise.all(
          Array.from({ length: 10 }, async (_x, n) => {
            const repository = `acme/faults-${seed}-${n}`;
            const logger = memoryLogger();
            try {
              const result = await promote({
                ...base(),
                source: `${a.host}/acme/app:v1`,
                destinations: [`${proxy.host}/${repository}:v1`],
                environment: 'production',
                logger,
              });
              return { repository, result, logged: logger.lines.map((l) => l.message) };
            } catch (error) {
              return { repository, error, logged: logger.lines.map((l) => l.message) };
            }
          }),
        );
        outcomes.push(...round);
        faults += proxy.stats.faults;
      } finally {
        await proxy.close();
      }
    }
    expect(faults).toBeGreaterThan(100);
    const succeeded = outcomes.filter((o) => o.result !== undefined);
    expect(succeeded.length).toBeGreaterThanOrEqual(49);
    for (const o of outcomes) {
      const there = await state(o.repository);
      // Progress never passes 100%.
      for (const line of o.logged) {
        const percent = /\((\d+)%\)/.exec(line);
        if (percent !== null) expect(Number(percent[1])).toBeLessThanOrEqual(100);
      }
      if (o.result !== undefined) {
        expect(o.result.destinations[0]!.status).toBe('promoted');
        // Each blob counted once, however often a retry sent it again.
        expect(o.result.bytesCopied).toBeLessThanOrEqual(imageBytes.reduce((s, d) => s + d.size, 0) + 1000);
        resent += o.result.bytesResent;
        expect(there).toEqual({
          tag: multi.digest,
          records: [o.result.destinations[0]!.record],
          signature: true,
          platforms: true,
        });
      } else {
        // A promotion that reports failure has written no tag.
        expect(there.tag).toBeUndefined();
        // A re-run (the faults gone) finishes the job.
        const rerun = await promote({
          ...base(),
          source: `${a.host}/acme/app:v1`,
          destinations: [`${b.host}/${o.repository}:v1`],
          environment: 'production',
        });
        expect(rerun.destinations[0]!.status).toBe('promoted');
        const after = await state(o.repository);
        expect(after).toMatchObject({ tag: multi.digest, signature: true, platforms: true });
        expect(after.records).toEqual([rerun.destinations[0]!.record]);
      }
    }
    expect(resent).toBeGreaterThan(0);
  }, 300_000);
});

describe('a re-run finishes what an earlier run left out', () => {
  it('adds the missing record and referrers where the tag is already there, then says unchanged', async () => {
    // What an older run that failed after its tag write left behind: the image and its tag only.
    await copyTree(repositoryAt(a.host, 'acme/app'), repositoryAt(b.host, 'acme/half'), multi.digest, { tag: 'v1' });
    expect(await state('acme/half')).toEqual({ tag: multi.digest, records: [], signature: false, platforms: true });
    const options = {
      ...base(),
      source: `${a.host}/acme/app:v1`,
      destinations: [`${b.host}/acme/half:v1`],
      environment: 'production',
    };
    const completed = await promote(options);
    expect(completed.destinations[0]!.status).toBe('completed');
    expect(completed.referrersCopied).toBe(1);
    expect(completed.blobsCopied).toBe(2); // the signature's config and bundle; the image's are there
    expect(await state('acme/half')).toEqual({
      tag: multi.digest,
      records: [completed.destinations[0]!.record],
      signature: true,
      platforms: true,
    });
    const again = await promote(options);
    expect(again.destinations[0]!.status).toBe('unchanged');
    expect(again.destinations[0]!.record).toBe(completed.destinations[0]!.record);
    expect(again.blobsCopied + again.referrersCopied).toBe(0);
    expect((await state('acme/half')).records).toEqual([completed.destinations[0]!.record]);
  });

  it('reports a dry run in its own counts, copying nothing', async () => {
    const dry = await promote({
      ...base(),
      source: `${a.host}/acme/app:v1`,
      destinations: [`${b.host}/acme/dry-faults:v1`],
      dryRun: true,
    });
    const blobs = [...childDescriptors(multi).blobs, ...platforms.flatMap((p) => childDescriptors(p).blobs)];
    const unique = new Map(blobs.map((d) => [d.digest, d.size]));
    expect(dry.blobsToCopy).toBe(unique.size);
    expect(dry.bytesToCopy).toBe([...unique.values()].reduce((s, n) => s + n, 0));
    expect([dry.blobsCopied, dry.bytesCopied]).toEqual([0, 0]);
    expect(await destinationAt(b.host, 'acme/dry-faults').listTags()).toEqual([]);
  });
});

describe('what a source can make promotion walk is bounded', () => {
  it(`refuses indexes nested deeper than ${MAX_INDEX_DEPTH} levels (a 300-level chain), writing nothing`, async () => {
    const chain = new LayoutStore(path.join(tmp, 'chain'));
    let top = await buildImage(chain, { layers: [{ files: { deep: 'bottom' } }] });
    for (let level = 0; level < 300; level++) {
      top = await buildIndex(chain, [{ manifest: top, platform: { architecture: 'amd64', os: 'linux' } }]);
    }
    await chain.putManifest(top, { tag: 'deep' });
    const error = await rejectionOf(
      promote({ ...base(), source: `oci:${chain.dir}:deep`, destinations: [`${b.host}/acme/deep:v1`] }),
      ArtefactsError,
    );
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(/more than 8 levels/);
    const dest = destinationAt(b.host, 'acme/deep');
    expect(await dest.listTags()).toEqual([]);
    expect(await dest.resolve(top.digest)).toBeUndefined();

    // Within the limit, nested indexes are copied whole.
    let shallow = await buildImage(chain, { layers: [{ files: { deep: 'shallow' } }] });
    for (let level = 0; level < MAX_INDEX_DEPTH; level++) {
      shallow = await buildIndex(chain, [{ manifest: shallow, platform: { architecture: 'amd64', os: 'linux' } }]);
    }
    await chain.putManifest(shallow, { tag: 'shallow' });
    const copied = await promote({
      ...base(),
      source: `oci:${chain.dir}:shallow`,
      destinations: [`${b.host}/acme/shallow:v1`],
    });
    expect(copied.manifests).toBe(MAX_INDEX_DEPTH + 1);
  });

  it(`refuses a tree of more than ${MAX_TREE_MANIFESTS} manifests before fetching them`, async () => {
    const wide = new LayoutStore(path.join(tmp, 'wide'));
    const manifests = Array.from({ length: MAX_TREE_MANIFESTS + 1 }, (_x, i) => ({
      mediaType: MEDIA.ociManifest,
      digest: sha256(`child-${i}`),
      size: 100,
    }));
    const index = parseManifest(
      Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests })),
      'wide index',
    );
    await wide.putManifest(index, { tag: 'wide' });
    const error = await rejectionOf(
      promote({ ...base(), source: `oci:${wide.dir}:wide`, destinations: [`${b.host}/acme/wide:v1`] }),
      ArtefactsError,
    );
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(/more than 1000 manifests/);
    expect(await destinationAt(b.host, 'acme/wide').listTags()).toEqual([]);
  });
});
