/**
 * Conditions on what was attested: `[newest|every|any] <predicate type or short name>: <JMESPath
 * expression>`, one per line, each judged on the verified attestations of that type about the
 * subject: by default (`newest`) the one attached last must satisfy it, so a newer failing scan is
 * never hidden by an older passing one; `every` asks all of them, `any` at least one. "Attached
 * last" is the referrer's `org.opencontainers.image.created` annotation (written by sign when it
 * attaches the bundle); without one, or on a tie, the later in the registry's referrer listing.
 * The expression is evaluated over the statement's predicate with JMESPath
 * (@jmespath-community/jmespath) and holds when its result is JMESPath-truthy: anything but
 * false, null, an empty string, an empty array or an empty object (0 is truthy, as in JMESPath).
 * The verify action and promote's gate both judge with this one function.
 */
import { search, type JSONValue } from '@jmespath-community/jmespath';
import { describeError } from '../errors.js';
import type { Condition, Quantifier } from './condition-lines.js';
import { VerificationFailure, type VerifiedStatement } from './verify-policy.js';

export { parseConditions, type Condition, type Quantifier } from './condition-lines.js';

type Judged = Pick<VerifiedStatement, 'source' | 'statement'> & { readonly created?: string };

function time(created: string | undefined): number {
  const t = created === undefined ? Number.NaN : Date.parse(created);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** The attestation attached last: the latest `created`; on a tie (or none), the later in the listing. */
export function newest<T extends Judged>(candidates: readonly T[]): T {
  let best = candidates[0]!;
  for (const c of candidates.slice(1)) if (time(c.created) >= time(best.created)) best = c;
  return best;
}

const JUDGED: Readonly<Record<Quantifier, string>> = {
  newest: 'the newest verified attestation of its type',
  every: 'every verified attestation of its type',
  any: 'at least one verified attestation of its type',
};

/** JMESPath truthiness: false, null, '', [] and {} are false; everything else (0 too) is true. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** The value an expression gives for one predicate, or the evaluation error (a type error in a function). */
function evaluate(condition: Condition, predicate: unknown): { value: unknown } | { error: string } {
  try {
    return { value: search(predicate as JSONValue, condition.expression) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Checks every condition against the verified statements about `subject`; throws a
 * VERIFICATION_FAILED (rule `condition`) naming, for each failing line, the predicate type and the
 * value the expression produced for each attestation of that type (or that there was none).
 */
export function checkConditions(conditions: readonly Condition[], verified: readonly Judged[], subject: string): void {
  const failures: string[] = [];
  for (const condition of conditions) {
    const candidates = verified.filter((v) => v.statement.predicateType === condition.predicateType);
    if (candidates.length === 0) {
      const present = [...new Set(verified.map((v) => v.statement.predicateType))];
      failures.push(
        `  - '${condition.line}': no verified attestation of type ${condition.predicateType} (verified: ${present.join(', ') || 'none'})`,
      );
      continue;
    }
    const judged = condition.quantifier === 'newest' ? [newest(candidates)] : candidates;
    const results = judged.map((c) => ({ source: c.source, result: evaluate(condition, c.statement.predicate) }));
    const holds = (r: (typeof results)[number]) => 'value' in r.result && truthy(r.result.value);
    if (condition.quantifier === 'any' ? results.some(holds) : results.every(holds)) continue;
    const of = condition.quantifier === 'newest' && candidates.length > 1 ? ` (newest of ${candidates.length})` : '';
    for (const r of results) {
      if (condition.quantifier === 'every' && holds(r)) continue;
      const what = 'value' in r.result ? `gave ${shown(r.result.value)}` : `could not be evaluated (${r.result.error})`;
      failures.push(`  - '${condition.line}': predicate ${condition.predicateType} from ${r.source}${of} ${what}`);
    }
  }
  if (failures.length > 0) {
    throw new VerificationFailure(
      `${subject}: ${failures.length === 1 ? 'a condition' : 'conditions'} on its attestations failed:\n${failures.join('\n')}`,
      'condition',
      [],
      `The expression must give a JMESPath-truthy value (not false, null, "", [] or {}) for ${[...new Set(conditions.map((c) => JUDGED[c.quantifier]))].join(' / ')} (quantifiers: newest, the default; every; any). Fix what was attested (e.g. the findings or failing tests, then attest again), or the condition.`,
    );
  }
}
