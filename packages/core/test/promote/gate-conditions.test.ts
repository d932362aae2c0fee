/**
 * promote's `conditions`: judged on the source digest's verified attestations by the gate, before a
 * byte is copied (here between two OCI layouts, signed and attested with the sign action's core).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ArtefactsError,
  LayoutStore,
  buildImage,
  memoryLogger,
  parseSignInputs,
  runSign,
  sign,
  type Manifest,
} from '@immutable-artefacts/core';
import { parsePromoteInputs, runPromote } from '../../src/promote/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'ia-gate-conditions-'));
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'attest');
const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const environment = () => ({ cwd: dir, env: { HOME: dir }, logger: memoryLogger(), github: undefined });
let image: Manifest;
const source = () => `oci:${join(dir, 'layout')}:v1`;

beforeAll(async () => {
  const pair = await sign.generateKeyPair('pw');
  writeFileSync(join(dir, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(join(dir, 'cosign.pub'), pair.publicKeyPem);
  copyFileSync(join(fixtures, 'pytest-junit.xml'), join(dir, 'junit.xml'));
  copyFileSync(join(fixtures, 'grype.json'), join(dir, 'grype.json'));
  image = await buildImage(new LayoutStore(join(dir, 'layout')), { layers: [{ randomBytes: 500 }] }, { tag: 'v1' });
  for (const [type, path] of [
    ['test-result', 'junit.xml'],
    ['vuln', 'grype.json'],
  ] as const) {
    await runSign(
      parseSignInputs(
        raw({ image: source(), key: 'cosign.key', 'key-password': 'pw', 'attest-type': type, 'attest-path': path }),
      ),
      environment(),
    );
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const promote = (destination: string, conditions: string, requireSignature = 'cosign.pub') =>
  runPromote(
    parsePromoteInputs(
      raw({
        source: source(),
        destinations: `oci:${join(dir, destination)}:1`,
        'require-signature': requireSignature,
        conditions,
        record: 'false',
      }),
    ),
    environment(),
  );

async function refusal(promise: Promise<unknown>): Promise<ArtefactsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe("promote's conditions on the source's attestations", () => {
  it('refuses a digest whose attested tests failed, naming the line and the value, and copies nothing', async () => {
    const error = await refusal(promote('refused', "test-result: result == 'PASSED'"));
    expect(error.code).toBe('VERIFICATION_FAILED');
    expect(error.message).toContain("Input 'conditions'");
    expect(error.message).toContain(
      "'test-result: result == 'PASSED'': predicate https://in-toto.io/attestation/test-result/v0.1",
    );
    expect(error.message).toContain('gave false');
    expect(existsSync(join(dir, 'refused'))).toBe(false);
  });

  it('refuses on a critical grype finding, and when a required type was never attested', async () => {
    const critical = await refusal(
      promote('critical', "vuln: length(scanner.result.matches[?vulnerability.severity=='Critical']) == `0`"),
    );
    expect(critical.message).toContain('gave false');
    const unapproved = await refusal(promote('unapproved', "approval: environment == 'prod'"));
    expect(unapproved.message).toContain('no verified attestation of type');
    expect(existsSync(join(dir, 'critical'))).toBe(false);
    expect(existsSync(join(dir, 'unapproved'))).toBe(false);
  });

  it('promotes when every condition holds', async () => {
    const outcome = await promote(
      'promoted',
      "test-result: result == 'FAILED' && contains(failedTests, 'tests.test_api.test_login')\nvuln: length(scanner.result.matches) == `2`",
    );
    expect(outcome.outputs.digest).toBe(image.digest);
    expect(await new LayoutStore(join(dir, 'promoted')).resolve('1')).toMatchObject({ digest: image.digest });
  });

  it('refuses conditions without require-signature, and a bad expression, as INPUT_INVALID naming conditions', () => {
    for (const [conditions, requireSignature] of [
      ["test-result: result == 'PASSED'", ''],
      ['test-result: result ==', 'cosign.pub'],
    ] as const) {
      let caught: unknown;
      try {
        parsePromoteInputs(
          raw({ source: 'a/b', destinations: 'x/y', 'require-signature': requireSignature, conditions }),
        );
      } catch (error) {
        caught = error;
      }
      expect((caught as ArtefactsError).code).toBe('INPUT_INVALID');
      expect((caught as ArtefactsError).message).toContain("Input 'conditions'");
    }
  });
});

describe("promote's conditions judge the newest attestation of a type unless told otherwise", () => {
  const retested = () => `oci:${join(dir, 'retested')}:v1`;
  beforeAll(async () => {
    await buildImage(new LayoutStore(join(dir, 'retested')), { layers: [{ randomBytes: 300 }] }, { tag: 'v1' });
    copyFileSync(join(fixtures, 'jest-junit.xml'), join(dir, 'passing.xml'));
    // A passing run first, then a failing one of the same digest (a later re-run of the tests).
    for (const path of ['passing.xml', 'junit.xml']) {
      await runSign(
        parseSignInputs(
          raw({
            image: retested(),
            key: 'cosign.key',
            'key-password': 'pw',
            'attest-type': 'test-result',
            'attest-path': path,
          }),
        ),
        environment(),
      );
      await new Promise((r) => setTimeout(r, 5));
    }
  }, 60_000);

  const promoteRetested = (destination: string, conditions: string) =>
    runPromote(
      parsePromoteInputs(
        raw({
          source: retested(),
          destinations: `oci:${join(dir, destination)}:1`,
          'require-signature': 'cosign.pub',
          conditions,
          record: 'false',
        }),
      ),
      environment(),
    );

  it('refuses by default, and with every: the older passing run does not hide the newer failing one', async () => {
    for (const [destination, line] of [
      ['newest-refused', "test-result: result == 'PASSED'"],
      ['every-refused', "every test-result: result == 'PASSED'"],
    ] as const) {
      const error = await refusal(promoteRetested(destination, line));
      expect(error.code).toBe('VERIFICATION_FAILED');
      expect(error.message).toContain('gave false');
      expect(existsSync(join(dir, destination))).toBe(false);
    }
  });

  it('promotes with any, the explicit choice that one passing run is enough', async () => {
    const outcome = await promoteRetested('any-promoted', "any test-result: result == 'PASSED'");
    expect(await new LayoutStore(join(dir, 'any-promoted')).resolve('1')).toMatchObject({
      digest: outcome.outputs.digest,
    });
  });
});
