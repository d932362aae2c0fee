/**
 * The one reader of version tags: semver-calculate, build-tag and the CLI all read tags through
 * this file, so they can never disagree about which tags are releases.
 *
 * **The rule.** A version tag is `<tag-prefix><version>`: the name starts with the prefix, matched
 * literally (never as a pattern), and the rest is exactly a SemVer 2.0.0 version: no `v` of its
 * own, no leading zeros, numbers at most 2^53 - 1. So prefix `v` takes `v1.2.3` but neither
 * `1.2.3` nor `vnext-1.2.3`; the empty prefix takes `1.2.3` but not `v1.2.3`; `app-v` takes
 * `app-v1.2.3` and never `app-web-v1.2.3`. Every other tag is not a release and is ignored, with a
 * debug line; when no tag at all follows the rule but other tags are versions under another
 * prefix (`api-v1.0.0` when the prefix is `v`), a warning names them, so a typo in the prefix never
 * silently restarts the versions at the initial version.
 *
 * Tags are listed with one `for-each-ref` limited to the prefix (names only: peeling would read
 * every tag object); only when none is a version are all tags listed once more, for the warning.
 *
 * **A clone's tags can be stale**: released on the remote after the clone was fetched, or moved
 * there. Whenever the clone has a remote, its version tags are read too, with one
 * `git ls-remote --tags --refs <remote> refs/tags/<prefix>*` beside the local listing
 * (`remoteVersionTags`): build-tag counts them (`listVersionTags`), semver-calculate completes the
 * clone when they differ (`tagDrift`: tags it lacks, or that name other objects there among those its
 * result was read from). A remote that cannot be read is a warning, never a failure of offline use;
 * a clone without a remote asks nothing remote.
 */
import { ArtefactsError } from '../errors.js';
import { git, gitRaw, gitStream } from '../git/git.js';
import { isShallow } from '../git/history.js';
import { listRemoteTags } from '../git/remote-refs.js';
import type { Logger } from '../log.js';
import { SemVer, matchSemver } from './semver.js';

/**
 * A version tag, parsed cheaply: tens of thousands are listed and sorted, but only a handful are
 * ever looked at closely, so the full SemVer object is built on first use.
 */
export class ParsedTag {
  #version: SemVer | undefined;

  private constructor(
    readonly tag: string,
    private readonly text: string,
    readonly major: number,
    readonly minor: number,
    readonly patch: number,
    readonly isPrerelease: boolean,
  ) {}

  /** The rule (see the top of this file): `prefix` followed by a strict SemVer 2.0.0 version, else undefined. */
  static parse(tag: string, prefix: string): ParsedTag | undefined {
    if (!tag.startsWith(prefix)) return undefined;
    const text = tag.slice(prefix.length);
    const m = matchSemver(text);
    if (m === null) return undefined;
    // Plain reads, no destructuring: this runs for every tag, mostly before the JIT has warmed up.
    const major = Number(m[1]);
    const minor = Number(m[2]);
    const patch = Number(m[3]);
    // Numbers past 2^53 cannot be compared exactly (the semver package refuses them too).
    if (!(major <= Number.MAX_SAFE_INTEGER && minor <= Number.MAX_SAFE_INTEGER && patch <= Number.MAX_SAFE_INTEGER))
      return undefined;
    return new ParsedTag(tag, text, major, minor, patch, m[4] !== undefined);
  }

  get version(): SemVer {
    return (this.#version ??= new SemVer(this.text));
  }

  /** `major.minor.patch`, without prerelease or build. */
  get release(): string {
    return `${this.major}.${this.minor}.${this.patch}`;
  }

  /** SemVer precedence (build metadata ignored); the full parse only for two prereleases of one release. */
  compare(other: ParsedTag): number {
    const main = compareRelease(this, other);
    if (main !== 0) return main;
    if (this.isPrerelease !== other.isPrerelease) return this.isPrerelease ? -1 : 1;
    return this.isPrerelease ? this.version.compare(other.version) : 0;
  }
}

/** Compares major, minor and patch only. */
export function compareRelease(
  a: { major: number; minor: number; patch: number },
  b: { major: number; minor: number; patch: number },
): number {
  return Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
}

/** A version tag, as every caller sees it. */
export type VersionTag = ParsedTag;

/** `v1.2.3` → 1.2.3 for prefix `v`: the one rule (see the top of this file), else undefined. */
export function parseVersionTag(name: string, prefix: string): VersionTag | undefined {
  return ParsedTag.parse(name, prefix);
}

/** Parses tag names by the rule; names that are not versions get a debug line (the first 20). */
function collectVersionTags(names: Iterable<string>, prefix: string, logger: Logger): VersionTag[] {
  const tags: VersionTag[] = [];
  let ignored = 0;
  for (const name of names) {
    const tag = parseVersionTag(name, prefix);
    if (tag !== undefined) {
      tags.push(tag);
      continue;
    }
    if (ignored++ < 20) logger.debug(`Ignoring tag '${name}': not '${prefix}' followed by a SemVer version.`);
  }
  if (ignored > 20) logger.debug(`Ignored ${ignored} tags in all that are not versions.`);
  return tags;
}

/**
 * Tag names under `refs/tags/<prefix>` from one `for-each-ref` (names only: asking for peeled
 * objects would read every tag object, which costs seconds at 20k tags). With `mergedInto`, only
 * tags whose commit is an ancestor of (or equal to) that revision.
 */
export async function listTags(cwd: string, prefix: string, options: { mergedInto?: string } = {}): Promise<string[]> {
  const args = ['for-each-ref', '--format=%(refname:lstrip=2)'];
  if (options.mergedInto !== undefined) args.push(`--merged=${options.mergedInto}`);
  // The glob narrows git's work; the literal prefix check is done again here and by the parser.
  args.push(`refs/tags/${prefix}*`);
  const names: string[] = [];
  await gitStream(args, { cwd }, (line) => {
    if (line !== '' && line.startsWith(prefix)) names.push(line);
  });
  return names;
}

/**
 * Which of `names` (tag names) point at `target` or one of its ancestors, each with the commit it
 * points at: one `for-each-ref --merged` over exactly those refs. git walks back only as far as the
 * oldest of them, so asking about a few recent tags costs milliseconds where `--merged` over every
 * tag walks the whole history; peeling these few tags here saves the `rev-parse` a later question
 * ("is HEAD one of them?") would cost. A tag of a tag (peeled twice) has no commit here: undefined,
 * left to `peelTags`. Tag names are SemVer after a literal prefix, so they carry no glob characters;
 * a pattern also matches refs below it (`refs/tags/v1/x`), so the answer is filtered back to `names`.
 */
export async function tagsMergedInto(
  cwd: string,
  target: string,
  names: readonly string[],
): Promise<Map<string, string | undefined>> {
  const wanted = new Set(names);
  const merged = new Map<string, string | undefined>();
  if (wanted.size === 0) return merged;
  // Fields split by tabs, which a ref name cannot contain.
  const format = '--format=%(refname:lstrip=2)%09%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)';
  const args = ['for-each-ref', format, `--merged=${target}`];
  for (const name of wanted) args.push(`refs/tags/${name}`);
  await gitStream(args, { cwd }, (line) => {
    const [name = '', type, object, peeledType, peeled] = line.split('\t');
    if (!wanted.has(name)) return;
    merged.set(name, type === 'commit' ? object : peeledType === 'commit' ? peeled : undefined);
  });
  return merged;
}

/** The commits that tags point at (annotated tags peeled), in one `rev-parse`. */
export async function peelTags(cwd: string, names: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(names)];
  const peeled = new Map<string, string>();
  if (unique.length === 0) return peeled;
  const out = await git(['rev-parse', ...unique.map((n) => `refs/tags/${n}^{commit}`)], { cwd });
  const shas = out.trim().split('\n');
  unique.forEach((n, i) => peeled.set(n, shas[i] ?? ''));
  return peeled;
}

/**
 * The version tags in local git under `prefix`, by the rule (from `listed`, a `listTags` already
 * started, when given). When there is none, warns naming the tags that are versions under another
 * prefix, if any.
 */
export async function readVersionTags(
  cwd: string,
  prefix: string,
  logger: Logger,
  listed?: Promise<readonly string[]>,
): Promise<VersionTag[]> {
  const tags = collectVersionTags(await (listed ?? listTags(cwd, prefix)), prefix, logger);
  if (tags.length === 0) {
    const others = versionsUnderOtherPrefixes(await listTags(cwd, ''), prefix);
    if (others.length > 0) logger.warning(otherPrefixesWarning(prefix, others));
  }
  return tags;
}

/** Tags that are versions under a prefix other than `prefix`: `api-v1.0.0` → prefix `api-v`. */
export function versionsUnderOtherPrefixes(
  names: readonly string[],
  prefix: string,
): { readonly tag: string; readonly prefix: string }[] {
  const found: { tag: string; prefix: string }[] = [];
  for (const name of names) {
    // The version starts at the first digit that begins a run of digits and makes the rest SemVer.
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c < 48 || c > 57) continue;
      const before = i === 0 ? 0 : name.charCodeAt(i - 1);
      if (before >= 48 && before <= 57) continue;
      if (matchSemver(name.slice(i)) === null) continue;
      const other = name.slice(0, i);
      if (other !== prefix) found.push({ tag: name, prefix: other });
      break;
    }
  }
  return found;
}

function otherPrefixesWarning(prefix: string, others: readonly { tag: string; prefix: string }[]): string {
  const prefixes = [...new Set(others.map((o) => `'${o.prefix}'`))];
  const shown = others.slice(0, 10).map((o) => o.tag);
  const more = others.length > shown.length ? ` and ${others.length - shown.length} more` : '';
  return (
    `No tag is '${prefix}' followed by a version, so no release is known; but ${others.length} tag(s) are versions ` +
    `under another prefix: ${shown.join(', ')}${more} (prefix ${prefixes.slice(0, 10).join(', ')}). ` +
    `If tag-prefix '${prefix}' is a typo, set it to the prefix of your release tags.`
  );
}

/**
 * The remote whose tags count: `preferred` when given (a remote name or URL), else `origin`, else the
 * first remote; undefined when the clone has none (or is no repository: git says so elsewhere).
 */
export async function pickRemote(cwd: string, preferred?: string): Promise<string | undefined> {
  if (preferred !== undefined) return preferred;
  const result = await gitRaw(['remote'], { cwd });
  if (result.exitCode !== 0) return undefined;
  const remotes = result.stdout.split('\n').filter((r) => r !== '');
  return remotes.includes('origin') ? 'origin' : remotes[0];
}

/**
 * The remote's tags under the prefix (name → the object its ref names), or why they could not be
 * read. Names are not parsed here: of tens of thousands, callers parse only the few they lack.
 */
export type RemoteVersionTags =
  | { readonly remote: string; readonly tags: ReadonlyMap<string, string>; readonly failure?: undefined }
  | { readonly remote: string; readonly tags?: undefined; readonly failure: string };

/**
 * The tags on `remote` under `prefix`: one `git ls-remote --tags --refs <remote> refs/tags/<prefix>*`
 * (names and objects, nothing fetched). Never throws for a remote that cannot be read: that is
 * `failure`, for the caller to warn about or refuse on. The one reader of a remote's version tags,
 * for semver-calculate and build-tag alike.
 */
export async function remoteVersionTags(cwd: string, remote: string, prefix: string): Promise<RemoteVersionTags> {
  try {
    const listing = await listRemoteTags(cwd, remote, [`refs/tags/${prefix}*`], {
      peel: false,
      what: `the version tags (prefix '${prefix}')`,
    });
    return { remote, tags: listing.objects };
  } catch (error) {
    if (!(error instanceof ArtefactsError)) throw error;
    return { remote, failure: error.message };
  }
}

/** The warning for a remote that could not be asked: the result stands on local tags alone. */
export function unreadableRemoteWarning(listed: { remote: string; failure: string }, prefix: string): string {
  return (
    `The version tags (prefix '${prefix}') of '${listed.remote}' could not be listed, so releases made there since ` +
    `this clone was fetched may be missing here; using the tags in this clone. ${listed.failure}`
  );
}

/** Remote tag names that are versions by the rule and not among `local`. */
function versionsNotIn(tags: ReadonlyMap<string, string>, local: readonly VersionTag[], prefix: string): string[] {
  const here = new Set(local.map((t) => t.tag));
  const out: string[] = [];
  for (const name of tags.keys()) if (!here.has(name) && parseVersionTag(name, prefix) !== undefined) out.push(name);
  return out;
}

/** Above this many tags to compare objects of, one listing of every tag is cheaper than naming them. */
const NAMED_OBJECTS_AT_MOST = 256;

/**
 * The objects the refs of `names` (local version tags) name, as ls-remote --refs shows them (an
 * annotated tag's own object, unpeeled): one `rev-parse` of those refs, or one `for-each-ref` of
 * every tag under the prefix when they are many.
 */
export async function localTagObjects(
  cwd: string,
  prefix: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const objects = new Map<string, string>();
  if (names.length === 0) return objects;
  if (names.length > NAMED_OBJECTS_AT_MOST) {
    const format = '--format=%(objectname) %(refname:lstrip=2)';
    await gitStream(['for-each-ref', format, `refs/tags/${prefix}*`], { cwd }, (line) => {
      const space = line.indexOf(' ');
      if (space > 0) objects.set(line.slice(space + 1), line.slice(0, space));
    });
    return objects;
  }
  const out = await git(['rev-parse', ...names.map((n) => `refs/tags/${n}`)], { cwd });
  const shas = out.trim().split('\n');
  names.forEach((n, i) => objects.set(n, shas[i] ?? ''));
  return objects;
}

/** How a clone's version tags differ from its remote's: tags it lacks, and tags that name other objects there. */
export interface TagDrift {
  readonly remote: string;
  readonly missing: readonly string[];
  readonly moved: readonly { readonly tag: string; readonly local: string; readonly remote: string }[];
}

/**
 * The drift between the clone's version tags (`local`) and the remote's listing: the version tags
 * the clone lacks, and which tags of `objects` (local tag → object; the tags a result was read
 * from) name other objects there. Undefined when there is none.
 */
export function tagDrift(
  listed: { readonly remote: string; readonly tags: ReadonlyMap<string, string> },
  local: readonly VersionTag[],
  objects: ReadonlyMap<string, string>,
  prefix: string,
): TagDrift | undefined {
  const missing = versionsNotIn(listed.tags, local, prefix);
  const moved: { tag: string; local: string; remote: string }[] = [];
  for (const [tag, object] of objects) {
    const there = listed.tags.get(tag);
    if (there !== undefined && there !== object) moved.push({ tag, local: object, remote: there });
  }
  return missing.length === 0 && moved.length === 0 ? undefined : { remote: listed.remote, missing, moved };
}

const listed = (names: readonly string[]) =>
  `${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`;

/** The drift in words: which tags are missing, which moved, on which remote. */
export function driftReason(drift: TagDrift): string {
  const parts: string[] = [];
  if (drift.missing.length > 0)
    parts.push(
      `${drift.missing.length} version tag(s) exist on '${drift.remote}' but not in this clone (${listed(drift.missing)})`,
    );
  if (drift.moved.length > 0) {
    const moved = drift.moved.map((m) => `${m.tag}: ${m.local.slice(0, 12)} here, ${m.remote.slice(0, 12)} there`);
    parts.push(
      `${drift.moved.length} version tag(s) name other objects on '${drift.remote}' than in this clone (${listed(moved)})`,
    );
  }
  return parts.join('; ');
}

export interface VersionTagList {
  readonly tags: readonly VersionTag[];
  /** False when the list may be incomplete (shallow clone or no tags, and the remote could not be read). */
  readonly complete: boolean;
  /** Why it may be incomplete, or where the list came from. */
  readonly note: string;
}

/**
 * Every version tag of the repository, for build-tag's "is this the highest stable version": local
 * git (readVersionTags) and, whenever the clone has a remote, the remote's tag names too (one
 * ls-remote, beside the local listing), so floating tags never move backwards on a clone whose tags
 * are stale or missing. When the remote cannot be read, a warning and the local tags; `complete:
 * false` when those cannot be trusted either (a shallow clone, or no version tag at all): "unknown",
 * never a silent "you are the highest".
 */
export async function listVersionTags(
  cwd: string,
  prefix: string,
  logger: Logger,
  options: { remote?: string } = {},
): Promise<VersionTagList> {
  const asked = pickRemote(cwd, options.remote).then((remote) =>
    remote === undefined ? undefined : remoteVersionTags(cwd, remote, prefix),
  );
  asked.catch(() => undefined);
  // The local questions and the remote's listing, all at once.
  const [tags, shallow, remote] = await Promise.all([readVersionTags(cwd, prefix, logger), isShallow(cwd), asked]);
  if (remote === undefined) {
    return shallow
      ? { tags, complete: false, note: 'the clone is shallow and has no remote to list tags from' }
      : { tags, complete: true, note: `${tags.length} version tags in local git (no remote)` };
  }
  if (remote.failure !== undefined) {
    if (shallow || tags.length === 0) {
      const why = shallow ? 'the clone is shallow' : 'local git has no version tags';
      return { tags, complete: false, note: `${why}; ${remote.failure}` };
    }
    logger.warning(unreadableRemoteWarning(remote, prefix));
    return { tags, complete: true, note: `${tags.length} version tags in local git ('${remote.remote}' unreadable)` };
  }
  const extra = versionsNotIn(remote.tags, tags, prefix);
  if (extra.length === 0) {
    return { tags, complete: true, note: `${tags.length} version tags (local git, as on ${remote.remote})` };
  }
  logger.info(`Version tags on '${remote.remote}' that this clone lacks, counted too: ${listed(extra)}.`);
  const all = [...tags, ...collectVersionTags(extra, prefix, logger)];
  return { tags: all, complete: true, note: `${all.length} version tags (local git and ${remote.remote})` };
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
