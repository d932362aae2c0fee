/**
 * The verification policy: given the bundles found for a subject (referrers of an image digest,
 * or `.sigstore.json` files), which of them are trusted and what they say. Fails closed: when the
 * policy is not met, a VerificationFailure lists, for every bundle, which rule rejected it.
 * The verify action, `artefacts verify` and promote's `require-signature` gate all call this.
 */
import { toSignedEntity, VerificationError, Verifier, type SignedEntity, type VerifierOptions } from '@sigstore/verify';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { Bundle } from '@sigstore/bundle';
import type { KeyObject } from 'node:crypto';
import { verifiesDigests, verifyDigestSignature } from './ecdsa.js';
import { ArtefactsError, describeError } from '../errors.js';
import { parseBundle } from './bundle.js';
import type { VerificationKey } from './keys.js';
import { INTOTO_PAYLOAD_TYPE, parseStatement, type Statement } from './statements.js';
import { digestHex, sha256 } from '../oci/media.js';
import { trustMaterial } from './trust.js';

/** Who must have signed. Exactly one of key / identity. */
export interface VerificationPolicy {
  /** Key-based: the signer's public key (cosign.pub). */
  readonly key?: VerificationKey;
  /** Keyless: the certificate's identity (SAN) and issuer. */
  readonly identity?: {
    /** Exact SAN, e.g. https://github.com/o/r/.github/workflows/release.yml@refs/heads/main. */
    readonly exact?: string;
    /** A regular expression searched in the SAN (unanchored, as cosign's --certificate-identity-regexp). */
    readonly regexp?: RegExp;
    /** Exact OIDC issuer, e.g. https://token.actions.githubusercontent.com. */
    readonly issuer: string;
  };
  /** Sigstore trusted root: required for keyless; with a key, needed only to check log entries. */
  readonly trustedRoot?: TrustedRoot;
  /** Demand a transparency log entry (Rekor) for every accepted bundle. */
  readonly requireTransparencyLog?: boolean;
  /** Each of these predicate types must be present in at least one accepted statement. */
  readonly requiredPredicateTypes?: readonly string[];
}

/** A bundle to judge, and where it came from (a referrer digest, a file path) for messages. */
export interface BundleSource {
  readonly source: string;
  readonly bundle: unknown;
  /** When it was attached (a referrer's `org.opencontainers.image.created`), to find the newest of a type. */
  readonly created?: string;
  /** sha256 of the bundle's bytes as stored (a referrer's layer), for a verification summary to name it. */
  readonly bundleDigest?: string;
}

export type Rule =
  | 'bundle-format'
  | 'bundle-content'
  | 'key'
  | 'signature'
  | 'certificate-chain'
  | 'transparency-log'
  | 'timestamp'
  | 'certificate-identity'
  | 'certificate-oidc-issuer'
  | 'statement-format'
  | 'subject-digest'
  | 'predicate-type'
  | 'condition'
  | 'policy';

export interface Rejection {
  readonly source: string;
  readonly rule: Rule;
  readonly reason: string;
}

export interface VerifiedSigner {
  /** `key` (hint) or `certificate` (identity + issuer). */
  readonly kind: 'key' | 'certificate';
  readonly keyHint?: string;
  readonly identity?: string;
  readonly issuer?: string;
}

export interface VerifiedStatement {
  readonly source: string;
  readonly statement: Statement;
  readonly signer: VerifiedSigner;
  /** The accepted bundle's media type (v0.3 for what this suite writes). */
  readonly mediaType: string;
  readonly transparencyLogIndex: string | undefined;
  /** As in its BundleSource. */
  readonly created?: string;
  readonly bundleDigest?: string;
}

export interface VerificationResult {
  readonly verified: readonly VerifiedStatement[];
  /** Bundles that were present but not accepted (e.g. another signer's), with the rule that rejected them. */
  readonly rejected: readonly Rejection[];
}

/** VERIFICATION_FAILED with, for every bundle, the rule that failed. */
export class VerificationFailure extends ArtefactsError {
  readonly rejections: readonly Rejection[];
  /** The rule that failed overall (e.g. `predicate-type` when all bundles verified but one was missing). */
  readonly rule: Rule;
  constructor(message: string, rule: Rule, rejections: readonly Rejection[], hint?: string) {
    super('VERIFICATION_FAILED', message, hint === undefined ? {} : { hint });
    this.rule = rule;
    this.rejections = rejections;
  }
}

class Rejected extends Error {
  constructor(
    readonly rule: Rule,
    message: string,
  ) {
    super(message);
  }
}

function checkPolicy(policy: VerificationPolicy): void {
  if (policy.key && policy.identity) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      'Give either a key or a certificate identity to verify against, not both.',
    );
  }
  if (!policy.key && !policy.identity) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      'Nothing to verify against: give a public key, or a certificate identity and OIDC issuer.',
    );
  }
  if (policy.identity) {
    if (!policy.identity.exact && !policy.identity.regexp) {
      throw new ArtefactsError(
        'INPUT_INVALID',
        'Keyless verification needs certificate-identity or certificate-identity-regexp.',
      );
    }
    if (!policy.identity.issuer) {
      throw new ArtefactsError('INPUT_INVALID', 'Keyless verification needs certificate-oidc-issuer.');
    }
    if (!policy.trustedRoot) {
      throw new ArtefactsError(
        'INPUT_INVALID',
        'Keyless verification needs a Sigstore trusted root (Fulcio CA, logs).',
      );
    }
  }
}

function verifierFor(policy: VerificationPolicy): Verifier {
  const options: VerifierOptions = policy.identity
    ? { ctlogThreshold: 1, timestampThreshold: 1, tlogThreshold: policy.requireTransparencyLog ? 1 : 0 }
    : { ctlogThreshold: 0, timestampThreshold: 0, tlogThreshold: policy.requireTransparencyLog ? 1 : 0 };
  return new Verifier(
    trustMaterial({
      ...(policy.key ? { key: policy.key } : {}),
      ...(policy.trustedRoot ? { root: policy.trustedRoot } : {}),
    }),
    options,
  );
}

const ERROR_RULES: Record<string, Rule> = {
  SIGNATURE_ERROR: 'signature',
  PUBLIC_KEY_ERROR: 'key',
  CERTIFICATE_ERROR: 'certificate-chain',
  TLOG_ERROR: 'transparency-log',
  TLOG_INCLUSION_PROOF_ERROR: 'transparency-log',
  TLOG_INCLUSION_PROMISE_ERROR: 'transparency-log',
  TLOG_MISSING_INCLUSION_ERROR: 'transparency-log',
  TLOG_BODY_ERROR: 'transparency-log',
  TIMESTAMP_ERROR: 'timestamp',
  UNTRUSTED_SIGNER_ERROR: 'certificate-identity',
};

/**
 * A message signature checked against a digest alone (no file bytes): the signature is verified
 * over the digest itself (ECDSA), everything else (certificate, log entries, timestamps) as usual.
 */
function overDigest(entity: SignedEntity, digest: Buffer): SignedEntity {
  const content = entity.signature;
  return {
    ...entity,
    signature: {
      signature: content.signature,
      compareSignature: (s: Buffer) => content.compareSignature(s),
      compareDigest: (d: Buffer) => content.compareDigest(d),
      compareSignedDigest: (d: Buffer) => content.compareSignedDigest(d),
      verifySignature: (key: KeyObject) => {
        if (!verifiesDigests(key)) {
          throw new Rejected(
            'bundle-content',
            `a message signature by a ${key.asymmetricKeyType ?? 'non-ECDSA'} key cannot be checked against a digest alone; give the file`,
          );
        }
        return verifyDigestSignature(key, digest, content.signature);
      },
    },
  };
}

/**
 * The inclusion proof's own root hash and tree size must be the signed checkpoint's: the library
 * proves inclusion against the checkpoint only, so a proof carrying other values would pass unread.
 */
function checkProofsMatchCheckpoints(entries: SignedEntity['tlogEntries']): void {
  entries.forEach((entry, i) => {
    const proof = entry.inclusionProof;
    if (!proof?.checkpoint?.envelope) return;
    const [, size = '', rootHash = ''] = proof.checkpoint.envelope.split('\n\n')[0]!.split('\n');
    if (Buffer.from(rootHash, 'base64').compare(Buffer.from(proof.rootHash)) !== 0 || size !== String(proof.treeSize)) {
      throw new Rejected(
        'transparency-log',
        `log entry ${i}: the inclusion proof's root hash or tree size is not the one its checkpoint signs`,
      );
    }
  });
}

/** Checks one bundle's cryptography and signer (not yet its content). */
function verifyEntity(
  verifier: Verifier,
  bundle: Bundle,
  policy: VerificationPolicy,
  artifact?: Buffer | { readonly digest: Buffer },
): VerifiedSigner {
  const keyMaterial = bundle.verificationMaterial.content.$case;
  if (policy.key && keyMaterial !== 'publicKey') {
    throw new Rejected('key', 'signed with a certificate (keyless), but the policy expects the given key');
  }
  if (policy.identity && keyMaterial === 'publicKey') {
    throw new Rejected('certificate-chain', 'signed with a key, but the policy expects a keyless certificate identity');
  }
  let entity: SignedEntity;
  try {
    entity = Buffer.isBuffer(artifact)
      ? toSignedEntity(bundle, artifact)
      : artifact === undefined
        ? toSignedEntity(bundle)
        : overDigest(toSignedEntity(bundle), artifact.digest);
  } catch (error) {
    throw new Rejected('bundle-format', `malformed bundle: ${describeError(error)}`);
  }
  if (policy.key && !policy.trustedRoot) {
    // Offline key-based verification: log entries and timestamps cannot be checked without the
    // instance's keys, so they are not counted (requireTransparencyLog then fails, as it must).
    entity = { ...entity, tlogEntries: [], timestamps: [] };
  }
  checkProofsMatchCheckpoints(entity.tlogEntries);
  let signer;
  try {
    signer = verifier.verify(entity);
  } catch (error) {
    if (error instanceof Rejected) throw error;
    const code = (error as { code?: unknown }).code;
    if (!(error instanceof VerificationError)) {
      // Not a verdict of the library but a failure inside it: a field it reads is absent or of the
      // wrong kind. That is a malformed bundle, not a bad signature.
      const field = /reading '([^']+)'/.exec(describeError(error))?.[1];
      throw new Rejected(
        'bundle-format',
        `malformed bundle: the verifier could not read it${field ? ` (a field holding '${field}' is missing)` : ''}: ${describeError(error)}`,
      );
    }
    const rule = (typeof code === 'string' && ERROR_RULES[code]) || 'signature';
    const reason =
      rule === 'signature' && policy.key
        ? 'the signature does not verify with the given key (another key, or a modified payload)'
        : describeError(error);
    throw new Rejected(rule, reason);
  }
  if (policy.key) return { kind: 'key', keyHint: policy.key.hint };
  const identity = signer.identity?.subjectAlternativeName ?? '';
  const issuer = signer.identity?.extensions?.issuer ?? '';
  const want = policy.identity!;
  if (want.exact !== undefined && identity !== want.exact) {
    throw new Rejected(
      'certificate-identity',
      `certificate identity is ${JSON.stringify(identity)}, expected ${JSON.stringify(want.exact)}`,
    );
  }
  if (want.regexp !== undefined && !want.regexp.test(identity)) {
    throw new Rejected(
      'certificate-identity',
      `certificate identity ${JSON.stringify(identity)} does not match /${want.regexp.source}/`,
    );
  }
  if (issuer !== want.issuer) {
    throw new Rejected(
      'certificate-oidc-issuer',
      `certificate OIDC issuer is ${JSON.stringify(issuer)}, expected ${JSON.stringify(want.issuer)}`,
    );
  }
  return { kind: 'certificate', identity, issuer };
}

function tlogIndex(bundle: Bundle): string | undefined {
  return bundle.verificationMaterial.tlogEntries[0]?.logIndex;
}

const SIGNER_RULES: ReadonlySet<Rule> = new Set<Rule>([
  'key',
  'signature',
  'certificate-chain',
  'certificate-identity',
  'certificate-oidc-issuer',
]);
const SHAPE_RULES: ReadonlySet<Rule> = new Set<Rule>(['bundle-format', 'bundle-content', 'statement-format']);

/**
 * What to do about a failed verification, from the rules that failed: the key or identity only
 * when a signer check failed; a malformed or unexpected bundle, a log entry or a subject is a
 * different problem, and pointing at the key would send the reader the wrong way.
 */
export function failureHint(rule: Rule, rejected: readonly Rejection[]): string {
  const rules = new Set([rule, ...rejected.map((r) => r.rule)]);
  if ([...rules].some((r) => SIGNER_RULES.has(r))) {
    return 'Check the key or identity the artefact was signed with, and that the signature belongs to this digest.';
  }
  if (rules.has('transparency-log') || rules.has('timestamp')) {
    return 'Check that the trusted root is the one of the Sigstore instance that signed (its log and timestamp keys), and that the bundle was not altered.';
  }
  if (rules.has('subject-digest')) {
    return 'The signatures found are about another artefact: check that they belong to this digest or file.';
  }
  if (rules.has('predicate-type')) {
    return 'Attach an attestation of the required type, signed by the same key or identity.';
  }
  if (rejected.length > 0 && rejected.every((r) => SHAPE_RULES.has(r.rule))) {
    return 'The bundle is malformed or not of the kind expected (see each reason); produce it again with a Sigstore client.';
  }
  return 'Sign the artefact first, or check where its signatures are stored.';
}

function fail(what: string, rule: Rule, rejected: readonly Rejection[], extra = ''): never {
  const lines = rejected.map((r) => `  - ${r.source}: [${r.rule}] ${r.reason}`);
  throw new VerificationFailure(
    `${what}${extra}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`,
    rule,
    rejected,
    failureHint(rule, rejected),
  );
}

/**
 * Verifies DSSE/in-toto bundles about `subjectDigest` (sha256:<hex>). Accepts a bundle only if its
 * signature verifies under the policy AND its statement names the digest as a subject. Succeeds when
 * at least one bundle is accepted and every required predicate type is among the accepted ones.
 */
export function verifyStatements(
  bundles: readonly BundleSource[],
  subjectDigest: string,
  policy: VerificationPolicy,
): VerificationResult {
  checkPolicy(policy);
  const hex = digestHex(subjectDigest);
  const verifier = verifierFor(policy);
  const verified: VerifiedStatement[] = [];
  const rejected: Rejection[] = [];
  for (const { source, bundle: raw, created, bundleDigest } of bundles) {
    try {
      let bundle: Bundle;
      try {
        bundle = parseBundle(raw);
      } catch (error) {
        throw new Rejected('bundle-format', describeError(error));
      }
      if (bundle.content.$case !== 'dsseEnvelope') {
        throw new Rejected(
          'bundle-content',
          'a message signature, not a DSSE attestation (verify it against its file)',
        );
      }
      const envelope = bundle.content.dsseEnvelope;
      if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
        throw new Rejected(
          'bundle-content',
          `DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${INTOTO_PAYLOAD_TYPE}`,
        );
      }
      const signer = verifyEntity(verifier, bundle, policy);
      let statement: Statement;
      try {
        statement = parseStatement(envelope.payload);
      } catch (error) {
        throw new Rejected('statement-format', describeError(error));
      }
      const sha256Of = (s: { digest: Readonly<Record<string, unknown>> }) =>
        typeof s.digest.sha256 === 'string' ? s.digest.sha256.toLowerCase() : undefined;
      if (!statement.subject.some((s) => sha256Of(s) === hex)) {
        const named = statement.subject
          .map((s) => (sha256Of(s) ? `sha256:${sha256Of(s)}` : JSON.stringify(s.name).slice(0, 100)))
          .join(', ');
        throw new Rejected(
          'subject-digest',
          `the signed statement is about ${named || 'no subject'}, not sha256:${hex}`,
        );
      }
      verified.push({
        source,
        statement,
        signer,
        mediaType: bundle.mediaType,
        transparencyLogIndex: tlogIndex(bundle),
        ...(created === undefined ? {} : { created }),
        ...(bundleDigest === undefined ? {} : { bundleDigest }),
      });
    } catch (error) {
      if (!(error instanceof Rejected)) throw error;
      rejected.push({ source, rule: error.rule, reason: error.message });
    }
  }
  if (bundles.length === 0) fail(`No signature or attestation found for sha256:${hex}.`, 'policy', rejected);
  if (verified.length === 0) {
    const rule = rejected.length === 1 ? (rejected[0]?.rule ?? 'policy') : 'policy';
    fail(`No bundle for sha256:${hex} satisfies the policy (${bundles.length} checked):`, rule, rejected);
  }
  const missing = (policy.requiredPredicateTypes ?? []).filter(
    (t) => !verified.some((v) => v.statement.predicateType === t),
  );
  if (missing.length > 0) {
    fail(
      `sha256:${hex} lacks a verified attestation of type ${missing.join(', ')}.`,
      'predicate-type',
      rejected,
      ` Verified: ${[...new Set(verified.map((v) => v.statement.predicateType))].join(', ')}.`,
    );
  }
  return { verified, rejected };
}

/** What a file's (or a digest's) bundle proved. */
export interface VerifiedArtifact {
  readonly signer: VerifiedSigner;
  /** `message-signature` (a signature over the bytes) or `dsse` (an in-toto statement naming the digest). */
  readonly kind: 'message-signature' | 'dsse';
  /** The statement, for a DSSE bundle. */
  readonly statement?: Statement;
  readonly transparencyLogIndex: string | undefined;
}

/**
 * Verifies a bundle about one artefact: its bytes (`data`) or only its digest (`sha256:<hex>`).
 * A message signature must be over that artefact; a DSSE bundle is judged with every check an
 * image's statements get (payload type, signature over the PAE, signer, statement shape, required
 * predicate types) and must name the artefact's sha256 among its subjects.
 */
export function verifyArtifactBundle(
  source: string,
  rawBundle: unknown,
  subject: Buffer | { readonly digest: string },
  policy: VerificationPolicy,
): VerifiedArtifact {
  checkPolicy(policy);
  const verifier = verifierFor(policy);
  const want = Buffer.from(digestHex(Buffer.isBuffer(subject) ? sha256(subject) : subject.digest), 'hex');
  let bundle: Bundle;
  try {
    try {
      bundle = parseBundle(rawBundle);
    } catch (error) {
      throw new Rejected('bundle-format', describeError(error));
    }
    if (bundle.content.$case === 'messageSignature') {
      const got = Buffer.from(bundle.content.messageSignature.messageDigest?.digest ?? []);
      if (!want.equals(got)) {
        throw new Rejected(
          'subject-digest',
          `the bundle signs sha256:${got.toString('hex')}, but the artefact is sha256:${want.toString('hex')}`,
        );
      }
      const signer = verifyEntity(verifier, bundle, policy, Buffer.isBuffer(subject) ? subject : { digest: want });
      return { signer, kind: 'message-signature', transparencyLogIndex: tlogIndex(bundle) };
    }
  } catch (error) {
    if (!(error instanceof Rejected)) throw error;
    return fail(`The signature of ${source} is not valid:`, error.rule, [
      { source, rule: error.rule, reason: error.message },
    ]);
  }
  // DSSE: the same judgement as an image's attestations, about this artefact's digest.
  const result = verifyStatements([{ source, bundle: rawBundle }], `sha256:${want.toString('hex')}`, policy);
  const verified = result.verified[0]!;
  return {
    signer: verified.signer,
    kind: 'dsse',
    statement: verified.statement,
    transparencyLogIndex: verified.transparencyLogIndex,
  };
}

/** What a reader of records (trace, history, audit) verified them with, in words. */
export function policyText(policy: VerificationPolicy | undefined): string {
  if (policy === undefined) return 'nothing was verified: no trust options (key or certificate identity) were given';
  if (policy.key) return `verified with key ${policy.key.hint}`;
  const id = policy.identity!;
  return `verified against identity ${id.exact ?? `/${id.regexp?.source ?? ''}/`} (issuer ${id.issuer})`;
}
