/**
 * Sticky pull request comments: one comment per action, found again by a hidden marker and edited
 * in place, so a PR that is pushed to twenty times still carries exactly one preview.
 */
import type { Logger } from '../log.js';
import { GitHubApiError, type GitHubApi } from './api.js';

export function stickyMarker(action: string): string {
  return `<!-- immutable-artefacts:${action} -->`;
}

interface IssueComment {
  readonly id: number;
  readonly body?: string;
  readonly user?: { readonly type?: string } | null;
}

export type StickyCommentResult =
  | { readonly status: 'created' | 'updated' | 'unchanged'; readonly id: number }
  | { readonly status: 'skipped'; readonly reason: string };

/**
 * Creates or updates the comment carrying `marker` on PR `number`. A read-only token (fork pull
 * requests) is not a failure: the result says `skipped` with the reason, for a notice.
 */
export async function upsertStickyComment(
  api: GitHubApi,
  number: number,
  marker: string,
  body: string,
  logger?: Logger,
): Promise<StickyCommentResult> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  try {
    const comments = await api.paginate<IssueComment>(
      api.repoPath(`/issues/${number}/comments`),
      `list the comments of pull request #${number}`,
    );
    // Our own comment is a bot's; a person quoting the marker must not have their comment edited.
    const marked = comments.filter((c) => typeof c.body === 'string' && c.body.includes(marker));
    const existing =
      marked.find((c) => c.user?.type === 'Bot') ?? marked.find((c) => (c.body ?? '').startsWith(marker));
    if (existing !== undefined) {
      if (existing.body === text) return { status: 'unchanged', id: existing.id };
      await api.request('PATCH', api.repoPath(`/issues/comments/${existing.id}`), {
        body: { body: text },
        permission: 'pull-requests: write',
        what: `update the preview comment on pull request #${number}`,
      });
      logger?.info(`Updated the preview comment on pull request #${number}.`);
      return { status: 'updated', id: existing.id };
    }
    const created = await api.request<IssueComment>('POST', api.repoPath(`/issues/${number}/comments`), {
      body: { body: text },
      permission: 'pull-requests: write',
      what: `comment on pull request #${number}`,
    });
    logger?.info(`Created the preview comment on pull request #${number}.`);
    return { status: 'created', id: created.data.id };
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401)) {
      return {
        status: 'skipped',
        reason: `the token cannot write comments (${error.status}); fork pull requests get a read-only token`,
      };
    }
    throw error;
  }
}
