/**
 * The typed options of the version calculation and the parser that builds them from raw inputs
 * (the action's `with:` block or the CLI's flags, action.yml defaults already applied).
 */
import { inputError } from '../errors.js';
import type { FetchDepthPolicy } from '../git/history.js';
import {
  boolean,
  hasControlCharacter,
  list,
  oneOf,
  optionalText,
  regex,
  splitList,
  text,
  type RawInputs,
} from '../inputs.js';
import { DEFAULT_COMMIT_TYPES, type CommitTypeRules } from './conventional.js';
import { globToRegExp, isChannelName, parseVersion, type Bump } from './semver.js';

export interface BumpLabels {
  readonly major: readonly string[];
  readonly minor: readonly string[];
  readonly patch: readonly string[];
  /** Any of these on the pull request: no release (bump none, the previous version). */
  readonly skip: readonly string[];
}

export interface BranchChannel {
  readonly glob: string;
  readonly pattern: RegExp;
  readonly channel: string;
}

export interface VersionOptions {
  /** Matched literally at the start of tag names; the version must follow it directly. */
  readonly tagPrefix: string;
  /** Only commits touching these paths count (monorepo packages); empty: all commits. */
  readonly paths: readonly string[];
  /** Explicit bump; overrides labels and commits. */
  readonly increment: Bump | undefined;
  readonly bumpLabels: BumpLabels;
  readonly conventionalCommits: boolean;
  readonly commitTypes: CommitTypeRules;
  readonly majorPattern: RegExp | undefined;
  readonly minorPattern: RegExp | undefined;
  /** For commits that match nothing; undefined = none with Conventional Commits on, patch with them off. */
  readonly defaultBump: Bump | undefined;
  /** The version when no previous version tag exists. */
  readonly initialVersion: string;
  /** The 0.x rule: what a breaking change does while the major version is 0. */
  readonly zeroMajorBreaking: 'minor' | 'major';
  /** A prerelease channel forced for this run (e.g. `beta`), whatever the branch. */
  readonly prerelease: string | undefined;
  /** Channel for pull request builds (`1.4.0-pr.42.7`); undefined disables PR prereleases. */
  readonly prChannel: string | undefined;
  /** Prerelease channel per branch glob (`release/*=rc`), first match wins. */
  readonly branchChannels: readonly BranchChannel[];
  /** Append `+sha.<7>` build metadata to the version. */
  readonly buildMetadata: boolean;
  readonly fetchDepthPolicy: FetchDepthPolicy;
  /** `merged`: highest version tag merged into HEAD; `all`: highest in the repository. */
  readonly previousFrom: 'merged' | 'all';
  /** For the PR-of-a-merge-commit lookup; empty outside GitHub. */
  readonly token: string;
  /**
   * The pull/merge request's labels given directly (the `labels` input), used instead of reading
   * them from the GitHub event or API; undefined: read them from GitHub.
   */
  readonly labels?: readonly string[] | undefined;
}

export interface SemverCalculateInputs extends VersionOptions {
  /** The sticky PR comment. */
  readonly comment: boolean;
}

const DEFAULT_BUMP_LABELS: BumpLabels = {
  major: ['major', 'semver:major'],
  minor: ['minor', 'semver:minor'],
  patch: ['patch', 'semver:patch'],
  skip: ['skip-release', 'no-release'],
};

/** The defaults of action.yml, for callers that compute a version without raw inputs (build-tag). */
export function defaultVersionOptions(overrides: Partial<VersionOptions> = {}): VersionOptions {
  return {
    tagPrefix: 'v',
    paths: [],
    increment: undefined,
    bumpLabels: DEFAULT_BUMP_LABELS,
    conventionalCommits: true,
    commitTypes: DEFAULT_COMMIT_TYPES,
    majorPattern: undefined,
    minorPattern: undefined,
    defaultBump: undefined,
    initialVersion: '0.1.0',
    zeroMajorBreaking: 'minor',
    prerelease: undefined,
    prChannel: 'pr',
    branchChannels: [],
    buildMetadata: false,
    fetchDepthPolicy: 'deepen',
    previousFrom: 'merged',
    token: '',
    ...overrides,
  };
}

const BUMP_WORDS = ['major', 'minor', 'patch', 'none'] as const;

export function parseTagPrefix(get: RawInputs, name = 'tag-prefix'): string {
  const raw = get(name);
  // Not trimmed: a prefix with spaces is an error, not something to repair silently.
  const accepted = 'characters allowed in a git tag name (no spaces, none of ~ ^ : ? * [ \\, no "..", no "@{")';
  if (
    /\s/.test(raw) ||
    hasControlCharacter(raw) ||
    /[~^:?*[\\]/.test(raw) ||
    raw.includes('..') ||
    raw.includes('@{')
  ) {
    throw inputError(name, raw, accepted, "The prefix is matched literally: 'v' matches v1.2.3, '' matches 1.2.3.");
  }
  if (raw.startsWith('/') || raw.startsWith('.') || raw.startsWith('-') || raw.includes('//') || raw.includes('/.')) {
    throw inputError(name, raw, accepted);
  }
  return raw;
}

function bumpWord(name: string, raw: string, allowEmpty: boolean): Bump | undefined {
  const value = raw.trim().toLowerCase();
  if (value === '' && allowEmpty) return undefined;
  const found = BUMP_WORDS.find((b) => b === value);
  if (found === undefined)
    throw inputError(name, raw.trim(), `one of ${BUMP_WORDS.join(', ')}${allowEmpty ? ' or empty' : ''}`);
  return found;
}

function parseBumpLabels(get: RawInputs, name: string): BumpLabels {
  const result: Record<keyof BumpLabels, string[]> = { major: [], minor: [], patch: [], skip: [] };
  for (const line of splitList(get(name), false)) {
    const at = line.indexOf('=');
    const key = at < 0 ? '' : line.slice(0, at).trim().toLowerCase();
    const target = key === 'none' ? 'skip' : key;
    if (at <= 0 || !(target in result)) {
      throw inputError(name, line, 'lines of the form <major|minor|patch|skip>=<label>[, <label>...]');
    }
    const labels = splitList(line.slice(at + 1)).map((l) => l.toLowerCase());
    result[target as keyof BumpLabels].push(...labels);
  }
  return result;
}

function parseTypes(get: RawInputs, name: string): string[] {
  const types = splitList(get(name)).map((t) => t.toLowerCase());
  for (const t of types) {
    if (!/^[a-z][a-z0-9_-]*$/.test(t)) throw inputError(name, t, 'Conventional Commits types such as feat, fix, perf');
  }
  return types;
}

function parseChannel(name: string, raw: string): string {
  if (!isChannelName(raw)) {
    throw inputError(
      name,
      raw,
      'a prerelease identifier: letters, digits and hyphens, not only digits (e.g. rc, beta)',
    );
  }
  return raw;
}

function parseBranchChannels(get: RawInputs, name: string): BranchChannel[] {
  return splitList(get(name), false).map((line) => {
    const at = line.lastIndexOf('=');
    const glob = at < 0 ? '' : line.slice(0, at).trim();
    const channel = at < 0 ? '' : line.slice(at + 1).trim();
    if (glob === '' || channel === '')
      throw inputError(name, line, 'lines of the form <branch glob>=<channel>, e.g. release/*=rc');
    if (!isChannelName(channel)) {
      throw inputError(name, line, 'a channel of letters, digits and hyphens, not only digits (e.g. release/*=rc)');
    }
    return { glob, pattern: globToRegExp(glob), channel };
  });
}

/**
 * The git pathspecs `paths` stands for (git log reads them relative to the directory it runs in).
 * Each item selects the files at it and everything beneath it, wildcards or not: `packages/api` and
 * `services/*\/src` alike select every file under the directories they name. Wildcards are git's
 * `:(glob)` ones: `*`, `?` and `[…]` never match a `/`; `**` as a whole segment (`**\/x`, `a/**\/b`,
 * `x/**`) spans any number of directories, none included. A glob without a `/` matches at any
 * depth, as in .gitignore: `*.md` is every .md file (as git's plain pathspec took it before, so
 * `:!*.md` still leaves out every one), `docs/*.md` those directly in docs. An item naming an
 * existing path exactly also selects it literally (git tries that first: `a[1]` is the directory
 * a[1] too). `:!<item>` and `:^<item>` leave out the same files. Each item is two pathspecs:
 * `<item>` for what it names, `<item>/**` for what lies beneath; a trailing `/` is dropped first.
 */
export function pathspecs(paths: readonly string[]): string[] {
  return paths.flatMap((item) => {
    const exclude = /^:[!^]/.test(item);
    const given = (exclude ? item.slice(2) : item).replace(/(?<=[^/])\/+$/, '');
    const path = !given.includes('/') && /[*?[]/.test(given) ? `**/${given}` : given;
    const magic = exclude ? ':(exclude,glob)' : ':(glob)';
    return [`${magic}${path}`, `${magic}${path}/**`];
  });
}

/** What `paths` takes, for its errors: here, and where git refuses one anyway (commit-facts.ts). */
export const PATHS_ACCEPTED =
  'paths or globs relative to the repository (packages/api, services/*/src), or :!<path> to leave one out';

/**
 * `paths`: the commits counted are those touching it (what each item selects: `pathspecs`). Taken: a
 * path or glob, and `:!<path>` (or `:^<path>`) to leave one out. Any other pathspec magic (`:(glob)`,
 * `:(exclude)`, `:/`, `:(attr:…)`) is refused here, naming the input, rather than reaching git as an
 * argument it fails on.
 */
function parsePaths(get: RawInputs, name = 'paths'): string[] {
  return list(get, name).map((item) => {
    const path = /^:[!^]/.test(item) ? item.slice(2) : item;
    if (path.startsWith(':')) {
      throw inputError(
        name,
        item,
        PATHS_ACCEPTED,
        'Git pathspec magic (:(glob), :(exclude), :/ …) is not taken: write the path or glob itself, or :!<path> to exclude it.',
      );
    }
    if (path.trim() === '') throw inputError(name, item, PATHS_ACCEPTED);
    return item;
  });
}

/** Inputs whose values are secrets, masked as soon as they are read. */
export const SEMVER_CALCULATE_SECRETS = ['github-token'] as const;

/**
 * `labels`: label names, one per line or comma-separated (GitLab's CI_MERGE_REQUEST_LABELS as it
 * is). Empty: undefined, the labels are read from GitHub.
 */
function parseLabelsInput(get: RawInputs, name = 'labels'): string[] | undefined {
  const labels = splitList(get(name));
  for (const label of labels) {
    if (hasControlCharacter(label)) {
      throw inputError(
        name,
        label,
        'label names, one per line or comma-separated, without control characters (e.g. minor or semver:major)',
      );
    }
  }
  return labels.length === 0 ? undefined : labels;
}

/** Parses and validates every semver-calculate input; each error names its input. */
export function parseSemverCalculateInputs(get: RawInputs): SemverCalculateInputs {
  const conventionalCommits = boolean(get, 'conventional-commits', true);
  const initialVersion = text(get, 'initial-version') || '0.1.0';
  if (parseVersion(initialVersion) === undefined) {
    throw inputError(
      'initial-version',
      initialVersion,
      'a SemVer 2.0.0 version without prefix, e.g. 0.1.0 or 1.0.0, with major, minor and patch at most 9007199254740991 (2^53 - 1)',
    );
  }
  const prerelease = optionalText(get, 'prerelease');
  const prChannel = optionalText(get, 'pr-channel');
  const minor = parseTypes(get, 'minor-types');
  const patch = parseTypes(get, 'patch-types');
  return {
    tagPrefix: parseTagPrefix(get),
    paths: parsePaths(get),
    increment: bumpWord('increment', get('increment'), true),
    bumpLabels: parseBumpLabels(get, 'bump-labels'),
    conventionalCommits,
    commitTypes: { major: parseTypes(get, 'major-types'), minor, patch },
    majorPattern: regex(get, 'major-pattern'),
    minorPattern: regex(get, 'minor-pattern'),
    defaultBump: bumpWord('default-bump', get('default-bump'), true),
    initialVersion,
    zeroMajorBreaking: oneOf(get, 'zero-major-breaking', ['minor', 'major'] as const, 'minor'),
    prerelease: prerelease === undefined ? undefined : parseChannel('prerelease', prerelease),
    prChannel: prChannel === undefined ? undefined : parseChannel('pr-channel', prChannel),
    branchChannels: parseBranchChannels(get, 'branch-channels'),
    buildMetadata: boolean(get, 'build-metadata', false),
    fetchDepthPolicy: oneOf(get, 'fetch-depth-policy', ['deepen', 'fail'] as const, 'deepen'),
    previousFrom: oneOf(get, 'previous-from', ['merged', 'all'] as const, 'merged'),
    comment: boolean(get, 'comment', true),
    token: get('github-token').trim(),
    labels: parseLabelsInput(get, 'labels'),
  };
}
