/**
 * Conditions on what was attested: `<predicate type or short name>: <JMESPath expression>`, one per
 * line, each of which must hold for at least one verified attestation of that type about the
 * subject. The expression is evaluated over the statement's predicate with JMESPath
 * (@jmespath-community/jmespath) and holds when its result is JMESPath-truthy: anything but
 * false, null, an empty string, an empty array or an empty object (0 is truthy, as in JMESPath).
 * The verify action and promote's gate both judge with this one function.
 */
import { compile, search, type JSONValue } from '@jmespath-community/jmespath';
import { describeError, inputError } from '../errors.js';
import { VerificationFailure, type VerifiedStatement } from './verify-policy.js';

export interface Condition {
  /** The line as written, to name it in failures. */
  readonly line: string;
  /** The full predicate type URI the condition is about. */
  readonly predicateType: string;
  readonly expression: string;
}

const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/**
 * Parses the `conditions` input: blank lines and `#` comments dropped; the type is everything
 * before the first colon followed by white space (a URI has none), resolved through `aliases`.
 */
export function parseConditions(
  raw: string,
  aliases: Readonly<Record<string, string>>,
  input = 'conditions',
): Condition[] {
  const conditions: Condition[] = [];
  const accepted = `lines '<predicate type URI or ${Object.keys(aliases).join(' | ')}>: <JMESPath expression>'`;
  for (const text of raw.split(/\r?\n/)) {
    const line = text.trim();
    if (line === '' || line.startsWith('#')) continue;
    const split = /^(\S+?):\s+(.+)$/.exec(line);
    if (!split) throw inputError(input, line, accepted);
    const name = split[1]!;
    const expression = split[2]!.trim();
    const predicateType = aliases[name.toLowerCase()] ?? name;
    if (!URI.test(predicateType)) throw inputError(input, line, accepted);
    try {
      compile(expression);
    } catch (error) {
      throw inputError(input, line, `a valid JMESPath expression after '${name}:' (${describeError(error)})`);
    }
    conditions.push({ line, predicateType, expression });
  }
  return conditions;
}

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
