/** What a version calculation returns, and where its bump came from. */
import type { Bump } from './semver.js';

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
