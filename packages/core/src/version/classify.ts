/**
 * One commit read for the version: its bump and why (Conventional Commits, custom patterns or the
 * default for unmatched commits), kept slim for the changelog and described for the reasons.
 */
import { bumpForCommit, parseCommit, splitNestedCommits, type ParsedCommit } from './conventional.js';
import type { VersionOptions } from './options.js';
import type { Bump } from './semver.js';

export type CommitSource = 'conventional-commits' | 'patterns' | 'default-bump';

export interface ClassifiedCommit {
  readonly sha: string;
  readonly subject: string;
  readonly isMerge: boolean;
  /** A release-please nested commit (a BEGIN_NESTED_COMMIT block in the message of `sha`). */
  readonly nested: boolean;
  readonly bump: Bump;
  readonly source: CommitSource;
  /**
   * With Conventional Commits on: the parsed header (`type` undefined when it is not a Conventional
   * Commit), the breaking flag and note. Body and footers are not kept (messages can be 100 KB).
   */
  readonly conventional:
    Pick<ParsedCommit, 'type' | 'scope' | 'description' | 'breaking' | 'breakingNote' | 'revert'> | undefined;
  /** The value of a `Release-As:` footer (with Conventional Commits on). */
  readonly releaseAs: string | undefined;
}

/**
 * Classifies one commit. With Conventional Commits on, a message is read whatever its header
 * (a breaking-change note or `!` makes it major), and each release-please nested commit in it is
 * an entry of its own; so one commit gives one or more entries.
 */
export function classify(message: string, sha: string, parents: number, options: VersionOptions): ClassifiedCommit[] {
  const isMerge = parents > 1;
  if (!options.conventionalCommits) {
    const base = {
      sha,
      subject: firstLine(message),
      isMerge,
      nested: false,
      conventional: undefined,
      releaseAs: undefined,
    };
    return [{ ...base, ...byPatterns(message, options) }];
  }
  const parts = splitNestedCommits(message);
  const entries: ClassifiedCommit[] = [];
  parts.forEach((text, i) => {
    if (i === 0 && parts.length > 1 && text === '') return;
    const parsed = parseCommit(text);
    const base = {
      sha,
      subject: parsed.header,
      isMerge: isMerge && i === 0,
      nested: i > 0,
      conventional: parsed,
      releaseAs: parsed.releaseAs,
    };
    if (parsed.type !== undefined || parsed.breaking) {
      entries.push({ ...base, bump: bumpForCommit(parsed, options.commitTypes), source: 'conventional-commits' });
    } else {
      entries.push({ ...base, ...byPatterns(text, options) });
    }
  });
  return entries;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]?.trim() ?? '';
}

function byPatterns(message: string, options: VersionOptions): { bump: Bump; source: CommitSource } {
  if (options.majorPattern?.test(message)) return { bump: 'major', source: 'patterns' };
  if (options.minorPattern?.test(message)) return { bump: 'minor', source: 'patterns' };
  return { bump: options.defaultBump ?? (options.conventionalCommits ? 'none' : 'patch'), source: 'default-bump' };
}

/** Breaking-change notes are kept for the changelog (the migration note is the point), within reason. */
const NOTE_CHARS = 2000;

export function slim(c: ClassifiedCommit): ClassifiedCommit {
  const cc = c.conventional;
  const subject = c.subject.length > 300 ? `${c.subject.slice(0, 300)}…` : c.subject;
  if (cc === undefined) return { ...c, subject };
  const { type, scope, description, breaking, revert } = cc;
  const note = cc.breakingNote;
  const breakingNote = note === undefined || note.length <= NOTE_CHARS ? note : `${note.slice(0, NOTE_CHARS)}…`;
  return { ...c, subject, conventional: { type, scope, description, breaking, breakingNote, revert } };
}

export const SOURCE_ORDER: readonly CommitSource[] = ['conventional-commits', 'patterns', 'default-bump'];

export function describeCommit(c: ClassifiedCommit): string {
  const cc = c.conventional;
  const why =
    c.source === 'conventional-commits'
      ? cc?.breaking
        ? cc.type === undefined
          ? 'breaking change; the header is not a Conventional Commit'
          : 'breaking change'
        : cc?.revert !== undefined
          ? `revert${cc.revert.sha ? ` of ${cc.revert.sha.slice(0, 7)}` : ''}`
          : `type ${cc?.type ?? ''}`
      : c.source === 'patterns'
        ? `matches the ${c.bump}-pattern`
        : 'default bump for commits matching nothing';
  return `${c.sha.slice(0, 7)} ${shorten(c.subject)} (${why}${c.nested ? ', nested commit' : ''})`;
}

export function shorten(subject: string): string {
  return subject.length > 100 ? `${subject.slice(0, 100)}…` : subject;
}
