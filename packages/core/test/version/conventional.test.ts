import { describe, expect, it } from '@jest/globals';
import { bumpForCommit, DEFAULT_COMMIT_TYPES, parseConventionalCommit } from '../../src/version/conventional.js';

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
      'lower-case breaking change is not a footer',
      'fix: x\n\nbreaking change: not really',
      { type: 'fix', breaking: false, bump: 'patch' },
    ],
    ['no space after colon', 'feat:missing space', undefined],
    ['empty description', 'feat: ', undefined],
    ['merge commit', "Merge pull request #12 from acme/feature\n\nfeat: inside the body doesn't count", undefined],
    ['plain message', 'Update README.md', undefined],
    ['git revert', 'Revert "feat: x"\n\nThis reverts commit abc.', undefined],
    ['nested parentheses', 'feat(a(b)): nested', undefined],
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
