/** The harness is part of the evidence: its parsing of the runner's files must itself be right. */
import { describe, expect, it } from '@jest/globals';
import { parseCommandFile } from './harness/runner.js';
import { startFakeGitHub } from './harness/fake-github.js';
import { startFakeResults } from './harness/fake-results.js';
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

describe('fake Actions results service', () => {
  it('refuses unknown tokens, ids that are not the token’s, a foreign signature, and more than maxRequests', async () => {
    const results = await startFakeResults({ maxRequests: 6 });
    const twirp = (method: string, token: string, body: unknown) =>
      fetch(new URL(`twirp/github.actions.results.api.v1.ArtifactService/${method}`, results.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    try {
      const token = results.tokenFor('run', 'job');
      const ids = { workflow_run_backend_id: 'run', workflow_job_run_backend_id: 'job', name: 'a', version: 7 };
      expect((await twirp('CreateArtifact', 'forged', ids)).status).toBe(401);
      expect((await twirp('CreateArtifact', token, { ...ids, workflow_job_run_backend_id: 'other' })).status).toBe(403);
      const created = (await (await twirp('CreateArtifact', token, ids)).json()) as { signed_upload_url: string };
      const forged = created.signed_upload_url.replace(/sig=[^&]+/, 'sig=0');
      expect((await fetch(`${forged}&comp=block&blockid=b1`, { method: 'PUT', body: 'x' })).status).toBe(403);
      // Nothing was committed, so there is nothing to finalize.
      expect((await twirp('FinalizeArtifact', token, { ...ids, size: '1' })).status).toBe(404);
      expect((await twirp('CreateArtifact', token, { ...ids, name: 'b' })).status).toBe(200);
      expect((await twirp('CreateArtifact', token, { ...ids, name: 'c' })).status).toBe(503);
      expect(results.calls.map((c) => c.status)).toEqual([401, 403, 200, 403, 404, 200, 503]);
    } finally {
      await results.close();
    }
  });
});
