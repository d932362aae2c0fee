import * as core from '@actions/core';
import { PACK_SECRETS, parsePackInputs, type PackInputs } from '@immutable-artefacts/core';

/** The only file that reads the runner's inputs. The registry password is masked as soon as it is read. */
export function getInputs(): PackInputs {
  const secrets = new Map<string, string>();
  for (const name of PACK_SECRETS) {
    const value = core.getInput(name);
    if (value !== '') core.setSecret(value);
    secrets.set(name, value);
  }
  return parsePackInputs((name) => secrets.get(name) ?? core.getInput(name));
}
