/**
 * `artefacts history`: every digest promoted into one environment, newest first, from the records
 * at its repository. Cost: one tag list, one HEAD per ordinary tag, and the referrers of each
 * digest a tag names (the fallback tags `sha256-<hex>` name the digests that have referrers, so
 * a digest whose environment tag has moved on is still found); only promotion records are read.
 */
import { mapPool } from '../concurrency.js';
import { ANNOTATION_REVISION, ANNOTATION_VERSION, type ImageManifest } from '../oci/media.js';
import { formatReference, type ImageReference } from '../oci/references.js';
import type { ArtifactStore } from '../oci/store.js';
import type { VerificationPolicy } from '../sign/verify-policy.js';
import { attachedItems, isPromotionDescriptor } from './collect.js';
import { promotionOf, recordRepository, type Promotion } from './trace.js';
import { compareText } from '../order.js';

export interface HistoryEntry extends Promotion {
  readonly digest: string;
  readonly version: string | undefined;
  readonly commit: string | undefined;
  /** The tags of the repository that point at this digest now. */
  readonly tagsNow: readonly string[];
  /** The environment tag points at this digest now (newest record of that digest only). */
  readonly current: boolean;
}

export interface History {
  readonly repository: string;
  readonly tag: string | undefined;
  /** The digest the environment tag points at now (undefined: no tag given, or it does not exist). */
  readonly current: string | undefined;
  readonly entries: readonly HistoryEntry[];
}

const FALLBACK_TAG = /^sha256-([0-9a-f]{64})$/;
const ATTACHMENT_TAG = /^sha256-[0-9a-f]{64}\.(sig|att|sbom)$/;

export async function environmentHistory(
  store: ArtifactStore,
  ref: ImageReference,
  policy: VerificationPolicy | undefined,
  normalise: (ref: ImageReference) => ImageReference = (ref) => ref,
): Promise<History> {
  const repository = formatReference(ref, { tag: undefined, digest: undefined });
  const tags = await store.listTags();
  const subjects = new Set<string>();
  for (const tag of tags) {
    const m = FALLBACK_TAG.exec(tag);
    if (m) subjects.add(`sha256:${m[1]}`);
  }
  const plain = tags.filter((t) => !FALLBACK_TAG.test(t) && !ATTACHMENT_TAG.test(t));
  const resolved = await mapPool(plain, 8, async (tag) => ({ tag, digest: (await store.resolve(tag))?.digest }));
  const tagsOf = new Map<string, string[]>();
  for (const { tag, digest } of resolved) {
    if (digest === undefined) continue;
    subjects.add(digest);
    tagsOf.set(digest, [...(tagsOf.get(digest) ?? []), tag]);
  }
  const current = ref.tag === undefined ? undefined : resolved.find((r) => r.tag === ref.tag)?.digest;
  const perDigest = await mapPool([...subjects], 4, async (digest) => {
    const records = (await attachedItems(store, digest, policy, { only: isPromotionDescriptor }))
      .filter((i) => i.kind === 'promotion')
      .map(promotionOf)
      .filter((p) => {
        const to = recordRepository(p.to);
        const here =
          to !== undefined && formatReference(normalise(to), { tag: undefined, digest: undefined }) === repository;
        return here && (ref.tag === undefined || p.tags.includes(ref.tag));
      });
    if (records.length === 0) return [];
    const manifest = await store.getManifest(digest);
    const annotations = (manifest.parsed as ImageManifest).annotations ?? {};
    return records.map((p) => ({
      ...p,
      digest,
      version: annotations[ANNOTATION_VERSION],
      commit: annotations[ANNOTATION_REVISION],
      tagsNow: (tagsOf.get(digest) ?? []).sort(),
      current: false,
    }));
  });
  const entries = perDigest
    .flat()
    .sort((a, b) => compareText(b.promotedAt ?? '', a.promotedAt ?? '') || compareText(a.record, b.record));
  const newest = entries.findIndex((e) => e.digest === current);
  return {
    repository,
    tag: ref.tag,
    current,
    entries: entries.map((e, i) => (i === newest ? { ...e, current: true } : e)),
  };
}
