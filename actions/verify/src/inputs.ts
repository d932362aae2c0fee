import * as core from '@actions/core';
import { sign } from '@immutable-artefacts/core';

/** The only place that reads the runner's inputs; secrets are masked as soon as they are read. */
export function getInputs(): sign.VerifyActionInputs {
  const secrets = new Set<string>(sign.VERIFY_SECRETS);
  return sign.parseVerifyActionInputs((name) => {
    const value = core.getInput(name);
    if (secrets.has(name) && value !== '') core.setSecret(value);
    return value;
  });
}
