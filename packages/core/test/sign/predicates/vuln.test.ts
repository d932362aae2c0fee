import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ArtefactsError } from '@immutable-artefacts/core';
import { VULN_PREDICATE, vulnPredicate } from '../../../src/sign/predicates/vuln.js';
import { checkConditions, parseConditions } from '../../../src/sign/conditions.js';
import { subject, statement } from '../../../src/sign/statements.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'attest');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const now = new Date('2026-12-01T00:00:00Z');
const digest = `sha256:${'a'.repeat(64)}`;

/** Judges one predicate with one condition line, as verify does. */
function holds(predicate: Record<string, unknown>, line: string): boolean {
  const verified = [{ source: 'r', statement: statement([subject('x', digest)], VULN_PREDICATE, predicate) }];
  try {
    checkConditions(parseConditions(line, { vuln: VULN_PREDICATE }), verified, digest);
    return true;
  } catch (error) {
    if (error instanceof ArtefactsError && error.code === 'VERIFICATION_FAILED') return false;
    throw error;
  }
}

describe('vuln predicate (cosign https://cosign.sigstore.dev/attestation/vuln/v1)', () => {
  it('turns a trivy image report into the predicate, with the report under scanner.result', () => {
    const json = read('trivy-image.json');
    const { predicate, format, scanner } = vulnPredicate(json, { input: 'attest-path' }, undefined, now);
    expect(format).toBe('trivy');
    expect(scanner).toBe('trivy');
    expect(predicate.scanner.uri).toBe('pkg:github/aquasecurity/trivy');
    expect(predicate.scanner.result).toEqual(JSON.parse(json));
    expect(predicate.metadata).toEqual({
      scanStartedOn: '2026-11-30T10:15:42.123Z',
      scanFinishedOn: '2026-11-30T10:15:42.123Z',
    });
    expect(predicate.invocation).toEqual({ parameters: null, uri: '', event_id: '', 'builder.id': '' });
  });

  it('reads the trivy version when the report carries it', () => {
    const { predicate } = vulnPredicate(read('trivy-clean.json'), { input: 'attest-path' }, undefined, now);
    expect(predicate.scanner).toMatchObject({ uri: 'pkg:github/aquasecurity/trivy@0.58.1', version: '0.58.1' });
  });

  it('turns a grype report into the predicate with the scanner version and its database', () => {
    const { predicate, format } = vulnPredicate(read('grype.json'), { input: 'attest-path' }, undefined, now);
    expect(format).toBe('grype');
    expect(predicate.scanner.uri).toBe('pkg:github/anchore/grype@0.74.7');
    expect(predicate.scanner.version).toBe('0.74.7');
    expect(predicate.scanner.db).toEqual({
      uri: '/home/runner/.cache/grype/db/5',
      version: '2026-11-30T01:23:45Z',
    });
    expect(predicate.metadata.scanFinishedOn).toBe('2026-11-30T10:16:03.528Z');
  });

  it('turns SARIF into the predicate, naming the tool that wrote it', () => {
    const { predicate, format, scanner } = vulnPredicate(read('trivy.sarif'), { input: 'attest-path' }, undefined, now);
    expect(format).toBe('sarif');
    expect(scanner).toBe('Trivy');
    expect(predicate.scanner).toMatchObject({ uri: 'https://github.com/aquasecurity/trivy', version: '0.58.1' });
    // No invocation times in this SARIF: the time of conversion.
    expect(predicate.metadata.scanStartedOn).toBe(now.toISOString());
  });

  it('records the CI run as the invocation', () => {
    const run = { uri: 'https://github.com/acme/app/actions/runs/7/attempts/1', eventId: '7', builderId: 'b' };
    const { predicate } = vulnPredicate(read('grype.json'), { input: 'attest-path' }, run, now);
    expect(predicate.invocation).toEqual({ parameters: null, uri: run.uri, event_id: '7', 'builder.id': 'b' });
  });

  it.each([
    ['not JSON', '{"SchemaVersion": 2,'],
    ['an array (trivy before schema 2)', '[{"Target": "x", "Vulnerabilities": null}]'],
    ['a CycloneDX SBOM', '{"bomFormat": "CycloneDX", "specVersion": "1.5"}'],
  ])('refuses %s with INPUT_INVALID naming attest-path', (_, json) => {
    let error: unknown;
    try {
      vulnPredicate(json, { input: 'attest-path' }, undefined, now);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArtefactsError);
    expect((error as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((error as ArtefactsError).message).toContain("Input 'attest-path'");
  });

  describe('gating the documented conditions on each tool’s findings', () => {
    const trivyNoCritical = "vuln: length(scanner.result.Results[].Vulnerabilities[?Severity=='CRITICAL'][]) == `0`";
    const grypeNoCritical = "vuln: length(scanner.result.matches[?vulnerability.severity=='Critical']) == `0`";
    const sarifNoError = "vuln: length(scanner.result.runs[].results[?level=='error'][]) == `0`";
    const trivy = vulnPredicate(read('trivy-image.json'), { input: 'p' }, undefined, now).predicate;
    const clean = vulnPredicate(read('trivy-clean.json'), { input: 'p' }, undefined, now).predicate;
    const grype = vulnPredicate(read('grype.json'), { input: 'p' }, undefined, now).predicate;
    const sarif = vulnPredicate(read('trivy.sarif'), { input: 'p' }, undefined, now).predicate;

    it('trivy: a CRITICAL finding fails, a report without one passes (results without Vulnerabilities too)', () => {
      expect(holds({ ...trivy }, trivyNoCritical)).toBe(false);
      expect(holds({ ...clean }, trivyNoCritical)).toBe(true);
      expect(holds({ ...trivy }, "vuln: scanner.result.ArtifactType == 'container_image'")).toBe(true);
    });

    it('grype: a Critical match fails; with it removed the condition holds', () => {
      expect(holds({ ...grype }, grypeNoCritical)).toBe(false);
      const result = JSON.parse(read('grype.json')) as { matches: unknown[] };
      const withoutCritical = {
        ...grype,
        scanner: { ...grype.scanner, result: { ...result, matches: result.matches.slice(1) } },
      };
      expect(holds(withoutCritical, grypeNoCritical)).toBe(true);
    });

    it('SARIF: an error-level result fails', () => {
      expect(holds({ ...sarif }, sarifNoError)).toBe(false);
      expect(holds({ ...sarif }, "vuln: scanner.result.runs[0].tool.driver.name == 'Trivy'")).toBe(true);
    });
  });
});
