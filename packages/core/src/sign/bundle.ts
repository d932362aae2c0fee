/**
 * Sigstore bundles v0.3, built with @sigstore/sign (one major, 5.x, for the whole suite):
 * a DSSE envelope around an in-toto statement (images, attestations) or a message signature
 * (a file's bytes, as `cosign sign-blob --bundle` writes). Key-based signing uses a signer object
 * of our own and no witnesses unless a transparency log is asked for; keyless uses Fulcio, and
 * Rekor and/or a timestamp authority as witnesses.
 *
 * @sigstore/sign is loaded only when a signature needs its network clients (Fulcio, Rekor, a TSA):
 * it brings an HTTP stack that costs a key-signing process more CPU to load than the rest of the
 * signature. Offline key signing takes the library builders' own two steps, sign the pre-encoded
 * artefact then package it with @sigstore/bundle's constructors, and gives the same bundle (a test
 * compares the two, field by field).
 */
import { createHash, sign as cryptoSign, X509Certificate } from 'node:crypto';
import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  ValidationError,
  assertBundleLatest,
  assertBundleV01,
  assertBundleV02,
  bundleFromJSON,
  bundleToJSON,
  toDSSEBundle,
  toMessageSignatureBundle,
  type Bundle,
  type BundleWithMessageSignature,
  type SerializedBundle,
} from '@sigstore/bundle';
import { dsse } from '@sigstore/core';
import type * as SigstoreSignModule from '@sigstore/sign';
import type { Signature, Signer, Witness } from '@sigstore/sign';
import { ArtefactsError, describeError } from '../errors.js';
import type { SigningKey } from './keys.js';
import { INTOTO_PAYLOAD_TYPE, statementBytes, type Statement } from './statements.js';

export { BUNDLE_V03_MEDIA_TYPE };
export type { SerializedBundle };

/** Where keyless signing gets its certificate and witnesses. */
export interface SigstoreInstance {
  readonly name: string;
  readonly fulcioURL: string;
  /** Rekor (transparency log); absent for GitHub's private instance. */
  readonly rekorURL?: string;
  /** Rekor v1 entry kind for DSSE envelopes: `dsse` (default, what cosign v3 and actions/attest write) or `intoto`. */
  readonly rekorEntryType?: 'dsse' | 'intoto';
  /** RFC 3161 timestamp authority. */
  readonly tsaURL?: string;
  /** Every log / TSA to use when more than one is asked for (a signing config's ALL or EXACT); the first is rekorURL / tsaURL. */
  readonly rekorURLs?: readonly string[];
  readonly tsaURLs?: readonly string[];
}

export const SIGSTORE_INSTANCES: Readonly<Record<'public-good' | 'github', SigstoreInstance>> = {
  'public-good': {
    name: 'public-good',
    fulcioURL: 'https://fulcio.sigstore.dev',
    rekorURL: 'https://rekor.sigstore.dev',
  },
  github: { name: 'github', fulcioURL: 'https://fulcio.githubapp.com', tsaURL: 'https://timestamp.githubapp.com' },
};

export type SigningConfig =
  | {
      readonly kind: 'key';
      readonly key: SigningKey;
      /** Upload to this Rekor; absent = offline signing, no network at all. */
      readonly rekorURL?: string;
      readonly rekorEntryType?: 'dsse' | 'intoto';
    }
  | {
      readonly kind: 'keyless';
      /** An OIDC token with audience `sigstore` (on GitHub: core.getIDToken('sigstore')). */
      readonly identityToken: () => Promise<string>;
      readonly instance: SigstoreInstance;
      /**
       * Who gave the token, for errors: the input or variable it was given in (`identity-token`,
       * SIGSTORE_ID_TOKEN); absent when it is requested from the job's OIDC token service.
       */
      readonly tokenFrom?: string;
    };

/** How a bundle was signed, for outputs and summaries. */
export interface SignedBundle {
  readonly bundle: SerializedBundle;
  /** The key hint (key-based) or the certificate's identity (keyless). */
  readonly signer: string;
  readonly transparencyLogIndex: string | undefined;
}

const TIMEOUT_MS = 30_000;
const RETRY = { retries: 2 };

function keySigner(key: SigningKey): Signer {
  return {
    sign: async (data: Buffer): Promise<Signature> => ({
      // ECDSA P-256 over SHA-256, ASN.1 DER: what cosign writes and verifies.
      signature: cryptoSign('sha256', data, key.privateKey),
      key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint },
    }),
  };
}

type SigstoreSign = typeof SigstoreSignModule;

/** Rekor's v1 API (rekor.sigstore.dev). Rekor v2 (tiles) is not offered until it can be tested here. */
function rekorWitness(lib: SigstoreSign, url: string, entryType: 'dsse' | 'intoto' = 'dsse'): Witness {
  // DSSE envelopes go in as `dsse` entries by default (what cosign v3 writes), messages as `hashedrekord`.
  return new lib.RekorWitness({ rekorBaseURL: url, entryType, majorApiVersion: 1, timeout: TIMEOUT_MS, retry: RETRY });
}

/** A signature without a witness: a key, and no transparency log asked for. Nothing goes on the network. */
function offline(config: SigningConfig): config is Extract<SigningConfig, { kind: 'key' }> {
  return config.kind === 'key' && !config.rekorURL;
}

function signerAndWitnesses(lib: SigstoreSign, config: SigningConfig): { signer: Signer; witnesses: Witness[] } {
  if (config.kind === 'key') {
    const witnesses: Witness[] = [];
    if (config.rekorURL) witnesses.push(rekorWitness(lib, config.rekorURL, config.rekorEntryType));
    return { signer: keySigner(config.key), witnesses };
  }
  const { instance } = config;
  const signer = new lib.FulcioSigner({
    fulcioBaseURL: instance.fulcioURL,
    identityProvider: { getToken: config.identityToken },
    timeout: TIMEOUT_MS,
    retry: RETRY,
  });
  const witnesses: Witness[] = [];
  for (const url of instance.rekorURLs ?? (instance.rekorURL ? [instance.rekorURL] : [])) {
    witnesses.push(rekorWitness(lib, url, instance.rekorEntryType));
  }
  for (const url of instance.tsaURLs ?? (instance.tsaURL ? [instance.tsaURL] : [])) {
    witnesses.push(new lib.TSAWitness({ tsaBaseURL: url, timeout: TIMEOUT_MS, retry: RETRY }));
  }
  if (witnesses.length === 0) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      `The Sigstore instance '${instance.name}' has neither a transparency log nor a timestamp authority.`,
      {
        hint: 'A keyless signature needs a Rekor or TSA timestamp to be verifiable after the certificate expires.',
      },
    );
  }
  return { signer, witnesses };
}

/** A message-signature bundle as cosign v3 writes it: v0.3, the leaf certificate only (no chain). */
function messageBundle(data: Buffer, signature: Signature): Bundle {
  return toMessageSignatureBundle({
    digest: createHash('sha256').update(data).digest(),
    signature: signature.signature,
    certificate: signature.key.$case === 'x509Certificate' ? pemToDer(signature.key.certificate) : undefined,
    keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
    certificateChain: false,
  });
}

/** A DSSE bundle, as @sigstore/sign's DSSE builder packages one (v0.3, leaf only). */
function dsseBundle(artifact: { data: Buffer; type: string }, signature: Signature): Bundle {
  return toDSSEBundle({
    artifact: artifact.data,
    artifactType: artifact.type,
    signature: signature.signature,
    certificate: signature.key.$case === 'x509Certificate' ? pemToDer(signature.key.certificate) : undefined,
    keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
    certificateChain: false,
  });
}

/**
 * Signs `signed` with the key and packages it, with no witness: what the library's builders do
 * when they are given none (empty transparency-log and timestamp lists).
 */
async function offlineBundle(key: SigningKey, signed: Buffer, pack: (signature: Signature) => Bundle): Promise<Bundle> {
  const bundle = pack(await keySigner(key).sign(signed));
  bundle.verificationMaterial.tlogEntries = [];
  bundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] };
  return bundle;
}

function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

/** Which service a failure code of @sigstore/sign names, and that service's URLs in `config`. */
function failedService(code: string, config: SigningConfig): { what: string; urls: readonly string[] } | undefined {
  const instance = config.kind === 'keyless' ? config.instance : undefined;
  if (code.startsWith('TLOG_')) {
    const urls = instance ? (instance.rekorURLs ?? [instance.rekorURL]) : [config.kind === 'key' && config.rekorURL];
    return { what: 'the transparency log', urls: urls.filter((u): u is string => typeof u === 'string') };
  }
  if (code.startsWith('TSA_') && instance) {
    const urls = instance.tsaURLs ?? (instance.tsaURL ? [instance.tsaURL] : []);
    return { what: 'the timestamp authority', urls };
  }
  if (code.startsWith('CA_') && instance)
    return { what: 'the certificate authority (Fulcio)', urls: [instance.fulcioURL] };
  return undefined;
}

/** The messages down an error's cause chain, each once (the network error that made a request fail). */
function causeChain(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 8; depth++) {
    const message = describeError(e);
    if (message !== '' && !messages.includes(message)) messages.push(message);
    e = (e as { cause?: unknown }).cause;
  }
  return messages.join(': ');
}

async function create<A>(
  builder: { create: (a: A) => Promise<Bundle> },
  artifact: A,
  config: SigningConfig,
): Promise<Bundle> {
  try {
    return await builder.create(artifact);
  } catch (error) {
    if (error instanceof ArtefactsError) throw error;
    throw await signingFailure(error, config);
  }
}

/**
 * A failure of @sigstore/sign, worded for the user. The library's own message can carry the identity
 * token ("invalid identity token: <token>"): a token problem is told by the library's reason alone,
 * and the token is taken out of any other message. The hint names what the signature needed as it
 * was asked for: a token given is never a missing `id-token: write`.
 */
async function signingFailure(error: unknown, config: SigningConfig): Promise<ArtefactsError> {
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : '';
  const token = config.kind === 'keyless' ? await config.identityToken().catch(() => undefined) : undefined;
  const cause = (error as { cause?: unknown }).cause;
  const tokenProblem = code.startsWith('IDENTITY_TOKEN_');
  // @sigstore/sign puts the token itself in the message of a token it cannot parse: never shown.
  let reason = tokenProblem
    ? cause !== undefined
      ? `the identity token is not one Fulcio can use (${describeError(cause)})`
      : 'the OIDC identity token could not be read or is not a JWT'
    : causeChain(error);
  if (token !== undefined && token !== '') reason = reason.split(token).join('***');
  const service = failedService(code, config);
  const at = service && service.urls.length > 0 ? `${service.what} ${service.urls.join(', ')}` : undefined;
  const message = `Signing failed${code ? ` (${code})` : ''}${at ? ` at ${at}` : ''}: ${reason}.`;
  const given = config.kind === 'keyless' ? config.tokenFrom : undefined;
  let hint: string;
  if (config.kind === 'key') {
    const log = at ? service!.urls.join(', ') : 'the transparency log';
    hint = `Signing with a key needs no service but the transparency log (\`transparency-log\`): check that ${log} is reachable from here and is the Rekor you mean (from \`signing-config\` or \`sigstore-instance\`), or set transparency-log: false.`;
  } else if (tokenProblem && given !== undefined) {
    hint = `Give a token (\`${given}\`) that the CI issued for the audience "sigstore", whose claims name a subject (sub) or a verified email.`;
  } else if (at && !code.startsWith('CA_')) {
    hint = `Check that ${service!.urls.join(', ')} is reachable from here and is ${service!.what} of the Sigstore instance you sign with.`;
  } else if (given !== undefined) {
    hint = `Keyless signing with the token given (\`${given}\`) needs network access to the Sigstore instance (${config.instance.fulcioURL}), and the instance must accept the token.`;
  } else {
    hint = `Keyless signing needs \`permissions: id-token: write\` and network access to the Sigstore instance (${config.instance.fulcioURL}).`;
  }
  return new ArtefactsError('SIGNATURE_INVALID', message, { cause: error, hint });
}

function describe(bundle: Bundle, config: SigningConfig): SignedBundle {
  const json = bundleToJSON(bundle);
  return {
    bundle: json,
    signer: signerOf(bundle, config),
    transparencyLogIndex: bundle.verificationMaterial.tlogEntries[0]?.logIndex,
  };
}

function signerOf(bundle: Bundle, config: SigningConfig): string {
  if (config.kind === 'key') return config.key.hint;
  const content = bundle.verificationMaterial.content;
  const raw =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  return raw === undefined ? '' : certificateIdentity(Buffer.from(raw));
}

/** The subject alternative name of a Fulcio certificate (URI or e-mail). */
export function certificateIdentity(der: Buffer): string {
  // Node's subjectAltName reads "URI:https://..., email:..."; Fulcio puts exactly one identity there.
  const san = new X509Certificate(der).subjectAltName ?? '';
  const first = san.split(', ')[0] ?? '';
  return first.replace(/^(URI|email):/, '');
}

/** Signs an in-toto statement: a v0.3 bundle with a DSSE envelope. */
export async function signStatement(statement: Statement, config: SigningConfig): Promise<SignedBundle> {
  const artifact = { data: statementBytes(statement), type: INTOTO_PAYLOAD_TYPE };
  if (offline(config)) {
    const pae = dsse.preAuthEncoding(artifact.type, artifact.data);
    return describe(await offlineBundle(config.key, pae, (signature) => dsseBundle(artifact, signature)), config);
  }
  const lib = await import('@sigstore/sign');
  const { signer, witnesses } = signerAndWitnesses(lib, config);
  const builder = new lib.DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
  return describe(await create(builder, artifact, config), config);
}

/** Signs bytes (a file): a v0.3 message-signature bundle, as `cosign sign-blob --bundle` writes. */
export async function signMessage(data: Buffer, config: SigningConfig): Promise<SignedBundle> {
  if (offline(config)) {
    return describe(await offlineBundle(config.key, data, (signature) => messageBundle(data, signature)), config);
  }
  const lib = await import('@sigstore/sign');
  const { signer, witnesses } = signerAndWitnesses(lib, config);
  // The library's message builder writes v0.2 bundles (certificate chain); cosign v3 writes v0.3 (leaf only).
  class MessageSignatureV03Builder extends lib.MessageSignatureBundleBuilder {
    protected override package(artifact: { data: Buffer }, signature: Signature): Promise<BundleWithMessageSignature> {
      return Promise.resolve(messageBundle(artifact.data, signature) as BundleWithMessageSignature);
    }
  }
  return describe(await create(new MessageSignatureV03Builder({ signer, witnesses }), { data }, config), config);
}

/** Fields the verifier reads that the bundle library's own checks leave unchecked. */
function unreadFields(bundle: Bundle): string[] {
  const invalid: string[] = [];
  bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
    const at = `verificationMaterial.tlogEntries[${i}]`;
    if (!entry.logId?.keyId?.length) invalid.push(`${at}.logId.keyId`);
    if (!entry.canonicalizedBody?.length) invalid.push(`${at}.canonicalizedBody`);
    if (entry.inclusionProof) {
      if (!entry.inclusionProof.checkpoint?.envelope) invalid.push(`${at}.inclusionProof.checkpoint.envelope`);
      if (!entry.inclusionProof.rootHash?.length) invalid.push(`${at}.inclusionProof.rootHash`);
    }
    if (entry.inclusionPromise && !entry.inclusionPromise.signedEntryTimestamp?.length) {
      invalid.push(`${at}.inclusionPromise.signedEntryTimestamp`);
    }
  });
  bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.forEach((t, i) => {
    if (!t.signedTimestamp?.length) {
      invalid.push(`verificationMaterial.timestampVerificationData.rfc3161Timestamps[${i}].signedTimestamp`);
    }
  });
  return invalid;
}

/**
 * Parses a bundle (JSON text or object) and checks its shape for its version (v0.1 needs inclusion
 * promises; v0.2 and later inclusion proofs with checkpoints; v0.3 a single certificate, no chain).
 * A malformed bundle is VERIFICATION_FAILED naming the fields at fault.
 */
export function parseBundle(json: unknown): Bundle {
  let value: unknown;
  try {
    value = typeof json === 'string' || Buffer.isBuffer(json) ? JSON.parse(String(json)) : json;
  } catch (error) {
    throw new ArtefactsError('VERIFICATION_FAILED', `Not a Sigstore bundle: not JSON (${describeError(error)}).`);
  }
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(value);
    if (bundle.mediaType === BUNDLE_V01_MEDIA_TYPE) assertBundleV01(bundle);
    else if (bundle.mediaType === BUNDLE_V02_MEDIA_TYPE) assertBundleV02(bundle);
    else assertBundleLatest(bundle);
  } catch (error) {
    const fields = error instanceof ValidationError ? error.fields : [];
    throw new ArtefactsError(
      'VERIFICATION_FAILED',
      fields.length > 0
        ? `Malformed Sigstore bundle: ${fields.join(', ')} missing or invalid.`
        : `Not a Sigstore bundle: ${describeError(error)}.`,
    );
  }
  const invalid = unreadFields(bundle);
  if (invalid.length > 0) {
    throw new ArtefactsError(
      'VERIFICATION_FAILED',
      `Malformed Sigstore bundle: ${invalid.join(', ')} missing or empty.`,
    );
  }
  return bundle;
}

/** Canonical JSON text of a bundle, as written to `<file>.sigstore.json` and to registry layers. */
export function bundleText(bundle: SerializedBundle): string {
  return JSON.stringify(bundle);
}
