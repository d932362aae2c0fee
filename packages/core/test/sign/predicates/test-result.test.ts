import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ArtefactsError } from '@immutable-artefacts/core';
import { MAX_JUNIT_BYTES, testResultPredicate } from '../../../src/sign/predicates/test-result.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'attest');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const convert = (xml: string, path = 'junit.xml') => testResultPredicate(xml, { input: 'attest-path', path });

function refusal(xml: string): string {
  try {
    convert(xml);
  } catch (error) {
    if (error instanceof ArtefactsError && error.code === 'INPUT_INVALID') return error.message;
    throw error;
  }
  throw new Error('expected INPUT_INVALID');
}

describe('test-result predicate (in-toto https://in-toto.io/attestation/test-result/v0.1) from JUnit XML', () => {
  it('jest-junit: every test passed, names decoded, comments and CDATA not read as tests', () => {
    const xml = read('jest-junit.xml');
    const predicate = testResultPredicate(xml, {
      input: 'attest-path',
      path: 'reports/jest-junit.xml',
      url: 'https://github.com/acme/app/actions/runs/1/attempts/1',
    });
    expect(predicate).toEqual({
      result: 'PASSED',
      configuration: [{ name: 'jest-junit.xml', digest: { sha256: createHash('sha256').update(xml).digest('hex') } }],
      url: 'https://github.com/acme/app/actions/runs/1/attempts/1',
      passedTests: [
        'version/calculate bumps the minor on feat.version/calculate bumps the minor on feat',
        'version/calculate keeps "1.0.0" & tags <v2>.keeps a > b',
        "version/calculate.reads prerelease 'rc' tags",
        'sign/keys.decrypts a cosign key',
      ],
      warnedTests: [],
      failedTests: [],
    });
  });

  it('pytest: a failure and an error are failed tests, a skip is warned; the result is FAILED', () => {
    const predicate = convert(read('pytest-junit.xml'));
    expect(predicate.result).toBe('FAILED');
    expect(predicate.failedTests).toEqual(['tests.test_api.test_login', 'tests.test_api.test_db']);
    expect(predicate.warnedTests).toEqual(['tests.test_api.test_slow']);
    expect(predicate.passedTests).toEqual(['tests.test_api.test_health', 'tests.test_models.test_user[alice]']);
  });

  it('surefire (a <testsuite> root): a skipped test makes the result WARNED', () => {
    const predicate = convert(read('surefire-skipped.xml'));
    expect(predicate.result).toBe('WARNED');
    expect(predicate.passedTests).toEqual(['com.acme.AppTest.startsUp']);
    expect(predicate.warnedTests).toEqual(['com.acme.AppTest.needsDocker']);
  });

  it.each([
    ['not XML', '{"tests": 1}', 'no root element'],
    ['another XML document', '<project><testcase name="x"/></project>', 'not <testsuites> or <testsuite>'],
    ['no test', '<testsuites tests="0"></testsuites>', 'no <testcase>'],
    ['an unclosed element', '<testsuites><testsuite><testcase name="a">', 'is not closed'],
    ['mismatched tags', '<testsuites><testsuite></testsuites>', 'unexpected </testsuites>'],
    ['an entity declaration', '<!DOCTYPE x [<!ENTITY a "b">]><testsuites/>', 'internal subset'],
    ['an unknown entity', '<testsuites><testcase name="&lol;"/></testsuites>', 'unknown character reference'],
    ['an unterminated comment', '<testsuites><!-- x', 'unterminated comment'],
    ['an unquoted attribute', '<testsuites><testcase name=x/></testsuites>', 'no quoted value'],
  ])('refuses %s with INPUT_INVALID naming attest-path and why', (_, xml, why) => {
    const message = refusal(xml);
    expect(message).toContain("Input 'attest-path'");
    expect(message).toContain(why);
  });

  it('refuses elements nested without bound, and reports larger than the limit', () => {
    expect(refusal(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)).toContain('nested deeper than 256');
    expect(MAX_JUNIT_BYTES).toBeGreaterThan(1024 * 1024);
    const big = `<testsuites>${' '.repeat(MAX_JUNIT_BYTES)}</testsuites>`;
    expect(refusal(big)).toContain(`larger than ${MAX_JUNIT_BYTES} bytes`);
  });
});
