/**
 * Stores a bundle with GitHub's attestations API (`POST /repos/{o}/{r}/attestations`), so that
 * `gh attestation verify` finds it. GitHub verifies keyless bundles from its own or the public-good
 * Sigstore instance; key-based bundles are not sent. Where the API is unavailable (user-owned
 * private repositories, GHES without it, a token without `attestations: write`), `auto` mode
 * leaves a notice and carries on; `always` fails.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import { GitHubApiError, type GitHubApi } from '../github/api.js';
import type { Logger } from '../log.js';

export type AttestationUpload = 'auto' | 'always' | 'never';

export interface UploadResult {
  readonly uploaded: boolean;
  readonly id: number | undefined;
  /** Why nothing was stored, when nothing was. */
  readonly skipped: string | undefined;
}

export async function uploadAttestation(
  api: GitHubApi | undefined,
  bundle: SerializedBundle,
  mode: AttestationUpload,
  logger: Logger,
): Promise<UploadResult> {
  const skip = (why: string): UploadResult => {
    if (mode === 'auto') logger.notice(`Not stored with GitHub's attestations API: ${why}.`);
    return { uploaded: false, id: undefined, skipped: why };
  };
  if (mode === 'never') return { uploaded: false, id: undefined, skipped: 'disabled' };
  if (!api) return skip('no GitHub repository or token in this environment');
  if (bundle.verificationMaterial.publicKey)
    return skip('the bundle is key-based; GitHub stores keyless (certificate) bundles');
  try {
    const response = await api.request<{ id?: number }>('POST', api.repoPath('/attestations'), {
      body: { bundle },
      permission: 'attestations: write',
      what: 'store the attestation',
    });
    return { uploaded: true, id: response.data?.id, skipped: undefined };
  } catch (error) {
    if (mode === 'auto' && error instanceof GitHubApiError && [403, 404, 422].includes(error.status)) {
      return skip(`${error.message}`);
    }
    throw error;
  }
}
