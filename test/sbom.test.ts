/** The sbom action's dist bundle run exactly as the runner runs it, and the CLI's `artefacts sbom` on the same tree. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { repoRoot, runAction } from './harness/runner.js';
import { cycloneDxErrors, spdxErrors } from '../packages/core/test/sbom/schemas.js';

const fixtures = join(repoRoot, 'packages', 'core', 'test', 'fixtures', 'sbom', 'lockfiles');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-e2e-'));
  temps.push(dir);
  cpSync(join(fixtures, 'pnpm'), join(dir, 'web'), { recursive: true });
  cpSync(join(fixtures, 'yarn1'), join(dir, 'legacy'), { recursive: true });
  return dir;
}

describe('sbom action (dist bundle)', () => {
  it('catalogues the workspace and writes both formats with outputs and a summary', async () => {
    const cwd = workspace();
    const result = await runAction('sbom', { cwd, env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sbom-paths']).toBe('sbom/sbom.cdx.json\nsbom/sbom.spdx.json');
    // pnpm and yarn resolved the same package.json the same day: seven distinct packages.
    expect(result.outputs['component-count']).toBe('7');
    const cdx = readFileSync(join(cwd, 'sbom', 'sbom.cdx.json'), 'utf8');
    const spdx = readFileSync(join(cwd, 'sbom', 'sbom.spdx.json'), 'utf8');
    expect(await cycloneDxErrors(cdx)).toBeNull();
    expect(spdxErrors(spdx)).toBeNull();
    expect(JSON.parse(cdx).metadata.component.name).toBe('acme/widgets');
    expect(JSON.parse(cdx).metadata.timestamp).toBe('2026-01-01T00:00:00Z');
    expect(result.summary).toContain('| npm | 7 |');
    expect(JSON.parse(result.outputs.json ?? '{}').documents).toHaveLength(2);
  });

  it('image mode fails with the action title and names the input', async () => {
    const result = await runAction('sbom', {
      cwd: workspace(),
      inputs: { image: `registry.example/app@sha256:${'a'.repeat(64)}` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.title).toBe('sbom');
    expect(result.errors[0]?.message).toContain("'image'");
  });

  it('bad input fails naming it', async () => {
    const result = await runAction('sbom', { cwd: workspace(), inputs: { formats: 'cyclonedx-xml' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.message).toContain("'formats'");
  });
});

describe('artefacts sbom (CLI) runs the same code', () => {
  it('writes the same bytes as the action for the same tree and context', async () => {
    const cwd = workspace();
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    await runAction('sbom', { cwd, env, inputs: { formats: 'spdx-json', 'output-file': 'action.spdx.json' } });
    execFileSync(
      process.execPath,
      [join(repoRoot, 'dist', 'cli', 'index.js'), 'sbom', '--formats', 'spdx-json', '--output-file', 'cli.spdx.json'],
      {
        cwd,
        env: { PATH: process.env.PATH, ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/widgets' },
        stdio: 'ignore',
      },
    );
    expect(readFileSync(join(cwd, 'cli.spdx.json'))).toEqual(readFileSync(join(cwd, 'action.spdx.json')));
  });
});
