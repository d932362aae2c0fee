import type { RawInputs } from '@immutable-artefacts/core';
import { actionSpecs } from './generated/action-specs.js';

/**
 * An action's inputs as the runner would give them: `given` first, else the action.yml default,
 * with `${{ github.token }}` read from GITHUB_TOKEN (or GH_TOKEN) as a laptop or other CI has it.
 */
export function inputsFor(action: string, given: ReadonlyMap<string, string> = new Map()): RawInputs {
  const spec = actionSpecs[action];
  return (input: string): string => {
    const value = given.get(input);
    if (value !== undefined) return value;
    const fallback = spec?.inputs[input]?.default ?? '';
    return fallback.replace(/\$\{\{\s*github\.token\s*\}\}/g, process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '');
  };
}
