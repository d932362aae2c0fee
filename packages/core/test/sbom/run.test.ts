/** The sbom core entry on real source trees: a project whose lockfile real npm writes in the test, in a real git repo. */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { memoryLogger } from '../../src/log.js';
import { readGitHubContext } from '../../src/github/context.js';
import { runSbom } from '../../src/sbom/run.js';
import { parseSbomInputs } from '../../src/sbom/inputs.js';
import { createRepo, gitEnv, type TestRepo } from '../../../../test/harness/git-repo.js';
import { withLoggedGit } from '../../../../test/harness/logged-git.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const actionYml = parse(readFileSync(join(here, '..', '..', '..', '..', 'actions', 'sbom', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
/** Raw inputs exactly as the runner gives them: action.yml defaults, overridden by what the step sets. */
const raw =
  (given: Record<string, string> = {}) =>
  (name: string) =>
    given[name] ?? actionYml.inputs[name]?.default ?? '';
const env = (cwd: string, extra: Record<string, string> = {}) => ({
  cwd,
  env: { PATH: process.env.PATH, ...extra },
  logger: memoryLogger(),
  github: undefined,
});

describe('parseSbomInputs', () => {
  it('defaults: the workspace root, both formats, sbom/ directory, native engine', () => {
    expect(parseSbomInputs(raw())).toEqual({
      path: '.',
      image: undefined,
      ociLayout: undefined,
      formats: ['cyclonedx-json', 'spdx-json'],
      outputDir: 'sbom',
      outputFile: undefined,
      platforms: [],
      attach: false,
      attest: false,
      uploadArtifact: false,
      engine: 'native',
      registryUsername: undefined,
      registryPassword: undefined,
      key: undefined,
      keyPassword: '',
      exclude: [],
    });
  });

  it.each([
    [{ path: '.', image: 'x@sha256:1' }, 'path'],
    [{ formats: 'cyclonedx-json,xml' }, 'formats'],
    [{ formats: ' , ' }, 'formats'],
    [{ 'output-file': 'bom.json' }, 'output-file'],
    [{ attach: 'true' }, 'attach'],
    [{ attest: 'yes' }, 'attest'],
    [{ platforms: 'linux/amd64' }, 'platforms'],
    [{ engine: 'trivy' }, 'engine'],
    [{ 'upload-artifact': 'maybe' }, 'upload-artifact'],
  ])('%j is rejected naming %s', (given, input) => {
    expect(() => parseSbomInputs(raw(given))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining(`'${input}`) }),
    );
  });

  it('one format to one file; duplicates collapse', () => {
    const inputs = parseSbomInputs(raw({ formats: 'spdx-json\nspdx-json', 'output-file': 'out/bom.spdx.json' }));
    expect(inputs.formats).toEqual(['spdx-json']);
    expect(inputs.outputFile).toBe('out/bom.spdx.json');
  });
});

describe('sbom on a source tree', () => {
  let repo: TestRepo;
  let oracle: string[];
  const temps: string[] = [];
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

  beforeAll(() => {
    repo = createRepo('sbom-run-');
    temps.push(repo.dir);
    writeFileSync(
      join(repo.dir, 'package.json'),
      JSON.stringify({ name: 'demo', version: '1.0.0', license: 'MIT' }, null, 2),
    );
    // Real npm writes the lockfile from the registry.
    execFileSync(
      'npm',
      [
        'install',
        '--package-lock-only',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        'debug@4.3.4',
        'is-odd@3.0.1',
        '@isaacs/string-locale-compare@1.1.0',
      ],
      { cwd: repo.dir, stdio: 'ignore' },
    );
    execFileSync(
      'npm',
      ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '-D', 'ms@2.0.0'],
      {
        cwd: repo.dir,
        stdio: 'ignore',
      },
    );
    const tree = JSON.parse(
      execFileSync('npm', ['ls', '--all', '--json', '--package-lock-only'], { cwd: repo.dir, encoding: 'utf8' }),
    ) as { dependencies?: Record<string, { version: string; dependencies?: object }> };
    const all = new Set<string>();
    const visit = (deps: Record<string, { version: string; dependencies?: object }> | undefined) => {
      for (const [n, d] of Object.entries(deps ?? {})) {
        all.add(`${n}@${d.version}`);
        visit(d.dependencies as typeof deps);
      }
    };
    visit(tree.dependencies);
    oracle = [...all].sort();
    repo.commit('add dependencies', { 'README.md': 'demo\n' });
    repo.git('add', '-A');
    repo.commit('lockfile');
  }, 120_000);

  it('writes both formats, valid, with outputs and summary; the timestamp is the commit time', async () => {
    const outcome = await runSbom(parseSbomInputs(raw()), env(repo.dir));
    expect(outcome.outputs['sbom-paths']?.split('\n')).toEqual(['sbom/sbom.cdx.json', 'sbom/sbom.spdx.json']);
    expect(Number(outcome.outputs['component-count'])).toBe(oracle.length);
    const cdx = readFileSync(join(repo.dir, 'sbom', 'sbom.cdx.json'), 'utf8');
    const spdx = readFileSync(join(repo.dir, 'sbom', 'sbom.spdx.json'), 'utf8');
    expect(await cycloneDxErrors(cdx)).toBeNull();
    expect(spdxErrors(spdx)).toBeNull();
    const doc = JSON.parse(cdx) as { components: { name: string; version: string }[]; metadata: { timestamp: string } };
    expect(doc.components.map((c) => `${c.name}@${c.version}`).sort()).toEqual(oracle);
    const commitTime = Number(repo.git('log', '-1', '--format=%ct'));
    expect(doc.metadata.timestamp).toBe(new Date(commitTime * 1000).toISOString().replace('.000Z', 'Z'));
    const sha = (t: string) => `sha256:${createHash('sha256').update(t).digest('hex')}`;
    expect(outcome.outputs['document-digests']).toBe(`cyclonedx-json ${sha(cdx)}\nspdx-json ${sha(spdx)}`);
    const json = JSON.parse(outcome.outputs.json as string);
    expect(json.ecosystems).toEqual({ npm: oracle.length });
    expect(json.scopes.dev).toBe(1);
    expect(outcome.summary).toContain('| npm | ');
    expect(outcome.summary).toContain('| MIT |');
  });

  it('is byte-identical on a rerun, and in a fresh clone elsewhere (same commit, same repository)', async () => {
    const github = readGitHubContext({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/demo' });
    const first = await runSbom(parseSbomInputs(raw({ 'output-dir': 'a' })), { ...env(repo.dir), github });
    const second = await runSbom(parseSbomInputs(raw({ 'output-dir': 'b' })), { ...env(repo.dir), github });
    expect(readFileSync(join(repo.dir, 'b', 'sbom.cdx.json'))).toEqual(
      readFileSync(join(repo.dir, 'a', 'sbom.cdx.json')),
    );
    expect(readFileSync(join(repo.dir, 'b', 'sbom.spdx.json'))).toEqual(
      readFileSync(join(repo.dir, 'a', 'sbom.spdx.json')),
    );
    expect(second.outputs['document-digests']).toBe(first.outputs['document-digests']);
    const clone = mkdtempSync(join(tmpdir(), 'sbom-clone-'));
    temps.push(clone);
    execFileSync('git', ['clone', '-q', repo.dir, join(clone, 'elsewhere')]);
    const third = await runSbom(parseSbomInputs(raw({ 'output-dir': 'c' })), {
      ...env(join(clone, 'elsewhere')),
      github,
    });
    expect(third.outputs['document-digests']).toBe(first.outputs['document-digests']);
  });

  it('writes both documents or neither: a directory where the second goes leaves the first as it was', async () => {
    const out = mkdtempSync(join(repo.dir, 'both-or-none-'));
    writeFileSync(join(out, 'sbom.cdx.json'), 'the earlier document\n');
    mkdirSync(join(out, 'sbom.spdx.json'));
    const error = await runSbom(parseSbomInputs(raw({ 'output-dir': basename(out) })), env(repo.dir)).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^Input 'output-dir'/);
    expect(readFileSync(join(out, 'sbom.cdx.json'), 'utf8')).toBe('the earlier document\n');
    expect(readdirSync(out).sort()).toEqual(['sbom.cdx.json', 'sbom.spdx.json']);
  });

  it('SOURCE_DATE_EPOCH wins over the commit time; a bad value is refused', async () => {
    const out = await runSbom(
      parseSbomInputs(raw({ formats: 'spdx-json', 'output-file': 'epoch.spdx.json' })),
      env(repo.dir, { SOURCE_DATE_EPOCH: '1700000000' }),
    );
    expect(out.outputs['sbom-paths']).toBe('epoch.spdx.json');
    expect(JSON.parse(readFileSync(join(repo.dir, 'epoch.spdx.json'), 'utf8')).creationInfo.created).toBe(
      '2023-11-14T22:13:20Z',
    );
    await expect(
      runSbom(parseSbomInputs(raw()), env(repo.dir, { SOURCE_DATE_EPOCH: 'yesterday' })),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
  });

  it('a single lockfile as path; outside git the time is now, with a notice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbom-nogit-'));
    temps.push(dir);
    cpSync(join(repo.dir, 'package-lock.json'), join(dir, 'package-lock.json'));
    const e = env(dir);
    const out = await runSbom(parseSbomInputs(raw({ path: 'package-lock.json' })), e);
    expect(Number(out.outputs['component-count'])).toBe(oracle.length);
    expect(e.logger.lines.some((l) => l.level === 'notice' && l.message.includes('current time'))).toBe(true);
  });

  it.each([
    [{ 'oci-layout': 'no-such-layout' }, 'REGISTRY_NOT_FOUND'],
    [{ path: 'no-such-dir' }, 'INPUT_INVALID'],
    [{ path: 'README.md' }, 'INPUT_INVALID'],
  ])('%j fails with %s', async (given, code) => {
    await expect(runSbom(parseSbomInputs(raw(given)), env(repo.dir))).rejects.toMatchObject({ code });
  });
});

describe('where the tree sits in git: its path, its commit, and no more git than the documents need', () => {
  const LOCK = JSON.stringify({
    name: 'web',
    lockfileVersion: 3,
    packages: {
      '': { name: 'web', version: '1.0.0', dependencies: { ms: '2.1.3' } },
      'node_modules/ms': { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', license: 'MIT' },
    },
  });
  const files = { 'web/package.json': '{"name":"web","version":"1.0.0"}\n', 'web/package-lock.json': LOCK };
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });
  type Cdx = { metadata: { timestamp: string; properties: { name: string; value: string }[] } };
  const properties = (cwd: string, out: string) => {
    const doc = JSON.parse(readFileSync(join(cwd, out, 'sbom.cdx.json'), 'utf8')) as Cdx;
    return Object.fromEntries(doc.metadata.properties.map((p) => [p.name, p.value]));
  };

  it('a committed tree: the commit and the path inside the repository, from one git process when SOURCE_DATE_EPOCH is set', async () => {
    const repo = createRepo('sbom-place-');
    temps.push(repo.dir);
    const head = repo.commit('web', files);
    const calls = await withLoggedGit(async () => {
      await runSbom(
        parseSbomInputs(raw({ path: 'web', 'output-dir': 'fixed' })),
        env(repo.dir, { SOURCE_DATE_EPOCH: '0' }),
      );
    });
    expect(calls).toEqual([
      `rev-parse --show-prefix --verify --quiet HEAD^{commit} @ ${realpathSync(join(repo.dir, 'web'))}`,
    ]);
    expect(properties(repo.dir, 'fixed')).toMatchObject({
      'immutable-artefacts:git-commit': head,
      'immutable-artefacts:source-path': 'web',
    });
    // Without SOURCE_DATE_EPOCH the commit's time is asked too, and is the documents' time.
    const timed = await withLoggedGit(async () => {
      await runSbom(parseSbomInputs(raw({ path: 'web', 'output-dir': 'timed' })), env(repo.dir));
    });
    expect(timed).toHaveLength(2);
    const time = Number(repo.git('show', '-s', '--format=%ct', 'HEAD'));
    const doc = JSON.parse(readFileSync(join(repo.dir, 'timed', 'sbom.cdx.json'), 'utf8')) as Cdx;
    expect(doc.metadata.timestamp).toBe(new Date(time * 1000).toISOString().replace('.000Z', 'Z'));
    expect(properties(repo.dir, 'timed')).toEqual(properties(repo.dir, 'fixed'));
  });

  it('before the first commit: the path, no commit, and the time is now', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbom-unborn-'));
    temps.push(dir);
    execFileSync('git', ['init', '-q', dir], { env: gitEnv() });
    mkdirSync(join(dir, 'web'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const e = env(dir);
    await runSbom(parseSbomInputs(raw({ path: 'web/package-lock.json', 'output-dir': 'out' })), e);
    const found = properties(dir, 'out');
    expect(found['immutable-artefacts:source-path']).toBe('web/package-lock.json');
    expect(found['immutable-artefacts:git-commit']).toBeUndefined();
    expect(e.logger.lines.some((l) => l.level === 'notice' && l.message.includes('current time'))).toBe(true);
  });

  it('outside git: neither property, and no git process at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbom-outside-'));
    temps.push(dir);
    mkdirSync(join(dir, 'web'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const calls = await withLoggedGit(async () => {
      await runSbom(parseSbomInputs(raw({ path: 'web', 'output-dir': 'out' })), env(dir));
    });
    expect(calls).toEqual([]);
    const found = properties(dir, 'out');
    expect(found['immutable-artefacts:source-path']).toBeUndefined();
    expect(found['immutable-artefacts:git-commit']).toBeUndefined();
  });
});
