/**
 * Inputs of `trace` (the action, with `mode: trace|history`) and `artefacts history`: parsed once,
 * typed. The trust options are verify's own (key, or certificate identity + issuer, trusted root),
 * checked by verify's own parser, so that a trace verifies exactly what verify would.
 */
import { inputError } from '../errors.js';
import * as parse from '../inputs.js';
import type { RawInputs, RegistryAccess } from '../inputs.js';
import { referenceInput, type ImageReference } from '../oci/references.js';
import { parseRegistryAccess } from '../paths.js';
import { TRUST_PATH_INPUTS, parseTrustOptions, type VerificationInputs } from '../sign/inputs.js';

export type TrailMode = 'trace' | 'history';

export interface TraceInputs extends RegistryAccess {
  readonly mode: TrailMode;
  /** The reference as given (for messages) and parsed once. */
  readonly reference: string;
  readonly ref: ImageReference;
  /** Further repositories to look in (trace only): records live at each destination. */
  readonly repositories: readonly ImageReference[];
  /** verify's inputs for the trust options; undefined when none is given (nothing is verified). */
  readonly verification: VerificationInputs | undefined;
  /** Fail (VERIFICATION_FAILED) when any item shown is not verified. */
  readonly requireVerified: boolean;
}

export type HistoryInputs = TraceInputs;

export const TRACE_SECRETS = ['registry-password'] as const;
export const HISTORY_SECRETS = TRACE_SECRETS;

const PATH_INPUTS = ['reference', 'repositories', ...TRUST_PATH_INPUTS] as const;

function parseInputs(raw: RawInputs, mode: TrailMode): TraceInputs {
  const reference = parse.required(raw, 'reference');
  const ref = referenceInput('reference', reference);
  if (mode === 'trace' && ref.tag === undefined && ref.digest === undefined) {
    throw inputError(
      'reference',
      reference,
      'an artefact: registry/repository:tag or @sha256:<hex>, or oci:<dir>:tag (a repository alone names no digest)',
    );
  }
  if (mode === 'history' && ref.digest !== undefined) {
    throw inputError(
      'reference',
      reference,
      'an environment: registry/repository:tag (the environment tag) or registry/repository, without a digest',
    );
  }
  const repositories = parse.list(raw, 'repositories').map((value) => {
    const parsed = referenceInput('repositories', value);
    if (parsed.tag !== undefined || parsed.digest !== undefined) {
      throw inputError('repositories', value, 'repositories without a tag or digest (registry/repository, oci:<dir>)');
    }
    return parsed;
  });
  if (mode === 'history' && repositories.length > 0) {
    throw inputError(
      'repositories',
      repositories.length === 1 ? raw('repositories').trim() : '(a list)',
      'empty with mode history (a history reads one repository)',
    );
  }
  const verification = parseTrustOptions(raw, reference);
  const requireVerified = parse.boolean(raw, 'require-verified', false);
  if (requireVerified && verification === undefined) {
    throw inputError(
      'require-verified',
      parse.text(raw, 'require-verified'),
      'false unless key, or certificate-identity with certificate-oidc-issuer, is given (nothing can be verified without them)',
    );
  }
  const access = parseRegistryAccess(raw, PATH_INPUTS);
  return {
    mode,
    reference,
    ref,
    repositories,
    verification,
    requireVerified,
    ...access,
  };
}

export function parseTraceInputs(raw: RawInputs): TraceInputs {
  return parseInputs(raw, parse.oneOf(raw, 'mode', ['trace', 'history'] as const, 'trace'));
}

export function parseHistoryInputs(raw: RawInputs): HistoryInputs {
  return parseInputs(raw, 'history');
}
