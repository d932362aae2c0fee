import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { allAtOnce, mapPool, Semaphore } from '../src/concurrency.js';

describe('mapPool', () => {
  it('returns results in item order, never running more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapPool([30, 5, 20, 1, 10, 2], 3, async (ms) => {
      running++;
      most = Math.max(most, running);
      await sleep(ms);
      running--;
      return ms * 2;
    });
    expect(results).toEqual([60, 10, 40, 2, 20, 4]);
    expect(most).toBe(3);
  });

  it('starts nothing new after a failure, lets the running ones finish, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const error = await mapPool([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i);
      await sleep(i === 0 ? 5 : 20);
      if (i === 0) throw new Error('first');
      if (i === 1) throw new Error('second');
      finished.push(i);
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('first');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([]);
  });

  it('handles an empty list', async () => {
    expect(await mapPool([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});

describe('allAtOnce', () => {
  it('starts every item in the same turn, waits for all, and returns results in item order', async () => {
    const started: number[] = [];
    const promise = allAtOnce([30, 5, 20], async (ms) => {
      started.push(ms);
      await sleep(ms);
      return ms * 2;
    });
    // Before any timer or microtask has run, every item has started.
    expect(started).toEqual([30, 5, 20]);
    await expect(promise).resolves.toEqual([60, 10, 40]);
  });

  it('throws the failure of the first failing item in order, once every item has ended', async () => {
    const ended: string[] = [];
    const promise = allAtOnce(['slow-fail', 'quick-fail', 'ok'], async (name) => {
      await sleep(name === 'slow-fail' ? 30 : 1);
      ended.push(name);
      if (name.endsWith('fail')) throw new Error(name);
      return name;
    });
    await expect(promise).rejects.toThrow('slow-fail');
    expect(ended.sort()).toEqual(['ok', 'quick-fail', 'slow-fail']);
  });
});

describe('Semaphore', () => {
  it('grants freed slots to the highest priority first, the earliest among equals', async () => {
    const gate = new Semaphore(1);
    await gate.acquire();
    const order: string[] = [];
    const waits = [
      gate.acquire(1).then(() => order.push('small')),
      gate.acquire(100).then(() => order.push('large')),
      gate.acquire(1).then(() => order.push('small-later')),
      gate.acquire(50).then(() => order.push('medium')),
    ];
    for (let i = 0; i < 4; i++) {
      gate.release();
      await sleep(1);
    }
    await Promise.all(waits);
    expect(order).toEqual(['large', 'medium', 'small', 'small-later']);
  });

  it('holds no more than its slots at once', async () => {
    const gate = new Semaphore(2);
    let held = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        await gate.acquire();
        held++;
        most = Math.max(most, held);
        await sleep(2);
        held--;
        gate.release();
      }),
    );
    expect(most).toBe(2);
    expect(held).toBe(0);
  });
});
