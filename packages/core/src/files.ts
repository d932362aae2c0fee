/**
 * Reading a file's bytes in order, the one home for it: a blob of an OCI layout, a file signed or
 * packed, an evidence file hashed (oci/media.ts's `digestFile`). Node's own `createReadStream`, piped,
 * asks for the next chunk only once the current one has been handed on, so the read (the disk, or the
 * page cache's copy) and the hashing and parsing that follow take turns on the one JavaScript thread.
 * Here the next read is already in flight while the current chunk is handed on, so the two overlap:
 * `artefacts sbom --oci-layout` of a 100 MB single-layer image, 0.89x the wall time with
 * `createReadStream` and the same 1 MiB chunks (15 alternating pairs).
 *
 * `readFileAhead`'s chunks are fresh buffers (a consumer may keep them, as a piped stream's queue
 * does); at most two chunks are held by the reader at a time. `readFileBorrowed` reads into two reused
 * buffers instead, for consumers that are done with each chunk before they ask for the next: a hash,
 * an image's tar walk, uploads (oci/store.ts's `LentChunks`), which wait for each chunk's socket or
 * file write to complete, and pack's tar of a directory, whose files share one pair. A fresh buffer
 * per read costs more than the read (its pages are faulted in anew each time).
 */
import { close, constants, open as openDescriptor, read, write, type OpenMode } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';

/**
 * The chunk size of every file read, and of every zlib stream's output: fewer handoffs per MiB on
 * multi-GB blobs, bounded memory. Each zlib output chunk is a round trip between the thread pool and
 * the main thread; at zlib's default of 16 KiB, inflating bench/sbom-image's 1 GB image took 64k of
 * them, and the image SBOM took about twice as long as with 1 MiB chunks.
 */
export const FILE_CHUNK = 1 << 20;

class ReadAheadStream extends Readable {
  private handle: FileHandle | undefined;
  private pending: Promise<Buffer | null> | undefined;
  private position = 0;

  constructor(
    private readonly file: string,
    private readonly chunk: number,
    private readonly flags: OpenMode,
  ) {
    super({ highWaterMark: chunk });
  }

  override _construct(callback: (error?: Error | null) => void): void {
    open(this.file, this.flags).then(
      (handle) => {
        this.handle = handle;
        this.pending = this.readNext();
        callback();
      },
      (error: Error) => callback(error),
    );
  }

  /** Starts the read that follows the last one; the position is that read's end, so no byte is skipped. */
  private readNext(): Promise<Buffer | null> {
    const handle = this.handle as FileHandle;
    const buffer = Buffer.allocUnsafeSlow(this.chunk);
    const at = this.position;
    const read = handle.read(buffer, 0, this.chunk, at).then(({ bytesRead }) => {
      this.position = at + bytesRead;
      if (bytesRead === 0) return null;
      return bytesRead < this.chunk ? buffer.subarray(0, bytesRead) : buffer;
    });
    // Observed here so a failure before _read asks for it is not an unhandled rejection; _read reports it.
    read.catch(() => undefined);
    return read;
  }

  override _read(): void {
    (this.pending as Promise<Buffer | null>).then(
      (chunk) => {
        if (this.destroyed) return; // the consumer stopped while this read was in flight
        if (chunk === null) {
          this.push(null);
          return;
        }
        // The next read goes out before this chunk is handed on: the consumer's work overlaps it.
        this.pending = this.readNext();
        this.push(chunk);
      },
      (error: Error) => {
        if (!this.destroyed) this.destroy(error);
      },
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const handle = this.handle;
    this.handle = undefined;
    const inFlight = this.pending ?? Promise.resolve(null);
    this.pending = undefined;
    // Closed only once the read in flight has ended: closing under it would fail that read.
    void inFlight
      .catch(() => null)
      .then(() => handle?.close())
      .then(
        () => callback(error),
        () => callback(error),
      );
  }
}

/**
 * The file's bytes from the start, one {@link FILE_CHUNK} read always ahead of the consumer. `flags`
 * open it (an OCI layout's blob: read-only and O_NOFOLLOW, so the open itself refuses a link).
 */
export function readFileAhead(file: string, chunk: number = FILE_CHUNK, flags: OpenMode = 'r'): Readable {
  return new ReadAheadStream(file, chunk, flags);
}

/** The two buffers {@link readFileBorrowed} reads into in turn, each `chunk` bytes long. */
export type BorrowedBuffers = readonly [Buffer, Buffer];

/**
 * A pair of read buffers that one reader after another may take: files read one after the other (a
 * directory packed as a tar) share it rather than allocating two chunks per file, however small.
 */
export function borrowedBuffers(chunk: number = FILE_CHUNK): BorrowedBuffers {
  return [Buffer.allocUnsafeSlow(chunk), Buffer.allocUnsafeSlow(chunk)];
}

/**
 * Reads up to `length` bytes of `file`, from its start, into `buffer`; answers how many there were
 * (fewer at the end of the file). For many small files read whole: a file descriptor and the callback
 * calls cost less per file than a FileHandle and its promises (4136 files of /usr/share/doc, 16 at a
 * time: 89 ms against 140 ms from the page cache).
 */
export function readInto(file: string, buffer: Buffer, length: number): Promise<number> {
  return onDescriptor<number>(file, 'r', undefined, (fd, done) => {
    let got = 0;
    const next = (): void =>
      read(fd, buffer, got, length - got, got, (failure, bytesRead) => {
        if (failure) return done(failure);
        got += bytesRead;
        if (bytesRead === 0 || got === length) return done(null, got);
        next();
      });
    if (length === 0) done(null, 0);
    else next();
  });
}

/**
 * Opens `file`, hands its descriptor to `use`, and closes it once `use` calls back, whatever happened
 * (the first failure, of `use` or of the close, is the one told): readInto's and writeWhole's descriptor.
 */
function onDescriptor<T>(
  file: string,
  flags: string,
  mode: number | undefined,
  use: (fd: number, done: (failure: Error | null, value?: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    openDescriptor(file, flags, mode, (error, fd) => {
      if (error) return reject(error);
      use(fd, (failure, value) =>
        close(fd, (closing) => {
          const first = failure ?? closing;
          if (first) reject(first);
          else resolve(value as T);
        }),
      );
    });
  });
}

/**
 * A file up to this size is read or written whole, many at once (pack's read-ahead, pull's writes):
 * for many small files, the round trips of one file after another, not the bytes, set the pace.
 */
export const SMALL_FILE = 256 * 1024;

/** How many small files are read ahead, or written behind, at once. */
export const FILES_AT_ONCE = 16;

/**
 * Writes `bytes` as the whole of `file` (created with `mode`, or truncated), through a file
 * descriptor and the callback calls, as {@link readInto} reads; the descriptor is closed whatever happens.
 */
export function writeWhole(file: string, bytes: Buffer, mode: number): Promise<void> {
  return onDescriptor<void>(file, 'w', mode, (fd, done) => {
    let written = 0;
    const next = (): void =>
      write(fd, bytes, written, bytes.length - written, null, (failure, count) => {
        if (failure) return done(failure);
        written += count;
        if (written === bytes.length) return done(null);
        next();
      });
    if (bytes.length === 0) done(null);
    else next();
  });
}

/** Writes all of `chunk` at the handle's position; resolves once the bytes are written, so `chunk` may be reused. */
export async function writeFully(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let at = 0; at < chunk.length;) at += (await handle.write(chunk, at)).bytesWritten;
}

/**
 * The file's bytes from the start as borrowed chunks: two buffers, read into in turn, one read always
 * ahead of the consumer. A chunk is valid only until the loop asks for the next one (then the next read
 * goes into its buffer), so a consumer copies what it keeps. For readers that only look at each chunk
 * once (hashing, a tar walk): a fresh buffer per chunk costs a fresh allocation, and on this kind of
 * machine its page faults cost more than reading and hashing the bytes (100 MB hashed: 0.4 s with a
 * fresh 1 MiB buffer per read, 0.08 s with two reused ones). An early `return` waits for the read in
 * flight before closing the file. `buffers` (each at least `chunk` bytes) may be shared by readers that
 * run one after another, never at once. `flags` open the file, as {@link readFileAhead}'s do.
 */
export async function* readFileBorrowed(
  file: string,
  chunk: number = FILE_CHUNK,
  buffers: BorrowedBuffers = borrowedBuffers(chunk),
  flags: OpenMode = 'r',
): AsyncGenerator<Buffer> {
  const handle = await open(file, flags);
  let pending: Promise<{ bytesRead: number; buffer: Buffer }> | undefined;
  const start = (buffer: Buffer, at: number) => {
    const read = handle.read(buffer, 0, chunk, at);
    // Observed here so a failure while the consumer works on the previous chunk is not an unhandled rejection.
    read.catch(() => undefined);
    return read;
  };
  try {
    let position = 0;
    let turn = 0;
    pending = start(buffers[0], 0);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      pending = undefined;
      if (bytesRead === 0) return;
      position += bytesRead;
      turn ^= 1;
      // The consumer asked for this chunk, so it is done with the one before: the next read goes there.
      pending = start(turn === 0 ? buffers[0] : buffers[1], position);
      yield bytesRead < chunk ? buffer.subarray(0, bytesRead) : buffer;
    }
  } finally {
    // Closed only once the read in flight has ended: closing under it would fail that read.
    await pending?.catch(() => undefined);
    await handle.close();
  }
}

/**
 * A small file's text, or undefined where there is none to take: absent, unreadable, not a regular
 * file, or a symbolic link. For the companions read beside a catalogued file (a package.json beside
 * a lockfile, a project's manifest): they are taken as the tree walk takes files, never through a
 * link, which could lead out of the tree (and the workspace) being catalogued. Opened without
 * blocking, so a FIFO planted under the name cannot hang the read.
 */
export async function readPlainText(file: string): Promise<string | undefined> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile()) return undefined;
    return await handle.readFile('utf8');
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/** One file of a set written together by {@link writeFilesTogether}. */
export interface WholeFile {
  readonly path: string;
  readonly content: string | Uint8Array;
  /** A new file's mode (before the umask); an existing file keeps its own. Default 0o666. */
  readonly mode?: number;
  /**
   * Where `path` is a symbolic link (already checked against the workspace by the caller), rewrite
   * what it points at and keep the link (pin's rule). Otherwise a link at `path` is replaced by the file.
   */
  readonly throughLink?: boolean;
}

/**
 * Where a write of a set failed: the file, and the path to tell the user about. The temporary name
 * beside a file is ours: where writing it failed, its directory is what to tell; where the rename
 * failed, the file's own path.
 */
export interface WholeFileFailure {
  readonly file: WholeFile;
  readonly at: string;
}

/** The prefix of a temporary file beside the file it will become: `.<name>.tmp-<hex>`. */
const stagingName = (target: string): string =>
  join(dirname(target), `.${basename(target)}.tmp-${randomBytes(6).toString('hex')}`);

/** Files written in full under temporary names beside their own, not yet in place ({@link stageFiles}). */
export interface StagedFiles {
  /** Renames every file into place. */
  commit(): Promise<void>;
  /** Removes every temporary file: nothing changed. */
  discard(): Promise<void>;
}

/**
 * Writes every file of `files` in full to a temporary file beside it (same directory, so the move is
 * a rename), for {@link StagedFiles.commit} to put in place once whatever must come first has
 * succeeded (a push), or to discard. A failure while writing (a full disk, a directory that cannot be
 * written, a path that is not one) removes every temporary file and changes nothing. Only a failing
 * rename (which needs no space) can leave some files renamed and not the rest, which the next run
 * writes again. `failure` turns an error into the one to throw, told which file failed.
 */
export async function stageFiles(
  files: readonly WholeFile[],
  failure: (error: unknown, where: WholeFileFailure) => unknown = (error) => error,
): Promise<StagedFiles> {
  const staged: { tmp: string; target: string; file: WholeFile }[] = [];
  const discard = async () => {
    await Promise.all(staged.splice(0).map(({ tmp }) => unlink(tmp).catch(() => undefined)));
  };
  for (const file of files) {
    let tmp: string | undefined;
    try {
      const target = file.throughLink ? await realpath(file.path).catch(() => file.path) : file.path;
      const info = await stat(target).catch(() => undefined);
      if (info?.isDirectory()) {
        // Found before anything is written, rather than by the rename after the others were written.
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${target}'`), {
          code: 'EISDIR',
          syscall: 'open',
          path: target,
        });
      }
      const existing = info?.isFile() ? info.mode & 0o7777 : undefined;
      tmp = stagingName(target);
      const handle = await open(tmp, 'wx', existing ?? file.mode ?? 0o666);
      staged.push({ tmp, target, file });
      try {
        await handle.writeFile(file.content);
        // An existing file's mode exactly, not as the umask left it.
        if (existing !== undefined) await handle.chmod(existing);
      } finally {
        await handle.close();
      }
    } catch (error) {
      await discard();
      const failed = (error as NodeJS.ErrnoException).path;
      throw failure(error, { file, at: tmp !== undefined && failed === tmp ? dirname(tmp) : (failed ?? file.path) });
    }
  }
  return {
    async commit() {
      while (staged.length > 0) {
        const { tmp, target, file } = staged[0]!;
        try {
          await rename(tmp, target);
        } catch (error) {
          await discard();
          throw failure(error, { file, at: target });
        }
        staged.shift();
      }
    },
    discard,
  };
}

/**
 * Writes every file of `files` whole, or leaves every one as it was ({@link stageFiles}, then
 * commit): a reader never sees a half-written file under the final name.
 */
export async function writeFilesTogether(
  files: readonly WholeFile[],
  failure?: (error: unknown, where: WholeFileFailure) => unknown,
): Promise<void> {
  await (await stageFiles(files, failure)).commit();
}
