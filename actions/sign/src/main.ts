import { readGitHubContext, sign, type ActionEnvironment } from '@immutable-artefacts/core';
import { actionLogger, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: sign.SignActionInputs): Promise<ActionResult> {
  const environment: ActionEnvironment = {
    cwd: process.cwd(),
    env: process.env,
    logger: actionLogger,
    github: readGitHubContext(process.env),
  };
  const outcome = await sign.runSign(inputs, environment);
  return { outputs: outcome.outputs, summary: outcome.summary };
}
