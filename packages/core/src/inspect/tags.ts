/**
 * A repository's tags, as `crane ls` lists them; with `immutable`, only the tags that name the
 * version and commit their own manifest records (build-tag's immutable tags), each with its digest.
 */
import { mapPool } from '../concurrency.js';
import { ANNOTATION_REVISION, ANNOTATION_VERSION, type ImageManifest } from '../oci/media.js';
import type { ArtifactStore } from '../oci/store.js';
import { isImmutableTag } from './describe.js';

export interface ListedTag {
  readonly tag: string;
  readonly digest?: string;
  readonly version?: string;
  readonly revision?: string;
}

/** Tags the suite and cosign write for attachments (`sha256-<hex>`, `.sig`, `.att`, `.sbom`): never immutable tags. */
export const ATTACHMENT_TAG = /^sha256-[0-9a-f]{64}(\.(sig|att|sbom))?$/;
const VERSION_LIKE = /\d+\.\d+\.\d+/;

export async function listArtefactTags(
  store: ArtifactStore,
  options: { immutable: boolean; tags?: readonly string[] },
): Promise<ListedTag[]> {
  const tags = options.tags ?? (await store.listTags());
  if (!options.immutable) return tags.map((tag) => ({ tag }));
  const candidates = tags.filter((t) => !ATTACHMENT_TAG.test(t) && VERSION_LIKE.test(t));
  const read = await mapPool(candidates, 8, async (tag): Promise<ListedTag | undefined> => {
    const manifest = await store.getManifest(tag);
    const annotations = (manifest.parsed as ImageManifest).annotations ?? {};
    const version = annotations[ANNOTATION_VERSION];
    const revision = annotations[ANNOTATION_REVISION];
    return isImmutableTag(tag, version, revision) ? { tag, digest: manifest.digest, version, revision } : undefined;
  });
  return read.filter((t): t is ListedTag => t !== undefined);
}
