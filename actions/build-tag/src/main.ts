import { runBuildTag, type BuildTagInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: BuildTagInputs): Promise<ActionResult> {
  return runBuildTag(inputs, actionEnvironment());
}
