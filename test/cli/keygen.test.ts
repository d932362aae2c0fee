/** `artefacts keygen` through the CLI bundle (dist/cli), as a user runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { sign } from '@immutable-artefacts/core';
import { repoRoot } from '../harness/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-keygen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  return spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd: dir,
    env: { PATH: PATH ?? '', HOME: HOME ?? dir, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('artefacts keygen (CLI bundle)', () => {
  it('writes cosign.key and cosign.pub by default, never prints the password, refuses to overwrite', async () => {
    const first = cli(['keygen'], { COSIGN_PASSWORD: 'correct horse' });
    expect(first.status).toBe(0);
    expect(first.stdout + first.stderr).not.toContain('correct horse');
    expect(statSync(join(dir, 'cosign.key')).mode & 0o777).toBe(0o600);
    const key = await sign.loadPrivateKey(readFileSync(join(dir, 'cosign.key'), 'utf8'), 'correct horse');
    expect(sign.loadPublicKey(readFileSync(join(dir, 'cosign.pub'), 'utf8')).hint).toBe(key.hint);
    expect(first.stdout).toContain(`key-hint: ${key.hint}`);
    const again = cli(['keygen'], { COSIGN_PASSWORD: 'another password' });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('takes --output-prefix, and rejects unknown flags and a missing COSIGN_PASSWORD', () => {
    expect(cli(['keygen', '--output-prefix', 'release'], { COSIGN_PASSWORD: '' }).status).toBe(0);
    expect(statSync(join(dir, 'release.pub')).isFile()).toBe(true);
    expect(cli(['keygen', '--prefix', 'x'], { COSIGN_PASSWORD: 'x' }).status).toBe(1);
    const missing = cli(['keygen', '--output-prefix', 'nopass'], {});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/COSIGN_PASSWORD/);
  });
});
