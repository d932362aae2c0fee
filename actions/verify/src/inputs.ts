import * as core from '@actions/core';
import { parseVerifyInputs, VERIFY_SECRETS, type VerifyInputs } from '@immutable-artefacts/core';

/** The only place that reads the runner's inputs; secrets are masked as soon as they are read. */
export function getInputs(): VerifyInputs {
  const secrets = new Set<string>(VERIFY_SECRETS);
  return parseVerifyInputs((name) => {
    const value = core.getInput(name);
    if (secrets.has(name) && value !== '') core.setSecret(value);
    return value;
  });
}
