/** `artefacts release` (the README's main job) through the dist/cli bundle, on real repositories. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LayoutStore, PROMOTION_PREDICATE_TYPE, RegistryClient, sha256 } from '@immutable-artefacts/core';
import { createRepo } from '../harness/git-repo.js';
import { repoRoot } from '../harness/runner.js';
import { skopeoRaw, startRegistry, type TestRegistry } from '../harness/registry.js';

const home = mkdtempSync(join(tmpdir(), 'ia-release-home-'));

function artefacts(cwd: string, ...rest: (string | { env: Record<string, string> })[]) {
  const last = rest[rest.length - 1];
  const extra = typeof last === 'object' ? last.env : {};
  const args = rest.filter((a): a is string => typeof a === 'string');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    DOCKER_CONFIG: join(home, 'no-docker-config'),
    ...extra,
  };
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Report {
  version: string;
  immutableTag: string;
  dev: { reference: string; digest: string };
  prod: { reference: string; digest: string };
  digestsEqual: boolean;
  signature: Record<string, unknown>;
  sbom: { paths: string[] };
  promotion: { status: string; recordSigned: boolean | null };
  steps: { name: string }[];
}

function widgetRepo() {
  const repo = createRepo('release-');
  repo.commit('feat: first', {
    'package.json': JSON.stringify({ name: '@acme/widgets', version: '0.0.0' }),
    'package-lock.json': JSON.stringify({
      name: '@acme/widgets',
      lockfileVersion: 3,
      packages: { '': { name: '@acme/widgets' } },
    }),
    'dist/index.js': 'export const answer = 42;\n',
    'dist/cli/run.js': '#!/usr/bin/env node\n',
    '.gitignore': '.artefacts/\n',
  });
  repo.tag('v1.2.0');
  repo.commit('fix: a bug');
  return repo;
}

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
}, 30_000);
afterAll(async () => {
  await registry?.stop();
});

describe('artefacts release', () => {
  it('prints the next version and the immutable tags of the repository it runs in', () => {
    const repo = createRepo('release-');
    repo.commit('feat: first', {
      'package.json': JSON.stringify({ name: '@acme/widgets' }),
      'dist/index.js': 'export {};\n',
    });
    repo.tag('v1.2.0');
    repo.commit('fix: a bug');
    const head = repo.head().slice(0, 7);
    const text = artefacts(repo.dir, 'release');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('version        1.2.1 (patch from conventional-commits');
    expect(text.stdout).toContain(`immutable tag  1.2.1-2-${head}`);
    expect(text.stdout).toContain(`widgets:1.2.1-2-${head}`);
    const json = JSON.parse(artefacts(repo.dir, 'release', '--json').stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ version: '1.2.1', immutableTag: `1.2.1-2-${head}`, previousVersion: '1.2.0' });
  });

  it('the SBOM describes the packed dist/ (its digest, its packages), not the repository around it', () => {
    const repo = createRepo('release-');
    repo.commit('feat: first', {
      'package.json': JSON.stringify({ name: '@acme/widgets', devDependencies: { jest: '30.0.0' } }),
      // The repository's own lockfile (dev tooling) and a test fixture's: neither is shipped.
      'package-lock.json': JSON.stringify({
        name: '@acme/widgets',
        lockfileVersion: 3,
        packages: {
          '': { name: '@acme/widgets', devDependencies: { jest: '30.0.0' } },
          'node_modules/jest': { version: '30.0.0', dev: true },
        },
      }),
      'test/fixtures/app/package-lock.json': JSON.stringify({
        name: 'fixture',
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { 'fixture-only': '1.0.0' } },
          'node_modules/fixture-only': { version: '1.0.0' },
        },
      }),
      // What is shipped: the bundle and the one runtime package installed beside it.
      'dist/index.js': 'export const answer = 42;\n',
      'dist/node_modules/left-pad/package.json': JSON.stringify({
        name: 'left-pad',
        version: '1.3.0',
        license: 'WTFPL',
      }),
      '.gitignore': '.artefacts/\n',
    });
    repo.tag('v1.2.0');
    const result = artefacts(repo.dir, 'release', '--json');
    expect(result.stderr).not.toMatch(/^error:/m);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const cdx = JSON.parse(readFileSync(join(repo.dir, '.artefacts/sbom/sbom.cdx.json'), 'utf8')) as {
      metadata: { component: { hashes: { content: string }[]; purl: string } };
      components: { name: string; version: string; purl: string }[];
    };
    expect(cdx.components.map((c) => c.purl)).toEqual(['pkg:npm/left-pad@1.3.0']);
    // The subject is the packed artefact itself: the digest the SBOM is attached to and attested about.
    expect(`sha256:${cdx.metadata.component.hashes[0]?.content}`).toBe(report.dev.digest);
    expect(cdx.metadata.component.purl).toContain(encodeURIComponent(report.dev.digest));
    const text = readFileSync(join(repo.dir, '.artefacts/sbom/sbom.spdx.json'), 'utf8');
    expect(text).not.toContain(repo.dir);
    expect(text).not.toContain('fixture-only');
    expect(text).not.toContain('jest');
  });

  it('runs the whole pipeline offline, and a second run is a safe no-op', () => {
    const repo = widgetRepo();
    const first = artefacts(repo.dir, 'release', '--json');
    expect(first.stderr).not.toMatch(/^error:/m);
    expect(first.code).toBe(0);
    const one = JSON.parse(first.stdout) as Report;
    expect(one.version).toBe('1.2.1');
    expect(one.dev.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(one.prod.digest).toBe(one.dev.digest);
    expect(one.digestsEqual).toBe(true);
    expect(one.signature).toMatchObject({ keyCreated: true, signedThisRun: true, verifiedAtProd: true });
    expect(one.promotion).toMatchObject({ status: 'promoted', recordSigned: true });
    expect(one.sbom.paths).toEqual(['.artefacts/sbom/sbom.cdx.json', '.artefacts/sbom/sbom.spdx.json']);
    expect(one.steps.map((s) => s.name)).toEqual([
      'semver-calculate',
      'build-tag',
      'pack',
      'sbom',
      'sign',
      'verify',
      'promote',
      'verify prod',
    ]);
    // the key: encrypted, the generated password beside it (0600), printed once
    const keys = join(repo.dir, '.artefacts', 'keys');
    expect(readFileSync(join(keys, 'cosign.key'), 'utf8')).toContain('ENCRYPTED SIGSTORE PRIVATE KEY');
    expect(statSync(join(keys, 'cosign.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(keys, 'password')).mode & 0o777).toBe(0o600);
    const password = readFileSync(join(keys, 'password'), 'utf8').trim();
    expect(first.stderr).toContain(`Generated a signing key password for local demo use only: ${password}`);
    expect(first.stderr.split(password).length).toBe(2);
    // verify prod resolves the prod tag: it says it verifies that digest, not that it signs it
    expect(first.stderr).toMatch(/Resolved .*prod.*; verifying the signatures of that digest\./);
    expect(first.stderr).not.toMatch(/Resolved .*prod.*; signing the digest/);

    const prod = new LayoutStore(join(repo.dir, '.artefacts', 'prod'));
    const dev = new LayoutStore(join(repo.dir, '.artefacts', 'dev'));
    return Promise.all([dev.referrers(one.dev.digest), prod.referrers(one.dev.digest)]).then(
      async ([devReferrers, prodReferrers]) => {
        // dev: image signature + signed SBOM attestation + the two SBOM documents attached as referrers;
        // prod: those four (copied with the digest) + the signed promotion record
        expect(devReferrers).toHaveLength(4);
        expect(prodReferrers).toHaveLength(5);
        expect(devReferrers.map((r) => r.artifactType).sort()).toEqual([
          'application/spdx+json',
          'application/vnd.cyclonedx+json',
          'application/vnd.dev.sigstore.bundle.v0.3+json',
          'application/vnd.dev.sigstore.bundle.v0.3+json',
        ]);
        expect(prodReferrers.map((r) => r.annotations?.['dev.sigstore.bundle.predicateType'])).toContain(
          PROMOTION_PREDICATE_TYPE,
        );
        expect((await prod.resolve(one.immutableTag))?.digest).toBe(one.dev.digest);

        const second = artefacts(repo.dir, 'release', '--json');
        expect(second.code).toBe(0);
        expect(second.stderr).not.toContain(password);
        const two = JSON.parse(second.stdout) as Report;
        expect(two.dev.digest).toBe(one.dev.digest);
        expect(two.prod.digest).toBe(one.dev.digest);
        expect(two.signature).toMatchObject({ keyCreated: false, signedThisRun: false });
        expect(two.promotion.status).toBe('unchanged');
        expect(await dev.referrers(one.dev.digest)).toHaveLength(4);
        expect(await prod.referrers(one.dev.digest)).toHaveLength(5);

        const text = artefacts(repo.dir, 'release');
        expect(text.code).toBe(0);
        expect(text.stdout).toContain(
          `prod           oci:.artefacts/prod:${one.immutableTag}  ${one.dev.digest}  (equal)`,
        );
        expect(text.stdout).toContain('signature      verified at prod');
        expect(text.stdout).toContain(
          'promotion      already promoted: nothing copied (no-op); signed promotion record present',
        );
      },
    );
  }, 120_000);

  it('keeps its key, layouts and SBOMs out of commits in a repository that does not ignore them', () => {
    const repo = createRepo('release-unignored-');
    repo.commit('feat: first', { 'dist/index.js': 'export const answer = 42;\n' });
    const run = artefacts(repo.dir, 'release', '--json');
    expect(run.stderr).not.toMatch(/^error:/m);
    expect(run.code).toBe(0);
    expect(statSync(join(repo.dir, '.artefacts', 'keys', 'cosign.key')).isFile()).toBe(true);
    repo.git('add', '-A');
    expect(repo.git('status', '--porcelain')).toBe('');
    // A user's own .gitignore in .artefacts is kept as it is; the key folder still ignores itself.
    const other = createRepo('release-own-ignore-');
    other.commit('feat: first', {
      'dist/index.js': 'export const answer = 42;\n',
      '.artefacts/.gitignore': '# mine\nsbom/\ndev/\nprod/\n',
    });
    expect(artefacts(other.dir, 'release').code).toBe(0);
    expect(readFileSync(join(other.dir, '.artefacts', '.gitignore'), 'utf8')).toBe('# mine\nsbom/\ndev/\nprod/\n');
    other.git('add', '-A');
    expect(other.git('status', '--porcelain')).toBe('');
  });

  it('runs against real registries with --dev and --prod', async () => {
    const repo = widgetRepo();
    const dev = `${registry.host}/acme/widgets-dev`;
    const prod = `${registry.host}/acme/widgets`;
    const env = { ARTEFACTS_KEY_PASSWORD: 'release-test-password' };
    const first = artefacts(repo.dir, 'release', '--dev', dev, '--prod', prod, '--json', { env });
    expect(first.stderr).not.toMatch(/^error:/m);
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain('release-test-password');
    const one = JSON.parse(first.stdout) as Report;
    expect(sha256(skopeoRaw(`${prod}:${one.immutableTag}`))).toBe(one.dev.digest);
    expect(sha256(skopeoRaw(`${dev}:${one.immutableTag}`))).toBe(one.dev.digest);
    const client = new RegistryClient({ ignoreDockerConfig: true });
    const prodRepo = client.repository({ registry: registry.host, host: registry.host, repository: 'acme/widgets' });
    expect(await prodRepo.referrers(one.dev.digest)).toHaveLength(5);
    const second = artefacts(repo.dir, 'release', '--dev', dev, '--prod', prod, '--json', { env });
    expect(second.code).toBe(0);
    const two = JSON.parse(second.stdout) as Report;
    expect(two.prod.digest).toBe(one.dev.digest);
    expect(two.promotion.status).toBe('unchanged');
    expect(await prodRepo.referrers(one.dev.digest)).toHaveLength(5);
  }, 120_000);

  it('names a bad --dev', () => {
    const repo = widgetRepo();
    const result = artefacts(repo.dir, 'release', '--dev', 'oci:.artefacts/dev:tagged');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: --dev: got "oci:.artefacts/dev:tagged"');
  });

  // Errors name what the release user set (a flag, ARTEFACTS_KEY_PASSWORD, the password file), never
  // an input of a step that release fills in itself (`key-password`, `record-key`, `destination`).
  describe('errors name what the user set, not the inputs release gives its steps', () => {
    const stepInput = /Input '(?!tag-prefix|image|dev|prod|path)/;

    it('a second run with another ARTEFACTS_KEY_PASSWORD says that password does not open the key', () => {
      const repo = widgetRepo();
      const first = artefacts(repo.dir, 'release', { env: { ARTEFACTS_KEY_PASSWORD: 'first password' } });
      expect(first.code).toBe(0);
      const second = artefacts(repo.dir, 'release', { env: { ARTEFACTS_KEY_PASSWORD: 'another password' } });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/error: ARTEFACTS_KEY_PASSWORD does not open \S*\.artefacts\/keys\/cosign\.key/);
      expect(second.stderr).not.toMatch(stepInput);
      expect(second.stderr).not.toMatch(/record-key|key-password/);
    }, 120_000);

    it('a damaged password file is named as the password that does not open the key', () => {
      const repo = widgetRepo();
      expect(artefacts(repo.dir, 'release').code).toBe(0);
      writeFileSync(join(repo.dir, '.artefacts', 'keys', 'password'), 'not the password\n');
      const second = artefacts(repo.dir, 'release');
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/error: The password in \S*\.artefacts\/keys\/password does not open/);
      expect(second.stderr).not.toMatch(stepInput);
    }, 120_000);

    it("a --path that does not exist is named as --path, not as pack's input", () => {
      const repo = widgetRepo();
      const result = artefacts(repo.dir, 'release', '--path', 'no-such-dir');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/error: --path/);
      expect(result.stderr).not.toMatch(/Input '/);
    });

    it('a --dev or --prod that is a regular file is named as that flag, in words, not as a system error', () => {
      const repo = widgetRepo();
      writeFileSync(join(repo.dir, 'a-file.txt'), 'not a directory\n');
      for (const flag of ['--dev', '--prod']) {
        const result = artefacts(repo.dir, 'release', flag, 'oci:a-file.txt');
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(
          new RegExp(
            `error: ${flag} \\(the (pack|promote) step's (destination|destinations)\\): oci:\\S*a-file\\.txt: a file, not a directory`,
          ),
        );
        expect(result.stderr).not.toMatch(/ENOTDIR|\n\s+at /);
        expect(readFileSync(join(repo.dir, 'a-file.txt'), 'utf8')).toBe('not a directory\n');
      }
    }, 120_000);
  });

  it.each(['.artefacts', '.artefacts/keys', '.artefacts/sbom'])(
    'writes nothing through %s when it is a symbolic link out of the repository',
    (folder) => {
      const repo = widgetRepo();
      const outside = mkdtempSync(join(tmpdir(), 'ia-release-outside-'));
      mkdirSync(join(repo.dir, dirname(folder)), { recursive: true });
      symlinkSync(outside, join(repo.dir, folder));
      const result = artefacts(repo.dir, 'release');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`error: Release’s folder "${folder}" resolves to`);
      expect(result.stderr).toContain('outside the workspace');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      // No key, password or .gitignore went out through the link.
      expect(readdirSync(outside)).toEqual([]);
    },
  );

  it('names a bad flag and exits 1 without a stack trace', () => {
    const repo = createRepo('release-');
    repo.commit('feat: first');
    writeFileSync(join(repo.dir, 'x'), '');
    const result = artefacts(repo.dir, 'release', '--nope', 'x');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("'release' has no flag '--nope'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
