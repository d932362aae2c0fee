/** Real git repositories in temp directories, with deterministic authors and dates. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  readonly dir: string;
  git(...args: string[]): string;
  /** Commits (allowing empty) with the given message; optional files to write first. Returns the sha. */
  commit(message: string, files?: Record<string, string>): string;
  tag(name: string, options?: { annotated?: boolean; ref?: string }): void;
  head(): string;
  checkout(ref: string, create?: boolean): void;
  /** A --no-ff merge of `branch` into the current branch. Returns the merge commit sha. */
  merge(branch: string, message?: string): string;
}

let clock = Date.UTC(2026, 0, 1) / 1000;

export function gitEnv(): NodeJS.ProcessEnv {
  const date = `${clock++} +0000`;
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

export function openRepo(dir: string): TestRepo {
  const run = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  return {
    dir,
    git: run,
    commit(message, files = {}) {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
        run('add', '--', path);
      }
      const file = join(dir, '.git', 'TEST_MSG');
      writeFileSync(file, message);
      run('commit', '--allow-empty', '--no-verify', '-q', '-F', file);
      return run('rev-parse', 'HEAD');
    },
    tag(name, options = {}) {
      const args = options.annotated ? ['tag', '-a', '-m', `release ${name}`, name] : ['tag', name];
      run(...args, ...(options.ref ? [options.ref] : []));
    },
    head: () => run('rev-parse', 'HEAD'),
    checkout(ref, create = false) {
      run('checkout', '-q', ...(create ? ['-b'] : []), ref);
    },
    merge(branch, message) {
      run('merge', '--no-ff', '-q', '-m', message ?? `Merge branch '${branch}'`, branch);
      return run('rev-parse', 'HEAD');
    },
  };
}

export function createRepo(prefix = 'repo-'): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: gitEnv() });
  return openRepo(dir);
}

/** A shallow clone (depth 1, like actions/checkout's default) of `source` through file://. */
export function shallowClone(source: TestRepo, depth = 1): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'shallow-'));
  execFileSync('git', ['clone', '-q', '--no-tags', `--depth=${depth}`, `file://${source.dir}`, dir], { env: gitEnv() });
  return openRepo(dir);
}
