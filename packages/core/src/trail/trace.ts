/**
 * `artefacts trace`: from one digest, everything that ties it to its source. The walk starts at
 * the given repository (and any the caller names), reads what is attached to the digest there,
 * and follows the repositories its promotion records name (source and destination: each record
 * lives at its destination), at most MAX_REPOSITORIES of them, each once. With trust options,
 * only verified records are followed; an unverified record is shown, never walked.
 */
import { ArtefactsError } from '../errors.js';
import { describeArtefact } from '../inspect/describe.js';
import type { Logger } from '../log.js';
import { formatReference, parseReference, type ImageReference } from '../oci/references.js';
import { ANNOTATION_SOURCE } from '../oci/media.js';
import type { ArtifactStore } from '../oci/store.js';
import { policyText, type VerificationPolicy } from '../sign/verify-policy.js';
import { attachedItems, type TrailItem } from './collect.js';
import type { PromotionFacts } from './readers.js';
import { compareText } from '../order.js';

const MAX_REPOSITORIES = 32;

export interface TracedRepository {
  readonly repository: string;
  /** Whether the digest is there. */
  readonly present: boolean;
  /** How the walk came here: `reference`, `repositories` (the input), or `record <digest>`. */
  readonly via: string;
  /** The environment records name for this repository (as destination), if any. */
  readonly environment?: string;
  /** Why the walk did not read it (outside the workspace, unreachable). */
  readonly skipped?: string;
}

export interface TracedItem extends TrailItem {
  /** Repositories where this item (same manifest digest) is attached to the digest. */
  readonly foundIn: readonly string[];
}

export interface Promotion {
  readonly record: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly environment: string | undefined;
  readonly promotedAt: string | undefined;
  readonly actor: string | undefined;
  readonly run: string | undefined;
  readonly tags: readonly string[];
  /** The evidence the promotion recorded (its gate's files by name). */
  readonly evidence: readonly string[];
  /** The signature gate that passed, as the record states it (absent: the record names none). */
  readonly gate?: PromotionFacts['gate'];
  readonly status: TracedItem['status'];
  readonly reason?: string;
  readonly signer?: string;
}

export interface ArtefactFacts {
  readonly mediaType: string;
  readonly version: string | undefined;
  readonly revision: string | undefined;
  readonly source: string | undefined;
  readonly immutableTag: string | undefined;
  readonly created: string | undefined;
  /** Annotations are part of the manifest, so its digest binds them: they are facts of the digest itself. */
  readonly basis: string;
  /** A verified provenance that names another commit than the annotations do. */
  readonly conflicts: readonly string[];
}

export interface Trace {
  readonly digest: string;
  readonly verification: string;
  readonly artefact: ArtefactFacts;
  readonly repositories: readonly TracedRepository[];
  readonly items: readonly TracedItem[];
  readonly promotions: readonly Promotion[];
  readonly counts: Readonly<Record<TracedItem['status'], number>>;
}

export interface TraceOptions {
  readonly open: (ref: ImageReference) => ArtifactStore;
  /** Checks a repository named by a record before it is read (e.g. a layout outside the workspace): throws to skip it. */
  readonly admit?: (ref: ImageReference) => void;
  readonly policy: VerificationPolicy | undefined;
  /** Further repositories to look in (records live at destinations: a trace from the first needs the next named). */
  readonly repositories: readonly ImageReference[];
  readonly logger: Logger;
  /** One spelling per repository (a layout's path made absolute), so that records and inputs compare. */
  readonly normalise?: (ref: ImageReference) => ImageReference;
}

/** A layout that is not there, or not a layout (oci/layout.ts's refusals before a read). */
const isMissingLayout = (error: unknown) =>
  error instanceof ArtefactsError && (error.code === 'REGISTRY_NOT_FOUND' || error.code === 'LAYOUT_INVALID');

const byName = (a: { repository: string }, b: { repository: string }) => compareText(a.repository, b.repository);
const repositoryOf = (ref: ImageReference) => formatReference(ref, { tag: undefined, digest: undefined });

/** The repository a record names (source or destination), or undefined when it is not a reference. */
export function recordRepository(value: string | undefined): ImageReference | undefined {
  if (value === undefined) return undefined;
  try {
    return parseReference(value);
  } catch {
    return undefined;
  }
}

export function promotionOf(item: TrailItem): Promotion {
  const f = item.facts as PromotionFacts;
  return {
    record: item.digest,
    from: f.source,
    to: f.destination,
    environment: f.environment,
    promotedAt: f.promotedAt,
    actor: f.actor,
    run: f.run?.url,
    tags: f.tags ?? [],
    evidence: (f.evidence ?? []).map((e) => e.name ?? '(unnamed)'),
    ...(f.gate === undefined ? {} : { gate: f.gate }),
    status: item.status,
    ...(item.reason === undefined ? {} : { reason: item.reason }),
    ...(item.signer === undefined ? {} : { signer: item.signer }),
  };
}

export async function traceDigest(start: ImageReference, digest: string, options: TraceOptions): Promise<Trace> {
  const normalise = options.normalise ?? ((ref: ImageReference) => ref);
  const queue: { ref: ImageReference; via: string }[] = [
    { ref: normalise(start), via: 'reference' },
    ...options.repositories.map((ref) => ({ ref: normalise(ref), via: 'repositories' })),
  ];
  const seen = new Set<string>();
  const repositories: TracedRepository[] = [];
  const items = new Map<string, { item: TrailItem; foundIn: string[] }>();
  while (queue.length > 0 && repositories.length < MAX_REPOSITORIES) {
    const { ref, via } = queue.shift()!;
    const repository = repositoryOf(ref);
    if (seen.has(repository)) continue;
    seen.add(repository);
    if (via.startsWith('record')) {
      try {
        options.admit?.(ref);
      } catch (error) {
        repositories.push({ repository, present: false, via, skipped: (error as Error).message });
        continue;
      }
    }
    const store = options.open(ref);
    let present: boolean;
    try {
      present = (await store.resolve(digest)) !== undefined;
    } catch (error) {
      // A layout a record names that is gone (or never was one here) is not read, as one outside the
      // workspace is not; a repository the inputs name must be there (the store refuses it).
      if (!via.startsWith('record') || ref.kind !== 'layout' || !isMissingLayout(error)) throw error;
      repositories.push({ repository, present: false, via, skipped: (error as Error).message });
      continue;
    }
    repositories.push({ repository, present, via });
    if (!present) continue;
    options.logger.info(`Reading what is attached to ${digest} in ${repository}.`);
    // An item promote copied on is the same manifest (same digest) in every later repository: it is
    // read and verified once, and only where else it was found is noted.
    const unseen = (d: { digest: string }) => {
      const known = items.get(d.digest);
      if (known) known.foundIn.push(repository);
      return known === undefined;
    };
    for (const item of await attachedItems(store, digest, options.policy, { only: unseen })) {
      items.set(item.digest, { item, foundIn: [repository] });
      // Walk on only where a record can be believed: verified, or (no trust options) as claimed.
      const followed = options.policy === undefined ? item.status !== 'unverified' : item.status === 'verified';
      if (item.kind !== 'promotion' || !followed) continue;
      const facts = item.facts as PromotionFacts;
      for (const named of [facts.source, facts.destination]) {
        const next = recordRepository(named);
        if (next !== undefined) queue.push({ ref: normalise(next), via: `record ${item.digest}` });
      }
    }
  }
  if (queue.length > 0) {
    options.logger.warning(
      `Stopped after ${MAX_REPOSITORIES} repositories; ${queue.length} more named by records were not read.`,
    );
  }
  const traced = [...items.values()].map(({ item, foundIn }): TracedItem => ({ ...item, foundIn }));
  const spelled = (value: string | undefined) => {
    const ref = recordRepository(value);
    return ref === undefined ? value : formatReference(normalise(ref));
  };
  const promotions = traced
    .filter((i) => i.kind === 'promotion')
    .map(promotionOf)
    .map((p) => ({ ...p, from: spelled(p.from), to: spelled(p.to) }))
    .sort((a, b) => compareText(a.promotedAt ?? '', b.promotedAt ?? '') || compareText(a.record, b.record));
  const environments = new Map<string, string>();
  for (const p of promotions) {
    const named = recordRepository(p.to);
    const to = named && normalise(named);
    if (to && p.environment && p.status !== 'unverified') environments.set(repositoryOf(to), p.environment);
  }
  // The immutable tag: build-tag's tag at the start repository, else at the first other one holding it.
  let described = await describeArtefact(options.open(start), digest);
  for (const r of repositories
    .filter((r) => r.present && r.repository !== repositoryOf(normalise(start)))
    .sort(byName)) {
    if (described.immutableTag !== undefined) break;
    const other = await describeArtefact(options.open(parseReference(r.repository)), digest);
    if (other.immutableTag !== undefined) described = { ...described, immutableTag: other.immutableTag };
  }
  const conflicts = traced
    .filter((i) => i.kind === 'provenance' && i.status === 'verified')
    .map((i) => i.facts.commit)
    .filter((c): c is string => typeof c === 'string' && described.revision !== undefined && c !== described.revision)
    .map((c) => `verified provenance names commit ${c}, the annotations ${described.revision}`);
  const counts = { verified: 0, unverified: 0, unsigned: 0, unchecked: 0 };
  for (const i of traced) counts[i.status]++;
  return {
    digest,
    verification: policyText(options.policy),
    artefact: {
      mediaType: described.mediaType,
      version: described.version,
      revision: described.revision,
      source: described.annotations[ANNOTATION_SOURCE],
      immutableTag: described.immutableTag,
      created: described.created,
      basis: 'manifest annotations, bound by the digest',
      conflicts,
    },
    repositories: repositories.map((r) =>
      environments.has(r.repository) ? { ...r, environment: environments.get(r.repository)! } : r,
    ),
    items: traced,
    promotions,
    counts,
  };
}
