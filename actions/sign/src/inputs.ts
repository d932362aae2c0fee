import * as core from '@actions/core';
import { parseSignInputs, SIGN_SECRETS, type SignInputs } from '@immutable-artefacts/core';

/** The only place that reads the runner's inputs; secrets are masked as soon as they are read. */
export function getInputs(): SignInputs {
  const secrets = new Set<string>(SIGN_SECRETS);
  return parseSignInputs((name) => {
    const value = core.getInput(name);
    if (secrets.has(name) && value !== '') {
      core.setSecret(value);
      // A multi-line PEM: the runner masks line by line, so mask each line too.
      for (const line of value.split(/\r?\n/)) if (line.trim().length >= 8) core.setSecret(line.trim());
    }
    return value;
  });
}
