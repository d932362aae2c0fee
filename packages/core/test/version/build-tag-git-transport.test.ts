/**
 * push-git-tag through plain git (git-tag-transport: git, or auto outside GitHub): a bare repository
 * is the remote, a clone builds, another clone plays the concurrent run. GitHub's API (faked) only
 * to show which way `auto` goes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ArtefactsError,
  runBuildTag,
  memoryLogger,
  parseBuildTagInputs,
  readGitHubContext,
  type ActionEnvironment,
} from '@immutable-artefacts/core';
import { pushEnv, pushEvent } from '../../../../test/harness/events.js';
import { startFakeGitHub, type FakeGitHub } from '../../../../test/harness/fake-github.js';
import { createRepo, gitEnv, openRepo, type TestRepo } from '../../../../test/harness/git-repo.js';

const defaults: Record<string, string> = {
  template: '{{version}}-{{run_number}}-{{sha7}}',
  'annotation-levels': 'manifest',
  'sha-length': '7',
  'push-git-tag': 'true',
  'annotated-tag': 'false',
  'tag-prefix': 'v',
  'move-major-tag': 'false',
  latest: 'auto',
  'export-env': 'true',
  'github-token': '',
};

function inputs(values: Record<string, string>) {
  const all: Record<string, string> = { ...defaults, ...values };
  return parseBuildTagInputs((name) => all[name] ?? '');
}

/** Outside GitHub: no GITHUB_* variable at all (a laptop, GitLab, Jenkins). */
function environment(repo: TestRepo) {
  const logger = memoryLogger();
  const result: ActionEnvironment = { cwd: repo.dir, env: {}, logger, github: undefined };
  return { environment: result, logger };
}

async function caught(promise: Promise<unknown>): Promise<ArtefactsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

function clone(bare: TestRepo, prefix: string): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync('git', ['clone', '-q', bare.dir, dir], { env: gitEnv(), stdio: 'ignore' });
  return openRepo(dir);
}

/** A bare remote with main at `first`, and a clone that builds `second` (pushed to main too). */
function remoteAndClone() {
  const dir = mkdtempSync(join(tmpdir(), 'remote-'));
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', dir], { env: gitEnv() });
  const bare = openRepo(dir);
  const seed = createRepo('seed-');
  const first = seed.commit('feat: one', { 'a.txt': '1' });
  seed.git('push', '-q', bare.dir, 'main');
  const repo = clone(bare, 'builder-');
  const second = repo.commit('feat: two', { 'a.txt': '2' });
  repo.git('push', '-q', 'origin', 'main');
  return { bare, repo, first, second };
}

/** refs/tags/<tag> in the bare remote: the object it points at, undefined when absent. */
function remoteRef(bare: TestRepo, tag: string): string | undefined {
  const out = bare.git('for-each-ref', '--format=%(objectname)', `refs/tags/${tag}`);
  return out === '' ? undefined : out;
}

const peeled = (bare: TestRepo, tag: string) => bare.git('rev-parse', `refs/tags/${tag}^{commit}`);

/**
 * Makes `repo`'s `nth` push to origin race: before git-receive-pack answers, `other` pushes its
 * own `ref` (or refs) to the same remote (as a concurrent run on another commit would), once.
 */
function raceOnPush(repo: TestRepo, other: TestRepo, ref: string | readonly string[], nth = 1) {
  const refs = (typeof ref === 'string' ? [ref] : ref).map((r) => `"${r}"`).join(' ');
  const dir = mkdtempSync(join(tmpdir(), 'race-'));
  const script = join(dir, 'receive-pack');
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      'unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_QUARANTINE_PATH',
      `echo >> "${dir}/pushes"`,
      `if [ "$(wc -l < "${dir}/pushes")" -eq ${nth} ]; then`,
      `  git -C "${other.dir}" push -q --force origin ${refs} >/dev/null 2>&1 || exit 1`,
      'fi',
      'exec git receive-pack "$@"',
      '',
    ].join('\n'),
  );
  chmodSync(script, 0o755);
  repo.git('config', 'remote.origin.receivepack', script);
}

describe('build-tag push-git-tag through plain git', () => {
  it('outside GitHub (auto) creates the tag in the remote once; a re-run finds it and writes nothing', async () => {
    const { bare, repo, second } = remoteAndClone();
    const { environment: env, logger } = environment(repo);
    const first = await runBuildTag(inputs({ version: '3.0.0' }), env);
    expect(first.outputs['git-tag']).toBe('v3.0.0');
    expect(first.outputs['git-tag-status']).toBe('created');
    expect(remoteRef(bare, 'v3.0.0')).toBe(second);
    expect(bare.git('cat-file', '-t', 'v3.0.0')).toBe('commit');
    expect(JSON.parse(first.outputs.json ?? '{}')['git-tag']).toMatchObject({ transport: 'git', remote: 'origin' });
    expect(first.summary).toContain('through git (remote `origin`)');
    expect(logger.lines.map((l) => l.message).join('\n')).toMatch(/through git \(remote 'origin'\)/);
    // The re-run must find the remote tag, not create or push one: without the local tag it is not re-created.
    repo.git('tag', '-d', 'v3.0.0');
    const rerun = await runBuildTag(inputs({ version: '3.0.0' }), environment(repo).environment);
    expect(rerun.outputs['git-tag-status']).toBe('exists');
    expect(repo.git('tag', '-l', 'v3.0.0')).toBe('');
    expect(remoteRef(bare, 'v3.0.0')).toBe(second);
  });

  it('a tag already on another commit in the remote: TAG_CONFLICT naming both, the remote unchanged', async () => {
    const { bare, repo, first, second } = remoteAndClone();
    bare.git('update-ref', 'refs/tags/v3.2.0', first);
    const error = await caught(runBuildTag(inputs({ version: '3.2.0' }), environment(repo).environment));
    expect(error.code).toBe('TAG_CONFLICT');
    expect(error.message).toContain(first);
    expect(error.message).toContain(second);
    expect(remoteRef(bare, 'v3.2.0')).toBe(first);
  });

  it('an annotated tag already on another commit is peeled to its commit and refused', async () => {
    const { bare, repo, first, second } = remoteAndClone();
    const other = clone(bare, 'other-');
    other.git('checkout', '-q', first);
    other.tag('v3.2.1', { annotated: true });
    other.git('push', '-q', 'origin', 'v3.2.1');
    const object = remoteRef(bare, 'v3.2.1');
    const error = await caught(runBuildTag(inputs({ version: '3.2.1' }), environment(repo).environment));
    expect(error.code).toBe('TAG_CONFLICT');
    expect(error.message).toContain(first);
    expect(error.message).toContain(second);
    expect(remoteRef(bare, 'v3.2.1')).toBe(object);
  });

  it('a local tag of that name on another commit: TAG_CONFLICT, nothing pushed', async () => {
    const { bare, repo, first } = remoteAndClone();
    repo.tag('v3.2.2', { ref: first });
    const error = await caught(runBuildTag(inputs({ version: '3.2.2' }), environment(repo).environment));
    expect(error.code).toBe('TAG_CONFLICT');
    expect(error.message).toContain(first);
    expect(remoteRef(bare, 'v3.2.2')).toBeUndefined();
  });

  it('annotated-tag: the remote holds a tag object on the commit; a re-run finds it through the peel', async () => {
    const { bare, repo, second } = remoteAndClone();
    const outcome = await runBuildTag(
      inputs({ version: '3.1.0', 'annotated-tag': 'true' }),
      environment(repo).environment,
    );
    expect(outcome.outputs['git-tag-status']).toBe('created');
    expect(bare.git('cat-file', '-t', 'v3.1.0')).toBe('tag');
    expect(peeled(bare, 'v3.1.0')).toBe(second);
    expect(bare.git('cat-file', '-p', 'v3.1.0')).toContain('Release 3.1.0');
    const rerun = await runBuildTag(
      inputs({ version: '3.1.0', 'annotated-tag': 'true' }),
      environment(repo).environment,
    );
    expect(rerun.outputs['git-tag-status']).toBe('exists');
  });

  it('the major tag is created, then moved by a later release, and left alone for a prerelease', async () => {
    const { bare, repo, second } = remoteAndClone();
    const major = { 'move-major-tag': 'true' };
    const v400 = await runBuildTag(inputs({ version: '4.0.0', ...major }), environment(repo).environment);
    expect(JSON.parse(v400.outputs.json ?? '{}')['git-tag'].major).toEqual({ tag: 'v4', status: 'created' });
    expect(remoteRef(bare, 'v4')).toBe(second);

    const third = repo.commit('feat: three', { 'a.txt': '3' });
    repo.git('push', '-q', 'origin', 'main');
    const v410 = await runBuildTag(inputs({ version: '4.1.0', ...major }), environment(repo).environment);
    expect(JSON.parse(v410.outputs.json ?? '{}')['git-tag'].major).toEqual({ tag: 'v4', status: 'moved' });
    expect(remoteRef(bare, 'v4')).toBe(third);
    expect(remoteRef(bare, 'v4.0.0')).toBe(second);

    const again = await runBuildTag(inputs({ version: '4.1.0', ...major }), environment(repo).environment);
    expect(JSON.parse(again.outputs.json ?? '{}')['git-tag'].major.status).toBe('unchanged');

    const fourth = repo.commit('feat: four', { 'a.txt': '4' });
    repo.git('push', '-q', 'origin', 'main');
    const rc = await runBuildTag(inputs({ version: '4.2.0-rc.1', ...major }), environment(repo).environment);
    expect(JSON.parse(rc.outputs.json ?? '{}')['git-tag'].major).toMatchObject({
      status: 'skipped',
      reason: 'prerelease',
    });
    expect(remoteRef(bare, 'v4.2.0-rc.1')).toBe(fourth);
    expect(remoteRef(bare, 'v4')).toBe(third);
  });

  it('a push the remote refuses: GIT_FAILED, and the local tag this run made is gone; one made before is kept', async () => {
    const { bare, repo, second } = remoteAndClone();
    const hook = join(bare.dir, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "tags are protected here" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const error = await caught(runBuildTag(inputs({ version: '3.4.0' }), environment(repo).environment));
    expect([error.code, error.message]).toEqual(['GIT_FAILED', expect.stringContaining('pre-receive hook declined')]);
    expect(remoteRef(bare, 'v3.4.0')).toBeUndefined();
    // Nothing left behind that a later step could read as a release.
    expect(repo.git('tag', '-l', 'v3.4.0')).toBe('');
    // A local tag the user made before the run is theirs: the failed push leaves it.
    repo.tag('v3.4.0', { ref: second });
    expect((await caught(runBuildTag(inputs({ version: '3.4.0' }), environment(repo).environment))).code).toBe(
      'GIT_FAILED',
    );
    expect(repo.git('tag', '-l', 'v3.4.0')).toBe('v3.4.0');
  });

  it('a push refused because another clone pushed the same tag on another commit first: TAG_CONFLICT', async () => {
    const { bare, repo, first, second } = remoteAndClone();
    const other = clone(bare, 'other-');
    other.tag('v3.5.0', { ref: first });
    raceOnPush(repo, other, 'refs/tags/v3.5.0');
    const error = await caught(runBuildTag(inputs({ version: '3.5.0' }), environment(repo).environment));
    expect(error.code).toBe('TAG_CONFLICT');
    expect(error.message).toContain(first);
    expect(error.message).toContain(second);
    expect(remoteRef(bare, 'v3.5.0')).toBe(first);
    // The local tag this run made named the other commit than the remote's: it is gone.
    expect(repo.git('tag', '-l', 'v3.5.0')).toBe('');
  });

  it('a push refused because another clone pushed the same tag on the same commit first: exists', async () => {
    const { bare, repo, second } = remoteAndClone();
    const other = clone(bare, 'other-');
    other.tag('v3.6.0', { annotated: true, ref: second });
    raceOnPush(repo, other, 'refs/tags/v3.6.0');
    const outcome = await runBuildTag(inputs({ version: '3.6.0' }), environment(repo).environment);
    expect(outcome.outputs['git-tag-status']).toBe('exists');
    expect(bare.git('cat-file', '-t', 'v3.6.0')).toBe('tag');
  });

  it('the major tag moved by a concurrent run meanwhile is not clobbered (lease): TAG_RACE', async () => {
    const { bare, repo, first, second } = remoteAndClone();
    bare.git('update-ref', 'refs/tags/v5', first);
    const other = clone(bare, 'other-');
    const elsewhere = other.commit('feat: elsewhere', { 'b.txt': 'b' });
    other.git('tag', '-f', 'v5', elsewhere);
    // The first push creates v5.1.0; the second, moving v5, races.
    raceOnPush(repo, other, 'refs/tags/v5', 2);
    const error = await caught(
      runBuildTag(inputs({ version: '5.1.0', 'move-major-tag': 'true' }), environment(repo).environment),
    );
    expect(error.code).toBe('TAG_RACE');
    expect(remoteRef(bare, 'v5')).toBe(elsewhere);
    expect(remoteRef(bare, 'v5.1.0')).toBe(second);
  });

  it('a clone with stale tags releasing a hotfix: no 1 or latest, and v1 is not moved back', async () => {
    const { bare, repo, first, second } = remoteAndClone();
    // origin: v1.1.0 on `first`; another job released 1.2.0 on `second` and moved v1 there.
    // This clone fetched before that: it knows v1.1.0 (and v1 on `first`) only.
    repo.tag('v1.1.0', { ref: first });
    repo.tag('v1', { ref: first });
    repo.git('push', '-q', 'origin', 'v1.1.0', 'v1');
    bare.git('update-ref', 'refs/tags/v1.2.0', second);
    bare.git('update-ref', 'refs/tags/v1', second);
    repo.git('checkout', '-q', '-b', 'hotfix', first);
    const hot = repo.commit('fix: hot', { 'h.txt': 'h' });
    const outcome = await runBuildTag(
      inputs({ version: '1.1.1', 'git-tag-transport': 'git', 'move-major-tag': 'true' }),
      environment(repo).environment,
    );
    const names = (outcome.outputs['tag-names'] ?? '').split('\n');
    expect(names).toContain('1.1.1');
    expect(names).toContain('1.1');
    expect(names).not.toContain('1');
    expect(names).not.toContain('latest');
    expect(remoteRef(bare, 'v1.1.1')).toBe(hot);
    expect(JSON.parse(outcome.outputs.json ?? '{}')['git-tag'].major).toMatchObject({
      tag: 'v1',
      status: 'skipped',
      reason: expect.stringContaining('1.2.0'),
    });
    expect(remoteRef(bare, 'v1')).toBe(second);
  });

  it.each([
    [['refs/tags/v1.2.0', 'refs/tags/v1'], "v1 names v1.2.0's commit on 'origin'"],
    [['refs/tags/v1.2.0'], "v1.2.0 is tagged on 'origin'"],
  ])(
    'the race: another release pushes %j after this run listed the tags; v1 is never moved back',
    async (raced, reason) => {
      const { bare, repo, first, second } = remoteAndClone();
      repo.tag('v1.1.0', { ref: first });
      repo.tag('v1', { ref: first });
      repo.git('push', '-q', 'origin', 'v1.1.0', 'v1');
      const other = clone(bare, 'other-');
      other.tag('v1.2.0', { ref: second });
      other.git('tag', '-f', 'v1', second);
      repo.git('checkout', '-q', '-b', 'hotfix', first);
      const hot = repo.commit('fix: hot', { 'h.txt': 'h' });
      // The other release lands while this run pushes v1.1.1: after its listing, before its move.
      raceOnPush(repo, other, raced);
      const before = remoteRef(bare, 'v1');
      const outcome = await runBuildTag(
        inputs({ version: '1.1.1', 'move-major-tag': 'true' }),
        environment(repo).environment,
      );
      expect(remoteRef(bare, 'v1.1.1')).toBe(hot);
      expect(JSON.parse(outcome.outputs.json ?? '{}')['git-tag'].major).toEqual({
        tag: 'v1',
        status: 'skipped',
        reason: `${reason}, a higher version than 1.1.1`,
      });
      expect(remoteRef(bare, 'v1')).toBe(raced.length === 2 ? second : before);
    },
  );

  it('git-remote names the remote to read and push; github-api outside GitHub is refused', async () => {
    const { bare, repo, second } = remoteAndClone();
    repo.git('remote', 'rename', 'origin', 'upstream');
    const missing = await caught(runBuildTag(inputs({ version: '6.0.0' }), environment(repo).environment));
    expect(missing.code).toBe('GIT_FAILED');
    expect(missing.message).toContain("'origin'");
    const outcome = await runBuildTag(
      inputs({ version: '6.0.0', 'git-remote': 'upstream' }),
      environment(repo).environment,
    );
    expect(outcome.outputs['git-tag-status']).toBe('created');
    expect(remoteRef(bare, 'v6.0.0')).toBe(second);
    const api = await caught(
      runBuildTag(inputs({ version: '6.0.1', 'git-tag-transport': 'github-api' }), environment(repo).environment),
    );
    expect(api.code).toBe('GITHUB_CONTEXT');
    expect(remoteRef(bare, 'v6.0.1')).toBeUndefined();
  });

  it('bad input: git-tag-transport and git-remote are named, and need push-git-tag', () => {
    const bad = (values: Record<string, string>) => {
      try {
        inputs(values);
      } catch (error) {
        return error as ArtefactsError;
      }
      throw new Error('expected a failure');
    };
    const transport = bad({ 'git-tag-transport': 'ssh' });
    expect(transport.code).toBe('INPUT_INVALID');
    expect(transport.message).toContain('git-tag-transport');
    const remote = bad({ 'git-remote': '--upload-pack=touch /tmp/x' });
    expect(remote.code).toBe('INPUT_INVALID');
    expect(remote.message).toContain('git-remote');
    const dependent = bad({ 'push-git-tag': 'false', 'git-tag-transport': 'git' });
    expect(dependent.message).toContain('push-git-tag');
  });
});

describe('git-tag-transport: which way auto goes, and git under GitHub Actions', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFakeGitHub({ maxRequests: 200, lifetimeMs: 2 * 60_000 });
  });
  afterAll(async () => fake.close());

  const gitCalls = (from: number) => fake.calls.slice(from).filter((c) => c.path.includes('/git/'));

  function actionsEnvironment(repo: TestRepo) {
    const temp = mkdtempSync(join(tmpdir(), 'transport-env-'));
    const eventPath = join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(pushEvent({ sha: repo.head() })));
    const env: Record<string, string> = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_RUN_NUMBER: '87',
      GITHUB_API_URL: fake.url,
      RUNNER_TEMP: temp,
      ...pushEnv({ sha: repo.head() }),
    };
    const result: ActionEnvironment = { cwd: repo.dir, env, logger: memoryLogger(), github: readGitHubContext(env) };
    return result;
  }

  it('a GitHub Actions run with git-tag-transport: git (or no token) pushes with git and never calls the API', async () => {
    const { bare, repo, second } = remoteAndClone();
    const start = fake.calls.length;
    const forced = await runBuildTag(
      inputs({ version: '7.0.0', 'git-tag-transport': 'git', 'github-token': fake.token }),
      actionsEnvironment(repo),
    );
    expect(forced.outputs['git-tag-status']).toBe('created');
    expect(remoteRef(bare, 'v7.0.0')).toBe(second);
    const tokenless = await runBuildTag(inputs({ version: '7.0.1' }), actionsEnvironment(repo));
    expect(tokenless.outputs['git-tag-status']).toBe('created');
    expect(remoteRef(bare, 'v7.0.1')).toBe(second);
    expect(gitCalls(start)).toEqual([]);
    expect(fake.state.refs.get('refs/tags/v7.0.0')).toBeUndefined();
  });

  it('auto uses the GitHub API with a token when origin is on github.com, and git when it is elsewhere', async () => {
    const { bare, repo, first, second } = remoteAndClone();
    // A local version tag: origin cannot be read here (a warning), so the local tags decide.
    repo.tag('v0.1.0', { ref: first });
    const outside = (): ActionEnvironment => ({
      cwd: repo.dir,
      env: { GITHUB_API_URL: fake.url },
      logger: memoryLogger(),
      github: undefined,
    });
    repo.git('remote', 'set-url', 'origin', 'https://gitlab.example.com/acme/widgets.git');
    repo.git('remote', 'add', 'local', bare.dir);
    const start = fake.calls.length;
    const elsewhere = await runBuildTag(
      inputs({ version: '8.0.0', 'github-token': fake.token, 'git-remote': 'local' }),
      outside(),
    );
    expect(JSON.parse(elsewhere.outputs.json ?? '{}')['git-tag']).toMatchObject({ transport: 'git', remote: 'local' });
    expect(remoteRef(bare, 'v8.0.0')).toBe(second);
    expect(gitCalls(start)).toEqual([]);

    repo.git('remote', 'set-url', 'origin', 'https://github.com/acme/widgets.git');
    const onGitHub = await runBuildTag(inputs({ version: '8.0.1', 'github-token': fake.token }), outside());
    expect(JSON.parse(onGitHub.outputs.json ?? '{}')['git-tag']).toMatchObject({ transport: 'github-api' });
    expect(fake.state.refs.get('refs/tags/v8.0.1')).toBe(second);
    expect(remoteRef(bare, 'v8.0.1')).toBeUndefined();
  });
});
