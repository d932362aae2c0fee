/**
 * Facts read from git history for the version: the version tag HEAD carries, the highest of a
 * set of tags, and the commits since the previous release, classified and streamed.
 */
import { ArtefactsError, inputError } from '../errors.js';
import { streamCommits, type PrefetchedCommits } from '../git/history.js';
import { classify, shorten, slim, SOURCE_ORDER, type ClassifiedCommit, type CommitSource } from './classify.js';
import type { MergedTags } from './merged-tags.js';
import { pathspecs, PATHS_ACCEPTED, type VersionOptions } from './options.js';
import { compareBumps, type Bump } from './semver.js';
import type { ParsedTag } from './version-tags.js';

/** Commits kept for the changelog and the reasons; counting goes on past it. */
const KEEP_COMMITS = 250;
const REASON_LINES = 10;

export function highest(tags: readonly ParsedTag[], filter: (t: ParsedTag) => boolean): ParsedTag | undefined {
  let best: ParsedTag | undefined;
  for (const t of tags) if (filter(t) && (best === undefined || t.compare(best) > 0)) best = t;
  return best;
}

/** The `Release-As:` footer that sets the version: the newest one since the previous release. */
export interface ReleaseAs {
  readonly commit: ClassifiedCommit;
  readonly value: string;
}

/** The commits since the previous release, as the bump decision and the changelog need them. */
export interface CommitFacts {
  /** Commits since the previous version tag (touching `paths` when set). */
  readonly commitsSince: number;
  /** The first commits, newest first, slimmed for the changelog. */
  readonly kept: readonly ClassifiedCommit[];
  /** The highest bump the commits ask for, and from which kind of rule. */
  readonly commitBump: Bump;
  readonly commitSource: CommitSource | undefined;
  /** The commits that decided `commitBump` (at most REASON_LINES). */
  readonly deciding: readonly ClassifiedCommit[];
  readonly releaseAsFound: ReleaseAs | undefined;
  /** The line reporting commits whose header is not a Conventional Commit, if any. */
  readonly unparsedReason: string | undefined;
}

/**
 * A refusal of git's that is about the `paths` given (a pathspec it cannot read, a path outside the
 * repository) made the input error it is, naming `paths`, with git's message as the hint.
 */
async function pathsNamed<T>(paths: readonly string[], work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (
      paths.length > 0 &&
      error instanceof ArtefactsError &&
      error.code === 'GIT_FAILED' &&
      /pathspec|outside (the )?repository/i.test(error.message)
    ) {
      throw inputError('paths', paths.join(', '), PATHS_ACCEPTED, error.message);
    }
    throw error;
  }
}

/** The range `gatherCommits` reads: from `previousStable` (exclusive; the beginning when undefined) to `sha`. */
export function commitRange(previousStable: ParsedTag | undefined, sha: string, options: VersionOptions) {
  return {
    ...(previousStable ? { from: `refs/tags/${previousStable.tag}` } : {}),
    to: sha,
    paths: pathspecs(options.paths),
  };
}

/**
 * Streams and classifies the commits from `previousStable` (exclusive; the beginning when
 * undefined) to `sha`, from `prefetched` when that log is of the same range.
 */
export async function gatherCommits(
  cwd: string,
  previousStable: ParsedTag | undefined,
  sha: string,
  options: VersionOptions,
  prefetched?: PrefetchedCommits,
): Promise<CommitFacts> {
  // Commits since the previous stable release, streamed; prerelease tags never count as previous.
  const kept: ClassifiedCommit[] = [];
  let unparsedReason: string | undefined;
  let commitsSince = 0;
  let commitBump: Bump = 'none';
  let commitSource: CommitSource | undefined;
  const deciding: ClassifiedCommit[] = [];
  let releaseAsFound: ReleaseAs | undefined;
  // Commits whose header is not a Conventional Commit (merges aside): reported, never silently dropped.
  const unparsed: ClassifiedCommit[] = [];
  let unparsedCount = 0;
  await pathsNamed(
    options.paths,
    streamCommits(
      cwd,
      commitRange(previousStable, sha, options),
      (commit) => {
        commitsSince++;
        for (const c of classify(commit.message, commit.sha, commit.parents.length, options)) {
          if (kept.length < KEEP_COMMITS) kept.push(slim(c));
          // Newest first: the first Release-As met is the newest.
          if (c.releaseAs !== undefined && releaseAsFound === undefined)
            releaseAsFound = { commit: slim(c), value: c.releaseAs };
          if (
            c.conventional !== undefined &&
            c.conventional.type === undefined &&
            !c.isMerge &&
            !c.conventional.breaking
          ) {
            if (unparsedCount++ < 5) unparsed.push(slim(c));
          }
          const order = compareBumps(c.bump, commitBump);
          if (
            order > 0 ||
            (order === 0 &&
              c.bump !== 'none' &&
              commitSource !== undefined &&
              SOURCE_ORDER.indexOf(c.source) < SOURCE_ORDER.indexOf(commitSource))
          ) {
            commitBump = c.bump;
            commitSource = c.source;
            deciding.length = 0;
          }
          if (c.bump === commitBump && c.bump !== 'none' && c.source === commitSource && deciding.length < REASON_LINES)
            deciding.push(slim(c));
        }
      },
      prefetched,
    ),
  );
  if (unparsedCount > 0) {
    const shown = unparsed.map((c) => `${c.sha.slice(0, 7)} ${shorten(c.subject)}`).join('; ');
    // Logged by the caller, once the facts are final.
    unparsedReason =
      `${unparsedCount} commit(s) with a header that is not a Conventional Commit, read for breaking changes ` +
      `and Release-As only: ${shown}${unparsedCount > unparsed.length ? '; …' : ''}`;
  }
  return { commitsSince, kept, commitBump, commitSource, deciding, releaseAsFound, unparsedReason };
}

/**
 * The version tag HEAD carries, if any: the pushed tag on a tag push, else the highest stable
 * version merged into HEAD, else the highest prerelease on this run's channel, when it points at
 * HEAD. Only these few candidates are peeled, never all tags (their commits mostly come with the
 * ancestry check that found them).
 */
export async function taggedAtHead(
  merged: MergedTags,
  sha: string,
  tagRef: string | undefined,
  channel: string | undefined,
): Promise<ParsedTag | undefined> {
  const candidates = [
    await merged.find(tagRef),
    await merged.highest((t) => !t.isPrerelease),
    channel === undefined
      ? undefined
      : await merged.highest((t) => t.isPrerelease && t.version.prerelease[0] === channel),
  ].filter((t): t is ParsedTag => t !== undefined);
  if (candidates.length === 0) return undefined;
  const commits = await merged.commitsOf(candidates);
  return candidates.find((t) => commits.get(t.tag) === sha);
}
