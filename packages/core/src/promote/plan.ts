/**
 * Promotion, step "plan": the whole manifest tree under the promoted digest and every referrer
 * under it, fetched and verified before a byte is written. What a source can make us walk is
 * bounded: index nesting depth, manifests in one tree, referrer levels and manifests in the plan.
 */
import { mapPool } from '../concurrency.js';
import { ArtefactsError } from '../errors.js';
import { childDescriptors, type Descriptor, type Manifest } from '../oci/media.js';
import type { ArtifactStore } from '../oci/store.js';

/** Manifests nested deeper than this under the promoted one (index → index → … → manifest) are refused. */
export const MAX_INDEX_DEPTH = 8;
/** Manifests in one tree (the promoted one and all it lists, or one referrer's) above this are refused. */
export const MAX_TREE_MANIFESTS = 1000;
/** Referrers of referrers… deeper than this are refused. */
export const MAX_REFERRER_DEPTH = 8;
/** Manifests in the whole plan (the tree and every referrer's tree) above this are refused. */
export const MAX_PLAN_MANIFESTS = 5000;

/**
 * Requests that move no content (HEADs, manifest reads, mounts, upload sessions) run this many at
 * once; only the streaming of blob bytes is held to the `concurrency` option.
 */
export const LOOKUPS = 16;

export interface Tree {
  /** Manifests in write order: children before parents. */
  manifests: Manifest[];
  blobs: Map<string, Descriptor>;
}

export interface ReferrerPlan {
  subject: string;
  /** 0 for referrers of the promoted manifests, 1 for their referrers, and so on. */
  depth: number;
  manifest: Manifest;
  tree: Tree;
}

/** Fetches the whole manifest tree under a manifest, verifying every digest on the way, within the bounds. */
export async function planTree(source: ArtifactStore, root: Manifest): Promise<Tree> {
  const tree: Tree = { manifests: [], blobs: new Map() };
  const seen = new Set<string>();
  const visit = async (manifest: Manifest, depth: number) => {
    if (seen.has(manifest.digest)) return;
    seen.add(manifest.digest);
    const { manifests, blobs } = childDescriptors(manifest);
    for (const blob of blobs) tree.blobs.set(blob.digest, blob);
    if (manifests.length > 0 && depth >= MAX_INDEX_DEPTH) {
      throw new ArtefactsError(
        'UNSUPPORTED',
        `${source.location}@${root.digest}: indexes nest more than ${MAX_INDEX_DEPTH} levels deep (at ${manifest.digest}); refused before anything was copied.`,
        { hint: `Promotion walks at most ${MAX_INDEX_DEPTH} levels of nested indexes; an image index needs 1.` },
      );
    }
    const fresh = manifests.filter(
      (c, i) => !seen.has(c.digest) && manifests.findIndex((o) => o.digest === c.digest) === i,
    );
    if (seen.size + fresh.length > MAX_TREE_MANIFESTS) {
      throw new ArtefactsError(
        'UNSUPPORTED',
        `${source.location}@${root.digest}: the tree lists more than ${MAX_TREE_MANIFESTS} manifests; refused before anything was copied.`,
        { hint: `Promotion copies at most ${MAX_TREE_MANIFESTS} manifests under one digest.` },
      );
    }
    // An index's children are fetched together (one round trip, not one per platform); the tree
    // keeps their listed order, children before parents.
    const fetched = await mapPool(fresh, LOOKUPS, async (child) => {
      const got = await source.getManifest(child.digest);
      if (got.bytes.length !== child.size) {
        throw new ArtefactsError(
          'DIGEST_MISMATCH',
          `${source.location}@${child.digest}: ${got.bytes.length} bytes where the index declares ${child.size}.`,
        );
      }
      return got;
    });
    for (const child of fetched) await visit(child, depth + 1);
    tree.manifests.push(manifest);
  };
  await visit(root, 0);
  return tree;
}

/**
 * Every referrer under the tree, recursively, breadth first; each level is listed and fetched
 * together. `referrersOf` lists a subject's referrers (the promotion shares one listing per subject).
 */
export async function planReferrers(
  source: ArtifactStore,
  t: Tree,
  filter: true | string[],
  referrersOf: (subject: string) => Promise<Descriptor[]>,
): Promise<ReferrerPlan[]> {
  const types = Array.isArray(filter) ? filter : undefined;
  const plans: ReferrerPlan[] = [];
  const seen = new Set<string>(t.manifests.map((m) => m.digest));
  let manifests = t.manifests.length;
  let level = t.manifests.map((m) => m.digest);
  for (let depth = 0; level.length > 0; depth++) {
    const listed = await mapPool(level, LOOKUPS, async (subject) => ({ subject, found: await referrersOf(subject) }));
    const next: { subject: string; digest: string }[] = [];
    for (const { subject, found } of listed) {
      for (const r of found) {
        if (seen.has(r.digest)) continue;
        if (types !== undefined && !types.includes(r.artifactType ?? '')) continue;
        seen.add(r.digest);
        next.push({ subject, digest: r.digest });
      }
    }
    if (next.length > 0 && depth >= MAX_REFERRER_DEPTH) {
      throw new ArtefactsError(
        'UNSUPPORTED',
        `${source.location}: referrers of referrers go more than ${MAX_REFERRER_DEPTH} levels deep; refused before anything was copied.`,
        { hint: 'Copy fewer referrers (copy-referrers: a list of artifactTypes, or false).' },
      );
    }
    if (manifests + next.length > MAX_PLAN_MANIFESTS) {
      throw new ArtefactsError(
        'UNSUPPORTED',
        `${source.location}: the image and its referrers hold more than ${MAX_PLAN_MANIFESTS} manifests; refused before anything was copied.`,
        { hint: 'Copy fewer referrers (copy-referrers: a list of artifactTypes, or false).' },
      );
    }
    const planned = await mapPool(next, LOOKUPS, async ({ subject, digest }) => {
      const manifest = await source.getManifest(digest);
      return { subject, depth, manifest, tree: await planTree(source, manifest) };
    });
    for (const p of planned) manifests += p.tree.manifests.length;
    if (manifests > MAX_PLAN_MANIFESTS) {
      throw new ArtefactsError(
        'UNSUPPORTED',
        `${source.location}: the image and its referrers hold more than ${MAX_PLAN_MANIFESTS} manifests; refused before anything was copied.`,
        { hint: 'Copy fewer referrers (copy-referrers: a list of artifactTypes, or false).' },
      );
    }
    plans.push(...planned);
    level = next.map((n) => n.digest);
  }
  return plans;
}
