/**
 * Everything attached to a digest, as `cosign tree` and `oras discover` show it: referrers (the
 * referrers API, else the fallback tag) and cosign's `.sig` / `.att` / `.sbom` tags, each named by
 * what it is (signature, attestation by predicate type, SBOM, promotion record), and what is
 * attached to those in turn.
 */
import { ANNOTATION_CREATED, type Descriptor } from '../oci/media.js';
import { referrersTag } from '../oci/references.js';
import type { ArtifactStore } from '../oci/store.js';
import { PROMOTION_ARTIFACT_TYPE, PROMOTION_PREDICATE_TYPE } from '../promote/records.js';
import { SBOM_MEDIA_TYPES } from '../sbom/writers.js';
import { ANNOTATION_PREDICATE, SIGSTORE_BUNDLE_ARTIFACT_TYPE } from '../sign/artifact-types.js';
import { COSIGN_SIGN_PREDICATE, CYCLONEDX_PREDICATE, SPDX_PREDICATE } from '../sign/statements.js';

export type AttachedKind = 'signature' | 'attestation' | 'sbom' | 'promotion-record' | 'other';

export interface AttachedItem {
  readonly digest: string;
  readonly kind: AttachedKind;
  readonly artifactType: string | undefined;
  readonly predicateType: string | undefined;
  readonly created: string | undefined;
  readonly size: number;
  /** How it was found: the referrers API or fallback tag, or one of cosign's tags (named). */
  readonly via: string;
  readonly attached: readonly AttachedItem[];
}

/** How deep attachments of attachments are followed, and how many are listed at most. */
const MAX_DEPTH = 3;
const MAX_ITEMS = 1000;

const SBOM_TYPES = new Set(Object.values(SBOM_MEDIA_TYPES));

function kindOf(descriptor: Descriptor): { kind: AttachedKind; predicateType: string | undefined } {
  const predicateType = descriptor.annotations?.[ANNOTATION_PREDICATE];
  const type = descriptor.artifactType;
  if (type === SIGSTORE_BUNDLE_ARTIFACT_TYPE) {
    if (predicateType === COSIGN_SIGN_PREDICATE) return { kind: 'signature', predicateType };
    if (predicateType === PROMOTION_PREDICATE_TYPE) return { kind: 'promotion-record', predicateType };
    if (predicateType === CYCLONEDX_PREDICATE || predicateType === SPDX_PREDICATE)
      return { kind: 'sbom', predicateType };
    return { kind: 'attestation', predicateType };
  }
  if (type !== undefined && SBOM_TYPES.has(type)) return { kind: 'sbom', predicateType };
  if (type === PROMOTION_ARTIFACT_TYPE) return { kind: 'promotion-record', predicateType };
  return { kind: 'other', predicateType };
}

const COSIGN_TAGS: readonly [string, AttachedKind][] = [
  ['sig', 'signature'],
  ['att', 'attestation'],
  ['sbom', 'sbom'],
];

export async function attachedTree(store: ArtifactStore, digest: string): Promise<AttachedItem[]> {
  let listed = 0;
  const walk = async (subject: string, depth: number): Promise<AttachedItem[]> => {
    const items: AttachedItem[] = [];
    for (const d of await store.referrers(subject)) {
      if (++listed > MAX_ITEMS) break;
      const { kind, predicateType } = kindOf(d);
      items.push({
        digest: d.digest,
        kind,
        artifactType: d.artifactType,
        predicateType,
        created: d.annotations?.[ANNOTATION_CREATED],
        size: d.size,
        via: 'referrers',
        attached: depth < MAX_DEPTH ? await walk(d.digest, depth + 1) : [],
      });
    }
    for (const [suffix, kind] of COSIGN_TAGS) {
      const tag = `${referrersTag(subject)}.${suffix}`;
      const found = await store.resolve(tag);
      if (found === undefined || ++listed > MAX_ITEMS) continue;
      items.push({
        digest: found.digest,
        kind,
        artifactType: found.artifactType,
        predicateType: undefined,
        created: undefined,
        size: found.size,
        via: `tag ${tag}`,
        attached: [],
      });
    }
    return items;
  };
  return walk(digest, 1);
}

/** The tree as indented lines: `└── signature sha256:… (referrers)`. */
export function treeLines(items: readonly AttachedItem[], indent = ''): string[] {
  return items.flatMap((item, i) => {
    const last = i === items.length - 1;
    const what = item.predicateType && item.kind !== 'signature' ? `${item.kind} ${item.predicateType}` : item.kind;
    const line = `${indent}${last ? '└── ' : '├── '}${what} ${item.digest}${item.created ? ` ${item.created}` : ''} (${item.via})`;
    return [line, ...treeLines(item.attached, `${indent}${last ? '    ' : '│   '}`)];
  });
}
