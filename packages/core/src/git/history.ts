/**
 * Reading release history from git: version tags (`for-each-ref`, and `--merged` over chosen tags),
 * commits since a tag (streamed `git log -z`, one record at a time), and shallow-clone handling.
 */
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import { git, gitRaw, gitStream } from './git.js';

/**
 * Tag names under `refs/tags/<prefix>` from one `for-each-ref` (names only: asking for peeled
 * objects would read every tag object, which costs seconds at 20k tags). With `mergedInto`, only
 * tags whose commit is an ancestor of (or equal to) that revision.
 */
export async function listTags(cwd: string, prefix: string, options: { mergedInto?: string } = {}): Promise<string[]> {
  const args = ['for-each-ref', '--format=%(refname:lstrip=2)'];
  if (options.mergedInto !== undefined) args.push(`--merged=${options.mergedInto}`);
  // The glob narrows git's work; the literal prefix check is done again here and by the parser.
  args.push(`refs/tags/${prefix}*`);
  const names: string[] = [];
  await gitStream(args, { cwd }, (line) => {
    if (line !== '' && line.startsWith(prefix)) names.push(line);
  });
  return names;
}

/**
 * Which of `names` (tag names) point at `target` or one of its ancestors: one `for-each-ref
 * --merged` over exactly those refs. git walks back only as far as the oldest of them, so asking
 * about a few recent tags costs milliseconds where `--merged` over every tag walks the whole
 * history. Tag names are SemVer after a literal prefix, so they carry no glob characters; a pattern
 * also matches refs below it (`refs/tags/v1/x`), so the answer is filtered back to `names`.
 */
export async function tagsMergedInto(cwd: string, target: string, names: readonly string[]): Promise<Set<string>> {
  const wanted = new Set(names);
  const merged = new Set<string>();
  if (wanted.size === 0) return merged;
  const args = ['for-each-ref', '--format=%(refname:lstrip=2)', `--merged=${target}`];
  for (const name of wanted) args.push(`refs/tags/${name}`);
  await gitStream(args, { cwd }, (line) => {
    if (wanted.has(line)) merged.add(line);
  });
  return merged;
}

/** The commits that tags point at (annotated tags peeled), in one `rev-parse`. */
export async function peelTags(cwd: string, names: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(names)];
  const peeled = new Map<string, string>();
  if (unique.length === 0) return peeled;
  const out = await git(['rev-parse', ...unique.map((n) => `refs/tags/${n}^{commit}`)], { cwd });
  const shas = out.trim().split('\n');
  unique.forEach((n, i) => peeled.set(n, shas[i] ?? ''));
  return peeled;
}

export interface CommitRecord {
  readonly sha: string;
  readonly parents: readonly string[];
  /** The raw message (%B): subject, body and footers. */
  readonly message: string;
}

/**
 * Streams commits reachable from `to` but not from `from` (all of `to`'s history when `from` is
 * undefined), newest first, limited to commits touching `paths` when given. One `git log -z`
 * process; each record is handed over and dropped, so memory stays flat however long the history.
 */
export async function streamCommits(
  cwd: string,
  range: { from?: string; to: string; paths?: readonly string[] },
  onCommit: (commit: CommitRecord) => void,
): Promise<void> {
  const rev = range.from === undefined ? range.to : `${range.from}..${range.to}`;
  const args = ['log', '-z', '--format=%H%x1f%P%x1f%B', rev, '--'];
  if (range.paths && range.paths.length > 0) args.push(...range.paths);
  await gitStream(
    args,
    { cwd },
    (record) => {
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
    },
    '\0',
  );
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

export async function revParse(cwd: string, rev: string): Promise<string> {
  return (await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd })).trim();
}

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await gitRaw(['cat-file', '-e', `${sha}^{commit}`], { cwd })).exitCode === 0;
}

export async function countCommits(cwd: string, from: string, to: string): Promise<number> {
  return Number((await git(['rev-list', '--count', `${from}..${to}`], { cwd })).trim());
}

export async function currentBranch(cwd: string): Promise<string | undefined> {
  const result = await gitRaw(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

export async function isShallow(cwd: string): Promise<boolean> {
  const out = await git(['rev-parse', '--is-shallow-repository'], { cwd });
  return out.trim() === 'true';
}

export async function hasRemote(cwd: string, remote: string): Promise<boolean> {
  const result = await gitRaw(['remote', 'get-url', remote], { cwd });
  return result.exitCode === 0;
}

/** Tag names on the remote under the prefix (`git ls-remote`, no objects transferred). */
export async function remoteTagNames(cwd: string, remote: string, prefix: string): Promise<string[] | undefined> {
  const result = await gitRaw(['ls-remote', '--tags', '--refs', remote, `refs/tags/${prefix}*`], { cwd });
  if (result.exitCode !== 0) return undefined;
  return result.stdout
    .split('\n')
    .map((line) => line.split('\t')[1] ?? '')
    .filter((ref) => ref.startsWith('refs/tags/'))
    .map((ref) => ref.slice('refs/tags/'.length));
}

export type FetchDepthPolicy = 'deepen' | 'fail';

/**
 * Why the local history cannot be trusted when no version tag is found locally: version tags exist
 * on the remote but were not fetched (a clone with `--no-tags`, or `fetch-tags: false`). Undefined
 * when the remote has none either, or cannot be asked (then a warning says so).
 */
export async function missingTagsReason(
  cwd: string,
  options: { prefix: string; isVersionTag: (name: string) => boolean; logger: Logger; remote?: string },
): Promise<string | undefined> {
  const remote = options.remote ?? 'origin';
  if (!(await hasRemote(cwd, remote))) return undefined;
  const names = await remoteTagNames(cwd, remote, options.prefix);
  if (names === undefined) {
    options.logger.warning(
      `No version tags with prefix '${options.prefix}' exist locally and '${remote}' could not be asked for its tags; ` +
        'treating the repository as having no releases yet.',
    );
    return undefined;
  }
  const missing = names.filter((n) => options.isVersionTag(n));
  return missing.length > 0 ? `${missing.length} version tag(s) exist on '${remote}' but not in this clone` : undefined;
}

/**
 * Makes history and tags complete before anything is computed from them. A shallow clone
 * (actions/checkout's default `fetch-depth: 1`) or a clone without tags would otherwise give a wrong
 * version with exit code 0. `deepen` fetches all history and tags from `origin` (commits and trees
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
        hint: "Use actions/checkout with 'fetch-depth: 0' (and 'fetch-tags: true'), or set fetch-depth-policy: deepen.",
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
