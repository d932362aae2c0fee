/** Markdown for humans: the changelog (commits grouped by type) and the job summary / PR comment. */
import type { ClassifiedCommit, VersionResult } from './calculate.js';
import type { VersionOptions } from './options.js';

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

function line(c: ClassifiedCommit): string {
  const cc = c.conventional;
  const text = cc
    ? `${cc.scope ? `**${escapeMarkdown(cc.scope)}:** ` : ''}${escapeMarkdown(cc.description)}`
    : escapeMarkdown(c.subject);
  const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return `- ${shown} (${c.sha.slice(0, 7)})`;
}

/** Commits since the previous tag as a markdown list grouped by type; merge commits left out. */
export function renderChangelog(commits: readonly ClassifiedCommit[], total: number): string {
  const groups = new Map<string, string[]>();
  const add = (key: string, text: string) => groups.set(key, [...(groups.get(key) ?? []), text]);
  for (const c of commits) {
    if (c.isMerge && c.conventional === undefined) continue;
    const cc = c.conventional;
    if (cc?.breaking) add('breaking', line(c));
    else if (cc) add(cc.type, line(c));
    else add('other', line(c));
  }
  const sections: string[] = [];
  for (const g of GROUPS) {
    const items = groups.get(g.key);
    if (items) sections.push(`### ${g.title}\n\n${items.join('\n')}`);
  }
  for (const [key, items] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
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
