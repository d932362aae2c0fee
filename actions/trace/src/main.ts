import { runTrace, type TraceInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: TraceInputs): Promise<ActionResult> {
  return runTrace(inputs, actionEnvironment());
}
