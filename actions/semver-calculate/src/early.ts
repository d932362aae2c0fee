/**
 * What the entry reads before the rest of the bundle is loaded, to start the calculation's first git
 * queries (core's early-queries.ts) while that loading happens. The tag prefix read here is a hint:
 * the inputs are parsed in inputs.ts, and the queries are used only if they match what was parsed.
 */
import { startVersionQueries, type EarlyVersionQueries } from '@immutable-artefacts/core';
import { actionCwd } from '../../shared/src/workspace.js';

export function startEarlyQueries(): EarlyVersionQueries {
  // The runner passes each input as INPUT_<NAME> (action.yml's default applied); getInput trims it.
  return startVersionQueries(actionCwd(), (process.env['INPUT_TAG-PREFIX'] ?? '').trim());
}
