/**
 * Keeps the memory of long blob transfers flat. Every chunk read from a socket is a fresh buffer;
 * V8 frees them only when it collects, which it does late (external memory of ~64 MiB pending), and
 * freed chunks fragment the allocator, so peak RSS grows well past what the streams ever hold at
 * once. A young-generation collection (well under a millisecond with the small heap promote has)
 * every 2 MiB transferred, and a full one every 64 MiB (a few ms each), frees them as they go, and the
 * allocator hands the same memory out again instead of faulting in new pages: a registry-to-registry
 * promotion of 200 MB took less CPU this way than with a collection every 8 MiB, and none at all
 * cost the most. Chunks lent from reused buffers (oci/store.ts's LentChunks) are not counted. Where
 * the runtime does not allow it, this does nothing (nor does {@link collectNow}).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options?: { type?: 'minor' | 'major' }) => void;

let collect: Collect | false | undefined;

function collector(): Collect | false {
  if (collect !== undefined) return collect;
  try {
    const existing = (globalThis as { gc?: unknown }).gc;
    if (typeof existing === 'function') {
      collect = existing as Collect;
    } else {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as unknown;
      collect = typeof gc === 'function' ? (gc as Collect) : false;
    }
  } catch {
    collect = false;
  }
  return collect;
}

/**
 * Call with the bytes each chunk moved. Collects the young generation every `minorEvery` bytes (most
 * chunks die young) and the whole heap every `majorEvery` bytes (chunks that were in flight during a
 * young collection got promoted; only a full collection frees those).
 */
export function transferMemoryGovernor(
  minorEvery = 2 * 1024 * 1024,
  majorEvery = 64 * 1024 * 1024,
): (bytes: number) => void {
  let minor = 0;
  let major = 0;
  return (bytes) => {
    minor += bytes;
    major += bytes;
    if (minor < minorEvery) return;
    minor = 0;
    const gc = collector();
    if (gc === false) return;
    if (major >= majorEvery) {
      major = 0;
      gc({ type: 'major' });
    } else gc({ type: 'minor' });
  };
}

/**
 * One collection now, between phases of a long run: what the phase before left behind is freed before
 * the next one allocates, rather than whenever the heap's own heuristics (which a long, fast phase
 * leaves in differing states) decide.
 */
export function collectNow(type: 'minor' | 'major'): void {
  const gc = collector();
  if (gc !== false) gc({ type });
}
