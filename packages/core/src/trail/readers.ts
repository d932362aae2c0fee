/**
 * What each kind of signed record says, in one table: predicate type → reader. A reader turns a
 * statement's predicate into the facts a trace shows (and a one-line text); a new record kind is
 * one more entry here, nothing else in the trail changes.
 */
import { PROMOTION_PREDICATE_TYPE } from '../promote/records.js';
import {
  COSIGN_SIGN_PREDICATE,
  CYCLONEDX_PREDICATE,
  SLSA_PROVENANCE_PREDICATE,
  SPDX_PREDICATE,
} from '../sign/statements.js';
import { TAG_BINDING_PREDICATE_TYPE } from '../sign/predicates/tag-binding.js';

export type TrailKind = 'signature' | 'provenance' | 'sbom' | 'promotion' | 'binding' | 'attestation' | 'other';

/** What a record says: its kind, a line for a person, and the facts for `json`. */
export interface RecordSummary {
  readonly kind: TrailKind;
  readonly text: string;
  readonly facts: Readonly<Record<string, unknown>>;
}

export interface RecordReader {
  readonly kind: TrailKind;
  summarise(predicate: unknown): RecordSummary;
}

/** The facts of a promotion record (promote/records.ts writes them). */
export interface PromotionFacts {
  readonly source?: string;
  readonly destination?: string;
  readonly tags?: readonly string[];
  readonly environment?: string;
  readonly promotedAt?: string;
  readonly actor?: string;
  readonly run?: { url?: string; workflow?: string; repository?: string; sha?: string };
  readonly evidence?: readonly { name?: string }[];
  /** The signature gate that passed, as the record states it (absent: none was required). */
  readonly gate?: {
    readonly required?: string;
    readonly signers: readonly string[];
    readonly conditions: readonly string[];
  };
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** CycloneDX components, nested ones included; SPDX packages. */
function countComponents(list: unknown[], depth = 0): number {
  return list.reduce<number>(
    (n, c) => n + 1 + (depth < 16 ? countComponents(array(object(c).components), depth + 1) : 0),
    0,
  );
}

/** An SBOM document (CycloneDX or SPDX JSON): its format and how many components it lists. */
export function sbomSummary(document: unknown): RecordSummary {
  const doc = object(document);
  if (str(doc.bomFormat) === 'CycloneDX') {
    const components = countComponents(array(doc.components));
    const format = `CycloneDX ${str(doc.specVersion) ?? ''}`.trim();
    return { kind: 'sbom', text: `SBOM ${format}, ${components} components`, facts: { format, components } };
  }
  if (str(doc.spdxVersion) !== undefined) {
    const components = array(doc.packages).length;
    const format = str(doc.spdxVersion)!;
    return { kind: 'sbom', text: `SBOM ${format}, ${components} packages`, facts: { format, components } };
  }
  return { kind: 'sbom', text: 'SBOM of an unknown format', facts: { format: 'unknown' } };
}

function provenanceSummary(predicate: unknown): RecordSummary {
  const p = object(predicate);
  const build = object(p.buildDefinition);
  const workflow = object(object(build.externalParameters).workflow);
  const dependency = object(array(build.resolvedDependencies)[0]);
  const details = object(p.runDetails);
  const facts = {
    repository: str(workflow.repository),
    workflow: str(workflow.path),
    ref: str(workflow.ref),
    commit: str(object(dependency.digest).gitCommit),
    run: str(object(details.metadata).invocationId),
    builder: str(object(details.builder).id),
  };
  const text = [
    'built by',
    facts.run ?? facts.builder ?? 'an unnamed builder',
    ...(facts.workflow ? [`(${facts.workflow}${facts.ref ? ` @ ${facts.ref}` : ''})`] : []),
    ...(facts.commit ? [`from commit ${facts.commit}`] : []),
  ].join(' ');
  return { kind: 'provenance', text, facts };
}

/** The facts of a promotion record, read field by field (a record is data, never trusted shape). */
function promotionFacts(predicate: unknown): PromotionFacts {
  const p = object(predicate);
  const run = object(p.run);
  return {
    source: str(p.source),
    destination: str(p.destination),
    tags: array(p.tags).filter((t): t is string => typeof t === 'string'),
    environment: str(p.environment),
    promotedAt: str(p.promotedAt),
    actor: str(p.actor),
    run: p.run === undefined ? undefined : { url: str(run.url), workflow: str(run.workflow), sha: str(run.sha) },
    evidence: array(p.evidence).map((e) => ({ name: str(object(e).name) })),
    ...(p.gate === undefined ? {} : { gate: gateFacts(p.gate) }),
  };
}

const strings = (value: unknown): string[] => array(value).filter((v): v is string => typeof v === 'string');

/** The gate of a promotion record (promote/gate.ts GateRecord): what it required, who signed, what held. */
function gateFacts(value: unknown): NonNullable<PromotionFacts['gate']> {
  const g = object(value);
  const identity = str(g.identity) ?? (str(g.identityRegexp) ? `/${str(g.identityRegexp)}/` : undefined);
  const required =
    str(g.signature) === 'key'
      ? `key${str(g.keyHint) ? ` ${str(g.keyHint)}` : ''}`
      : str(g.signature) === 'keyless'
        ? `keyless${identity ? ` ${identity}` : ''}${str(g.issuer) ? ` (issuer ${str(g.issuer)})` : ''}`
        : undefined;
  return {
    ...(required === undefined ? {} : { required }),
    signers: strings(g.signers),
    conditions: strings(g.conditions),
  };
}

function promotionSummary(predicate: unknown): RecordSummary {
  const facts = promotionFacts(predicate);
  const text = [
    `promoted ${facts.source ?? '(no source)'} → ${facts.destination ?? '(no destination)'}`,
    ...(facts.environment ? [`[${facts.environment}]`] : []),
    ...(facts.promotedAt ? [`at ${facts.promotedAt}`] : []),
    ...(facts.actor ? [`by ${facts.actor}`] : []),
  ].join(' ');
  return { kind: 'promotion', text, facts: facts as Json };
}

/** A tag-binding record (sign/predicates/tag-binding.ts writes it): which tag was bound to the digest, when. */
function bindingSummary(predicate: unknown): RecordSummary {
  const p = object(predicate);
  const facts = {
    repository: str(p.repository),
    tag: str(p.tag),
    digest: str(p.digest),
    version: str(p.version),
    commit: str(p.commit),
    boundAt: str(p.boundAt),
    run: str(object(p.run).url),
  };
  const text = [
    `tag ${facts.repository ?? '(no repository)'}:${facts.tag ?? '(no tag)'} bound to ${facts.digest ?? '(no digest)'}`,
    ...(facts.version ? [`version ${facts.version}`] : []),
    ...(facts.commit ? [`commit ${facts.commit}`] : []),
    ...(facts.boundAt ? [`at ${facts.boundAt}`] : []),
  ].join(' ');
  return { kind: 'binding', text, facts };
}

/** Record readers by predicate type. */
const RECORD_READERS: ReadonlyMap<string, RecordReader> = new Map<string, RecordReader>([
  [
    COSIGN_SIGN_PREDICATE,
    { kind: 'signature', summarise: () => ({ kind: 'signature', text: 'signature', facts: {} }) },
  ],
  [SLSA_PROVENANCE_PREDICATE, { kind: 'provenance', summarise: provenanceSummary }],
  [CYCLONEDX_PREDICATE, { kind: 'sbom', summarise: sbomSummary }],
  [SPDX_PREDICATE, { kind: 'sbom', summarise: sbomSummary }],
  [PROMOTION_PREDICATE_TYPE, { kind: 'promotion', summarise: promotionSummary }],
  [TAG_BINDING_PREDICATE_TYPE, { kind: 'binding', summarise: bindingSummary }],
]);

/** The summary of a statement's predicate: its reader's, or a plain attestation of that type. */
export function summarise(predicateType: string, predicate: unknown): RecordSummary {
  const reader = RECORD_READERS.get(predicateType);
  if (reader !== undefined) return reader.summarise(predicate);
  return { kind: 'attestation', text: `attestation ${predicateType}`, facts: {} };
}
