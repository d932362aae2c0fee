import { sign } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: sign.VerifyActionInputs): Promise<ActionResult> {
  return sign.runVerify(inputs, actionEnvironment());
}
