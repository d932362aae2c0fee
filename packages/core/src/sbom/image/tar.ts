/**
 * A streaming tar reader over gzip, zstd or uncompressed input that never writes to disk.
 * Entries are yielded in order; an entry's body is only buffered when the consumer asks for it
 * (`read()`), or scanned chunk by chunk (`chunks()`); otherwise it is skipped as it streams by.
 * Handles ustar, GNU long names/links (`L`/`K`), PAX extended headers (`x`, `g`: path, linkpath,
 * size) and base-256 sizes.
 */
import type { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { ArtefactsError } from '../../errors.js';
import { FILE_CHUNK } from '../../files.js';

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarEntry {
  /** Normalised: no leading `./` or `/`, no trailing `/`. */
  readonly path: string;
  readonly type: TarEntryType;
  readonly size: number;
  readonly mode: number;
  readonly linkTarget?: string;
  /** The whole body (call at most once, before the next entry is requested). */
  read(): Promise<Buffer>;
  /**
   * The body as it streams (alternative to read()). Each piece is valid only until the next is asked
   * for when the input's chunks are borrowed (an OCI layout's): copy what you keep.
   */
  chunks(): AsyncIterable<Buffer>;
}

export type Compression = 'gzip' | 'zstd' | 'none';

/** gzip 1f 8b; zstd 28 b5 2f fd; anything else is taken as a plain tar. */
function sniffCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

/** Whether this Node has zstd in node:zlib (Node 22.15+ and 24; not Node 20). */
export function zstdAvailable(): boolean {
  return typeof (zlib as { createZstdDecompress?: unknown }).createZstdDecompress === 'function';
}

/** A Buffer view of the bytes, without copying them. */
function asBuffer(value: Buffer | Uint8Array): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

/** Decompresses by sniffing the first bytes; zstd on a Node without it fails with UNSUPPORTED. */
async function* decompressLayer(
  input: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>,
  onKind: (kind: ReturnType<typeof sniffCompression>) => void,
): AsyncGenerator<Buffer> {
  const iterator =
    Symbol.asyncIterator in input
      ? input[Symbol.asyncIterator]()
      : (async function* () {
          yield* input;
        })();
  let head = Buffer.alloc(0);
  const pending: Buffer[] = [];
  while (head.length < 4) {
    // A chunk may be borrowed (valid until the next is asked for): those held across the next read are copies.
    for (let i = 0; i < pending.length; i++) pending[i] = Buffer.from(pending[i] as Buffer);
    const next = await iterator.next();
    if (next.done === true) break;
    const chunk = asBuffer(next.value);
    pending.push(chunk);
    head = Buffer.concat([head, chunk]);
  }
  const kind = sniffCompression(head);
  onKind(kind);
  async function* rest(): AsyncGenerator<Buffer> {
    yield* pending;
    for (let n = await iterator.next(); n.done !== true; n = await iterator.next()) yield asBuffer(n.value);
  }
  if (kind === 'none') {
    yield* rest();
    return;
  }
  let transform: zlib.Gunzip;
  if (kind === 'gzip') transform = zlib.createGunzip({ chunkSize: FILE_CHUNK });
  else {
    const create = (zlib as unknown as { createZstdDecompress?: (options: zlib.ZlibOptions) => zlib.Gunzip })
      .createZstdDecompress;
    if (create === undefined) {
      throw new ArtefactsError(
        'UNSUPPORTED',
        `zstd-compressed layers need Node 22.15 or later (node:zlib zstd); this is Node ${process.versions.node}.`,
        { hint: 'Run on Node 24 (the runtime GitHub Actions uses for node24 actions).' },
      );
    }
    transform = create({ chunkSize: FILE_CHUNK });
  }
  const feed = (async () => {
    try {
      for await (const chunk of rest()) {
        // The next chunk is asked for only once this one is consumed: its buffer may be reused then.
        await new Promise<void>((resolve, reject) =>
          transform.write(chunk, (error) => (error ? reject(error) : resolve())),
        );
      }
      transform.end();
    } catch (error) {
      transform.destroy(error as Error);
    }
  })();
  try {
    for await (const chunk of transform as unknown as Readable) yield chunk as Buffer;
  } catch (error) {
    throw new ArtefactsError('SBOM_FAILED', `Layer does not decompress as ${kind}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  await feed;
}

/**
 * Buffers a byte stream and hands out exact-length pieces. The source's chunks may be borrowed (valid
 * until the next is asked for): what is still held when the next is asked for is copied first, and
 * the pieces `stream` hands out are valid until the next one is asked for.
 */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private done = false;
  /** The memory of the source's latest chunk: pieces of it are copied before the source is asked again. */
  private latest: ArrayBufferLike | undefined;
  constructor(
    private readonly source: AsyncIterator<Buffer>,
    private readonly onBytes: ((bytes: number) => void) | undefined,
  ) {}

  private async fill(n: number): Promise<boolean> {
    while (this.length < n && !this.done) {
      // Only the last piece held can be of the latest chunk: those before it were copied on earlier rounds.
      const last = this.buffered.length - 1;
      if (last >= 0 && (this.buffered[last] as Buffer).buffer === this.latest) {
        this.buffered[last] = Buffer.from(this.buffered[last] as Buffer);
      }
      const next = await this.source.next();
      if (next.done === true) this.done = true;
      else {
        this.latest = next.value.buffer;
        this.buffered.push(next.value);
        this.length += next.value.length;
        this.onBytes?.(next.value.length);
      }
    }
    return this.length >= n;
  }

  /** Exactly n bytes, or undefined at a clean end of input. */
  async take(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) {
      if (this.length === 0) return undefined;
      throw new ArtefactsError('SBOM_FAILED', `Tar stream ends mid-entry (wanted ${n} bytes, have ${this.length})`);
    }
    const all = this.buffered.length === 1 ? (this.buffered[0] as Buffer) : Buffer.concat(this.buffered);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.buffered = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return out;
  }

  /** Up to n bytes as they arrive (at least one chunk unless n is 0). */
  async *stream(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.length === 0 && !(await this.fill(1))) {
        throw new ArtefactsError('SBOM_FAILED', 'Tar stream ends mid-entry');
      }
      const first = this.buffered[0] as Buffer;
      const piece = first.subarray(0, Math.min(left, first.length));
      if (piece.length === first.length) this.buffered.shift();
      else this.buffered[0] = first.subarray(piece.length);
      this.length -= piece.length;
      left -= piece.length;
      yield piece;
    }
  }
}

function cString(block: Buffer, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const nul = slice.indexOf(0);
  return (nul < 0 ? slice : slice.subarray(0, nul)).toString('utf8');
}

function octal(block: Buffer, start: number, length: number): number {
  const first = block[start] ?? 0;
  if (first & 0x80) {
    // base-256: big-endian, high bit of the first byte set.
    let value = first & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + (block[start + i] ?? 0);
    return value;
  }
  const text = cString(block, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function parsePax(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    if (space < 0) break;
    const len = Number(body.subarray(at, space).toString('ascii'));
    if (!Number.isFinite(len) || len <= 0) break;
    const record = body.subarray(space + 1, at + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += len;
  }
  return out;
}

function normaliseTarPath(path: string): string {
  return path
    .replace(/^(\.\/|\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/\/{2,}/g, '/');
}

/**
 * Reads tar entries from (possibly compressed) bytes. Consume each entry before asking for the next.
 * `onBytes` is told the length of each uncompressed chunk as it arrives (progress, memory governor),
 * and whether it came out of a decompressor (so is a fresh buffer whatever the input's were).
 */
export async function* tarEntries(
  input: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>,
  onBytes?: (bytes: number, decompressed: boolean) => void,
): AsyncGenerator<TarEntry> {
  let decompressed = false;
  const chunks = decompressLayer(input, (kind) => (decompressed = kind !== 'none'));
  const reader = new ByteReader(
    chunks[Symbol.asyncIterator](),
    onBytes === undefined ? undefined : (bytes) => onBytes(bytes, decompressed),
  );
  let globalPax: Record<string, string> = {};
  let nextPax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  for (;;) {
    const block = await reader.take(512);
    if (block === undefined) return;
    if (block.every((b) => b === 0)) {
      // End-of-archive marker (two zero blocks); trailing padding may follow.
      return;
    }
    const typeflag = String.fromCharCode(block[156] ?? 0x30);
    let size = octal(block, 124, 12);
    const magic = cString(block, 257, 6);
    let name = cString(block, 0, 100);
    if (magic.startsWith('ustar')) {
      const prefix = cString(block, 345, 155);
      if (prefix !== '') name = `${prefix}/${name}`;
    }
    const padded = Math.ceil(size / 512) * 512;
    if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
      const body = (await reader.take(padded))?.subarray(0, size) ?? Buffer.alloc(0);
      if (typeflag === 'x') nextPax = { ...nextPax, ...parsePax(body) };
      else if (typeflag === 'g') globalPax = { ...globalPax, ...parsePax(body) };
      else if (typeflag === 'L') longName = cString(body, 0, body.length);
      else longLink = cString(body, 0, body.length);
      continue;
    }
    const pax = { ...globalPax, ...nextPax };
    nextPax = {};
    if (pax.size !== undefined) size = Number(pax.size);
    const path = normaliseTarPath(pax.path ?? longName ?? name);
    const linkTarget = pax.linkpath ?? longLink ?? cString(block, 157, 100);
    longName = undefined;
    longLink = undefined;
    const type: TarEntryType =
      typeflag === '0' || typeflag === '\0' || typeflag === '7'
        ? 'file'
        : typeflag === '5'
          ? 'directory'
          : typeflag === '2'
            ? 'symlink'
            : typeflag === '1'
              ? 'hardlink'
              : 'other';
    const bodySize = type === 'file' || type === 'other' ? size : 0;
    let remaining = bodySize;
    let started = false;
    const entry: TarEntry = {
      path,
      type,
      size: bodySize,
      mode: octal(block, 100, 8),
      ...(type === 'symlink' || type === 'hardlink' ? { linkTarget } : {}),
      read: async () => {
        if (started) throw new Error('tar entry body already consumed');
        started = true;
        const body = remaining === 0 ? Buffer.alloc(0) : ((await reader.take(remaining)) as Buffer);
        remaining = 0;
        return Buffer.from(body);
      },
      chunks: () => {
        if (started) throw new Error('tar entry body already consumed');
        started = true;
        return (async function* () {
          for await (const chunk of reader.stream(remaining)) {
            remaining -= chunk.length;
            yield chunk;
          }
        })();
      },
    };
    yield entry;
    // Whatever the consumer left unread streams past here.
    for await (const chunk of reader.stream(remaining)) remaining -= chunk.length;
    const padding = Math.ceil(bodySize / 512) * 512 - bodySize;
    if (padding > 0) await reader.take(padding);
    // Body size for non-file types with a size field (rare) is still in the stream.
    if (bodySize === 0 && size > 0 && type !== 'file') await reader.take(padded);
  }
}
