import * as core from '@actions/core';
import { PROMOTE_SECRETS, parsePromoteInputs, type PromoteInputs } from '@immutable-artefacts/core';

/** The only file that reads the runner's inputs. Passwords and tokens are masked as soon as they are read. */
export function getInputs(): PromoteInputs {
  const secrets = new Map<string, string>();
  for (const name of PROMOTE_SECRETS) {
    const value = core.getInput(name);
    if (value !== '') core.setSecret(value);
    secrets.set(name, value);
  }
  return parsePromoteInputs((name) => secrets.get(name) ?? core.getInput(name));
}
