import type { SemVer } from './semver.js';
import type { ActionEnvironment } from '../action.js';
import { ArtefactsError } from '../errors.js';
import { resolveCommit } from '../git/history.js';
import type { GitHubApi } from '../github/api.js';
import { listRemoteTags } from '../git/remote-refs.js';
import {
  createTag,
  listTagRefs,
  moveTag,
  type CreateTagResult,
  type MoveGuard,
  type MoveTagResult,
} from '../github/tags.js';
import { DEFAULT_GIT_REMOTE, versionString, type BuildTagInputs } from './build-tag-inputs.js';
import { chooseTagTransport, createTagWithGit, moveTagWithGit } from './git-tag-push.js';
import type { ReleaseDecision } from './tag-rules.js';
import { highestStable, parseVersionTag, type Highest, type ParsedTag } from './version-tags.js';

/**
 * Whether this run *is* the release of its version, which a stable version's tags (`1.4.0`, `1.4`,
 * `1`, `latest`) need: the ref is the version's git tag, or build-tag created (or found) that git
 * tag on the built commit in this run, or the tag already points at the built commit. Anything
 * else (a push to main with the next version computed, a schedule, a dispatch) is a build of
 * something that will be released later, and gets its immutable, ref and sha tags only.
 */
export async function releaseDecision(args: {
  readonly version: SemVer;
  readonly tagPrefix: string;
  readonly refTag: string | undefined;
  readonly gitTag: GitTagOutcome | undefined;
  readonly revision: string;
  readonly branch: string | undefined;
  readonly pr: number | undefined;
  readonly cwd: string;
  readonly inGit: boolean;
}): Promise<ReleaseDecision> {
  const { version, tagPrefix, refTag, gitTag, revision } = args;
  const text = versionString(version);
  const tag = `${tagPrefix}${text}`;
  if (args.pr !== undefined) return { ok: false, reason: `pull request #${args.pr} is not a release` };
  const same = (name: string) => {
    const parsed = parseVersionTag(name, tagPrefix);
    return parsed !== undefined && versionString(parsed.version) === text;
  };
  if (refTag !== undefined && same(refTag)) return { ok: true, reason: `the ref is the git tag ${refTag}` };
  if (gitTag !== undefined && (gitTag.status === 'created' || gitTag.status === 'exists')) {
    return {
      ok: true,
      reason: `the git tag ${gitTag.tag} was ${gitTag.status === 'created' ? 'created' : 'found'} on this commit`,
    };
  }
  if (args.inGit) {
    for (const name of tagPrefix === 'v' ? [tag, text] : [tag]) {
      const commit = await resolveCommit(args.cwd, `refs/tags/${name}`);
      if (commit === undefined) continue;
      if (commit === revision) return { ok: true, reason: `the git tag ${name} points at this commit` };
      return {
        ok: false,
        reason: `the git tag ${name} points at ${commit.slice(0, 12)}, not at this commit ${revision.slice(0, 12)}`,
      };
    }
  }
  const what =
    refTag !== undefined
      ? `the git tag ${refTag}`
      : args.branch !== undefined
        ? `branch ${args.branch}`
        : 'this commit';
  return {
    ok: false,
    reason: `this is a build of ${what}, and no git tag ${tag} is on it; release tags come from the run that builds the tag (on: push: tags) or creates it (push-git-tag: true)`,
  };
}

export interface GitTagOutcome {
  readonly tag: string;
  readonly status: CreateTagResult | 'skipped';
  readonly reason?: string;
  readonly major?: { readonly tag: string; readonly status: MoveTagResult | 'skipped'; readonly reason?: string };
  /** How the tags were written: the GitHub API, or plain git to `remote`. */
  readonly transport?: 'github-api' | 'git';
  readonly remote?: string;
}

export async function pushGitTags(
  inputs: BuildTagInputs,
  environment: ActionEnvironment,
  api: GitHubApi | undefined,
  version: SemVer,
  revision: string,
  highest: Highest | undefined,
): Promise<GitTagOutcome> {
  const tag = `${inputs.tagPrefix}${versionString(version)}`;
  const logger = environment.logger;
  if (environment.github?.pullRequest !== undefined) {
    logger.notice(
      `push-git-tag: not tagging ${tag} on a pull request; the tag is created when the change is built on its branch.`,
    );
    return { tag, status: 'skipped', reason: 'pull request' };
  }
  const remote = inputs.gitRemote ?? DEFAULT_GIT_REMOTE;
  const chosen = await chooseTagTransport({
    transport: inputs.gitTagTransport ?? 'auto',
    api,
    token: inputs.githubToken,
    github: environment.github,
    env: environment.env,
    cwd: environment.cwd,
    remote,
  });
  const transport = chosen.transport;
  const via = transport === 'git' ? `git (remote '${remote}')` : 'the GitHub API';
  logger.info(`push-git-tag: writing ${tag} through ${via}: ${chosen.why}.`);
  const githubTags = transport === 'github-api' ? githubApi(inputs, api) : undefined;
  const context = { cwd: environment.cwd, remote, logger };
  const annotated = inputs.annotatedTag ? { annotated: { message: `Release ${versionString(version)}` } } : {};
  const status =
    githubTags === undefined
      ? await createTagWithGit(context, { tag, sha: revision, ...annotated })
      : await createTag(githubTags, { tag, sha: revision, ...annotated, logger });
  const how = { transport, ...(transport === 'git' ? { remote } : {}) };
  if (!inputs.moveMajorTag) return { tag, status, ...how };
  const majorTag = `${inputs.tagPrefix}${version.major}`;
  let refusal: string | undefined;
  if (version.prerelease.length > 0) refusal = 'prerelease';
  else if (version.major === 0) refusal = 'never a 0 major tag';
  else if (highest !== undefined && !highest.inMajor)
    refusal = `${highest.above.major ?? 'a higher version'} is tagged`;
  if (refusal !== undefined) {
    logger.info(`Not moving ${majorTag}: ${refusal}.`);
    return { tag, status, ...how, major: { tag: majorTag, status: 'skipped', reason: refusal } };
  }
  // The listing this run started from may be stale by now (another release may have tagged and
  // moved the major tag since): the remote is asked again, right after the value the move replaces.
  const where = transport === 'git' ? `'${remote}'` : 'GitHub';
  const listRemote =
    githubTags === undefined
      ? async () => {
          const what = `the version tags (prefix '${inputs.tagPrefix}')`;
          const listed = await listRemoteTags(context.cwd, remote, [`refs/tags/${inputs.tagPrefix}*`], {
            peel: true,
            what,
          });
          return new Map([...listed.objects].map(([name, object]) => [name, listed.peeled.get(name) ?? object]));
        }
      : () => listTagRefs(githubTags, inputs.tagPrefix);
  const guard = neverBackwards({ version, prefix: inputs.tagPrefix, majorTag, where, list: listRemote });
  const moved =
    githubTags === undefined
      ? await moveTagWithGit(context, { tag: majorTag, sha: revision, guard })
      : await moveTag(githubTags, { tag: majorTag, sha: revision, logger, guard });
  return { tag, status, ...how, major: { tag: majorTag, ...moved } };
}

/**
 * The major tag never moves backwards. Refused when the remote has a stable version of this major
 * above ours: on the commit the major tag names now (a higher release moved it first), or anywhere
 * (one is released and about to). The listing is read after the major tag's value, so a release that
 * moved the major tag to that value is in it; a move after that read fails the lease.
 */
function neverBackwards(args: {
  readonly version: SemVer;
  readonly prefix: string;
  readonly majorTag: string;
  readonly where: string;
  /** Tag name → the commit it names (or the object, where the remote does not peel). */
  readonly list: () => Promise<ReadonlyMap<string, string>>;
}): MoveGuard {
  const { version, prefix, majorTag, where } = args;
  return async (current) => {
    const listed = await args.list();
    const tags = [...listed.keys()].flatMap((name) => parseVersionTag(name, prefix) ?? []);
    // Which release is higher is highestStable's to say, as for the first listing.
    const higher = highestStable(version, tags).above.major;
    if (higher === undefined) return undefined;
    const names = (t: ParsedTag) => {
      const object = listed.get(t.tag);
      return current !== undefined && (object === current.commitSha || object === current.objectSha);
    };
    // Where the major tag already names a higher release, that one is told; else the highest.
    const at = tags.find((t) => names(t) && highestStable(version, [t]).above.major !== undefined);
    return at !== undefined
      ? `${majorTag} names ${at.tag}'s commit on ${where}, a higher version than ${versionString(version)}`
      : `${tags.find((t) => !t.isPrerelease && t.release === higher)?.tag ?? higher} is tagged on ${where}, a higher version than ${versionString(version)}`;
  };
}

/** The GitHub API for push-git-tag, which needs the repository and a token with contents: write. */
function githubApi(inputs: BuildTagInputs, api: GitHubApi | undefined): GitHubApi {
  if (api === undefined) {
    throw new ArtefactsError(
      'GITHUB_CONTEXT',
      'push-git-tag with git-tag-transport: github-api needs the GitHub repository, which is not known here.',
      {
        hint: 'Run under GitHub Actions, or from a clone whose origin remote is the GitHub repository (with GITHUB_TOKEN set); or use git-tag-transport: git (or auto) to push the tag with git.',
      },
    );
  }
  if (inputs.githubToken === '') {
    throw new ArtefactsError(
      'INPUT_MISSING',
      "Input 'github-token' is empty, but push-git-tag with git-tag-transport: github-api needs a token with contents: write.",
      {
        hint: 'Keep the default github-token: ${{ github.token }} and add permissions: { contents: write } to the job, or use git-tag-transport: git.',
      },
    );
  }
  return api;
}
