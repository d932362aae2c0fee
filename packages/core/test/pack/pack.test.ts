import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  existsSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  ArtefactsError,
  DEFAULT_ARTIFACT_TYPE,
  LayoutStore,
  RegistryClient,
  encodeManifest,
  memoryLogger,
  packArtefact,
  parsePackInputs,
  parsePullInputs,
  pullArtefact,
  runPack,
  runPull,
  sha256,
  tarEntries,
  tarHeader,
  type ArtifactStore,
  type BlobBody,
  type ImageManifest,
} from '@immutable-artefacts/core';
import { rejectionOf } from '../../../../test/harness/failures.js';
import { createRepo } from '../../../../test/harness/git-repo.js';
import { repositoryAt, skopeoRaw, startRegistry, type TestRegistry } from '../../../../test/harness/registry.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-pack-'));
const env = { SOURCE_DATE_EPOCH: '1767225600' };
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry();
}, 30_000);
afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** The same tree written into `dir`, with different mtimes and umask-like modes each time. */
function writeTree(dir: string, seed: number): void {
  mkdirSync(path.join(dir, 'dist', 'lib', 'deep'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'index.js'), 'console.log(1)\n');
  writeFileSync(path.join(dir, 'dist', 'lib', 'a.txt'), 'A'.repeat(700));
  writeFileSync(path.join(dir, 'dist', 'lib', 'deep', 'run.sh'), '#!/bin/sh\necho hi\n');
  chmodSync(path.join(dir, 'dist', 'lib', 'deep', 'run.sh'), seed % 2 ? 0o775 : 0o700);
  chmodSync(path.join(dir, 'dist', 'index.js'), seed % 2 ? 0o664 : 0o600);
  writeFileSync(path.join(dir, 'chart.tgz'), Buffer.from([1, 2, 3, seed % 1]));
  for (const f of ['dist/index.js', 'dist/lib/a.txt', 'chart.tgz']) {
    utimesSync(path.join(dir, f), 1000 + seed * 77, 2000 + seed * 99);
  }
}

function dirWithTree(seed: number): string {
  const dir = mkdtempSync(path.join(tmp, `src-${seed}-`));
  writeTree(dir, seed);
  return dir;
}

const logger = () => memoryLogger();

type TestLayer = { mediaType: string; digest: string; size: number; annotations: Record<string, string> };

/** A fresh layout whose tag `tag` is a file artefact of one layer (`layer`, its bytes `body`). */
async function layoutWithLayer(prefix: string, layer: TestLayer, body: Buffer, tag: string): Promise<LayoutStore> {
  return layoutWithLayers(prefix, [{ layer, body }], tag);
}

/** A fresh layout whose tag `tag` is a file artefact of `layers`, in order. */
async function layoutWithLayers(
  prefix: string,
  layers: { layer: TestLayer; body: Buffer }[],
  tag: string,
): Promise<LayoutStore> {
  const store = new LayoutStore(path.join(tmp, `${prefix}-${Math.random().toString(36).slice(2)}`));
  for (const { layer, body } of layers) await store.putBlob(layer, body);
  await store.putBlob({ digest: sha256('{}'), size: 2 }, Buffer.from('{}'));
  await store.putManifest(
    encodeManifest({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: DEFAULT_ARTIFACT_TYPE,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256('{}'), size: 2 },
      layers: layers.map((l) => l.layer),
    } as ImageManifest),
    { tag },
  );
  return store;
}

/** A plain tar of `entries` as given (names written as they are, a leading `/` kept). */
function tarOf(entries: { name: string; body?: Buffer; dir?: true; mode?: number }[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    if (e.dir) {
      parts.push(tarHeader(e.name, 0, 0o755, { type: 'directory' }));
      continue;
    }
    const body = e.body ?? Buffer.alloc(0);
    parts.push(tarHeader(e.name, body.length, e.mode ?? 0o644), body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  return Buffer.concat([...parts, Buffer.alloc(1024)]);
}

/**
 * A tar entry for a name ustar cannot hold: a pax extended header (`x`) giving the path, then the
 * entry (a file holding `body`) under a short stand-in name, as GNU tar and ORAS write long names.
 */
function paxEntry(name: string, body: Buffer): Buffer {
  // A record is `<length> path=<name>\n`, its length counting its own digits.
  const rest = Buffer.byteLength(` path=${name}\n`);
  let length = rest + 1;
  while (String(length).length + rest !== length) length = String(length).length + rest;
  const pax = Buffer.from(`${length} path=${name}\n`);
  const header = tarHeader('PaxHeader', pax.length);
  header.write('x', 156, 'ascii');
  header.write('        ', 148, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  const pad = (size: number) => Buffer.alloc((512 - (size % 512)) % 512);
  return Buffer.concat([header, pax, pad(pax.length), tarHeader('long', body.length), body, pad(body.length)]);
}

/** A directory layer titled `title` whose tar is `tar`. */
function dirLayer(title: string, tar: Buffer): { layer: TestLayer; body: Buffer } {
  const layer = {
    mediaType: 'application/vnd.oci.image.layer.v1.tar',
    digest: sha256(tar),
    size: tar.length,
    annotations: {
      'org.opencontainers.image.title': title,
      'io.deis.oras.content.unpack': 'true',
      'io.deis.oras.content.digest': sha256(tar),
    },
  };
  return { layer, body: tar };
}

/** A directory layer of files named `names`, each holding its name (a name ending in `/` a directory). */
function tarLayer(title: string, names: string[]): { layer: TestLayer; body: Buffer } {
  return dirLayer(
    title,
    tarOf(names.map((name) => (name.endsWith('/') ? { name, dir: true } : { name, body: Buffer.from(name) }))),
  );
}

/** A plain file layer titled `title`. */
function fileLayer(title: string, text: string): { layer: TestLayer; body: Buffer } {
  const body = Buffer.from(text);
  const layer = {
    mediaType: 'application/octet-stream',
    digest: sha256(body),
    size: body.length,
    annotations: { 'org.opencontainers.image.title': title },
  };
  return { layer, body };
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Pulls `tag` into a fresh empty directory, expecting a refusal: the error, and what is left in the directory. */
async function refusedPull(store: LayoutStore, tag: string): Promise<{ error: ArtefactsError; left: string[] }> {
  const out = mkdtempSync(path.join(tmp, 'refused-out-'));
  const error = await pullArtefact(store, tag, out, logger()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ArtefactsError);
  return { error: error as ArtefactsError, left: readdirSync(out) };
}

async function pack(dir: string, layout: string, tags = ['v1'], extra: { env?: Record<string, string> } = {}) {
  const store = new LayoutStore(layout);
  return packArtefact(store, {
    paths: ['dist', 'chart.tgz'],
    tags,
    annotations: { 'org.opencontainers.image.version': '1.0.0' },
    cwd: dir,
    env: extra.env ?? env,
    logger: logger(),
  });
}

describe('pack', () => {
  it('gives the same digest for the same files from two different directories', async () => {
    const one = await pack(dirWithTree(1), path.join(tmp, 'l1'));
    const two = await pack(dirWithTree(2), path.join(tmp, 'l2'));
    expect(two.digest).toBe(one.digest);
    // and again into the first layout: nothing new, same digest
    const again = await pack(dirWithTree(3), path.join(tmp, 'l1'));
    expect(again.digest).toBe(one.digest);
    expect(again.unchanged).toBe(true);
    // a different SOURCE_DATE_EPOCH is a different artefact
    const other = await pack(dirWithTree(1), path.join(tmp, 'l3'), ['v1'], { env: { SOURCE_DATE_EPOCH: '1' } });
    expect(other.digest).not.toBe(one.digest);
  });

  it('writes the manifest, layers and tar entries as documented', async () => {
    const layout = path.join(tmp, 'doc');
    const result = await pack(dirWithTree(5), layout);
    const store = new LayoutStore(layout);
    const manifest = await store.getManifest('v1');
    expect(manifest.digest).toBe(result.digest);
    const parsed = manifest.parsed as ImageManifest;
    expect(parsed.artifactType).toBe(DEFAULT_ARTIFACT_TYPE);
    expect(parsed.config.digest).toBe(sha256('{}'));
    expect(parsed.annotations).toEqual({
      'org.opencontainers.image.created': '2026-01-01T00:00:00Z',
      'org.opencontainers.image.version': '1.0.0',
    });
    expect(parsed.layers.map((l) => l.annotations?.['org.opencontainers.image.title'])).toEqual(['dist', 'chart.tgz']);
    const file = parsed.layers[1]!;
    expect(file.mediaType).toBe('application/octet-stream');
    expect(file.digest).toBe(sha256(readFileSync(path.join(layout, 'blobs', 'sha256', file.digest.slice(7)))));
    const dir = parsed.layers[0]!;
    expect(dir.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
    const gz = readFileSync(path.join(layout, 'blobs', 'sha256', dir.digest.slice(7)));
    expect([...gz.subarray(4, 10)]).toEqual([0, 0, 0, 0, 2, 3]); // mtime 0, max compression, OS Unix
    const tar = gunzipSync(gz);
    expect(dir.annotations?.['io.deis.oras.content.digest']).toBe(sha256(tar));
    const entries: { path: string; type: string; mode: number; mtime: number; uid: number }[] = [];
    let offset = 0;
    for await (const e of tarEntries([tar])) {
      entries.push({ path: e.path, type: e.type, mode: e.mode, mtime: 0, uid: 0 });
    }
    for (; offset < tar.length; offset += 512) {
      const block = tar.subarray(offset, offset + 512);
      if (block[0] === 0) break;
      const size = parseInt(block.subarray(124, 136).toString('ascii').replace(/\0.*$/, ''), 8);
      expect(parseInt(block.subarray(136, 148).toString('ascii'), 8)).toBe(1767225600);
      expect(parseInt(block.subarray(108, 116).toString('ascii'), 8)).toBe(0);
      expect(block.subarray(265, 297).every((b) => b === 0)).toBe(true); // no owner name
      offset += Math.ceil(size / 512) * 512;
    }
    expect(entries).toEqual([
      { path: 'dist', type: 'directory', mode: 0o755, mtime: 0, uid: 0 },
      { path: 'dist/index.js', type: 'file', mode: 0o644, mtime: 0, uid: 0 },
      { path: 'dist/lib', type: 'directory', mode: 0o755, mtime: 0, uid: 0 },
      { path: 'dist/lib/a.txt', type: 'file', mode: 0o644, mtime: 0, uid: 0 },
      { path: 'dist/lib/deep', type: 'directory', mode: 0o755, mtime: 0, uid: 0 },
      { path: 'dist/lib/deep/run.sh', type: 'file', mode: 0o755, mtime: 0, uid: 0 },
    ]);
  });

  it('takes file times from the HEAD commit without SOURCE_DATE_EPOCH, same digest from two clones', async () => {
    const repo = createRepo('pack-');
    repo.commit('feat: files', { 'dist/a.txt': 'a', 'dist/b/c.txt': 'c' });
    const clone = mkdtempSync(path.join(tmp, 'clone-'));
    repo.git('clone', '-q', repo.dir, clone);
    const a = await packArtefact(new LayoutStore(path.join(tmp, 'ca')), {
      paths: ['dist'],
      tags: ['x'],
      cwd: repo.dir,
      env: {},
      logger: logger(),
    });
    const b = await packArtefact(new LayoutStore(path.join(tmp, 'cb')), {
      paths: ['dist'],
      tags: ['x'],
      cwd: clone,
      env: {},
      logger: logger(),
    });
    expect(a.createdSource).toBe('commit');
    expect(b.digest).toBe(a.digest);
    const time = Number(repo.git('log', '-1', '--format=%ct'));
    expect(a.created).toBe(new Date(time * 1000).toISOString().replace('.000Z', 'Z'));
  });

  it('refuses to move a tag to other content, naming both digests', async () => {
    const layout = path.join(tmp, 'conflict');
    const dir = dirWithTree(7);
    const first = await pack(dir, layout);
    writeFileSync(path.join(dir, 'dist', 'index.js'), 'changed');
    const error = await pack(dir, layout).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArtefactsError);
    expect((error as ArtefactsError).code).toBe('TAG_CONFLICT');
    expect((error as ArtefactsError).message).toContain(first.digest);
    expect((await new LayoutStore(layout).resolve('v1'))?.digest).toBe(first.digest);
  });

  it('writes a directory layer into the layout once, leaving no temporary file after a pack, a conflict or a re-run', async () => {
    const layout = path.join(tmp, 'staged');
    const dir = dirWithTree(11);
    const blobs = () => readdirSync(path.join(layout, 'blobs', 'sha256')).sort();
    const first = await pack(dir, layout);
    const manifest = JSON.parse(readFileSync(path.join(layout, 'blobs', 'sha256', first.digest.slice(7)), 'utf8'));
    const expected = [first.digest, manifest.config.digest, ...first.layers.map((l) => l.digest)];
    expect(blobs()).toEqual(expected.map((d) => d.slice(7)).sort());
    // A re-run: the tag is already there, so the layer made again is not committed.
    expect((await pack(dir, layout)).unchanged).toBe(true);
    expect(blobs()).toEqual(expected.map((d) => d.slice(7)).sort());
    // A tag that would move: the new layer, made before the check, is not committed either.
    writeFileSync(path.join(dir, 'dist', 'index.js'), 'changed');
    expect(((await pack(dir, layout).catch((e: unknown) => e)) as ArtefactsError).code).toBe('TAG_CONFLICT');
    expect(blobs()).toEqual(expected.map((d) => d.slice(7)).sort());
    // The same tree under a new tag: the staged layer finds its blob there and goes away.
    await pack(dirWithTree(11), layout, ['v2']);
    expect(blobs()).toEqual(expected.map((d) => d.slice(7)).sort());
  });

  it('packs a tree holding the destination layout without the layers being staged there', async () => {
    // Every tree is walked before a layer is staged: a staged layer of `a` inside `b` is not packed into b.
    const dir = mkdtempSync(path.join(tmp, 'inside-'));
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'a', 'a.txt'), 'a');
    writeFileSync(path.join(dir, 'b', 'b.txt'), 'b');
    const layout = path.join(dir, 'b', 'out');
    const options = { paths: ['a', 'b'], tags: ['v1'], cwd: dir, env, logger: logger() };
    const first = await packArtefact(new LayoutStore(layout), options);
    const out = path.join(dir, 'pulled');
    expect((await pullArtefact(new LayoutStore(layout), 'v1', out, logger())).files).toEqual(['a/a.txt', 'b/b.txt']);
    // Packed again into a fresh layout at the same place: the same digest.
    rmSync(layout, { recursive: true });
    expect((await packArtefact(new LayoutStore(layout), options)).digest).toBe(first.digest);
  });

  it('pulls files back, verified, and reproduces the packed tree', async () => {
    const dir = dirWithTree(9);
    const layout = path.join(tmp, 'pull');
    await pack(dir, layout);
    const out = path.join(tmp, 'out');
    const result = await pullArtefact(new LayoutStore(layout), 'v1', out, logger());
    expect(result.files).toEqual(['chart.tgz', 'dist/index.js', 'dist/lib/a.txt', 'dist/lib/deep/run.sh']);
    for (const f of result.files) expect(readFileSync(path.join(out, f))).toEqual(readFileSync(path.join(dir, f)));
    expect(statSync(path.join(out, 'dist/lib/deep/run.sh')).mode & 0o777).toBe(0o755);
    // pulling again into the same directory does not overwrite
    const again = await pullArtefact(new LayoutStore(layout), 'v1', out, logger()).catch((e: unknown) => e);
    expect((again as ArtefactsError).code).toBe('IO_FAILED');
  });

  it('packs files across the read sizes byte for byte, in the same format as before (gzip and none)', async () => {
    // Files up to 256 KiB are read whole, 16 ahead, into reused buffers of their own; larger ones into one
    // pair of reused 1 MiB buffers for the whole directory; small chunks are gathered into 1 MiB writes.
    // Each chunk is taken by deflate or written to the file before the next read goes into its buffer. A chunk handed on before it is consumed, or a
    // buffer reused too soon, would change the bytes, the tar digest and these digests, which are those
    // the earlier stream-based packer (fresh buffers, one file after another) gave for this tree.
    const dir = mkdtempSync(path.join(tmp, 'chunks-'));
    const [KiB, MiB] = [1024, 1 << 20];
    const bytesOf = (seed: number, size: number) => {
      const out = Buffer.alloc(size);
      for (let at = 0, n = 0; at < size; n++) at += createHash('sha256').update(`${seed}:${n}`).digest().copy(out, at);
      return out;
    };
    const sizes = [0, 1, 511, 512, 513, 256 * KiB - 1, 256 * KiB, 256 * KiB + 1, MiB - 1, MiB, MiB + 1, 3 * MiB + 5];
    const small = Array.from({ length: 40 }, (_, i) => ({
      name: `s-${i}.txt`,
      bytes: bytesOf(1000 + i, (i * 997) % 5000),
    }));
    mkdirSync(path.join(dir, 'site', 'blobs'), { recursive: true });
    mkdirSync(path.join(dir, 'site', 'small'), { recursive: true });
    for (const size of sizes) writeFileSync(path.join(dir, 'site', 'blobs', `f-${size}.bin`), bytesOf(size, size));
    for (const f of small) writeFileSync(path.join(dir, 'site', 'small', f.name), f.bytes);
    writeFileSync(path.join(dir, 'site', 'index.html'), '<p>hello</p>\n'.repeat(200_000));
    const expected = {
      gzip: { digest: 'sha256:6403ab8eb3922a451eb454db988872284503548fde8eea4023a20895c6260e61', size: 7202544 },
      none: { digest: 'sha256:8fcb02b5ad9442068d401a8cc3a596c0d9566e86732b1ef73513b4e58ac5a94f', size: 9829888 },
    };
    for (const compression of ['gzip', 'none'] as const) {
      const layout = path.join(tmp, `chunks-${compression}`);
      const result = await packArtefact(new LayoutStore(layout), {
        paths: ['site'],
        tags: ['v1'],
        compression,
        cwd: dir,
        env,
        logger: logger(),
      });
      const layer = result.layers[0]!;
      expect({ digest: layer.digest, size: layer.size }).toEqual(expected[compression]);
      const blob = readFileSync(path.join(layout, 'blobs', 'sha256', layer.digest.slice(7)));
      const tar = compression === 'gzip' ? gunzipSync(blob) : blob;
      expect(sha256(tar)).toBe(expected.none.digest);
      const out = path.join(tmp, `chunks-out-${compression}`);
      const pulled = await pullArtefact(new LayoutStore(layout), 'v1', out, logger());
      expect(pulled.files).toHaveLength(sizes.length + small.length + 1);
      for (const size of sizes) {
        expect(readFileSync(path.join(out, 'site', 'blobs', `f-${size}.bin`)).equals(bytesOf(size, size))).toBe(true);
      }
      for (const f of small) expect(readFileSync(path.join(out, 'site', 'small', f.name)).equals(f.bytes)).toBe(true);
    }
  }, 60_000);

  describe('pull writes small files behind the tar walk', () => {
    /** A layout whose tag `v1` is one directory layer titled `d`, the tar made of `entries` as given. */
    async function layoutOf(entries: { name: string; body?: Buffer; dir?: true; mode?: number }[]) {
      return layoutWithLayers('behind', [dirLayer('d', tarOf(entries))], 'v1');
    }

    it('writes every file with its bytes and mode; a name given twice holds the later entry', async () => {
      const many = Array.from({ length: 60 }, (_, i) => ({
        name: `d/many/${String(i).padStart(2, '0')}.txt`,
        body: Buffer.from(`file ${i}\n`.repeat(i * 50)),
        mode: i % 7 === 0 ? 0o755 : 0o644,
      }));
      const large = Buffer.alloc(600 * 1024, 0x5a);
      const store = await layoutOf([
        { name: 'd/', dir: true },
        { name: 'd/twice.txt', body: Buffer.from('first, much longer than the second') },
        ...many,
        { name: 'd/deep/er/large.bin', body: large },
        { name: 'd/twice.txt', body: Buffer.from('second') },
        { name: 'd/large-then-small.bin', body: large },
        { name: 'd/large-then-small.bin', body: Buffer.from('small now') },
      ]);
      const out = mkdtempSync(path.join(tmp, 'behind-out-'));
      const result = await pullArtefact(store, 'v1', out, logger());
      expect(readFileSync(path.join(out, 'd/twice.txt'), 'utf8')).toBe('second');
      expect(readFileSync(path.join(out, 'd/large-then-small.bin'), 'utf8')).toBe('small now');
      expect(readFileSync(path.join(out, 'd/deep/er/large.bin')).equals(large)).toBe(true);
      for (const f of many) {
        expect(readFileSync(path.join(out, f.name)).equals(f.body)).toBe(true);
        expect(statSync(path.join(out, f.name)).mode & 0o111).toBe(f.mode & 0o111);
      }
      // A name given twice is one file, listed once: the `files` output is what is on disk.
      expect(result.files).toHaveLength(many.length + 3);
      expect(result.files).toEqual(filesUnder(out));
      expect(readdirSync(out)).toEqual(['d']);
    });

    it('a name that is a file and a directory is refused, with writes under way, leaving nothing in the output', async () => {
      // `d/x` is written (behind the walk) as a file, then a file is wanted below it, or a directory
      // `d/x` comes before a file `d/x`: refused by name, not left to fail mid-write with a bare errno.
      const before = Array.from({ length: 20 }, (_, i) => ({ name: `d/${i}.txt`, body: Buffer.from(`${i}`) }));
      const after = Array.from({ length: 20 }, (_, i) => ({ name: `d/after-${i}.txt`, body: Buffer.from(`${i}`) }));
      for (const [entries, refused, is] of [
        [
          [
            { name: 'd/x', body: Buffer.from('a file') },
            { name: 'd/x/y.txt', body: Buffer.from('below') },
          ],
          'd/x/y.txt',
          'd/x',
        ],
        [
          [
            { name: 'd/x', body: Buffer.from('a file') },
            { name: 'd/x/', dir: true as const },
          ],
          'd/x',
          'd/x',
        ],
        [
          [
            { name: 'd/x/y.txt', body: Buffer.from('below') },
            { name: 'd/x', body: Buffer.from('a file') },
          ],
          'd/x',
          'd/x',
        ],
      ] as const) {
        const store = await layoutOf([...before, ...entries, ...after]);
        const { error, left } = await refusedPull(store, 'v1');
        expect(error.code).toBe('PATH_UNSAFE');
        expect(error.message).toContain(`Refusing tar entry "${refused}" of layer sha256:`);
        expect(error.message).toContain(`"${is}" is a`);
        expect(error.message).toContain('a name is a file or a directory, not both');
        expect(left).toEqual([]);
      }
    });
  });

  it('refuses path traversal in layer titles and tar entries, writing nothing', async () => {
    for (const [title, tarName] of [
      ['../evil.txt', undefined],
      ['/etc/evil', undefined],
      ['ok', 'ok/../../escape.txt'],
    ] as const) {
      const body =
        tarName === undefined
          ? Buffer.from('evil')
          : Buffer.concat([tarHeader(tarName, 4), Buffer.from('evil'), Buffer.alloc(508), Buffer.alloc(1024)]);
      const layer = {
        mediaType: tarName === undefined ? 'application/octet-stream' : 'application/vnd.oci.image.layer.v1.tar',
        digest: sha256(body),
        size: body.length,
        annotations: {
          'org.opencontainers.image.title': title,
          ...(tarName === undefined ? {} : { 'io.deis.oras.content.unpack': 'true' }),
        },
      };
      const store = await layoutWithLayer('trav', layer, body, 'bad');
      const out = mkdtempSync(path.join(tmp, 'trav-out-'));
      const error = await pullArtefact(store, 'bad', path.join(out, 'inner'), logger()).catch((e: unknown) => e);
      expect((error as ArtefactsError).code).toBe('PATH_UNSAFE');
      expect(() => statSync(path.join(out, 'evil.txt'))).toThrow();
      expect(() => statSync(path.join(out, 'escape.txt'))).toThrow();
    }
  });

  describe('pull writes only what the titles say', () => {
    it('refuses a directory layer entry not under its title (another directory, an absolute path)', async () => {
      const absolute = path.join(tmp, 'abs-target', 'evil4');
      for (const [title, names, refused] of [
        ['d', ['x/f'], 'x/f'],
        ['d', [absolute], absolute.slice(1)],
        ['d', ['d/', 'd/ok.txt', 'dd/f'], 'dd/f'],
        ['d/sub', ['d/f'], 'd/f'],
        ['d', ['d'], 'd'], // a file where the title's directory should be
      ] as const) {
        const layer = tarLayer(title, [...names]);
        const store = await layoutWithLayers('outside', [fileLayer('first.txt', 'first'), layer], 'v1');
        const { error, left } = await refusedPull(store, 'v1');
        expect(error.code).toBe('PATH_UNSAFE');
        expect(error.message).toContain(
          `Refusing tar entry "${refused}" of layer ${layer.layer.digest} (titled "${title}"): it is not under "${title}/"`,
        );
        expect(left).toEqual([]);
      }
      expect(() => statSync(absolute)).toThrow();
    });

    it('refuses an entry outside its title though another is inside: nothing discarded, nothing listed that is not there', async () => {
      const layer = tarLayer('d', ['d/f', 'e/g']);
      const store = await layoutWithLayers('discard', [layer], 'v1');
      const { error, left } = await refusedPull(store, 'v1');
      expect(error.code).toBe('PATH_UNSAFE');
      expect(error.message).toContain(`Refusing tar entry "e/g" of layer ${layer.layer.digest} (titled "d")`);
      expect(left).toEqual([]);
      // Into an output directory that did not exist: it is not left behind either.
      const parent = mkdtempSync(path.join(tmp, 'discard-new-'));
      const again = await pullArtefact(store, 'v1', path.join(parent, 'new', 'out'), logger()).catch((e: unknown) => e);
      expect((again as ArtefactsError).code).toBe('PATH_UNSAFE');
      expect(readdirSync(parent)).toEqual([]);
    });

    it('refuses titles that repeat or sit inside one another, before anything is written', async () => {
      const dirA = tarLayer('a', ['a/f']);
      for (const [layers, refused, says] of [
        [[fileLayer('a', 'one'), fileLayer('a/b', 'two')], 1, 'it would be written inside layer L0 titled "a"'],
        [[fileLayer('a/b', 'two'), fileLayer('a', 'one')], 1, 'layer L0 titled "a/b" would be written inside it'],
        [[fileLayer('a', 'one'), fileLayer('./a', 'two')], 1, 'layer L0 has the same title'],
        [[dirA, fileLayer('x/y.txt', 'y'), fileLayer('a/f', 'over')], 2, 'inside layer L0 titled "a"'],
      ] as const) {
        const store = await layoutWithLayers('titles', [...layers], 'v1');
        const parent = mkdtempSync(path.join(tmp, 'titles-out-'));
        const error = (await pullArtefact(store, 'v1', path.join(parent, 'out'), logger()).catch(
          (e: unknown) => e,
        )) as ArtefactsError;
        expect(error).toBeInstanceOf(ArtefactsError);
        expect(error.code).toBe('PATH_UNSAFE');
        const title = layers[refused]!.layer.annotations['org.opencontainers.image.title'];
        expect(error.message).toContain(`Refusing layer ${layers[refused]!.layer.digest} titled "${title}": `);
        expect(error.message).toContain(says.replace('L0', layers[0]!.layer.digest));
        expect(error.message).toContain('no title may repeat or sit inside another');
        expect(readdirSync(parent)).toEqual([]);
      }
    });

    it('refuses a title or a tar entry with a newline or another control character', async () => {
      const tabbed = tarLayer('d', ['d/ok.txt', 'd/bad\tname']);
      for (const [layers, says] of [
        [[fileLayer('evil\nname.txt', 'x')], 'Refusing the title "evil\\nname.txt" of layer '],
        [[fileLayer('ok.txt', 'ok'), tabbed], `Refusing tar entry "d/bad\\tname" of layer ${tabbed.layer.digest}`],
      ] as const) {
        const store = await layoutWithLayers('control', [...layers], 'v1');
        const { error, left } = await refusedPull(store, 'v1');
        expect(error.code).toBe('PATH_UNSAFE');
        expect(error.message).toContain(says);
        expect(error.message).toContain('control character');
        expect(left).toEqual([]);
      }
    });

    it('writes a directory layer as its title, with nested titles apart and an empty tar an empty directory', async () => {
      const store = await layoutWithLayers(
        'apart',
        [tarLayer('a/b', ['a/b/f.txt']), fileLayer('a/c.txt', 'c'), dirLayer('e', tarOf([]))],
        'v1',
      );
      const out = mkdtempSync(path.join(tmp, 'apart-out-'));
      const result = await pullArtefact(store, 'v1', out, logger());
      expect(result.files).toEqual(['a/b/f.txt', 'a/c.txt']);
      expect(filesUnder(out)).toEqual(result.files);
      expect(readdirSync(path.join(out, 'e'))).toEqual([]);
      expect(readdirSync(out).sort()).toEqual(['a', 'e']);
    });
  });

  describe('pull refuses names that would not round-trip on every filesystem', () => {
    const nfc = 'caf\u00e9';
    const nfd = 'cafe\u0301';

    it('refuses names that differ only in letter case or Unicode normalisation, naming both, writing nothing; pulls names spelled alike', async () => {
      const inTar = (names: string[]) => tarLayer('d', names);
      for (const [layers, refused, clash] of [
        // Titles, and the directories titles sit in.
        [[fileLayer('A', 'one'), fileLayer('a', 'two')], 'layer 1', '"a" and "A"'],
        [[fileLayer('a/x', 'one'), fileLayer('A/y', 'two')], 'layer 1', '"A" and "a"'],
        [[fileLayer('A', 'a file'), tarLayer('a', ['a/x'])], 'layer 1', '"a" and "A"'],
        [[fileLayer(`${nfc}.txt`, 'one'), fileLayer(`${nfd}.txt`, 'two')], 'layer 1', `"${nfd}.txt" and "${nfc}.txt"`],
        // Upper then lower case joins what lower case alone keeps apart (NTFS and APFS join them too).
        [
          [fileLayer('\u03c3.txt', 'sigma'), fileLayer('\u03c2.txt', 'final sigma')],
          'layer 1',
          '"\u03c2.txt" and "\u03c3.txt"',
        ],
        // Tar entries: two files, a file and a directory, one directory spelled two ways.
        [[inTar(['d/README', 'd/ReadMe'])], 'd/ReadMe', '"d/ReadMe" and "d/README"'],
        [[inTar(['d/A', 'd/a/x'])], 'd/a/x', '"d/a" and "d/A"'],
        [[inTar([`d/${nfd}/`, `d/${nfc}/x`])], `d/${nfc}/x`, `"d/${nfc}" and "d/${nfd}"`],
      ] as const) {
        const store = await layoutWithLayers('spelled', [...layers], 'v1');
        const { error, left } = await refusedPull(store, 'v1');
        expect(error.code).toBe('PATH_UNSAFE');
        if (refused === 'layer 1') {
          const title = layers[1]!.layer.annotations['org.opencontainers.image.title'];
          expect(error.message).toContain(`Refusing layer ${layers[1]!.layer.digest} titled "${title}": `);
        } else {
          expect(error.message).toContain(`Refusing tar entry "${refused}" of layer ${layers[0]!.layer.digest}`);
        }
        expect(error.message).toContain(`${clash} differ only in letter case or Unicode normalisation`);
        expect(error.message).toContain('the artefact would not round-trip');
        expect(error.hint).toContain('Nothing from the artefact was kept.');
        expect(left).toEqual([]);
      }
      // Names spelled alike everywhere, non-ASCII ones too, are pulled.
      const store = await layoutWithLayers(
        'alike',
        [fileLayer(`${nfc}/a.txt`, 'a'), tarLayer(`${nfc}/d`, [`${nfc}/d/x`, `${nfc}/d/X2`]), fileLayer('B.txt', 'b')],
        'v1',
      );
      const out = mkdtempSync(path.join(tmp, 'alike-out-'));
      const result = await pullArtefact(store, 'v1', out, logger());
      expect(result.files).toEqual(['B.txt', `${nfc}/a.txt`, `${nfc}/d/X2`, `${nfc}/d/x`].sort());
      expect(filesUnder(out)).toEqual(result.files);
    });

    it('refuses a title or a tar entry with a part over 255 bytes (UTF-8), naming it, writing nothing', async () => {
      const long = 'x'.repeat(256);
      const wide = `${'\u00e9'.repeat(126)}.txt`; // 130 characters, 256 bytes
      const tarred = dirLayer('d', Buffer.concat([paxEntry(`d/${long}/f.txt`, Buffer.from('f')), Buffer.alloc(1024)]));
      for (const [layers, says] of [
        [[fileLayer(long, 'x')], `Refusing the title "${long}" of layer `],
        [[fileLayer(`a/${wide}`, 'x')], `Refusing the title "a/${wide}" of layer `],
        [[fileLayer('ok.txt', 'ok'), tarred], `Refusing tar entry "d/${long}/f.txt" of layer ${tarred.layer.digest}`],
      ] as const) {
        const store = await layoutWithLayers('long-part', [...layers], 'v1');
        const { error, left } = await refusedPull(store, 'v1');
        expect(error.code).toBe('PATH_UNSAFE');
        expect(error.message).toContain(says);
        expect(error.message).toMatch(
          /: its part "[^"]{40}…" is 256 bytes long; a file or directory name may be at most 255 bytes/,
        );
        expect(left).toEqual([]);
      }
      // 255 bytes is a name every common filesystem takes, in a title and in a tar entry.
      const most = 'y'.repeat(255);
      const store = await layoutWithLayers(
        'long-part-ok',
        [
          fileLayer(most, 'y'),
          dirLayer('d', Buffer.concat([paxEntry(`d/${most}/${most}`, Buffer.from('z')), Buffer.alloc(1024)])),
        ],
        'v1',
      );
      const out = mkdtempSync(path.join(tmp, 'long-part-out-'));
      expect((await pullArtefact(store, 'v1', out, logger())).files).toEqual([`d/${most}/${most}`, most]);
    });

    it('shows the code points of names that differ only in normalisation', async () => {
      const store = await layoutWithLayers('points', [fileLayer(nfc, 'one'), fileLayer(nfd, 'two')], 'v1');
      const { error } = await refusedPull(store, 'v1');
      expect(error.message).toContain('("cafe<U+0301>" against "caf<U+00E9>")');
    });
  });

  it('packs into and pulls from no layout through a symbolic link out of the workspace, unless the input is let out', async () => {
    const work = mkdtempSync(path.join(tmp, 'links-work-'));
    const outside = mkdtempSync(path.join(tmp, 'links-outside-'));
    writeFileSync(path.join(work, 'f.txt'), 'packed\n');
    const environment = { cwd: work, env, logger: logger(), github: undefined };
    const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    const refused = async (run: Promise<unknown>, input: string, file: string) => {
      const error = (await run.catch((e: unknown) => e)) as ArtefactsError;
      expect(error.code).toBe('PATH_UNSAFE');
      expect(error.message).toContain(`Input '${input}'`);
      expect(error.message).toContain(file);
    };
    // `artefacts pack --path f.txt oci:lay2:1` where lay2/blobs leads outside: nothing is written there.
    mkdirSync(path.join(work, 'lay2'));
    symlinkSync(outside, path.join(work, 'lay2', 'blobs'));
    const pack = (values: Record<string, string>) => runPack(parsePackInputs(raw(values)), environment);
    await refused(pack({ path: 'f.txt', destination: 'oci:lay2:1' }), 'destination', path.join(work, 'lay2', 'blobs'));
    expect(readdirSync(outside)).toEqual([]);
    await pack({ path: 'f.txt', destination: 'oci:lay2:1', 'allow-outside-workspace': 'destination' });
    expect(readdirSync(path.join(outside, 'sha256')).length).toBeGreaterThan(0);

    // `artefacts pull --output out oci:lay:t` where the layer's blob is a link to a file outside.
    await pack({ path: 'f.txt', destination: 'oci:lay:t' });
    const layer = ((await new LayoutStore(path.join(work, 'lay')).getManifest('t')).parsed as ImageManifest).layers[0]!;
    const blob = path.join(work, 'lay', 'blobs', 'sha256', layer.digest.slice(7));
    const moved = path.join(outside, 'moved-blob');
    writeFileSync(moved, readFileSync(blob));
    rmSync(blob);
    symlinkSync(moved, blob);
    const pull = (values: Record<string, string>) => runPull(parsePullInputs(raw(values)), environment);
    await refused(pull({ reference: 'oci:lay:t', output: 'out' }), 'reference', blob);
    expect(existsSync(path.join(work, 'out', 'f.txt'))).toBe(false);
    await pull({ reference: 'oci:lay:t', output: 'out', 'allow-outside-workspace': 'reference' });
    expect(readFileSync(path.join(work, 'out', 'f.txt'), 'utf8')).toBe('packed\n');
  });

  it('refuses what is not a file artefact (a container image, an index, untitled layers), writing nothing', async () => {
    const layout = path.join(tmp, `not-files-${Math.random().toString(36).slice(2)}`);
    const store = new LayoutStore(layout);
    const layerBody = Buffer.from('layer bytes');
    const layer = {
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      digest: sha256(layerBody),
      size: layerBody.length,
    };
    await store.putBlob(layer, layerBody);
    const put = async (
      tag: string,
      config: { mediaType: string; body: string },
      extra: Record<string, unknown> = {},
    ) => {
      await store.putBlob({ digest: sha256(config.body), size: config.body.length }, Buffer.from(config.body));
      const manifest = encodeManifest({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: config.mediaType, digest: sha256(config.body), size: config.body.length },
        layers: [layer],
        ...extra,
      } as ImageManifest);
      await store.putManifest(manifest, { tag });
      return manifest;
    };
    const imageConfig = JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [] },
    });
    const image = await put('image', { mediaType: 'application/vnd.oci.image.config.v1+json', body: imageConfig });
    await put('docker', { mediaType: 'application/vnd.docker.container.image.v1+json', body: imageConfig });
    await put(
      'signature',
      { mediaType: 'application/vnd.oci.empty.v1+json', body: '{}' },
      {
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      },
    );
    await store.putManifest(
      encodeManifest({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          {
            mediaType: image.mediaType,
            digest: image.digest,
            size: image.bytes.length,
            platform: { architecture: 'amd64', os: 'linux' },
          },
        ],
      }),
      { tag: 'index' },
    );
    for (const [tag, says] of [
      ['image', 'a container image (config application/vnd.oci.image.config.v1+json)'],
      ['docker', 'a container image (config application/vnd.docker.container.image.v1+json)'],
      ['index', 'an image index'],
      [
        'signature',
        'application/vnd.dev.sigstore.bundle.v0.3+json with no layer named by org.opencontainers.image.title',
      ],
    ] as const) {
      const out = path.join(tmp, `not-files-out-${tag}`);
      const error = await pullArtefact(store, tag, out, logger()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArtefactsError);
      expect((error as ArtefactsError).code).toBe('MEDIA_TYPE_UNSUPPORTED');
      expect((error as ArtefactsError).message).toContain(says);
      expect((error as ArtefactsError).message).toContain('not a file artefact');
      expect(() => statSync(out)).toThrow();
    }
  });

  it('refuses a symbolic link given as a path, as inside a directory, naming the path', async () => {
    const dir = dirWithTree(21);
    symlinkSync('chart.tgz', path.join(dir, 'chart-link.tgz'));
    symlinkSync('dist', path.join(dir, 'dist-link'));
    for (const given of ['chart-link.tgz', 'dist-link', 'dist-link/']) {
      const error = await rejectionOf(
        packArtefact(new LayoutStore(path.join(tmp, 'links')), {
          paths: [given],
          tags: ['v1'],
          cwd: dir,
          env,
          logger: logger(),
        }),
        ArtefactsError,
      );
      expect(error.code).toBe('INPUT_INVALID');
      expect(error.message).toBe(
        `Input 'path': got ${JSON.stringify(given)}; expected a regular file or directory, not a symbolic link.`,
      );
    }
    expect(() => statSync(path.join(tmp, 'links'))).toThrow();
  });

  it('names the path input that is not there, sits under a file or cannot be read', async () => {
    const dir = dirWithTree(22);
    const packed = (given: string) =>
      rejectionOf(
        packArtefact(new LayoutStore(path.join(dir, 'layout')), {
          paths: [given],
          tags: ['v1'],
          cwd: dir,
          env,
          logger: logger(),
        }),
        ArtefactsError,
      );
    expect((await packed('missing')).message).toBe(
      `Input 'path': got "missing"; expected an existing file or directory (it does not exist).`,
    );
    expect((await packed('chart.tgz/inner')).message).toBe(
      `Input 'path': got "chart.tgz/inner"; expected an existing file or directory (chart.tgz is a regular file, not a directory).`,
    );
    if (process.getuid?.() === 0) return; // root reads anything: the unreadable cases are run as another user in test/
    chmodSync(path.join(dir, 'chart.tgz'), 0);
    chmodSync(path.join(dir, 'dist', 'lib', 'deep'), 0);
    try {
      expect((await packed('chart.tgz')).message).toBe(
        `Input 'path': got "chart.tgz"; expected readable files and directories (permission denied).`,
      );
      expect((await packed('dist')).message).toBe(
        `Input 'path': got "dist"; expected readable files and directories (permission denied on dist/lib/deep).`,
      );
    } finally {
      chmodSync(path.join(dir, 'chart.tgz'), 0o644);
      chmodSync(path.join(dir, 'dist', 'lib', 'deep'), 0o755);
    }
  });

  it('pull names output when it cannot be made a directory, leaving nothing behind', async () => {
    const dir = dirWithTree(23);
    await pack(dir, path.join(dir, 'layout'));
    const pulled = (output: string) =>
      rejectionOf(
        runPull(
          parsePullInputs((name) => ({ reference: 'oci:layout:v1', output })[name] ?? ''),
          {
            cwd: dir,
            env,
            logger: logger(),
            github: undefined,
          },
        ),
        ArtefactsError,
      );
    for (const [output, why] of [
      ['chart.tgz', 'it is a regular file, not a directory'],
      ['chart.tgz/out', 'chart.tgz is a regular file, not a directory'],
    ]) {
      const error = await pulled(output!);
      expect(error.code).toBe('INPUT_INVALID');
      expect(error.message).toBe(
        `Input 'output': got ${JSON.stringify(output)}; expected a directory pull can create and write in (${why}).`,
      );
    }
    expect(readFileSync(path.join(dir, 'chart.tgz'))).toEqual(Buffer.from([1, 2, 3, 0]));
  });

  it('pull names output when a path it writes is too long for the filesystem, leaving nothing behind', async () => {
    // Every part fits in 255 bytes; the whole path, output's and the name's together, not in Linux's 4095.
    const work = mkdtempSync(path.join(tmp, 'too-long-'));
    const output = 'out';
    const staging = path.join(work, output).length + '/.pull-123456-abcdef'.length;
    const part = 'p'.repeat(200);
    // A title whose directories alone are too long, and a tar entry whose directories fit but whose
    // file does not: its write, behind the tar walk, is the one that fails.
    const title = `${Array.from({ length: 21 }, () => part).join('/')}/f.txt`;
    const dirs = `d/${Array.from({ length: Math.floor((4095 - staging - 2) / 201) }, () => part).join('/')}`;
    const file = `${dirs}/${'f'.repeat(4096 - (staging + 2 + dirs.length) + 10)}`;
    const entry = dirLayer('d', Buffer.concat([paxEntry(file, Buffer.from('f')), Buffer.alloc(1024)]));
    for (const [layers, failed] of [
      [[fileLayer(title, 't')], path.posix.dirname(title)],
      [[entry], file],
    ] as const) {
      const store = await layoutWithLayers(`${path.basename(work)}/layout`, [...layers], 'v1');
      const layout = path.relative(work, store.location.slice('oci:'.length));
      const error = await rejectionOf(
        runPull(
          parsePullInputs((name) => ({ reference: `oci:${layout}:v1`, output })[name] ?? ''),
          { cwd: work, env, logger: logger(), github: undefined },
        ),
        ArtefactsError,
      );
      const shown = `${output}/${failed}`;
      expect(error.code).toBe('INPUT_INVALID');
      expect(error.message).toBe(
        `Input 'output': got "out"; expected a directory pull can create and write in (${shown.slice(0, 60)}…${shown.slice(-60)}, ${shown.length} bytes, is too long a path for the filesystem).`,
      );
      expect(error.hint).toContain('Use a shorter path');
      expect(readdirSync(work).filter((f) => f === output)).toEqual([]);
    }
  });

  it('names the bad input', () => {
    const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    const cases: [Record<string, string>, string][] = [
      [{ destination: 'oci:x:v1' }, 'path'],
      [{ path: 'dist' }, 'destination'],
      [{ path: 'dist', destination: 'Bad Ref' }, 'destination'],
      [{ path: 'dist', destination: 'oci:x' }, 'tags'],
      [{ path: 'dist', destination: 'oci:x:v1', 'artifact-type': 'nope' }, 'artifact-type'],
      [{ path: 'dist', destination: 'oci:x:v1', annotations: 'novalue' }, 'annotations'],
      [{ path: 'dist', destination: 'oci:x:v1', tags: 'a+b' }, 'tags'],
      [{ path: 'dist', destination: 'oci:x:v1', 'registry-username': 'u' }, 'registry-password'],
    ];
    for (const [values, input] of cases) {
      let caught: unknown;
      try {
        parsePackInputs(raw(values));
      } catch (error) {
        caught = error;
      }
      expect((caught as ArtefactsError).code).toMatch(/^INPUT_/);
      expect((caught as ArtefactsError).message).toContain(`'${input}'`);
    }
    const parsed = parsePackInputs(
      raw({
        path: 'dist',
        destination: 'oci:x:v1',
        annotations: 'manifest:org.opencontainers.image.version=1.2.3\nindex:skip.me=1\nplain=yes',
      }),
    );
    expect(parsed.annotations).toEqual({ 'org.opencontainers.image.version': '1.2.3', plain: 'yes' });
  });

  /**
   * Packs dist/ and chart.tgz of `dir` into the registry repository `name` as :v1, through a store that
   * calls `opened` with each blob's descriptor and body before the registry takes it.
   */
  async function packThrough(
    dir: string,
    name: string,
    opened: (descriptor: { digest: string; size: number }, body: BlobBody) => void,
  ) {
    const repo = repositoryAt(registry.host, name);
    const store: ArtifactStore = {
      location: repo.location,
      resolve: (r) => repo.resolve(r),
      getManifest: (r) => repo.getManifest(r),
      putManifest: (m, o) => repo.putManifest(m, o),
      putTag: (t, m) => repo.putTag(t, m),
      hasBlob: (d) => repo.hasBlob(d),
      getBlob: (d) => repo.getBlob(d),
      putBlob: (d, from) =>
        repo.putBlob(
          d,
          Buffer.isBuffer(from)
            ? from
            : async () => {
                const body = await from();
                opened(d, body);
                return body;
              },
        ),
      mountBlob: (d, from, fallback) => repo.mountBlob(d, from, fallback),
      referrers: (d, t) => repo.referrers(d, t),
      listTags: () => repo.listTags(),
    };
    return packArtefact(store, { paths: ['dist', 'chart.tgz'], tags: ['v1'], cwd: dir, env, logger: logger() });
  }

  it('uploads a directory layer as it was hashed when written, not hashing it again; a file is hashed again', async () => {
    const verified = new Map<string, unknown>();
    const result = await packThrough(dirWithTree(21), 'acme/hashed', (d, body) =>
      verified.set(d.digest, 'verified' in body ? body.verified : undefined),
    );
    const [dist, chart] = result.layers;
    expect(verified.get(dist!.digest)).toEqual({ digest: dist!.digest, size: dist!.size });
    // The user's file may change between its hash and the upload: the upload checks it again.
    expect(verified.get(chart!.digest)).toBeUndefined();
    expect((await repositoryAt(registry.host, 'acme/hashed').resolve('v1'))?.digest).toBe(result.digest);
  });

  it('commits nothing when the scratch layer changes between its write and its upload', async () => {
    const changes: Record<string, (bytes: Buffer) => Buffer> = {
      'altered in place': (bytes) => Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])]),
      truncated: (bytes) => bytes.subarray(0, -1),
      grown: (bytes) => Buffer.concat([bytes, Buffer.from('more')]),
    };
    /** pack's scratch file holding `layer` (in a directory of its own under the system's temporary one). */
    const scratchOf = (layer: { digest: string; size: number }) =>
      readdirSync(tmpdir())
        .filter((d) => d.startsWith('artefacts-pack-'))
        .map((d) => path.join(tmpdir(), d, 'layer-0'))
        .find((f) => existsSync(f) && statSync(f).size === layer.size && sha256(readFileSync(f)) === layer.digest);
    for (const [n, [how, change]] of Object.entries(changes).entries()) {
      const name = `acme/changed-${n}`;
      let layer: { digest: string; size: number } | undefined;
      const error = await rejectionOf(
        packThrough(dirWithTree(22), name, (d) => {
          const file = layer === undefined ? scratchOf(d) : undefined;
          if (file === undefined) return;
          layer = d;
          writeFileSync(file, change(readFileSync(file)));
        }),
        ArtefactsError,
      );
      const repo = repositoryAt(registry.host, name);
      expect([how, layer?.size, await repo.hasBlob(layer!.digest), await repo.resolve('v1')]).toEqual([
        how,
        expect.any(Number),
        undefined,
        undefined,
      ]);
      // Refused by the registry (its digest check) or by pack's size check; before, by a second hash.
      expect([how, ['DIGEST_MISMATCH', 'IO_FAILED'].includes(error.code)]).toEqual([how, true]);
    }
  });

  it('pushes to a real registry: skopeo reads the same bytes, pull gets the files back', async () => {
    const dir = dirWithTree(11);
    const layoutResult = await pack(dir, path.join(tmp, 'reg-compare'));
    const ref = `${registry.host}/acme/files:1.0.0`;
    const outcome = await runPack(
      parsePackInputs(
        (name) =>
          ({
            path: 'dist\nchart.tgz',
            destination: ref,
            annotations: 'manifest:org.opencontainers.image.version=1.0.0',
          })[name] ?? '',
      ),
      { cwd: dir, env: { ...env, DOCKER_CONFIG: path.join(tmp, 'none') }, logger: logger(), github: undefined },
    );
    expect(outcome.outputs.digest).toBe(layoutResult.digest);
    expect(outcome.outputs.reference).toBe(`${registry.host}/acme/files@${layoutResult.digest}`);
    const raw = skopeoRaw(ref);
    expect(sha256(raw)).toBe(layoutResult.digest);
    const client = new RegistryClient({ ignoreDockerConfig: true });
    const repo = client.repository({ registry: registry.host, host: registry.host, repository: 'acme/files' });
    const out = path.join(tmp, 'reg-out');
    const pulled = await pullArtefact(repo, '1.0.0', out, logger());
    expect(pulled.files).toHaveLength(4);
    expect(readFileSync(path.join(out, 'dist/lib/a.txt'), 'utf8')).toBe('A'.repeat(700));
  }, 60_000);
});
