/**
 * push-git-tag over plain git, for any git host (no GitHub API): the same rules as the API path
 * (github/tags.ts). A version tag is created once and never moved:
 *   - absent on the remote → created locally (annotated when asked) and pushed without force;
 *   - present on the same commit → 'exists', nothing written;
 *   - present on another commit → TAG_CONFLICT naming both commits, nothing changed.
 * Two runs racing: the remote accepts exactly one creating push; the other is refused, re-reads
 * the remote and lands in one of the cases above. The major tag (`v1`) is the one pointer that
 * moves, pushed with --force-with-lease on the value just read, so a concurrent move is never
 * clobbered; the caller's guard, shown that value, may refuse the move (never backwards).
 */
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import { gitRaw } from '../git/git.js';
import { resolveCommit } from '../git/history.js';
import { createLocalTag, pushRef, readRemoteTag } from '../git/remote-refs.js';
import { tagConflict, type CreateTagResult, type MoveGuard, type MoveTagOutcome } from '../github/tags.js';
import type { GitHubApi } from '../github/api.js';
import type { GitHubContext } from '../github/context.js';
import { parseRemoteUrl } from './build-facts.js';

export type GitTagTransport = 'auto' | 'github-api' | 'git';
export const GIT_TAG_TRANSPORTS = ['auto', 'github-api', 'git'] as const;

interface PushContext {
  readonly cwd: string;
  readonly remote: string;
  readonly logger: Logger;
}

export async function createTagWithGit(
  context: PushContext,
  options: { tag: string; sha: string; annotated?: { message: string } },
): Promise<CreateTagResult> {
  const { cwd, remote, logger } = context;
  const { tag, sha } = options;
  const existing = await readRemoteTag(cwd, remote, tag);
  if (existing !== undefined) {
    if (existing.commitSha === sha) {
      logger.info(`Tag ${tag} already exists on ${sha} in ${remote}: nothing to do.`);
      return 'exists';
    }
    throw tagConflict(tag, existing.commitSha, sha);
  }
  const local = await resolveCommit(cwd, `refs/tags/${tag}`);
  if (local !== undefined && local !== sha) {
    throw new ArtefactsError(
      'TAG_CONFLICT',
      `The local tag ${tag} names commit ${local}, not ${sha}; it is not on ${remote}, and it is never moved.`,
      { hint: `Delete the local tag (git tag -d ${tag}) if it was created by mistake, or release a new version.` },
    );
  }
  if (local === undefined) await createLocalTag(cwd, options);
  else logger.info(`Using the local tag ${tag}, already on ${sha}.`);
  const pushed = await pushRef(cwd, { remote, source: `refs/tags/${tag}`, destination: `refs/tags/${tag}` });
  if (pushed.ok) {
    logger.info(`Created tag ${tag} on ${sha}${options.annotated ? ' (annotated)' : ''} and pushed it to ${remote}.`);
    return 'created';
  }
  // Refused: someone may have pushed the tag between our read and our push. Re-read.
  const after = await readRemoteTag(cwd, remote, tag).catch(() => undefined);
  if (after?.commitSha === sha) {
    logger.info(`Tag ${tag} was pushed on ${sha} by a concurrent run: nothing to do.`);
    return 'exists';
  }
  // The tag did not reach the remote as ours: the local one this run made goes too, so that no later
  // step (a version calculation, git describe) reads a version as released that was not. A local
  // tag that was there before the run is the user's, and stays.
  if (local === undefined) await deleteLocalTag(cwd, tag, logger);
  if (after === undefined) {
    throw new ArtefactsError('GIT_FAILED', `git push of the tag ${tag} to ${remote} failed: ${pushed.detail}`, {
      hint: `Check that this job may push tags to '${remote}' (credentials, protected tags).`,
    });
  }
  throw tagConflict(tag, after.commitSha, sha);
}

async function deleteLocalTag(cwd: string, tag: string, logger: Logger): Promise<void> {
  const result = await gitRaw(['tag', '-d', tag], { cwd }).catch((error: unknown) => ({
    exitCode: 1,
    stderr: String(error),
  }));
  if (result.exitCode === 0) logger.info(`Deleted the local tag ${tag}: it was not pushed.`);
  else
    logger.warning(
      `The local tag ${tag} was not pushed and could not be deleted (git tag -d ${tag}): ${result.stderr.trim()}`,
    );
}

/**
 * Points refs/tags/<tag> on the remote at `sha` (a lightweight tag), leased on the value just read;
 * nothing when `guard` refuses, given that value.
 */
export async function moveTagWithGit(
  context: PushContext,
  options: { tag: string; sha: string; guard?: MoveGuard },
): Promise<MoveTagOutcome> {
  const { cwd, remote, logger } = context;
  const { tag, sha } = options;
  const current = await readRemoteTag(cwd, remote, tag);
  if (current !== undefined && current.objectSha === sha) return { status: 'unchanged' };
  const refused = await options.guard?.(current);
  if (refused !== undefined) {
    logger.info(`Not moving ${tag}: ${refused}.`);
    return { status: 'skipped', reason: refused };
  }
  const destination = `refs/tags/${tag}`;
  const pushed = await pushRef(cwd, {
    remote,
    source: sha,
    destination,
    lease: { expected: current?.objectSha ?? '' },
  });
  if (pushed.ok) {
    logger.info(
      current === undefined
        ? `Created tag ${tag} on ${sha} in ${remote}.`
        : `Moved tag ${tag} from ${current.commitSha} to ${sha} in ${remote}.`,
    );
    return { status: current === undefined ? 'created' : 'moved' };
  }
  const after = await readRemoteTag(cwd, remote, tag);
  if (after?.objectSha === sha) {
    logger.info(`Tag ${tag} was moved to ${sha} by a concurrent run: nothing to do.`);
    return { status: 'unchanged' };
  }
  if (after?.objectSha !== current?.objectSha) {
    throw new ArtefactsError(
      'TAG_RACE',
      `The tag ${tag} on ${remote} changed while this run moved it (now ${after?.commitSha ?? 'absent'}); it was left as the other run set it.`,
      { hint: 'Another run is moving it; re-run this job to move it again if this commit is the newest release.' },
    );
  }
  throw new ArtefactsError('GIT_FAILED', `git push of the tag ${tag} to ${remote} failed: ${pushed.detail}`, {
    hint: `Check that this job may push tags to '${remote}' (credentials, protected tags).`,
  });
}

/**
 * Which way push-git-tag writes: `auto` is the GitHub API when a token is given and the repository
 * is on GitHub (a GitHub Actions run, or the remote's host is github.com or GITHUB_SERVER_URL's),
 * else plain git to the remote.
 */
export async function chooseTagTransport(args: {
  readonly transport: GitTagTransport;
  readonly api: GitHubApi | undefined;
  readonly token: string;
  readonly github: GitHubContext | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly remote: string;
}): Promise<{ transport: 'github-api' | 'git'; why: string }> {
  if (args.transport !== 'auto') return { transport: args.transport, why: `git-tag-transport: ${args.transport}` };
  if (args.api === undefined) return { transport: 'git', why: 'no GitHub repository is known' };
  if (args.token === '') return { transport: 'git', why: 'no github-token is given' };
  if (args.github !== undefined && args.github.repository !== '') {
    return { transport: 'github-api', why: `a GitHub Actions run of ${args.github.repository}` };
  }
  const url = await gitRaw(['remote', 'get-url', args.remote], { cwd: args.cwd });
  // Not a remote's name: the remote may be given as a URL.
  const host = parseRemoteUrl(url.exitCode === 0 ? url.stdout : args.remote)?.host;
  const server = args.env.GITHUB_SERVER_URL?.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  if (host !== undefined && (host === 'github.com' || host === server)) {
    return { transport: 'github-api', why: `the remote '${args.remote}' is on ${host}` };
  }
  return { transport: 'git', why: `the remote '${args.remote}' is not on GitHub` };
}
