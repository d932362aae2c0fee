import { readFileSync } from 'node:fs';
import { ArtefactsError } from '../errors.js';

/** What a workflow run tells us about itself, read from the runner's environment. */
export interface GitHubContext {
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  /** GITHUB_SHA: on pull_request this is the temporary merge commit. */
  readonly sha: string;
  readonly ref: string;
  readonly refName: string;
  readonly headRef: string;
  readonly baseRef: string;
  readonly repository: string;
  readonly owner: string;
  readonly repo: string;
  readonly runId: string;
  readonly runNumber: number;
  readonly runAttempt: number;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly workflow: string;
  readonly job: string;
  readonly actor: string;
  readonly pullRequest: PullRequestFacts | undefined;
}

export interface PullRequestFacts {
  readonly number: number;
  readonly headSha: string;
  readonly headRef: string;
  readonly baseRef: string;
  readonly baseSha: string;
  readonly labels: readonly string[];
  readonly isFork: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The part of the context a statement about the run uses (github/run-facts.ts). */
export type RunContext = Pick<
  GitHubContext,
  'serverUrl' | 'repository' | 'sha' | 'ref' | 'runId' | 'runAttempt' | 'workflow' | 'actor'
>;

/** The run context from the runner's GITHUB_* variables alone (no event, no payload needed). */
export function readRunContext(env: Env): RunContext {
  return {
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: positive(env.GITHUB_RUN_ATTEMPT),
    workflow: env.GITHUB_WORKFLOW ?? '',
    actor: env.GITHUB_ACTOR ?? '',
  };
}

/** Returns undefined when not running under GitHub Actions (no GITHUB_ACTIONS / GITHUB_EVENT_NAME). */
export function readGitHubContext(env: Env = process.env): GitHubContext | undefined {
  const eventName = env.GITHUB_EVENT_NAME;
  if (!eventName) return undefined;
  let payload: Record<string, unknown> = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ArtefactsError('GITHUB_CONTEXT', `Cannot read the event payload at GITHUB_EVENT_PATH=${path}.`, {
        cause: error,
      });
    }
  }
  const run = readRunContext(env);
  const repository = env.GITHUB_REPOSITORY ?? repoFromPayload(payload) ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  return {
    eventName,
    payload,
    sha: run.sha,
    ref: run.ref,
    refName: env.GITHUB_REF_NAME ?? '',
    headRef: env.GITHUB_HEAD_REF ?? '',
    baseRef: env.GITHUB_BASE_REF ?? '',
    repository,
    owner,
    repo,
    runId: run.runId,
    runNumber: positive(env.GITHUB_RUN_NUMBER),
    runAttempt: run.runAttempt,
    serverUrl: run.serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workflow: run.workflow,
    job: env.GITHUB_JOB ?? '',
    actor: run.actor,
    pullRequest: pullRequestFacts(payload),
  };
}

function positive(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

function repoFromPayload(payload: Record<string, unknown>): string | undefined {
  const repository = payload.repository as { full_name?: unknown } | undefined;
  return typeof repository?.full_name === 'string' ? repository.full_name : undefined;
}

function pullRequestFacts(payload: Record<string, unknown>): PullRequestFacts | undefined {
  const pr = payload.pull_request as Record<string, unknown> | undefined;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const head = (pr.head ?? {}) as { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  const base = (pr.base ?? {}) as { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  const labels = Array.isArray(pr.labels)
    ? (pr.labels as { name?: unknown }[]).map((l) => l.name).filter((n): n is string => typeof n === 'string')
    : [];
  const headRepo = head.repo?.full_name;
  const baseRepo = base.repo?.full_name;
  return {
    number: pr.number,
    headSha: head.sha ?? '',
    headRef: head.ref ?? '',
    baseRef: base.ref ?? '',
    baseSha: base.sha ?? '',
    labels,
    isFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
  };
}

/** The link to this run, for summaries and records. */
export function runUrl(context: GitHubContext): string {
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}

/** A workflow ref (`GITHUB_WORKFLOW_REF`, or the OIDC token's `workflow_ref` / `job_workflow_ref`) in its parts. */
export interface WorkflowRef {
  /** `owner/repo`. */
  readonly repository: string;
  /** The workflow file inside the repository, e.g. `.github/workflows/release.yml`. */
  readonly path: string;
  /** The git ref (or commit) the workflow was read at, e.g. `refs/tags/@acme/app@1.4.0`; '' when absent. */
  readonly ref: string;
}

/**
 * Splits `owner/repo/.github/workflows/file.yml@<ref>`. A git ref may itself contain `@`
 * (`refs/tags/@scope/pkg@1.4.0`), so the split is at the first `@` after the workflow file's
 * name, never the last `@`. Every place that reads a workflow ref goes through here.
 */
export function parseWorkflowRef(value: string): WorkflowRef {
  const [owner = '', repo = ''] = value.split('/', 2);
  const marker = value.indexOf('/.github/workflows/');
  // The file name ends at the first '@' after the workflows directory (file names carry no '@').
  const from = marker < 0 ? `${owner}/${repo}`.length : marker + '/.github/workflows/'.length;
  const at = value.indexOf('@', from);
  const location = at < 0 ? value : value.slice(0, at);
  return {
    repository: `${owner}/${repo}`,
    path: location.slice(`${owner}/${repo}/`.length),
    ref: at < 0 ? '' : value.slice(at + 1),
  };
}
