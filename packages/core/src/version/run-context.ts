/**
 * Where the run is: the commit to version (the PR head on pull requests), the branch or pushed tag,
 * the pull request and its labels, the prerelease channel, and what was assumed to know them.
 */
import type { ActionEnvironment } from '../action.js';
import { ArtefactsError, describeError } from '../errors.js';
import { gitRaw } from '../git/git.js';
import { hasCommit } from '../git/history.js';
import { GitHubApi } from '../github/api.js';
import { pullRequestForMergeCommit } from '../github/pulls.js';
import type { VersionOptions } from './options.js';

export interface Context {
  readonly sha: string;
  readonly branch: string | undefined;
  readonly tagRef: string | undefined;
  readonly pr: { number: number; headSha: string; baseSha: string; labels: readonly string[] } | undefined;
  readonly assumptions: string[];
}

export function readContext(environment: ActionEnvironment, gitBranch: string | undefined): Omit<Context, 'sha'> {
  const { github } = environment;
  const assumptions: string[] = [];
  const isPrEvent = github !== undefined && /^pull_request/.test(github.eventName) && github.pullRequest !== undefined;
  if (isPrEvent && github?.pullRequest) {
    const pr = github.pullRequest;
    assumptions.push(`pull request #${pr.number} (${pr.headRef} → ${pr.baseRef}), head ${pr.headSha.slice(0, 7)}`);
    return {
      branch: pr.headRef || undefined,
      tagRef: undefined,
      pr: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, labels: pr.labels },
      assumptions,
    };
  }
  if (github !== undefined) {
    const branch = github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
    const tagRef = github.ref.startsWith('refs/tags/') ? github.ref.slice('refs/tags/'.length) : undefined;
    assumptions.push(
      `${github.eventName} event; ${branch ? `branch ${branch}` : tagRef ? `tag ${tagRef}` : `ref ${github.ref || 'unknown'}`}`,
    );
    return { branch, tagRef, pr: undefined, assumptions };
  }
  const fromGit = gitBranch;
  // Other CI systems check out a detached HEAD and name the branch in the environment.
  const ciVariable = ['CI_COMMIT_BRANCH', 'BUILDKITE_BRANCH', 'CIRCLE_BRANCH', 'BRANCH_NAME'].find(
    (name) => (environment.env[name] ?? '') !== '',
  );
  const branch = fromGit ?? (ciVariable === undefined ? undefined : environment.env[ciVariable]);
  const where = fromGit
    ? `branch ${fromGit} from git`
    : branch
      ? `detached HEAD; branch ${branch} from ${ciVariable ?? ''}`
      : 'detached HEAD, no branch known';
  assumptions.push(`not a pull request (no GitHub context); ${where}`);
  return { branch, tagRef: undefined, pr: undefined, assumptions };
}

export async function resolveTarget(
  cwd: string,
  ctx: Omit<Context, 'sha'>,
  headSha: string,
  environment: ActionEnvironment,
): Promise<string> {
  if (ctx.pr !== undefined && ctx.pr.headSha !== '') {
    const head = ctx.pr.headSha;
    if (!(await hasCommit(cwd, head))) {
      environment.logger.info(`The PR head ${head.slice(0, 7)} is not in the clone; fetching it from origin.`);
      await gitRaw(['fetch', '--quiet', '--filter=blob:none', 'origin', head], { cwd });
      if (!(await hasCommit(cwd, head))) {
        throw new ArtefactsError(
          'GIT_FAILED',
          `The pull request head ${head} is not in the clone and could not be fetched from origin.`,
          {
            hint: "Use actions/checkout with 'fetch-depth: 0', or check out the PR head (ref: ${{ github.event.pull_request.head.sha }}).",
          },
        );
      }
    }
    return head;
  }
  return headSha;
}

export function channelFor(
  options: VersionOptions,
  ctx: Omit<Context, 'sha'>,
): { channel: string; kind: 'pr' | 'branch' | 'forced' } | undefined {
  if (ctx.pr !== undefined)
    return options.prChannel === undefined ? undefined : { channel: options.prChannel, kind: 'pr' };
  if (options.prerelease !== undefined) return { channel: options.prerelease, kind: 'forced' };
  if (ctx.branch !== undefined) {
    const match = options.branchChannels.find((c) => c.pattern.test(ctx.branch ?? ''));
    if (match) return { channel: match.channel, kind: 'branch' };
  }
  return undefined;
}

export async function labelsFor(
  options: VersionOptions,
  environment: ActionEnvironment,
  ctx: Context,
  assumptions: string[],
): Promise<string[]> {
  if (options.labels !== undefined) {
    // Given directly (a merge request on another CI): GitHub is not asked, even on a pull request.
    const line = `the pull request labels come from the labels input: ${options.labels.join(', ')}`;
    environment.logger.info(`${line[0]?.toUpperCase() ?? ''}${line.slice(1)}.`);
    assumptions.push(line);
    return [...options.labels];
  }
  if (ctx.pr !== undefined) return [...ctx.pr.labels];
  const github = environment.github;
  if (github === undefined || github.eventName !== 'push' || ctx.branch === undefined) return [];
  if (options.token === '') {
    assumptions.push('no github-token: labels of the pull request behind this push not looked up');
    return [];
  }
  const api = new GitHubApi({
    apiUrl: github.apiUrl,
    token: options.token,
    owner: github.owner,
    repo: github.repo,
    logger: environment.logger,
    // The labels refine the bump; a flaky API gets one retry, then a warning and the commits decide.
    retries: 1,
  });
  try {
    const pull = await pullRequestForMergeCommit(api, ctx.sha);
    if (pull === undefined) {
      environment.logger.debug(`${ctx.sha.slice(0, 7)} was not produced by merging a pull request.`);
      return [];
    }
    const line = `this push is the merge of pull request #${pull.number} (labels from the API)`;
    environment.logger.info(`Assuming ${line}: labels ${pull.labels.join(', ') || '(none)'}.`);
    assumptions.push(line);
    return [...pull.labels];
  } catch (error) {
    environment.logger.warning(
      `Could not look up the pull request behind ${ctx.sha.slice(0, 7)} (${describeError(error)}); ` +
        'its labels are not considered, the bump comes from the commits.',
    );
    return [];
  }
}
