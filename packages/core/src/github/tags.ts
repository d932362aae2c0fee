import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import type { GitHubApi } from './api.js';

/**
 * Git tags through the REST API. A version tag is created once and never moved:
 *   - absent → created (an annotated tag object first when asked, then the ref);
 *   - present on the same commit → success, nothing written (re-runs, concurrent runs);
 *   - present on another commit → TAG_CONFLICT naming both commits; the tag is left alone.
 * Two runs racing: GitHub lets exactly one `POST git/refs` succeed; the other gets 422, re-reads
 * the ref and lands in one of the two cases above.
 * The one deliberate mutable pointer is the major tag (`v1`), updated with a single
 * `PATCH {sha, force: true}` (atomic: never delete-then-create), unless the caller's guard, shown
 * the value it replaces, refuses (build-tag: never backwards, past a higher version's commit).
 */
const CONTENTS_WRITE = 'contents: write';

interface RefResponse {
  ref: string;
  object: { sha: string; type: string };
}

interface TagObjectResponse {
  sha: string;
  object: { sha: string; type: string };
}

export interface ResolvedTag {
  /** What the ref points at: a commit, or an annotated tag object. */
  readonly objectSha: string;
  /** The commit it finally names. */
  readonly commitSha: string;
  readonly annotated: boolean;
}

const refPath = (api: GitHubApi, tag: string) => api.repoPath(`/git/ref/tags/${encodeTag(tag)}`);
const encodeTag = (tag: string) => tag.split('/').map(encodeURIComponent).join('/');

/** Reads refs/tags/<tag>, following annotated tag objects to the commit. Undefined when absent. */
async function readTag(api: GitHubApi, tag: string): Promise<ResolvedTag | undefined> {
  const response = await api.request<RefResponse>('GET', refPath(api, tag), {
    expect: [404],
    what: `read the tag ${tag}`,
  });
  if (response.status === 404 || response.data?.object === undefined) return undefined;
  const objectSha = response.data.object.sha;
  let { sha, type } = response.data.object;
  for (let depth = 0; type === 'tag'; depth++) {
    if (depth >= 5) throw new ArtefactsError('GITHUB_API', `The tag ${tag} is a chain of more than 5 tag objects.`);
    const object = await api.request<TagObjectResponse>('GET', api.repoPath(`/git/tags/${sha}`), {
      what: `read the tag object ${sha} of ${tag}`,
    });
    ({ sha, type } = object.data.object);
  }
  return { objectSha, commitSha: sha, annotated: objectSha !== sha };
}

export type CreateTagResult = 'created' | 'exists';

/** A version tag already names another commit: the same error whichever way tags are written. */
export function tagConflict(tag: string, existing: string, wanted: string): ArtefactsError {
  return new ArtefactsError(
    'TAG_CONFLICT',
    `The tag ${tag} already exists on commit ${existing}, not on ${wanted}; it is never moved.`,
    {
      hint: 'A released version names one commit forever. Release a new version (bump it), or delete the tag by hand if it was created by mistake.',
    },
  );
}

export async function createTag(
  api: GitHubApi,
  options: { tag: string; sha: string; annotated?: { message: string }; logger: Logger },
): Promise<CreateTagResult> {
  const { tag, sha, logger } = options;
  const existing = await readTag(api, tag);
  if (existing !== undefined) {
    if (existing.commitSha === sha) {
      logger.info(`Tag ${tag} already exists on ${sha}: nothing to do.`);
      return 'exists';
    }
    throw tagConflict(tag, existing.commitSha, sha);
  }
  let target = sha;
  if (options.annotated !== undefined) {
    const object = await api.request<TagObjectResponse>('POST', api.repoPath('/git/tags'), {
      body: { tag, message: options.annotated.message, object: sha, type: 'commit' },
      permission: CONTENTS_WRITE,
      what: `create the annotated tag object ${tag}`,
    });
    target = object.data.sha;
  }
  const created = await api.request<RefResponse & { message?: string }>('POST', api.repoPath('/git/refs'), {
    body: { ref: `refs/tags/${tag}`, sha: target },
    expect: [422],
    permission: CONTENTS_WRITE,
    what: `create the tag ${tag}`,
  });
  if (created.status !== 422) {
    logger.info(`Created tag ${tag} on ${sha}${options.annotated ? ' (annotated)' : ''}.`);
    return 'created';
  }
  // 422: someone else created it between our read and our write (or the name is refused). Re-read.
  const after = await readTag(api, tag);
  if (after === undefined) {
    throw new ArtefactsError(
      'TAG_RACE',
      `GitHub refused to create the tag ${tag} (422 ${created.data?.message ?? ''}) and it cannot be read back.`,
      { hint: 'Check that the tag name is a valid git ref name, then re-run.' },
    );
  }
  if (after.commitSha === sha) {
    logger.info(`Tag ${tag} was created on ${sha} by a concurrent run: nothing to do.`);
    return 'exists';
  }
  throw tagConflict(tag, after.commitSha, sha);
}

export type MoveTagResult = 'created' | 'moved' | 'unchanged';

/** What moving a tag did: `skipped` when the caller's guard refused the move, with its reason. */
export type MoveTagOutcome =
  | { readonly status: MoveTagResult; readonly reason?: undefined }
  | { readonly status: 'skipped'; readonly reason: string };

/**
 * Asked with the tag's current value on the remote (undefined: absent), the value the move
 * replaces, before anything is written: a reason refuses the move. It is asked after that value
 * was read, so whatever the remote held when the value was set is there for it to see.
 */
export type MoveGuard = (
  current: { readonly objectSha: string; readonly commitSha: string } | undefined,
) => Promise<string | undefined>;

/** Tags whose names start with `prefix`, each with the object its ref names (an annotated tag is not peeled). */
export async function listTagRefs(api: GitHubApi, prefix: string): Promise<Map<string, string>> {
  // matching-refs takes a ref prefix, not a pattern: `tags/v` lists refs/tags/v*.
  const path = api.repoPath(`/git/matching-refs/tags${prefix === '' ? '' : `/${encodeTag(prefix)}`}`);
  const refs = await api.paginate<RefResponse>(path, `list the tags starting with '${prefix}'`);
  const tags = new Map<string, string>();
  for (const r of refs) if (r.ref.startsWith('refs/tags/')) tags.set(r.ref.slice('refs/tags/'.length), r.object.sha);
  return tags;
}

/**
 * Points refs/tags/<tag> at `sha` (a lightweight tag): one atomic PATCH, or a create when absent;
 * nothing when `guard` refuses, given the value just read.
 */
export async function moveTag(
  api: GitHubApi,
  options: { tag: string; sha: string; logger: Logger; guard?: MoveGuard },
): Promise<MoveTagOutcome> {
  const { tag, sha, logger } = options;
  const current = await readTag(api, tag);
  if (current !== undefined && current.objectSha === sha) return { status: 'unchanged' };
  const refused = await options.guard?.(current);
  if (refused !== undefined) {
    logger.info(`Not moving ${tag}: ${refused}.`);
    return { status: 'skipped', reason: refused };
  }
  const patch = () =>
    api.request<RefResponse>('PATCH', api.repoPath(`/git/refs/tags/${encodeTag(tag)}`), {
      body: { sha, force: true },
      expect: [422],
      permission: CONTENTS_WRITE,
      what: `move the tag ${tag}`,
    });
  if (current !== undefined) {
    const moved = await patch();
    if (moved.status !== 422) {
      logger.info(`Moved tag ${tag} from ${current.commitSha} to ${sha}.`);
      return { status: 'moved' };
    }
  }
  const created = await api.request<RefResponse>('POST', api.repoPath('/git/refs'), {
    body: { ref: `refs/tags/${tag}`, sha },
    expect: [422],
    permission: CONTENTS_WRITE,
    what: `create the tag ${tag}`,
  });
  if (created.status !== 422) {
    logger.info(`Created tag ${tag} on ${sha}.`);
    return { status: 'created' };
  }
  // Created concurrently by another run: asked again about what that run set, then updated in place.
  const again = await options.guard?.(await readTag(api, tag));
  if (again !== undefined) {
    logger.info(`Not moving ${tag}: ${again}.`);
    return { status: 'skipped', reason: again };
  }
  const moved = await patch();
  if (moved.status === 422) {
    throw new ArtefactsError('TAG_RACE', `The tag ${tag} could neither be created nor updated (422).`, {
      hint: 'Another run may be changing it; re-run this job.',
    });
  }
  logger.info(`Moved tag ${tag} to ${sha}.`);
  return { status: 'moved' };
}
