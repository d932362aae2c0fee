/**
 * What the documents call their subject: the project's own manifest or its repository, never a
 * local folder name and never an absolute path. The same tree (or image layout) in folders of
 * different names, catalogued as `.` or as `app`, gives byte-identical CycloneDX and SPDX.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { PackageURL } from 'packageurl-js';
import { memoryLogger } from '../../src/log.js';
import { buildImage } from '../../src/oci/builder.js';
import { LayoutStore } from '../../src/oci/layout.js';
import { runSbom } from '../../src/sbom/run.js';
import { parseSbomInputs } from '../../src/sbom/inputs.js';
import { createRepo } from '../../../../test/harness/git-repo.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const actionYml = parse(readFileSync(join(here, '..', '..', '..', '..', 'actions', 'sbom', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const raw =
  (given: Record<string, string> = {}) =>
  (name: string) =>
    given[name] ?? actionYml.inputs[name]?.default ?? '';
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };
const github = (repository: string) => ({ repository, serverUrl: 'https://github.com' }) as never;
const env = (cwd: string, gh?: never) => ({
  cwd,
  env: { PATH: process.env.PATH, ...EPOCH },
  logger: memoryLogger(),
  github: gh,
});

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

const LOCK = JSON.stringify({
  name: '@acme/widgets',
  version: '2.3.4',
  lockfileVersion: 3,
  packages: {
    '': { name: '@acme/widgets', version: '2.3.4', dependencies: { ms: '^2.1.3' } },
    'node_modules/ms': { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', license: 'MIT' },
  },
});

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

interface Docs {
  cdx: string;
  spdx: string;
}

/** Runs the sbom core in `cwd` on `path` and returns both documents' text. */
async function run(cwd: string, path: string, gh?: never, extra: Record<string, string> = {}): Promise<Docs> {
  const out = await runSbom(parseSbomInputs(raw({ path, 'output-dir': 'out-sbom', ...extra })), env(cwd, gh));
  const [cdx, spdx] = (out.outputs['sbom-paths'] ?? '').split('\n').map((p) => readFileSync(join(cwd, p), 'utf8'));
  return { cdx: cdx ?? '', spdx: spdx ?? '' };
}

/** The same tree as `<tmp>/<name-a>/` (catalogued as `.`) and `<tmp>/<name-b>/app/` (catalogued as `app`). */
async function twoPlaces(files: Record<string, string>, gh?: never): Promise<[Docs, Docs, string[]]> {
  const a = join(temp('sbom-name-'), 'checkout-one');
  const b = temp('sbom-other-');
  writeTree(a, files);
  cpSync(a, join(b, 'app'), { recursive: true });
  return [await run(a, '.', gh), await run(b, 'app', gh), [a, b]];
}

function expectNoLocalPath(docs: Docs, dirs: string[]): void {
  for (const text of [docs.cdx, docs.spdx]) {
    for (const dir of dirs) {
      for (const part of dir.split('/').filter((p) => p.startsWith('sbom-') || p === 'checkout-one')) {
        expect(text).not.toContain(part);
      }
    }
    expect(text).not.toContain(tmpdir());
    expect(text).not.toMatch(/"\/(tmp|home|work|var)\//);
  }
}

describe('source documents are named by the project, not the folder', () => {
  it.each([
    [
      'package.json',
      { 'package.json': JSON.stringify({ name: '@acme/widgets', version: '2.3.4' }), 'package-lock.json': LOCK },
      { name: '@acme/widgets', version: '2.3.4', purl: 'pkg:npm/%40acme/widgets@2.3.4' },
    ],
    [
      'go.mod',
      { 'go.mod': 'module github.com/acme/widgets // the module\n\ngo 1.22\n' },
      { name: 'github.com/acme/widgets', version: undefined, purl: 'pkg:golang/github.com/acme/widgets' },
    ],
    [
      'pyproject.toml ([project])',
      { 'pyproject.toml': '[project]\nname = "Acme_Widgets"\nversion = "1.0.0"\n', 'requirements.txt': 'ms==1.0\n' },
      { name: 'Acme_Widgets', version: '1.0.0', purl: 'pkg:pypi/acme-widgets@1.0.0' },
    ],
    [
      'pyproject.toml ([tool.poetry])',
      { 'pyproject.toml': '[tool.poetry]\nname = "widgets"\nversion = "0.9"\n' },
      { name: 'widgets', version: '0.9', purl: 'pkg:pypi/widgets@0.9' },
    ],
    [
      'Cargo.toml',
      { 'Cargo.toml': '[package]\nname = "widgets"\nversion = "0.3.1"\nedition = "2021"\n' },
      { name: 'widgets', version: '0.3.1', purl: 'pkg:cargo/widgets@0.3.1' },
    ],
    [
      'pom.xml (groupId and version from the parent)',
      {
        'pom.xml':
          '<project><parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>5</version></parent>' +
          '<artifactId>widgets</artifactId><dependencies><dependency><groupId>org.x</groupId><artifactId>y</artifactId>' +
          '<version>1</version></dependency></dependencies></project>',
      },
      { name: 'com.acme:widgets', version: '5', purl: 'pkg:maven/com.acme/widgets@5' },
    ],
  ])('%s: name, version and purl; byte-identical in two folders as . and app', async (_, files, expected) => {
    const [one, two, dirs] = await twoPlaces(files);
    expect(two.cdx).toBe(one.cdx);
    expect(two.spdx).toBe(one.spdx);
    expectNoLocalPath(one, dirs);
    const cdx = JSON.parse(one.cdx) as {
      metadata: { component: { name: string; version?: string; purl?: string; 'bom-ref': string } };
    };
    expect(cdx.metadata.component).toMatchObject({ name: expected.name, purl: expected.purl });
    expect(cdx.metadata.component.version).toBe(expected.version);
    expect(PackageURL.fromString(expected.purl).toString()).toBe(expected.purl);
    const spdx = JSON.parse(one.spdx) as { name: string; packages: { name: string; versionInfo?: string }[] };
    expect(spdx.packages[0]).toMatchObject({ name: expected.name });
    expect(spdx.packages[0]?.versionInfo).toBe(expected.version);
    expect(await cycloneDxErrors(one.cdx)).toBeNull();
    expect(spdxErrors(one.spdx)).toBeNull();
  });

  it('no manifest: the repository from GITHUB_REPOSITORY, still byte-identical', async () => {
    const [one, two, dirs] = await twoPlaces({ 'yarn.lock': '# yarn lockfile v1\n\n' }, github('acme/widgets'));
    expect(two.cdx).toBe(one.cdx);
    expect(two.spdx).toBe(one.spdx);
    expectNoLocalPath(one, dirs);
    expect(JSON.parse(one.cdx).metadata.component).toMatchObject({
      name: 'acme/widgets',
      purl: 'pkg:github/acme/widgets',
    });
  });

  it('no manifest and no GITHUB_REPOSITORY: the origin remote, with the path inside the repository', async () => {
    const a = createRepo('sbom-origin-a-');
    a.commit('feat: tree', { 'web/yarn.lock': '# yarn lockfile v1\n\n' });
    a.git('remote', 'add', 'origin', 'git@github.com:Acme/Thing.git');
    const b = join(temp('sbom-origin-b-'), 'renamed-clone');
    cpSync(a.dir, b, { recursive: true });
    temps.push(a.dir);
    const top = await run(a.dir, '.');
    expect(JSON.parse(top.cdx).metadata.component).toMatchObject({ name: 'Acme/Thing', purl: 'pkg:github/acme/thing' });
    const web = await run(a.dir, 'web');
    const webElsewhere = await run(join(b, 'web'), '.');
    expect(webElsewhere.cdx).toBe(web.cdx);
    expect(webElsewhere.spdx).toBe(web.spdx);
    expectNoLocalPath(web, [a.dir, b]);
    const cdx = JSON.parse(web.cdx) as {
      metadata: { component: { name: string; purl: string }; properties: { name: string; value: string }[] };
    };
    expect(cdx.metadata.component).toMatchObject({ name: 'Acme/Thing/web', purl: 'pkg:github/acme/thing#web' });
    expect(cdx.metadata.properties).toContainEqual({ name: 'immutable-artefacts:source-path', value: 'web' });
  });

  it('a single lockfile as path: named by the manifest beside it', async () => {
    const a = join(temp('sbom-lock-'), 'x');
    writeTree(a, {
      'sub/package.json': JSON.stringify({ name: 'lone', version: '1.0.0' }),
      'sub/package-lock.json': LOCK,
    });
    const one = await run(a, 'sub/package-lock.json');
    const two = await run(join(a, 'sub'), 'package-lock.json');
    expect(two.cdx).toBe(one.cdx);
    expect(JSON.parse(one.cdx).metadata.component.name).toBe('lone');
  });
});

describe('image documents from an OCI layout are named by the image, not the layout folder', () => {
  it('two layouts of the same image in folders of different names give the same bytes', async () => {
    const docs: Docs[] = [];
    const dirs: string[] = [];
    for (const folder of ['layout-one', 'build-output']) {
      const cwd = temp('sbom-layout-');
      dirs.push(cwd);
      const store = new LayoutStore(join(cwd, folder));
      await buildImage(
        store,
        {
          created: '2026-02-03T04:05:06Z',
          annotations: {
            'org.opencontainers.image.source': 'https://github.com/acme/widgets',
            'org.opencontainers.image.version': '2.3.4',
          },
          layers: [
            {
              files: {
                'etc/os-release': 'ID=alpine\nVERSION_ID=3.19.1\n',
                'lib/apk/db/installed': 'P:musl\nV:1.2.4-r2\nA:x86_64\no:musl\n\n',
              },
            },
          ],
        },
        { tag: 'latest' },
      );
      const out = await runSbom(
        parseSbomInputs(raw({ 'oci-layout': join(cwd, folder), 'output-dir': 'out' })),
        env(cwd),
      );
      const [cdx, spdx] = (out.outputs['sbom-paths'] ?? '').split('\n').map((p) => readFileSync(join(cwd, p), 'utf8'));
      docs.push({ cdx: cdx ?? '', spdx: spdx ?? '' });
    }
    const [one, two] = docs as [Docs, Docs];
    expect(two.cdx).toBe(one.cdx);
    expect(two.spdx).toBe(one.spdx);
    expectNoLocalPath(one, dirs);
    for (const folder of ['layout-one', 'build-output']) {
      expect(one.cdx).not.toContain(folder);
      expect(one.spdx).not.toContain(folder);
    }
    const component = JSON.parse(one.cdx).metadata.component as { name: string; version: string; purl: string };
    expect(component).toMatchObject({ name: 'acme/widgets', version: '2.3.4' });
    expect(PackageURL.fromString(component.purl).name).toBe('widgets');
  });
});
