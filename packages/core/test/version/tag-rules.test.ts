import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { ArtefactsError, sanitizeTag } from '@immutable-artefacts/core';
import { OCI_TAG, parseTagRules, planTags } from '../../src/version/tag-rules.js';
import { parseTemplate } from '../../src/version/template.js';
import { highestStable, parseVersionTag } from '../../src/version/version-tags.js';
import semver from 'semver';

const immutable = parseTemplate('{{version}}-{{run_number}}-{{sha7}}', 'template');
const sha = '3f9c2ab1d0e4c5b6a7f8091a2b3c4d5e6f708192';

/** Facts for `version` against the existing version tags `tagged` (as they would be read from git). */
function facts(version: string, tagged: string[], extra: { pr?: number; branch?: string } = {}) {
  const v = semver.parse(version);
  if (v === null) throw new Error(version);
  const highest = highestStable(
    v,
    tagged.flatMap((t) => parseVersionTag(`v${t}`, 'v') ?? []),
  );
  return {
    values: {
      version,
      major: String(v.major),
      minor: String(v.minor),
      patch: String(v.patch),
      prerelease: v.prerelease.join('.'),
      build: v.build.join('.'),
      run_number: '87',
      run_attempt: '1',
      sha: sha.slice(0, 7),
      sha7: sha.slice(0, 7),
      branch: extra.branch,
      pr: extra.pr === undefined ? undefined : String(extra.pr),
    },
    time: new Date(0),
    stable: v.prerelease.length === 0,
    major: v.major,
    highestInMinor: highest.inMinor,
    highestInMajor: highest.inMajor,
    highestOverall: highest.overall,
    above: highest.above,
    revision: sha,
    shaLength: 7,
    pr: extra.pr,
    branch: extra.branch,
  };
}

const names = (version: string, tagged: string[], lines: string[] = [], latest: 'auto' | 'true' | 'false' = 'auto') =>
  planTags(immutable, parseTagRules(lines), latest, facts(version, tagged)).tags.map((t) => t.name);

function caught(fn: () => unknown): ArtefactsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('default tags', () => {
  it('gives a new highest stable release every tag, immutable first', () => {
    expect(names('1.4.0', ['1.2.0', '1.3.0'])).toEqual(['1.4.0-87-3f9c2ab', '1.4.0', '1.4', '1', 'latest']);
  });

  it('gives the first release every tag (no tags yet)', () => {
    expect(names('1.0.0', [])).toEqual(['1.0.0-87-3f9c2ab', '1.0.0', '1.0', '1', 'latest']);
  });

  it('re-running the highest release (its own tag exists) keeps its floating tags', () => {
    expect(names('1.4.0', ['1.3.0', '1.4.0'])).toEqual(['1.4.0-87-3f9c2ab', '1.4.0', '1.4', '1', 'latest']);
  });

  it('backport 1.4.1 after 2.0.0: 1.4 and 1 move (highest 1.x), latest does not', () => {
    const plan = planTags(immutable, parseTagRules([]), 'auto', facts('1.4.1', ['1.4.0', '2.0.0']));
    expect(plan.tags.map((t) => t.name)).toEqual(['1.4.1-87-3f9c2ab', '1.4.1', '1.4', '1']);
    expect(plan.skipped).toEqual([{ source: 'latest', reason: 'a higher stable version is tagged (2.0.0)' }]);
  });

  it('backport 1.3.5 when 1.4.0 exists: only 1.3 moves; not 1, not latest', () => {
    expect(names('1.3.5', ['1.3.4', '1.4.0', '2.0.0'])).toEqual(['1.3.5-87-3f9c2ab', '1.3.5', '1.3']);
    const plan = planTags(immutable, parseTagRules([]), 'auto', facts('1.3.5', ['1.3.6', '1.4.0', '2.0.0']));
    expect(plan.skipped).toEqual([
      {
        source: 'type=semver,pattern={{major}}.{{minor}}',
        reason: 'a higher stable version of this major.minor is tagged (1.3.6)',
      },
      { source: 'type=semver,pattern={{major}}', reason: 'a higher stable version of this major is tagged (1.4.0)' },
      { source: 'latest', reason: 'a higher stable version is tagged (2.0.0)' },
    ]);
  });

  it('backport 1.3.5 when 1.3.6 exists: only the exact tags', () => {
    expect(names('1.3.5', ['1.3.6'])).toEqual(['1.3.5-87-3f9c2ab', '1.3.5']);
  });

  it('a prerelease never counts as higher: 1.5.0 with 2.0.0-rc.1 tagged gets latest', () => {
    expect(names('1.5.0', ['1.4.0', '2.0.0-rc.1'])).toEqual(['1.5.0-87-3f9c2ab', '1.5.0', '1.5', '1', 'latest']);
  });

  it('prereleases get only their exact tag', () => {
    const plan = planTags(immutable, parseTagRules([]), 'auto', facts('2.0.0-rc.1', ['1.4.0']));
    expect(plan.tags.map((t) => t.name)).toEqual(['2.0.0-rc.1-87-3f9c2ab', '2.0.0-rc.1']);
    // As metadata-action: on a prerelease every pattern gives the full version, so they collapse into one.
    expect(plan.skipped.map((s) => s.reason)).toEqual(['prerelease']);
  });

  it('never a 0 major tag', () => {
    const plan = planTags(immutable, parseTagRules([]), 'auto', facts('0.3.0', ['0.2.0']));
    expect(plan.tags.map((t) => t.name)).toEqual(['0.3.0-87-3f9c2ab', '0.3.0', '0.3', 'latest']);
    expect(plan.skipped).toContainEqual({ source: 'type=semver,pattern={{major}}', reason: 'never a 0 major tag' });
  });

  it('a pull request never gets stable version tags or latest, only its immutable and rule tags', () => {
    const plan = planTags(immutable, parseTagRules(['type=pr']), 'auto', facts('1.5.0', ['1.4.0'], { pr: 42 }));
    expect(plan.tags.map((t) => t.name)).toEqual(['1.5.0-87-3f9c2ab', 'pr-42']);
    expect(plan.skipped.map((s) => s.source)).toEqual([
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{major}}.{{minor}}',
      'type=semver,pattern={{major}}',
      'latest',
    ]);
    // A PR prerelease keeps its exact tag.
    const pre = planTags(immutable, parseTagRules([]), 'auto', facts('1.5.0-pr.42.3', ['1.4.0'], { pr: 42 }));
    expect(pre.tags.map((t) => t.name)).toEqual(['1.5.0-pr.42.3-87-3f9c2ab', '1.5.0-pr.42.3']);
  });

  it('latest=true forces and latest=false suppresses latest', () => {
    expect(names('1.3.5', ['2.0.0'], [], 'true')).toContain('latest');
    expect(names('3.0.0', ['2.0.0'], [], 'false')).not.toContain('latest');
  });

  it('build metadata: + becomes _ so it is not read as a prerelease', () => {
    expect(names('1.4.0+sha.3f9c2ab', [])).toEqual([
      '1.4.0_sha.3f9c2ab-87-3f9c2ab',
      '1.4.0_sha.3f9c2ab',
      '1.4',
      '1',
      'latest',
    ]);
  });
});

describe('tag rules', () => {
  it('a type=semver line replaces the default semver rules', () => {
    expect(names('1.4.0', [], ['type=semver,pattern={{major}}.{{minor}}'])).toEqual([
      '1.4.0-87-3f9c2ab',
      '1.4',
      'latest',
    ]);
    expect(names('1.4.0', [], ['type=semver,enable=false'], 'false')).toEqual(['1.4.0-87-3f9c2ab']);
  });

  it('custom semver patterns follow the scope of their most specific placeholder', () => {
    const lines = [
      'type=semver,pattern=v{{major}}',
      'type=semver,pattern={{major}}.{{minor}}.{{patch}},suffix=-slim',
      'type=semver,pattern=stable-{{major}}.{{minor}}',
    ];
    expect(names('1.3.5', ['1.4.0'], lines, 'false')).toEqual(['1.3.5-87-3f9c2ab', '1.3.5-slim', 'stable-1.3']);
    // On a prerelease each pattern renders the full version, with the rule's own prefix and suffix (metadata-action's rule).
    expect(names('2.0.0-rc.1', [], lines, 'false')).toEqual(['2.0.0-rc.1-87-3f9c2ab', '2.0.0-rc.1', '2.0.0-rc.1-slim']);
  });

  it('sha, pr, branch and raw rules', () => {
    const lines = [
      'type=sha',
      'type=sha,length=12,prefix=git-',
      'type=pr',
      'type=branch',
      'type=raw,value=nightly-{{date}}',
      'edge',
    ];
    const onPr = planTags(
      immutable,
      parseTagRules(lines),
      'false',
      facts('1.0.0', [], { pr: 42, branch: 'feature/x' }),
    );
    expect(onPr.tags.map((t) => t.name)).toEqual([
      '1.0.0-87-3f9c2ab',
      'pr-42',
      'nightly-19700101',
      'edge',
      'sha-3f9c2ab',
      'git-3f9c2ab1d0e4',
    ]);
    // A fork's PR from its own main must not get :main: pull requests are tagged by number only.
    expect(onPr.skipped).toContainEqual({
      source: 'type=branch',
      reason: 'pull request: tagged by type=pr, never by the branch name',
    });
    const onPush = planTags(immutable, parseTagRules(lines), 'false', facts('1.0.0', []));
    expect(onPush.tags.map((t) => t.name)).not.toContain('pr-42');
    expect(onPush.skipped).toContainEqual({ source: 'type=pr', reason: 'not a pull request' });
    expect(onPush.skipped).toContainEqual({ source: 'type=branch', reason: 'no branch in this run' });
  });

  it('raw rules whose placeholder has no value are skipped, not rendered half-empty', () => {
    const plan = planTags(immutable, parseTagRules(['type=raw,value=pr{{pr}}-{{sha7}}']), 'false', facts('1.0.0', []));
    expect(plan.tags.map((t) => t.name)).not.toContain('pr-3f9c2ab');
    expect(plan.skipped).toContainEqual({ source: 'type=raw,value=pr{{pr}}-{{sha7}}', reason: 'no value for {{pr}}' });
  });

  it('priority orders the tags and duplicates collapse', () => {
    const plan = planTags(
      immutable,
      parseTagRules(['type=raw,value=1.0.0', 'type=raw,value=first,priority=950']),
      'false',
      facts('1.0.0', []),
    );
    expect(plan.tags.map((t) => t.name)).toEqual(['1.0.0-87-3f9c2ab', 'first', '1.0.0', '1.0', '1']);
  });

  it('the immutable tag cannot use a placeholder without a value', () => {
    const error = caught(() =>
      planTags(parseTemplate('{{version}}-pr{{pr}}', 'template'), parseTagRules([]), 'auto', facts('1.0.0', [])),
    );
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toContain("Input 'template'");
  });

  it.each([
    ['type=nope', 'Unknown or missing type'],
    ['type=semver', 'needs pattern'],
    ['type=semver,pattern=stable', 'at least one version placeholder'],
    ['type=semver,pattern={{sha7}}', 'cannot be used here'],
    ['type=raw', 'needs value'],
    ['type=raw,value={{nope}}', 'Unknown placeholder'],
    ['type=sha,length=2', 'length'],
    ['type=sha,pattern=x', 'takes'],
    ['type=pr,enable=maybe', 'enable'],
    ['type=pr,priority=high', 'priority'],
    ['type=pr,prefix={{nope}}', 'Unknown placeholder'],
    ['type=pep440,pattern={{version}}', 'not supported'],
    ['type=semver,pattern={{version}},value=v1.0.0', 'value= is not supported'],
    ['type=match,pattern=v(.*),value=v1.0.0', 'value= is not supported'],
    ['type=match,pattern=(', 'not a valid regular expression'],
    ['type=ref', 'event=branch'],
    ['type=ref,event=push', 'event=branch'],
    ['type=sha,format=medium', 'short or long'],
    ['type=raw,value=x,enable=yes', 'enable'],
    ["type=schedule,pattern={{date 'dddd'}}", 'not supported'],
    ['type=pr,type=sha', 'twice'],
  ])('rejects %s naming the tags input', (line, why) => {
    const error = caught(() => parseTagRules([line]));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toContain("Input 'tags'");
    expect(`${error.message} ${error.hint ?? ''}`).toContain(why);
  });
});

describe('sanitising to the OCI tag grammar', () => {
  it.each([
    ['1.2.3+build.5', '1.2.3_build.5'],
    ['feature/new thing', 'feature-new-thing'],
    ['-leading', '_-leading'],
    ['.hidden', '_.hidden'],
    ['ünïcödé', '_-n-c-d-'],
    ['UPPER_lower.9', 'UPPER_lower.9'],
  ])('%s → %s', (raw, expected) => {
    const tag = sanitizeTag(raw);
    expect(tag).toBe(expected);
    expect(tag).toMatch(OCI_TAG);
  });

  it('truncates over 128 characters with a short hash, keeping distinct inputs distinct', () => {
    const a = `${'x'.repeat(200)}-a`;
    const b = `${'x'.repeat(200)}-b`;
    const ta = sanitizeTag(a);
    const tb = sanitizeTag(b);
    expect(ta).toHaveLength(128);
    expect(ta).toMatch(OCI_TAG);
    expect(ta).not.toBe(tb);
    expect(ta).toBe(`${'x'.repeat(117)}-${createHash('sha256').update(a).digest('hex').slice(0, 10)}`);
    expect(sanitizeTag('y'.repeat(128))).toBe('y'.repeat(128));
    expect(sanitizeTag('y'.repeat(129))).toHaveLength(128);
  });

  it('truncates a long immutable tag from a long branch name', () => {
    const plan = planTags(
      parseTemplate('{{version}}-{{branch}}-{{sha7}}', 'template'),
      parseTagRules([]),
      'false',
      facts('1.0.0', [], { branch: `feature/${'long-'.repeat(40)}` }),
    );
    expect(plan.immutable).toHaveLength(128);
    expect(plan.immutable).toMatch(OCI_TAG);
    expect(plan.tags[0]?.name).toBe(plan.immutable);
  });
});

describe('highestStable: where a version stands among the stable tags', () => {
  it('puts a stable x.y.z above its own prereleases, reads only the prefix v, names what is above', () => {
    // The one rule of version-tags.ts: a bare 9.9.9 is not a release under prefix v.
    const tags = ['v1.2.0', 'v1.3.0', 'v2.0.0-rc.1', 'v1.2.1', 'release-9.0.0', '9.9.9'].flatMap(
      (t) => parseVersionTag(t, 'v') ?? [],
    );
    expect(tags.map((t) => t.tag)).toEqual(['v1.2.0', 'v1.3.0', 'v2.0.0-rc.1', 'v1.2.1']);
    expect(highestStable(new semver.SemVer('1.2.1-rc.1'), tags)).toEqual({
      inMinor: false,
      inMajor: false,
      overall: false,
      above: { minor: '1.2.1', major: '1.3.0', overall: '1.3.0' },
    });
    expect(highestStable(new semver.SemVer('1.3.0'), tags)).toMatchObject({
      inMinor: true,
      inMajor: true,
      overall: true,
    });
    expect(highestStable(new semver.SemVer('1.2.5'), tags)).toMatchObject({
      inMinor: true,
      inMajor: false,
      overall: false,
    });
  });
});
