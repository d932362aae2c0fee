import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  sign as cryptoSign,
  verify as cryptoVerify,
} from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ArtefactsError, sign } from '@immutable-artefacts/core';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArtefactsError) return error.code;
    throw error;
  }
  throw new Error('expected a failure');
}

/**
 * Test vectors of go-securesystemslib's `encrypted` package, the code cosign encrypts its keys
 * with: https://github.com/secure-systems-lab/go-securesystemslib/blob/main/encrypted/encrypted_test.go
 * (kdfVectors and TestDecrypt; passphrase "supersecret", plaintext "reallyimportant").
 */
const GO_VECTORS = [
  '{"kdf":{"name":"scrypt","params":{"N":32768,"r":8,"p":1},"salt":"WO3mVvyTwJ9vwT5/Tk5OW5WPIBUofMjcpEfrLnfY4uA="},"cipher":{"name":"nacl/secretbox","nonce":"tCy7HcTFr4uxv4Nrg/DWmncuZ148U1MX"},"ciphertext":"08n43p5G5yviPEZpO7tPPF4aZQkWiWjkv4taFdhDBA0tamKH4nw="}',
  '{"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"FhzPOt9/bJG4PTq6lQ6ecG6GzaOuOy/ynG5+yRiFlNs="},"cipher":{"name":"nacl/secretbox","nonce":"aw1ng1jHaDz/tQ7V2gR9O2+IGQ8xJEuE"},"ciphertext":"HycvuLZL4sYH0BrYTh4E/H20VtAW6u5zL5Pr+IBjYLYnCPzDkq8="}',
  '{"kdf":{"name":"scrypt","params":{"N":131072,"r":8,"p":1},"salt":"m38E3kouJTtiheLQN22NQ8DTito5hrjpUIskqcd375k="},"cipher":{"name":"nacl/secretbox","nonce":"Y6PM13yA+o44pE/W1ZBwczeGnTV/m9Zc"},"ciphertext":"6H8sqj1K6B6yDjtH5AQ6lbFigg/C2yDDJc4rYJ79w9aVPImFIPI="}',
  '{"kdf":{"name":"scrypt","params":{"N":32768,"r":8,"p":1},"salt":"N9a7x5JFGbrtB2uBR81jPwp0eiLR4A7FV3mjVAQrg1g="},"cipher":{"name":"nacl/secretbox","nonce":"2h8HxMmgRfuYdpswZBQaU3xJ1nkA/5Ik"},"ciphertext":"SEW6sUh0jf2wfdjJGPNS9+bkk2uB+Cxamf32zR8XkQ=="}',
];
const GO_UNSUPPORTED =
  '{"kdf":{"name":"scrypt","params":{"N":99,"r":99,"p":99},"salt":"cZFcQJdwPhPyhU1R4qkl0qVOIjZd4V/7LYYAavq166k="},"cipher":{"name":"nacl/secretbox","nonce":"7vhRS7j0hEPBWV05skAdgLj81AkGeE7U"},"ciphertext":"6WYU/YSXVbYzl/NzaeAzmjLyfFhOOjLc0d8/GFV0aBFdJvyCcXc="}';

/**
 * A cosign key file with an empty password, published as a test fixture by Conforma (which loads
 * it with cosign's own LoadPrivateKey): https://github.com/conforma/cli/blob/main/internal/validate/vsa/vsa_test.go
 * (TestSignVSA, COSIGN_PASSWORD="").
 */
const CONFORMA_COSIGN_KEY = `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----
eyJrZGYiOnsibmFtZSI6InNjcnlwdCIsInBhcmFtcyI6eyJOIjo2NTUzNiwiciI6
OCwicCI6MX0sInNhbHQiOiJLYU9OQzduQVJLOVgxM1FoaWFucjAwTTBGYys2Sitr
dnAxN1FuanpiVk9nPSJ9LCJjaXBoZXIiOnsibmFtZSI6Im5hY2wvc2VjcmV0Ym94
Iiwibm9uY2UiOiJVOHZqWWtqMlZOUFZGdlZFZWZ3bXZ5VGloUERrelBoaCJ9LCJj
aXBoZXJ0ZXh0IjoidWNWMnQ4TTZVNFJvb29FOXc0d3dkc3E1RDYrS2RKY245dERT
KzFwRDRGN040SVJOWEgzSTBua3h1a3NackFOUHR1emIvTkVYQ201dUp3Zjh3Qzl1
VlprbXdwNU5jRUZ6b3ZNS3JCZmNvdXdjaEkrMzkrQ0NhbVZPbzBucmRnZjhvcmpK
dXdrWDBYL1phY0RUTERGaUxyc1laMWVMMmlqMGU1MVRpZmVQNTl4WXNPK1FnM1Jv
OURRVjNQMk9ndDFDaVFHeGg1VXhUZytGc3c9PSJ9
-----END ENCRYPTED SIGSTORE PRIVATE KEY-----
`;

describe('go-securesystemslib encrypted format', () => {
  // kdfVectors were written by `Marshal`, which seals json.Marshal([]byte) = a quoted base64 string;
  // the TestDecrypt vector seals the raw bytes.
  it.each(GO_VECTORS.slice(0, 3).map((v, i) => [i, v] as const))(
    'decrypts published Marshal vector %i',
    async (_i, vector) => {
      const plain = await sign.decryptWithPassword(Buffer.from(vector), 'supersecret');
      expect(Buffer.from(JSON.parse(plain.toString('utf8')) as string, 'base64').toString()).toBe('reallyimportant');
    },
  );

  it('decrypts the published raw Decrypt vector', async () => {
    const plain = await sign.decryptWithPassword(Buffer.from(GO_VECTORS[3] ?? ''), 'supersecret');
    expect(plain.toString('utf8')).toBe('reallyimportant');
  });

  it('refuses a wrong passphrase with KEY_INVALID', async () => {
    expect(await codeOf(sign.decryptWithPassword(Buffer.from(GO_VECTORS[0] ?? ''), 'supersecreT'))).toBe('KEY_INVALID');
  });

  it('refuses unsupported scrypt parameters before deriving anything (no DoS through N)', async () => {
    expect(await codeOf(sign.decryptWithPassword(Buffer.from(GO_UNSUPPORTED), 'supersecret'))).toBe('KEY_INVALID');
  });

  it('refuses a tampered ciphertext', async () => {
    const doc = JSON.parse(GO_VECTORS[1] ?? '') as { ciphertext: string };
    const bytes = Buffer.from(doc.ciphertext, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    doc.ciphertext = bytes.toString('base64');
    expect(await codeOf(sign.decryptWithPassword(Buffer.from(JSON.stringify(doc)), 'supersecret'))).toBe('KEY_INVALID');
  });

  it('writes what it reads, in the same JSON shape and with cosign’s current parameters', async () => {
    const sealed = await sign.encryptWithPassword(Buffer.from('reallyimportant'), 'supersecret');
    const doc = JSON.parse(sealed.toString()) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['kdf', 'cipher', 'ciphertext']);
    expect(doc.kdf).toMatchObject({ name: 'scrypt', params: { N: 65536, r: 8, p: 1 } });
    expect(Buffer.from((doc.kdf as { salt: string }).salt, 'base64')).toHaveLength(32);
    expect(Buffer.from((doc.cipher as { nonce: string }).nonce, 'base64')).toHaveLength(24);
    expect((await sign.decryptWithPassword(sealed, 'supersecret')).toString()).toBe('reallyimportant');
  });
});

describe('cosign key files', () => {
  it('reads a key file cosign users published (empty password) as an ECDSA P-256 key that signs', async () => {
    const key = await sign.loadPrivateKey(CONFORMA_COSIGN_KEY, '');
    expect(key.privateKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    const sig = cryptoSign('sha256', Buffer.from('x'), key.privateKey);
    expect(cryptoVerify('sha256', Buffer.from('x'), createPublicKey(key.publicKeyPem), sig)).toBe(true);
  });

  it('refuses that key with a wrong password, clearly and without a crash', async () => {
    let caught: unknown;
    try {
      await sign.loadPrivateKey(CONFORMA_COSIGN_KEY, 'not-the-password');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArtefactsError);
    expect((caught as ArtefactsError).code).toBe('KEY_INVALID');
    expect((caught as ArtefactsError).message).not.toContain('not-the-password');
  });

  it('round-trips a generated pair, under both PEM header spellings', async () => {
    const pair = await sign.generateKeyPair('pässword 1');
    expect(pair.privateKeyPem).toMatch(
      /^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n$/,
    );
    const key = await sign.loadPrivateKey(pair.privateKeyPem, 'pässword 1');
    expect(key.publicKeyPem).toBe(pair.publicKeyPem);
    const legacy = pair.privateKeyPem.replaceAll('SIGSTORE', 'COSIGN');
    expect((await sign.loadPrivateKey(legacy, 'pässword 1')).hint).toBe(key.hint);
    expect(await codeOf(sign.loadPrivateKey(pair.privateKeyPem, 'pässword 2'))).toBe('KEY_INVALID');
  });

  it('computes the key hint as base64(sha256(SPKI DER))', async () => {
    const pair = await sign.generateKeyPair('');
    const der = createPublicKey(pair.publicKeyPem).export({ format: 'der', type: 'spki' });
    const expected = createHash('sha256').update(der).digest('base64');
    expect(pair.hint).toBe(expected);
    expect(sign.loadPublicKey(pair.publicKeyPem).hint).toBe(expected);
  });

  it('reads plain and password-protected PKCS#8 PEM private keys', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const plain = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const encrypted = privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();
    const a = await sign.loadPrivateKey(plain, '');
    const b = await sign.loadPrivateKey(encrypted, 'pw');
    expect(b.hint).toBe(a.hint);
    expect(await codeOf(sign.loadPrivateKey(encrypted, 'wrong'))).toBe('KEY_INVALID');
    expect(await codeOf(sign.loadPrivateKey(encrypted, ''))).toBe('KEY_INVALID');
  });

  it('refuses what is not an ECDSA P-256 private key', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' });
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    const pair = await sign.generateKeyPair('');
    expect(await codeOf(sign.loadPrivateKey(rsa.toString(), ''))).toBe('KEY_INVALID');
    expect(await codeOf(sign.loadPrivateKey(p384.toString(), ''))).toBe('KEY_INVALID');
    expect(await codeOf(sign.loadPrivateKey(pair.publicKeyPem, ''))).toBe('KEY_INVALID');
    expect(await codeOf(sign.loadPrivateKey('not a key', ''))).toBe('KEY_INVALID');
    expect(() => sign.loadPublicKey(pair.privateKeyPem)).toThrow(ArtefactsError);
  });
});
