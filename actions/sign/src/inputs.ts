import * as core from '@actions/core';
import { sign } from '@immutable-artefacts/core';

/** The only place that reads the runner's inputs; secrets are masked as soon as they are read. */
export function getInputs(): sign.SignActionInputs {
  const secrets = new Set<string>(sign.SIGN_SECRETS);
  return sign.parseSignActionInputs((name) => {
    const value = core.getInput(name);
    if (secrets.has(name) && value !== '') {
      core.setSecret(value);
      // A multi-line PEM: the runner masks line by line, so mask each line too.
      for (const line of value.split(/\r?\n/)) if (line.trim().length >= 8) core.setSecret(line.trim());
    }
    return value;
  });
}
