/**
 * Helpers for the tests of the lazy stand-ins in packages/ (package.json overrides under
 * @actions/core): what @actions/core's own code imports from a package, and what a declaration file
 * exports, read with TypeScript itself.
 */
import { expect } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from './runner.js';

export const actionsCore = join(repoRoot, 'node_modules/@actions/core');

/**
 * Where Node finds `pkg` for @actions/core's code: its own node_modules, then each one above (npm
 * may nest a stand-in under @actions/core or hoist it to the root, whichever the lock file says).
 */
export function resolvedForCore(pkg: string): string {
  for (let dir = actionsCore; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', pkg);
    if (existsSync(candidate)) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`${pkg} cannot be resolved from @actions/core`);
  }
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

/** The files of @actions/core's lib/, with their text. */
export function coreSources(): { file: string; text: string }[] {
  return jsFiles(join(actionsCore, 'lib')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * What @actions/core's code uses from `pkg` (and its subpaths), per specifier, and the files that
 * import it. Named imports give their names; a namespace import (`import * as x`) gives every
 * `x.<name>` its file reads. A default import, a bare `x` passed around or a `require` would hide
 * which names are used, so they fail the test instead.
 */
export function coreImports(pkg: string): { names: Record<string, string[]>; importers: string[] } {
  const names: Record<string, Set<string>> = {};
  const importers = new Set<string>();
  const pattern = new RegExp(`import\\s+([^;]*?)\\s+from\\s+['"](${escaped(pkg)}(?:/[^'"]*)?)['"]`, 'g');
  for (const { file, text } of coreSources()) {
    for (const m of text.matchAll(pattern)) {
      const clause = m[1] ?? '';
      const spec = m[2] ?? '';
      const set = (names[spec] ??= new Set());
      const namespace = /^\*\s+as\s+(\w+)$/.exec(clause);
      if (namespace) {
        const local = namespace[1] ?? '';
        const rest = text.replace(m[0], '');
        for (const use of rest.matchAll(new RegExp(`\\b${local}\\b(\\.(\\w+))?`, 'g'))) {
          // Every mention of the namespace must be a member read.
          expect([file, use[0]]).toEqual([file, expect.stringMatching(/\./)]);
          set.add(use[2] ?? '');
        }
      } else {
        expect([file, clause]).toEqual([file, expect.stringMatching(/^\{[^}]*\}$/)]);
        for (const part of clause.slice(1, -1).split(',')) {
          const name = part.trim().split(/\s+as\s+/)[0];
          if (name) set.add(name);
        }
      }
      importers.add(file);
    }
    expect([file, new RegExp(`require\\(['"]${escaped(pkg)}`).test(text)]).toEqual([file, false]);
  }
  return {
    names: Object.fromEntries(Object.entries(names).map(([k, v]) => [k, [...v].sort()])),
    importers: [...importers],
  };
}

/** The names a declaration file exports, and the public members of each class it declares. */
export function declared(dts: string): { exports: string[]; members: Record<string, string[]> } {
  const program = ts.createProgram([dts], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(dts);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`no module symbol for ${dts}`);
  const members: Record<string, string[]> = {};
  const exports = checker.getExportsOfModule(symbol).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    if (target.flags & ts.SymbolFlags.Class) {
      const instance = checker.getDeclaredTypeOfSymbol(target);
      members[s.name] = checker
        .getPropertiesOfType(instance)
        .filter(
          (p) => !(ts.getCombinedModifierFlags(p.valueDeclaration!) & ts.ModifierFlags.NonPublicAccessibilityModifier),
        )
        .map((p) => p.name)
        .sort();
    }
    return s.name;
  });
  return { exports: exports.sort(), members };
}
