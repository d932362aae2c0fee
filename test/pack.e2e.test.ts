/**
 * End-to-end: dist/pack run exactly as the runner runs it (action.yml defaults, INPUT_*, command
 * files) into an OCI layout and the real test registry, skopeo as the independent check, and
 * `artefacts pull` (dist/cli) getting the files back.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sha256 } from '@immutable-artefacts/core';
import { repoRoot, runAction } from './harness/runner.js';
import { skopeoRaw, startRegistry, type TestRegistry } from './harness/registry.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-pack-e2e-'));
let registry: TestRegistry;

function workspace(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, 'site', 'css'), { recursive: true });
  writeFileSync(path.join(dir, 'site', 'index.html'), '<h1>hi</h1>\n');
  writeFileSync(path.join(dir, 'site', 'css', 'a.css'), 'h1{}\n');
  writeFileSync(path.join(dir, 'fn.zip'), Buffer.from('PK\u0003\u0004fake'));
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      DOCKER_CONFIG: path.join(tmp, 'no-docker'),
      SOURCE_DATE_EPOCH: '1700000000',
    },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  registry = await startRegistry();
}, 30_000);
afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('pack action (dist/pack)', () => {
  it('packs into a registry and a layout with the same digest; pull gets the files back', async () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000', DOCKER_CONFIG: path.join(tmp, 'no-docker') };
    const annotations =
      'manifest:org.opencontainers.image.version=2.0.0\nmanifest:org.opencontainers.image.revision=abc';
    const toRegistry = await runAction('pack', {
      inputs: { path: 'site\nfn.zip', destination: `${registry.host}/acme/site:2.0.0`, annotations },
      cwd: workspace('one'),
      env,
    });
    expect(toRegistry.errors).toEqual([]);
    expect(toRegistry.exitCode).toBe(0);
    const digest = toRegistry.outputs.digest!;
    expect(sha256(skopeoRaw(`${registry.host}/acme/site:2.0.0`))).toBe(digest);
    const manifest = JSON.parse(skopeoRaw(`${registry.host}/acme/site@${digest}`).toString()) as {
      artifactType: string;
      annotations: Record<string, string>;
    };
    expect(manifest.artifactType).toBe('application/vnd.immutable-artefacts.files.v1');
    expect(manifest.annotations['org.opencontainers.image.version']).toBe('2.0.0');
    expect(manifest.annotations['org.opencontainers.image.created']).toBe('2023-11-14T22:13:20Z');
    expect(toRegistry.summary).toContain(digest);

    const toLayout = await runAction('pack', {
      inputs: { path: 'site\nfn.zip', destination: 'oci:out/layout:2.0.0', annotations },
      cwd: workspace('two'),
      env,
    });
    expect(toLayout.exitCode).toBe(0);
    expect(toLayout.outputs.digest).toBe(digest);
    expect(JSON.parse(toLayout.outputs.json!)).toMatchObject({ digest, unchanged: false });

    const pulled = cli(tmp, 'pull', `${registry.host}/acme/site:2.0.0`, '--output', 'pulled', '--json');
    expect(pulled.stderr).not.toContain('error');
    expect(pulled.code).toBe(0);
    expect((JSON.parse(pulled.stdout) as { files: string[] }).files).toEqual([
      'fn.zip',
      'site/css/a.css',
      'site/index.html',
    ]);
    expect(readFileSync(path.join(tmp, 'pulled', 'site', 'index.html'), 'utf8')).toBe('<h1>hi</h1>\n');
  }, 90_000);

  it('fails naming the bad input, without a stack', async () => {
    const result = await runAction('pack', {
      inputs: { path: 'site', destination: 'oci:out/layout:1', 'artifact-type': 'not a type' },
      cwd: workspace('three'),
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.title).toBe('pack');
    expect(result.errors[0]?.message).toContain("'artifact-type'");
    expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /);
  });

  it('the CLI packs the same digest as the action', () => {
    const dir = workspace('four');
    const packed = cli(
      dir,
      'pack',
      '--path',
      'site',
      '--path',
      'fn.zip',
      '--destination',
      'oci:l:1',
      '--annotations',
      'manifest:org.opencontainers.image.version=2.0.0\nmanifest:org.opencontainers.image.revision=abc',
      '--json',
    );
    expect(packed.code).toBe(0);
    const again = cli(
      dir,
      'pack',
      '--path',
      'site',
      '--path',
      'fn.zip',
      '--destination',
      'oci:l:1',
      '--annotations',
      'manifest:org.opencontainers.image.version=2.0.0\nmanifest:org.opencontainers.image.revision=abc',
      '--json',
    );
    expect(JSON.parse(again.stdout)).toMatchObject({
      digest: (JSON.parse(packed.stdout) as { digest: string }).digest,
      unchanged: true,
    });
  });
});
