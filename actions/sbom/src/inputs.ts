import * as core from '@actions/core';
import { parseSbomInputs, type SbomInputs } from '@immutable-artefacts/core';

/** The only place the sbom action reads its inputs (it has no secrets). */
export function getInputs(): SbomInputs {
  return parseSbomInputs((name) => core.getInput(name));
}
