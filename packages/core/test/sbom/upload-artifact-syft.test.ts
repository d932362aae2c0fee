/**
 * upload-artifact's naming (the upload itself needs the runner's ACTIONS_RUNTIME_TOKEN, which no
 * test has) and engine syft (no syft binary on this machine: the not-found errors, the argv, and
 * the wrapping of what a stand-in executable writes, which is said where it is used).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { memoryLogger } from '../../src/log.js';
import { syftArgs, syftSource } from '../../src/sbom/syft.js';
import { jobRunBackendId, sbomArtifact, sbomArtifactName } from '../../src/sbom/upload-artifact.js';
import { runSbom } from '../../src/sbom/run.js';
import { parseSbomInputs } from '../../src/sbom/inputs.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const actionYml = parse(readFileSync(join(here, '..', '..', '..', '..', 'actions', 'sbom', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const raw =
  (given: Record<string, string> = {}) =>
  (name: string) =>
    given[name] ?? actionYml.inputs[name]?.default ?? '';
const tmp = mkdtempSync(join(tmpdir(), 'sbom-extras-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
writeFileSync(
  join(tmp, 'package-lock.json'),
  JSON.stringify({
    name: 'x',
    lockfileVersion: 3,
    packages: { '': { name: 'x', dependencies: { a: '1' } }, 'node_modules/a': { version: '1.0.0' } },
  }),
);
const env = (extra: Record<string, string> = {}) => {
  const logger = memoryLogger();
  return { cwd: tmp, env: { PATH: '/nonexistent', ...extra }, logger, github: undefined };
};

describe('upload-artifact naming', () => {
  const base = { GITHUB_JOB: 'build', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' };
  const facts = { label: 'ghcr.io/acme/app:v1', subjects: ['cyclonedx-json sha256:1'], paths: ['sbom/sbom.cdx.json'] };

  it('is stable for the same job entry and differs between matrix entries', () => {
    const name = sbomArtifactName(base, facts);
    expect(name).toMatch(/^sbom-build-ghcr.io-acme-app-v1-[0-9a-f]{8}$/);
    expect(sbomArtifactName(base, facts)).toBe(name);
    expect(sbomArtifactName({ ...base, RUNNER_ARCH: 'ARM64' }, facts)).not.toBe(name);
    expect(sbomArtifactName(base, { ...facts, subjects: ['cyclonedx-json sha256:2'] })).not.toBe(name);
    expect(sbomArtifactName({ ...base, GITHUB_JOB: 'other' }, facts)).toMatch(/^sbom-other-/);
    expect(sbomArtifactName(base, { ...facts, label: 'a"b:c<d>e|f*g?h\\i/j' })).not.toMatch(/["':<>|*?\\/]/);
  });

  it('matrix entries scanning the same thing differ by their job run (the runtime token), steps by GITHUB_ACTION', () => {
    const jwt = (scp: unknown) =>
      ['{"alg":"RS256"}', JSON.stringify({ scp }), 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.');
    const entry = (job: string) => jwt(`Actions.GenericRead:run1 Actions.Results:run1:${job}`);
    expect(jobRunBackendId(entry('job-a'))).toBe('job-a');
    for (const bad of [undefined, '', 'not-a-jwt', jwt(42), jwt('Actions.Results:run1'), `x.${'A'.repeat(20000)}.y`]) {
      expect(jobRunBackendId(bad)).toBeUndefined();
    }
    const a = sbomArtifactName({ ...base, ACTIONS_RUNTIME_TOKEN: entry('job-a') }, facts);
    const b = sbomArtifactName({ ...base, ACTIONS_RUNTIME_TOKEN: entry('job-b') }, facts);
    expect(a).not.toBe(b);
    // A fresh token for the same job run (the runner issues one per step) keeps the name.
    expect(sbomArtifactName({ ...base, ACTIONS_RUNTIME_TOKEN: `${entry('job-a')}x` }, facts)).toBe(a);
    expect(
      sbomArtifactName({ ...base, ACTIONS_RUNTIME_TOKEN: entry('job-a'), GITHUB_ACTION: 'sbom2' }, facts),
    ).not.toBe(a);
  });

  it('runSbom() names the artifact and gives a notice when the Actions runtime is absent; the artifact lists the files', async () => {
    const e = env({ GITHUB_JOB: 'sbom' });
    const outcome = await runSbom(parseSbomInputs(raw({ 'upload-artifact': 'true', 'output-dir': 'out/docs' })), e);
    expect(outcome.outputs['artifact-name']).toMatch(/^sbom-sbom-root-[0-9a-f]{8}$/);
    expect(e.logger.lines.some((l) => l.level === 'notice' && l.message.includes('ACTIONS_RUNTIME_TOKEN'))).toBe(true);
    expect(sbomArtifact(outcome, tmp)).toEqual({
      name: outcome.outputs['artifact-name'],
      files: [join(tmp, 'out/docs/sbom.cdx.json'), join(tmp, 'out/docs/sbom.spdx.json')],
      rootDirectory: join(tmp, 'out/docs'),
    });
    const quiet = env({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results.example/' });
    await runSbom(parseSbomInputs(raw({ 'upload-artifact': 'true', 'output-dir': 'out/docs' })), quiet);
    expect(quiet.logger.lines.some((l) => l.message.includes('ACTIONS_RUNTIME_TOKEN'))).toBe(false);
  });
});

describe('engine syft', () => {
  it('builds an argv array per source kind, one -o per format, --platform for one platform', () => {
    const outputs = [
      { format: 'cyclonedx-json' as const, file: '/w/sbom.cdx.json' },
      { format: 'spdx-json' as const, file: '/w/sbom spdx.json' },
    ];
    expect(syftArgs(syftSource({ image: 'ghcr.io/a/b@sha256:1' }), outputs, ['linux/arm64'])).toEqual([
      'scan',
      'registry:ghcr.io/a/b@sha256:1',
      '-o',
      'cyclonedx-json=/w/sbom.cdx.json',
      '-o',
      'spdx-json=/w/sbom spdx.json',
      '--platform',
      'linux/arm64',
    ]);
    expect(syftSource({ ociLayout: 'oci:build/layout:v1' })).toBe('oci-dir:build/layout');
    expect(syftSource({ path: 'src; rm -rf /' })).toBe('dir:src; rm -rf /');
    expect(() => syftArgs('dir:.', outputs, ['linux/amd64', 'linux/arm64'])).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'platforms'") }),
    );
  });

  it('fails clearly when no syft is on PATH or at syft-path', async () => {
    await expect(runSbom(parseSbomInputs(raw({ engine: 'syft' })), env())).rejects.toMatchObject({
      code: 'SBOM_FAILED',
      message: expect.stringContaining("'engine'"),
    });
    await expect(
      runSbom(parseSbomInputs(raw({ engine: 'syft', 'syft-path': 'bin/syft' })), env()),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringContaining("'syft-path'"),
    });
    expect(() => parseSbomInputs(raw({ 'syft-path': 'bin/syft' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'syft-path'") }),
    );
    expect(() => parseSbomInputs(raw({ engine: 'syft', image: 'a/b', attach: 'true' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'engine'") }),
    );
  });

  it('wraps what syft writes (a stand-in shell script playing syft, since no syft exists here)', async () => {
    const fake = join(tmp, 'fake-syft');
    // Writes a minimal CycloneDX document to each -o target and records its argv, one per line.
    writeFileSync(
      fake,
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(tmp, 'argv.txt')}"\nwhile [ $# -gt 0 ]; do\n  if [ "$1" = "-o" ]; then f="\${2#*=}"; printf '{"bomFormat":"CycloneDX","components":[{"name":"a"},{"name":"b"}]}' > "$f"; shift; fi\n  shift\ndone\n`,
    );
    chmodSync(fake, 0o755);
    const outcome = await runSbom(
      parseSbomInputs(raw({ engine: 'syft', 'syft-path': fake, formats: 'cyclonedx-json', 'output-dir': 'syft' })),
      env(),
    );
    expect(readFileSync(join(tmp, 'argv.txt'), 'utf8').trim().split('\n')).toEqual([
      'scan',
      'dir:.',
      '-o',
      `cyclonedx-json=${join(tmp, 'syft', 'sbom.cdx.json')}`,
    ]);
    expect(outcome.outputs['sbom-paths']).toBe('syft/sbom.cdx.json');
    expect(outcome.outputs['component-count']).toBe('2');
    expect(outcome.outputs['document-digests']).toMatch(/^cyclonedx-json sha256:[0-9a-f]{64}$/);
  });
});
