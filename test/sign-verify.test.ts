/** The sign and verify dist bundles, run exactly as the runner runs them, against the test registry. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LayoutStore, buildImage, copyTree, sign, type Manifest } from '@immutable-artefacts/core';
import { pushEvent } from './harness/events.js';
import { skopeoRaw, startRegistry, type TestRegistry, repositoryAt } from './harness/registry.js';
import { watchLoads } from './harness/loads.js';
import { repoRoot, runAction } from './harness/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'e2e-sign-'));
const PASSWORD = 'e2e-secret-password-1';
let registry: TestRegistry;
let image: Manifest;
let privatePem: string;
let hint: string;

beforeAll(async () => {
  registry = await startRegistry();
  const pair = await sign.generateKeyPair(PASSWORD);
  privatePem = pair.privateKeyPem;
  hint = pair.hint;
  writeFileSync(join(dir, 'cosign.pub'), pair.publicKeyPem);
  writeFileSync(join(dir, 'other.pub'), (await sign.generateKeyPair('')).publicKeyPem);
  const layout = new LayoutStore(join(dir, 'layout'));
  image = await buildImage(layout, { layers: [{ randomBytes: 2_000 }] });
  const repo = repositoryAt(registry.host, 'acme/widgets');
  await copyTree(layout, repo, image.digest, { tag: '1.0.0' });
});

afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('dist/sign and dist/verify', () => {
  it('signs a tag by digest with a key given as an input (masked), then verifies it', async () => {
    // An action that signs with a key or verifies runs no credential helper and builds no gzip layer,
    // so it must not pay for loading node:child_process or node:zlib at every start.
    const signLoads = watchLoads(dir);
    const signed = await runAction('sign', {
      cwd: dir,
      event: pushEvent({ sha: 'b'.repeat(40) }),
      inputs: { image: `${registry.host}/acme/widgets:1.0.0`, key: privatePem, 'key-password': PASSWORD },
      env: signLoads.env,
    });
    // The hook saw the run (it lists what signing needs), and neither module was loaded.
    expect(signLoads.read().builtins).toEqual(expect.arrayContaining(['crypto', 'http']));
    expect(signLoads.read().builtins.filter((m) => m === 'child_process' || m === 'zlib')).toEqual([]);
    expect(signed.errors).toEqual([]);
    expect(signed.exitCode).toBe(0);
    expect(signed.outputs.digest).toBe(image.digest);
    expect(signed.outputs.signer).toBe(hint);
    // The key and its password never reach the log, and each PEM line was registered as a secret.
    // (the runner consumes `::add-mask::` commands; everything else is what the log shows).
    const masks = signed.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    const log = signed.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(log).not.toContain(PASSWORD);
    expect(masks).toContain(`::add-mask::${PASSWORD}`);
    for (const line of privatePem.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) {
      expect(log).not.toContain(line);
      expect(masks).toContain(`::add-mask::${line}`);
    }
    expect(signed.summary).toContain(image.digest);
    expect(signed.summary).toContain('https://github.com/acme/widgets/actions/runs/1234567890');
    const referrer = JSON.parse(skopeoRaw(`${registry.host}/acme/widgets@${signed.outputs.referrers}`).toString()) as {
      subject: { digest: string };
      artifactType: string;
    };
    expect(referrer.subject.digest).toBe(image.digest);
    expect(JSON.parse(signed.outputs.json!)).toMatchObject({
      digest: image.digest,
      referrers: [signed.outputs.referrers],
    });

    const verifyLoads = watchLoads(dir);
    const verified = await runAction('verify', {
      cwd: dir,
      inputs: { image: `${registry.host}/acme/widgets:1.0.0`, key: 'cosign.pub' },
      env: verifyLoads.env,
    });
    expect(verifyLoads.read().builtins).toEqual(expect.arrayContaining(['crypto', 'http']));
    expect(verifyLoads.read().builtins.filter((m) => m === 'child_process' || m === 'zlib')).toEqual([]);
    expect(verified.errors).toEqual([]);
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs.digest).toBe(image.digest);
    expect(verified.outputs.signer).toBe(hint);
    expect(verified.outputs['predicate-types']).toBe('https://sigstore.dev/cosign/sign/v1');

    const refused = await runAction('verify', {
      cwd: dir,
      inputs: { image: `${registry.host}/acme/widgets:1.0.0`, key: 'other.pub' },
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]?.title).toBe('verify');
    expect(refused.errors[0]?.message).toMatch(/\[signature\]/);
  });

  it('fails with a named input error and exit 1 on a bad input', async () => {
    const result = await runAction('sign', { cwd: dir, inputs: { image: 'acme/app:bad tag!', key: 'cosign.pub' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.message).toMatch(/'image'/);
  });

  it('runs as `artefacts verify` through the CLI bundle with the same inputs', () => {
    const { PATH, HOME } = process.env;
    const run = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'dist', 'cli', 'index.js'),
        'verify',
        '--image',
        `${registry.host}/acme/widgets@${image.digest}`,
        '--key',
        'cosign.pub',
        '--json',
      ],
      { cwd: dir, env: { PATH: PATH ?? '', HOME: HOME ?? dir }, encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(image.digest);
    expect(readFileSync(join(dir, 'cosign.pub'), 'utf8')).toContain('PUBLIC KEY');
    // Without --json: the short result, not the statements.
    const short = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'dist', 'cli', 'index.js'),
        'verify',
        '--image',
        `${registry.host}/acme/widgets@${image.digest}`,
        '--key',
        'cosign.pub',
      ],
      { cwd: dir, env: { PATH: PATH ?? '', HOME: HOME ?? dir }, encoding: 'utf8', timeout: 30_000 },
    );
    expect(short.status).toBe(0);
    expect(short.stdout).toMatch(
      /^image +\S+@sha256:[a-f0-9]{64}\n {2}accepted {2}https:\/\/sigstore\.dev\/cosign\/sign\/v1 {2}key /,
    );
    expect(short.stdout).not.toContain('"_type"');
    expect(short.stdout).not.toContain('statements');
  });
});
