import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUITE_NAME, SUITE_VERSION } from '../src/suite.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const versionOf = (path: string) => (JSON.parse(readFileSync(join(root, path), 'utf8')) as { version: string }).version;

describe('the suite version the documents name (SBOM tools, verification summary verifier)', () => {
  it('is the version of the packages that ship it', () => {
    expect(SUITE_NAME).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name);
    for (const manifest of ['package.json', 'packages/core/package.json', 'packages/cli/package.json']) {
      expect([manifest, SUITE_VERSION]).toEqual([manifest, versionOf(manifest)]);
    }
  });
});
