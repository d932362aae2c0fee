/**
 * One Sigstore bundle referrer of a digest, read and judged by the verify action's policy: the
 * statement it signs when it verifies, else the rule that refused it. For readers of records (audit)
 * that must not take a record's word unless it verifies.
 */
import { ArtefactsError, describeError } from '../errors.js';
import type { Descriptor } from '../oci/media.js';
import { readBlob } from '../oci/open.js';
import type { ArtifactStore } from '../oci/store.js';
import { readBundleReferrer } from './referrer.js';
import type { Statement } from './statements.js';
import { VerificationFailure, verifyStatements, type VerificationPolicy } from './verify-policy.js';

export type ReferrerVerdict = { readonly statement: Statement } | { readonly refused: string };

export async function verifyReferrer(
  store: ArtifactStore,
  subject: string,
  referrer: Descriptor,
  policy: VerificationPolicy,
): Promise<ReferrerVerdict> {
  let bundle: unknown;
  try {
    const manifest = await store.getManifest(referrer.digest);
    bundle = JSON.parse(await readBundleReferrer(manifest.bytes, subject, (b) => readBlob(store, b)));
  } catch (error) {
    if (error instanceof ArtefactsError && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code)) throw error;
    return { refused: `unreadable bundle: ${describeError(error)}` };
  }
  try {
    return {
      statement: verifyStatements([{ source: referrer.digest, bundle }], subject, policy).verified[0]!.statement,
    };
  } catch (error) {
    if (!(error instanceof VerificationFailure)) throw error;
    const rejection = error.rejections[0];
    return { refused: rejection ? `[${rejection.rule}] ${rejection.reason}` : error.message };
  }
}
