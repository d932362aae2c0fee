import type { ActionEnvironment } from '../action.js';
import { calculateVersion } from './calculate.js';
import { defaultVersionOptions } from './options.js';

/**
 * The version build-tag uses when its `version` input is empty: computed exactly as
 * semver-calculate computes it with its defaults, by the same code (calculateVersion).
 */
export interface ResolveVersionOptions {
  readonly tagPrefix: string;
  /** For the PR labels behind a pushed merge commit, as semver-calculate would read them. */
  readonly token: string;
}

export async function resolveVersion(options: ResolveVersionOptions, environment: ActionEnvironment): Promise<string> {
  const result = await calculateVersion(
    defaultVersionOptions({ tagPrefix: options.tagPrefix, token: options.token }),
    environment,
  );
  environment.logger.info(
    `No 'version' given: computed ${result.version} as semver-calculate does (${result.bump} from ${result.bumpSource}).`,
  );
  return result.version;
}
