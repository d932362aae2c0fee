/**
 * DSSE (Dead Simple Signing Envelope) v1: what is signed is the pre-authentication encoding
 * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in ASCII decimal bytes.
 * Spec: https://github.com/secure-systems-lab/dsse/blob/master/protocol.md
 */
import { verify as cryptoVerify, type KeyObject } from 'node:crypto';

export interface Envelope {
  readonly payloadType: string;
  /** base64 of the payload bytes. */
  readonly payload: string;
  readonly signatures: readonly { readonly keyid: string; readonly sig: string }[];
}

export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
    type,
    Buffer.from(` ${payload.length} `, 'ascii'),
    Buffer.from(payload),
  ]);
}

/** True when any signature of the envelope verifies over PAE with `key` (ECDSA/SHA-256). */
export function envelopeVerifies(envelope: Envelope, key: KeyObject): boolean {
  const pae = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
  return envelope.signatures.some((s) => {
    try {
      return cryptoVerify('sha256', pae, key, Buffer.from(s.sig, 'base64'));
    } catch {
      return false;
    }
  });
}
