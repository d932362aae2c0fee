/**
 * What the CLI bundle (dist/cli) prints on stdout (outputs, a summary, `--json`) is held to the rule
 * of its stderr: a secret it was given never appears, not even as JSON escapes it, and under GitHub
 * Actions (a `run:` step, whose stdout the runner reads for workflow commands) a value from user input
 * that starts with `::` is shown, never run. `--json` stays JSON that parses, and is never wrapped.
 * build-tag echoes its labels into its outputs, so a label is where a value reaches stdout here.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createRepo } from '../harness/git-repo.js';
import { repoRoot } from '../harness/runner.js';

const repo = createRepo('cli-stdout-');
repo.commit('feat: one', { 'a.txt': '1' });
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

/** github-token is build-tag's secret input; this one has characters JSON escapes: a quote, a backslash. */
const TOKEN = 'ghp_"quoted\\token-0123456789';
const ESCAPED = JSON.stringify(TOKEN).slice(1, -1);

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd: repo.dir,
    env: { PATH: process.env.PATH ?? '', HOME: repo.dir, GIT_CONFIG_GLOBAL: '/dev/null', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The workflow commands a runner would run from this text: lines it splits at CR and LF, leading space ignored, none inside a stop-commands pair. */
function commandsRun(log: string): string[] {
  const run: string[] = [];
  let stopped: string | undefined;
  for (const line of log.split(/\r\n|\r|\n/).map((l) => l.trimStart())) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopped = stop[1];
    else if (line.startsWith('::')) run.push(line);
  }
  return run;
}

const buildTag = (...extra: string[]) => [
  'build-tag',
  '--version',
  '1.0.0',
  '--images',
  'ghcr.io/acme/app',
  '--labels',
  `org.example.token=${TOKEN}\n::warning::pwned=1`,
  ...extra,
];

describe('a secret echoed into an output is masked on stdout', () => {
  it.each([
    ['plain', [] as string[]],
    ['--summary', ['--summary']],
    ['--json', ['--json']],
  ])('%s: given by --github-token, never on stdout, raw or JSON-escaped', (_mode, extra) => {
    const result = cli([...buildTag(...extra), '--github-token', TOKEN]);
    expect([result.code, result.stderr]).toEqual([0, expect.any(String)]);
    expect(result.stdout).toContain('org.example.token');
    expect(result.stdout).not.toContain(TOKEN);
    expect(result.stdout).not.toContain(ESCAPED);
    expect(result.stdout).not.toContain('quoted');
  });

  it('given by $GITHUB_TOKEN under GitHub Actions: masked there too, and --json still parses with the label as ***', () => {
    const result = cli(buildTag('--json'), { GITHUB_ACTIONS: 'true', GITHUB_TOKEN: TOKEN });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('quoted');
    const json = JSON.parse(result.stdout) as { labels: Record<string, string> };
    expect(json.labels['org.example.token']).toBe('***');
    expect(json.labels['::warning::pwned']).toBe('1');
  });
});

describe('under GitHub Actions, a value on stdout that starts with :: cannot act as a command', () => {
  it.each([
    ['plain', [] as string[]],
    ['--summary', ['--summary']],
  ])('%s: the label is printed, inside a stop-commands pair', (_mode, extra) => {
    const result = cli(buildTag(...extra), { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s*::warning::pwned=1$/m);
    expect(result.stdout).toMatch(/^::stop-commands::[0-9a-f-]{36}$/m);
    expect(commandsRun(result.stdout)).toEqual([]);
  });

  it('outside a runner the same output is printed as it is: nothing reads commands there', () => {
    const result = cli(buildTag());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}::warning::pwned=1$/m);
    expect(result.stdout).not.toContain('::stop-commands::');
  });
});

describe('--json stays JSON', () => {
  it('under GitHub Actions: parseable, never wrapped, no line a command, the secret masked inside its string', () => {
    const result = cli([...buildTag('--json'), '--github-token', TOKEN], { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('::stop-commands::');
    expect(commandsRun(result.stdout)).toEqual([]);
    const json = JSON.parse(result.stdout) as { labels: Record<string, string>; version: string };
    expect(json.labels).toMatchObject({ 'org.example.token': '***', '::warning::pwned': '1' });
    expect(json.version).toMatch(/^1\.0\.0-1-[0-9a-f]{7}$/);
  });
});
