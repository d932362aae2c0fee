import * as core from '@actions/core';
import { AUDIT_SECRETS, parseAuditInputs, type AuditInputs } from '@immutable-artefacts/core';

/** The only file that reads the runner's inputs. Passwords and tokens are masked as soon as they are read. */
export function getInputs(): AuditInputs {
  const secrets = new Map<string, string>();
  for (const name of AUDIT_SECRETS) {
    const value = core.getInput(name);
    if (value !== '') core.setSecret(value);
    secrets.set(name, value);
  }
  return parseAuditInputs((name) => secrets.get(name) ?? core.getInput(name));
}
