/**
 * mayBeInRepository lets callers skip starting git where git could not find a repository. It must
 * never say "no" where git says "yes": git itself is the oracle here, on real repositories of each
 * shape git discovers (work tree, subdirectory, linked worktree and submodule-style `.git` files,
 * bare repository, GIT_DIR, a symbolic link into a work tree), and on a plain directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { withLoggedGit } from '../../../../test/harness/logged-git.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { commitTime, mayBeInRepository } from '../../src/git/git.js';
import { createRepo, gitEnv } from '../../../../test/harness/git-repo.js';

const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** git's own answer: does `git rev-parse --git-dir` find a repository from `dir`? */
function gitFinds(dir: string, env: NodeJS.ProcessEnv = gitEnv()): boolean {
  try {
    execFileSync('git', ['rev-parse', '--git-dir'], { cwd: dir, env, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('mayBeInRepository', () => {
  const repo = createRepo('discovery-');
  temps.push(repo.dir);
  repo.commit('first', { 'web/deep/package.json': '{}\n' });
  const linked = join(temp('discovery-worktree-'), 'linked');
  repo.git('worktree', 'add', '-q', '--detach', linked);
  const bare = join(temp('discovery-bare-'), 'repo.git');
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, bare], { env: gitEnv() });
  const link = join(temp('discovery-link-'), 'into-repo');
  symlinkSync(join(repo.dir, 'web'), link);
  const plain = temp('discovery-plain-');
  mkdirSync(join(plain, 'a', 'b'), { recursive: true });

  it.each([
    ['the work tree', () => repo.dir],
    ['a subdirectory two levels down', () => join(repo.dir, 'web', 'deep')],
    ['a linked worktree (.git is a file)', () => linked],
    ['a bare repository', () => bare],
    ["inside a bare repository's refs", () => join(bare, 'refs')],
    ['a symbolic link into a work tree', () => link],
  ])('%s: git finds a repository, and so may we', (_what, dir) => {
    expect(gitFinds(dir())).toBe(true);
    expect(mayBeInRepository(dir(), {})).toBe(true);
  });

  it('a plain directory: git finds none, and commitTime starts no git there', async () => {
    const dir = join(plain, 'a', 'b');
    expect(gitFinds(dir)).toBe(false);
    expect(mayBeInRepository(dir, {})).toBe(false);
    const calls = await withLoggedGit(async () => {
      expect(await commitTime(dir)).toBeUndefined();
      expect(await commitTime(repo.dir)).toBeInstanceOf(Date);
    });
    // Only the repository's question reached git.
    expect(calls).toEqual([`show -s --format=%ct HEAD^{commit} @ ${realpathSync(repo.dir)}`]);
  });

  it('GIT_DIR set: git decides, from anywhere', () => {
    const dir = join(plain, 'a');
    expect(gitFinds(dir, { ...gitEnv(), GIT_DIR: join(repo.dir, '.git') })).toBe(true);
    expect(mayBeInRepository(dir, { GIT_DIR: join(repo.dir, '.git') })).toBe(true);
    expect(mayBeInRepository(dir, { GIT_DIR: '' })).toBe(false);
  });

  it('a directory that does not exist: git decides', () => {
    expect(mayBeInRepository(join(plain, 'missing'), {})).toBe(true);
  });

  it('in a repository, commitTime still asks git', async () => {
    const time = Number(repo.git('show', '-s', '--format=%ct', 'HEAD'));
    expect(await commitTime(join(repo.dir, 'web'))).toEqual(new Date(time * 1000));
  });
});
