/** Python: requirements*.txt, poetry.lock, Pipfile.lock, uv.lock. */
import { parse as parseToml } from 'smol-toml';
import { ArtefactsError } from '../../errors.js';
import { makeComponent, scopesFromEdges } from '../component.js';
import type { CatalogerResult, Component, Scope } from '../model.js';
import { pep503, pypiPurl } from '../purl.js';

function toml(text: string, location: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    throw new ArtefactsError('SBOM_FAILED', `${location} is not valid TOML: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function pythonComponent(name: string, version: string, location: string, extra: Partial<Component> = {}) {
  return makeComponent({
    ecosystem: 'pypi',
    name,
    version,
    purl: pypiPurl(name, version),
    foundIn: location,
    ...(extra.scope === undefined ? {} : { scope: extra.scope }),
    ...(extra.dependsOn === undefined ? {} : { dependsOn: extra.dependsOn }),
    ...(extra.properties === undefined ? {} : { properties: extra.properties }),
  });
}

/**
 * requirements.txt: pinned lines (`name==1.0`, `name[extra]===1.0 ; marker`) become components with a
 * version; unpinned ones are reported without a version (and warned about); options, URLs, `-r`/`-c`
 * includes and editable installs are skipped with a warning naming the line.
 */
export function catalogRequirements(text: string, location: string): CatalogerResult {
  const components: Component[] = [];
  const warnings: string[] = [];
  const joined = text.replace(/\\\r?\n/g, ' ');
  for (const [index, raw] of joined.split(/\r?\n/).entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    if (line.startsWith('-') || /^(https?|git\+|file):/.test(line) || line.includes(' @ ')) {
      if (!/^--(hash|index-url|extra-index-url|trusted-host|find-links|pre|no-binary|only-binary)\b/.test(line)) {
        warnings.push(`${location}:${index + 1}: skipped '${line.slice(0, 80)}' (not a name==version requirement)`);
      }
      continue;
    }
    const spec =
      line
        .split(';')[0]
        ?.replace(/\s--hash=\S+/g, '')
        .trim() ?? '';
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
    if (m === null) {
      warnings.push(`${location}:${index + 1}: could not read '${line.slice(0, 80)}'`);
      continue;
    }
    const name = m[1] ?? '';
    const pinned = /^===?\s*([^\s,]+)$/.exec((m[3] ?? '').trim());
    if (pinned === null) {
      warnings.push(`${location}:${index + 1}: ${name} is not pinned ('${(m[3] ?? '').trim() || 'any'}'); no version`);
    }
    components.push(
      pythonComponent(name, pinned?.[1] ?? '', location, {
        properties: { 'pypi:specifier': pinned === null ? (m[3] ?? '').trim() || '*' : undefined } as Record<
          string,
          string
        >,
      }),
    );
  }
  return { components, direct: components.map((c) => c.purl), warnings };
}

interface PoetryPackage {
  name: string;
  version: string;
  category?: string;
  optional?: boolean;
  groups?: string[];
  dependencies?: Record<string, unknown>;
  source?: { type?: string; url?: string };
}

export function catalogPoetryLock(text: string, location: string, pyproject?: string): CatalogerResult {
  const doc = toml(text, location) as { package?: PoetryPackage[] };
  const packages = doc.package ?? [];
  const byName = new Map(packages.map((p) => [pep503(p.name), p]));
  const hasCategories = packages.some((p) => p.category !== undefined || p.groups !== undefined);
  const components = packages.map((p) => {
    const inMain = p.category === 'main' || (p.groups ?? []).includes('main');
    const scope: Scope = p.optional === true ? 'optional' : hasCategories && !inMain ? 'dev' : 'required';
    return pythonComponent(p.name, p.version, location, {
      scope,
      dependsOn: Object.keys(p.dependencies ?? {})
        .map((n) => byName.get(pep503(n)))
        .filter((d): d is PoetryPackage => d !== undefined)
        .map((d) => pypiPurl(d.name, d.version)),
    });
  });
  // Direct dependencies come from pyproject.toml beside the lock (poetry.lock does not record them).
  const direct: string[] = [];
  const roots = { required: [] as string[], optional: [] as string[], dev: [] as string[] };
  if (pyproject !== undefined) {
    const project = toml(pyproject, location.replace(/poetry\.lock$/, 'pyproject.toml')) as {
      tool?: { poetry?: { dependencies?: Record<string, unknown>; group?: Record<string, { dependencies?: object }> } };
      project?: { dependencies?: string[] };
    };
    const push = (names: string[], into: string[]) => {
      for (const n of names) {
        const p = byName.get(pep503(n));
        if (p !== undefined) into.push(pypiPurl(p.name, p.version));
      }
    };
    const poetry = project.tool?.poetry;
    push(
      Object.keys(poetry?.dependencies ?? {}).filter((n) => n !== 'python'),
      roots.required,
    );
    push(
      (project.project?.dependencies ?? []).map((s) => /^[A-Za-z0-9._-]+/.exec(s)?.[0] ?? ''),
      roots.required,
    );
    for (const [group, g] of Object.entries(poetry?.group ?? {})) {
      if (group !== 'main') push(Object.keys(g.dependencies ?? {}), roots.dev);
    }
    direct.push(...roots.required, ...roots.dev);
  }
  return {
    components: hasCategories || pyproject === undefined ? components : scopesFromEdges(components, roots),
    direct,
  };
}

export function catalogPipfileLock(text: string, location: string): CatalogerResult {
  let doc: { default?: Record<string, { version?: string }>; develop?: Record<string, { version?: string }> };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (error) {
    throw new ArtefactsError('SBOM_FAILED', `${location} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const components: Component[] = [];
  const warnings: string[] = [];
  for (const [section, scope] of [
    ['default', 'required'],
    ['develop', 'dev'],
  ] as const) {
    for (const [name, entry] of Object.entries(doc[section] ?? {})) {
      const version = /^===?(.+)$/.exec(entry.version ?? '')?.[1];
      if (version === undefined) warnings.push(`${location}: ${name} in "${section}" has no pinned version`);
      components.push(pythonComponent(name, version ?? '', location, { scope }));
    }
  }
  return { components, direct: components.map((c) => c.purl), warnings };
}

interface UvPackage {
  name: string;
  version?: string;
  source?: { registry?: string; virtual?: string; editable?: string; git?: string; url?: string; path?: string };
  dependencies?: { name: string; version?: string }[];
  'optional-dependencies'?: Record<string, { name: string; version?: string }[]>;
  'dev-dependencies'?: Record<string, { name: string; version?: string }[]>;
}

export function catalogUvLock(text: string, location: string): CatalogerResult {
  const doc = toml(text, location) as { package?: UvPackage[] };
  const packages = doc.package ?? [];
  const isProject = (p: UvPackage) => p.source?.virtual !== undefined || p.source?.editable !== undefined;
  const byName = new Map<string, UvPackage[]>();
  for (const p of packages) byName.set(pep503(p.name), [...(byName.get(pep503(p.name)) ?? []), p]);
  const ref = (d: { name: string; version?: string }): string | undefined => {
    const candidates = (byName.get(pep503(d.name)) ?? []).filter((c) => !isProject(c));
    const hit = d.version === undefined ? candidates[0] : candidates.find((c) => c.version === d.version);
    return hit === undefined ? undefined : pypiPurl(hit.name, hit.version ?? '');
  };
  const refs = (list: { name: string; version?: string }[] | undefined) =>
    (list ?? []).map(ref).filter((p): p is string => p !== undefined);
  const roots = { required: [] as string[], optional: [] as string[], dev: [] as string[] };
  const components: Component[] = [];
  for (const p of packages) {
    const optional = Object.values(p['optional-dependencies'] ?? {}).flatMap(refs);
    if (isProject(p)) {
      roots.required.push(...refs(p.dependencies));
      roots.optional.push(...optional);
      roots.dev.push(...Object.values(p['dev-dependencies'] ?? {}).flatMap(refs));
      continue;
    }
    components.push(
      pythonComponent(p.name, p.version ?? '', location, {
        dependsOn: [...refs(p.dependencies), ...optional],
        properties: { 'pypi:source': p.source?.registry ?? p.source?.git ?? p.source?.url } as Record<string, string>,
      }),
    );
  }
  return {
    components: scopesFromEdges(components, roots),
    direct: [...roots.required, ...roots.optional, ...roots.dev],
  };
}
