import { runVerify, type VerifyInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: VerifyInputs): Promise<ActionResult> {
  return runVerify(inputs, actionEnvironment());
}
