import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { catalogSourceTree, findSourceFiles } from '../../src/sbom/source.js';
import { catalogNpmLock } from '../../src/sbom/catalogers/npm.js';
import { catalogPnpmLock, catalogYarnLock } from '../../src/sbom/catalogers/yarn-pnpm.js';
import { catalogCargoLock, catalogGoMod } from '../../src/sbom/catalogers/go-cargo.js';
import {
  catalogPipfileLock,
  catalogPoetryLock,
  catalogRequirements,
  catalogUvLock,
} from '../../src/sbom/catalogers/python.js';
import { catalogGradleLockfile, catalogPom } from '../../src/sbom/catalogers/jvm.js';
import { mergeResults, type CatalogerResult, type Component } from '../../src/sbom/model.js';
import { npmPurl } from '../../src/sbom/purl.js';
import { writeCycloneDx, writeSpdx } from '../../src/sbom/writers.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const fixtures = join(here, '..', 'fixtures', 'sbom');
const lockDir = join(fixtures, 'lockfiles');
const hand = join(fixtures, 'handwritten');
const read = (...p: string[]) => readFileSync(join(...p), 'utf8');
const manifest = JSON.parse(read(lockDir, 'npm3', 'package.json')) as unknown;
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const byPurl = (r: CatalogerResult) => new Map(r.components.map((c) => [c.purl, c]));
const purls = (r: CatalogerResult) => [...new Set(r.components.map((c) => c.purl))].sort();

/**
 * The oracle: npm itself reading the v3 lockfile (`npm ls --all --json --package-lock-only`).
 * Every package manager here resolved the same package.json against the same registry on the same
 * day, so every lockfile must describe the same packages and the same edges.
 */
function npmLsOracle(): { purls: string[]; edges: Map<string, Set<string>>; direct: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-npmls-'));
  temps.push(dir);
  cpSync(join(lockDir, 'npm3'), dir, { recursive: true });
  const out = execFileSync('npm', ['ls', '--all', '--json', '--package-lock-only'], { cwd: dir, encoding: 'utf8' });
  type Node = { version?: string; dependencies?: Record<string, Node> };
  const tree = JSON.parse(out) as Node;
  const all = new Set<string>();
  const edges = new Map<string, Set<string>>();
  const visit = (deps: Record<string, Node> | undefined, parent: string | undefined) => {
    for (const [name, node] of Object.entries(deps ?? {})) {
      if (node.version === undefined) continue;
      const purl = npmPurl(name, node.version);
      all.add(purl);
      if (parent !== undefined) edges.set(parent, (edges.get(parent) ?? new Set()).add(purl));
      if (!edges.has(purl)) edges.set(purl, new Set());
      visit(node.dependencies, purl);
    }
  };
  visit(tree.dependencies, undefined);
  const direct = Object.entries(tree.dependencies ?? {}).map(([n, node]) => npmPurl(n, node.version ?? ''));
  return { purls: [...all].sort(), edges, direct: direct.sort() };
}

const oracle = npmLsOracle();

function expectMatchesOracle(result: CatalogerResult) {
  expect(purls(result)).toEqual(oracle.purls);
  const map = byPurl(result);
  for (const [purl, deps] of oracle.edges) {
    expect([...(map.get(purl)?.dependsOn ?? [])].sort()).toEqual([...deps].sort());
  }
  expect([...(result.direct ?? [])].sort()).toEqual(oracle.direct);
}

function expectScopes(result: CatalogerResult) {
  const map = byPurl(result);
  expect(map.get('pkg:npm/ms@2.0.0')?.scope).toBe('dev');
  expect(map.get('pkg:npm/kind-of@6.0.3')?.scope).toBe('optional');
  expect(map.get('pkg:npm/ms@2.1.2')?.scope).toBe('required');
  expect(map.get('pkg:npm/is-number@6.0.0')?.scope).toBe('required');
  expect(map.get('pkg:npm/%40isaacs/string-locale-compare@1.1.0')?.scope).toBe('required');
}

describe('npm package-lock.json written by real npm', () => {
  it.each(['npm3', 'npm2'])('%s: packages, edges, scopes, hashes and licences', (dir) => {
    const result = catalogNpmLock(read(lockDir, dir, 'package-lock.json'), `${dir}/package-lock.json`);
    expectMatchesOracle(result);
    expectScopes(result);
    const debug = byPurl(result).get('pkg:npm/debug@4.3.4') as Component;
    // sha512 integrity → hex; the lockfile records the licence for v2/v3.
    expect(debug.hashes).toEqual([
      {
        alg: 'SHA-512',
        content: Buffer.from(
          'PRWFHuSU3eDtQJPvnNY7Jcket1j0t5OuOsFzPPzsekD52Zl8qUfFIPEiswXqIvHWGVHOgX+7G/vCNNhehwxfkQ==',
          'base64',
        ).toString('hex'),
      },
    ]);
    expect(debug.licenses).toEqual([{ expression: 'MIT' }]);
    expect(debug.foundIn).toEqual([`${dir}/package-lock.json`]);
    expect(debug.properties['npm:path']).toBe('node_modules/debug');
    expect(byPurl(result).get('pkg:npm/ms@2.1.2')?.properties['npm:path']).toBe('node_modules/debug/node_modules/ms');
  });

  it('npm1 (written by npm 6): same packages and edges; direct ones from package.json', () => {
    const result = catalogNpmLock(read(lockDir, 'npm1', 'package-lock.json'), 'npm1/package-lock.json', manifest);
    expectMatchesOracle(result);
    expectScopes(result);
  });

  it('rejects a file that is not a lockfile with SBOM_FAILED', () => {
    expect(() => catalogNpmLock('{"name":"x"}', 'x/package-lock.json')).toThrow(
      expect.objectContaining({ code: 'SBOM_FAILED' }),
    );
    expect(() => catalogNpmLock('{', 'x/package-lock.json')).toThrow(expect.objectContaining({ code: 'SBOM_FAILED' }));
  });
});

describe('yarn.lock and pnpm-lock.yaml written by the real tools', () => {
  it('yarn classic (yarn 1.22): same packages and edges; sha512 hashes; scopes via package.json', () => {
    const result = catalogYarnLock(read(lockDir, 'yarn1', 'yarn.lock'), 'yarn1/yarn.lock', manifest);
    expectMatchesOracle(result);
    expectScopes(result);
    expect(byPurl(result).get('pkg:npm/is-odd@3.0.1')?.hashes[0]?.alg).toBe('SHA-512');
  });

  it('yarn berry (yarn 4): same packages and edges; workspace entry is the project, not a component', () => {
    const result = catalogYarnLock(read(lockDir, 'berry', 'yarn.lock'), 'berry/yarn.lock', manifest);
    expectMatchesOracle(result);
    expectScopes(result);
    expect(purls(result).some((p) => p.includes('sbom-fixture-app'))).toBe(false);
  });

  it('yarn without a package.json beside it says scopes cannot be told apart', () => {
    const result = catalogYarnLock(read(lockDir, 'yarn1', 'yarn.lock'), 'yarn1/yarn.lock');
    expect(result.warnings?.length).toBe(1);
    expect(purls(result)).toEqual(oracle.purls);
  });

  it.each([
    ['pnpm8', '6.0'],
    ['pnpm7', '5.4'],
  ])('%s (lockfile %s): same packages, edges and scopes (dev flag recorded by the lockfile)', (dir) => {
    const result = catalogPnpmLock(read(lockDir, dir, 'pnpm-lock.yaml'), `${dir}/pnpm-lock.yaml`);
    expectMatchesOracle(result);
    expectScopes(result);
  });

  it('yarn classic npm: alias: the purl names the real package', () => {
    const dir = join(lockDir, 'yarn1alias');
    const result = catalogYarnLock(read(dir, 'yarn.lock'), 'yarn.lock', JSON.parse(read(dir, 'package.json')));
    expect(purls(result)).toEqual(['pkg:npm/debug@4.3.4', 'pkg:npm/ms@2.1.2', 'pkg:npm/ms@2.1.3']);
    expect([...(result.direct ?? [])].sort()).toEqual(['pkg:npm/debug@4.3.4', 'pkg:npm/ms@2.1.3']);
  });

  it('pnpm 10 (lockfile 9.0): same packages, edges, scopes and integrity', () => {
    const result = catalogPnpmLock(read(lockDir, 'pnpm', 'pnpm-lock.yaml'), 'pnpm/pnpm-lock.yaml');
    expectMatchesOracle(result);
    expectScopes(result);
    expect(byPurl(result).get('pkg:npm/kind-of@6.0.3')?.hashes[0]?.alg).toBe('SHA-512');
  });
});

describe('hand-written fixtures (no Go, poetry, pipenv, uv, Maven Central or Gradle here; crates.io unreachable)', () => {
  it('go.mod with go.sum: requires, indirect flag, replace directive, module path split into namespace', () => {
    const r = catalogGoMod(read(hand, 'go', 'go.mod'), 'go/go.mod', read(hand, 'go', 'go.sum'));
    expect(purls(r)).toEqual([
      'pkg:golang/github.com/Azure/go-autorest/autorest@v0.11.29',
      'pkg:golang/github.com/google/uuid@v1.5.0',
      'pkg:golang/golang.org/x/text@v0.14.0',
      'pkg:golang/gopkg.in/yaml.v3@v3.0.1',
    ]);
    const m = byPurl(r);
    expect(m.get('pkg:golang/golang.org/x/text@v0.14.0')?.properties['go:indirect']).toBe('true');
    expect(m.get('pkg:golang/github.com/google/uuid@v1.5.0')?.properties['go:sum']).toMatch(/^h1:/);
    expect(r.direct).not.toContain('pkg:golang/golang.org/x/text@v0.14.0');
  });

  it('Cargo.lock: workspace member is the project; duplicate crate names resolved by version', () => {
    const r = catalogCargoLock(read(hand, 'cargo', 'Cargo.lock'), 'Cargo.lock');
    expect(purls(r)).toEqual([
      'pkg:cargo/itoa@1.0.11',
      'pkg:cargo/libc@0.2.153',
      'pkg:cargo/memchr@1.0.2',
      'pkg:cargo/memchr@2.7.2',
      'pkg:cargo/ryu@1.0.17',
    ]);
    expect([...(r.direct ?? [])].sort()).toEqual([
      'pkg:cargo/itoa@1.0.11',
      'pkg:cargo/memchr@2.7.2',
      'pkg:cargo/ryu@1.0.17',
    ]);
    expect(byPurl(r).get('pkg:cargo/ryu@1.0.17')?.dependsOn).toEqual(['pkg:cargo/memchr@1.0.2']);
    expect(byPurl(r).get('pkg:cargo/itoa@1.0.11')?.hashes).toEqual([
      { alg: 'SHA-256', content: '49f1f14873335454500d59611f1cf4a4b0f786f9ac11f4312a78e4cf2566695b' },
    ]);
  });

  it('poetry.lock with pyproject.toml: edges by normalised name, dev group from pyproject', () => {
    const r = catalogPoetryLock(
      read(hand, 'python-poetry', 'poetry.lock'),
      'poetry.lock',
      read(hand, 'python-poetry', 'pyproject.toml'),
    );
    const m = byPurl(r);
    expect([...(m.get('pkg:pypi/requests@2.31.0')?.dependsOn ?? [])].sort()).toEqual([
      'pkg:pypi/certifi@2024.2.2',
      'pkg:pypi/charset-normalizer@3.3.2',
    ]);
    expect(m.get('pkg:pypi/requests@2.31.0')?.scope).toBe('required');
    expect(m.get('pkg:pypi/certifi@2024.2.2')?.scope).toBe('required');
    expect(m.get('pkg:pypi/pytest@8.1.1')?.scope).toBe('dev');
    expect(m.get('pkg:pypi/pluggy@1.4.0')?.scope).toBe('dev');
  });

  it('Pipfile.lock: default is required, develop is dev; names normalised in the purl', () => {
    const r = catalogPipfileLock(read(hand, 'python-pipenv', 'Pipfile.lock'), 'Pipfile.lock');
    expect(r.components.map((c) => [c.purl, c.scope])).toEqual([
      ['pkg:pypi/flask@3.0.2', 'required'],
      ['pkg:pypi/zope.interface@6.2', 'required'],
      ['pkg:pypi/black@24.3.0', 'dev'],
    ]);
  });

  it('uv.lock: the virtual project is the subject; optional and dev groups give scopes', () => {
    const r = catalogUvLock(read(hand, 'python-uv', 'uv.lock'), 'uv.lock');
    const m = byPurl(r);
    expect(purls(r)).toEqual([
      'pkg:pypi/httpx@0.27.0',
      'pkg:pypi/rich@13.7.1',
      'pkg:pypi/ruff@0.3.4',
      'pkg:pypi/sniffio@1.3.1',
    ]);
    expect(m.get('pkg:pypi/sniffio@1.3.1')?.scope).toBe('required');
    expect(m.get('pkg:pypi/rich@13.7.1')?.scope).toBe('optional');
    expect(m.get('pkg:pypi/ruff@0.3.4')?.scope).toBe('dev');
  });

  it('pom.xml: properties (nested), project.* values, dependencyManagement versions, scopes, unknown property warned', () => {
    const r = catalogPom(read(hand, 'maven', 'pom.xml'), 'pom.xml');
    const m = byPurl(r);
    expect(purls(r)).toEqual([
      'pkg:maven/com.example/shared@2.1.0',
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.0',
      'pkg:maven/org.apache.commons/commons-lang3@3.14.0',
      'pkg:maven/org.example/mystery',
      'pkg:maven/org.junit.jupiter/junit-jupiter@5.10.2',
      'pkg:maven/org.slf4j/slf4j-api@2.0.12',
    ]);
    expect(m.get('pkg:maven/com.example/shared@2.1.0')?.scope).toBe('optional');
    expect(m.get('pkg:maven/org.junit.jupiter/junit-jupiter@5.10.2')?.scope).toBe('dev');
    expect(r.warnings?.some((w) => w.includes('undefined.version'))).toBe(true);
  });

  it('gradle.lockfile: test-only configurations are dev', () => {
    const r = catalogGradleLockfile(read(hand, 'gradle', 'gradle.lockfile'), 'gradle.lockfile');
    expect(r.components.map((c) => [c.purl, c.scope])).toEqual([
      ['pkg:maven/com.google.guava/failureaccess@1.0.2', 'required'],
      ['pkg:maven/com.google.guava/guava@33.1.0-jre', 'required'],
      ['pkg:maven/junit/junit@4.13.2', 'dev'],
    ]);
  });
});

describe('requirements.txt written by real pip (pip freeze of this machine)', () => {
  it('every frozen package is a component whose version pip list agrees with', () => {
    const frozen = execFileSync('python3', ['-m', 'pip', 'freeze'], { encoding: 'utf8' });
    const listed = JSON.parse(
      execFileSync('python3', ['-m', 'pip', 'list', '--format=json'], { encoding: 'utf8' }),
    ) as { name: string; version: string }[];
    const r = catalogRequirements(`${frozen}\n# a comment\n-r other.txt\nflask>=2\n`, 'requirements.txt');
    const pinned = r.components.filter((c) => c.version !== '');
    const expected = new Set(
      frozen
        .split('\n')
        .filter((l) => l.includes('=='))
        .map((l) => `${(l.split('==')[0] ?? '').toLowerCase().replace(/_/g, '-')}@${l.split('==')[1]}`),
    );
    expect(pinned.length).toBeGreaterThan(20);
    expect(new Set(pinned.map((c) => `${c.name.toLowerCase().replace(/_/g, '-')}@${c.version}`))).toEqual(expected);
    const versions = new Map(listed.map((p) => [p.name.toLowerCase().replace(/[-_.]+/g, '-'), p.version]));
    for (const c of pinned) expect(versions.get(c.name.toLowerCase().replace(/[-_.]+/g, '-'))).toBe(c.version);
    expect(r.components.find((c) => c.name === 'flask')?.version).toBe('');
    expect(r.warnings?.some((w) => w.includes('-r other.txt'))).toBe(true);
    expect(r.warnings?.some((w) => w.includes('flask is not pinned'))).toBe(true);
  });
});

describe('the directory walker', () => {
  it('finds every supported file, skips node_modules/.git/dist, and names each by path', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sbom-walk-'));
    temps.push(root);
    cpSync(fixtures, join(root, 'repo'), { recursive: true });
    for (const skipped of ['node_modules/x', '.git/y', 'dist/z']) {
      mkdirSync(join(root, 'repo', skipped), { recursive: true });
      writeFileSync(join(root, 'repo', skipped, 'package-lock.json'), '{"packages":{}}');
    }
    writeFileSync(join(root, 'repo', 'requirements-dev.txt'), 'pytest==8.1.1\n');
    const files = await findSourceFiles(join(root, 'repo'));
    expect(files.map((f) => `${f.kind} ${f.path}`)).toEqual([
      'cargo-lock handwritten/cargo/Cargo.lock',
      'go-mod handwritten/go/go.mod',
      'gradle-lockfile handwritten/gradle/gradle.lockfile',
      'pom handwritten/maven/pom.xml',
      'pipfile-lock handwritten/python-pipenv/Pipfile.lock',
      'poetry-lock handwritten/python-poetry/poetry.lock',
      'uv-lock handwritten/python-uv/uv.lock',
      'yarn-lock lockfiles/berry/yarn.lock',
      'npm-lock lockfiles/npm1/package-lock.json',
      'npm-lock lockfiles/npm2/package-lock.json',
      'npm-lock lockfiles/npm3/package-lock.json',
      'pnpm-lock lockfiles/pnpm/pnpm-lock.yaml',
      'pnpm-lock lockfiles/pnpm7/pnpm-lock.yaml',
      'pnpm-lock lockfiles/pnpm8/pnpm-lock.yaml',
      'yarn-lock lockfiles/yarn1/yarn.lock',
      'yarn-lock lockfiles/yarn1alias/yarn.lock',
      'requirements requirements-dev.txt',
    ]);
    const tree = await catalogSourceTree(join(root, 'repo'));
    const catalog = mergeResults(tree.results);
    // The eight npm-ecosystem lockfiles of the same package.json agree (plus the alias project's): debug is found nine times.
    const debug = catalog.components.find((c) => c.purl === 'pkg:npm/debug@4.3.4');
    expect(debug?.foundIn).toHaveLength(9);
    expect(tree.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    await expect(findSourceFiles(join(root, 'missing'))).rejects.toMatchObject({ code: 'IO_FAILED' });
  });

  it('every source catalogue validates against the official CycloneDX 1.6 and SPDX 2.3 schemas', async () => {
    const tree = await catalogSourceTree(fixtures);
    const catalog = mergeResults(tree.results);
    expect(catalog.components.length).toBeGreaterThan(30);
    const subject = {
      kind: 'source' as const,
      name: 'fixtures',
      digest: tree.digest,
      timestamp: new Date(1_700_000_000_000),
    };
    const cdx = writeCycloneDx(catalog, subject);
    const spdx = writeSpdx(catalog, subject);
    expect(await cycloneDxErrors(cdx.content)).toBeNull();
    expect(spdxErrors(spdx.content)).toBeNull();
  });
});
