/**
 * The command line, run in-process through the same function `artefacts` runs (main.ts):
 * - every bad command line exits 1 (never 2), --help and --version 0.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/main.js';

const base = mkdtempSync(join(tmpdir(), 'cli-command-line-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Runs the CLI in a fresh empty directory; returns what it printed, its exit code and what it left there. */
async function cli(argv: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const cwd = mkdtempSync(join(base, 'run-'));
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, DOCKER_CONFIG: join(cwd, 'no-docker'), ...env },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr, written: readdirSync(cwd) };
}

describe('exit codes', () => {
  it.each([
    [[], /^error: no command given\n/],
    [['nope'], /^error: unknown command 'nope'\n/],
    [['pull', 'oci:src:1.0', '--nope'], /^error: 'pull' has no flag '--nope'/],
    [['digest', 'oci:a:1', 'oci:b:1'], /^error: unexpected argument 'oci:b:1'/],
    [['completion', 'tcsh'], /^error: completion takes one shell: bash, zsh, fish \(got tcsh\)/],
    [['--ca-file'], /^error: --ca-file needs a value: /],
    [['attest', 'oci:src:1.0', '--key', 'cosign.key'], /^error: 'attest' needs --type /],
  ])('bad input %j exits 1 with one error line, no stack', async (argv, says) => {
    const result = await cli(argv);
    expect([result.code, result.stdout, result.written]).toEqual([1, '', []]);
    expect(result.stderr).toMatch(says);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([[['--help']], [['help']], [['--version']], [['pull', '--help']], [['pull', '--output', '--help']]])(
    '%j exits 0',
    async (argv) => {
      const result = await cli(argv);
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(result.stdout).not.toBe('');
    },
  );
});
