import type { GitHubApi } from './api.js';

export interface PullSummary {
  readonly number: number;
  readonly labels: readonly string[];
  readonly mergeCommitSha: string | undefined;
}

interface PullJson {
  readonly number: number;
  readonly labels?: readonly { readonly name?: string }[];
  readonly merge_commit_sha?: string | null;
}

/**
 * The pull request whose merge produced `sha` (a merge, squash or rebase commit pushed to a branch),
 * through `GET /repos/{o}/{r}/commits/{sha}/pulls`. Open PRs that merely contain the commit are
 * not it: only a PR whose `merge_commit_sha` is `sha` counts.
 */
export async function pullRequestForMergeCommit(api: GitHubApi, sha: string): Promise<PullSummary | undefined> {
  const response = await api.request<PullJson[]>('GET', api.repoPath(`/commits/${sha}/pulls`), {
    what: `find the pull request that produced ${sha.slice(0, 7)}`,
  });
  const pull = (response.data ?? []).find((p) => p.merge_commit_sha === sha);
  if (pull === undefined) return undefined;
  return {
    number: pull.number,
    labels: (pull.labels ?? []).map((l) => l.name).filter((n): n is string => typeof n === 'string'),
    mergeCommitSha: pull.merge_commit_sha ?? undefined,
  };
}
