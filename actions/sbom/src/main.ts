import {
  ArtefactsError,
  artifactRuntimeAvailable,
  describeError,
  runSbom,
  sbomArtifact,
  type SbomInputs,
} from '@immutable-artefacts/core';
import { actionEnvironment, actionLogger, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: SbomInputs): Promise<ActionResult> {
  const environment = actionEnvironment();
  const outcome = await runSbom(inputs, environment);
  const outputs: Record<string, string> = { ...outcome.outputs };
  const artifact = inputs.uploadArtifact ? sbomArtifact(outcome, environment.cwd) : undefined;
  // The upload speaks to the runner's own service, so it stays in the action; the core already gave a
  // notice when the runtime is absent (e.g. a local run of this bundle).
  if (artifact !== undefined && artifactRuntimeAvailable(process.env)) {
    let uploaded: { id?: number; size?: number };
    try {
      // Loaded only to upload: the client is most of this bundle, and most runs upload nothing.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      uploaded = await new DefaultArtifactClient().uploadArtifact(
        artifact.name,
        [...artifact.files],
        artifact.rootDirectory,
      );
    } catch (error) {
      throw new ArtefactsError(
        'GITHUB_API',
        `upload-artifact: uploading artifact '${artifact.name}' failed: ${describeError(error)}`,
        {
          hint: "The documents are on disk (sbom-paths). 'already exists' means this same step already uploaded this artifact in this job run.",
          cause: error,
        },
      );
    }
    actionLogger.info(`Uploaded artifact ${artifact.name} (id ${uploaded.id ?? '?'}, ${uploaded.size ?? '?'} bytes)`);
    outputs['artifact-id'] = String(uploaded.id ?? '');
  }
  return { outputs, summary: outcome.summary };
}
