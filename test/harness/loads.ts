/**
 * What a Node process loaded, written as it exits: Node's own modules (`process.moduleLoadList`) and
 * the files its module loader resolved (a bundle's entry and the chunks it imported). For checks that
 * a run does not pay at start for code it does not use. Each such check pairs with a run that does
 * load the code, so that it can fail.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Loaded {
  /** Node's own modules, without the `NativeModule ` prefix (`child_process`, `zlib`, …). */
  readonly builtins: readonly string[];
  /** `file:` URLs the loader resolved, in order. */
  readonly files: readonly string[];
}

export interface LoadWatch {
  /** Environment for the process: NODE_OPTIONS imports the hook, LOADS_OUT names its report. */
  readonly env: Record<string, string>;
  /** The report of the last process run with `env`. */
  read(): Loaded;
}

let count = 0;

/** A hook in `dir` and the environment that makes a Node process report what it loaded. */
export function watchLoads(dir: string): LoadWatch {
  const hook = join(dir, 'loads-hook.mjs');
  const out = join(dir, `loads-${process.pid}-${++count}.json`);
  writeFileSync(
    hook,
    [
      "import { registerHooks } from 'node:module';",
      "import { writeFileSync } from 'node:fs';",
      'const files = [];',
      'registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context);',
      "  if (r.url.startsWith('file:')) files.push(r.url); return r; } });",
      "process.on('exit', () => writeFileSync(process.env.LOADS_OUT, JSON.stringify({",
      "  builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)),",
      '  files })));',
      '',
    ].join('\n'),
  );
  return {
    env: { NODE_OPTIONS: `--import=${hook}`, LOADS_OUT: out },
    read: () => JSON.parse(readFileSync(out, 'utf8')) as Loaded,
  };
}
