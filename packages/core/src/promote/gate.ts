/**
 * promote's `require-signature` gate: the ONE place where promotion asks "does this digest carry
 * a signature that satisfies the policy?". It runs after the source is resolved to its digest and
 * before a byte is copied; throwing refuses the promotion.
 *
 * It runs the verify action's own check (sign/image.ts verifyImage): every Sigstore bundle
 * referrer of the digest (referrers API or fallback tag) and the cosign v2 `.sig` tag, each judged
 * by the policy (sign/verify-policy.ts), failing closed with VERIFICATION_FAILED that names, for
 * every referrer, the rule that refused it.
 */
import { ArtefactsError, describeError } from '../errors.js';
import type { ActionEnvironment } from '../action.js';
import { verifyImage } from '../sign/image.js';
import { loadVerificationPolicy, type VerificationInputs } from '../sign/inputs.js';
import type { VerificationPolicy } from '../sign/verify-policy.js';
import type { ArtifactStore } from '../oci/store.js';
import { checkConditions, type Condition } from '../sign/conditions.js';
import { inputAttestations, policyFacts, type SummaryFacts } from '../sign/verification-summary.js';

/**
 * The gate as a promotion record names it (`gate` in docs/promotion-record.md): what was required
 * (a key by its hint, or a keyless identity and issuer), who signed, and the conditions that held.
 */
export interface GateRecord {
  signature: 'key' | 'keyless';
  keyHint?: string;
  identity?: string;
  identityRegexp?: string;
  issuer?: string;
  signers: string[];
  conditions: string[];
}

/** What the signature gate found: who signed the digest, and what a verification summary would state. */
export interface GateResult {
  signers: string[];
  /** What passed, as the promotion record states it (the require-signature gate always says). */
  record?: GateRecord;
  /** The facts of this PASSED verification (policy, verified bundles, time), for a summary at each destination. */
  summary?: SummaryFacts;
}

/** What the promote inputs ask the source digest to be signed by, and to have attested (`conditions`). */
export type PromoteSignaturePolicy = (
  | {
      readonly kind: 'key';
      /** PEM text of the public key, or a path to it (relative to the workspace). */
      readonly key: string;
    }
  | {
      readonly kind: 'keyless';
      readonly identity?: string;
      readonly identityRegexp?: RegExp;
      readonly issuer: string;
      /** A trusted_root.json path (relative to the workspace); absent: fetched through TUF. */
      readonly trustedRoot?: string;
    }
) & {
  /** Conditions on the digest's verified attestations (sign/conditions.ts), judged before anything is copied. */
  readonly conditions?: readonly Condition[];
};

/** The verify action's inputs that mean the same as the promote policy. */
function verifyInputs(policy: PromoteSignaturePolicy): VerificationInputs {
  return {
    image: undefined,
    files: [],
    key: policy.kind === 'key' ? policy.key : undefined,
    certificateIdentity: policy.kind === 'keyless' ? policy.identity : undefined,
    certificateIdentityRegexp: policy.kind === 'keyless' ? policy.identityRegexp : undefined,
    certificateOidcIssuer: policy.kind === 'keyless' ? policy.issuer : undefined,
    attestations: [],
    offline: false,
    trustedRoot: policy.kind === 'keyless' ? policy.trustedRoot : undefined,
    requireTransparencyLog: false,
  };
}

/**
 * Verifies that `digest` in `source` is signed as `policy` demands; throws VERIFICATION_FAILED when
 * not, or when the policy itself cannot be used (unreadable key, trusted root out of reach):
 * the gate never lets unverified bytes through.
 */
export async function verifyPromotionSource(
  policy: PromoteSignaturePolicy,
  source: ArtifactStore,
  digest: string,
  context: Pick<ActionEnvironment, 'cwd' | 'env' | 'logger' | 'github'>,
): Promise<GateResult> {
  context.logger.info(
    `Signature required (${policy.kind === 'key' ? 'public key' : `keyless, issuer ${policy.issuer}`}) for ${source.location}@${digest}`,
  );
  let verification: VerificationPolicy;
  try {
    // Keyless: the trusted root of the repository's Sigstore instance, through TUF as verify gets it.
    verification = await loadVerificationPolicy(verifyInputs(policy), context.cwd, context, 'require-signature');
  } catch (error) {
    // An error about the key itself names the input already, with a hint for what it held.
    if (error instanceof ArtefactsError && error.message.startsWith("Input 'require-signature':")) {
      throw new ArtefactsError('VERIFICATION_FAILED', `${error.message} ${digest} was not promoted.`, {
        hint: `Nothing was copied.${error.hint === undefined ? '' : ` ${error.hint}`}`,
        cause: error,
      });
    }
    throw new ArtefactsError(
      'VERIFICATION_FAILED',
      `Input 'require-signature': cannot check ${digest} (${describeError(error)}), so it was not promoted.`,
      {
        hint:
          policy.kind === 'keyless'
            ? "Nothing was copied. Keyless verification needs the Sigstore trusted root, fetched through TUF from the repository's instance (public-good, or GitHub's for private repositories): check that it can be reached, or require a public key."
            : 'Nothing was copied. Give the public key as PEM text or the path of a readable file (e.g. cosign.pub).',
        cause: error,
      },
    );
  }
  const result = await verifyImage(source, digest, verification, context.logger);
  if (policy.conditions !== undefined && policy.conditions.length > 0) {
    try {
      checkConditions(policy.conditions, result.verified, `${source.location}@${digest}`);
    } catch (error) {
      if (!(error instanceof ArtefactsError)) throw error;
      throw new ArtefactsError('VERIFICATION_FAILED', `Input 'conditions': ${error.message}\nNothing was promoted.`, {
        ...(error.hint === undefined ? {} : { hint: error.hint }),
        cause: error,
      });
    }
    context.logger.info(`Conditions held for ${digest}: ${policy.conditions.map((c) => c.line).join('; ')}`);
  }
  context.logger.info(`Signature gate passed for ${digest}: ${result.signers.join(', ')}`);
  const facts = policyFacts(verification, policy.conditions ?? []);
  return {
    signers: [...result.signers],
    record: {
      signature: policy.kind,
      ...(facts.keyHint === undefined ? {} : { keyHint: facts.keyHint }),
      ...(facts.identity === undefined ? {} : { identity: facts.identity }),
      ...(facts.identityRegexp === undefined ? {} : { identityRegexp: facts.identityRegexp }),
      ...(facts.issuer === undefined ? {} : { issuer: facts.issuer }),
      signers: [...result.signers],
      conditions: (policy.conditions ?? []).map((c) => c.line),
    },
    summary: {
      policy: facts,
      inputAttestations: inputAttestations(source.location, result.verified),
      timeVerified: new Date(),
    },
  };
}
