import { describe, expect, it } from '@jest/globals';
import { parseVersionTag, versionsUnderOtherPrefixes } from '../../src/version/version-tags.js';

describe('parseVersionTag: the one rule for version tags', () => {
  const cases: [string, string, string | undefined][] = [
    ['v1.2.3', 'v', '1.2.3'],
    ['v1.2.3-rc.1', 'v', '1.2.3-rc.1'],
    ['v1.2.3+build.5', 'v', '1.2.3+build.5'],
    ['1.2.3', '', '1.2.3'],
    ['v1.2.3', '', undefined],
    // The prefix is literal: no bare version under `v` (build-tag used to take it, semver-calculate not).
    ['1.2.3', 'v', undefined],
    ['app-v1.0.0', 'app-v', '1.0.0'],
    ['app-web-v1.0.0', 'app-v', undefined],
    ['app-v-web1.0.0', 'app-v', undefined],
    ['vnext-1.0.0', 'v', undefined],
    ['v1.2', 'v', undefined],
    ['v01.2.3', 'v', undefined],
    ['v1.2.3.4', 'v', undefined],
    ['release-2024', 'v', undefined],
    ['v1.2.3-', 'v', undefined],
    ['a.b+1.0.0', 'a.b+', '1.0.0'],
    ['v9007199254740991.0.0', 'v', '9007199254740991.0.0'],
    ['v9007199254740992.0.0', 'v', undefined],
  ];
  it.each(cases)('%s with prefix %j', (tag, prefix, expected) => {
    const parsed = parseVersionTag(tag, prefix);
    expect(parsed?.version.version).toBe(expected?.replace(/\+.*$/, ''));
    if (parsed !== undefined) expect(parsed.tag).toBe(tag);
  });
});

describe('versionsUnderOtherPrefixes', () => {
  it('finds the versions under other prefixes, and only those', () => {
    expect(
      versionsUnderOtherPrefixes(
        ['api-v1.0.0', 'web-v2.3.0', '1.2.3', 'v1.0.0', 'nightly', 'release-2024', 'build-12-1.0.0', 'x1.2'],
        'v',
      ),
    ).toEqual([
      { tag: 'api-v1.0.0', prefix: 'api-v' },
      { tag: 'web-v2.3.0', prefix: 'web-v' },
      { tag: '1.2.3', prefix: '' },
      { tag: 'build-12-1.0.0', prefix: 'build-12-' },
    ]);
  });
});
