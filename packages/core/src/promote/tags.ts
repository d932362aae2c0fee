/**
 * Promotion, step "tags", the last one: the tag rule before anything is written, then every tag
 * re-checked just before its write, a settle delay, and every tag read back (a concurrent promotion
 * of another digest that overwrote ours is seen, and this one reports it lost); then a post-check.
 */
import { ArtefactsError } from '../errors.js';
import type { Descriptor, Manifest } from '../oci/media.js';
import type { ArtifactStore } from '../oci/store.js';

/** The tag rule at one destination, given what its tags point at now: unchanged when all are at the digest. */
export async function tagRule(
  dest: { store: ArtifactStore; tags: string[]; named: string | undefined; reference: string },
  now: readonly (Descriptor | undefined)[],
  digest: string,
  allowOverwrite: boolean,
): Promise<{ unchanged: boolean }> {
  if (dest.named !== undefined && dest.named !== digest) {
    throw new ArtefactsError(
      'TAG_CONFLICT',
      `Destination ${dest.reference} names digest ${dest.named}, but the source is ${digest}.`,
    );
  }
  if (dest.tags.length === 0) return { unchanged: (await dest.store.resolve(digest)) !== undefined };
  let unchanged = true;
  for (const [j, tag] of dest.tags.entries()) {
    const there = now[j];
    if (there === undefined) unchanged = false;
    else if (there.digest !== digest) {
      unchanged = false;
      if (!allowOverwrite) {
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

/**
 * Writes every tag, each re-checked just before its write, waits the settle delay, and reads every
 * tag back. Returns the `location:tag` of each tag confirmed. `settleMs` undefined: adaptive, three
 * times the slowest re-check + write round trip, at least 100 ms and at most 2 s.
 */
export async function writeTags(
  targets: { store: ArtifactStore; tags: string[] }[],
  root: Manifest,
  options: { allowOverwrite: boolean; settleMs: number | undefined },
): Promise<Set<string>> {
  const digest = root.digest;
  const pairs = targets.flatMap(({ store, tags }) => tags.map((tag) => ({ store, tag })));
  const writes = await Promise.allSettled(
    pairs.map(async ({ store, tag }) => {
      const started = Date.now();
      // Check again just before the write: another promotion may have landed since the plan.
      const before = await store.resolve(tag);
      if (before !== undefined && before.digest !== digest && !options.allowOverwrite) {
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
  if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
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

/** Post-check: every destination tag at the digest (those not confirmed by the read-back are resolved now). */
export async function postCheck(
  destinations: { store: ArtifactStore; tags: string[] }[],
  digest: string,
  confirmed: Set<string>,
): Promise<void> {
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
}
