/**
 * How signatures and attestations live in a registry, as pure data (the registry client moves the
 * bytes). Two layouts:
 *
 * - cosign v3 (default): each Sigstore bundle is an OCI artifact manifest referring to the image
 *   (https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md): artifactType = the bundle
 *   media type, config = the empty descriptor, one layer = the bundle JSON, subject = the image,
 *   annotations dev.sigstore.bundle.content / .predicateType / org.opencontainers.image.created.
 *   Found through the referrers API, or the fallback tag `sha256-<hex>` (an index of descriptors).
 * - cosign v2 legacy: tag `sha256-<hex>.sig`, a manifest whose layers are "simple signing"
 *   payloads, each signed (ECDSA, base64 DER) in the annotation dev.cosignproject.cosign/signature.
 */
import { sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import { ArtefactsError } from '../errors.js';
import { referrerManifest } from '../oci/builder.js';
import { referrersTag } from '../oci/references.js';
import {
  ANNOTATION_CREATED,
  ANNOTATION_TITLE,
  EMPTY_DESCRIPTOR,
  EMPTY_JSON,
  MEDIA,
  digestHex,
  sha256,
  type Descriptor,
} from '../oci/media.js';
import { BUNDLE_V03_MEDIA_TYPE, bundleText, type SerializedBundle } from './bundle.js';
import { ANNOTATION_PREDICATE } from './artifact-types.js';
import type { SigningKey, VerificationKey } from './keys.js';
import { INTOTO_PAYLOAD_TYPE } from './statements.js';

export const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
export const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';

export interface Blob {
  readonly descriptor: Descriptor;
  readonly data: Buffer;
}

/** A manifest to push (exact bytes), the blobs it needs, and the descriptor that lists it in an index. */
export interface ManifestArtefact {
  readonly manifest: Buffer;
  readonly descriptor: Descriptor;
  readonly blobs: readonly Blob[];
}

function blob(mediaType: string, data: Buffer, annotations?: Record<string, string>): Blob {
  return {
    descriptor: { mediaType, digest: sha256(data), size: data.length, ...(annotations ? { annotations } : {}) },
    data,
  };
}

/** The empty config blob (`{}`) every referrer names, pushed along with it. */
export const EMPTY_CONFIG: Blob = { descriptor: EMPTY_DESCRIPTOR, data: EMPTY_JSON };

/** The content annotation value and predicate type of a bundle. */
function bundleContent(bundle: SerializedBundle): {
  content: 'dsse-envelope' | 'message-signature';
  predicateType?: string;
} {
  if (bundle.dsseEnvelope) {
    let predicateType: string | undefined;
    if (bundle.dsseEnvelope.payloadType === INTOTO_PAYLOAD_TYPE) {
      try {
        const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
          predicateType?: unknown;
        };
        if (typeof statement.predicateType === 'string') predicateType = statement.predicateType;
      } catch {
        // Not JSON: no predicate type annotation; verification will reject it anyway.
      }
    }
    return { content: 'dsse-envelope', ...(predicateType ? { predicateType } : {}) };
  }
  return { content: 'message-signature' };
}

/**
 * The cosign v3 referrer for one bundle about `subject` (the image's descriptor: digest, size and
 * media type as the registry serves it). `created` defaults to now; pass a fixed date to be reproducible.
 */
export function bundleReferrer(
  bundle: SerializedBundle,
  subject: Descriptor,
  created: Date = new Date(),
): ManifestArtefact {
  const mediaType = (bundle as { mediaType?: string }).mediaType ?? '';
  if (mediaType !== BUNDLE_V03_MEDIA_TYPE) {
    throw new ArtefactsError('INTERNAL', `Only v0.3 bundles are pushed as referrers (got ${mediaType}).`);
  }
  digestHex(subject.digest);
  const data = Buffer.from(bundleText(bundle));
  const layer = blob(BUNDLE_V03_MEDIA_TYPE, data);
  const titled: Descriptor = {
    ...layer.descriptor,
    annotations: { [ANNOTATION_TITLE]: `${layer.descriptor.digest.replace(':', '-')}.sigstore.json` },
  };
  const { content, predicateType } = bundleContent(bundle);
  const annotations: Record<string, string> = {
    [ANNOTATION_CONTENT]: content,
    ...(predicateType ? { [ANNOTATION_PREDICATE]: predicateType } : {}),
    [ANNOTATION_CREATED]: created.toISOString(),
  };
  const { manifest, descriptor } = referrerManifest({
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    layers: [titled],
    subject,
    annotations,
  });
  return { manifest: manifest.bytes, descriptor, blobs: [EMPTY_CONFIG, { descriptor: titled, data }] };
}

/** The referrers fallback tag (`sha256-<hex>`) is the OCI layer's; re-exported for this namespace's callers. */
export { referrersTag };

/** The cosign v2 signature tag: `sha256-<hex>.sig`. */
export function legacySignatureTag(digest: string): string {
  return `${referrersTag(digest)}.sig`;
}

/** Index entries that are Sigstore bundles (by artifactType), from a referrers index or fallback tag. */
export function bundleReferrers(index: unknown): Descriptor[] {
  const manifests = (index as { manifests?: unknown } | null)?.manifests;
  if (!Array.isArray(manifests)) return [];
  return (manifests as Descriptor[]).filter(
    (d) => d && typeof d.digest === 'string' && d.artifactType === BUNDLE_V03_MEDIA_TYPE,
  );
}

/**
 * Reads one referrer manifest (its exact bytes, as fetched by digest) and returns the bundle JSON
 * text from its layer, after checking that it refers to `subjectDigest` and that the layer bytes
 * match their digest. Any mismatch is VERIFICATION_FAILED naming the referrer.
 */
export async function readBundleReferrer(
  manifestBytes: Buffer,
  subjectDigest: string,
  fetchBlob: (descriptor: Descriptor) => Promise<Buffer>,
): Promise<string> {
  const name = sha256(manifestBytes);
  const fail = (why: string) => new ArtefactsError('VERIFICATION_FAILED', `Referrer ${name}: ${why}.`);
  let manifest: { artifactType?: string; layers?: Descriptor[]; subject?: Descriptor };
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as typeof manifest;
  } catch {
    throw fail('not JSON');
  }
  if (manifest.artifactType !== BUNDLE_V03_MEDIA_TYPE)
    throw fail(`artifactType is ${String(manifest.artifactType)}, not a Sigstore bundle`);
  // No subject at all: a registry that refuses the field got the referrer without it, listed in the
  // subject's referrers tag; the signed statement still has to name the digest (verifyStatements).
  if (manifest.subject !== undefined && manifest.subject.digest !== `sha256:${digestHex(subjectDigest)}`) {
    throw fail(`its subject is ${String(manifest.subject?.digest)}, not ${subjectDigest}`);
  }
  const layer = manifest.layers?.[0];
  if (manifest.layers?.length !== 1 || !layer || layer.mediaType !== BUNDLE_V03_MEDIA_TYPE) {
    throw fail('expected exactly one layer of type application/vnd.dev.sigstore.bundle.v0.3+json');
  }
  const data = await fetchBlob(layer);
  if (sha256(data) !== layer.digest) throw fail(`the bundle layer does not match its digest ${layer.digest}`);
  return data.toString('utf8');
}

/** cosign's "simple signing" payload binding a signature to an image digest. */
function legacySignaturePayload(dockerReference: string, digest: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': dockerReference },
        image: { 'docker-manifest-digest': `sha256:${digestHex(digest)}` },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
}

/**
 * The cosign v2 `.sig` manifest for one key-based signature (the layout cosign v2 writes: one
 * simple-signing layer with the base64 signature annotation; a config listing the layer's diff ID).
 */
export function legacySignatureManifest(dockerReference: string, digest: string, key: SigningKey): ManifestArtefact {
  const payload = legacySignaturePayload(dockerReference, digest);
  const signature = cryptoSign('sha256', payload, key.privateKey).toString('base64');
  const layer = blob(SIMPLE_SIGNING, payload, { [ANNOTATION_SIGNATURE]: signature });
  const config = blob(
    MEDIA.ociConfig,
    Buffer.from(
      JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
        config: {},
      }),
    ),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      config: config.descriptor,
      layers: [layer.descriptor],
    }),
  );
  return {
    manifest,
    descriptor: { mediaType: MEDIA.ociManifest, digest: sha256(manifest), size: manifest.length },
    blobs: [config, layer],
  };
}

/**
 * Checks one legacy signature layer: the signature verifies over the payload bytes with `key`,
 * and the payload names `digest`. Returns false when the signature does not verify; throws
 * VERIFICATION_FAILED when a valid signature is about another image (a moved signature).
 */
export function verifyLegacySignature(
  payload: Buffer,
  signatureB64: string,
  key: VerificationKey,
  digest: string,
): boolean {
  let ok: boolean;
  try {
    ok = cryptoVerify('sha256', payload, key.publicKey, Buffer.from(signatureB64, 'base64'));
  } catch {
    ok = false;
  }
  if (!ok) return false;
  let claimed: unknown;
  try {
    claimed = (
      JSON.parse(payload.toString('utf8')) as { critical?: { image?: { 'docker-manifest-digest'?: unknown } } }
    ).critical?.image?.['docker-manifest-digest'];
  } catch {
    claimed = undefined;
  }
  if (claimed !== `sha256:${digestHex(digest)}`) {
    throw new ArtefactsError('VERIFICATION_FAILED', `The legacy signature is for ${String(claimed)}, not ${digest}.`);
  }
  return true;
}
