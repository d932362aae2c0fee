import { describe, expect, it } from '@jest/globals';
import { ArtefactsError } from '@immutable-artefacts/core';
import { formatDate, parseTemplate, PLACEHOLDERS, renderTemplate } from '../../src/version/template.js';

const time = new Date(Date.UTC(2026, 2, 7, 4, 5, 9));
const values = {
  version: '2.0.0-rc.1+build.5',
  major: '2',
  minor: '0',
  patch: '0',
  prerelease: 'rc.1',
  build: 'build.5',
  run_number: '87',
  run_attempt: '2',
  sha: '3f9c2ab1d0',
  sha7: '3f9c2ab',
  branch: 'release/2.0',
  pr: '42',
};

function caught(fn: () => unknown): ArtefactsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('template engine', () => {
  it('renders the default template', () => {
    const t = parseTemplate('{{version}}-{{run_number}}-{{sha7}}', 'template');
    expect(renderTemplate(t, values, time)).toEqual({ value: '2.0.0-rc.1+build.5-87-3f9c2ab', missing: [] });
  });

  it.each([
    ['{{version}}', '2.0.0-rc.1+build.5'],
    ['{{major}}', '2'],
    ['{{minor}}', '0'],
    ['{{patch}}', '0'],
    ['{{prerelease}}', 'rc.1'],
    ['{{build}}', 'build.5'],
    ['{{run_number}}', '87'],
    ['{{run_attempt}}', '2'],
    ['{{sha}}', '3f9c2ab1d0'],
    ['{{sha7}}', '3f9c2ab'],
    ['{{branch}}', 'release/2.0'],
    ['{{pr}}', '42'],
    ['{{date}}', '20260307'],
    ["{{date 'YYYYMMDD-HHmmss'}}", '20260307-040509'],
    ['{{date "YY.MM.DD"}}', '26.03.07'],
    ['{{ version }}.{{ sha7 }}', '2.0.0-rc.1+build.5.3f9c2ab'],
  ])('renders %s', (source, expected) => {
    expect(renderTemplate(parseTemplate(source, 'template'), values, time).value).toBe(expected);
  });

  it('covers every documented placeholder', () => {
    const all = PLACEHOLDERS.map((p) => `{{${p}}}`).join('|');
    expect(parseTemplate(all, 'template').placeholders).toEqual([...PLACEHOLDERS]);
  });

  it('reports placeholders without a value instead of rendering them silently', () => {
    const t = parseTemplate('{{version}}-pr{{pr}}-{{branch}}', 'template');
    const r = renderTemplate(t, { version: '1.0.0', prerelease: '' }, time);
    expect(r.missing).toEqual(['pr', 'branch']);
    // An empty value is a value: a stable version's prerelease.
    expect(renderTemplate(parseTemplate('a{{prerelease}}b', 't'), { prerelease: '' }, time)).toEqual({
      value: 'ab',
      missing: [],
    });
  });

  it('rejects an unknown placeholder naming the input and listing the accepted ones', () => {
    const error = caught(() => parseTemplate('{{version}}-{{build_number}}', 'template'));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toContain("Input 'template'");
    expect(error.message).toContain('{{build_number}}');
    for (const p of ['{{version}}', '{{run_number}}', '{{sha7}}', '{{pr}}', "{{date 'YYYYMMDD'}}"]) {
      expect(error.message).toContain(p);
    }
    expect(error.hint).toContain('{{build_number}}');
  });

  it.each(['{{version', 'version}}', '{{}}', '{{date YYYY}}', "{{date ''}}", '{{Version}}'])(
    'rejects the malformed template %s',
    (source) => {
      expect(caught(() => parseTemplate(source, 'template')).code).toBe('INPUT_INVALID');
    },
  );

  it('narrows the placeholders where asked (semver patterns)', () => {
    const error = caught(() => parseTemplate('{{major}}-{{sha7}}', 'tags', ['version', 'major']));
    expect(error.message).toContain("Input 'tags'");
    expect(error.hint).toContain('{{sha7}} cannot be used here');
  });

  it.each([
    ["{{date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}", '2026-03-07T04:05:09.000Z'],
    ["{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}", '20260307-130509'],
    ["{{date 'h:mm A Z' tz='America/New_York'}}", '11:05 PM -05:00'],
    ["{{commit_date 'YYYYMMDD'}}", '20200110'],
  ])('renders metadata-action date expressions: %s', (source, expected) => {
    const commit = new Date(Date.UTC(2020, 0, 10, 0, 30));
    expect(renderTemplate(parseTemplate(source, 'tags'), values, time, commit).value).toBe(expected);
  });

  it.each(["{{date 'dddd'}}", "{{date 'Do MMMM'}}", "{{date 'YYYY' tz='Mars/Olympus'}}"])(
    'refuses %s rather than print it wrongly',
    (source) => {
      expect(caught(() => parseTemplate(source, 'tags')).message).toContain("Input 'tags'");
    },
  );

  it('formats dates in UTC only from the given time', () => {
    expect(formatDate(new Date(0), 'YYYY-MM-DDTHH:mm:ss')).toBe('1970-01-01T00:00:00');
  });
});
