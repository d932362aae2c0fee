/**
 * `verify` with `tag`: the tag is resolved now, and passes only if a verified tag-binding record on
 * the verified digest names this tag in this repository and the tag still resolves to the bound
 * digest. A moved tag is named with both digests, a deleted one with the digest it was bound to.
 */
import { ArtefactsError } from '../errors.js';
import type { ArtifactStore } from '../oci/store.js';
import { findTagBindings, parseTagBinding, type TagBindingPredicate } from './predicates/tag-binding.js';
import type { VerifiedStatement } from './verify-policy.js';

export interface TagCheck {
  readonly tag: string;
  readonly repository: string;
  /** The digest the binding names (and the tag resolves to). */
  readonly digest: string;
  readonly version?: string;
  readonly commit?: string;
  readonly boundAt: string;
  /** Where the verified binding came from (the bundle referrer). */
  readonly source: string;
}

export async function checkTagBinding(
  store: ArtifactStore,
  repository: string,
  digest: string,
  tag: string,
  verified: readonly VerifiedStatement[],
): Promise<TagCheck> {
  const names = (b: TagBindingPredicate | undefined): b is TagBindingPredicate =>
    b !== undefined && b.tag === tag && b.repository === repository && b.digest === digest;
  const bound = verified
    .map((v) => ({ source: v.source, binding: parseTagBinding(v.statement) }))
    .find((v) => names(v.binding));
  const now = await store.resolve(tag);
  if (bound === undefined) {
    // Say why: a binding there but unsigned, there but not accepted by the policy, or none at all.
    const found = (await findTagBindings(store, digest)).filter((f) => names(f.binding));
    const unsigned = found.find((f) => !f.signed);
    const reason =
      unsigned !== undefined
        ? `its binding record ${unsigned.record} is unsigned (written by a step given no signing key), so nothing vouches for it`
        : found.length > 0
          ? `its binding record ${found[0]!.record} is signed, but not by a signer this policy accepts`
          : `no tag-binding record on ${digest} names tag ${tag} in ${repository}`;
    throw new ArtefactsError(
      'VERIFICATION_FAILED',
      `Tag ${repository}:${tag} (now ${now?.digest ?? 'absent'}) is not bound to ${digest}: ${reason}.`,
      {
        hint: 'Write tags with bind-tags: true (promote signs the binding with record-key) and verify the digest the tag was bound to: image: repository@sha256:…',
      },
    );
  }
  const binding = bound.binding!;
  if (now === undefined) {
    throw new ArtefactsError(
      'TAG_DRIFT',
      `Tag ${repository}:${tag} was bound to ${binding.digest} (at ${binding.boundAt}) but no longer exists: it was deleted.`,
    );
  }
  if (now.digest !== binding.digest) {
    throw new ArtefactsError(
      'TAG_DRIFT',
      `Tag ${repository}:${tag} was bound to ${binding.digest} (at ${binding.boundAt}) but now resolves to ${now.digest}: it was moved behind the suite's back.`,
      { hint: 'Find who wrote the tag (registry audit log); restore it with a promotion of the bound digest.' },
    );
  }
  return {
    tag,
    repository,
    digest: binding.digest,
    ...(binding.version === undefined ? {} : { version: binding.version }),
    ...(binding.commit === undefined ? {} : { commit: binding.commit }),
    boundAt: binding.boundAt,
    source: bound.source,
  };
}
