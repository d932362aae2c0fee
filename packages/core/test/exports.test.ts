/**
 * No dead exports in packages/core: every value a module exports (a constant, function or class) is
 * read by some other file: another module, the package index's users (actions, the CLI), a test, a
 * benchmark or a script. A value only its own file reads is not exported; a value no one reads is
 * deleted. Types are left out: they document signatures and cost nothing at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const coreSrc = path.join(root, 'packages/core/src');
const index = path.join(coreSrc, 'index.ts');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'generated') return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return /\.(ts|mjs|js)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Exported values of a module's text, by name. */
function exportedValues(text: string): string[] {
  return [...text.matchAll(/^export (?:async )?(?:const|let|function\*?|class) (\w+)/gm)].map((m) => m[1]!);
}

/** The exported values of `modules` that no text but their own (and the index) names. */
function unread(modules: readonly string[], texts: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const file of modules) {
    if (file === index) continue;
    for (const name of exportedValues(texts.get(file)!)) {
      const word = new RegExp(`\\b${name}\\b`);
      const readElsewhere = [...texts].some(([other, text]) => other !== file && other !== index && word.test(text));
      if (!readElsewhere) found.push(`${path.relative(root, file)}: ${name}`);
    }
  }
  return found;
}

describe('exports of packages/core', () => {
  const modules = tsFiles(coreSrc);
  const actions = readdirSync(path.join(root, 'actions'))
    .map((a) => path.join(root, 'actions', a, 'src'))
    .filter((dir) => statSync(path.dirname(dir)).isDirectory() && readdirSync(path.dirname(dir)).includes('src'));
  const readers = [
    ...modules,
    ...tsFiles(path.join(root, 'packages/core/test')),
    ...tsFiles(path.join(root, 'packages/cli/src')),
    ...actions.flatMap(tsFiles),
    ...tsFiles(path.join(root, 'test')),
    ...tsFiles(path.join(root, 'bench')),
    ...tsFiles(path.join(root, 'scripts')),
  ];
  const texts = new Map(readers.map((f) => [f, readFileSync(f, 'utf8')]));

  it('every exported value is read by another file', () => {
    expect(unread(modules, texts)).toEqual([]);
  });

  it('the check finds an export that only its own file reads, and passes one another file reads', () => {
    const dead = path.join(coreSrc, 'probe-dead.ts');
    const live = path.join(coreSrc, 'probe-live.ts');
    const probes = new Map(texts);
    probes.delete(fileURLToPath(import.meta.url)); // this file names the probes too
    probes.set(dead, 'export const UNREAD_PROBE = 1;\nexport const UNREAD_PROBE_SUM = UNREAD_PROBE + READ_PROBE();\n');
    probes.set(live, 'export function READ_PROBE() {}\n');
    expect(unread([dead, live], probes)).toEqual([
      'packages/core/src/probe-dead.ts: UNREAD_PROBE',
      'packages/core/src/probe-dead.ts: UNREAD_PROBE_SUM',
    ]);
  });
});
