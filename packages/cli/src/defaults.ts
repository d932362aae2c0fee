import type { RawInputs } from '@immutable-artefacts/core';
import { actionInputs } from './generated/action-inputs.js';

/** `${{ github.token }}` in an action.yml default: the environment variables it is read from outside a runner. */
const TOKEN_EXPRESSION = /\$\{\{\s*github\.token\s*\}\}/g;
const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'GH_TOKEN'] as const;

/** A default as the CLI applies it: the expressions it holds replaced by the environment variables. */
export function cliDefault(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  return fallback.replace(TOKEN_EXPRESSION, TOKEN_VARIABLES.map((v) => env[v]).find((v) => v !== undefined) ?? '');
}

/**
 * A default as help shows it, on the flag's line: where the CLI reads it from (never a `${{ }}`
 * expression), and a multi-line default (a list, one entry per line) as its lines joined by "; ".
 */
export function shownDefault(fallback: string): string {
  return fallback
    .replace(TOKEN_EXPRESSION, TOKEN_VARIABLES.map((v) => `$${v}`).join(' or '))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('; ');
}

/**
 * An action's inputs as the runner would give them: `given` first, else the action.yml default,
 * with `${{ github.token }}` read from GITHUB_TOKEN (or GH_TOKEN) as a laptop or other CI has it.
 */
export function inputsFor(
  action: string,
  given: ReadonlyMap<string, string> = new Map(),
  env: NodeJS.ProcessEnv = process.env,
): RawInputs {
  const defaults = actionInputs[action];
  return (input: string): string => {
    const value = given.get(input);
    if (value !== undefined) return value;
    return cliDefault(defaults?.[input] ?? '', env);
  };
}
