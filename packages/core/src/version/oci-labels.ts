import { inputError } from '../errors.js';
import { compareText } from '../order.js';

/**
 * OCI image labels and annotations (`org.opencontainers.image.*`), as docker/metadata-action emits
 * them, minus its gaps: `created` is reproducible (never wall-clock) and `revision` is the commit
 * that was built (the PR head on pull requests, never the temporary merge commit).
 */
export interface RepositoryFacts {
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly license: string | undefined;
  readonly htmlUrl: string | undefined;
  /** The repository's default branch (type=edge, {{is_default_branch}}), where known. */
  readonly defaultBranch?: string | undefined;
  /** Where these came from: `event payload`, `GitHub API`, `git remote` or `none`. */
  readonly source: string;
}

export interface LabelFacts {
  readonly created: Date;
  readonly revision: string;
  readonly version: string;
  readonly repository: RepositoryFacts;
}

const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'] as const;
const LEVEL = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[a-zA-Z0-9/._-]+\])?$/;

/** One user annotation; `level` is set when the line named one (`index:key=value`). */
export interface UserAnnotation {
  readonly level: string | undefined;
  readonly key: string;
  readonly value: string;
}

const KEY = /^[^\s=]+$/;

export function parseLabelLines(lines: readonly string[], input: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf('=');
    const key = at > 0 ? line.slice(0, at).trim() : '';
    if (at <= 0 || !KEY.test(key)) throw inputError(input, line, 'lines of the form key=value (keys without spaces)');
    result[key] = line.slice(at + 1).trim();
  }
  return result;
}

export function parseAnnotationLines(lines: readonly string[], input: string): UserAnnotation[] {
  return lines.map((line) => {
    const at = line.indexOf('=');
    let key = at > 0 ? line.slice(0, at).trim() : '';
    let level: string | undefined;
    const colon = key.indexOf(':');
    if (colon > 0 && LEVEL.test(key.slice(0, colon))) {
      level = key.slice(0, colon);
      key = key.slice(colon + 1);
    }
    if (at <= 0 || !KEY.test(key)) {
      throw inputError(
        input,
        line,
        `lines of the form key=value or <level>:key=value with a level among ${ANNOTATION_LEVELS.join(', ')}`,
      );
    }
    return { level, key, value: line.slice(at + 1).trim() };
  });
}

export function parseAnnotationLevels(items: readonly string[], input: string): string[] {
  if (items.length === 0) return ['manifest'];
  for (const item of items) {
    if (!LEVEL.test(item)) {
      throw inputError(input, item, `levels among ${ANNOTATION_LEVELS.join(', ')} (optionally with [os/arch])`);
    }
  }
  return [...new Set(items)];
}

const sortKeys = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)));

/** The standard keys; empty facts are left out rather than written as empty labels. */
export function standardLabels(facts: LabelFacts): Record<string, string> {
  const p = 'org.opencontainers.image';
  const labels: Record<string, string> = {
    [`${p}.created`]: facts.created.toISOString(),
    [`${p}.revision`]: facts.revision,
    [`${p}.version`]: facts.version,
  };
  const repo = facts.repository;
  if (repo.name) labels[`${p}.title`] = repo.name;
  if (repo.description) labels[`${p}.description`] = repo.description;
  if (repo.license && repo.license !== 'NOASSERTION') labels[`${p}.licenses`] = repo.license;
  if (repo.htmlUrl) {
    labels[`${p}.source`] = repo.htmlUrl;
    labels[`${p}.url`] = repo.htmlUrl;
  }
  return labels;
}

/** User labels override; a user label with an empty value removes that key. Sorted by key. */
export function mergeLabels(standard: Record<string, string>, user: Readonly<Record<string, string>>) {
  const merged: Record<string, string> = { ...standard };
  for (const [key, value] of Object.entries(user)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return sortKeys(merged);
}

/** `level:key=value` lines: the standard keys plus unqualified user ones at every level, then level-specific ones. */
export function annotationLines(
  standard: Record<string, string>,
  user: readonly UserAnnotation[],
  levels: readonly string[],
): string[] {
  const common: Record<string, string> = {};
  for (const a of user) if (a.level === undefined) common[a.key] = a.value;
  const base = mergeLabels(standard, common);
  const lines: string[] = [];
  const allLevels = [
    ...levels,
    ...user.map((a) => a.level).filter((l): l is string => l !== undefined && !levels.includes(l)),
  ];
  for (const level of [...new Set(allLevels)]) {
    const specific: Record<string, string> = {};
    for (const a of user) if (a.level === level) specific[a.key] = a.value;
    const merged = levels.includes(level) ? mergeLabels(base, specific) : mergeLabels({}, specific);
    for (const [key, value] of Object.entries(merged)) lines.push(`${level}:${key}=${value}`);
  }
  return lines;
}
