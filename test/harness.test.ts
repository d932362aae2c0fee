/** The harness is part of the evidence: its parsing of the runner's files must itself be right. */
import { describe, expect, it } from '@jest/globals';
import { parseCommandFile } from './harness/runner.js';
import { startFakeGitHub } from './harness/fake-github.js';
import { GitHubApi } from '@immutable-artefacts/core';

describe('parseCommandFile', () => {
  it('reads heredoc and key=value forms, multi-line values intact', () => {
    const text = 'a<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nb=plain\nc<<EOF\n\nEOF\n';
    expect(parseCommandFile(text)).toEqual({ a: 'line 1\nline 2', b: 'plain', c: '' });
  });
});

describe('fake GitHub and the core API client', () => {
  it('paginates, refuses writes like a read-only token, and records calls', async () => {
    const gh = await startFakeGitHub();
    try {
      gh.state.comments.set(
        7,
        Array.from({ length: 130 }, (_, i) => ({ id: i + 1, body: `c${i}`, user: { login: 'x', type: 'User' } })),
      );
      const api = new GitHubApi({ apiUrl: gh.url, token: gh.token, owner: 'acme', repo: 'widgets', retries: 0 });
      const all = await api.paginate<{ id: number }>(api.repoPath('/issues/7/comments'));
      expect(all.map((c) => c.id)).toEqual(Array.from({ length: 130 }, (_, i) => i + 1));
      gh.state.writable = false;
      await expect(
        api.request('POST', api.repoPath('/git/refs'), {
          body: { ref: 'refs/tags/v1', sha: 'a' },
          permission: 'contents: write',
        }),
      ).rejects.toMatchObject({ code: 'GITHUB_PERMISSION', status: 403 });
      expect(gh.calls.every((c) => c.authorization === `Bearer ${gh.token}`)).toBe(true);
    } finally {
      await gh.close();
    }
  });
});
