/**
 * Conventional Commits 1.0.0 (https://www.conventionalcommits.org/en/v1.0.0/), in full:
 * `type(scope)!: description`, an optional body, footers (`Token: value` or `Token #value`), and
 * breaking changes marked by `!` before the colon or by a `BREAKING CHANGE:` / `BREAKING-CHANGE:`
 * footer. Types and scopes are case-insensitive; `BREAKING CHANGE` must be upper case (spec item 15).
 */
import type { Bump } from './semver.js';

export interface ConventionalCommit {
  /** Lower-cased type (`feat`, `fix`, ...). */
  readonly type: string;
  readonly scope: string | undefined;
  readonly description: string;
  /** `!` in the header, or a breaking-change footer. */
  readonly breaking: boolean;
  /** The text of the breaking-change footer, or the description when only `!` marked it. */
  readonly breakingNote: string | undefined;
  readonly body: string;
  readonly footers: readonly { readonly token: string; readonly value: string }[];
}

const HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(([^()\r\n]*)\))?(!)?: (\S.*)$/;
const FOOTER = /^(BREAKING CHANGE|BREAKING-CHANGE|[A-Za-z0-9][A-Za-z0-9-]*)(?:: | #)(.*)$/;
const BREAKING_TOKENS = new Set(['BREAKING CHANGE', 'BREAKING-CHANGE']);

/** Parses a commit message; undefined when its first line is not a Conventional Commits header. */
export function parseConventionalCommit(message: string): ConventionalCommit | undefined {
  const text = message.replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const header = (newline < 0 ? text : text.slice(0, newline)).trimEnd();
  const m = HEADER.exec(header);
  if (!m) return undefined;
  const [, type = '', scope, bang, description = ''] = m;
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  const { body, footers } = splitFooters(rest);
  const breakingFooter = footers.find((f) => BREAKING_TOKENS.has(f.token));
  const breaking = bang === '!' || breakingFooter !== undefined;
  return {
    type: type.toLowerCase(),
    scope: scope === undefined || scope.trim() === '' ? undefined : scope.trim(),
    description: description.trim(),
    breaking,
    breakingNote: breakingFooter?.value ?? (breaking ? description.trim() : undefined),
    body,
    footers,
  };
}

/**
 * Footers start at the first line, after a blank line, that is a footer token, and run to the end;
 * a line that is not a new token continues the previous footer's value (multi-line footers).
 * A `BREAKING CHANGE:` line anywhere after the header's blank line is honoured too, since tools and
 * people often put it straight after the body without the blank line.
 */
function splitFooters(rest: string): { body: string; footers: { token: string; value: string }[] } {
  const lines = rest.split('\n');
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const afterBlank = i === 0 || (lines[i - 1] ?? '').trim() === '';
    if (FOOTER.test(line) && (afterBlank || /^BREAKING[ -]CHANGE: /.test(line))) {
      // A footer block must consist only of footers and their continuation lines to the end,
      // except a breaking-change footer, which always starts one.
      if (/^BREAKING[ -]CHANGE: /.test(line) || isFooterBlock(lines, i)) {
        start = i;
        break;
      }
    }
  }
  if (start < 0) return { body: rest.trim(), footers: [] };
  const footers: { token: string; value: string }[] = [];
  for (const line of lines.slice(start)) {
    const m = FOOTER.exec(line);
    const last = footers[footers.length - 1];
    if (m) footers.push({ token: m[1] ?? '', value: (m[2] ?? '').trim() });
    else if (last !== undefined) last.value = `${last.value}\n${line}`.trimEnd();
  }
  return { body: lines.slice(0, start).join('\n').trim(), footers };
}

/** True when every paragraph from `start` on begins with a footer token (Git trailers style). */
function isFooterBlock(lines: readonly string[], start: number): boolean {
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const afterBlank = (lines[i - 1] ?? '').trim() === '';
    if (i > start && afterBlank && line.trim() !== '' && !FOOTER.test(line)) return false;
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

export function bumpForCommit(commit: ConventionalCommit, rules: CommitTypeRules): Bump {
  if (commit.breaking) return 'major';
  if (rules.major.includes(commit.type)) return 'major';
  if (rules.minor.includes(commit.type)) return 'minor';
  if (rules.patch.includes(commit.type)) return 'patch';
  return 'none';
}
