/**
 * Installed-package catalogers that work on file CONTENT, so that whatever walks an image
 * (layers from a registry or an OCI layout) can feed them: dpkg status and distroless status.d,
 * apk installed, rpm's sqlite database, os-release, node_modules package.json, Python
 * dist-info METADATA / egg-info PKG-INFO, and Go build information embedded in binaries.
 * `location` is what the component's found-in says (the image walker passes `<layer>:<path>`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactsError } from '../../errors.js';
import { makeComponent } from '../component.js';
import { isSpdxExpression, packageJsonLicenses, toLicense } from '../license.js';
import type { CatalogerResult, Component, Distro, License } from '../model.js';
import { golangPurl, npmPurl, osPurl, pep503, pypiPurl } from '../purl.js';

/** os-release: KEY=value lines, values optionally quoted with shell escapes. */
export function parseOsRelease(text: string): Distro | undefined {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m === null) continue;
    let v = (m[2] ?? '').trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
      v = v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
    }
    fields[m[1] ?? ''] = v;
  }
  if (fields.ID === undefined) return undefined;
  return {
    id: fields.ID.toLowerCase(),
    ...(fields.VERSION_ID === undefined ? {} : { versionId: fields.VERSION_ID }),
    ...(fields.PRETTY_NAME === undefined ? {} : { prettyName: fields.PRETTY_NAME }),
    ...(fields.VERSION_CODENAME === undefined ? {} : { versionCodename: fields.VERSION_CODENAME }),
  };
}

/** `distro` qualifier value per purl convention: `<id>-<version_id>` (debian-12, alpine-3.19.1). */
export function distroQualifier(distro: Distro | undefined): string | undefined {
  if (distro === undefined) return undefined;
  return distro.versionId === undefined ? distro.id : `${distro.id}-${distro.versionId}`;
}

/** RFC 822-style stanzas (dpkg status, PKG-INFO): fields with continuation lines; blank line separates. */
export function parseStanzas(text: string): Record<string, string>[] {
  const stanzas: Record<string, string>[] = [];
  let current: Record<string, string> = {};
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (Object.keys(current).length > 0) stanzas.push(current);
      current = {};
      last = undefined;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      current[last] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon);
    current[last] = line.slice(colon + 1).trim();
  }
  if (Object.keys(current).length > 0) stanzas.push(current);
  return stanzas;
}

const DEBIAN_VENDORS = new Set(['debian', 'ubuntu']);

/**
 * dpkg status (or one distroless status.d file). Only packages whose status says they are on disk
 * (not `not-installed`, not `config-files`) become components; Depends/Pre-Depends become edges,
 * through Provides where a virtual package is named.
 */
export function catalogDpkgStatus(text: string, location: string, distro?: Distro): CatalogerResult {
  const vendor = distro === undefined ? 'debian' : DEBIAN_VENDORS.has(distro.id) ? distro.id : distro.id;
  const entries = parseStanzas(text).filter((s) => {
    if (s.Package === undefined || s.Version === undefined) return false;
    const state = (s.Status ?? 'install ok installed').split(/\s+/)[2];
    return state !== 'not-installed' && state !== 'config-files';
  });
  const purlOf = (s: Record<string, string>) =>
    osPurl('deb', vendor, s.Package ?? '', s.Version ?? '', {
      arch: s.Architecture,
      distro: distroQualifier(distro),
    });
  const byName = new Map<string, string>();
  for (const s of entries) byName.set(s.Package ?? '', purlOf(s));
  for (const s of entries) {
    for (const p of (s.Provides ?? '').split(',')) {
      const name = p.trim().split(/[\s(]/)[0]?.replace(/:.*$/, '');
      if (name && !byName.has(name)) byName.set(name, purlOf(s));
    }
  }
  const components = entries.map((s) => {
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
      purl: purlOf(s),
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

/** dpkg's per-package file lists (`var/lib/dpkg/info/<pkg>[:arch].list`): paths owned by OS packages. */
export function dpkgOwnedPaths(listContent: string): string[] {
  return listContent
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^\/+/, ''))
    .filter((l) => l !== '');
}

/** apk's `lib/apk/db/installed`: one stanza per package, single-letter keys, repeated F:/R: file lists. */
export function catalogApkInstalled(
  text: string,
  location: string,
  distro?: Distro,
): CatalogerResult & { owned: string[] } {
  const owned: string[] = [];
  const packages: Record<string, string>[] = [];
  let current: Record<string, string> = {};
  let dir = '';
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.P !== undefined) packages.push(current);
      current = {};
      continue;
    }
    const key = line.slice(0, 1);
    const value = line.slice(2);
    if (key === 'F') dir = value;
    else if (key === 'R') owned.push(dir === '' ? value : `${dir}/${value}`);
    else current[key] = value;
  }
  if (current.P !== undefined) packages.push(current);
  const vendor = distro?.id ?? 'alpine';
  const purlOf = (p: Record<string, string>) =>
    osPurl('apk', vendor, p.P ?? '', p.V ?? '', { arch: p.A, distro: distroQualifier(distro) });
  const provides = new Map<string, string>();
  for (const p of packages) {
    provides.set(p.P ?? '', purlOf(p));
    for (const item of (p.p ?? '').split(/\s+/)) {
      const name = item.split(/[=<>~]/)[0];
      if (name) provides.set(name, purlOf(p));
    }
  }
  const components = packages.map((p) =>
    makeComponent({
      ecosystem: 'apk',
      name: p.P ?? '',
      group: vendor,
      version: p.V ?? '',
      purl: purlOf(p),
      licenses: licenseList(p.L),
      dependsOn: (p.D ?? '')
        .split(/\s+/)
        .filter((d) => d !== '' && !d.startsWith('!'))
        .map((d) => provides.get(d.split(/[=<>~]/)[0] ?? ''))
        .filter((x): x is string => x !== undefined),
      foundIn: location,
      properties: { 'apk:origin': p.o !== p.P ? p.o : undefined, 'apk:architecture': p.A },
    }),
  );
  return { components, owned };
}

function licenseList(raw: string | undefined): License[] {
  if (raw === undefined || raw.trim() === '') return [];
  const whole = toLicense(raw);
  return whole === undefined ? [] : [whole];
}

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

export const GO_BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

export interface GoBuildInfo {
  readonly goVersion: string;
  readonly path?: string;
  readonly main?: { path: string; version: string; sum?: string };
  readonly deps: { path: string; version: string; sum?: string; replacedBy?: string }[];
  readonly settings: Record<string, string>;
}

function uvarint(buf: Buffer, at: number): [number, number] | undefined {
  let x = 0;
  let shift = 0;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    const b = buf[i] as number;
    x += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [x, i + 1];
    shift += 7;
  }
  return undefined;
}

/**
 * Parses Go build information from the bytes starting at the `\xff Go buildinf:` header.
 * Go 1.18+ writes the version and module strings inline (flag bit 2); older binaries point into
 * data sections, which this reader does not follow (returns undefined; the caller warns).
 */
export function parseGoBuildInfo(buf: Buffer): GoBuildInfo | undefined {
  if (buf.length < 32 || !buf.subarray(0, 14).equals(GO_BUILDINFO_MAGIC)) return undefined;
  const flags = buf[15] ?? 0;
  if ((flags & 0x2) === 0) return undefined;
  const v = uvarint(buf, 32);
  if (v === undefined) return undefined;
  const goVersion = buf.subarray(v[1], v[1] + v[0]).toString('utf8');
  const m = uvarint(buf, v[1] + v[0]);
  if (m === undefined) return undefined;
  let modinfo = buf.subarray(m[1], m[1] + m[0]).toString('utf8');
  // modinfo is framed by 16-byte sentinels.
  if (modinfo.length >= 33) modinfo = modinfo.slice(16, -16);
  const info: {
    goVersion: string;
    path?: string;
    main?: GoBuildInfo['main'];
    deps: GoBuildInfo['deps'];
    settings: Record<string, string>;
  } = {
    goVersion,
    deps: [],
    settings: {},
  };
  for (const line of modinfo.split('\n')) {
    const f = line.split('\t');
    const mod = { path: f[1] ?? '', version: f[2] ?? '', ...(f[3] ? { sum: f[3] } : {}) };
    if (f[0] === 'path') info.path = f[1] ?? '';
    else if (f[0] === 'mod') info.main = mod;
    else if (f[0] === 'dep') info.deps.push(mod);
    else if (f[0] === '=>' && info.deps.length > 0) {
      // A module replacement is what got compiled; a local directory keeps the original identity.
      const replaced = info.deps[info.deps.length - 1] as GoBuildInfo['deps'][number];
      info.deps[info.deps.length - 1] = /^[./]/.test(mod.path) ? { ...replaced, replacedBy: mod.path } : mod;
    } else if (f[0] === 'build') {
      const kv = f.slice(1).join('\t');
      const eq = kv.indexOf('=');
      if (eq > 0) info.settings[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
  }
  return info;
}

/**
 * Finds the build-info header in a binary as it streams by (never holding the whole file) and
 * returns the bytes from the header on (up to `window`), or undefined if it has none.
 */
export async function findGoBuildInfo(chunks: AsyncIterable<Buffer>, window = 1 << 20): Promise<Buffer | undefined> {
  const overlap = GO_BUILDINFO_MAGIC.length - 1;
  let tail: Buffer = Buffer.alloc(0);
  let captured: Buffer[] | undefined;
  let capturedLength = 0;
  for await (const chunk of chunks) {
    if (captured !== undefined) {
      if (capturedLength < window) {
        captured.push(chunk);
        capturedLength += chunk.length;
      }
      continue;
    }
    // Search the chunk in place; only the few bytes straddling the previous chunk are copied.
    let found: Buffer | undefined;
    if (tail.length > 0) {
      const seam = Buffer.concat([tail, chunk.subarray(0, overlap)]);
      const at = seam.indexOf(GO_BUILDINFO_MAGIC);
      if (at >= 0) found = Buffer.concat([tail.subarray(at), chunk]);
    }
    if (found === undefined) {
      const at = chunk.indexOf(GO_BUILDINFO_MAGIC);
      if (at >= 0) found = chunk.subarray(at);
    }
    if (found !== undefined) {
      captured = [found];
      capturedLength = found.length;
      continue;
    }
    tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - overlap)));
  }
  return captured === undefined ? undefined : Buffer.concat(captured).subarray(0, window);
}

/** Components from a Go binary's build information: the main module (application) and its deps. */
export function catalogGoBinary(info: GoBuildInfo, location: string): CatalogerResult {
  const deps = info.deps.map((d) =>
    makeComponent({
      ecosystem: 'golang',
      name: d.path,
      version: d.version,
      purl: golangPurl(d.path, d.version),
      foundIn: location,
      properties: { 'go:sum': d.sum, 'go:replaced-by': d.replacedBy },
    }),
  );
  const components: Component[] = [...deps];
  const main = info.main ?? (info.path === undefined ? undefined : { path: info.path, version: '(devel)' });
  if (main !== undefined && main.path !== '') {
    const version = main.version === '(devel)' ? '' : main.version;
    components.push(
      makeComponent({
        ecosystem: 'golang',
        name: main.path,
        version,
        type: 'application',
        purl: golangPurl(main.path, version),
        dependsOn: deps.map((d) => d.purl),
        foundIn: location,
        properties: {
          'go:toolchain': info.goVersion,
          'go:main-version': main.version === '(devel)' ? '(devel)' : undefined,
          'go:GOOS': info.settings.GOOS,
          'go:GOARCH': info.settings.GOARCH,
          'go:vcs.revision': info.settings['vcs.revision'],
        },
      }),
    );
  }
  return { components };
}

/** ELF, Mach-O (32/64, both byte orders, fat) and PE headers: the files worth scanning for Go build info. */
export function looksExecutable(head: Buffer): boolean {
  if (head.length < 4) return false;
  const m = head.readUInt32BE(0);
  return (
    m === 0x7f454c46 ||
    m === 0xfeedface ||
    m === 0xfeedfacf ||
    m === 0xcefaedfe ||
    m === 0xcffaedfe ||
    m === 0xcafebabe ||
    (head[0] === 0x4d && head[1] === 0x5a)
  );
}

const RPM_TAGS = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  license: 1014,
  arch: 1022,
  sourcerpm: 1044,
} as const;
const RPMTAG_OLDFILENAMES = 1027;
const RPMTAG_DIRINDEXES = 1116;
const RPMTAG_BASENAMES = 1117;
const RPMTAG_DIRNAMES = 1118;
const RPM_TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 } as const;
/** rpm's own limits (hdrchkTags / hdrchkData in lib/header.c): at most 2^24 index entries, 1 GiB of data. */
const RPM_MAX_ENTRIES = 0xffffff;
const RPM_MAX_DATA = 0x3fffffff;

/** One installed rpm as its header says. */
export interface RpmHeader {
  readonly name?: string;
  readonly version?: string;
  readonly release?: string;
  readonly epoch?: string;
  readonly license?: string;
  readonly arch?: string;
  readonly sourcerpm?: string;
  /** The file list as rpm stores it: file i is `dirnames[dirindexes[i]] + basenames[i]` (absolute paths). */
  readonly dirnames: readonly string[];
  readonly basenames: readonly string[];
  readonly dirindexes: readonly number[];
}

function malformed(reason: string): ArtefactsError {
  return new ArtefactsError('SBOM_FAILED', `malformed rpm header: ${reason}`);
}

/**
 * Reads one rpm header blob as rpmdb.sqlite's Packages table stores it (rpm's headerExport: index
 * entry count, data length, 16-byte big-endian entries {tag, type, offset, count}, then the data
 * store). Only the tags above are decoded. Every count, offset and string is checked against the
 * blob before it is read, so a malformed blob fails with SBOM_FAILED (never a RangeError, never an
 * allocation larger than the blob itself).
 */
export function parseRpmHeader(blob: Buffer): RpmHeader {
  if (blob.length < 8) throw malformed(`${blob.length} bytes, shorter than the 8-byte preamble`);
  const il = blob.readUInt32BE(0);
  const dl = blob.readUInt32BE(4);
  if (il === 0 || il > RPM_MAX_ENTRIES) throw malformed(`${il} index entries`);
  if (dl > RPM_MAX_DATA) throw malformed(`${dl} bytes of data`);
  const storeStart = 8 + il * 16;
  if (storeStart + dl > blob.length) {
    throw malformed(`${il} entries and ${dl} data bytes need ${storeStart + dl} bytes; the blob has ${blob.length}`);
  }
  const store = blob.subarray(storeStart, storeStart + dl);
  const strings = (tag: number, offset: number, count: number): string[] => {
    // Every string takes at least its NUL, so a count beyond the bytes left is malformed, not a loop bound.
    if (count > dl - offset) throw malformed(`tag ${tag}: ${count} strings in ${dl - offset} bytes`);
    const out: string[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      const end = store.indexOf(0, at);
      if (end < 0) throw malformed(`tag ${tag}: string ${i} runs past the data store`);
      out.push(store.toString('utf8', at, end));
      at = end + 1;
    }
    return out;
  };
  const int32s = (tag: number, offset: number, count: number): number[] => {
    if (offset % 4 !== 0 || count > (dl - offset) / 4) {
      throw malformed(`tag ${tag}: ${count} INT32 values at offset ${offset} do not fit ${dl} bytes`);
    }
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(store.readUInt32BE(offset + i * 4));
    return out;
  };
  const fields: Record<string, string> = {};
  const wanted = new Map<number, string>(Object.entries(RPM_TAGS).map(([k, v]) => [v, k]));
  let dirnames: string[] = [];
  let basenames: string[] = [];
  let dirindexes: number[] = [];
  let oldfilenames: string[] | undefined;
  for (let i = 0; i < il; i++) {
    const at = 8 + i * 16;
    const tag = blob.readUInt32BE(at);
    const type = blob.readUInt32BE(at + 4);
    const offset = blob.readInt32BE(at + 8);
    const count = blob.readUInt32BE(at + 12);
    const key = wanted.get(tag);
    const fileTag =
      tag === RPMTAG_DIRNAMES || tag === RPMTAG_BASENAMES || tag === RPMTAG_DIRINDEXES || tag === RPMTAG_OLDFILENAMES;
    if (key === undefined && !fileTag) continue;
    if (offset < 0 || offset >= dl) throw malformed(`tag ${tag}: offset ${offset} outside ${dl} data bytes`);
    if (count === 0) throw malformed(`tag ${tag}: count 0`);
    if (key !== undefined) {
      if (type === RPM_TYPE.int32) fields[key] = String(int32s(tag, offset, 1)[0]);
      else if (type === RPM_TYPE.string || type === RPM_TYPE.stringArray || type === RPM_TYPE.i18nString) {
        fields[key] = strings(tag, offset, 1)[0] as string;
      } else throw malformed(`tag ${tag} (${key}) has type ${type}`);
      continue;
    }
    const expected = tag === RPMTAG_DIRINDEXES ? RPM_TYPE.int32 : RPM_TYPE.stringArray;
    if (type !== expected) throw malformed(`tag ${tag} has type ${type}, expected ${expected}`);
    if (tag === RPMTAG_DIRNAMES) dirnames = strings(tag, offset, count);
    else if (tag === RPMTAG_BASENAMES) basenames = strings(tag, offset, count);
    else if (tag === RPMTAG_DIRINDEXES) dirindexes = int32s(tag, offset, count);
    else oldfilenames = strings(tag, offset, count);
  }
  if (basenames.length === 0 && oldfilenames !== undefined) {
    // Headers from before rpm 4 compressed file names: full paths, split here into the same shape.
    const dirs = new Map<string, number>();
    for (const path of oldfilenames) {
      const slash = path.lastIndexOf('/');
      const dir = path.slice(0, slash + 1);
      if (!dirs.has(dir)) dirs.set(dir, dirs.size);
      dirindexes.push(dirs.get(dir) as number);
      basenames.push(path.slice(slash + 1));
    }
    dirnames = [...dirs.keys()];
  }
  if (dirindexes.length !== basenames.length) {
    throw malformed(`${basenames.length} file base names but ${dirindexes.length} directory indexes`);
  }
  for (const d of dirindexes) {
    if (d >= dirnames.length) throw malformed(`directory index ${d} beyond ${dirnames.length} directory names`);
  }
  return { ...fields, dirnames, basenames, dirindexes };
}

/** Every file path of a header, absolute, built one at a time. */
export function* rpmFiles(header: RpmHeader): Generator<string> {
  for (const [i, base] of header.basenames.entries()) {
    yield `${header.dirnames[header.dirindexes[i] ?? 0] ?? ''}${base}`;
  }
}

/**
 * Which of `candidates` (image paths without the leading slash) the header's files include.
 * Works per directory name, so the cost is the size of the header, not (files x path length).
 */
export function rpmOwnedAmong(header: RpmHeader, candidates: RpmCandidates): string[] {
  const dirs = header.dirnames.map((d) => candidates.get(d));
  const owned: string[] = [];
  for (const [i, base] of header.basenames.entries()) {
    const bases = dirs[header.dirindexes[i] ?? -1];
    if (bases?.has(base) === true) owned.push(`${(header.dirnames[header.dirindexes[i] ?? 0] ?? '').slice(1)}${base}`);
  }
  return owned;
}

/** Candidate paths grouped as rpm stores them: absolute directory with its trailing slash → base names. */
export type RpmCandidates = ReadonlyMap<string, ReadonlySet<string>>;

export function rpmCandidates(paths: Iterable<string>): RpmCandidates {
  const out = new Map<string, Set<string>>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    const dir = `/${path.slice(0, slash + 1)}`;
    const set = out.get(dir) ?? new Set<string>();
    set.add(path.slice(slash + 1));
    out.set(dir, set);
  }
  return out;
}

/** A variable, so that bundlers and Node 20 type definitions leave the optional built-in alone. */
const SQLITE = 'node:sqlite';

/** Whether this Node has node:sqlite (22.5+, 24); on Node 20 rpm databases are skipped with a notice. */
export async function sqliteAvailable(): Promise<boolean> {
  try {
    await import(SQLITE);
    return true;
  } catch {
    return false;
  }
}

/**
 * rpm's sqlite database (`var/lib/rpm/rpmdb.sqlite`, `usr/lib/sysimage/rpm/rpmdb.sqlite`). The bytes
 * (and the write-ahead log beside it when the image has a non-empty one: its pages are part of the
 * database) are written to a private temporary directory for node:sqlite to open, then removed.
 * Returns the packages and which of `candidates` (language-package paths) their files include.
 * A blob that is not a well-formed header is skipped with a warning naming its row; a file that
 * is not an rpm database at all gives a warning and no packages.
 */
export async function catalogRpmSqlite(
  bytes: Buffer,
  location: string,
  distro?: Distro,
  options: { candidates?: Iterable<string>; wal?: Buffer } = {},
): Promise<CatalogerResult & { owned: string[] }> {
  if (!(await sqliteAvailable())) {
    return {
      components: [],
      owned: [],
      warnings: [
        `${location}: rpm database skipped: node:sqlite needs Node 22.5 or later (this is ${process.versions.node})`,
      ],
    };
  }
  const { DatabaseSync } = (await import(SQLITE)) as unknown as {
    DatabaseSync: new (
      path: string,
      options?: { readOnly?: boolean },
    ) => {
      prepare(sql: string): { all(): { hnum: number | bigint; blob: Uint8Array }[] };
      close(): void;
    };
  };
  const candidates = rpmCandidates(options.candidates ?? []);
  const warnings: string[] = [];
  const owned = new Set<string>();
  const components: Component[] = [];
  // The purl namespace is the vendor; without an os-release we do not guess one.
  const vendor = distro?.id;
  const dir = await mkdtemp(join(tmpdir(), 'rpmdb-'));
  try {
    const file = join(dir, 'rpmdb.sqlite');
    await writeFile(file, bytes, { mode: 0o600 });
    const withWal = options.wal !== undefined && options.wal.length > 0;
    if (withWal) await writeFile(`${file}-wal`, options.wal as Buffer, { mode: 0o600 });
    let db: InstanceType<typeof DatabaseSync>;
    try {
      // With a log to replay the copy must be writable (sqlite folds the log in); it is ours alone.
      db = new DatabaseSync(file, { readOnly: !withWal });
    } catch (error) {
      return {
        components: [],
        owned: [],
        warnings: [
          `${location}: not a readable sqlite database (${messageOf(error)}); its rpm packages are not listed`,
        ],
      };
    }
    let rows: { hnum: number | bigint; blob: Uint8Array }[];
    try {
      rows = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all();
    } catch (error) {
      return {
        components: [],
        owned: [],
        warnings: [
          `${location}: no readable rpm Packages table (${messageOf(error)}); its rpm packages are not listed`,
        ],
      };
    } finally {
      db.close();
    }
    for (const row of rows) {
      let h: RpmHeader;
      try {
        h = parseRpmHeader(Buffer.from(row.blob.buffer, row.blob.byteOffset, row.blob.byteLength));
      } catch (error) {
        if (!(error instanceof ArtefactsError)) throw error;
        warnings.push(`${location}: package row ${String(row.hnum)}: ${error.message}; skipped`);
        continue;
      }
      if (h.name === undefined || h.version === undefined) {
        warnings.push(`${location}: package row ${String(row.hnum)} has no name or version; skipped`);
        continue;
      }
      if (h.name === 'gpg-pubkey') continue;
      if (candidates.size > 0) for (const p of rpmOwnedAmong(h, candidates)) owned.add(p);
      const version = h.release === undefined ? h.version : `${h.version}-${h.release}`;
      components.push(
        makeComponent({
          ecosystem: 'rpm',
          name: h.name,
          group: vendor,
          version,
          purl: osPurl('rpm', vendor, h.name, version, {
            arch: h.arch,
            epoch: h.epoch,
            distro: distroQualifier(distro),
          }),
          licenses: licenseList(h.license),
          foundIn: location,
          properties: { 'rpm:sourcerpm': h.sourcerpm },
        }),
      );
    }
    return { components, owned: [...owned].sort(), warnings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
export function debianLicenseId(short: string): string | undefined {
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
