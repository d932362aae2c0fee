/**
 * @immutable-artefacts/cli as a user gets it: `npm pack` of packages/cli, the tarball installed into an
 * empty folder with no network (a temp npm cache, --offline, and a registry address nothing listens
 * on), then `npx artefacts` from there: --version, --help, a real command (pack into an OCI layout,
 * its digest read back by `artefacts digest` and by skopeo), shell completion, and errors in flags.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../harness/runner.js';

const work = mkdtempSync(join(tmpdir(), 'cli-package-'));
const cache = join(work, 'npm-cache');
const project = join(work, 'project');
const cliDir = join(repoRoot, 'packages', 'cli');
const manifest = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { name: string; version: string };

/** npm and npx with nothing of the surrounding npm run: a temp cache, offline, a registry that cannot answer. */
function env(): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return {
    ...clean,
    npm_config_cache: cache,
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    GITHUB_ACTIONS: '',
  };
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: env(), encoding: 'utf8', timeout: 120_000 });
}

const npx = (...args: string[]) => run('npx', ['--offline', 'artefacts', ...args], project);

let tarball = '';

beforeAll(() => {
  const packed = run('npm', ['pack', '--pack-destination', work, '--json'], cliDir);
  expect([packed.status, packed.stderr]).toEqual([0, expect.any(String)]);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  mkdirSync(project);
  const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
  expect([installed.status, installed.stderr]).toEqual([0, expect.any(String)]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack → npm install --offline → npx artefacts', () => {
  it('the tarball is the scoped package: its bundle, a launcher, README and LICENSE, no dependencies', () => {
    expect(tarball).toMatch(/immutable-artefacts-cli-\d+\.\d+\.\d+\.tgz$/);
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const files = listed.map((f) => f.replace(/^package\//, '')).sort();
    expect(files).toEqual(
      expect.arrayContaining(['LICENSE', 'README.md', 'bin/artefacts.js', 'dist/index.js', 'package.json']),
    );
    // Nothing but the bundle (index.js, the chunks it loads lazily, its licences) besides those.
    expect(
      files.filter(
        (f) => !['LICENSE', 'README.md', 'bin/artefacts.js', 'package.json'].includes(f) && !f.startsWith('dist/'),
      ),
    ).toEqual([]);
    expect(files.some((f) => f.endsWith('.ts'))).toBe(false);
    const installed = join(project, 'node_modules', ...manifest.name.split('/'));
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.name).toBe('@immutable-artefacts/cli');
    expect(pkg.bin).toEqual({ artefacts: 'bin/artefacts.js' });
    expect(pkg.engines).toEqual({ node: expect.stringMatching(/^>=\d+/) });
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.private).toBeUndefined();
    // The install brought nothing else: the bundle has every library inside.
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      '@immutable-artefacts',
    ]);
    expect(readdirSync(join(project, 'node_modules', '@immutable-artefacts'))).toEqual(['cli']);
    // prepack's copy of the bundle is gone again: the repository runs its committed dist/cli.
    expect(readdirSync(cliDir)).not.toContain('dist');
  });

  it('--version is the package version; --help lists the commands', () => {
    const version = npx('--version');
    expect([version.status, version.stdout]).toEqual([0, `${manifest.version}\n`]);
    const help = npx('--help');
    expect(help.status).toBe(0);
    for (const name of ['attest', 'pack', 'digest', 'sign', 'verify', 'promote', 'completion']) {
      expect(help.stdout).toMatch(new RegExp(`\\b${name}\\b`));
    }
    const packHelp = npx('pack', '--help');
    expect(packHelp.stdout).toContain('usage: artefacts pack [REF] [flags]');
    expect(packHelp.stdout).toMatch(/^example:\n {2}artefacts pack /m);
  });

  it('a real command: pack into an OCI layout, its digest read back by artefacts digest and by skopeo', () => {
    mkdirSync(join(project, 'site'));
    writeFileSync(join(project, 'site', 'index.html'), '<h1>hello</h1>\n');
    const pack = npx('pack', '--path', 'site', 'oci:layout:1.0.0', '--json');
    expect([pack.status, pack.stderr]).toEqual([0, expect.any(String)]);
    const { digest } = JSON.parse(pack.stdout) as { digest: string };
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const read = npx('digest', '--ref', 'oci:layout:1.0.0');
    expect([read.status, read.stdout]).toEqual([0, `${digest}\n`]);
    const raw = spawnSync('skopeo', ['inspect', '--raw', `oci:${join(project, 'layout')}:1.0.0`]);
    expect(raw.status).toBe(0);
    expect(`sha256:${createHash('sha256').update(raw.stdout).digest('hex')}`).toBe(digest);
  });

  it('attest is sign in attest mode: --type and --path attach the report to REF; without --type it stops', () => {
    const withPassword = (...args: string[]) =>
      spawnSync('npx', ['--offline', 'artefacts', ...args], {
        cwd: project,
        env: { ...env(), COSIGN_PASSWORD: 'attest password' },
        encoding: 'utf8',
        timeout: 120_000,
      });
    expect(withPassword('keygen').status).toBe(0);
    writeFileSync(
      join(project, 'junit.xml'),
      '<testsuites><testsuite name="s" tests="1" failures="0"><testcase name="t" classname="c"/></testsuite></testsuites>\n',
    );
    const attest = withPassword(
      'attest',
      '--type',
      'test-result',
      '--path',
      'junit.xml',
      '--key',
      'cosign.key',
      'oci:layout:1.0.0',
    );
    expect([attest.status, attest.stderr]).toEqual([0, expect.stringContaining('test-result')]);
    const tree = npx('tree', 'oci:layout:1.0.0');
    expect(tree.stdout).toMatch(/attestation https:\/\/in-toto\.io\/attestation\/test-result\/v0\.1 sha256:/);
    const untyped = withPassword('attest', '--key', 'cosign.key', 'oci:layout:1.0.0');
    expect([untyped.status, untyped.stderr]).toEqual([
      1,
      "error: 'attest' needs --type (see artefacts attest --help)\n",
    ]);
  });

  it('errors name the CLI flag, not a with: block', () => {
    const missing = npx('pack', '--path', 'site');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error: --ref: got ""/m);
    expect(missing.stderr).not.toMatch(/with:|Input '/);
    const unknown = npx('digest', '--image', 'oci:layout:1.0.0');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("'digest' has no flag '--image'. Accepted: --ref,");
  });

  it('bash completion, sourced from the installed command, completes a command and a flag', () => {
    const complete = (words: string[]) => {
      const script = [
        'source <(artefacts completion bash)',
        `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}`,
        '_artefacts; printf "%s\\n" "${COMPREPLY[@]}"',
      ].join('\n');
      const bin = join(project, 'node_modules', '.bin');
      const result = spawnSync('bash', ['-c', script], {
        cwd: project,
        env: { ...env(), PATH: `${bin}:${process.env.PATH ?? ''}` },
        encoding: 'utf8',
      });
      expect([result.status, result.stderr]).toEqual([0, '']);
      return result.stdout.split('\n').filter(Boolean);
    };
    expect(complete(['artefacts', 'att'])).toEqual(['attest']);
    expect(complete(['artefacts', 'attest', '--ty'])).toEqual(['--type']);
    expect(complete(['artefacts', 'digest', '--r'])).toEqual([
      '--ref',
      '--registry-username',
      '--registry-password',
      '--registry-timeout',
    ]);
    expect(complete(['artefacts', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    for (const shell of ['zsh', 'fish']) {
      const script = npx('completion', shell);
      expect([shell, script.status]).toEqual([shell, 0]);
      // zsh and fish check the syntax where they are installed.
      const checker = spawnSync(shell, ['-n'], { input: script.stdout, encoding: 'utf8' });
      if (checker.error === undefined) expect([shell, checker.status, checker.stderr]).toEqual([shell, 0, '']);
    }
    expect(npx('completion', 'powershell').status).toBe(1);
  });
});
