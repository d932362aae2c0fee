/** Go go.mod (+ go.sum beside it) and Rust Cargo.lock. */
import { parse as parseToml } from 'smol-toml';
import { ArtefactsError } from '../../errors.js';
import { makeComponent } from '../component.js';
import type { CatalogerResult, Component } from '../model.js';
import { cargoPurl, golangPurl } from '../purl.js';

interface GoRequire {
  path: string;
  version: string;
  indirect: boolean;
}

/** Parses go.mod's require and replace directives (block and single-line forms). */
function parseGoMod(text: string): { module?: string; requires: GoRequire[]; replaces: Map<string, GoRequire> } {
  const requires: GoRequire[] = [];
  const replaces = new Map<string, GoRequire>();
  let module: string | undefined;
  let block: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '') continue;
    if (block !== undefined) {
      if (line === ')') {
        block = undefined;
        continue;
      }
      directive(block, line, indirect);
      continue;
    }
    const m = /^(\w+)\s*(\(?)\s*(.*)$/.exec(line);
    if (m === null) continue;
    if (m[2] === '(') {
      block = m[1];
      continue;
    }
    if (m[1] === 'module') module = unquote(m[3] ?? '');
    else directive(m[1] ?? '', m[3] ?? '', indirect);
  }
  function directive(kind: string, rest: string, indirect: boolean) {
    const f = rest.split(/\s+/).map(unquote);
    if (kind === 'require' && f.length >= 2) requires.push({ path: f[0] ?? '', version: f[1] ?? '', indirect });
    if (kind === 'replace') {
      const arrow = f.indexOf('=>');
      if (arrow < 0) return;
      const from = f[0] ?? '';
      const to = f.slice(arrow + 1);
      replaces.set(from, { path: to[0] ?? '', version: to[1] ?? '', indirect: false });
    }
  }
  return { ...(module === undefined ? {} : { module }), requires, replaces };
}

function unquote(s: string): string {
  return s.startsWith('"') || s.startsWith('`') ? s.slice(1, -1) : s;
}

export function catalogGoMod(text: string, location: string, goSum?: string): CatalogerResult {
  const { requires, replaces } = parseGoMod(text);
  const sums = new Map<string, string>();
  for (const line of (goSum ?? '').split(/\r?\n/)) {
    const [path, version, hash] = line.trim().split(/\s+/);
    if (path && version && hash && !version.endsWith('/go.mod')) sums.set(`${path}@${version}`, hash);
  }
  const warnings: string[] = [];
  const components: Component[] = [];
  const direct: string[] = [];
  for (const req of requires) {
    let { path, version } = req;
    const replacement = replaces.get(path) ?? replaces.get(`${path}@${version}`);
    if (replacement !== undefined) {
      if (replacement.version === '') {
        warnings.push(`${location}: ${path} is replaced by the local directory ${replacement.path}; kept as required`);
      } else {
        path = replacement.path;
        version = replacement.version;
      }
    }
    const purl = golangPurl(path, version);
    if (!req.indirect) direct.push(purl);
    components.push(
      makeComponent({
        ecosystem: 'golang',
        name: path,
        version,
        purl,
        foundIn: location,
        properties: {
          'go:indirect': req.indirect ? 'true' : undefined,
          // go.sum's h1: is a hash of the module's file tree (dirhash), not of an archive: kept as a fact.
          'go:sum': sums.get(`${path}@${version}`),
          'go:replaces': replacement !== undefined && replacement.version !== '' ? req.path : undefined,
        },
      }),
    );
  }
  if (goSum === undefined && requires.length > 0) warnings.push(`${location}: no go.sum beside it`);
  return { components, direct, warnings };
}

interface CargoPackage {
  name: string;
  version: string;
  source?: string;
  checksum?: string;
  dependencies?: string[];
}

export function catalogCargoLock(text: string, location: string): CatalogerResult {
  let doc: { package?: CargoPackage[] };
  try {
    doc = parseToml(text) as typeof doc;
  } catch (error) {
    throw new ArtefactsError('SBOM_FAILED', `${location} is not valid TOML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const packages = doc.package ?? [];
  const byName = new Map<string, CargoPackage[]>();
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  // "name", "name version" or "name version (source)": unique by name unless several versions are locked.
  const resolve = (dep: string): CargoPackage | undefined => {
    const [name, version] = dep.split(' ');
    const candidates = byName.get(name ?? '') ?? [];
    return version === undefined ? candidates[0] : candidates.find((c) => c.version === version);
  };
  const isLocal = (p: CargoPackage) => p.source === undefined;
  const components: Component[] = [];
  const direct = new Set<string>();
  for (const p of packages) {
    const deps = (p.dependencies ?? []).map(resolve).filter((d): d is CargoPackage => d !== undefined);
    if (isLocal(p)) {
      // Workspace members are the project itself: their dependencies are its direct ones.
      for (const d of deps) if (!isLocal(d)) direct.add(cargoPurl(d.name, d.version));
      continue;
    }
    components.push(
      makeComponent({
        ecosystem: 'cargo',
        name: p.name,
        version: p.version,
        purl: cargoPurl(p.name, p.version),
        hashes:
          p.checksum !== undefined && /^[0-9a-f]{64}$/.test(p.checksum)
            ? [{ alg: 'SHA-256', content: p.checksum }]
            : [],
        dependsOn: deps.filter((d) => !isLocal(d)).map((d) => cargoPurl(d.name, d.version)),
        foundIn: location,
        properties: { 'cargo:source': p.source },
      }),
    );
  }
  return { components, direct: [...direct] };
}
