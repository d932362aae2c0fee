/**
 * Signatures in a store (registry repository or OCI layout): pushing what signImage planned, and
 * verifying an image digest against a policy from its referrers (API or fallback tag) and its
 * cosign v2 `.sig` tag. The verify action, `artefacts verify` and promote's `require-signature`
 * gate call verifyImage.
 */
import { allAtOnce } from '../concurrency.js';
import { ArtefactsError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { readBlob } from '../oci/open.js';
import { ANNOTATION_CREATED, MEDIA, parseManifest, sha256, type Descriptor, type Manifest } from '../oci/media.js';
import type { ArtifactStore } from '../oci/store.js';
import type { VerificationKey } from './keys.js';
import {
  ANNOTATION_SIGNATURE,
  SIMPLE_SIGNING,
  bundleReferrers,
  legacySignatureTag,
  readBundleReferrer,
  verifyLegacySignature,
  type ManifestArtefact,
} from './referrer.js';
import {
  VerificationFailure,
  failureHint,
  verifyStatements,
  type BundleSource,
  type Rejection,
  type Rule,
  type VerificationPolicy,
  type VerifiedStatement,
} from './verify-policy.js';

/** Uploads an artefact's blobs (skipping those present) then its manifest's exact bytes. */
export async function pushArtefact(
  store: ArtifactStore,
  artefact: ManifestArtefact,
  options: { tag?: string } = {},
): Promise<{ digest: string; referrerIndexed: boolean }> {
  return store.putManifest(await stageArtefact(store, artefact), options.tag === undefined ? {} : { tag: options.tag });
}

/** Uploads an artefact's blobs (skipping those present); returns its manifest, not yet pushed. */
export async function stageArtefact(store: ArtifactStore, artefact: ManifestArtefact): Promise<Manifest> {
  await pushBlobs(store, [artefact]);
  return manifestOf(artefact);
}

/**
 * Pushes several artefacts at once: every blob first, then every manifest together, so the
 * referrers of one subject reach a registry's fallback index in one merge (one write, one settle)
 * instead of one each. Results in the order given; on a failure, once all have ended, the first
 * artefact's failure is thrown.
 */
export async function pushArtefacts(
  store: ArtifactStore,
  artefacts: readonly ManifestArtefact[],
): Promise<{ digest: string; referrerIndexed: boolean }[]> {
  await pushBlobs(store, artefacts);
  return allAtOnce(artefacts, (a) => store.putManifest(manifestOf(a)));
}

/** The artefacts' blobs, each digest once, concurrently (a few small ones); those present are skipped. */
async function pushBlobs(store: ArtifactStore, artefacts: readonly ManifestArtefact[]): Promise<void> {
  const blobs = new Map(artefacts.flatMap((a) => a.blobs.map((b) => [b.descriptor.digest, b] as const)));
  await Promise.all(
    [...blobs.values()].map(async (blob) => {
      if ((await store.hasBlob(blob.descriptor.digest)) === undefined) {
        await store.putBlob(blob.descriptor, blob.data);
      }
    }),
  );
}

const manifestOf = (artefact: ManifestArtefact): Manifest =>
  parseManifest(artefact.manifest, `signature manifest ${artefact.descriptor.digest}`, MEDIA.ociManifest);

/**
 * Pushes the cosign v2 `.sig` manifest. cosign v2 appends each new signature as another layer of
 * the same tag, so an existing `.sig` manifest is merged (its layers kept, ours added unless the
 * very same signature is already there) rather than overwritten.
 */
export async function pushLegacySignature(
  store: ArtifactStore,
  digest: string,
  legacy: ManifestArtefact,
): Promise<{ digest: string; merged: number }> {
  const tag = legacySignatureTag(digest);
  const existing = await store.resolve(tag);
  if (existing === undefined) {
    const pushed = await pushArtefact(store, legacy, { tag });
    return { digest: pushed.digest, merged: 0 };
  }
  const current = await store.getManifest(existing.digest);
  const currentLayers = ((current.parsed as { layers?: Descriptor[] }).layers ?? []).filter(
    (l) => l.mediaType === SIMPLE_SIGNING,
  );
  const ours = legacy.blobs.find((b) => b.descriptor.mediaType === SIMPLE_SIGNING)!;
  const sameSignature = (l: Descriptor) =>
    l.digest === ours.descriptor.digest &&
    l.annotations?.[ANNOTATION_SIGNATURE] === ours.descriptor.annotations?.[ANNOTATION_SIGNATURE];
  if (currentLayers.some(sameSignature)) return { digest: current.digest, merged: currentLayers.length };
  const layers = [...currentLayers, ours.descriptor];
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      config: {},
    }),
  );
  const configDescriptor = { mediaType: MEDIA.ociConfig, digest: sha256(config), size: config.length };
  const bytes = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config: configDescriptor, layers }),
  );
  const merged: ManifestArtefact = {
    manifest: bytes,
    descriptor: { mediaType: MEDIA.ociManifest, digest: sha256(bytes), size: bytes.length },
    blobs: [{ descriptor: configDescriptor, data: config }, ours],
  };
  const pushed = await pushArtefact(store, merged, { tag });
  return { digest: pushed.digest, merged: currentLayers.length };
}

/** A cosign v2 signature that verified with the policy's key. */
export interface VerifiedLegacySignature {
  readonly source: string;
  readonly keyHint: string;
}

export interface ImageVerification {
  readonly digest: string;
  /** Statements from accepted bundle referrers. */
  readonly verified: readonly VerifiedStatement[];
  /** cosign v2 `.sig` signatures accepted (key policies only). */
  readonly legacy: readonly VerifiedLegacySignature[];
  /** What was found and not accepted, with the rule that refused it. */
  readonly rejected: readonly Rejection[];
  /** The signer(s) accepted, for messages and outputs: key hint or certificate identity (as sign's `signer` output). */
  readonly signers: readonly string[];
}

function ruleOf(error: ArtefactsError): Rule {
  if (/subject is/.test(error.message)) return 'subject-digest';
  if (error.code === 'DIGEST_MISMATCH' || /does not match its digest/.test(error.message)) return 'bundle-content';
  return 'bundle-format';
}

async function legacySignatures(
  store: ArtifactStore,
  digest: string,
  key: VerificationKey | undefined,
  logger: Logger,
): Promise<{ accepted: VerifiedLegacySignature[]; rejected: Rejection[] }> {
  const accepted: VerifiedLegacySignature[] = [];
  const rejected: Rejection[] = [];
  const tag = legacySignatureTag(digest);
  const found = await store.resolve(tag);
  if (found === undefined) return { accepted, rejected };
  const source = `${tag}`;
  if (!key) {
    rejected.push({
      source,
      rule: 'key',
      reason: 'a cosign v2 signature; only key-based policies verify the legacy format here',
    });
    return { accepted, rejected };
  }
  let manifest: Manifest;
  try {
    manifest = await store.getManifest(found.digest);
  } catch (error) {
    rejected.push({ source, rule: 'bundle-format', reason: describeError(error) });
    return { accepted, rejected };
  }
  const layers = ((manifest.parsed as { layers?: Descriptor[] }).layers ?? []).filter(
    (l) => l.mediaType === SIMPLE_SIGNING,
  );
  for (const [i, layer] of layers.entries()) {
    const where = `${source} layer ${i + 1}`;
    const signature = layer.annotations?.[ANNOTATION_SIGNATURE];
    if (!signature) {
      rejected.push({ source: where, rule: 'bundle-format', reason: `no ${ANNOTATION_SIGNATURE} annotation` });
      continue;
    }
    try {
      const payload = await readBlob(store, layer);
      if (verifyLegacySignature(payload, signature, key, digest)) {
        accepted.push({ source: where, keyHint: key.hint });
      } else {
        rejected.push({
          source: where,
          rule: 'signature',
          reason: 'the signature does not verify with the given key (another key, or a modified payload)',
        });
      }
    } catch (error) {
      const message = describeError(error);
      rejected.push({
        source: where,
        rule: /legacy signature is for/.test(message) ? 'subject-digest' : 'bundle-content',
        reason: message,
      });
    }
  }
  logger.debug(`Legacy ${tag}: ${accepted.length} accepted, ${rejected.length} rejected.`);
  return { accepted, rejected };
}

function failure(message: string, rule: Rule, rejections: readonly Rejection[]): VerificationFailure {
  const lines = rejections.map((r) => `  - ${r.source}: [${r.rule}] ${r.reason}`);
  return new VerificationFailure(
    `${message}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`,
    rule,
    rejections,
    failureHint(rule, rejections),
  );
}

/**
 * Verifies an image digest against a policy: every Sigstore bundle referrer (referrers API or
 * fallback tag) and the cosign v2 `.sig` tag are read; one that fails a check (wrong subject,
 * bytes not matching their digest, bad signature, other signer) is recorded as rejected with its
 * rule. Succeeds when at least one signature is accepted and every required predicate type is
 * among the accepted statements; otherwise throws VerificationFailure naming each rejection.
 */
export async function verifyImage(
  store: ArtifactStore,
  digest: string,
  policy: VerificationPolicy,
  logger: Logger,
): Promise<ImageVerification> {
  const referrers = bundleReferrers({ manifests: await store.referrers(digest) });
  logger.info(`${store.location}@${digest}: ${referrers.length} Sigstore bundle referrer(s).`);
  const sources: BundleSource[] = [];
  const early: Rejection[] = [];
  for (const descriptor of referrers) {
    const source = `referrer ${descriptor.digest}`;
    try {
      const manifest = await store.getManifest(descriptor.digest);
      const text = await readBundleReferrer(manifest.bytes, digest, (d) => readBlob(store, d));
      let bundle: unknown;
      try {
        bundle = JSON.parse(text);
      } catch (error) {
        early.push({ source, rule: 'bundle-format', reason: `the bundle is not JSON (${describeError(error)})` });
        continue;
      }
      const created = (manifest.parsed as { annotations?: Record<string, string> }).annotations?.[ANNOTATION_CREATED];
      sources.push({
        source,
        bundle,
        bundleDigest: sha256(Buffer.from(text, 'utf8')),
        ...(created === undefined ? {} : { created }),
      });
    } catch (error) {
      if (!(error instanceof ArtefactsError)) throw error;
      if (['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code)) throw error;
      early.push({ source, rule: ruleOf(error), reason: error.message });
    }
  }
  const legacy = await legacySignatures(store, digest, policy.key, logger);
  const required = policy.requiredPredicateTypes ?? [];
  const legacyCounts = legacy.accepted.length > 0 && required.length === 0;
  const legacySigners = legacy.accepted.map((l) => l.keyHint);
  if (sources.length === 0) {
    const rejected = [...early, ...legacy.rejected];
    if (legacyCounts)
      return { digest, verified: [], legacy: legacy.accepted, rejected, signers: [...new Set(legacySigners)] };
    if (legacy.accepted.length > 0) {
      throw failure(
        `${digest} has a cosign v2 signature but no verified attestation of type ${required.join(', ')}.`,
        'predicate-type',
        rejected,
      );
    }
    const rule = rejected.length === 1 ? rejected[0]!.rule : 'policy';
    throw failure(
      rejected.length === 0
        ? `No signature or attestation found for ${digest} in ${store.location}.`
        : `No signature for ${digest} satisfies the policy (${rejected.length} checked):`,
      rule,
      rejected,
    );
  }
  try {
    const result = verifyStatements(sources, digest, policy);
    const signers = result.verified.map((v) =>
      v.signer.kind === 'key' ? (v.signer.keyHint ?? '') : (v.signer.identity ?? ''),
    );
    return {
      digest,
      verified: result.verified,
      legacy: legacy.accepted,
      rejected: [...early, ...result.rejected, ...legacy.rejected],
      signers: [...new Set([...signers, ...legacySigners])],
    };
  } catch (error) {
    if (!(error instanceof VerificationFailure)) throw error;
    const rejected = [...early, ...error.rejections, ...legacy.rejected];
    if (legacyCounts && error.rule !== 'predicate-type') {
      return { digest, verified: [], legacy: legacy.accepted, rejected, signers: [...new Set(legacySigners)] };
    }
    const total = sources.length + early.length;
    const rule = error.rule === 'predicate-type' ? error.rule : rejected.length === 1 ? rejected[0]!.rule : error.rule;
    throw failure(
      error.rule === 'predicate-type'
        ? error.message.split('\n')[0]!
        : `No signature for ${digest} satisfies the policy (${total + legacy.rejected.length} checked):`,
      rule,
      rejected,
    );
  }
}
