/**
 * Promotion: the exact bytes behind one digest move to the next registry/repository/environment,
 * never rebuilt, never overwriting a tag (unless allowed), with their referrers (signatures,
 * attestations, SBOMs) and a promotion record.
 *
 * Order: resolve the source once (HEAD) → gate → tag rule at every destination → plan the whole
 * manifest tree (every digest verified, blobs deduped) → blobs through one bounded pool (skip,
 * mount, or stream with verification) → child manifests, root, referrers → tag last, re-checked
 * just before and read back after (after a settle delay, so a concurrent promotion of another
 * digest is seen; the record is prepared meanwhile) → post-check → record published.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Transform, pipeline, type Readable } from 'node:stream';
import { mapPool, Semaphore } from '../concurrency.js';
import { ArtefactsError, describeError } from '../errors.js';
import { heldLogger, silentLogger, type Logger } from '../log.js';
import { prepareReferrer } from './builder.js';
import { LayoutStore } from './layout.js';
import { transferMemoryGovernor } from './memory.js';
import { VerifyingStream, childDescriptors, isIndex, type Descriptor, type Manifest, type Platform } from './media.js';
import { formatReference, parseReference, referenceTarget, type ImageReference } from './references.js';
import { RegistryClient, RegistryRepository, type RegistryOptions } from './registry.js';
import type { ArtifactStore } from './store.js';
import type { SigningConfig } from '../sign/bundle.js';
import type { Statement } from '../sign/statements.js';

/**
 * The predicate type of promotion records: the project's own, versioned, and specified by the
 * document it points at (docs/promotion-record.md, section "v1"). Version 1 is additive-only.
 */
export const PROMOTION_PREDICATE_TYPE =
  'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/promotion-record.md#v1';
export const PROMOTION_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.promotion.v1+json';
export const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';

export interface PromoteDestination {
  reference: string;
  /** Tags at this destination besides the reference's own tag and the shared `tags`. */
  tags?: string[];
}

export interface PromoteOptions {
  source: string;
  destinations: (string | PromoteDestination)[];
  tags?: string[];
  allowOverwrite?: boolean;
  /** true (default) copies every referrer; a list copies only those artifactTypes; false none. */
  copyReferrers?: boolean | string[];
  /** `os/arch[/variant]` to select one platform's manifest out of an index (its digest is unchanged). Default all. */
  platforms?: string[];
  /** Extra repositories (in the destination registry) to try mounting blobs from. */
  mountFrom?: string[];
  environment?: string;
  /** Files recorded by sha256 in the promotion record: name → path. */
  evidence?: { name: string; path: string }[];
  record?: boolean;
  /**
   * Signs each promotion record (key-based or keyless, as the sign action does): the statement is
   * pushed as a Sigstore bundle referrer (DSSE, predicate type PROMOTION_PREDICATE_TYPE) instead of
   * the unsigned record manifest. Absent: unsigned records (`"signed": false`).
   */
  recordSigning?: SigningConfig;
  dryRun?: boolean;
  concurrency?: number;
  /** Called with the source store and digest before a byte is copied (signature gate). Throw to refuse. */
  gate?: (source: ArtifactStore, digest: string) => Promise<void>;
  registry?: RegistryClient | RegistryOptions;
  logger?: Logger;
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Wait after the tag writes before reading them back (race detection). Default: adaptive, three
   * times the slowest re-check + write round trip seen, at least 100 ms and at most 2 s. A competing
   * promotion that passed its own re-check before our write landed is, at that moment, between its
   * re-check's answer and its own write's arrival: one round trip to the same registry, which ours
   * measures. The record (statement, signature, blobs) is prepared during the wait, so it costs a
   * promotion little beyond the preparation it needs anyway.
   */
  settleMs?: number;
  now?: () => Date;
}

export type DestinationStatus = 'promoted' | 'unchanged' | 'planned';

export interface DestinationResult {
  reference: string;
  tags: string[];
  status: DestinationStatus;
  refs: string[];
  record?: string;
}

export interface PromoteResult {
  source: string;
  digest: string;
  mediaType: string;
  dryRun: boolean;
  destinations: DestinationResult[];
  bytesCopied: number;
  blobsCopied: number;
  blobsMounted: number;
  blobsSkipped: number;
  referrersCopied: number;
  manifests: number;
  recordSigned: boolean;
}

interface Tree {
  /** Manifests in write order: children before parents. */
  manifests: Manifest[];
  blobs: Map<string, Descriptor>;
}

/**
 * Requests that move no content (HEADs, manifest reads, mounts, upload sessions) run this many at
 * once; only the streaming of blob bytes is held to the `concurrency` option.
 */
const LOOKUPS = 16;

/**
 * Blobs up to this size (configs, small layers, signatures) are bound by round trips rather than by
 * bandwidth: they move without waiting for a transfer slot, at most LOOKUPS of them at once.
 */
const UNSLOTTED_BYTES = 1024 * 1024;

function platformKey(p: Platform | undefined): string {
  return p === undefined ? '' : [p.os, p.architecture, p.variant].filter((x) => x !== undefined && x !== '').join('/');
}

function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

/** Fetches the whole manifest tree under a manifest, verifying every digest on the way. */
async function planTree(source: ArtifactStore, root: Manifest): Promise<Tree> {
  const tree: Tree = { manifests: [], blobs: new Map() };
  const seen = new Set<string>();
  const visit = async (manifest: Manifest) => {
    if (seen.has(manifest.digest)) return;
    seen.add(manifest.digest);
    const { manifests, blobs } = childDescriptors(manifest);
    for (const blob of blobs) tree.blobs.set(blob.digest, blob);
    // An index's children are fetched together (one round trip, not one per platform); the tree
    // keeps their listed order, children before parents.
    const fetched = await mapPool(manifests, LOOKUPS, async (child) => {
      const got = await source.getManifest(child.digest);
      if (got.bytes.length !== child.size) {
        throw new ArtefactsError(
          'DIGEST_MISMATCH',
          `${source.location}@${child.digest}: ${got.bytes.length} bytes where the index declares ${child.size}.`,
        );
      }
      return got;
    });
    for (const child of fetched) await visit(child);
    tree.manifests.push(manifest);
  };
  await visit(root);
  return tree;
}

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

async function fileDigest(file: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) hash.update(chunk);
  } catch (error) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      `Evidence file ${JSON.stringify(file)} cannot be read: ${describeError(error)}`,
    );
  }
  return hash.digest('hex');
}

export async function promote(options: PromoteOptions): Promise<PromoteResult> {
  const logger = options.logger ?? silentLogger;
  const env = options.env ?? process.env;
  const client =
    options.registry instanceof RegistryClient ? options.registry : new RegistryClient({ logger, ...options.registry });
  const open = (ref: ImageReference): ArtifactStore =>
    ref.kind === 'layout' ? new LayoutStore(ref.path) : client.repository(ref);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  /** Blob streams in flight, across every tree and destination of this promotion. */
  const streams = new Semaphore(concurrency);
  /** Every blob transfer of this promotion, by destination and digest. */
  const transfers = new Map<string, Promise<'skipped' | 'mounted' | 'copied'>>();
  const dryRun = options.dryRun === true;

  // Every reference is parsed before a request is made: a bad destination fails at once.
  const sourceRef = parseReference(options.source);
  const shared = options.tags ?? [];
  const destinations = options.destinations.map((d) => {
    const spec = typeof d === 'string' ? { reference: d } : d;
    const ref = parseReference(spec.reference);
    const tags = [...new Set([...(ref.tag === undefined ? [] : [ref.tag]), ...(spec.tags ?? []), ...shared])];
    return { spec, ref, store: open(ref), tags };
  });
  if (destinations.length === 0)
    throw new ArtefactsError('INPUT_MISSING', "Input 'destinations': at least one destination is needed.");

  // 1. Resolve the source once; from here on only the digest is used.
  const source = open(sourceRef);
  const target = referenceTarget(sourceRef);
  const resolved = await source.resolve(target);
  if (resolved === undefined) {
    throw new ArtefactsError('REGISTRY_NOT_FOUND', `Source ${formatReference(sourceRef)} does not exist.`);
  }
  // What every destination tag points at now is read while the source manifest is fetched: reads
  // only, judged below against the final digest (a platform choice may still change it).
  // The referrers of what the tag names are listed at the same time (the plan asks for them later).
  const listings = new Map<string, Promise<Descriptor[]>>();
  const referrersOf = (subject: string): Promise<Descriptor[]> => {
    let listing = listings.get(subject);
    if (listing === undefined) {
      listing = source.referrers(subject);
      listings.set(subject, listing);
    }
    return listing;
  };
  if (options.copyReferrers !== false) referrersOf(resolved.digest).catch(() => undefined);
  const [fetchedRoot, current] = await Promise.all([
    source.getManifest(resolved.digest),
    Promise.all(destinations.map((dest) => Promise.all(dest.tags.map((tag) => dest.store.resolve(tag))))),
  ]);
  let root = fetchedRoot;
  if (options.platforms !== undefined && options.platforms.length > 0 && isIndex(root.parsed)) {
    const wanted = new Set(options.platforms.map((p) => p.trim()));
    const children = root.parsed.manifests;
    const chosen = children.filter((c) => wanted.has(platformKey(c.platform)));
    if (chosen.length !== children.length) {
      if (chosen.length !== 1) {
        throw new ArtefactsError(
          'INPUT_INVALID',
          `Input 'platforms': selects ${chosen.length} of the ${children.length} platforms of ${resolved.digest}; expected all of them or exactly one (a subset index would change the digest).`,
          { hint: `Available: ${children.map((c) => platformKey(c.platform)).join(', ')}` },
        );
      }
      root = await source.getManifest(chosen[0]!.digest);
    }
  }
  const digest = root.digest;
  logger.info(`Promoting ${formatReference(sourceRef)} → ${digest}`);

  // 2-4. The gate, the tag rule and the plan only read, so they run together; nothing is written
  // before all three have passed, and a failure is reported in that order (gate, tag, plan).
  const copyReferrers = options.copyReferrers ?? true;
  const [gated, ruled, planned] = await Promise.allSettled([
    // 2. Gate before copying a byte.
    options.gate === undefined ? Promise.resolve() : options.gate(source, digest),
    // 3. Tag rule at each destination.
    Promise.all(destinations.map((dest, i) => tagRule(dest, current[i]!))),
    // 4. Plan: the whole tree, every digest verified; referrers recursively.
    (async () => {
      const tree = await planTree(source, root);
      return { tree, referrerTrees: copyReferrers === false ? [] : await planReferrers(tree, copyReferrers) };
    })(),
  ]);
  if (gated.status === 'rejected') throw gated.reason;
  if (ruled.status === 'rejected') throw ruled.reason;
  if (planned.status === 'rejected') throw planned.reason;
  const states = ruled.value;
  const { tree, referrerTrees } = planned.value;

  const result: PromoteResult = {
    source: formatReference(sourceRef, { digest }),
    digest,
    mediaType: root.mediaType,
    dryRun,
    destinations: [],
    bytesCopied: 0,
    blobsCopied: 0,
    blobsMounted: 0,
    blobsSkipped: 0,
    referrersCopied: 0,
    manifests: tree.manifests.length,
    recordSigned: options.record !== false && options.recordSigning !== undefined,
  };

  // Evidence is read and hashed before anything is written: a missing file fails before a byte moves.
  const evidence: { name: string; digest: { sha256: string } }[] = [];
  for (const e of options.evidence ?? [])
    evidence.push({ name: e.name || path.basename(e.path), digest: { sha256: await fileDigest(e.path) } });

  const entries = destinations.map((dest, i): DestinationResult => {
    const refs =
      dest.tags.length === 0
        ? [formatReference(dest.ref, { tag: undefined, digest })]
        : dest.tags.map((t) => formatReference(dest.ref, { tag: t, digest: undefined }));
    return {
      reference: formatReference(dest.ref, { tag: undefined, digest: undefined }),
      tags: dest.tags,
      status: dryRun ? 'planned' : states[i]!.unchanged ? 'unchanged' : 'promoted',
      refs,
    };
  });
  result.destinations.push(...entries);

  if (dryRun) {
    const blobs = [...tree.blobs.values()];
    for (const dest of destinations) {
      const present = await mapPool(blobs, LOOKUPS, (blob) => dest.store.hasBlob(blob.digest));
      for (const [j, blob] of blobs.entries()) {
        if (present[j] === undefined) {
          result.blobsCopied++;
          result.bytesCopied += blob.size;
        } else result.blobsSkipped++;
      }
    }
    logger.info(
      `Dry run: would copy ${result.blobsCopied} blobs (${mib(result.bytesCopied)}), skip ${result.blobsSkipped}; nothing was written.`,
    );
    return result;
  }

  // 5 + 6. Content at every destination first (blobs, child manifests, root, referrers): no tag yet,
  // so a failure anywhere, at any destination, leaves no destination tag written by this run.
  // Referrers go level by level (a signature of an SBOM after the SBOM), each level together.
  const levels: ReferrerPlan[][] = [];
  for (const r of referrerTrees) (levels[r.depth] ??= []).push(r);
  // Every destination at once (round trips overlap; the bytes share the `concurrency` slots). Each
  // destination's lines stay in its own group: the others' are held until their group opens. A
  // failure is reported once every destination's copy has ended, the first destination's first.
  const logs = destinations.map(() => heldLogger(logger));
  const copyTo = async (dest: (typeof destinations)[number], i: number): Promise<void> => {
    const log = logs[i]!;
    // With tags and no referrers to copy, nothing needs the root by digest before its tag write.
    if (!states[i]!.unchanged) await copyTreeTo(tree, dest.store, log, dest.tags.length > 0 && levels.length === 0);
    for (const level of levels) {
      await mapPool(level, concurrency, async (r) => {
        if ((await dest.store.resolve(r.manifest.digest)) !== undefined) {
          const listed = await dest.store.referrers(r.subject);
          if (listed.some((d) => d.digest === r.manifest.digest)) return;
        }
        await copyTreeTo(r.tree, dest.store, log);
        result.referrersCopied++;
      });
    }
  };
  // Each outcome is caught at once (a later destination may fail while an earlier one's group is open).
  const copies = destinations.map((dest, i) =>
    copyTo(dest, i).then(
      () => undefined,
      (error: unknown) => ({ error }),
    ),
  );
  let failed: { error: unknown } | undefined;
  for (const [i, dest] of destinations.entries()) {
    await logger.group(`${dest.store.location}${states[i]!.unchanged ? ' (already there)' : ''}`, async () => {
      logs[i]!.release();
      failed ??= await copies[i];
    });
  }
  if (failed !== undefined) throw failed.error;
  // The tags last, at every destination together: re-checked before, read back after. While the
  // settle delay runs, each record is prepared (statement, signature, blobs); it is published only
  // once the tags read back and pass the post-check, so a lost race leaves no record behind.
  const prepared: (PreparedRecord | undefined)[] = [];
  const confirmed = await writeTags(
    destinations.filter((_d, i) => !states[i]!.unchanged),
    async () => {
      if (options.record === false) return;
      await Promise.all(
        destinations.map(async (dest, i) => {
          if (!states[i]!.unchanged) prepared[i] = await prepareRecord(dest.store, entries[i]!);
        }),
      );
    },
  );
  // 7. Post-check: every destination tag at the digest. The tags this run wrote were read back after
  // the settle delay, and that read is their post-check; the others are resolved now.
  await Promise.all(
    destinations.map(async (dest) => {
      await Promise.all(
        dest.tags.map(async (tag) => {
          if (confirmed.has(`${dest.store.location}:${tag}`)) return;
          const now = await dest.store.resolve(tag);
          if (now?.digest !== digest) {
            throw new ArtefactsError(
              'TAG_RACE',
              `Post-check: ${dest.store.location}:${tag} is ${now?.digest ?? 'absent'}, expected ${digest}.`,
            );
          }
        }),
      );
      if (dest.tags.length === 0 && (await dest.store.resolve(digest)) === undefined) {
        throw new ArtefactsError(
          'REGISTRY_PROTOCOL',
          `Post-check: ${dest.store.location}@${digest} is absent after the copy.`,
        );
      }
    }),
  );
  // 8. Records, where this run wrote the tags.
  await Promise.all(
    prepared.map(async (record, i) => {
      if (record !== undefined) entries[i]!.record = await record.publish();
    }),
  );
  for (const [i, entry] of entries.entries()) {
    logger.info(
      `${entry.status === 'unchanged' ? 'Already there' : 'Promoted'}: ${entry.refs.join(', ')}${states[i]!.unchanged ? '' : ` (${digest})`}`,
    );
  }
  return result;

  /** The tag rule at one destination, given what its tags point at now. */
  async function tagRule(
    dest: (typeof destinations)[number],
    now: readonly (Descriptor | undefined)[],
  ): Promise<{ unchanged: boolean }> {
    if (dest.ref.digest !== undefined && dest.ref.digest !== digest) {
      throw new ArtefactsError(
        'TAG_CONFLICT',
        `Destination ${dest.spec.reference} names digest ${dest.ref.digest}, but the source is ${digest}.`,
      );
    }
    if (dest.tags.length === 0) return { unchanged: (await dest.store.resolve(digest)) !== undefined };
    let unchanged = true;
    for (const [j, tag] of dest.tags.entries()) {
      const there = now[j];
      if (there === undefined) unchanged = false;
      else if (there.digest !== digest) {
        unchanged = false;
        if (options.allowOverwrite !== true) {
          throw new ArtefactsError(
            'TAG_CONFLICT',
            `${dest.store.location}:${tag} already points at ${there.digest}; refusing to overwrite it with ${digest}.`,
            { hint: 'Promote under a new tag, or set allow-overwrite if moving this tag is intended.' },
          );
        }
      }
    }
    return { unchanged };
  }

  /** Every referrer under the tree, recursively, breadth first; each level is listed and fetched together. */
  async function planReferrers(t: Tree, filter: true | string[]): Promise<ReferrerPlan[]> {
    const types = Array.isArray(filter) ? filter : undefined;
    const plans: ReferrerPlan[] = [];
    const seen = new Set<string>(t.manifests.map((m) => m.digest));
    let level = t.manifests.map((m) => m.digest);
    for (let depth = 0; level.length > 0 && plans.length < 10_000; depth++) {
      const listed = await mapPool(level, LOOKUPS, async (subject) => ({
        subject,
        found: await referrersOf(subject),
      }));
      const next: { subject: string; digest: string }[] = [];
      for (const { subject, found } of listed) {
        for (const r of found) {
          if (seen.has(r.digest)) continue;
          if (types !== undefined && !types.includes(r.artifactType ?? '')) continue;
          seen.add(r.digest);
          next.push({ subject, digest: r.digest });
        }
      }
      plans.push(
        ...(await mapPool(next, LOOKUPS, async ({ subject, digest: d }) => {
          const manifest = await source.getManifest(d);
          return { subject, depth, manifest, tree: await planTree(source, manifest) };
        })),
      );
      level = next.map((n) => n.digest);
    }
    return plans;
  }

  /**
   * Copies a tree's blobs and manifests. `rootByTag`: the root is left to the tag write, which stores
   * it (one round trip in a row fewer where nothing else needs it by digest first).
   */
  async function copyTreeTo(t: Tree, store: ArtifactStore, log: Logger, rootByTag = false): Promise<void> {
    // Largest first: the biggest layer is the critical path, so it starts at once while the pool
    // fills the rest of the time with the smaller ones.
    const blobs = [...t.blobs.values()].sort((x, y) => y.size - x.size);
    const total = blobs.reduce((s, b) => s + b.size, 0);
    const counts = { copied: 0, mounted: 0, skipped: 0, bytes: 0 };
    let moved = 0;
    const started = Date.now();
    let lastLog = started;
    const progress = (final: boolean) => {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const rate = `${(moved / 1048576 / seconds).toFixed(1)} MiB/s`;
      if (final) {
        log.info(
          `  ${blobs.length} blobs: ${counts.copied} copied (${mib(counts.bytes)}), ${counts.mounted} mounted, ${counts.skipped} already there; ${seconds.toFixed(1)} s${moved > 0 ? `, ${rate}` : ''}`,
        );
      } else {
        log.info(
          `  ${mib(moved)} of at most ${mib(total)} (${Math.round((100 * moved) / Math.max(1, total))}%) at ${rate}`,
        );
      }
    };
    const govern = transferMemoryGovernor();
    await mapPool(blobs, LOOKUPS, async (blob) => {
      const outcome = await transferOnce(blob, store, (n) => {
        moved += n;
        govern(n);
        const now = Date.now();
        if (now - lastLog >= 2000) {
          lastLog = now;
          progress(false);
        }
      });
      if (outcome === 'skipped') {
        result.blobsSkipped++;
        counts.skipped++;
      } else if (outcome === 'mounted') {
        result.blobsMounted++;
        counts.mounted++;
      } else {
        result.blobsCopied++;
        result.bytesCopied += blob.size;
        counts.copied++;
        counts.bytes += blob.size;
      }
    });
    // The tree lists children before parents: the root is last.
    await putManifests(store, rootByTag ? t.manifests.slice(0, -1) : t.manifests);
    if (blobs.length > 0 && (moved > 0 || Date.now() - started > 1000 || t === tree)) progress(true);
  }

  /**
   * One transfer per blob and destination in a promotion: trees that share a blob (referrers share
   * the empty config `{}`) wait for the transfer already started, and count it as already there.
   */
  function transferOnce(
    blob: Descriptor,
    store: ArtifactStore,
    onBytes: (n: number) => void,
  ): Promise<'skipped' | 'mounted' | 'copied'> {
    const key = `${store.location}\n${blob.digest}`;
    const started = transfers.get(key);
    if (started !== undefined) return started.then(() => 'skipped');
    const transfer = transferBlob(blob, store, onBytes);
    transfers.set(key, transfer);
    return transfer;
  }

  async function transferBlob(
    blob: Descriptor,
    store: ArtifactStore,
    onBytes: (n: number) => void,
  ): Promise<'skipped' | 'mounted' | 'copied'> {
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
    const counted = async (): Promise<Readable> => {
      await takeSlot();
      const stream = await source.getBlob(blob);
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
    const candidates: string[] = [];
    if (
      store instanceof RegistryRepository &&
      source instanceof RegistryRepository &&
      store.registry === source.registry
    ) {
      candidates.push(source.repository);
    }
    if (store instanceof LayoutStore && source instanceof LayoutStore) candidates.push(source.dir);
    if (store instanceof RegistryRepository) {
      for (const from of options.mountFrom ?? []) {
        const repoName = from.includes('/') && /[.:]/.test(from.split('/')[0]!) ? parseReference(from) : undefined;
        if (repoName !== undefined && repoName.kind === 'registry') {
          if (repoName.registry === store.registry) candidates.push(repoName.repository);
        } else candidates.push(from);
      }
    }
    const unique = [...new Set(candidates)].filter(
      (c) => !(store instanceof RegistryRepository) || c !== store.repository,
    );
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

  /**
   * Writes every tag, each re-checked just before its write, waits the settle delay while
   * `whileSettling` runs, and reads every tag back. Returns the `location:tag` of each tag confirmed.
   */
  async function writeTags(
    targets: { store: ArtifactStore; tags: string[] }[],
    whileSettling: () => Promise<void>,
  ): Promise<Set<string>> {
    const pairs = targets.flatMap(({ store, tags }) => tags.map((tag) => ({ store, tag })));
    const writes = await Promise.allSettled(
      pairs.map(async ({ store, tag }) => {
        const started = Date.now();
        // Check again just before the write: another promotion may have landed since the plan.
        const before = await store.resolve(tag);
        if (before !== undefined && before.digest !== digest && options.allowOverwrite !== true) {
          throw new ArtefactsError(
            'TAG_RACE',
            `${store.location}:${tag} became ${before.digest} while promoting ${digest}; another promotion got there first.`,
          );
        }
        await store.putTag(tag, root);
        return Date.now() - started;
      }),
    );
    const refused = writes.find((w) => w.status === 'rejected');
    if (refused !== undefined) throw refused.reason;
    const slowest = Math.max(0, ...writes.map((w) => (w.status === 'fulfilled' ? w.value : 0)));
    const settleMs = pairs.length === 0 ? 0 : (options.settleMs ?? Math.min(2000, Math.max(100, 3 * slowest)));
    await Promise.all([whileSettling(), settleMs > 0 ? new Promise((r) => setTimeout(r, settleMs)) : undefined]);
    const confirmed = new Set<string>();
    await Promise.all(
      pairs.map(async ({ store, tag }) => {
        const after = await store.resolve(tag);
        if (after?.digest !== digest) {
          throw new ArtefactsError(
            'TAG_RACE',
            `${store.location}:${tag} reads back as ${after?.digest ?? 'absent'} right after writing ${digest}: a concurrent promotion overwrote it; this one lost the race.`,
            { hint: 'Check which digest the tag should carry and re-run; registries offer no conditional tag write.' },
          );
        }
        confirmed.add(`${store.location}:${tag}`);
      }),
    );
    return confirmed;
  }

  /** The record's statement built, signed if asked, its blobs uploaded; `publish` writes its manifest. */
  async function prepareRecord(store: ArtifactStore, entry: DestinationResult): Promise<PreparedRecord> {
    const runUrl =
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
        : undefined;
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: entry.reference, digest: { sha256: digest.slice('sha256:'.length) } }],
      predicateType: PROMOTION_PREDICATE_TYPE,
      predicate: {
        source: result.source,
        destination: entry.reference,
        tags: entry.tags,
        digest,
        mediaType: root.mediaType,
        ...(options.environment === undefined ? {} : { environment: options.environment }),
        promotedAt: (options.now?.() ?? new Date()).toISOString(),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
        ...(runUrl === undefined
          ? {}
          : {
              run: {
                url: runUrl,
                workflow: env.GITHUB_WORKFLOW,
                repository: env.GITHUB_REPOSITORY,
                sha: env.GITHUB_SHA,
              },
            }),
        evidence,
        signed: options.recordSigning !== undefined,
      },
    };
    const subjectDescriptor = { mediaType: root.mediaType, digest, size: root.bytes.length };
    if (options.recordSigning !== undefined) {
      // Signed: the statement in a DSSE envelope inside a Sigstore bundle, pushed as a referrer
      // exactly as the sign action pushes attestations (verify finds it by its predicate type).
      // Loaded here, not at start: the sigstore libraries cost a cold start about 0.15 s.
      const { signStatement, pushArtefact, bundleReferrer } = await import('./promote-signing.js');
      const signed = await signStatement(statement as Statement, options.recordSigning);
      const artefact = bundleReferrer(signed.bundle, subjectDescriptor, new Date(statement.predicate.promotedAt));
      return {
        publish: async () => {
          const pushed = await pushArtefact(store, artefact);
          logger.info(`  promotion record ${pushed.digest} attached, signed by ${signed.signer}`);
          return pushed.digest;
        },
      };
    }
    const record = await prepareReferrer(
      store,
      subjectDescriptor,
      PROMOTION_ARTIFACT_TYPE,
      { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) },
      {
        'dev.immutable-artefacts.predicateType': PROMOTION_PREDICATE_TYPE,
        'org.opencontainers.image.created': statement.predicate.promotedAt,
        ...(options.environment === undefined ? {} : { 'dev.immutable-artefacts.environment': options.environment }),
      },
    );
    return {
      publish: async () => {
        await store.putManifest(record);
        logger.info(`  promotion record ${record.digest} attached (unsigned: no record-key given)`);
        return record.digest;
      },
    };
  }
}

interface ReferrerPlan {
  subject: string;
  /** 0 for referrers of the promoted manifests, 1 for their referrers, and so on. */
  depth: number;
  manifest: Manifest;
  tree: Tree;
}

interface PreparedRecord {
  publish(): Promise<string>;
}

/** The job summary: a table and a mermaid diagram of source → destinations with the digest. */
export function promoteSummary(result: PromoteResult): string {
  const lines = [
    `### Promotion${result.dryRun ? ' (dry run)' : ''}`,
    '',
    `Digest: \`${result.digest}\``,
    '',
    '| Destination | Tags | Status |',
    '| --- | --- | --- |',
    ...result.destinations.map(
      (d) => `| \`${d.reference}\` | ${d.tags.map((t) => `\`${t}\``).join(', ') || '(by digest)'} | ${d.status} |`,
    ),
    '',
    '| Blobs copied | Blobs mounted | Blobs skipped | Bytes copied | Referrers copied |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${result.blobsCopied} | ${result.blobsMounted} | ${result.blobsSkipped} | ${result.bytesCopied} | ${result.referrersCopied} |`,
    '',
    '```mermaid',
    'flowchart LR',
    `  src["${result.source.replace(/"/g, "'").replace(/@sha256:.*/, '')}"]`,
    ...result.destinations.map(
      (d, i) => `  src -- "${result.digest.slice(0, 19)}…" --> d${i}["${d.reference.replace(/"/g, "'")}"]`,
    ),
    '```',
    '',
  ];
  return lines.join('\n');
}
