/**
 * Keyless signing through the sign and verify dist bundles, run as the runner runs them: the job's
 * OIDC token (a fake of the Actions token service) → a local Fulcio certificate → a Rekor entry and
 * a TSA timestamp, the instance named by a `signing-config` file; verified by `trusted-root` +
 * certificate identity and issuer; the bundles stored through the (fake) GitHub attestations API.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { LayoutStore, buildImage, copyTree, type Manifest } from '@immutable-artefacts/core';
import { pushEnv, pushEvent } from './harness/events.js';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { GITHUB_ISSUER, startFakeSigstore, unsignedJwt, type FakeSigstore } from './harness/fake-sigstore.js';
import { destinationAt, skopeoRaw, startRegistry, type TestRegistry, repositoryAt } from './harness/registry.js';
import { startTufRepository, type TestTufRepository } from './harness/tuf-repo.js';
import { repoRoot, runAction, type RunActionOptions } from './harness/runner.js';

const IDENTITY = 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main';
const dir = mkdtempSync(join(tmpdir(), 'e2e-keyless-'));
let registry: TestRegistry;
let sigstore: FakeSigstore;
let github: FakeGitHub;
let tuf: TestTufRepository;
let image: Manifest;
let reference: string;

beforeAll(async () => {
  [registry, sigstore, github] = await Promise.all([
    startRegistry(),
    startFakeSigstore({ maxRequests: 200 }),
    startFakeGitHub({ maxRequests: 100 }),
  ]);
  sigstore.claims = { iss: GITHUB_ISSUER, sub: IDENTITY };
  writeFileSync(join(dir, 'signing_config.json'), JSON.stringify(sigstore.signingConfig()));
  writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot()));
  tuf = await startTufRepository([{ name: 'trusted_root.json', content: JSON.stringify(sigstore.trustedRoot()) }], {
    maxRequests: 50,
  });
  writeFileSync(join(dir, 'tuf-root.json'), tuf.rootJson);
  const layout = new LayoutStore(join(dir, 'layout'));
  image = await buildImage(layout, { layers: [{ randomBytes: 1_000 }] });
  const repo = repositoryAt(registry.host, 'acme/widgets');
  await copyTree(layout, repo, image.digest, { tag: '2.0.0' });
  reference = `${registry.host}/acme/widgets:2.0.0`;
});

afterAll(async () => {
  await Promise.all([registry?.stop(), sigstore?.close(), github?.close(), tuf?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

function signKeyless(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  const options: RunActionOptions = {
    cwd: dir,
    event: pushEvent({ sha: 'c'.repeat(40) }),
    token: github.token,
    env: {
      ...pushEnv({ sha: 'c'.repeat(40) }),
      GITHUB_WORKFLOW_REF: 'acme/widgets/.github/workflows/release.yml@refs/heads/main',
      ...sigstore.oidcEnv,
      GITHUB_API_URL: github.url,
      ...env,
    },
    inputs: { image: reference, 'signing-config': 'signing_config.json', ...inputs },
  };
  return runAction('sign', options);
}

function verify(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction('verify', {
    cwd: dir,
    env,
    inputs: { image: reference, 'trusted-root': 'trusted_root.json', offline: 'true', ...inputs },
  });
}

describe('keyless sign and verify through the dist bundles', () => {
  it('signs with the OIDC token → Fulcio → Rekor + TSA, stores the bundles with GitHub, and verifies the identity', async () => {
    const signed = await signKeyless({ provenance: 'true' });
    expect(signed.errors).toEqual([]);
    expect(signed.exitCode).toBe(0);
    expect(signed.outputs.digest).toBe(image.digest);
    expect(signed.outputs.signer).toBe(IDENTITY);
    const referrers = signed.outputs.referrers!.split('\n');
    expect(referrers).toHaveLength(2);
    expect(signed.outputs['transparency-log-index']!.split('\n')).toEqual([
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d+$/),
    ]);
    expect(signed.stdout).toContain('signing config signing_config.json');
    // The OIDC token was asked for with audience sigstore, masked, and never shown.
    expect(sigstore.tokens.length).toBeGreaterThan(0);
    const log = signed.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const token of sigstore.tokens) {
      expect(signed.stdout).toContain(`::add-mask::${token}`);
      expect(log).not.toContain(token);
    }
    expect(sigstore.served).toEqual(
      expect.arrayContaining(['/oidc/token', '/api/v2/signingCert', '/api/v1/log/entries', '/api/v1/timestamp']),
    );

    // Both bundles (signature, provenance) went to POST /repos/acme/widgets/attestations, byte for
    // byte what was pushed to the registry, with the job's token.
    const posts = github.calls.filter((c) => c.method === 'POST' && c.path === '/repos/acme/widgets/attestations');
    expect(posts).toHaveLength(2);
    expect(posts.every((c) => c.authorization === `Bearer ${github.token}`)).toBe(true);
    expect(JSON.parse(signed.outputs.json!)).toMatchObject({ githubAttestations: [1, 2] });
    const root = TrustedRoot.fromJSON(sigstore.trustedRoot());
    for (const [i, digest] of referrers.entries()) {
      const manifest = JSON.parse(skopeoRaw(`${registry.host}/acme/widgets@${digest}`).toString()) as {
        subject: { digest: string };
        layers: { digest: string }[];
      };
      expect(manifest.subject.digest).toBe(image.digest);
      const layer = await repositoryAt(registry.host, 'acme/widgets').getBlob({ digest: manifest.layers[0]!.digest });
      const pushed = JSON.parse(Buffer.concat((await layer.toArray()) as Buffer[]).toString('utf8')) as unknown;
      expect(posts[i]?.body).toEqual({ bundle: pushed });
      // Independently: @sigstore/verify, strict default thresholds (log entry, SCT, timestamp).
      const signer = new Verifier(toTrustMaterial(root)).verify(
        toSignedEntity(bundleFromJSON((posts[i]?.body as { bundle: unknown }).bundle)),
      );
      expect(signer.identity?.subjectAlternativeName).toBe(IDENTITY);
      expect(signer.identity?.extensions?.issuer).toBe(GITHUB_ISSUER);
    }

    const verified = await verify({
      'certificate-identity': IDENTITY,
      'certificate-oidc-issuer': GITHUB_ISSUER,
      'require-transparency-log': 'true',
      attestations: 'provenance',
    });
    expect(verified.errors).toEqual([]);
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs.digest).toBe(image.digest);
    expect(verified.outputs.signer).toBe(IDENTITY);
    expect(verified.outputs['predicate-types']!.split('\n').sort()).toEqual([
      'https://sigstore.dev/cosign/sign/v1',
      'https://slsa.dev/provenance/v1',
    ]);
    expect(verified.notices.join('\n')).toMatch(/verifying the signatures of that digest/);
    expect(verified.notices.join('\n')).not.toMatch(/signing the digest/);

    const wrongIdentity = await verify({
      'certificate-identity': 'https://github.com/acme/widgets/.github/workflows/evil.yml@refs/heads/main',
      'certificate-oidc-issuer': GITHUB_ISSUER,
    });
    expect(wrongIdentity.exitCode).toBe(1);
    expect(wrongIdentity.errors[0]?.message).toMatch(/\[certificate-identity\]/);
    const wrongIssuer = await verify({
      'certificate-identity-regexp': '^https://github\\.com/acme/widgets/',
      'certificate-oidc-issuer': 'https://accounts.example.com',
    });
    expect(wrongIssuer.exitCode).toBe(1);
    expect(wrongIssuer.errors[0]?.message).toMatch(/\[certificate-oidc-issuer\]/);
  });

  it('verifies with the trusted root fetched through TUF (tuf-mirror + tuf-root), then offline from the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'e2e-tuf-cache-'));
    try {
      const policy = {
        'trusted-root': '',
        'tuf-mirror': tuf.url,
        'certificate-identity': IDENTITY,
        'certificate-oidc-issuer': GITHUB_ISSUER,
      };
      const online = await verify({ ...policy, 'tuf-root': 'tuf-root.json', offline: 'false' }, { RUNNER_TEMP: cache });
      expect(online.errors).toEqual([]);
      expect(online.exitCode).toBe(0);
      expect(online.outputs.signer).toBe(IDENTITY);
      expect(tuf.served).toEqual(expect.arrayContaining(['/timestamp.json', '/targets/trusted_root.json']));
      const requests = tuf.served.length;
      const offline = await verify({ ...policy, offline: 'true' }, { RUNNER_TEMP: cache });
      expect(offline.exitCode).toBe(0);
      expect(offline.notices.join('\n')).toMatch(/Offline: using the Sigstore trusted root cached/);
      expect(tuf.served).toHaveLength(requests);
      // The public-good root embedded in the bundle loads offline, and does not trust the local fake CA.
      const publicGood = await verify(
        {
          'trusted-root': '',
          'sigstore-instance': 'public-good',
          'certificate-identity': IDENTITY,
          'certificate-oidc-issuer': GITHUB_ISSUER,
        },
        { RUNNER_TEMP: cache },
      );
      expect(publicGood.notices.join('\n')).toMatch(/embedded in @sigstore\/tuf/);
      expect(publicGood.exitCode).toBe(1);
      expect(publicGood.errors[0]?.message).toMatch(/\[(certificate-chain|transparency-log|timestamp)\]/);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('leaves a notice, not a failure, where the attestations API is unavailable (404 / 403)', async () => {
    const before = github.state.attestations.length;
    // A repository the API does not know (as a user-owned private repository answers): 404.
    // force: the digest is signed by this identity already (a re-run would push nothing to store).
    const missing = await signKeyless({ force: 'true' }, { GITHUB_REPOSITORY: 'octocat/private-thing' });
    expect(missing.errors).toEqual([]);
    expect(missing.exitCode).toBe(0);
    expect(missing.notices.join('\n')).toMatch(/Not stored with GitHub's attestations API: .*404/);
    // A token without `attestations: write`: 403.
    github.state.writable = false;
    try {
      const readOnly = await signKeyless({ force: 'true' });
      expect(readOnly.exitCode).toBe(0);
      expect(readOnly.notices.join('\n')).toMatch(/Not stored with GitHub's attestations API: .*403/);
      expect(readOnly.outputs.signer).toBe(IDENTITY);
      const required = await signKeyless({ 'github-attestations': 'always', force: 'true' });
      expect(required.exitCode).toBe(1);
      expect(required.errors[0]?.message).toMatch(/403/);
    } finally {
      github.state.writable = true;
    }
    expect(github.state.attestations).toHaveLength(before);
  });

  it("gates promote's require-signature: keyless on the same identity, issuer and trusted root", async () => {
    const signed = await signKeyless();
    expect(signed.exitCode).toBe(0);
    const promote = (destination: string, identity: string) =>
      runAction('promote', {
        cwd: dir,
        env: pushEnv({ sha: 'c'.repeat(40) }),
        inputs: {
          source: reference,
          destinations: `${registry.host}/acme/${destination}:2.0.0`,
          'require-signature': 'keyless',
          'certificate-identity': identity,
          'certificate-oidc-issuer': GITHUB_ISSUER,
          'trusted-root': 'trusted_root.json',
        },
      });
    const refused = await promote('refused', IDENTITY.replace('release.yml', 'evil.yml'));
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]?.message).toMatch(/\[certificate-identity\]/);
    const repo = (name: string) => repositoryAt(registry.host, `acme/${name}`);
    expect(await destinationAt(registry.host, 'acme/refused').listTags()).toEqual([]);
    const promoted = await promote('prod', IDENTITY);
    expect(promoted.errors).toEqual([]);
    expect(promoted.exitCode).toBe(0);
    expect(promoted.outputs.digest).toBe(image.digest);
    expect(promoted.stdout).toContain('Signature gate passed');
    expect(await repo('prod').resolve('2.0.0')).toMatchObject({ digest: image.digest });
  });

  it('signs keyless outside GitHub with SIGSTORE_ID_TOKEN or --identity-token (the CLI), shows the identity and issuer, and verify accepts them', async () => {
    // Another CI's token (GitLab's id_tokens shape); no GitHub variables, no OIDC token service.
    const issuer = 'https://gitlab.example.com';
    const subject = 'project_path:acme/widgets:ref_type:branch:ref:main';
    const token = unsignedJwt({ aud: 'sigstore', iss: issuer, sub: subject, exp: Math.floor(Date.now() / 1000) + 600 });
    const cli = (args: string[], env: Record<string, string> = {}) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', HOME: dir, DOCKER_CONFIG: join(dir, 'no-docker'), ...env },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const sign = ['sign', '--image', reference, '--signing-config', 'signing_config.json', '--json'];
    for (const how of [{ env: { SIGSTORE_ID_TOKEN: token } }, { args: ['--identity-token', token] }]) {
      const signed = await cli([...sign, ...(how.args ?? [])], how.env);
      expect(signed.stderr).not.toMatch(/^error:/m);
      expect(signed.code).toBe(0);
      expect((JSON.parse(signed.stdout) as { signer: string[] }).signer).toEqual([subject]);
      expect(signed.stderr).toContain(
        `verify with certificate-identity ${subject} and certificate-oidc-issuer ${issuer}`,
      );
      expect(signed.stderr + signed.stdout).not.toContain(token);
    }
    const check = (identity: string, oidcIssuer: string) =>
      cli([
        'verify',
        '--image',
        reference,
        '--trusted-root',
        'trusted_root.json',
        '--offline',
        'true',
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        oidcIssuer,
      ]);
    expect((await check(subject, issuer)).code).toBe(0);
    const wrongIssuer = await check(subject, GITHUB_ISSUER);
    expect(wrongIssuer.code).toBe(1);
    expect(wrongIssuer.stderr).toMatch(/certificate-oidc-issuer/);
    // A token that is not one, or has expired, is named before anything is sent to the CA.
    const expired = unsignedJwt({ aud: 'sigstore', iss: issuer, sub: subject, exp: 1_000_000_000 });
    for (const [env, says] of [
      [{ SIGSTORE_ID_TOKEN: expired }, /^error: SIGSTORE_ID_TOKEN: the identity token expired at 2001-09-09/m],
      [{ SIGSTORE_ID_TOKEN: 'not-a-token' }, /^error: SIGSTORE_ID_TOKEN: not an OIDC identity token/m],
    ] as const) {
      const refused = await cli(sign, env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(says);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a signing config naming no usable service, naming the input', async () => {
    writeFileSync(
      join(dir, 'bad_config.json'),
      JSON.stringify({ ...(sigstore.signingConfig() as object), caUrls: [] }),
    );
    const result = await signKeyless({ 'signing-config': 'bad_config.json' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.message).toMatch(/'signing-config'/);
  });
});
