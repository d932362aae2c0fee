/**
 * The command line, run in-process through the same function `artefacts` runs (main.ts):
 * - every flag that takes a value, of every command (from the declarations the parser reads: the
 *   actions' inputs and the CLI-only flags), refuses to go without one, naming the flag and what it
 *   accepts, exit 1, before anything is written; switches still work bare;
 * - an empty value given as one (`--x=`, `--x ''`) is a value, of every value flag: the input gets ''
 *   as a step's `with: { x: '' }` gives it, never its default (`--tag-prefix ''` versions 1.2.3 tags);
 * - every bad command line exits 1 (never 2), --help and --version 0;
 * - a secret the command registers is replaced by *** in every line the CLI writes, on stderr and
 *   on stdout (`--json` staying JSON), and under a runner is announced with ::add-mask:: as
 *   @actions/core would; under a runner a stdout line starting `::` is made inert, as on stderr.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactsError } from '@immutable-artefacts/core';
import { commands, defineCommand } from '../src/commands.js';
import { inputsFor } from '../src/defaults.js';
import { CONNECTION_FLAGS, parseFlags, takeConnectionFlags } from '../src/flags.js';
import { runCli } from '../src/main.js';
import { secretMask } from '../src/secrets.js';
import { actionOf, flagsOf, inputFor, isSwitch, referenceInputs } from '../src/vocabulary.js';
import { createRepo, gitEnv } from '../../../test/harness/git-repo.js';

const base = mkdtempSync(join(tmpdir(), 'cli-command-line-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/**
 * Runs the CLI in a fresh empty directory (or `cwd`); returns what it printed, its exit code and what
 * it left there.
 */
async function cli(argv: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = mkdtempSync(join(base, 'run-'))) {
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

  it.each(names)('%s: each value flag, at the end or before another flag, fails naming it', async (name) => {
    const flags = valueFlags.filter(([n]) => n === name).map(([, flag]) => flag);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      for (const argv of [
        [...lead(name), `--${flag}`],
        [...lead(name), `--${flag}`, '--json'],
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

  it('--registry-timeout takes seconds as typed (not a path), and refuses anything else before any work', async () => {
    const bad = await cli(['digest', 'oci:src:1.0', '--registry-timeout', '10s']);
    expect([bad.code, bad.stdout, bad.written]).toEqual([1, '', []]);
    expect(bad.stderr).toMatch(/^error: --registry-timeout "10s": expected a number of seconds above 0 /);
    const env: NodeJS.ProcessEnv = {};
    takeConnectionFlags(['--registry-timeout', '2.5', '--ca-file', 'ca.pem'], env, '/work');
    expect(env).toEqual({ ARTEFACTS_REGISTRY_TIMEOUT: '2.5', ARTEFACTS_CA_FILE: '/work/ca.pem' });
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

describe('an empty value given as one is a value', () => {
  it.each(names)(
    "%s: each value flag as --x= and --x '' gives its input '', as with: { x: '' } does (no default)",
    async (name) => {
      const action = actionOf(name) ?? name;
      const needs = commands[name]?.needs ?? [];
      for (const [, flag] of valueFlags.filter(([n]) => n === name)) {
        const input = inputFor(name, flag, '');
        if (input === undefined) throw new Error(`${name}: --${flag} not accepted`);
        if (needs.includes(input)) continue;
        for (const argv of [[`--${flag}=`], [`--${flag}`, ''], [`--${flag}`, '', '--json']]) {
          const flags = await parseFlags(name, [...(name === 'attest' ? ['--type', 'vuln'] : []), ...argv]);
          expect([name, argv, flags.get(input), inputsFor(action, flags, {})(input)]).toEqual([name, argv, '', '']);
        }
      }
    },
  );

  it('what a command needs is still needed when empty: attest --type "" is not sign', async () => {
    for (const argv of [['--type='], ['--type', ''], ['--type', ' ']]) {
      const result = await cli(['attest', 'oci:src:1.0', '--key', 'cosign.key', ...argv]);
      expect([argv, result.code, result.stdout, result.written]).toEqual([argv, 1, '', []]);
      expect(result.stderr).toMatch(/^error: 'attest' needs --type /);
    }
  });

  it('a connection flag given empty sets its variable empty (not set), never the working directory', () => {
    for (const flag of Object.keys(CONNECTION_FLAGS)) {
      const variable = CONNECTION_FLAGS[flag]!.variable;
      for (const argv of [[`--${flag}=`], [`--${flag}`, '']]) {
        const env: NodeJS.ProcessEnv = { [variable]: flag === 'insecure-registry' ? 'a.test' : 'from-env' };
        expect(takeConnectionFlags([...argv, 'digest'], env, '/work')).toEqual(['digest']);
        expect([flag, env[variable]]).toEqual([flag, flag === 'insecure-registry' ? 'a.test' : '']);
      }
    }
  });

  it("semver-calculate --tag-prefix '' (and --tag-prefix=) versions a repository tagged 1.2.3", async () => {
    const repo = createRepo('cli-bare-tags-');
    repo.commit('feat: a');
    repo.tag('1.2.3');
    repo.commit('fix: b');
    const env = { ...gitEnv(), GITHUB_ACTIONS: '', GITHUB_EVENT_PATH: '' };
    for (const argv of [['--tag-prefix', ''], ['--tag-prefix='], ['--tag-prefix', '', '--paths', '']]) {
      const result = await cli(['semver-calculate', ...argv], env, repo.dir);
      expect([argv, result.code, result.stderr]).toEqual([argv, 0, expect.any(String)]);
      expect(result.stdout).toMatch(/^version: 1\.2\.4\n/m);
      expect(result.stdout).toMatch(/^previous-tag: 1\.2\.3\n/m);
    }
    // Not given, the prefix is action.yml's v, under which 1.2.3 is no version.
    const byDefault = await cli(['semver-calculate'], env, repo.dir);
    expect(byDefault.stdout).toMatch(/^version: 0\.1\.0\n/m);
    expect(execFileSync('git', ['tag'], { cwd: repo.dir, encoding: 'utf8' })).toBe('1.2.3\n');
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

  it('an unknown flag or a stray argument is repeated only when it is a plain word (never a key pasted there)', async () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49\n-----END PRIVATE KEY-----';
    const flag = await cli(['digest', 'oci:src:1.0', `--key\n${pem}`]);
    expect([flag.code, flag.stderr]).toEqual([1, expect.stringMatching(/^error: 'digest' has no flag by that name\./)]);
    const stray = await cli(['digest', 'oci:src:1.0', pem]);
    expect([stray.code, stray.stderr]).toEqual([
      1,
      expect.stringMatching(/^error: unexpected argument of \d+ characters/),
    ]);
    for (const result of [flag, stray]) expect(result.stderr).not.toContain('MIGHAgEAMBMGByqGSM49AgEGCCqGSM49');
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

describe('secrets', () => {
  const PASSWORD = 'registry-hunter2-password';
  const SHORT = 'pw';
  const PEM = '-----BEGIN TEST KEY-----\nAAAAbbbbCCCCdddd\nEEEEffffGGGGhhhh\n-----END TEST KEY-----';
  let echoed: string[] = [];
  // A command that does what a careless library does: puts its secret inputs in a log line, an
  // error and its hint. Registered for these tests only.
  commands['echo-secrets'] = defineCommand({
    description: 'Test only.',
    flags: { password: 'A password.', short: 'A short one.', pem: 'A key.' },
    load: async () => ({
      secrets: ['password', 'short', 'pem'],
      parse: (raw) => ({ password: raw('password'), short: raw('short'), pem: raw('pem') }),
      run: async (inputs, { logger }) => {
        echoed = [inputs.password, inputs.short, inputs.pem];
        logger.info(`logging in with ${inputs.password}`);
        logger.warning(`short ${inputs.short}, in a word: x${inputs.short}x; the key:\n${inputs.pem}`);
        throw new ArtefactsError('REGISTRY_AUTH', `refused user:${inputs.password} (${JSON.stringify(inputs.pem)})`, {
          hint: `Check ${inputs.password}.`,
        });
      },
    }),
    example: 'artefacts echo-secrets',
  });
  afterAll(() => {
    delete commands['echo-secrets'];
  });
  const argv = ['echo-secrets', '--password', PASSWORD, '--short', SHORT, '--pem', PEM, '--debug'];

  it('outside a runner: every line has the secret as *** (a short one where it stands alone), the exit code 1', async () => {
    const result = await cli(argv);
    expect(echoed).toEqual([PASSWORD, SHORT, PEM]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain(PASSWORD);
    for (const line of PEM.split('\n').slice(1, -1)) expect(result.stderr).not.toContain(line);
    expect(result.stderr).toContain('logging in with ***\n');
    expect(result.stderr).toContain('warning: short ***, in a word: xpwx;');
    expect(result.stderr).toMatch(/^error: refused user:\*\*\* \(/m);
    expect(result.stderr).toContain('hint: Check ***.\n');
    expect(result.stderr).not.toContain('::add-mask::');
  });

  it('under a runner: each secret (and each line of a multi-line one) announced with ::add-mask::, escaped as @actions/core does', async () => {
    const result = await cli(argv, { GITHUB_ACTIONS: 'true' });
    const masks = result.stderr.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual([
      `::add-mask::${PASSWORD}`,
      `::add-mask::${SHORT}`,
      `::add-mask::${PEM.replace(/\n/g, '%0A')}`,
      // As a message quotes it (JSON), which a runner would not know to hide.
      `::add-mask::${JSON.stringify(PEM).slice(1, -1)}`,
      '::add-mask::-----BEGIN TEST KEY-----',
      '::add-mask::AAAAbbbbCCCCdddd',
      '::add-mask::EEEEffffGGGGhhhh',
      '::add-mask::-----END TEST KEY-----',
    ]);
    const rest = result.stderr
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(rest).not.toContain(PASSWORD);
    expect(rest).toContain('hint: Check ***.');
  });

  it('stdout by the rule of stderr: outputs masked; under a runner a :: line made inert, --json never wrapped', async () => {
    commands['echo-outputs'] = defineCommand({
      description: 'Test only.',
      flags: { password: 'A password.' },
      load: async () => ({
        secrets: ['password'],
        parse: (raw) => raw('password'),
        run: async (password) => {
          const outputs = { token: password, labels: `a=1\n::warning::${password}` };
          return { outputs: { ...outputs, json: JSON.stringify(outputs) }, summary: '' };
        },
      }),
      example: 'artefacts echo-outputs',
    });
    try {
      const secret = 'quote"d\\password';
      const argv = ['echo-outputs', '--password', secret];
      const plain = await cli(argv, { GITHUB_ACTIONS: 'true' });
      expect(plain.stdout).toMatch(
        /^::stop-commands::(\S+)\ntoken: \*\*\*\nlabels:\n {2}a=1\n {2}::warning::\*\*\*\n::\1::\n$/,
      );
      const json = await cli([...argv, '--json'], { GITHUB_ACTIONS: 'true' });
      expect(JSON.parse(json.stdout)).toEqual({ token: '***', labels: 'a=1\n::warning::***' });
      expect(json.stdout).not.toContain('stop-commands');
      expect((await cli(argv)).stdout).toBe('token: ***\nlabels:\n  a=1\n  ::warning::***\n');
    } finally {
      delete commands['echo-outputs'];
    }
  });

  it('secretMask: long secrets anywhere, short ones as words, longest first, JSON-quoted too', () => {
    const mask = secretMask();
    expect(mask.mask('nothing registered')).toBe('nothing registered');
    expect(mask.add('')).toEqual([]);
    expect(mask.add('e')).toEqual(['e']);
    expect(mask.mask('exists, e, (e)')).toBe('exists, ***, (***)');
    mask.add('abcdefgh');
    mask.add('abcdefgh-longer');
    expect(mask.mask('xabcdefghx abcdefgh-longer')).toBe('x***x ***');
    mask.add('quote"d\\secret');
    expect(mask.mask(JSON.stringify('quote"d\\secret'))).toBe('"***"');
    expect(mask.add(' spaced-token-value ')).toEqual([' spaced-token-value ', 'spaced-token-value']);
    expect(mask.mask('got spaced-token-value')).toBe('got ***');
  });

  it('secretMask.maskJson: strings and keys masked before escaping, a secret number or literal becomes "***"', () => {
    const mask = secretMask();
    mask.add('quote"d\\secret');
    mask.add('true');
    mask.add('42');
    const value = { 'quote"d\\secret': ['x quote"d\\secret y', true, 42, 421, null], ok: false };
    const text = JSON.stringify(mask.maskJson(value), null, 2);
    expect(JSON.parse(text)).toEqual({ '***': ['x *** y', '***', '***', 421, null], ok: false });
    expect(text).not.toContain('quote');
    // Masking the serialised text instead would leave a bare *** where `true` and `42` stood.
    expect(() => JSON.parse(mask.mask(JSON.stringify(value)))).toThrow(SyntaxError);
  });
});
