/**
 * The component model every cataloger produces and both writers consume. One list, two formats:
 * CycloneDX and SPDX are written from the same `Catalog`, so they can never disagree.
 */

import { compareText } from '../order.js';

/** The package ecosystem; also the purl type. */
export type Ecosystem = 'npm' | 'golang' | 'cargo' | 'pypi' | 'maven' | 'deb' | 'apk' | 'rpm';

/** CycloneDX component types we emit (SPDX maps them to primaryPackagePurpose). */
export type ComponentType = 'library' | 'application' | 'operating-system';

/** required: needed at run time; optional: installed when possible; dev: build/test only. */
export type Scope = 'required' | 'optional' | 'dev';

export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface Hash {
  readonly alg: HashAlgorithm;
  /** Lower-case hex. */
  readonly content: string;
}

/** A licence as found: an SPDX expression when it parses as one, else the text as given. */
export type License = { readonly expression: string } | { readonly name: string };

export interface Component {
  /** Package name as the ecosystem spells it (npm: `@scope/name`; maven: artifactId; golang: module path). */
  readonly name: string;
  /** Group/namespace where the ecosystem has one apart from the name (maven groupId, deb/apk/rpm distro). */
  readonly group?: string;
  readonly version: string;
  readonly ecosystem: Ecosystem;
  readonly type: ComponentType;
  /** package-url; also the component's identity (bom-ref) within a document. */
  readonly purl: string;
  readonly licenses: readonly License[];
  readonly hashes: readonly Hash[];
  readonly scope: Scope;
  /** purls of the components this one depends on (edges as the source records them). */
  readonly dependsOn: readonly string[];
  /** Where it was found: a path relative to the scanned tree, or `<layer digest>:<path>` in an image. */
  readonly foundIn: readonly string[];
  /** Extra facts, written as CycloneDX properties (sorted) and SPDX annotations-free comments. */
  readonly properties: Readonly<Record<string, string>>;
}

/** What one cataloger found in one file. */
export interface CatalogerResult {
  readonly components: readonly Component[];
  /** purls the project itself depends on directly (edges from the document subject). */
  readonly direct?: readonly string[];
  /** Non-fatal problems worth telling the user (unparseable entries, skipped sections). */
  readonly warnings?: readonly string[];
}

/** A merged catalogue: what the writers take. */
export interface Catalog {
  readonly components: readonly Component[];
  readonly direct: readonly string[];
  readonly warnings: readonly string[];
  /** The distro identity when an os-release was found (image mode). */
  readonly distro?: Distro;
}

export interface Distro {
  /** os-release ID (debian, alpine, ubuntu, rhel, …). */
  readonly id: string;
  /** os-release VERSION_ID. */
  readonly versionId?: string;
  readonly prettyName?: string;
  readonly versionCodename?: string;
}

const SCOPE_RANK: Record<Scope, number> = { required: 0, optional: 1, dev: 2 };

/**
 * Merges cataloger results: one component per purl (the same package found in several places
 * keeps every location and the most-required scope), direct edges united, everything sorted so
 * that the same input always gives the same order.
 */
export function mergeResults(results: readonly CatalogerResult[], distro?: Distro): Catalog {
  const byPurl = new Map<string, Component>();
  const direct = new Set<string>();
  const warnings: string[] = [];
  for (const result of results) {
    for (const purl of result.direct ?? []) direct.add(purl);
    warnings.push(...(result.warnings ?? []));
    for (const c of result.components) {
      const seen = byPurl.get(c.purl);
      if (seen === undefined) {
        byPurl.set(c.purl, c);
        continue;
      }
      byPurl.set(c.purl, {
        ...seen,
        scope: SCOPE_RANK[c.scope] < SCOPE_RANK[seen.scope] ? c.scope : seen.scope,
        licenses: seen.licenses.length > 0 ? seen.licenses : c.licenses,
        hashes: uniqueHashes([...seen.hashes, ...c.hashes]),
        dependsOn: [...new Set([...seen.dependsOn, ...c.dependsOn])],
        foundIn: [...new Set([...seen.foundIn, ...c.foundIn])],
        properties: { ...c.properties, ...seen.properties },
      });
    }
  }
  const components = [...byPurl.values()]
    .map((c) => ({
      ...c,
      // Edges only to components we know about, so both formats reference real elements.
      dependsOn: [...new Set(c.dependsOn)].filter((p) => byPurl.has(p) && p !== c.purl).sort(),
      foundIn: [...new Set(c.foundIn)].sort(),
      hashes: uniqueHashes(c.hashes),
    }))
    .sort((a, b) => compareText(a.purl, b.purl));
  return {
    components,
    direct: [...direct].filter((p) => byPurl.has(p)).sort(),
    warnings,
    ...(distro === undefined ? {} : { distro }),
  };
}

const HEX_LENGTH: Record<Hash['alg'], number> = { MD5: 32, 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 };

/** Unique, well-formed (hex of the algorithm's length) hashes, sorted. */
function uniqueHashes(hashes: readonly Hash[]): Hash[] {
  const seen = new Map<string, Hash>();
  for (const h of hashes) {
    if (h.content.length === HEX_LENGTH[h.alg] && /^[0-9a-f]+$/.test(h.content)) seen.set(`${h.alg}:${h.content}`, h);
  }
  return [...seen.values()].sort((a, b) => compareText(`${a.alg}:${a.content}`, `${b.alg}:${b.content}`));
}
