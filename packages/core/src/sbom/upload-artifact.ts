/**
 * The sbom action's hand-off to `upload-artifact`: the workflow artifact name (unique per job and
 * matrix entry) and the files to upload. The upload itself happens in the action, where
 * @actions/artifact and the runner's ACTIONS_RUNTIME_TOKEN exist.
 */
import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import type { ActionOutcome } from '../action.js';

/** Artifact names may not contain these (actions/upload-artifact's rule). */
const ARTIFACT_FORBIDDEN = /["':<>|*?\\/\r\n]/g;

/**
 * `sbom-<job>-<what>-<hash8>`: the job id (GITHUB_JOB), a readable label of what was catalogued
 * (platforms or path), and a hash over everything that tells uploads in one workflow run apart:
 * the job run's own backend id (from the runner's ACTIONS_RUNTIME_TOKEN: every matrix entry is
 * its own job run, even when it catalogues the same tree on the same OS), the step (GITHUB_ACTION),
 * the subject digests, the written paths, and the runner's facts (ImageOS, RUNNER_OS/ARCH). Two
 * matrix entries, or two sbom steps of one job, never clash; the same step re-run in the same job
 * run gets the same name.
 */
export function sbomArtifactName(
  env: Readonly<Record<string, string | undefined>>,
  facts: { label: string; subjects: readonly string[]; paths: readonly string[] },
): string {
  const job = env.GITHUB_JOB ?? 'job';
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        job,
        [...facts.subjects].sort(),
        [...facts.paths].sort(),
        env.RUNNER_OS ?? '',
        env.RUNNER_ARCH ?? '',
        env.ImageOS ?? '',
        env.GITHUB_ACTION ?? '',
        jobRunBackendId(env.ACTIONS_RUNTIME_TOKEN) ?? '',
      ]),
    )
    .digest('hex')
    .slice(0, 8);
  const label = facts.label.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'root';
  return `sbom-${job}-${label}-${hash}`.replace(ARTIFACT_FORBIDDEN, '-').slice(0, 200);
}

/**
 * The job run's backend id from the runtime token's `scp` claim (`Actions.Results:<run>:<job run>`),
 * as @actions/artifact reads it; undefined when there is no token or it is not such a JWT. Only
 * the payload is decoded (nothing is verified, nothing of the token is kept or logged).
 */
export function jobRunBackendId(token: string | undefined): string | undefined {
  if (token === undefined || token.length > 16384) return undefined;
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const scp = (claims as { scp?: unknown } | null)?.scp;
  if (typeof scp !== 'string') return undefined;
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[2] !== '') return parts[2];
  }
  return undefined;
}

/** The artifact the action uploads: its name, the files (absolute) and their common root. */
export interface SbomArtifact {
  readonly name: string;
  readonly files: readonly string[];
  readonly rootDirectory: string;
}

/** What the action must upload after an sbom outcome (outputs `artifact-name` and `sbom-paths`). */
export function sbomArtifact(outcome: ActionOutcome, cwd: string): SbomArtifact | undefined {
  const name = outcome.outputs['artifact-name'];
  if (name === undefined || name === '') return undefined;
  const files = (outcome.outputs['sbom-paths'] ?? '')
    .split('\n')
    .filter((p) => p !== '')
    .map((p) => resolve(cwd, p));
  const dirs = files.map((f) => f.slice(0, f.lastIndexOf(sep)));
  let root = dirs[0] ?? cwd;
  for (const d of dirs)
    while (!(d === root || d.startsWith(`${root}${sep}`))) root = root.slice(0, root.lastIndexOf(sep)) || sep;
  return { name, files, rootDirectory: root };
}

/** Whether this process can reach the Actions artifact service. */
export function artifactRuntimeAvailable(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN) && Boolean(env.ACTIONS_RESULTS_URL ?? env.ACTIONS_RUNTIME_URL);
}
