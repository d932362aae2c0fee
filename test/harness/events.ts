/** Realistic webhook payloads (the fields the actions read, shaped as GitHub sends them). */

const repository = (fullName = 'acme/widgets') => {
  const [owner = 'acme', name = 'widgets'] = fullName.split('/');
  return {
    id: 123456,
    name,
    full_name: fullName,
    private: false,
    owner: { login: owner, type: 'Organization' },
    html_url: `https://github.com/${fullName}`,
    description: 'Widgets, immutably released',
    license: { key: 'mit', name: 'MIT License', spdx_id: 'MIT' },
    default_branch: 'main',
    visibility: 'public',
  };
};

export function pushEvent(options: { sha: string; ref?: string; before?: string; repo?: string }) {
  return {
    ref: options.ref ?? 'refs/heads/main',
    before: options.before ?? '0000000000000000000000000000000000000000',
    after: options.sha,
    created: false,
    deleted: false,
    forced: false,
    head_commit: { id: options.sha, message: 'head', timestamp: '2026-11-01T10:00:00Z' },
    repository: repository(options.repo),
    pusher: { name: 'octocat' },
    sender: { login: 'octocat', type: 'User' },
  };
}

export interface PullRequestEventOptions {
  number: number;
  headSha: string;
  baseSha: string;
  headRef?: string;
  baseRef?: string;
  labels?: string[];
  fork?: boolean;
  repo?: string;
  action?: string;
}

export function pullRequestEvent(options: PullRequestEventOptions) {
  const repo = repository(options.repo);
  const headRepo = options.fork ? repository('someone/widgets') : repo;
  return {
    action: options.action ?? 'synchronize',
    number: options.number,
    pull_request: {
      number: options.number,
      state: 'open',
      title: `Change ${options.number}`,
      user: { login: 'contributor' },
      labels: (options.labels ?? []).map((name, i) => ({ id: 1000 + i, name, color: 'ededed' })),
      head: { ref: options.headRef ?? 'feature', sha: options.headSha, repo: headRepo },
      base: { ref: options.baseRef ?? 'main', sha: options.baseSha, repo },
      merged: false,
      html_url: `https://github.com/${repo.full_name}/pull/${options.number}`,
    },
    repository: repo,
    sender: { login: 'contributor', type: 'User' },
  };
}

/** The GITHUB_* variables that go with a pull_request event (GITHUB_SHA is the merge commit). */
export function pullRequestEnv(options: PullRequestEventOptions & { mergeSha: string }) {
  return {
    GITHUB_SHA: options.mergeSha,
    GITHUB_REF: `refs/pull/${options.number}/merge`,
    GITHUB_REF_NAME: `${options.number}/merge`,
    GITHUB_HEAD_REF: options.headRef ?? 'feature',
    GITHUB_BASE_REF: options.baseRef ?? 'main',
  };
}

export function pushEnv(options: { sha: string; ref?: string }) {
  const ref = options.ref ?? 'refs/heads/main';
  return {
    GITHUB_SHA: options.sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
  };
}
