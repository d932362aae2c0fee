/**
 * The GitHub Actions OIDC token for keyless signing (what core.getIDToken('sigstore') does), and
 * which Sigstore instance a repository signs with by default.
 */
import { ArtefactsError, describeError } from '../errors.js';
import type { GitHubContext } from '../github/context.js';
import { SIGSTORE_INSTANCES, type SigstoreInstance } from './bundle.js';

type Env = Readonly<Record<string, string | undefined>>;

/** True when the job may ask for an OIDC token (`permissions: id-token: write`). */
export function canRequestIdToken(env: Env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/** Fetches an OIDC token with the given audience from the runner's token service. */
export async function githubIdToken(env: Env, audience = 'sigstore'): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new ArtefactsError(
      'GITHUB_PERMISSION',
      'Keyless signing needs an OIDC token, and this job cannot request one.',
      {
        hint: 'Add `permissions: id-token: write` to the job, or sign with a key.',
      },
    );
  }
  const target = new URL(url);
  target.searchParams.set('audience', audience);
  let response: Response;
  try {
    response = await fetch(target, {
      headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new ArtefactsError('GITHUB_API', `Cannot reach the OIDC token service: ${describeError(error)}.`);
  }
  if (!response.ok) {
    throw new ArtefactsError('GITHUB_PERMISSION', `The OIDC token service answered ${response.status}.`, {
      hint: 'Check `permissions: id-token: write` on the job.',
    });
  }
  const body = (await response.json().catch(() => ({}))) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value === '') {
    throw new ArtefactsError('GITHUB_API', 'The OIDC token service answered without a token.');
  }
  return body.value;
}

/** The claims of a JWT (not checked: Fulcio checks the token; these only describe the run). */
export function tokenClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Not a JWT: no claims.
  }
  throw new ArtefactsError('GITHUB_API', 'The OIDC token service answered with a token that is not a JWT.');
}

/**
 * The default instance: public repositories use the public-good instance (Fulcio + Rekor, public
 * log); private and internal ones GitHub's own (Fulcio + timestamp authority, nothing public).
 * Unknown visibility → GitHub's, so nothing private leaks into a public log by default.
 */
export function defaultSigstoreInstance(context: GitHubContext | undefined): SigstoreInstance {
  const repository = context?.payload.repository as { private?: unknown; visibility?: unknown } | undefined;
  const isPublic = repository?.visibility === 'public' || repository?.private === false;
  return isPublic ? SIGSTORE_INSTANCES['public-good'] : SIGSTORE_INSTANCES.github;
}
