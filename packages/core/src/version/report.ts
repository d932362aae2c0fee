/** Markdown for humans: the changelog (commits grouped by type) and the job summary / PR comment. */
import type { ClassifiedCommit } from './classify.js';
import type { VersionResult } from './version-result.js';
import type { VersionOptions } from './options.js';
import { compareText } from '../order.js';

const GROUPS: readonly { readonly key: string; readonly title: string }[] = [
  { key: 'breaking', title: 'Breaking changes' },
  { key: 'feat', title: 'Features' },
  { key: 'fix', title: 'Bug fixes' },
  { key: 'perf', title: 'Performance' },
  { key: 'revert', title: 'Reverts' },
];

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function line(c: ClassifiedCommit, withNote = false): string {
  const cc = c.conventional;
  const text =
    cc?.type !== undefined
      ? `${cc.scope ? `**${escapeMarkdown(cc.scope)}:** ` : ''}${escapeMarkdown(cc.description)}`
      : escapeMarkdown(c.subject);
  const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  const item = `- ${shown} (${c.sha.slice(0, 7)})`;
  const note = cc?.breakingNote;
  // The migration note is the point of a breaking change: kept, indented under its item.
  if (!withNote || note === undefined || note === '' || note === cc?.description) return item;
  const indented = note
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : `  ${escapeMarkdown(l.trimEnd())}`))
    .join('\n');
  return `${item}\n\n${indented}\n`;
}

/**
 * Commits since the previous tag as a markdown list grouped by type; merge commits left out unless
 * they carry a breaking change. Breaking changes come first with the text of their notes; git's
 * `Revert "..."` commits are listed under Reverts; commits whose header is not a Conventional
 * Commit under Other changes.
 */
export function renderChangelog(commits: readonly ClassifiedCommit[], total: number): string {
  const groups = new Map<string, string[]>();
  const add = (key: string, text: string) => groups.set(key, [...(groups.get(key) ?? []), text]);
  for (const c of commits) {
    const cc = c.conventional;
    if (c.isMerge && cc?.type === undefined && cc?.breaking !== true) continue;
    if (cc?.breaking) add('breaking', line(c, true));
    else if (cc?.type !== undefined) add(cc.type, line(c));
    else add('other', line(c));
  }
  const sections: string[] = [];
  for (const g of GROUPS) {
    const items = groups.get(g.key);
    if (items) sections.push(`### ${g.title}\n\n${items.join('\n').replace(/\n+$/, '')}`);
  }
  for (const [key, items] of [...groups].sort(([a], [b]) => compareText(a, b))) {
    if (GROUPS.some((g) => g.key === key) || key === 'other') continue;
    sections.push(`### ${key}\n\n${items.join('\n')}`);
  }
  const other = groups.get('other');
  if (other) sections.push(`### Other changes\n\n${other.join('\n')}`);
  if (total > commits.length) sections.push(`…and ${total - commits.length} earlier commits.`);
  return sections.join('\n\n');
}

/** The job summary, also the body of the sticky PR comment. */
export function renderSummary(result: VersionResult, options: VersionOptions): string {
  const previous = result.previousTag ? `\`${result.previousTag}\`` : '_none_';
  const next = `\`${result.versionTag}\``;
  const lines: string[] = ['## Version', ''];
  if (result.pullRequest !== undefined) {
    lines.push(
      result.bump === 'none'
        ? `Merging pull request #${result.pullRequest} releases **nothing** (stays at ${previous}).`
        : `Merging pull request #${result.pullRequest} releases **\`${options.tagPrefix}${result.releaseVersion}\`** (${previous} → \`${options.tagPrefix}${result.releaseVersion}\`).`,
      '',
    );
    if (result.isPrerelease) lines.push(`This pull request's builds are versioned **${next}**.`, '');
  } else if (result.isTagged) {
    lines.push(`HEAD is already tagged ${next}: released as-is.`, '');
  } else if (result.bump === 'none' && result.previousTag !== undefined) {
    lines.push(`**No release**: nothing releasable since ${previous}.`, '');
  } else {
    lines.push(`${previous} → **${next}**`, '');
  }
  lines.push(
    '| | |',
    '| --- | --- |',
    `| Version | \`${result.version}\` |`,
    `| Previous | ${result.previousVersion ? `\`${result.previousVersion}\`` : '_none_'} |`,
    `| Bump | ${result.bump} (from ${result.bumpSource}) |`,
    `| Prerelease | ${result.prerelease ? `\`${result.prerelease}\`` : '_no_'} |`,
    `| Commits since previous | ${result.commitsSince} |`,
    `| Commit | \`${result.sha.slice(0, 7)}\` |`,
  );
  if (result.labels.length > 0)
    lines.push(`| Labels | ${result.labels.map((l) => `\`${escapeMarkdown(l)}\``).join(', ')} |`);
  lines.push('', '**Why:**', '', ...result.reasons.map((r) => `- ${escapeMarkdown(r)}`));
  if (result.assumptions.length > 0) {
    lines.push('', `<sub>Assumed: ${result.assumptions.map(escapeMarkdown).join('; ')}.</sub>`);
  }
  if (result.changelog !== '') {
    lines.push(
      '',
      '<details><summary>Changes since the previous release</summary>',
      '',
      result.changelog,
      '',
      '</details>',
    );
  }
  return `${lines.join('\n')}\n`;
}
