import { readGitHubContext, sbom, type SbomInputs } from '@immutable-artefacts/core';
import { actionLogger, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: SbomInputs): Promise<ActionResult> {
  const outcome = await sbom(inputs, {
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    env: process.env,
    logger: actionLogger,
    github: readGitHubContext(process.env),
  });
  return { outputs: outcome.outputs, summary: outcome.summary };
}
