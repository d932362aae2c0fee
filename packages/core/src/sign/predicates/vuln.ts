/**
 * A vulnerability scan as cosign's vuln predicate (https://cosign.sigstore.dev/attestation/vuln/v1):
 * the scanner's name (as a package URL), its version and database, the scan's time, and the
 * scanner's own document unchanged under `scanner.result`, so a condition reads the findings in
 * the shape the tool writes them. Trivy JSON, grype JSON and SARIF 2.1 are recognised.
 * Spec: https://github.com/sigstore/cosign/blob/main/specs/COSIGN_VULN_ATTESTATION_SPEC.md
 */
import { documentError, jsonSyntaxError, type DocumentSource } from '../../errors.js';

export const VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';

export type ScanFormat = 'trivy' | 'grype' | 'sarif';

export interface VulnPredicate {
  readonly invocation: {
    readonly parameters: null;
    readonly uri: string;
    readonly event_id: string;
    readonly 'builder.id': string;
  };
  readonly scanner: {
    readonly uri: string;
    readonly version: string;
    readonly db: { readonly uri: string; readonly version: string };
    readonly result: Record<string, unknown>;
  };
  readonly metadata: { readonly scanStartedOn: string; readonly scanFinishedOn: string };
}

/** Where the scan ran (the CI run), for the predicate's invocation. */
export interface Invocation {
  readonly uri: string;
  readonly eventId: string;
  readonly builderId: string;
}

type Json = Record<string, unknown>;

const object = (v: unknown): Json | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Which tool wrote `document`, from the fields each one always writes. */
export function scanFormat(document: Json): ScanFormat | undefined {
  if (typeof document.version === 'string' && Array.isArray(document.runs)) return 'sarif';
  if (Array.isArray(document.matches) && (object(document.descriptor) || object(document.source))) return 'grype';
  if (typeof document.SchemaVersion === 'number' && ('Results' in document || 'ArtifactName' in document)) {
    return 'trivy';
  }
  return undefined;
}

function scannerOf(format: ScanFormat, document: Json): { name: string; uri: string; version: string; db: Json } {
  if (format === 'trivy') {
    // Trivy writes its version only in recent releases (`Trivy.Version`); the DB is in the image metadata's report.
    const version = text(object(document.Trivy)?.Version);
    return {
      name: 'trivy',
      uri: `pkg:github/aquasecurity/trivy${version ? `@${version}` : ''}`,
      version,
      db: {},
    };
  }
  if (format === 'grype') {
    const descriptor = object(document.descriptor) ?? {};
    const version = text(descriptor.version);
    const db = object(object(descriptor.db)?.status) ?? object(descriptor.db) ?? {};
    return {
      name: text(descriptor.name) || 'grype',
      uri: `pkg:github/anchore/grype${version ? `@${version}` : ''}`,
      version,
      db: { uri: text(db.from ?? db.location), version: text(db.built ?? db.schemaVersion) },
    };
  }
  const driver = object(object(object((document.runs as unknown[])[0])?.tool)?.driver) ?? {};
  const name = text(driver.name) || 'sarif';
  const version = text(driver.semanticVersion) || text(driver.version);
  return {
    name,
    uri:
      text(driver.informationUri) ||
      `pkg:generic/${encodeURIComponent(name.toLowerCase())}${version ? `@${version}` : ''}`,
    version,
    db: {},
  };
}

function timesOf(format: ScanFormat, document: Json, now: Date): { started: string; finished: string } {
  let started = '';
  let finished = '';
  if (format === 'trivy') started = finished = text(document.CreatedAt);
  if (format === 'grype') started = finished = text(object(document.descriptor)?.timestamp);
  if (format === 'sarif') {
    const invocation = object((object((document.runs as unknown[])[0])?.invocations as unknown[] | undefined)?.[0]);
    started = text(invocation?.startTimeUtc);
    finished = text(invocation?.endTimeUtc) || started;
  }
  const iso = (t: string) => {
    const parsed = t ? new Date(t) : undefined;
    return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : now.toISOString();
  };
  return { started: iso(started), finished: iso(finished) };
}

/**
 * Converts a scanner's JSON (trivy `--format json`, grype `-o json`, or SARIF) into the vuln
 * predicate. `source` names the input it was read from and the file (shown instead of its content), for errors.
 */
export function vulnPredicate(
  json: string,
  source: DocumentSource,
  invocation: Invocation | undefined,
  now = new Date(),
): { predicate: VulnPredicate; format: ScanFormat; scanner: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw documentError(
      source,
      json,
      `a trivy or grype JSON report, or SARIF, but it is not JSON: ${jsonSyntaxError(error)}`,
    );
  }
  const document = object(parsed);
  const format = document ? scanFormat(document) : undefined;
  if (!document || !format) {
    throw documentError(
      source,
      json,
      'a trivy JSON report (SchemaVersion, Results), a grype JSON report (matches, descriptor) or SARIF 2.1 (version, runs)',
    );
  }
  const scanner = scannerOf(format, document);
  const times = timesOf(format, document, now);
  return {
    format,
    scanner: scanner.name,
    predicate: {
      invocation: {
        parameters: null,
        uri: invocation?.uri ?? '',
        event_id: invocation?.eventId ?? '',
        'builder.id': invocation?.builderId ?? '',
      },
      scanner: {
        uri: scanner.uri,
        version: scanner.version,
        db: { uri: text(scanner.db.uri), version: text(scanner.db.version) },
        result: document,
      },
      metadata: { scanStartedOn: times.started, scanFinishedOn: times.finished },
    },
  };
}
