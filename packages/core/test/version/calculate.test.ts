import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactsError } from '../../src/errors.js';
import { calculateVersion } from '../../src/version/calculate.js';
import { runSemverCalculate } from '../../src/version/semver-calculate.js';
import { createRepo, gitEnv, openRepo, shallowClone, type TestRepo } from '../../../../test/harness/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from '../../../../test/harness/fake-github.js';
import { environment, options, prContext, pushContext } from './helpers.js';

/** A repository released at v1.2.3, plus the given commits. */
function released(...messages: string[]): TestRepo {
  const repo = createRepo();
  repo.commit('chore: initial');
  repo.tag('v1.2.3');
  for (const m of messages) repo.commit(m);
  return repo;
}

async function calc(repo: TestRepo, overrides = {}, github?: Parameters<typeof environment>[1]) {
  const { env, logger } = environment(repo.dir, github);
  const result = await calculateVersion(options(overrides), env);
  return { result, logger };
}

describe('no tags', () => {
  it('starts at the initial version', async () => {
    const repo = createRepo();
    repo.commit('feat: first');
    repo.commit('Update readme');
    const { result } = await calc(repo);
    expect(result.version).toBe('0.1.0');
    expect(result.previousVersion).toBeUndefined();
    expect(result.previousTag).toBeUndefined();
    expect(result.bumpSource).toBe('initial-version');
    expect(result.commitsSince).toBe(2);
    const custom = await calc(repo, { initialVersion: '1.0.0' });
    expect(custom.result.version).toBe('1.0.0');
  });
});

describe('Conventional Commits on a real repository', () => {
  const cases: [string, string[], string, string][] = [
    ['feat', ['fix: a', 'feat: b', 'docs: c'], '1.3.0', 'minor'],
    ['fix', ['fix: a', 'chore: c'], '1.2.4', 'patch'],
    ['perf', ['perf: faster'], '1.2.4', 'patch'],
    ['revert', ['revert: feat b'], '1.2.4', 'patch'],
    ['feat!', ['fix: a', 'feat!: drop Node 18'], '2.0.0', 'major'],
    ['feat(scope)!', ['feat(api)!: remove v1'], '2.0.0', 'major'],
    ['BREAKING CHANGE footer', ['fix: rename\n\nBody.\n\nBREAKING CHANGE: renamed'], '2.0.0', 'major'],
    ['BREAKING-CHANGE footer', ['refactor: config\n\nBREAKING-CHANGE: moved'], '2.0.0', 'major'],
    ['chores only', ['chore: deps', 'ci: pipeline', 'Update README'], '1.2.3', 'none'],
  ];
  it.each(cases)('%s', async (_name, messages, version, bump) => {
    const { result } = await calc(released(...messages));
    expect(result.version).toBe(version);
    expect(result.bump).toBe(bump);
    expect(result.previousVersion).toBe('1.2.3');
    expect(result.previousTag).toBe('v1.2.3');
    expect(result.commitsSince).toBe(messages.length);
    expect(result.bumpSource).toBe(bump === 'none' ? 'no-releasable-commits' : 'conventional-commits');
  });

  it('explains the bump with the commits that caused it and groups the changelog', async () => {
    const repo = released('fix(core): a', 'feat(cli)!: new flags\n\nBREAKING CHANGE: flags renamed', 'docs: x');
    const { result } = await calc(repo);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toContain('feat(cli)!: new flags');
    expect(result.reasons[0]).toContain('breaking change');
    expect(result.changelog).toMatch(/### Breaking changes\n\n- \*\*cli:\*\* new flags \([0-9a-f]{7}\)/);
    expect(result.changelog).toMatch(/### Bug fixes\n\n- \*\*core:\*\* a/);
    expect(result.changelog).toMatch(/### docs\n\n- x/);
  });

  it('no commits since the tag: bump none and the previous version', async () => {
    const repo = released();
    repo.commit('feat: later');
    repo.tag('v1.3.0');
    repo.checkout('v1.2.3');
    const { result } = await calc(repo);
    expect(result.isTagged).toBe(true);
    const fresh = released();
    fresh.commit('chore: x');
    fresh.tag('v1.2.4', { ref: 'HEAD~1' });
    const { result: none } = await calc(fresh, { tagPrefix: 'v' });
    expect(none.version).toBe('1.2.4');
  });

  it('uses the configured type mapping', async () => {
    const { result } = await calc(released('docs: guide'), {
      commitTypes: { major: [], minor: ['docs'], patch: [] },
    });
    expect(result.version).toBe('1.3.0');
  });
});

describe('without Conventional Commits', () => {
  it('bumps patch by default, patterns raise it, default-bump overrides', async () => {
    const repo = released('Update the widget', 'Tweak docs');
    expect((await calc(repo, { conventionalCommits: false })).result).toMatchObject({
      version: '1.2.4',
      bumpSource: 'default-bump',
    });
    repo.commit('[minor] new widget');
    const minorPattern = /^\[minor\]/u;
    const majorPattern = /^\[major\]/u;
    expect((await calc(repo, { conventionalCommits: false, minorPattern, majorPattern })).result).toMatchObject({
      version: '1.3.0',
      bumpSource: 'patterns',
    });
    repo.commit('[major] redo everything');
    expect((await calc(repo, { conventionalCommits: false, minorPattern, majorPattern })).result.version).toBe('2.0.0');
    const plain = released('Update the widget');
    expect((await calc(plain, { conventionalCommits: false, defaultBump: 'none' })).result).toMatchObject({
      version: '1.2.3',
      bumpSource: 'no-releasable-commits',
    });
    expect((await calc(plain, { conventionalCommits: false, defaultBump: 'minor' })).result.version).toBe('1.3.0');
  });

  it('patterns apply to non-conventional commits while Conventional Commits are on', async () => {
    const repo = released('chore: deps', 'Big rewrite [major]');
    const { result } = await calc(repo, { majorPattern: /\[major\]/u });
    expect(result).toMatchObject({ version: '2.0.0', bumpSource: 'patterns' });
  });
});

describe('tag prefixes', () => {
  it('matches the prefix literally and at a boundary (monorepo collisions)', async () => {
    const repo = createRepo();
    repo.commit('chore: init');
    repo.tag('app-v1.0.0');
    repo.commit('feat: web');
    repo.tag('app-web-v3.0.0');
    repo.tag('app-v-legacy-9.0.0');
    repo.commit('fix: app');
    const app = await calc(repo, { tagPrefix: 'app-v' });
    expect(app.result).toMatchObject({ previousTag: 'app-v1.0.0', version: '1.1.0', versionTag: 'app-v1.1.0' });
    const web = await calc(repo, { tagPrefix: 'app-web-v' });
    expect(web.result).toMatchObject({ previousTag: 'app-web-v3.0.0', version: '3.0.1' });
  });

  it('v accepts v1.2.3 and the empty prefix accepts 1.2.3 only', async () => {
    const repo = createRepo();
    repo.commit('chore: init');
    repo.tag('v1.0.0');
    repo.tag('2.0.0');
    repo.commit('fix: x');
    expect((await calc(repo, { tagPrefix: 'v' })).result.version).toBe('1.0.1');
    expect((await calc(repo, { tagPrefix: '' })).result).toMatchObject({ version: '2.0.1', versionTag: '2.0.1' });
  });

  it('ignores tags that are not versions, with a debug line', async () => {
    const repo = released('fix: x');
    for (const t of ['latest', 'v1.9', 'vnext', 'v1.2.3.4', 'v01.0.0', 'v2.0.0-', 'version-5']) repo.tag(t);
    const { result, logger } = await calc(repo);
    expect(result.version).toBe('1.2.4');
    const debug = logger.lines.filter((l) => l.level === 'debug').map((l) => l.message);
    expect(debug.some((m) => m.includes("'v1.9'"))).toBe(true);
    expect(debug.some((m) => m.includes("'vnext'"))).toBe(true);
  });
});

describe('monorepo paths', () => {
  it('counts only commits touching the paths', async () => {
    const repo = createRepo();
    repo.commit('chore: init', { 'packages/a/x': '0', 'packages/b/x': '0' });
    repo.tag('a-v1.0.0');
    repo.tag('b-v1.0.0');
    repo.commit('fix(a): a', { 'packages/a/x': '1' });
    repo.commit('feat(b): b', { 'packages/b/x': '1' });
    repo.commit('feat(b)!: b again', { 'packages/b/x': '2' });
    const a = await calc(repo, { tagPrefix: 'a-v', paths: ['packages/a'] });
    expect(a.result).toMatchObject({ version: '1.0.1', commitsSince: 1, versionTag: 'a-v1.0.1' });
    const b = await calc(repo, { tagPrefix: 'b-v', paths: ['packages/b'] });
    expect(b.result).toMatchObject({ version: '2.0.0', commitsSince: 2 });
    const none = await calc(repo, { tagPrefix: 'a-v', paths: ['packages/c'] });
    expect(none.result).toMatchObject({ version: '1.0.0', bump: 'none', bumpSource: 'no-commits' });
    const notA = await calc(repo, { tagPrefix: 'b-v', paths: [':!packages/a'] });
    expect(notA.result).toMatchObject({ version: '2.0.0', commitsSince: 2 });
  });

  it('names paths when git refuses one of them (a path outside the repository)', async () => {
    const repo = createRepo();
    repo.commit('chore: init', { 'packages/a/x': '0' });
    repo.tag('v1.0.0');
    repo.commit('fix: a', { 'packages/a/x': '1' });
    const error = await calc(repo, { paths: ['packages/a', '../elsewhere'] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArtefactsError);
    expect((error as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((error as ArtefactsError).message).toMatch(
      /^Input 'paths': got "packages\/a, \.\.\/elsewhere"; expected paths/,
    );
    expect((error as ArtefactsError).hint).toMatch(/outside repository/);
  });
});

describe('the 0.x rule', () => {
  it('a breaking change in 0.y.z bumps minor unless configured', async () => {
    const repo = createRepo();
    repo.commit('chore: init');
    repo.tag('v0.3.1');
    repo.commit('feat!: rework');
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '0.4.0', bump: 'minor' });
    expect(result.reasons.join('\n')).toContain('0.x rule');
    expect((await calc(repo, { zeroMajorBreaking: 'major' })).result).toMatchObject({
      version: '1.0.0',
      bump: 'major',
    });
    // An explicit increment is the deliberate way out of 0.x; a major label is still a breaking change.
    expect((await calc(repo, { increment: 'major' })).result).toMatchObject({ version: '1.0.0', bump: 'major' });
    expect((await calc(repo, { increment: 'minor' })).result.version).toBe('0.4.0');
  });
});

describe('previous version: merged into HEAD or highest in the repository', () => {
  it('ignores tags on unmerged branches unless previous-from is all', async () => {
    const repo = released();
    repo.checkout('other', true);
    repo.commit('feat: elsewhere');
    repo.tag('v9.0.0');
    repo.checkout('main');
    repo.commit('fix: here');
    expect((await calc(repo)).result).toMatchObject({ previousVersion: '1.2.3', version: '1.2.4' });
    expect((await calc(repo, { previousFrom: 'all' })).result).toMatchObject({ previousVersion: '9.0.0' });
  });
});

describe('HEAD already tagged', () => {
  it('outputs that version as-is', async () => {
    const repo = released('feat: x');
    repo.tag('v1.3.0', { annotated: true });
    const { result } = await calc(repo);
    expect(result).toMatchObject({
      version: '1.3.0',
      versionTag: 'v1.3.0',
      isTagged: true,
      bump: 'none',
      bumpSource: 'tag',
      previousVersion: '1.2.3',
      commitsSince: 1,
    });
  });

  it('on a tag push, the pushed tag wins', async () => {
    const repo = released('feat: x');
    repo.tag('v1.3.0-rc.1');
    const sha = repo.head();
    const { result } = await calc(repo, {}, pushContext(sha, 'refs/tags/v1.3.0-rc.1'));
    expect(result).toMatchObject({ version: '1.3.0-rc.1', isTagged: true, isPrerelease: true, prerelease: 'rc.1' });
  });
});

describe('increment and labels outrank commits', () => {
  it('explicit increment wins over everything', async () => {
    const repo = released('feat!: big');
    const { result } = await calc(repo, { increment: 'patch' });
    expect(result).toMatchObject({ version: '1.2.4', bumpSource: 'increment' });
  });

  function pr(repo: TestRepo, labels: string[]) {
    const baseSha = repo.head();
    repo.checkout('feature', true);
    repo.commit('feat: a feature');
    const headSha = repo.head();
    repo.checkout('main');
    repo.git('checkout', '-q', '--detach');
    const mergeSha = repo.merge('feature', 'Merge abc into def');
    return prContext({ number: 42, headSha, baseSha, mergeSha, labels });
  }

  it('PR labels beat commits; skip releases nothing; increment beats labels', async () => {
    const repo = released();
    const context = pr(repo, ['patch', 'documentation']);
    expect((await calc(repo, { prChannel: undefined }, context)).result).toMatchObject({
      version: '1.2.4',
      bump: 'patch',
      bumpSource: 'labels',
    });
    const majorRepo = released();
    const major = pr(majorRepo, ['Major']);
    expect((await calc(majorRepo, { prChannel: undefined }, major)).result).toMatchObject({
      version: '2.0.0',
      bumpSource: 'labels',
    });
    const skipRepo = released();
    const skip = pr(skipRepo, ['minor', 'skip-release']);
    expect((await calc(skipRepo, {}, skip)).result).toMatchObject({
      version: '1.2.3',
      bump: 'none',
      bumpSource: 'skip-label',
      isPrerelease: false,
    });
    expect((await calc(skipRepo, { increment: 'major' }, skip)).result).toMatchObject({ bumpSource: 'increment' });
    const unlabelled = released();
    const none = pr(unlabelled, ['documentation']);
    expect((await calc(unlabelled, { prChannel: undefined }, none)).result).toMatchObject({
      version: '1.3.0',
      bumpSource: 'conventional-commits',
    });
  });
});

describe('pull requests', () => {
  it('versions the PR head, not the merge commit: 1.3.0-pr.42.<commits since base>', async () => {
    const repo = released();
    const baseFork = repo.head();
    repo.checkout('feature', true);
    repo.commit('fix: one');
    repo.commit('feat: two');
    repo.commit('docs: three');
    const headSha = repo.head();
    repo.checkout('main');
    repo.commit('feat!: on main after the PR branched');
    const baseSha = repo.head();
    repo.git('checkout', '-q', '--detach');
    const mergeSha = repo.merge('feature');
    expect(baseFork).not.toBe(baseSha);
    const context = prContext({ number: 42, headSha, baseSha, mergeSha });
    const { result } = await calc(repo, {}, context);
    expect(result).toMatchObject({
      sha: headSha,
      releaseVersion: '1.3.0',
      version: '1.3.0-pr.42.3',
      prerelease: 'pr.42.3',
      isPrerelease: true,
      pullRequest: 42,
    });
    // Deterministic: the same inputs give the same version.
    expect((await calc(repo, {}, context)).result.version).toBe('1.3.0-pr.42.3');
    expect((await calc(repo, { prChannel: undefined }, context)).result.version).toBe('1.3.0');
  });
});

describe('merge commits pushed to main: labels of the PR from the API', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub({ maxRequests: 50, lifetimeMs: 60_000 });
  });
  afterAll(async () => github.close());

  it('finds the PR behind the merge commit and uses its labels', async () => {
    const repo = released();
    repo.checkout('feature', true);
    repo.commit('fix: small');
    const headSha = repo.head();
    repo.checkout('main');
    const mergeSha = repo.merge('feature', 'Merge pull request #7 from acme/feature');
    github.state.pulls.push({ number: 7, labels: ['minor'], headSha, mergeCommitSha: mergeSha });
    github.state.pulls.push({ number: 8, labels: ['major'], headSha: mergeSha });
    const { result } = await calc(repo, { token: github.token }, pushContext(mergeSha, 'refs/heads/main', github.url));
    expect(result).toMatchObject({ version: '1.3.0', bumpSource: 'labels', labels: ['minor'] });
    const call = github.calls.find((c) => c.path === `/repos/acme/widgets/commits/${mergeSha}/pulls`);
    expect(call?.authorization).toBe(`Bearer ${github.token}`);
    expect(result.assumptions.join('\n')).toContain('pull request #7');
  });

  it('pull_request_target on a fork comments (its token can), pull_request on a fork does not', async () => {
    const repo = released();
    const baseSha = repo.head();
    repo.checkout('feature', true);
    repo.commit('feat: from a fork');
    const headSha = repo.head();
    repo.checkout('main');
    const context = prContext({ number: 90, headSha, baseSha, mergeSha: headSha, fork: true, apiUrl: github.url });
    const inputs = { ...options({ token: github.token }), comment: true };
    const onFork = environment(repo.dir, context);
    const plain = await runSemverCalculate(inputs, onFork.env);
    expect(plain.outputs.version).toBe('1.3.0-pr.90.1');
    expect(github.state.comments.get(90)).toBeUndefined();
    expect(onFork.logger.lines.some((l) => l.level === 'notice' && l.message.includes('Fork'))).toBe(true);
    const target = environment(repo.dir, { ...context, eventName: 'pull_request_target' });
    await runSemverCalculate(inputs, target.env);
    expect(github.state.comments.get(90)).toHaveLength(1);
    expect(github.state.comments.get(90)?.[0]?.body).toMatch(/^<!-- immutable-artefacts:semver-calculate -->\n/);
  });

  it('a direct push (no PR) falls back to the commits', async () => {
    const repo = released('fix: direct');
    const { result } = await calc(
      repo,
      { token: github.token },
      pushContext(repo.head(), 'refs/heads/main', github.url),
    );
    expect(result).toMatchObject({ version: '1.2.4', bumpSource: 'conventional-commits' });
  });

  it('an unreachable API is a warning, not a silent success or a crash', async () => {
    const repo = released('fix: direct');
    const { result, logger } = await calc(
      repo,
      { token: 'x' },
      pushContext(repo.head(), 'refs/heads/main', 'http://127.0.0.1:9'),
    );
    expect(result.version).toBe('1.2.4');
    expect(logger.lines.some((l) => l.level === 'warning' && l.message.includes('pull request'))).toBe(true);
  }, 30_000);
});

describe('prerelease channels', () => {
  const rc = [{ glob: 'release/*', pattern: /^release\/[^/]*$/u, channel: 'rc' }];

  it('counts per channel, then graduates to the stable version', async () => {
    const repo = released();
    repo.checkout('release/2.0', true);
    repo.commit('feat!: new major');
    expect((await calc(repo, { branchChannels: rc })).result).toMatchObject({
      version: '2.0.0-rc.1',
      releaseVersion: '2.0.0',
      prerelease: 'rc.1',
      isPrerelease: true,
      previousVersion: '1.2.3',
    });
    repo.tag('v2.0.0-rc.1');
    repo.commit('fix: a');
    repo.tag('v2.0.0-rc.2');
    repo.tag('v2.0.0-beta.9');
    repo.commit('fix: b');
    repo.tag('v2.0.0-rc.3');
    repo.commit('fix: c');
    const { result } = await calc(repo, { branchChannels: rc });
    expect(result).toMatchObject({ version: '2.0.0-rc.4', previousVersion: '1.2.3', commitsSince: 4 });
    repo.tag('v2.0.0-rc.4');
    // HEAD tagged on the channel: as-is.
    expect((await calc(repo, { branchChannels: rc })).result).toMatchObject({ version: '2.0.0-rc.4', isTagged: true });
    // Graduation on main: prerelease tags never count as the previous stable release.
    repo.checkout('main');
    repo.merge('release/2.0');
    const main = await calc(repo, { branchChannels: rc });
    expect(main.result).toMatchObject({
      version: '2.0.0',
      previousVersion: '1.2.3',
      isPrerelease: false,
      bump: 'major',
    });
  });

  it('a prerelease made for a higher version graduates even when the commits ask for less', async () => {
    const repo = released();
    repo.checkout('release/2.0', true);
    repo.commit('fix: prepare');
    repo.tag('v2.0.0-rc.1');
    repo.checkout('main');
    repo.merge('release/2.0');
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '2.0.0', previousVersion: '1.2.3', bump: 'major' });
    expect(result.reasons.join('\n')).toContain('graduates');
  });

  it('prereleases before any stable release: counters continue, then the first release graduates', async () => {
    const repo = createRepo();
    repo.commit('feat: first');
    repo.tag('v1.0.0-rc.1');
    repo.commit('fix: second');
    expect((await calc(repo, { prerelease: 'rc' })).result).toMatchObject({
      version: '1.0.0-rc.2',
      previousVersion: undefined,
    });
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '1.0.0', isPrerelease: false, previousVersion: undefined });
    expect(result.reasons.join('\n')).toContain('graduates the prerelease v1.0.0-rc.1');
  });

  it('a forced channel and build metadata', async () => {
    const repo = released('feat: x');
    const sha = repo.head();
    const { result } = await calc(repo, { prerelease: 'beta', buildMetadata: true });
    expect(result).toMatchObject({
      version: `1.3.0-beta.1+sha.${sha.slice(0, 7)}`,
      versionTag: `v1.3.0-beta.1+sha.${sha.slice(0, 7)}`,
      build: `sha.${sha.slice(0, 7)}`,
      prerelease: 'beta.1',
    });
  });
});

describe('shallow clones and missing tags', () => {
  function source(): TestRepo {
    const repo = released('feat: a');
    repo.tag('v1.3.0');
    repo.commit('fix: b');
    repo.commit('fix: c');
    return repo;
  }

  it('deepen (default): fetches history and tags from origin, then computes', async () => {
    const clone = shallowClone(source());
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const { result, logger } = await calc(clone);
    expect(result).toMatchObject({ version: '1.3.1', previousVersion: '1.3.0', commitsSince: 2, deepened: true });
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('false');
    expect(logger.lines.some((l) => l.message.includes('shallow'))).toBe(true);
  });

  it('fail: stops with GIT_SHALLOW', async () => {
    const clone = shallowClone(source());
    await expect(calc(clone, { fetchDepthPolicy: 'fail' })).rejects.toMatchObject({ code: 'GIT_SHALLOW' });
  });

  it('a full clone without tags is detected too', async () => {
    const src = source();
    const dir = mkdtempSync(join(tmpdir(), 'notags-'));
    execFileSync('git', ['clone', '-q', '--no-tags', `file://${src.dir}`, dir], { env: gitEnv() });
    const clone = openRepo(dir);
    await expect(calc(clone, { fetchDepthPolicy: 'fail' })).rejects.toBeInstanceOf(ArtefactsError);
    const { result } = await calc(clone);
    expect(result).toMatchObject({ version: '1.3.1', deepened: true });
  });

  it('a repository that has never been released is not mistaken for a shallow one', async () => {
    const src = createRepo();
    src.commit('feat: a');
    const dir = mkdtempSync(join(tmpdir(), 'noreleases-'));
    execFileSync('git', ['clone', '-q', `file://${src.dir}`, dir], { env: gitEnv() });
    const { result } = await calc(openRepo(dir), { fetchDepthPolicy: 'fail' });
    expect(result).toMatchObject({ version: '0.1.0', deepened: false });
  });
});

describe('unusual commit messages', () => {
  it('unicode and a 100 KB message', async () => {
    const long = `feat(ünï): 🚀 très long\n\n${'Lorem ipsum dolor sit amet, ✓ ünïcødé. '.repeat(2600)}\n\nBREAKING CHANGE: всё изменилось`;
    expect(Buffer.byteLength(long)).toBeGreaterThan(100_000);
    const repo = released('fix: 修正', long, 'docs: 文档');
    const { result } = await calc(repo);
    expect(result).toMatchObject({ version: '2.0.0', commitsSince: 3 });
    expect(result.changelog).toContain('🚀 très long');
    expect(result.changelog).toContain('修正');
    expect(result.reasons[0]).toContain('🚀');
  });
});

describe('not a repository', () => {
  it('says so with GIT_NOT_A_REPOSITORY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-'));
    const { env } = environment(dir);
    await expect(calculateVersion(options(), env)).rejects.toMatchObject({ code: 'GIT_NOT_A_REPOSITORY' });
  });

  it('a repository without commits is a clear GIT_FAILED', async () => {
    const repo = createRepo();
    const { env } = environment(repo.dir);
    await expect(calculateVersion(options(), env)).rejects.toMatchObject({ code: 'GIT_FAILED' });
  });
});

describe('outside GitHub on a detached HEAD', () => {
  it('takes the branch from the CI environment and says so', async () => {
    const repo = released('feat: x');
    repo.git('checkout', '-q', '--detach');
    const { logger } = environment(repo.dir);
    const env = { cwd: repo.dir, env: { CI_COMMIT_BRANCH: 'release/3' }, logger, github: undefined };
    const rc = [{ glob: 'release/*', pattern: /^release\/[^/]*$/u, channel: 'rc' }];
    const result = await calculateVersion(options({ branchChannels: rc }), env);
    expect(result).toMatchObject({ version: '1.3.0-rc.1', branch: 'release/3' });
    expect(result.assumptions[0]).toContain('branch release/3 from CI_COMMIT_BRANCH');
  });
});

describe('a pull request checked out as actions/checkout does (depth 1, merge ref only)', () => {
  it('deepens from origin and versions the PR head, whose branch lives only in refs/pull', async () => {
    const src = released();
    src.checkout('contributor', true);
    src.commit('feat: from a fork');
    src.commit('fix: follow-up');
    const headSha = src.head();
    src.checkout('main');
    src.commit('fix: on main meanwhile');
    const baseSha = src.head();
    src.git('checkout', '-q', '--detach');
    const mergeSha = src.merge('contributor', `Merge ${headSha} into ${baseSha}`);
    src.git('update-ref', 'refs/pull/42/head', headSha);
    src.git('update-ref', 'refs/pull/42/merge', mergeSha);
    src.checkout('main');
    src.git('branch', '-q', '-D', 'contributor');

    const dir = mkdtempSync(join(tmpdir(), 'checkout-pr-'));
    const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: gitEnv(), stdio: 'ignore' });
    run('init', '-q');
    run('remote', 'add', 'origin', `file://${src.dir}`);
    run('fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/42/merge:refs/remotes/pull/42/merge');
    run('checkout', '-q', '--detach', 'refs/remotes/pull/42/merge');
    const clone = openRepo(dir);
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');

    const context = prContext({ number: 42, headSha, baseSha, mergeSha, fork: true });
    const { result } = await calc(clone, {}, context);
    expect(result).toMatchObject({
      sha: headSha,
      deepened: true,
      previousVersion: '1.2.3',
      version: '1.3.0-pr.42.2',
      commitsSince: 2,
    });
  });
});
