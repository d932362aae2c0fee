/**
 * The command line through the CLI bundle (dist/cli), as the independent check ran it: a flag that
 * takes a value, given without one, fails naming it and writes nothing (it used to run with the text
 * "true": `pull --output` wrote into ./true/), while an empty value typed as one (`--tag-prefix ''`) is
 * a value; bad input exits 1, never 2; and an identity token given
 * to `sign` never appears in what the CLI prints, nor a hint that a missing `id-token: write` was the
 * cause. (Every flag of every command is checked in-process: packages/cli/test/command-line.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { unsignedJwt } from '../harness/fake-sigstore.js';
import { createRepo } from '../harness/git-repo.js';
import { repoRoot } from '../harness/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-command-line-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}, cwd = dir) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      DOCKER_CONFIG: join(dir, 'no-docker'),
      SOURCE_DATE_EPOCH: '1700000000',
      ...env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file and directory under the working directory. */
function tree(at = dir): string[] {
  return readdirSync(at, { withFileTypes: true })
    .flatMap((e) => [relative(dir, join(at, e.name)), ...(e.isDirectory() ? tree(join(at, e.name)) : [])])
    .sort();
}

/** A port nothing listens on: a Sigstore instance that cannot be reached. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'index.html'), '<h1>hi</h1>\n');
  const packed = cli(['pack', '--path', 'site', 'oci:src:1.0']);
  expect([packed.code, packed.stderr]).toEqual([0, expect.any(String)]);
  const service = (path = '') => ({
    url: `http://127.0.0.1:${port}${path}`,
    majorApiVersion: 1,
    validFor: { start: '2020-01-01T00:00:00Z' },
    operator: '127.0.0.1',
  });
  const port = await closedPort();
  writeFileSync(
    join(dir, 'sc.json'),
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service()],
      oidcUrls: [],
      rekorTlogUrls: [],
      tsaUrls: [service('/api/v1/timestamp')],
      tsaConfig: { selector: 'ANY' },
    }),
  );
}, 60_000);

describe('a flag that takes a value, given without one', () => {
  it.each([
    [['pull', 'oci:src:1.0', '--output'], 'output'],
    [['sbom', '--output-dir'], 'output-dir'],
    [['promote', 'oci:src:1.0', '--destinations'], 'destinations'],
    [['build-tag', '--version', '1.0.0', '--template'], 'template'],
    [['build-tag', '--version', '1.0.0', '--images', '--json'], 'images'],
    [['pull', '--ref'], 'ref'],
    [['pull', 'oci:src:1.0', '--output', '--debug'], 'output'],
  ])('%j fails naming --%s, and writes nothing', (argv, flag) => {
    const before = tree();
    const result = cli(argv);
    expect([result.code, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toMatch(new RegExp(`^error: --${flag} needs a value: \\S`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(tree()).toEqual(before);
    expect(tree()).not.toContain('true');
  });

  it('given its value a flag runs as before (pull --output out), and a switch runs bare (ls --immutable)', () => {
    const pulled = cli(['pull', 'oci:src:1.0', '--output', 'out']);
    expect([pulled.code, pulled.stderr]).toEqual([0, expect.any(String)]);
    expect(tree()).toContain(join('out', 'site', 'index.html'));
    const listed = cli(['ls', 'oci:src', '--immutable']);
    expect([listed.code, listed.stdout]).toEqual([0, '(no immutable tags)\n']);
  });
});

describe('an empty value typed as one is a value', () => {
  it("semver-calculate --tag-prefix '' and --tag-prefix= version a repository tagged 1.2.3 (no v)", () => {
    const repo = createRepo('cli-bare-tags-');
    repo.commit('feat: a');
    repo.tag('1.2.3');
    repo.commit('fix: b');
    for (const argv of [['--tag-prefix', ''], ['--tag-prefix=']]) {
      const result = cli(['semver-calculate', ...argv], {}, repo.dir);
      expect([argv, result.code, result.stderr]).toEqual([argv, 0, expect.any(String)]);
      expect(result.stdout).toMatch(/^version: 1\.2\.4\n/m);
    }
  });
});

describe('bad input exits 1 (never 2); --help and --version 0', () => {
  it.each([
    [['nope']],
    [['pull', 'oci:src:1.0', '--nope']],
    [['digest', 'oci:src:1.0', 'extra']],
    [['completion', 'tcsh']],
    [['digest', 'oci:src:1.0', '--ca-file']],
    [['attest', 'oci:src:1.0']],
    [[]],
  ])('%j exits 1', (argv) => {
    const result = cli(argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([[['--help']], [['--version']], [['pull', '--help']]])('%j exits 0', (argv) => {
    expect(cli(argv).code).toBe(0);
  });
});

describe('an identity token given to sign is never printed', () => {
  const sign = ['sign', 'oci:src:1.0', '--signing-config', 'sc.json'];
  const issuer = 'https://ci.example.com';
  const exp = () => Math.floor(Date.now() / 1000) + 600;

  it('a token without a subject: refused naming --identity-token, without the token', () => {
    const token = unsignedJwt({ aud: 'sigstore', iss: issuer, exp: exp(), nonce: 'n-0123456789abcdef' });
    const result = cli([...sign, '--identity-token', token]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: --identity-token: the identity token has no subject \(sub\)/m);
    expect(result.stderr + result.stdout).not.toContain(token);
    expect(result.stderr + result.stdout).not.toContain(token.split('.')[1]);
    expect(result.stderr).not.toMatch(/id-token: write/);
  });

  it.each([
    ['--identity-token', (token: string) => ({ args: ['--identity-token', token], env: {} })],
    ['`SIGSTORE_ID_TOKEN`', (token: string) => ({ args: [], env: { SIGSTORE_ID_TOKEN: token } })],
  ])(
    'a Sigstore instance that cannot be reached, the token from %s: the hint names it, not a permission',
    (from, how) => {
      const token = unsignedJwt({ aud: 'sigstore', iss: issuer, sub: 'project_path:acme/app', exp: exp() });
      const { args, env } = how(token);
      const result = cli([...sign, ...args], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^error: Signing failed/m);
      expect(result.stderr).toMatch(
        new RegExp(`^hint: Keyless signing with the token given \\(${from}\\) needs network`, 'm'),
      );
      expect(result.stderr).not.toMatch(/id-token: write/);
      expect(result.stderr + result.stdout).not.toContain(token);
      expect(result.stderr + result.stdout).not.toContain(token.split('.')[1]);
    },
  );
});
