/**
 * The `conditions` input read into typed conditions, in a module light enough for every input
 * parser to import at start-up (JMESPath only checks the expressions here; evaluation and the
 * verification it needs live in conditions.ts and are loaded when a run verifies).
 */
import { compile } from '@jmespath-community/jmespath';
import { describeError, inputError } from '../errors.js';
import type { RawInputs } from '../inputs.js';
import { APPROVAL_PREDICATE } from './predicates/approval.js';
import { TEST_RESULT_PREDICATE } from './predicates/test-result.js';
import { VULN_PREDICATE } from './predicates/vuln.js';
import { COSIGN_SIGN_PREDICATE, CYCLONEDX_PREDICATE, SLSA_PROVENANCE_PREDICATE, SPDX_PREDICATE } from './statements.js';

/**
 * Which attestations of the type must satisfy the expression: `newest` (the default) the one attached
 * last, so an older passing scan cannot hide a newer failing one; `every` all of them; `any` at least
 * one (a choice to make explicitly: an old pass then outweighs a new failure).
 */
export type Quantifier = 'newest' | 'every' | 'any';
const QUANTIFIERS: readonly Quantifier[] = ['newest', 'every', 'any'];

export interface Condition {
  /** The line as written, to name it in failures. */
  readonly line: string;
  /** Which attestations of the type the expression is judged on (default `newest`). */
  readonly quantifier: Quantifier;
  /** The full predicate type URI the condition is about. */
  readonly predicateType: string;
  readonly expression: string;
}

const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/**
 * Parses the `conditions` input: blank lines and `#` comments dropped; an optional quantifier
 * (`newest`, `every`, `any`) and white space first; the type is everything before the first colon
 * followed by white space (a URI has none), resolved through `aliases`.
 */
export function parseConditions(
  raw: string,
  aliases: Readonly<Record<string, string>>,
  input = 'conditions',
): Condition[] {
  const conditions: Condition[] = [];
  const accepted = `lines '[${QUANTIFIERS.join(' | ')}] <predicate type URI or ${Object.keys(aliases).join(' | ')}>: <JMESPath expression>'`;
  for (const text of raw.split(/\r?\n/)) {
    const line = text.trim();
    if (line === '' || line.startsWith('#')) continue;
    const split = /^(?:(newest|every|any)\s+)?(\S+?):\s+(.+)$/i.exec(line);
    if (!split) throw inputError(input, line, accepted);
    const quantifier = (split[1]?.toLowerCase() ?? 'newest') as Quantifier;
    const name = split[2]!;
    const expression = split[3]!.trim();
    const predicateType = aliases[name.toLowerCase()] ?? name;
    if (!URI.test(predicateType)) throw inputError(input, line, accepted);
    try {
      compile(expression);
    } catch (error) {
      throw inputError(input, line, `a valid JMESPath expression after '${name}:' (${describeError(error)})`);
    }
    conditions.push({ line, quantifier, predicateType, expression });
  }
  return conditions;
}

/** Short names of predicate types, for `attestations` and `conditions`. */
export const PREDICATE_ALIASES: Readonly<Record<string, string>> = {
  signature: COSIGN_SIGN_PREDICATE,
  provenance: SLSA_PROVENANCE_PREDICATE,
  'slsa-provenance': SLSA_PROVENANCE_PREDICATE,
  cyclonedx: CYCLONEDX_PREDICATE,
  spdx: SPDX_PREDICATE,
  vuln: VULN_PREDICATE,
  'test-result': TEST_RESULT_PREDICATE,
  approval: APPROVAL_PREDICATE,
};

/** The `conditions` input (verify, promote): `[newest|every|any] <predicate type or short name>: <JMESPath expression>` per line. */
export function parseConditionsInput(get: RawInputs, name = 'conditions'): Condition[] {
  return parseConditions(get(name), PREDICATE_ALIASES, name);
}
