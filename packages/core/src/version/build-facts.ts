import type { ActionEnvironment } from '../action.js';
import { ArtefactsError, describeError } from '../errors.js';
import { commitTime, git, gitRaw } from '../git/git.js';
import { isShallow } from '../git/history.js';
import { GitHubApi } from '../github/api.js';
import { reproducibleTime } from '../time.js';
import type { RepositoryFacts } from './oci-labels.js';

/**
 * What build-tag learns about the run: the built revision, the ref as docker/metadata-action reads
 * it, branch, pull request, run number, the reproducible creation time and the repository metadata.
 */
export interface BuildFacts {
  readonly revision: string;
  /** The branch for tag rules: never set on pull requests (a fork's `main` is not this repository's). */
  readonly branch: string | undefined;
  /** The branch for the immutable template: the PR's head branch on pull requests. */
  readonly headBranch: string | undefined;
  /** The git tag named by the ref (`refs/tags/<tag>`), if any. */
  readonly refTag: string | undefined;
  readonly baseRef: string | undefined;
  readonly pr: number | undefined;
  readonly eventName: string | undefined;
  readonly runNumber: string;
  readonly runAttempt: string;
  readonly created: Date;
  readonly createdSource: string;
  readonly assumptions: string[];
}

export interface FactOptions {
  readonly context: 'workflow' | 'git';
  /** DOCKER_METADATA_PR_HEAD_SHA: true, false, or undefined (unset). */
  readonly prHeadSha: boolean | undefined;
}

export async function isGitRepository(cwd: string): Promise<boolean> {
  const result = await gitRaw(['rev-parse', '--git-dir'], { cwd });
  return result.exitCode === 0;
}

/** The branch git is on, else a tag on HEAD (a detached tag checkout), as metadata-action's `context: git`. */
async function gitRef(cwd: string): Promise<{ branch?: string; tag?: string }> {
  const symbolic = await gitRaw(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd });
  if (symbolic.exitCode === 0 && symbolic.stdout.trim() !== '') return { branch: symbolic.stdout.trim() };
  const tags = await gitRaw(['tag', '--points-at', 'HEAD', '--sort=-v:refname'], { cwd });
  const tag = tags.exitCode === 0 ? tags.stdout.split('\n').find((t) => t.trim() !== '') : undefined;
  return tag === undefined ? {} : { tag: tag.trim() };
}

export async function gatherFacts(
  environment: ActionEnvironment,
  inGit: boolean,
  options: FactOptions,
): Promise<BuildFacts> {
  const { cwd, env, github: gh } = environment;
  const assumptions: string[] = [];
  const needGit = (what: string) => {
    if (!inGit) {
      throw new ArtefactsError(
        'GIT_NOT_A_REPOSITORY',
        `${cwd} is not a git repository, and ${what} is not known otherwise.`,
        {
          hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
        },
      );
    }
  };
  const head = async () => (await git(['rev-parse', 'HEAD'], { cwd })).trim();

  const pr = gh?.pullRequest;
  const target = gh !== undefined && /^pull_request_target$/.test(gh.eventName);
  let revision: string;
  let ref = gh?.ref ?? '';
  if (options.context === 'git') {
    needGit('the commit (context: git)');
    revision = await head();
    const fromGit = await gitRef(cwd);
    ref = fromGit.branch ? `refs/heads/${fromGit.branch}` : fromGit.tag ? `refs/tags/${fromGit.tag}` : ref;
    assumptions.push(`revision ${revision} and ref ${ref || '(none)'} from git (context: git)`);
  } else if (pr !== undefined && target) {
    // pull_request_target runs the base branch's workflow on the base commit: name what was checked out.
    if (options.prHeadSha === true) revision = pr.headSha;
    else if (inGit) {
      revision = await head();
      if (revision !== gh?.sha)
        assumptions.push(`revision ${revision}: the commit checked out (GITHUB_SHA is ${gh?.sha})`);
    } else revision = gh?.sha ?? '';
  } else if (pr !== undefined) {
    revision = options.prHeadSha === false ? (gh?.sha ?? '') : pr.headSha || gh?.sha || '';
  } else {
    revision = gh?.sha ?? '';
  }
  if (revision === '') {
    needGit('the commit');
    revision = await head();
    assumptions.push(`revision ${revision} from git HEAD`);
  }

  let branch: string | undefined;
  let headBranch: string | undefined;
  let refTag: string | undefined;
  if (ref.startsWith('refs/tags/')) refTag = ref.slice('refs/tags/'.length);
  if (gh !== undefined && options.context !== 'git') {
    if (pr !== undefined) headBranch = pr.headRef || gh.headRef || undefined;
    else if (ref.startsWith('refs/heads/')) branch = ref.slice('refs/heads/'.length);
  } else if (gh !== undefined) {
    if (ref.startsWith('refs/heads/')) branch = ref.slice('refs/heads/'.length);
    if (pr !== undefined) headBranch = pr.headRef || undefined;
  } else {
    const named = env.CI_COMMIT_REF_NAME || env.BRANCH_NAME || undefined;
    if (named !== undefined) {
      branch = named;
      assumptions.push(`branch '${branch}' from ${env.CI_COMMIT_REF_NAME ? 'CI_COMMIT_REF_NAME' : 'BRANCH_NAME'}`);
    } else if (inGit) {
      const fromGit = await gitRef(cwd);
      if (fromGit.branch !== undefined) {
        branch = fromGit.branch;
        assumptions.push(`branch '${branch}' from git`);
      } else if (fromGit.tag !== undefined) {
        refTag = fromGit.tag;
        assumptions.push(`tag '${refTag}' from git (detached HEAD at a tag)`);
      } else assumptions.push('no branch (detached HEAD)');
    }
  }
  if (pr === undefined) headBranch = branch;

  let runNumber: string;
  if (gh !== undefined && gh.runNumber > 0) runNumber = String(gh.runNumber);
  else {
    const fromEnv = ['ARTEFACTS_RUN_NUMBER', 'CI_PIPELINE_IID', 'BUILD_NUMBER'].find((n) => (env[n] ?? '') !== '');
    if (fromEnv !== undefined) {
      runNumber = env[fromEnv] ?? '';
      if (!/^\d+$/.test(runNumber)) {
        throw new ArtefactsError(
          'INPUT_INVALID',
          `${fromEnv}=${JSON.stringify(runNumber)} is not a whole number, so it cannot be the run number.`,
        );
      }
      assumptions.push(`run_number ${runNumber} from ${fromEnv}`);
    } else {
      needGit('the run number (set ARTEFACTS_RUN_NUMBER)');
      runNumber = (await git(['rev-list', '--count', 'HEAD'], { cwd })).trim();
      const shallow = await isShallow(cwd);
      assumptions.push(
        `run_number ${runNumber} = commits in HEAD${shallow ? ' (shallow clone: this count is too low)' : ''}; set ARTEFACTS_RUN_NUMBER to choose`,
      );
    }
  }
  const runAttempt = gh !== undefined && gh.runAttempt > 0 ? String(gh.runAttempt) : env.ARTEFACTS_RUN_ATTEMPT || '1';
  const payloadBaseRef = (gh?.payload as { base_ref?: unknown } | undefined)?.base_ref;
  const baseRef =
    pr !== undefined
      ? pr.baseRef || undefined
      : refTag !== undefined && typeof payloadBaseRef === 'string'
        ? payloadBaseRef.replace(/^refs\/heads\//, '')
        : undefined;

  const { created, createdSource } = await createdTime(environment, revision, inGit);
  return {
    revision,
    branch,
    headBranch,
    refTag,
    baseRef,
    pr: pr?.number,
    eventName: gh?.eventName,
    runNumber,
    runAttempt,
    created,
    createdSource,
    assumptions,
  };
}

/** SOURCE_DATE_EPOCH, else the commit time of the built revision: never the wall clock. */
async function createdTime(
  environment: ActionEnvironment,
  revision: string,
  inGit: boolean,
): Promise<{ created: Date; createdSource: string }> {
  const { env, cwd, logger } = environment;
  const builtCommit = async () => {
    const at = inGit ? await commitTime(cwd, revision) : undefined;
    return at === undefined ? undefined : { time: at, source: `commit time of ${revision.slice(0, 12)}` };
  };
  const pushEvent = () => {
    const headCommit = environment.github?.payload.head_commit as { id?: string; timestamp?: string } | undefined;
    if (headCommit?.id !== revision || !headCommit.timestamp || Number.isNaN(Date.parse(headCommit.timestamp))) {
      return undefined;
    }
    return { time: new Date(Date.parse(headCommit.timestamp)), source: 'head_commit.timestamp of the push event' };
  };
  const headOfClone = async () => {
    if (!inGit) return undefined;
    const head = await gitRaw(['show', '-s', '--format=%ct%n%H', 'HEAD'], { cwd });
    const [seconds = '', sha = ''] = head.stdout.trim().split('\n');
    if (head.exitCode !== 0 || !/^\d+$/.test(seconds)) return undefined;
    // Typical on pull_request with a depth-1 checkout: the PR head is a parent of the merge commit, not fetched.
    logger.info(
      `The built commit ${revision.slice(0, 12)} is not in the clone, so 'created' uses the commit time of HEAD (${sha.slice(0, 12)}). Set SOURCE_DATE_EPOCH to choose.`,
    );
    return { time: new Date(Number(seconds) * 1000), source: `commit time of HEAD ${sha.slice(0, 12)}` };
  };
  const when = await reproducibleTime(env, [builtCommit, pushEvent, headOfClone], {
    kind: 'fail',
    error: () =>
      new ArtefactsError(
        'GIT_NOT_A_REPOSITORY',
        `Cannot find a reproducible creation time: the commit ${revision} is not available.`,
        { hint: 'Check out the repository (actions/checkout) or set SOURCE_DATE_EPOCH.' },
      ),
  });
  return { created: when.time, createdSource: when.source };
}

/**
 * `https://[user[:token]@]host[:port]/owner/repo[.git]`, `ssh://git@host[:port]/owner/repo.git` or the scp-like
 * `git@host:owner/repo.git` → host, owner (may hold groups: `group/sub`), repo. Credentials are dropped.
 * Local paths and file:// URLs give undefined.
 */
export function parseRemoteUrl(raw: string): { host: string; owner: string; repo: string } | undefined {
  const url = raw.trim();
  let host: string;
  let path: string;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(url);
  if (scheme !== null) {
    if (!['https', 'http', 'ssh', 'git'].includes((scheme[1] ?? '').toLowerCase())) return undefined;
    const rest = scheme[2] ?? '';
    const slash = rest.indexOf('/');
    if (slash <= 0) return undefined;
    const authority = rest.slice(0, slash);
    host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
    path = rest.slice(slash + 1);
  } else {
    const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+)$/.exec(url);
    if (scp === null) return undefined;
    host = scp[1] ?? '';
    path = scp[2] ?? '';
  }
  const parts = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter((p) => p !== '');
  const repo = parts.pop();
  if (host === '' || repo === undefined || parts.length === 0) return undefined;
  return { host, owner: parts.join('/'), repo };
}

export async function remoteFacts(
  cwd: string,
  inGit: boolean,
): Promise<{ host: string; owner: string; repo: string } | undefined> {
  if (!inGit) return undefined;
  const remote = await gitRaw(['remote', 'get-url', 'origin'], { cwd });
  return remote.exitCode === 0 ? parseRemoteUrl(remote.stdout) : undefined;
}

interface RepoPayload {
  name?: unknown;
  full_name?: unknown;
  description?: unknown;
  html_url?: unknown;
  license?: { spdx_id?: unknown } | null;
  default_branch?: unknown;
}

function fromRepoObject(repo: RepoPayload, source: string): RepositoryFacts {
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    name: s(repo.name) ?? s(repo.full_name)?.split('/').pop(),
    description: s(repo.description),
    license: s(repo.license?.spdx_id),
    htmlUrl: s(repo.html_url),
    defaultBranch: s(repo.default_branch),
    source,
  };
}

export async function repositoryFacts(
  environment: ActionEnvironment,
  api: GitHubApi | undefined,
  remote: { host: string; owner: string; repo: string } | undefined,
): Promise<RepositoryFacts> {
  const payloadRepo = environment.github?.payload.repository as RepoPayload | undefined;
  if (payloadRepo !== undefined && typeof payloadRepo.html_url === 'string')
    return fromRepoObject(payloadRepo, 'event payload');
  if (api !== undefined && environment.github !== undefined) {
    try {
      const response = await api.request<RepoPayload>('GET', api.repoPath(''), {
        what: 'read the repository metadata',
      });
      return fromRepoObject(response.data, 'GitHub API');
    } catch (error) {
      environment.logger.warning(
        `Repository metadata for labels: ${describeError(error)} Falling back to the git remote.`,
      );
    }
  }
  if (remote !== undefined) {
    return {
      name: remote.repo,
      description: undefined,
      license: undefined,
      htmlUrl: `https://${remote.host}/${remote.owner}/${remote.repo}`,
      source: 'git remote',
    };
  }
  return { name: undefined, description: undefined, license: undefined, htmlUrl: undefined, source: 'none' };
}

export function makeApi(
  environment: ActionEnvironment,
  token: string,
  remote: { host: string; owner: string; repo: string } | undefined,
): GitHubApi | undefined {
  const gh = environment.github;
  if (gh !== undefined && gh.owner !== '' && gh.repo !== '') {
    return new GitHubApi({ apiUrl: gh.apiUrl, token, owner: gh.owner, repo: gh.repo, logger: environment.logger });
  }
  if (remote === undefined) return undefined;
  const apiUrl =
    environment.env.GITHUB_API_URL ||
    (remote.host === 'github.com' ? 'https://api.github.com' : `https://${remote.host}/api/v3`);
  return new GitHubApi({ apiUrl, token, owner: remote.owner, repo: remote.repo, logger: environment.logger });
}
