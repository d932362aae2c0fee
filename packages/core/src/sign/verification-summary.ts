/**
 * Writing a verification summary (predicates/vsa.ts) for a digest whose verification PASSED: the
 * facts from the policy and the verified bundles, the statement signed with the signing config
 * the user gave for it (key or keyless), and pushed as a Sigstore bundle referrer of the digest
 * exactly as the sign action pushes its attestations (bundleReferrer, then its blobs and manifest).
 * The verify action (at the verified image) and promote's gate (at each destination) call it.
 */
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import { digestHex, type Descriptor } from '../oci/media.js';
import { isDigest } from '../oci/references.js';
import type { ArtifactStore, StagedReferrer } from '../oci/store.js';
import { signStatement, type SigningConfig } from './bundle.js';
import type { Condition } from './condition-lines.js';
import { stageArtefact } from './image.js';
import { VSA_PREDICATE, vsaPredicate, type InputAttestation, type PolicyFacts } from './predicates/vsa.js';
import { bundleReferrer } from './referrer.js';
import { statement, subject } from './statements.js';
import type { VerificationPolicy, VerifiedStatement } from './verify-policy.js';

export { VSA_PREDICATE };

/** The canonical policy document's facts from the policy verify judged with and its conditions. */
export function policyFacts(policy: VerificationPolicy, conditions: readonly Condition[] = []): PolicyFacts {
  return {
    ...(policy.key ? { keyHint: policy.key.hint } : {}),
    ...(policy.identity
      ? {
          ...(policy.identity.exact === undefined ? {} : { identity: policy.identity.exact }),
          ...(policy.identity.regexp === undefined ? {} : { identityRegexp: policy.identity.regexp.source }),
          issuer: policy.identity.issuer,
        }
      : {}),
    requiredPredicateTypes: policy.requiredPredicateTypes ?? [],
    requireTransparencyLog: policy.requireTransparencyLog === true,
    conditions,
  };
}

/** The verified bundles as the summary names them: `<repository>@<referrer digest>` and the bundle's sha256. */
export function inputAttestations(
  repository: string,
  verified: readonly Pick<VerifiedStatement, 'source' | 'statement' | 'bundleDigest'>[],
): InputAttestation[] {
  return verified.flatMap((v) => {
    if (v.bundleDigest === undefined) return [];
    const named = v.source.startsWith('referrer ') ? v.source.slice('referrer '.length) : '';
    const referrer = isDigest(named) ? named : undefined;
    return [
      {
        ...(referrer === undefined ? {} : { uri: `${repository}@${referrer}` }),
        sha256: digestHex(v.bundleDigest),
        predicateType: v.statement.predicateType,
      },
    ];
  });
}

export interface SummaryFacts {
  readonly policy: PolicyFacts;
  readonly inputAttestations: readonly InputAttestation[];
  readonly timeVerified: Date;
}

/**
 * Signs the summary of a PASSED verification of `target` (the image's descriptor in `store`) and
 * attaches it as a referrer; returns the referrer's digest and the signer.
 */
export async function attachVerificationSummary(
  store: ArtifactStore,
  repository: string,
  target: Descriptor,
  facts: SummaryFacts,
  signing: SigningConfig,
  logger: Logger,
): Promise<{ digest: string; signer: string }> {
  const staged = await stageVerificationSummary(store, repository, target, facts, signing, logger);
  return staged.attached(await store.putManifest(staged.manifest));
}

/** attachVerificationSummary up to its push: signed, its blobs uploaded, its manifest for the caller to push. */
export async function stageVerificationSummary(
  store: ArtifactStore,
  repository: string,
  target: Descriptor,
  facts: SummaryFacts,
  signing: SigningConfig,
  logger: Logger,
): Promise<StagedReferrer<{ digest: string; signer: string }>> {
  const predicate = vsaPredicate({ ...facts, resourceUri: `${repository}@${target.digest}` });
  const signed = await signStatement(
    statement([subject(repository, target.digest)], VSA_PREDICATE, predicate),
    signing,
  );
  const manifest = await stageArtefact(store, bundleReferrer(signed.bundle, target, facts.timeVerified));
  return {
    manifest,
    attached: (pushed) => {
      if (!pushed.referrerIndexed) {
        throw new ArtefactsError(
          'REGISTRY_PROTOCOL',
          `${store.location} stored the verification summary ${pushed.digest} but did not index it as a referrer of ${target.digest}.`,
        );
      }
      logger.info(
        `Verification summary ${pushed.digest} (${VSA_PREDICATE}) attached to ${repository}@${target.digest}, signed by ${signed.signer}`,
      );
      return { digest: pushed.digest, signer: signed.signer };
    },
  };
}
