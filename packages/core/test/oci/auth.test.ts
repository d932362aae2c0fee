import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ArtefactsError,
  LayoutStore,
  RegistryClient,
  buildImage,
  childDescriptors,
  copyTree,
  memoryLogger,
  parseChallenge,
  parseReference,
  readBlob,
  resolveCredentials,
  type Manifest,
  type RegistryOptions,
} from '@immutable-artefacts/core';
import {
  skopeoRaw,
  startProxy,
  startRegistry,
  type TestRegistry,
  repositoryAt,
} from '../../../../test/harness/registry.js';
import { rejectionOf } from '../../../../test/harness/failures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-oci-auth-'));
let basic: TestRegistry;
let token: TestRegistry;
let layout: LayoutStore;
let image: Manifest;
const PASSWORD = 'wonder-land-42';
const fast = { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 } };

const repo = (host: string, repository: string, options: RegistryOptions = {}) =>
  repositoryAt(host, repository, { ...fast, ...options });

const failure = (promise: Promise<unknown>) => rejectionOf(promise, ArtefactsError);

beforeAll(async () => {
  [basic, token] = await Promise.all([
    startRegistry({ auth: 'basic', users: { alice: PASSWORD } }),
    startRegistry({
      auth: 'token',
      users: { alice: PASSWORD, reader: 'read-only-pass' },
      grant: (user, _repo, asked) => (user === 'alice' ? asked : asked.filter((a) => a === 'pull')),
      identityTokens: { 'refresh-abc-123': 'alice' },
    }),
  ]);
  layout = new LayoutStore(path.join(tmp, 'src'));
  image = await buildImage(
    layout,
    { layers: [{ randomBytes: 40_000 }, { files: { 'hello.txt': 'hi' } }] },
    { tag: 'v1' },
  );
});

afterAll(async () => {
  await Promise.all([basic?.stop(), token?.stop()]);
  rmSync(tmp, { recursive: true, force: true });
});

describe('challenges', () => {
  it('parses bearer and basic challenges', () => {
    expect(
      parseChallenge('Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull"'),
    ).toEqual({
      scheme: 'bearer',
      realm: 'https://auth.example/token',
      service: 'reg',
      scope: 'repository:a/b:pull',
    });
    expect(parseChallenge('Basic realm="x"')).toEqual({ scheme: 'basic', realm: 'x' });
    expect(parseChallenge('Negotiate abc')).toBeUndefined();
  });
});

describe('basic auth (htpasswd)', () => {
  it('pushes and pulls with explicit credentials', async () => {
    const credentials = { [basic.host]: { username: 'alice', password: PASSWORD } };
    const dest = repo(basic.host, 'acme/app', { credentials });
    await copyTree(layout, dest, image.digest, { tag: 'v1' });
    expect(skopeoRaw(`${basic.host}/acme/app:v1`, { username: 'alice', password: PASSWORD }).equals(image.bytes)).toBe(
      true,
    );
    expect((await dest.getManifest('v1')).digest).toBe(image.digest);
  });

  it('refuses without credentials and with wrong ones, never echoing the password', async () => {
    expect((await failure(repo(basic.host, 'acme/app').resolve('v1'))).code).toBe('REGISTRY_AUTH');
    const logger = memoryLogger();
    const wrong = repo(basic.host, 'acme/app', {
      credentials: { [basic.host]: { username: 'alice', password: 'not-the-password-123' } },
      logger,
    });
    const error = await failure(wrong.resolve('v1'));
    expect(error.code).toBe('REGISTRY_AUTH');
    expect(`${error.message} ${error.hint ?? ''}`).not.toContain('not-the-password-123');
    expect(JSON.stringify(logger.lines)).not.toContain('not-the-password-123');
  });

  it('reads credentials from DOCKER_CONFIG auths (base64 and username/password)', async () => {
    const dir = path.join(tmp, 'docker-auths');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: { [`http://${basic.host}`]: { auth: Buffer.from(`alice:${PASSWORD}`).toString('base64') } },
      }),
    );
    const viaAuth = new RegistryClient({ env: { DOCKER_CONFIG: dir }, ...fast }).repository({
      registry: basic.host,
      host: basic.host,
      repository: 'acme/app',
    });
    expect((await viaAuth.resolve('v1'))?.digest).toBe(image.digest);

    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { [basic.host]: { username: 'alice', password: PASSWORD } } }),
    );
    const viaFields = new RegistryClient({ env: { DOCKER_CONFIG: dir }, ...fast }).repository({
      registry: basic.host,
      host: basic.host,
      repository: 'acme/app',
    });
    expect((await viaFields.resolve('v1'))?.digest).toBe(image.digest);
  });

  it('reads podman/skopeo auth files: REGISTRY_AUTH_FILE first, the containers auth.json after the Docker config', async () => {
    const dir = path.join(tmp, 'containers-auth');
    mkdirSync(path.join(dir, 'runtime', 'containers'), { recursive: true });
    mkdirSync(path.join(dir, 'docker'), { recursive: true });
    const auths = (password: string) =>
      JSON.stringify({ auths: { [basic.host]: { auth: Buffer.from(`alice:${password}`).toString('base64') } } });
    const client = (env: Record<string, string>) =>
      new RegistryClient({ env: { HOME: path.join(dir, 'home'), ...env }, ...fast }).repository({
        registry: basic.host,
        host: basic.host,
        repository: 'acme/app',
      });
    // REGISTRY_AUTH_FILE, as skopeo login --authfile writes it.
    writeFileSync(path.join(dir, 'auth.json'), auths(PASSWORD));
    expect((await client({ REGISTRY_AUTH_FILE: path.join(dir, 'auth.json') }).resolve('v1'))?.digest).toBe(
      image.digest,
    );
    // It wins over a Docker config that holds a wrong password for the same registry.
    writeFileSync(path.join(dir, 'docker', 'config.json'), auths('wrong'));
    const both = { REGISTRY_AUTH_FILE: path.join(dir, 'auth.json'), DOCKER_CONFIG: path.join(dir, 'docker') };
    expect((await client(both).resolve('v1'))?.digest).toBe(image.digest);
    // ${XDG_RUNTIME_DIR}/containers/auth.json (podman login's default) when the Docker config has no entry.
    writeFileSync(path.join(dir, 'docker', 'config.json'), JSON.stringify({ auths: {} }));
    writeFileSync(path.join(dir, 'runtime', 'containers', 'auth.json'), auths(PASSWORD));
    const runtime = { DOCKER_CONFIG: path.join(dir, 'docker'), XDG_RUNTIME_DIR: path.join(dir, 'runtime') };
    expect((await client(runtime).resolve('v1'))?.digest).toBe(image.digest);
    // Without any of them: refused, as before.
    const none = await client({ DOCKER_CONFIG: path.join(dir, 'docker') })
      .resolve('v1')
      .catch((e: unknown) => e);
    expect((none as ArtefactsError).code).toBe('REGISTRY_AUTH');
  });

  it('runs a credential helper (credHelpers) with an argv array and the server on stdin', async () => {
    const dir = path.join(tmp, 'docker-helper');
    const bin = path.join(tmp, 'bin');
    mkdirSync(dir, { recursive: true });
    mkdirSync(bin, { recursive: true });
    const seen = path.join(tmp, 'helper-saw');
    const helper = path.join(bin, 'docker-credential-iatest');
    writeFileSync(
      helper,
      `#!/bin/sh\n[ "$1" = get ] || exit 3\nread server\necho "$server" > '${seen}'\nprintf '{"ServerURL":"%s","Username":"alice","Secret":"${PASSWORD}"}' "$server"\n`,
    );
    chmodSync(helper, 0o755);
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ credHelpers: { [basic.host]: 'iatest' } }));
    const env = { DOCKER_CONFIG: dir, PATH: `${bin}:${process.env.PATH ?? ''}` };
    const store = new RegistryClient({ env, ...fast }).repository({
      registry: basic.host,
      host: basic.host,
      repository: 'acme/app',
    });
    expect((await store.resolve('v1'))?.digest).toBe(image.digest);
    expect(readFileSync(seen, 'utf8').trim()).toBe(basic.host);

    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ credsStore: 'iatest' }));
    expect(await resolveCredentials(basic.host, { env })).toEqual({ username: 'alice', password: PASSWORD });
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ credsStore: 'missing-helper' }));
    expect((await failure(resolveCredentials(basic.host, { env }))).code).toBe('REGISTRY_AUTH');
  });

  it('maps Docker Hub config keys and GITHUB_TOKEN for ghcr.io', async () => {
    const dir = path.join(tmp, 'docker-hub');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: { 'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') } },
      }),
    );
    expect(await resolveCredentials('docker.io', { env: { DOCKER_CONFIG: dir } })).toEqual({
      username: 'hubuser',
      password: 'hubpass',
    });
    expect(
      await resolveCredentials('ghcr.io', { env: { DOCKER_CONFIG: dir, GITHUB_TOKEN: 'ghs_x', GITHUB_ACTOR: 'octo' } }),
    ).toEqual({
      username: 'octo',
      password: 'ghs_x',
    });
    expect(await resolveCredentials('quay.io', { env: { DOCKER_CONFIG: dir, GITHUB_TOKEN: 'ghs_x' } })).toBeUndefined();
    const explicit = await resolveCredentials('ghcr.io', {
      env: { GITHUB_TOKEN: 'ghs_x' },
      credentials: { 'ghcr.io': { username: 'bot', password: 'pat' } },
      ignoreDockerConfig: true,
    });
    expect(explicit).toEqual({ username: 'bot', password: 'pat' });
  });

  it('follows a blob redirect to another host without sending the Authorization header', async () => {
    const credentials = { [basic.host]: { username: 'alice', password: PASSWORD } };
    const storageProxy = await startProxy(basic.host, {
      setAuthorization: `Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`,
    });
    const front = await startProxy(basic.host);
    front.intercept = (req, res) => {
      if (req.method === 'GET' && /\/blobs\/sha256:/.test(req.url ?? '')) {
        res.writeHead(307, { location: `http://${storageProxy.host}${req.url}` }).end();
        return true;
      }
      return false;
    };
    try {
      const store = repo(front.host, 'acme/app', {
        credentials: { ...credentials, [front.host]: credentials[basic.host]! },
      });
      const layer = childDescriptors(image).blobs[1]!;
      expect((await store.resolve('v1'))?.digest).toBe(image.digest); // establishes basic auth with the front host
      expect((await readBlob(store, layer)).equals(await readBlob(layout, layer))).toBe(true);
      expect(storageProxy.requests.length).toBe(1);
      expect(storageProxy.requests[0]!.authorization).toBeUndefined();
      const blobGet = front.requests.find((r) => r.method === 'GET' && r.path.includes('/blobs/'));
      expect(blobGet?.authorization?.startsWith('Basic ')).toBe(true);
    } finally {
      await Promise.all([storageProxy.close(), front.close()]);
    }
  });
});

describe('bearer token auth', () => {
  const alice = () => ({ credentials: { [token.host]: { username: 'alice', password: PASSWORD } } });

  it('pushes and pulls through the token flow, caching one token per scope', async () => {
    const dest = repo(token.host, 'acme/app', alice());
    token.tokensIssued.length = 0;
    await copyTree(layout, dest, image.digest, { tag: 'v1' });
    expect((await dest.getManifest('v1')).bytes.equals(image.bytes)).toBe(true);
    const scopes = token.tokensIssued.map((t) => t.scopes.join(' '));
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(scopes).toContain('repository:acme/app:pull,push');
    expect(token.tokensIssued.every((t) => t.user === 'alice')).toBe(true);
  });

  it('asks for pull on the mount source in the same token request', async () => {
    const dest = repo(token.host, 'acme/other', alice());
    token.tokensIssued.length = 0;
    for (const blob of childDescriptors(image).blobs) expect(await dest.mountBlob(blob, 'acme/app')).toBe('mounted');
    expect(token.tokensIssued.some((t) => t.scopes.includes('repository:acme/app:pull'))).toBe(true);
  });

  it('lets an anonymous client pull where granted but not push, with a clear auth error', async () => {
    const anonymous = repo(token.host, 'acme/app');
    expect((await anonymous.resolve('v1'))?.digest).toBe(image.digest);
    const reader = repo(token.host, 'acme/reader', {
      credentials: { [token.host]: { username: 'reader', password: 'read-only-pass' } },
    });
    const error = await failure(copyTree(layout, reader, image.digest, { tag: 'v1' }));
    expect(error.code).toBe('REGISTRY_AUTH');
    const wrong = await failure(
      repo(token.host, 'acme/app', {
        credentials: { [token.host]: { username: 'alice', password: 'nope-nope' } },
      }).resolve('v1'),
    );
    expect(wrong.code).toBe('REGISTRY_AUTH');
    expect(wrong.message).not.toContain('nope-nope');
  });

  it('exchanges a docker config identitytoken at the realm (OAuth2 refresh-token POST)', async () => {
    const dir = path.join(tmp, 'docker-identity');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { [token.host]: { identitytoken: 'refresh-abc-123' } } }),
    );
    const store = new RegistryClient({ env: { DOCKER_CONFIG: dir }, ...fast }).repository({
      registry: token.host,
      host: token.host,
      repository: 'acme/identity',
    });
    token.tokensIssued.length = 0;
    await copyTree(layout, store, image.digest, { tag: 'v1' });
    expect(
      token.tokensIssued.some((t) => t.user === 'alice' && t.scopes.includes('repository:acme/identity:pull,push')),
    ).toBe(true);
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { [token.host]: { identitytoken: 'wrong-refresh' } } }),
    );
    const wrong = new RegistryClient({ env: { DOCKER_CONFIG: dir }, ...fast }).repository({
      registry: token.host,
      host: token.host,
      repository: 'acme/identity',
    });
    const error = await failure(wrong.resolve('v1'));
    expect(error.code).toBe('REGISTRY_AUTH');
    expect(error.message).not.toContain('wrong-refresh');
  });
});

describe('Docker Hub: every way of naming it is one repository with one set of credentials', () => {
  const names = ['alpine', 'docker.io/alpine', 'index.docker.io/library/alpine', 'registry-1.docker.io/library/alpine'];

  it('parses to docker.io/library/alpine on registry-1.docker.io', () => {
    for (const name of names) {
      const ref = parseReference(name);
      expect([name, ref.kind === 'registry' && [ref.registry, ref.host, ref.repository]]).toEqual([
        name,
        ['docker.io', 'registry-1.docker.io', 'library/alpine'],
      ]);
    }
  });

  it('finds what docker login stored under https://index.docker.io/v1/ (auths, credHelpers, credsStore) for each', async () => {
    const dir = path.join(tmp, 'docker-hub-names');
    const bin = path.join(tmp, 'bin-hub');
    mkdirSync(dir, { recursive: true });
    mkdirSync(bin, { recursive: true });
    const seen = path.join(tmp, 'hub-helper-saw');
    const helper = path.join(bin, 'docker-credential-iahub');
    writeFileSync(
      helper,
      `#!/bin/sh\n[ "$1" = get ] || exit 3\nread server\necho "$server" >> '${seen}'\n[ "$server" = https://index.docker.io/v1/ ] || { echo "credentials not found in native keychain"; exit 1; }\nprintf '{"ServerURL":"%s","Username":"hubhelper","Secret":"hub-secret"}' "$server"\n`,
    );
    chmodSync(helper, 0o755);
    const env = { DOCKER_CONFIG: dir, PATH: `${bin}:${process.env.PATH ?? ''}` };
    const registryOf = (name: string) => {
      const ref = parseReference(name);
      if (ref.kind !== 'registry') throw new Error(name);
      return ref.registry;
    };
    const configs = [
      { auths: { 'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') } } },
      { credHelpers: { 'https://index.docker.io/v1/': 'iahub' } },
      { credHelpers: { 'docker.io': 'iahub' } },
      { credsStore: 'iahub' },
    ];
    for (const config of configs) {
      writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
      const expected =
        'auths' in config
          ? { username: 'hubuser', password: 'hubpass' }
          : { username: 'hubhelper', password: 'hub-secret' };
      for (const name of names) {
        expect([name, config, await resolveCredentials(registryOf(name), { env })]).toEqual([name, config, expected]);
      }
    }
    // Every helper run was asked for the key docker login writes, whatever the name used.
    expect(new Set(readFileSync(seen, 'utf8').trim().split('\n'))).toEqual(new Set(['https://index.docker.io/v1/']));
  });
});
