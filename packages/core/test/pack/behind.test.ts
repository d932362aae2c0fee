/**
 * Pull's writes behind the tar walk, with a writer the test holds back: the order of two writes of one
 * name, the bound on writes under way, and a failure that is told and waited for.
 */
import { describe, expect, it } from '@jest/globals';
import { BehindWrites } from '../../src/pack/behind.js';
import { FILES_AT_ONCE } from '../../src/files.js';

/** A writer whose every write waits until the test lets it end (or fail). */
function heldWriter() {
  const held: { file: string; bytes: string; end: () => void; fail: (e: Error) => void }[] = [];
  const done: string[] = [];
  const write = (file: string, bytes: Buffer) =>
    new Promise<void>((resolve, reject) => {
      held.push({
        file,
        bytes: bytes.toString(),
        end: () => {
          done.push(`${file}=${bytes.toString()}`);
          resolve();
        },
        fail: reject,
      });
    });
  return { held, done, write };
}

/** Whether `promise` has settled after the pending callbacks ran. */
async function settledYet(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return settled;
}

describe('BehindWrites', () => {
  it('a name written again waits for its earlier write, so the later entry is what stays', async () => {
    const w = heldWriter();
    const writes = new BehindWrites('/staging', w.write);
    await writes.whole('/staging/a', Buffer.from('first'), 0o644);
    const waiting = writes.settled('/staging/a');
    expect(await settledYet(waiting)).toBe(false);
    w.held[0]!.end();
    await waiting;
    await writes.whole('/staging/a', Buffer.from('second'), 0o644);
    w.held[1]!.end();
    await writes.drain();
    expect(w.done).toEqual(['/staging/a=first', '/staging/a=second']);
  });

  it(`holds at most ${FILES_AT_ONCE} writes under way; the next waits for one to end`, async () => {
    const w = heldWriter();
    const writes = new BehindWrites('/staging', w.write);
    for (let i = 0; i < FILES_AT_ONCE; i++) await writes.whole(`/staging/${i}`, Buffer.from(`${i}`), 0o644);
    const next = writes.whole('/staging/next', Buffer.from('next'), 0o644);
    expect(await settledYet(next)).toBe(false);
    expect(w.held).toHaveLength(FILES_AT_ONCE);
    w.held[3]!.end();
    await next;
    expect(w.held).toHaveLength(FILES_AT_ONCE + 1);
    const drained = writes.drain();
    expect(await settledYet(drained)).toBe(false);
    for (const h of w.held) if (!w.done.some((d) => d.startsWith(`${h.file}=`))) h.end();
    await drained;
    expect(w.done).toHaveLength(FILES_AT_ONCE + 1);
  });

  it('a failed write is thrown at the next step and by drain; settle waits for every write first', async () => {
    const w = heldWriter();
    const writes = new BehindWrites('/staging', w.write);
    await writes.whole('/staging/ok', Buffer.from('ok'), 0o644);
    await writes.whole('/staging/bad', Buffer.from('bad'), 0o644);
    w.held[1]!.fail(new Error('disk full'));
    await new Promise((r) => setImmediate(r));
    expect(() => writes.check()).toThrow('disk full');
    await expect(writes.whole('/staging/more', Buffer.from('more'), 0o644)).rejects.toThrow('disk full');
    expect(w.held).toHaveLength(2); // nothing more was started
    // The write still under way is waited for, failed or not.
    const settled = writes.settle();
    expect(await settledYet(settled)).toBe(false);
    w.held[0]!.end();
    await settled;
    await expect(writes.drain()).rejects.toThrow('disk full');
  });
});
