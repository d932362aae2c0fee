/** Language packages installed in an image: node_modules package.json and Python METADATA / PKG-INFO. */
import { makeComponent } from '../../component.js';
import { packageJsonLicenses, toLicense } from '../../license.js';
import type { CatalogerResult, License } from '../../model.js';
import { npmPurl, pep503, pypiPurl } from '../../purl.js';

/** A package.json found under node_modules (installed package). */
export function catalogPackageJson(text: string, location: string): CatalogerResult {
  let pkg: { name?: unknown; version?: unknown; license?: unknown; licenses?: unknown; dependencies?: unknown };
  try {
    pkg = JSON.parse(text) as typeof pkg;
  } catch {
    return { components: [], warnings: [`${location}: not valid JSON; skipped`] };
  }
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string' || pkg.name === '' || pkg.version === '') {
    return { components: [] };
  }
  return {
    components: [
      makeComponent({
        ecosystem: 'npm',
        name: pkg.name,
        version: pkg.version,
        purl: npmPurl(pkg.name, pkg.version),
        licenses: packageJsonLicenses(pkg),
        foundIn: location,
      }),
    ],
  };
}

/** Whether a path is an installed package's own package.json (`…/node_modules/[@scope/]name/package.json`). */
export function isNodeModulesPackageJson(path: string): boolean {
  return /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(path);
}

const CLASSIFIER_LICENSES: Record<string, string> = {
  'MIT License': 'MIT',
  'Apache Software License': 'Apache-2.0',
  'BSD License': 'BSD-3-Clause',
  'ISC License (ISCL)': 'ISC',
  'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
  'Python Software Foundation License': 'PSF-2.0',
  'GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
  'GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
  'The Unlicense (Unlicense)': 'Unlicense',
};

/**
 * Python METADATA (dist-info) or PKG-INFO (egg-info): Name, Version; licence from
 * License-Expression (PEP 639), else License when it is short, else the license classifiers.
 */
export function catalogPythonMetadata(text: string, location: string): CatalogerResult {
  // Headers end at the first blank line; the body is the long description.
  const header = text.split(/\r?\n\r?\n/)[0] ?? '';
  const fields = new Map<string, string[]>();
  for (const [k, v] of parseHeaderLines(header))
    fields.set(k.toLowerCase(), [...(fields.get(k.toLowerCase()) ?? []), v]);
  const name = fields.get('name')?.[0];
  const version = fields.get('version')?.[0];
  if (name === undefined || version === undefined) return { components: [] };
  const licenses: License[] = [];
  const expression = fields.get('license-expression')?.[0];
  const license = fields.get('license')?.[0];
  if (expression !== undefined) {
    const l = toLicense(expression);
    if (l !== undefined) licenses.push(l);
  } else if (license !== undefined && license.length <= 80 && !license.includes('\n')) {
    const l = toLicense(license);
    if (l !== undefined) licenses.push(l);
  }
  if (licenses.length === 0) {
    for (const c of fields.get('classifier') ?? []) {
      const m = /^License :: (?:OSI Approved :: )?(.+)$/.exec(c);
      const id = m === null ? undefined : CLASSIFIER_LICENSES[m[1] ?? ''];
      if (id !== undefined) licenses.push({ expression: id });
    }
  }
  const requires = (fields.get('requires-dist') ?? [])
    .filter((r) => !/;\s*.*extra\s*==/.test(r))
    .map((r) => pep503(/^[A-Za-z0-9._-]+/.exec(r)?.[0] ?? ''))
    .filter((r) => r !== '');
  return {
    components: [
      makeComponent({
        ecosystem: 'pypi',
        name,
        version,
        purl: pypiPurl(name, version),
        licenses,
        foundIn: location,
        // Edges resolve by name later (the image catalogue knows every installed distribution).
        properties: { 'pypi:requires': requires.length === 0 ? undefined : [...new Set(requires)].sort().join(',') },
      }),
    ],
  };
}

function parseHeaderLines(header: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of header.split(/\r?\n/)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && out.length > 0) {
      const last = out[out.length - 1] as [string, string];
      last[1] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) out.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return out;
}

export function isPythonMetadata(path: string): boolean {
  return /\.dist-info\/METADATA$/.test(path) || /\.egg-info\/PKG-INFO$/.test(path) || /\.egg-info$/.test(path);
}
