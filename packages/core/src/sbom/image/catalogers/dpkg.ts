/** dpkg: the status database (and distroless status.d files), file lists and DEP-5 copyright licences. */
import { makeComponent } from '../../component.js';
import { isSpdxExpression, toLicense } from '../../license.js';
import type { CatalogerResult, Distro, License } from '../../model.js';
import { osPurl } from '../../purl.js';
import { distroQualifier, parseStanzas } from './os.js';

/**
 * dpkg status (or one distroless status.d file). Only packages whose status says they are on disk
 * (not `not-installed`, not `config-files`) become components; Depends/Pre-Depends become edges,
 * through Provides where a virtual package is named.
 */
export function catalogDpkgStatus(text: string, location: string, distro?: Distro): CatalogerResult {
  // The purl namespace is the distribution's os-release ID (debian, ubuntu, a derivative's own), as syft writes it.
  const vendor = distro === undefined ? 'debian' : distro.id;
  const entries = parseStanzas(text).filter((s) => {
    if (s.Package === undefined || s.Version === undefined) return false;
    const state = (s.Status ?? 'install ok installed').split(/\s+/)[2];
    return state !== 'not-installed' && state !== 'config-files';
  });
  const distroQualifierValue = distroQualifier(distro);
  // One purl per package, built once: its component's, and the target of edges to its name and what it provides.
  const purls = entries.map((s) =>
    osPurl('deb', vendor, s.Package ?? '', s.Version ?? '', {
      arch: s.Architecture,
      distro: distroQualifierValue,
      upstream: debianUpstream(s.Source),
    }),
  );
  const byName = new Map<string, string>();
  for (const [i, s] of entries.entries()) byName.set(s.Package ?? '', purls[i]!);
  for (const [i, s] of entries.entries()) {
    for (const p of (s.Provides ?? '').split(',')) {
      const name = p.trim().split(/[\s(]/)[0]?.replace(/:.*$/, '');
      if (name && !byName.has(name)) byName.set(name, purls[i]!);
    }
  }
  const components = entries.map((s, i) => {
    const dependsOn: string[] = [];
    for (const field of [s['Pre-Depends'], s.Depends]) {
      for (const clause of (field ?? '').split(',')) {
        // Alternatives: the first one installed satisfies the clause.
        for (const alt of clause.split('|')) {
          const name = alt.trim().split(/[\s(]/)[0]?.replace(/:.*$/, '');
          const hit = name === undefined ? undefined : byName.get(name);
          if (hit !== undefined) {
            dependsOn.push(hit);
            break;
          }
        }
      }
    }
    const source = s.Source?.split(/\s+/)[0];
    return makeComponent({
      ecosystem: 'deb',
      name: s.Package ?? '',
      group: vendor,
      version: s.Version ?? '',
      purl: purls[i]!,
      dependsOn,
      foundIn: location,
      properties: {
        'deb:source': source !== undefined && source !== s.Package ? source : undefined,
        'deb:architecture': s.Architecture,
      },
    });
  });
  return { components };
}

/**
 * The purl `upstream` qualifier from dpkg's `Source:` field, as syft writes it: `name` when the field
 * is `name`, `name@version` when it is `name (version)`. dpkg writes the field only when the source
 * differs from the binary (in name, or in version as for binNMUs `5.2.15-2+b8` from `5.2.15-2`), and
 * the version only when it differs; no field, no qualifier.
 */
export function debianUpstream(source: string | undefined): string | undefined {
  const m = /^(\S+)(?:\s+\(\s*([^)\s]+)\s*\))?/.exec(source?.trim() ?? '');
  if (m === null) return undefined;
  return m[2] === undefined ? m[1] : `${m[1]}@${m[2]}`;
}

/** dpkg's per-package file lists (`var/lib/dpkg/info/<pkg>[:arch].list`): paths owned by OS packages. */
export function dpkgOwnedPaths(listContent: string): string[] {
  return listContent
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^\/+/, ''))
    .filter((l) => l !== '');
}
/** Debian short licence names (DEP-5) that differ from their SPDX identifiers. */
const DEBIAN_LICENSES: Record<string, string> = {
  expat: 'MIT',
  artistic: 'Artistic-1.0-Perl',
  'bsd-2-clause': 'BSD-2-Clause',
  'bsd-3-clause': 'BSD-3-Clause',
  'bsd-4-clause': 'BSD-4-Clause',
  'gpl-1': 'GPL-1.0-only',
  'gpl-2': 'GPL-2.0-only',
  'gpl-3': 'GPL-3.0-only',
  'lgpl-2': 'LGPL-2.0-only',
  'lgpl-2.1': 'LGPL-2.1-only',
  'lgpl-3': 'LGPL-3.0-only',
  'agpl-3': 'AGPL-3.0-only',
  'gfdl-1.2': 'GFDL-1.2-only',
  'gfdl-1.3': 'GFDL-1.3-only',
  'mpl-1.1': 'MPL-1.1',
  'mpl-2.0': 'MPL-2.0',
  'apache-2.0': 'Apache-2.0',
  zlib: 'Zlib',
  isc: 'ISC',
  'cc0-1.0': 'CC0-1.0',
  'bsl-1.0': 'BSL-1.0',
  mit: 'MIT',
  x11: 'X11',
  curl: 'curl',
};

/** One DEP-5 short name (`GPL-2+`, `LGPL-2.1`, `Expat`) as an SPDX identifier, or undefined. */
function debianLicenseId(short: string): string | undefined {
  const s = short.trim();
  const plus = s.endsWith('+');
  const base = (plus ? s.slice(0, -1) : s).toLowerCase().replace(/\.0$/, '');
  const mapped = DEBIAN_LICENSES[base] ?? DEBIAN_LICENSES[`${base}.0`];
  if (mapped === undefined) return isSpdxId(s) ? s : undefined;
  if (!plus) return mapped;
  return mapped.endsWith('-only') ? mapped.replace(/-only$/, '-or-later') : `${mapped}+`;
}

function isSpdxId(s: string): boolean {
  return /^[A-Za-z0-9.+-]+$/.test(s) && toLicense(s) !== undefined && 'expression' in (toLicense(s) as License);
}

/**
 * Licences from a machine-readable Debian copyright file (`usr/share/doc/<pkg>/copyright`, DEP-5):
 * each distinct `License:` short name or expression, as SPDX where every part maps, else as written.
 * Free-form (non-DEP-5) files give nothing rather than a guess.
 */
export function debianCopyrightLicenses(text: string): License[] {
  // DEP-5 puts Format: in the first paragraph; some packages keep a free-form preamble before it.
  if (!/^Format:\s*\S/m.test(text)) return [];
  const seen = new Map<string, License>();
  for (const stanza of parseStanzas(text)) {
    const field = stanza.License?.split('\n')[0]?.trim();
    if (field === undefined || field === '') continue;
    const parts = field
      .split(/\s+(or|and)\s+|\s*,\s*(?:and\s+)?/i)
      .filter((p): p is string => p !== undefined && p !== '');
    const ids: string[] = [];
    let complete = true;
    for (const part of parts) {
      if (/^(or|and)$/i.test(part)) {
        ids.push(part.toUpperCase());
        continue;
      }
      const id = debianLicenseId(part);
      if (id === undefined) complete = false;
      else ids.push(id);
    }
    const expression = ids.join(' ');
    const license: License = complete && isSpdxExpression(expression) ? { expression } : { name: field };
    seen.set('expression' in license ? license.expression : license.name, license);
  }
  return [...seen.values()].sort((a, b) => {
    const x = 'expression' in a ? a.expression : a.name;
    const y = 'expression' in b ? b.expression : b.name;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
