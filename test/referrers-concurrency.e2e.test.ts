/**
 * Referrers pushed by processes running at once (matrix jobs signing and promoting one digest) all
 * end up in the subject's fallback index (`sha256-<hex>`) of a registry without the referrers API:
 * real OS processes of the CLI bundle against the real docker-registry, every entry asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LayoutStore,
  PROMOTION_ARTIFACT_TYPE,
  buildImage,
  copyTree,
  referrersTag,
  sign,
  type Manifest,
} from '@immutable-artefacts/core';
import { repositoryAt, skopeoRaw, startRegistry, type TestRegistry } from './harness/registry.js';
import { repoRoot } from './harness/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'e2e-referrers-'));
const PASSWORD = 'concurrent-signers-1';
const SIGNERS = 10;
let registry: TestRegistry;
let layout: LayoutStore;
const keys: { file: string; hint: string }[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `artefacts <args>` as its own OS process. */
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The digests in the subject's fallback index, read by skopeo (an independent client). */
function fallbackEntries(repository: string, subject: string): { digest: string; artifactType?: string }[] {
  const raw = skopeoRaw(`${registry.host}/${repository}:${referrersTag(subject)}`);
  return (JSON.parse(raw.toString()) as { manifests: { digest: string; artifactType?: string }[] }).manifests;
}

async function pushImage(repository: string, n: number): Promise<Manifest> {
  const image = await buildImage(layout, { layers: [{ files: { 'round.txt': `${repository} ${n}` } }] });
  await copyTree(layout, repositoryAt(registry.host, repository), image.digest, { tag: 'v1' });
  return image;
}

beforeAll(async () => {
  registry = await startRegistry();
  layout = new LayoutStore(join(dir, 'layout'));
  for (let i = 0; i < SIGNERS; i++) {
    const pair = await sign.generateKeyPair(PASSWORD);
    const file = join(dir, `signer-${i}.key`);
    writeFileSync(file, pair.privateKeyPem);
    writeFileSync(join(dir, `signer-${i}.pub`), pair.publicKeyPem);
    keys.push({ file, hint: pair.hint });
  }
});

afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('referrers of one digest pushed by processes at once', () => {
  it('keeps every signature of ten signers of one digest, round after round', async () => {
    for (let round = 0; round < 3; round++) {
      const repository = `acme/signed-${round}`;
      const image = await pushImage(repository, round);
      const runs = await Promise.all(
        keys.map((key) =>
          cli([
            'sign',
            '--image',
            `${registry.host}/${repository}@${image.digest}`,
            '--key',
            key.file,
            '--key-password',
            PASSWORD,
            '--json',
          ]),
        ),
      );
      const pushed: string[] = [];
      for (const run of runs) {
        expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
        pushed.push(...(JSON.parse(run.stdout) as { referrers: string[] }).referrers);
      }
      expect(pushed.length).toBeGreaterThanOrEqual(SIGNERS);
      const listed = fallbackEntries(repository, image.digest).map((e) => e.digest);
      expect(pushed.filter((d) => !listed.includes(d))).toEqual([]);
    }
    // Each signer's signature verifies (the last round's image), by its own key.
    const last = `${registry.host}/acme/signed-2:v1`;
    const verified = await Promise.all(
      keys.slice(0, 3).map((_k, i) => cli(['verify', '--image', last, '--key', `signer-${i}.pub`, '--json'])),
    );
    for (const run of verified) expect(run.code).toBe(0);
  }, 300_000);

  it('keeps the promotion record of every one of eight promotions of one digest to eight tags at once', async () => {
    const image = await pushImage('acme/promote-src', 0);
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_x, i) =>
        cli([
          'promote',
          '--source',
          `${registry.host}/acme/promote-src@${image.digest}`,
          '--destinations',
          `${registry.host}/acme/promoted:t${i}`,
          '--environment',
          `env-${i}`,
          '--json',
        ]),
      ),
    );
    const records: string[] = [];
    for (const run of runs) {
      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      const result = JSON.parse(run.stdout) as { destinations: { record?: string }[] };
      records.push(result.destinations[0]!.record!);
    }
    expect(new Set(records).size).toBe(8);
    const listed = fallbackEntries('acme/promoted', image.digest);
    expect(records.filter((d) => !listed.some((e) => e.digest === d))).toEqual([]);
    expect(listed.filter((e) => e.artifactType === PROMOTION_ARTIFACT_TYPE).length).toBe(8);
  }, 180_000);
});
