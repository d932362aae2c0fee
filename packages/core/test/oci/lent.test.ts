/**
 * Uploads from lent chunks: an OCI layout (and pack) hands a blob's bytes out in two reused buffers,
 * each chunk valid only until the next is asked for. An upload must not ask for the next chunk before
 * the last one has left its hands (the socket's write callback, the file write), must verify what it
 * was not given verified, and must commit nothing when the bytes are wrong. The source here is hostile
 * (it scribbles over a chunk as soon as the next is asked for) and the registry reads slowly (a proxy
 * holds each upload before passing it on), so a chunk still queued on a socket would go out as junk.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ArtefactsError } from '../../src/errors.js';
import { LayoutStore } from '../../src/oci/layout.js';
import { sha256, type ImageManifest } from '../../src/oci/media.js';
import { copyTree, readBlob } from '../../src/oci/open.js';
import { buildImage } from '../../src/oci/builder.js';
import type { BlobSource } from '../../src/oci/store.js';
import { repositoryAt, startProxy, startRegistry, type TestRegistry } from '../../../../test/harness/registry.js';
import { rejectionOf } from '../../../../test/harness/failures.js';
import { hostileChunks } from '../../../../test/harness/lent.js';

const fast = { retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 } };
const work = mkdtempSync(path.join(tmpdir(), 'ia-oci-lent-'));
let registry: TestRegistry;
/** About 3 MiB: more than loopback's socket buffers take while the proxy holds the upload. */
const bytes = randomBytes(3 * 1024 * 1024 + 12_345);
const descriptor = { digest: sha256(bytes), size: bytes.length };

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
});

/** A proxy in front of the registry that holds each blob upload's body for `ms` before reading it. */
async function slowProxy(ms = 150) {
  const proxy = await startProxy(registry.host);
  proxy.hold = (req) =>
    req.url?.includes('/blobs/uploads/') && (req.method === 'PUT' || req.method === 'PATCH')
      ? new Promise((resolve) => setTimeout(resolve, ms))
      : undefined;
  return proxy;
}

const lent =
  (size: number): BlobSource =>
  () => ({ chunks: hostileChunks(bytes, size) });

describe('uploads from lent chunks', () => {
  it('commits the exact bytes to a registry that reads slowly, whatever the chunk size', async () => {
    const proxy = await slowProxy();
    try {
      for (const size of [1000, 65_536, 1 << 20]) {
        const dest = repositoryAt(proxy.host, `lent/monolithic-${size}`, fast);
        await dest.putBlob(descriptor, lent(size));
        expect((await readBlob(dest, descriptor)).equals(bytes)).toBe(true);
      }
      // One PUT per blob: no retry hid a first attempt that went wrong.
      expect(proxy.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([201, 201, 201]);
    } finally {
      await proxy.close();
    }
  });

  it('the source is hostile: the same chunks piped as a stream (no wait per write) are refused, nothing committed', async () => {
    const proxy = await slowProxy();
    try {
      const dest = repositoryAt(proxy.host, 'lent/control', fast);
      await expect(dest.putBlob(descriptor, () => Readable.from(hostileChunks(bytes, 65_536)))).rejects.toThrow();
      expect(await dest.hasBlob(descriptor.digest)).toBeUndefined();
    } finally {
      await proxy.close();
    }
  });

  it('copies lent chunks it keeps: a chunked upload commits the exact bytes', async () => {
    const proxy = await slowProxy(50);
    try {
      const dest = repositoryAt(proxy.host, 'lent/chunked', { ...fast, chunkSize: 256 * 1024 });
      await dest.putBlob(descriptor, lent(100_000));
      expect(proxy.requests.filter((r) => r.method === 'PATCH').length).toBeGreaterThanOrEqual(12);
      expect((await readBlob(dest, descriptor)).equals(bytes)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('refuses lent chunks that do not match the digest before the last byte goes out: nothing committed', async () => {
    const proxy = await startProxy(registry.host);
    try {
      const dest = repositoryAt(proxy.host, 'lent/wrong', fast);
      const wrong = Buffer.from(bytes);
      wrong.writeUInt8(wrong.readUInt8(wrong.length - 1) ^ 0xff, wrong.length - 1);
      const error = await rejectionOf(
        dest.putBlob(descriptor, () => ({ chunks: hostileChunks(wrong, 65_536) })),
        ArtefactsError,
      );
      expect(error.code).toBe('DIGEST_MISMATCH');
      expect(await dest.hasBlob(descriptor.digest)).toBeUndefined();
      expect(await dest.hasBlob(sha256(wrong))).toBeUndefined();
      // Not retried (our own verdict), and the session was cancelled.
      expect(proxy.requests.filter((r) => r.method === 'PUT').length).toBeLessThanOrEqual(1);
      expect(proxy.requests.filter((r) => r.method === 'DELETE').length).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('tries again from a fresh body when the chunks fail mid-way, and reports a failure that persists', async () => {
    let opened = 0;
    const breaking =
      (times: number): BlobSource =>
      () => {
        const attempt = ++opened;
        return {
          chunks: (async function* () {
            let sent = 0;
            for await (const chunk of hostileChunks(bytes, 65_536)) {
              if (attempt <= times && sent > 1_000_000) throw new Error('read failed: EIO');
              sent += chunk.length;
              yield chunk;
            }
          })(),
        };
      };
    const dest = repositoryAt(registry.host, 'lent/retried', fast);
    await dest.putBlob(descriptor, breaking(1));
    expect(opened).toBe(2);
    expect((await readBlob(dest, descriptor)).equals(bytes)).toBe(true);

    opened = 0;
    const other = repositoryAt(registry.host, 'lent/broken', fast);
    const error = await rejectionOf(other.putBlob(descriptor, breaking(99)), ArtefactsError);
    expect(error.message).toMatch(/EIO/);
    expect(opened).toBe(fast.retry.attempts);
    expect(await other.hasBlob(descriptor.digest)).toBeUndefined();
  });

  it('pushes a layout to a registry from its reused buffers, and refuses a layout blob changed on disk', async () => {
    const layout = new LayoutStore(path.join(work, 'layout'));
    const image = await buildImage(layout, {
      layers: [{ randomBytes: 2_500_000, compression: 'none' }, { randomBytes: 700_000 }],
    });
    const proxy = await slowProxy();
    try {
      const dest = repositoryAt(proxy.host, 'lent/image', fast);
      const { stats } = await copyTree(layout, dest, image.digest, { tag: 'v1' });
      expect(stats.blobsCopied).toBe(3);
      for (const layer of (image.parsed as ImageManifest).layers) {
        expect((await readBlob(dest, layer)).equals(await readBlob(layout, layer))).toBe(true);
      }

      const layer = (image.parsed as ImageManifest).layers[0]!;
      const file = path.join(work, 'layout/blobs/sha256', layer.digest.slice(7));
      writeFileSync(file, Buffer.alloc(layer.size, 7));
      const target = repositoryAt(proxy.host, 'lent/tampered', fast);
      const error = await rejectionOf(copyTree(layout, target, image.digest, { tag: 'v1' }), ArtefactsError);
      expect(error.code).toBe('DIGEST_MISMATCH');
      expect(await target.hasBlob(layer.digest)).toBeUndefined();
      expect(await target.resolve('v1')).toBeUndefined();
    } finally {
      await proxy.close();
    }
  });

  it('writes lent chunks into a layout whole or not at all', async () => {
    const layout = new LayoutStore(path.join(work, 'into'));
    await layout.putBlob(descriptor, lent(4096));
    expect((await readBlob(layout, descriptor)).equals(bytes)).toBe(true);

    const wrong = Buffer.from(bytes);
    wrong.writeUInt8(wrong.readUInt8(0) ^ 0xff, 0);
    const claimed = { digest: sha256('another blob'), size: bytes.length };
    const error = await rejectionOf(
      layout.putBlob(claimed, () => ({ chunks: hostileChunks(wrong, 4096) })),
      ArtefactsError,
    );
    expect(error.code).toBe('DIGEST_MISMATCH');
    expect(await layout.hasBlob(claimed.digest)).toBeUndefined();
    expect(readdirSync(path.join(work, 'into/blobs/sha256')).filter((f) => f.startsWith('.tmp'))).toEqual([]);
  });
});
