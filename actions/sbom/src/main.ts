import { sbom, type SbomInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: SbomInputs): Promise<ActionResult> {
  return sbom(inputs, actionEnvironment());
}
