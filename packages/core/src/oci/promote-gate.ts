/**
 * promote's `require-signature` gate: the ONE place where promotion asks "does this digest carry
 * a signature that satisfies the policy?". It runs after the source is resolved to its digest and
 * before a byte is copied; throwing refuses the promotion.
 *
 * The verify logic (packages/core/src/sign/, verify-policy.ts) is not part of this build yet, so
 * this gate fails closed: asking for a signature refuses to promote rather than promote unverified
 * bytes. Wiring it in means replacing the body of `verifyPromotionSource` with: collect the
 * referrers of `digest` in `source` whose artifactType is a sigstore bundle, read each bundle, and
 * call the verify policy with `policy` turned into a VerificationPolicy (key → loaded public key;
 * keyless → identity exact/regexp + issuer), throwing its VERIFICATION_FAILED on refusal.
 */
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import type { ArtifactStore } from './store.js';

/** What the promote inputs ask the source digest to be signed by. */
export type PromoteSignaturePolicy =
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
    };

/** Whether this build can verify signatures; false until the verify logic is wired in below. */
export const PROMOTE_SIGNATURE_GATE_AVAILABLE = false;

/**
 * Verifies that `digest` in `source` is signed as `policy` demands; throws VERIFICATION_FAILED when
 * not (and, until verify lands, always).
 */
export async function verifyPromotionSource(
  policy: PromoteSignaturePolicy,
  source: ArtifactStore,
  digest: string,
  context: { cwd: string; logger: Logger },
): Promise<void> {
  context.logger.info(
    `Signature required (${policy.kind === 'key' ? 'public key' : `keyless, issuer ${policy.issuer}`}) for ${source.location}@${digest}`,
  );
  await Promise.resolve();
  throw new ArtefactsError(
    'VERIFICATION_FAILED',
    `Input 'require-signature' is set, but this build cannot verify signatures yet, so ${digest} was not promoted.`,
    {
      hint: 'Nothing was copied. Remove require-signature to promote without the gate, or use a release that includes the verify action.',
    },
  );
}
