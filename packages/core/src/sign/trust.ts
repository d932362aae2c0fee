/**
 * Trust material for @sigstore/verify: a public key (key-based, fully offline) and/or a Sigstore
 * trusted root (`trusted_root.json`: Fulcio CAs, Rekor and CT log keys, timestamp authorities).
 */
import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
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

/** Parses a `trusted_root.json` document (sigstore's TrustedRoot, protobuf JSON form). */
export function parseTrustedRoot(json: unknown): TrustedRoot {
  try {
    const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
    const root = TrustedRoot.fromJSON(value);
    if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
      throw new Error(`mediaType is ${JSON.stringify(root.mediaType)}`);
    }
    return root;
  } catch (error) {
    throw new ArtefactsError('VERIFICATION_FAILED', `Not a Sigstore trusted root: ${describeError(error)}.`, {
      hint: 'Give the trusted_root.json of the Sigstore instance (e.g. `cosign trusted-root create` or the TUF repository).',
    });
  }
}

export async function readTrustedRoot(path: string): Promise<TrustedRoot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
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
