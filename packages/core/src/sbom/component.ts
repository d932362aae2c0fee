/** Small helpers shared by the catalogers: building components and deriving scopes from edges. */
import type { Component, ComponentType, Ecosystem, Hash, License, Scope } from './model.js';

export interface ComponentInit {
  readonly ecosystem: Ecosystem;
  readonly name: string;
  readonly group?: string | undefined;
  readonly version: string;
  readonly purl: string;
  readonly type?: ComponentType;
  readonly licenses?: readonly License[];
  readonly hashes?: readonly Hash[];
  readonly scope?: Scope;
  readonly dependsOn?: readonly string[];
  readonly foundIn: string;
  readonly properties?: Readonly<Record<string, string | undefined>>;
}

export function makeComponent(init: ComponentInit): Component {
  const properties: Record<string, string> = {};
  for (const [k, v] of Object.entries(init.properties ?? {})) if (v !== undefined && v !== '') properties[k] = v;
  return {
    name: init.name,
    ...(init.group === undefined || init.group === '' ? {} : { group: init.group }),
    version: init.version,
    ecosystem: init.ecosystem,
    type: init.type ?? 'library',
    purl: init.purl,
    licenses: init.licenses ?? [],
    hashes: init.hashes ?? [],
    scope: init.scope ?? 'required',
    dependsOn: init.dependsOn ?? [],
    foundIn: [init.foundIn],
    properties,
  };
}

/**
 * For formats that record edges but not scopes (yarn, berry, Cargo, poetry without groups): a
 * package reachable from a required direct dependency is required; else from an optional one,
 * optional; else dev. Packages reachable from nothing keep the scope they were given.
 */
export function scopesFromEdges(
  components: readonly Component[],
  roots: {
    readonly required: readonly string[];
    readonly optional: readonly string[];
    readonly dev: readonly string[];
  },
): Component[] {
  const byPurl = new Map(components.map((c) => [c.purl, c]));
  const scope = new Map<string, Scope>();
  const walk = (start: readonly string[], s: Scope) => {
    const stack = [...start];
    while (stack.length > 0) {
      const purl = stack.pop() as string;
      if (scope.has(purl)) continue;
      scope.set(purl, s);
      for (const next of byPurl.get(purl)?.dependsOn ?? []) stack.push(next);
    }
  };
  walk(roots.required, 'required');
  walk(roots.optional, 'optional');
  walk(roots.dev, 'dev');
  return components.map((c) => ({ ...c, scope: scope.get(c.purl) ?? c.scope }));
}

/** Reads a package.json's direct dependency names by kind (for lockfiles that do not record them). */
export function manifestRoots(manifest: unknown): { required: string[]; optional: string[]; dev: string[] } {
  const m = (manifest ?? {}) as Record<string, unknown>;
  const names = (key: string) =>
    typeof m[key] === 'object' && m[key] !== null ? Object.keys(m[key] as Record<string, unknown>) : [];
  const optional = names('optionalDependencies');
  return {
    required: names('dependencies').filter((n) => !optional.includes(n)),
    optional,
    dev: names('devDependencies'),
  };
}
