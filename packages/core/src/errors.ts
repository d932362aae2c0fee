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

/** Where a document an input gives comes from: the file it names (`path`, as given), or the input's value itself. */
export interface DocumentSource {
  readonly input: string;
  readonly path?: string | undefined;
}

/**
 * Bad input in a document ({@link inputError}): a file is shown by its path as given, never by its
 * content (which may be large or secret); a document given inline is shown as given.
 */
export function documentError(source: DocumentSource, text: string, accepted: string, hint?: string): ArtefactsError {
  return inputError(source.input, source.path ?? text, accepted, hint);
}

/**
 * Why JSON.parse refused a text, without the excerpt of the text V8 quotes (`Unexpected token 'o',
 * "not json" is not valid JSON`): the position and the token stay, the content does not.
 */
export function jsonSyntaxError(error: unknown): string {
  return describeError(error).replace(/, "[\s\S]*" is not valid JSON$/, ' (not valid JSON)');
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
