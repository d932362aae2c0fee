import * as core from '@actions/core';
import { PIN_SECRETS, parsePinInputs, type PinInputs } from '@immutable-artefacts/core';

/** The only file that reads the runner's inputs. Passwords are masked as soon as they are read. */
export function getInputs(): PinInputs {
  const secrets = new Map<string, string>();
  for (const name of PIN_SECRETS) {
    const value = core.getInput(name);
    if (value !== '') core.setSecret(value);
    secrets.set(name, value);
  }
  return parsePinInputs((name) => secrets.get(name) ?? core.getInput(name));
}
