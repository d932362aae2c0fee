/**
 * Registries that behave differently, as the CLI bundle meets them: one that answers the referrers
 * API, one without it (the `sha256-<hex>` referrers tag), one that refuses the `subject` field or
 * artifact types it does not know (older Harbor, Quay), and a token server whose scopes allow pull
 * on one repository and push on another. The real docker-registry stores everything; a proxy
 * (harness/registry-behaviours.ts) emulates what it does not do, and skopeo checks what landed.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LayoutStore,
  buildImage,
  copyTree,
  memoryLogger,
  promote,
  referrersTag,
  sign,
  type Manifest,
} from '@immutable-artefacts/core';
import { startBehaviourProxy, type BehaviourProxy } from './harness/registry-behaviours.js';
import { repositoryAt, skopeo, skopeoRaw, startRegistry, type TestRegistry } from './harness/registry.js';
import { repoRoot } from './harness/runner.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'e2e-behaviours-'));
const PASSWORD = 'behaviour-key-1';
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
let registry: TestRegistry;
let layout: LayoutStore;
const proxies: BehaviourProxy[] = [];

/** `artefacts <args>` as its own process, asynchronously: the proxies answer from this one. */
function artefacts(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, DOCKER_CONFIG: join(dir, 'no-docker') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Tags of a repository in the real registry, listed by skopeo. */
function tagsOf(repository: string): string[] {
  return (
    JSON.parse(skopeo(['list-tags', '--tls-verify=false', `docker://${registry.host}/${repository}`])) as {
      Tags: string[];
    }
  ).Tags;
}

/** A manifest in the real registry, read by skopeo. */
function manifestAt(reference: string): { subject?: { digest: string }; manifests?: { digest: string }[] } {
  return JSON.parse(skopeoRaw(`${registry.host}/${reference}`).toString()) as {
    subject?: { digest: string };
    manifests?: { digest: string }[];
  };
}

async function pushImage(repository: string): Promise<Manifest> {
  const image = await buildImage(layout, { layers: [{ files: { 'who.txt': repository } }] });
  await copyTree(layout, repositoryAt(registry.host, repository), image.digest, { tag: 'v1' });
  return image;
}

/** sign, tree and verify through `host` (the proxy or the registry), as a user runs them. */
async function signTreeVerify(host: string, repository: string, image: Manifest) {
  const ref = `${host}/${repository}@${image.digest}`;
  const signed = await artefacts(['sign', '--image', ref, '--key', 'cosign.key', '--key-password', PASSWORD, '--json']);
  expect({ code: signed.code, stderr: signed.code === 0 ? '' : signed.stderr }).toEqual({ code: 0, stderr: '' });
  const referrers = (JSON.parse(signed.stdout) as { referrers: string[] }).referrers;
  expect(referrers).toHaveLength(1);
  const tree = await artefacts(['tree', ref]);
  expect(tree.code).toBe(0);
  expect(tree.stdout).toContain(referrers[0]);
  const verified = await artefacts(['verify', '--image', ref, '--key', 'cosign.pub']);
  expect({ code: verified.code, stderr: verified.code === 0 ? '' : verified.stderr }).toEqual({
    code: 0,
    stderr: '',
  });
  return { referrer: referrers[0]!, stderr: signed.stderr };
}

beforeAll(async () => {
  registry = await startRegistry();
  layout = new LayoutStore(join(dir, 'layout'));
  const pair = await sign.generateKeyPair(PASSWORD);
  writeFileSync(join(dir, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(join(dir, 'cosign.pub'), pair.publicKeyPem);
}, 60_000);

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const behind = async (options: Parameters<typeof startBehaviourProxy>[1]) => {
  const proxy = await startBehaviourProxy(registry.host, options);
  proxies.push(proxy);
  return proxy;
};

describe('referrers API or the referrers tag', () => {
  it('a registry with the referrers API gets the referrer with its subject and no referrers tag', async () => {
    const proxy = await behind({ referrersApi: true });
    const image = await pushImage('acme/api');
    const { referrer } = await signTreeVerify(proxy.host, 'acme/api', image);
    expect(manifestAt(`acme/api@${referrer}`).subject?.digest).toBe(image.digest);
    expect(tagsOf('acme/api')).not.toContain(referrersTag(image.digest));
    expect(proxy.requests.some((r) => r.method === 'GET' && r.path.includes('/referrers/'))).toBe(true);
  }, 120_000);

  it('a registry without it gets the referrer with its subject, listed in the referrers tag', async () => {
    const image = await pushImage('acme/tagged');
    const { referrer } = await signTreeVerify(registry.host, 'acme/tagged', image);
    expect(manifestAt(`acme/tagged@${referrer}`).subject?.digest).toBe(image.digest);
    expect(manifestAt(`acme/tagged:${referrersTag(image.digest)}`).manifests?.map((m) => m.digest)).toEqual([referrer]);
  }, 120_000);
});

describe('a registry that refuses the subject field (older Harbor, Quay)', () => {
  it('gets the referrer without subject, listed in the referrers tag, said once; tree and verify find it', async () => {
    const proxy = await behind({ refuseSubject: true });
    const image = await pushImage('acme/quay');
    const { referrer, stderr } = await signTreeVerify(proxy.host, 'acme/quay', image);
    expect(proxy.refused).toEqual([expect.stringMatching(/^acme\/quay@sha256:[a-f0-9]{64}: subject$/)]);
    expect(stderr.match(/refused the subject field/g)).toHaveLength(1);
    expect(stderr).toContain(`registry ${proxy.host} refused the subject field`);
    expect(stderr).toContain(`used the referrers tag ${referrersTag(image.digest)}`);
    const stored = manifestAt(`acme/quay@${referrer}`) as { subject?: unknown; artifactType?: string };
    expect(stored.subject).toBeUndefined();
    expect(stored.artifactType).toBe(BUNDLE);
    expect(manifestAt(`acme/quay:${referrersTag(image.digest)}`).manifests?.map((m) => m.digest)).toEqual([referrer]);
  }, 120_000);

  it('sbom attaches both documents without subject, said once for the two; tree lists them', async () => {
    const proxy = await behind({ refuseSubject: true });
    const image = await pushImage('acme/sbom');
    const ref = `${proxy.host}/acme/sbom@${image.digest}`;
    const run = await artefacts(['sbom', '--image', ref, '--attach', 'true', '--output-dir', 'sbom-out', '--json']);
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stderr.match(/refused the subject field/g)).toHaveLength(1);
    // Both documents go at once, before the registry's answer is known: each is refused once with
    // its subject (never twice), then sent without it.
    expect(proxy.refused).toHaveLength(2);
    expect(new Set(proxy.refused).size).toBe(2);
    const listed = manifestAt(`acme/sbom:${referrersTag(image.digest)}`).manifests ?? [];
    expect(listed).toHaveLength(2);
    const tree = await artefacts(['tree', ref]);
    expect(tree.code).toBe(0);
    for (const entry of listed) {
      expect(manifestAt(`acme/sbom@${entry.digest}`).subject).toBeUndefined();
      expect(tree.stdout).toContain(entry.digest);
    }
  }, 120_000);

  it('a promotion into it copies the referrers and its record without subject, each listed in the referrers tag', async () => {
    const proxy = await behind({ refuseSubject: true });
    const image = await pushImage('acme/promote-src');
    await signTreeVerify(registry.host, 'acme/promote-src', image);
    const logger = memoryLogger();
    const result = await promote({
      source: `${registry.host}/acme/promote-src@${image.digest}`,
      destinations: [`${proxy.host}/acme/promoted:prod`],
      logger,
      registry: { ignoreDockerConfig: true },
    });
    expect(result.referrersCopied).toBe(1);
    expect(logger.lines.filter((l) => /refused the subject field/.test(l.message))).toHaveLength(1);
    const listed = manifestAt(`acme/promoted:${referrersTag(image.digest)}`).manifests ?? [];
    expect(listed).toHaveLength(2);
    for (const entry of listed) expect(manifestAt(`acme/promoted@${entry.digest}`).subject).toBeUndefined();
    const verified = await artefacts(['verify', '--image', `${proxy.host}/acme/promoted:prod`, '--key', 'cosign.pub']);
    expect(verified.code).toBe(0);
  }, 120_000);

  it('refuses an artifact type it does not know with a message naming the type, with or without subject', async () => {
    const proxy = await behind({ knownArtifactTypes: [] });
    const image = await pushImage('acme/harbor');
    const signed = await artefacts([
      'sign',
      '--image',
      `${proxy.host}/acme/harbor@${image.digest}`,
      '--key',
      'cosign.key',
      '--key-password',
      PASSWORD,
    ]);
    expect(signed.code).toBe(1);
    expect(signed.stderr).toContain(`does not accept the artifact type ${BUNDLE}`);
    expect(proxy.refused).toEqual([expect.stringContaining(BUNDLE), expect.stringContaining(BUNDLE)]);
    expect(tagsOf('acme/harbor')).toEqual(['v1']);
  }, 120_000);
});

describe('token auth with scopes per repository: pull on the source, push on the destination', () => {
  const USER = { ci: 'scoped-pass-1' };
  const credentials = (host: string) => ({ [host]: { username: 'ci', password: USER.ci } });
  const pushed = new Set(['acme/dest']);

  /** Promotes acme/src's image to acme/dest:prod on `scoped` as user ci; the result and the log. */
  async function promoteAcross(scoped: TestRegistry) {
    const image = await buildImage(layout, { layers: [{ randomBytes: 30_000 }, { files: { 'a.txt': 'scoped' } }] });
    // Seeded by a user who may push there (the grant below lets ci only pull it).
    await copyTree(
      layout,
      repositoryAt(scoped.host, 'acme/src', { credentials: { [scoped.host]: { username: 'admin', password: 'a' } } }),
      image.digest,
      { tag: 'v1' },
    );
    const logger = memoryLogger();
    const result = await promote({
      source: `${scoped.host}/acme/src@${image.digest}`,
      destinations: [`${scoped.host}/acme/dest:prod`],
      record: false,
      logger,
      registry: { ignoreDockerConfig: true, credentials: credentials(scoped.host) },
    });
    // skopeo asynchronously: the token server answers from this process.
    const { stdout } = await run(
      'skopeo',
      ['inspect', '--raw', '--tls-verify=false', '--creds', `ci:${USER.ci}`, `docker://${scoped.host}/acme/dest:prod`],
      { encoding: 'buffer', timeout: 60_000 },
    );
    expect(stdout.equals(image.bytes)).toBe(true);
    return { result, log: logger.lines.map((l) => l.message).join('\n') };
  }

  const start = (oneRepositoryPerToken: boolean) =>
    startRegistry({
      auth: 'token',
      users: { ...USER, admin: 'a' },
      grant: (user, repository, asked, request) => {
        if (user === 'admin') return asked;
        if (user !== 'ci') return [];
        // A token server that puts one repository in a token keeps only the request's first scope.
        if (oneRepositoryPerToken && request.length > 1 && !request[0]!.startsWith(`repository:${repository}:`))
          return [];
        return pushed.has(repository) ? asked : asked.filter((a) => a === 'pull');
      },
    });

  it('mounts the blobs when one token may carry pull on the source and push on the destination', async () => {
    const scoped = await start(false);
    try {
      const { result, log } = await promoteAcross(scoped);
      expect(result.blobsMounted).toBeGreaterThan(0);
      expect(result.blobsCopied).toBe(0);
      expect(log).not.toMatch(/refused to mount/);
    } finally {
      await scoped.stop();
    }
  }, 120_000);

  it('copies the blobs, with a clear line, when the registry refuses the mount; the promotion succeeds', async () => {
    const scoped = await start(true);
    try {
      const { result, log } = await promoteAcross(scoped);
      expect(result.blobsMounted).toBe(0);
      expect(result.blobsCopied).toBeGreaterThan(0);
      expect(log).toMatch(
        /refused to mount sha256:[a-f0-9]{64} from acme\/src into acme\/dest .*; copying it instead\./,
      );
    } finally {
      await scoped.stop();
    }
  }, 120_000);
});
