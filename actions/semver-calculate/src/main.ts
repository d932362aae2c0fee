import { runSemverCalculate, type EarlyVersionQueries, type SemverCalculateInputs } from '@immutable-artefacts/core';
import { actionEnvironment, runAction, type ActionResult } from '../../shared/src/runner.js';
import { getInputs } from './inputs.js';

export async function run(inputs: SemverCalculateInputs, early?: EarlyVersionQueries): Promise<ActionResult> {
  return runSemverCalculate(inputs, actionEnvironment(), early);
}

export async function main(early?: EarlyVersionQueries): Promise<void> {
  await runAction('semver-calculate', async () => run(getInputs(), early));
}
