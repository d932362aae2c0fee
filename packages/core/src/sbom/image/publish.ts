/**
 * Publishing image-mode SBOMs: each document pushed as an OCI referrer of its platform image
 * (`attach`), and signed as an SBOM attestation whose Sigstore bundle is pushed as a cosign v3
 * referrer (`attest`). Kept apart from the cataloguing (run.ts) so that a run which only
 * catalogues never loads the signing code: a long-running image SBOM then keeps less in its heap.
 */
import type { ActionEnvironment } from '../../action.js';
import { ArtefactsError } from '../../errors.js';
import { referrerManifest } from '../../oci/builder.js';
import { ANNOTATION_CREATED, ANNOTATION_TITLE, type Descriptor } from '../../oci/media.js';
import type { ArtifactStore } from '../../oci/store.js';
import { signStatement, type SigningConfig } from '../../sign/bundle.js';
import { pushArtefact } from '../../sign/image.js';
import { keyOnlySignInputs, resolveSigningConfig } from '../../sign/inputs.js';
import { sbomAttestation } from '../../sign/plan.js';
import { EMPTY_CONFIG, bundleReferrer, type ManifestArtefact } from '../../sign/referrer.js';
import { statement, subject as statementSubject } from '../../sign/statements.js';
import { isoSeconds, type SbomDocument } from '../writers.js';
import type { ImageSbomInputs, PlatformSbom } from './run.js';

/**
 * The referrer manifest for one SBOM document: artifactType = the document's media type, the
 * empty config, one layer = the document, `subject` = the platform image. `created` comes from
 * the document's time, so the same document always makes the same manifest (and digest).
 */
export function documentReferrer(
  doc: SbomDocument,
  fileName: string,
  subjectDescriptor: Descriptor,
  created: Date,
): ManifestArtefact {
  const data = doc.bytes;
  const layer = {
    mediaType: doc.mediaType,
    digest: doc.digest,
    size: data.length,
    annotations: { [ANNOTATION_TITLE]: fileName },
  };
  const { manifest, descriptor } = referrerManifest({
    artifactType: doc.mediaType,
    layers: [layer],
    subject: subjectDescriptor,
    annotations: { [ANNOTATION_CREATED]: isoSeconds(created) },
  });
  return { manifest: manifest.bytes, descriptor, blobs: [EMPTY_CONFIG, { descriptor: layer, data }] };
}

/** One pushed referrer. */
export interface PushedReferrer {
  readonly kind: 'sbom' | 'attestation';
  readonly format: string;
  readonly subject: string;
  readonly digest: string;
}

/** Pushes each document as a referrer of its platform image (`attach`). Same document → same manifest, no duplicate. */
export async function attachDocuments(
  store: ArtifactStore,
  results: readonly PlatformSbom[],
  environment: ActionEnvironment,
): Promise<PushedReferrer[]> {
  const pushed: PushedReferrer[] = [];
  for (const r of results) {
    for (const [i, doc] of r.documents.entries()) {
      const artefact = documentReferrer(doc, r.fileNames[i] ?? 'sbom.json', r.descriptor, r.subject.timestamp);
      const existing = (await store.referrers(r.descriptor.digest, doc.mediaType)).some(
        (d) => d.digest === artefact.descriptor.digest,
      );
      const result = await pushArtefact(store, artefact);
      if (!result.referrerIndexed) {
        throw new ArtefactsError(
          'REGISTRY_PROTOCOL',
          `${store.location} stored SBOM referrer ${result.digest} but did not index it as a referrer of ${r.descriptor.digest}.`,
        );
      }
      environment.logger.info(
        `${existing ? 'Already attached' : 'Attached'} ${doc.format} to ${r.descriptor.digest} as referrer ${result.digest}`,
      );
      pushed.push({ kind: 'sbom', format: doc.format, subject: r.descriptor.digest, digest: result.digest });
    }
  }
  return pushed;
}

/** The signing config for `attest`, from the same key inputs as the sign action (keyless when no key). */
export async function attestConfig(inputs: ImageSbomInputs, environment: ActionEnvironment): Promise<SigningConfig> {
  const signInputs = keyOnlySignInputs({
    image: inputs.image,
    key: inputs.key,
    keyPassword: inputs.keyPassword,
    keyless: 'auto',
  });
  return resolveSigningConfig(signInputs, environment);
}

/** Signs each document as an SBOM attestation about its platform image and pushes the bundle as a referrer (`attest`). */
export async function attestDocuments(
  store: ArtifactStore,
  name: string,
  results: readonly PlatformSbom[],
  config: SigningConfig,
  environment: ActionEnvironment,
): Promise<PushedReferrer[]> {
  const pushed: PushedReferrer[] = [];
  for (const r of results) {
    for (const doc of r.documents) {
      const attestation = sbomAttestation(doc.content, 'formats');
      const signed = await signStatement(
        statement([statementSubject(name, r.descriptor.digest)], attestation.predicateType, attestation.predicate),
        config,
      );
      const result = await pushArtefact(store, bundleReferrer(signed.bundle, r.descriptor, r.subject.timestamp));
      if (!result.referrerIndexed) {
        throw new ArtefactsError(
          'REGISTRY_PROTOCOL',
          `${store.location} stored attestation ${result.digest} but did not index it as a referrer of ${r.descriptor.digest}.`,
        );
      }
      environment.logger.info(
        `Signed ${doc.format} as ${attestation.predicateType} (signer ${signed.signer}); referrer ${result.digest}`,
      );
      pushed.push({ kind: 'attestation', format: doc.format, subject: r.descriptor.digest, digest: result.digest });
    }
  }
  return pushed;
}
