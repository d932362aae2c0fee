/**
 * Promotion: the exact bytes behind one digest move to the next registry/repository/environment,
 * never rebuilt, never overwriting a tag (unless allowed), with their referrers (signatures,
 * attestations, SBOMs) and a promotion record.
 *
 * Order: resolve the source once (HEAD) → gate, tag rule and plan (plan.ts; reads only) →
 * content at every destination (copy.ts: blobs, manifests, referrers) with the promotion
 * records (records.ts), which go with the first level of referrers, or after the content
 * when there are none → the tags, last (tags.ts: re-checked just before, read back after a
 * settle delay) → post-check → report (report.ts). A promotion that fails has
 * written no tag before its content and records were complete; a re-run checks what is missing at
 * each destination (platform manifests, referrers, the record) and completes it.
 */
import path from 'node:path';
import { allAtOnce, mapPool } from '../concurrency.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { heldLogger, silentLogger, type Logger } from '../log.js';
import { originError, type PathOrigin } from '../paths.js';
import { digestFile, digestHex, isIndex, platformKey, type Descriptor, type Manifest } from '../oci/media.js';
import type { LayoutAccess } from '../oci/layout.js';
import { configPlatform, openStore } from '../oci/open.js';
import { Copier, mib, type MountSource } from './copy.js';
import type { GateResult } from './gate.js';
import type { DestinationResult, PromoteResult } from './report.js';
import { LOOKUPS, planReferrers, planTree, type ReferrerPlan } from './plan.js';
import { findRecord, stageRecord, type RecordFacts } from './records.js';
import { envRunFacts } from '../github/run-facts.js';
import { postCheck, tagRule, writeTags } from './tags.js';
import { formatReference, parseReference, referenceTarget, type ImageReference } from '../oci/references.js';
import { RegistryClient, type RegistryOptions } from '../oci/registry.js';
import type { ArtifactStore, StagedReferrer } from '../oci/store.js';
import type { SigningConfig } from '../sign/bundle.js';
import { findTagBindings, stageTagBinding, versionFacts } from '../sign/predicates/tag-binding.js';

export { PROMOTION_ARTIFACT_TYPE, PROMOTION_PREDICATE_TYPE, IN_TOTO_MEDIA_TYPE } from './records.js';
export { MAX_INDEX_DEPTH, MAX_PLAN_MANIFESTS, MAX_REFERRER_DEPTH, MAX_TREE_MANIFESTS } from './plan.js';
export { promoteSummary } from './report.js';

export interface PromoteDestination {
  /** A reference as text (parsed once, when the promotion starts) or one already parsed. */
  reference: string | ImageReference;
  /** Tags at this destination besides the reference's own tag and the shared `tags`. */
  tags?: string[];
}

export interface PromoteOptions {
  /** A reference as text (parsed once, when the promotion starts) or one already parsed. */
  source: string | ImageReference;
  destinations: (string | PromoteDestination)[];
  tags?: string[];
  allowOverwrite?: boolean;
  /** true (default) copies every referrer; a list copies only those artifactTypes; false none. */
  copyReferrers?: boolean | string[];
  /** `os/arch[/variant]` to select one platform's manifest out of an index (its digest is unchanged). Default all. */
  platforms?: string[];
  /** Extra repositories (in the destination registry) to try mounting blobs from. */
  mountFrom?: readonly MountSource[];
  environment?: string;
  /** Files recorded by sha256 in the promotion record: name → path (and the input that gave it, for errors). */
  evidence?: { name: string; path: string; origin?: PathOrigin }[];
  record?: boolean;
  /**
   * Signs each promotion record (key-based or keyless, as the sign action does): the statement is
   * pushed as a Sigstore bundle referrer (DSSE, predicate type PROMOTION_PREDICATE_TYPE) instead of
   * the unsigned record manifest. Absent: unsigned records (`"signed": false`).
   */
  recordSigning?: SigningConfig;
  /**
   * Writes a tag-binding record (docs/tag-binding.md) per destination tag, as a referrer of the
   * digest before the tag, signed as the promotion record is (`recordSigning`), else unsigned.
   */
  bindTags?: boolean;
  /**
   * Signs a SLSA verification summary of the gate's PASSED verification and attaches it at every
   * destination, after the content and records and before any tag. Needs `gate`.
   */
  summarySigning?: SigningConfig;
  dryRun?: boolean;
  concurrency?: number;
  /** Called with the source store and digest before a byte is copied (signature gate). Throw to refuse. */
  gate?: (source: ArtifactStore, digest: string) => Promise<GateResult | void>;
  registry?: RegistryClient | RegistryOptions;
  /**
   * How a layout source or destination is opened for its input (paths.ts's linksBeneath): which
   * input names it, whether links among its files are followed (none by default). A destination is
   * always opened to be created; a source must be a layout already.
   */
  layoutAccess?: { source?: LayoutAccess; destinations?: LayoutAccess };
  logger?: Logger;
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Wait after the tag writes before reading them back (race detection). Default: adaptive, three
   * times the slowest re-check + write round trip seen, at least 100 ms and at most 2 s. A competing
   * promotion that passed its own re-check before our write landed is, at that moment, between its
   * re-check's answer and its own write's arrival: one round trip to the same registry, which ours
   * measures.
   */
  settleMs?: number;
  now?: () => Date;
}

async function evidenceDigest(file: string, origin: PathOrigin | undefined): Promise<string> {
  try {
    return digestHex((await digestFile(file)).digest);
  } catch (error) {
    throw originError(
      origin,
      'readable files',
      error,
      () =>
        new ArtefactsError(
          'INPUT_INVALID',
          `Evidence file ${JSON.stringify(file)} cannot be read: ${describeError(error)}`,
        ),
    );
  }
}

/**
 * What `platforms` selects of the source (empty: all of it). Of an index: all of its platforms (the
 * index itself, digest unchanged) or exactly one (that platform's manifest, under its own digest); a
 * subset would need a new index with a new digest. Of a single-platform image: its own platform, read
 * from its config. A platform the source does not have is refused, never ignored.
 */
async function choosePlatform(source: ArtifactStore, root: Manifest, platforms: readonly string[]): Promise<Manifest> {
  const wanted = [...new Set(platforms.map((p) => p.trim()))];
  if (wanted.length === 0) return root;
  const given = wanted.join(',');
  if (!isIndex(root.parsed)) {
    const own = platformKey(await configPlatform(source, root));
    if (wanted.length === 1 && wanted[0] === own) return root;
    throw inputError(
      'platforms',
      given,
      own === ''
        ? `all: ${root.digest} is a single manifest whose config names no platform`
        : `${own} or all: ${root.digest} is a single-platform image (${own}, from its config)`,
      'Only an index holds several platforms; a single-platform image is promoted whole, as it is.',
    );
  }
  const children = root.parsed.manifests;
  const available = children.map((c) => platformKey(c.platform));
  const missing = wanted.filter((p) => !available.includes(p));
  const chosen = children.filter((c) => wanted.includes(platformKey(c.platform)));
  if (missing.length > 0 || (chosen.length !== children.length && chosen.length !== 1)) {
    throw inputError(
      'platforms',
      given,
      `all, or exactly one of the ${children.length} platforms of ${root.digest} (a subset index would change the digest)${missing.length > 0 ? `; it has no ${missing.join(', ')}` : ''}`,
      `Available: ${available.join(', ')}`,
    );
  }
  return chosen.length === children.length ? root : source.getManifest(chosen[0]!.digest);
}

export async function promote(options: PromoteOptions): Promise<PromoteResult> {
  const logger = options.logger ?? silentLogger;
  const env = options.env ?? process.env;
  const client =
    options.registry instanceof RegistryClient ? options.registry : new RegistryClient({ logger, ...options.registry });
  const open = (ref: ImageReference, access: LayoutAccess | undefined): ArtifactStore => openStore(ref, client, access);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const dryRun = options.dryRun === true;
  const allowOverwrite = options.allowOverwrite === true;

  // Every reference is parsed before a request is made: a bad destination fails at once.
  const parsed = (ref: string | ImageReference) => (typeof ref === 'string' ? parseReference(ref) : ref);
  const sourceRef = parsed(options.source);
  const shared = options.tags ?? [];
  const destinations = options.destinations.map((d) => {
    const spec = typeof d === 'string' ? { reference: d } : d;
    const ref = parsed(spec.reference);
    const tags = [...new Set([...(ref.tag === undefined ? [] : [ref.tag]), ...(spec.tags ?? []), ...shared])];
    return {
      ref,
      store: open(ref, { ...options.layoutAccess?.destinations, create: true }),
      tags,
      named: ref.digest,
      reference: formatReference(ref),
    };
  });
  if (destinations.length === 0)
    throw new ArtefactsError('INPUT_MISSING', "Input 'destinations': at least one destination is needed.");

  // 1. Resolve the source once; from here on only the digest is used. What every destination tag
  // points at now is read at the same time: reads only, judged below against the final digest (a
  // platform choice may still change it), and observed here so a source that fails first is what is told.
  const source = open(sourceRef, options.layoutAccess?.source);
  const currentTags = Promise.all(
    destinations.map((dest) => Promise.all(dest.tags.map((tag) => dest.store.resolve(tag)))),
  );
  currentTags.catch(() => undefined);
  const resolved = await source.resolve(referenceTarget(sourceRef));
  if (resolved === undefined) {
    throw new ArtefactsError('REGISTRY_NOT_FOUND', `Source ${formatReference(sourceRef)} does not exist.`);
  }
  // The referrers of what the tag names are listed while the manifest is fetched (the plan asks for them later).
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
  const [fetchedRoot, current] = await Promise.all([source.getManifest(resolved.digest), currentTags]);
  const root = await choosePlatform(source, fetchedRoot, options.platforms ?? []);
  const digest = root.digest;
  logger.info(`Promoting ${formatReference(sourceRef)} → ${digest}`);

  // 2-4. The gate, the tag rule and the plan only read, so they run together; nothing is written
  // before all three have passed, and a failure is reported in that order (gate, tag, plan).
  const copyReferrers = options.copyReferrers ?? true;
  const [gated, ruled, planned] = await Promise.allSettled([
    options.gate === undefined ? Promise.resolve(undefined) : options.gate(source, digest),
    Promise.all(destinations.map((dest, i) => tagRule(dest, current[i]!, digest, allowOverwrite))),
    (async () => {
      const tree = await planTree(source, root);
      const referrerTrees =
        copyReferrers === false ? [] : await planReferrers(source, tree, copyReferrers, referrersOf);
      return { tree, referrerTrees };
    })(),
  ]);
  if (gated.status === 'rejected') throw gated.reason;
  if (ruled.status === 'rejected') throw ruled.reason;
  if (planned.status === 'rejected') throw planned.reason;
  const states = ruled.value;
  const { tree, referrerTrees } = planned.value;
  const recorded = options.record !== false;

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
    bytesResent: 0,
    referrersCopied: 0,
    manifests: tree.manifests.length,
    recordSigned: (recorded || options.bindTags === true) && options.recordSigning !== undefined,
    recorded,
    ...(options.bindTags === true ? { bindTags: true } : {}),
    ...(options.environment === undefined ? {} : { environment: options.environment }),
    ...(options.gate === undefined
      ? {}
      : { gate: { signers: gated.value?.signers ?? [], ...(gated.value ? { record: gated.value.record } : {}) } }),
    blobsToCopy: 0,
    bytesToCopy: 0,
  };

  // Evidence is read and hashed before anything is written: a missing file fails before a byte moves.
  const evidence: { name: string; digest: { sha256: string } }[] = [];
  for (const e of options.evidence ?? [])
    evidence.push({
      name: e.name || path.basename(e.path),
      digest: { sha256: await evidenceDigest(e.path, e.origin) },
    });

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
  const now = options.now?.() ?? new Date();
  const run = envRunFacts(env);
  const facts = (i: number): RecordFacts => ({
    source: result.source,
    destination: entries[i]!.reference,
    tags: entries[i]!.tags,
    digest,
    mediaType: root.mediaType,
    size: root.bytes.length,
    environment: options.environment,
    evidence,
    ...(gated.value?.record === undefined ? {} : { gate: gated.value.record }),
    run,
    now,
  });

  if (dryRun) {
    // What would be copied goes to its own counts: blobsCopied and bytesCopied stay 0.
    const blobs = [...tree.blobs.values()];
    for (const dest of destinations) {
      const present = await mapPool(blobs, LOOKUPS, (blob) => dest.store.hasBlob(blob.digest));
      for (const [j, blob] of blobs.entries()) {
        if (present[j] === undefined) {
          result.blobsToCopy++;
          result.bytesToCopy += blob.size;
        } else result.blobsSkipped++;
      }
    }
    logger.info(
      `Dry run: would copy ${result.blobsToCopy} blobs (${mib(result.bytesToCopy)}), skip ${result.blobsSkipped}; nothing was written.`,
    );
    return result;
  }

  // 5. Content at every destination first (blobs, platform manifests, root, referrers): no tag yet.
  // Where the tags are already there, what an earlier run may have left out is checked and completed.
  // Referrers go level by level (a signature of an SBOM after the SBOM), each level together.
  const levels: ReferrerPlan[][] = [];
  for (const r of referrerTrees) (levels[r.depth] ??= []).push(r);
  const copier = new Copier(source, result, concurrency, options.mountFrom);
  /** Per destination: something was missing although its tags were there. */
  const completed = destinations.map(() => false);

  // 6 (made ready while the content is copied). What goes before any tag, at every destination:
  // the records, the tag bindings and the verification summary. Each is made ready (lookups,
  // signing, its blobs) while step 5 copies, then pushed with the first level of referrers (most
  // have the promoted digest as their subject, as these do), or after the content when there are
  // none: so the referrers of one subject reach a registry without the referrers API in one merge
  // of its fallback index (one settle, not one per level and one for the records). A failure leaves
  // content and referrers without tags, as any failure before the tags does, and a re-run completes
  // it; the first is thrown: the copy's, then records, bindings, summaries.
  const published: { store: ArtifactStore; digest: string }[] = [];
  // Each destination's lines, its records' included (they may be pushed while its group is open),
  // stay in its own group: held until the group opens.
  const logs = destinations.map(() => heldLogger(logger));
  const summary = gated.value?.summary;
  if (options.summarySigning !== undefined && summary === undefined) {
    throw new ArtefactsError('INTERNAL', 'A verification summary needs the signature gate, which did not run.');
  }
  // Made ready during the copy, a destination's blob writes wait until the copy has written the
  // blobs of the content and of the first level of referrers there (or failed): the copy's blob
  // counts stay its own, and no blob (the empty config every referrer lists) is uploaded twice at
  // once. Lookups and signing go at once. After its copy failed, nothing more is uploaded there.
  const blobsCopied: ((ok: boolean) => void)[] = [];
  const views = destinations.map(({ store }, i) =>
    blobWritesAfter(store, new Promise<boolean>((resolve) => (blobsCopied[i] = resolve)), copier),
  );
  /** A referrer made ready for one destination: its manifest, and what its push means for the result. */
  const ready = (i: number, staged: StagedReferrer<string>, note?: (d: string) => void): StagedReferrer<void> => ({
    manifest: staged.manifest,
    attached: (pushed) => {
      const digest = staged.attached(pushed);
      if (states[i]!.unchanged) completed[i] = true;
      published.push({ store: destinations[i]!.store, digest });
      note?.(digest);
    },
  });
  // The record, unless one already there records this very promotion (an earlier run that failed
  // later, or one that wrote the tags but not the record).
  const record = async (i: number): Promise<StagedReferrer<void>[]> => {
    if (!recorded) return [];
    const signed = options.recordSigning !== undefined;
    const found = await findRecord(views[i]!, facts(i), signed);
    if (found !== undefined) {
      entries[i]!.record = found;
      return [];
    }
    const made = await stageRecord(views[i]!, facts(i), options.recordSigning, logs[i]);
    return [ready(i, made, (digest) => (entries[i]!.record = digest))];
  };
  // The tag bindings: one per destination tag (a re-run finds its own).
  const subject: Descriptor = { mediaType: root.mediaType, digest, size: root.bytes.length };
  const bindings = async (i: number): Promise<StagedReferrer<void>[]> => {
    if (options.bindTags !== true) return [];
    const version = versionFacts(root);
    // The bindings already there are read once for every tag of the destination.
    const found = await findTagBindings(views[i]!, digest);
    const bound = await mapPool(destinations[i]!.tags, LOOKUPS, (tag) =>
      stageTagBinding(
        views[i]!,
        subject,
        { repository: entries[i]!.reference, tag, digest, ...version, run, now },
        options.recordSigning,
        found,
      ),
    );
    // In tag order, whatever order the pushes end in.
    const records = bound.map((b) => ('record' in b ? b.record : ''));
    entries[i]!.bindings = records;
    return bound.flatMap((b, j) => {
      if ('record' in b) return [];
      const binding: StagedReferrer<string> = { manifest: b.manifest, attached: (p) => b.attached(p).record };
      return [
        ready(i, binding, (digest) => {
          records[j] = digest;
          logs[i]!.info(`  tag binding ${digest} attached${options.recordSigning === undefined ? ' (unsigned)' : ''}`);
        }),
      ];
    });
  };
  // The verification summary of the gate: a deploy-time check that finds the tag finds it too.
  const verificationSummary = async (i: number): Promise<StagedReferrer<void>[]> => {
    if (options.summarySigning === undefined || summary === undefined) return [];
    const { stageVerificationSummary } = await import('./signing.js');
    const made = await stageVerificationSummary(
      views[i]!,
      entries[i]!.reference,
      subject,
      summary,
      options.summarySigning,
      logs[i]!,
    );
    const attached: StagedReferrer<string> = { manifest: made.manifest, attached: (p) => made.attached(p).digest };
    return [ready(i, attached, (d) => (entries[i]!.verificationSummary = d))];
  };
  // Per destination, in the order a failure is reported: records, bindings, summaries.
  const making = destinations.map((_dest, i) => Promise.allSettled([record(i), bindings(i), verificationSummary(i)]));
  /** Per destination: its records, bindings and summaries went with the first level of referrers. */
  const pushedEarly = destinations.map(() => false);
  /** What was made ready for destination `i`, if all of it was: a failure is thrown after the copy. */
  const madeFor = async (i: number): Promise<StagedReferrer<void>[] | undefined> => {
    const made: StagedReferrer<void>[] = [];
    for (const outcome of await making[i]!) {
      if (outcome.status === 'rejected') return undefined;
      made.push(...outcome.value);
    }
    return made;
  };

  // Every destination at once (round trips overlap; the bytes share the `concurrency` slots), each
  // logging to its own group (see `logs`). A failure is reported once every destination's copy has
  // ended, the first destination's first.
  const copyTo = async (dest: (typeof destinations)[number], i: number): Promise<void> => {
    try {
      await copyContentTo(dest, i);
      blobsCopied[i]!(true);
    } catch (error) {
      blobsCopied[i]!(false);
      throw error;
    }
  };
  const copyContentTo = async (dest: (typeof destinations)[number], i: number): Promise<void> => {
    const log = logs[i]!;
    // With tags, no referrers and no record, nothing needs the root by digest before its tag write.
    if (!states[i]!.unchanged)
      await copyTreeTo(dest.store, log, dest.tags.length > 0 && levels.length === 0 && !recorded);
    else {
      const children = tree.manifests.slice(0, -1);
      const present = await mapPool(children, LOOKUPS, (m) => dest.store.resolve(m.digest));
      if (present.some((p) => p === undefined)) {
        log.info(`  ${present.filter((p) => p === undefined).length} platform manifests were missing: copying them`);
        completed[i] = true;
        await copyTreeTo(dest.store, log);
      }
    }
    for (const [depth, level] of levels.entries()) {
      // The pool copies each referrer's blobs (and any manifests it lists); the referrers
      // themselves then go at once, so those of one subject share one merge of a fallback index
      // (one settle for the level, however many referrers and whatever the pool's size).
      const missing: Manifest[] = [];
      // What the destination lists for each subject of the level, read once per subject, not once per
      // referrer (on a registry without the referrers API, each read is the whole fallback index).
      const listings = new Map<string, Promise<Set<string>>>();
      const listed = (subject: string): Promise<Set<string>> => {
        let listing = listings.get(subject);
        if (listing === undefined) {
          listing = dest.store.referrers(subject).then((found) => new Set(found.map((d) => d.digest)));
          listings.set(subject, listing);
        }
        return listing;
      };
      await mapPool(level, concurrency, async (r) => {
        if ((await dest.store.resolve(r.manifest.digest)) !== undefined) {
          if ((await listed(r.subject)).has(r.manifest.digest)) return;
        }
        await copier.copyTree(r.tree, dest.store, log, false, true);
        missing.push(r.manifest);
      });
      // The first level takes the records, bindings and summary along, once their blobs are written.
      let along: StagedReferrer<void>[] = [];
      if (depth === 0) {
        blobsCopied[i]!(true);
        const made = await madeFor(i);
        if (made !== undefined) [along, pushedEarly[i]] = [made, true];
      }
      const pushes = [
        ...missing.map((m) => async () => void (await dest.store.putManifest(m))),
        ...along.map((r) => async () => r.attached(await dest.store.putManifest(r.manifest))),
      ];
      await allAtOnce(pushes, (push) => push());
      result.referrersCopied += missing.length;
      if (missing.length > 0) completed[i] = true;
    }
  };
  const copyTreeTo = (store: ArtifactStore, log: Logger, rootByTag = false) =>
    copier.copyTree(tree, store, log, true, rootByTag);

  // Each outcome is caught at once (a later destination may fail while an earlier one's group is open).
  const copies = destinations.map((dest, i) =>
    copyTo(dest, i).then(
      () => undefined,
      (error: unknown) => ({ error }),
    ),
  );
  let failed: { error: unknown } | undefined;
  for (const [i, dest] of destinations.entries()) {
    await logger.group(`${dest.store.location}${states[i]!.unchanged ? ' (tags already there)' : ''}`, async () => {
      logs[i]!.release();
      failed ??= await copies[i];
    });
  }
  // A failed copy still waits for what was being made ready: nothing goes on after this returns.
  const made = await Promise.all(making);
  if (failed !== undefined) throw failed.error;

  // 6. The records, bindings and summaries made ready above and not pushed with the first level of
  // referrers (there was none), pushed together, content complete.
  for (const kind of [0, 1, 2]) {
    for (const outcome of made.map((m) => m[kind]!)) if (outcome.status === 'rejected') throw outcome.reason;
  }
  const toPush = made.flatMap((m, i) =>
    pushedEarly[i] ? [] : m.flatMap((o) => (o.status === 'fulfilled' ? o.value : [])).map((staged) => ({ i, staged })),
  );
  // Every PUT starts in this one turn of the event loop: each merge of a fallback index waits for
  // them. Each one pushed is said and counted as it ends, whether or not another fails.
  await allAtOnce(toPush, async (r) =>
    r.staged.attached(await destinations[r.i]!.store.putManifest(r.staged.manifest)),
  );

  // 7. The tags, last, at every destination together: re-checked before, read back after. A lost
  // race withdraws the records this run published (they would claim a tag another digest holds).
  try {
    const confirmed = await writeTags(
      destinations.filter((_d, i) => !states[i]!.unchanged),
      root,
      { allowOverwrite, settleMs: options.settleMs },
    );
    // 8. Post-check: every destination tag at the digest.
    await postCheck(destinations, digest, confirmed);
  } catch (error) {
    if (error instanceof ArtefactsError && (error.code === 'TAG_RACE' || error.code === 'TAG_CONFLICT'))
      await withdraw(published, digest, logger);
    throw error;
  }
  for (const [i, entry] of entries.entries()) {
    if (entry.status === 'unchanged' && completed[i]) entry.status = 'completed';
    const said = { promoted: 'Promoted', completed: 'Completed', unchanged: 'Already there', planned: 'Planned' };
    logger.info(`${said[entry.status]}: ${entry.refs.join(', ')}${entry.status === 'unchanged' ? '' : ` (${digest})`}`);
  }
  return result;
}

/**
 * A view of `store` whose blob writes (and the presence checks that decide them, and mounts) wait
 * until `ready` resolves, and fail when it resolves false; every other call goes straight through.
 * What promote makes ready during the copy uses it, so its blobs follow the content's; each goes once
 * per repository (`writes.once`), however many destinations name it.
 */
function blobWritesAfter(store: ArtifactStore, ready: Promise<boolean>, writes: Pick<Copier, 'once'>): ArtifactStore {
  const after = async () => {
    if (!(await ready)) throw new ArtefactsError('INTERNAL', 'The content was not copied; nothing more is written.');
  };
  return {
    location: store.location,
    ...(store.mountScope === undefined ? {} : { mountScope: store.mountScope }),
    resolve: (reference) => store.resolve(reference),
    getManifest: (reference) => store.getManifest(reference),
    putManifest: (manifest, options) => store.putManifest(manifest, options),
    putTag: (tag, manifest) => store.putTag(tag, manifest),
    hasBlob: async (digest) => (await after(), store.hasBlob(digest)),
    getBlob: (descriptor) => store.getBlob(descriptor),
    putBlob: async (descriptor, source) => {
      await after();
      await writes.once(store, descriptor.digest, () => store.putBlob(descriptor, source));
    },
    mountBlob: async (descriptor, from, fallback) => (await after(), store.mountBlob(descriptor, from, fallback)),
    referrers: (digest, artifactType) => store.referrers(digest, artifactType),
    listTags: () => store.listTags(),
  };
}

/** Withdraws records this run published (best effort: a registry may refuse deletes). */
async function withdraw(
  published: { store: ArtifactStore; digest: string }[],
  subject: string,
  logger: Logger,
): Promise<void> {
  await Promise.all(
    published.map(async ({ store, digest }) => {
      if (store.withdrawReferrer === undefined) return;
      try {
        await store.withdrawReferrer(subject, digest);
        logger.info(`  referrer ${digest} withdrawn from ${store.location}: the tags are not this promotion's`);
      } catch (error) {
        logger.warning(
          `Referrer ${digest} (record or summary) at ${store.location} could not be withdrawn: ${describeError(error)}`,
        );
      }
    }),
  );
}
