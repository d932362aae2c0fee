/**
 * semver-calculate's `labels` input: a merge request's labels given directly (a CI with merge
 * requests but no GitHub event), used with bump-labels instead of reading GitHub.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ArtefactsError } from '../../src/errors.js';
import { calculateVersion } from '../../src/version/calculate.js';
import { parseSemverCalculateInputs } from '../../src/version/options.js';
import { createRepo, type TestRepo } from '../../../../test/harness/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from '../../../../test/harness/fake-github.js';
import { readActionYaml } from '../../../../test/harness/runner.js';
import { environment, prContext, pushContext } from './helpers.js';

/** semver-calculate's inputs as the action (or the CLI) hands them over: action.yml defaults plus these. */
function inputs(values: Record<string, string>) {
  const declared = readActionYaml('semver-calculate').inputs ?? {};
  const all: Record<string, string> = {
    ...Object.fromEntries(Object.entries(declared).map(([name, spec]) => [name, spec.default ?? ''])),
    'github-token': '',
    ...values,
  };
  return parseSemverCalculateInputs((name) => all[name] ?? '');
}

/** Released at v1.2.3, then a fix: the commits alone say patch (1.2.4). */
function released(): TestRepo {
  const repo = createRepo('labels-');
  repo.commit('chore: initial');
  repo.tag('v1.2.3');
  repo.commit('fix: small');
  return repo;
}

describe('semver-calculate labels input', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub({ maxRequests: 50, lifetimeMs: 60_000 });
  });
  afterAll(async () => github.close());

  it('outside GitHub: the given labels decide the bump, and the reasons say they came from the input', async () => {
    const repo = released();
    const { env, logger } = environment(repo.dir);
    const minor = await calculateVersion(inputs({ labels: 'minor' }), env);
    expect(minor).toMatchObject({ version: '1.3.0', bump: 'minor', bumpSource: 'labels', labels: ['minor'] });
    expect(minor.reasons.join('\n')).toContain('"minor" (from the labels input): minor');
    expect(minor.assumptions.join('\n')).toContain('labels input');
    expect(logger.lines.some((l) => l.message.includes('labels input'))).toBe(true);

    // GitLab's CI_MERGE_REQUEST_LABELS as it is: comma-separated; matched case-insensitively.
    const major = await calculateVersion(inputs({ labels: 'documentation,Semver:Major' }), env);
    expect(major).toMatchObject({ version: '2.0.0', bumpSource: 'labels' });

    const skip = await calculateVersion(inputs({ labels: 'minor\nskip-release' }), env);
    expect(skip).toMatchObject({ version: '1.2.3', bump: 'none', bumpSource: 'skip-label' });
    expect(skip.reasons.join('\n')).toContain('(from the labels input): no release');

    const none = await calculateVersion(inputs({}), env);
    expect(none).toMatchObject({ version: '1.2.4', bumpSource: 'conventional-commits', labels: [] });
  });

  it("on a pull request the input is used instead of the event's labels", async () => {
    const repo = released();
    const baseSha = repo.head();
    repo.checkout('feature', true);
    repo.commit('fix: more');
    const headSha = repo.head();
    repo.checkout('main');
    repo.git('checkout', '-q', '--detach');
    const mergeSha = repo.merge('feature');
    const context = prContext({ number: 42, headSha, baseSha, mergeSha, labels: ['major'] });
    const { env } = environment(repo.dir, context);
    const result = await calculateVersion(inputs({ labels: 'minor', 'pr-channel': '' }), env);
    expect(result).toMatchObject({ version: '1.3.0', bumpSource: 'labels', labels: ['minor'] });
    const fromEvent = await calculateVersion(inputs({ 'pr-channel': '' }), env);
    expect(fromEvent).toMatchObject({ version: '2.0.0', labels: ['major'] });
  });

  it('on a pushed merge commit the GitHub API is not asked when the labels are given', async () => {
    const repo = released();
    repo.checkout('feature', true);
    repo.commit('fix: small');
    const headSha = repo.head();
    repo.checkout('main');
    const mergeSha = repo.merge('feature', 'Merge pull request #7 from acme/feature');
    github.state.pulls.push({ number: 7, labels: ['major'], headSha, mergeCommitSha: mergeSha });
    const { env } = environment(repo.dir, pushContext(mergeSha, 'refs/heads/main', github.url));
    const before = github.calls.length;
    const result = await calculateVersion(inputs({ labels: 'patch', 'github-token': github.token }), env);
    expect(result).toMatchObject({ version: '1.2.4', bumpSource: 'labels', labels: ['patch'] });
    expect(github.calls.slice(before).filter((c) => c.path.includes('/pulls'))).toEqual([]);
  });

  it('bad input: a control character in a label names the labels input', () => {
    let error: unknown;
    try {
      inputs({ labels: 'minor,bad\u0007label' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ArtefactsError);
    expect((error as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((error as ArtefactsError).message).toContain("'labels'");
  });
});
