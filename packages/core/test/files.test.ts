import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  borrowedBuffers,
  FILE_CHUNK,
  readFileAhead,
  readFileBorrowed,
  readInto,
  readPlainText,
  writeFilesTogether,
  writeWhole,
} from '../src/files.js';
import { digestFile, sha256, verifiedChunks } from '../src/oci/media.js';

const CHUNK = 4096;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileOf(size: number): { file: string; bytes: Buffer } {
  const bytes = randomBytes(size);
  const file = join(dir, `f-${size}`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

/** FileHandle's prototype, so a test can watch every read the reader makes. */
async function handleProto(): Promise<{ read: (...a: unknown[]) => Promise<unknown> }> {
  const handle = await open(fileOf(1).file, 'r');
  const proto = Object.getPrototypeOf(handle) as { read: never };
  await handle.close();
  return proto;
}

/** Descriptors of this file open in this process. */
function openOn(file: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false; // the directory's own descriptor, gone by now
    }
  }).length;
}

describe('readFileAhead', () => {
  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])(
    'hands on every byte of a %i-byte file in order, each chunk its own buffer',
    async (size) => {
      const { file, bytes } = fileOf(size);
      const chunks: Buffer[] = [];
      for await (const chunk of readFileAhead(file, CHUNK) as AsyncIterable<Buffer>) {
        expect(chunk.length).toBeLessThanOrEqual(CHUNK);
        chunks.push(chunk); // kept: a later read must not overwrite it
      }
      expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
      expect(chunks.every((c, i) => chunks.indexOf(c) === i && c.length > 0)).toBe(true);
    },
  );

  it('has the next read in flight before the current chunk is handed on', async () => {
    const { file } = fileOf(4 * CHUNK);
    const proto = await handleProto();
    const original = proto.read;
    const events: string[] = [];
    let reads = 0;
    proto.read = function (this: unknown, ...args: unknown[]) {
      events.push(`read ${reads++}`);
      return original.apply(this, args);
    };
    try {
      // Flowing mode, as a pipeline consumes it: each chunk is handled inside the push that delivers it.
      let n = 0;
      await new Promise((resolve, reject) => {
        readFileAhead(file, CHUNK)
          .on('data', (chunk: Buffer) => {
            expect(chunk.length).toBe(CHUNK);
            events.push(`chunk ${n++}`);
          })
          .on('end', resolve)
          .on('error', reject);
      });
    } finally {
      proto.read = original;
    }
    expect(reads).toBe(5); // four chunks, then the read that finds the end
    // Chunk k reaches the consumer only after read k+1 was issued.
    for (let k = 0; k < 4; k++) {
      expect(events.indexOf(`read ${k + 1}`)).toBeLessThan(events.indexOf(`chunk ${k}`));
    }
  });

  it('closes the file when the consumer stops early, once the read in flight has ended', async () => {
    const { file } = fileOf(8 * CHUNK);
    const stream = readFileAhead(file, CHUNK);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      expect(chunk.length).toBe(CHUNK);
      expect(openOn(file)).toBe(1);
      break; // destroys the stream while the next read is in flight
    }
    await new Promise((resolve) => (stream.closed ? resolve(undefined) : stream.once('close', resolve)));
    expect(openOn(file)).toBe(0);
  });

  it('fails with the open error for a file that is not there', async () => {
    const stream = readFileAhead(join(dir, 'missing'));
    await expect(
      (async () => {
        for await (const chunk of stream) void chunk;
      })(),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('readFileBorrowed', () => {
  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 17])(
    'hands on every byte of a %i-byte file in order, in two buffers taken in turn',
    async (size) => {
      const { file, bytes } = fileOf(size);
      const copies: Buffer[] = [];
      const memories = new Set<ArrayBufferLike>();
      for await (const chunk of readFileBorrowed(file, CHUNK)) {
        expect(chunk.length).toBeGreaterThan(0);
        expect(chunk.length).toBeLessThanOrEqual(CHUNK);
        copies.push(Buffer.from(chunk)); // borrowed: a copy is what a consumer keeps
        memories.add(chunk.buffer);
      }
      expect(Buffer.concat(copies).equals(bytes)).toBe(true);
      expect(memories.size).toBe(Math.min(2, copies.length));
    },
  );

  it('reads the next chunk into the buffer of the one before, once the consumer asked for the next', async () => {
    const { file, bytes } = fileOf(4 * CHUNK);
    const seen: Buffer[] = [];
    for await (const chunk of readFileBorrowed(file, CHUNK)) {
      // Still intact while it is the current chunk, and the one before it too until the next read lands.
      expect(chunk.equals(bytes.subarray(seen.length * CHUNK, (seen.length + 1) * CHUNK))).toBe(true);
      seen.push(chunk);
    }
    // Not copied, so chunk 0 now holds chunk 2's bytes: the contract is real, and the test above
    // (copies) is the way to keep one.
    expect(seen[0]?.buffer).toBe(seen[2]?.buffer);
    expect(seen[0]?.equals(bytes.subarray(2 * CHUNK, 3 * CHUNK))).toBe(true);
  });

  it('reads files one after another into one shared pair of buffers, every byte in order', async () => {
    const buffers = borrowedBuffers(CHUNK);
    const files = [fileOf(3 * CHUNK + 5), fileOf(7), fileOf(0), fileOf(2 * CHUNK)];
    for (const { file, bytes } of files) {
      const copies: Buffer[] = [];
      for await (const chunk of readFileBorrowed(file, CHUNK, buffers)) {
        expect([buffers[0].buffer, buffers[1].buffer]).toContain(chunk.buffer);
        copies.push(Buffer.from(chunk));
      }
      expect(Buffer.concat(copies).equals(bytes)).toBe(true);
    }
  });

  it('closes the file when the consumer stops early, once the read in flight has ended', async () => {
    const { file } = fileOf(8 * CHUNK);
    for await (const chunk of readFileBorrowed(file, CHUNK)) {
      expect(chunk.length).toBe(CHUNK);
      expect(openOn(file)).toBe(1);
      break; // return() waits for the read in flight, then closes
    }
    expect(openOn(file)).toBe(0);
  });

  it('fails with the open error for a file that is not there', async () => {
    await expect(
      (async () => {
        for await (const chunk of readFileBorrowed(join(dir, 'missing'))) void chunk;
      })(),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('readInto', () => {
  it('reads a file whole from its start, or up to the length asked, and closes it every time', async () => {
    for (const size of [0, 1, 511, CHUNK, 3 * CHUNK + 7]) {
      const { file, bytes } = fileOf(size);
      const buffer = Buffer.alloc(size + 2, 0xee);
      // One byte more than the file: the count says where the file ended.
      expect(await readInto(file, buffer, size + 1)).toBe(size);
      expect(buffer.subarray(0, size).equals(bytes)).toBe(true);
      expect(buffer[size]).toBe(0xee);
      if (size > 1) {
        const part = Buffer.alloc(size);
        expect(await readInto(file, part, size - 1)).toBe(size - 1);
        expect(part.subarray(0, size - 1).equals(bytes.subarray(0, size - 1))).toBe(true);
      }
      expect(openOn(file)).toBe(0);
    }
  });

  it('fails with the open error for a file that is not there, and with the read error for a directory', async () => {
    await expect(readInto(join(dir, 'missing'), Buffer.alloc(8), 8)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readInto(dir, Buffer.alloc(8), 8)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(openOn(dir)).toBe(0);
  });
});

describe('writeWhole', () => {
  it('creates or truncates the file with the bytes and mode given, and closes it every time', async () => {
    const file = join(dir, 'written');
    await writeWhole(file, randomBytes(3 * CHUNK + 5), 0o755);
    const bytes = randomBytes(700);
    await writeWhole(file, bytes, 0o644);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mode & 0o111).toBe(0o111 & ~process.umask()); // created 0755; truncating keeps the mode
    await writeWhole(join(dir, 'empty-written'), Buffer.alloc(0), 0o644);
    expect(readFileSync(join(dir, 'empty-written')).length).toBe(0);
    expect(openOn(file)).toBe(0);
  });

  it('fails with the open error, and leaves no descriptor open', async () => {
    await expect(writeWhole(dir, Buffer.from('x'), 0o644)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(writeWhole(join(dir, 'missing', 'f'), Buffer.from('x'), 0o644)).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(openOn(dir)).toBe(0);
  });
});

describe('verifiedChunks', () => {
  const chunksOf = async function* (bytes: Buffer, size: number) {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  };
  /** What a consumer received before the check ended it (or all of it). */
  async function consume(source: AsyncIterable<Buffer>): Promise<{ got: Buffer; error?: unknown }> {
    const got: Buffer[] = [];
    try {
      for await (const chunk of source) got.push(Buffer.from(chunk));
      return { got: Buffer.concat(got) };
    } catch (error) {
      return { got: Buffer.concat(got), error };
    }
  }
  const bytes = randomBytes(3 * CHUNK + 5);
  const digest = sha256(bytes);

  it.each([1, CHUNK, 3 * CHUNK + 5, 4 * CHUNK])('passes the exact body through in %i-byte chunks', async (size) => {
    expect(await consume(verifiedChunks(chunksOf(bytes, size), { digest, size: bytes.length }, 'test'))).toEqual({
      got: bytes,
    });
    const empty = await consume(verifiedChunks(chunksOf(Buffer.alloc(0), size), { digest: sha256(''), size: 0 }, 't'));
    expect(empty).toEqual({ got: Buffer.alloc(0) });
  });

  const changed = Buffer.from(bytes);
  changed.writeUInt8(changed.readUInt8(changed.length - 1) ^ 1, changed.length - 1);
  it.each([
    ['one byte changed', changed],
    ['one byte short', bytes.subarray(0, -1)],
  ])('%s: DIGEST_MISMATCH before the consumer holds the whole body', async (_what, body) => {
    for (const size of [1, CHUNK, body.length]) {
      const { got, error } = await consume(
        verifiedChunks(chunksOf(body, size), { digest, size: bytes.length }, 'test'),
      );
      expect(error).toMatchObject({ code: 'DIGEST_MISMATCH' });
      expect(got.length).toBeLessThan(bytes.length);
    }
  });

  it('one byte more: DIGEST_MISMATCH, and no byte past the declared size reaches the consumer', async () => {
    const body = Buffer.concat([bytes, Buffer.from([0])]);
    for (const size of [1, CHUNK, body.length]) {
      const { got, error } = await consume(
        verifiedChunks(chunksOf(body, size), { digest, size: bytes.length }, 'test'),
      );
      expect(error).toMatchObject({ code: 'DIGEST_MISMATCH' });
      expect(bytes.subarray(0, got.length).equals(got)).toBe(true);
    }
  });
});

describe('digestFile', () => {
  it('gives the sha256 and size of files around the chunk size', async () => {
    for (const size of [0, FILE_CHUNK - 1, FILE_CHUNK + 1]) {
      const { file, bytes } = fileOf(size);
      expect(await digestFile(file)).toEqual({
        digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        size,
      });
    }
  });

  it('rejects with the read error for a directory', async () => {
    await expect(digestFile(dir)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('readPlainText', () => {
  it('reads a regular file, and gives nothing for a link (in or out), a FIFO, a directory or no file', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'files-outside-'));
    try {
      writeFileSync(join(outside, 'package.json'), '{"name":"from-outside"}');
      writeFileSync(join(dir, 'plain.json'), '{"name":"plain"}');
      symlinkSync(join(outside, 'package.json'), join(dir, 'out.json'));
      symlinkSync(join(dir, 'plain.json'), join(dir, 'in.json'));
      symlinkSync(join(outside, 'absent.json'), join(dir, 'dangling.json'));
      execFileSync('mkfifo', [join(dir, 'fifo.json')]);
      mkdirSync(join(dir, 'dir.json'));
      expect(await readPlainText(join(dir, 'plain.json'))).toBe('{"name":"plain"}');
      for (const name of ['out.json', 'in.json', 'dangling.json', 'fifo.json', 'dir.json', 'none.json']) {
        expect([name, await readPlainText(join(dir, name))]).toEqual([name, undefined]);
      }
      // Nothing left open (the FIFO's open did not wait for a writer).
      expect(openOn(join(dir, 'fifo.json'))).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('writeFilesTogether', () => {
  /** A name whose temporary sibling (`.<name>.tmp-<12 hex>`) is over the 255-byte limit: its write fails, even as root. */
  const unstageable = `${'n'.repeat(240)}.json`;
  const listing = (at: string) => readdirSync(at).sort();

  it('writes every file whole, keeps an existing mode exactly, and leaves no temporary file', async () => {
    const at = mkdtempSync(join(dir, 'together-'));
    writeFileSync(join(at, 'kept.txt'), 'old', { mode: 0o600 });
    await writeFilesTogether([
      { path: join(at, 'kept.txt'), content: 'new' },
      { path: join(at, 'fresh.bin'), content: Buffer.from([1, 2, 3]), mode: 0o640 },
    ]);
    expect(readFileSync(join(at, 'kept.txt'), 'utf8')).toBe('new');
    expect(statSync(join(at, 'kept.txt')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(at, 'fresh.bin'))).toEqual(Buffer.from([1, 2, 3]));
    expect(listing(at)).toEqual(['fresh.bin', 'kept.txt']);
  });

  it.each([
    ['the first', 0],
    ['a middle', 1],
    ['the last', 2],
  ])('when %s file cannot be written, changes none and leaves no temporary file', async (_, failing) => {
    const at = mkdtempSync(join(dir, 'together-'));
    mkdirSync(join(at, 'sub'));
    writeFileSync(join(at, 'a.txt'), 'a0');
    const names = ['a.txt', 'sub/b.txt', 'c.txt'];
    names[failing] = unstageable;
    const before = { top: listing(at), sub: listing(join(at, 'sub')) };
    const seen: string[] = [];
    await expect(
      writeFilesTogether(
        names.map((name) => ({ path: join(at, name), content: `new ${name}` })),
        (error, where) => {
          seen.push(where.file.path, where.at);
          return new Error(`mapped: ${(error as NodeJS.ErrnoException).code}`);
        },
      ),
    ).rejects.toThrow('mapped: ENAMETOOLONG');
    // Told which file, and its directory as what failed (the temporary name is ours).
    expect(seen).toEqual([join(at, unstageable), at]);
    expect(readFileSync(join(at, 'a.txt'), 'utf8')).toBe('a0');
    expect({ top: listing(at), sub: listing(join(at, 'sub')) }).toEqual(before);
  });

  it('a directory where a file goes fails before anything is written, naming that path', async () => {
    const at = mkdtempSync(join(dir, 'together-'));
    mkdirSync(join(at, 'z.txt'));
    const seen: string[] = [];
    await expect(
      writeFilesTogether(
        ['a.txt', 'z.txt'].map((name) => ({ path: join(at, name), content: name })),
        (error, where) => {
          seen.push(where.at);
          return error;
        },
      ),
    ).rejects.toMatchObject({ code: 'EISDIR' });
    expect(seen).toEqual([join(at, 'z.txt')]);
    expect(listing(at)).toEqual(['z.txt']);
  });

  it('replaces a symbolic link with the file, or rewrites its target with throughLink', async () => {
    const at = mkdtempSync(join(dir, 'together-'));
    writeFileSync(join(at, 'target.txt'), 'target');
    symlinkSync('target.txt', join(at, 'replaced.txt'));
    symlinkSync('target.txt', join(at, 'through.txt'));
    await writeFilesTogether([{ path: join(at, 'replaced.txt'), content: 'own' }]);
    expect(readFileSync(join(at, 'target.txt'), 'utf8')).toBe('target');
    expect(readFileSync(join(at, 'replaced.txt'), 'utf8')).toBe('own');
    await writeFilesTogether([{ path: join(at, 'through.txt'), content: 'via link', throughLink: true }]);
    expect(readlinkSync(join(at, 'through.txt'))).toBe('target.txt');
    expect(readFileSync(join(at, 'target.txt'), 'utf8')).toBe('via link');
  });
});
