/**
 * The command line, run in-process through the same function `artefacts` runs (main.ts):
 * - every flag that takes a value, of every command (from the declarations the parser reads: the
 *   actions' inputs and the CLI-only flags), refuses to go without one, naming the flag and what it
 *   accepts, exit 1, before anything is written; switches still work bare;
 * - every bad command line exits 1 (never 2), --help and --version 0;
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../src/commands.js';
import { CONNECTION_FLAGS, parseFlags } from '../src/flags.js';
import { runCli } from '../src/main.js';
import { flagsOf, inputFor, isSwitch, referenceInputs } from '../src/vocabulary.js';

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

const names = Object.keys(commands).sort();

/** Every flag a command takes (canonical names and the action.yml names kept as aliases) with its input. */
function flagInputs(name: string): { flag: string; input: string }[] {
  const { canonical, aliases } = flagsOf(name);
  return [...canonical, ...aliases].map((flag) => {
    const input = inputFor(name, flag, '');
    if (input === undefined) throw new Error(`${name}: --${flag} listed but not accepted`);
    return { flag, input };
  });
}

/** A command line that would otherwise run: the reference where the command takes one, attest's --type. */
function lead(name: string): string[] {
  return [
    name,
    ...(referenceInputs(name).length > 0 ? ['oci:src:1.0'] : commands[name]?.operands !== undefined ? ['x'] : []),
    ...(name === 'attest' ? ['--type', 'vuln'] : []),
  ];
}

const valueFlags = names.flatMap((name) =>
  flagInputs(name)
    .filter(({ input }) => !isSwitch(name, input))
    .map(({ flag }) => [name, flag] as const),
);
const switches = names.flatMap((name) =>
  flagInputs(name)
    .filter(({ input }) => isSwitch(name, input))
    .map(({ flag, input }) => [name, flag, input] as const),
);

describe('a flag that takes a value refuses to go without one', () => {
  it('the declarations give both kinds, and every action switch is a true/false input', () => {
    expect(valueFlags.length).toBeGreaterThan(150);
    expect(switches.length).toBeGreaterThan(25);
    // The ones the independent check found running with "true" as their value.
    for (const [name, flag] of [
      ['pull', 'output'],
      ['sbom', 'output-dir'],
      ['promote', 'destinations'],
      ['build-tag', 'template'],
      ['build-tag', 'images'],
      ['pull', 'ref'],
      ['sign', 'identity-token'],
    ] as const) {
      expect(valueFlags).toContainEqual([name, flag]);
    }
    for (const [name, flag] of [
      ['verify', 'offline'],
      ['promote', 'dry-run'],
      ['ls', 'immutable'],
      ['history', 'require-verified'],
      ['attest', 'force'],
    ] as const) {
      expect(switches.map(([n, f]) => [n, f])).toContainEqual([name, flag]);
    }
  });

  it.each(names)('%s: each value flag, at the end, before another flag or empty, fails naming it', async (name) => {
    const flags = valueFlags.filter(([n]) => n === name).map(([, flag]) => flag);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      for (const argv of [
        [...lead(name), `--${flag}`],
        [...lead(name), `--${flag}`, '--json'],
        [...lead(name), `--${flag}=`],
      ]) {
        const result = await cli(argv);
        expect([argv.join(' '), result.code, result.stdout, result.written]).toEqual([argv.join(' '), 1, '', []]);
        expect([argv.join(' '), result.stderr]).toEqual([
          argv.join(' '),
          expect.stringMatching(new RegExp(`^error: --${flag} needs a value: \\S.*\\n$`)),
        ]);
      }
    }
  });

  it.each(Object.keys(CONNECTION_FLAGS))('--%s (every command) fails the same way', async (flag) => {
    for (const argv of [
      ['digest', 'oci:src:1.0', `--${flag}`],
      [`--${flag}`, '--json', 'digest', 'oci:src:1.0'],
    ]) {
      const result = await cli(argv);
      expect([result.code, result.stdout, result.written]).toEqual([1, '', []]);
      expect(result.stderr).toMatch(new RegExp(`^error: --${flag} needs a value: \\S.*\\n$`));
    }
  });

  it('every switch is true given bare (at the end or before another flag), and takes an explicit value', async () => {
    for (const [name, flag, input] of switches) {
      const extra = name === 'attest' ? ['--type', 'vuln'] : [];
      for (const argv of [[`--${flag}`], [`--${flag}`, '--json']]) {
        expect([name, flag, (await parseFlags(name, [...extra, ...argv])).get(input)]).toEqual([name, flag, 'true']);
      }
      expect([name, flag, (await parseFlags(name, [...extra, `--${flag}`, 'false'])).get(input)]).toEqual([
        name,
        flag,
        'false',
      ]);
    }
  });

  it('a value is still taken as given: next word, after =, blank, repeated', async () => {
    const flags = await parseFlags('build-tag', [
      '--template',
      '{{version}}',
      '--images=ghcr.io/a/b',
      '--images',
      'ghcr.io/c/d',
      '--sep-tags',
      ' ',
    ]);
    expect(Object.fromEntries(flags)).toEqual({
      template: '{{version}}',
      images: 'ghcr.io/a/b\nghcr.io/c/d',
      'sep-tags': ' ',
    });
  });
});

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
