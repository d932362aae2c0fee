import { runPromote, type PromoteInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: PromoteInputs): Promise<ActionResult> {
  return runPromote(inputs, actionEnvironment());
}
