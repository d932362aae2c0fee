/**
 * Registries as people run them in-house: TLS with a private CA, client certificates (mTLS), and
 * plain HTTP only where asked. Against Debian's docker-registry serving TLS with a CA made by the
 * test; skopeo (given the same CA) reads back what our client wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ArtefactsError,
  LayoutStore,
  RegistryClient,
  buildImage,
  copyTree,
  type Manifest,
} from '@immutable-artefacts/core';
import { connectionFromEnv } from '../../src/oci/connection.js';
import { rejectionOf } from '../../../../test/harness/failures.js';
import { makeTestPki, skopeo, startRegistry, type TestRegistry } from '../../../../test/harness/registry.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-tls-'));
let tlsRegistry: TestRegistry;
let mtlsRegistry: TestRegistry;
let image: Manifest;
let layout: LayoutStore;

beforeAll(async () => {
  [tlsRegistry, mtlsRegistry] = await Promise.all([
    startRegistry({ tls: {} }),
    startRegistry({ tls: { clientCertificates: true } }),
  ]);
  layout = new LayoutStore(path.join(tmp, 'layout'));
  image = await buildImage(layout, { layers: [{ randomBytes: 5_000 }] });
}, 60_000);

afterAll(async () => {
  await Promise.all([tlsRegistry?.stop(), mtlsRegistry?.stop()]);
  rmSync(tmp, { recursive: true, force: true });
});

const repository = (registry: TestRegistry, env: Record<string, string>, name = 'acme/app') =>
  new RegistryClient({
    env,
    ignoreDockerConfig: true,
    retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
  }).repository({
    registry: registry.host,
    host: registry.host,
    repository: name,
  });

const failure = (promise: Promise<unknown>) => rejectionOf(promise, ArtefactsError);

/** skopeo's --cert-dir: ca.crt, and client.cert / client.key for mTLS. */
function certDir(registry: TestRegistry, client: boolean): string {
  const dir = mkdtempSync(path.join(tmp, 'certs-'));
  copyFileSync(registry.pki!.caFile, path.join(dir, 'ca.crt'));
  if (client) {
    copyFileSync(registry.pki!.clientCertFile, path.join(dir, 'client.cert'));
    copyFileSync(registry.pki!.clientKeyFile, path.join(dir, 'client.key'));
  }
  return dir;
}

describe('TLS to a registry with a private CA', () => {
  it('pushes and pulls over TLS with ARTEFACTS_CA_FILE; skopeo, trusting the same CA, reads the same digest', async () => {
    const repo = repository(tlsRegistry, { ARTEFACTS_CA_FILE: tlsRegistry.pki!.caFile });
    await copyTree(layout, repo, image.digest, { tag: 'v1' });
    expect((await repo.resolve('v1'))?.digest).toBe(image.digest);
    const digest = skopeo([
      'inspect',
      '--format',
      '{{.Digest}}',
      '--cert-dir',
      certDir(tlsRegistry, false),
      `docker://${tlsRegistry.host}/acme/app:v1`,
    ]).trim();
    expect(digest).toBe(image.digest);
  });

  it('refuses a certificate it does not trust, saying which setting gives the CA', async () => {
    const error = await failure(repository(tlsRegistry, {}).resolve('v1'));
    expect(error.code).toBe('REGISTRY_TLS');
    expect(error.message).toContain('not trusted');
    expect(error.hint).toContain('ARTEFACTS_CA_FILE');
    // Another CA is not this one: still refused.
    const other = mkdtempSync(path.join(tmp, 'other-ca-'));
    const otherPki = makeTestPki(other);
    const wrong = await failure(repository(tlsRegistry, { ARTEFACTS_CA_FILE: otherPki.caFile }).resolve('v1'));
    expect(wrong.code).toBe('REGISTRY_TLS');
  });

  it('presents a client certificate where the registry asks for one (mTLS), and says so when none is given', async () => {
    const ca = { ARTEFACTS_CA_FILE: mtlsRegistry.pki!.caFile };
    const without = await failure(copyTree(layout, repository(mtlsRegistry, ca), image.digest, { tag: 'v1' }));
    expect(without.code).toBe('REGISTRY_TLS');
    expect(without.hint).toContain('ARTEFACTS_CLIENT_CERT');
    const env = {
      ...ca,
      ARTEFACTS_CLIENT_CERT: mtlsRegistry.pki!.clientCertFile,
      ARTEFACTS_CLIENT_KEY: mtlsRegistry.pki!.clientKeyFile,
    };
    const repo = repository(mtlsRegistry, env);
    await copyTree(layout, repo, image.digest, { tag: 'v1' });
    expect((await repo.resolve('v1'))?.digest).toBe(image.digest);
    const digest = skopeo([
      'inspect',
      '--format',
      '{{.Digest}}',
      '--cert-dir',
      certDir(mtlsRegistry, true),
      `docker://${mtlsRegistry.host}/acme/app:v1`,
    ]).trim();
    expect(digest).toBe(image.digest);
  });

  it('names a connection setting that is wrong: unreadable, not PEM, half a client certificate, a host with a scheme', () => {
    const notPem = path.join(tmp, 'not.pem');
    writeFileSync(notPem, 'hello');
    for (const [env, name] of [
      [{ ARTEFACTS_CA_FILE: path.join(tmp, 'missing.pem') }, 'ARTEFACTS_CA_FILE'],
      [{ ARTEFACTS_CA_FILE: notPem }, 'ARTEFACTS_CA_FILE'],
      [{ ARTEFACTS_CLIENT_CERT: tlsRegistry.pki!.clientCertFile }, 'ARTEFACTS_CLIENT_CERT'],
      [{ ARTEFACTS_CLIENT_KEY: tlsRegistry.pki!.clientKeyFile }, 'ARTEFACTS_CLIENT_KEY'],
      [
        { ARTEFACTS_CLIENT_CERT: tlsRegistry.pki!.clientKeyFile, ARTEFACTS_CLIENT_KEY: tlsRegistry.pki!.clientKeyFile },
        'ARTEFACTS_CLIENT_CERT',
      ],
      [{ ARTEFACTS_INSECURE_REGISTRIES: 'http://registry.local:5000' }, 'ARTEFACTS_INSECURE_REGISTRIES'],
      [{ ARTEFACTS_INSECURE_REGISTRIES: 'registry.local/acme' }, 'ARTEFACTS_INSECURE_REGISTRIES'],
    ] as const) {
      let thrown: unknown;
      try {
        connectionFromEnv(env);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ArtefactsError);
      expect((thrown as ArtefactsError).message).toContain(name);
    }
    expect(connectionFromEnv({ ARTEFACTS_INSECURE_REGISTRIES: 'registry.local:5000, 10.0.0.7\n[::1]:5000' })).toEqual({
      plainHttp: ['registry.local:5000', '10.0.0.7', '[::1]:5000'],
    });
    expect(connectionFromEnv({})).toEqual({});
  });

  it('speaks plain HTTP to a loopback registry without TLS, and to a host listed as insecure even when it serves TLS', async () => {
    const plain = await startRegistry();
    try {
      const repo = repository(plain, {});
      await copyTree(layout, repo, image.digest, { tag: 'v1' });
      expect((await repo.resolve('v1'))?.digest).toBe(image.digest);
      // A TLS registry listed as insecure is spoken to in plain HTTP, as asked: it refuses.
      const listed = await failure(
        repository(tlsRegistry, { ARTEFACTS_INSECURE_REGISTRIES: tlsRegistry.host }).resolve('v1'),
      );
      expect(listed.message).toContain('400');
    } finally {
      await plain.stop();
    }
  });
});
