/**
 * Conditions on what was attested: `<predicate type or short name>: <JMESPath expression>`, one per
 * line, each of which must hold for at least one verified attestation of that type about the
 * subject. The expression is evaluated over the statement's predicate with JMESPath
 * (@jmespath-community/jmespath) and holds when its result is JMESPath-truthy: anything but
 * false, null, an empty string, an empty array or an empty object (0 is truthy, as in JMESPath).
 * The verify action and promote's gate both judge with this one function.
 */
import { search, type JSONValue } from '@jmespath-community/jmespath';
import { describeError } from '../errors.js';
import type { Condition } from './condition-lines.js';
import { VerificationFailure, type VerifiedStatement } from './verify-policy.js';

export { parseConditions, type Condition } from './condition-lines.js';

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
export function checkConditions(
  conditions: readonly Condition[],
  verified: readonly Pick<VerifiedStatement, 'source' | 'statement'>[],
  subject: string,
): void {
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
    const results = candidates.map((c) => ({ source: c.source, result: evaluate(condition, c.statement.predicate) }));
    if (results.some((r) => 'value' in r.result && truthy(r.result.value))) continue;
    for (const r of results) {
      const what = 'value' in r.result ? `gave ${shown(r.result.value)}` : `could not be evaluated (${r.result.error})`;
      failures.push(`  - '${condition.line}': predicate ${condition.predicateType} from ${r.source} ${what}`);
    }
  }
  if (failures.length > 0) {
    throw new VerificationFailure(
      `${subject}: ${failures.length === 1 ? 'a condition' : 'conditions'} on its attestations failed:\n${failures.join('\n')}`,
      'condition',
      [],
      'The expression must give a JMESPath-truthy value (not false, null, "", [] or {}) for at least one verified attestation of its type. Fix what was attested (e.g. the findings or failing tests), or the condition.',
    );
  }
}
