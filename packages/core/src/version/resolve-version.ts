import type { ActionEnvironment } from '../action.js';
import { ArtefactsError } from '../errors.js';

/**
 * The version build-tag uses when its `version` input is empty: it must be computed exactly as
 * semver-calculate computes it, by the same code.
 *
 * TODO(lead): wire `calculateVersion(options, environment)` from ./calculate.ts (semver-calculate's
 * core entry point, written on another branch) here, e.g.
 *   const result = await calculateVersion({ ...defaults, tagPrefix: options.tagPrefix }, environment);
 *   return result.version;
 * This is the ONLY place build-tag asks for a computed version; nothing else needs to change.
 */
export interface ResolveVersionOptions {
  readonly tagPrefix: string;
}

export async function resolveVersion(
  _options: ResolveVersionOptions,
  _environment: ActionEnvironment,
): Promise<string> {
  throw new ArtefactsError(
    'INPUT_MISSING',
    "Input 'version' is empty: version is required until build-tag computes it itself with semver-calculate's logic.",
    {
      hint: 'Run semver-calculate first and pass its output: version: ${{ steps.semver.outputs.version }}.',
    },
  );
}
