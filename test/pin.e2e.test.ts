/**
 * End-to-end: dist/pin run exactly as the runner runs it (action.yml defaults, INPUT_*, command
 * files) on a workspace of descriptors naming images in the real test registry, and `artefacts pin`
 * (dist/cli) with bare paths, --check and --json. skopeo reads the digests independently.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LayoutStore, buildImage, copyTree } from '@immutable-artefacts/core';
import { repoRoot, runAction } from './harness/runner.js';
import { repositoryAt, skopeo, startRegistry, type TestRegistry } from './harness/registry.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-pin-e2e-'));
let registry: TestRegistry;
let digest: string;
const noDocker = () => path.join(tmp, 'no-docker');

const DEPLOYMENT = (host: string) => `# the web tier
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
        - name: web
          image: ${host}/acme/web:2.0   # bumped by hand
`;

function workspace(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, 'deploy'), { recursive: true });
  writeFileSync(path.join(dir, 'deploy', 'web.yaml'), DEPLOYMENT(registry.host));
  writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${registry.host}/acme/web:2.0 AS base\nFROM base\n`);
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: tmp, DOCKER_CONFIG: noDocker() },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  registry = await startRegistry();
  const layout = new LayoutStore(path.join(tmp, 'layout'));
  const image = await buildImage(layout, { layers: [{ randomBytes: 700 }] });
  await copyTree(layout, repositoryAt(registry.host, 'acme/web'), image.digest, { tag: '2.0' });
  digest = (
    JSON.parse(skopeo(['inspect', '--tls-verify=false', `docker://${registry.host}/acme/web:2.0`])) as {
      Digest: string;
    }
  ).Digest;
}, 30_000);
afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('pin action (dist/pin)', () => {
  it('pins the workspace and hands the changed files, a pull request body, the share and a summary to later steps', async () => {
    const cwd = workspace('action');
    const run = await runAction('pin', {
      inputs: { paths: 'deploy/\nDockerfile' },
      cwd,
      env: { DOCKER_CONFIG: noDocker() },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(readFileSync(path.join(cwd, 'deploy', 'web.yaml'), 'utf8')).toBe(
      DEPLOYMENT(registry.host).replace('acme/web:2.0', `acme/web:2.0@${digest}`),
    );
    expect(readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(
      `FROM ${registry.host}/acme/web:2.0@${digest} AS base\nFROM base\n`,
    );
    expect(run.outputs['changed-files']).toBe('deploy/web.yaml\nDockerfile');
    expect(run.outputs['pinned-share']).toBe('100');
    expect(run.outputs['pull-request-body']).toContain(
      `| \`${registry.host}/acme/web:2.0\` | \`deploy/web.yaml:10\` |`,
    );
    expect(JSON.parse(run.outputs.json!)).toEqual(expect.objectContaining({ total: 2, pinned: 2, share: 100 }));
    expect(run.summary).toContain('### Image references pinned by digest');
    expect(run.summary).toContain('[release run #87](');
  });

  it('check: true fails the step below min-pinned, naming the reference, and writes nothing', async () => {
    const cwd = workspace('check');
    const run = await runAction('pin', {
      inputs: { paths: '.', check: 'true', 'min-pinned': '50' },
      cwd,
      env: { DOCKER_CONFIG: noDocker() },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.title).toBe('pin');
    expect(run.errors[0]?.message).toContain('0% of 2 image reference(s) are pinned by digest, below min-pinned 50%');
    expect(run.errors[0]?.message).toContain('deploy/web.yaml:10');
    expect(readFileSync(path.join(cwd, 'deploy', 'web.yaml'), 'utf8')).toBe(DEPLOYMENT(registry.host));
  });

  it('a bad min-pinned fails naming the input', async () => {
    const run = await runAction('pin', {
      inputs: { paths: '.', check: 'true', 'min-pinned': '150' },
      cwd: workspace('bad'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.message).toContain('Input \'min-pinned\': got "150"');
  });
});

describe('pin writes every file or none (dist/pin)', () => {
  it('a file that cannot be written (its temporary name too long here) leaves every file as it was, and no temporary file', async () => {
    const cwd = workspace('all-or-none');
    // Found after deploy/web.yaml; its name fits, its temporary sibling `.<name>.tmp-<hex>` does not.
    const long = `${'w'.repeat(240)}.yaml`;
    mkdirSync(path.join(cwd, 'zz'));
    writeFileSync(path.join(cwd, 'zz', long), DEPLOYMENT(registry.host));
    const listing = () => ['deploy', 'zz', '.'].map((d) => readdirSync(path.join(cwd, d)).sort());
    const before = listing();
    const run = await runAction('pin', {
      inputs: { paths: 'deploy\nzz\nDockerfile' },
      cwd,
      env: { DOCKER_CONFIG: noDocker() },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]?.message).toMatch(/^Input 'paths': got "zz"/);
    expect(run.errors[0]?.message).toContain('too long');
    expect(readFileSync(path.join(cwd, 'deploy', 'web.yaml'), 'utf8')).toBe(DEPLOYMENT(registry.host));
    expect(readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(
      `FROM ${registry.host}/acme/web:2.0 AS base\nFROM base\n`,
    );
    expect(listing()).toEqual(before);
  });
});

describe('pin refuses each class of bad path input, naming it (dist/pin)', () => {
  it.each([
    ['`..` out of the workspace', { paths: '../outside' }, 'paths', /outside the workspace/],
    ['an absolute path elsewhere', { paths: '/etc' }, 'paths', /outside the workspace/],
    ['a symbolic link to a directory outside', { paths: 'linked' }, 'paths', /outside the workspace/],
    ['a control character in a path', { paths: 'deploy\u001b[2J' }, 'paths', /control characters/],
    [
      'an opt-in naming no path input',
      { paths: '.', 'allow-outside-workspace': 'everything' },
      'allow-outside-workspace',
      /names of path inputs/,
    ],
  ] as const)('%s', async (_name, inputs, input, says) => {
    const cwd = workspace(`bad-${input}-${Object.values(inputs).join('').length}`);
    const outside = path.join(tmp, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'pod.yaml'), DEPLOYMENT(registry.host));
    if (!existsSync(path.join(cwd, 'linked'))) symlinkSync(outside, path.join(cwd, 'linked'));
    const run = await runAction('pin', { inputs, cwd, env: { DOCKER_CONFIG: noDocker() } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]?.message).toMatch(new RegExp(`^Input '${input}'`));
    expect(run.errors[0]?.message).toMatch(says);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(outside, 'pod.yaml'), 'utf8')).toBe(DEPLOYMENT(registry.host));
  });
});

describe('artefacts pin (dist/cli)', () => {
  it('takes several bare paths; --check --json reports without writing, then pin writes, then the check passes', () => {
    const cwd = workspace('cli');
    const check = cli(cwd, 'pin', 'deploy', 'Dockerfile', '--check', '--min-pinned', '0', '--json');
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as { total: number; share: number; references: { digest: string }[] };
    expect([report.total, report.share]).toEqual([2, 0]);
    expect(report.references.map((r) => r.digest)).toEqual([digest, digest]);
    expect(readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).not.toContain('@sha256:');

    const pinned = cli(cwd, 'pin', 'deploy', 'Dockerfile');
    expect(pinned.code).toBe(0);
    expect(pinned.stdout).toContain(`deploy/web.yaml:10 kubernetes ${registry.host}/acme/web:2.0 pinned now ${digest}`);
    expect(readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toContain(`acme/web:2.0@${digest}`);

    const after = cli(cwd, 'pin', 'deploy', 'Dockerfile', '--check');
    expect([after.code, after.stdout]).toEqual([
      0,
      expect.stringContaining('2 of 2 image reference(s) pinned by digest (100%)'),
    ]);
  });
});
