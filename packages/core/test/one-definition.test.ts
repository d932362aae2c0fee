/**
 * Each idea has one home: what follows reads the source and fails where one is typed again.
 * True/false words live in inputs.ts (booleanWord), the shape of a media type in oci/media.ts
 * (isMediaType); a use case asks a store what it can do through the store interface, never by its
 * class; an error names its input when it is made, never by rewriting its message afterwards; text
 * is ordered by code units in order.ts, never by the machine's locale; the image-spec's annotation
 * keys are spelled in oci/media.ts (and the layout's ref.name in oci/layout.ts), image references are
 * parsed in oci/references.ts and control characters found in inputs.ts, nowhere else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareText, inputs, isMediaType } from '@immutable-artefacts/core';

const { booleanWord } = inputs;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function sources(dir: string): string[] {
  const full = path.join(root, dir);
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

const code = [
  ...sources('packages/core/src'),
  ...sources('packages/cli/src').filter((f) => !f.includes('generated')),
  ...readdirSync(path.join(root, 'actions')).flatMap((a) => {
    try {
      return sources(`actions/${a}/src`);
    } catch {
      return [];
    }
  }),
];
const USE_CASES = ['promote', 'pack', 'release'].map((u) => `packages/core/src/${u}/`);

/** Files (other than `home`) whose text matches `pattern`. */
function offenders(pattern: RegExp, files: readonly string[], home?: string): string[] {
  return files.filter((f) => f !== home && pattern.test(readFileSync(path.join(root, f), 'utf8')));
}

describe('one definition of each idea', () => {
  it('reads true/false words only through inputs.ts', () => {
    expect(offenders(/\(\??:?true\|yes|\(\??:?false\|no/, code, 'packages/core/src/inputs.ts')).toEqual([]);
    expect('TRUE yes On 1'.split(' ').map(booleanWord)).toEqual([true, true, true, true]);
    expect('false NO off 0'.split(' ').map(booleanWord)).toEqual([false, false, false, false]);
    expect(['', 'maybe', 'keyless', 'application/json'].map(booleanWord)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('checks the shape of a media type only in oci/media.ts', () => {
    expect(offenders(/A-Za-z0-9!#\$&\^_\.\+-/, code, 'packages/core/src/oci/media.ts')).toEqual([]);
    expect(['application/vnd.acme.chart.v1', 'text/plain'].every(isMediaType)).toBe(true);
    expect(['not a type', 'application/', 'application/json; charset=utf-8'].some(isMediaType)).toBe(false);
  });

  it('asks a store what it can do through the store interface, not by its class, in the use cases', () => {
    const useCases = code.filter((f) => USE_CASES.some((u) => f.startsWith(u)));
    expect(useCases.length).toBeGreaterThan(10);
    expect(offenders(/instanceof\s+(RegistryRepository|LayoutStore)\b/, useCases)).toEqual([]);
  });

  it('names the input when an error is made, never by rewriting a message', () => {
    expect(offenders(/\.message\.replace\(/, code)).toEqual([]);
  });

  it('orders text only through order.ts: code units, never the locale', () => {
    expect(offenders(/localeCompare|Intl\.Collator|< b \? -1/, code, 'packages/core/src/order.ts')).toEqual([]);
    // Where a locale's collation and code units disagree: case, `-` against `_`.
    expect(['b', 'a_x', 'B', 'ax', 'a-x'].sort(compareText)).toEqual(['B', 'a-x', 'a_x', 'ax', 'b']);
  });

  it("spells the image-spec's annotation keys only in oci/media.ts (ref.name: oci/layout.ts)", () => {
    const homes = ['packages/core/src/oci/media.ts', 'packages/core/src/oci/layout.ts'];
    const quoted = /['"]org\.opencontainers\.image\.[a-z.]+['"]/;
    expect(
      offenders(
        quoted,
        code.filter((f) => !homes.includes(f)),
      ),
    ).toEqual([]);
    // The detector sees a quoted key (so the check above can fail).
    expect(homes.map((h) => offenders(quoted, [h]).length)).toEqual([1, 1]);
  });

  it('parses image references (repository components, registry ports) only in oci/references.ts', () => {
    const home = 'packages/core/src/oci/references.ts';
    const grammar = /\(\?:\[\._\]\|__\|-\+\)|65535/;
    expect(offenders(grammar, code, home)).toEqual([]);
    // The detector sees the grammar where it lives (so the check above can fail).
    expect(offenders(grammar, [home])).toEqual([home]);
  });

  it('tests for control characters only in inputs.ts (plainValue, hasControlCharacter)', () => {
    const home = 'packages/core/src/inputs.ts';
    const control = /charCodeAt\(0\) < 0x20|\\u001f|\\x1f\]/;
    expect(offenders(control, code, home)).toEqual([]);
    expect(offenders(control, [home])).toEqual([home]);
  });
});
