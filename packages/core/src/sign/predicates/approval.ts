/**
 * An approval as an attestation: who approved the digest for which environment, when, and in which
 * CI run, taken from the GitHub Actions run that attests it (a job gated by an environment's
 * required reviewers runs only once approved, so its actor and environment are the approval).
 * The predicate type is this project's own, specified in docs/sign.md ("Approval predicate v1").
 */
import type { GitHubContext } from '../../github/context.js';
import { inputError } from '../../errors.js';

export const APPROVAL_PREDICATE =
  'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/sign.md#approval-predicate-v1';

export interface ApprovalPredicate {
  /** Who approved: the run's actor (GITHUB_ACTOR). */
  readonly approver: string;
  /** Who triggered this run attempt (GITHUB_TRIGGERING_ACTOR), when it differs from the actor. */
  readonly triggeredBy?: string;
  readonly environment: string;
  /** ISO 8601 time of the attestation. */
  readonly approvedAt: string;
  readonly run: {
    readonly url: string;
    readonly repository: string;
    readonly workflow: string;
    readonly event: string;
    readonly ref: string;
    readonly sha: string;
  };
}

type Env = Readonly<Record<string, string | undefined>>;

/** The environment the event names: a deployment's, or a deployment protection rule's. */
function eventEnvironment(github: GitHubContext | undefined): string | undefined {
  const payload = github?.payload ?? {};
  const deployment = payload.deployment as { environment?: unknown } | undefined;
  if (typeof deployment?.environment === 'string' && deployment.environment !== '') return deployment.environment;
  if (typeof payload.environment === 'string' && payload.environment !== '') return payload.environment;
  return undefined;
}

/**
 * The approval predicate for this run. `environment` is the `attest-environment` input; without it
 * the environment comes from the event (deployment, deployment_protection_rule).
 */
export function approvalPredicate(
  github: GitHubContext | undefined,
  env: Env,
  environment: string | undefined,
  now = new Date(),
): ApprovalPredicate {
  const approver = env.GITHUB_ACTOR?.trim() || github?.actor || '';
  if (approver === '') {
    throw inputError(
      'attest-type',
      'approval',
      'an approval attested from a GitHub Actions run (GITHUB_ACTOR names the approver, and it is not set)',
    );
  }
  const where = environment ?? eventEnvironment(github);
  if (where === undefined) {
    throw inputError(
      'attest-environment',
      '',
      'the environment approved for (e.g. prod), when the event names no deployment environment',
    );
  }
  const triggeredBy = env.GITHUB_TRIGGERING_ACTOR?.trim();
  const server = github?.serverUrl ?? env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = github?.repository ?? env.GITHUB_REPOSITORY ?? '';
  const runId = github?.runId ?? env.GITHUB_RUN_ID ?? '';
  const attempt = github?.runAttempt ?? (Number(env.GITHUB_RUN_ATTEMPT) || 1);
  return {
    approver,
    ...(triggeredBy && triggeredBy !== approver ? { triggeredBy } : {}),
    environment: where,
    approvedAt: now.toISOString(),
    run: {
      url: repository && runId ? `${server}/${repository}/actions/runs/${runId}/attempts/${attempt}` : '',
      repository,
      workflow: github?.workflow ?? env.GITHUB_WORKFLOW ?? '',
      event: github?.eventName ?? env.GITHUB_EVENT_NAME ?? '',
      ref: github?.ref ?? env.GITHUB_REF ?? '',
      sha: github?.sha ?? env.GITHUB_SHA ?? '',
    },
  };
}
