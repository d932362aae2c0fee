/**
 * Promotion, step "copy": blobs through one bounded pool (skip, mount, or stream with
 * verification), then the manifests, children before parents. Progress counts each byte of a blob
 * once: bytes sent again after a retry are counted apart, so it never passes 100%.
 */
import { Readable, Transform, pipeline } from 'node:stream';
import { mapPool, Semaphore } from '../concurrency.js';
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import { transferMemoryGovernor } from '../oci/memory.js';
import { VerifyingStream, childDescriptors, type Descriptor, type Manifest } from '../oci/media.js';
import { LOOKUPS, type Tree } from './plan.js';
import { blobBody, type ArtifactStore, type BlobBody, type MountScope } from '../oci/store.js';

/**
 * Blobs up to this size (configs, small layers, signatures) are bound by round trips rather than by
 * bandwidth: they move without waiting for a transfer slot, at most LOOKUPS of them at once.
 */
const UNSLOTTED_BYTES = 1024 * 1024;

export function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

/** What one promotion's copies add up to. */
export interface CopyCounts {
  bytesCopied: number;
  blobsCopied: number;
  blobsMounted: number;
  blobsSkipped: number;
  /** Bytes streamed again after a failed try (not counted in bytesCopied). */
  bytesResent: number;
}

type Outcome = 'skipped' | 'mounted' | 'copied';

/**
 * Writes manifests given children before parents, each once the manifests it lists are there: the
 * children of an index together, then the index (a registry refuses an index whose children are
 * missing). Every write has ended, whatever happened, before this returns or throws.
 */
async function putManifests(store: ArtifactStore, manifests: Manifest[]): Promise<void> {
  const depth = new Map<string, number>();
  const levels: Manifest[][] = [];
  for (const manifest of manifests) {
    const children = childDescriptors(manifest).manifests.map((c) => depth.get(c.digest) ?? -1);
    const d = 1 + Math.max(-1, ...children);
    depth.set(manifest.digest, d);
    (levels[d] ??= []).push(manifest);
  }
  for (const level of levels) await mapPool(level, LOOKUPS, (manifest) => store.putManifest(manifest));
}

/**
 * A repository to mount blobs from besides the source's (`mount-from`): in the destination's own
 * registry when `registry` is undefined, else only at destinations in that registry.
 */
export interface MountSource {
  readonly registry: string | undefined;
  readonly repository: string;
}

/**
 * Where a blob for `target` may be mounted from, in the order to try: the source itself when the
 * two share a mount scope (one registry, or two layouts), then the `mount-from` repositories of the
 * target's registry; never the target itself.
 */
export function mountCandidates(
  target: MountScope | undefined,
  source: MountScope | undefined,
  mountFrom: readonly MountSource[],
): string[] {
  const candidates: string[] = [];
  if (target?.kind === 'registry') {
    if (source?.kind === 'registry' && source.registry === target.registry) candidates.push(source.repository);
    for (const from of mountFrom)
      if (from.registry === undefined || from.registry === target.registry) candidates.push(from.repository);
    return [...new Set(candidates)].filter((c) => c !== target.repository);
  }
  if (target?.kind === 'layout' && source?.kind === 'layout') candidates.push(source.dir);
  return candidates;
}

/** Copies trees from one source to any number of destinations, sharing one pool of blob streams. */
export class Copier {
  /** Blob streams in flight, across every tree and destination of this promotion. */
  private readonly streams: Semaphore;
  /** Every blob write of this promotion, by destination repository and digest (see `once`). */
  private readonly writes = new Map<string, Promise<unknown>>();

  constructor(
    private readonly source: ArtifactStore,
    private readonly counts: CopyCounts,
    concurrency: number,
    private readonly mountFrom: readonly MountSource[] = [],
  ) {
    this.streams = new Semaphore(concurrency);
  }

  /**
   * Copies a tree's blobs and manifests. `summary`: log the blob line even when the copy was quick.
   * `rootByTag`: the root is left to the tag write, which stores it (one round trip in a row fewer
   * where nothing, no referrer and no record, needs it by digest first).
   */
  async copyTree(t: Tree, store: ArtifactStore, log: Logger, summary = false, rootByTag = false): Promise<void> {
    // Largest first: the biggest layer is the critical path, so it starts at once while the pool
    // fills the rest of the time with the smaller ones.
    const blobs = [...t.blobs.values()].sort((x, y) => y.size - x.size);
    const total = blobs.reduce((s, b) => s + b.size, 0);
    const counts = { copied: 0, mounted: 0, skipped: 0, bytes: 0 };
    // Progress: each byte of a blob counts once; what a retry streams again is counted apart.
    let moved = 0;
    let resent = 0;
    const started = Date.now();
    let lastLog = started;
    const progress = (final: boolean) => {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const rate = `${(moved / 1048576 / seconds).toFixed(1)} MiB/s`;
      const again = resent > 0 ? `, ${mib(resent)} sent again after retries` : '';
      if (final) {
        log.info(
          `  ${blobs.length} blobs: ${counts.copied} copied (${mib(counts.bytes)}), ${counts.mounted} mounted, ${counts.skipped} already there; ${seconds.toFixed(1)} s${moved > 0 ? `, ${rate}` : ''}${again}`,
        );
      } else {
        log.info(
          `  ${mib(moved)} of at most ${mib(total)} (${Math.min(100, Math.round((100 * moved) / Math.max(1, total)))}%) at ${rate}${again}`,
        );
      }
    };
    const govern = transferMemoryGovernor();
    await mapPool(blobs, LOOKUPS, async (blob) => {
      // How far this blob's bytes got in its furthest try, and how far the current try is.
      let furthest = 0;
      let current = 0;
      const outcome = await this.transferOnce(
        blob,
        store,
        () => (current = 0),
        (n, lent) => {
          current += n;
          const fresh = Math.max(0, Math.min(n, current - furthest));
          furthest = Math.max(furthest, current);
          moved += fresh;
          resent += n - fresh;
          this.counts.bytesResent += n - fresh;
          // Lent chunks come from reused buffers: nothing for a collection to free.
          if (lent !== true) govern(n);
          const now = Date.now();
          if (now - lastLog >= 2000) {
            lastLog = now;
            progress(false);
          }
        },
      );
      if (outcome === 'skipped') {
        this.counts.blobsSkipped++;
        counts.skipped++;
      } else if (outcome === 'mounted') {
        this.counts.blobsMounted++;
        counts.mounted++;
      } else {
        this.counts.blobsCopied++;
        this.counts.bytesCopied += blob.size;
        counts.copied++;
        counts.bytes += blob.size;
      }
    });
    // The tree lists children before parents: the root is last.
    await putManifests(store, rootByTag ? t.manifests.slice(0, -1) : t.manifests);
    if (blobs.length > 0 && (moved > 0 || Date.now() - started > 1000 || summary)) progress(true);
  }

  /**
   * One write per blob and repository in a promotion, whoever asks: the copy's transfers and the
   * blobs promote writes beside them (records, tag bindings, summaries). Trees that share a blob
   * (referrers share the empty config `{}`), and destinations that name one repository, wait for the
   * write already started (sharing its failure) and take the blob as already there. One repository is
   * one store location. distribution 2.8 can also fail a manifest whose blob a second upload of the
   * same digest is linking at that moment, so this is more than bytes saved.
   */
  once<T>(store: ArtifactStore, digest: string, write: () => Promise<T>): Promise<T | 'skipped'> {
    const key = `${store.location}\n${digest}`;
    const started = this.writes.get(key);
    if (started !== undefined) return started.then(() => 'skipped');
    const written = write();
    this.writes.set(key, written);
    return written;
  }

  private transferOnce(
    blob: Descriptor,
    store: ArtifactStore,
    onOpen: () => void,
    onBytes: (n: number, lent?: boolean) => void,
  ): Promise<Outcome> {
    return this.once(store, blob.digest, () => this.transferBlob(blob, store, onOpen, onBytes));
  }

  private async transferBlob(
    blob: Descriptor,
    store: ArtifactStore,
    onOpen: () => void,
    onBytes: (n: number, lent?: boolean) => void,
  ): Promise<Outcome> {
    const { source, streams } = this;
    // Moving more than UNSLOTTED_BYTES waits for one of the `concurrency` slots, largest blob first;
    // the HEAD and any mount before it do not. A plain upload takes its slot before opening its
    // session (so no session sits idle waiting for one); a mount that falls back to uploading takes it
    // when the bytes start. One slot per blob however often the store reopens its source; a slot
    // granted after the transfer already ended (its upload failed meanwhile) is handed straight back.
    let holding = false;
    let over = false;
    let slot: Promise<void> | undefined;
    const takeSlot = (): Promise<void> => {
      if (blob.size <= UNSLOTTED_BYTES) return Promise.resolve();
      return (slot ??= streams.acquire(blob.size).then(() => {
        if (over) {
          streams.release();
          throw new ArtefactsError('REGISTRY_PROTOCOL', `${blob.digest}: the transfer ended before its stream opened.`);
        }
        holding = true;
      }));
    };
    const counted = async (): Promise<BlobBody> => {
      await takeSlot();
      const stream = await blobBody(source, blob);
      if (!(stream instanceof Readable)) {
        // Lent chunks (a layout's reused buffers): counted as each is handed on, still verified.
        onOpen();
        return { ...stream, chunks: counting(stream.chunks, (n) => onBytes(n, true)) };
      }
      // Each opening is a new try from byte 0.
      onOpen();
      if (stream instanceof VerifyingStream) {
        // Count on the verifier itself: no extra stream stage per chunk, and the destination sees a
        // verifying stream and does not hash the bytes a second time.
        stream.onBytes = onBytes;
        return stream;
      }
      const counter = new Transform({
        transform(chunk: Buffer, _e, cb) {
          onBytes(chunk.length);
          cb(null, chunk);
        },
      });
      pipeline(stream, counter, () => undefined);
      return counter;
    };
    const unique = mountCandidates(store.mountScope, source.mountScope, this.mountFrom);
    try {
      // Present already: skipped (a mount would succeed too, but could not tell the two apart).
      if ((await store.hasBlob(blob.digest)) !== undefined) return 'skipped';
      for (const [n, from] of unique.entries()) {
        const last = n === unique.length - 1;
        const outcome = await store.mountBlob(blob, from, last ? counted : undefined);
        if (outcome === 'mounted') return 'mounted';
        if (outcome === 'uploaded') return 'copied';
      }
      await takeSlot();
      await store.putBlob(blob, counted);
      return 'copied';
    } finally {
      over = true;
      if (holding) streams.release();
    }
  }
}

/** Lent chunks passed on as they are, each counted as it goes. */
async function* counting(chunks: AsyncIterable<Buffer>, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    yield chunk;
  }
}
