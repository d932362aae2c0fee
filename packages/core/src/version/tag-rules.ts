import { createHash } from 'node:crypto';
import { ArtefactsError, inputError } from '../errors.js';
import {
  parseTemplate,
  renderTemplate,
  VERSION_PLACEHOLDERS,
  type Placeholder,
  type Template,
  type TemplateValues,
} from './template.js';

/**
 * Tag rules: the `tags` input, one rule per line, in the spirit of docker/metadata-action's
 * `type=...` lines:
 *
 *   type=semver,pattern={{major}}.{{minor}}   a tag from the version (see scopes below)
 *   type=sha[,length=7]                       sha-<hex> of the built revision (PR head on pull requests)
 *   type=pr                                   pr-<number>, on pull_request events only
 *   type=branch                               the branch name, where one is known
 *   type=raw,value=<template>                 any template; skipped when a placeholder has no value here
 *   edge                                      shorthand for type=raw,value=edge
 *
 * Every rule also takes prefix=, suffix=, enable=true|false and priority=<n>. The defaults are the
 * three semver rules {{version}}, {{major}}.{{minor}} and {{major}}; any `type=semver` line replaces
 * them (so `type=semver,enable=false` alone turns them off).
 *
 * A semver pattern's scope follows the most specific version placeholder it uses:
 *   {{version}} / {{prerelease}} / {{build}}  exact: every version, prereleases included
 *   {{patch}}                                 exact, stable versions only
 *   {{minor}}                                 floating: stable, and the highest stable of its major.minor
 *   {{major}}                                 floating: stable, the highest stable of its major, never 0
 */
export type RuleType = 'semver' | 'sha' | 'pr' | 'branch' | 'raw';
export type Scope = 'exact' | 'exact-stable' | 'minor' | 'major';

export interface TagRule {
  readonly type: RuleType;
  /** The semver pattern or the raw value. */
  readonly template: Template | undefined;
  readonly scope: Scope | undefined;
  readonly prefix: string;
  readonly suffix: string;
  readonly enable: boolean;
  readonly priority: number;
  readonly length: number | undefined;
  /** The line it came from, for logs and the summary. */
  readonly line: string;
}

export const DEFAULT_PRIORITY: Readonly<Record<RuleType | 'immutable' | 'latest', number>> = {
  immutable: 1000,
  semver: 900,
  pr: 600,
  branch: 600,
  raw: 200,
  sha: 100,
  latest: 50,
};

const KEYS: Readonly<Record<RuleType, readonly string[]>> = {
  semver: ['pattern'],
  sha: ['length'],
  pr: [],
  branch: [],
  raw: ['value'],
};
const COMMON_KEYS = ['type', 'prefix', 'suffix', 'enable', 'priority'];
const TYPES = Object.keys(KEYS) as RuleType[];

/** Splits `a=b,c="d,e",f={{date 'Y,M'}}` on commas outside quotes and `{{ }}`. */
function splitAttributes(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  let braces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else current += c;
      continue;
    }
    if (c === '"') {
      quote = c;
      continue;
    }
    if (line.startsWith('{{', i)) braces++;
    if (line.startsWith('}}', i) && braces > 0) braces--;
    if (c === ',' && braces === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function scopeOf(template: Template): Scope | undefined {
  const used = template.placeholders;
  if (used.includes('version') || used.includes('prerelease') || used.includes('build')) return 'exact';
  if (used.includes('patch')) return 'exact-stable';
  if (used.includes('minor')) return 'minor';
  if (used.includes('major')) return 'major';
  return undefined;
}

export function parseTagRule(line: string, input = 'tags'): TagRule {
  const accepted = `rules such as type=semver,pattern={{major}}.{{minor}} | type=sha | type=pr | type=branch | type=raw,value=<template> (each also takes prefix=, suffix=, enable=, priority=)`;
  const attributes = new Map<string, string>();
  if (!line.includes('=')) {
    attributes.set('type', 'raw');
    attributes.set('value', line.trim());
  } else {
    for (const part of splitAttributes(line)) {
      const at = part.indexOf('=');
      if (at <= 0) throw inputError(input, line, accepted, `'${part}' is not key=value.`);
      const key = part.slice(0, at).trim().toLowerCase();
      if (attributes.has(key)) throw inputError(input, line, accepted, `'${key}' is given twice.`);
      attributes.set(key, part.slice(at + 1).trim());
    }
  }
  const type = (attributes.get('type') ?? '').toLowerCase() as RuleType;
  if (!TYPES.includes(type)) {
    throw inputError(
      input,
      line,
      accepted,
      `Unknown or missing type '${attributes.get('type') ?? ''}'; types: ${TYPES.join(', ')}.`,
    );
  }
  for (const key of attributes.keys()) {
    if (!COMMON_KEYS.includes(key) && !KEYS[type].includes(key)) {
      throw inputError(
        input,
        line,
        accepted,
        `type=${type} takes ${[...COMMON_KEYS, ...KEYS[type]].join(', ')}; not '${key}'.`,
      );
    }
  }
  const enableRaw = (attributes.get('enable') ?? 'true').toLowerCase();
  if (enableRaw !== 'true' && enableRaw !== 'false')
    throw inputError(input, line, accepted, `enable is true or false.`);
  const enable = enableRaw === 'true';
  const priorityRaw = attributes.get('priority');
  if (priorityRaw !== undefined && !/^\d{1,6}$/.test(priorityRaw)) {
    throw inputError(input, line, accepted, `priority is a whole number from 0 to 999999.`);
  }
  let length: number | undefined;
  const lengthRaw = attributes.get('length');
  if (lengthRaw !== undefined) {
    if (!/^\d+$/.test(lengthRaw) || Number(lengthRaw) < 4 || Number(lengthRaw) > 40) {
      throw inputError(input, line, accepted, `length is a whole number from 4 to 40.`);
    }
    length = Number(lengthRaw);
  }
  // Fixed text in prefix/suffix; placeholders belong in type=raw values.
  for (const key of ['prefix', 'suffix']) {
    const value = attributes.get(key);
    if (value !== undefined && (value.includes('{{') || value.includes('}}'))) {
      throw inputError(input, line, accepted, `${key} is fixed text; use type=raw,value=... for placeholders.`);
    }
  }
  let template: Template | undefined;
  let scope: Scope | undefined;
  if (type === 'semver') {
    const pattern = attributes.get('pattern');
    if (pattern === undefined || pattern === '') {
      if (enable)
        throw inputError(input, line, accepted, 'type=semver needs pattern=, e.g. pattern={{major}}.{{minor}}.');
    } else {
      template = parseTemplate(pattern, input, VERSION_PLACEHOLDERS);
      scope = scopeOf(template);
      if (scope === undefined) {
        throw inputError(
          input,
          line,
          accepted,
          'A semver pattern uses at least one version placeholder; for fixed names use type=raw.',
        );
      }
    }
  } else if (type === 'raw') {
    const value = attributes.get('value') ?? '';
    if (value === '') throw inputError(input, line, accepted, 'type=raw needs value=.');
    template = parseTemplate(value, input);
  }
  const defaultPrefix = type === 'sha' ? 'sha-' : type === 'pr' ? 'pr-' : '';
  return {
    type,
    template,
    scope,
    prefix: attributes.get('prefix') ?? defaultPrefix,
    suffix: attributes.get('suffix') ?? '',
    enable,
    priority: priorityRaw === undefined ? DEFAULT_PRIORITY[type] : Number(priorityRaw),
    length,
    line: line.trim(),
  };
}

export const DEFAULT_SEMVER_PATTERNS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'] as const;

/** The effective rules: the user's lines plus the default semver rules unless a semver line replaces them. */
export function parseTagRules(lines: readonly string[], input = 'tags'): TagRule[] {
  const rules = lines.map((line) => parseTagRule(line, input));
  const defaults = rules.some((r) => r.type === 'semver')
    ? []
    : DEFAULT_SEMVER_PATTERNS.map((p) => parseTagRule(`type=semver,pattern=${p}`, input));
  return [...defaults, ...rules];
}

/** The largest tag the OCI distribution grammar allows. */
export const MAX_TAG_LENGTH = 128;
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

/** What the tag rules need to know about this build. */
export interface TagFacts {
  readonly values: TemplateValues;
  readonly time: Date;
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

/**
 * Applies the template and the rules. Floating tags (`{{major}}.{{minor}}`, `{{major}}`, `latest`)
 * move only forward: each is emitted only when this version is the highest stable one in that
 * tag's own scope, so a backport 1.4.1 after 2.0.0 gets `1.4` and `1` (if no higher 1.x exists)
 * but never `latest`.
 */
export function planTags(
  immutableTemplate: Template,
  rules: readonly TagRule[],
  latest: LatestMode,
  facts: TagFacts,
): TagPlan {
  const rendered = renderTemplate(immutableTemplate, facts.values, facts.time);
  if (rendered.missing.length > 0) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      `Input 'template': ${rendered.missing.map((m) => `{{${m}}}`).join(', ')} has no value in this run, so the immutable tag cannot be made from ${JSON.stringify(immutableTemplate.source)}.`,
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
  const immutable = sanitizeTag(rendered.value);
  const tags = new Map<string, GeneratedTag>();
  const skipped: SkippedTag[] = [];
  const add = (raw: string, priority: number, source: string, moving: boolean) => {
    const name = sanitizeTag(raw);
    const existing = tags.get(name);
    if (existing === undefined || existing.priority < priority) {
      tags.set(name, {
        name,
        priority,
        source: existing?.source ?? source,
        moving: (existing?.moving ?? false) || moving,
      });
    }
  };
  add(rendered.value, DEFAULT_PRIORITY.immutable, 'immutable', false);

  for (const rule of rules) {
    if (!rule.enable) continue;
    const wrap = (value: string) => `${rule.prefix}${value}${rule.suffix}`;
    switch (rule.type) {
      case 'semver': {
        if (rule.template === undefined || rule.scope === undefined) break;
        const why = scopeRefusal(rule.scope, facts);
        if (why !== undefined) {
          skipped.push({ source: rule.line, reason: why });
          break;
        }
        add(
          wrap(renderTemplate(rule.template, facts.values, facts.time).value),
          rule.priority,
          rule.line,
          rule.scope === 'minor' || rule.scope === 'major',
        );
        break;
      }
      case 'sha':
        add(wrap(facts.revision.slice(0, rule.length ?? facts.shaLength)), rule.priority, rule.line, false);
        break;
      case 'pr':
        if (facts.pr === undefined) skipped.push({ source: rule.line, reason: 'not a pull request' });
        else add(wrap(String(facts.pr)), rule.priority, rule.line, true);
        break;
      case 'branch':
        if (facts.branch === undefined || facts.branch === '')
          skipped.push({ source: rule.line, reason: 'no branch in this run' });
        else add(wrap(facts.branch), rule.priority, rule.line, true);
        break;
      case 'raw': {
        if (rule.template === undefined) break;
        const r = renderTemplate(rule.template, facts.values, facts.time);
        if (r.missing.length > 0) {
          skipped.push({
            source: rule.line,
            reason: `no value for ${r.missing.map((m: Placeholder) => `{{${m}}}`).join(', ')}`,
          });
        } else if (wrap(r.value) === '') {
          skipped.push({ source: rule.line, reason: 'rendered empty' });
        } else add(wrap(r.value), rule.priority, rule.line, true);
        break;
      }
    }
  }

  if (latest === 'true') add('latest', DEFAULT_PRIORITY.latest, 'latest=true', true);
  else if (latest === 'auto') {
    if (!facts.stable) skipped.push({ source: 'latest', reason: 'prerelease' });
    else if (facts.pr !== undefined) skipped.push({ source: 'latest', reason: PR_STABLE });
    else if (!facts.highestOverall)
      skipped.push({ source: 'latest', reason: `a higher stable version is tagged${named(facts.above?.overall)}` });
    else add('latest', DEFAULT_PRIORITY.latest, 'latest=auto', true);
  }

  const ordered = [...tags.values()]
    .map((tag, index) => ({ tag, index }))
    .sort((a, b) => b.tag.priority - a.tag.priority || a.index - b.index)
    .map(({ tag }) => tag);
  return { immutable, tags: ordered, skipped };
}

const PR_STABLE = 'pull request: a stable version is tagged from its branch, not from an unmerged change';

function scopeRefusal(scope: Scope, facts: TagFacts): string | undefined {
  if (facts.stable && facts.pr !== undefined) return PR_STABLE;
  if (scope === 'exact') return undefined;
  if (!facts.stable) return 'prerelease: only its exact tag';
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
