/**
 * The version calculation: previous release from git tags, the bump from (in order of precedence)
 * an explicit increment, pull request labels, Conventional Commits, custom patterns and the default
 * for unmatched commits, then prerelease channels and build metadata.
 */
import type { ActionEnvironment } from '../action.js';
import { ArtefactsError } from '../errors.js';
import { countCommits, completeHistory, hasCommit, headFacts, prefetchCommits } from '../git/history.js';
import { describeCommit, shorten } from './classify.js';
import { commitRange, gatherCommits, highest, taggedAtHead, type CommitFacts, type ReleaseAs } from './commit-facts.js';
import { MergedTags } from './merged-tags.js';
import type { VersionOptions } from './options.js';
import { renderChangelog } from './report.js';
import { channelFor, labelsFor, readContext, resolveTarget, type Context } from './run-context.js';
import {
  applyBump,
  bumpBetween,
  greater,
  maxBump,
  nextChannelCounter,
  parseVersion,
  releaseOf,
  type Bump,
} from './semver.js';
import type { BumpSource, VersionResult } from './version-result.js';
import type { ParsedTag } from './version-tags.js';
import {
  compareRelease,
  driftReason,
  listTags,
  localTagObjects,
  parseVersionTag,
  pickRemote,
  readVersionTags,
  remoteVersionTags,
  tagDrift,
  unreadableRemoteWarning,
} from './version-tags.js';

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

/** What the version tags and the history say, read in one pass. */
interface History {
  readonly all: readonly ParsedTag[];
  readonly merged: MergedTags;
  readonly tagged: ParsedTag | undefined;
  readonly previousStable: ParsedTag | undefined;
  readonly facts: CommitFacts;
}

/**
 * Reads the version tags (from `listed`, names already listed, when given), the tag HEAD carries,
 * the previous release and the commits since it.
 */
async function readHistory(
  environment: ActionEnvironment,
  options: VersionOptions,
  target: { readonly sha: string; readonly ctx: Context; readonly channel: string | undefined },
  listed?: readonly string[],
): Promise<History> {
  const { cwd, logger } = environment;
  const { sha, ctx } = target;
  const prefix = options.tagPrefix;
  // Every version tag is listed (cheap); which are merged into HEAD is asked lazily, highest first.
  const all = await readVersionTags(cwd, prefix, logger, listed === undefined ? undefined : Promise.resolve(listed));
  const merged = new MergedTags(cwd, sha, prefix, all);
  // The previous release is most often the highest stable tag: its log starts now, beside the
  // ancestry checks that confirm it, and is read only if they do (else cancelled unread).
  const guess = merged.highestUnchecked((t) => !t.isPrerelease);
  const prefetched = guess === undefined ? undefined : prefetchCommits(cwd, commitRange(guess, sha, options));
  try {
    // HEAD already released: output that version as-is.
    const tagged = ctx.pr === undefined ? await taggedAtHead(merged, sha, ctx.tagRef, target.channel) : undefined;
    const previousFilter = (t: ParsedTag) => !t.isPrerelease && (tagged === undefined || t.compare(tagged) < 0);
    const previousStable =
      options.previousFrom === 'all' ? highest(all, previousFilter) : await merged.highest(previousFilter);
    logger.debug(
      `${all.length} version tags in the repository; ${merged.queries} ancestry checks against ${sha.slice(0, 7)}.`,
    );
    const facts = await gatherCommits(cwd, previousStable, sha, options, prefetched);
    return { all, merged, tagged, previousStable, facts };
  } finally {
    prefetched?.records.cancel();
  }
}

/**
 * The tags a result was read from, whose moving on the remote would change it: the previous
 * release, every tag above it (merged here or not), and the tag HEAD carries. A tag below the
 * previous release cannot change which release is the previous one, wherever it points.
 */
function watchedTags(read: History): string[] {
  const { all, previousStable, tagged } = read;
  const names = all.filter((t) => previousStable === undefined || t.compare(previousStable) >= 0).map((t) => t.tag);
  if (tagged !== undefined && !names.includes(tagged.tag)) names.push(tagged.tag);
  return names;
}

/**
 * Computes the version for the checked-out commit (the PR head on pull requests). Reads git in
 * `environment.cwd`, completing a shallow clone, or one whose version tags differ from its remote's,
 * first (or failing, per `fetchDepthPolicy`), and asks GitHub for the labels of the PR behind a
 * pushed merge commit when a token is given.
 */
export async function calculateVersion(
  options: VersionOptions,
  environment: ActionEnvironment,
): Promise<VersionResult> {
  const { cwd, logger } = environment;
  const prefix = options.tagPrefix;

  // The tag listing does not depend on HEAD, so it runs beside the HEAD query. A failure is read
  // where the listing is awaited (headFacts reports a missing repository first).
  const listing = listTags(cwd, prefix);
  listing.catch(() => undefined);
  const heading = headFacts(cwd);
  // The remote's version tags, beside all the local work: one ls-remote once `git remote` names a
  // remote (none: nothing asked). A shallow clone is completed anyway, so its remote is not asked.
  const remoteName = Promise.all([heading, pickRemote(cwd)]).then(([h, remote]) => (h.shallow ? undefined : remote));
  const remoteTags = remoteName.then((remote) =>
    remote === undefined ? undefined : remoteVersionTags(cwd, remote, prefix),
  );
  remoteTags.catch(() => undefined);
  const head = await heading;
  const partial = readContext(environment, head.branch);
  let deepened = false;
  let why = 'the clone was shallow';
  let from = 'origin';
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
  const target = { sha, ctx, channel: channel?.channel };

  // A clone whose version tags are not the remote's (released there since it was fetched, or moved)
  // is completed before any result is used; true when it was. `read`: what was read from its tags.
  let compared = false;
  const completeStaleTags = async (read?: History): Promise<boolean> => {
    if (deepened || compared) return false;
    compared = true;
    if ((await remoteName) === undefined) return false;
    const watched = read === undefined ? [] : watchedTags(read);
    const [listed, objects] = await Promise.all([remoteTags, localTagObjects(cwd, prefix, watched)]);
    if (listed === undefined) return false;
    if (listed.failure !== undefined) {
      logger.warning(unreadableRemoteWarning(listed, prefix));
      return false;
    }
    const drift = tagDrift(listed, read?.all ?? [], objects, prefix);
    if (drift === undefined) return false;
    for (const m of drift.moved) {
      logger.warning(
        `The version tag ${m.tag} names ${m.local} in this clone but ${m.remote} on '${drift.remote}': ` +
          `the version is computed from '${drift.remote}'s, which replaces the local one.`,
      );
    }
    await completeHistory(cwd, driftReason(drift), { policy: options.fetchDepthPolicy, logger, remote: drift.remote });
    deepened = true;
    why = `the clone lacked version tags of '${drift.remote}', or had them on other objects`;
    from = drift.remote;
    return true;
  };

  let listed = deepened ? undefined : await listing;
  // No version tag here at all: the remote decides before an empty list is read (and warned about).
  if (listed !== undefined && !listed.some((n) => parseVersionTag(n, prefix) !== undefined)) {
    if (await completeStaleTags()) listed = undefined;
  }
  let history = await readHistory(environment, options, target, listed);
  // Computed beside the remote's answer; computed again from the fetched tags when they differed.
  if (await completeStaleTags(history)) history = await readHistory(environment, options, target);
  const { all, merged, tagged, previousStable, facts } = history;

  const assumptions = [...ctx.assumptions];
  if (deepened) assumptions.push(`${why}: fetched history and tags from '${from}'`);
  for (const line of assumptions) logger.info(`Assuming ${line}.`);
  const { commitsSince, kept, commitBump, commitSource, deciding, releaseAsFound, unparsedReason } = facts;
  if (unparsedReason !== undefined) logger.info(unparsedReason);
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
  const fromInput = options.labels === undefined ? '' : ' (from the labels input)';

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
    reasons.push(`label ${skip.map((l) => `"${l}"`).join(', ')}${fromInput}: no release`);
  } else if (labelBumps.length > 0) {
    bump = labelBumps.reduce<Bump>((a, b) => maxBump(a, b), 'none');
    bumpSource = 'labels';
    for (const b of labelBumps)
      reasons.push(
        `label ${has(options.bumpLabels[b])
          .map((l) => `"${l}"`)
          .join(', ')}${fromInput}: ${b}`,
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
  if (!noRelease) await refuseReleased(version, { all, merged, prefix, sha });
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

/**
 * A new version must not be one already released: a version tag on a commit that is not HEAD's
 * (a release made on a branch not merged here, whose tag HEAD's history does not see) would make
 * this the second commit of one version. Refused with both named, never output.
 */
async function refuseReleased(
  version: string,
  facts: { all: readonly ParsedTag[]; merged: MergedTags; prefix: string; sha: string },
): Promise<void> {
  const { all, merged, prefix, sha } = facts;
  const wanted = parseVersionTag(`${prefix}${version}`, prefix);
  if (wanted === undefined) return;
  // Precedence ignores build metadata: v1.1.0 is the release 1.1.0+sha.abc would be again.
  const same = all.filter((t) => t.compare(wanted) === 0);
  if (same.length === 0) return;
  const commits = await merged.commitsOf(same);
  const other = same.find((t) => commits.get(t.tag) !== sha);
  if (other === undefined) return;
  throw new ArtefactsError(
    'TAG_CONFLICT',
    `The next version would be ${version}, but ${other.tag} already names commit ${commits.get(other.tag) ?? '?'}, ` +
      `not ${sha}: that release is on history this commit does not contain, and a version names one commit only.`,
    {
      hint: 'Merge the branch that carries it into this one, or set previous-from: all (the next version then follows the highest release anywhere), or set the version (increment, or a Release-As footer).',
    },
  );
}

/** A bump past 2^53 - 1 (a tag such as v9007199254740991.0.0): said plainly, not an internal error. */
function beyondNumbers(previous: ParsedTag, release: string): ArtefactsError {
  return new ArtefactsError(
    'UNSUPPORTED',
    `The version after ${previous.tag} would be ${release}, beyond the largest number a version can carry here (2^53 - 1).`,
    { hint: 'Check the version tags: such a number is almost always a typo.' },
  );
}
