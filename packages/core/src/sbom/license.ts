/** Licences as SPDX expressions where they parse as one, and hashes from lockfile integrity fields. */
import parseSpdx from 'spdx-expression-parse';
import type { Hash, HashAlgorithm, License } from './model.js';

/** One licence string as found: an SPDX expression when it parses, else kept as a name. */
export function toLicense(raw: string): License | undefined {
  const text = raw.trim();
  if (text === '' || /^(UNKNOWN|NONE|NOASSERTION|UNLICENSED)$/i.test(text)) return undefined;
  if (isSpdxExpression(text)) return { expression: text };
  // Common near-misses that are unambiguous: "Apache 2.0", "Apache License 2.0", "BSD" stays a name.
  const alias = ALIASES[text.toLowerCase()];
  if (alias !== undefined) return { expression: alias };
  return { name: text };
}

const ALIASES: Record<string, string> = {
  'apache 2.0': 'Apache-2.0',
  'apache-2': 'Apache-2.0',
  'apache 2': 'Apache-2.0',
  'apache license 2.0': 'Apache-2.0',
  'apache license, version 2.0': 'Apache-2.0',
  'apache software license': 'Apache-2.0',
  'mit license': 'MIT',
  'the mit license': 'MIT',
  'bsd-3': 'BSD-3-Clause',
  'bsd 3-clause': 'BSD-3-Clause',
  'bsd-2': 'BSD-2-Clause',
  'isc license': 'ISC',
  'mozilla public license 2.0 (mpl 2.0)': 'MPL-2.0',
  'python software foundation license': 'PSF-2.0',
};

/**
 * Answers by text, remembered for the process: a lockfile repeats a handful of licence strings across
 * hundreds of packages, and parsing each again was a third of an npm catalogue's time. Bounded, so an
 * image with very many distinct strings does not grow it without end.
 */
const parsed = new Map<string, boolean>();
const PARSED_MAX = 4096;

export function isSpdxExpression(text: string): boolean {
  const known = parsed.get(text);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    parseSpdx(text);
    valid = true;
  } catch {
    valid = false;
  }
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(text, valid);
  return valid;
}

/** Licences from package.json shapes: "MIT", {type: "MIT"}, licenses: [{type}], "(MIT OR X)". */
export function packageJsonLicenses(pkg: { license?: unknown; licenses?: unknown }): License[] {
  const found: License[] = [];
  const add = (value: unknown) => {
    const text =
      typeof value === 'string'
        ? value
        : typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
          ? (value as { type: string }).type
          : undefined;
    const license = text === undefined ? undefined : toLicense(text);
    if (license !== undefined) found.push(license);
  };
  if (pkg.license !== undefined) add(pkg.license);
  if (Array.isArray(pkg.licenses)) pkg.licenses.forEach(add);
  else if (pkg.licenses !== undefined) add(pkg.licenses);
  return found;
}

const SRI: Record<string, HashAlgorithm> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

/** Subresource-integrity strings (`sha512-<base64> sha1-<base64>`) → hex hashes. */
export function integrityHashes(integrity: string | undefined): Hash[] {
  if (integrity === undefined) return [];
  const hashes: Hash[] = [];
  for (const token of integrity.trim().split(/\s+/)) {
    const dash = token.indexOf('-');
    if (dash <= 0) continue;
    const alg = SRI[token.slice(0, dash).toLowerCase()];
    const b64 = token.slice(dash + 1).replace(/\?.*$/, '');
    if (alg === undefined || !/^[A-Za-z0-9+/]+=*$/.test(b64)) continue;
    hashes.push({ alg, content: Buffer.from(b64, 'base64').toString('hex') });
  }
  return hashes;
}
