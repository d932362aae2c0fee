import * as core from '@actions/core';
import { parseSbomInputs, SBOM_SECRETS, type SbomInputs } from '@immutable-artefacts/core';

/** The only place the sbom action reads its inputs; secrets are masked as soon as they are read. */
export function getInputs(): SbomInputs {
  const secrets = new Set<string>(SBOM_SECRETS);
  return parseSbomInputs((name) => {
    const value = core.getInput(name);
    if (secrets.has(name) && value !== '') {
      core.setSecret(value);
      // A multi-line PEM: the runner masks line by line, so mask each line too.
      for (const line of value.split(/\r?\n/)) if (line.trim().length >= 8) core.setSecret(line.trim());
    }
    return value;
  });
}
