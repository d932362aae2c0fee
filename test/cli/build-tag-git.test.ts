/**
 * `artefacts build-tag --push-git-tag true` through the CLI bundle (dist/cli) with no GITHUB_*
 * variable at all, as on GitLab, Jenkins or a laptop: the tags go to the clone's remote with git.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createRepo, gitEnv, openRepo } from '../harness/git-repo.js';
import { repoRoot } from '../harness/runner.js';

function cli(cwd: string, args: string[]) {
  const { PATH } = process.env;
  // No GITHUB_*, no git identity: only what a bare CI container has.
  return spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env: { PATH: PATH ?? '', HOME: cwd, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('artefacts build-tag --push-git-tag outside GitHub (CLI bundle)', () => {
  it('pushes the version and major tags to origin with git; a re-run finds them; another commit is refused', () => {
    const bareDir = mkdtempSync(join(tmpdir(), 'cli-remote-'));
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bareDir], { env: gitEnv() });
    const bare = openRepo(bareDir);
    const seed = createRepo('cli-seed-');
    const first = seed.commit('feat: one', { 'a.txt': '1' });
    seed.git('push', '-q', bareDir, 'main');
    const dir = mkdtempSync(join(tmpdir(), 'cli-clone-'));
    execFileSync('git', ['clone', '-q', bareDir, dir], { env: gitEnv(), stdio: 'ignore' });
    const repo = openRepo(dir);
    const second = repo.commit('feat: two', { 'a.txt': '2' });

    const release = ['build-tag', '--version', '1.1.0', '--push-git-tag', 'true'];
    const created = cli(dir, [...release, '--annotated-tag', 'true', '--move-major-tag', 'true']);
    expect(created.stderr).not.toMatch(/error/i);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('git-tag-status: created');
    expect(created.stdout + created.stderr).toContain("through git (remote 'origin')");
    expect(bare.git('cat-file', '-t', 'refs/tags/v1.1.0')).toBe('tag');
    expect(bare.git('rev-parse', 'refs/tags/v1.1.0^{commit}')).toBe(second);
    expect(bare.git('rev-parse', 'refs/tags/v1')).toBe(second);

    const rerun = cli(dir, release);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain('git-tag-status: exists');

    bare.git('update-ref', 'refs/tags/v1.2.0', first);
    const conflict = cli(dir, ['build-tag', '--version', '1.2.0', '--push-git-tag', 'true']);
    expect(conflict.status).toBe(1);
    // The CLI prints TAG_CONFLICT's message (the code is asserted in the core tests): both commits named.
    expect(conflict.stderr).toMatch(/already exists on commit \w+, not on \w+; it is never moved/);
    expect(conflict.stderr).toContain(first);
    expect(conflict.stderr).toContain(second);
    expect(bare.git('rev-parse', 'refs/tags/v1.2.0')).toBe(first);
  });
});
