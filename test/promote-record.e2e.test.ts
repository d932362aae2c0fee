/** dist/promote as the runner runs it: record-key signs the promotion record; the key password never shows. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LayoutStore, PROMOTION_PREDICATE_TYPE, buildImage, sign, type PromoteResult } from '@immutable-artefacts/core';
import { runAction } from './harness/runner.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-record-e2e-'));
const password = 'e2e-rec0rd-Secret';

beforeAll(async () => {
  const pair = await sign.generateKeyPair(password);
  writeFileSync(path.join(tmp, 'record.key'), pair.privateKeyPem);
  writeFileSync(path.join(tmp, 'record.pub'), pair.publicKeyPem);
  await buildImage(new LayoutStore(path.join(tmp, 'dev')), { layers: [{ files: { f: 'x' } }] }, { tag: '1' });
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('promote record-key (dist/promote)', () => {
  it('pushes a signed record that verify accepts by predicate type', async () => {
    const result = await runAction('promote', {
      inputs: {
        source: 'oci:dev:1',
        destinations: 'oci:prod:1',
        'record-key': 'record.key',
        'record-key-password': password,
        environment: 'prod',
      },
      cwd: tmp,
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    // The only place the password appears is the runner's own masking command.
    const shown = (result.stdout + result.stderr)
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(result.stdout).toContain(`::add-mask::${password}`);
    expect(shown).not.toContain(password);
    const json = JSON.parse(result.outputs.json!) as PromoteResult;
    expect(json.recordSigned).toBe(true);
    const verified = await runAction('verify', {
      inputs: { image: 'oci:prod:1', key: 'record.pub', attestations: PROMOTION_PREDICATE_TYPE },
      cwd: tmp,
    });
    expect(verified.errors).toEqual([]);
    expect(verified.outputs['predicate-types']).toContain(PROMOTION_PREDICATE_TYPE);
  }, 90_000);

  it('names record-key when the password is wrong, and copies nothing', async () => {
    const result = await runAction('promote', {
      inputs: {
        source: 'oci:dev:1',
        destinations: 'oci:never:1',
        'record-key': 'record.key',
        'record-key-password': 'no',
      },
      cwd: tmp,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.message).toContain("'record-key'");
    // Copies nothing: the destination layout is not even created (a reader would now refuse it).
    expect(existsSync(path.join(tmp, 'never'))).toBe(false);
  }, 60_000);
});
