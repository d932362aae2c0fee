/**
 * Reading plain history from git: commits since a revision (streamed `git log -z`, one record at a
 * time), HEAD, and shallow-clone handling. Version tags are read in version/version-tags.ts.
 */
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import { git, gitRaw, startGitRecords, type GitRecords } from './git.js';

export interface CommitRecord {
  readonly sha: string;
  readonly parents: readonly string[];
  /** The raw message (%B): subject, body and footers. */
  readonly message: string;
}

/** Commits reachable from `to` but not from `from` (all of `to`'s history without `from`), limited to `paths`. */
export interface CommitRange {
  readonly from?: string;
  readonly to: string;
  readonly paths?: readonly string[];
}

/** A `git log` over a range, started before it is known to be the range wanted (see `prefetchCommits`). */
export interface PrefetchedCommits {
  readonly range: CommitRange;
  readonly records: GitRecords;
}

function logArgs(range: CommitRange): string[] {
  const rev = range.from === undefined ? range.to : `${range.from}..${range.to}`;
  const args = ['log', '-z', '--format=%H%x1f%P%x1f%B', rev, '--'];
  if (range.paths && range.paths.length > 0) args.push(...range.paths);
  return args;
}

function sameRange(a: CommitRange, b: CommitRange): boolean {
  return a.from === b.from && a.to === b.to && (a.paths ?? []).join('\0') === (b.paths ?? []).join('\0');
}

/**
 * Starts the `git log` of a likely range now, so it runs beside the question that decides the
 * range; `streamCommits` reads it when the range turns out the same, and the caller cancels it
 * otherwise. Unread, it holds at most a pipe's worth of output.
 */
export function prefetchCommits(cwd: string, range: CommitRange): PrefetchedCommits {
  return { range, records: startGitRecords(logArgs(range), { cwd }) };
}

/**
 * Streams commits reachable from `to` but not from `from` (all of `to`'s history when `from` is
 * undefined), newest first, limited to commits touching `paths` when given. One `git log -z`
 * process (the prefetched one when it is of this range); each record is handed over and dropped,
 * so memory stays flat however long the history.
 */
export async function streamCommits(
  cwd: string,
  range: CommitRange,
  onCommit: (commit: CommitRecord) => void,
  prefetched?: PrefetchedCommits,
): Promise<void> {
  const records =
    prefetched !== undefined && sameRange(prefetched.range, range)
      ? prefetched.records
      : startGitRecords(logArgs(range), { cwd });
  await records.read((record) => {
    if (record === '') return;
    const a = record.indexOf('\x1f');
    const b = record.indexOf('\x1f', a + 1);
    if (a < 0 || b < 0) return;
    const parents = record.slice(a + 1, b);
    onCommit({
      sha: record.slice(0, a).replace(/^\n/, ''),
      parents: parents === '' ? [] : parents.split(' '),
      message: record.slice(b + 1).replace(/\n+$/, ''),
    });
  }, '\0');
}

export interface HeadFacts {
  readonly shallow: boolean;
  readonly sha: string;
  /** The checked-out branch; undefined on a detached HEAD. */
  readonly branch: string | undefined;
}

/** Shallowness, HEAD's commit and branch, in one `rev-parse` (every process costs milliseconds). */
export async function headFacts(cwd: string): Promise<HeadFacts> {
  const result = await gitRaw(['rev-parse', '--is-shallow-repository', 'HEAD', '--symbolic-full-name', 'HEAD'], {
    cwd,
  });
  const [shallow = '', sha = '', ref = ''] = result.stdout.trim().split('\n');
  if (result.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
    // Let git say what is wrong: not a repository (GIT_NOT_A_REPOSITORY), or no commit yet.
    await git(['rev-parse', '--is-shallow-repository'], { cwd });
    throw new ArtefactsError('GIT_FAILED', `Cannot resolve HEAD in ${cwd}: the repository has no commits yet.`, {
      hint: 'Commit something first, or run in the checked-out repository.',
    });
  }
  return {
    shallow: shallow === 'true',
    sha,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
  };
}

/** The commit `rev` names (annotated tags peeled), or undefined when there is no such commit. */
export async function resolveCommit(cwd: string, rev: string): Promise<string | undefined> {
  const result = await gitRaw(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
  const sha = result.stdout.trim();
  return result.exitCode === 0 && sha !== '' ? sha : undefined;
}

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await gitRaw(['cat-file', '-e', `${sha}^{commit}`], { cwd })).exitCode === 0;
}

export async function countCommits(cwd: string, from: string, to: string): Promise<number> {
  return Number((await git(['rev-list', '--count', `${from}..${to}`], { cwd })).trim());
}

export async function isShallow(cwd: string): Promise<boolean> {
  const out = await git(['rev-parse', '--is-shallow-repository'], { cwd });
  return out.trim() === 'true';
}

async function hasRemote(cwd: string, remote: string): Promise<boolean> {
  const result = await gitRaw(['remote', 'get-url', remote], { cwd });
  return result.exitCode === 0;
}

export type FetchDepthPolicy = 'deepen' | 'fail';

/**
 * Makes history and tags complete before anything is computed from them. A shallow clone
 * (actions/checkout's default `fetch-depth: 1`) or a clone whose tags are stale would otherwise give
 * a wrong version with exit code 0. `deepen` fetches all history and tags from `origin` (commits and trees
 * only: `--filter=blob:none`); `fail` stops with GIT_SHALLOW.
 */
export async function completeHistory(
  cwd: string,
  reason: string,
  options: { policy: FetchDepthPolicy; logger: Logger; remote?: string },
): Promise<void> {
  const remote = options.remote ?? 'origin';
  if (options.policy === 'fail') {
    throw new ArtefactsError(
      'GIT_SHALLOW',
      `Cannot compute a version: ${reason}, so the previous release and the commits since it are unknown.`,
      {
        hint: "Use actions/checkout with 'fetch-depth: 0' (and 'fetch-tags: true'), or run 'git fetch --tags --force' first, or set fetch-depth-policy: deepen.",
      },
    );
  }
  if (!(await hasRemote(cwd, remote))) {
    throw new ArtefactsError('GIT_SHALLOW', `Cannot deepen the clone: ${reason} and there is no '${remote}' remote.`, {
      hint: "Clone with full history ('fetch-depth: 0').",
    });
  }
  await options.logger.group(`Fetching history and tags from '${remote}': ${reason}`, async () => {
    const shallow = await isShallow(cwd);
    const args = ['fetch', '--quiet', '--tags', '--force', '--filter=blob:none', ...(shallow ? ['--unshallow'] : [])];
    const result = await gitRaw([...args, remote], { cwd });
    if (result.exitCode !== 0) {
      const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
      throw new ArtefactsError('GIT_SHALLOW', `Fetching history and tags from '${remote}' failed: ${detail}`, {
        hint: "Check the checkout's credentials (persist-credentials), or clone with 'fetch-depth: 0'.",
      });
    }
    if (await isShallow(cwd)) {
      throw new ArtefactsError('GIT_SHALLOW', `The clone is still shallow after fetching from '${remote}'.`, {
        hint: "Clone with 'fetch-depth: 0'.",
      });
    }
    options.logger.info(`Fetched full history and tags from '${remote}'.`);
  });
}
