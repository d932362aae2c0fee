/**
 * Promotion, step "records": the promotion record of one destination (an in-toto statement, signed
 * as a Sigstore bundle or unsigned), pushed as a referrer of the promoted digest before any tag; and
 * the search for a record already there, so that a re-run completes what an earlier run left out
 * and never adds a second record for the same promotion.
 */
import { prepareReferrer } from '../oci/builder.js';
import { silentLogger, type Logger } from '../log.js';
import { ANNOTATION_CREATED, digestHex, type Descriptor, type ImageManifest, type Manifest } from '../oci/media.js';
import { readBlob } from '../oci/open.js';
import type { ArtifactStore, StagedReferrer } from '../oci/store.js';
import { ANNOTATION_PREDICATE, SIGSTORE_BUNDLE_ARTIFACT_TYPE } from '../sign/artifact-types.js';
import type { SigningConfig } from '../sign/bundle.js';
import type { Statement } from '../sign/statements.js';
import type { RunFacts } from '../github/run-facts.js';
import type { GateRecord } from './gate.js';

/**
 * The predicate type of promotion records: the project's own, versioned, and specified by the
 * document it points at (docs/promotion-record.md, section "v1"). Version 1 is additive-only.
 */
export const PROMOTION_PREDICATE_TYPE =
  'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/promotion-record.md#v1';
export const PROMOTION_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.promotion.v1+json';
export const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';

/** What a record says, as far as telling whether one already there records this promotion. */
export interface RecordFacts {
  source: string;
  destination: string;
  tags: string[];
  digest: string;
  mediaType: string;
  size: number;
  environment: string | undefined;
  evidence: { name: string; digest: { sha256: string } }[];
  /** The signature gate that passed (absent: none was required). */
  gate?: GateRecord;
  /** The workflow run that promotes (github/run-facts.ts, as provenance has it). */
  run: RunFacts;
  now: Date;
}

interface PromotionPredicate {
  destination?: string;
  tags?: string[];
  digest?: string;
  environment?: string;
  signed?: boolean;
}

function recordStatement(facts: RecordFacts, signed: boolean) {
  const { run } = facts;
  // Absent facts are left out of the JSON, as they always were (undefined is not serialised).
  const given = (value: string) => (value === '' ? undefined : value);
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: facts.destination, digest: { sha256: digestHex(facts.digest) } }],
    predicateType: PROMOTION_PREDICATE_TYPE,
    predicate: {
      source: facts.source,
      destination: facts.destination,
      tags: facts.tags,
      digest: facts.digest,
      mediaType: facts.mediaType,
      ...(facts.environment === undefined ? {} : { environment: facts.environment }),
      promotedAt: facts.now.toISOString(),
      ...(run.actor ? { actor: run.actor } : {}),
      ...(run.runUrl === undefined
        ? {}
        : {
            run: {
              url: run.runUrl,
              workflow: given(run.workflowName),
              repository: run.repository,
              sha: given(run.sha),
            },
          }),
      ...(facts.gate === undefined ? {} : { gate: facts.gate }),
      evidence: facts.evidence,
      signed,
    },
  };
}

/**
 * The record of one destination made ready to push: its blobs uploaded, its manifest returned with
 * what to say once the caller has pushed it (StagedReferrer); `attached` gives the record's digest.
 */
export async function stageRecord(
  store: ArtifactStore,
  facts: RecordFacts,
  signing: SigningConfig | undefined,
  logger: Logger = silentLogger,
): Promise<StagedReferrer<string>> {
  const statement = recordStatement(facts, signing !== undefined);
  const subject: Descriptor = { mediaType: facts.mediaType, digest: facts.digest, size: facts.size };
  if (signing !== undefined) {
    // Signed: the statement in a DSSE envelope inside a Sigstore bundle, pushed as a referrer
    // exactly as the sign action pushes attestations (verify finds it by its predicate type).
    // Loaded here, not at start: the sigstore libraries cost a cold start about 0.15 s.
    const { signStatement, stageArtefact, bundleReferrer } = await import('./signing.js');
    const signed = await signStatement(statement as Statement, signing);
    const manifest = await stageArtefact(store, bundleReferrer(signed.bundle, subject, facts.now));
    return {
      manifest,
      attached: ({ digest }) => {
        logger.info(`  promotion record ${digest} attached, signed by ${signed.signer}`);
        return digest;
      },
    };
  }
  const manifest = await prepareReferrer(
    store,
    subject,
    PROMOTION_ARTIFACT_TYPE,
    { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) },
    {
      'dev.immutable-artefacts.predicateType': PROMOTION_PREDICATE_TYPE,
      [ANNOTATION_CREATED]: statement.predicate.promotedAt,
      ...(facts.environment === undefined ? {} : { 'dev.immutable-artefacts.environment': facts.environment }),
    },
  );
  return {
    manifest,
    attached: ({ digest }) => {
      logger.info(`  promotion record ${digest} attached (unsigned: no record-key given)`);
      return digest;
    },
  };
}

/** The statement inside a record manifest (unsigned: the layer itself; signed: the DSSE payload). */
async function statementOf(store: ArtifactStore, manifest: Manifest): Promise<PromotionPredicate | undefined> {
  const layer = (manifest.parsed as ImageManifest).layers?.[0];
  if (layer === undefined || layer.size > 4 * 1024 * 1024) return undefined;
  const text = (await readBlob(store, layer)).toString('utf8');
  try {
    let parsed = JSON.parse(text) as {
      predicateType?: string;
      predicate?: unknown;
      dsseEnvelope?: { payload?: string };
    };
    if (parsed.dsseEnvelope?.payload !== undefined) {
      parsed = JSON.parse(Buffer.from(parsed.dsseEnvelope.payload, 'base64').toString('utf8')) as typeof parsed;
    }
    return parsed.predicateType === PROMOTION_PREDICATE_TYPE ? (parsed.predicate as PromotionPredicate) : undefined;
  } catch {
    return undefined;
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The digest of a record at `store` that records this very promotion (same destination, tags,
 * digest, environment, signed or not), or undefined. Evidence is not compared: a re-run's test
 * report is a new file for the same promotion.
 */
export async function findRecord(
  store: ArtifactStore,
  facts: RecordFacts,
  signed: boolean,
): Promise<string | undefined> {
  const listed = await store.referrers(facts.digest);
  const candidates = listed.filter((d) =>
    signed
      ? d.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE &&
        (d.annotations?.[ANNOTATION_PREDICATE] ?? PROMOTION_PREDICATE_TYPE) === PROMOTION_PREDICATE_TYPE
      : d.artifactType === PROMOTION_ARTIFACT_TYPE,
  );
  for (const candidate of candidates) {
    const predicate = await statementOf(store, await store.getManifest(candidate.digest));
    if (
      predicate !== undefined &&
      predicate.destination === facts.destination &&
      predicate.digest === facts.digest &&
      predicate.environment === facts.environment &&
      predicate.signed === signed &&
      sameSet(predicate.tags ?? [], facts.tags)
    ) {
      return candidate.digest;
    }
  }
  return undefined;
}
