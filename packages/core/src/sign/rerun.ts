/**
 * A re-run of a signing job: which statements about an image digest are already signed by the
 * same key (or the same keyless identity and issuer), so the sign action pushes only what is
 * missing instead of piling up one more referrer per run. `force` signs again regardless.
 */
import { createPublicKey } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
import type { SerializedBundle } from '@sigstore/bundle';
import { ArtefactsError, describeError } from '../errors.js';
import { memoryLogger, type Logger } from '../log.js';
import { mapPool } from '../concurrency.js';
import { readBlob } from '../oci/open.js';
import type { ArtifactStore } from '../oci/store.js';
import type { SigningConfig } from './bundle.js';
import { envelopeVerifies, type Envelope } from './dsse.js';
import { bundleReferrers, readBundleReferrer } from './referrer.js';
import { INTOTO_PAYLOAD_TYPE, parseStatement, type Statement } from './statements.js';
import { digestHex, type Descriptor } from '../oci/media.js';
import { parseBundle } from './bundle.js';
import { verifyImage } from './image.js';
import type { VerificationKey } from './keys.js';
import { verifyStatements } from './verify-policy.js';
import { tokenClaims } from './oidc.js';

const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';

/** Who the coming signatures will be from. */
export type ExpectedSigner =
  | { readonly kind: 'key'; readonly config: Extract<SigningConfig, { kind: 'key' }> }
  | { readonly kind: 'certificate'; readonly identities: readonly string[]; readonly issuer: string };

/**
 * The signer a signing config will produce. Keyless: the certificate identity Fulcio derives
 * from the OIDC token (`<server>/<job_workflow_ref>` for GitHub's issuer, else the subject) and
 * the token's issuer.
 */
export async function expectedSigner(config: SigningConfig, serverUrl = 'https://github.com'): Promise<ExpectedSigner> {
  if (config.kind === 'key') return { kind: 'key', config };
  const claims = tokenClaims(await config.identityToken());
  const identities = [
    typeof claims.job_workflow_ref === 'string' ? `${serverUrl}/${claims.job_workflow_ref}` : undefined,
    typeof claims.email === 'string' ? claims.email : undefined,
    typeof claims.sub === 'string' ? claims.sub : undefined,
  ].filter((v): v is string => v !== undefined && v !== '');
  return { kind: 'certificate', identities, issuer: typeof claims.iss === 'string' ? claims.iss : '' };
}

/** The statement of a keyless bundle signed by `signer`'s identity, checked with its own certificate. */
function certificateStatement(
  raw: unknown,
  signer: Extract<ExpectedSigner, { kind: 'certificate' }>,
): { statement: Statement; identity: string } {
  const bundle = parseBundle(raw);
  if (bundle.content.$case !== 'dsseEnvelope') throw new Error('not a DSSE bundle');
  const material = bundle.verificationMaterial.content;
  const der =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (der === undefined) throw new Error('no signing certificate');
  const certificate = X509Certificate.parse(Buffer.from(der));
  const v2 = certificate.extension(OID_FULCIO_ISSUER_V2)?.valueObj.subs?.[0]?.value.toString('ascii');
  const issuer = v2 ?? certificate.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii') ?? '';
  const identity = certificate.subjectAltName ?? '';
  if (!signer.identities.includes(identity) || issuer !== signer.issuer) throw new Error(`signed by ${identity}`);
  const { dsseEnvelope } = bundle.content;
  if (dsseEnvelope.payloadType !== INTOTO_PAYLOAD_TYPE) throw new Error('not an in-toto statement');
  const envelope: Envelope = {
    payloadType: dsseEnvelope.payloadType,
    payload: Buffer.from(dsseEnvelope.payload).toString('base64'),
    signatures: dsseEnvelope.signatures.map((s) => ({ keyid: s.keyid, sig: Buffer.from(s.sig).toString('base64') })),
  };
  const key = createPublicKey({ key: certificate.publicKey, format: 'der', type: 'spki' });
  if (!envelopeVerifies(envelope, key)) throw new Error('signature does not verify');
  return { statement: parseStatement(dsseEnvelope.payload), identity };
}

/** Statements already signed: the referrer carrying each predicate type, and who signed them. */
export interface SignedAlready {
  readonly referrers: ReadonlyMap<string, string>;
  /** The key hint or certificate identity, when anything was found. */
  readonly signer: string | undefined;
}

/** The Sigstore bundle referrers of a digest as read, in listing order; one that could not be read carries why. */
export type FetchedBundles = readonly {
  readonly descriptor: Descriptor;
  readonly bundle?: SerializedBundle;
  readonly error?: unknown;
}[];

/** Bundle referrers read at once. */
const READS = 6;

/**
 * The bundle referrers of `digest`, listed and read (several at a time). This needs no key, so the
 * sign step starts it while the key is still being decrypted.
 */
export async function fetchBundles(store: ArtifactStore, digest: string): Promise<FetchedBundles> {
  const listed = bundleReferrers({ manifests: await store.referrers(digest) });
  return mapPool(listed, READS, async (descriptor) => {
    try {
      const manifest = await store.getManifest(descriptor.digest);
      const text = await readBundleReferrer(manifest.bytes, digest, (d) => readBlob(store, d));
      return { descriptor, bundle: JSON.parse(text) as SerializedBundle };
    } catch (error) {
      return { descriptor, error };
    }
  });
}

/**
 * Predicate types already signed for `digest` by the expected signer, each with the referrer that
 * carries it. A referrer that cannot be read or does not verify simply does not count. `fetched`:
 * the bundles when they were read earlier (fetchBundles), else they are read now.
 */
export async function signedAlready(
  store: ArtifactStore,
  digest: string,
  signer: ExpectedSigner,
  logger: Logger,
  fetched: Promise<FetchedBundles> = fetchBundles(store, digest),
): Promise<SignedAlready> {
  const found = new Map<string, string>();
  let who: string | undefined;
  const hex = digestHex(digest);
  for (const { descriptor, bundle, error: unread } of await fetched) {
    try {
      if (bundle === undefined) throw unread;
      let statement: Statement;
      if (signer.kind === 'key') {
        statement = verifyStatements([{ source: descriptor.digest, bundle }], digest, {
          key: signer.config.key,
        }).verified[0]!.statement;
        who = signer.config.key.hint;
      } else {
        const checked = certificateStatement(bundle, signer);
        statement = checked.statement;
        who = checked.identity;
        if (!statement.subject.some((s) => String(s.digest.sha256 ?? '').toLowerCase() === hex)) {
          throw new Error('about another digest');
        }
      }
      if (!found.has(statement.predicateType)) found.set(statement.predicateType, descriptor.digest);
    } catch (error) {
      if (error instanceof ArtefactsError && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code))
        throw error;
      logger.debug(`Referrer ${descriptor.digest} does not count as signed already: ${describeError(error)}`);
    }
  }
  return { referrers: found, signer: who };
}

/** True when the digest's cosign v2 `.sig` tag holds a signature that verifies with this key. */
export async function hasLegacySignature(
  store: ArtifactStore,
  digest: string,
  key: VerificationKey,
  logger: Logger,
): Promise<boolean> {
  try {
    return (await verifyImage(store, digest, { key }, memoryLogger())).legacy.length > 0;
  } catch (error) {
    if (error instanceof ArtefactsError && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code)) throw error;
    logger.debug(`No cosign v2 signature by this key on ${digest}: ${describeError(error)}`);
    return false;
  }
}
