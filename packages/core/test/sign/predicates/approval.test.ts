import { describe, expect, it } from '@jest/globals';
import type { ArtefactsError } from '@immutable-artefacts/core';
import { approvalPredicate } from '../../../src/sign/predicates/approval.js';
import type { GitHubContext } from '../../../src/github/context.js';

const now = new Date('2026-12-01T08:00:00Z');
const github = (payload: Record<string, unknown>, eventName = 'workflow_dispatch'): GitHubContext => ({
  eventName,
  payload,
  sha: 'c'.repeat(40),
  ref: 'refs/heads/main',
  refName: 'main',
  headRef: '',
  baseRef: '',
  repository: 'acme/app',
  owner: 'acme',
  repo: 'app',
  runId: '4242',
  runNumber: 7,
  runAttempt: 2,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  workflow: 'release',
  job: 'approve',
  actor: 'context-actor',
  pullRequest: undefined,
});

describe('approval predicate', () => {
  it('names the approver, the environment given, the time and the run', () => {
    const predicate = approvalPredicate(
      github({}),
      { GITHUB_ACTOR: 'octocat', GITHUB_TRIGGERING_ACTOR: 'release-bot' },
      'prod',
      now,
    );
    expect(predicate).toEqual({
      approver: 'octocat',
      triggeredBy: 'release-bot',
      environment: 'prod',
      approvedAt: '2026-12-01T08:00:00.000Z',
      run: {
        url: 'https://github.com/acme/app/actions/runs/4242/attempts/2',
        repository: 'acme/app',
        workflow: 'release',
        event: 'workflow_dispatch',
        ref: 'refs/heads/main',
        sha: 'c'.repeat(40),
      },
    });
  });

  it('takes the environment from a deployment event, or a deployment protection rule', () => {
    const env = { GITHUB_ACTOR: 'octocat' };
    expect(
      approvalPredicate(github({ deployment: { environment: 'staging' } }, 'deployment'), env, undefined, now)
        .environment,
    ).toBe('staging');
    expect(
      approvalPredicate(github({ environment: 'prod' }, 'deployment_protection_rule'), env, undefined, now).environment,
    ).toBe('prod');
    expect(approvalPredicate(github({ deployment: { environment: 'staging' } }), env, 'prod', now).environment).toBe(
      'prod',
    );
  });

  it('refuses an approval with no environment, naming attest-environment', () => {
    let error: unknown;
    try {
      approvalPredicate(github({}), { GITHUB_ACTOR: 'octocat' }, undefined, now);
    } catch (e) {
      error = e;
    }
    expect((error as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((error as ArtefactsError).message).toContain("Input 'attest-environment'");
  });

  it('refuses an approval outside a CI run (no actor)', () => {
    expect(() => approvalPredicate(undefined, {}, 'prod', now)).toThrow(/Input 'attest-type'/);
  });
});
