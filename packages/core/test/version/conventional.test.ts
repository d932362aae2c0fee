import { describe, expect, it } from '@jest/globals';
import {
  bumpForCommit,
  DEFAULT_COMMIT_TYPES,
  parseCommit,
  parseConventionalCommit,
  splitNestedCommits,
} from '../../src/version/conventional.js';

describe('parseConventionalCommit (Conventional Commits 1.0)', () => {
  const cases: [string, string, { type: string; scope?: string; breaking: boolean; bump: string } | undefined][] = [
    ['feat', 'feat: add widgets', { type: 'feat', breaking: false, bump: 'minor' }],
    [
      'fix with scope',
      'fix(parser): handle empty input',
      { type: 'fix', scope: 'parser', breaking: false, bump: 'patch' },
    ],
    ['perf', 'perf: faster', { type: 'perf', breaking: false, bump: 'patch' }],
    ['revert', 'revert: undo feat x', { type: 'revert', breaking: false, bump: 'patch' }],
    ['chore releases nothing', 'chore: bump deps', { type: 'chore', breaking: false, bump: 'none' }],
    ['docs releases nothing', 'docs(readme): typo', { type: 'docs', scope: 'readme', breaking: false, bump: 'none' }],
    ['feat!', 'feat!: drop Node 18', { type: 'feat', breaking: true, bump: 'major' }],
    ['feat(scope)!', 'feat(api)!: remove v1 endpoints', { type: 'feat', scope: 'api', breaking: true, bump: 'major' }],
    ['chore! is breaking too', 'chore!: drop support', { type: 'chore', breaking: true, bump: 'major' }],
    [
      'BREAKING CHANGE footer',
      'fix: rename option\n\nThe option is renamed.\n\nBREAKING CHANGE: `foo` is now `bar`',
      { type: 'fix', breaking: true, bump: 'major' },
    ],
    [
      'BREAKING-CHANGE footer',
      'refactor: new config\n\nBREAKING-CHANGE: config moved',
      { type: 'refactor', breaking: true, bump: 'major' },
    ],
    [
      'footer among trailers',
      'feat: x\n\nbody text\n\nReviewed-by: Z\nBREAKING CHANGE: gone\nRefs #133',
      { type: 'feat', breaking: true, bump: 'major' },
    ],
    ['upper-case type', 'FEAT: shout', { type: 'feat', breaking: false, bump: 'minor' }],
    ['CRLF message', 'fix: windows\r\n\r\nBREAKING CHANGE: crlf', { type: 'fix', breaking: true, bump: 'major' }],
    [
      'unicode description',
      'feat(ü): ünïcødé 🚀 support',
      { type: 'feat', scope: 'ü', breaking: false, bump: 'minor' },
    ],
    [
      // conventional-commits-parser reads the keyword in any case; a breaking change missed is the worst miss.
      'lower-case breaking change note',
      'fix: x\n\nbreaking change: the option is gone',
      { type: 'fix', breaking: true, bump: 'major' },
    ],
    [
      'breaking change in prose (no colon) is not a note',
      'fix: x\n\nBreaking change in the parser was avoided.',
      { type: 'fix', breaking: false, bump: 'patch' },
    ],
    ['no space after colon', 'feat:missing space', undefined],
    ['empty description', 'feat: ', undefined],
    ['merge commit', "Merge pull request #12 from acme/feature\n\nfeat: inside the body doesn't count", undefined],
    ['plain message', 'Update README.md', undefined],
    [
      'git revert',
      'Revert "feat: x"\n\nThis reverts commit abc1234.',
      { type: 'revert', breaking: false, bump: 'patch' },
    ],
    [
      'git revert of a breaking change is a patch',
      'Revert "feat!: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
      { type: 'revert', breaking: false, bump: 'patch' },
    ],
    ['git revert of a revert', 'Revert "Revert "feat: x""', { type: 'revert', breaking: false, bump: 'patch' }],
    ['revert without quotes is prose', 'Revert the parser change', undefined],
    ['nested parentheses', 'feat(a(b)): nested', { type: 'feat', scope: 'a(b)', breaking: false, bump: 'minor' }],
    ['two spaces after the colon', 'feat:  x', { type: 'feat', breaking: false, bump: 'minor' }],
    ['tab after the colon', 'fix(io):\tx', { type: 'fix', scope: 'io', breaking: false, bump: 'patch' }],
    ['tab after the bang', 'feat!:\tx', { type: 'feat', breaking: true, bump: 'major' }],
  ];

  it.each(cases)('%s', (_name, message, expected) => {
    const parsed = parseConventionalCommit(message);
    if (expected === undefined) {
      expect(parsed).toBeUndefined();
      return;
    }
    expect(parsed).toBeDefined();
    if (!parsed) return;
    expect(parsed.type).toBe(expected.type);
    expect(parsed.scope).toBe(expected.scope);
    expect(parsed.breaking).toBe(expected.breaking);
    expect(bumpForCommit(parsed, DEFAULT_COMMIT_TYPES)).toBe(expected.bump);
  });

  it('keeps body and footers apart, with multi-line footer values', () => {
    const parsed = parseConventionalCommit(
      'feat(cli): add --json\n\nPrints JSON.\nSecond line.\n\nBREAKING CHANGE: output changed\n  and is now JSON\nRefs: #7',
    );
    expect(parsed?.body).toBe('Prints JSON.\nSecond line.');
    expect(parsed?.footers).toEqual([
      { token: 'BREAKING CHANGE', value: 'output changed\n  and is now JSON' },
      { token: 'Refs', value: '#7' },
    ]);
    expect(parsed?.breakingNote).toBe('output changed\n  and is now JSON');
  });

  it('treats a "Token: value" line inside a body paragraph as body, not a footer', () => {
    const parsed = parseConventionalCommit('fix: x\n\nNote: this is prose\nthat continues.\n\nMore prose.');
    expect(parsed?.footers).toEqual([]);
    expect(parsed?.breaking).toBe(false);
  });

  it('uses a configurable type mapping', () => {
    const parsed = parseConventionalCommit('docs: rewrite');
    expect(parsed).toBeDefined();
    if (!parsed) return;
    expect(bumpForCommit(parsed, { major: [], minor: [], patch: ['docs'] })).toBe('patch');
    expect(bumpForCommit(parsed, { major: ['docs'], minor: [], patch: [] })).toBe('major');
  });
});

describe('parseCommit: read whatever the header', () => {
  const major: [string, string][] = [
    ['squash merge titled by version', 'v9 (#639)\n\n* update deps\n\nBREAKING CHANGE: Node 18 is no longer supported'],
    ['plain header, BREAKING-CHANGE footer', 'Update the API\n\nBREAKING-CHANGE: /v1 is gone'],
    ['note text on the next line', 'feat: new config\n\nBREAKING CHANGE:\nThe config file moved to .config/app.yml.'],
    ['note text after a blank line', 'feat: new config\n\nBREAKING CHANGE:\n\nThe config file moved.'],
    ['no space after the note colon', 'fix: x\n\nBREAKING CHANGE:the flag is gone'],
    ['bulleted note in a squash body', 'Release train (#7)\n\n* feat: a\n* BREAKING CHANGE: b is gone'],
    ['indented note', 'fix: x\n\n    BREAKING CHANGE: the flag is gone'],
    ['note straight after the header', 'fix: x\nBREAKING CHANGE: the flag is gone'],
    ['bang in a header without the space', 'feat(api)!:remove v1'],
    ['CRLF, note on the next line', 'chore: x\r\n\r\nBREAKING CHANGE:\r\nmoved'],
  ];
  it.each(major)('%s is a breaking change', (_name, message) => {
    const parsed = parseCommit(message);
    expect(parsed.breaking).toBe(true);
    expect(bumpForCommit(parsed, DEFAULT_COMMIT_TYPES)).toBe('major');
  });

  it('keeps the note text, wherever it starts', () => {
    expect(parseCommit('feat: c\n\nBREAKING CHANGE:\nThe config moved.\nRun migrate.\n\nRefs: #1').breakingNote).toBe(
      'The config moved.\nRun migrate.',
    );
    expect(parseCommit('v9 (#639)\n\nBREAKING CHANGE: a\nBREAKING-CHANGE: b').breakingNote).toBe('a\n\nb');
    expect(parseCommit('feat!: drop x').breakingNote).toBe('drop x');
  });

  it('reports a header that does not parse (type undefined), not a dropped commit', () => {
    const parsed = parseCommit('v9 (#639)\n\nBody.');
    expect(parsed.type).toBeUndefined();
    expect(parsed.header).toBe('v9 (#639)');
    expect(parsed.breaking).toBe(false);
    expect(bumpForCommit(parsed, DEFAULT_COMMIT_TYPES)).toBe('none');
  });

  it('names the reverted header and commit of a git revert', () => {
    const parsed = parseCommit(
      'Revert "feat(api): add x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
    );
    expect(parsed.revert).toEqual({ header: 'feat(api): add x', sha: '0123456789abcdef0123456789abcdef01234567' });
    expect(parsed.description).toBe('feat(api): add x');
  });

  it('reads Release-As (release-please), in any case, with or without a v', () => {
    expect(parseCommit('chore: release 2.0.0\n\nRelease-As: 2.0.0').releaseAs).toBe('2.0.0');
    expect(parseCommit('chore: x\n\nrelease-as: v3.1.0').releaseAs).toBe('3.1.0');
    expect(parseCommit('Plain header\n\nBody.\n\nRELEASE-AS: 1.0.0').releaseAs).toBe('1.0.0');
    expect(parseCommit('chore: x\n\nWe will release-as: later').releaseAs).toBeUndefined();
  });
});

describe('splitNestedCommits (release-please)', () => {
  it('reads each BEGIN_NESTED_COMMIT block as a commit of its own', () => {
    const message = [
      'feat: adds v4 UUID to crypto',
      '',
      'This adds support for v4 UUIDs to the library.',
      '',
      'BEGIN_NESTED_COMMIT',
      'fix(utils): unicode no longer throws exception',
      'PiperOrigin-RevId: 345559154',
      'BREAKING-CHANGE: encode method no longer throws.',
      'Source-Link: googleapis/googleapis@5e0dcb2',
      'END_NESTED_COMMIT',
      '',
      'BEGIN_NESTED_COMMIT',
      'feat(utils): update encode to support unicode',
      'END_NESTED_COMMIT',
    ].join('\n');
    const parts = splitNestedCommits(message).map(parseCommit);
    expect(parts.map((p) => [p.type, p.scope, p.breaking])).toEqual([
      ['feat', undefined, false],
      ['fix', 'utils', true],
      ['feat', 'utils', false],
    ]);
    expect(parts[0]?.body).toBe('This adds support for v4 UUIDs to the library.');
    expect(parts[1]?.breakingNote).toBe('encode method no longer throws.');
  });

  it('leaves a message without blocks whole', () => {
    expect(splitNestedCommits('feat: x\n\nbody')).toEqual(['feat: x\n\nbody']);
  });
});
