/**
 * An OCI image layout directory as an ArtifactStore: `oci-layout`, `index.json` (tags as
 * `org.opencontainers.image.ref.name` annotations) and `blobs/sha256/<hex>`. Blobs are written to
 * a temporary file, verified, then renamed; index.json is replaced atomically. Nothing is ever
 * half-written; the temporary files of a killed writer are removed by a later one (ABANDONED_TEMP_MS).
 * Referrers are manifests with a `subject` listed in index.json (found by scanning), plus any
 * `sha256-<hex>` fallback-tag index another tool left there. The directory's own checks (what is
 * there, links beneath it, errors in words) are layout-directory.ts's.
 *
 * No symbolic link among the layout's own files is followed (see LayoutAccess), unless the store is
 * opened to follow them: the directory's workspace check cannot see where a link beneath it leads.
 *
 * Only a store opened to create its layout (a destination: pack, promote) reads one that is not there
 * yet as empty; any other refuses to read where no layout is (no directory, no oci-layout or no
 * index.json), so a mistyped directory is never taken for an empty repository. Every store writes
 * its layout into being on its first write.
 */
import { randomBytes } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, Writable, pipeline, type Transform } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { ArtefactsError, describeError } from '../errors.js';
import { FILE_CHUNK, borrowedBuffers, readFileAhead, readFileBorrowed, writeFully } from '../files.js';
import {
  Hasher,
  MEDIA,
  VerifyingStream,
  descriptorOf,
  verifiedChunks,
  isIndexMediaType,
  parseManifest,
  sha256,
  type Descriptor,
  type ImageIndex,
  type Manifest,
} from './media.js';
import { LayoutDirectory, sweepAbandoned, type LayoutAccess } from './layout-directory.js';
import { checkDigest, isDigest, isTag, referrersTag } from './references.js';
import {
  verifiedLent,
  type ArtifactStore,
  type BlobSource,
  type MountScope,
  type PutManifestResult,
  type StagedBlob,
} from './store.js';

export const REF_NAME = 'org.opencontainers.image.ref.name';

export { ABANDONED_TEMP_MS, type LayoutAccess } from './layout-directory.js';

export class LayoutStore implements ArtifactStore {
  readonly location: string;
  readonly mountScope: MountScope;
  private indexLock: Promise<unknown> = Promise.resolve();
  private swept: Promise<void> | undefined;
  /** The directory's own checks: what it is, links beneath it, its errors in words. */
  private readonly checks: LayoutDirectory;

  constructor(
    readonly dir: string,
    access: LayoutAccess = {},
  ) {
    this.location = `oci:${dir}`;
    this.mountScope = { kind: 'layout', dir };
    this.checks = new LayoutDirectory(dir, this.location, access);
  }

  /** A blob's file, once the directories above it are known to lead nowhere else. */
  private async blobFile(digest: string): Promise<string> {
    checkDigest(digest);
    await this.checks.blobDirs();
    return path.join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  /** Creates the layout skeleton when absent (idempotent). */
  async init(): Promise<void> {
    // Checked before the mkdir: a recursive mkdir through a linked blobs/ would create directories wherever it leads.
    await this.checks.blobDirs();
    await mkdir(path.join(this.dir, 'blobs', 'sha256'), { recursive: true }).catch((error: unknown) => {
      throw this.checks.wrap(error, 'creating blobs/sha256');
    });
    const marker = path.join(this.dir, 'oci-layout');
    try {
      const text = await readFile(marker, { encoding: 'utf8', flag: this.checks.readFlags });
      const parsed = JSON.parse(text) as { imageLayoutVersion?: string };
      if (parsed.imageLayoutVersion !== '1.0.0') {
        throw new ArtefactsError(
          'LAYOUT_INVALID',
          this.checks.named(`oci-layout has version ${JSON.stringify(parsed.imageLayoutVersion)}, expected 1.0.0.`),
        );
      }
    } catch (error) {
      this.checks.refuseLinkOpened(error, marker);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw this.checks.wrap(error, 'reading oci-layout');
      await this.atomicWrite(marker, Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
    }
    if ((await this.checks.noLink(path.join(this.dir, 'index.json'))) === undefined) {
      await this.atomicWrite(
        path.join(this.dir, 'index.json'),
        Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: [] })),
      );
    }
    this.swept ??= sweepAbandoned(this.dir);
    await this.swept;
    this.checks.initialised = true;
  }

  /**
   * Writes `file` whole or not at all: `write` fills a temporary file beside it (named `tmp`), which
   * is then renamed over it; on any failure the temporary file is removed.
   */
  private async replaceFile(
    file: string,
    tmp: string,
    write: (tmp: string) => Promise<void>,
    doing = `writing ${path.basename(file)}`,
  ): Promise<void> {
    try {
      await write(tmp);
      await rename(tmp, file);
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw this.checks.wrap(error, doing);
    }
  }

  /** `wx`: the temporary file is always a new one, never a file or link already at its name. */
  private atomicWrite(file: string, bytes: Buffer): Promise<void> {
    return this.replaceFile(file, `${file}.tmp-${randomBytes(6).toString('hex')}`, (tmp) =>
      writeFile(tmp, bytes, { flag: 'wx' }),
    );
  }

  /**
   * The index, or undefined where the directory is not (yet) a layout: nothing tagged, nothing
   * referring. Only for a store opened to create its layout: any other refuses first (readable).
   */
  private async indexIfAny(): Promise<ImageIndex | undefined> {
    await this.checks.readable();
    try {
      return await this.readIndex();
    } catch (error) {
      if (error instanceof ArtefactsError && error.code === 'REGISTRY_NOT_FOUND') return undefined;
      throw error;
    }
  }

  async readIndex(): Promise<ImageIndex> {
    await this.checks.readable();
    let text: string;
    const file = path.join(this.dir, 'index.json');
    try {
      text = await readFile(file, { encoding: 'utf8', flag: this.checks.readFlags });
    } catch (error) {
      this.checks.refuseLinkOpened(error, file);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ArtefactsError('REGISTRY_NOT_FOUND', `${this.location}: no index.json; not an OCI image layout.`, {
          hint: 'Point at a directory holding oci-layout, index.json and blobs/.',
        });
      }
      throw this.checks.wrap(error, 'reading index.json');
    }
    try {
      const parsed = JSON.parse(text) as ImageIndex;
      if (!Array.isArray(parsed.manifests)) throw new Error('no manifests array');
      return parsed;
    } catch (error) {
      throw new ArtefactsError(
        'LAYOUT_INVALID',
        this.checks.named(`index.json is not a valid index: ${describeError(error)}`),
      );
    }
  }

  /** Serialised read-modify-write of index.json, replaced atomically. */
  private async updateIndex(change: (manifests: Descriptor[]) => Descriptor[] | undefined): Promise<void> {
    const run = this.indexLock
      .catch(() => undefined)
      .then(async () => {
        await this.init();
        const index = await this.readIndex();
        const next = change([...index.manifests]);
        if (next === undefined) return;
        const out: ImageIndex = { ...index, schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: next };
        await this.atomicWrite(path.join(this.dir, 'index.json'), Buffer.from(JSON.stringify(out, null, 2)));
      });
    this.indexLock = run;
    await run;
  }

  async resolve(reference: string): Promise<Descriptor | undefined> {
    if (isDigest(reference)) {
      await this.checks.readable();
      if ((await this.hasBlob(reference)) === undefined) return undefined;
      const manifest = await this.getManifest(reference);
      return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    }
    if (!isTag(reference)) {
      throw new ArtefactsError(
        'REFERENCE_INVALID',
        `${JSON.stringify(reference.slice(0, 200))} is neither a tag nor a sha256 digest.`,
      );
    }
    const index = await this.indexIfAny();
    if (index === undefined) return undefined;
    const entry = [...index.manifests].reverse().find((d) => d.annotations?.[REF_NAME] === reference);
    if (entry === undefined) return undefined;
    return { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
  }

  async getManifest(reference: string): Promise<Manifest> {
    const what = `reading manifest ${this.location}${isDigest(reference) ? '@' : ':'}${reference}`;
    await this.checks.readable();
    const digest = isDigest(reference) ? reference : (await this.resolve(reference))?.digest;
    if (digest === undefined) throw new ArtefactsError('REGISTRY_NOT_FOUND', `${what}: no such tag.`);
    let bytes: Buffer;
    const file = await this.blobFile(digest);
    try {
      bytes = await readFile(file, { flag: this.checks.readFlags });
    } catch (error) {
      this.checks.refuseLinkOpened(error, file);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ArtefactsError('REGISTRY_NOT_FOUND', `${what}: blob missing.`);
      throw this.checks.wrap(error, what);
    }
    if (sha256(bytes) !== digest) {
      throw new ArtefactsError(
        'DIGEST_MISMATCH',
        `${what}: the stored bytes hash to ${sha256(bytes)}; the layout is corrupt.`,
      );
    }
    return parseManifest(bytes, what);
  }

  async putManifest(manifest: Manifest, options: { tag?: string } = {}): Promise<PutManifestResult> {
    if (options.tag !== undefined && !isTag(options.tag)) {
      throw new ArtefactsError(
        'REFERENCE_INVALID',
        `Tag ${JSON.stringify(options.tag.slice(0, 200))} is not a valid tag.`,
      );
    }
    if (sha256(manifest.bytes) !== manifest.digest) {
      throw new ArtefactsError(
        'DIGEST_MISMATCH',
        `${this.location}: manifest bytes do not hash to ${manifest.digest}.`,
      );
    }
    await this.init();
    await this.putBlob({ digest: manifest.digest, size: manifest.bytes.length }, manifest.bytes);
    const subject = manifest.parsed.subject;
    const entry = descriptorOf(manifest);
    await this.updateIndex((manifests) => {
      let changed = false;
      let out = manifests;
      if (options.tag !== undefined) {
        const tagged = { ...entry, annotations: { ...entry.annotations, [REF_NAME]: options.tag } };
        const same = out.find((d) => d.annotations?.[REF_NAME] === options.tag);
        if (same === undefined || same.digest !== manifest.digest) {
          out = [...out.filter((d) => d.annotations?.[REF_NAME] !== options.tag), tagged];
          changed = true;
        }
      }
      if (subject !== undefined && !out.some((d) => d.digest === manifest.digest)) {
        out = [...out, entry];
        changed = true;
      }
      return changed ? out : undefined;
    });
    return { digest: manifest.digest, referrerIndexed: subject !== undefined };
  }

  async putTag(tag: string, manifest: Manifest): Promise<void> {
    await this.putManifest(manifest, { tag });
  }

  /** lstat where stat was: a linked blob is refused here, before any read or write of it, at no extra cost. */
  async hasBlob(digest: string): Promise<number | undefined> {
    return (await this.checks.noLink(await this.blobFile(digest)))?.size;
  }

  /** The size of a blob that must be there: REGISTRY_NOT_FOUND when it is not. */
  private async presentBlob(digest: string): Promise<number> {
    await this.checks.readable();
    const size = await this.hasBlob(digest);
    if (size === undefined) {
      throw new ArtefactsError('REGISTRY_NOT_FOUND', `${this.location}: blob ${digest} is missing.`);
    }
    return size;
  }

  async getBlob(descriptor: { digest: string; size?: number }): Promise<Readable> {
    await this.presentBlob(descriptor.digest);
    const verifier = new VerifyingStream(
      descriptor.digest,
      descriptor.size,
      `reading blob ${descriptor.digest} from ${this.location}`,
    );
    pipeline(
      readFileAhead(await this.blobFile(descriptor.digest), FILE_CHUNK, this.checks.readFlags),
      verifier,
      () => undefined,
    );
    return verifier;
  }

  async *blobChunks(descriptor: { digest: string; size?: number }): AsyncGenerator<Buffer> {
    const size = await this.presentBlob(descriptor.digest);
    yield* verifiedChunks(
      readFileBorrowed(await this.blobFile(descriptor.digest), FILE_CHUNK, borrowedBuffers(), this.checks.readFlags),
      { digest: descriptor.digest, size: descriptor.size ?? size },
      `reading blob ${descriptor.digest} from ${this.location}`,
    );
  }

  async putBlob(descriptor: { digest: string; size: number }, source: BlobSource): Promise<void> {
    const target = await this.blobFile(descriptor.digest);
    if ((await this.hasBlob(descriptor.digest)) === descriptor.size) return;
    await this.init();
    const raw = Buffer.isBuffer(source) ? Readable.from([source]) : await source();
    if (!(raw instanceof Readable)) {
      await this.commitChunks(
        verifiedLent(raw, descriptor, `writing blob ${descriptor.digest} to ${this.location}`),
        target,
      );
      return;
    }
    if (raw instanceof VerifyingStream && raw.verifies(descriptor)) {
      // Already verified while streaming (a store's getBlob): hashing it again would only cost time.
      await this.commitStream(raw, new PassThrough({ highWaterMark: 1 << 20 }), target);
      return;
    }
    const verifier = new VerifyingStream(
      descriptor.digest,
      descriptor.size,
      `writing blob ${descriptor.digest} to ${this.location}`,
    );
    await this.commitStream(raw, verifier, target);
  }

  /**
   * A temporary file in blobs/sha256 for a blob of not-yet-known digest; `commit` renames it under its
   * digest (one device, no copy). Its name starts with `.tmp-`, as every temporary blob file's does, so
   * it is never taken for a blob.
   */
  async stageBlob(): Promise<StagedBlob> {
    await this.init();
    const file = this.blobTemp();
    return {
      file,
      commit: async (descriptor) => {
        try {
          const target = await this.blobFile(descriptor.digest);
          const size = (await lstat(file)).size;
          if (size !== descriptor.size) {
            throw new ArtefactsError(
              'DIGEST_MISMATCH',
              `${this.location}: the staged blob holds ${size} bytes where ${descriptor.digest} declares ${descriptor.size}; refused.`,
            );
          }
          if ((await this.hasBlob(descriptor.digest)) === descriptor.size) await unlink(file);
          else await rename(file, target);
        } catch (error) {
          await unlink(file).catch(() => undefined);
          throw this.checks.wrap(error, `writing blob ${descriptor.digest}`);
        }
      },
      discard: () => unlink(file).catch(() => undefined),
    };
  }

  /** Writes a stream of unknown digest as a blob, hashed as it is written; answers its digest and size. */
  async writeBlob(source: Readable | Buffer): Promise<{ digest: string; size: number }> {
    const staged = await this.stageBlob();
    const hasher = new Hasher();
    try {
      await pipelineAsync(
        Buffer.isBuffer(source) ? Readable.from([source]) : source,
        hasher,
        createWriteStream(staged.file, { flags: 'wx' }),
      );
    } catch (error) {
      await staged.discard();
      throw this.checks.wrap(error, 'writing a blob');
    }
    const blob = hasher.result();
    await staged.commit(blob);
    return blob;
  }

  /** A blob's temporary file, in the blobs' own directory (so the rename that commits it stays on one device). */
  private blobTemp(): string {
    return path.join(this.dir, 'blobs', 'sha256', `.tmp-${randomBytes(8).toString('hex')}`);
  }

  /** Commits lent chunks as a blob, each written before the next is asked for. */
  private commitChunks(chunks: AsyncIterable<Buffer>, target: string): Promise<void> {
    return this.replaceFile(
      target,
      this.blobTemp(),
      async (tmp) => {
        const handle = await open(tmp, 'wx');
        try {
          for await (const chunk of chunks) {
            await writeFully(handle, chunk);
          }
        } finally {
          await handle.close();
        }
      },
      `writing blob ${path.basename(target)}`,
    );
  }

  private commitStream(raw: Readable, verifier: Transform, target: string): Promise<void> {
    return this.replaceFile(
      target,
      this.blobTemp(),
      (tmp) => pipelineAsync(raw, verifier, createWriteStream(tmp, { flags: 'wx' })),
      `writing blob ${path.basename(target)}`,
    );
  }

  async mountBlob(
    descriptor: { digest: string; size: number },
    fromRepository: string,
    fallback?: BlobSource,
  ): Promise<'mounted' | 'uploaded' | 'not-mounted'> {
    if ((await this.hasBlob(descriptor.digest)) === descriptor.size) return 'mounted';
    // The source is opened refusing links, whatever its own store does: link(2) would link a link
    // itself, and a blob behind one is copied through the source store instead (its own rule applies).
    const other = new LayoutStore(fromRepository);
    const there = await other.hasBlob(descriptor.digest).catch((error: unknown) => {
      if (error instanceof ArtefactsError && error.code === 'PATH_UNSAFE') return undefined;
      throw error;
    });
    if (there === descriptor.size) {
      await this.init();
      const target = await this.blobFile(descriptor.digest);
      const source = await other.blobFile(descriptor.digest);
      const tmp = this.blobTemp();
      try {
        // A hard link moves no bytes; verify the source before trusting it.
        await pipelineAsync(await other.getBlob(descriptor), new Writable({ write: (_chunk, _encoding, cb) => cb() }));
        await link(source, tmp).catch(() => copyFile(source, tmp, constants.COPYFILE_EXCL));
        await rename(tmp, target);
        return 'mounted';
      } catch (error) {
        await unlink(tmp).catch(() => undefined);
        throw this.checks.wrap(error, `mounting blob ${descriptor.digest} from ${fromRepository}`);
      }
    }
    if (fallback === undefined) return 'not-mounted';
    await this.putBlob(descriptor, fallback);
    return 'uploaded';
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    checkDigest(digest);
    const index = await this.indexIfAny();
    if (index === undefined) return [];
    const found: Descriptor[] = [];
    const seen = new Set<string>();
    const add = (d: Descriptor) => {
      if (seen.has(d.digest)) return;
      seen.add(d.digest);
      if (artifactType === undefined || d.artifactType === artifactType) found.push(d);
    };
    for (const entry of index.manifests) {
      if (entry.digest === digest || (await this.hasBlob(entry.digest)) === undefined || entry.size > 4 * 1024 * 1024)
        continue;
      const manifest = await this.getManifest(entry.digest);
      if (manifest.parsed.subject?.digest === digest) add(descriptorOf(manifest));
    }
    const fallback = index.manifests.find((d) => d.annotations?.[REF_NAME] === referrersTag(digest));
    if (fallback !== undefined && isIndexMediaType(fallback.mediaType)) {
      const manifest = await this.getManifest(fallback.digest);
      for (const d of (manifest.parsed as ImageIndex).manifests) add(d);
    }
    return found;
  }

  async listTags(): Promise<string[]> {
    const index = await this.indexIfAny();
    if (index === undefined) return [];
    const tags = index.manifests.map((d) => d.annotations?.[REF_NAME]).filter((t): t is string => t !== undefined);
    return [...new Set(tags)].sort();
  }
}
