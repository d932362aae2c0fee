/** End-to-end: dist/semver-calculate run exactly as the runner runs it, on real git repositories. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pullRequestEnv, pullRequestEvent, pushEnv, pushEvent } from './harness/events.js';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { createRepo, shallowClone, type TestRepo } from './harness/git-repo.js';
import { repoRoot, runAction } from './harness/runner.js';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({ maxRequests: 500, lifetimeMs: 5 * 60_000 });
});
afterAll(async () => github.close());

function released(): TestRepo {
  const repo = createRepo();
  repo.commit('chore: initial', { 'README.md': '# widgets\n' });
  repo.tag('v1.2.3', { annotated: true });
  return repo;
}

/** A PR branch and the merge commit GitHub checks out on pull_request (HEAD detached at it). */
function pullRequest(repo: TestRepo, messages: string[]) {
  const baseSha = repo.head();
  repo.checkout('feature', true);
  for (const m of messages) repo.commit(m);
  const headSha = repo.head();
  repo.checkout('main');
  repo.git('checkout', '-q', '--detach');
  const mergeSha = repo.merge('feature', `Merge ${headSha} into ${baseSha}`);
  return { baseSha, headSha, mergeSha };
}

describe('push', () => {
  it('a pushed merge commit: version from the labels of its PR, outputs and summary', async () => {
    const repo = released();
    repo.checkout('feature', true);
    repo.commit('fix: small thing');
    const headSha = repo.head();
    repo.checkout('main');
    const sha = repo.merge('feature', 'Merge pull request #5 from acme/feature');
    github.state.pulls.push({ number: 5, labels: ['minor'], headSha, mergeCommitSha: sha });
    const result = await runAction('semver-calculate', {
      cwd: repo.dir,
      eventName: 'push',
      event: pushEvent({ sha }),
      env: { ...pushEnv({ sha }), GITHUB_API_URL: github.url },
      token: github.token,
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      version: '1.3.0',
      'version-tag': 'v1.3.0',
      'release-version': '1.3.0',
      'previous-version': '1.2.3',
      'previous-tag': 'v1.2.3',
      bump: 'minor',
      'bump-source': 'labels',
      major: '1',
      minor: '3',
      patch: '0',
      prerelease: '',
      build: '',
      'is-prerelease': 'false',
      'is-tagged': 'false',
      'commits-since': '2',
    });
    expect(result.outputs.changelog).toContain('- small thing');
    const json = JSON.parse(result.outputs.json ?? '{}') as Record<string, unknown>;
    expect(json).toMatchObject({ version: '1.3.0', 'commits-since': 2, labels: ['minor'], 'pull-request': null });
    expect(result.summary).toContain('`v1.2.3` → **`v1.3.0`**');
    expect(result.summary).toContain('label "minor": minor');
    // The token is masked before anything else is printed, and never printed otherwise.
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${github.token}`);
    expect(lines.slice(1).some((l) => l.includes(github.token.slice(4)))).toBe(false);
  });

  it('a tag push outputs the tag as-is', async () => {
    const repo = released();
    repo.commit('feat: x');
    repo.tag('v1.3.0');
    const sha = repo.head();
    const result = await runAction('semver-calculate', {
      cwd: repo.dir,
      event: pushEvent({ sha, ref: 'refs/tags/v1.3.0' }),
      env: { ...pushEnv({ sha, ref: 'refs/tags/v1.3.0' }), GITHUB_API_URL: github.url },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ version: '1.3.0', 'is-tagged': 'true', bump: 'none', 'bump-source': 'tag' });
  });

  it('deepens a depth-1 clone from origin, or fails with fetch-depth-policy: fail', async () => {
    const source = released();
    source.commit('feat: a');
    source.tag('v1.3.0');
    source.commit('fix: b');
    const clone = shallowClone(source);
    const sha = clone.head();
    const common = {
      cwd: clone.dir,
      event: pushEvent({ sha }),
      env: { ...pushEnv({ sha }), GITHUB_API_URL: github.url },
    };
    const failed = await runAction('semver-calculate', { ...common, inputs: { 'fetch-depth-policy': 'fail' } });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]?.title).toBe('semver-calculate');
    expect(failed.errors[0]?.message).toContain('shallow');
    expect(failed.errors[0]?.message).toContain('fetch-depth');
    expect(failed.outputs.version).toBeUndefined();
    const deepened = await runAction('semver-calculate', common);
    expect(deepened.exitCode).toBe(0);
    expect(deepened.outputs).toMatchObject({ version: '1.3.1', 'previous-version': '1.3.0', 'commits-since': '1' });
  });
});

describe('pull_request', () => {
  it('creates the sticky comment once, then updates it in place (paginating past other comments)', async () => {
    const repo = released();
    const first = pullRequest(repo, ['feat: widgets', 'fix: typo']);
    const number = 42;
    const QUOTED = '> <!-- immutable-artefacts:semver-calculate -->\n> quoted';
    // 120 unrelated comments: the marker comment lands on page 2 of the listing.
    github.state.comments.set(
      number,
      Array.from({ length: 120 }, (_, i) => ({
        id: 10_000 + i,
        // One person quotes the marker: their comment must never be edited.
        body: i === 3 ? QUOTED : `chatter ${i}`,
        user: { login: 'u', type: 'User' },
      })),
    );
    const run = (shas: { baseSha: string; headSha: string; mergeSha: string }, labels: string[] = []) => {
      const pr = { number, labels, ...shas };
      return runAction('semver-calculate', {
        cwd: repo.dir,
        eventName: 'pull_request',
        event: pullRequestEvent(pr),
        env: { ...pullRequestEnv(pr), GITHUB_API_URL: github.url },
        token: github.token,
      });
    };
    const one = await run(first);
    expect(one.errors).toEqual([]);
    expect(one.outputs).toMatchObject({
      version: '1.3.0-pr.42.2',
      'release-version': '1.3.0',
      prerelease: 'pr.42.2',
      'is-prerelease': 'true',
      'bump-source': 'conventional-commits',
    });
    const markers = () =>
      (github.state.comments.get(number) ?? []).filter((c) =>
        c.body.startsWith('<!-- immutable-artefacts:semver-calculate -->'),
      );
    expect(markers()).toHaveLength(1);
    expect(markers()[0]?.body).toContain('releases **`v1.3.0`**');
    expect(markers()[0]?.body).toContain('`v1.3.0-pr.42.2`');
    expect(one.summary).toContain('`v1.3.0-pr.42.2`');

    // The PR gets another commit and a label: same comment, new content.
    repo.checkout('feature');
    repo.commit('feat!: rename everything');
    const headSha = repo.head();
    repo.checkout('main');
    repo.git('checkout', '-q', '--detach');
    const mergeSha = repo.merge('feature');
    const calls = github.calls.length;
    const two = await run({ baseSha: first.baseSha, headSha, mergeSha }, ['patch']);
    expect(two.exitCode).toBe(0);
    expect(two.outputs).toMatchObject({ version: '1.2.4-pr.42.3', 'bump-source': 'labels' });
    expect(markers()).toHaveLength(1);
    expect(markers()[0]?.body).toContain('`v1.2.4-pr.42.3`');
    expect(markers()[0]?.body).toContain('label "patch"');
    const newCalls = github.calls.slice(calls).map((c) => c.method);
    expect(newCalls).toContain('PATCH');
    expect(newCalls).not.toContain('POST');
    expect(github.state.comments.get(number)).toHaveLength(121);
    expect(github.state.comments.get(number)?.[3]?.body).toBe(QUOTED);
  });

  it('a fork PR with a read-only token: summary only, a notice, success', async () => {
    const repo = released();
    const shas = pullRequest(repo, ['fix: from a fork']);
    github.state.writable = false;
    try {
      const pr = { number: 77, fork: true, ...shas };
      const result = await runAction('semver-calculate', {
        cwd: repo.dir,
        eventName: 'pull_request',
        event: pullRequestEvent(pr),
        env: { ...pullRequestEnv(pr), GITHUB_API_URL: github.url },
        token: github.token,
      });
      expect(result.exitCode).toBe(0);
      expect(result.errors).toEqual([]);
      expect(result.outputs.version).toBe('1.2.4-pr.77.1');
      expect(result.notices.some((n) => /fork/i.test(n))).toBe(true);
      expect(result.summary).toContain('pull request #77');
      expect(github.state.comments.get(77)).toBeUndefined();

      // Not a fork, but a read-only token all the same: tried, refused, a notice, success.
      const sameRepo = { number: 78, ...shas };
      const readOnly = await runAction('semver-calculate', {
        cwd: repo.dir,
        eventName: 'pull_request',
        event: pullRequestEvent(sameRepo),
        env: { ...pullRequestEnv(sameRepo), GITHUB_API_URL: github.url },
        token: github.token,
      });
      expect(readOnly.exitCode).toBe(0);
      expect(readOnly.notices.some((n) => n.includes('read-only'))).toBe(true);
      expect(github.calls.some((c) => c.method === 'POST' && c.path.endsWith('/issues/78/comments'))).toBe(true);
    } finally {
      github.state.writable = true;
    }
  });
});

describe('histories as teams write them', () => {
  it("git's revert, a squash titled by version whose note starts on the next line: versions, reasons, changelog", async () => {
    const repo = released();
    const feat = repo.commit('feat(api): add search', { 'search.txt': 'x\n' });
    repo.tag('v1.3.0');
    repo.git('revert', '--no-edit', feat);
    let sha = repo.head();
    const run = () =>
      runAction('semver-calculate', { cwd: repo.dir, event: pushEvent({ sha }), env: pushEnv({ sha }) });
    const reverted = await run();
    expect(reverted.exitCode).toBe(0);
    expect(reverted.outputs).toMatchObject({ version: '1.3.1', bump: 'patch', 'bump-source': 'conventional-commits' });
    expect(reverted.outputs.changelog).toContain('### Reverts\n\n- feat(api): add search');
    repo.tag('v1.3.1');
    sha = repo.commit('v9 (#639)\n\n* engine update\n\nBREAKING CHANGE:\nNode 18 is no longer supported.');
    const squashed = await run();
    expect(squashed.outputs).toMatchObject({ version: '2.0.0', bump: 'major' });
    expect(squashed.outputs.changelog).toContain('  Node 18 is no longer supported.');
    const json = JSON.parse(squashed.outputs.json ?? '{}') as { reasons: string[] };
    expect(json.reasons[0]).toContain('v9 (#639) (breaking change; the header is not a Conventional Commit)');
    sha = repo.commit('chore: release 3.0.0\n\nRelease-As: 3.0.0');
    expect((await run()).outputs).toMatchObject({ version: '3.0.0', 'bump-source': 'release-as' });
  });

  it('a tag-prefix that matches nothing: a warning naming the version tags under other prefixes', async () => {
    const repo = createRepo();
    repo.commit('chore: initial');
    repo.tag('api-v1.0.0');
    repo.tag('web-v2.3.0');
    const sha = repo.commit('feat: x');
    const result = await runAction('semver-calculate', {
      cwd: repo.dir,
      event: pushEvent({ sha }),
      env: pushEnv({ sha }),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.version).toBe('0.1.0');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('api-v1.0.0, web-v2.3.0');
    expect(result.warnings[0]).toContain('tag-prefix');
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['malformed increment', { increment: 'bigger' }, 'increment'],
    ['initial-version past 2^53 - 1', { 'initial-version': '99999999999999999999.0.0' }, 'initial-version'],
    ['invalid regex', { 'major-pattern': '(' }, 'major-pattern'],
    ['tag prefix with spaces', { 'tag-prefix': 'my v' }, 'tag-prefix'],
    ['bad boolean', { 'conventional-commits': 'perhaps' }, 'conventional-commits'],
  ];
  it.each(cases)('%s: ::error naming the input, exit 1', async (_name, inputs, input) => {
    const repo = released();
    const sha = repo.head();
    const result = await runAction('semver-calculate', {
      cwd: repo.dir,
      inputs,
      event: pushEvent({ sha }),
      env: pushEnv({ sha }),
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.title).toBe('semver-calculate');
    expect(result.errors[0]?.message).toContain(`'${input}'`);
    expect(result.stdout).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toContain('Unexpected failure');
  });
});

describe('the artefacts CLI', () => {
  it('runs the same logic outside GitHub and says what it assumed', () => {
    const repo = released();
    repo.commit('feat(cli): add --json');
    const env = { ...process.env };
    for (const key of Object.keys(env)) if (key.startsWith('GITHUB_')) delete env[key];
    const cli = join(repoRoot, 'packages', 'cli', 'bin', 'artefacts.js');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [cli, 'semver-calculate', ...args], { cwd: repo.dir, env, encoding: 'utf8' });
    const json = run(['--json', '--branch-channels', 'main=beta']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ version: '1.3.0-beta.1', 'bump-source': 'conventional-commits' });
    expect(json.stderr).toContain('not a pull request (no GitHub context); branch main from git');
    const bad = run(['--increment', 'bigger']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--increment: got "bigger"');
    // The CLI reads tags by the same rule, and warns the same way.
    const typo = run(['--json', '--tag-prefix', 'release-']);
    expect(typo.status).toBe(0);
    expect(JSON.parse(typo.stdout)).toMatchObject({ version: '0.1.0', 'previous-tag': '' });
    expect(typo.stderr).toContain("No tag is 'release-' followed by a version");
    expect(typo.stderr).toContain('v1.2.3');
  });
});
