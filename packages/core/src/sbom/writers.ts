/**
 * CycloneDX 1.6 JSON and SPDX 2.3 JSON, written in one pass from the same catalogue.
 * Deterministic: the input decides every byte (sorted components and properties, identifiers
 * derived from the subject digest, the timestamp given by the caller, no milliseconds).
 */
import { createHash } from 'node:crypto';
import { digestHex, sha256 } from '../oci/media.js';
import { type Catalog, type Component, type Hash, type License } from './model.js';
import { SUITE_NAME, SUITE_VERSION } from '../suite.js';
import { compareText } from '../order.js';

/** The hex of a sha256 subject digest, for the documents' own hash fields; none when it is not one. */
function hexOf(digest: string): string | undefined {
  try {
    return digestHex(digest);
  } catch {
    return undefined;
  }
}

export type SbomFormat = 'cyclonedx-json' | 'spdx-json';
export const SBOM_FORMATS: readonly SbomFormat[] = ['cyclonedx-json', 'spdx-json'];

/** What the document describes: a source tree or an image (one platform's manifest). */
export interface SbomSubject {
  readonly kind: 'source' | 'image';
  readonly name: string;
  readonly version?: string;
  /** `sha256:<hex>`: the image manifest digest, or the source tree's content digest. */
  readonly digest: string;
  /** purl of the subject when it has one (images: `pkg:oci/name@sha256%3A…`). */
  readonly purl?: string;
  /** When the subject was made: SOURCE_DATE_EPOCH, the commit time or the image creation time. */
  readonly timestamp: Date;
  /** Extra facts about the subject (git commit, platform, …). */
  readonly properties?: Readonly<Record<string, string>>;
}

export interface SbomDocument {
  readonly format: SbomFormat;
  /** The document's bytes as UTF-8 text (2-space JSON with a final newline). */
  readonly content: string;
  /** `content` as UTF-8: what is written, attached and hashed. */
  readonly bytes: Buffer;
  /** `sha256:<hex>` of `bytes`. */
  readonly digest: string;
  readonly mediaType: string;
}

export const SBOM_MEDIA_TYPES: Record<SbomFormat, string> = {
  'cyclonedx-json': 'application/vnd.cyclonedx+json',
  'spdx-json': 'application/spdx+json',
};

/**
 * The document as 2-space JSON with a final newline. Its bytes are made once from the JSON text and
 * the newline, then hashed and written as they are: the text joined to its newline is a string V8
 * has not flattened, and hashing or writing that took several times as long as the bytes (measured
 * with a 500 KB document).
 */
function sbomDocument(format: SbomFormat, doc: object): SbomDocument {
  const json = JSON.stringify(doc, null, 2);
  const length = Buffer.byteLength(json);
  const bytes = Buffer.allocUnsafe(length + 1);
  if (bytes.write(json) !== length) throw new Error('sbomDocument: short write');
  bytes[length] = 0x0a;
  return { format, content: `${json}\n`, bytes, digest: sha256(bytes), mediaType: SBOM_MEDIA_TYPES[format] };
}

/** ISO 8601 UTC, whole seconds (SPDX forbids milliseconds; CycloneDX gets the same for symmetry). */
export function isoSeconds(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('isoSeconds: invalid date');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A name-based UUID (version 5 layout) from a digest: the same subject always gets the same serial. */
export function uuidFrom(seed: string): string {
  const bytes = createHash('sha256').update(seed).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function sortedProperties(entries: [string, string][]): { name: string; value: string }[] {
  return entries
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.value, b.value));
}

function componentProperties(c: Component): { name: string; value: string }[] {
  return sortedProperties([
    ...Object.entries(c.properties).map(([k, v]) => [`${SUITE_NAME}:${k}`, v] as [string, string]),
    ...c.foundIn.map((loc) => [`${SUITE_NAME}:found-in`, loc] as [string, string]),
    [`${SUITE_NAME}:ecosystem`, c.ecosystem],
  ]);
}

function cdxLicenses(licenses: readonly License[]): object[] | undefined {
  if (licenses.length === 0) return undefined;
  const only = licenses[0];
  if (licenses.length === 1 && only !== undefined && 'expression' in only) return [{ expression: only.expression }];
  // CycloneDX allows one expression or a list of named licences, not a mix: several become names.
  return licenses.map((l) => ({ license: { name: 'expression' in l ? l.expression : l.name } }));
}

const CDX_SCOPE = { required: 'required', optional: 'optional', dev: 'excluded' } as const;

export function writeCycloneDx(catalog: Catalog, subject: SbomSubject): SbomDocument {
  // The subject's purl is its bom-ref unless a component has the same purl (bom-refs must be unique).
  const subjectRef =
    subject.purl !== undefined && !catalog.components.some((c) => c.purl === subject.purl)
      ? subject.purl
      : `${SUITE_NAME}:subject:${subject.digest}`;
  const components: object[] = catalog.components.map((c) => ({
    type: c.type,
    'bom-ref': c.purl,
    ...(c.group === undefined ? {} : { group: c.group }),
    name: c.name,
    ...(c.version === '' ? {} : { version: c.version }),
    scope: CDX_SCOPE[c.scope],
    ...(c.hashes.length === 0 ? {} : { hashes: c.hashes.map((h) => ({ alg: h.alg, content: h.content })) }),
    ...(c.licenses.length === 0 ? {} : { licenses: cdxLicenses(c.licenses) }),
    purl: c.purl,
    properties: componentProperties(c),
  }));
  if (catalog.distro !== undefined) {
    const d = catalog.distro;
    components.push({
      type: 'operating-system',
      'bom-ref': `${SUITE_NAME}:os:${d.id}${d.versionId === undefined ? '' : `@${d.versionId}`}`,
      name: d.id,
      ...(d.versionId === undefined ? {} : { version: d.versionId }),
      ...(d.prettyName === undefined ? {} : { description: d.prettyName }),
    });
  }
  const hex = hexOf(subject.digest);
  const doc = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${uuidFrom(`cyclonedx:${subject.digest}`)}`,
    version: 1,
    metadata: {
      timestamp: isoSeconds(subject.timestamp),
      tools: { components: [{ type: 'application', name: SUITE_NAME, version: SUITE_VERSION }] },
      component: {
        type: subject.kind === 'image' ? 'container' : 'application',
        'bom-ref': subjectRef,
        name: subject.name,
        ...(subject.version === undefined ? {} : { version: subject.version }),
        ...(hex === undefined ? {} : { hashes: [{ alg: 'SHA-256', content: hex }] }),
        ...(subject.purl === undefined ? {} : { purl: subject.purl }),
      },
      properties: sortedProperties([
        ...Object.entries(subject.properties ?? {}),
        [`${SUITE_NAME}:subject-digest`, subject.digest],
      ]),
    },
    components,
    dependencies: [
      { ref: subjectRef, dependsOn: [...catalog.direct] },
      ...catalog.components.map((c) => ({ ref: c.purl, dependsOn: [...c.dependsOn] })),
    ],
  };
  return sbomDocument('cyclonedx-json', doc);
}

const SPDX_ALG: Record<Hash['alg'], string> = {
  MD5: 'MD5',
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512',
};

/** SPDX element ids: `^SPDXRef-[a-zA-Z0-9.-]+$`, unique by construction (a hash of the purl ends each). */
export function spdxId(prefix: string, readable: string, unique: string): string {
  const clean = readable
    .replace(/[^a-zA-Z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const suffix = createHash('sha256').update(unique).digest('hex').slice(0, 12);
  return `SPDXRef-${prefix}-${clean === '' ? '' : `${clean}-`}${suffix}`;
}

export function writeSpdx(catalog: Catalog, subject: SbomSubject): SbomDocument {
  const extracted = new Map<string, string>();
  const declared = (licenses: readonly License[]): string => {
    if (licenses.length === 0) return 'NOASSERTION';
    const parts = licenses.map((l) => {
      if ('expression' in l) return licenses.length > 1 ? `(${l.expression})` : l.expression;
      const id = `LicenseRef-${createHash('sha256').update(l.name).digest('hex').slice(0, 16)}`;
      extracted.set(id, l.name);
      return id;
    });
    return parts.join(' AND ');
  };
  const ids = new Map<string, string>();
  for (const c of catalog.components)
    ids.set(c.purl, spdxId('Package', `${c.ecosystem}-${c.name}-${c.version}`, c.purl));
  const subjectId = spdxId(subject.kind === 'image' ? 'Image' : 'Source', subject.name, subject.digest);
  const hex = hexOf(subject.digest);
  const packages: object[] = [
    {
      name: subject.name,
      SPDXID: subjectId,
      ...(subject.version === undefined ? {} : { versionInfo: subject.version }),
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      ...(hex === undefined ? {} : { checksums: [{ algorithm: 'SHA256', checksumValue: hex }] }),
      ...(subject.purl === undefined
        ? {}
        : {
            externalRefs: [
              { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: subject.purl },
            ],
          }),
      primaryPackagePurpose: subject.kind === 'image' ? 'CONTAINER' : 'SOURCE',
    },
    ...catalog.components.map((c) => ({
      name: c.group === undefined || c.ecosystem !== 'maven' ? c.name : `${c.group}:${c.name}`,
      SPDXID: ids.get(c.purl) as string,
      ...(c.version === '' ? {} : { versionInfo: c.version }),
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      ...(c.hashes.length === 0
        ? {}
        : { checksums: c.hashes.map((h) => ({ algorithm: SPDX_ALG[h.alg], checksumValue: h.content })) }),
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: declared(c.licenses),
      copyrightText: 'NOASSERTION',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }],
      sourceInfo: `found in: ${c.foundIn.join(', ')}`,
      primaryPackagePurpose:
        c.type === 'application' ? 'APPLICATION' : c.type === 'operating-system' ? 'OPERATING_SYSTEM' : 'LIBRARY',
      ...(c.scope === 'required' ? {} : { comment: `scope: ${c.scope}` }),
    })),
  ];
  if (catalog.distro !== undefined) {
    const d = catalog.distro;
    packages.push({
      name: d.id,
      SPDXID: spdxId('OperatingSystem', d.id, `${d.id}@${d.versionId ?? ''}`),
      ...(d.versionId === undefined ? {} : { versionInfo: d.versionId }),
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      ...(d.prettyName === undefined ? {} : { description: d.prettyName }),
      primaryPackagePurpose: 'OPERATING_SYSTEM',
    });
  }
  const byPurl = new Map(catalog.components.map((c) => [c.purl, c]));
  const relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: subjectId },
  ];
  for (const purl of catalog.direct) {
    const id = ids.get(purl) as string;
    const scope = byPurl.get(purl)?.scope;
    if (scope === 'dev')
      relationships.push({ spdxElementId: id, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: subjectId });
    else if (scope === 'optional')
      relationships.push({
        spdxElementId: id,
        relationshipType: 'OPTIONAL_DEPENDENCY_OF',
        relatedSpdxElement: subjectId,
      });
    else relationships.push({ spdxElementId: subjectId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: id });
  }
  // Image mode: everything found is contained in the image, even without a recorded edge.
  if (subject.kind === 'image') {
    for (const c of catalog.components) {
      relationships.push({
        spdxElementId: subjectId,
        relationshipType: 'CONTAINS',
        relatedSpdxElement: ids.get(c.purl) as string,
      });
    }
  }
  for (const c of catalog.components) {
    for (const dep of c.dependsOn) {
      relationships.push({
        spdxElementId: ids.get(c.purl) as string,
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: ids.get(dep) as string,
      });
    }
  }
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${subject.name}${subject.version === undefined ? '' : `@${subject.version}`}`,
    documentNamespace: `https://spdx.org/spdxdocs/${SUITE_NAME}/${encodeURIComponent(subject.name)}-${uuidFrom(`spdx:${subject.digest}`)}`,
    creationInfo: {
      created: isoSeconds(subject.timestamp),
      creators: [`Tool: ${SUITE_NAME}-${SUITE_VERSION}`],
    },
    packages,
    ...(extracted.size === 0
      ? {}
      : {
          hasExtractedLicensingInfos: [...extracted.entries()]
            .sort((a, b) => compareText(a[0], b[0]))
            .map(([licenseId, text]) => ({ licenseId, extractedText: text, name: text })),
        }),
    relationships,
  };
  return sbomDocument('spdx-json', doc);
}

/** Both (or one) formats from the same catalogue, in the order asked for. */
export function writeDocuments(catalog: Catalog, subject: SbomSubject, formats: readonly SbomFormat[]): SbomDocument[] {
  return formats.map((f) => (f === 'cyclonedx-json' ? writeCycloneDx(catalog, subject) : writeSpdx(catalog, subject)));
}
