/**
 * The facts of a workflow run that a statement about what it made carries: the one builder behind
 * SLSA provenance (sign/statements.ts) and promotion records (promote/records.ts), so the two never
 * disagree on which run, commit, repository or workflow it was.
 */
import { parseWorkflowRef, readRunContext, type RunContext } from './context.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface RunFacts {
  /** `owner/repo`; '' outside a run. */
  readonly repository: string;
  /** `https://github.com/owner/repo`. */
  readonly repositoryUrl: string;
  readonly sha: string;
  readonly ref: string;
  /** GITHUB_WORKFLOW: the workflow's name. */
  readonly workflowName: string;
  /** GITHUB_WORKFLOW_REF as given: `owner/repo/.github/workflows/x.yml@refs/heads/main`; '' when absent. */
  readonly workflowRef: string;
  /** The workflow file and the ref it was read at (the run's ref when the workflow ref names none). */
  readonly workflow: { readonly path: string; readonly ref: string };
  /** The builder: the workflow whose job ran (a called reusable workflow), else the run's workflow. */
  readonly builderId: string;
  readonly actor: string;
  /**
   * This run and attempt, `…/owner/repo/actions/runs/<id>/attempts/<n>` (attempt 1 when the runner
   * did not say): SLSA's invocationId and a promotion record's run URL. Undefined outside a run.
   */
  readonly runUrl: string | undefined;
}

/**
 * The one builder of a run's facts. `workflow` is GITHUB_WORKFLOW_REF and, when signing keyless, the
 * OIDC token's `job_workflow_ref` (which GitHub's own provenance names as the builder).
 */
export function runFacts(
  context: RunContext,
  workflow: { readonly workflowRef: string; readonly jobWorkflowRef?: string | undefined },
): RunFacts {
  const repositoryUrl = `${context.serverUrl}/${context.repository}`;
  const parsed = parseWorkflowRef(workflow.workflowRef);
  return {
    repository: context.repository,
    repositoryUrl,
    sha: context.sha,
    ref: context.ref,
    workflowName: context.workflow,
    workflowRef: workflow.workflowRef,
    workflow: { path: parsed.path, ref: parsed.ref || context.ref },
    builderId: `${context.serverUrl}/${workflow.jobWorkflowRef ?? workflow.workflowRef}`,
    actor: context.actor,
    runUrl:
      context.repository === '' || context.runId === ''
        ? undefined
        : `${repositoryUrl}/actions/runs/${context.runId}/attempts/${context.runAttempt || 1}`,
  };
}

/** A run's facts from the runner's environment alone (for a caller with no GitHubContext). */
export function envRunFacts(env: Env): RunFacts {
  return runFacts(readRunContext(env), { workflowRef: env.GITHUB_WORKFLOW_REF ?? '' });
}
