import { ArtefactsError } from '../errors.js';
import { gitRaw, git } from '../git/git.js';
import type { Logger } from '../log.js';
import { ParsedTag, compareRelease } from './merged-tags.js';
import type { SemVer } from './semver.js';

/**
 * The repository's existing version tags (`tag-prefix` + semver), read from local git. build-tag
 * needs them to decide whether a version is the highest stable one (floating tags never move
 * backwards). A shallow clone, or a clone without tags, may lack them: then the remote's tag list
 * is read with `git ls-remote` (names only, no objects), and when that fails too the answer is
 * "unknown", never a silent "you are the highest".
 */
/** A version tag: semver-calculate's own parsing (merged-tags.ts), cheap until its SemVer is asked for. */
export type VersionTag = ParsedTag;

export interface VersionTagList {
  readonly tags: readonly VersionTag[];
  /** False when the list may be incomplete (shallow clone or no tags, and the remote could not be read). */
  readonly complete: boolean;
  /** Why it may be incomplete, or where the list came from. */
  readonly note: string;
}

/** `v1.2.3` → 1.2.3 for prefix `v`; a bare `1.2.3` is also accepted when the prefix is `v`. */
export function parseVersionTag(name: string, prefix: string): VersionTag | undefined {
  return ParsedTag.parse(name, prefix) ?? (prefix === 'v' ? ParsedTag.parse(name, '') : undefined);
}

function collect(names: Iterable<string>, prefix: string, logger: Logger): VersionTag[] {
  const tags: VersionTag[] = [];
  for (const name of names) {
    const tag = parseVersionTag(name, prefix);
    if (tag === undefined) {
      if (name.startsWith(prefix)) logger.debug(`Ignoring tag '${name}': not ${prefix}<semver>.`);
      continue;
    }
    tags.push(tag);
  }
  return tags;
}

export async function listVersionTags(cwd: string, prefix: string, logger: Logger): Promise<VersionTagList> {
  const local = (await git(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags'], { cwd }))
    .split('\n')
    .filter((l) => l !== '');
  const tags = collect(local, prefix, logger);
  const shallow = (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
  if (!shallow && tags.length > 0) return { tags, complete: true, note: `${tags.length} version tags in local git` };
  const remotes = (await git(['remote'], { cwd })).split('\n').filter((r) => r !== '');
  if (remotes.length === 0) {
    return shallow
      ? { tags, complete: false, note: 'the clone is shallow and has no remote to list tags from' }
      : { tags, complete: true, note: `${tags.length} version tags in local git (no remote)` };
  }
  const remote = remotes.includes('origin') ? 'origin' : (remotes[0] ?? 'origin');
  // Never wait for a password or a host-key prompt: fail and say so instead.
  const listed = await gitRaw(['ls-remote', '--tags', '--refs', remote], {
    cwd,
    env: { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' },
  });
  if (listed.exitCode !== 0) {
    const detail = listed.stderr.trim().split('\n').slice(-1)[0] ?? '';
    return {
      tags,
      complete: false,
      note: `${shallow ? 'the clone is shallow' : 'local git has no version tags'} and 'git ls-remote ${remote}' failed: ${detail}`,
    };
  }
  const names = new Set(local);
  for (const line of listed.stdout.split('\n')) {
    const ref = line.split('\t')[1];
    if (ref?.startsWith('refs/tags/')) names.add(ref.slice('refs/tags/'.length));
  }
  const all = collect(names, prefix, logger);
  logger.debug(
    `Version tags: ${all.length} (local git plus 'git ls-remote ${remote}', since ${shallow ? 'the clone is shallow' : 'no version tag was local'}).`,
  );
  return { tags: all, complete: true, note: `${all.length} version tags (local git and ${remote})` };
}

export interface Highest {
  readonly inMinor: boolean;
  readonly inMajor: boolean;
  readonly overall: boolean;
  /** The highest stable version per scope that is above this one, for the summary. */
  readonly above: { readonly minor?: string; readonly major?: string; readonly overall?: string };
}

/** Whether `version` is >= every stable tagged version in its major.minor, its major, and overall. */
export function highestStable(version: SemVer, tags: readonly VersionTag[]): Highest {
  let minor: VersionTag | undefined;
  let major: VersionTag | undefined;
  let overall: VersionTag | undefined;
  // Stable tags only, compared by major.minor.patch: a stable x.y.z is above the prerelease x.y.z-rc.1.
  const prerelease = version.prerelease.length > 0;
  for (const t of tags) {
    if (t.isPrerelease) continue;
    const order = compareRelease(t, version);
    if (order < 0 || (order === 0 && !prerelease)) continue;
    if (overall === undefined || compareRelease(t, overall) > 0) overall = t;
    if (t.major !== version.major) continue;
    if (major === undefined || compareRelease(t, major) > 0) major = t;
    if (t.minor === version.minor && (minor === undefined || compareRelease(t, minor) > 0)) minor = t;
  }
  return {
    inMinor: minor === undefined,
    inMajor: major === undefined,
    overall: overall === undefined,
    above: {
      ...(minor ? { minor: minor.release } : {}),
      ...(major ? { major: major.release } : {}),
      ...(overall ? { overall: overall.release } : {}),
    },
  };
}

export function incompleteTagsError(note: string, version: string): ArtefactsError {
  return new ArtefactsError(
    'GIT_SHALLOW',
    `Cannot tell whether ${version} is the highest stable version, so floating tags (latest, major, major.minor) cannot be decided: ${note}.`,
    {
      hint: 'Fetch the tags: actions/checkout with fetch-depth: 0 (or fetch-tags: true), or `git fetch --tags`. Or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
    },
  );
}
