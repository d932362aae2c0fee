import { describe, expect, it } from '@jest/globals';
import semver from 'semver';
import { applyBump, globToRegExp, nextChannelCounter } from '../../src/version/semver.js';

describe('applyBump', () => {
  const v = (s: string) => new semver.SemVer(s);
  it('bumps stable versions', () => {
    expect(applyBump(v('1.2.3'), 'major', { zeroMajorBreaking: 'minor' })).toBe('2.0.0');
    expect(applyBump(v('1.2.3'), 'minor', { zeroMajorBreaking: 'minor' })).toBe('1.3.0');
    expect(applyBump(v('1.2.3'), 'patch', { zeroMajorBreaking: 'minor' })).toBe('1.2.4');
    expect(applyBump(v('1.2.3'), 'none', { zeroMajorBreaking: 'minor' })).toBe('1.2.3');
  });
  it('applies the 0.x rule unless configured', () => {
    expect(applyBump(v('0.3.1'), 'major', { zeroMajorBreaking: 'minor' })).toBe('0.4.0');
    expect(applyBump(v('0.3.1'), 'major', { zeroMajorBreaking: 'major' })).toBe('1.0.0');
    expect(applyBump(v('0.3.1'), 'patch', { zeroMajorBreaking: 'minor' })).toBe('0.3.2');
  });
});

describe('nextChannelCounter', () => {
  const tags = ['2.0.0-rc.1', '2.0.0-rc.3', '2.0.0-beta.7', '1.9.0-rc.9', '2.0.0'].map((s) => new semver.SemVer(s));
  it('counts per channel and release', () => {
    expect(nextChannelCounter('2.0.0', 'rc', tags)).toBe(4);
    expect(nextChannelCounter('2.0.0', 'beta', tags)).toBe(8);
    expect(nextChannelCounter('2.0.0', 'alpha', tags)).toBe(1);
    expect(nextChannelCounter('2.1.0', 'rc', tags)).toBe(1);
  });
});

describe('globToRegExp', () => {
  it('matches one segment with * and many with **', () => {
    expect(globToRegExp('release/*').test('release/2.0')).toBe(true);
    expect(globToRegExp('release/*').test('release/2.0/hotfix')).toBe(false);
    expect(globToRegExp('release/**').test('release/2.0/hotfix')).toBe(true);
    expect(globToRegExp('main').test('main2')).toBe(false);
    expect(globToRegExp('v1.x').test('v1-x')).toBe(false);
  });
});
