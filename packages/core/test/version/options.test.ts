import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { ArtefactsError } from '../../src/errors.js';
import { defaultVersionOptions, parseSemverCalculateInputs } from '../../src/version/options.js';
import { repoRoot } from '../../../../test/harness/runner.js';

const yml = parse(readFileSync(`${repoRoot}/actions/semver-calculate/action.yml`, 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const raw =
  (given: Record<string, string> = {}) =>
  (name: string): string => {
    if (!(name in yml.inputs)) throw new Error(`parser read undeclared input ${name}`);
    return given[name] ?? String(yml.inputs[name]?.default ?? '').replace('${{ github.token }}', '');
  };

function expectInputError(given: Record<string, string>, input: string) {
  let caught: unknown;
  try {
    parseSemverCalculateInputs(raw(given));
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArtefactsError);
  expect((caught as ArtefactsError).code).toBe('INPUT_INVALID');
  expect((caught as ArtefactsError).message).toContain(`'${input}'`);
}

describe('parseSemverCalculateInputs', () => {
  it("action.yml's defaults give the documented defaults", () => {
    const { comment, ...options } = parseSemverCalculateInputs(raw());
    expect(comment).toBe(true);
    const { majorPattern, minorPattern, ...rest } = options;
    const { majorPattern: _a, minorPattern: _b, ...expected } = defaultVersionOptions();
    expect(majorPattern).toBeUndefined();
    expect(minorPattern).toBeUndefined();
    expect(rest).toEqual(expected);
  });

  it('parses every input', () => {
    const inputs = parseSemverCalculateInputs(
      raw({
        'tag-prefix': 'app-v',
        paths: 'packages/app\npackages/shared',
        increment: 'MINOR',
        'bump-labels': 'major=breaking\nskip=wip, do-not-release',
        'conventional-commits': 'false',
        'minor-types': 'feat, feature',
        'major-pattern': '^BREAKING',
        'default-bump': 'patch',
        'initial-version': '1.0.0',
        'zero-major-breaking': 'major',
        'branch-channels': 'release/*=rc\nnext=beta',
        'build-metadata': 'true',
        'fetch-depth-policy': 'fail',
        'previous-from': 'all',
        comment: 'false',
        'github-token': 'ghs_x',
      }),
    );
    expect(inputs.tagPrefix).toBe('app-v');
    expect(inputs.paths).toEqual(['packages/app', 'packages/shared']);
    expect(inputs.increment).toBe('minor');
    expect(inputs.bumpLabels.major).toEqual(['breaking']);
    expect(inputs.bumpLabels.skip).toEqual(['wip', 'do-not-release']);
    expect(inputs.conventionalCommits).toBe(false);
    expect(inputs.commitTypes.minor).toEqual(['feat', 'feature']);
    expect(inputs.majorPattern?.test('BREAKING stuff')).toBe(true);
    expect(inputs.defaultBump).toBe('patch');
    expect(inputs.initialVersion).toBe('1.0.0');
    expect(inputs.zeroMajorBreaking).toBe('major');
    expect(inputs.branchChannels.map((c) => [c.glob, c.channel])).toEqual([
      ['release/*', 'rc'],
      ['next', 'beta'],
    ]);
    expect(inputs.buildMetadata).toBe(true);
    expect(inputs.fetchDepthPolicy).toBe('fail');
    expect(inputs.previousFrom).toBe('all');
    expect(inputs.comment).toBe(false);
    expect(inputs.token).toBe('ghs_x');
  });

  it('accepts an empty tag prefix', () => {
    expect(parseSemverCalculateInputs(raw({ 'tag-prefix': '' })).tagPrefix).toBe('');
  });

  const bad: [string, Record<string, string>, string][] = [
    ['malformed increment', { increment: 'huge' }, 'increment'],
    ['increment as a version', { increment: '2.0.0' }, 'increment'],
    ['invalid major-pattern regex', { 'major-pattern': '(unclosed' }, 'major-pattern'],
    ['invalid minor-pattern regex', { 'minor-pattern': '[z-a]' }, 'minor-pattern'],
    ['tag prefix with spaces', { 'tag-prefix': 'my app v' }, 'tag-prefix'],
    ['tag prefix with a trailing space', { 'tag-prefix': 'v ' }, 'tag-prefix'],
    ['tag prefix with a glob', { 'tag-prefix': 'v*' }, 'tag-prefix'],
    ['tag prefix with ..', { 'tag-prefix': 'a..b' }, 'tag-prefix'],
    ['bad boolean', { 'conventional-commits': 'maybe' }, 'conventional-commits'],
    ['bad boolean for comment', { comment: 'yes please' }, 'comment'],
    ['bad build-metadata', { 'build-metadata': 'sha' }, 'build-metadata'],
    ['bad default-bump', { 'default-bump': 'tiny' }, 'default-bump'],
    ['bad initial-version', { 'initial-version': 'v1.0' }, 'initial-version'],
    // Numbers the semver package refuses were an 'unexpected failure' at compute time.
    ['initial-version past 2^53 - 1', { 'initial-version': '99999999999999999999.0.0' }, 'initial-version'],
    ['initial-version with a huge minor', { 'initial-version': '1.9007199254740992.0' }, 'initial-version'],
    [
      'initial-version longer than 256 characters',
      { 'initial-version': `1.0.0-${'a'.repeat(300)}` },
      'initial-version',
    ],
    ['bad fetch-depth-policy', { 'fetch-depth-policy': 'shallow' }, 'fetch-depth-policy'],
    ['bad previous-from', { 'previous-from': 'latest' }, 'previous-from'],
    ['bad zero-major-breaking', { 'zero-major-breaking': 'patch' }, 'zero-major-breaking'],
    ['bump-labels without =', { 'bump-labels': 'major' }, 'bump-labels'],
    ['bump-labels with an unknown bump', { 'bump-labels': 'huge=big' }, 'bump-labels'],
    ['numeric prerelease channel', { prerelease: '42' }, 'prerelease'],
    ['pr-channel with a dot', { 'pr-channel': 'pr.x' }, 'pr-channel'],
    ['branch-channels without a channel', { 'branch-channels': 'release/*' }, 'branch-channels'],
    ['branch-channels with a bad channel', { 'branch-channels': 'release/*=r c' }, 'branch-channels'],
    ['bad commit type', { 'minor-types': 'feat!' }, 'minor-types'],
    ['paths with unclosed pathspec magic', { paths: ':(bad' }, 'paths'],
    ['paths with long-form pathspec magic', { paths: 'src\n:(glob)src/**' }, 'paths'],
    ['paths with :(exclude)', { paths: ':(exclude)docs' }, 'paths'],
    ['paths from the top (:/)', { paths: ':/src' }, 'paths'],
    ['paths excluding nothing', { paths: ':!' }, 'paths'],
    ['paths excluding with magic', { paths: ':!:(top)docs' }, 'paths'],
  ];
  it.each(bad)('%s names the input', (_name, given, input) => expectInputError(given, input));

  it('takes paths and globs, and :!<path> or :^<path> to leave one out', () => {
    expect(
      parseSemverCalculateInputs(raw({ paths: 'packages/api, services/*/src\n:!docs\n:^packages/api/test' })).paths,
    ).toEqual(['packages/api', 'services/*/src', ':!docs', ':^packages/api/test']);
  });

  it('says what paths takes when it refuses pathspec magic', () => {
    let caught: unknown;
    try {
      parseSemverCalculateInputs(raw({ paths: ':(bad' }));
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toBe(
      `Input 'paths': got ":(bad"; expected paths or globs relative to the repository (packages/api, services/*/src), or :!<path> to leave one out.`,
    );
  });
});
