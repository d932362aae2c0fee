import * as core from '@actions/core';
import { parseSemverCalculateInputs, type SemverCalculateInputs } from '@immutable-artefacts/core';

/** The only place that reads the step's inputs; the token is masked as soon as it is read. */
export function getInputs(): Readonly<SemverCalculateInputs> {
  const token = core.getInput('github-token');
  if (token !== '') core.setSecret(token);
  return Object.freeze(parseSemverCalculateInputs((name) => core.getInput(name)));
}
