/** Inputs of `artefacts audit` and the audit action: parsed once, typed. */
import { inputError } from '../errors.js';
import * as parse from '../inputs.js';
import type { RawInputs, RegistryAccess } from '../inputs.js';
import { referenceInput, type ImageReference } from '../oci/references.js';
import { parseRegistryAccess } from '../paths.js';
import { TRUST_PATH_INPUTS, parseTrustOptions, type VerificationInputs } from '../sign/inputs.js';

export interface AuditInputs extends RegistryAccess {
  /** The repository as given (for messages) and parsed once: no tag, no digest. */
  readonly reference: string;
  readonly ref: ImageReference;
  /** Whether unbound immutable tags fail the audit too (default: they are only listed). */
  readonly failOnUnbound: boolean;
  /** verify's trust options: only records that verify with them count; undefined: records are read as they are. */
  readonly verification: VerificationInputs | undefined;
}

export const AUDIT_SECRETS = ['registry-password'] as const;
const AUDIT_PATH_INPUTS = ['reference', ...TRUST_PATH_INPUTS] as const;

export function parseAuditInputs(raw: RawInputs): AuditInputs {
  const reference = parse.required(raw, 'reference');
  const ref = referenceInput('reference', reference);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw inputError(
      'reference',
      reference,
      'a repository without a tag or digest (registry/repository, or oci:<dir>): every tag in it is audited',
    );
  }
  const access = parseRegistryAccess(raw, AUDIT_PATH_INPUTS);
  return {
    reference,
    ref,
    failOnUnbound: parse.boolean(raw, 'fail-on-unbound', false),
    verification: parseTrustOptions(raw, reference),
    ...access,
  };
}
