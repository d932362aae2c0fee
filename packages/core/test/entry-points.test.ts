/**
 * One naming scheme for core's entry points: every action and every CLI-only command `x-y` has
 * `runXY` (the entry point), `parseXYInputs` (its parser) and, when it takes secrets, `X_Y_SECRETS`,
 * all exported flat from the package, and nowhere else under another name.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@immutable-artefacts/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const actions = readdirSync(path.join(root, 'actions')).filter((name) =>
  existsSync(path.join(root, 'actions', name, 'action.yml')),
);
/** CLI-only commands (no action.yml), and whether they take secret inputs. */
const cliOnly: Record<string, boolean> = {
  keygen: false,
  pull: true,
  release: false,
  inspect: true,
  tree: true,
  digest: true,
  ls: true,
  history: true,
};

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
const upper = (name: string) => name.replace(/-/g, '_').toUpperCase();
const exported = core as unknown as Record<string, unknown>;

describe('core entry points: one name each, one scheme', () => {
  const all = [...actions.map((name) => [name, true] as const), ...Object.entries(cliOnly)];

  it('finds the actions', () => {
    expect(actions).toEqual(expect.arrayContaining(['build-tag', 'sbom', 'sign', 'verify', 'promote', 'pack']));
  });

  it.each(all)('%s: run<Name>, parse<Name>Inputs and <NAME>_SECRETS', (name, secrets) => {
    expect([name, typeof exported[`run${pascal(name)}`]]).toEqual([name, 'function']);
    expect([name, typeof exported[`parse${pascal(name)}Inputs`]]).toEqual([name, 'function']);
    const list = exported[`${upper(name)}_SECRETS`];
    if (secrets) expect([name, Array.isArray(list) && list.length > 0]).toEqual([name, true]);
  });

  it('no entry point has a second home: the sign namespace holds the domain, not run*/parse*', () => {
    const second = Object.keys(core.sign).filter((key) => /^run[A-Z]|^[A-Z_]+_SECRETS$/.test(key));
    expect(second).toEqual([]);
    for (const name of Object.keys(cliOnly).concat(actions)) {
      expect([name, Object.keys(core.sign).includes(`parse${pascal(name)}Inputs`)]).toEqual([name, false]);
    }
    // Old aliases and old names are gone (no entry point under a non-scheme name).
    for (const old of ['buildTag', 'semverCalculate', 'sbom', 'release', 'parseSignActionInputs']) {
      expect([old, old in exported]).toEqual([old, false]);
    }
  });
});
