import {
  readGitHubContext,
  semverCalculate,
  type ActionEnvironment,
  type SemverCalculateInputs,
} from '@immutable-artefacts/core';
import { actionLogger, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: Readonly<SemverCalculateInputs>): Promise<ActionResult> {
  const environment: ActionEnvironment = {
    cwd: process.cwd(),
    env: process.env,
    logger: actionLogger,
    github: readGitHubContext(process.env),
  };
  const outcome = await semverCalculate(inputs, environment);
  return { outputs: outcome.outputs, summary: outcome.summary };
}
