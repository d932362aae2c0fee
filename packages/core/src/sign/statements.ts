/**
 * in-toto Statement v1 and the predicates this suite signs: cosign v3's own image signature,
 * SLSA provenance v1 from a GitHub Actions run, SBOMs, and any custom predicate.
 * Spec: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 */
import { ArtefactsError } from '../errors.js';
import type { GitHubContext } from '../github/context.js';
import { runFacts } from '../github/run-facts.js';
import { digestHex } from '../oci/media.js';

const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
export const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
export const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
export const SPDX_PREDICATE = 'https://spdx.dev/Document/v2.3';

export interface Subject {
  readonly name: string;
  readonly digest: Readonly<Record<string, string>>;
}

export interface Statement {
  readonly _type: typeof STATEMENT_TYPE;
  readonly subject: readonly Subject[];
  readonly predicateType: string;
  readonly predicate: Readonly<Record<string, unknown>>;
}

export function subject(name: string, digest: string): Subject {
  if (name === '') throw new ArtefactsError('INTERNAL', 'A statement subject needs a name.');
  return { name, digest: { sha256: digestHex(digest) } };
}

export function statement(
  subjects: readonly Subject[],
  predicateType: string,
  predicate: Readonly<Record<string, unknown>>,
): Statement {
  if (subjects.length === 0) throw new ArtefactsError('INTERNAL', 'A statement needs at least one subject.');
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
    throw new ArtefactsError('INPUT_INVALID', `The predicate type '${predicateType}' is not a URI.`, {
      hint: 'Predicate types are URIs such as https://slsa.dev/provenance/v1.',
    });
  }
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}

/** cosign v3's own image signature: a statement about the image digest with an empty predicate. */
export function cosignSignStatement(imageName: string, digest: string): Statement {
  return statement([subject(imageName, digest)], COSIGN_SIGN_PREDICATE, {});
}

/** Serialises a statement to the exact bytes that get signed. */
export function statementBytes(value: Statement): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

/** Parses and checks the shape of a signed payload; the caller decides whether to trust it. */
export function parseStatement(payload: Uint8Array): Statement {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch {
    throw new ArtefactsError('VERIFICATION_FAILED', 'The signed payload is not JSON, so not an in-toto statement.');
  }
  const s = value as Partial<Statement> | null;
  if (
    s === null ||
    typeof s !== 'object' ||
    s._type !== STATEMENT_TYPE ||
    !Array.isArray(s.subject) ||
    typeof s.predicateType !== 'string'
  ) {
    throw new ArtefactsError(
      'VERIFICATION_FAILED',
      `The signed payload is not an in-toto Statement v1 (_type ${JSON.stringify((s as { _type?: unknown } | null)?._type)}).`,
    );
  }
  for (const sub of s.subject) {
    if (typeof sub?.name !== 'string' || typeof sub.digest !== 'object' || sub.digest === null) {
      throw new ArtefactsError('VERIFICATION_FAILED', 'The statement has a subject without a name or digest.');
    }
  }
  return { _type: STATEMENT_TYPE, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate ?? {} };
}

/** The workflow facts SLSA provenance needs beyond GitHubContext, read from the runner's env. */
export interface WorkflowFacts {
  /** GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/x.yml@refs/heads/main`. */
  readonly workflowRef: string;
  /**
   * The OIDC token's `job_workflow_ref` (keyless signing): the workflow whose job runs, which for
   * a reusable workflow is the called one, not the caller. GitHub's own provenance names it as
   * `builder.id`; absent (key-based signing), the caller's workflow ref is the builder.
   */
  readonly jobWorkflowRef?: string | undefined;
  readonly repositoryId: string;
  readonly repositoryOwnerId: string;
  /** RUNNER_ENVIRONMENT: `github-hosted` or `self-hosted`. */
  readonly runnerEnvironment: string;
}

export function workflowFacts(
  env: Readonly<Record<string, string | undefined>>,
  claims: { readonly job_workflow_ref?: unknown } = {},
): WorkflowFacts {
  return {
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
    ...(typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== ''
      ? { jobWorkflowRef: claims.job_workflow_ref }
      : {}),
    repositoryId: env.GITHUB_REPOSITORY_ID ?? '',
    repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
    runnerEnvironment: env.RUNNER_ENVIRONMENT ?? '',
  };
}

/**
 * SLSA provenance v1 for a GitHub Actions run, in the shape GitHub's own attest-build-provenance
 * writes (build type https://actions.github.io/buildtypes/workflow/v1).
 */
export function githubProvenancePredicate(context: GitHubContext, facts: WorkflowFacts): Record<string, unknown> {
  const missing = [
    ['GITHUB_REPOSITORY', context.repository],
    ['GITHUB_SHA', context.sha],
    ['GITHUB_REF', context.ref],
    ['GITHUB_RUN_ID', context.runId],
    ['GITHUB_WORKFLOW_REF', facts.workflowRef],
  ].filter(([, v]) => v === '');
  if (missing.length > 0) {
    throw new ArtefactsError(
      'GITHUB_CONTEXT',
      `Cannot describe the build for provenance: ${missing.map(([k]) => k).join(', ')} not set.`,
      { hint: 'Provenance is generated inside a GitHub Actions run; outside one, give a predicate file instead.' },
    );
  }
  // The run's facts come from the one builder promotion records use too (github/run-facts.ts).
  const run = runFacts(context, facts);
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: run.workflow.ref, repository: run.repositoryUrl, path: run.workflow.path },
      },
      internalParameters: {
        github: {
          event_name: context.eventName,
          repository_id: facts.repositoryId,
          repository_owner_id: facts.repositoryOwnerId,
          runner_environment: facts.runnerEnvironment,
        },
      },
      resolvedDependencies: [{ uri: `git+${run.repositoryUrl}@${run.ref}`, digest: { gitCommit: run.sha } }],
    },
    runDetails: {
      builder: { id: run.builderId },
      metadata: { invocationId: run.runUrl },
    },
  };
}

/** The predicate type for an SBOM document: CycloneDX or SPDX 2.3, recognised from its content. */
export function sbomPredicateType(document: unknown): string {
  const d = document as Record<string, unknown> | null;
  if (d && typeof d === 'object') {
    if (d.bomFormat === 'CycloneDX' && typeof d.specVersion === 'string') return CYCLONEDX_PREDICATE;
    if (typeof d.spdxVersion === 'string' && typeof d.SPDXID === 'string') {
      if (d.spdxVersion !== 'SPDX-2.3') {
        throw new ArtefactsError('SBOM_FAILED', `Unsupported SPDX version ${d.spdxVersion} (expected SPDX-2.3).`);
      }
      return SPDX_PREDICATE;
    }
  }
  throw new ArtefactsError(
    'SBOM_FAILED',
    'The SBOM is neither CycloneDX JSON (bomFormat + specVersion) nor SPDX 2.3 JSON (spdxVersion + SPDXID).',
  );
}
