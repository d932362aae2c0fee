import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import {
  ABANDONED_TEMP_MS,
  ArtefactsError,
  LayoutStore,
  MEDIA,
  REF_NAME,
  buildImage,
  buildIndex,
  buildReferrer,
  childDescriptors,
  copyTree,
  linksBeneath,
  openStore,
  readBlob,
  sha256,
  workspace,
  type ImageManifest,
} from '@immutable-artefacts/core';
import { rejectionOf } from '../../../../test/harness/failures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-oci-layout-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const failure = (promise: Promise<unknown>) => rejectionOf(promise, ArtefactsError);

describe('OCI image layout store and builder', () => {
  it('builds an image that skopeo reads back byte-identically from the layout', async () => {
    const dir = path.join(tmp, 'one');
    const store = new LayoutStore(dir);
    const image = await buildImage(
      store,
      { layers: [{ files: { 'etc/motd': 'hello\n' } }, { randomBytes: 10_000 }] },
      { tag: 'v1' },
    );
    expect(JSON.parse(readFileSync(path.join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const raw = execFileSync('skopeo', ['inspect', '--raw', `oci:${dir}:v1`]);
    expect(raw.equals(image.bytes)).toBe(true);
    const config = JSON.parse(execFileSync('skopeo', ['inspect', '--config', '--raw', `oci:${dir}:v1`]).toString()) as {
      rootfs: { diff_ids: string[] };
    };
    const layers = (image.parsed as ImageManifest).layers;
    expect(layers[0]!.mediaType).toBe(MEDIA.ociLayerGzip);
    const tar = gunzipSync(await readBlob(store, layers[0]!));
    expect(config.rootfs.diff_ids[0]).toBe(sha256(tar));
    expect(tar.subarray(0, 8).toString()).toBe('etc/motd');
    expect(tar.includes(Buffer.from('hello\n'))).toBe(true);
    expect(layers[1]!.size).toBeGreaterThan(10_000); // random bytes do not compress
  });

  it('writes each file with its mode (0644 unless given), as tar itself lists them', async () => {
    const store = new LayoutStore(path.join(tmp, 'modes'));
    const files = { 'usr/bin/tool': { content: '#!/bin/sh\n', mode: 0o755 }, 'etc/motd': 'hello\n' };
    const image = await buildImage(store, { layers: [{ files, compression: 'none' }] });
    const tar = await readBlob(store, (image.parsed as ImageManifest).layers[0]!);
    const listing = execFileSync('tar', ['-tvf', '-'], { input: tar, encoding: 'utf8' }).trim().split('\n');
    expect(listing.map((line) => [line.split(/\s+/)[0], line.split(/\s+/).pop()])).toEqual([
      ['-rw-r--r--', 'etc/motd'],
      ['-rwxr-xr-x', 'usr/bin/tool'],
    ]);
  });

  it('resolves tags and digests, retags atomically and lists tags', async () => {
    const store = new LayoutStore(path.join(tmp, 'tags'));
    const a = await buildImage(store, { layers: [{ files: { a: 'a' } }] }, { tag: 'v1' });
    const b = await buildImage(store, { layers: [{ files: { b: 'b' } }] }, { tag: 'v2' });
    expect((await store.resolve('v1'))?.digest).toBe(a.digest);
    expect((await store.resolve(b.digest))?.mediaType).toBe(MEDIA.ociManifest);
    expect(await store.resolve('absent')).toBeUndefined();
    await store.putTag('v1', b);
    expect((await store.resolve('v1'))?.digest).toBe(b.digest);
    expect(await store.listTags()).toEqual(['v1', 'v2']);
    const index = JSON.parse(readFileSync(path.join(tmp, 'tags', 'index.json'), 'utf8')) as {
      manifests: { annotations?: Record<string, string> }[];
    };
    expect(index.manifests.filter((d) => d.annotations?.[REF_NAME] === 'v1').length).toBe(1);
    expect(readdirSync(path.join(tmp, 'tags')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses a blob whose bytes do not match, leaving neither the blob nor a temporary file', async () => {
    const dir = path.join(tmp, 'bad');
    const store = new LayoutStore(dir);
    await store.init();
    const claimed = sha256('other');
    const error = await failure(
      store.putBlob({ digest: claimed, size: 5 }, () => Readable.from([Buffer.from('wrong')])),
    );
    expect(error.code).toBe('DIGEST_MISMATCH');
    expect(await store.hasBlob(claimed)).toBeUndefined();
    expect(readdirSync(path.join(dir, 'blobs', 'sha256'))).toEqual([]);
    const short = await failure(store.putBlob({ digest: sha256('hello'), size: 6 }, Buffer.from('hello')));
    expect(short.code).toBe('DIGEST_MISMATCH');
  });

  it('commits a staged blob by rename, and leaves no temporary file on a refusal, a duplicate or a discard', async () => {
    const dir = path.join(tmp, 'staged');
    const store = new LayoutStore(dir);
    const blobs = () => readdirSync(path.join(dir, 'blobs', 'sha256')).sort();
    const stage = async (bytes: string) => {
      const staged = await store.stageBlob();
      expect(path.dirname(staged.file)).toBe(path.join(dir, 'blobs', 'sha256'));
      expect(path.basename(staged.file)).toMatch(/^\.tmp-/);
      writeFileSync(staged.file, bytes);
      return staged;
    };
    const one = await stage('staged bytes');
    await one.commit({ digest: sha256('staged bytes'), size: 12 });
    expect(blobs()).toEqual([sha256('staged bytes').slice(7)]);
    expect(await readBlob(store, { digest: sha256('staged bytes'), size: 12 })).toEqual(Buffer.from('staged bytes'));
    await one.discard(); // after a commit: nothing to take back, and the blob stays
    expect(blobs()).toEqual([sha256('staged bytes').slice(7)]);

    // The same blob again: the store keeps the one it has and removes the staged file.
    const again = await stage('staged bytes');
    await again.commit({ digest: sha256('staged bytes'), size: 12 });
    expect(blobs()).toEqual([sha256('staged bytes').slice(7)]);

    // A size that is not the staged file's: refused, nothing committed, the staged file removed.
    const wrong = await stage('short');
    const error = await failure(wrong.commit({ digest: sha256('shorter'), size: 7 }));
    expect(error.code).toBe('DIGEST_MISMATCH');
    expect(error.message).toContain('5 bytes');
    expect(blobs()).toEqual([sha256('staged bytes').slice(7)]);

    const dropped = await stage('never committed');
    await dropped.discard();
    expect(blobs()).toEqual([sha256('staged bytes').slice(7)]);

    // writeBlob stages the same way: hashed as written, renamed under its digest.
    expect(await store.writeBlob(Buffer.from('written'))).toEqual({ digest: sha256('written'), size: 7 });
    expect(blobs()).toEqual([sha256('staged bytes').slice(7), sha256('written').slice(7)].sort());
  });

  it('removes the temporary files a killed writer left once they are a day old, before its first write', async () => {
    const dir = path.join(tmp, 'abandoned');
    const blobDir = path.join(dir, 'blobs', 'sha256');
    await new LayoutStore(dir).init();
    const dayOld = (Date.now() - ABANDONED_TEMP_MS - 60_000) / 1000;
    const hourOld = (Date.now() - 3_600_000) / 1000;
    const put = (file: string, seconds: number) => {
      writeFileSync(file, 'left behind');
      utimesSync(file, seconds, seconds);
    };
    // Left by killed writers a day ago: a staged blob, a replaced index.json and oci-layout.
    put(path.join(blobDir, '.tmp-0123456789abcdef'), dayOld);
    put(path.join(dir, 'index.json.tmp-0a1b2c3d4e5f'), dayOld);
    put(path.join(dir, 'oci-layout.tmp-abcdef012345'), dayOld);
    // Kept: a writer that may still be at work, names that are not ours, a directory.
    put(path.join(blobDir, '.tmp-fedcba9876543210'), hourOld);
    put(path.join(blobDir, '.tmp-notes'), dayOld);
    put(path.join(dir, 'README.tmp-1'), dayOld);
    mkdirSync(path.join(dir, '.tmp-abcdef'));
    utimesSync(path.join(dir, '.tmp-abcdef'), dayOld, dayOld);
    const listed = () => [...readdirSync(dir), ...readdirSync(blobDir)].filter((n) => n.includes('.tmp-')).sort();
    const kept = ['.tmp-abcdef', '.tmp-fedcba9876543210', '.tmp-notes', 'README.tmp-1'];

    // Reading sweeps nothing.
    const reader = new LayoutStore(dir);
    await reader.listTags();
    expect(listed()).toHaveLength(kept.length + 3);

    const writer = new LayoutStore(dir);
    const blob = await writer.writeBlob(Buffer.from('after the sweep'));
    expect(listed()).toEqual(kept);
    expect(await readBlob(writer, blob)).toEqual(Buffer.from('after the sweep'));

    // Once per store: a file that ages past the rule during the store's life is left to the next one.
    put(path.join(blobDir, '.tmp-00000000000000aa'), dayOld);
    await writer.writeBlob(Buffer.from('second write'));
    expect(listed()).toContain('.tmp-00000000000000aa');
    await new LayoutStore(dir).writeBlob(Buffer.from('another store'));
    expect(listed()).toEqual(kept);
  });

  it('finds referrers by scanning subjects, and copies a multi-arch index layout to layout', async () => {
    const store = new LayoutStore(path.join(tmp, 'refs'));
    const amd = await buildImage(store, { layers: [{ randomBytes: 1000 }] });
    const arm = await buildImage(store, {
      layers: [{ randomBytes: 1000 }],
      platform: { architecture: 'arm64', os: 'linux' },
    });
    const index = await buildIndex(
      store,
      [
        { manifest: amd, platform: { architecture: 'amd64', os: 'linux' } },
        { manifest: arm, platform: { architecture: 'arm64', os: 'linux' } },
      ],
      { tag: 'latest' },
    );
    const subject = { mediaType: index.mediaType, digest: index.digest, size: index.bytes.length };
    const sbom = await buildReferrer(store, subject, 'application/spdx+json', {
      mediaType: 'application/spdx+json',
      bytes: Buffer.from('{}'),
    });
    await store.putManifest(sbom);
    expect((await store.referrers(index.digest)).map((d) => d.digest)).toEqual([sbom.digest]);
    expect((await store.referrers(index.digest))[0]?.artifactType).toBe('application/spdx+json');
    expect(await store.referrers(index.digest, 'application/other')).toEqual([]);
    expect(await store.referrers(amd.digest)).toEqual([]);

    const copy = openStore(`oci:${path.join(tmp, 'refs-copy')}`);
    const { stats } = await copyTree(store, copy, index.digest, { tag: 'latest' });
    expect(stats.manifests).toBe(3);
    expect(
      execFileSync('skopeo', ['inspect', '--raw', `oci:${path.join(tmp, 'refs-copy')}:latest`]).equals(index.bytes),
    ).toBe(true);
    for (const child of childDescriptors(index).manifests)
      expect((await copy.getManifest(child.digest)).digest).toBe(child.digest);
  });

  it('mounts a blob from another layout by link, verifying it first', async () => {
    const a = new LayoutStore(path.join(tmp, 'mount-a'));
    const b = new LayoutStore(path.join(tmp, 'mount-b'));
    const image = await buildImage(a, { layers: [{ randomBytes: 5000 }] });
    const layer = (image.parsed as ImageManifest).layers[0]!;
    expect(await b.mountBlob(layer, a.dir)).toBe('mounted');
    expect(await b.hasBlob(layer.digest)).toBe(layer.size);
    const missing = { digest: sha256('nowhere'), size: 7 };
    expect(await b.mountBlob(missing, a.dir)).toBe('not-mounted');
    expect(await b.mountBlob(missing, a.dir, Buffer.from('nowhere'))).toBe('uploaded');
  });

  it('detects a corrupted layout blob and reports a missing layout clearly', async () => {
    const store = new LayoutStore(path.join(tmp, 'corrupt'));
    const image = await buildImage(store, { layers: [{ randomBytes: 3000 }] }, { tag: 'v1' });
    const layer = (image.parsed as ImageManifest).layers[0]!;
    const file = path.join(tmp, 'corrupt', 'blobs', 'sha256', layer.digest.slice(7));
    execFileSync('truncate', ['-s', '10', file]);
    expect((await failure(readBlob(store, layer))).code).toBe('DIGEST_MISMATCH');
    const none = new LayoutStore(path.join(tmp, 'does-not-exist'));
    expect((await failure(none.getManifest('v1'))).code).toBe('REGISTRY_NOT_FOUND');
    expect((await failure(none.resolve('v1'))).message).toContain('no such directory');
    expect(existsSync(path.join(tmp, 'does-not-exist'))).toBe(false);
  });
});

describe('a layout that is not there, or is not a layout', () => {
  const ws = path.join(tmp, 'absent', 'work');
  mkdirSync(ws, { recursive: true });
  /** Opened as a reading command opens its `reference`: named, confined. */
  const reader = (dir: string) => new LayoutStore(dir, linksBeneath(workspace(ws), 'reference'));
  /** Opened as pack opens its `destination`: named, and to be created. */
  const writer = (dir: string) => new LayoutStore(dir, { ...linksBeneath(workspace(ws), 'destination'), create: true });
  const digest = sha256('anything');
  /** Every read a command makes of a store, each of which must refuse. */
  /** Every kind of read, each started only when called: a rejection never waits unobserved. */
  const reads = (store: LayoutStore) => [
    () => store.listTags(),
    () => store.referrers(digest),
    () => store.resolve('1'),
    () => store.resolve(digest),
    () => store.getManifest('1'),
    () => store.getManifest(digest),
    () => store.readIndex(),
    () => readBlob(store, { digest, size: 8 }),
  ];
  /** A refusal that names the input and the directory, says what is expected, and is no raw system error. */
  const refusedRead = async (promise: Promise<unknown>, dir: string, code: string, says: string) => {
    const error = await failure(promise);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^Input 'reference': oci:/);
    expect(error.message).toContain(dir.slice(0, 100));
    expect(error.message).toContain(says);
    expect(error.message).toContain('expected an OCI image layout directory');
    expect(error.message).not.toMatch(/E[A-Z]{4,}:|open '/);
    return error;
  };

  it('refuses every read where no directory is, and creates nothing', async () => {
    const dir = path.join(ws, 'nosuch');
    for (const read of reads(reader(dir))) await refusedRead(read(), dir, 'REGISTRY_NOT_FOUND', 'no such directory');
    // Opened with no access at all (a library caller), the same.
    expect((await failure(new LayoutStore(dir).listTags())).code).toBe('REGISTRY_NOT_FOUND');
    expect((await failure(openStore(`oci:${dir}`).referrers(digest))).code).toBe('REGISTRY_NOT_FOUND');
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses every read of a directory that is not a layout: no oci-layout, no index.json, either not a file', async () => {
    const plain = path.join(ws, 'plain');
    mkdirSync(plain);
    writeFileSync(path.join(plain, 'README'), 'not a layout\n');
    for (const read of reads(reader(plain)))
      await refusedRead(read(), plain, 'LAYOUT_INVALID', 'no OCI image layout there (no oci-layout file)');
    const noIndex = path.join(ws, 'no-index');
    mkdirSync(noIndex);
    writeFileSync(path.join(noIndex, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    for (const read of reads(reader(noIndex)))
      await refusedRead(read(), noIndex, 'LAYOUT_INVALID', 'no OCI image layout there (no index.json file)');
    const dirIndex = path.join(ws, 'dir-index');
    mkdirSync(path.join(dirIndex, 'index.json'), { recursive: true });
    writeFileSync(path.join(dirIndex, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    await refusedRead(reader(dirIndex).listTags(), dirIndex, 'LAYOUT_INVALID', 'index.json is not a file');
    expect(readdirSync(plain)).toEqual(['README']);
  });

  it('refuses a regular file, a path through one and a name too long, in words, for reads and writes alike', async () => {
    const file = path.join(ws, 'file.txt');
    writeFileSync(file, 'a file\n');
    for (const read of reads(reader(file)))
      await refusedRead(read(), file, 'LAYOUT_INVALID', 'a file, not a directory');
    const through = path.join(file, 'sub');
    await refusedRead(reader(through).listTags(), through, 'LAYOUT_INVALID', 'a part of the path is a file');
    const long = path.join(ws, 'a'.repeat(300));
    const tooLong = await refusedRead(reader(long).listTags(), long, 'LAYOUT_INVALID', 'the path is too long');
    expect(tooLong.message.length).toBeLessThan(600);
    // A writer is refused the same way, naming its own input, before anything is written.
    const image = await buildImage(new LayoutStore(path.join(tmp, 'source-of-writes')), {
      layers: [{ files: { f: 'x' } }],
    });
    for (const [dir, says] of [
      [file, 'a file, not a directory'],
      [through, 'a part of the path is a file'],
      [long, 'the path is too long'],
    ] as const) {
      // Each started only when awaited: a rejection never waits unobserved for the one before it.
      for (const write of [
        () => writer(dir).putManifest(image, { tag: '1' }),
        () => writer(dir).resolve('1'),
        () => writer(dir).init(),
      ]) {
        const error = await failure(write());
        expect(error.code).toBe('LAYOUT_INVALID');
        expect(error.message).toMatch(/^Input 'destination': oci:/);
        expect(error.message).toContain(says);
        expect(error.message).toContain('expected a directory to write an OCI image layout into');
        expect(error.message).not.toMatch(/E[A-Z]{4,}:|open '/);
      }
    }
    expect(readFileSync(file, 'utf8')).toBe('a file\n');
  });

  it('names the file a directory stands in for (EISDIR) when a writer meets one', async () => {
    const dir = path.join(ws, 'marker-dir');
    mkdirSync(path.join(dir, 'oci-layout'), { recursive: true });
    const error = await failure(writer(dir).init());
    expect(error.code).toBe('LAYOUT_INVALID');
    expect(error.message).toMatch(
      /^Input 'destination': .*reading oci-layout: a directory stands where the layout keeps a file/,
    );
  });

  (process.getuid?.() === 0 ? it.skip : it)('says permission denied in words, naming the input (EACCES)', async () => {
    const dir = path.join(ws, 'locked');
    await buildImage(new LayoutStore(dir), { layers: [{ files: { f: 'x' } }] }, { tag: '1' });
    execFileSync('chmod', ['000', dir]);
    try {
      const error = await failure(reader(dir).listTags());
      expect(error.code).toBe('IO_FAILED');
      expect(error.message).toMatch(/^Input 'reference': oci:.*permission denied/);
    } finally {
      execFileSync('chmod', ['755', dir]);
    }
  });

  it('lets a store opened to create read a layout not there yet as empty, and creates it on the first write', async () => {
    const dir = path.join(ws, 'new-destination');
    const store = writer(dir);
    expect(await store.listTags()).toEqual([]);
    expect(await store.resolve('1')).toBeUndefined();
    expect(await store.referrers(digest)).toEqual([]);
    expect(existsSync(dir)).toBe(false);
    const image = await buildImage(store, { layers: [{ files: { f: 'x' } }] }, { tag: '1' });
    expect(await store.listTags()).toEqual(['1']);
    // Now there, it reads as a layout to any reader; and a plain directory is written into as before.
    expect((await reader(dir).resolve('1'))?.digest).toBe(image.digest);
    const plain = path.join(ws, 'plain-destination');
    mkdirSync(plain);
    await buildImage(writer(plain), { layers: [{ files: { g: 'y' } }] }, { tag: '2' });
    expect(await reader(plain).listTags()).toEqual(['2']);
    // A store not opened to create still creates the layout it writes, then reads what it wrote.
    const written = new LayoutStore(path.join(ws, 'written-by-default'));
    await buildImage(written, { layers: [{ files: { h: 'z' } }] }, { tag: '3' });
    expect(await written.listTags()).toEqual(['3']);
  });
});

describe('symbolic links among the files of a layout', () => {
  /** The workspace the layouts sit in, and what lies outside it (the runner's RUNNER_TEMP, say). */
  const ws = path.join(tmp, 'links', 'work');
  const outside = path.join(tmp, 'links', 'outside');
  mkdirSync(ws, { recursive: true });
  mkdirSync(outside, { recursive: true });
  const SECRET = 'SECRET-OUT: a token the runner keeps\n';
  const secret = path.join(outside, 'secret.txt');
  writeFileSync(secret, SECRET);
  /** The `reference` input's rule: confined, or let out with allow-outside-workspace. */
  const links = (letOut = false) =>
    linksBeneath(workspace(ws, letOut ? new Set(['reference']) : undefined), 'reference');
  let n = 0;
  const fresh = (where: string) => path.join(where, `l${++n}`);
  const refusal = async (promise: Promise<unknown>, file: string) => {
    const error = await failure(promise);
    expect(error.code).toBe('PATH_UNSAFE');
    expect(error.message).toContain("Input 'reference'");
    expect(error.message).toContain(file);
    expect(`${error.message} ${error.hint}`).not.toContain('SECRET');
    return error;
  };
  const drain = async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) void chunk;
  };
  /** A tagged one-layer image in a fresh layout of the workspace: its directory, manifest and layer. */
  const built = async () => {
    const dir = fresh(ws);
    const image = await buildImage(new LayoutStore(dir), { layers: [{ randomBytes: 3000 }] }, { tag: '1' });
    const layer = (image.parsed as ImageManifest).layers[0]!;
    const blob = (digest: string) => path.join(dir, 'blobs', 'sha256', digest.slice(7));
    return { dir, image, layer, blob };
  };
  /** Replaces `file` by a link to a copy of it at `copy` (same bytes: only the link is wrong). */
  const linkToCopy = (file: string, copy: string) => {
    copyFileSync(file, copy);
    rmSync(file);
    symlinkSync(copy, file);
  };

  it('writes nothing through a linked blobs/ or blobs/sha256/, nor reads through one', async () => {
    for (const linked of ['blobs', 'blobs/sha256']) {
      const out = fresh(outside);
      mkdirSync(out);
      const dir = fresh(ws);
      mkdirSync(path.dirname(path.join(dir, linked)), { recursive: true });
      symlinkSync(out, path.join(dir, linked));
      const store = new LayoutStore(dir, links());
      await refusal(buildImage(store, { layers: [{ files: { f: 'x' } }] }, { tag: '1' }), path.join(dir, linked));
      const other = new LayoutStore(dir, links());
      await refusal(other.putBlob({ digest: sha256('x'), size: 1 }, Buffer.from('x')), path.join(dir, linked));
      await refusal(new LayoutStore(dir, links()).hasBlob(sha256('x')), path.join(dir, linked));
      // Opened with no rule at all (a library caller), a layout follows no link either.
      expect((await failure(new LayoutStore(dir).writeBlob(Buffer.from('x')))).code).toBe('PATH_UNSAFE');
      expect(readdirSync(out)).toEqual([]);
    }
    // The blobs a layout already holds are no more readable through a linked directory.
    const { dir, layer } = await built();
    const copy = fresh(outside);
    cpSync(path.join(dir, 'blobs'), copy, { recursive: true });
    rmSync(path.join(dir, 'blobs'), { recursive: true });
    symlinkSync(copy, path.join(dir, 'blobs'));
    await refusal(readBlob(new LayoutStore(dir, links()), layer), path.join(dir, 'blobs'));
    await refusal(new LayoutStore(dir, links()).getManifest('1'), path.join(dir, 'blobs'));
  });

  it('reads no index.json or oci-layout through a link, and never tells what the file holds', async () => {
    const { dir, image } = await built();
    const index = path.join(dir, 'index.json');
    rmSync(index);
    symlinkSync(secret, index);
    const store = new LayoutStore(dir, links());
    await refusal(store.resolve('1'), index);
    await refusal(store.listTags(), index);
    await refusal(store.referrers(image.digest), index);
    await refusal(store.putTag('2', image), index);
    await refusal(openStore(`oci:${dir}`, {}, links()).resolve('1'), index);

    const marked = (await built()).dir;
    const marker = path.join(marked, 'oci-layout');
    rmSync(marker);
    symlinkSync(secret, marker);
    await refusal(buildImage(new LayoutStore(marked, links()), { layers: [{ files: { g: 'y' } }] }), marker);
    expect(readFileSync(secret, 'utf8')).toBe(SECRET);
    expect(readdirSync(outside).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('reads no blob through a link (getBlob, blobChunks, getManifest, hasBlob), even one holding the right bytes', async () => {
    const { dir, image, layer, blob } = await built();
    linkToCopy(blob(layer.digest), fresh(outside));
    linkToCopy(blob(image.digest), fresh(outside));
    const store = new LayoutStore(dir, links());
    await refusal(readBlob(store, layer), blob(layer.digest));
    await refusal(drain(store.blobChunks(layer)), blob(layer.digest));
    await refusal(store.hasBlob(layer.digest), blob(layer.digest));
    await refusal(store.getManifest('1'), blob(image.digest));
    await refusal(store.resolve(image.digest), blob(image.digest));
    // Writing the blob again does not go through the link either: refused, the copy outside untouched.
    await refusal(store.putBlob(layer, Buffer.alloc(layer.size)), blob(layer.digest));
    expect(lstatSync(blob(layer.digest)).isSymbolicLink()).toBe(true);
  });

  it('refuses a link that stays inside the workspace too; the layout directory itself may be one', async () => {
    const { dir, layer, blob } = await built();
    const inside = path.join(ws, `copy-of-${layer.digest.slice(7, 19)}`);
    linkToCopy(blob(layer.digest), inside);
    await refusal(readBlob(new LayoutStore(dir, links()), layer), blob(layer.digest));
    // A linked layout directory was checked where it leads (paths.ts's inWorkspace): its files are its own.
    const real = await built();
    const alias = fresh(ws);
    symlinkSync(real.dir, alias);
    const store = new LayoutStore(alias, links());
    expect((await readBlob(store, real.layer)).length).toBe(real.layer.size);
    expect((await store.resolve('1'))?.digest).toBe(real.image.digest);
  });

  it('follows the links of a layout the user let out of the workspace, as before', async () => {
    const { dir, image, layer, blob } = await built();
    linkToCopy(blob(layer.digest), fresh(outside));
    linkToCopy(path.join(dir, 'index.json'), fresh(outside));
    const store = new LayoutStore(dir, links(true));
    expect(sha256(await readBlob(store, layer))).toBe(layer.digest);
    await drain(store.blobChunks(layer));
    expect((await store.resolve('1'))?.digest).toBe(image.digest);
    const out = fresh(outside);
    mkdirSync(out);
    const into = fresh(ws);
    mkdirSync(into);
    symlinkSync(out, path.join(into, 'blobs'));
    await buildImage(new LayoutStore(into, links(true)), { layers: [{ files: { f: 'x' } }] }, { tag: '1' });
    expect(readdirSync(path.join(out, 'sha256')).length).toBeGreaterThan(0);
  });

  it('mounts no link: a source blob behind one is copied through the source store, as a file of its own', async () => {
    const { dir, layer, blob } = await built();
    linkToCopy(blob(layer.digest), fresh(outside));
    const source = new LayoutStore(dir, links(true));
    const target = new LayoutStore(fresh(ws), links());
    expect(await target.mountBlob(layer, dir, () => source.getBlob(layer))).toBe('uploaded');
    const mounted = path.join(target.dir, 'blobs', 'sha256', layer.digest.slice(7));
    expect(lstatSync(mounted).isFile()).toBe(true);
    expect(sha256(readFileSync(mounted))).toBe(layer.digest);
    // Without a way to copy it, the blob is simply not mounted.
    const bare = new LayoutStore(fresh(ws), links());
    expect(await bare.mountBlob(layer, dir)).toBe('not-mounted');
  });
});
