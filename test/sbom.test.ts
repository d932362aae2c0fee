/** The sbom action's dist bundle run exactly as the runner runs it, and the CLI's `artefacts sbom` on the same tree. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { actionSpecs } from '../packages/cli/src/generated/action-specs.js';
import { openRepo } from './harness/git-repo.js';
import { watchLoads } from './harness/loads.js';
import { repoRoot, runAction } from './harness/runner.js';
import { skopeoRaw, startRegistry } from './harness/registry.js';
import { startFakeResults } from './harness/fake-results.js';
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
    const loads = watchLoads(cwd);
    const result = await runAction('sbom', { cwd, env: { SOURCE_DATE_EPOCH: '1767225600', ...loads.env } });
    expect(result.errors).toEqual([]);
    // Neither a git repository nor a syft engine: node:child_process is never loaded.
    expect(loads.read().builtins).toEqual(expect.arrayContaining(['crypto', 'fs']));
    expect(loads.read().builtins).not.toContain('child_process');
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

    // In a git repository without SOURCE_DATE_EPOCH, the timestamp is the commit's, read by git:
    // then node:child_process is loaded (so the check above can fail).
    const repo = openRepo(cwd);
    repo.git('init', '-q', '-b', 'main');
    repo.commit('lockfiles', { 'web/.keep': '' });
    const committed = repo.git('log', '-1', '--format=%cI');
    const inRepo = await runAction('sbom', { cwd, env: loads.env, inputs: { 'output-dir': 'again' } });
    expect(inRepo.errors).toEqual([]);
    expect(loads.read().builtins).toContain('child_process');
    const stamp = JSON.parse(readFileSync(join(cwd, 'again', 'sbom.cdx.json'), 'utf8')).metadata.timestamp as string;
    expect(new Date(stamp).getTime()).toBe(new Date(committed).getTime());
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

  it('image mode from an OCI layout loads the referrer and signing code only when asked to attach', async () => {
    const cwd = workspace();
    const layout = new LayoutStore(join(cwd, 'layout'));
    await buildImage(
      layout,
      { created: '2026-02-03T04:05:06Z', layers: [{ files: { 'etc/os-release': readFileSync('/etc/os-release') } }] },
      { tag: 'v1' },
    );
    // Which bundle files the process loads, as the module loader resolves them.
    const loads = watchLoads(cwd);
    const loadedCode = async (inputs: Record<string, string>) => {
      const result = await runAction('sbom', { cwd, inputs, env: loads.env });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      const { files } = loads.read();
      expect(files.some((f) => f.endsWith('/dist/sbom/index.js'))).toBe(true);
      const text = files.filter((f) => f.includes('/dist/sbom/')).map((f) => readFileSync(new URL(f), 'utf8'));
      return {
        referrers: result.outputs.referrers ?? '',
        attach: text.some((t) => /function publishDocuments\(/.test(t)),
        sign: text.some((t) => /function signStatement\(/.test(t)),
      };
    };
    const catalogueOnly = await loadedCode({ 'oci-layout': 'layout:v1' });
    expect(catalogueOnly).toEqual({ referrers: '', attach: false, sign: false });
    expect(JSON.parse(readFileSync(join(cwd, 'sbom', 'sbom.cdx.json'), 'utf8')).metadata.timestamp).toBe(
      '2026-02-03T04:05:06Z',
    );
    // Asked to attach, the same run loads that code (so the checks above can fail).
    const attached = await loadedCode({ 'oci-layout': 'layout:v1', attach: 'true', 'output-dir': 'again' });
    expect(attached.attach).toBe(true);
    expect(attached.referrers.split('\n')).toHaveLength(2);
  }, 120_000);

  it('bad input fails naming it', async () => {
    const result = await runAction('sbom', { cwd: workspace(), inputs: { formats: 'cyclonedx-xml' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.message).toContain("'formats'");
  });
});

/** The entries of a zip as Python's zipfile (an independent reader) sees them: name → content. */
function unzip(bytes: Buffer, dir: string): Record<string, string> {
  const file = join(dir, 'artifact.zip');
  writeFileSync(file, bytes);
  const script =
    'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n' +
    'print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))';
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, string>;
}

describe('upload-artifact through @actions/artifact, against a loopback fake of the Actions results service', () => {
  it('uploads the zip of the documents; matrix entries of one job on the same tree get distinct names', async () => {
    const results = await startFakeResults({ maxRequests: 100, lifetimeMs: 3 * 60_000 });
    try {
      const run = 'c0ffee00-1111-4222-8333-444455556666';
      // Two matrix entries: same workflow run, same job id, same runner OS/arch, same tree; only the
      // job run (each entry's own runtime token) differs, as on a real runner.
      const entries = ['0a0a0a0a-0000-4000-8000-000000000001', '0b0b0b0b-0000-4000-8000-000000000002'];
      const runs = [];
      for (const job of entries) {
        const cwd = workspace();
        const token = results.tokenFor(run, job);
        const env = {
          SOURCE_DATE_EPOCH: '1767225600',
          ACTIONS_RESULTS_URL: results.url,
          ACTIONS_RUNTIME_TOKEN: token,
          GITHUB_ACTION: 'sbom',
        };
        const result = await runAction('sbom', { cwd, env, inputs: { 'upload-artifact': 'true' } });
        expect(result.errors).toEqual([]);
        expect(result.exitCode).toBe(0);
        expect(result.stdout).not.toContain(token);
        runs.push({ cwd, env, result });
      }
      const names = runs.map((r) => r.result.outputs['artifact-name']);
      expect(names[0]).toMatch(/^sbom-build-root-[0-9a-f]{8}$/);
      expect(new Set(names).size).toBe(2);
      // Both entries wrote the same documents: only the job run told the names apart.
      expect(readFileSync(join(runs[0]?.cwd ?? '', 'sbom', 'sbom.cdx.json'))).toEqual(
        readFileSync(join(runs[1]?.cwd ?? '', 'sbom', 'sbom.cdx.json')),
      );
      expect(results.artifacts.map((a) => [a.name, a.jobId])).toEqual(names.map((n, i) => [n, entries[i]]));
      for (const [i, r] of runs.entries()) {
        const artifact = results.artifacts[i];
        expect(r.result.outputs['artifact-id']).toBe(String(artifact?.id));
        expect(artifact?.mimeType).toBe('application/zip');
        const content = artifact?.content ?? Buffer.alloc(0);
        expect(content.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
        // What the client said it uploaded is what arrived.
        expect(artifact?.finalized).toEqual({
          size: String(content.length),
          hash: `sha256:${createHash('sha256').update(content).digest('hex')}`,
        });
        expect(unzip(content, r.cwd)).toEqual({
          'sbom.cdx.json': readFileSync(join(r.cwd, 'sbom', 'sbom.cdx.json'), 'utf8'),
          'sbom.spdx.json': readFileSync(join(r.cwd, 'sbom', 'sbom.spdx.json'), 'utf8'),
        });
      }
      // The requests @actions/artifact made, in order, for one upload.
      const perUpload = results.calls.filter((c) => c.path.startsWith('/twirp/') || c.path.startsWith('/blob/1/'));
      expect(
        perUpload
          .slice(0, 4)
          .map(
            (c) => `${c.method} ${c.path.replace(/^\/blob\/1\/.*$/, '/blob')} ${c.query.get('comp') ?? ''} ${c.status}`,
          ),
      ).toEqual([
        'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact  200',
        'PUT /blob block 201',
        'PUT /blob blocklist 201',
        'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact  200',
      ]);
      // The service refuses a second artifact of one name in a run: the same step of the same job run
      // uploading again fails, naming the input and the conflict; nothing is retried.
      const again = await runAction('sbom', {
        cwd: runs[0]?.cwd ?? '',
        env: runs[0]?.env ?? {},
        inputs: { 'upload-artifact': 'true' },
      });
      expect(again.exitCode).toBe(1);
      expect(again.errors[0]?.message).toContain(`upload-artifact: uploading artifact '${names[0]}' failed`);
      expect(again.errors[0]?.message).toContain('already exists');
      expect(results.artifacts).toHaveLength(2);
    } finally {
      await results.close();
    }
  }, 120_000);
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

  it('loads the help texts (every action description) only for --help', () => {
    const cwd = workspace();
    const loads = watchLoads(cwd);
    const summary = JSON.stringify(actionSpecs.sbom?.summary);
    const loadedTexts = (...args: string[]) => {
      execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), 'sbom', ...args], {
        cwd,
        env: { PATH: process.env.PATH, SOURCE_DATE_EPOCH: '1767225600', ...loads.env },
        stdio: 'ignore',
      });
      const bundle = loads.read().files.filter((f) => f.includes('/dist/cli/'));
      expect(bundle.length).toBeGreaterThan(0);
      return bundle.some((f) => readFileSync(new URL(f), 'utf8').includes(summary));
    };
    expect(loadedTexts('--output-dir', 'cli')).toBe(false);
    expect(readFileSync(join(cwd, 'cli', 'sbom.cdx.json'), 'utf8')).toContain('"bomFormat": "CycloneDX"');
    expect(loadedTexts('--help')).toBe(true);
  });
});
