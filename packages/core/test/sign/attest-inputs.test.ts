import { describe, expect, it } from '@jest/globals';
import { ArtefactsError } from '@immutable-artefacts/core';
import { parseSigningInputs } from '../../src/sign/inputs.js';

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const base = { image: 'ghcr.io/acme/app:1', key: 'cosign.key' };

function refusedInput(values: Record<string, string>): string {
  try {
    parseSigningInputs(raw({ ...base, ...values }));
  } catch (error) {
    if (error instanceof ArtefactsError && error.code === 'INPUT_INVALID') return error.message;
    throw error;
  }
  throw new Error('expected INPUT_INVALID');
}

describe("sign's attest-type inputs", () => {
  it('reads the step to attest and its report', () => {
    expect(parseSigningInputs(raw({ ...base, 'attest-type': 'vuln', 'attest-path': 'trivy.json' }))).toMatchObject({
      attestType: 'vuln',
      attestPath: 'trivy.json',
    });
    expect(parseSigningInputs(raw({ ...base, 'attest-type': 'approval', 'attest-environment': 'prod' }))).toMatchObject(
      {
        attestType: 'approval',
        attestEnvironment: 'prod',
      },
    );
    expect(parseSigningInputs(raw(base)).attestType).toBeUndefined();
  });

  it.each([
    [{ 'attest-type': 'sarif', 'attest-path': 'x' }, "Input 'attest-type'"],
    [{ 'attest-type': 'vuln' }, "Input 'attest-path'"],
    [{ 'attest-type': 'test-result' }, "Input 'attest-path'"],
    [{ 'attest-path': 'junit.xml' }, "Input 'attest-type'"],
    [{ 'attest-type': 'approval', 'attest-path': 'x.json' }, "Input 'attest-path'"],
    [{ 'attest-type': 'vuln', 'attest-path': 'x', 'attest-environment': 'prod' }, "Input 'attest-environment'"],
  ])('refuses %j naming the input', (values, named) => {
    expect(refusedInput(values)).toContain(named);
  });
});
