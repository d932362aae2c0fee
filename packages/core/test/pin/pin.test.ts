/**
 * `pin` against a real registry (docker-registry, behind a recording proxy) holding the tags the
 * fixtures name: every kind of descriptor (Kubernetes manifests, kustomization, Helm values, compose,
 * Dockerfiles) compared as whole files with the expected ones, each tag resolved once, skopeo's
 * digests the ones written, `check` thresholds, and the references that cannot be resolved.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LayoutStore,
  buildImage,
  copyTree,
  memoryLogger,
  parsePinInputs,
  runPin,
  ArtefactsError,
  type PinEntry,
} from '@immutable-artefacts/core';
import { rejectionOf } from '../../../../test/harness/failures.js';
import {
  skopeo,
  repositoryAt,
  startProxy,
  startRegistry,
  type TestProxy,
  type TestRegistry,
} from '../../../../test/harness/registry.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pin');
const dir = mkdtempSync(path.join(tmpdir(), 'ia-pin-'));
let registry: TestRegistry;
let proxy: TestProxy;
/** `app:1.2` → the digest that tag was given. */
const digests: Record<string, string> = {};

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const environment = (cwd: string) => ({
  cwd,
  env: { HOME: dir, DOCKER_CONFIG: path.join(dir, 'no-docker') },
  logger: memoryLogger(),
  github: undefined,
});

/** Every file under `root`, relative, sorted. */
function files(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(root, full));
    }
  };
  walk(root);
  return out;
}

/** A fixture with the registry host and the digests of `{{repo:tag}}` filled in. */
function fill(text: string): string {
  return text
    .replace(/REGISTRY/g, proxy.host)
    .replace(/\{\{([a-z]+:[\w.]+)\}\}/g, (_m, key: string) => digests[key] ?? `no digest for ${key}`);
}

/** A fresh workspace holding the fixture tree `name`, filled in. */
function workspaceOf(name: string): string {
  const ws = mkdtempSync(path.join(dir, `${name}-`));
  cpSync(path.join(fixtures, name), ws, { recursive: true });
  for (const file of files(ws)) writeFileSync(path.join(ws, file), fill(readFileSync(path.join(ws, file), 'utf8')));
  return ws;
}

const snapshot = (root: string) =>
  Object.fromEntries(files(root).map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));

async function pin(ws: string, values: Record<string, string>) {
  const env = environment(ws);
  const outcome = await runPin(parsePinInputs(raw({ paths: '.', ...values })), env);
  return {
    outcome,
    json: JSON.parse(outcome.outputs.json!) as { references: PinEntry[]; share: number; total: number },
    env,
  };
}

const manifestHeads = () =>
  proxy.requests.filter((r) => r.method === 'HEAD' && r.path.includes('/manifests/')).map((r) => r.path);

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startProxy(registry.host);
  const layout = new LayoutStore(path.join(dir, 'layout'));
  const tags: [string, string][] = [
    ['acme/app', '1.2'],
    ['acme/app', '1.10'],
    ['acme/worker', 'latest'],
    ['acme/base', '3.20'],
  ];
  for (const [repository, tag] of tags) {
    const image = await buildImage(layout, { layers: [{ randomBytes: 500 }] });
    await copyTree(layout, repositoryAt(registry.host, repository), image.digest, { tag });
    digests[`${repository.split('/')[1]}:${tag}`] = image.digest;
  }
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('pin', () => {
  it('rewrites every kind of reference in place: whole files equal the expected ones, comments and formatting kept', async () => {
    const ws = workspaceOf('input');
    const { outcome, json } = await pin(ws, {});
    const expected = workspaceOf('expected');
    expect(snapshot(ws)).toEqual(snapshot(expected));
    expect(outcome.outputs['changed-files']!.split('\n').sort()).toEqual([
      'compose/docker-compose.yml',
      'docker/Dockerfile',
      'helm/values.yaml',
      'k8s/app.yaml',
      'kustomize/kustomization.yaml',
    ]);
    // The Helm template does not parse as YAML: skipped, said so, not failed.
    expect(outcome.outputs.json).toContain('helm/templates/deployment.yaml');
    expect(json.share).toBe(100);
    expect(outcome.outputs['pinned-share']).toBe('100');
    const kinds = new Set(json.references.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['compose', 'dockerfile', 'helm', 'kubernetes', 'kustomize']);
    expect(outcome.outputs['pull-request-body']).toContain(`\`${proxy.host}/acme/app:1.10\``);
    expect(outcome.outputs['pull-request-body']).toContain(digests['app:1.10']);
    expect(outcome.summary).toContain(`| \`${proxy.host}/acme/app:1.2\` | \`k8s/app.yaml:11\` | kubernetes | now |`);
  });

  it('resolves each distinct tag once, however many files name it', async () => {
    const ws = workspaceOf('input');
    proxy.requests.length = 0;
    const { json } = await pin(ws, {});
    const heads = manifestHeads();
    expect(heads.sort()).toEqual(
      ['acme/app/manifests/1.10', 'acme/app/manifests/1.2', 'acme/base/manifests/3.20', 'acme/worker/manifests/latest']
        .map((p) => `/v2/${p}`)
        .sort(),
    );
    expect(json.references.filter((e) => e.reference.endsWith('acme/app:1.2')).length).toBeGreaterThan(3);
  });

  it('explicit credentials go to the registry named in `registry` only, never to another the files name', async () => {
    // A registry that refuses anonymous reads: a reference to it resolves only if the credentials reach it.
    const guarded = await startRegistry({ auth: 'basic', users: { robot: 's3cret' } });
    try {
      const layout = new LayoutStore(path.join(dir, 'guarded-layout'));
      const image = await buildImage(layout, { layers: [{ randomBytes: 300 }] });
      const writer = repositoryAt(guarded.host, 'team/private', {
        credentials: { [guarded.host]: { username: 'robot', password: 's3cret' } },
      });
      await copyTree(layout, writer, image.digest, { tag: '1.0' });
      const ws = mkdtempSync(path.join(dir, 'guarded-'));
      const manifest = `image: ${guarded.host}/team/private:1.0\n---\nimage: ${proxy.host}/acme/app:1.2\n`;
      const credentials = { 'registry-username': 'robot', 'registry-password': 's3cret', 'allow-unresolved': 'true' };
      const statusOf = (json: { references: PinEntry[] }, host: string) =>
        json.references.filter((e) => e.reference.startsWith(host)).map((e) => e.status);
      // Given for this registry: it resolves; the anonymous one the file also names resolves without them.
      writeFileSync(path.join(ws, 'deploy.yaml'), manifest);
      proxy.requests.length = 0;
      const given = await pin(ws, { ...credentials, registry: guarded.host });
      expect(statusOf(given.json, guarded.host)).toEqual(['resolved']);
      expect(statusOf(given.json, proxy.host)).toEqual(['resolved']);
      expect(readFileSync(path.join(ws, 'deploy.yaml'), 'utf8')).toContain(`team/private:1.0@${image.digest}`);
      expect(proxy.requests.filter((r) => r.authorization !== undefined)).toEqual([]);
      // Given for another registry: never sent here, so the guarded reference stays unresolved.
      writeFileSync(path.join(ws, 'deploy.yaml'), manifest);
      const elsewhere = await pin(ws, { ...credentials, registry: 'ghcr.io' });
      expect(statusOf(elsewhere.json, guarded.host)).toEqual(['unresolved']);
      expect(readFileSync(path.join(ws, 'deploy.yaml'), 'utf8')).not.toContain(image.digest);
    } finally {
      await guarded.stop();
    }
    // Credentials without the registry they are for: refused before anything is read, naming the input.
    proxy.requests.length = 0;
    const refused = await rejectionOf(
      pin(workspaceOf('input'), { 'registry-username': 'robot', 'registry-password': 's3cret' }),
      ArtefactsError,
    );
    expect([refused.code, refused.message]).toEqual(['INPUT_INVALID', expect.stringContaining("Input 'registry'")]);
    expect(() => parsePinInputs(raw({ paths: '.', registry: 'https://ghcr.io/x' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining('a registry host') }),
    );
    expect(proxy.requests).toEqual([]);
    // Docker Hub's other names are the same registry.
    expect(parsePinInputs(raw({ paths: '.', registry: 'index.docker.io' })).credentialsRegistry).toBe('docker.io');
  }, 60_000);

  it('writes the digests skopeo reads for the same tags', async () => {
    const ws = workspaceOf('input');
    await pin(ws, {});
    const text = Object.values(snapshot(ws)).join('\n');
    for (const [repository, tag] of [
      ['acme/app', '1.2'],
      ['acme/app', '1.10'],
      ['acme/worker', 'latest'],
      ['acme/base', '3.20'],
    ] as const) {
      const inspected = JSON.parse(
        skopeo(['inspect', '--tls-verify=false', `docker://${registry.host}/${repository}:${tag}`]),
      ) as { Digest: string };
      expect(text).toContain(inspected.Digest);
      expect(text).toContain(`${proxy.host}/${repository}:${tag}@${inspected.Digest}`);
    }
  });

  it('a second run changes nothing, and the check then passes at 100%', async () => {
    const ws = workspaceOf('input');
    await pin(ws, {});
    const before = snapshot(ws);
    const again = await pin(ws, {});
    expect(again.outcome.outputs['changed-files']).toBe('');
    expect(again.outcome.outputs['pull-request-body']).toBe('');
    expect(snapshot(ws)).toEqual(before);
    const check = await pin(ws, { check: 'true', 'min-pinned': '100' });
    expect(check.json.share).toBe(100);
  });

  it('a CRLF kustomization gets its digest line with CRLF too', async () => {
    const ws = mkdtempSync(path.join(dir, 'crlf-'));
    const lines = ['kind: Kustomization', 'images:', `  - name: ${proxy.host}/acme/app`, "    newTag: '1.10' # prod"];
    writeFileSync(path.join(ws, 'kustomization.yaml'), `${lines.join('\r\n')}\r\n`);
    await pin(ws, {});
    expect(readFileSync(path.join(ws, 'kustomization.yaml'), 'utf8')).toBe(
      `${[...lines, `    digest: ${digests['app:1.10']}`].join('\r\n')}\r\n`,
    );
  });
});

describe('pin --check', () => {
  it('changes nothing and reports each reference: where, pinned or not, the digest its tag resolves to', async () => {
    const ws = workspaceOf('input');
    const before = snapshot(ws);
    const { outcome, json } = await pin(ws, { check: 'true', 'min-pinned': '0' });
    expect(snapshot(ws)).toEqual(before);
    expect(outcome.outputs['changed-files']).toBe('');
    const cronJob = json.references.find((e) => e.file === 'k8s/app.yaml' && e.reference.endsWith(':1.10'));
    expect(cronJob).toEqual(expect.objectContaining({ line: 30, status: 'unpinned', digest: digests['app:1.10'] }));
    const pinned = json.references.filter((e) => e.status === 'pinned');
    expect(pinned.map((e) => `${e.file}:${e.line}`).sort()).toEqual([
      'docker/tools.Dockerfile:1',
      'helm/values.yaml:22',
      'k8s/app.yaml:42',
      'kustomize/kustomization.yaml:16',
    ]);
    expect(outcome.outputs.report).toContain(`k8s/app.yaml:30 kubernetes ${proxy.host}/acme/app:1.10 not pinned`);
  });

  it('fails below min-pinned (VERIFICATION_FAILED, naming what is not pinned) and passes at the share itself', async () => {
    const ws = workspaceOf('input');
    const { json } = await pin(ws, { check: 'true', 'min-pinned': '0' });
    const share = json.share;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(100);
    // Rounded down to one decimal: the exact share passes, a tenth more fails.
    expect((await pin(ws, { check: 'true', 'min-pinned': String(share) })).outcome.outputs['pinned-share']).toBe(
      String(share),
    );
    const error = (await pin(ws, { check: 'true', 'min-pinned': `${(share + 0.1).toFixed(1)}%` }).catch(
      (e: unknown) => e,
    )) as ArtefactsError;
    expect(error.code).toBe('VERIFICATION_FAILED');
    expect(error.message).toContain(`k8s/app.yaml:30`);
    const env = environment(ws);
    const fails = (await runPin(parsePinInputs(raw({ paths: '.', check: 'true' })), env).catch(
      (e: unknown) => e,
    )) as ArtefactsError;
    expect(fails.code).toBe('VERIFICATION_FAILED');
    // The log still lists every reference, pinned ones included, before the failure.
    const logged = env.logger.lines.map((l) => l.message).join('\n');
    expect(logged).toContain(`docker/tools.Dockerfile:1 dockerfile ${proxy.host}/acme/worker:latest@`);
    expect(logged).toContain('k8s/app.yaml:30 kubernetes');
  });
});

describe('references that cannot be resolved', () => {
  it('fail the run before any file is written, each named with the reason', async () => {
    const ws = workspaceOf('unresolved');
    const before = snapshot(ws);
    const error = (await pin(ws, {}).catch((e: unknown) => e)) as ArtefactsError;
    expect(error.code).toBe('REGISTRY_NOT_FOUND');
    expect(snapshot(ws)).toEqual(before);
    for (const where of [
      'Dockerfile:2 dockerfile ${BASE}',
      'Dockerfile:3 dockerfile REGISTRY/acme/app:$VERSION',
      'kustomization.yaml:4 kustomize',
      'values.yaml:2 helm',
      'values.yaml:6 helm REGISTRY/acme/app:nope',
      'deploy.yaml:7 kubernetes 127.0.0.1:1/acme/app:1.2',
      'deploy.yaml:8 kubernetes REGISTRY/acme/app:1.2@sha256:abc unresolved: Invalid image reference',
      'compose.yaml:3 compose REGISTRY/acme/app:${TAG:-1.2} unresolved: the reference holds a variable',
    ]) {
      expect(error.message).toContain(where.replace('REGISTRY', proxy.host));
    }
    expect(error.message).toMatch(/nope not found/);
  }, 90_000);

  it('with allow-unresolved: the rest pinned, these left as they are and reported', async () => {
    const ws = workspaceOf('unresolved');
    const { outcome, json } = await pin(ws, { 'allow-unresolved': 'true' });
    const deploy = readFileSync(path.join(ws, 'deploy.yaml'), 'utf8');
    expect(deploy).toContain(`image: ${proxy.host}/acme/app:1.2@${digests['app:1.2']} # resolvable`);
    expect(deploy).toContain('image: 127.0.0.1:1/acme/app:1.2\n');
    expect(json.references.filter((e) => e.status === 'unresolved').length).toBe(8);
    expect(outcome.outputs['pull-request-body']).toContain('Left as they are');
    expect(outcome.outputs['changed-files']).toBe('deploy.yaml');
  }, 90_000);

  it('verify-pinned asks the registry for each pinned digest: one that is gone is unresolved', async () => {
    const ws = mkdtempSync(path.join(dir, 'gone-'));
    const gone = `sha256:${'0'.repeat(64)}`;
    writeFileSync(
      path.join(ws, 'pod.yaml'),
      `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${proxy.host}/acme/app:1.2@${gone}\n    - image: ${proxy.host}/acme/app:1.2@${digests['app:1.2']}\n`,
    );
    expect((await pin(ws, { check: 'true' })).json.share).toBe(100);
    const verified = await pin(ws, { check: 'true', 'verify-pinned': 'true', 'min-pinned': '50' });
    expect(verified.json.references.map((e) => e.status)).toEqual(['unresolved', 'pinned']);
    expect(verified.json.share).toBe(50);
  });
});

describe('pin inputs', () => {
  it.each(['101', '-1', 'abc', '50%%', '1e2', ' 80 percent'])('min-pinned %j is refused naming the input', (value) => {
    let error: ArtefactsError | undefined;
    try {
      parsePinInputs(raw({ paths: '.', 'min-pinned': value }));
    } catch (e) {
      error = e as ArtefactsError;
    }
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.message).toContain("Input 'min-pinned'");
  });

  it.each([
    ['80', 80],
    ['99.5%', 99.5],
    ['', 100],
    ['0', 0],
  ])('min-pinned %j is %d', (value, expected) => {
    expect(parsePinInputs(raw({ paths: '.', 'min-pinned': value })).minPinned).toBe(expected);
  });

  it('paths: required; outside the workspace, missing or of an unknown kind refused', async () => {
    expect(() => parsePinInputs(raw({}))).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    const ws = mkdtempSync(path.join(dir, 'paths-'));
    mkdirSync(path.join(ws, 'deploy'));
    writeFileSync(path.join(ws, 'notes.txt'), 'image: x\n');
    const run = (paths: string, extra: Record<string, string> = {}) =>
      runPin(parsePinInputs(raw({ paths, ...extra })), environment(path.join(ws, 'deploy'))).catch(
        (e: unknown) => (e as ArtefactsError).code,
      );
    expect(await run('../notes.txt')).toBe('PATH_UNSAFE');
    expect(await run('missing.yaml')).toBe('INPUT_INVALID');
    expect(await run('../notes.txt', { 'allow-outside-workspace': 'paths' })).toBe('INPUT_INVALID');
    expect(await run('*.yaml')).toBe('INPUT_INVALID');
  });

  it('names the paths item whose file or directory is under a file or cannot be read', async () => {
    const ws = mkdtempSync(path.join(dir, 'unreadable-'));
    mkdirSync(path.join(ws, 'k8s'));
    writeFileSync(path.join(ws, 'k8s', 'ok.yaml'), 'image: nginx:1.27\n');
    writeFileSync(path.join(ws, 'notes.txt'), 'a file\n');
    const run = (paths: string) => rejectionOf(runPin(parsePinInputs(raw({ paths })), environment(ws)), ArtefactsError);
    const under = await run('notes.txt/app.yaml');
    expect(under.code).toBe('INPUT_INVALID');
    expect(under.message).toBe(
      `Input 'paths': got "notes.txt/app.yaml"; expected files, directories or globs that exist in the workspace (notes.txt is a regular file, not a directory).`,
    );
    if (process.getuid?.() === 0) return; // root reads anything: the unreadable cases are run as another user in test/
    writeFileSync(path.join(ws, 'k8s', 'noperm.yaml'), 'image: nginx:1.27\n');
    chmodSync(path.join(ws, 'k8s', 'noperm.yaml'), 0);
    try {
      for (const given of ['k8s', 'k8s/*.yaml', 'k8s/noperm.yaml']) {
        expect((await run(given)).message).toMatch(
          new RegExp(
            `^Input 'paths': got "${given.replace('*', '\\*')}"; expected readable files \\(permission denied`,
          ),
        );
      }
    } finally {
      chmodSync(path.join(ws, 'k8s', 'noperm.yaml'), 0o644);
    }
  });

  it('a descriptor found by a walk or a glob that links out of the workspace is refused (PATH_UNSAFE) unless paths is let out', async () => {
    const ws = mkdtempSync(path.join(dir, 'links-'));
    const outside = mkdtempSync(path.join(dir, 'outside-'));
    const text = `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${proxy.host}/acme/app:1.2\n`;
    writeFileSync(path.join(outside, 'pod.yaml'), text);
    mkdirSync(path.join(ws, 'deploy'));
    symlinkSync(path.join(outside, 'pod.yaml'), path.join(ws, 'deploy', 'pod.yaml'));
    for (const paths of ['.', 'deploy/*.yaml', 'deploy/pod.yaml']) {
      const error = (await pin(ws, { paths }).catch((e: unknown) => e)) as ArtefactsError;
      expect([paths, error.code, error.message]).toEqual([
        paths,
        'PATH_UNSAFE',
        expect.stringContaining("Input 'paths'"),
      ]);
    }
    expect(readFileSync(path.join(outside, 'pod.yaml'), 'utf8')).toBe(text);
    const { outcome } = await pin(ws, { 'allow-outside-workspace': 'paths' });
    expect(outcome.outputs['changed-files']).toBe('deploy/pod.yaml');
    // The link stays a link; the file it points at is the one pinned.
    expect(lstatSync(path.join(ws, 'deploy', 'pod.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(outside, 'pod.yaml'), 'utf8')).toContain(`acme/app:1.2@${digests['app:1.2']}`);
  });
});

describe('registry', () => {
  it('a host the references would refuse is named as registry, with the value given, not the reference built from it', () => {
    for (const given of ['reg:99999', 'reg:0']) {
      let message = '';
      try {
        parsePinInputs(raw({ paths: '.', registry: given }));
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(
        new RegExp(`^Input 'registry': got "${given}"; expected a registry host.*port \\d+ is out of range`),
      );
      expect(message).not.toContain('/x/y');
    }
  });
});
