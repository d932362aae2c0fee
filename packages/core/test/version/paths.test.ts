/**
 * What a `paths` item selects, on a real repository: the files at it and everything beneath it,
 * wildcards or not (`*`, `?` within one path segment, `**` across segments), the same for an item
 * left out with `:!`/`:^`. The independent audit found `services/*\/src` selecting nothing beneath
 * services/<x>/src/, so a feat there gave the previous version.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { gatherCommits } from '../../src/version/commit-facts.js';
import { calculateVersion } from '../../src/version/calculate.js';
import { parseSemverCalculateInputs } from '../../src/version/options.js';
import { createRepo, type TestRepo } from '../../../../test/harness/git-repo.js';
import { environment, options } from './helpers.js';

/** One commit per file, `fix: <file>`, so the commits counted name the files selected. */
const FILES = [
  'README.md',
  'top.txt',
  'services.md',
  'docs/guide.md',
  'docs/guide.md.orig',
  'docs/guide.txt',
  'tools/build.sh',
  'services/a/src/x',
  'services/b/src/y',
  'services/b/src/deep/z',
  'services/b/srcs/w',
  'services/b/README.md',
] as const;

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo('paths-');
  for (const file of FILES) repo.commit(`fix: ${file}`, { [file]: file });
});

/** The files whose commits count for `paths` as the input gives it (one per line). */
async function selected(paths: string): Promise<string[]> {
  const parsed = parseSemverCalculateInputs((name) => (name === 'paths' ? paths : '')).paths;
  const { env } = environment(repo.dir);
  const facts = await gatherCommits(env.cwd, undefined, repo.head(), options({ paths: parsed }));
  return facts.kept.map((c) => c.subject.replace(/^fix: /, '')).sort();
}

const under = (dir: string) => FILES.filter((f) => f.startsWith(dir)).sort();

describe('a paths item selects the files at it and everything beneath it', () => {
  it.each([
    // dir/*/dir: what the audit found selecting nothing.
    ['services/*/src', ['services/a/src/x', 'services/b/src/deep/z', 'services/b/src/y']],
    ['services/*/src/', ['services/a/src/x', 'services/b/src/deep/z', 'services/b/src/y']],
    ['services/?/src', ['services/a/src/x', 'services/b/src/deep/z', 'services/b/src/y']],
    ['services/**/src', ['services/a/src/x', 'services/b/src/deep/z', 'services/b/src/y']],
    // dir/* and dir/**: everything under dir.
    ['services/*', under('services/')],
    ['services/**', under('services/')],
    // *.md: a glob without a `/` matches at any depth (as in .gitignore, and as before); **/*.md too.
    ['*.md', ['README.md', 'docs/guide.md', 'services.md', 'services/b/README.md']],
    ['services*', ['services.md', ...under('services/')]],
    ['docs/*.md', ['docs/guide.md']],
    ['**/*.md', ['README.md', 'docs/guide.md', 'services.md', 'services/b/README.md']],
    // A plain directory, a file.
    ['services/b/src', ['services/b/src/deep/z', 'services/b/src/y']],
    ['services/b/README.md', ['services/b/README.md']],
    ['docs/guide.md', ['docs/guide.md']],
    ['docs\ntools/build.sh', ['docs/guide.md', 'docs/guide.md.orig', 'docs/guide.txt', 'tools/build.sh']],
    // An item left out selects the same files, left out.
    ['services\n:!services/*/src', ['services/b/README.md', 'services/b/srcs/w']],
    ['services\n:^services/*/src/', ['services/b/README.md', 'services/b/srcs/w']],
    [':!services/**', [...under('docs/'), 'README.md', 'services.md', 'tools/build.sh', 'top.txt'].sort()],
    [':!*.md', FILES.filter((f) => !f.endsWith('.md')).sort()],
    [':!services\n:!docs', ['README.md', 'services.md', 'tools/build.sh', 'top.txt']],
  ])('%j', async (paths, files) => {
    expect(await selected(paths)).toEqual(files);
  });

  describe('whatever git settings the environment holds', () => {
    const saved = { ...process.env };
    afterEach(() => {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    });

    it.each(['GIT_LITERAL_PATHSPECS', 'GIT_NOGLOB_PATHSPECS', 'GIT_GLOB_PATHSPECS', 'GIT_ICASE_PATHSPECS'])(
      '%s=1 changes nothing',
      async (name) => {
        process.env[name] = '1';
        expect(await selected('services/*/src')).toEqual([
          'services/a/src/x',
          'services/b/src/deep/z',
          'services/b/src/y',
        ]);
        expect(await selected('readme.md')).toEqual([]);
        expect(await selected('docs/*.md')).toEqual(['docs/guide.md']);
      },
    );
  });

  it('a feat under services/<x>/src with paths services/*/src is the minor release it asks for', async () => {
    const service = createRepo('paths-');
    service.commit('feat: a', { 'services/a/src/x': '1' });
    service.tag('v1.0.0');
    service.commit('feat: add y to service b', { 'services/b/src/y': '2' });
    const { env } = environment(service.dir);
    const result = await calculateVersion(options({ paths: ['services/*/src'] }), env);
    expect(result).toMatchObject({ version: '1.1.0', bumpSource: 'conventional-commits', commitsSince: 1 });
  });
});
