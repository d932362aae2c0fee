/**
 * Version tags merged into a commit, answered lazily. The calculation only ever asks "the highest
 * merged tag such that ...", so instead of `for-each-ref --merged` over every tag (git then walks
 * the whole history: 1.6 s at 200k commits without a commit-graph), tags are sorted highest first
 * and only the leading candidates are checked, a few at a time, with batches growing when the
 * answer is further down. Past a bound, one full `--merged` listing answers everything at once,
 * so the worst case costs what the eager listing always cost.
 */
import { listTags, tagsMergedInto } from '../git/history.js';
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

  /** `prefix` followed by a strict SemVer 2.0.0 version (no `v`, no leading zeros), else undefined. */
  static parse(tag: string, prefix: string): ParsedTag | undefined {
    if (!tag.startsWith(prefix)) return undefined;
    const text = tag.slice(prefix.length);
    const m = matchSemver(text);
    if (m === null) return undefined;
    const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Numbers past 2^53 cannot be compared exactly (the semver package refuses them too).
    if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor) || !Number.isSafeInteger(patch)) return undefined;
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

const FIRST_BATCH = 4;
const GROWTH = 8;
/** Beyond this many unknown candidates, one full `--merged` listing is cheaper than more batches. */
const FULL_LISTING_AT = 512;

export class MergedTags {
  /** Every version tag, highest version first; ties keep git's refname order. */
  private readonly sorted: readonly ParsedTag[];
  private readonly known = new Map<string, boolean>();
  private listedAll = false;
  /** How many git processes answered: for the debug log and the tests. */
  queries = 0;

  constructor(
    private readonly cwd: string,
    private readonly target: string,
    private readonly prefix: string,
    tags: readonly ParsedTag[],
  ) {
    this.sorted = [...tags].sort((a, b) => b.compare(a));
  }

  /** The highest-versioned tag merged into the target that passes `filter` (first in refname order on ties). */
  async highest(filter: (t: ParsedTag) => boolean): Promise<ParsedTag | undefined> {
    let batch = FIRST_BATCH;
    for (let i = 0; i < this.sorted.length; i++) {
      const t = this.sorted[i]!;
      if (!filter(t)) continue;
      let merged = this.known.get(t.tag);
      if (merged === undefined) {
        await this.resolve(this.unknownFrom(i, filter, batch));
        batch *= GROWTH;
        merged = this.known.get(t.tag) === true;
      }
      if (merged) return t;
    }
    return undefined;
  }

  /** The tag named `name`, when it is a version tag merged into the target. */
  async find(name: string | undefined): Promise<ParsedTag | undefined> {
    if (name === undefined) return undefined;
    const t = this.sorted.find((candidate) => candidate.tag === name);
    if (t === undefined) return undefined;
    if (!this.known.has(name)) await this.resolve([t]);
    return this.known.get(name) === true ? t : undefined;
  }

  /** Up to `limit` tags from position `start` on that pass `filter` and are not yet known. */
  private unknownFrom(start: number, filter: (t: ParsedTag) => boolean, limit: number): ParsedTag[] {
    const out: ParsedTag[] = [];
    for (let i = start; i < this.sorted.length && out.length < limit; i++) {
      const t = this.sorted[i]!;
      if (filter(t) && !this.known.has(t.tag)) out.push(t);
    }
    return out;
  }

  private async resolve(candidates: readonly ParsedTag[]): Promise<void> {
    this.queries++;
    if (candidates.length >= FULL_LISTING_AT && !this.listedAll) {
      const merged = new Set(await listTags(this.cwd, this.prefix, { mergedInto: this.target }));
      for (const t of this.sorted) this.known.set(t.tag, merged.has(t.tag));
      this.listedAll = true;
      return;
    }
    const merged = await tagsMergedInto(
      this.cwd,
      this.target,
      candidates.map((t) => t.tag),
    );
    for (const t of candidates) this.known.set(t.tag, merged.has(t.tag));
  }
}
