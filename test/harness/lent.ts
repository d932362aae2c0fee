/**
 * A hostile lender of chunks, for tests of code that reads lent (borrowed) chunks: `bytes` in chunks of
 * `size` through two buffers, and the moment the next chunk is asked for, the one before is overwritten
 * with junk. A consumer that keeps a chunk past its time (a socket's write queue, a list of pieces)
 * then sees a wrong byte.
 */
export async function* hostileChunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  const buffers = [Buffer.alloc(size), Buffer.alloc(size)];
  let turn = 0;
  for (let at = 0; at < bytes.length; at += size) {
    const buffer = buffers[turn] as Buffer;
    const n = bytes.copy(buffer, 0, at, at + size);
    yield buffer.subarray(0, n);
    buffer.fill(0xee); // the consumer asked for the next chunk: this one is no longer its to read
    turn ^= 1;
  }
}
