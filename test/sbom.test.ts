/** The sbom action's dist bundle run exactly as the runner runs it, and the CLI's `artefacts sbom` on the same tree. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { repoRoot, runAction } from './harness/runner.js';
import { skopeoRaw, startRegistry } from './harness/registry.js';
import { buildImage } from '../packages/core/src/oci/builder.js';
import { LayoutStore } from '../packages/core/src/oci/layout.js';
import { copyTree, openStore } from '../packages/core/src/oci/open.js';
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

  it('image mode through a registry with basic auth: catalogues, attaches referrers, masks the password', async () => {
    const registry = await startRegistry({ auth: 'basic' });
    try {
      const cwd = workspace();
      const layout = new LayoutStore(join(cwd, 'layout'));
      const image = await buildImage(layout, {
        created: '2026-02-03T04:05:06Z',
        layers: [
          {
            files: {
              'etc/os-release': readFileSync('/etc/os-release'),
              'var/lib/dpkg/status': readFileSync('/var/lib/dpkg/status'),
            },
          },
        ],
      });
      const [username, password] = Object.entries(registry.users)[0] as [string, string];
      const credentials = { [registry.host]: { username, password } };
      await copyTree(layout, openStore(`${registry.host}/acme/e2e`, { credentials }), image.digest, { tag: 'v1' });
      const inputs = {
        image: `${registry.host}/acme/e2e:v1`,
        attach: 'true',
        'registry-username': username,
        'registry-password': password,
      };
      const result = await runAction('sbom', { cwd, inputs });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(`::add-mask::${password}`);
      expect(result.stdout.split(`::add-mask::${password}`).join('')).not.toContain(password);
      const dpkgCount = new Set(
        execFileSync('dpkg-query', ['-W', '-f', '${Package} ${Version}\n'], { encoding: 'utf8' }).trim().split('\n'),
      ).size;
      const cdx = JSON.parse(readFileSync(join(cwd, 'sbom', 'sbom.cdx.json'), 'utf8')) as {
        metadata: { timestamp: string };
        components: { purl?: string }[];
      };
      expect(cdx.components.filter((c) => c.purl?.startsWith('pkg:deb/')).length).toBe(dpkgCount);
      expect(cdx.metadata.timestamp).toBe('2026-02-03T04:05:06Z');
      const referrers = result.outputs.referrers?.split('\n') ?? [];
      expect(referrers).toHaveLength(2);
      const fallback = JSON.parse(
        skopeoRaw(`${registry.host}/acme/e2e:${image.digest.replace(':', '-')}`, { username, password }).toString(),
      ) as { manifests: { digest: string }[] };
      expect(fallback.manifests.map((m) => m.digest).sort()).toEqual([...referrers].sort());
      expect(result.summary).toContain('| Referrer | Kind | Subject |');
    } finally {
      await registry.stop();
    }
  }, 180_000);

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
