import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ArtefactsError, sign } from '@immutable-artefacts/core';

const manifest = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}');
const IMAGE: sign.ImageSubject = {
  name: '127.0.0.1:5000/acme/app',
  descriptor: {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${createHash('sha256').update(manifest).digest('hex')}`,
    size: manifest.length,
  },
};

let key: sign.SigningKey;
let pub: sign.VerificationKey;
let server: Server;
let tokenURL: string;
let served = 0;

beforeAll(async () => {
  const pair = await sign.generateKeyPair('');
  key = await sign.loadPrivateKey(pair.privateKeyPem, '');
  pub = sign.loadPublicKey(pair.publicKeyPem);
  server = createServer((req, res) => {
    served++;
    const url = new URL(req.url ?? '/', 'http://x');
    if (served > 20 || req.headers.authorization !== 'Bearer request-token') {
      res.writeHead(403).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ value: `token-for-${url.searchParams.get('audience')}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  tokenURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/token?api-version=2.0`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('signImage', () => {
  it('signs the image and each attestation as its own referrer, plus the legacy .sig when asked', async () => {
    const sbom = sign.sbomAttestation(
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', serialNumber: 'urn:uuid:1' }),
    );
    const custom = sign.customAttestation('https://example.com/test-result/v1', '{"passed":true}', 'predicate');
    const result = await sign.signImage(IMAGE, { kind: 'key', key }, { attestations: [sbom, custom], legacy: true });
    expect(result.referrers.map((r) => r.predicateType)).toEqual([
      'https://sigstore.dev/cosign/sign/v1',
      'https://cyclonedx.org/bom',
      'https://example.com/test-result/v1',
    ]);
    for (const r of result.referrers) {
      const m = JSON.parse(r.artefact.manifest.toString()) as {
        subject: sign.Descriptor;
        annotations: Record<string, string>;
      };
      expect(m.subject).toEqual(IMAGE.descriptor);
      expect(m.annotations['dev.sigstore.bundle.predicateType']).toBe(r.predicateType);
    }
    const verified = sign.verifyStatements(
      result.referrers.map((r) => ({ source: r.artefact.descriptor.digest, bundle: r.signed.bundle })),
      IMAGE.descriptor.digest,
      { key: pub, requiredPredicateTypes: ['https://cyclonedx.org/bom', 'https://example.com/test-result/v1'] },
    );
    expect(verified.verified).toHaveLength(3);
    expect(result.legacy).toBeDefined();
  });

  it('refuses the legacy format with keyless signing, naming the input', async () => {
    const config: sign.SigningConfig = {
      kind: 'keyless',
      identityToken: async () => 'unused',
      instance: sign.SIGSTORE_INSTANCES.github,
    };
    await expect(sign.signImage(IMAGE, config, { legacy: true })).rejects.toThrow(/'legacy-signature'/);
  });

  it('names the input for a predicate that is not a JSON object, and refuses cosign’s own type', () => {
    expect(() => sign.customAttestation('https://x.dev/p', '[1]', 'predicate-path')).toThrow(/'predicate-path'/);
    expect(() => sign.customAttestation('https://x.dev/p', '{', 'predicate')).toThrow(/'predicate'/);
    expect(() => sign.customAttestation('https://sigstore.dev/cosign/sign/v1', '{}', 'predicate')).toThrow(
      ArtefactsError,
    );
    expect(() => sign.sbomAttestation('not json')).toThrow(/'sbom-path'/);
    expect(() => sign.provenanceAttestation(undefined, {})).toThrow(/'provenance'/);
  });
});

describe('GitHub OIDC token and default instance', () => {
  it('asks the runner’s token service for audience sigstore', async () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: tokenURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' };
    expect(sign.canRequestIdToken(env)).toBe(true);
    expect(await sign.githubIdToken(env)).toBe('token-for-sigstore');
  });

  it('explains the missing permission, and a refusal', async () => {
    expect(sign.canRequestIdToken({})).toBe(false);
    await expect(sign.githubIdToken({})).rejects.toMatchObject({ code: 'GITHUB_PERMISSION' });
    await expect(
      sign.githubIdToken({ ACTIONS_ID_TOKEN_REQUEST_URL: tokenURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }),
    ).rejects.toMatchObject({ code: 'GITHUB_PERMISSION' });
  });

  it('uses the public-good instance for public repositories only', () => {
    const context = (repository: unknown) =>
      ({ payload: { repository } }) as unknown as Parameters<typeof sign.defaultSigstoreInstance>[0];
    expect(sign.defaultSigstoreInstance(context({ private: false, visibility: 'public' })).name).toBe('public-good');
    expect(sign.defaultSigstoreInstance(context({ private: true, visibility: 'private' })).name).toBe('github');
    expect(sign.defaultSigstoreInstance(context({ private: true, visibility: 'internal' })).name).toBe('github');
    expect(sign.defaultSigstoreInstance(undefined).name).toBe('github');
  });
});
