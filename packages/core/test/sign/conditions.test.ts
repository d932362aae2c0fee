import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ArtefactsError } from '@immutable-artefacts/core';
import { checkConditions, parseConditions, truthy } from '../../src/sign/conditions.js';
import { parseConditionsInput, parseVerificationInputs } from '../../src/sign/inputs.js';
import { TEST_RESULT_PREDICATE } from '../../src/sign/predicates/test-result.js';
import { APPROVAL_PREDICATE } from '../../src/sign/predicates/approval.js';
import { VULN_PREDICATE } from '../../src/sign/predicates/vuln.js';
import { statement, subject } from '../../src/sign/statements.js';

const digest = `sha256:${'b'.repeat(64)}`;
const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const attested = (source: string, predicateType: string, predicate: Record<string, unknown>) => ({
  source,
  statement: statement([subject('ghcr.io/acme/app', digest)], predicateType, predicate),
});
const conditions = (text: string) => parseConditionsInput(raw({ conditions: text }));

function failure(fn: () => unknown, code: 'INPUT_INVALID' | 'VERIFICATION_FAILED'): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArtefactsError && error.code === code) return error.message;
    throw error;
  }
  throw new Error(`expected ${code}`);
}

describe('conditions on attested predicates', () => {
  const passed = attested('sha256:1111', TEST_RESULT_PREDICATE, { result: 'PASSED', failedTests: [] });
  const failed = attested('sha256:2222', TEST_RESULT_PREDICATE, { result: 'FAILED', failedTests: ['a.b'] });
  const approval = attested('sha256:3333', APPROVAL_PREDICATE, { approver: 'octocat', environment: 'staging' });

  it('parses short names and full URIs, skipping blank lines and comments', () => {
    const parsed = conditions(
      `# release gates\ntest-result: result == 'PASSED'\n\n${VULN_PREDICATE}: scanner.uri\napproval: environment == 'prod'`,
    );
    expect(parsed.map((c) => [c.predicateType, c.expression])).toEqual([
      [TEST_RESULT_PREDICATE, "result == 'PASSED'"],
      [VULN_PREDICATE, 'scanner.uri'],
      [APPROVAL_PREDICATE, "environment == 'prod'"],
    ]);
  });

  it('holds with `any` when the expression is truthy for at least one attestation of the type', () => {
    expect(() =>
      checkConditions(conditions("any test-result: result == 'PASSED'"), [passed, failed, approval], digest),
    ).not.toThrow();
  });

  describe('quantifiers', () => {
    const at = <T extends object>(value: T, created: string) => ({ ...value, created });
    const older = at(passed, '2026-01-01T00:00:00Z');
    const newer = at(failed, '2026-01-02T00:00:00Z');

    it('judges the newest attestation by default: an older pass does not hide a newer failure', () => {
      const line = "test-result: result == 'PASSED'";
      expect(conditions(line)[0]!.quantifier).toBe('newest');
      const message = failure(() => checkConditions(conditions(line), [older, newer], digest), 'VERIFICATION_FAILED');
      expect(message).toContain('from sha256:2222 (newest of 2) gave false');
      expect(message).not.toContain('sha256:1111');
      // Newest by the time it was attached, not by where the registry lists it.
      expect(() => checkConditions(conditions(line), [newer, older], digest)).toThrow(ArtefactsError);
      const fixed = at(passed, '2026-01-03T00:00:00Z');
      expect(() => checkConditions(conditions(line), [fixed, newer, older], digest)).not.toThrow();
      expect(() => checkConditions(conditions(`newest ${line}`), [newer, fixed], digest)).not.toThrow();
    });

    it('takes the later in the listing when attachment times are missing or equal', () => {
      const line = "test-result: result == 'PASSED'";
      expect(() => checkConditions(conditions(line), [failed, passed], digest)).not.toThrow();
      expect(() => checkConditions(conditions(line), [passed, failed], digest)).toThrow(ArtefactsError);
      const same = '2026-01-01T00:00:00Z';
      expect(() => checkConditions(conditions(line), [at(passed, same), at(failed, same)], digest)).toThrow(
        ArtefactsError,
      );
    });

    it('`every` fails when any attestation of the type fails, naming only the failing ones', () => {
      const message = failure(
        () => checkConditions(conditions("every test-result: result == 'PASSED'"), [newer, older], digest),
        'VERIFICATION_FAILED',
      );
      expect(message).toContain('from sha256:2222 gave false');
      expect(message).not.toContain('sha256:1111');
      expect(() =>
        checkConditions(conditions("EVERY test-result: result == 'PASSED'"), [older, passed], digest),
      ).not.toThrow();
    });

    it('`any` holds when one attestation of the type holds, and fails naming each when none does', () => {
      expect(() =>
        checkConditions(conditions("any test-result: result == 'PASSED'"), [newer, older], digest),
      ).not.toThrow();
      const message = failure(
        () => checkConditions(conditions("any test-result: result == 'SKIPPED'"), [newer, older], digest),
        'VERIFICATION_FAILED',
      );
      expect(message).toContain('sha256:1111');
      expect(message).toContain('sha256:2222');
    });

    it.each(['all', 'some', 'latest'])('refuses an unknown quantifier %s naming the accepted ones', (word) => {
      const message = failure(() => conditions(`${word} test-result: result`), 'INPUT_INVALID');
      expect(message).toContain('[newest | every | any]');
    });
  });

  it('fails naming the line, the predicate type, where it came from and the value found', () => {
    const message = failure(
      () => checkConditions(conditions("test-result: result == 'PASSED'\ntest-result: failedTests"), [failed], digest),
      'VERIFICATION_FAILED',
    );
    expect(message).toContain(
      `'test-result: result == 'PASSED'': predicate ${TEST_RESULT_PREDICATE} from sha256:2222 gave false`,
    );
    // A non-boolean value is shown as it was found (here: truthy, so that line holds).
    expect(message).not.toContain("'test-result: failedTests'");
    const value = failure(
      () => checkConditions(conditions('approval: environment == `"prod"` && environment'), [approval], digest),
      'VERIFICATION_FAILED',
    );
    expect(value).toContain(`predicate ${APPROVAL_PREDICATE} from sha256:3333 gave false`);
    const shown = failure(
      () => checkConditions(conditions('test-result: failedTests'), [passed], digest),
      'VERIFICATION_FAILED',
    );
    expect(shown).toContain('gave []');
  });

  it('fails when no verified attestation of the type exists, naming what was verified', () => {
    const message = failure(
      () => checkConditions(conditions("approval: environment == 'prod'"), [passed], digest),
      'VERIFICATION_FAILED',
    );
    expect(message).toContain(
      `no verified attestation of type ${APPROVAL_PREDICATE} (verified: ${TEST_RESULT_PREDICATE})`,
    );
  });

  it('reports an expression that cannot be evaluated on the predicate (a type error) as failing', () => {
    const message = failure(
      () => checkConditions(conditions('test-result: length(result) > `100` || abs(result)'), [passed], digest),
      'VERIFICATION_FAILED',
    );
    expect(message).toContain('could not be evaluated');
  });

  it('uses JMESPath truthiness: false, null, "", [] and {} are false; 0 is true', () => {
    expect([false, null, '', [], {}].map(truthy)).toEqual([false, false, false, false, false]);
    expect([0, 'x', [0], { a: null }, true].map(truthy)).toEqual([true, true, true, true, true]);
  });

  it.each([
    ['a bad expression', 'test-result: failedTests[?name ==', 'a valid JMESPath expression'],
    ['no expression', 'test-result:', '<JMESPath expression>'],
    ['no type', "result == 'PASSED'", '<predicate type URI'],
    ['an unknown short name', "tests: result == 'PASSED'", '<predicate type URI'],
  ])('refuses %s with INPUT_INVALID naming conditions and the line', (_, line, accepted) => {
    const message = failure(() => conditions(`test-result: result\n${line}`), 'INPUT_INVALID');
    expect(message).toContain("Input 'conditions'");
    expect(message).toContain(JSON.stringify(line));
    expect(message).toContain(accepted);
  });

  it('is read by the verify inputs', () => {
    const inputs = parseVerificationInputs(
      raw({
        image: 'ghcr.io/acme/app:1',
        key: 'cosign.pub',
        conditions: "vuln: scanner.uri\napproval: environment == 'prod'",
      }),
    );
    expect(inputs.conditions?.map((c) => c.predicateType)).toEqual([VULN_PREDICATE, APPROVAL_PREDICATE]);
    expect(
      failure(() => parseVerificationInputs(raw({ image: 'x', key: 'k', conditions: 'vuln: [' })), 'INPUT_INVALID'),
    ).toContain("Input 'conditions'");
  });

  it('parses a URI type up to the first colon followed by space', () => {
    const [c] = parseConditions(`${TEST_RESULT_PREDICATE}: {a: result}.a`, {});
    expect(c).toMatchObject({ predicateType: TEST_RESULT_PREDICATE, expression: '{a: result}.a' });
  });
});

describe('the documented conditions', () => {
  it('every condition in the verify docs is valid', () => {
    const doc = readFileSync(
      join(import.meta.dirname, '..', '..', '..', '..', 'actions', 'verify', 'README.extra.md'),
      'utf8',
    );
    const inBlocks = doc
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^(vuln|test-result|approval): /.test(l));
    const inProse = [
      ...[...doc.matchAll(/``((?:vuln|test-result|approval): .*?) ``/g)].map((m) => m[1]!),
      ...[...doc.matchAll(/(?<!`)`((?:vuln|test-result|approval): [^`]*)`(?!`)/g)].map((m) => m[1]!),
    ];
    const lines = [...inBlocks, ...inProse];
    expect(inBlocks.length).toBeGreaterThanOrEqual(5);
    expect(inProse.length).toBeGreaterThanOrEqual(3);
    expect(parseConditionsInput(raw({ conditions: lines.join('\n') }))).toHaveLength(lines.length);
  });
});
