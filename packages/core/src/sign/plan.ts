/**
 * What the sign action does for an image, without the registry: sign cosign v3's image signature
 * and each attestation as its own bundle, and lay each out as a referrer manifest (plus, for teams
 * still on cosign v2, the legacy `.sig` manifest). The caller pushes `blobs` then `manifest` for
 * each artefact and, where the registry has no referrers API, adds `descriptor` to the fallback
 * tag's index (read-merge-write).
 */
import { ArtefactsError, documentError, inputError, jsonSyntaxError, type DocumentSource } from '../errors.js';
import type { GitHubContext } from '../github/context.js';
import type { SignedBundle, SigningConfig } from './bundle.js';
import { signStatement } from './bundle.js';
import type { Descriptor } from '../oci/media.js';
import { bundleReferrer, legacySignatureManifest, type ManifestArtefact } from './referrer.js';
import {
  COSIGN_SIGN_PREDICATE,
  SLSA_PROVENANCE_PREDICATE,
  cosignSignStatement,
  githubProvenancePredicate,
  sbomPredicateType,
  statement,
  subject,
  workflowFacts,
} from './statements.js';

export interface Attestation {
  readonly predicateType: string;
  readonly predicate: Readonly<Record<string, unknown>>;
}

export interface ImageSubject {
  /** The repository the image lives in, without tag or digest, e.g. `ghcr.io/acme/app`. */
  readonly name: string;
  /** The image manifest or index as the registry serves it (digest, size, media type). */
  readonly descriptor: Descriptor;
}

export interface SignedReferrer {
  readonly predicateType: string;
  readonly signed: SignedBundle;
  readonly artefact: ManifestArtefact;
}

export interface ImageSignatures {
  /** cosign v3's image signature first, then one per attestation. */
  readonly referrers: readonly SignedReferrer[];
  /** The cosign v2 `.sig` manifest, when asked for (key-based only). */
  readonly legacy: ManifestArtefact | undefined;
}

/** Signs an image digest and its attestations; returns what to push. No network unless the config has a log or is keyless. */
export async function signImage(
  image: ImageSubject,
  config: SigningConfig,
  options: {
    attestations?: readonly Attestation[];
    legacy?: boolean;
    created?: Date;
    /** Predicate types already signed by this signer (a re-run): not signed again. */
    skip?: ReadonlySet<string>;
  } = {},
): Promise<ImageSignatures> {
  if (options.legacy && config.kind !== 'key') {
    throw inputError(
      'legacy-signature',
      'true',
      'false with keyless signing (the cosign v2 .sig format is written for key-based signatures only)',
    );
  }
  const digest = image.descriptor.digest;
  const created = options.created ?? new Date();
  const statements = [
    cosignSignStatement(image.name, digest),
    ...(options.attestations ?? []).map((a) => statement([subject(image.name, digest)], a.predicateType, a.predicate)),
  ].filter((s) => !options.skip?.has(s.predicateType));
  const referrers: SignedReferrer[] = [];
  for (const s of statements) {
    const signed = await signStatement(s, config);
    referrers.push({
      predicateType: s.predicateType,
      signed,
      artefact: bundleReferrer(signed.bundle, image.descriptor, created),
    });
  }
  const legacy =
    options.legacy && config.kind === 'key' ? legacySignatureManifest(image.name, digest, config.key) : undefined;
  return { referrers, legacy };
}

/**
 * SLSA provenance v1 for the current GitHub Actions run. `claims` are the OIDC token's (keyless
 * signing): its `job_workflow_ref` names the builder, as GitHub's own provenance does.
 */
export function provenanceAttestation(
  context: GitHubContext | undefined,
  env: Readonly<Record<string, string | undefined>>,
  claims: Readonly<Record<string, unknown>> = {},
): Attestation {
  if (!context) {
    throw inputError(
      'provenance',
      'true',
      'false outside GitHub Actions (provenance describes a workflow run)',
      'Give a predicate file with predicate-type instead.',
    );
  }
  return {
    predicateType: SLSA_PROVENANCE_PREDICATE,
    predicate: githubProvenancePredicate(context, workflowFacts(env, claims)),
  };
}

/**
 * A custom predicate from JSON text: the `predicate` input (`source` is its name), or the file behind
 * `predicate-path` (`source` names the input and the path, which errors show instead of the content).
 */
export function customAttestation(predicateType: string, json: string, source: string | DocumentSource): Attestation {
  if (predicateType === COSIGN_SIGN_PREDICATE) {
    throw inputError('predicate-type', predicateType, 'a predicate type other than cosign’s own signature type');
  }
  const from = typeof source === 'string' ? { input: source } : source;
  const what = from.path === undefined ? 'a JSON object' : 'a file holding a JSON object';
  let predicate: unknown;
  try {
    predicate = JSON.parse(json);
  } catch (error) {
    throw documentError(from, json, `${what}, but it is not JSON: ${jsonSyntaxError(error)}`);
  }
  if (predicate === null || typeof predicate !== 'object' || Array.isArray(predicate)) {
    throw documentError(
      from,
      json,
      `${what}, but it holds ${predicate === null ? 'null' : Array.isArray(predicate) ? 'an array' : `a ${typeof predicate}`}`,
    );
  }
  return { predicateType, predicate: predicate as Record<string, unknown> };
}

/**
 * An SBOM (CycloneDX or SPDX 2.3 JSON) as an attestation whose predicate is the document itself;
 * `path` is the file it was read from (as given), for errors.
 */
export function sbomAttestation(json: string, input = 'sbom-path', path?: string): Attestation {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    if (path !== undefined) {
      throw documentError({ input, path }, json, `an SBOM in JSON, but it is not JSON: ${jsonSyntaxError(error)}`);
    }
    throw new ArtefactsError('INPUT_INVALID', `Input '${input}': the SBOM is not JSON (${jsonSyntaxError(error)}).`);
  }
  return { predicateType: sbomPredicateType(document), predicate: document as Record<string, unknown> };
}
