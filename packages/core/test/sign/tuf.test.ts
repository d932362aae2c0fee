/**
 * The trusted root through TUF, for real: a signed TUF repository (@tufjs/repo-mock builds the
 * root, timestamp, snapshot and targets metadata) served over HTTP on 127.0.0.1, fetched by
 * @sigstore/tuf/tuf-js exactly as against tuf-repo-cdn.sigstore.dev; then a keyless signature
 * from the local fake Sigstore verified by runVerify with that trusted root and no `trusted-root` file.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { LayoutStore, buildImage, memoryLogger, sign, parseVerifyInputs, runVerify } from '@immutable-artefacts/core';
import { GITHUB_ISSUER, startFakeSigstore, type FakeSigstore } from '../../../../test/harness/fake-sigstore.js';
import { startTufRepository, unrelatedTufRoot, type TestTufRepository } from '../../../../test/harness/tuf-repo.js';

const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0';

let tuf: TestTufRepository;
let mirror: string;
let served: string[];
let sigstore: FakeSigstore;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tuf-'));
  sigstore = await startFakeSigstore({ maxRequests: 50 });
  sigstore.claims = { iss: GITHUB_ISSUER, sub: IDENTITY };
  tuf = await startTufRepository([{ name: 'trusted_root.json', content: JSON.stringify(sigstore.trustedRoot()) }]);
  mirror = tuf.url;
  served = tuf.served;
  writeFileSync(join(dir, 'root.json'), tuf.rootJson);
  // The root of ANOTHER repository: its keys did not sign what is served.
  writeFileSync(join(dir, 'other-root.json'), unrelatedTufRoot());
});

afterAll(async () => {
  await Promise.all([tuf?.close(), sigstore?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: unknown) => (error as { code?: string }).code,
  );

describe('the Sigstore trusted root through TUF', () => {
  it('fetches and verifies it from a TUF repository, then reads it back offline without a request', async () => {
    const cacheDir = join(dir, 'cache-a');
    const logger = memoryLogger();
    const root = await sign.fetchTrustedRoot({
      mirror,
      rootPath: join(dir, 'root.json'),
      cacheDir,
      offline: false,
      logger,
    });
    expect(TrustedRoot.toJSON(root)).toEqual(sigstore.trustedRoot());
    expect(served).toEqual(
      expect.arrayContaining([
        '/2.root.json',
        '/timestamp.json',
        '/snapshot.json',
        '/targets.json',
        '/targets/trusted_root.json',
      ]),
    );
    const before = served.length;
    const offline = memoryLogger();
    const again = await sign.fetchTrustedRoot({ mirror, cacheDir, offline: true, logger: offline });
    expect(TrustedRoot.toJSON(again)).toEqual(sigstore.trustedRoot());
    expect(served).toHaveLength(before);
    expect(offline.lines.some((l) => l.level === 'notice' && l.message.includes('cached'))).toBe(true);
    // Online again, the cached root anchors the repository: no tuf-root needed the second time.
    await sign.fetchTrustedRoot({ mirror, cacheDir, offline: false, logger });
    expect(served.length).toBeGreaterThan(before);
  });

  it('refuses a repository not signed by the root given (VERIFICATION_FAILED)', async () => {
    const fetched = sign.fetchTrustedRoot({
      mirror,
      rootPath: join(dir, 'other-root.json'),
      cacheDir: join(dir, 'cache-b'),
      offline: false,
      logger: memoryLogger(),
      retries: 0,
    });
    await expect(codeOf(fetched)).resolves.toBe('VERIFICATION_FAILED');
  });

  it('says clearly when the repository cannot be reached, or nothing is cached offline', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const options = {
      mirror: `http://127.0.0.1:${port}`,
      rootPath: join(dir, 'root.json'),
      cacheDir: join(dir, 'cache-c'),
      logger: memoryLogger(),
      retries: 0,
    };
    await expect(codeOf(sign.fetchTrustedRoot({ ...options, offline: false }))).resolves.toBe('TRUST_ROOT_UNAVAILABLE');
    await expect(codeOf(sign.fetchTrustedRoot({ ...options, offline: true }))).resolves.toBe('TRUST_ROOT_UNAVAILABLE');
    // A repository with no embedded root and nothing cached: the input to give is named.
    const missing = await sign
      .fetchTrustedRoot({ ...options, cacheDir: join(dir, 'cache-e'), rootPath: undefined, offline: false })
      .catch((error: unknown) => error as Error);
    expect((missing as { code?: string }).code).toBe('INPUT_INVALID');
    expect((missing as Error).message).toContain("'tuf-root'");
    const unreadable = await sign
      .fetchTrustedRoot({ ...options, rootPath: join(dir, 'no-such-root.json'), offline: false })
      .catch((error: unknown) => error as Error);
    expect((unreadable as Error).message).toContain("'tuf-root'");
  });

  it('offline with an empty cache uses the public-good root embedded in @sigstore/tuf, touching no network', async () => {
    const logger = memoryLogger();
    const root = await sign.fetchTrustedRoot({
      mirror: sign.TUF_MIRRORS['public-good'],
      cacheDir: join(dir, 'cache-d'),
      offline: true,
      logger,
    });
    expect(root.tlogs.some((t) => t.baseUrl === 'https://rekor.sigstore.dev')).toBe(true);
    expect(root.certificateAuthorities.some((c) => c.uri === 'https://fulcio.sigstore.dev')).toBe(true);
    expect(logger.lines.some((l) => l.level === 'notice' && l.message.includes('embedded'))).toBe(true);
  });

  it('picks the repository by input: tuf-mirror, sigstore-instance, else the repository visibility', () => {
    const inputs = (values: Record<string, string>) =>
      sign.parseVerificationInputs(
        (name) =>
          ({ image: 'a', 'certificate-identity': 'x', 'certificate-oidc-issuer': GITHUB_ISSUER, ...values })[name] ??
          '',
      );
    const privateRepo = { payload: { repository: { private: true } } } as unknown as Parameters<
      typeof sign.tufMirrorFor
    >[1];
    expect(sign.tufMirrorFor(inputs({}), undefined)).toBe('https://tuf-repo-cdn.sigstore.dev');
    expect(sign.tufMirrorFor(inputs({}), privateRepo)).toBe('https://tuf-repo.github.com');
    expect(sign.tufMirrorFor(inputs({ 'sigstore-instance': 'github' }), undefined)).toBe('https://tuf-repo.github.com');
    expect(sign.tufMirrorFor(inputs({ 'tuf-mirror': `${mirror}/` }), privateRepo)).toBe(mirror);
  });

  it('runVerify verifies a keyless signature with the trusted root from TUF (no trusted-root file), cached in RUNNER_TEMP', async () => {
    const layoutDir = join(dir, 'layout');
    const store = new LayoutStore(layoutDir);
    const image = await buildImage(store, { layers: [{ files: { 'app.txt': 'tuf' } }] }, { tag: 'v1' });
    const config: sign.SigningConfig = {
      kind: 'keyless',
      identityToken: async () => {
        const url = new URL(sigstore.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL!);
        const response = await fetch(`${url}?audience=sigstore`, {
          headers: { authorization: `Bearer ${sigstore.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
        });
        return ((await response.json()) as { value: string }).value;
      },
      instance: sign.instanceFromSigningConfig(sigstore.signingConfig(), 'signing_config.json'),
    };
    const signatures = await sign.signImage(
      {
        name: `oci:${layoutDir}`,
        descriptor: { mediaType: image.mediaType, digest: image.digest, size: image.bytes.length },
      },
      config,
    );
    for (const r of signatures.referrers) await sign.pushArtefact(store, r.artefact);
    const runnerTemp = join(dir, 'runner-temp');
    const environment = { cwd: dir, env: { RUNNER_TEMP: runnerTemp }, logger: memoryLogger(), github: undefined };
    const verify = (values: Record<string, string>) =>
      runVerify(
        parseVerifyInputs(
          (name) =>
            ({
              image: `oci:${layoutDir}:v1`,
              'certificate-oidc-issuer': GITHUB_ISSUER,
              'tuf-mirror': mirror,
              'tuf-root': 'root.json',
              ...values,
            })[name] ?? '',
        ),
        environment,
      );
    const outcome = await verify({ 'certificate-identity': IDENTITY, 'require-transparency-log': 'true' });
    expect(outcome.outputs.signer).toBe(IDENTITY);
    expect(existsSync(join(runnerTemp, 'immutable-artefacts', 'tuf'))).toBe(true);
    const refused = await verify({ 'certificate-identity': `${IDENTITY}-other` }).catch((error: unknown) => error);
    expect((refused as sign.VerificationFailure).rule).toBe('certificate-identity');
  });
});

describe('a tuf-root that is at fault is named, with the file as given', () => {
  const policy = (tufRoot: string, cacheDir: string) =>
    sign.loadVerificationPolicy(
      sign.parseVerificationInputs(
        (name) =>
          ({
            image: 'a',
            'certificate-identity': IDENTITY,
            'certificate-oidc-issuer': GITHUB_ISSUER,
            'tuf-mirror': mirror,
            'tuf-root': tufRoot,
          })[name] ?? '',
      ),
      dir,
      { env: { RUNNER_TEMP: cacheDir }, logger: memoryLogger(), github: undefined },
    );
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error as { code?: string; message: string; hint?: string },
    );

  it('a file that is not a TUF root: names tuf-root and the path given, never the content, and blames no repository', async () => {
    writeFileSync(join(dir, 'bad.json'), 'garbage-content\n');
    writeFileSync(join(dir, 'timestamp.json'), JSON.stringify({ signed: { _type: 'timestamp' }, signatures: [] }));
    const notJson = await failure(policy('bad.json', join(dir, 'cache-f')));
    expect(notJson.code).toBe('INPUT_INVALID');
    expect(notJson.message).toMatch(/^Input 'tuf-root': got "bad\.json"; .*not JSON/);
    expect(notJson.message).not.toContain('garbage-content');
    expect(`${notJson.message} ${notJson.hint}`).not.toMatch(/did not verify|do not use it/);
    const notRoot = await failure(policy('timestamp.json', join(dir, 'cache-f')));
    expect(notRoot.message).toMatch(/^Input 'tuf-root': got "timestamp\.json"; .*type "timestamp", not "root"/);
  });

  it('a root of another repository: the failure names tuf-root as one of the two suspects', async () => {
    const other = await failure(policy('other-root.json', join(dir, 'cache-g')));
    expect(other.code).toBe('VERIFICATION_FAILED');
    expect(other.message).toContain('\'tuf-root\' ("other-root.json")');
    expect(other.hint).toContain("'tuf-root'");
  });

  it('a cached root.json that is no TUF root (a damaged cache) gives way to the root given', async () => {
    const cacheDir = join(dir, 'cache-h');
    const repository = join(cacheDir, 'immutable-artefacts', 'tuf', encodeURIComponent(new URL(mirror).host));
    mkdirSync(repository, { recursive: true });
    writeFileSync(join(repository, 'root.json'), 'garbage-content\n');
    await expect(policy('root.json', cacheDir)).resolves.toHaveProperty('trustedRoot');
  });
});
