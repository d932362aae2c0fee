/** dist/trace as the runner runs it: the trace and history of an image promoted dev → prod with a signed record. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  LayoutStore,
  buildImage,
  memoryLogger,
  parsePromoteInputs,
  parseSignInputs,
  runPromote,
  runSign,
  sign,
} from '@immutable-artefacts/core';
import { readActionYaml, repoRoot, runAction } from './harness/runner.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-trace-e2e-'));
const rawFor = (action: string, values: Record<string, string>) => {
  const inputs = readActionYaml(action).inputs ?? {};
  return (name: string) => values[name] ?? inputs[name]?.default ?? '';
};
const environment = () => ({ cwd: tmp, env: { GITHUB_ACTOR: 'octo' }, logger: memoryLogger(), github: undefined });
let digest: string;

beforeAll(async () => {
  const pair = await sign.generateKeyPair('pw');
  writeFileSync(path.join(tmp, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(path.join(tmp, 'cosign.pub'), pair.publicKeyPem);
  const image = await buildImage(
    new LayoutStore(path.join(tmp, 'dev')),
    { layers: [{ files: { f: 'x' } }], annotations: { 'org.opencontainers.image.version': '2.0.0' } },
    { tag: '1' },
  );
  digest = image.digest;
  await runSign(
    parseSignInputs(rawFor('sign', { image: 'oci:dev:1', key: 'cosign.key', 'key-password': 'pw' })),
    environment(),
  );
  await runPromote(
    parsePromoteInputs(
      rawFor('promote', {
        source: 'oci:dev:1',
        destinations: 'oci:prod:current',
        environment: 'prod',
        'record-key': 'cosign.key',
        'record-key-password': 'pw',
      }),
    ),
    environment(),
  );
}, 90_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('trace (dist/trace)', () => {
  it('traces from prod back to dev, verified, with the path drawn in the job summary', async () => {
    const result = await runAction('trace', { inputs: { reference: 'oci:prod:current', key: 'cosign.pub' }, cwd: tmp });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe(digest);
    expect(result.outputs.version).toBe('2.0.0');
    expect(result.outputs.unverified).toBe('0');
    const json = JSON.parse(result.outputs.json!) as { repositories: { repository: string; present: boolean }[] };
    expect(json.repositories.filter((r) => r.present).map((r) => r.repository)).toEqual([
      `oci:${path.join(tmp, 'prod')}`,
      `oci:${path.join(tmp, 'dev')}`,
    ]);
    expect(result.summary).toContain('```mermaid\nflowchart LR\n');
    expect(result.summary).toContain(result.outputs.mermaid);
    expect(result.summary).toMatch(/r\d+ -->\|"[^"]*verified"\| r\d+/);
    expect(result.summary).toContain('verified with key');
  }, 60_000);

  it('mode history: the promotion into prod, current marked', async () => {
    const result = await runAction('trace', {
      inputs: { reference: 'oci:prod:current', mode: 'history', key: 'cosign.pub' },
      cwd: tmp,
    });
    expect(result.errors).toEqual([]);
    const json = JSON.parse(result.outputs.json!) as { entries: { digest: string; current: boolean; actor: string }[] };
    expect(json.entries.map((e) => [e.digest, e.current, e.actor])).toEqual([[digest, true, 'octo']]);
    expect(result.summary).toContain('**current**');
  }, 60_000);

  it('a repository without a tag or digest is a named error, exit 1', async () => {
    const result = await runAction('trace', { inputs: { reference: 'oci:prod' }, cwd: tmp });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.message).toContain("Input 'reference'");
  }, 60_000);
});

describe('artefacts trace / history (dist/cli)', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      cwd: tmp,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: tmp },
    });

  it('trace REF --json and history ENV_REF: the same answers as the action', () => {
    const traced = cli('trace', 'oci:prod:current', '--key', 'cosign.pub', '--json');
    expect(traced.stderr).not.toMatch(/^error/m);
    expect(traced.status).toBe(0);
    const json = JSON.parse(traced.stdout) as { digest: string; counts: { verified: number; unverified: number } };
    expect(json.digest).toBe(digest);
    expect(json.counts.unverified).toBe(0);
    expect(json.counts.verified).toBeGreaterThan(1);
    const text = cli('trace', 'oci:prod:current');
    expect(text.stdout).toContain('nothing was verified');
    expect(text.stdout).toContain('NOT CHECKED');
    const history = cli('history', 'oci:prod:current', '--key', 'cosign.pub');
    expect(history.status).toBe(0);
    expect(history.stdout.split('\n').find((l) => l.startsWith('* '))).toContain(digest);
  }, 60_000);

  it('a digest given to history is a named error, exit 1', () => {
    const result = cli('history', `oci:prod@${digest}`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--ref: got');
    expect(result.stderr).toContain('without a digest');
  }, 60_000);
});
