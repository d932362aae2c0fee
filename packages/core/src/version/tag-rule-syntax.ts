import { inputError } from '../errors.js';
import { parseTemplate, VERSION_PLACEHOLDERS, type Template } from './template.js';

/**
 * The syntax of the `tags` input: one rule per line, docker/metadata-action's `type=...` lines
 * plus build-tag's own. Every documented metadata-action rule parses; what build-tag cannot honour
 * fails here, naming the input and the attribute, instead of being ignored.
 *
 *   type=semver,pattern={{major}}.{{minor}}   a tag from the version (scopes in tag-rules.ts)
 *   type=sha[,length=7|format=long]           sha-<hex> of the built revision
 *   type=pr | type=ref,event=pr               pr-<number>, on pull requests only
 *   type=branch | type=ref,event=branch       the branch name, never on pull requests
 *   type=ref,event=tag                        the git tag name, when the ref is a tag
 *   type=schedule[,pattern=nightly]           on schedule events
 *   type=edge[,branch=<default branch>]       `edge`, on a push to that branch
 *   type=match,pattern=<regex>[,group=N]      a regex group of the git tag name, when the ref is a tag
 *   type=raw,value=<template> | a bare word   any template; skipped when a placeholder has no value
 *
 * Every rule also takes prefix= and suffix= (templates), enable= (true, false or a template that
 * renders one of them, e.g. {{is_default_branch}}) and priority=<n>.
 */
export type RuleType = 'semver' | 'sha' | 'pr' | 'branch' | 'tag' | 'raw' | 'schedule' | 'edge' | 'match';
export type Scope = 'exact' | 'exact-stable' | 'minor' | 'major';

export interface TagRule {
  readonly type: RuleType;
  /** The semver pattern, the raw value or the schedule pattern. */
  readonly template: Template | undefined;
  readonly scope: Scope | undefined;
  /** Undefined when the line gives none: then flavor's prefix/suffix apply, as in metadata-action. */
  readonly prefix: Template | undefined;
  readonly suffix: Template | undefined;
  /** False only for a literal enable=false; a template is decided per run (`enableWhen`). */
  readonly enable: boolean;
  readonly enableWhen: Template | undefined;
  readonly priority: number;
  /** type=sha: hex characters (format=long: 40). */
  readonly length: number | undefined;
  /** type=edge: the branch (default: the repository's default branch). */
  readonly branch: string | undefined;
  /** type=match. */
  readonly match: { readonly regex: RegExp; readonly group: number } | undefined;
  /** The line it came from, for logs and the summary. */
  readonly line: string;
}

/** Default priorities, as docker/metadata-action's (the immutable tag always comes first, latest last). */
export const DEFAULT_PRIORITY: Readonly<Record<RuleType | 'immutable' | 'latest', number>> = {
  immutable: 1000,
  schedule: 1000,
  semver: 900,
  match: 800,
  edge: 700,
  pr: 600,
  branch: 600,
  tag: 600,
  raw: 200,
  sha: 100,
  latest: 50,
};

const KEYS: Readonly<Record<RuleType, readonly string[]>> = {
  semver: ['pattern', 'value'],
  sha: ['length', 'format'],
  pr: ['event'],
  branch: ['event'],
  tag: ['event'],
  raw: ['value'],
  schedule: ['pattern'],
  edge: ['branch'],
  match: ['pattern', 'group', 'value'],
};
const COMMON_KEYS = ['type', 'prefix', 'suffix', 'enable', 'priority'];
const TYPES = ['semver', 'sha', 'pr', 'branch', 'ref', 'raw', 'schedule', 'edge', 'match'] as const;
/** Rule types build-tag declines, with the reason given in the error. */
const DECLINED: Readonly<Record<string, string>> = {
  pep440:
    'type=pep440 is not supported: build-tag works with semantic versions; give it the version (input version) and use type=semver',
};

/** Splits `a=b,c="d,e",f={{date 'Y,M'}}` on commas outside quotes and `{{ }}` (CSV quoting, as metadata-action's). */
function splitAttributes(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  let braces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (quote !== undefined) {
      if (c === quote && line[i + 1] === quote) {
        current += c;
        i++;
      } else if (c === quote) quote = undefined;
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
  if (used.some((p) => p === 'version' || p === 'prerelease' || p === 'build' || p === 'raw')) return 'exact';
  if (used.includes('patch')) return 'exact-stable';
  if (used.includes('minor')) return 'minor';
  if (used.includes('major')) return 'major';
  return undefined;
}

/** `/re/flags` or a bare pattern, as metadata-action's type=match reads it. */
function parseRegex(raw: string, fail: (why: string) => Error): RegExp {
  const slashed = /^\/(.+)\/([a-z]*)$/.exec(raw);
  try {
    return slashed ? new RegExp(slashed[1] ?? '', slashed[2]) : new RegExp(raw);
  } catch (error) {
    throw fail(`pattern is not a valid regular expression (${(error as Error).message}).`);
  }
}

export function parseTagRule(line: string, input = 'tags'): TagRule {
  const accepted =
    'rules such as type=semver,pattern={{major}}.{{minor}} | type=sha | type=ref,event=branch|tag|pr | type=schedule | type=edge | type=match,pattern=<regex> | type=raw,value=<template> (each also takes prefix=, suffix=, enable=, priority=)';
  const fail = (why: string) => inputError(input, line, accepted, why);
  const attributes = new Map<string, string>();
  if (!line.includes('=')) {
    attributes.set('type', 'raw');
    attributes.set('value', line.trim());
  } else {
    for (const part of splitAttributes(line)) {
      const at = part.indexOf('=');
      if (at < 0) {
        // metadata-action: a field without `=` is the value (`type=raw,foo`).
        if (attributes.has('value')) throw fail(`'value' is given twice.`);
        attributes.set('value', part);
        continue;
      }
      if (at === 0) throw fail(`'${part}' is not key=value.`);
      const key = part.slice(0, at).trim().toLowerCase();
      if (attributes.has(key)) throw fail(`'${key}' is given twice.`);
      attributes.set(key, part.slice(at + 1).trim());
    }
  }
  const typeRaw = (attributes.get('type') ?? 'raw').toLowerCase();
  const declined = DECLINED[typeRaw];
  if (declined !== undefined) throw fail(`${declined}.`);
  if (!(TYPES as readonly string[]).includes(typeRaw)) {
    throw fail(`Unknown or missing type '${attributes.get('type') ?? ''}'; types: ${TYPES.join(', ')}.`);
  }
  let type: RuleType;
  if (typeRaw === 'ref') {
    const event = (attributes.get('event') ?? '').toLowerCase();
    if (event === 'branch' || event === 'tag' || event === 'pr') type = event;
    else throw fail(`type=ref needs event=branch, event=tag or event=pr.`);
  } else {
    type = typeRaw as RuleType;
    if (attributes.has('event')) throw fail(`event= belongs to type=ref.`);
  }
  const shown = typeRaw === 'ref' ? 'type=ref' : `type=${type}`;
  for (const key of attributes.keys()) {
    if (!COMMON_KEYS.includes(key) && !KEYS[type].includes(key)) {
      throw fail(`${shown} takes ${[...COMMON_KEYS, ...KEYS[type]].join(', ')}; not '${key}'.`);
    }
  }
  if ((type === 'semver' || type === 'match') && (attributes.get('value') ?? '') !== '') {
    throw fail(
      `value= is not supported on type=${type}: build-tag takes the version from its 'version' input (or computes it), never from a value per rule.`,
    );
  }
  const enableRaw = attributes.get('enable') ?? 'true';
  let enable = true;
  let enableWhen: Template | undefined;
  if (/^(true|false)$/i.test(enableRaw)) enable = enableRaw.toLowerCase() === 'true';
  else if (enableRaw.includes('{{')) enableWhen = parseTemplate(enableRaw, input);
  else throw fail(`enable is true, false or an expression such as {{is_default_branch}}.`);
  const priorityRaw = attributes.get('priority');
  if (priorityRaw !== undefined && !/^\d{1,6}$/.test(priorityRaw)) {
    throw fail(`priority is a whole number from 0 to 999999.`);
  }
  let length: number | undefined;
  const lengthRaw = attributes.get('length');
  if (lengthRaw !== undefined) {
    if (!/^\d+$/.test(lengthRaw) || Number(lengthRaw) < 4 || Number(lengthRaw) > 40) {
      throw fail(`length is a whole number from 4 to 40.`);
    }
    length = Number(lengthRaw);
  }
  const format = attributes.get('format');
  if (format !== undefined) {
    if (format !== 'short' && format !== 'long') throw fail(`format is short or long.`);
    if (length !== undefined) throw fail(`give length= or format=, not both.`);
    if (format === 'long') length = 40;
  }
  const optionalTemplate = (key: string) => {
    const value = attributes.get(key);
    return value === undefined ? undefined : parseTemplate(value, input);
  };
  let template: Template | undefined;
  let scope: Scope | undefined;
  let match: TagRule['match'];
  if (type === 'semver') {
    const pattern = attributes.get('pattern');
    if (pattern === undefined || pattern === '') {
      if (enable || enableWhen) throw fail('type=semver needs pattern=, e.g. pattern={{major}}.{{minor}}.');
    } else {
      template = parseTemplate(pattern, input, VERSION_PLACEHOLDERS);
      scope = scopeOf(template);
      if (scope === undefined)
        throw fail('A semver pattern uses at least one version placeholder; for fixed names use type=raw.');
    }
  } else if (type === 'raw') {
    const value = attributes.get('value') ?? '';
    if (value === '') throw fail('type=raw needs value=.');
    template = parseTemplate(value, input);
  } else if (type === 'schedule') {
    template = parseTemplate(attributes.get('pattern') || 'nightly', input);
  } else if (type === 'match') {
    const pattern = attributes.get('pattern') ?? '';
    if (pattern === '') throw fail('type=match needs pattern=<regular expression>.');
    const groupRaw = attributes.get('group') ?? '0';
    if (!/^\d{1,3}$/.test(groupRaw)) throw fail('group is a whole number (0: the whole match).');
    match = { regex: parseRegex(pattern, fail), group: Number(groupRaw) };
  }
  const defaultPrefix = type === 'sha' ? 'sha-' : type === 'pr' ? 'pr-' : undefined;
  const prefix =
    optionalTemplate('prefix') ?? (defaultPrefix === undefined ? undefined : parseTemplate(defaultPrefix, input));
  return {
    type,
    template,
    scope,
    prefix,
    suffix: optionalTemplate('suffix'),
    enable,
    enableWhen,
    priority: priorityRaw === undefined ? DEFAULT_PRIORITY[type] : Number(priorityRaw),
    length,
    branch: type === 'edge' ? attributes.get('branch') || undefined : undefined,
    match,
    line: line.trim(),
  };
}

export const DEFAULT_SEMVER_PATTERNS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'] as const;

/**
 * The effective rules: the user's lines plus the default semver rules, unless a line already says
 * how the version is tagged (type=semver, type=match or type=ref,event=tag), as metadata-action's do.
 */
export function parseTagRules(lines: readonly string[], input = 'tags'): TagRule[] {
  const rules = lines.map((line) => parseTagRule(line, input));
  const defaults = rules.some((r) => r.type === 'semver' || r.type === 'match' || r.type === 'tag')
    ? []
    : DEFAULT_SEMVER_PATTERNS.map((p) => parseTagRule(`type=semver,pattern=${p}`, input));
  return [...defaults, ...rules];
}

/** flavor: metadata-action's global `latest`, `prefix`/`suffix` (each optionally `onlatest=true`). */
export interface Flavor {
  readonly latest: 'auto' | 'true' | 'false' | undefined;
  readonly prefix: Template | undefined;
  readonly prefixOnLatest: boolean;
  readonly suffix: Template | undefined;
  readonly suffixOnLatest: boolean;
}

export const NO_FLAVOR: Flavor = {
  latest: undefined,
  prefix: undefined,
  prefixOnLatest: false,
  suffix: undefined,
  suffixOnLatest: false,
};

export function parseFlavor(lines: readonly string[], input = 'flavor'): Flavor {
  const accepted = 'lines latest=auto|true|false, prefix=<text>[,onlatest=true], suffix=<text>[,onlatest=true]';
  let flavor: Flavor = NO_FLAVOR;
  for (const line of lines) {
    let last: 'prefix' | 'suffix' | undefined;
    for (const part of splitAttributes(line)) {
      const at = part.indexOf('=');
      if (at <= 0) throw inputError(input, line, accepted, `'${part}' is not key=value.`);
      const key = part.slice(0, at).trim().toLowerCase();
      const value = part.slice(at + 1).trim();
      if (key === 'latest') {
        if (value !== 'auto' && value !== 'true' && value !== 'false') {
          throw inputError(input, line, accepted, 'latest is auto, true or false.');
        }
        flavor = { ...flavor, latest: value };
      } else if (key === 'prefix' || key === 'suffix') {
        const template = value === '' ? undefined : parseTemplate(value, input);
        flavor = key === 'prefix' ? { ...flavor, prefix: template } : { ...flavor, suffix: template };
        last = key;
      } else if (key === 'onlatest') {
        if (value !== 'true' && value !== 'false')
          throw inputError(input, line, accepted, 'onlatest is true or false.');
        if (last === undefined)
          throw inputError(input, line, accepted, 'onlatest follows prefix= or suffix= on its line.');
        flavor =
          last === 'prefix'
            ? { ...flavor, prefixOnLatest: value === 'true' }
            : { ...flavor, suffixOnLatest: value === 'true' };
      } else {
        throw inputError(input, line, accepted, `Unknown flavor '${key}'.`);
      }
    }
  }
  return flavor;
}
