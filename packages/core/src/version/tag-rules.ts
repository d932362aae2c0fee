import { createHash } from 'node:crypto';
import { ArtefactsError, inputError } from '../errors.js';
import {
  DEFAULT_PRIORITY,
  NO_FLAVOR,
  type Flavor,
  type RuleType,
  type Scope,
  type TagRule,
} from './tag-rule-syntax.js';
import { renderTemplate, type Placeholder, type Rendered, type Template, type TemplateValues } from './template.js';

export {
  DEFAULT_PRIORITY,
  DEFAULT_SEMVER_PATTERNS,
  NO_FLAVOR,
  parseFlavor,
  parseTagRule,
  parseTagRules,
  type Flavor,
  type RuleType,
  type Scope,
  type TagRule,
} from './tag-rule-syntax.js';

/** The largest tag the OCI distribution grammar allows. */
const MAX_TAG_LENGTH = 128;
const HASH_LENGTH = 10;

/**
 * Makes any string a valid OCI tag (`[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`):
 * `+` (semver build metadata) becomes `_` so `1.2.3+sha.1` does not read as the prerelease
 * `1.2.3-sha.1`; every other run of disallowed characters becomes one `-`; a leading `.` or `-`
 * gets a `_` in front; over 128 characters the tag keeps its first 117 characters plus `-` and
 * 10 hex characters of the SHA-256 of the unsanitised input, so distinct long inputs stay distinct.
 */
export function sanitizeTag(raw: string): string {
  let tag = raw.replace(/\+/g, '_').replace(/[^a-zA-Z0-9._-]+/g, '-');
  if (tag === '') throw new ArtefactsError('INPUT_INVALID', `A tag rendered empty (from ${JSON.stringify(raw)}).`);
  if (!/^[a-zA-Z0-9_]/.test(tag)) tag = `_${tag}`;
  if (tag.length > MAX_TAG_LENGTH) {
    const hash = createHash('sha256').update(raw).digest('hex').slice(0, HASH_LENGTH);
    tag = `${tag.slice(0, MAX_TAG_LENGTH - HASH_LENGTH - 1)}-${hash}`;
  }
  return tag;
}

export const OCI_TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;

/** Whether this run is the release of its version, and why (see release.ts). */
export interface ReleaseDecision {
  readonly ok: boolean;
  readonly reason: string;
}

/** What the tag rules need to know about this build. */
export interface TagFacts {
  /** Values for the rules' templates ({{branch}} is unknown on pull requests). */
  readonly values: TemplateValues;
  /** Values for the immutable template, when they differ ({{branch}} is the PR's head branch there). */
  readonly immutableValues?: TemplateValues;
  /** The reproducible creation time ({{date}}); `commitTime` renders {{commit_date}}. */
  readonly time: Date;
  readonly commitTime?: Date;
  readonly stable: boolean;
  readonly major: number;
  /** This version is >= every stable version tag of its major.minor / its major / the repository. */
  readonly highestInMinor: boolean;
  readonly highestInMajor: boolean;
  readonly highestOverall: boolean;
  /** The higher stable versions found per scope, named in the reasons a floating tag was not applied. */
  readonly above?: { readonly minor?: string; readonly major?: string; readonly overall?: string };
  /** The built revision (full sha). */
  readonly revision: string;
  /** Default length of `type=sha` tags (the `sha-length` input). */
  readonly shaLength: number;
  readonly pr: number | undefined;
  readonly branch: string | undefined;
  /** The event (`push`, `schedule`, ...); undefined outside GitHub. */
  readonly eventName?: string;
  /** The git tag the ref names (`refs/tags/<name>`), if any. */
  readonly refTag?: string;
  /** The repository's default branch, where known (type=edge). */
  readonly defaultBranch?: string;
  /** Stable version tags and latest need this run to be the release; undefined: it is (pure callers). */
  readonly release?: ReleaseDecision;
  readonly flavor?: Flavor;
}

export interface GeneratedTag {
  readonly name: string;
  readonly priority: number;
  /** Where it came from: `immutable`, `latest`, or the rule's line. */
  readonly source: string;
  readonly moving: boolean;
}

export interface SkippedTag {
  readonly source: string;
  readonly reason: string;
}

export interface TagPlan {
  readonly immutable: string;
  readonly tags: readonly GeneratedTag[];
  readonly skipped: readonly SkippedTag[];
}

export type LatestMode = 'auto' | 'true' | 'false';

/** Rule types whose tag, when it is the first one applied, lets latest=auto add latest (as in metadata-action). */
const LATEST_KINDS: readonly RuleType[] = ['semver', 'match', 'tag'];

const missingText = (missing: readonly Placeholder[]) => missing.map((m) => `{{${m}}}`).join(', ');

/**
 * Applies the template and the rules. Floating tags (`{{major}}.{{minor}}`, `{{major}}`, `latest`)
 * move only forward: each is emitted only when this version is the highest stable one in that
 * tag's own scope, so a backport 1.4.1 after 2.0.0 gets `1.4` and `1` (if no higher 1.x exists)
 * but never `latest`. Version tags and `latest` need this run to be that release (`facts.release`).
 */
export function planTags(
  immutableTemplate: Template,
  rules: readonly TagRule[],
  latest: LatestMode,
  facts: TagFacts,
): TagPlan {
  const flavor = facts.flavor ?? NO_FLAVOR;
  const render = (template: Template, values: TemplateValues = facts.values): Rendered =>
    renderTemplate(template, values, facts.time, facts.commitTime ?? facts.time);
  const immutableValues = facts.immutableValues ?? facts.values;
  const rendered = render(immutableTemplate, immutableValues);
  if (rendered.missing.length > 0) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      `Input 'template': ${missingText(rendered.missing)} has no value in this run, so the immutable tag cannot be made from ${JSON.stringify(immutableTemplate.source)}.`,
      {
        hint: '{{pr}} exists only on pull_request events and {{branch}} only where a branch is known; use them in type=raw rules, which are skipped when a value is missing.',
      },
    );
  }
  if (rendered.value.trim() === '') {
    throw new ArtefactsError(
      'INPUT_INVALID',
      `Input 'template': ${JSON.stringify(immutableTemplate.source)} rendered an empty tag.`,
    );
  }
  // flavor's prefix and suffix go on the immutable tag too: variants (suffix=-alpine) must not share one.
  const flavored = (value: string, values: TemplateValues) => {
    const pre = flavor.prefix === undefined ? '' : render(flavor.prefix, values).value;
    const suf = flavor.suffix === undefined ? '' : render(flavor.suffix, values).value;
    return `${pre}${value}${suf}`;
  };
  const immutableRaw = flavored(rendered.value, immutableValues);
  const immutable = sanitizeTag(immutableRaw);
  const tags = new Map<string, GeneratedTag & { index: number }>();
  const skipped: SkippedTag[] = [];
  let order = 0;
  /** The first rule to apply, by priority then position: it decides latest=auto, as in metadata-action. */
  let first: { priority: number; index: number; type: RuleType } | undefined;
  const add = (raw: string, priority: number, source: string, moving: boolean, type?: RuleType) => {
    const name = sanitizeTag(raw);
    const index = order++;
    if (type !== undefined && (first === undefined || priority > first.priority)) first = { priority, index, type };
    const existing = tags.get(name);
    if (existing === undefined || existing.priority < priority) {
      tags.set(name, {
        name,
        priority,
        source: existing?.source ?? source,
        moving: (existing?.moving ?? false) || moving,
        index: existing?.index ?? index,
      });
    }
  };

  for (const rule of rules) {
    if (!rule.enable) continue;
    const skip = (reason: string) => skipped.push({ source: rule.line, reason });
    if (rule.enableWhen !== undefined) {
      const decided = render(rule.enableWhen);
      const value = decided.value.trim().toLowerCase();
      if (decided.missing.length > 0 || (value !== 'true' && value !== 'false')) {
        throw inputError(
          'tags',
          rule.line,
          'enable= rendering true or false',
          `enable=${rule.enableWhen.source} rendered ${JSON.stringify(decided.value)}${decided.missing.length > 0 ? ` (no value for ${missingText(decided.missing)})` : ''}.`,
        );
      }
      if (value === 'false') {
        skip(`enable=${rule.enableWhen.source} is false here`);
        continue;
      }
    }
    // prefix/suffix of the rule, else flavor's (metadata-action: a rule's own, even empty, wins).
    const affix = (own: Template | undefined, global: Template | undefined) => {
      const template = own ?? global;
      return template === undefined ? { value: '', missing: [] } : render(template);
    };
    const pre = affix(rule.prefix, flavor.prefix);
    const suf = affix(rule.suffix, flavor.suffix);
    const emit = (value: string, moving: boolean) => {
      const missing = [...pre.missing, ...suf.missing];
      if (missing.length > 0) skip(`no value for ${missingText(missing)}`);
      else if (`${pre.value}${value}${suf.value}` === '') skip('rendered empty');
      else add(`${pre.value}${value}${suf.value}`, rule.priority, rule.line, moving, rule.type);
    };
    switch (rule.type) {
      case 'semver': {
        if (rule.template === undefined || rule.scope === undefined) break;
        const why = scopeRefusal(rule.scope, facts);
        if (why !== undefined) {
          skip(why);
          break;
        }
        // On a prerelease every pattern but {{raw}} gives the full version, as metadata-action does.
        const template = !facts.stable && rule.scope !== 'exact' ? undefined : rule.template;
        const value = template === undefined ? (facts.values.version ?? '') : render(template).value;
        emit(value, rule.scope === 'minor' || rule.scope === 'major');
        break;
      }
      case 'sha':
        emit(facts.revision.slice(0, rule.length ?? facts.shaLength), false);
        break;
      case 'pr':
        if (facts.pr === undefined) skip('not a pull request');
        else emit(String(facts.pr), true);
        break;
      case 'branch':
        if (facts.pr !== undefined) skip('pull request: tagged by type=pr, never by the branch name');
        else if (facts.branch === undefined || facts.branch === '') skip('no branch in this run');
        else emit(facts.branch, true);
        break;
      case 'tag':
        if (facts.refTag === undefined) skip('the ref is not a git tag');
        else emit(facts.refTag, false);
        break;
      case 'schedule':
        if (facts.eventName !== 'schedule') skip('not a schedule event');
        else if (rule.template !== undefined) {
          const r = render(rule.template);
          if (r.missing.length > 0) skip(`no value for ${missingText(r.missing)}`);
          else emit(r.value, true);
        }
        break;
      case 'edge': {
        const wanted = rule.branch ?? facts.defaultBranch;
        if (facts.pr !== undefined) skip('pull request');
        else if (facts.branch === undefined) skip('no branch in this run');
        else if (wanted === undefined) skip('the default branch is not known here: give branch=');
        else if (facts.branch !== wanted) skip(`not a push to ${wanted}`);
        else emit('edge', true);
        break;
      }
      case 'match': {
        if (rule.match === undefined) break;
        if (facts.refTag === undefined) {
          skip('the ref is not a git tag');
          break;
        }
        const found = rule.match.regex.exec(facts.refTag);
        const group = found?.[rule.match.group];
        if (found === null) skip(`${rule.match.regex.source} does not match ${facts.refTag}`);
        else if (group === undefined) skip(`group ${rule.match.group} did not match in ${facts.refTag}`);
        else emit(group, true);
        break;
      }
      case 'raw': {
        if (rule.template === undefined) break;
        const r = render(rule.template);
        if (r.missing.length > 0) skip(`no value for ${missingText(r.missing)}`);
        else emit(r.value, true);
        break;
      }
    }
  }

  let latestTag: string | undefined;
  const latestName = () =>
    `${flavor.prefixOnLatest && flavor.prefix ? render(flavor.prefix).value : ''}latest${flavor.suffixOnLatest && flavor.suffix ? render(flavor.suffix).value : ''}`;
  const release = facts.release;
  if (latest === 'true') {
    if (facts.pr !== undefined) skipped.push({ source: 'latest', reason: PR_STABLE });
    else if (release !== undefined && !release.ok) skipped.push({ source: 'latest', reason: notRelease(release) });
    else latestTag = latestName();
  } else if (latest === 'auto') {
    if (!facts.stable) skipped.push({ source: 'latest', reason: 'prerelease' });
    else if (facts.pr !== undefined) skipped.push({ source: 'latest', reason: PR_STABLE });
    else if (release !== undefined && !release.ok) skipped.push({ source: 'latest', reason: notRelease(release) });
    else if (!facts.highestOverall)
      skipped.push({ source: 'latest', reason: `a higher stable version is tagged${named(facts.above?.overall)}` });
    else if (first === undefined || !LATEST_KINDS.includes(first.type))
      skipped.push({
        source: 'latest',
        reason: `latest=auto follows the first tag rule applied, which is ${first === undefined ? 'none' : `type=${first.type}`}, not a version rule (semver, match, ref tag)`,
      });
    else latestTag = latestName();
  }

  const ordered = [...tags.values()]
    .sort((a, b) => b.priority - a.priority || a.index - b.index)
    .map(({ index: _index, ...tag }) => tag);
  // The immutable tag first, latest last, whatever the priorities.
  const all: GeneratedTag[] = [
    { name: immutable, priority: DEFAULT_PRIORITY.immutable, source: 'immutable', moving: false },
    ...ordered.filter((t) => t.name !== immutable),
  ];
  if (latestTag !== undefined) {
    const name = sanitizeTag(latestTag);
    if (!all.some((t) => t.name === name)) {
      all.push({ name, priority: DEFAULT_PRIORITY.latest, source: `latest=${latest}`, moving: true });
    }
  }
  return { immutable, tags: all, skipped };
}

const PR_STABLE = 'pull request: a stable version is tagged from its branch, not from an unmerged change';
const notRelease = (release: ReleaseDecision) => `not the release: ${release.reason}`;

function scopeRefusal(scope: Scope, facts: TagFacts): string | undefined {
  // Version tags, prereleases' included, belong to the run that is the release (metadata-action: tag refs only).
  if (facts.release !== undefined && !facts.release.ok) return notRelease(facts.release);
  if (facts.stable && facts.pr !== undefined) return PR_STABLE;
  if (scope === 'exact') return undefined;
  if (!facts.stable) return undefined;
  if (scope === 'exact-stable') return undefined;
  if (scope === 'minor')
    return facts.highestInMinor
      ? undefined
      : `a higher stable version of this major.minor is tagged${named(facts.above?.minor)}`;
  if (facts.major === 0) return 'never a 0 major tag';
  return facts.highestInMajor
    ? undefined
    : `a higher stable version of this major is tagged${named(facts.above?.major)}`;
}

const named = (version: string | undefined) => (version === undefined ? '' : ` (${version})`);
