import { runSemverCalculate, type SemverCalculateInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: SemverCalculateInputs): Promise<ActionResult> {
  return runSemverCalculate(inputs, actionEnvironment());
}
