/**
 * What is attached to one digest in one repository, each item judged before it is shown: a
 * Sigstore bundle referrer is verified with the verify action's own policy check
 * (sign/verify-policy.ts) when trust options are given; an unsigned record or document is shown
 * as unsigned; with no trust options, as not checked. Nothing is shown as fact unverified.
 */
import { ArtefactsError, describeError } from '../errors.js';
import { mapPool } from '../concurrency.js';
import type { Descriptor, ImageManifest } from '../oci/media.js';
import { readBlob } from '../oci/open.js';
import type { ArtifactStore } from '../oci/store.js';
import { PROMOTION_ARTIFACT_TYPE, PROMOTION_PREDICATE_TYPE } from '../promote/records.js';
import { SBOM_MEDIA_TYPES } from '../sbom/writers.js';
import { ANNOTATION_PREDICATE, SIGSTORE_BUNDLE_ARTIFACT_TYPE } from '../sign/artifact-types.js';
import { parseBundle } from '../sign/bundle.js';
import { TAG_BINDING_ARTIFACT_TYPE, TAG_BINDING_PREDICATE_TYPE } from '../sign/predicates/tag-binding.js';
import { parseStatement, type Statement } from '../sign/statements.js';
import type { VerificationPolicy } from '../sign/verify-policy.js';
import { judgeBundle, readReferrerBundle } from '../sign/verify-referrer.js';
import { sbomSummary, summarise, type TrailKind } from './readers.js';

/**
 * verified: the signature verifies under the trust options and the statement names this digest;
 * unverified: it does not (reason says why); unsigned: nothing to verify; unchecked: no trust options.
 */
export type TrailStatus = 'verified' | 'unverified' | 'unsigned' | 'unchecked';

export interface TrailItem {
  /** The referrer manifest's digest (the same wherever promote copied it). */
  readonly digest: string;
  readonly kind: TrailKind;
  readonly predicateType: string | undefined;
  readonly status: TrailStatus;
  readonly reason?: string;
  /** Who signed, when verified: a key hint or a certificate identity (with its issuer). */
  readonly signer?: string;
  readonly text: string;
  readonly facts: Readonly<Record<string, unknown>>;
}

/** How many referrers of one digest are read at most, and how many at once. */
const MAX_REFERRERS = 500;
const CONCURRENCY = 6;
const MAX_DOCUMENT = 16 * 1024 * 1024;

const SBOM_TYPES = new Set<string>(Object.values(SBOM_MEDIA_TYPES));

/** Only the promotion records (history needs no other kind, and reads nothing else). */
export function isPromotionDescriptor(d: Descriptor): boolean {
  if (d.artifactType === PROMOTION_ARTIFACT_TYPE) return true;
  const type = d.annotations?.[ANNOTATION_PREDICATE];
  return d.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE && (type === undefined || type === PROMOTION_PREDICATE_TYPE);
}

function signerText(signer: { kind: string; keyHint?: string; identity?: string; issuer?: string }): string {
  return signer.kind === 'key'
    ? `key ${signer.keyHint ?? ''}`.trim()
    : `${signer.identity ?? ''} (${signer.issuer ?? ''})`;
}

/** A statement from a bundle without trusting it (what it claims, shown as claimed). */
function claimedStatement(bundle: unknown): Statement | undefined {
  try {
    const parsed = parseBundle(bundle);
    return parsed.content.$case === 'dsseEnvelope' ? parseStatement(parsed.content.dsseEnvelope.payload) : undefined;
  } catch {
    return undefined;
  }
}

async function bundleItem(
  store: ArtifactStore,
  subject: string,
  d: Descriptor,
  policy: VerificationPolicy | undefined,
): Promise<TrailItem> {
  const predicateType = d.annotations?.[ANNOTATION_PREDICATE];
  const unreadable = (reason: string): TrailItem => ({
    digest: d.digest,
    kind: 'other',
    predicateType,
    status: 'unverified',
    reason,
    text: `unreadable bundle${predicateType ? ` (${predicateType})` : ''}`,
    facts: {},
  });
  const read = await readReferrerBundle(store, subject, d);
  if ('unreadable' in read) return unreadable(read.unreadable);
  const { bundle } = read;
  let statement: Statement | undefined;
  let status: TrailStatus = 'unchecked';
  let reason: string | undefined = 'no trust options given (key or certificate identity)';
  let signer: string | undefined;
  if (policy !== undefined) {
    const judged = judgeBundle(bundle, subject, d.digest, policy);
    if ('verified' in judged) {
      statement = judged.verified.statement;
      status = 'verified';
      reason = undefined;
      signer = signerText(judged.verified.signer);
    } else {
      status = 'unverified';
      reason = judged.refused;
    }
  }
  statement ??= claimedStatement(bundle);
  if (statement === undefined) return unreadable(reason ?? 'not a DSSE in-toto statement');
  const summary = summarise(statement.predicateType, statement.predicate);
  return {
    digest: d.digest,
    kind: summary.kind,
    predicateType: statement.predicateType,
    status,
    ...(reason === undefined ? {} : { reason }),
    ...(signer === undefined ? {} : { signer }),
    text: summary.text,
    facts: summary.facts,
  };
}

/** An unsigned referrer: a promotion record written without record-key, a tag binding written unsigned, or an SBOM document. */
async function unsignedItem(
  store: ArtifactStore,
  d: Descriptor,
  kind: 'promotion' | 'binding' | 'sbom',
): Promise<TrailItem> {
  const base = { digest: d.digest, status: 'unsigned' as const, reason: 'unsigned: there is no signature to verify' };
  try {
    const manifest = await store.getManifest(d.digest);
    const layer = (manifest.parsed as ImageManifest).layers?.[0];
    if (layer === undefined || layer.size > MAX_DOCUMENT) throw new Error('no layer, or a layer too large to read');
    const value = JSON.parse((await readBlob(store, layer)).toString('utf8')) as {
      predicateType?: unknown;
      predicate?: unknown;
    };
    if (kind === 'sbom') return { ...base, predicateType: undefined, ...sbomSummary(value) };
    const fallback = kind === 'binding' ? TAG_BINDING_PREDICATE_TYPE : PROMOTION_PREDICATE_TYPE;
    const predicateType = typeof value.predicateType === 'string' ? value.predicateType : fallback;
    return { ...base, predicateType, ...summarise(predicateType, value.predicate) };
  } catch (error) {
    if (error instanceof ArtefactsError && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code)) throw error;
    return {
      ...base,
      kind: 'other',
      predicateType: undefined,
      status: 'unverified',
      reason: `unreadable: ${describeError(error)}`,
      text: `unreadable ${kind}`,
      facts: {},
    };
  }
}

/** The items attached to `digest` in `store` (referrers API or fallback tag), each judged. */
export async function attachedItems(
  store: ArtifactStore,
  digest: string,
  policy: VerificationPolicy | undefined,
  options: { only?: (d: Descriptor) => boolean } = {},
): Promise<TrailItem[]> {
  const listed = (await store.referrers(digest)).filter(options.only ?? (() => true)).slice(0, MAX_REFERRERS);
  const items = await mapPool(listed, CONCURRENCY, async (d): Promise<TrailItem | undefined> => {
    if (d.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE) return bundleItem(store, digest, d, policy);
    if (d.artifactType === PROMOTION_ARTIFACT_TYPE) return unsignedItem(store, d, 'promotion');
    if (d.artifactType === TAG_BINDING_ARTIFACT_TYPE) return unsignedItem(store, d, 'binding');
    if (d.artifactType !== undefined && SBOM_TYPES.has(d.artifactType)) return unsignedItem(store, d, 'sbom');
    return undefined;
  });
  return items.filter((i): i is TrailItem => i !== undefined);
}
