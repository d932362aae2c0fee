/**
 * packages/http-client-lazy stands in for @actions/http-client under @actions/core (package.json
 * overrides) so that undici loads only when a request is made. It must offer exactly what
 * @actions/core imports and calls, declare exactly what it exports, refuse the rest by name, and
 * load neither the real client nor undici until a request.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './harness/runner.js';
import { coreImports, declared, resolvedForCore } from './harness/stand-in.js';

const stub = join(repoRoot, 'packages/http-client-lazy');
/** The stub's files for each specifier @actions/core may import. */
const files: Record<string, { js: string; dts: string }> = {
  '@actions/http-client': { js: join(stub, 'lib/index.js'), dts: join(stub, 'lib/index.d.ts') },
  '@actions/http-client/lib/auth': { js: join(stub, 'lib/auth.js'), dts: join(stub, 'lib/auth.d.ts') },
};

describe('the lazy @actions/http-client stand-in', () => {
  it('is what @actions/core resolves @actions/http-client to', () => {
    expect(resolvedForCore('@actions/http-client')).toBe(realpathSync(stub));
  });

  it('exports exactly the names @actions/core imports, per entry, and declares exactly those', async () => {
    const { names } = coreImports('@actions/http-client');
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
    const { importers } = coreImports('@actions/http-client');
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
