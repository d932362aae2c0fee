import { describe, expect, it } from '@jest/globals';
import { inertToRunner } from '@immutable-artefacts/core';

describe('inertToRunner: no line of a log message is read as a workflow command', () => {
  const token = () => 'f00d';

  it('leaves a message without a line starting with :: as it is', () => {
    expect(inertToRunner('Packed: ghcr.io/acme/app@sha256:1 (a::b)', token)).toBe(
      'Packed: ghcr.io/acme/app@sha256:1 (a::b)',
    );
    expect(inertToRunner('two\nlines', token)).toBe('two\nlines');
  });

  it.each([
    '::warning title=x::injected/: 1 entries',
    'Approval for qa\n::warning title=x::injected',
    'report\n   ::add-mask::secret',
  ])('wraps %j in stop-commands under the given token', (message) => {
    expect(inertToRunner(message, token)).toBe(`::stop-commands::f00d\n${message}\n::f00d::`);
  });
});
