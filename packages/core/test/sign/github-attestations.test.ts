import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GitHubApi, memoryLogger, sign } from '@immutable-artefacts/core';
import { startFakeGitHub, type FakeGitHub } from '../../../../test/harness/fake-github.js';

let github: FakeGitHub;
let api: GitHubApi;
beforeAll(async () => {
  github = await startFakeGitHub({ maxRequests: 50 });
  api = new GitHubApi({ apiUrl: github.url, token: github.token, owner: 'acme', repo: 'widgets', retries: 0 });
});
afterAll(async () => github.close());

/** A bundle shaped like a keyless one (certificate material); the API stores, it does not verify here. */
const keylessBundle = {
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: { certificate: { rawBytes: 'MIIB' }, tlogEntries: [] },
  dsseEnvelope: {
    payload: 'e30=',
    payloadType: 'application/vnd.in-toto+json',
    signatures: [{ sig: 'AA==', keyid: '' }],
  },
} as unknown as sign.SerializedBundle;

describe('GitHub attestations API', () => {
  it('stores a keyless bundle', async () => {
    const result = await sign.uploadAttestation(api, keylessBundle, 'auto', memoryLogger());
    expect(result).toEqual({ uploaded: true, id: 1, skipped: undefined });
    expect(github.state.attestations).toEqual([{ bundle: keylessBundle }]);
  });

  it('skips key-based bundles and missing context with a notice in auto mode', async () => {
    const logger = memoryLogger();
    const keyBased = {
      ...keylessBundle,
      verificationMaterial: { publicKey: { hint: 'h' } },
    } as unknown as sign.SerializedBundle;
    expect((await sign.uploadAttestation(api, keyBased, 'auto', logger)).uploaded).toBe(false);
    expect((await sign.uploadAttestation(undefined, keylessBundle, 'auto', logger)).uploaded).toBe(false);
    expect(logger.lines.filter((l) => l.level === 'notice')).toHaveLength(2);
  });

  it('is a notice when the API refuses in auto mode, and a GITHUB_PERMISSION failure when required', async () => {
    github.state.writable = false;
    const logger = memoryLogger();
    const auto = await sign.uploadAttestation(api, keylessBundle, 'auto', logger);
    expect(auto.uploaded).toBe(false);
    expect(logger.lines.some((l) => l.level === 'notice' && l.message.includes('403'))).toBe(true);
    await expect(sign.uploadAttestation(api, keylessBundle, 'always', logger)).rejects.toMatchObject({
      code: 'GITHUB_PERMISSION',
    });
    github.state.writable = true;
  });
});
