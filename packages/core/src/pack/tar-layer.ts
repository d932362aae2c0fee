/**
 * A directory as one tar layer, the part of pack that writes it: the tree walked and sorted, each
 * entry's header made reproducible (./pack.ts says how), the tar gzipped (or not) and hashed as it
 * is written to a scratch file or straight into a layout's store, and read back for an upload.
 */
import { createWriteStream } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { ArtefactsError } from '../errors.js';
import {
  borrowedBuffers,
  FILE_CHUNK,
  FILES_AT_ONCE,
  readFileBorrowed,
  readInto,
  SMALL_FILE,
  writeFully,
} from '../files.js';
import { tarHeader } from '../oci/builder.js';
import { Hasher } from '../oci/media.js';
import { mapPool } from '../concurrency.js';

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

export interface TreeEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory';
  readonly absolute: string;
  readonly size: number;
  readonly mode: number;
}

export const LINK_HINT = 'Copy the target in place of the link, or leave it out of what is packed.';

/** Every entry under `root`, sorted by byte order of the tar name; symlinks and special files refused. */
export async function walk(root: string, prefix: string): Promise<TreeEntry[]> {
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
export async function writeTarLayer(
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
export async function* writtenLayer(file: string, size: number): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of readFileBorrowed(file)) {
    if ((read += chunk.length) > size) break;
    yield chunk;
  }
  if (read !== size) throw new ArtefactsError('IO_FAILED', `${file} changed size between packing and upload.`);
}
