import type { ActionEnvironment } from '../../src/action.js';
import type { GitHubContext } from '../../src/github/context.js';
import { memoryLogger } from '../../src/log.js';
import { defaultVersionOptions, type VersionOptions } from '../../src/version/options.js';

export function environment(cwd: string, github?: GitHubContext) {
  const logger = memoryLogger();
  const env: ActionEnvironment = { cwd, env: {}, logger, github };
  return { env, logger };
}

export function options(overrides: Partial<VersionOptions> = {}): VersionOptions {
  return defaultVersionOptions(overrides);
}

const base = {
  payload: {},
  repository: 'acme/widgets',
  owner: 'acme',
  repo: 'widgets',
  runId: '1',
  runNumber: 7,
  runAttempt: 1,
  serverUrl: 'https://github.com',
  workflow: 'ci',
  job: 'version',
  actor: 'octocat',
  headRef: '',
  baseRef: '',
};

export function pushContext(sha: string, ref = 'refs/heads/main', apiUrl = 'http://127.0.0.1:9'): GitHubContext {
  return {
    ...base,
    apiUrl,
    eventName: 'push',
    sha,
    ref,
    refName: ref.replace(/^refs\/(heads|tags)\//, ''),
    pullRequest: undefined,
  };
}

export function prContext(pr: {
  number: number;
  headSha: string;
  baseSha: string;
  mergeSha: string;
  labels?: string[];
  fork?: boolean;
  headRef?: string;
  apiUrl?: string;
}): GitHubContext {
  return {
    ...base,
    apiUrl: pr.apiUrl ?? 'http://127.0.0.1:9',
    eventName: 'pull_request',
    sha: pr.mergeSha,
    ref: `refs/pull/${pr.number}/merge`,
    refName: `${pr.number}/merge`,
    headRef: pr.headRef ?? 'feature',
    baseRef: 'main',
    pullRequest: {
      number: pr.number,
      headSha: pr.headSha,
      headRef: pr.headRef ?? 'feature',
      baseRef: 'main',
      baseSha: pr.baseSha,
      labels: pr.labels ?? [],
      isFork: pr.fork ?? false,
    },
  };
}
