/**
 * One error type for the whole suite. Every failure carries a code from a closed union (tests
 * assert the code, not the message) and, where we can tell the user what to do, a hint.
 */
export type ErrorCode =
  | 'INPUT_INVALID'
  | 'INPUT_MISSING'
  | 'GIT_FAILED'
  | 'GIT_SHALLOW'
  | 'GIT_NOT_A_REPOSITORY'
  | 'GITHUB_API'
  | 'GITHUB_PERMISSION'
  | 'GITHUB_CONTEXT'
  | 'TAG_CONFLICT'
  | 'TAG_RACE'
  | 'TAG_DRIFT'
  | 'REFERENCE_INVALID'
  | 'REGISTRY_AUTH'
  | 'REGISTRY_NOT_FOUND'
  | 'REGISTRY_PROTOCOL'
  | 'REGISTRY_UNAVAILABLE'
  | 'REGISTRY_TLS'
  | 'DIGEST_MISMATCH'
  | 'MEDIA_TYPE_UNSUPPORTED'
  | 'LAYOUT_INVALID'
  | 'SIGNATURE_INVALID'
  | 'VERIFICATION_FAILED'
  | 'TRUST_ROOT_UNAVAILABLE'
  | 'KEY_INVALID'
  | 'SBOM_FAILED'
  | 'UNSUPPORTED'
  | 'IO_FAILED'
  | 'PATH_UNSAFE'
  | 'INTERNAL';

export class ArtefactsError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ArtefactsError';
    this.code = code;
    this.hint = options.hint;
  }
}

/** Bad input, named: which input, what was given, what is accepted. */
export function inputError(input: string, given: string, accepted: string, hint?: string): ArtefactsError {
  const shown = given.length > 200 ? `${given.slice(0, 200)}…` : given;
  return new ArtefactsError('INPUT_INVALID', `Input '${input}': got ${JSON.stringify(shown)}; expected ${accepted}.`, {
    ...(hint === undefined ? {} : { hint }),
  });
}

export function isArtefactsError(error: unknown): error is ArtefactsError {
  return error instanceof ArtefactsError;
}

/** Turns anything thrown into a message, without swallowing non-Error throws. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
