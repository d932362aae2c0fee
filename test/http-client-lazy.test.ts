/**
 * packages/http-client-lazy stands in for @actions/http-client under @actions/core (package.json
 * overrides) so that undici loads only when a request is made. It must offer exactly what
 * @actions/core imports and calls, declare exactly what it exports, refuse the rest by name, and
 * load neither the real client nor undici until a request.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { repoRoot } from './harness/runner.js';

const stub = join(repoRoot, 'packages/http-client-lazy');
const actionsCore = join(repoRoot, 'node_modules/@actions/core');
/** The stub's files for each specifier @actions/core may import. */
const files: Record<string, { js: string; dts: string }> = {
  '@actions/http-client': { js: join(stub, 'lib/index.js'), dts: join(stub, 'lib/index.d.ts') },
  '@actions/http-client/lib/auth': { js: join(stub, 'lib/auth.js'), dts: join(stub, 'lib/auth.d.ts') },
};

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

/** What @actions/core's own code imports from @actions/http-client, per specifier, and the files that do. */
function coreImports(): { names: Record<string, string[]>; importers: string[] } {
  const names: Record<string, Set<string>> = {};
  const importers = new Set<string>();
  for (const file of jsFiles(join(actionsCore, 'lib'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\s+([^;]*?)\s+from\s+['"](@actions\/http-client[^'"]*)['"]/g)) {
      const clause = m[1] ?? '';
      const spec = m[2] ?? '';
      // A default or namespace import would hide which names are used: the stub could not be checked.
      expect([file, clause]).toEqual([file, expect.stringMatching(/^\{[^}]*\}$/)]);
      const set = (names[spec] ??= new Set());
      for (const part of clause.slice(1, -1).split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0];
        if (name) set.add(name);
      }
      importers.add(file);
    }
    expect([file, /require\(['"]@actions\/http-client/.test(text)]).toEqual([file, false]);
  }
  return {
    names: Object.fromEntries(Object.entries(names).map(([k, v]) => [k, [...v].sort()])),
    importers: [...importers],
  };
}

/** The names a declaration file exports, and the public members of each class it declares. */
function declared(dts: string): { exports: string[]; members: Record<string, string[]> } {
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

describe('the lazy @actions/http-client stand-in', () => {
  it('is what @actions/core resolves @actions/http-client to', () => {
    expect(realpathSync(join(actionsCore, 'node_modules/@actions/http-client'))).toBe(realpathSync(stub));
  });

  it('exports exactly the names @actions/core imports, per entry, and declares exactly those', async () => {
    const { names } = coreImports();
    expect(Object.keys(names).sort()).toEqual(Object.keys(files).sort());
    const exportsMap = JSON.parse(readFileSync(join(stub, 'package.json'), 'utf8')).exports as Record<string, unknown>;
    expect(
      Object.keys(exportsMap)
        .map((k) => `@actions/http-client${k.slice(1)}`)
        .sort(),
    ).toEqual(Object.keys(files).sort());
    for (const [spec, { js, dts }] of Object.entries(files)) {
      const runtime = Object.keys(await import(pathToFileURL(js).href)).sort();
      expect([spec, runtime]).toEqual([spec, names[spec]]);
      expect([spec, declared(dts).exports]).toEqual([spec, names[spec]]);
    }
  });

  it('HttpClient declares and wires exactly the methods @actions/core calls; every other method throws naming itself', async () => {
    const { importers } = coreImports();
    const eager = await import('@actions/http-client-eager');
    const realMethods = Object.getOwnPropertyNames(eager.HttpClient.prototype).filter(
      (n) => n !== 'constructor' && !n.startsWith('_'),
    );
    const called = realMethods
      .filter((n) => importers.some((file) => new RegExp(`\\.${n}\\(`).test(readFileSync(file, 'utf8'))))
      .sort();
    expect(called).toEqual(['getJson']);
    expect(declared(files['@actions/http-client']!.dts).members.HttpClient).toEqual(called);

    const { HttpClient } = (await import(pathToFileURL(files['@actions/http-client']!.js).href)) as {
      HttpClient: new (...args: unknown[]) => Record<string, (...args: unknown[]) => unknown>;
    };
    const client = new HttpClient('test');
    for (const name of realMethods.filter((n) => !called.includes(n))) {
      expect(() => client[name]!('http://127.0.0.1:1/')).toThrow(`HttpClient.${name}() was called`);
    }
  });

  it('loading @actions/core and using the stand-in loads neither undici nor the real client until getIDToken makes a request', () => {
    // Every module resolved in a fresh process, before and after a real request to a local server.
    const script = `
      import { registerHooks } from 'node:module';
      import { createServer } from 'node:http';
      const seen = [];
      registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.push(r.url); return r; } });
      const core = await import('@actions/core');
      const stubUrl = seen.find((u) => u.includes('/packages/http-client-lazy/lib/index.js'));
      const { HttpClient } = await import(stubUrl);
      const { BearerCredentialHandler } = await import(stubUrl.replace(/index\\.js$/, 'auth.js'));
      new HttpClient('test', [new BearerCredentialHandler('t')]);
      const before = [...seen];
      // A real OIDC token request through @actions/core, as keyless signing makes it.
      const server = createServer((req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ value: req.headers.authorization + ' ' + req.url }));
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'http://127.0.0.1:' + server.address().port + '/token?v=1';
      process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 't';
      const value = await core.getIDToken('sigstore');
      server.close();
      process.stdout.write('\\n' + JSON.stringify({ core: typeof core.getIDToken, stubUrl, before, after: seen, value }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_PROXY: '*' },
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as {
      core: string;
      stubUrl: string;
      before: string[];
      after: string[];
      value: string;
    };
    expect(out.core).toBe('function');
    expect(out.stubUrl).toContain('/packages/http-client-lazy/lib/index.js');
    const heavy = (urls: string[]) =>
      urls.filter((u) => /\/node_modules\/undici\/|http-client-eager\/lib\/index\.js/.test(u)).length > 0;
    expect(heavy(out.before)).toBe(false);
    // The detector sees them once a request is made (so the check above can fail).
    expect(heavy(out.after)).toBe(true);
    expect(out.value).toBe('Bearer t /token?v=1&audience=sigstore');
  });
});
