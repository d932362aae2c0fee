/**
 * ECDSA verification over a digest the caller already has (a release asset known only by its
 * sha256). node:crypto always hashes the data it verifies, so a message signature cannot be
 * checked against a digest with it; this is the verification equation of FIPS 186-5 §6.4.2 for the
 * NIST curves Sigstore signs with (P-256, P-384), over BigInt. It only verifies (public values,
 * no secrets), so constant time is not a concern.
 */
import type { KeyObject } from 'node:crypto';

interface Curve {
  readonly p: bigint;
  readonly a: bigint;
  readonly n: bigint;
  readonly gx: bigint;
  readonly gy: bigint;
}

const CURVES: Readonly<Record<string, Curve>> = {
  'P-256': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
    gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
  },
  'P-384': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
    gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
  },
};

type Point = { x: bigint; y: bigint } | null;

const mod = (a: bigint, m: bigint) => ((a % m) + m) % m;

function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [mod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, m);
}

function add(c: Curve, P: Point, Q: Point): Point {
  if (P === null) return Q;
  if (Q === null) return P;
  if (P.x === Q.x && mod(P.y + Q.y, c.p) === 0n) return null;
  const slope =
    P.x === Q.x && P.y === Q.y
      ? mod((3n * P.x * P.x + c.a) * inverse(2n * P.y, c.p), c.p)
      : mod((Q.y - P.y) * inverse(Q.x - P.x, c.p), c.p);
  const x = mod(slope * slope - P.x - Q.x, c.p);
  return { x, y: mod(slope * (P.x - x) - P.y, c.p) };
}

function multiply(c: Curve, k: bigint, P: Point): Point {
  let result: Point = null;
  let addend = P;
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) result = add(c, result, addend);
    addend = add(c, addend, addend);
  }
  return result;
}

const toBigInt = (bytes: Buffer) => (bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`));

/** r and s from an ASN.1 DER `SEQUENCE { INTEGER r, INTEGER s }`; undefined when it is not one. */
function derSignature(signature: Buffer): { r: bigint; s: bigint } | undefined {
  let offset = 0;
  const length = (): number | undefined => {
    const first = signature[offset++];
    if (first === undefined) return undefined;
    if (first < 0x80) return first;
    const count = first & 0x7f;
    if (count === 0 || count > 2) return undefined;
    let value = 0;
    for (let i = 0; i < count; i++) value = (value << 8) | (signature[offset++] ?? 0);
    return value;
  };
  if (signature[offset++] !== 0x30) return undefined;
  const total = length();
  if (total === undefined || offset + total !== signature.length) return undefined;
  const integer = (): bigint | undefined => {
    if (signature[offset++] !== 0x02) return undefined;
    const size = length();
    if (size === undefined || size === 0 || offset + size > signature.length) return undefined;
    const value = toBigInt(signature.subarray(offset, offset + size));
    offset += size;
    return value;
  };
  const r = integer();
  const s = integer();
  if (r === undefined || s === undefined || offset !== signature.length) return undefined;
  return { r, s };
}

/** True when the curve is one this module verifies digests for. */
export function verifiesDigests(key: KeyObject): boolean {
  return key.asymmetricKeyType === 'ec' && CURVES[String(key.export({ format: 'jwk' }).crv)] !== undefined;
}

/** Verifies a DER ECDSA signature over `digest` (already hashed, e.g. the 32 bytes of a sha256). */
export function verifyDigestSignature(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  if (key.asymmetricKeyType !== 'ec') return false;
  const jwk = key.export({ format: 'jwk' });
  const curve = CURVES[String(jwk.crv)];
  if (!curve || !jwk.x || !jwk.y) return false;
  const rs = derSignature(signature);
  if (!rs) return false;
  const { r, s } = rs;
  if (r <= 0n || r >= curve.n || s <= 0n || s >= curve.n) return false;
  // The leftmost bits of the digest, as many as the order has.
  const bits = curve.n.toString(2).length;
  let e = toBigInt(digest);
  if (digest.length * 8 > bits) e >>= BigInt(digest.length * 8 - bits);
  const w = inverse(s, curve.n);
  const Q: Point = { x: toBigInt(Buffer.from(jwk.x, 'base64url')), y: toBigInt(Buffer.from(jwk.y, 'base64url')) };
  const point = add(
    curve,
    multiply(curve, mod(e * w, curve.n), { x: curve.gx, y: curve.gy }),
    multiply(curve, mod(r * w, curve.n), Q),
  );
  return point !== null && mod(point.x, curve.n) === r;
}
