/**
 * Cross-check with an independent tool: on a project whose lockfile real npm writes here (express,
 * eslint, @babel/core: a couple of hundred packages), our purl set equals @cyclonedx/cyclonedx-npm's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { catalogSourceTree } from '../../src/sbom/source.js';
import { mergeResults } from '../../src/sbom/model.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const bin = join(here, '..', '..', '..', '..', 'node_modules', '.bin', 'cyclonedx-npm');
const dir = mkdtempSync(join(tmpdir(), 'sbom-crosscheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('purl set versus @cyclonedx/cyclonedx-npm', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'big', version: '1.0.0', private: true }));
    execFileSync(
      'npm',
      [
        'install',
        '--package-lock-only',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        'express@4',
        'eslint@9',
        '@babel/core@7',
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    execFileSync(bin, ['--package-lock-only', '--output-format', 'JSON', '--output-file', 'peer.json'], {
      cwd: dir,
      stdio: 'ignore',
    });
  }, 180_000);

  it('is identical', async () => {
    type C = { purl?: string; components?: C[] };
    const peer = new Set<string>();
    const walk = (cs: C[] | undefined) => {
      for (const c of cs ?? []) {
        if (c.purl !== undefined) peer.add(c.purl);
        walk(c.components);
      }
    };
    walk((JSON.parse(readFileSync(join(dir, 'peer.json'), 'utf8')) as { components?: C[] }).components);
    const tree = await catalogSourceTree(dir);
    const ours = mergeResults(tree.results).components.map((c) => c.purl);
    expect(peer.size).toBeGreaterThan(100);
    expect([...ours].sort()).toEqual([...peer].sort());
  });
});
