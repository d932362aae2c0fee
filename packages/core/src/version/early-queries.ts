/**
 * The two git queries every version calculation opens with (HEAD's facts, the tag listing), started
 * before the rest of an action's bundle is loaded. A cold action process spends tens of milliseconds
 * evaluating its bundle; these queries need nothing from it, so git runs meanwhile. This module
 * imports only what the queries need, so that an entry can start them first.
 *
 * calculateVersion uses them only when they were started for its own working directory and tag
 * prefix (the early prefix is read before the inputs are parsed); otherwise it runs its own.
 */
import { headFacts, type HeadFacts } from '../git/history.js';
import { listTags } from './version-tags.js';

export interface EarlyVersionQueries {
  readonly cwd: string;
  readonly prefix: string;
  readonly head: Promise<HeadFacts>;
  readonly tags: Promise<string[]>;
}

/** Starts the listing and the HEAD query; a failure is seen where calculateVersion awaits them. */
export function startVersionQueries(cwd: string, prefix: string): EarlyVersionQueries {
  const tags = listTags(cwd, prefix);
  tags.catch(() => undefined);
  const head = headFacts(cwd);
  head.catch(() => undefined);
  return { cwd, prefix, head, tags };
}

/** The early queries when they answer for `cwd` and `prefix`, else undefined. */
export function earlyQueriesFor(
  early: EarlyVersionQueries | undefined,
  cwd: string,
  prefix: string,
): EarlyVersionQueries | undefined {
  return early !== undefined && early.cwd === cwd && early.prefix === prefix ? early : undefined;
}
