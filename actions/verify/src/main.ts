import { readGitHubContext, sign, type ActionEnvironment } from '@immutable-artefacts/core';
import { actionLogger, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: sign.VerifyActionInputs): Promise<ActionResult> {
  const environment: ActionEnvironment = {
    cwd: process.cwd(),
    env: process.env,
    logger: actionLogger,
    github: readGitHubContext(process.env),
  };
  const outcome = await sign.runVerify(inputs, environment);
  return { outputs: outcome.outputs, summary: outcome.summary };
}
