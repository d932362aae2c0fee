import { readGitHubContext, runPack, type PackInputs } from '@immutable-artefacts/core';
import { actionLogger, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: PackInputs): Promise<ActionResult> {
  const outcome = await runPack(inputs, {
    cwd: process.cwd(),
    env: process.env,
    logger: actionLogger,
    github: readGitHubContext(process.env),
  });
  return { outputs: outcome.outputs, summary: outcome.summary };
}
