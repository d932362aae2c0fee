/**
 * pack: files and directories → one OCI artefact, reproducibly, into a registry or an OCI layout
 * (the artefact's format: ./format.ts).
 *
 * Reproducible: entries sorted by byte order, modes 0644 / 0755 (executables and directories),
 * owner 0/0 without names, every mtime = SOURCE_DATE_EPOCH, else the HEAD commit time; gzip header
 * with mtime 0 and OS byte 3 (Unix) whatever the platform. The same files give the same digest.
 */
import { createWriteStream } from 'node:fs';
import { lstat, mkdtemp, open, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { jobSummary } from '../summary.js';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import {
  borrowedBuffers,
  FILE_CHUNK,
  FILES_AT_ONCE,
  readFileBorrowed,
  readInto,
  SMALL_FILE,
  writeFully,
} from '../files.js';
import { commitTime } from '../git/git.js';
import { reproducibleTime } from '../time.js';
import type { Logger } from '../log.js';
import { inWorkspace, isPathFailure, linksBeneath, pathInputError, workspace } from '../paths.js';
import { tarHeader } from '../oci/builder.js';
import {
  ANNOTATION_CREATED,
  ANNOTATION_TITLE,
  EMPTY_DIGEST,
  EMPTY_JSON,
  Hasher,
  MEDIA,
  digestFile,
  encodeManifest,
  type Descriptor,
  type ImageManifest,
  type Manifest,
} from '../oci/media.js';
import { envRunFacts } from '../github/run-facts.js';
import { bindTag, versionFacts } from '../sign/predicates/tag-binding.js';
import { formatReference, parseReference } from '../oci/references.js';
import type { ArtifactStore, LentChunks, StagedBlob } from '../oci/store.js';
import {
  ANNOTATION_CONTENT_DIGEST,
  ANNOTATION_UNPACK,
  DEFAULT_ARTIFACT_TYPE,
  FILE_LAYER_MEDIA_TYPE,
} from './format.js';
import type { PackInputs } from './inputs.js';
import { storeFromInputs } from '../oci/open.js';
import { compareText } from '../order.js';
import { mapPool } from '../concurrency.js';
import { checkConnectionSettings } from '../oci/connection.js';

/** Sets the gzip header's OS byte (offset 9) to 3 (Unix) so the bytes do not depend on the platform. */
class FixGzipHeader extends Transform {
  private offset = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.offset <= 9 && this.offset + chunk.length > 9) {
      chunk = Buffer.from(chunk);
      chunk[9 - this.offset] = 3;
    }
    this.offset += chunk.length;
    callback(null, chunk);
  }
}

interface TreeEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory';
  readonly absolute: string;
  readonly size: number;
  readonly mode: number;
}

const LINK_HINT = 'Copy the target in place of the link, or leave it out of what is packed.';

/** Every entry under `root`, sorted by byte order of the tar name; symlinks and special files refused. */
async function walk(root: string, prefix: string): Promise<TreeEntry[]> {
  const out: TreeEntry[] = [];
  const visit = async (dir: string, name: string) => {
    out.push({ name: `${name}/`, kind: 'directory', absolute: dir, size: 0, mode: 0o755 });
    const children = (await readdir(dir)).sort();
    // Each lstat is a round trip to the thread pool: asked together, not one after another.
    const infos = await mapPool(children, FILES_AT_ONCE, (child) => lstat(path.join(dir, child)));
    for (const [i, child] of children.entries()) {
      const absolute = path.join(dir, child);
      const info = infos[i]!;
      const childName = `${name}/${child}`;
      if (info.isDirectory()) await visit(absolute, childName);
      else if (info.isFile()) {
        out.push({
          name: childName,
          kind: 'file',
          absolute,
          size: info.size,
          mode: info.mode & 0o111 ? 0o755 : 0o644,
        });
      } else {
        throw new ArtefactsError(
          'UNSUPPORTED',
          `${absolute} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a regular file or directory'}; pack stores regular files and directories only.`,
          { hint: LINK_HINT },
        );
      }
    }
  };
  await visit(root, prefix);
  return out.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}

/** Zeros for the tar padding and end-of-archive blocks: read, never written to. */
const ZEROS = Buffer.alloc(1024, 0);
/** A small file's bytes, read whole into `buffer`; IO_FAILED when it no longer has the size the walk saw. */
async function readSmallFile(entry: TreeEntry, buffer: Buffer): Promise<Buffer> {
  // One byte more than expected: a file that grew fills it.
  const got = await readInto(entry.absolute, buffer, entry.size + 1);
  if (got !== entry.size) throw changedSize(entry);
  return buffer.subarray(0, got);
}

const changedSize = (entry: TreeEntry) =>
  new ArtefactsError('IO_FAILED', `${entry.absolute} changed size while it was being packed.`);

/**
 * The tar of `entries`, as chunks that are valid only until the next one is asked for. Small files are
 * read whole, up to FILES_AT_ONCE of them ahead of the consumer: each open, read and close is a round trip
 * to the thread pool, and a directory of many small files taken one after another left the disk and the
 * CPU idle between them. Larger files are read into one pair of reused buffers for the whole directory
 * (a fresh buffer per read costs more than the read). The consumer copies what it keeps. A file that
 * cannot be read fails with `readFailure(error)`: the input that named it.
 */
async function* tarChunks(
  entries: readonly TreeEntry[],
  mtime: number,
  readFailure: (error: unknown) => unknown,
): AsyncGenerator<Buffer> {
  const buffers = borrowedBuffers();
  // Small files are read into buffers of their own, reused too: one goes back once its file was taken.
  const spare: Buffer[] = [];
  const ahead = new Map<number, { buffer: Buffer; read: Promise<Buffer> }>();
  let scheduled = 0;
  const readAhead = (from: number) => {
    for (; scheduled < entries.length && scheduled <= from + FILES_AT_ONCE; scheduled++) {
      const entry = entries[scheduled]!;
      if (entry.kind !== 'file' || entry.size > SMALL_FILE) continue;
      const buffer = spare.pop() ?? Buffer.allocUnsafeSlow(SMALL_FILE + 1);
      const read = readSmallFile(entry, buffer);
      // Observed at once, so a failure before its turn is not an unhandled rejection; its turn reports it.
      read.catch(() => undefined);
      ahead.set(scheduled, { buffer, read });
    }
  };
  for (const [i, entry] of entries.entries()) {
    readAhead(i);
    if (entry.kind === 'directory') {
      yield tarHeader(entry.name, 0, 0o755, { type: 'directory', mtime });
      continue;
    }
    yield tarHeader(entry.name, entry.size, entry.mode, { mtime });
    const whole = ahead.get(i);
    ahead.delete(i);
    if (whole !== undefined) {
      let bytes: Buffer;
      try {
        bytes = await whole.read;
      } catch (error) {
        throw readFailure(error);
      }
      if (bytes.length > 0) yield bytes;
      // The consumer asked for the next chunk: it is done with this file's.
      spare.push(whole.buffer);
    } else {
      let read = 0;
      try {
        for await (const chunk of readFileBorrowed(entry.absolute, FILE_CHUNK, buffers)) {
          read += chunk.length;
          if (read > entry.size) break;
          yield chunk;
        }
      } catch (error) {
        throw readFailure(error);
      }
      if (read !== entry.size) throw changedSize(entry);
    }
    const pad = (512 - (entry.size % 512)) % 512;
    if (pad > 0) yield ZEROS.subarray(0, pad);
  }
  yield ZEROS;
}

/**
 * The same bytes in fewer, larger chunks: tar headers, padding and small files are gathered into one
 * reused buffer and handed on when it is full (or before a large chunk, which goes on as it is). Every
 * chunk handed on is a round trip to the thread pool (a file write, a zlib write): one per 512-byte
 * header left the main thread idle most of the time on a directory of many small files. A chunk is
 * valid only until the next one is asked for, as those of {@link tarChunks}.
 */
async function* gathered(chunks: AsyncIterable<Buffer>, size: number = FILE_CHUNK): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  for await (const chunk of chunks) {
    if (filled + chunk.length <= size) {
      chunk.copy(buffer, filled);
      filled += chunk.length;
      if (filled === size) {
        yield buffer;
        filled = 0;
      }
      continue;
    }
    if (filled > 0) {
      yield buffer.subarray(0, filled);
      filled = 0;
    }
    if (chunk.length >= size / 2) {
      yield chunk;
      continue;
    }
    chunk.copy(buffer, 0);
    filled = chunk.length;
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}

/**
 * Writes the tar of `entries` to `file`, gzipped or not; answers the digests and sizes of the tar and
 * of the blob written. Each (gathered) chunk is consumed before the next is read into its buffer: hashed, then
 * written to the file (awaited), or taken in whole by deflate (a zlib write calls back once its input
 * is consumed; its output is fresh buffers).
 */
async function writeTarLayer(
  entries: readonly TreeEntry[],
  mtime: number,
  file: string,
  gzip: boolean,
  readFailure: (error: unknown) => unknown,
): Promise<{ tar: { digest: string; size: number }; blob: { digest: string; size: number } }> {
  const tarHash = new Hasher();
  if (!gzip) {
    const handle = await open(file, 'w');
    try {
      for await (const chunk of gathered(tarChunks(entries, mtime, readFailure))) {
        tarHash.update(chunk);
        await writeFully(handle, chunk);
      }
    } finally {
      await handle.close();
    }
    const tar = tarHash.result();
    return { tar, blob: tar };
  }
  const deflate = createGzip({ level: 9, chunkSize: FILE_CHUNK });
  const blobHash = new Hasher();
  const written = pipeline(deflate, new FixGzipHeader(), blobHash, createWriteStream(file));
  // A failure downstream (the file) ends the wait for a write that will never call back.
  const broken = new Promise<never>((_resolve, reject) => void written.catch(reject));
  broken.catch(() => undefined);
  try {
    for await (const chunk of gathered(tarChunks(entries, mtime, readFailure))) {
      tarHash.update(chunk);
      await Promise.race([
        new Promise<void>((resolve, reject) => deflate.write(chunk, (error) => (error ? reject(error) : resolve()))),
        broken,
      ]);
    }
    deflate.end();
  } catch (error) {
    deflate.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
  await written;
  return { tar: tarHash.result(), blob: blobHash.result() };
}

/**
 * A directory's layer read back from its scratch file for a store without stageBlob (a registry), lent
 * as `verified` (see the call): it was hashed as it was written, so it is not hashed again. Its size is
 * checked as it is read, as a layout's staged commit checks it: a file that changed size fails before the
 * upload completes; one altered in place commits nothing either, as the registry checks the digest it gets.
 */
async function* writtenLayer(file: string, size: number): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of readFileBorrowed(file)) {
    if ((read += chunk.length) > size) break;
    yield chunk;
  }
  if (read !== size) throw new ArtefactsError('IO_FAILED', `${file} changed size between packing and upload.`);
}

interface PreparedLayer {
  readonly descriptor: Descriptor;
  /** The layer's bytes, lent from reused buffers: the store verifies them, unless they are `verified`. */
  readonly open: () => LentChunks;
  /** A directory's layer written straight into the store (a layout), committed by rename. */
  readonly staged?: StagedBlob;
}

function checkTitle(title: string): void {
  if (title === '' || title === '.' || title === '..' || /[\\/\0]/.test(title)) {
    throw new ArtefactsError('INPUT_INVALID', `Input 'path': cannot name a layer ${JSON.stringify(title)}.`);
  }
}

export interface PackResult {
  readonly digest: string;
  readonly mediaType: string;
  readonly artifactType: string;
  /** The manifest's size in bytes (its descriptor's size). */
  readonly manifestSize: number;
  /** Bytes of all layers (the packed content). */
  readonly size: number;
  readonly reference: string;
  readonly tags: readonly string[];
  readonly refs: readonly string[];
  readonly created: string;
  readonly createdSource: string;
  readonly layers: readonly { title: string; digest: string; size: number; mediaType: string; directory: boolean }[];
  readonly unchanged: boolean;
  /** The tag-binding records of `tags` (with `bindTags`), in the same order. */
  readonly bindings?: readonly string[];
}

/**
 * Packs `paths` (relative to cwd) into `store` and tags it. A tag already holding another digest is
 * refused (TAG_CONFLICT): artefacts are immutable; the same digest again is a no-op success.
 */
export async function packArtefact(
  store: ArtifactStore,
  options: {
    paths: readonly string[];
    tags: readonly string[];
    artifactType?: string;
    annotations?: Readonly<Record<string, string>>;
    compression?: 'gzip' | 'none';
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    logger: Logger;
    /** Formats `@digest` and `:tag` references for outputs; default store.location. */
    name?: string;
    /** A tag-binding record per tag (docs/tag-binding.md), pushed before the tags; unsigned. */
    bindTags?: boolean;
  },
): Promise<PackResult> {
  const { logger } = options;
  // SOURCE_DATE_EPOCH, else the HEAD commit time, else 1970-01-01 with a warning.
  const headCommit = async () => {
    const at = await commitTime(options.cwd);
    return at === undefined ? undefined : { time: at, source: 'commit' };
  };
  const when = await reproducibleTime(options.env, [headCommit], { kind: 'unix-epoch' });
  if (when.source === 'unix-epoch') {
    logger.warning('No SOURCE_DATE_EPOCH and no git commit: file times are set to 1970-01-01T00:00:00Z.');
  }
  const time = { seconds: when.time.getTime() / 1000, source: when.source === 'unix-epoch' ? 'epoch' : when.source };
  const created = new Date(time.seconds * 1000).toISOString().replace('.000Z', 'Z');
  logger.info(`File times and created: ${created} (from ${time.source})`);
  const scratch = await mkdtemp(path.join(tmpdir(), 'artefacts-pack-'));
  const titles = new Set<string>();
  const layers: PreparedLayer[] = [];
  const stagedBlobs: StagedBlob[] = [];
  const summary: PackResult['layers'][number][] = [];
  try {
    // Every path is checked before anything is written.
    const sources: { given: string; absolute: string; title: string; directory: boolean }[] = [];
    for (const given of options.paths) {
      const absolute = path.resolve(options.cwd, given);
      let info;
      try {
        info = await lstat(absolute);
      } catch (error) {
        throw isPathFailure(error)
          ? pathInputError(options.cwd, 'path', given, 'an existing file or directory', error)
          : inputError('path', given, 'existing files or directories', describeError(error));
      }
      // As inside a packed directory: a link is not packed, whether it leads in or out of the workspace.
      if (info.isSymbolicLink()) {
        throw inputError('path', given, 'a regular file or directory, not a symbolic link', LINK_HINT);
      }
      if (!info.isFile() && !info.isDirectory()) throw inputError('path', given, 'regular files or directories');
      const title = path.basename(absolute);
      checkTitle(title);
      if (titles.has(title)) {
        throw inputError('path', given, 'paths with distinct names (each becomes a layer titled with its name)');
      }
      titles.add(title);
      sources.push({ given, absolute, title, directory: info.isDirectory() });
    }
    // Every tree is walked before any layer is written: a layer staged in a layout inside a packed
    // tree is never part of the tree.
    const trees: (TreeEntry[] | undefined)[] = [];
    /** A file or directory under a path that cannot be read (permission denied, ...): that path's failure. */
    const unreadable = (source: (typeof sources)[number]) => (error: unknown) =>
      pathInputError(options.cwd, 'path', source.given, 'readable files and directories', error);
    for (const source of sources) {
      try {
        trees.push(source.directory ? await walk(source.absolute, source.title) : undefined);
      } catch (error) {
        throw unreadable(source)(error);
      }
    }
    for (const [i, source] of sources.entries()) {
      const entries = trees[i];
      if (entries === undefined) {
        let digest: string, size: number;
        try {
          ({ digest, size } = await digestFile(source.absolute));
        } catch (error) {
          throw unreadable(source)(error);
        }
        const descriptor = {
          mediaType: FILE_LAYER_MEDIA_TYPE,
          digest,
          size,
          annotations: { [ANNOTATION_TITLE]: source.title },
        };
        layers.push({ descriptor, open: () => ({ chunks: readFileBorrowed(source.absolute) }) });
        summary.push({ title: source.title, digest, size, mediaType: descriptor.mediaType, directory: false });
        continue;
      }
      // Into a layout, the layer is written once, in place; for a registry, to a scratch file first.
      const staged = await store.stageBlob?.();
      if (staged !== undefined) stagedBlobs.push(staged);
      const file = staged?.file ?? path.join(scratch, `layer-${i}`);
      const gzip = (options.compression ?? 'gzip') === 'gzip';
      const { tar, blob } = await writeTarLayer(entries, time.seconds, file, gzip, unreadable(source));
      const descriptor = {
        mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar,
        digest: blob.digest,
        size: blob.size,
        annotations: {
          [ANNOTATION_CONTENT_DIGEST]: tar.digest,
          [ANNOTATION_UNPACK]: 'true',
          [ANNOTATION_TITLE]: source.title,
        },
      };
      // Hashed as written, in a directory of this process's own: not hashed again on upload.
      layers.push({ descriptor, open: () => ({ chunks: writtenLayer(file, blob.size), verified: blob }), staged });
      summary.push({
        title: source.title,
        digest: descriptor.digest,
        size: descriptor.size,
        mediaType: descriptor.mediaType,
        directory: true,
      });
      logger.info(`${source.title}/: ${entries.length} entries, ${descriptor.size} bytes (${descriptor.digest})`);
    }
    const annotations: Record<string, string> = { ...(options.annotations ?? {}), [ANNOTATION_CREATED]: created };
    const sorted = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => compareText(a, b)));
    const artifactType = options.artifactType ?? DEFAULT_ARTIFACT_TYPE;
    const manifest = encodeManifest({
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      artifactType,
      config: { mediaType: MEDIA.empty, digest: EMPTY_DIGEST, size: EMPTY_JSON.length },
      layers: layers.map((l) => l.descriptor),
      annotations: sorted,
    } as ImageManifest);
    const bindAll = async (bound: Manifest): Promise<string[]> => {
      const subject = { mediaType: MEDIA.ociManifest, digest: bound.digest, size: bound.bytes.length };
      const facts = { repository: options.name ?? store.location, digest: bound.digest, ...versionFacts(bound) };
      const run = envRunFacts(options.env);
      const out: string[] = [];
      for (const tag of options.tags) {
        const b = await bindTag(store, subject, { ...facts, tag, run, now: new Date() }, undefined);
        if (b.written) logger.info(`  tag binding ${b.record} attached for ${tag} (unsigned)`);
        out.push(b.record);
      }
      return out;
    };
    let bindings: string[] | undefined;
    // The tag rule before any write: a tag holding another digest is never moved.
    let unchanged = options.tags.length > 0;
    for (const tag of options.tags) {
      const current = await store.resolve(tag);
      if (current !== undefined && current.digest !== manifest.digest) {
        throw new ArtefactsError(
          'TAG_CONFLICT',
          `${store.location}:${tag} already holds ${current.digest}; this content is ${manifest.digest}. Artefacts are immutable: the tag is not moved.`,
          {
            hint: 'Use a new tag (build-tag’s immutable tag changes with every commit), or commit the change that altered the content.',
          },
        );
      }
      if (current === undefined) unchanged = false;
    }
    if (!unchanged) {
      if ((await store.hasBlob(EMPTY_DIGEST)) === undefined) {
        await store.putBlob({ digest: EMPTY_DIGEST, size: EMPTY_JSON.length }, EMPTY_JSON);
      }
      for (const layer of layers) {
        if (layer.staged !== undefined) await layer.staged.commit(layer.descriptor);
        else if ((await store.hasBlob(layer.descriptor.digest)) === undefined) {
          await store.putBlob(layer.descriptor, () => layer.open());
        }
      }
      if (options.bindTags === true && options.tags.length > 0) {
        // The manifest by digest, then its bindings, then the tags: no tag before its records.
        await store.putManifest(manifest);
        bindings = await bindAll(manifest);
        for (const tag of options.tags) await store.putTag(tag, manifest);
      } else {
        await store.putManifest(manifest, options.tags[0] === undefined ? {} : { tag: options.tags[0] });
        for (const tag of options.tags.slice(1)) await store.putTag(tag, manifest);
      }
      for (const tag of options.tags) {
        const now = await store.resolve(tag);
        if (now?.digest !== manifest.digest) {
          throw new ArtefactsError(
            'TAG_RACE',
            `${store.location}:${tag} reads back as ${now?.digest ?? 'absent'} right after writing ${manifest.digest}.`,
          );
        }
      }
    }
    // Tags already there (a re-run): a binding an earlier run left out is added (none is added twice).
    if (unchanged && options.bindTags === true) bindings = await bindAll(manifest);
    const name = options.name ?? store.location;
    logger.info(`${unchanged ? 'Already there' : 'Packed'}: ${name}@${manifest.digest}`);
    return {
      digest: manifest.digest,
      mediaType: MEDIA.ociManifest,
      artifactType,
      manifestSize: manifest.bytes.length,
      size: layers.reduce((sum, l) => sum + l.descriptor.size, 0),
      reference: `${name}@${manifest.digest}`,
      tags: options.tags,
      refs: options.tags.map((t) => `${name}:${t}`),
      created,
      createdSource: time.source,
      layers: summary,
      unchanged,
      ...(bindings === undefined ? {} : { bindings }),
    };
  } finally {
    // A staged layer not committed (a tag conflict, a failure, a re-run) leaves nothing in the store.
    await Promise.all(stagedBlobs.map((staged) => staged.discard()));
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The pack action's and `artefacts pack`'s entry point. */
export async function runPack(inputs: PackInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  if (inputs.registryPassword !== undefined) environment.logger.secret(inputs.registryPassword);
  const ref = parseReference(inputs.destination);
  // Every path input stays in the workspace (symbolic links followed) before anything is read or written.
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  for (const given of inputs.paths) inWorkspace(ws, 'path', given);
  if (ref.kind === 'layout') inWorkspace(ws, 'destination', ref.path);
  // The destination may not be a layout yet: pack creates it (a file where it would be is refused).
  const store = storeFromInputs(ref, inputs, environment, { ...linksBeneath(ws, 'destination'), create: true });
  const tags = [...new Set([...(ref.tag === undefined ? [] : [ref.tag]), ...inputs.tags])];
  const result = await packArtefact(store, {
    paths: inputs.paths,
    tags,
    artifactType: inputs.artifactType,
    annotations: inputs.annotations,
    compression: inputs.compression,
    cwd: environment.cwd,
    env: environment.env,
    logger: environment.logger,
    name: formatReference(ref, { tag: undefined, digest: undefined }),
    bindTags: inputs.bindTags,
  });
  return {
    outputs: {
      digest: result.digest,
      reference: result.reference,
      size: String(result.size),
      json: JSON.stringify(result),
    },
    summary: jobSummary(
      'pack',
      result.digest,
      environment.github,
      [
        `### Packed \`${result.reference}\``,
        '',
        `artifactType \`${result.artifactType}\`, created \`${result.created}\` (${result.createdSource})${result.unchanged ? ', already there: nothing written' : ''}`,
        '',
        '| Layer | Digest | Bytes |',
        '| --- | --- | ---: |',
        ...result.layers.map((l) => `| \`${l.title}${l.directory ? '/' : ''}\` | \`${l.digest}\` | ${l.size} |`),
        '',
        ...(result.refs.length > 0 ? [`Tags: ${result.refs.map((r) => `\`${r}\``).join(', ')}`, ''] : []),
        ...(result.bindings === undefined
          ? []
          : [`Tag bindings (unsigned): ${result.bindings.map((r) => `\`${r}\``).join(', ')}`, '']),
      ].join('\n'),
    ),
  };
}
