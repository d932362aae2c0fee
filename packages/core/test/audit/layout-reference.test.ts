/**
 * audit of an `oci:` layout: a layout there is audited; a reference that names none (a typo, a
 * directory that is not a layout, a file, a name the file system cannot hold) fails naming the
 * input, never passing as an empty repository with nothing drifted.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ArtefactsError,
  memoryLogger,
  parseAuditInputs,
  parsePackInputs,
  runAudit,
  runPack,
} from '@immutable-artefacts/core';
import { rejectionOf } from '../../../../test/harness/failures.js';
import { readActionYaml } from '../../../../test/harness/runner.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ia-audit-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An action's inputs with its action.yml defaults, as the runner gives them. */
const rawFor = (action: string, values: Record<string, string>) => {
  const inputs = readActionYaml(action).inputs ?? {};
  return (name: string) => values[name] ?? inputs[name]?.default ?? '';
};
const environment = () => ({
  cwd: dir,
  env: { HOME: dir, DOCKER_CONFIG: dir, SOURCE_DATE_EPOCH: '1700000000' },
  logger: memoryLogger(),
  github: undefined,
});
const audit = (reference: string) => runAudit(parseAuditInputs(rawFor('audit', { reference })), environment());

describe('audit of an oci: layout', () => {
  it('audits a layout pack wrote', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'a\n');
    await runPack(parsePackInputs(rawFor('pack', { path: 'a.txt', destination: 'oci:packed:1' })), environment());
    const outcome = await audit('oci:packed');
    expect(outcome.failure).toBeUndefined();
    expect(outcome.outputs.report).toMatch(/^oci:packed: 1 tags;/);
  });

  it('refuses a reference that names no layout, naming the input, whatever the reason', async () => {
    mkdirSync(path.join(dir, 'somedir'));
    writeFileSync(path.join(dir, 'somedir', 'notes.txt'), 'not a layout\n');
    writeFileSync(path.join(dir, 'file.txt'), 'a file\n');
    const cases: [string, string, RegExp][] = [
      ['nosuch', 'REGISTRY_NOT_FOUND', /nosuch: no such directory/],
      ['somedir', 'LAYOUT_INVALID', /somedir: no OCI image layout there \(no oci-layout file\)/],
      ['file.txt', 'LAYOUT_INVALID', /file\.txt: a file, not a directory/],
      ['file.txt/sub', 'LAYOUT_INVALID', /a part of the path is a file, not a directory/],
      ['a'.repeat(300), 'LAYOUT_INVALID', /the path is too long for the file system/],
    ];
    for (const [layout, code, says] of cases) {
      const error = await rejectionOf(audit(`oci:${layout}`), ArtefactsError);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(/^Input 'reference': oci:/);
      expect(error.message).toMatch(says);
      expect(error.message).toContain('expected an OCI image layout directory');
      expect(error.message).not.toMatch(/E[A-Z]{4,}:/);
      expect(error.message.length).toBeLessThan(600);
    }
    expect(existsSync(path.join(dir, 'nosuch'))).toBe(false);
    expect(readdirSync(path.join(dir, 'somedir'))).toEqual(['notes.txt']);
  });
});
