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
import { pushArtefacts } from '../../sign/image.js';
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

/** One referrer to push: its artefact and what is said and returned once it is pushed. */
interface Planned {
  readonly artefact: ManifestArtefact;
  readonly kind: PushedReferrer['kind'];
  readonly format: string;
  readonly subject: string;
  /** The log line, given the referrer's digest. */
  readonly said: (digest: string) => string;
}

/**
 * Publishes the documents: each pushed as a referrer of its platform image (`attach`; the same
 * document makes the same manifest, so a re-run adds no duplicate), and each signed as an SBOM
 * attestation whose bundle is pushed as a referrer (`attest`: `signing` given). Everything is
 * signed first and pushed together, so a registry without the referrers API indexes all of one
 * image's referrers in one merge of its fallback index (one settle, not one per document).
 */
export async function publishDocuments(
  store: ArtifactStore,
  name: string,
  results: readonly PlatformSbom[],
  publish: { attach: boolean; signing: SigningConfig | undefined },
  environment: ActionEnvironment,
): Promise<PushedReferrer[]> {
  const planned: Planned[] = [];
  if (publish.attach) {
    const attach = results.flatMap((r) =>
      r.documents.map((doc, i) => ({
        r,
        doc,
        artefact: documentReferrer(doc, r.fileNames[i] ?? 'sbom.json', r.descriptor, r.subject.timestamp),
      })),
    );
    // Whether each is there already (a re-run), asked before anything is pushed: each image's
    // referrers listed once (a manifest digest names one manifest, whatever its type).
    const subjects = [...new Set(results.map((r) => r.descriptor.digest))];
    const listed = new Map(await Promise.all(subjects.map(async (s) => [s, await store.referrers(s)] as const)));
    const there = attach.map(({ r, artefact }) =>
      (listed.get(r.descriptor.digest) ?? []).some((d) => d.digest === artefact.descriptor.digest),
    );
    for (const [i, { r, doc, artefact }] of attach.entries()) {
      planned.push({
        artefact,
        kind: 'sbom',
        format: doc.format,
        subject: r.descriptor.digest,
        said: (digest) =>
          `${there[i] ? 'Already attached' : 'Attached'} ${doc.format} to ${r.descriptor.digest} as referrer ${digest}`,
      });
    }
  }
  if (publish.signing !== undefined) {
    for (const r of results) {
      for (const doc of r.documents) {
        const attestation = sbomAttestation(doc.content, 'formats');
        const signed = await signStatement(
          statement([statementSubject(name, r.descriptor.digest)], attestation.predicateType, attestation.predicate),
          publish.signing,
        );
        planned.push({
          artefact: bundleReferrer(signed.bundle, r.descriptor, r.subject.timestamp),
          kind: 'attestation',
          format: doc.format,
          subject: r.descriptor.digest,
          said: (digest) =>
            `Signed ${doc.format} as ${attestation.predicateType} (signer ${signed.signer}); referrer ${digest}`,
        });
      }
    }
  }
  const pushed = await pushArtefacts(
    store,
    planned.map((p) => p.artefact),
  );
  return planned.map((p, i) => {
    const result = pushed[i]!;
    if (!result.referrerIndexed) {
      throw new ArtefactsError(
        'REGISTRY_PROTOCOL',
        `${store.location} stored ${p.kind === 'sbom' ? 'SBOM referrer' : 'attestation'} ${result.digest} but did not index it as a referrer of ${p.subject}.`,
      );
    }
    environment.logger.info(p.said(result.digest));
    return { kind: p.kind, format: p.format, subject: p.subject, digest: result.digest };
  });
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
