/** Inputs of the read-only commands (`artefacts inspect`, `tree`, `digest`, `ls`): parsed once, typed. */
import { inputError } from '../errors.js';
import * as parse from '../inputs.js';
import type { RawInputs, RegistryAccess } from '../inputs.js';
import { referenceInput, type ImageReference } from '../oci/references.js';
import { parseRegistryAccess } from '../paths.js';

export interface ReadInputs extends RegistryAccess {
  /** The reference as given (for messages) and parsed once. */
  readonly reference: string;
  readonly ref: ImageReference;
}

export interface LsInputs extends ReadInputs {
  /** Only build-tag's immutable tags (the version and commit their manifest records). */
  readonly immutable: boolean;
}

/** Secret inputs of each read-only command (the same: a registry password). */
export const INSPECT_SECRETS = ['registry-password'] as const;
export const TREE_SECRETS = INSPECT_SECRETS;
export const DIGEST_SECRETS = INSPECT_SECRETS;
export const LS_SECRETS = INSPECT_SECRETS;
const READ_PATH_INPUTS = ['reference'] as const;

function readInputs(raw: RawInputs): ReadInputs {
  const reference = parse.required(raw, 'reference');
  const ref = referenceInput('reference', reference);
  const access = parseRegistryAccess(raw, READ_PATH_INPUTS);
  return {
    reference,
    ref,
    ...access,
  };
}

export const parseInspectInputs = readInputs;
export const parseTreeInputs = readInputs;
export const parseDigestInputs = readInputs;

export function parseLsInputs(raw: RawInputs): LsInputs {
  const inputs = readInputs(raw);
  if (inputs.ref.tag !== undefined || inputs.ref.digest !== undefined) {
    throw inputError(
      'reference',
      inputs.reference,
      'a repository without a tag or digest (registry/repository, or oci:<dir>)',
    );
  }
  return { ...inputs, immutable: parse.boolean(raw, 'immutable', false) };
}
