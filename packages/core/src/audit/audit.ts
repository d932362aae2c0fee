/**
 * `artefacts audit REPO`: does every tag the suite vouched for still resolve to the digest it
 * recorded? The repository's tags are listed (paginated), each resolved once; the tag-binding and
 * promotion records attached to every digest found there (and to every digest a referrers fallback
 * tag names, so that the records of a deleted tag's digest are found too) are read; for each tag a
 * record names in this repository, the newest record is the expectation. Drifted: the tag resolves
 * elsewhere; deleted: it no longer exists; unbound: an immutable tag no binding names.
 *
 * With a verification policy (trust options), a record counts only when its signature verifies with
 * it: an unsigned record, or one signed by someone else, is listed as ignored with the reason, and
 * never sets what a tag should be. Otherwise anyone with push access could write a newer record for
 * a tag they moved, and the move would look bound.
 */
import { mapPool } from '../concurrency.js';
import type { Descriptor } from '../oci/media.js';
import type { ArtifactStore } from '../oci/store.js';
import { ANNOTATION_PREDICATE, SIGSTORE_BUNDLE_ARTIFACT_TYPE } from '../sign/artifact-types.js';
import { isTagBindingReferrer, parseTagBinding, recordStatement } from '../sign/predicates/tag-binding.js';
import { verifyReferrer } from '../sign/verify-referrer.js';
import type { VerificationPolicy } from '../sign/verify-policy.js';
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
  /** With trust options: records not taken as evidence, each with why (unsigned, or refused by the policy). */
  readonly ignored: readonly IgnoredRecord[];
}

export interface IgnoredRecord {
  readonly kind: RecordKind;
  /** The record's manifest digest, and the digest it is attached to. */
  readonly record: string;
  readonly subject: string;
  readonly reason: string;
}

const isPromotionReferrer = (d: Descriptor) =>
  d.artifactType === PROMOTION_ARTIFACT_TYPE ||
  (d.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE &&
    d.annotations?.[ANNOTATION_PREDICATE] === PROMOTION_PREDICATE_TYPE);

/**
 * What one record says (its in-toto statement): read as it is without a policy, or only once its
 * signature verifies with one (else the reason it is ignored).
 */
async function recordSays(
  store: ArtifactStore,
  subject: string,
  referrer: Descriptor,
  policy: VerificationPolicy | undefined,
): Promise<{ statement: unknown } | { ignored: string }> {
  const signed = referrer.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE;
  if (policy === undefined)
    return { statement: await recordStatement(store, await store.getManifest(referrer.digest)) };
  if (!signed) return { ignored: 'unsigned: a claim anyone with push access could have written' };
  const verdict = await verifyReferrer(store, subject, referrer, policy);
  return 'statement' in verdict ? verdict : { ignored: verdict.refused };
}

/** The tags a promotion record names for `repository`. */
function promotionExpectations(
  statement: unknown,
  repository: string,
  subject: string,
  referrer: Descriptor,
): TagExpectation[] {
  const s = statement as { predicateType?: unknown; predicate?: Record<string, unknown> } | undefined;
  const p = s?.predicateType === PROMOTION_PREDICATE_TYPE ? s.predicate : undefined;
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

/** The tag a tag-binding record binds in `repository`. */
function bindingExpectations(
  statement: unknown,
  repository: string,
  subject: string,
  referrer: Descriptor,
): TagExpectation[] {
  const binding = parseTagBinding(statement);
  if (binding === undefined || binding.digest !== subject || binding.repository !== repository) return [];
  return [
    {
      tag: binding.tag,
      digest: binding.digest,
      kind: 'tag-binding',
      record: referrer.digest,
      at: binding.boundAt,
      signed: referrer.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE,
    },
  ];
}

/** Newest first; at the same time a tag binding outranks a promotion record. */
function newer(a: TagExpectation, b: TagExpectation): boolean {
  if (a.at !== b.at) return a.at > b.at;
  return a.kind === 'tag-binding' && b.kind !== 'tag-binding';
}

export async function auditRepository(
  store: ArtifactStore,
  repository: string,
  policy?: VerificationPolicy,
): Promise<AuditReport> {
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
  const ignored: IgnoredRecord[] = [];
  const [perSubject, immutable] = await Promise.all([
    mapPool([...subjects], AUDIT_LOOKUPS, async (subject): Promise<TagExpectation[]> => {
      const referrers = (await store.referrers(subject)).flatMap((r) => {
        const kind: RecordKind | undefined = isTagBindingReferrer(r)
          ? 'tag-binding'
          : isPromotionReferrer(r)
            ? 'promotion'
            : undefined;
        return kind === undefined ? [] : [{ r, kind }];
      });
      const read = await mapPool(referrers, AUDIT_LOOKUPS, async ({ r, kind }) => {
        const says = await recordSays(store, subject, r, policy);
        if ('ignored' in says) {
          ignored.push({ kind, record: r.digest, subject, reason: says.ignored });
          return [];
        }
        return kind === 'tag-binding'
          ? bindingExpectations(says.statement, repository, subject, r)
          : promotionExpectations(says.statement, repository, subject, r);
      });
      return read.flat();
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
  ignored.sort((a, b) => (a.record < b.record ? -1 : a.record > b.record ? 1 : 0));
  return { repository, tags: plain.length, bound, drifted, deleted, unbound, ignored };
}
