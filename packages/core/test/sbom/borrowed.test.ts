/**
 * The image walk over borrowed chunks: an OCI layout hands its blob out in two reused buffers, each
 * chunk valid only until the next is asked for. Everything downstream (the gzip feed, the tar reader's
 * held bytes, entry bodies, the Go build-info scan, applyLayers' findings) must copy what it keeps.
 * The source here is hostile: the moment the next chunk is asked for, the previous one is overwritten
 * with junk, so any piece kept past its time shows up as a wrong byte. Its results must equal those of
 * the same bytes in fresh buffers, at chunk sizes around the tar block and the buffers' seams.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tarEntries } from '../../src/sbom/image/tar.js';
import { catalogImage } from '../../src/sbom/image/layers.js';
import { LayoutStore } from '../../src/oci/layout.js';
import { blobChunks } from '../../src/oci/store.js';
import { sha256 } from '../../src/oci/media.js';
import { hostileChunks as hostile } from '../../../../test/harness/lent.js';

const work = mkdtempSync(join(tmpdir(), 'sbom-borrowed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The same bytes in fresh chunks of `size` (what a registry response body is like). */
function* fresh(bytes: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield Buffer.from(bytes.subarray(at, at + size));
}

interface Walk {
  entries: { path: string; type: string; size: number; mode: number; linkTarget?: string; sha: string }[];
}

/** Every entry, with its body read whole (files named *.read) or piece by piece (copied as it comes). */
async function walk(input: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<Walk> {
  const entries: Walk['entries'] = [];
  for await (const e of tarEntries(input)) {
    let body: Buffer = Buffer.alloc(0);
    if (e.type === 'file' && e.path.endsWith('.read')) body = await e.read();
    else if (e.type === 'file') {
      const pieces: Buffer[] = [];
      for await (const piece of e.chunks()) pieces.push(Buffer.from(piece));
      body = Buffer.concat(pieces);
    }
    entries.push({
      path: e.path,
      type: e.type,
      size: e.size,
      mode: e.mode,
      ...(e.linkTarget === undefined ? {} : { linkTarget: e.linkTarget }),
      sha: sha256(body),
    });
  }
  return { entries };
}

describe('tar entries over borrowed chunks', () => {
  const src = join(work, 'tree');
  let plain: Buffer;
  let gzip: Buffer;
  let expected: Walk;

  beforeAll(async () => {
    const long = join(src, 'l'.repeat(70), 'm'.repeat(70));
    mkdirSync(long, { recursive: true });
    writeFileSync(join(long, 'long-name.read'), randomBytes(1000));
    writeFileSync(join(src, 'exact-512.read'), randomBytes(512));
    writeFileSync(join(src, 'empty.read'), '');
    writeFileSync(join(src, 'odd-1025.read'), randomBytes(1025));
    writeFileSync(join(src, 'big.read'), randomBytes(200_003));
    writeFileSync(join(src, 'streamed.bin'), randomBytes(150_001));
    writeFileSync(join(src, 'small.bin'), randomBytes(3));
    symlinkSync('exact-512.read', join(src, 'link'));
    execFileSync('tar', ['-C', src, '--format=pax', '-cf', join(work, 'tree.tar'), '.']);
    plain = readFileSync(join(work, 'tree.tar'));
    execFileSync('gzip', ['-k', '-q', '-f', join(work, 'tree.tar')]);
    gzip = readFileSync(join(work, 'tree.tar.gz'));
    expected = await walk([plain]);
    expect(expected.entries.filter((e) => e.type === 'file')).toHaveLength(7);
  });

  it.each([1, 7, 511, 512, 513, 4096, 65_537, 1 << 20])(
    'plain tar in %i-byte chunks: the same entries and bodies as one fresh buffer',
    async (size) => {
      expect(await walk(hostile(plain, size))).toEqual(expected);
    },
  );

  it.each([511, 513, 4096, 65_537])('gzip in %i-byte chunks: the same as the plain tar', async (size) => {
    expect(await walk(hostile(gzip, size))).toEqual(expected);
  });

  it('the hostile source is hostile: a consumer that keeps pieces uncopied reads junk', async () => {
    const kept: Buffer[] = [];
    for await (const e of tarEntries(hostile(plain, 4096))) {
      if (e.path === 'big.read') for await (const piece of e.chunks()) kept.push(piece);
    }
    const body = readFileSync(join(src, 'big.read'));
    expect(Buffer.concat(kept).equals(body)).toBe(false);
  });
});

describe('an image catalogued from borrowed chunks', () => {
  const rootfs = join(work, 'rootfs');
  let layer: Buffer;

  beforeAll(() => {
    mkdirSync(join(rootfs, 'usr/lib'), { recursive: true });
    mkdirSync(join(rootfs, 'etc'), { recursive: true });
    cpSync('/usr/lib/os-release', join(rootfs, 'usr/lib/os-release'));
    symlinkSync('../usr/lib/os-release', join(rootfs, 'etc/os-release'));
    mkdirSync(join(rootfs, 'var/lib/dpkg'), { recursive: true });
    cpSync('/var/lib/dpkg/status', join(rootfs, 'var/lib/dpkg/status'));
    // A Go binary (skopeo, installed by the test setup): its build info is found by a streaming scan.
    mkdirSync(join(rootfs, 'usr/bin'), { recursive: true });
    cpSync('/usr/bin/skopeo', join(rootfs, 'usr/bin/skopeo'));
    execFileSync('tar', ['-C', rootfs, '--format=pax', '-cf', join(work, 'rootfs.tar'), '.']);
    layer = readFileSync(join(work, 'rootfs.tar'));
  });

  const purls = async (blob: AsyncIterable<Buffer> | Iterable<Buffer>) => {
    const { catalog } = await catalogImage([{ digest: `sha256:${'a'.repeat(64)}`, blob }]);
    return catalog.components.map((c) => `${c.purl} ${c.foundIn.join(',')}`).sort();
  };

  it('finds the same components, the Go binary among them, as from fresh chunks', async () => {
    const expected = await purls(fresh(layer, 1 << 20));
    expect(expected.some((p) => p.startsWith('pkg:golang/github.com/containers/skopeo'))).toBe(true);
    expect(expected.some((p) => p.startsWith('pkg:deb/'))).toBe(true);
    for (const size of [4096, 65_537, 1 << 20]) expect(await purls(hostile(layer, size))).toEqual(expected);
  });

  it("an OCI layout's blobChunks: the same components, and a tampered blob is refused", async () => {
    const dir = join(work, 'layout');
    const store = new LayoutStore(dir);
    const descriptor = { digest: sha256(layer), size: layer.length };
    await store.putBlob(descriptor, layer);
    const fromLayout = await purls(blobChunks(store, descriptor));
    expect(fromLayout).toEqual(await purls(fresh(layer, 1 << 20)));

    const blob = join(dir, 'blobs', 'sha256', descriptor.digest.slice('sha256:'.length));
    const tampered = Buffer.from(layer);
    const at = tampered.length - 2000; // in the tar's zero padding: the walk alone would not notice
    tampered.writeUInt8(tampered.readUInt8(at) ^ 1, at);
    writeFileSync(blob, tampered);
    await expect(purls(blobChunks(store, descriptor))).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
  });
});
