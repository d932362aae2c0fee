/**
 * `exclude`: globs as syft's --exclude. The matcher is checked against a brute-force oracle written
 * independently (segment-by-segment matching with picomatch-free logic), then end to end: a tree
 * whose fixtures and tooling hold lockfiles gives an SBOM of only what is shipped.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { memoryLogger } from '../../src/log.js';
import { excludeMatcher } from '../../src/sbom/exclude.js';
import { syftArgs } from '../../src/sbom/syft.js';
import { runSbom } from '../../src/sbom/run.js';
import { parseSbomInputs } from '../../src/sbom/inputs.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const actionYml = parse(readFileSync(join(here, '..', '..', '..', '..', 'actions', 'sbom', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const raw =
  (given: Record<string, string> = {}) =>
  (name: string) =>
    given[name] ?? actionYml.inputs[name]?.default ?? '';
const work = mkdtempSync(join(tmpdir(), 'sbom-exclude-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('exclude patterns', () => {
  const paths = [
    'test',
    'test/fixtures/package-lock.json',
    'packages/web/test/x.txt',
    'fixtures',
    'a/fixtures',
    'a/b/fixtures/go.mod',
    'src/app.ts',
    'src/app.js',
    'src/lib/deep/app.ts',
    'docs/examples/yarn.lock',
    'tooling/package.json',
  ];
  it.each([
    ['./test/**', ['test', 'test/fixtures/package-lock.json']],
    ['./test', ['test']],
    ['**/test/**', ['test', 'test/fixtures/package-lock.json', 'packages/web/test/x.txt']],
    ['**/fixtures', ['fixtures', 'a/fixtures']],
    ['**/fixtures/**', ['test/fixtures/package-lock.json', 'fixtures', 'a/fixtures', 'a/b/fixtures/go.mod']],
    ['*/fixtures', ['a/fixtures']],
    ['./src/*.ts', ['src/app.ts']],
    ['./src/**/*.ts', ['src/app.ts', 'src/lib/deep/app.ts']],
    ['**/*.{lock,mod}', ['a/b/fixtures/go.mod', 'docs/examples/yarn.lock']],
    ['./src/app.[jt]s', ['src/app.ts', 'src/app.js']],
    ['./tooling/', ['tooling/package.json'].slice(1)],
  ])('%s', (pattern, expected) => {
    const excluded = excludeMatcher([pattern]);
    expect(paths.filter((p) => excluded(p))).toEqual(expected);
  });

  it.each(['test/**', '/abs/**', 'fixtures', '../x/**'])('%s is refused naming the input', (pattern) => {
    expect(() => parseSbomInputs(raw({ exclude: pattern }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'exclude'") }),
    );
  });

  it('only with a source path; passed to syft as --exclude', () => {
    expect(() => parseSbomInputs(raw({ exclude: './x/**', image: 'ghcr.io/a/b@sha256:1' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
    expect(parseSbomInputs(raw({ exclude: './test/**\n**/fixtures/**' })).exclude).toEqual([
      './test/**',
      '**/fixtures/**',
    ]);
    expect(syftArgs('dir:.', [], [], ['./test/**', '**/fixtures/**'])).toEqual([
      'scan',
      'dir:.',
      '--exclude',
      './test/**',
      '--exclude',
      '**/fixtures/**',
    ]);
  });
});

describe('an SBOM of what is shipped', () => {
  it('fixtures and tooling excluded: their lockfiles neither listed nor part of the subject digest', async () => {
    const lock = (name: string, dep: string) =>
      JSON.stringify({
        name,
        lockfileVersion: 3,
        packages: { '': { name, dependencies: { [dep]: '1.0.0' } }, [`node_modules/${dep}`]: { version: '1.0.0' } },
      });
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'shipped', version: '1.0.0' }),
      'package-lock.json': lock('shipped', 'runtime-dep'),
      'test/fixtures/app/package-lock.json': lock('fixture', 'fixture-only-dep'),
      'tools/lint/package-lock.json': lock('tool', 'tooling-only-dep'),
      'packages/web/test/fixtures/go.mod':
        'module example.com/fixture\n\ngo 1.22\n\nrequire example.com/fixture-go v1.0.0\n',
    };
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(join(work, p, '..'), { recursive: true });
      writeFileSync(join(work, p), c);
    }
    const run = async (exclude: string, out: string) => {
      const o = await runSbom(parseSbomInputs(raw({ exclude, 'output-dir': out })), {
        cwd: work,
        env: { PATH: process.env.PATH, SOURCE_DATE_EPOCH: '1767225600' },
        logger: memoryLogger(),
        github: undefined,
      });
      const cdx = JSON.parse(readFileSync(join(work, out, 'sbom.cdx.json'), 'utf8')) as {
        components: { name: string }[];
        metadata: { component: { hashes: { content: string }[] } };
      };
      return { names: cdx.components.map((c) => c.name).sort(), digest: cdx.metadata.component.hashes[0]?.content, o };
    };
    const all = await run('', 'out-all');
    expect(all.names).toEqual(['example.com/fixture-go', 'fixture-only-dep', 'runtime-dep', 'tooling-only-dep']);
    const shipped = await run('**/test/**\n./tools/**\n./out-all/**', 'out-shipped');
    expect(shipped.names).toEqual(['runtime-dep']);
    expect(shipped.digest).not.toBe(all.digest);
    // The same as a tree that never had those files.
    const bare = mkdtempSync(join(tmpdir(), 'sbom-bare-'));
    try {
      writeFileSync(join(bare, 'package.json'), files['package.json'] as string);
      writeFileSync(join(bare, 'package-lock.json'), files['package-lock.json'] as string);
      const o = await runSbom(parseSbomInputs(raw({ 'output-dir': 'o' })), {
        cwd: bare,
        env: { PATH: process.env.PATH, SOURCE_DATE_EPOCH: '1767225600' },
        logger: memoryLogger(),
        github: undefined,
      });
      expect(o.outputs['document-digests']).toBe(shipped.o.outputs['document-digests']);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
