/**
 * `artefacts audit REPO`: does every tag the suite vouched for still resolve to the digest it
 * recorded? The repository's tags are listed (paginated), each resolved once; the tag-binding and
 * promotion records attached to every digest found there (and to every digest a referrers fallback
 * tag names, so that the records of a deleted tag's digest are found too) are read; for each tag a
 * record names in this repository, the newest record is the expectation. Drifted: the tag resolves
 * elsewhere; deleted: it no longer exists; unbound: an immutable tag no binding names.
 */
import { mapPool } from '../concurrency.js';
import type { Descriptor } from '../oci/media.js';
import type { ArtifactStore } from '../oci/store.js';
import { ANNOTATION_PREDICATE, SIGSTORE_BUNDLE_ARTIFACT_TYPE } from '../sign/artifact-types.js';
import { findTagBindings, recordStatement } from '../sign/predicates/tag-binding.js';
import { ATTACHMENT_TAG, listArtefactTags } from '../inspect/tags.js';
import { PROMOTION_ARTIFACT_TYPE, PROMOTION_PREDICATE_TYPE } from '../promote/records.js';

/** Registry reads (tag resolves, referrer listings, record reads) in flight at once. */
const AUDIT_LOOKUPS = 8;

export type RecordKind = 'tag-binding' | 'promotion';

export interface TagExpectation {
  readonly tag: string;
  /** The digest the newest record names for the tag. */
  readonly digest: string;
  readonly kind: RecordKind;
  /** The record's manifest digest (a referrer of `digest`). */
  readonly record: string;
  /** When the record says the tag was bound or promoted (ISO 8601). */
  readonly at: string;
  readonly signed: boolean;
}

export interface AuditedTag extends TagExpectation {
  /** What the tag resolves to now; absent when it no longer exists. */
  readonly now?: string;
}

export interface AuditReport {
  readonly repository: string;
  /** Tags listed (attachment tags such as `sha256-<hex>.sig` left out). */
  readonly tags: number;
  /** Tags a record names that still resolve to the recorded digest. */
  readonly bound: readonly AuditedTag[];
  readonly drifted: readonly AuditedTag[];
  readonly deleted: readonly AuditedTag[];
  /** Immutable tags (build-tag's shape, the version and commit their manifest records) no binding names. */
  readonly unbound: readonly { tag: string; digest: string }[];
}

const isPromotionReferrer = (d: Descriptor) =>
  d.artifactType === PROMOTION_ARTIFACT_TYPE ||
  (d.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE &&
    d.annotations?.[ANNOTATION_PREDICATE] === PROMOTION_PREDICATE_TYPE);

/** The tags a promotion record names for `repository`, read (not verified) from one referrer. */
async function promotionExpectations(
  store: ArtifactStore,
  repository: string,
  subject: string,
  referrer: Descriptor,
): Promise<TagExpectation[]> {
  const statement = (await recordStatement(store, await store.getManifest(referrer.digest))) as
    { predicateType?: unknown; predicate?: Record<string, unknown> } | undefined;
  const p = statement?.predicateType === PROMOTION_PREDICATE_TYPE ? statement.predicate : undefined;
  if (p === undefined || p.destination !== repository || p.digest !== subject || !Array.isArray(p.tags)) return [];
  const at = typeof p.promotedAt === 'string' ? p.promotedAt : '';
  return p.tags
    .filter((t): t is string => typeof t === 'string')
    .map((tag) => ({
      tag,
      digest: subject,
      kind: 'promotion' as const,
      record: referrer.digest,
      at,
      signed: referrer.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE,
    }));
}

/** Newest first; at the same time a tag binding outranks a promotion record. */
function newer(a: TagExpectation, b: TagExpectation): boolean {
  if (a.at !== b.at) return a.at > b.at;
  return a.kind === 'tag-binding' && b.kind !== 'tag-binding';
}

export async function auditRepository(store: ArtifactStore, repository: string): Promise<AuditReport> {
  const listed = await store.listTags();
  const plain = listed.filter((t) => !ATTACHMENT_TAG.test(t));
  const resolved = await mapPool(plain, AUDIT_LOOKUPS, async (tag) => (await store.resolve(tag))?.digest);
  const current = new Map<string, string>();
  for (const [i, tag] of plain.entries()) if (resolved[i] !== undefined) current.set(tag, resolved[i]!);
  // The digests whose records are read: every tagged one, and every one a fallback tag names.
  const subjects = new Set(current.values());
  for (const tag of listed) {
    const named = /^sha256-([0-9a-f]{64})$/.exec(tag);
    if (named !== null) subjects.add(`sha256:${named[1]}`);
  }
  const [perSubject, immutable] = await Promise.all([
    mapPool([...subjects], AUDIT_LOOKUPS, async (subject): Promise<TagExpectation[]> => {
      const referrers = await store.referrers(subject);
      const bindings = (await findTagBindings(store, subject, referrers))
        .filter((f) => f.binding.repository === repository)
        .map((f) => ({
          tag: f.binding.tag,
          digest: f.binding.digest,
          kind: 'tag-binding' as const,
          record: f.record,
          at: f.binding.boundAt,
          signed: f.signed,
        }));
      const promotions = await mapPool(referrers.filter(isPromotionReferrer), AUDIT_LOOKUPS, (r) =>
        promotionExpectations(store, repository, subject, r),
      );
      return [...bindings, ...promotions.flat()];
    }),
    listArtefactTags(store, { immutable: true, tags: plain }),
  ]);
  const expected = new Map<string, TagExpectation>();
  const bindingNamed = new Set<string>();
  for (const e of perSubject.flat()) {
    if (e.kind === 'tag-binding') bindingNamed.add(e.tag);
    const known = expected.get(e.tag);
    if (known === undefined || newer(e, known)) expected.set(e.tag, e);
  }
  const bound: AuditedTag[] = [];
  const drifted: AuditedTag[] = [];
  const deleted: AuditedTag[] = [];
  for (const e of [...expected.values()].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))) {
    const now = current.get(e.tag);
    if (now === undefined) deleted.push(e);
    else if (now !== e.digest) drifted.push({ ...e, now });
    else bound.push({ ...e, now });
  }
  const unbound = immutable
    .filter((t) => !bindingNamed.has(t.tag))
    .map((t) => ({ tag: t.tag, digest: t.digest ?? current.get(t.tag) ?? '' }));
  return { repository, tags: plain.length, bound, drifted, deleted, unbound };
}
