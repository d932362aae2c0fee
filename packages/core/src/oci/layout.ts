/**
 * An OCI image layout directory as an ArtifactStore: `oci-layout`, `index.json` (tags as
 * `org.opencontainers.image.ref.name` annotations) and `blobs/sha256/<hex>`. Blobs are written to
 * a temporary file, verified, then renamed; index.json is replaced atomically. Nothing is ever
 * half-written; the temporary files of a killed writer are removed by a later one (ABANDONED_TEMP_MS). Referrers are manifests with a `subject` listed in index.json (found by scanning),
 * plus any `sha256-<hex>` fallback-tag index another tool left there.
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
import { constants, createWriteStream, type Stats } from 'node:fs';
import {
  copyFile,
  link,
  lstat,
  mkdir,
  open,
  readFile,
  readdir,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
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

/**
 * A temporary file (a blob being staged, an index.json being replaced) untouched for this long was left
 * by a writer that stopped without cleaning up (killed, or its machine lost): the next writer removes
 * it. A live writer touches its file with every chunk, so a day leaves every real write alone.
 */
export const ABANDONED_TEMP_MS = 24 * 60 * 60 * 1000;
/** The names of the layout's temporary files: `.tmp-<hex>` in blobs/sha256, `<file>.tmp-<hex>` beside index.json. */
const TEMP_NAME = /(^|\.json|oci-layout)\.tmp-[0-9a-f]+$/;

/**
 * How a layout is opened for the input that names it: whether it may be created, the input's name
 * (every error about the directory's shape names it), and how a symbolic link among its own files is
 * treated (oci-layout, index.json, blobs/, blobs/sha256/ and each blob).
 *
 * Links: the layout's directory is checked as a path input (paths.ts, by the caller), but the files
 * beneath it are opened by name afterwards, so a link there (committed to the repository:
 * `blobs -> /home/runner/work/_temp`) would carry reads and writes wherever it leads. Unless `follow`
 * is set, every such link is refused, wherever it leads, also inside the workspace: the files are
 * opened without following one (O_NOFOLLOW: no syscall added) and the two directories are lstat-ed
 * once per store, where deciding where each link leads would cost a realpath per blob and race the
 * open. No tool writes a layout with links (skopeo, oras, crane, buildx, this suite); one that holds
 * one can be copied with `cp -rL`. paths.ts's linksBeneath gives an input's.
 */
export interface LayoutAccess {
  /** Follow links as any path is followed: only for a layout the user let out of the workspace. */
  readonly follow?: boolean;
  /** The error for a link met at `file` (the caller names its input); never says what the file holds. */
  readonly refuse?: (file: string) => ArtefactsError;
  /** The input that names the directory: an error about what is there (or is not) starts `Input '<input>': `. */
  readonly input?: string;
  /**
   * Opened to write a layout that may not exist yet (a destination): where none is, reads answer
   * "nothing there" until the first write creates it. Otherwise a read refuses a directory that is
   * not a layout, or is not there.
   */
  readonly create?: boolean;
}

/** What a layout directory is, as every refusal of one says it. */
const EXPECTED_LAYOUT =
  'expected an OCI image layout directory (oci-layout, index.json, blobs/), as pack, promote, skopeo or crane write one';

/**
 * What an error of the file system says about the path it met, in words (the raw message names a
 * syscall and a path, not what is wrong with the input): the code each gets, and the words.
 */
const PATH_ERRORS: Readonly<Record<string, { code: 'LAYOUT_INVALID' | 'IO_FAILED'; says: string }>> = {
  ENOTDIR: { code: 'LAYOUT_INVALID', says: 'a part of the path is a file, not a directory' },
  EISDIR: { code: 'LAYOUT_INVALID', says: 'a directory stands where the layout keeps a file' },
  ENAMETOOLONG: { code: 'LAYOUT_INVALID', says: 'the path is too long for the file system' },
  ELOOP: { code: 'LAYOUT_INVALID', says: 'too many levels of symbolic links' },
  EACCES: { code: 'IO_FAILED', says: 'permission denied' },
  EPERM: { code: 'IO_FAILED', says: 'operation not permitted' },
};

/** Flags that open a file for reading without following a symbolic link at its last component. */
const READ_NO_LINK = constants.O_RDONLY | constants.O_NOFOLLOW;

export class LayoutStore implements ArtifactStore {
  readonly location: string;
  readonly mountScope: MountScope;
  private indexLock: Promise<unknown> = Promise.resolve();
  private swept: Promise<void> | undefined;
  private dirsChecked: Promise<void> | undefined;
  private shapeChecked: Promise<boolean> | undefined;
  private layoutChecked: Promise<void> | undefined;
  /** Set once this store's init has made the directory a layout: it is one from then on. */
  private initialised = false;
  private readonly follow: boolean;
  private readonly readFlags: string | number;

  constructor(
    readonly dir: string,
    private readonly access: LayoutAccess = {},
  ) {
    this.location = `oci:${dir}`;
    this.mountScope = { kind: 'layout', dir };
    this.follow = access.follow === true;
    this.readFlags = this.follow ? 'r' : READ_NO_LINK;
  }

  /**
   * A message about the directory: the input that named it (when the opener said), the directory
   * (a very long one cut short), then `text`.
   */
  private named(text: string): string {
    const shown = this.location.length > 200 ? `${this.location.slice(0, 200)}…` : this.location;
    return `${this.access.input === undefined ? '' : `Input '${this.access.input}': `}${shown}: ${text}`;
  }

  /** What the directory must be, as a refusal says it: a layout, or for a destination where one is to be. */
  private expected(): string {
    return this.access.create === true
      ? 'expected a directory to write an OCI image layout into (or no such path yet: it is created)'
      : EXPECTED_LAYOUT;
  }

  /**
   * The directory itself, checked once before the store's first read or write: a directory, or
   * nothing yet (answers whether it is there); never a file (whose `index.json` would be a raw
   * ENOTDIR) nor a path the file system cannot hold. The directory may be a link (paths.ts checked
   * where it leads): only the files beneath it are the layout's own.
   */
  private shape(): Promise<boolean> {
    this.shapeChecked ??= (async () => {
      let info: Stats;
      try {
        info = await stat(this.dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw this.wrap(error, 'opening the directory');
      }
      if (!info.isDirectory()) {
        throw new ArtefactsError('LAYOUT_INVALID', this.named(`a file, not a directory; ${this.expected()}.`));
      }
      return true;
    })();
    return this.shapeChecked;
  }

  /**
   * Before a read: the directory is a layout (oci-layout and index.json there), unless the store was
   * opened to create it or has written it. A missing directory is REGISTRY_NOT_FOUND, as a missing
   * repository is; a directory that is not a layout LAYOUT_INVALID: neither reads as an empty one.
   */
  private async readable(): Promise<void> {
    const there = await this.shape();
    if (this.access.create === true || this.initialised) return;
    this.layoutChecked ??= (async () => {
      if (!there) {
        throw new ArtefactsError('REGISTRY_NOT_FOUND', this.named(`no such directory; ${EXPECTED_LAYOUT}.`), {
          hint: 'Check the path for a typo. Only a command that writes a layout (pack, promote) creates one.',
        });
      }
      for (const name of ['oci-layout', 'index.json']) {
        const info = await this.noLink(path.join(this.dir, name));
        if (info === undefined || !info.isFile()) {
          throw new ArtefactsError(
            'LAYOUT_INVALID',
            this.named(
              `no OCI image layout there (${info === undefined ? `no ${name} file` : `${name} is not a file`}); ${EXPECTED_LAYOUT}.`,
            ),
          );
        }
      }
    })();
    await this.layoutChecked;
  }

  private refused(file: string): ArtefactsError {
    return (
      this.access.refuse?.(file) ??
      new ArtefactsError(
        'PATH_UNSAFE',
        `${this.location}: ${file} is a symbolic link; no file of a layout may be one (it could lead outside the workspace).`,
      )
    );
  }

  /** Throws the refusal where an open that follows no link met one (ELOOP under O_NOFOLLOW). */
  private refuseLinkOpened(error: unknown, file: string): void {
    if (!this.follow && (error as NodeJS.ErrnoException).code === 'ELOOP') throw this.refused(file);
  }

  /** Refuses `file` when it is a symbolic link (unless links are followed); answers its lstat, undefined when absent. */
  private async noLink(file: string): Promise<Stats | undefined> {
    let info: Stats;
    try {
      info = await (this.follow ? stat : lstat)(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw this.wrap(error, `checking ${path.relative(this.dir, file)}`);
    }
    if (info.isSymbolicLink()) throw this.refused(file);
    return info;
  }

  /** blobs/ and blobs/sha256/ are no links (or absent), checked once per store before any blob is touched. */
  private blobDirs(): Promise<void> {
    this.dirsChecked ??= (async () => {
      await this.shape();
      if (this.follow) return;
      await this.noLink(path.join(this.dir, 'blobs'));
      await this.noLink(path.join(this.dir, 'blobs', 'sha256'));
    })();
    return this.dirsChecked;
  }

  /** A blob's file, once the directories above it are known to lead nowhere else. */
  private async blobFile(digest: string): Promise<string> {
    checkDigest(digest);
    await this.blobDirs();
    return path.join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  /** Creates the layout skeleton when absent (idempotent). */
  async init(): Promise<void> {
    // Checked before the mkdir: a recursive mkdir through a linked blobs/ would create directories wherever it leads.
    await this.blobDirs();
    await mkdir(path.join(this.dir, 'blobs', 'sha256'), { recursive: true }).catch((error: unknown) => {
      throw this.wrap(error, 'creating blobs/sha256');
    });
    const marker = path.join(this.dir, 'oci-layout');
    try {
      const text = await readFile(marker, { encoding: 'utf8', flag: this.readFlags });
      const parsed = JSON.parse(text) as { imageLayoutVersion?: string };
      if (parsed.imageLayoutVersion !== '1.0.0') {
        throw new ArtefactsError(
          'LAYOUT_INVALID',
          this.named(`oci-layout has version ${JSON.stringify(parsed.imageLayoutVersion)}, expected 1.0.0.`),
        );
      }
    } catch (error) {
      this.refuseLinkOpened(error, marker);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw this.wrap(error, 'reading oci-layout');
      await this.atomicWrite(marker, Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
    }
    if ((await this.noLink(path.join(this.dir, 'index.json'))) === undefined) {
      await this.atomicWrite(
        path.join(this.dir, 'index.json'),
        Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: [] })),
      );
    }
    this.swept ??= this.sweepAbandoned();
    await this.swept;
    this.initialised = true;
  }

  /**
   * Removes the temporary files writers left behind (see ABANDONED_TEMP_MS), once per store, before its
   * first write. Never fails a write: a file another writer removed first, or one that cannot be
   * removed, is left to it.
   */
  private async sweepAbandoned(): Promise<void> {
    const before = Date.now() - ABANDONED_TEMP_MS;
    for (const dir of [this.dir, path.join(this.dir, 'blobs', 'sha256')]) {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names) {
        if (!TEMP_NAME.test(name)) continue;
        const file = path.join(dir, name);
        // lstat: only a file of its own is a temporary file; a link's age would be its target's.
        const info = await lstat(file).catch(() => undefined);
        if (info?.isFile() === true && info.mtimeMs < before) await unlink(file).catch(() => undefined);
      }
    }
  }

  /**
   * An error of the file system while `doing` something, as an ArtefactsError: one that says what is
   * wrong with the path (a file where a directory must be, a name too long, no permission) names the
   * input and says so in words; any other keeps its own message.
   */
  private wrap(error: unknown, doing: string): ArtefactsError {
    if (error instanceof ArtefactsError) return error;
    const known = PATH_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
    if (known !== undefined) {
      return new ArtefactsError(known.code, this.named(`${doing}: ${known.says}; ${this.expected()}.`), {
        cause: error,
      });
    }
    return new ArtefactsError('IO_FAILED', `${this.location}: ${doing}: ${describeError(error)}`, { cause: error });
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
      throw this.wrap(error, doing);
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
    await this.readable();
    try {
      return await this.readIndex();
    } catch (error) {
      if (error instanceof ArtefactsError && error.code === 'REGISTRY_NOT_FOUND') return undefined;
      throw error;
    }
  }

  async readIndex(): Promise<ImageIndex> {
    await this.readable();
    let text: string;
    const file = path.join(this.dir, 'index.json');
    try {
      text = await readFile(file, { encoding: 'utf8', flag: this.readFlags });
    } catch (error) {
      this.refuseLinkOpened(error, file);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ArtefactsError('REGISTRY_NOT_FOUND', `${this.location}: no index.json; not an OCI image layout.`, {
          hint: 'Point at a directory holding oci-layout, index.json and blobs/.',
        });
      }
      throw this.wrap(error, 'reading index.json');
    }
    try {
      const parsed = JSON.parse(text) as ImageIndex;
      if (!Array.isArray(parsed.manifests)) throw new Error('no manifests array');
      return parsed;
    } catch (error) {
      throw new ArtefactsError(
        'LAYOUT_INVALID',
        this.named(`index.json is not a valid index: ${describeError(error)}`),
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
      await this.readable();
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
    await this.readable();
    const digest = isDigest(reference) ? reference : (await this.resolve(reference))?.digest;
    if (digest === undefined) throw new ArtefactsError('REGISTRY_NOT_FOUND', `${what}: no such tag.`);
    let bytes: Buffer;
    const file = await this.blobFile(digest);
    try {
      bytes = await readFile(file, { flag: this.readFlags });
    } catch (error) {
      this.refuseLinkOpened(error, file);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ArtefactsError('REGISTRY_NOT_FOUND', `${what}: blob missing.`);
      throw this.wrap(error, what);
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
    return (await this.noLink(await this.blobFile(digest)))?.size;
  }

  /** The size of a blob that must be there: REGISTRY_NOT_FOUND when it is not. */
  private async presentBlob(digest: string): Promise<number> {
    await this.readable();
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
      readFileAhead(await this.blobFile(descriptor.digest), FILE_CHUNK, this.readFlags),
      verifier,
      () => undefined,
    );
    return verifier;
  }

  async *blobChunks(descriptor: { digest: string; size?: number }): AsyncGenerator<Buffer> {
    const size = await this.presentBlob(descriptor.digest);
    yield* verifiedChunks(
      readFileBorrowed(await this.blobFile(descriptor.digest), FILE_CHUNK, borrowedBuffers(), this.readFlags),
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
          throw this.wrap(error, `writing blob ${descriptor.digest}`);
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
      throw this.wrap(error, 'writing a blob');
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
        throw this.wrap(error, `mounting blob ${descriptor.digest} from ${fromRepository}`);
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
