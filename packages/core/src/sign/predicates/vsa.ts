/**
 * The SLSA verification summary (VSA v1, https://slsa.dev/spec/v1.0/verification_summary) that
 * verify and promote's signature gate write after a verification PASSED: one signed attestation a
 * deploy-time check (Kyverno, policy-controller) can verify instead of every bundle behind it.
 *
 * - verifier.id: this suite's verify; verifier.version: the suite's version.
 * - resourceUri: the image reference, with its digest, where the summary is attached.
 * - policy: the verification options (signer, required types, log, conditions) as a canonical JSON
 *   document (keys sorted, no white space), by its sha256, with the document itself as `content`.
 * - inputAttestations: every bundle that verified, by the sha256 of its bytes, named by its referrer.
 * - verificationResult: always PASSED. A failed verification writes nothing: the step fails, and a
 *   FAILED summary attached to the digest would be one more thing a deploy check could mistake.
 * - verifiedLevels: SLSA_BUILD_LEVEL_1 only when a SLSA provenance statement about the digest
 *   verified (provenance exists and is signed by the policy's signer); higher build levels depend
 *   on the build platform, which this verification does not establish, so none is claimed.
 */
import { digestHex, sha256 } from '../../oci/media.js';
import type { Condition } from '../condition-lines.js';
import { SLSA_PROVENANCE_PREDICATE } from '../statements.js';
import { SUITE_NAME, SUITE_VERSION } from '../../suite.js';
import { compareText } from '../../order.js';

export const VSA_PREDICATE = 'https://slsa.dev/verification_summary/v1';
const VERIFIER_ID =
  'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/audit-trail.md#the-verification-summary';
/** The media type of the policy document a summary names by digest. */
const VERIFY_POLICY_MEDIA_TYPE = 'application/vnd.immutable-artefacts.verify-policy.v1+json';

/** What was asked of the signatures: the canonical policy document's fields. */
export interface PolicyFacts {
  /** Key-based: the key hint (base64 sha256 of the public key's DER). */
  readonly keyHint?: string;
  /** Keyless: the identity (exact or regexp source) and issuer. */
  readonly identity?: string;
  readonly identityRegexp?: string;
  readonly issuer?: string;
  readonly requiredPredicateTypes: readonly string[];
  readonly requireTransparencyLog: boolean;
  readonly conditions: readonly Condition[];
}

/** A verified bundle, as a summary names it. */
export interface InputAttestation {
  /** Where it was read: `<repository>@<referrer digest>`. */
  readonly uri?: string;
  /** sha256 of the bundle's bytes (hex, no prefix). */
  readonly sha256: string;
  readonly predicateType: string;
}

/** JSON with keys sorted at every level and no white space: one text per document. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The policy document a summary hashes: the same options give the same bytes, whatever their order. */
export function policyDocument(facts: PolicyFacts): Buffer {
  const signer =
    facts.keyHint !== undefined
      ? { keyHint: facts.keyHint }
      : { identity: facts.identity, identityRegexp: facts.identityRegexp, issuer: facts.issuer };
  return Buffer.from(
    canonicalJson({
      mediaType: VERIFY_POLICY_MEDIA_TYPE,
      signer,
      requiredPredicateTypes: [...new Set(facts.requiredPredicateTypes)].sort(),
      requireTransparencyLog: facts.requireTransparencyLog,
      conditions: facts.conditions.map((c) => ({
        quantifier: c.quantifier,
        predicateType: c.predicateType,
        expression: c.expression,
      })),
    }),
    'utf8',
  );
}

export interface VsaFacts {
  readonly resourceUri: string;
  readonly policy: PolicyFacts;
  readonly inputAttestations: readonly InputAttestation[];
  readonly timeVerified: Date;
}

/** The VSA v1 predicate for a PASSED verification. */
export function vsaPredicate(facts: VsaFacts): Record<string, unknown> {
  const document = policyDocument(facts.policy);
  const provenance = facts.inputAttestations.some((a) => a.predicateType === SLSA_PROVENANCE_PREDICATE);
  return {
    verifier: { id: VERIFIER_ID, version: { [SUITE_NAME]: SUITE_VERSION } },
    timeVerified: facts.timeVerified.toISOString(),
    resourceUri: facts.resourceUri,
    policy: {
      name: 'verify policy',
      digest: { sha256: digestHex(sha256(document)) },
      mediaType: VERIFY_POLICY_MEDIA_TYPE,
      content: document.toString('base64'),
    },
    inputAttestations: facts.inputAttestations.map((a) => ({
      ...(a.uri === undefined ? {} : { uri: a.uri }),
      digest: { sha256: a.sha256 },
      annotations: { predicateType: a.predicateType },
    })),
    verificationResult: 'PASSED',
    verifiedLevels: provenance ? ['SLSA_BUILD_LEVEL_1'] : [],
    slsaVersion: '1.0',
  };
}
