/**
 * The version calculation: previous release from git tags, the bump from (in order of precedence)
 * an explicit increment, pull request labels, Conventional Commits, custom patterns and the default
 * for unmatched commits, then prerelease channels and build metadata.
 */
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { jobSummary } from '../summary.js';
import { ArtefactsError, describeError } from '../errors.js';
import { gitRaw } from '../git/git.js';
import {
  countCommits,
  completeHistory,
  hasCommit,
  headFacts,
  missingTagsReason,
  peelTags,
  streamCommits,
} from '../git/history.js';
import { GitHubApi } from '../github/api.js';
import { stickyMarker, upsertStickyComment } from '../github/comments.js';
import { pullRequestForMergeCommit } from '../github/pulls.js';
import { bumpForCommit, parseCommit, splitNestedCommits, type ParsedCommit } from './conventional.js';
import { MergedTags } from './merged-tags.js';
import type { ParsedTag } from './version-tags.js';
import { compareRelease, parseVersionTag, readVersionTags } from './version-tags.js';
import type { SemverCalculateInputs, VersionOptions } from './options.js';
import { renderChangelog, renderSummary } from './report.js';
import {
  applyBump,
  bumpBetween,
  compareBumps,
  greater,
  maxBump,
  nextChannelCounter,
  parseVersion,
  releaseOf,
  type Bump,
} from './semver.js';

export { parseSemverCalculateInputs } from './options.js';
export type { SemverCalculateInputs, VersionOptions } from './options.js';

export type BumpSource =
  | 'increment'
  | 'release-as'
  | 'labels'
  | 'skip-label'
  | 'conventional-commits'
  | 'patterns'
  | 'default-bump'
  | 'no-releasable-commits'
  | 'no-commits'
  | 'tag'
  | 'initial-version';

type CommitSource = 'conventional-commits' | 'patterns' | 'default-bump';

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

export interface VersionResult {
  /** The version of this build: the release, or a prerelease (`1.4.0-pr.42.7`, `2.0.0-rc.4`), plus build metadata. */
  readonly version: string;
  /** `version` with the tag prefix. */
  readonly versionTag: string;
  /** The stable version this build releases, or will release once merged (no prerelease, no build). */
  readonly releaseVersion: string;
  readonly previousVersion: string | undefined;
  readonly previousTag: string | undefined;
  readonly bump: Bump;
  readonly bumpSource: BumpSource;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** The prerelease part (`rc.4`), empty for a stable version. */
  readonly prerelease: string;
  /** The build metadata (`sha.3f9c2ab`), empty unless enabled. */
  readonly build: string;
  readonly isPrerelease: boolean;
  /** HEAD already carried this version's tag: output as-is, no bump. */
  readonly isTagged: boolean;
  /** Commits since the previous version tag (touching `paths` when set). */
  readonly commitsSince: number;
  /** Markdown list of the commits since the previous tag, grouped by type. */
  readonly changelog: string;
  /** Why: the labels or commits that decided the bump, as short human lines. */
  readonly reasons: readonly string[];
  /** The commit the version is for (the PR head on pull requests, not the merge commit). */
  readonly sha: string;
  readonly branch: string | undefined;
  readonly pullRequest: number | undefined;
  readonly labels: readonly string[];
  readonly channel: string | undefined;
  /** What was assumed or looked up, e.g. "not a pull request; branch main from git". */
  readonly assumptions: readonly string[];
  readonly deepened: boolean;
}

/** Commits kept for the changelog and the reasons; counting goes on past it. */
const KEEP_COMMITS = 250;
const REASON_LINES = 10;

interface Context {
  readonly sha: string;
  readonly branch: string | undefined;
  readonly tagRef: string | undefined;
  readonly pr: { number: number; headSha: string; baseSha: string; labels: readonly string[] } | undefined;
  readonly assumptions: string[];
}

function readContext(environment: ActionEnvironment, gitBranch: string | undefined): Omit<Context, 'sha'> {
  const { github } = environment;
  const assumptions: string[] = [];
  const isPrEvent = github !== undefined && /^pull_request/.test(github.eventName) && github.pullRequest !== undefined;
  if (isPrEvent && github?.pullRequest) {
    const pr = github.pullRequest;
    assumptions.push(`pull request #${pr.number} (${pr.headRef} → ${pr.baseRef}), head ${pr.headSha.slice(0, 7)}`);
    return {
      branch: pr.headRef || undefined,
      tagRef: undefined,
      pr: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, labels: pr.labels },
      assumptions,
    };
  }
  if (github !== undefined) {
    const branch = github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
    const tagRef = github.ref.startsWith('refs/tags/') ? github.ref.slice('refs/tags/'.length) : undefined;
    assumptions.push(
      `${github.eventName} event; ${branch ? `branch ${branch}` : tagRef ? `tag ${tagRef}` : `ref ${github.ref || 'unknown'}`}`,
    );
    return { branch, tagRef, pr: undefined, assumptions };
  }
  const fromGit = gitBranch;
  // Other CI systems check out a detached HEAD and name the branch in the environment.
  const ciVariable = ['CI_COMMIT_BRANCH', 'BUILDKITE_BRANCH', 'CIRCLE_BRANCH', 'BRANCH_NAME'].find(
    (name) => (environment.env[name] ?? '') !== '',
  );
  const branch = fromGit ?? (ciVariable === undefined ? undefined : environment.env[ciVariable]);
  const where = fromGit
    ? `branch ${fromGit} from git`
    : branch
      ? `detached HEAD; branch ${branch} from ${ciVariable ?? ''}`
      : 'detached HEAD, no branch known';
  assumptions.push(`not a pull request (no GitHub context); ${where}`);
  return { branch, tagRef: undefined, pr: undefined, assumptions };
}

async function resolveTarget(
  cwd: string,
  ctx: Omit<Context, 'sha'>,
  headSha: string,
  environment: ActionEnvironment,
): Promise<string> {
  if (ctx.pr !== undefined && ctx.pr.headSha !== '') {
    const head = ctx.pr.headSha;
    if (!(await hasCommit(cwd, head))) {
      environment.logger.info(`The PR head ${head.slice(0, 7)} is not in the clone; fetching it from origin.`);
      await gitRaw(['fetch', '--quiet', '--filter=blob:none', 'origin', head], { cwd });
      if (!(await hasCommit(cwd, head))) {
        throw new ArtefactsError(
          'GIT_FAILED',
          `The pull request head ${head} is not in the clone and could not be fetched from origin.`,
          {
            hint: "Use actions/checkout with 'fetch-depth: 0', or check out the PR head (ref: ${{ github.event.pull_request.head.sha }}).",
          },
        );
      }
    }
    return head;
  }
  return headSha;
}

function highest(tags: readonly ParsedTag[], filter: (t: ParsedTag) => boolean): ParsedTag | undefined {
  let best: ParsedTag | undefined;
  for (const t of tags) if (filter(t) && (best === undefined || t.compare(best) > 0)) best = t;
  return best;
}

/**
 * Classifies one commit. With Conventional Commits on, a message is read whatever its header
 * (a breaking-change note or `!` makes it major), and each release-please nested commit in it is
 * an entry of its own; so one commit gives one or more entries.
 */
function classify(message: string, sha: string, parents: number, options: VersionOptions): ClassifiedCommit[] {
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

function slim(c: ClassifiedCommit): ClassifiedCommit {
  const cc = c.conventional;
  const subject = c.subject.length > 300 ? `${c.subject.slice(0, 300)}…` : c.subject;
  if (cc === undefined) return { ...c, subject };
  const { type, scope, description, breaking, revert } = cc;
  const note = cc.breakingNote;
  const breakingNote = note === undefined || note.length <= NOTE_CHARS ? note : `${note.slice(0, NOTE_CHARS)}…`;
  return { ...c, subject, conventional: { type, scope, description, breaking, breakingNote, revert } };
}

const SOURCE_ORDER: readonly CommitSource[] = ['conventional-commits', 'patterns', 'default-bump'];

function describeCommit(c: ClassifiedCommit): string {
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

function shorten(subject: string): string {
  return subject.length > 100 ? `${subject.slice(0, 100)}…` : subject;
}

/** The `Release-As:` footer that sets the version: the newest one since the previous release. */
interface ReleaseAs {
  readonly commit: ClassifiedCommit;
  readonly value: string;
}

/** The Release-As version when it can be used; otherwise a warning says why it is ignored. */
function usableReleaseAs(
  found: ReleaseAs | undefined,
  previous: ParsedTag | undefined,
  logger: ActionEnvironment['logger'],
): string | undefined {
  if (found === undefined) return undefined;
  const where = `'Release-As: ${found.value}' in ${found.commit.sha.slice(0, 7)} ${shorten(found.commit.subject)}`;
  const version = parseVersion(found.value);
  if (version === undefined || version.prerelease.length > 0 || version.build.length > 0) {
    logger.warning(`Ignoring ${where}: not a stable SemVer version (major.minor.patch, e.g. 2.0.0).`);
    return undefined;
  }
  if (previous !== undefined && !greater(version, previous.version)) {
    logger.warning(`Ignoring ${where}: not above the previous release ${previous.tag}; versions never go back.`);
    return undefined;
  }
  return version.version;
}

function channelFor(
  options: VersionOptions,
  ctx: Omit<Context, 'sha'>,
): { channel: string; kind: 'pr' | 'branch' | 'forced' } | undefined {
  if (ctx.pr !== undefined)
    return options.prChannel === undefined ? undefined : { channel: options.prChannel, kind: 'pr' };
  if (options.prerelease !== undefined) return { channel: options.prerelease, kind: 'forced' };
  if (ctx.branch !== undefined) {
    const match = options.branchChannels.find((c) => c.pattern.test(ctx.branch ?? ''));
    if (match) return { channel: match.channel, kind: 'branch' };
  }
  return undefined;
}

/**
 * Computes the version for the checked-out commit (the PR head on pull requests). Reads git in
 * `environment.cwd`, deepening a shallow clone first (or failing, per `fetchDepthPolicy`), and asks
 * GitHub for the labels of the PR behind a pushed merge commit when a token is given.
 */
export async function calculateVersion(
  options: VersionOptions,
  environment: ActionEnvironment,
): Promise<VersionResult> {
  const { cwd, logger } = environment;
  const prefix = options.tagPrefix;
  const isVersionTag = (name: string) => parseVersionTag(name, prefix) !== undefined;

  const head = await headFacts(cwd);
  const partial = readContext(environment, head.branch);
  let deepened = false;
  if (head.shallow) {
    await completeHistory(cwd, 'the clone is shallow (actions/checkout fetches one commit by default)', {
      policy: options.fetchDepthPolicy,
      logger,
    });
    deepened = true;
  }
  const sha = await resolveTarget(cwd, partial, head.sha, environment);
  const ctx: Context = { ...partial, sha };

  const channel = channelFor(options, ctx);
  // Every version tag is listed (cheap); which are merged into HEAD is asked lazily, highest first.
  let all = await readVersionTags(cwd, prefix, logger);
  let merged = new MergedTags(cwd, sha, prefix, all);
  if (!deepened && (await merged.highest(() => true)) === undefined) {
    // No release reachable from HEAD: a repository never released, or a clone without its tags.
    const reason = all.length === 0 ? await missingTagsReason(cwd, { prefix, isVersionTag, logger }) : undefined;
    if (reason !== undefined) {
      await completeHistory(cwd, reason, { policy: options.fetchDepthPolicy, logger });
      deepened = true;
      all = await readVersionTags(cwd, prefix, logger);
      merged = new MergedTags(cwd, sha, prefix, all);
    }
  }
  const assumptions = [...ctx.assumptions];
  if (deepened) assumptions.push('the clone was shallow or missing tags: fetched history and tags from origin');
  for (const line of assumptions) logger.info(`Assuming ${line}.`);
  const fromAll = options.previousFrom === 'all';

  // HEAD already released: output that version as-is.
  const tagged = ctx.pr === undefined ? await taggedAtHead(cwd, merged, sha, ctx.tagRef, channel?.channel) : undefined;
  const previousFilter = (t: ParsedTag) => !t.isPrerelease && (tagged === undefined || t.compare(tagged) < 0);
  const previousStable = fromAll ? highest(all, previousFilter) : await merged.highest(previousFilter);
  logger.debug(
    `${all.length} version tags in the repository; ${merged.queries} ancestry checks against ${sha.slice(0, 7)}.`,
  );

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
  await streamCommits(
    cwd,
    {
      ...(previousStable ? { from: `refs/tags/${previousStable.tag}` } : {}),
      to: sha,
      paths: options.paths,
    },
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
  );
  if (unparsedCount > 0) {
    const shown = unparsed.map((c) => `${c.sha.slice(0, 7)} ${shorten(c.subject)}`).join('; ');
    const line =
      `${unparsedCount} commit(s) with a header that is not a Conventional Commit, read for breaking changes ` +
      `and Release-As only: ${shown}${unparsedCount > unparsed.length ? '; …' : ''}`;
    logger.info(line);
    unparsedReason = line;
  }
  const changelog = renderChangelog(kept, commitsSince);

  const common = {
    previousVersion: previousStable?.version.version,
    previousTag: previousStable?.tag,
    commitsSince,
    changelog,
    sha,
    branch: ctx.branch,
    pullRequest: ctx.pr?.number,
    assumptions,
    deepened,
  };

  if (tagged !== undefined) {
    const v = tagged.version;
    logger.info(`HEAD is tagged ${tagged.tag}: using ${v.version} as-is.`);
    return {
      ...common,
      version: v.version,
      versionTag: tagged.tag,
      releaseVersion: releaseOf(v),
      bump: 'none',
      bumpSource: 'tag',
      major: v.major,
      minor: v.minor,
      patch: v.patch,
      prerelease: v.prerelease.join('.'),
      build: v.build.join('.'),
      isPrerelease: v.prerelease.length > 0,
      isTagged: true,
      reasons: [`HEAD already carries the tag ${tagged.tag}`],
      labels: [],
      channel: v.prerelease.length > 0 ? String(v.prerelease[0]) : undefined,
    };
  }

  // Labels: from the PR payload, or from the PR that produced a pushed merge commit.
  const labels = await labelsFor(options, environment, ctx, assumptions);
  const lowered = labels.map((l) => l.toLowerCase());
  const has = (list: readonly string[]) => lowered.filter((l) => list.includes(l));

  let bump: Bump;
  let bumpSource: BumpSource;
  const reasons: string[] = [];
  const skip = has(options.bumpLabels.skip);
  const labelBumps = (['major', 'minor', 'patch'] as const).filter((b) => has(options.bumpLabels[b]).length > 0);
  const releaseAs =
    options.increment === undefined ? usableReleaseAs(releaseAsFound, previousStable, logger) : undefined;
  if (options.increment !== undefined) {
    bump = options.increment;
    bumpSource = 'increment';
    reasons.push(`explicit increment: ${options.increment}`);
  } else if (releaseAs !== undefined && releaseAsFound !== undefined) {
    bump = previousStable === undefined ? commitBump : bumpBetween(previousStable.version, releaseAs);
    bumpSource = 'release-as';
    const c = releaseAsFound.commit;
    reasons.push(`${c.sha.slice(0, 7)} ${shorten(c.subject)} (Release-As: ${releaseAs})`);
  } else if (skip.length > 0) {
    bump = 'none';
    bumpSource = 'skip-label';
    reasons.push(`label ${skip.map((l) => `"${l}"`).join(', ')}: no release`);
  } else if (labelBumps.length > 0) {
    bump = labelBumps.reduce<Bump>((a, b) => maxBump(a, b), 'none');
    bumpSource = 'labels';
    for (const b of labelBumps)
      reasons.push(
        `label ${has(options.bumpLabels[b])
          .map((l) => `"${l}"`)
          .join(', ')}: ${b}`,
      );
  } else if (commitsSince === 0) {
    bump = 'none';
    bumpSource = 'no-commits';
    reasons.push(
      `no commits since ${previousStable?.tag ?? 'the beginning'}${options.paths.length ? ` touching ${options.paths.join(', ')}` : ''}`,
    );
  } else if (commitBump === 'none' || commitSource === undefined) {
    bump = 'none';
    bumpSource = 'no-releasable-commits';
    reasons.push(`${commitsSince} commit(s) since ${previousStable?.tag ?? 'the beginning'}, none releasable`);
    if (unparsedReason !== undefined) reasons.push(unparsedReason);
  } else {
    bump = commitBump;
    bumpSource = commitSource;
    reasons.push(...deciding.map(describeCommit));
    if (unparsedReason !== undefined) reasons.push(unparsedReason);
  }

  let release: string;
  let releaseBump = bump;
  if (releaseAs !== undefined) {
    // Release-As names the version: no initial version, no 0.x rule, no graduation.
    release = releaseAs;
  } else if (previousStable === undefined) {
    release = options.initialVersion.replace(/\+.*$/, '');
    bumpSource = bumpSource === 'increment' ? bumpSource : 'initial-version';
    reasons.push(`no previous stable version tag with prefix '${prefix}': initial version ${release}`);
    // Prereleases before the first stable release (1.0.0-rc.2): the first release graduates them.
    const candidate = await merged.highest((t) => t.isPrerelease);
    if (candidate !== undefined && greater(releaseOf(candidate.version), release)) {
      release = releaseOf(candidate.version);
      reasons.push(`graduates the prerelease ${candidate.tag} to ${release}`);
    }
  } else {
    // The 0.x rule applies to breaking changes found in commits and labels; an explicit
    // `increment: major` is the deliberate way out of 0.x.
    const zeroRule = bumpSource === 'increment' ? 'major' : options.zeroMajorBreaking;
    release = applyBump(previousStable.version, bump, { zeroMajorBreaking: zeroRule });
    if (bump === 'major' && previousStable.version.major === 0 && zeroRule === 'minor') {
      releaseBump = 'minor';
      reasons.push(
        `0.x rule: a breaking change in ${previousStable.version.version} bumps minor (zero-major-breaking: minor)`,
      );
    }
    // Graduation: prereleases of a higher version merged here are release candidates of this release.
    if (bump !== 'none') {
      const target = parseVersion(release);
      if (target === undefined) throw beyondNumbers(previousStable, release);
      const candidate = await merged.highest((t) => t.isPrerelease && compareRelease(t, target) > 0);
      if (candidate !== undefined && greater(releaseOf(candidate.version), previousStable.version)) {
        release = releaseOf(candidate.version);
        releaseBump = bumpBetween(previousStable.version, release);
        reasons.push(`graduates the prerelease ${candidate.tag} to ${release}`);
      }
    }
  }
  const noRelease = previousStable !== undefined && bump === 'none' && releaseAs === undefined;
  if (noRelease) release = releaseOf(previousStable.version);

  // Prerelease channels.
  let prerelease = '';
  if (channel !== undefined && !noRelease) {
    if (channel.kind === 'pr' && ctx.pr !== undefined) {
      const base = ctx.pr.baseSha !== '' && (await hasCommit(cwd, ctx.pr.baseSha)) ? ctx.pr.baseSha : undefined;
      const since = base === undefined ? commitsSince : await countCommits(cwd, base, sha);
      if (base === undefined)
        assumptions.push('the PR base commit is not in the clone: counted commits since the previous tag');
      prerelease = `${channel.channel}.${ctx.pr.number}.${since}`;
    } else {
      const counter = nextChannelCounter(
        release,
        channel.channel,
        all.filter((t) => t.isPrerelease && t.release === release).map((t) => t.version),
      );
      prerelease = `${channel.channel}.${counter}`;
      reasons.push(
        `channel ${channel.channel}${channel.kind === 'branch' ? ` (branch ${ctx.branch ?? ''})` : ''}: prerelease ${counter}`,
      );
    }
  }
  const build = options.buildMetadata ? `sha.${sha.slice(0, 7)}` : '';
  const version = `${release}${prerelease ? `-${prerelease}` : ''}${build ? `+${build}` : ''}`;
  const parsed = parseVersion(version);
  if (parsed === undefined) throw new ArtefactsError('INTERNAL', `Computed an invalid version '${version}'.`);
  return {
    ...common,
    version,
    versionTag: `${prefix}${version}`,
    releaseVersion: release,
    bump: noRelease ? 'none' : releaseBump,
    bumpSource,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease,
    build,
    isPrerelease: prerelease !== '',
    isTagged: false,
    reasons,
    labels,
    channel: prerelease === '' ? undefined : channel?.channel,
  };
}

/** A bump past 2^53 - 1 (a tag such as v9007199254740991.0.0): said plainly, not an internal error. */
function beyondNumbers(previous: ParsedTag, release: string): ArtefactsError {
  return new ArtefactsError(
    'UNSUPPORTED',
    `The version after ${previous.tag} would be ${release}, beyond the largest number a version can carry here (2^53 - 1).`,
    { hint: 'Check the version tags: such a number is almost always a typo.' },
  );
}

/**
 * The version tag HEAD carries, if any: the pushed tag on a tag push, else the highest stable
 * version merged into HEAD, else the highest prerelease on this run's channel, when it points at
 * HEAD. Only these few candidates are peeled (one rev-parse), never all tags.
 */
async function taggedAtHead(
  cwd: string,
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
  const commits = await peelTags(
    cwd,
    candidates.map((t) => t.tag),
  );
  return candidates.find((t) => commits.get(t.tag) === sha);
}

async function labelsFor(
  options: VersionOptions,
  environment: ActionEnvironment,
  ctx: Context,
  assumptions: string[],
): Promise<string[]> {
  if (ctx.pr !== undefined) return [...ctx.pr.labels];
  const github = environment.github;
  if (github === undefined || github.eventName !== 'push' || ctx.branch === undefined) return [];
  if (options.token === '') {
    assumptions.push('no github-token: labels of the pull request behind this push not looked up');
    return [];
  }
  const api = new GitHubApi({
    apiUrl: github.apiUrl,
    token: options.token,
    owner: github.owner,
    repo: github.repo,
    logger: environment.logger,
    // The labels refine the bump; a flaky API gets one retry, then a warning and the commits decide.
    retries: 1,
  });
  try {
    const pull = await pullRequestForMergeCommit(api, ctx.sha);
    if (pull === undefined) {
      environment.logger.debug(`${ctx.sha.slice(0, 7)} was not produced by merging a pull request.`);
      return [];
    }
    const line = `this push is the merge of pull request #${pull.number} (labels from the API)`;
    environment.logger.info(`Assuming ${line}: labels ${pull.labels.join(', ') || '(none)'}.`);
    assumptions.push(line);
    return [...pull.labels];
  } catch (error) {
    environment.logger.warning(
      `Could not look up the pull request behind ${ctx.sha.slice(0, 7)} (${describeError(error)}); ` +
        'its labels are not considered, the bump comes from the commits.',
    );
    return [];
  }
}

/** Every output, as strings. */
export function versionOutputs(result: VersionResult): Record<string, string> {
  const outputs: Record<string, string> = {
    version: result.version,
    'version-tag': result.versionTag,
    'release-version': result.releaseVersion,
    'previous-version': result.previousVersion ?? '',
    'previous-tag': result.previousTag ?? '',
    bump: result.bump,
    'bump-source': result.bumpSource,
    major: String(result.major),
    minor: String(result.minor),
    patch: String(result.patch),
    prerelease: result.prerelease,
    build: result.build,
    'is-prerelease': String(result.isPrerelease),
    'is-tagged': String(result.isTagged),
    'commits-since': String(result.commitsSince),
    changelog: result.changelog,
  };
  outputs.json = JSON.stringify({
    ...Object.fromEntries(Object.entries(outputs).filter(([k]) => k !== 'changelog')),
    major: result.major,
    minor: result.minor,
    patch: result.patch,
    'is-prerelease': result.isPrerelease,
    'is-tagged': result.isTagged,
    'commits-since': result.commitsSince,
    changelog: result.changelog,
    reasons: result.reasons,
    labels: result.labels,
    sha: result.sha,
    branch: result.branch ?? null,
    'pull-request': result.pullRequest ?? null,
    channel: result.channel ?? null,
    assumptions: result.assumptions,
  });
  return outputs;
}

export const SEMVER_CALCULATE_MARKER = stickyMarker('semver-calculate');

/** The semver-calculate action: the version, its outputs, the job summary and the sticky PR comment. */
export async function semverCalculate(
  inputs: SemverCalculateInputs,
  environment: ActionEnvironment,
): Promise<ActionOutcome> {
  const { logger, github } = environment;
  const result = await calculateVersion(inputs, environment);
  logger.info(
    `${result.previousVersion ?? '(none)'} → ${result.version} (bump ${result.bump}, from ${result.bumpSource})`,
  );
  const summary = renderSummary(result, inputs);
  const pr = github?.pullRequest;
  if (pr !== undefined && github !== undefined && /^pull_request/.test(github.eventName) && inputs.comment) {
    // pull_request_target runs with the base repository's token, which can comment on forks' PRs.
    if (pr.isFork && github.eventName !== 'pull_request_target') {
      logger.notice('Fork pull request: its token is read-only, so the version preview is in the job summary only.');
    } else if (inputs.token === '') {
      logger.notice('No github-token: the version preview is in the job summary only.');
    } else {
      const api = new GitHubApi({
        apiUrl: github.apiUrl,
        token: inputs.token,
        owner: github.owner,
        repo: github.repo,
        logger,
      });
      const outcome = await upsertStickyComment(api, pr.number, SEMVER_CALCULATE_MARKER, summary, logger).catch(
        (error: unknown) => {
          logger.warning(`Could not write the preview comment on pull request #${pr.number}: ${describeError(error)}`);
          return undefined;
        },
      );
      if (outcome?.status === 'skipped') {
        logger.notice(`The version preview is in the job summary only: ${outcome.reason}.`);
      }
    }
  }
  return {
    outputs: versionOutputs(result),
    summary: jobSummary('semver-calculate', result.versionTag, github, summary),
  };
}
