/**
 * Conventional Commits 1.0.0 (https://www.conventionalcommits.org/en/v1.0.0/), read the way
 * conventional-commits-parser (semantic-release, conventional-changelog) reads real histories:
 *
 * - the header `type(scope)!: description`, with any whitespace after the colon (`feat:\tx`);
 * - git's own revert format, `Revert "feat: x"` (body `This reverts commit <sha>.`), is a revert,
 *   exactly like `revert: ...`;
 * - footers (`Token: value` or `Token #value`) and breaking-change notes are read whatever the
 *   header: a squash merge titled `v9 (#639)` whose body carries `BREAKING CHANGE:` is breaking;
 * - a breaking-change note is a line starting (after spaces, `*` or `|`) with `BREAKING CHANGE:` or
 *   `BREAKING-CHANGE:`, in any letter case, anywhere after the header; its text may start on the
 *   next line. A line without the colon is prose, not a note;
 * - release-please's conventions: a `Release-As: x.y.z` footer, and `BEGIN_NESTED_COMMIT` /
 *   `END_NESTED_COMMIT` blocks, each a commit of its own (see splitNestedCommits).
 */
import type { Bump } from './semver.js';

/** One commit message, parsed. `type` is undefined when the header is not a Conventional Commit. */
export interface ParsedCommit {
  /** The first line, as written (trimmed). */
  readonly header: string;
  /** Lower-cased type (`feat`, `fix`, ...); `revert` for git's `Revert "..."`; undefined when the header does not parse. */
  readonly type: string | undefined;
  readonly scope: string | undefined;
  /** The header's description; for git's revert format, the reverted header; else the whole header. */
  readonly description: string;
  /** Set for git's own revert format: the reverted header and, when the body names it, the commit. */
  readonly revert: { readonly header: string; readonly sha: string | undefined } | undefined;
  /** `!` before the header's colon, or a breaking-change note. */
  readonly breaking: boolean;
  /** The text of the breaking-change note(s), or the description when only `!` marked it. */
  readonly breakingNote: string | undefined;
  /** The value of a `Release-As:` footer (release-please), as written. */
  readonly releaseAs: string | undefined;
  readonly body: string;
  readonly footers: readonly { readonly token: string; readonly value: string }[];
}

/** A commit whose header parsed (`type` is known). */
export interface ConventionalCommit extends ParsedCommit {
  readonly type: string;
}

/** One level of parentheses inside a scope (`feat(a(b)): x`), never across the colon. */
const HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(((?:[^()\r\n]|\([^()\r\n]*\))*)\))?(!)?:[ \t]+(\S.*)$/;
/** `!` before a colon, in a header that does not otherwise parse (`feat(api)!:x`, `Feat !: x`). */
const LOOSE_BANG = /^[A-Za-z][A-Za-z0-9_-]*(?:\([^\r\n]*?\))?[ \t]*!:/;
/** git's `Revert "<header>"` (nested: `Revert "Revert "x""`). */
const GIT_REVERT = /^Revert "(.*)"$/;
const REVERTS_COMMIT = /^This reverts commit ([0-9a-f]{7,64})\b/m;
const FOOTER = /^(BREAKING CHANGE|BREAKING-CHANGE|[A-Za-z0-9][A-Za-z0-9-]*)(?:: | #)(.*)$/;
/** A breaking-change note as conventional-commits-parser finds it, with the colon required. */
const BREAKING_NOTE = /^[\s|*]*(BREAKING[ -]CHANGE):[ \t]*(.*)$/i;
/** release-please's `Release-As: 1.2.3` (a `v` before the version is tolerated, as release-please does). */
const RELEASE_AS = /^[ \t]*Release-As:[ \t]*v?(\S+)[ \t]*$/im;

/** Parses a commit message: header, body, footers and breaking-change notes, whatever the header. */
export function parseCommit(message: string): ParsedCommit {
  const text = message.replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const header = (newline < 0 ? text : text.slice(0, newline)).trim();
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  const { body, footers, notes } = splitFooters(rest);
  const releaseAs = RELEASE_AS.exec(rest)?.[1];

  let type: string | undefined;
  let scope: string | undefined;
  let description = header;
  let bang = false;
  let revert: ParsedCommit['revert'];
  const m = HEADER.exec(header);
  const reverted = m ? undefined : GIT_REVERT.exec(header);
  if (m) {
    type = (m[1] ?? '').toLowerCase();
    scope = m[2] === undefined || m[2].trim() === '' ? undefined : m[2].trim();
    bang = m[3] === '!';
    description = (m[4] ?? '').trim();
  } else if (reverted) {
    type = 'revert';
    description = reverted[1] ?? '';
    revert = { header: description, sha: REVERTS_COMMIT.exec(rest)?.[1] };
  } else {
    bang = LOOSE_BANG.test(header);
  }
  const breaking = bang || notes.length > 0;
  const note = notes.filter((n) => n !== '').join('\n\n');
  return {
    header,
    type,
    scope,
    description,
    revert,
    breaking,
    breakingNote: note !== '' ? note : breaking ? description : undefined,
    releaseAs,
    body,
    footers,
  };
}

/** Parses a commit message; undefined when its header is neither a Conventional Commit nor a git revert. */
export function parseConventionalCommit(message: string): ConventionalCommit | undefined {
  const parsed = parseCommit(message);
  return parsed.type === undefined ? undefined : (parsed as ConventionalCommit);
}

const NESTED = /^BEGIN_NESTED_COMMIT[ \t]*\n([\s\S]*?)\n[ \t]*END_NESTED_COMMIT[ \t]*$/gm;

/**
 * release-please's nested commits: each `BEGIN_NESTED_COMMIT` ... `END_NESTED_COMMIT` block is a
 * commit message of its own. Returns the message without the blocks first, then each block's
 * message; just `[message]` when there are none.
 */
export function splitNestedCommits(message: string): string[] {
  if (!message.includes('BEGIN_NESTED_COMMIT')) return [message];
  const text = message.replace(/\r\n?/g, '\n');
  const nested: string[] = [];
  const outer = text.replace(NESTED, (_block, inner: string) => {
    if (inner.trim() !== '') nested.push(inner.trim());
    return '';
  });
  return [outer.replace(/\n{3,}/g, '\n\n').trim(), ...nested];
}

interface Split {
  body: string;
  footers: { token: string; value: string }[];
  /** The text of every breaking-change note, in order ('' for a note without text). */
  notes: string[];
}

/**
 * Footers start at the first line, after a blank line, that is a footer token, and run to the end;
 * a line that is not a new token continues the previous footer's value (multi-line footers).
 * A breaking-change note is honoured anywhere after the header (tools and people put it straight
 * after the body, indent it, bullet it, or start its text on the next line); its text runs to the
 * next footer token, note or blank-line-separated paragraph that is not a continuation.
 */
function splitFooters(rest: string): Split {
  const lines = rest.split('\n');
  const notes: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const note = BREAKING_NOTE.exec(lines[i] ?? '');
    if (!note) continue;
    const text: string[] = (note[2] ?? '').trim() === '' ? [] : [(note[2] ?? '').trim()];
    // The note's text continues on the following lines, up to a blank line once text has started,
    // another note, or a footer token.
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] ?? '';
      if (BREAKING_NOTE.test(next) || FOOTER.test(next)) break;
      if (next.trim() === '') {
        if (text.length > 0) break;
        continue;
      }
      text.push(next.trimEnd());
      i = j;
    }
    notes.push(text.join('\n').trim());
  }

  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (BREAKING_NOTE.test(line)) {
      // A breaking-change note always starts the footers.
      start = i;
      break;
    }
    const afterBlank = i === 0 || (lines[i - 1] ?? '').trim() === '';
    if (afterBlank && FOOTER.test(line) && isFooterBlock(lines, i)) {
      start = i;
      break;
    }
  }
  if (start < 0) return { body: rest.trim(), footers: [], notes };
  const footers: { token: string; value: string }[] = [];
  for (const line of lines.slice(start)) {
    const note = BREAKING_NOTE.exec(line);
    const m = note ? undefined : FOOTER.exec(line);
    const last = footers[footers.length - 1];
    if (note) footers.push({ token: (note[1] ?? '').toUpperCase(), value: (note[2] ?? '').trim() });
    else if (m) footers.push({ token: m[1] ?? '', value: (m[2] ?? '').trim() });
    else if (last !== undefined) last.value = `${last.value}\n${line}`.trim();
  }
  return { body: lines.slice(0, start).join('\n').trim(), footers, notes };
}

/** True when every paragraph from `start` on begins with a footer token (Git trailers style). */
function isFooterBlock(lines: readonly string[], start: number): boolean {
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const afterBlank = (lines[i - 1] ?? '').trim() === '';
    if (i > start && afterBlank && line.trim() !== '' && !FOOTER.test(line) && !BREAKING_NOTE.test(line)) return false;
  }
  return true;
}

/** Which commit types bump what; a breaking change is always major (before the 0.x rule). */
export interface CommitTypeRules {
  readonly major: readonly string[];
  readonly minor: readonly string[];
  readonly patch: readonly string[];
}

export const DEFAULT_COMMIT_TYPES: CommitTypeRules = {
  major: [],
  minor: ['feat'],
  patch: ['fix', 'perf', 'revert'],
};

/** The bump of one commit: major when breaking (whatever the header), else by its type; none without one. */
export function bumpForCommit(commit: Pick<ParsedCommit, 'type' | 'breaking'>, rules: CommitTypeRules): Bump {
  if (commit.breaking) return 'major';
  if (commit.type === undefined) return 'none';
  if (rules.major.includes(commit.type)) return 'major';
  if (rules.minor.includes(commit.type)) return 'minor';
  if (rules.patch.includes(commit.type)) return 'patch';
  return 'none';
}
