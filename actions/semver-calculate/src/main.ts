import { semverCalculate, type SemverCalculateInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: SemverCalculateInputs): Promise<ActionResult> {
  return semverCalculate(inputs, actionEnvironment());
}
