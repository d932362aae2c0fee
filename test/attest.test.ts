/**
 * Evidence attached to a digest and judged: the sign bundle attests a trivy scan and a JUnit
 * report (attest-type), the verify bundle checks conditions over them, against the test registry.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LayoutStore, buildImage, copyTree, sign, type Manifest } from '@immutable-artefacts/core';
import { pushEvent } from './harness/events.js';
import { startRegistry, type TestRegistry, repositoryAt } from './harness/registry.js';
import { repoRoot, runAction } from './harness/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'e2e-attest-'));
const PASSWORD = 'e2e-attest-password';
const fixtures = join(repoRoot, 'packages', 'core', 'test', 'fixtures', 'attest');
let registry: TestRegistry;
let image: Manifest;
let privatePem: string;
let ref: string;

beforeAll(async () => {
  registry = await startRegistry();
  const pair = await sign.generateKeyPair(PASSWORD);
  privatePem = pair.privateKeyPem;
  writeFileSync(join(dir, 'cosign.pub'), pair.publicKeyPem);
  for (const name of ['trivy-image.json', 'pytest-junit.xml', 'jest-junit.xml']) {
    copyFileSync(join(fixtures, name), join(dir, name));
  }
  const layout = new LayoutStore(join(dir, 'layout'));
  image = await buildImage(layout, { layers: [{ randomBytes: 1_000 }] });
  await copyTree(layout, repositoryAt(registry.host, 'acme/evidence'), image.digest, { tag: '2.0.0' });
  ref = `${registry.host}/acme/evidence:2.0.0`;
});

afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const attest = (type: string, path: string) =>
  runAction('sign', {
    cwd: dir,
    event: pushEvent({ sha: 'e'.repeat(40) }),
    inputs: { image: ref, key: privatePem, 'key-password': PASSWORD, 'attest-type': type, 'attest-path': path },
  });
const verify = (conditions: string) =>
  runAction('verify', { cwd: dir, inputs: { image: ref, key: 'cosign.pub', conditions } });

describe('sign attest-type + verify conditions (dist bundles, real registry)', () => {
  it('attests a trivy scan and JUnit results, then gates on them: passing and failing conditions', async () => {
    const scan = await attest('vuln', 'trivy-image.json');
    expect(scan.errors).toEqual([]);
    expect(scan.exitCode).toBe(0);
    const tests = await attest('test-result', 'jest-junit.xml');
    expect(tests.errors).toEqual([]);
    expect(tests.exitCode).toBe(0);

    const passing = await verify(
      [
        "test-result: result == 'PASSED'",
        "vuln: scanner.result.ArtifactType == 'container_image'",
        "vuln: length(scanner.result.Results[].Vulnerabilities[?Severity=='HIGH'][]) == `1`",
      ].join('\n'),
    );
    expect(passing.errors).toEqual([]);
    expect(passing.exitCode).toBe(0);
    expect(passing.outputs['predicate-types']!.split('\n')).toEqual(
      expect.arrayContaining([
        'https://cosign.sigstore.dev/attestation/vuln/v1',
        'https://in-toto.io/attestation/test-result/v0.1',
      ]),
    );

    const critical = await verify(
      "vuln: length(scanner.result.Results[].Vulnerabilities[?Severity=='CRITICAL'][]) == `0`",
    );
    expect(critical.exitCode).toBe(1);
    const message = critical.errors.map((e) => e.message).join('\n');
    expect(message).toContain("vuln: length(scanner.result.Results[].Vulnerabilities[?Severity=='CRITICAL'][]) == `0`");
    expect(message).toContain('https://cosign.sigstore.dev/attestation/vuln/v1');
    expect(message).toContain('gave false');

    const approval = await verify("approval: environment == 'prod'");
    expect(approval.exitCode).toBe(1);
    expect(approval.errors.map((e) => e.message).join('\n')).toContain('no verified attestation of type');
  });

  it('a failed test run attested is refused by "every test passed", naming the failed tests', async () => {
    const failing = await attest('test-result', 'pytest-junit.xml');
    expect(failing.exitCode).toBe(0);
    // Both JUnit attestations are on the digest: the newest (the failed run) decides by default...
    expect((await verify("test-result: result == 'PASSED'")).exitCode).toBe(1);
    // ..."any" still holds for the earlier passing run...
    expect((await verify("any test-result: result == 'PASSED'")).exitCode).toBe(0);
    // ...but a condition no attestation satisfies shows each one's value.
    const verified = await verify(
      "any test-result: contains(failedTests, 'tests.test_api.test_db') && result == 'PASSED'",
    );
    expect(verified.exitCode).toBe(1);
    expect(
      verified.errors
        .map((e) => e.message)
        .join('\n')
        .match(/gave false/g),
    ).toHaveLength(2);
  });

  it('refuses a bad expression before reading the registry, naming conditions and the line', async () => {
    const bad = await verify('test-result: failedTests[?name ==');
    expect(bad.exitCode).toBe(1);
    expect(bad.errors.map((e) => e.message).join('\n')).toContain("Input 'conditions'");
    expect(bad.errors.map((e) => e.message).join('\n')).toContain('test-result: failedTests[?name ==');
  });
});
