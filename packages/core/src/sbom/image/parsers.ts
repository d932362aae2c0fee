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

const RPM_TAGS = { name: 1000, version: 1001, release: 1002, epoch: 1003, license: 1014, arch: 1022, sourcerpm: 1044 };

/** Reads the fields we need from one rpm header blob (as stored in rpmdb.sqlite's Packages table). */
export function parseRpmHeader(blob: Buffer): Record<keyof typeof RPM_TAGS, string | undefined> {
  const count = blob.readUInt32BE(0);
  const storeStart = 8 + count * 16;
  const out: Record<string, string | undefined> = {};
  const wanted = new Map(Object.entries(RPM_TAGS).map(([k, v]) => [v, k]));
  for (let i = 0; i < count; i++) {
    const at = 8 + i * 16;
    const tag = blob.readUInt32BE(at);
    const key = wanted.get(tag);
    if (key === undefined) continue;
    const type = blob.readUInt32BE(at + 4);
    const offset = storeStart + blob.readInt32BE(at + 8);
    if (type === 4)
      out[key] = String(blob.readUInt32BE(offset)); // INT32 (epoch)
    else if (type === 6 || type === 8 || type === 9) {
      const end = blob.indexOf(0, offset);
      out[key] = blob.subarray(offset, end < 0 ? undefined : end).toString('utf8');
    }
  }
  return out as Record<keyof typeof RPM_TAGS, string | undefined>;
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
 * are written to a private temporary file for node:sqlite to open read-only, then removed.
 */
export async function catalogRpmSqlite(bytes: Buffer, location: string, distro?: Distro): Promise<CatalogerResult> {
  if (!(await sqliteAvailable())) {
    return {
      components: [],
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
      prepare(sql: string): { all(): { blob: Uint8Array }[] };
      close(): void;
    };
  };
  const dir = await mkdtemp(join(tmpdir(), 'rpmdb-'));
  try {
    const file = join(dir, 'rpmdb.sqlite');
    await writeFile(file, bytes, { mode: 0o600 });
    const db = new DatabaseSync(file, { readOnly: true });
    let rows: { blob: Uint8Array }[];
    try {
      rows = db.prepare('SELECT blob FROM Packages').all();
    } finally {
      db.close();
    }
    // The purl namespace is the vendor; without an os-release we do not guess one.
    const vendor = distro?.id;
    const components: Component[] = [];
    for (const row of rows) {
      const h = parseRpmHeader(Buffer.from(row.blob));
      if (h.name === undefined || h.version === undefined || h.name === 'gpg-pubkey') continue;
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
    return { components };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
