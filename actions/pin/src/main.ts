import { runPin, type PinInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: PinInputs): Promise<ActionResult> {
  return runPin(inputs, actionEnvironment());
}
