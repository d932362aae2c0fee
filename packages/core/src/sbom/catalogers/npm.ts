/** npm package-lock.json (lockfileVersion 1, 2 and 3) and npm-shrinkwrap.json. */
import { ArtefactsError } from '../../errors.js';
import { makeComponent, manifestRoots } from '../component.js';
import { integrityHashes, packageJsonLicenses } from '../license.js';
import type { CatalogerResult, Component, Scope } from '../model.js';
import { npmPurl } from '../purl.js';

interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: unknown;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  link?: boolean;
  inBundle?: boolean;
  bundled?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  requires?: Record<string, string> | boolean;
}

interface V1Entry extends LockEntry {
  dependencies?: Record<string, V1Entry> & Record<string, string>;
}

function scopeOf(entry: LockEntry): Scope {
  if (entry.dev === true || entry.devOptional === true) return 'dev';
  if (entry.optional === true) return 'optional';
  return 'required';
}

/** Versions that are not registry versions (git, tarball URLs) stay as written, minus `file:`/`link:`. */
function usableVersion(version: string | undefined): string | undefined {
  if (version === undefined || version === '') return undefined;
  if (/^(file|link|workspace):/.test(version)) return undefined;
  return version;
}

export function catalogNpmLock(text: string, location: string, manifest?: unknown): CatalogerResult {
  let lock: { lockfileVersion?: number; packages?: Record<string, LockEntry>; dependencies?: Record<string, V1Entry> };
  try {
    lock = JSON.parse(text) as typeof lock;
  } catch (error) {
    throw new ArtefactsError('SBOM_FAILED', `${location} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (lock.packages !== undefined) return fromPackages(lock.packages, location);
  if (lock.dependencies !== undefined) return fromV1(lock.dependencies, location, manifest);
  throw new ArtefactsError('SBOM_FAILED', `${location} has neither "packages" nor "dependencies"`, {
    hint: 'Is this a package-lock.json written by npm?',
  });
}

/** lockfileVersion 2 and 3: a flat map of install paths. */
function fromPackages(packages: Record<string, LockEntry>, location: string): CatalogerResult {
  const purlAt = new Map<string, string>();
  for (const [path, entry] of Object.entries(packages)) {
    if (path === '' || entry.link === true || !path.includes('node_modules/')) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const version = usableVersion(entry.version);
    if (version !== undefined) purlAt.set(path, npmPurl(name, version));
  }
  // Node's resolution: look in <path>/node_modules/<name>, then each ancestor's, then the root's.
  const resolve = (from: string, name: string): string | undefined => {
    let base = from;
    for (;;) {
      const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
      const found = purlAt.get(candidate);
      if (found !== undefined) return found;
      // A link at the candidate path points into the tree (workspaces): follow it.
      if (base === '') return undefined;
      const at = base.lastIndexOf('/node_modules/');
      base = at < 0 ? '' : base.slice(0, at);
    }
  };
  const edges = (path: string, entry: LockEntry) => {
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}),
    ];
    return [...new Set(names)].map((n) => resolve(path, n)).filter((p): p is string => p !== undefined);
  };
  const components: Component[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    const purl = purlAt.get(path);
    if (purl === undefined) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    components.push(
      makeComponent({
        ecosystem: 'npm',
        name,
        version: entry.version as string,
        purl,
        licenses: packageJsonLicenses(entry),
        hashes: integrityHashes(entry.integrity),
        scope: scopeOf(entry),
        dependsOn: edges(path, entry),
        foundIn: location,
        properties: {
          'npm:path': path,
          'npm:resolved': entry.resolved,
          'npm:bundled': entry.inBundle === true ? 'true' : undefined,
        },
      }),
    );
  }
  const root = packages[''] ?? {};
  const direct = [
    ...Object.keys(root.dependencies ?? {}),
    ...Object.keys(root.optionalDependencies ?? {}),
    ...Object.keys(root.devDependencies ?? {}),
    ...Object.keys(root.peerDependencies ?? {}),
  ]
    .map((n) => resolve('', n))
    .filter((p): p is string => p !== undefined);
  return { components, direct };
}

/** lockfileVersion 1: a nested tree; `requires` resolve upwards through the nesting. */
function fromV1(dependencies: Record<string, V1Entry>, location: string, manifest?: unknown): CatalogerResult {
  const components: Component[] = [];
  const walk = (deps: Record<string, V1Entry>, chain: Record<string, V1Entry>[], path: string) => {
    const scopeChain = [deps, ...chain];
    for (const [name, entry] of Object.entries(deps)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const version = usableVersion(entry.version);
      const nested = (entry.dependencies ?? {}) as Record<string, V1Entry>;
      const here = `${path}node_modules/${name}`;
      if (version !== undefined) {
        const requires = typeof entry.requires === 'object' ? Object.keys(entry.requires) : [];
        const dependsOn = requires
          .map((req) => {
            for (const level of [nested, ...scopeChain]) {
              const target = level[req];
              const v = usableVersion(target?.version);
              if (target !== undefined && v !== undefined) return npmPurl(req, v);
            }
            return undefined;
          })
          .filter((p): p is string => p !== undefined);
        components.push(
          makeComponent({
            ecosystem: 'npm',
            name,
            version,
            purl: npmPurl(name, version),
            hashes: integrityHashes(entry.integrity),
            scope: scopeOf(entry),
            dependsOn,
            foundIn: location,
            properties: { 'npm:path': here, 'npm:resolved': entry.resolved },
          }),
        );
      }
      walk(nested, scopeChain, `${here}/`);
    }
  };
  walk(dependencies, [], '');
  // v1 does not record the project's own direct dependencies; package.json beside it does.
  const roots = manifestRoots(manifest);
  const direct = [...roots.required, ...roots.optional, ...roots.dev]
    .map((n) => {
      const v = usableVersion(dependencies[n]?.version);
      return v === undefined ? undefined : npmPurl(n, v);
    })
    .filter((p): p is string => p !== undefined);
  return { components, direct };
}
