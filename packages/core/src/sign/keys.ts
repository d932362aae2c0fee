/**
 * Signing keys in the formats cosign reads and writes.
 *
 * cosign's private key file is a PEM block `ENCRYPTED SIGSTORE PRIVATE KEY` (cosign before 2.0
 * wrote `ENCRYPTED COSIGN PRIVATE KEY`) whose body is the JSON document of
 * go-securesystemslib's `encrypted` package:
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<b64>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<b64>"},"ciphertext":"<b64>"}
 * The key is scrypt(password, salt, N, r, p) → 32 bytes; the plaintext, sealed with NaCl
 * secretbox (XSalsa20-Poly1305), is the PKCS#8 DER private key. Byte fields are standard base64
 * (Go's encoding of []byte). Public keys are SPKI `PUBLIC KEY` PEM; the key hint that bundles
 * carry is base64(sha256(SPKI DER)).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scrypt } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import nacl from 'tweetnacl';
import { ArtefactsError, describeError } from '../errors.js';

const SIGSTORE_PRIVATE_KEY_PEM = 'ENCRYPTED SIGSTORE PRIVATE KEY';
const COSIGN_PRIVATE_KEY_PEM = 'ENCRYPTED COSIGN PRIVATE KEY';

/** The scrypt parameter sets go-securesystemslib accepts (legacy, standard, OWASP); anything else is refused. */
const ACCEPTED_SCRYPT = [
  { N: 32768, r: 8, p: 1 },
  { N: 65536, r: 8, p: 1 },
  { N: 131072, r: 8, p: 1 },
] as const;
/** What cosign writes today (go-securesystemslib's `Standard`). */
const DEFAULT_SCRYPT = { N: 65536, r: 8, p: 1 } as const;
const SALT_BYTES = 32;
const NONCE_BYTES = nacl.secretbox.nonceLength; // 24
const BOX_KEY_BYTES = nacl.secretbox.keyLength; // 32
/** scrypt needs 128 * N * r bytes; N=131072, r=8 is 128 MiB, above Node's 32 MiB default. */
const SCRYPT_MAXMEM = 256 * 1024 * 1024;

/** A private key ready to sign with, and what identifies it. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** SPKI `PUBLIC KEY` PEM. */
  readonly publicKeyPem: string;
  /** base64(sha256(SPKI DER)): the hint cosign and sigstore bundles carry. */
  readonly hint: string;
}

/**
 * Where a key came from, for messages: the input that gave it and what is shown for it, the path as
 * given or "(PEM text)" for a key given inline (never the key itself).
 */
export interface KeySource {
  readonly input: string;
  readonly shown: string;
}

/** What a key input holds, as its error shows it: the path as given, or "(PEM text)" for inline PEM (never the key). */
export function keySource(input: string, value: string): KeySource {
  return { input, shown: value.includes('-----BEGIN') ? '(PEM text)' : value };
}

/** A public key to verify with. */
export interface VerificationKey {
  readonly publicKey: KeyObject;
  readonly publicKeyPem: string;
  readonly hint: string;
}

interface EncryptedKeyDocument {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

/** base64(sha256(SPKI DER)). */
export function keyHint(publicKey: KeyObject): string {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return createHash('sha256').update(der).digest('base64');
}

function toSigningKey(privateKey: KeyObject): SigningKey {
  checkKeyType(privateKey);
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    hint: keyHint(publicKey),
  };
}

/**
 * Only ECDSA P-256 (what cosign generates, signed with SHA-256) is accepted: other key types need
 * per-type hash choices that cosign and sigstore-js do not agree on, so they would be silently wrong.
 */
function checkKeyType(key: KeyObject): void {
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (type !== 'ec' || curve !== 'prime256v1') {
    throw new ArtefactsError(
      'KEY_INVALID',
      `Unsupported key type ${type ?? 'unknown'}${curve ? ` (${curve})` : ''}: only ECDSA P-256 keys are supported.`,
      { hint: 'Generate one with `artefacts keygen` (or `cosign generate-key-pair`).' },
    );
  }
}

function pemBlocks(text: string): { type: string; body: Buffer }[] {
  const blocks: { type: string; body: Buffer }[] = [];
  const re = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const body = (m[2] ?? '').replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) {
      throw new ArtefactsError('KEY_INVALID', `The PEM block '${m[1]}' is not valid base64.`);
    }
    blocks.push({ type: m[1] ?? '', body: Buffer.from(body, 'base64') });
  }
  return blocks;
}

function toPem(type: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}

function deriveKey(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(password, 'utf8'),
      salt,
      BOX_KEY_BYTES,
      { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** go-securesystemslib `encrypted.Encrypt`: the JSON document (as bytes) sealing `plaintext` under `password`. */
export async function encryptWithPassword(
  plaintext: Uint8Array,
  password: string,
  params: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
): Promise<Buffer> {
  checkScryptParams(params);
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const key = await deriveKey(password, salt, params);
  const sealed = nacl.secretbox(new Uint8Array(plaintext), new Uint8Array(nonce), new Uint8Array(key));
  key.fill(0);
  // Field order as Go's encoding/json writes the struct: kdf, cipher, ciphertext.
  const document: EncryptedKeyDocument = {
    kdf: { name: 'scrypt', params: { N: params.N, r: params.r, p: params.p }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(sealed).toString('base64'),
  };
  return Buffer.from(JSON.stringify(document), 'utf8');
}

function checkScryptParams(params: { N: number; r: number; p: number }): void {
  if (!ACCEPTED_SCRYPT.some((a) => a.N === params.N && a.r === params.r && a.p === params.p)) {
    throw new ArtefactsError(
      'KEY_INVALID',
      `Unsupported scrypt parameters N=${params.N} r=${params.r} p=${params.p} in the encrypted key ` +
        `(accepted: ${ACCEPTED_SCRYPT.map((a) => `N=${a.N} r=${a.r} p=${a.p}`).join('; ')}).`,
    );
  }
}

/** What to do about a password that does not open a key: `passwordInput` is the input that gives it. */
function passwordHint(passwordInput: string): string {
  return `Give the password the key was created with (the ${passwordInput} input, or COSIGN_PASSWORD as for cosign).`;
}

/** go-securesystemslib `encrypted.Decrypt`. Wrong password → KEY_INVALID (the hint names `passwordInput`). */
export async function decryptWithPassword(
  document: Uint8Array,
  password: string,
  passwordInput = 'key-password',
): Promise<Buffer> {
  let parsed: EncryptedKeyDocument;
  try {
    parsed = JSON.parse(Buffer.from(document).toString('utf8')) as EncryptedKeyDocument;
  } catch (error) {
    throw new ArtefactsError(
      'KEY_INVALID',
      `The encrypted key is not the JSON cosign writes: ${describeError(error)}.`,
    );
  }
  const { kdf, cipher, ciphertext } = parsed ?? {};
  if (kdf?.name !== 'scrypt') {
    throw new ArtefactsError('KEY_INVALID', `Unsupported key derivation '${String(kdf?.name)}' (expected scrypt).`);
  }
  if (cipher?.name !== 'nacl/secretbox') {
    throw new ArtefactsError('KEY_INVALID', `Unsupported cipher '${String(cipher?.name)}' (expected nacl/secretbox).`);
  }
  const params = kdf.params ?? { N: 0, r: 0, p: 0 };
  checkScryptParams(params);
  const salt = Buffer.from(String(kdf.salt ?? ''), 'base64');
  const nonce = Buffer.from(String(cipher.nonce ?? ''), 'base64');
  const sealed = Buffer.from(String(ciphertext ?? ''), 'base64');
  if (nonce.length !== NONCE_BYTES || sealed.length < nacl.secretbox.overheadLength || salt.length === 0) {
    throw new ArtefactsError(
      'KEY_INVALID',
      'The encrypted key is damaged (salt, nonce or ciphertext has a wrong length).',
    );
  }
  const key = await deriveKey(password, salt, params);
  const opened = nacl.secretbox.open(new Uint8Array(sealed), new Uint8Array(nonce), new Uint8Array(key));
  key.fill(0);
  if (opened === null) {
    // cosign allows an empty password, so an empty one is tried; when it fails, none was given.
    throw new ArtefactsError(
      'KEY_INVALID',
      password === ''
        ? 'Cannot decrypt the private key: it is encrypted and no password was given.'
        : 'Cannot decrypt the private key: the password is wrong (or the key file is damaged).',
      {
        hint: passwordHint(passwordInput),
      },
    );
  }
  return Buffer.from(opened);
}

/**
 * A key's error as its input's: `Input 'key': got "cosign.pub"; expected …`, naming the input and
 * what it held (the path, or "(PEM text)"), and the password input where the password is at fault.
 * Without a source (a key the suite holds itself) the error is left as it is.
 */
function fromSource(error: unknown, source: KeySource | undefined): unknown {
  if (source === undefined || !(error instanceof ArtefactsError) || error.code !== 'KEY_INVALID') return error;
  const problem = error.message.charAt(0).toLowerCase() + error.message.slice(1);
  return new ArtefactsError('KEY_INVALID', `Input '${source.input}': got ${JSON.stringify(source.shown)}; ${problem}`, {
    ...(error.hint === undefined ? {} : { hint: error.hint }),
    cause: error,
  });
}

/**
 * Reads a private key: cosign's encrypted PEM (both header spellings), or a plain PKCS#8 / SEC1 PEM,
 * or an `ENCRYPTED PRIVATE KEY` (PKCS#8 with a password). `password` may be empty for unencrypted keys.
 * `source` names the input the key came from in errors.
 */
export async function loadPrivateKey(pem: string, password: string, source?: KeySource): Promise<SigningKey> {
  try {
    return await readPrivateKey(pem, password, source === undefined ? 'key-password' : `${source.input}-password`);
  } catch (error) {
    throw fromSource(error, source);
  }
}

async function readPrivateKey(pem: string, password: string, passwordInput: string): Promise<SigningKey> {
  const blocks = pemBlocks(pem);
  const block = blocks.find((b) => /PRIVATE KEY$/.test(b.type));
  if (!block) {
    const found = blocks.map((b) => b.type);
    throw new ArtefactsError(
      'KEY_INVALID',
      `Expected a private key in PEM (as cosign.key: -----BEGIN ${SIGSTORE_PRIVATE_KEY_PEM}-----), but ${
        found.length === 0
          ? 'it holds no PEM block'
          : found.includes('PUBLIC KEY')
            ? 'it holds a public key (PUBLIC KEY) where the private key is needed'
            : `it holds ${found.join(', ')}, not a private key`
      }.`,
      {
        hint: found.includes('PUBLIC KEY')
          ? 'Sign with the private key (cosign.key); its public key (cosign.pub) is the one verify takes.'
          : 'Give the private key file that `artefacts keygen` or `cosign generate-key-pair` wrote (cosign.key), or its PEM text.',
      },
    );
  }
  if (block.type === SIGSTORE_PRIVATE_KEY_PEM || block.type === COSIGN_PRIVATE_KEY_PEM) {
    const der = await decryptWithPassword(block.body, password, passwordInput);
    return toSigningKey(parsePkcs8(der));
  }
  if (block.type === 'PRIVATE KEY' || block.type === 'EC PRIVATE KEY') {
    return toSigningKey(parseKey(() => createPrivateKey({ key: pem, format: 'pem' })));
  }
  if (block.type === 'ENCRYPTED PRIVATE KEY') {
    if (password === '') {
      throw new ArtefactsError('KEY_INVALID', 'The private key is encrypted and no password was given.', {
        hint: passwordHint(passwordInput),
      });
    }
    return toSigningKey(
      parseKey(() => createPrivateKey({ key: pem, format: 'pem', passphrase: password }), 'the password is wrong or'),
    );
  }
  throw new ArtefactsError('KEY_INVALID', `Unsupported private key PEM type '${block.type}'.`, {
    hint: `Accepted: ${SIGSTORE_PRIVATE_KEY_PEM}, ${COSIGN_PRIVATE_KEY_PEM}, PRIVATE KEY (PKCS#8), EC PRIVATE KEY, ENCRYPTED PRIVATE KEY.`,
  });
}

function parsePkcs8(der: Buffer): KeyObject {
  return parseKey(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
}

function parseKey(parse: () => KeyObject, reason = ''): KeyObject {
  try {
    return parse();
  } catch (error) {
    // Node's message names the ASN.1 problem, never key material.
    throw new ArtefactsError(
      'KEY_INVALID',
      `Cannot read the private key: ${reason ? `${reason} ` : ''}${describeError(error)}.`,
    );
  }
}

/**
 * Reads an SPKI `PUBLIC KEY` PEM (or a certificate's key is NOT accepted here: give the key).
 * `source` names the input the key came from in errors.
 */
export function loadPublicKey(pem: string, source?: KeySource): VerificationKey {
  try {
    return readPublicKey(pem);
  } catch (error) {
    throw fromSource(error, source);
  }
}

function readPublicKey(pem: string): VerificationKey {
  const blocks = pemBlocks(pem);
  const block = blocks.find((b) => b.type === 'PUBLIC KEY');
  if (!block) {
    const found = blocks.map((b) => b.type);
    const privateKey = found.find((type) => /PRIVATE KEY$/.test(type));
    throw new ArtefactsError(
      'KEY_INVALID',
      `Expected a public key in PEM (as cosign.pub: -----BEGIN PUBLIC KEY-----), but ${
        found.length === 0
          ? 'it holds no PEM block'
          : privateKey !== undefined
            ? `it holds a private key (${privateKey}) where the public key is needed`
            : `it holds ${found.join(', ')}, not a public key`
      }.`,
      {
        hint:
          privateKey !== undefined
            ? 'Give the public key (cosign.pub, written beside cosign.key); verifying never needs the private key.'
            : 'Give the public key file of the key that signed (cosign.pub), or its PEM text.',
      },
    );
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: block.body, format: 'der', type: 'spki' });
  } catch (error) {
    throw new ArtefactsError('KEY_INVALID', `Cannot read the public key: ${describeError(error)}.`);
  }
  checkKeyType(publicKey);
  return {
    publicKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    hint: keyHint(publicKey),
  };
}

/** cosign's private key file: PKCS#8 DER sealed under the password, PEM `ENCRYPTED SIGSTORE PRIVATE KEY`. */
async function encryptPrivateKey(
  privateKey: KeyObject,
  password: string,
  params: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
): Promise<string> {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  try {
    return toPem(SIGSTORE_PRIVATE_KEY_PEM, await encryptWithPassword(der, password, params));
  } finally {
    der.fill(0);
  }
}

/** A new ECDSA P-256 key pair as cosign's generate-key-pair writes it. */
export async function generateKeyPair(
  password: string,
): Promise<{ privateKeyPem: string; publicKeyPem: string; hint: string }> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const key = toSigningKey(privateKey);
  return {
    privateKeyPem: await encryptPrivateKey(privateKey, password),
    publicKeyPem: key.publicKeyPem,
    hint: key.hint,
  };
}
