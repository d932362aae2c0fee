/** yarn.lock (classic v1 and berry v2+) and pnpm-lock.yaml (lockfile 5.x, 6.x, 9.x). */
import { parse as parseYaml } from 'yaml';
import { ArtefactsError } from '../../errors.js';
import { makeComponent, manifestRoots, scopesFromEdges } from '../component.js';
import { integrityHashes } from '../license.js';
import type { CatalogerResult, Component, Hash, Scope } from '../model.js';
import { npmPurl } from '../purl.js';

/** Splits `name@range` at the `@` that separates them (a scope's leading `@` is part of the name). */
function splitSpecifier(spec: string): { name: string; range: string } {
  const at = spec.indexOf('@', 1);
  return at < 0 ? { name: spec, range: '' } : { name: spec.slice(0, at), range: spec.slice(at + 1) };
}

function unquote(s: string): string {
  const t = s.trim();
  return t.startsWith('"') && t.endsWith('"') ? (JSON.parse(t) as string) : t;
}

interface YarnEntry {
  specifiers: string[];
  name: string;
  version: string;
  resolved?: string;
  integrity?: string;
  dependencies: Record<string, string>;
  optional: Set<string>;
}

function isBerryLock(text: string): boolean {
  return /^__metadata:/m.test(text);
}

export function catalogYarnLock(text: string, location: string, manifest?: unknown): CatalogerResult {
  return isBerryLock(text) ? yarnBerry(text, location, manifest) : yarnClassic(text, location, manifest);
}

function yarnClassic(text: string, location: string, manifest?: unknown): CatalogerResult {
  const entries: YarnEntry[] = [];
  let current: YarnEntry | undefined;
  let section: string | undefined;
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      if (!line.endsWith(':')) {
        throw new ArtefactsError('SBOM_FAILED', `${location}:${index + 1}: not a yarn.lock v1 entry: ${line}`);
      }
      const specifiers = line
        .slice(0, -1)
        .split(/,\s*/)
        .map((s) => unquote(s));
      const first = splitSpecifier(specifiers[0] ?? '');
      current = {
        specifiers,
        // An alias (`alias@npm:real@^1`) installs `real`: the purl names the real package.
        name: first.range.startsWith('npm:') ? splitSpecifier(first.range.slice(4)).name : first.name,
        version: '',
        dependencies: {},
        optional: new Set(),
      };
      entries.push(current);
      section = undefined;
      continue;
    }
    if (current === undefined) continue;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    const body = line.trim();
    if (indent === 2) {
      section = undefined;
      if (body === 'dependencies:' || body === 'optionalDependencies:') {
        section = body.slice(0, -1);
        continue;
      }
      const space = body.indexOf(' ');
      const key = body.slice(0, space);
      const value = unquote(body.slice(space + 1));
      if (key === 'version') current.version = value;
      else if (key === 'resolved') current.resolved = value;
      else if (key === 'integrity') current.integrity = value;
    } else if (indent >= 4 && section !== undefined) {
      const m = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.*)$/.exec(body);
      if (m === null) continue;
      const dep = unquote(m[1] ?? '');
      current.dependencies[dep] = unquote(m[2] ?? '');
      if (section === 'optionalDependencies') current.optional.add(dep);
    }
  }
  const bySpecifier = new Map<string, string>();
  for (const e of entries) for (const s of e.specifiers) bySpecifier.set(s, npmPurl(e.name, e.version));
  const components = entries
    .filter((e) => e.version !== '')
    .map((e) => {
      const hashes: Hash[] = integrityHashes(e.integrity);
      // Older yarn.lock files only carry the tarball's sha1 as the resolved URL's fragment.
      const sha1 = /#([0-9a-f]{40})$/.exec(e.resolved ?? '')?.[1];
      if (hashes.length === 0 && sha1 !== undefined) hashes.push({ alg: 'SHA-1', content: sha1 });
      return makeComponent({
        ecosystem: 'npm',
        name: e.name,
        version: e.version,
        purl: npmPurl(e.name, e.version),
        hashes,
        dependsOn: Object.entries(e.dependencies)
          .map(([n, r]) => bySpecifier.get(`${n}@${r}`))
          .filter((p): p is string => p !== undefined),
        foundIn: location,
        properties: { 'npm:resolved': e.resolved?.replace(/#.*$/, '') },
      });
    });
  return withManifestScopes(components, manifest, (n) => {
    const m = (manifest ?? {}) as Record<string, Record<string, string> | undefined>;
    const range =
      m.dependencies?.[n] ?? m.optionalDependencies?.[n] ?? m.devDependencies?.[n] ?? m.peerDependencies?.[n];
    return range === undefined ? undefined : bySpecifier.get(`${n}@${range}`);
  });
}

function yarnBerry(text: string, location: string, manifest?: unknown): CatalogerResult {
  const doc = parseYaml(text) as Record<string, Record<string, unknown>>;
  const byDescriptor = new Map<string, string>();
  const workspaces: Record<string, unknown>[] = [];
  const packages: { key: string; entry: Record<string, unknown>; name: string; purl: string }[] = [];
  for (const [key, entry] of Object.entries(doc)) {
    if (key === '__metadata') continue;
    const resolution = String(entry.resolution ?? '');
    const name = splitSpecifier(resolution).name;
    if (/@workspace:/.test(resolution) || entry.linkType === 'soft') {
      workspaces.push(entry);
      continue;
    }
    const version = String(entry.version ?? '');
    if (name === '' || version === '') continue;
    const purl = npmPurl(name, version);
    for (const d of key.split(/,\s*/)) byDescriptor.set(d.trim(), purl);
    packages.push({ key, entry, name, purl });
  }
  const descriptor = (n: string, range: string) =>
    byDescriptor.get(`${n}@${range}`) ?? byDescriptor.get(`${n}@npm:${range}`);
  const components = packages.map(({ entry, name, purl }) =>
    makeComponent({
      ecosystem: 'npm',
      name,
      version: String(entry.version),
      purl,
      dependsOn: Object.entries((entry.dependencies ?? {}) as Record<string, string>)
        .map(([n, r]) => descriptor(n, String(r)))
        .filter((p): p is string => p !== undefined),
      foundIn: location,
      // Berry's checksum is of its own zip cache entry, not of the registry tarball: kept as a fact, not a hash.
      properties: { 'yarn:checksum': entry.checksum === undefined ? undefined : String(entry.checksum) },
    }),
  );
  const workspaceDeps = new Map<string, string>();
  for (const w of workspaces) {
    for (const [n, r] of Object.entries((w.dependencies ?? {}) as Record<string, string>)) workspaceDeps.set(n, r);
  }
  return withManifestScopes(components, manifest, (n) => {
    const range = workspaceDeps.get(n);
    return range === undefined ? undefined : descriptor(n, range);
  });
}

/** Scopes from package.json beside the lockfile (yarn does not record them); all required without it. */
function withManifestScopes(
  components: Component[],
  manifest: unknown,
  resolveDirect: (name: string) => string | undefined,
): CatalogerResult {
  const roots = manifestRoots(manifest);
  const pick = (names: string[]) => names.map(resolveDirect).filter((p): p is string => p !== undefined);
  const required = pick(roots.required);
  const optional = pick(roots.optional);
  const dev = pick(roots.dev);
  const warnings =
    manifest === undefined ? ['no package.json beside the yarn.lock: dev/optional scopes cannot be told apart'] : [];
  return {
    components: manifest === undefined ? components : scopesFromEdges(components, { required, optional, dev }),
    direct: [...required, ...optional, ...dev],
    warnings,
  };
}

interface PnpmImporter {
  dependencies?: Record<string, string | { version: string }>;
  devDependencies?: Record<string, string | { version: string }>;
  optionalDependencies?: Record<string, string | { version: string }>;
}

/** `/name@1.0.0(peer@2)`, `name@1.0.0`, `/name/1.0.0` (lockfile 5) → name and version. */
function pnpmKey(key: string): { name: string; version: string } | undefined {
  // Lockfile 5: `/name/1.0.0` or `/@scope/name/1.0.0_peer@2.0.0` (peers after an underscore).
  const v5 = /^\/((?:@[^/]+\/)?[^/@]+)\/(\d[^_/(]*)(?:_.*)?$/.exec(key);
  if (v5 !== null) return { name: v5[1] ?? '', version: v5[2] ?? '' };
  const k = key.replace(/^\//, '').replace(/\(.*$/, '');
  const at = k.indexOf('@', 1);
  if (at > 0) return { name: k.slice(0, at), version: k.slice(at + 1) };
  const slash = k.lastIndexOf('/');
  return slash > 0 ? { name: k.slice(0, slash), version: k.slice(slash + 1) } : undefined;
}

/** An importer's or snapshot's dependency value: `1.0.0`, `1.0.0(peer@2)`, `link:../x`, or an alias key. */
function pnpmRef(name: string, value: string | { version: string }): string | undefined {
  const v = (typeof value === 'string' ? value : value.version).replace(/\(.*$/, '');
  if (v.startsWith('link:') || v.startsWith('file:')) return undefined;
  // Aliased dependencies (`npm:other@1.0.0` or `/other@1.0.0`) name another package.
  if (v.includes('@') && !/^\d/.test(v)) {
    const parsed = pnpmKey(v.replace(/^npm:/, ''));
    return parsed === undefined ? undefined : npmPurl(parsed.name, parsed.version);
  }
  return npmPurl(name, v);
}

export function catalogPnpmLock(text: string, location: string): CatalogerResult {
  const doc = parseYaml(text) as {
    lockfileVersion?: string | number;
    importers?: Record<string, PnpmImporter>;
    packages?: Record<string, Record<string, unknown>>;
    snapshots?: Record<string, Record<string, unknown>>;
  } & PnpmImporter;
  if (doc === null || typeof doc !== 'object' || doc.lockfileVersion === undefined) {
    throw new ArtefactsError('SBOM_FAILED', `${location} is not a pnpm lockfile (no lockfileVersion)`);
  }
  const importers: PnpmImporter[] = doc.importers !== undefined ? Object.values(doc.importers) : [doc];
  const info = new Map<string, { name: string; version: string; entry: Record<string, unknown> }>();
  for (const [key, entry] of Object.entries(doc.packages ?? {})) {
    const parsed = pnpmKey(key);
    if (parsed === undefined) continue;
    const name = typeof entry.name === 'string' ? entry.name : parsed.name;
    const version = typeof entry.version === 'string' ? entry.version : parsed.version;
    const purl = npmPurl(name, version);
    const seen = info.get(purl);
    info.set(purl, { name, version, entry: { ...(seen?.entry ?? {}), ...entry } });
  }
  // Lockfile 9 keeps edges and the optional flag in `snapshots`; earlier ones in `packages`.
  const edgeSource = doc.snapshots ?? doc.packages ?? {};
  const edges = new Map<string, Set<string>>();
  const flags = new Map<string, { dev?: boolean; optional?: boolean }>();
  for (const [key, entry] of Object.entries(edgeSource)) {
    const parsed = pnpmKey(key);
    if (parsed === undefined) continue;
    const purl = npmPurl(parsed.name, parsed.version);
    const set = edges.get(purl) ?? new Set<string>();
    for (const field of ['dependencies', 'optionalDependencies'] as const) {
      for (const [n, v] of Object.entries((entry[field] ?? {}) as Record<string, string>)) {
        const ref = pnpmRef(n, v);
        if (ref !== undefined) set.add(ref);
      }
    }
    edges.set(purl, set);
    flags.set(purl, { dev: entry.dev as boolean | undefined, optional: entry.optional as boolean | undefined });
  }
  const components: Component[] = [...info.entries()].map(([purl, { name, version, entry }]) => {
    const f = flags.get(purl) ?? {};
    const scope: Scope = f.dev === true ? 'dev' : f.optional === true ? 'optional' : 'required';
    const resolution = (entry.resolution ?? {}) as { integrity?: string; tarball?: string };
    return makeComponent({
      ecosystem: 'npm',
      name,
      version,
      purl,
      hashes: integrityHashes(resolution.integrity),
      scope,
      dependsOn: [...(edges.get(purl) ?? [])],
      foundIn: location,
      properties: { 'npm:resolved': resolution.tarball },
    });
  });
  const roots = { required: [] as string[], optional: [] as string[], dev: [] as string[] };
  for (const imp of importers) {
    const refs = (deps: PnpmImporter['dependencies']) =>
      Object.entries(deps ?? {})
        .map(([n, v]) => pnpmRef(n, v))
        .filter((p): p is string => p !== undefined);
    roots.required.push(...refs(imp.dependencies));
    roots.optional.push(...refs(imp.optionalDependencies));
    roots.dev.push(...refs(imp.devDependencies));
  }
  // Lockfile 9 dropped the dev flag: derive scopes from the importers' edges. Earlier ones record it.
  const hasDevFlags = [...flags.values()].some((f) => f.dev !== undefined);
  return {
    components: hasDevFlags ? components : scopesFromEdges(components, roots),
    direct: [...roots.required, ...roots.optional, ...roots.dev],
  };
}
