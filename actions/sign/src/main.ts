import { sign } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: sign.SignActionInputs): Promise<ActionResult> {
  return sign.runSign(inputs, actionEnvironment());
}
