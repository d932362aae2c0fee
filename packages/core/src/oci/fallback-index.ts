/**
 * The referrers fallback index (`sha256-<hex>` tag) of registries without the referrers API: one
 * index per subject, shared by every process that pushes a referrer of that subject, written by
 * read-merge-write. Registries offer no conditional write, so a writer that read before ours landed
 * can put back an index without our entry. The rule that makes an entry hold:
 *
 * - a writer never sends an index built from a read older than STALE_MS (it reads again instead),
 *   and sends it once (no request-level retry, which would send an old read later);
 * - after its write, it waits a settle delay (longer than STALE_MS plus the write's round trip,
 *   with jitter) and reads again: every writer that read before ours landed has landed by then;
 * - what is missing is added again, and so on until one read after a settle holds every entry.
 *
 * In one process, the writers of one index queue: each merge takes every entry waiting.
 */
import { ArtefactsError } from '../errors.js';
import { RetryableError } from './http.js';
import { MEDIA, type Descriptor, type ImageIndex } from './media.js';
import { referrersTag } from './references.js';

/** An index built from a read older than this is not sent: it is read again. */
const STALE_MS = 300;
/** The least wait between a write and the read that confirms it. */
const MIN_SETTLE_MS = 800;
const MAX_SETTLE_MS = 5000;
/** Rounds (write + settle + read) before giving up, and the time they may take together. */
const MAX_ROUNDS = 12;
const BUDGET_MS = 120_000;

/** What a registry repository gives the fallback logic: one read, one write, each tried once. */
export interface FallbackTarget {
  readonly location: string;
  readFallback(tag: string): Promise<Descriptor[]>;
  /** Sends the index once, without retrying (a retry would send a stale read later). */
  writeFallback(tag: string, index: ImageIndex): Promise<void>;
}

interface Waiter {
  add?: Descriptor;
  remove?: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const queues = new Map<string, Waiter[]>();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Adds `entry` to the fallback index of `subject`; resolves once a read after a settle holds it. */
export function addToFallback(target: FallbackTarget, subject: string, entry: Descriptor): Promise<void> {
  return enqueue(target, subject, { add: entry });
}

/** Removes `digest` from the fallback index of `subject`; resolves once a read after a settle lacks it. */
export function removeFromFallback(target: FallbackTarget, subject: string, digest: string): Promise<void> {
  return enqueue(target, subject, { remove: digest });
}

function enqueue(target: FallbackTarget, subject: string, change: Pick<Waiter, 'add' | 'remove'>): Promise<void> {
  const key = `${target.location}@${subject}`;
  const running = queues.get(key);
  const waiting = running ?? [];
  const done = new Promise<void>((resolve, reject) => waiting.push({ ...change, resolve, reject }));
  if (running === undefined) {
    queues.set(key, waiting);
    void drain(target, key, subject, waiting);
  }
  return done;
}

async function drain(target: FallbackTarget, key: string, subject: string, waiting: Waiter[]): Promise<void> {
  // The check for more and the removal of the queue happen with no await between them, so a change
  // is either taken by this loop or starts a new one.
  while (waiting.length > 0) {
    const batch: Waiter[] = [];
    // Changes are taken after each read, so those that arrive meanwhile join this merge.
    const take = (): Waiter[] => {
      batch.push(...waiting.splice(0));
      return batch;
    };
    try {
      await merge(target, subject, take);
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length === 0) take();
      for (const w of batch) w.reject(error);
    }
  }
  queues.delete(key);
}

async function merge(target: FallbackTarget, subject: string, take: () => Waiter[]): Promise<void> {
  const tag = referrersTag(subject);
  const started = Date.now();
  let lastProblem = 'no round was tried';
  for (let round = 1; round <= MAX_ROUNDS && Date.now() - started < BUDGET_MS; round++) {
    const readAt = Date.now();
    let current: Descriptor[];
    try {
      current = await target.readFallback(tag);
    } catch (error) {
      if (
        !(error instanceof RetryableError) &&
        !(error instanceof ArtefactsError && error.code === 'REGISTRY_UNAVAILABLE')
      )
        throw error;
      lastProblem = error.message;
      await sleep(jitter(200 * round));
      continue;
    }
    const changes = take();
    // The last change asked for a digest wins (a referrer withdrawn after it was added is removed).
    const wanted = new Map<string, Descriptor | undefined>();
    for (const c of changes) {
      if (c.add !== undefined) wanted.set(c.add.digest, c.add);
      if (c.remove !== undefined) wanted.set(c.remove, undefined);
    }
    const has = (d: string) => current.some((e) => e.digest === d);
    const missing = [...wanted.values()].filter((e): e is Descriptor => e !== undefined && !has(e.digest));
    const unwanted = [...wanted.entries()].filter(([d, e]) => e === undefined && has(d)).map(([d]) => d);
    // Holds: the first read found it so (another writer confirms its own), or the read after a settle did.
    if (missing.length === 0 && unwanted.length === 0) return;
    if (Date.now() - readAt > STALE_MS) {
      lastProblem = `the index read took more than ${STALE_MS} ms to merge`;
      continue;
    }
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MEDIA.ociIndex,
      manifests: [...current.filter((e) => !unwanted.includes(e.digest)), ...missing],
    };
    const writeAt = Date.now();
    try {
      await target.writeFallback(tag, index);
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      // The write may or may not have landed: the read after the settle tells.
      lastProblem = error.message;
    }
    const settle = Math.min(MAX_SETTLE_MS, Math.max(MIN_SETTLE_MS, STALE_MS + 4 * (Date.now() - writeAt)));
    await sleep(jitter(settle));
  }
  throw new ArtefactsError(
    'REGISTRY_PROTOCOL',
    `updating referrers tag ${target.location}:${tag}: concurrent writers kept replacing it; it did not hold after ${MAX_ROUNDS} rounds (${lastProblem}).`,
    {
      hint: 'The referrer may be missing from the index: run the command again once the concurrent jobs have ended, or use a registry with the referrers API.',
    },
  );
}

/** `ms` plus up to half of it again, at random: writers that started together do not re-read together. */
function jitter(ms: number): number {
  return Math.round(ms + Math.random() * (ms / 2));
}
