/**
 * The CLI as a crane/cosign user meets it: the read-only commands (digest, inspect, ls, tree)
 * through the dist/cli bundle against a real registry; the connection flags (--ca-file,
 * --client-cert/--client-key) against docker-registry serving TLS from a CA the test makes; and
 * secrets hidden as a runner hides them, without rewriting ordinary words.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LayoutStore, buildImage, copyTree, type Manifest } from '@immutable-artefacts/core';
import { repoRoot } from '../harness/runner.js';
import { repositoryAt, startRegistry, type TestRegistry } from '../harness/registry.js';

const dir = mkdtempSync(join(tmpdir(), 'ia-cli-read-'));
const REVISION = '0123456789abcdef0123456789abcdef01234567';
let plain: TestRegistry;
let mtls: TestRegistry;
let image: Manifest;

function artefacts(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, DOCKER_CONFIG: join(dir, 'no-docker'), ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  [plain, mtls] = await Promise.all([startRegistry(), startRegistry({ tls: { clientCertificates: true } })]);
  const layout = new LayoutStore(join(dir, 'layout'));
  image = await buildImage(layout, {
    layers: [{ randomBytes: 2_000 }],
    annotations: { 'org.opencontainers.image.version': '3.1.4', 'org.opencontainers.image.revision': REVISION },
  });
  await copyTree(layout, repositoryAt(plain.host, 'acme/app'), image.digest, { tag: '3.1.4-9-0123456' });
  const pki = mtls.pki!;
  const secure = repositoryAt(mtls.host, 'acme/app', {
    tls: {
      ca: readFileSync(pki.caFile, 'utf8'),
      cert: readFileSync(pki.clientCertFile, 'utf8'),
      key: readFileSync(pki.clientKeyFile, 'utf8'),
    },
  });
  await copyTree(layout, secure, image.digest, { tag: 'v1' });
}, 60_000);

afterAll(async () => {
  await Promise.all([plain?.stop(), mtls?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('artefacts digest, inspect, ls, tree', () => {
  it('digest prints the digest alone; inspect names the immutable tag; ls --immutable lists it; tree says nothing is attached', () => {
    const repo = `${plain.host}/acme/app`;
    const digest = artefacts(['digest', `${repo}:3.1.4-9-0123456`]);
    expect([digest.code, digest.stdout]).toEqual([0, `${image.digest}\n`]);
    const inspect = artefacts(['inspect', `${repo}@${image.digest}`, '--json']);
    expect(inspect.code).toBe(0);
    expect(JSON.parse(inspect.stdout)).toMatchObject({
      digest: image.digest,
      version: '3.1.4',
      revision: REVISION,
      immutableTag: '3.1.4-9-0123456',
    });
    const ls = artefacts(['ls', repo, '--immutable', 'true']);
    expect([ls.code, ls.stdout]).toEqual([0, `3.1.4-9-0123456 ${image.digest}\n`]);
    const tree = artefacts(['tree', `${repo}:3.1.4-9-0123456`]);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toContain('(nothing attached)');
    const bad = artefacts(['ls', `${repo}:latest`]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: --ref: got /m);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('reaches a TLS registry with a private CA and a client certificate through the connection flags', () => {
    const pki = mtls.pki!;
    const ref = `${mtls.host}/acme/app:v1`;
    const refused = artefacts(['digest', ref]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not trusted/);
    expect(refused.stderr).toMatch(/^hint: .*--ca-file/m);
    const noClient = artefacts(['digest', ref, '--ca-file', pki.caFile]);
    expect(noClient.code).toBe(1);
    expect(noClient.stderr).toMatch(/client certificate/);
    const ok = artefacts([
      '--ca-file',
      pki.caFile,
      'digest',
      ref,
      '--client-cert',
      pki.clientCertFile,
      '--client-key',
      pki.clientKeyFile,
    ]);
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, `${image.digest}\n`, '']);
    // The environment variables do the same, for the actions and for scripts.
    const viaEnv = artefacts(['digest', ref], {
      ARTEFACTS_CA_FILE: pki.caFile,
      ARTEFACTS_CLIENT_CERT: pki.clientCertFile,
      ARTEFACTS_CLIENT_KEY: pki.clientKeyFile,
    });
    expect(viaEnv.stdout).toBe(`${image.digest}\n`);
  });

  it('announces a secret with ::add-mask:: only under a runner, and never rewrites ordinary words with it', () => {
    const args = ['digest', `${plain.host}/acme/app:missing`, '--registry-username', 'u', '--registry-password', 'e'];
    const local = artefacts(args);
    expect(local.code).toBe(1);
    expect(local.stderr).toMatch(/^error: .*no such tag or digest/m);
    expect(local.stderr).not.toContain('***');
    expect(local.stderr).not.toContain('::add-mask::');
    const onRunner = artefacts(args, { GITHUB_ACTIONS: 'true' });
    expect(onRunner.stderr).toContain('::add-mask::e\n');
    expect(onRunner.stdout).not.toContain('add-mask');
  });
});
