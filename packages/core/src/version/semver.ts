/**
 * Semantic Versioning 2.0.0 helpers on top of the `semver` package: the strict grammar, bumps (with
 * the 0.x rule), prerelease channels and their counters. Version tags are read by version-tags.ts.
 */
// Only the SemVer class: the package's index loads every range and function module (~80 ms cold).
import SemVer from 'semver/classes/semver.js';

export { SemVer };

export type Bump = 'major' | 'minor' | 'patch' | 'none';
const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The SemVer 2.0.0 grammar, exactly (no leading `v`, no `=`, no leading zeros). */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** The SemVer grammar's match: groups 1-3 major, minor, patch; 4 the prerelease; 5 the build. */
export function matchSemver(text: string): RegExpExecArray | null {
  return SEMVER.exec(text);
}

/** The semver package refuses versions longer than this, and numbers beyond 2^53 - 1. */
const MAX_VERSION_LENGTH = 256;

/**
 * A SemVer 2.0.0 version that can be computed with: the grammar exactly, major, minor and patch at
 * most 2^53 - 1 (beyond that numbers cannot be compared or incremented exactly), at most 256
 * characters. Undefined otherwise, never a throw.
 */
export function parseVersion(text: string): SemVer | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  const m = SEMVER.exec(text);
  if (m === null || ![m[1], m[2], m[3]].every((n) => Number.isSafeInteger(Number(n)))) return undefined;
  return new SemVer(text);
}

export function compareBumps(a: Bump, b: Bump): number {
  return BUMPS.indexOf(a) - BUMPS.indexOf(b);
}

export function maxBump(a: Bump, b: Bump): Bump {
  return compareBumps(a, b) >= 0 ? a : b;
}

/** Whether `a` has higher precedence than `b` (SemVer 2.0.0 item 11). */
export function greater(a: SemVer | string, b: SemVer | string): boolean {
  return new SemVer(a).compare(b) > 0;
}

/** The release version of a prerelease (`2.0.0-rc.3` → `2.0.0`). */
export function releaseOf(version: SemVer): string {
  return `${version.major}.${version.minor}.${version.patch}`;
}

export interface BumpRules {
  /**
   * What a breaking change does while the major version is 0 (SemVer item 4: anything may change
   * in 0.y.z). `minor` (default): 0.3.1 → 0.4.0. `major`: 0.3.1 → 1.0.0.
   */
  readonly zeroMajorBreaking: 'minor' | 'major';
}

/** The next stable version after `previous` (a stable version) for `bump`. */
export function applyBump(previous: SemVer, bump: Bump, rules: BumpRules): string {
  const effective = bump === 'major' && previous.major === 0 && rules.zeroMajorBreaking === 'minor' ? 'minor' : bump;
  if (effective === 'none') return releaseOf(previous);
  const next = new SemVer(releaseOf(previous)).inc(effective);
  return next.version;
}

/** Which bump takes `from` (stable) to `to` (stable, greater). */
export function bumpBetween(from: SemVer, to: string): Bump {
  const t = new SemVer(to);
  if (t.major !== from.major) return 'major';
  if (t.minor !== from.minor) return 'minor';
  if (t.patch !== from.patch) return 'patch';
  return 'none';
}

/** A prerelease channel name must be one dot-free SemVer identifier that is not numeric. */
export function isChannelName(name: string): boolean {
  return /^[0-9A-Za-z-]+$/.test(name) && !/^\d+$/.test(name);
}

/**
 * The next counter on `channel` for `release`: one more than the highest `release-channel.N`
 * among `existing`, or 1.
 */
export function nextChannelCounter(release: string, channel: string, existing: Iterable<SemVer>): number {
  let highest = 0;
  for (const v of existing) {
    if (releaseOf(v) !== release) continue;
    const [name, counter] = v.prerelease;
    if (name === channel && typeof counter === 'number' && counter > highest) highest = counter;
  }
  return highest + 1;
}

/** A small glob for branch names: `*` matches within one path segment, `**` across segments. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      out += '.*';
      i++;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'u');
}
