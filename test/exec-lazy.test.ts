/**
 * packages/exec-lazy stands in for @actions/exec under @actions/core (package.json overrides): core
 * imports it only for core.platform, which no action here calls, and the real module loads
 * @actions/io and node:assert on every action's start. The stand-in must offer exactly what
 * @actions/core uses, declare exactly that, and load neither the real module nor node:assert until
 * a command is run, which it then runs as the real module does.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './harness/runner.js';
import { coreImports, declared, resolvedForCore } from './harness/stand-in.js';

const stub = join(repoRoot, 'packages/exec-lazy');
const js = join(stub, 'lib/index.js');
const dts = join(stub, 'lib/index.d.ts');

describe('the lazy @actions/exec stand-in', () => {
  it('is what @actions/core resolves @actions/exec to', () => {
    expect(resolvedForCore('@actions/exec')).toBe(realpathSync(stub));
  });

  it('exports exactly the names @actions/core uses, and declares exactly those', async () => {
    const { names, importers } = coreImports('@actions/exec');
    expect(Object.keys(names)).toEqual(['@actions/exec']);
    expect(importers.length).toBeGreaterThan(0);
    const exportsMap = JSON.parse(readFileSync(join(stub, 'package.json'), 'utf8')).exports as Record<string, unknown>;
    expect(Object.keys(exportsMap)).toEqual(['.']);
    expect(Object.keys(await import(pathToFileURL(js).href)).sort()).toEqual(names['@actions/exec']);
    expect(declared(dts).exports).toEqual(names['@actions/exec']);
  });

  it('loading @actions/core loads neither the real module nor node:assert; a command run through it does, and runs', () => {
    const script = `
      import { registerHooks } from 'node:module';
      const seen = [];
      registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.push(r.url); return r; } });
      const builtins = () => process.moduleLoadList.filter((m) => m.startsWith('NativeModule '));
      const core = await import('@actions/core');
      const stubUrl = seen.find((u) => u.includes('/packages/exec-lazy/lib/index.js'));
      const before = { urls: [...seen], builtins: builtins() };
      const { getExecOutput } = await import(stubUrl);
      const result = await getExecOutput(process.execPath, ['-e', 'process.stdout.write("ran " + process.argv[1])', 'it'], { silent: true });
      process.stdout.write('\\n' + JSON.stringify({ core: typeof core.platform.getDetails, stubUrl, before, after: { urls: seen, builtins: builtins() }, result }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as {
      core: string;
      stubUrl: string;
      before: { urls: string[]; builtins: string[] };
      after: { urls: string[]; builtins: string[] };
      result: { exitCode: number; stdout: string };
    };
    expect(out.core).toBe('function');
    expect(out.stubUrl).toContain('/packages/exec-lazy/lib/index.js');
    const heavy = (state: { urls: string[]; builtins: string[] }) => ({
      real: state.urls.some((u) => /\/node_modules\/@actions\/(exec-eager|io)\//.test(u)),
      assert: state.builtins.includes('NativeModule assert'),
    });
    expect(heavy(out.before)).toEqual({ real: false, assert: false });
    // The detector sees them once a command runs (so the check above can fail).
    expect(heavy(out.after)).toEqual({ real: true, assert: true });
    expect(out.result).toMatchObject({ exitCode: 0, stdout: 'ran it' });
  });
});
