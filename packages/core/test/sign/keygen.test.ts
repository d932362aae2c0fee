import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ArtefactsError, memoryLogger, sign, parseKeygenInputs, runKeygen } from '@immutable-artefacts/core';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'keygen-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const environment = (env: Record<string, string>, cwd = dir) => ({
  cwd,
  env,
  logger: memoryLogger(),
  github: undefined,
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArtefactsError) return error.code;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('artefacts keygen', () => {
  it('defaults the prefix to cosign, as cosign generate-key-pair does', () => {
    expect(parseKeygenInputs(raw({}))).toEqual({ outputPrefix: 'cosign' });
    expect(parseKeygenInputs(raw({ 'output-prefix': 'keys/release' }))).toEqual({ outputPrefix: 'keys/release' });
    expect(() => parseKeygenInputs(raw({ 'output-prefix': 'keys/' }))).toThrow(/'output-prefix'/);
  });

  it('writes an encrypted P.key (0600) and P.pub that sign and verify together', async () => {
    const outcome = await runKeygen({ outputPrefix: 'release' }, environment({ COSIGN_PASSWORD: 'hunter2' }));
    const keyPath = join(dir, 'release.key');
    const pubPath = join(dir, 'release.pub');
    expect(outcome.outputs['private-key']).toBe(keyPath);
    expect(outcome.outputs['public-key']).toBe(pubPath);
    expect(JSON.parse(outcome.outputs.json ?? '{}')).toMatchObject({ 'key-hint': outcome.outputs['key-hint'] });
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    const pem = readFileSync(keyPath, 'utf8');
    expect(pem).toMatch(/^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/);
    expect(pem).not.toContain('hunter2');
    const key = await sign.loadPrivateKey(pem, 'hunter2');
    const pub = sign.loadPublicKey(readFileSync(pubPath, 'utf8'));
    expect(pub.hint).toBe(key.hint);
    expect(outcome.outputs['key-hint']).toBe(key.hint);
    const digest = `sha256:${'c'.repeat(64)}`;
    const signed = await sign.signStatement(sign.cosignSignStatement('r/app', digest), { kind: 'key', key });
    expect(sign.verifyStatements([{ source: 'r', bundle: signed.bundle }], digest, { key: pub }).verified).toHaveLength(
      1,
    );
    expect(await codeOf(sign.loadPrivateKey(pem, 'hunter3'))).toBe('KEY_INVALID');
  });

  it('refuses to overwrite either file, and leaves the old ones untouched', async () => {
    writeFileSync(join(dir, 'taken.pub'), 'old public key');
    expect(await codeOf(runKeygen({ outputPrefix: 'taken' }, environment({ COSIGN_PASSWORD: 'x' })))).toBe('IO_FAILED');
    expect(readFileSync(join(dir, 'taken.pub'), 'utf8')).toBe('old public key');
    expect(() => statSync(join(dir, 'taken.key'))).toThrow();
    await runKeygen({ outputPrefix: 'twice' }, environment({ COSIGN_PASSWORD: 'x' }));
    const before = readFileSync(join(dir, 'twice.key'), 'utf8');
    expect(await codeOf(runKeygen({ outputPrefix: 'twice' }, environment({ COSIGN_PASSWORD: 'x' })))).toBe('IO_FAILED');
    expect(readFileSync(join(dir, 'twice.key'), 'utf8')).toBe(before);
  });

  it('needs COSIGN_PASSWORD set (an empty one is allowed, with a warning)', async () => {
    expect(await codeOf(runKeygen({ outputPrefix: 'nopass' }, environment({})))).toBe('INPUT_MISSING');
    const env = environment({ COSIGN_PASSWORD: '' });
    await runKeygen({ outputPrefix: 'empty' }, env);
    expect(env.logger.lines.some((l) => l.level === 'warning')).toBe(true);
    await expect(sign.loadPrivateKey(readFileSync(join(dir, 'empty.key'), 'utf8'), '')).resolves.toBeDefined();
  });
});
