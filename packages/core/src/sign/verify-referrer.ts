/**
 * One Sigstore bundle referrer of a digest, read and judged by the verify action's policy: the
 * statement it signs when it verifies, else the rule that refused it. For the readers of records
 * (trace, history, audit) that must not take a record's word unless it verifies.
 */
import { ArtefactsError, describeError } from '../errors.js';
import type { Descriptor } from '../oci/media.js';
import { readBlob } from '../oci/open.js';
import type { ArtifactStore } from '../oci/store.js';
import { readBundleReferrer } from './referrer.js';
import type { Statement } from './statements.js';
import {
  VerificationFailure,
  verifyStatements,
  type VerificationPolicy,
  type VerifiedStatement,
} from './verify-policy.js';

/** The bundle a referrer carries, or why it cannot be read; a registry that refuses or is down throws. */
export async function readReferrerBundle(
  store: ArtifactStore,
  subject: string,
  referrer: Descriptor,
): Promise<{ readonly bundle: unknown } | { readonly unreadable: string }> {
  try {
    const manifest = await store.getManifest(referrer.digest);
    return { bundle: JSON.parse(await readBundleReferrer(manifest.bytes, subject, (b) => readBlob(store, b))) };
  } catch (error) {
    if (error instanceof ArtefactsError && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code)) throw error;
    return { unreadable: describeError(error) };
  }
}

/** A bundle judged by the policy: what it verifiably says and who signed it, or the rule that refused it. */
export function judgeBundle(
  bundle: unknown,
  subject: string,
  source: string,
  policy: VerificationPolicy,
): { readonly verified: VerifiedStatement } | { readonly refused: string } {
  try {
    return { verified: verifyStatements([{ source, bundle }], subject, policy).verified[0]! };
  } catch (error) {
    if (!(error instanceof VerificationFailure)) throw error;
    const rejection = error.rejections[0];
    return { refused: rejection ? `[${rejection.rule}] ${rejection.reason}` : error.message };
  }
}

/** Both steps: the statement of a referrer that verifies, or why it does not count. */
export async function verifyReferrer(
  store: ArtifactStore,
  subject: string,
  referrer: Descriptor,
  policy: VerificationPolicy,
): Promise<{ readonly statement: Statement } | { readonly refused: string }> {
  const read = await readReferrerBundle(store, subject, referrer);
  if ('unreadable' in read) return { refused: `unreadable bundle: ${read.unreadable}` };
  const judged = judgeBundle(read.bundle, subject, referrer.digest, policy);
  return 'verified' in judged ? { statement: judged.verified.statement } : judged;
}
