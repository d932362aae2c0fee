import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { BUNDLE_V03_MEDIA_TYPE } from '@sigstore/bundle';
import { ArtefactsError, sign } from '@immutable-artefacts/core';
import { SIGSTORE_BUNDLE_ARTIFACT_TYPE } from '../../src/sign/artifact-types.js';

const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const IMAGE_MANIFEST = Buffer.from(
  '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}',
);
const SUBJECT = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: sha(IMAGE_MANIFEST),
  size: IMAGE_MANIFEST.length,
};
const OTHER = sha('another image');

let key: sign.SigningKey;
let pub: sign.VerificationKey;
let other: sign.VerificationKey;
beforeAll(async () => {
  const pair = await sign.generateKeyPair('');
  key = await sign.loadPrivateKey(pair.privateKeyPem, '');
  pub = sign.loadPublicKey(pair.publicKeyPem);
  other = sign.loadPublicKey((await sign.generateKeyPair('')).publicKeyPem);
});

describe('cosign v3 bundle referrers', () => {
  it('names bundle referrers with @sigstore/bundle’s own media type (kept apart so recognising one loads no sigstore code)', () => {
    expect(SIGSTORE_BUNDLE_ARTIFACT_TYPE).toBe(BUNDLE_V03_MEDIA_TYPE);
  });

  it('lays a bundle out as cosign’s BUNDLE_SPEC says', async () => {
    const signed = await sign.signStatement(
      sign.statement([sign.subject('r/app', SUBJECT.digest)], sign.SLSA_PROVENANCE_PREDICATE, { x: 1 }),
      { kind: 'key', key },
    );
    const created = new Date('2026-01-02T03:04:05.000Z');
    const artefact = sign.bundleReferrer(signed.bundle, SUBJECT, created);
    const manifest = JSON.parse(artefact.manifest.toString()) as Record<string, unknown>;
    const layerData = Buffer.from(sign.bundleText(signed.bundle));
    expect(manifest).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2,
      },
      layers: [
        {
          mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          digest: sha(layerData),
          size: layerData.length,
          annotations: { 'org.opencontainers.image.title': `${sha(layerData).replace(':', '-')}.sigstore.json` },
        },
      ],
      subject: SUBJECT,
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
        'org.opencontainers.image.created': '2026-01-02T03:04:05.000Z',
      },
    });
    expect(artefact.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: sha(artefact.manifest),
      size: artefact.manifest.length,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      annotations: manifest.annotations,
    });
    for (const b of artefact.blobs) expect(b.descriptor.digest).toBe(sha(b.data));
    expect(sign.referrersTag(SUBJECT.digest)).toBe(`sha256-${SUBJECT.digest.slice(7)}`);
    expect(sign.legacySignatureTag(SUBJECT.digest)).toBe(`sha256-${SUBJECT.digest.slice(7)}.sig`);
  });

  it('reads a referrer back into a bundle that verifies, and refuses one about another image or with a swapped layer', async () => {
    const signed = await sign.signStatement(sign.cosignSignStatement('r/app', SUBJECT.digest), { kind: 'key', key });
    const artefact = sign.bundleReferrer(signed.bundle, SUBJECT);
    const blobs = new Map(artefact.blobs.map((b) => [b.descriptor.digest, b.data]));
    const fetch = async (d: sign.Descriptor) => blobs.get(d.digest) ?? Buffer.alloc(0);
    const index = {
      schemaVersion: 2,
      manifests: [
        artefact.descriptor,
        { mediaType: 'x', digest: sha('sbom'), size: 1, artifactType: 'application/spdx+json' },
      ],
    };
    expect(sign.bundleReferrers(index)).toEqual([artefact.descriptor]);
    const text = await sign.readBundleReferrer(artefact.manifest, SUBJECT.digest, fetch);
    const result = sign.verifyStatements([{ source: artefact.descriptor.digest, bundle: text }], SUBJECT.digest, {
      key: pub,
    });
    expect(result.verified).toHaveLength(1);
    await expect(sign.readBundleReferrer(artefact.manifest, OTHER, fetch)).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
    });
    await expect(
      sign.readBundleReferrer(artefact.manifest, SUBJECT.digest, async () => Buffer.from('{}')),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
    });
  });
});

describe('cosign v2 legacy .sig signatures', () => {
  it('writes the simple signing payload and a signature that verifies only with the right key and digest', () => {
    const artefact = sign.legacySignatureManifest('127.0.0.1:5000/r/app', SUBJECT.digest, key);
    const manifest = JSON.parse(artefact.manifest.toString()) as { layers: sign.Descriptor[]; config: sign.Descriptor };
    expect(manifest.layers).toHaveLength(1);
    const layer = manifest.layers[0]!;
    expect(layer.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json');
    const payload = artefact.blobs.find((b) => b.descriptor.digest === layer.digest)!.data;
    expect(JSON.parse(payload.toString())).toEqual({
      critical: {
        identity: { 'docker-reference': '127.0.0.1:5000/r/app' },
        image: { 'docker-manifest-digest': SUBJECT.digest },
        type: 'cosign container image signature',
      },
      optional: null,
    });
    const signature = layer.annotations?.['dev.cosignproject.cosign/signature'] ?? '';
    expect(sign.verifyLegacySignature(payload, signature, pub, SUBJECT.digest)).toBe(true);
    expect(sign.verifyLegacySignature(payload, signature, other, SUBJECT.digest)).toBe(false);
    expect(() => sign.verifyLegacySignature(payload, signature, pub, OTHER)).toThrow(ArtefactsError);
    const config = JSON.parse(
      artefact.blobs.find((b) => b.descriptor.digest === manifest.config.digest)!.data.toString(),
    ) as {
      rootfs: { diff_ids: string[] };
    };
    expect(config.rootfs.diff_ids).toEqual([layer.digest]);
  });
});
