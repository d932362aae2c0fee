import * as core from '@actions/core';
import { TRACE_SECRETS, parseTraceInputs, type TraceInputs } from '@immutable-artefacts/core';

/** The only file that reads the runner's inputs. Passwords and tokens are masked as soon as they are read. */
export function getInputs(): TraceInputs {
  const secrets = new Map<string, string>();
  for (const name of TRACE_SECRETS) {
    const value = core.getInput(name);
    if (value !== '') core.setSecret(value);
    secrets.set(name, value);
  }
  return parseTraceInputs((name) => secrets.get(name) ?? core.getInput(name));
}
