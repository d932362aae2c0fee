import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ArtefactsError,
  LayoutStore,
  MEDIA,
  type RegistryOptions,
  buildImage,
  buildIndex,
  buildReferrer,
  childDescriptors,
  copyTree,
  encodeManifest,
  parseManifest,
  prepareReferrer,
  readBlob,
  referrersTag,
  sha256,
  type ArtifactStore,
  type ImageManifest,
  type Manifest,
  type RegistryRepository,
} from '@immutable-artefacts/core';
import {
  skopeo,
  startProxy,
  startRegistry,
  skopeoRaw,
  type TestRegistry,
  repositoryAt,
  destinationAt,
} from '../../../../test/harness/registry.js';
import { rejectionOf } from '../../../../test/harness/failures.js';

let registry: TestRegistry;
const tmp = mkdtempSync(path.join(tmpdir(), 'ia-oci-reg-'));
let layout: LayoutStore;
let single: Manifest;
let multi: Manifest;
const fast = { retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 } };

const repo = (host: string, repository: string, options: RegistryOptions = {}): RegistryRepository =>
  repositoryAt(host, repository, { ...fast, ...options });

const codeOf = (promise: Promise<unknown>) => rejectionOf(promise, ArtefactsError);

async function allBlobs(store: ArtifactStore, manifest: Manifest): Promise<string[]> {
  const { manifests, blobs } = childDescriptors(manifest);
  const out = blobs.map((b) => b.digest);
  for (const child of manifests) out.push(...(await allBlobs(store, await store.getManifest(child.digest))));
  return out;
}

/** `single` pushed as :v1 to `repository` through a new recording proxy, and its descriptor as a subject. */
async function singleThroughProxy(repository: string) {
  const proxy = await startProxy(registry.host);
  const dest = repo(proxy.host, repository);
  try {
    await copyTree(layout, dest, single.digest, { tag: 'v1' });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  return { proxy, dest, subject: { mediaType: single.mediaType, digest: single.digest, size: single.bytes.length } };
}

/** One small referrer of `subject` per name (artifactType application/vnd.example.<name>), blobs pushed, manifest not. */
function namedReferrers(
  store: RegistryRepository,
  subject: { mediaType: string; digest: string; size: number },
  names: string[],
): Promise<Manifest[]> {
  return Promise.all(
    names.map((name) =>
      prepareReferrer(store, subject, `application/vnd.example.${name}`, {
        mediaType: 'application/json',
        bytes: Buffer.from(JSON.stringify({ name })),
      }),
    ),
  );
}

/** A referrer of `subject` pushed to `store`, and listed in `indexed` (what a fake referrers API answers). */
async function pushListed(
  store: RegistryRepository,
  subject: { mediaType: string; digest: string; size: number },
  artifactType: string,
  indexed: { mediaType: string; digest: string; size: number }[],
): Promise<Manifest> {
  const referrer = await prepareReferrer(store, subject, artifactType, {
    mediaType: 'application/json',
    bytes: Buffer.from(JSON.stringify({ artifactType })),
  });
  indexed.push({ mediaType: referrer.mediaType, digest: referrer.digest, size: referrer.bytes.length });
  await store.putManifest(referrer);
  return referrer;
}

beforeAll(async () => {
  registry = await startRegistry();
  layout = new LayoutStore(path.join(tmp, 'src'));
  single = await buildImage(
    layout,
    {
      layers: [
        { files: { 'etc/app.conf': 'colour=blue\n' } },
        { randomBytes: 200_000 },
        { randomBytes: 50_000, compression: 'none' },
      ],
    },
    { tag: 'single' },
  );
  const amd = await buildImage(layout, { layers: [{ randomBytes: 30_000 }, { files: { a: 'shared' } }] });
  const arm = await buildImage(layout, {
    layers: [{ randomBytes: 30_000 }, { files: { a: 'shared' } }],
    platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
  });
  multi = await buildIndex(
    layout,
    [
      { manifest: amd, platform: { architecture: 'amd64', os: 'linux' } },
      { manifest: arm, platform: { architecture: 'arm64', os: 'linux', variant: 'v8' } },
    ],
    { tag: 'multi' },
  );
});

afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('registry client against distribution 2.8', () => {
  it('pushes a single-platform image from a layout byte-identically and pulls it back', async () => {
    const dest = repo(registry.host, 'acme/single');
    const { stats } = await copyTree(layout, dest, single.digest, { tag: 'v1' });
    expect(stats.blobsCopied).toBe(4);
    const raw = skopeoRaw(`${registry.host}/acme/single:v1`);
    expect(raw.equals(single.bytes)).toBe(true);
    // skopeo pulls and verifies every blob on its own.
    const pulled = path.join(tmp, 'skopeo-pulled');
    skopeo([
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      `docker://${registry.host}/acme/single:v1`,
      `oci:${pulled}:v1`,
    ]);
    expect((await new LayoutStore(pulled).resolve('v1'))?.digest).toBe(single.digest);
    expect(await dest.resolve('v1')).toEqual({
      mediaType: MEDIA.ociManifest,
      digest: single.digest,
      size: single.bytes.length,
    });
    const fetched = await dest.getManifest(single.digest);
    expect(fetched.bytes.equals(single.bytes)).toBe(true);
    expect(await dest.listTags()).toEqual(['v1']);

    const back = new LayoutStore(path.join(tmp, 'back'));
    await copyTree(dest, back, single.digest, { tag: 'again' });
    expect((await back.getManifest('again')).digest).toBe(single.digest);
    for (const digest of await allBlobs(layout, single)) {
      expect((await readBlob(back, { digest })).equals(await readBlob(layout, { digest }))).toBe(true);
    }
    // A re-run moves nothing.
    const rerun = await copyTree(layout, dest, single.digest, { tag: 'v1' });
    expect(rerun.stats.blobsCopied).toBe(0);
    expect(rerun.stats.blobsSkipped).toBe(4);
  });

  it('copies a multi-arch index whole, digest unchanged', async () => {
    const dest = repo(registry.host, 'acme/multi');
    await copyTree(layout, dest, multi.digest, { tag: 'v1' });
    expect(skopeoRaw(`${registry.host}/acme/multi:v1`).equals(multi.bytes)).toBe(true);
    const resolved = await dest.resolve('v1');
    expect(resolved?.digest).toBe(multi.digest);
    expect(resolved?.mediaType).toBe(MEDIA.ociIndex);
    for (const child of childDescriptors(multi).manifests) {
      const raw = skopeoRaw(`${registry.host}/acme/multi@${child.digest}`);
      expect(sha256(raw)).toBe(child.digest);
    }
  });

  it('uploads in chunks honouring the chunk size, tracking offsets', async () => {
    const proxy = await startProxy(registry.host);
    try {
      const dest = repo(proxy.host, 'acme/chunked', { chunkSize: 64 * 1024 });
      await copyTree(layout, dest, single.digest, { tag: 'v1' });
      const patches = proxy.requests.filter((r) => r.method === 'PATCH');
      expect(patches.length).toBeGreaterThanOrEqual(4);
      expect(patches.every((p) => p.bytesIn <= 64 * 1024)).toBe(true);
      expect(skopeoRaw(`${registry.host}/acme/chunked:v1`).equals(single.bytes)).toBe(true);
      const big = childDescriptors(single).blobs.find((b) => b.size > 150_000)!;
      expect((await readBlob(dest, big)).equals(await readBlob(layout, big))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('honours OCI-Chunk-Min-Length and relative Location headers', async () => {
    const proxy = await startProxy(registry.host);
    proxy.rewriteHeaders = (req, headers) => {
      const out = { ...headers };
      if (typeof out.location === 'string')
        out.location = new URL(out.location).pathname + new URL(out.location).search;
      if (req.method === 'POST') out['oci-chunk-min-length'] = '150000';
      return out;
    };
    try {
      const dest = repo(proxy.host, 'acme/minchunk', { chunkSize: 64 * 1024 });
      await copyTree(layout, dest, single.digest, { tag: 'v1' });
      const patches = proxy.requests.filter((r) => r.method === 'PATCH');
      expect(patches.length).toBeGreaterThanOrEqual(1);
      // Every chunk but the last of each blob is at least the minimum.
      expect(patches.filter((p) => p.bytesIn >= 150_000).length).toBeGreaterThanOrEqual(1);
      expect(patches.every((p) => p.bytesIn !== 64 * 1024)).toBe(true);
      expect(skopeoRaw(`${registry.host}/acme/minchunk:v1`).equals(single.bytes)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('resumes a chunked upload after a 416 by asking the session where it is', async () => {
    const proxy = await startProxy(registry.host);
    let patches = 0;
    proxy.intercept = (req, res) => {
      if (req.method === 'PATCH' && ++patches === 2) {
        res.writeHead(416, { 'content-type': 'application/json' }).end('{"errors":[{"code":"BLOB_UPLOAD_INVALID"}]}');
        return true;
      }
      return false;
    };
    try {
      const dest = repo(proxy.host, 'acme/resume', { chunkSize: 64 * 1024 });
      await copyTree(layout, dest, single.digest, { tag: 'v1' });
      const statusChecks = proxy.requests.filter((r) => r.method === 'GET' && r.path.includes('/blobs/uploads/'));
      expect(statusChecks.length).toBeGreaterThanOrEqual(1);
      expect(skopeoRaw(`${registry.host}/acme/resume:v1`).equals(single.bytes)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('mounts blobs across repositories without uploading a byte, and falls back to upload when it cannot', async () => {
    const source = repo(registry.host, 'acme/mount-src');
    await copyTree(layout, source, single.digest, { tag: 'v1' });
    const proxy = await startProxy(registry.host);
    try {
      const dest = repo(proxy.host, 'acme/mount-dst');
      for (const blob of childDescriptors(single).blobs) {
        expect(await dest.mountBlob(blob, 'acme/mount-src')).toBe('mounted');
      }
      await dest.putManifest(single, { tag: 'v1' });
      expect(proxy.uploadedBytes()).toBe(0);
      expect(
        proxy.requests.filter((r) => r.method === 'PATCH' || (r.method === 'PUT' && r.path.includes('/blobs/'))),
      ).toEqual([]);
      expect(skopeoRaw(`${registry.host}/acme/mount-dst:v1`).equals(single.bytes)).toBe(true);

      const other = repo(proxy.host, 'acme/mount-fallback');
      const blob = childDescriptors(single).blobs[0]!;
      expect(await other.mountBlob(blob, 'acme/does-not-exist')).toBe('not-mounted');
      expect(await other.hasBlob(blob.digest)).toBeUndefined();
      expect(await other.mountBlob(blob, 'acme/does-not-exist', () => layout.getBlob(blob))).toBe('uploaded');
      expect(await other.hasBlob(blob.digest)).toBe(blob.size);
    } finally {
      await proxy.close();
    }
  });

  it('keeps referrers in the sha256-<hex> fallback tag, merged without duplicates', async () => {
    const dest = repo(registry.host, 'acme/referred');
    await copyTree(layout, dest, single.digest, { tag: 'v1' });
    const subject = { mediaType: single.mediaType, digest: single.digest, size: single.bytes.length };
    const sig = await buildReferrer(dest, subject, 'application/vnd.dev.sigstore.bundle.v0.3+json', {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      bytes: Buffer.from('{"fake":"bundle"}'),
    });
    const sbom = await buildReferrer(dest, subject, 'application/vnd.cyclonedx+json', {
      mediaType: 'application/vnd.cyclonedx+json',
      bytes: Buffer.from('{"bomFormat":"CycloneDX"}'),
    });
    await dest.putManifest(sig); // a re-write must not duplicate
    await Promise.all([dest.putManifest(sbom), dest.putManifest(sig)]);
    const all = await dest.referrers(single.digest);
    expect(all.map((d) => d.digest).sort()).toEqual([sig.digest, sbom.digest].sort());
    expect((await dest.referrers(single.digest, 'application/vnd.cyclonedx+json')).map((d) => d.digest)).toEqual([
      sbom.digest,
    ]);
    const raw = JSON.parse(skopeoRaw(`${registry.host}/acme/referred:${referrersTag(single.digest)}`).toString()) as {
      manifests: { digest: string; artifactType?: string }[];
    };
    expect(raw.manifests.map((d) => d.digest).sort()).toEqual([sig.digest, sbom.digest].sort());
    expect(raw.manifests.find((d) => d.digest === sig.digest)?.artifactType).toBe(
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    expect(await dest.referrers(multi.digest)).toEqual([]);
  });

  it('adds referrers pushed together to the fallback index in one write, each once', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/batched');
    try {
      const referrers = await Promise.all(
        [1, 2, 3, 4, 5, 6].map((n) =>
          prepareReferrer(dest, subject, `application/vnd.example.kind-${n}`, {
            mediaType: 'application/json',
            bytes: Buffer.from(JSON.stringify({ n })),
          }),
        ),
      );
      const indexPath = `/v2/acme/batched/manifests/${referrersTag(single.digest)}`;
      const indexWrites = () => proxy.requests.filter((r) => r.method === 'PUT' && r.path === indexPath).length;
      // The first read of the index is held until every referrer's own PUT has been answered: the
      // entries that arrive during that read join its write.
      const referrerPaths = new Set(referrers.map((r) => `/v2/acme/batched/manifests/${r.digest}`));
      const answered = () =>
        proxy.requests.filter((r) => r.method === 'PUT' && referrerPaths.has(r.path) && r.status !== 0).length;
      let held = false;
      proxy.hold = (req) => {
        if (held || req.method !== 'GET' || req.url !== indexPath) return undefined;
        held = true;
        return (async () => {
          const deadline = Date.now() + 5000;
          while (answered() < referrers.length + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
          await new Promise((r) => setTimeout(r, 20));
        })();
      };
      // The last one twice at once: still one entry.
      await Promise.all([...referrers, referrers[5]!].map((r) => dest.putManifest(r)));
      expect(held).toBe(true);
      // Six one at a time would be six read-merge-writes.
      expect(indexWrites()).toBe(1);
      proxy.hold = undefined;
      const raw = JSON.parse(skopeoRaw(`${registry.host}/acme/batched:${referrersTag(single.digest)}`).toString()) as {
        manifests: { digest: string }[];
      };
      expect(raw.manifests.map((d) => d.digest).sort()).toEqual(referrers.map((r) => r.digest).sort());
      // Pushed again, together with one already there from another repository object: nothing to write.
      const before = indexWrites();
      await Promise.all([dest.putManifest(referrers[0]!), repo(proxy.host, 'acme/batched').putManifest(referrers[1]!)]);
      expect(indexWrites()).toBe(before);
    } finally {
      await proxy.close();
    }
  });

  it('waits for a referrer of the subject still being pushed: one index write, not one per referrer', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/announced');
    try {
      const [early, late] = await namedReferrers(dest, subject, ['early', 'late']);
      const indexPath = `/v2/acme/announced/manifests/${referrersTag(single.digest)}`;
      const indexWrites = () => proxy.requests.filter((r) => r.method === 'PUT' && r.path === indexPath).length;
      // The second referrer's own PUT is held for longer than a whole read of the index takes: a
      // merge that did not wait for it would write the first alone and the second after a settle.
      proxy.hold = (req) =>
        req.method === 'PUT' && req.url === `/v2/acme/announced/manifests/${late!.digest}`
          ? new Promise((r) => setTimeout(r, 400))
          : undefined;
      await Promise.all([dest.putManifest(early!), dest.putManifest(late!)]);
      expect(indexWrites()).toBe(1);
      const raw = JSON.parse(
        skopeoRaw(`${registry.host}/acme/announced:${referrersTag(single.digest)}`).toString(),
      ) as { manifests: { digest: string }[] };
      expect(raw.manifests.map((d) => d.digest).sort()).toEqual([early!.digest, late!.digest].sort());
    } finally {
      await proxy.close();
    }
  });

  it('does not wait for a referrer whose push failed: the others are indexed, the failure is reported', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/announced-failed');
    try {
      const [kept, refused] = await namedReferrers(dest, subject, ['kept', 'refused']);
      const refusedPath = `/v2/acme/announced-failed/manifests/${refused!.digest}`;
      // Answered late and refused (403 DENIED), so the other's merge has long been waiting for it.
      proxy.intercept = (req, res) => {
        if (req.method !== 'PUT' || req.url !== refusedPath) return false;
        setTimeout(() => {
          res.writeHead(403, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'not this one' }] }));
        }, 300);
        return true;
      };
      const [pushedKept, pushedRefused] = await Promise.allSettled([
        dest.putManifest(kept!),
        dest.putManifest(refused!),
      ]);
      expect(pushedKept.status).toBe('fulfilled');
      expect(pushedRefused.status).toBe('rejected');
      const raw = JSON.parse(
        skopeoRaw(`${registry.host}/acme/announced-failed:${referrersTag(single.digest)}`).toString(),
      ) as { manifests: { digest: string }[] };
      expect(raw.manifests.map((d) => d.digest)).toEqual([kept!.digest]);
    } finally {
      await proxy.close();
    }
  });

  it('does not send a fallback index whose read went stale while credentials were fetched; it reads again', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/stale-index');
    const indexPath = `/v2/acme/stale-index/manifests/${referrersTag(single.digest)}`;
    // The first write of the index is refused with a bearer challenge whose token service answers
    // after 600 ms: by then the read the index was built from is older than the 300 ms rule allows.
    let challenged = false;
    proxy.intercept = (req, res) => {
      if (req.url?.startsWith('/slow-token') === true) {
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"t"}'), 600);
        return true;
      }
      if (challenged || req.method !== 'PUT' || req.url !== indexPath) return false;
      challenged = true;
      res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${proxy.host}/slow-token",service="test"` }).end();
      return true;
    };
    try {
      const referrer = await prepareReferrer(dest, subject, 'application/vnd.example.stale', {
        mediaType: 'application/json',
        bytes: Buffer.from('{"stale":true}'),
      });
      await dest.putManifest(referrer);
      const seen = proxy.requests.map((r) => `${r.method} ${r.path.startsWith('/slow-token') ? 'token' : r.path}`);
      expect(challenged).toBe(true);
      // Every write of the index after the slow token comes after a read made since that token
      // arrived: none is built from the read before it.
      const writes = seen.flatMap((r, i) => (r === `PUT ${indexPath}` ? [i] : [])).slice(1);
      expect(writes.length).toBeGreaterThan(0);
      for (const w of writes) {
        const token = seen.lastIndexOf('GET token', w);
        expect(token).toBeGreaterThan(0);
        expect(seen.slice(token + 1, w)).toContain(`GET ${indexPath}`);
      }
      const raw = JSON.parse(
        skopeoRaw(`${registry.host}/acme/stale-index:${referrersTag(single.digest)}`).toString(),
      ) as { manifests: { digest: string }[] };
      expect(raw.manifests.map((d) => d.digest)).toEqual([referrer.digest]);
    } finally {
      await proxy.close();
    }
  }, 30_000);

  it('fails, saying so, when a referrer cannot be made to hold in the fallback index', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/never-holds');
    // Every write of the index is answered 201 and dropped: as if another writer always replaced it.
    const indexPath = `/v2/acme/never-holds/manifests/${referrersTag(single.digest)}`;
    proxy.intercept = (req, res) => {
      if (req.method !== 'PUT' || req.url !== indexPath) return false;
      res.writeHead(201).end();
      return true;
    };
    try {
      const referrer = await prepareReferrer(dest, subject, 'application/vnd.example.lost', {
        mediaType: 'application/json',
        bytes: Buffer.from('{"lost":true}'),
      });
      const error = await rejectionOf(dest.putManifest(referrer), ArtefactsError);
      expect(error.code).toBe('REGISTRY_PROTOCOL');
      expect(error.message).toMatch(/did not hold after 12 rounds/);
      const writes = proxy.requests.filter((r) => r.method === 'PUT' && r.path === indexPath).length;
      expect(writes).toBe(12);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it.each([
    ['its reads', 'GET'],
    ['its writes', 'PUT'],
  ])(
    'says the registry is failing, not contended, when %s of the fallback index keep failing',
    async (_what, method) => {
      const name = `acme/failing-index-${method.toLowerCase()}`;
      const proxy = await startProxy(registry.host);
      const dest = repo(proxy.host, name, fast);
      const indexPath = `/v2/${name}/manifests/${referrersTag(single.digest)}`;
      try {
        await copyTree(layout, dest, single.digest, { tag: 'v1' });
        proxy.intercept = (req, res) => {
          if (req.method !== method || req.url !== indexPath) return false;
          res.writeHead(500).end();
          return true;
        };
        const subject = { mediaType: single.mediaType, digest: single.digest, size: single.bytes.length };
        const referrer = await prepareReferrer(dest, subject, 'application/vnd.example.failing', {
          mediaType: 'application/json',
          bytes: Buffer.from('{"failing":true}'),
        });
        const error = await rejectionOf(dest.putManifest(referrer), ArtefactsError);
        expect(error.code).toBe('REGISTRY_UNAVAILABLE');
        expect(error.message).toContain(`${proxy.host}/${name}`);
        expect(error.message).toMatch(/500/);
        expect(error.message).not.toMatch(/concurrent writers/);
        expect(error.hint).toMatch(/unavailable or overloaded/);
        // A failing read is given up on after its own tries, not tried for twelve rounds more.
        const reads = proxy.requests.filter((r) => r.method === 'GET' && r.path === indexPath).length;
        if (method === 'GET') expect(reads).toBe(fast.retry.attempts);
      } finally {
        await proxy.close();
      }
    },
    60_000,
  );

  it('says the registry is too slow, not contended, when every read of the fallback index takes too long', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/slow-index');
    // Each read of the index is answered after 350 ms: longer than an index may wait between its read and its write.
    const indexPath = `/v2/acme/slow-index/manifests/${referrersTag(single.digest)}`;
    proxy.hold = (req) =>
      req.method === 'GET' && req.url === indexPath ? new Promise((resolve) => setTimeout(resolve, 350)) : undefined;
    try {
      const referrer = await prepareReferrer(dest, subject, 'application/vnd.example.slow', {
        mediaType: 'application/json',
        bytes: Buffer.from('{"slow":true}'),
      });
      const error = await rejectionOf(dest.putManifest(referrer), ArtefactsError);
      expect(error.code).toBe('REGISTRY_PROTOCOL');
      expect(error.message).toMatch(/12 of its reads took longer than the 300 ms .* \(the slowest \d{3,} ms\)/);
      expect(error.message).not.toMatch(/concurrent writers kept replacing it/);
      expect(error.hint).toMatch(/referrers API/);
      // No index was ever sent: each read was too old to build one from.
      expect(proxy.requests.filter((r) => r.method === 'PUT' && r.path === indexPath)).toHaveLength(0);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('writes no fallback tag where the registry answers the referrers API, even without OCI-Subject', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/native-referrers');
    // The referrers API of this proxy lists what was pushed with a subject; it never sends OCI-Subject.
    const indexed: { mediaType: string; digest: string; size: number }[] = [];
    proxy.intercept = (req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      res
        .writeHead(200, { 'content-type': MEDIA.ociIndex })
        .end(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: indexed }));
      return true;
    };
    try {
      const referrer = await pushListed(dest, subject, 'application/vnd.example.native', indexed);
      const tag = `/v2/acme/native-referrers/manifests/${referrersTag(single.digest)}`;
      expect(proxy.requests.filter((r) => r.path === tag)).toEqual([]);
      expect(await repo(registry.host, 'acme/native-referrers').resolve(referrersTag(single.digest))).toBeUndefined();
      expect((await dest.referrers(single.digest)).map((d) => d.digest)).toEqual([referrer.digest]);
    } finally {
      await proxy.close();
    }
  });

  it('asks about the referrers API once: a listing answers it for a referrer pushed afterwards', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/listed-first');
    try {
      expect(await dest.referrers(single.digest)).toEqual([]);
      const referrer = await prepareReferrer(dest, subject, 'application/vnd.example.listed', {
        mediaType: 'application/json',
        bytes: Buffer.from('{"listed":true}'),
      });
      await dest.putManifest(referrer);
      // distribution 2.8 has no referrers API: its 404 to the listing is the answer; no second ask.
      expect(proxy.requests.filter((r) => r.path.includes('/referrers/'))).toHaveLength(1);
      expect((await dest.referrers(single.digest)).map((d) => d.digest)).toEqual([referrer.digest]);
      // Known to be absent: the next listing reads only the fallback index.
      expect(proxy.requests.filter((r) => r.path.includes('/referrers/'))).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('does not take a NAME_UNKNOWN answer for a repository not there yet as a registry without the referrers API', async () => {
    const proxy = await startProxy(registry.host);
    // A registry with the API that answers 404 NAME_UNKNOWN while the repository does not exist.
    let exists = false;
    const indexed: { mediaType: string; digest: string; size: number }[] = [];
    proxy.intercept = (req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      if (!exists) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(
            JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }] }),
          );
      } else {
        res
          .writeHead(200, { 'content-type': MEDIA.ociIndex })
          .end(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: indexed }));
      }
      return true;
    };
    try {
      const later = repo(proxy.host, 'acme/not-yet');
      expect(await later.referrers(single.digest)).toEqual([]);
      await copyTree(layout, later, single.digest, { tag: 'v1' });
      exists = true;
      const subject = { mediaType: single.mediaType, digest: single.digest, size: single.bytes.length };
      const referrer = await pushListed(later, subject, 'application/vnd.example.later', indexed);
      const tag = `/v2/acme/not-yet/manifests/${referrersTag(single.digest)}`;
      expect(proxy.requests.filter((r) => r.path === tag && r.method === 'PUT')).toEqual([]);
      expect((await later.referrers(single.digest)).map((d) => d.digest)).toEqual([referrer.digest]);
    } finally {
      await proxy.close();
    }
  });

  it('uses the referrers API when the registry has one, following Link pagination', async () => {
    const proxy = await startProxy(registry.host);
    const d = (n: number) => ({
      mediaType: MEDIA.ociManifest,
      digest: sha256(`ref-${n}`),
      size: 10,
      artifactType: n === 2 ? 'b' : 'a',
    });
    proxy.intercept = (req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      const second = req.url.includes('page=2');
      const body = JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA.ociIndex,
        manifests: second ? [d(2), d(1)] : [d(0), d(1)],
      });
      res
        .writeHead(200, {
          'content-type': MEDIA.ociIndex,
          ...(second ? {} : { link: `</v2/acme/single/referrers/${single.digest}?page=2>; rel="next"` }),
        })
        .end(body);
      return true;
    };
    try {
      const store = repo(proxy.host, 'acme/single');
      expect((await store.referrers(single.digest)).map((r) => r.digest)).toEqual(
        [d(0), d(1), d(2)].map((r) => r.digest),
      );
      expect((await store.referrers(single.digest, 'b')).map((r) => r.digest)).toEqual([d(2).digest]);
      expect(proxy.requests.filter((r) => r.path.includes('artifactType=b')).length).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('refuses a blob whose bytes do not match its digest, cancels the upload and commits nothing', async () => {
    const proxy = await startProxy(registry.host);
    const dest = repo(proxy.host, 'acme/bad-blob');
    const bytes = Buffer.from('these are not the bytes you are looking for');
    const claimed = sha256('something else entirely');
    const error = await codeOf(dest.putBlob({ digest: claimed, size: bytes.length }, bytes));
    expect(error.code).toBe('DIGEST_MISMATCH');
    expect(await dest.hasBlob(claimed)).toBeUndefined();
    expect(await dest.hasBlob(sha256(bytes))).toBeUndefined();
    expect(proxy.requests.filter((r) => r.method === 'DELETE' && r.path.includes('/blobs/uploads/')).length).toBe(1);
    await proxy.close();
  });

  it('refuses a registry blob corrupted in storage while streaming, leaving nothing in the layout', async () => {
    const src = repo(registry.host, 'acme/corrupt');
    const image = await buildImage(layout, { layers: [{ randomBytes: 120_000 }] });
    await copyTree(layout, src, image.digest, { tag: 'v1' });
    const layer = (image.parsed as ImageManifest).layers[0]!;
    const hex = layer.digest.slice(7);
    const data = path.join(registry.storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    writeFileSync(data, Buffer.alloc(layer.size, 7));
    const target = new LayoutStore(path.join(tmp, 'corrupt-target'));
    const error = await codeOf(copyTree(src, target, image.digest, { tag: 'v1' }));
    expect(error.code).toBe('DIGEST_MISMATCH');
    expect(await target.hasBlob(layer.digest)).toBeUndefined();
    expect(await target.listTags()).toEqual([]);
    expect(readdirSync(path.join(tmp, 'corrupt-target/blobs/sha256')).filter((f) => f.startsWith('.tmp'))).toEqual([]);
  });

  it('answers not found for absent tags and refuses bad references and unknown media types', async () => {
    const dest = repo(registry.host, 'acme/single');
    expect(await dest.resolve('nope')).toBeUndefined();
    expect((await codeOf(dest.getManifest('nope'))).code).toBe('REGISTRY_NOT_FOUND');
    expect((await codeOf(dest.getManifest('bad tag!'))).code).toBe('REFERENCE_INVALID');
    // A repository never pushed: a destination's to create, no repository to a reader (unknown-repository.test.ts).
    expect(await destinationAt(registry.host, 'acme/never-pushed').listTags()).toEqual([]);
    expect((await codeOf(repo(registry.host, 'acme/never-pushed').listTags())).code).toBe('REGISTRY_NOT_FOUND');
    const schema1 = Buffer.from(JSON.stringify({ schemaVersion: 1, name: 'x', tag: 'y', fsLayers: [] }));
    expect((await codeOf(Promise.resolve().then(() => parseManifest(schema1, 'test')))).code).toBe(
      'MEDIA_TYPE_UNSUPPORTED',
    );
    const odd = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/x-unknown', config: {}, layers: [] }),
    );
    expect((await codeOf(Promise.resolve().then(() => parseManifest(odd, 'test')))).code).toBe(
      'MEDIA_TYPE_UNSUPPORTED',
    );
  });

  it('pushes Docker v2 manifests and lists with their own Content-Type', async () => {
    const dest = repo(registry.host, 'acme/docker');
    await copyTree(layout, dest, single.digest);
    const oci = single.parsed as ImageManifest;
    const docker = encodeManifest({
      schemaVersion: 2,
      mediaType: MEDIA.dockerManifest,
      config: { ...oci.config, mediaType: MEDIA.dockerConfig },
      layers: oci.layers.map((l) => ({ ...l, mediaType: MEDIA.dockerLayerGzip })),
    });
    await dest.putManifest(docker, { tag: 'docker' });
    const list = encodeManifest({
      schemaVersion: 2,
      mediaType: MEDIA.dockerList,
      manifests: [
        {
          mediaType: MEDIA.dockerManifest,
          digest: docker.digest,
          size: docker.bytes.length,
          platform: { architecture: 'amd64', os: 'linux' },
        },
      ],
    });
    await dest.putManifest(list, { tag: 'list' });
    expect(await dest.resolve('docker')).toEqual({
      mediaType: MEDIA.dockerManifest,
      digest: docker.digest,
      size: docker.bytes.length,
    });
    expect((await dest.getManifest('list')).mediaType).toBe(MEDIA.dockerList);
    expect(skopeoRaw(`${registry.host}/acme/docker:list`).equals(list.bytes)).toBe(true);
  });

  it('tries a manifest again while its blob is being re-linked, and refuses a missing blob at once', async () => {
    const { proxy, dest, subject } = await singleThroughProxy('acme/relink');
    try {
      const referrer = await prepareReferrer(dest, subject, 'application/vnd.example', {
        mediaType: 'application/json',
        bytes: Buffer.from('{"relink":true}'),
      });
      const target = `/v2/acme/relink/manifests/${referrer.digest}`;
      // distribution 2.8's answer (captured) when another upload of the same blob re-writes its link
      // at the moment of the PUT: the blob is there, and the same PUT is accepted a moment later.
      const emptyDigest = (referrer.parsed as ImageManifest).config.digest;
      const puts = () => proxy.requests.filter((r) => r.method === 'PUT' && r.path === target);
      proxy.intercept = (req, res) => {
        if (req.method !== 'PUT' || req.url !== target || puts().length > 1) return false;
        res.writeHead(400, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            errors: [
              { code: 'DIGEST_INVALID', message: 'provided digest did not match uploaded content' },
              { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: emptyDigest },
            ],
          }),
        );
        return true;
      };
      await dest.putManifest(referrer);
      expect(puts().map((r) => r.status)).toEqual([400, 201]);
      expect((await dest.referrers(single.digest)).map((d) => d.digest)).toEqual([referrer.digest]);
      proxy.intercept = undefined;

      // A manifest whose config was never uploaded: MANIFEST_BLOB_UNKNOWN alone, one PUT, named.
      const orphan = encodeManifest({
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
        config: { mediaType: MEDIA.ociConfig, digest: sha256('never uploaded'), size: 14 },
        layers: [],
      } as ImageManifest);
      const error = await codeOf(dest.putManifest(orphan));
      expect(error.code).toBe('REGISTRY_NOT_FOUND');
      expect(error.message).toContain('MANIFEST_BLOB_UNKNOWN');
      expect(error.message).toContain(sha256('never uploaded'));
      expect(proxy.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(orphan.digest)).length).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('refuses a manifest whose bytes do not match the requested digest or Docker-Content-Digest', async () => {
    const proxy = await startProxy(registry.host);
    const tampered = Buffer.from(single.bytes.toString().replace('"schemaVersion":2', '"schemaVersion": 2'));
    let mode: 'by-digest' | 'header' | 'unknown-type' = 'by-digest';
    proxy.intercept = (req, res) => {
      if (req.method !== 'GET' || !req.url?.includes('/manifests/')) return false;
      if (mode === 'unknown-type') {
        const body = Buffer.from(JSON.stringify({ schemaVersion: 2, config: {}, layers: [] }));
        res
          .writeHead(200, { 'content-type': 'application/vnd.example.thing+json', 'content-length': body.length })
          .end(body);
        return true;
      }
      res
        .writeHead(200, {
          'content-type': MEDIA.ociManifest,
          'content-length': tampered.length,
          ...(mode === 'header' ? { 'docker-content-digest': single.digest } : {}),
        })
        .end(tampered);
      return true;
    };
    try {
      const store = repo(proxy.host, 'acme/single');
      expect((await codeOf(store.getManifest(single.digest))).code).toBe('DIGEST_MISMATCH');
      mode = 'header';
      expect((await codeOf(store.getManifest('v1'))).code).toBe('DIGEST_MISMATCH');
      mode = 'unknown-type';
      expect((await codeOf(store.getManifest('v1'))).code).toBe('MEDIA_TYPE_UNSUPPORTED');
    } finally {
      await proxy.close();
    }
  });

  it('refuses manifests above 4 MiB before sending them', async () => {
    const proxy = await startProxy(registry.host);
    try {
      const big = { ...(single.parsed as ImageManifest), annotations: { pad: 'x'.repeat(4 * 1024 * 1024) } };
      expect((await codeOf(Promise.resolve().then(() => encodeManifest(big)))).code).toBe('REGISTRY_PROTOCOL');
      const bytes = Buffer.from(JSON.stringify(big));
      const manifest: Manifest = { bytes, digest: sha256(bytes), mediaType: MEDIA.ociManifest, parsed: big };
      const error = await codeOf(repo(proxy.host, 'acme/big').putManifest(manifest, { tag: 'v1' }));
      expect(error.code).toBe('REGISTRY_PROTOCOL');
      expect(error.message).toContain('4 MiB');
      expect(proxy.requests).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('retries 503 with Retry-After and connection resets, then succeeds', async () => {
    const proxy = await startProxy(registry.host);
    let failures = 0;
    proxy.intercept = (req, res) => {
      if (req.url?.includes('/manifests/') && failures < 2) {
        failures++;
        if (failures === 1) res.writeHead(503, { 'retry-after': '0' }).end();
        else res.socket?.destroy();
        return true;
      }
      return false;
    };
    try {
      const dest = repo(proxy.host, 'acme/single');
      const manifest = await dest.getManifest('v1');
      expect(manifest.digest).toBe(single.digest);
      expect(failures).toBe(2);
    } finally {
      await proxy.close();
    }
  });

  it('re-opens a source blob stream that breaks mid-way and completes the copy', async () => {
    const proxy = await startProxy(registry.host);
    let cut = 0;
    proxy.intercept = (req, res) => {
      const digest = /blobs\/(sha256:[a-f0-9]{64})/.exec(req.url ?? '')?.[1];
      const size = childDescriptors(single).blobs.find((b) => b.digest === digest)?.size ?? 0;
      if (req.method === 'GET' && size > 100_000 && cut === 0) {
        cut++;
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
        res.write(Buffer.alloc(1000));
        setTimeout(() => res.socket?.destroy(), 20);
        return true;
      }
      return false;
    };
    try {
      const source = repo(proxy.host, 'acme/single');
      const dest = repo(registry.host, 'acme/reopened');
      const { stats } = await copyTree(source, dest, single.digest, { tag: 'v1' });
      expect(cut).toBe(1);
      expect(stats.blobsCopied).toBe(4);
      expect(skopeoRaw(`${registry.host}/acme/reopened:v1`).equals(single.bytes)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('gives up after a bounded number of tries, saying what it was doing', async () => {
    const proxy = await startProxy(registry.host);
    proxy.intercept = (_req, res) => {
      res.writeHead(503, { 'retry-after': '0' }).end();
      return true;
    };
    try {
      const error = await codeOf(repo(proxy.host, 'acme/single').getManifest('v1'));
      expect(error.code).toBe('REGISTRY_UNAVAILABLE');
      expect(error.message).toContain('fetching manifest');
      expect(error.message).toContain('3 tries');
      // The one GET /v2/ before them asks whether the loopback host speaks TLS (not a try).
      expect(proxy.requests.filter((r) => r.path !== '/v2/').length).toBe(3);
    } finally {
      await proxy.close();
    }
  });
});
