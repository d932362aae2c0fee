/**
 * Runs `body` with a `git` first on PATH that records each call (its arguments and working directory)
 * and then runs the real git: for tests that check which git processes a code path starts.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export async function withLoggedGit(body: () => Promise<void>): Promise<string[]> {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'logged-git-'));
  const log = join(dir, 'calls');
  writeFileSync(join(dir, 'git'), `#!/bin/sh\nprintf '%s @ %s\\n' "$*" "$(pwd -P)" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${dir}${delimiter}${path ?? ''}`;
  try {
    await body();
    return existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter((l) => l !== '')
      : [];
  } finally {
    process.env.PATH = path;
    rmSync(dir, { recursive: true, force: true });
  }
}
