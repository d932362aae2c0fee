/** `artefacts release` (the README's main job) through the dist/cli bundle, on real repositories. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo } from '../harness/git-repo.js';
import { repoRoot } from '../harness/runner.js';

function artefacts(cwd: string, ...args: string[]) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('artefacts release', () => {
  it('prints the next version and the immutable tags of the repository it runs in', () => {
    const repo = createRepo('release-');
    repo.commit('feat: first', { 'package.json': JSON.stringify({ name: '@acme/widgets' }) });
    repo.tag('v1.2.0');
    repo.commit('fix: a bug');
    const head = repo.head().slice(0, 7);
    const text = artefacts(repo.dir, 'release');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('version        1.2.1 (patch from conventional-commits');
    expect(text.stdout).toContain(`immutable tag  1.2.1-2-${head}`);
    expect(text.stdout).toContain(`widgets:1.2.1-2-${head}`);
    const json = JSON.parse(artefacts(repo.dir, 'release', '--json').stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ version: '1.2.1', immutableTag: `1.2.1-2-${head}`, previousVersion: '1.2.0' });
  });

  it('names a bad flag and exits 2 without a stack trace', () => {
    const repo = createRepo('release-');
    repo.commit('feat: first');
    writeFileSync(join(repo.dir, 'x'), '');
    const result = artefacts(repo.dir, 'release', '--nope', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'release' has no input 'nope'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
