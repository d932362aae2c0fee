/**
 * The shapes real Conventional-Commit histories take, each in a real git repository: git's own
 * revert format, footers under any header, notes whose text starts on the next line, whitespace
 * after the colon, release-please's Release-As and nested commits, the one reader of version tags,
 * and a prefix that matches nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactsError } from '../../src/errors.js';
import { memoryLogger } from '../../src/log.js';
import { runBuildTag, parseBuildTagInputs } from '../../src/version/build-tag.js';
import { calculateVersion } from '../../src/version/calculate.js';
import { listVersionTags } from '../../src/version/version-tags.js';
import { createRepo, type TestRepo } from '../../../../test/harness/git-repo.js';
import { environment, options } from './helpers.js';

/** A repository released at v1.2.3 (files touched, so `git revert` has something to undo). */
function released(): TestRepo {
  const repo = createRepo('histories-');
  repo.commit('chore: initial', { 'README.md': '# widgets\n' });
  repo.tag('v1.2.3');
  return repo;
}

let counter = 0;
/** A commit that changes a file, so it can be reverted. */
function change(repo: TestRepo, message: string): string {
  counter++;
  return repo.commit(message, { [`src/file-${counter}.txt`]: `${counter}\n` });
}

async function calc(repo: TestRepo, overrides = {}) {
  const { env, logger } = environment(repo.dir);
  const result = await calculateVersion(options(overrides), env);
  return { result, logger, warnings: logger.lines.filter((l) => l.level === 'warning').map((l) => l.message) };
}

describe("git's own revert format", () => {
  it('a `git revert` of a feature is a patch, explained and listed as a revert', async () => {
    const repo = released();
    const feat = change(repo, 'feat(api): add search');
    repo.tag('v1.3.0');
    repo.git('revert', '--no-edit', feat);
    expect(repo.git('log', '-1', '--format=%s')).toBe('Revert "feat(api): add search"');
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '1.3.1', bump: 'patch', bumpSource: 'conventional-commits' });
    expect(result.reasons[0]).toContain(`Revert "feat(api): add search" (revert of ${feat.slice(0, 7)})`);
    expect(result.changelog).toMatch(/### Reverts\n\n- feat\(api\): add search \([0-9a-f]{7}\)/);
  });

  it('reverting a breaking change is a patch too, not a major', async () => {
    const repo = released();
    const breaking = change(repo, 'feat!: drop the v1 API');
    repo.tag('v2.0.0');
    repo.git('revert', '--no-edit', breaking);
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '2.0.1', bump: 'patch' });
  });

  it('the revert of a revert is a revert', async () => {
    const repo = released();
    const fix = change(repo, 'fix: a');
    repo.tag('v1.2.4');
    repo.git('revert', '--no-edit', fix);
    repo.tag('v1.2.5');
    repo.git('revert', '--no-edit', 'HEAD');
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '1.2.6', bump: 'patch' });
  });
});

describe('footers whatever the header', () => {
  const cases: [string, string, string][] = [
    [
      'a squash merge titled by version',
      'v9 (#639)\n\n* update the engine\n\n* drop old config\n\nBREAKING CHANGE: Node 18 is no longer supported.\n\nBREAKING CHANGE: the `legacy` option is removed.',
      '2.0.0',
    ],
    ['a plain header with BREAKING-CHANGE', 'Update the API\n\nBREAKING-CHANGE: /v1 is gone', '2.0.0'],
    [
      'a note whose text is on the next line',
      'feat: new config\n\nBREAKING CHANGE:\nThe config moved to app.yml.',
      '2.0.0',
    ],
    ['a note on the next line under chore', 'chore(deps): bump engine\n\nBREAKING-CHANGE:\nNeeds engine 9.', '2.0.0'],
    ['a bang without the space', 'feat(api)!:remove v1', '2.0.0'],
    ['two spaces after the colon', 'feat:  add search', '1.3.0'],
    ['a tab after the colon', 'fix(io):\tclose files', '1.2.4'],
  ];
  it.each(cases)('%s', async (_name, message, version) => {
    const repo = released();
    change(repo, 'docs: readme');
    change(repo, message);
    const { result } = await calc(repo);
    expect(result.version).toBe(version);
    expect(result.bumpSource).toBe('conventional-commits');
  });

  it('explains a breaking change under a header that does not parse, and keeps every note in the changelog', async () => {
    const repo = released();
    const sha = change(
      repo,
      'v9 (#639)\n\nBREAKING CHANGE: Node 18 is no longer supported.\n\nBREAKING CHANGE:\nThe `legacy` option is removed;\nuse `modern`.',
    );
    const { result } = await calc(repo);
    expect(result.reasons[0]).toBe(
      `${sha.slice(0, 7)} v9 (#639) (breaking change; the header is not a Conventional Commit)`,
    );
    expect(result.changelog).toContain(
      '### Breaking changes\n\n- v9 (#639) (' +
        sha.slice(0, 7) +
        ')\n\n  Node 18 is no longer supported.\n\n  The \\`legacy\\` option is removed;\n  use \\`modern\\`.',
    );
  });

  it('reports commits whose header does not parse, instead of dropping them silently', async () => {
    const repo = released();
    const a = change(repo, 'Update README');
    change(repo, 'feat:missing space');
    const { result, logger } = await calc(repo);
    expect(result).toMatchObject({ version: '1.2.3', bump: 'none', bumpSource: 'no-releasable-commits' });
    const line = result.reasons.find((r) => r.includes('not a Conventional Commit'));
    expect(line).toContain('2 commit(s)');
    expect(line).toContain(`${a.slice(0, 7)} Update README`);
    expect(line).toContain('feat:missing space');
    expect(logger.lines.some((l) => l.level === 'info' && l.message === line)).toBe(true);
    expect(result.changelog).toContain('### Other changes');
  });

  it('a merge commit that carries no breaking change stays out of the changelog', async () => {
    const repo = released();
    repo.checkout('feature', true);
    change(repo, 'feat: x');
    repo.checkout('main');
    repo.merge('feature', 'Merge pull request #4 from acme/feature\n\nfeat: x');
    const { result } = await calc(repo);
    expect(result.version).toBe('1.3.0');
    expect(result.changelog).not.toContain('Merge pull request');
  });
});

describe("release-please's conventions", () => {
  it('Release-As sets the next version and says so', async () => {
    const repo = released();
    change(repo, 'feat: a');
    const sha = change(repo, 'chore: release 3.0.0\n\nRelease-As: 3.0.0');
    change(repo, 'fix: b');
    const { result } = await calc(repo);
    expect(result).toMatchObject({
      version: '3.0.0',
      releaseVersion: '3.0.0',
      bump: 'major',
      bumpSource: 'release-as',
    });
    expect(result.reasons[0]).toBe(`${sha.slice(0, 7)} chore: release 3.0.0 (Release-As: 3.0.0)`);
  });

  it('the newest Release-As wins; one at or below the previous release is ignored with a warning', async () => {
    const repo = released();
    change(repo, 'chore: x\n\nRelease-As: 5.0.0');
    change(repo, 'chore: y\n\nRelease-As: 1.3.0');
    expect((await calc(repo)).result).toMatchObject({ version: '1.3.0', bump: 'minor', bumpSource: 'release-as' });
    change(repo, 'fix: z\n\nRelease-As: 1.0.0');
    const low = await calc(repo);
    expect(low.result).toMatchObject({ version: '1.2.4', bumpSource: 'conventional-commits' });
    expect(low.warnings.join('\n')).toContain("Ignoring 'Release-As: 1.0.0'");
    expect(low.warnings.join('\n')).toContain('not above the previous release v1.2.3');
  });

  it('an unusable Release-As is ignored with a warning, never a failure', async () => {
    const repo = released();
    change(repo, 'feat: x\n\nRelease-As: 2.0');
    const { result, warnings } = await calc(repo);
    expect(result.version).toBe('1.3.0');
    expect(warnings.join('\n')).toContain("Ignoring 'Release-As: 2.0'");
  });

  it('Release-As on the first release replaces the initial version', async () => {
    const repo = createRepo('histories-');
    change(repo, 'chore: bootstrap\n\nRelease-As: 1.0.0');
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '1.0.0', bumpSource: 'release-as' });
  });

  it('nested commits are commits of their own', async () => {
    const repo = released();
    const sha = change(
      repo,
      [
        'chore: sync from upstream',
        '',
        'BEGIN_NESTED_COMMIT',
        'fix(utils): unicode no longer throws',
        'BREAKING-CHANGE: encode no longer throws.',
        'END_NESTED_COMMIT',
        'BEGIN_NESTED_COMMIT',
        'feat(utils): encode supports unicode',
        'END_NESTED_COMMIT',
      ].join('\n'),
    );
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '2.0.0', bump: 'major', commitsSince: 1 });
    expect(result.reasons).toEqual([
      `${sha.slice(0, 7)} fix(utils): unicode no longer throws (breaking change, nested commit)`,
    ]);
    expect(result.changelog).toContain('- **utils:** encode supports unicode');
    expect(result.changelog).toContain('  encode no longer throws.');
  });
});

/**
 * build-tag outside GitHub, computing its own version, on `repo`, with HEAD tagged as the release
 * `release` when given (floating tags such as latest are only given to the release itself).
 */
async function buildTagNames(repo: TestRepo, prefix: string, release?: string) {
  if (release !== undefined) repo.tag(`${prefix}${release}`);
  const logger = memoryLogger();
  const temp = mkdtempSync(join(tmpdir(), 'histories-bt-'));
  const raw: Record<string, string> = {
    template: '{{version}}',
    'annotation-levels': 'manifest',
    'sha-length': '7',
    'push-git-tag': 'false',
    'annotated-tag': 'false',
    'tag-prefix': prefix,
    'move-major-tag': 'false',
    latest: 'auto',
    'export-env': 'false',
  };
  const outcome = await runBuildTag(
    parseBuildTagInputs((name) => raw[name] ?? ''),
    {
      cwd: repo.dir,
      env: { RUNNER_TEMP: temp },
      logger,
      github: undefined,
    },
  );
  return { names: (outcome.outputs['tag-names'] ?? '').split('\n'), logger };
}

describe('one reader of version tags', () => {
  // [tags in the repository, prefix, the tag that is the previous release by the rule]
  const cases: [string[], string, string | undefined][] = [
    [['1.2.3'], 'v', undefined],
    [['v1.2.3'], '', undefined],
    [['1.2.3'], '', '1.2.3'],
    [['app-web-v1.2.3', 'app-v1.0.0'], 'app-v', 'app-v1.0.0'],
    [['vnext-1.2.3', 'v01.2.3', 'v1.2', 'v1.0.0'], 'v', 'v1.0.0'],
    [['v9007199254740992.0.0', 'v1.0.0'], 'v', 'v1.0.0'],
  ];
  it.each(cases)('%j with prefix %j', async (tags, prefix, previous) => {
    const repo = createRepo('histories-');
    change(repo, 'chore: initial');
    for (const t of tags) repo.tag(t);
    change(repo, 'feat: x');
    const { result } = await calc(repo, { tagPrefix: prefix });
    expect(result.previousTag).toBe(previous);
    const logger = memoryLogger();
    const listed = await listVersionTags(repo.dir, prefix, logger);
    expect(listed.tags.map((t) => t.tag)).toEqual(previous === undefined ? [] : [previous]);
    // build-tag, in the same repository, computes the same version and sees no higher one tagged.
    const built = await buildTagNames(repo, prefix, result.version);
    expect(built.names).toContain(result.version);
    expect(built.names).toContain('latest');
  });

  it('a prefix that matches nothing warns, naming the tags that are versions under other prefixes', async () => {
    const repo = createRepo('histories-');
    change(repo, 'chore: initial');
    repo.tag('api-v1.0.0');
    repo.tag('web-v2.3.0');
    repo.tag('nightly');
    change(repo, 'feat: x');
    const { result, warnings } = await calc(repo, { tagPrefix: 'v' });
    expect(result.version).toBe('0.1.0');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('api-v1.0.0, web-v2.3.0');
    expect(warnings[0]).toContain("'api-v', 'web-v'");
    expect(warnings[0]).not.toContain('nightly');
    expect(warnings[0]).toContain('tag-prefix');
    // The right prefix: no warning.
    expect((await calc(repo, { tagPrefix: 'api-v' })).warnings).toEqual([]);
    // A repository without any tag: nothing to warn about.
    const fresh = createRepo('histories-');
    change(fresh, 'feat: x');
    expect((await calc(fresh)).warnings).toEqual([]);
  });

  it('a bare 1.2.3 under prefix v is named in the warning of both actions', async () => {
    const repo = createRepo('histories-');
    change(repo, 'chore: initial');
    repo.tag('1.2.3');
    change(repo, 'feat: x');
    const { result, warnings } = await calc(repo);
    expect(result.version).toBe('0.1.0');
    expect(warnings[0]).toContain('1.2.3');
    const untagged = await buildTagNames(repo, 'v');
    expect(untagged.names).toEqual(['0.1.0']);
    expect(untagged.logger.lines.some((l) => l.level === 'warning' && l.message.includes('1.2.3'))).toBe(true);
    // Before, build-tag read 1.2.3 as a release here and refused latest: "a higher stable version is tagged".
    const released = await buildTagNames(repo, 'v', result.version);
    expect(released.names).toEqual(['0.1.0', '0.1', 'latest']);
  });
});

describe('numbers past 2^53 - 1', () => {
  it('a bump past the largest version number is said plainly', async () => {
    const repo = createRepo('histories-');
    change(repo, 'chore: initial');
    repo.tag('v9007199254740991.0.0');
    change(repo, 'feat!: x');
    let caught: unknown;
    try {
      await calc(repo);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArtefactsError);
    expect((caught as ArtefactsError).code).toBe('UNSUPPORTED');
    expect((caught as ArtefactsError).message).toContain('v9007199254740991.0.0');
  });
});
