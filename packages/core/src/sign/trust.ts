/**
 * Trust material for @sigstore/verify: a public key (key-based, fully offline) and/or a Sigstore
 * trusted root (`trusted_root.json`: Fulcio CAs, Rekor and CT log keys, timestamp authorities).
 */
import { readFile } from 'node:fs/promises';
import { createPublicKey, X509Certificate } from 'node:crypto';
import { PublicKeyDetails, TrustedRoot, type PublicKey } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ArtefactsError, describeError } from '../errors.js';
import type { VerificationKey } from './keys.js';

const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
};

function validKey(where: string, key: PublicKey | undefined, problems: string[]): void {
  if (!key) {
    problems.push(`${where}.publicKey is missing`);
    return;
  }
  if (!key.validFor?.start) problems.push(`${where}.publicKey.validFor.start is missing`);
  if (!key.keyDetails || PublicKeyDetails[key.keyDetails] === undefined) {
    problems.push(`${where}.publicKey.keyDetails is ${JSON.stringify(key.keyDetails ?? null)}, not a known key type`);
  }
  if (!key.rawBytes?.length) {
    problems.push(`${where}.publicKey.rawBytes is empty`);
    return;
  }
  try {
    createPublicKey({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' });
  } catch (error) {
    problems.push(`${where}.publicKey.rawBytes is not a public key (${describeError(error)})`);
  }
}

function validAuthority(
  where: string,
  authority: { certChain?: { certificates: { rawBytes: Uint8Array }[] }; validFor?: { start?: Date } },
  problems: string[],
): void {
  if (!authority.validFor?.start) problems.push(`${where}.validFor.start is missing`);
  const certificates = authority.certChain?.certificates ?? [];
  if (certificates.length === 0) problems.push(`${where}.certChain has no certificate`);
  certificates.forEach((c, i) => {
    try {
      new X509Certificate(Buffer.from(c.rawBytes));
    } catch (error) {
      problems.push(`${where}.certChain.certificates[${i}] is not a certificate (${describeError(error)})`);
    }
  });
}

/**
 * Every entry a trusted root lists must be usable: logs with a known key type, a key and the
 * start of its validity; certificate and timestamp authorities with a certificate chain and the
 * start of their validity. A root that fails this is refused before any signature is checked.
 */
function rootProblems(root: TrustedRoot): string[] {
  const problems: string[] = [];
  root.tlogs.forEach((t, i) => {
    validKey(`tlogs[${i}]`, t.publicKey, problems);
    if (!t.logId?.keyId?.length) problems.push(`tlogs[${i}].logId.keyId is empty`);
  });
  root.ctlogs.forEach((t, i) => {
    validKey(`ctlogs[${i}]`, t.publicKey, problems);
    if (!t.logId?.keyId?.length) problems.push(`ctlogs[${i}].logId.keyId is empty`);
  });
  root.certificateAuthorities.forEach((a, i) => validAuthority(`certificateAuthorities[${i}]`, a, problems));
  root.timestampAuthorities.forEach((a, i) => validAuthority(`timestampAuthorities[${i}]`, a, problems));
  return problems;
}

/** Parses a `trusted_root.json` document (sigstore's TrustedRoot, protobuf JSON form), failing closed on a malformed one. */
export function parseTrustedRoot(json: unknown): TrustedRoot {
  try {
    const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
    const root = TrustedRoot.fromJSON(value);
    if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
      throw new Error(`mediaType is ${JSON.stringify(root.mediaType)}`);
    }
    const problems = rootProblems(root);
    if (problems.length > 0) throw new Error(`malformed: ${problems.join('; ')}`);
    return root;
  } catch (error) {
    throw new ArtefactsError('VERIFICATION_FAILED', `Not a Sigstore trusted root: ${describeError(error)}.`, {
      hint: 'Give the trusted_root.json of the Sigstore instance (e.g. `cosign trusted-root create` or the TUF repository).',
    });
  }
}

/**
 * Reads and checks a trusted_root.json. A read that fails is `named(error)` where that is an
 * ArtefactsError (the input that gave the path: absent, unreadable), else IO_FAILED naming the file.
 */
export async function readTrustedRoot(path: string, named?: (error: unknown) => unknown): Promise<TrustedRoot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const told = named?.(error);
    if (told instanceof ArtefactsError) throw told;
    throw new ArtefactsError('IO_FAILED', `Cannot read the trusted root ${path}: ${describeError(error)}.`);
  }
  return parseTrustedRoot(text);
}

/**
 * Trust material for verification. With a key, the bundle's key hint is ignored (as `cosign verify
 * --key` does): every bundle is checked against that one key.
 */
export function trustMaterial(options: { key?: VerificationKey; root?: TrustedRoot }): TrustMaterial {
  const root = options.root ?? TrustedRoot.fromJSON(EMPTY_ROOT);
  const key = options.key;
  return toTrustMaterial(root, (hint: string) => {
    if (!key) {
      throw new ArtefactsError(
        'VERIFICATION_FAILED',
        `The bundle is signed with a key (hint ${hint || 'none'}) but no key was given.`,
      );
    }
    return { publicKey: key.publicKey, validFor: () => true };
  });
}
