/** `artefacts release` refuses paths as the actions do, without pointing at an opt-in it does not take. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactsError, memoryLogger, parseReleaseInputs, runRelease } from '@immutable-artefacts/core';

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
let base: string;
let work: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'release-paths-'));
  work = join(base, 'work');
  mkdirSync(join(base, 'outside'), { recursive: true });
  mkdirSync(work);
  symlinkSync(join(base, 'outside'), join(work, 'out-dir'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function refusal(values: Record<string, string>): Promise<ArtefactsError> {
  const environment = { cwd: work, env: {}, logger: memoryLogger(), github: undefined };
  try {
    await runRelease(parseReleaseInputs(raw(values)), () => raw({}), environment);
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('release refuses a path outside the working directory', () => {
  it.each([
    ['path', { path: '/etc' }, '"/etc"'],
    ['dev', { dev: 'oci:out-dir/dev' }, '"out-dir/dev"'],
  ])('%s: names it, and its hint offers no allow-outside-workspace', async (input, values, shown) => {
    const error = await refusal(values);
    expect(error.code).toBe('PATH_UNSAFE');
    expect(error.message).toMatch(new RegExp(`^Input '${input}': ${shown.replace(/[.*/]/g, '\\$&')} resolves to`));
    expect(error.hint).not.toMatch(/allow-outside-workspace/);
    expect(error.hint).toMatch(/release has no opt-in/);
  });
});
