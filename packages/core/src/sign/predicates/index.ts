/**
 * A step's output as an attestation (sign's `attest-type`): a scan, a JUnit report, or the run's
 * approval, converted into the predicate the ecosystem already reads for it.
 */
import type { ActionEnvironment } from '../../action.js';
import type { AttestType } from '../inputs.js';
import type { Attestation } from '../plan.js';
import { approvalPredicate, APPROVAL_PREDICATE } from './approval.js';
import { testResultPredicate, TEST_RESULT_PREDICATE } from './test-result.js';
import { vulnPredicate, VULN_PREDICATE } from './vuln.js';

export { APPROVAL_PREDICATE, TEST_RESULT_PREDICATE, VULN_PREDICATE };
export { approvalPredicate, testResultPredicate, vulnPredicate };
export { readXml, MAX_JUNIT_BYTES } from './test-result.js';
export { scanFormat } from './vuln.js';

/** The CI run that produced the evidence, when there is one. */
function runUrl(environment: Pick<ActionEnvironment, 'github'>): string | undefined {
  const github = environment.github;
  if (!github || !github.repository || !github.runId) return undefined;
  return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/attempts/${github.runAttempt || 1}`;
}

/**
 * The attestation for `type` from `document` (the file `attest-path` named; empty for an
 * approval). Logs what was read, so the run shows which tool's output was attested.
 */
export function stepAttestation(
  type: AttestType,
  document: string,
  inputs: { readonly attestPath?: string | undefined; readonly attestEnvironment?: string | undefined },
  environment: Pick<ActionEnvironment, 'github' | 'env' | 'logger'>,
  now = new Date(),
): Attestation {
  const url = runUrl(environment);
  if (type === 'vuln') {
    const converted = vulnPredicate(
      document,
      { input: 'attest-path', path: inputs.attestPath },
      url
        ? {
            uri: url,
            eventId: environment.github?.runId ?? '',
            builderId: `${environment.github?.serverUrl}/${environment.github?.repository}/actions`,
          }
        : undefined,
      now,
    );
    environment.logger.info(`Attesting a ${converted.format} scan by ${converted.scanner} (${VULN_PREDICATE}).`);
    return { predicateType: VULN_PREDICATE, predicate: { ...converted.predicate } };
  }
  if (type === 'test-result') {
    const predicate = testResultPredicate(document, { input: 'attest-path', path: inputs.attestPath ?? '', url });
    environment.logger.info(
      `Attesting test results: ${predicate.result} (${predicate.passedTests.length} passed, ${predicate.warnedTests.length} warned, ${predicate.failedTests.length} failed).`,
    );
    return { predicateType: TEST_RESULT_PREDICATE, predicate: { ...predicate } };
  }
  const predicate = approvalPredicate(environment.github, environment.env, inputs.attestEnvironment, now);
  environment.logger.info(`Attesting the approval of ${predicate.approver} for ${predicate.environment}.`);
  return { predicateType: APPROVAL_PREDICATE, predicate: { ...predicate } };
}
