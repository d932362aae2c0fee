import { runSign, type SignInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: SignInputs): Promise<ActionResult> {
  return runSign(inputs, actionEnvironment());
}
