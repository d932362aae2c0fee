/** What pin says: one line per reference, the share pinned, a job summary, a pull request body, JSON. */
import type { SiteKind } from './sites.js';

/**
 * One reference: `pinned` (it names a digest already), `resolved` (pinned now), `unpinned` (check
 * mode: a tag, resolved to `digest`), `unresolved` (`reason` says why).
 */
export interface PinEntry {
  readonly file: string;
  readonly line: number;
  readonly kind: SiteKind;
  readonly reference: string;
  readonly status: 'pinned' | 'resolved' | 'unpinned' | 'unresolved';
  readonly digest?: string | undefined;
  readonly reason?: string | undefined;
}

export interface PinResult {
  readonly check: boolean;
  readonly minPinned: number;
  readonly entries: readonly PinEntry[];
  readonly changedFiles: readonly string[];
  readonly skipped: readonly { file: string; reason: string }[];
}

const isPinned = (e: PinEntry) => e.status === 'pinned' || e.status === 'resolved';
const cell = (text: string) => `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function describe(e: PinEntry): string {
  const what =
    e.status === 'unresolved'
      ? `unresolved: ${oneLine(e.reason ?? '')}`
      : e.status === 'unpinned'
        ? `not pinned (${e.digest} now)`
        : `${e.status === 'pinned' ? 'pinned' : 'pinned now'} ${e.digest}`;
  return `${e.file}:${e.line} ${e.kind} ${e.reference} ${what}`;
}

/**
 * The share pinned by digest, as a percentage of every reference found (unresolved ones count as
 * not pinned; with none found, 100: nothing is unpinned), rounded down to one decimal so that a
 * share just under a threshold is never shown as reaching it.
 */
function share(entries: readonly PinEntry[]): number {
  if (entries.length === 0) return 100;
  return Math.floor((entries.filter(isPinned).length * 1000) / entries.length) / 10;
}

export function pinReport(result: PinResult) {
  const { entries } = result;
  const pinnedShare = share(entries);
  const shareText = String(pinnedShare);
  const pinned = entries.filter(isPinned).length;
  const lines = entries.map(describe);
  const totals = `${pinned} of ${entries.length} image reference(s) pinned by digest (${shareText}%)`;
  lines.push(result.check ? `${totals}; min-pinned ${result.minPinned}%.` : `${totals}.`);
  for (const s of result.skipped) lines.push(`skipped ${s.file}: ${oneLine(s.reason)}`);
  const notPinned = entries
    .filter((e) => !isPinned(e))
    .map((e) => `  ${describe(e)}`)
    .join('\n');

  const table = [
    '| Reference | Where | Kind | Pinned | Digest |',
    '| --- | --- | --- | --- | --- |',
    ...entries.map(
      (e) =>
        `| ${cell(e.reference)} | ${cell(`${e.file}:${e.line}`)} | ${e.kind} | ${
          e.status === 'pinned'
            ? 'yes'
            : e.status === 'resolved'
              ? 'now'
              : e.status === 'unpinned'
                ? 'no'
                : 'unresolved'
        } | ${e.digest ? cell(e.digest) : oneLine(e.reason ?? '')} |`,
    ),
  ];
  const skippedText =
    result.skipped.length === 0
      ? ''
      : `\nNot read as YAML (skipped): ${result.skipped.map((s) => cell(s.file)).join(', ')}.\n`;
  const summary = [
    `### ${result.check ? 'Digest pinning check' : 'Image references pinned by digest'}`,
    '',
    `${totals}${result.check ? `; min-pinned ${result.minPinned}%` : ''}.`,
    '',
    ...(entries.length > 0 ? table : ['No image references found.']),
    skippedText,
  ].join('\n');

  const changed = entries.filter((e) => e.status === 'resolved');
  const left = entries.filter((e) => e.status === 'unresolved');
  const pullRequestBody = [
    '### Pin image references by digest',
    '',
    'Each tag below was resolved once and the reference now names the digest it pointed at',
    '(`name:tag@sha256:…`), so a deployment runs exactly the image that was tested, whatever the tag',
    'is moved to later. Comments and formatting of the files are unchanged.',
    '',
    '| Reference | Where | Digest |',
    '| --- | --- | --- |',
    ...changed.map((e) => `| ${cell(e.reference)} | ${cell(`${e.file}:${e.line}`)} | ${cell(e.digest!)} |`),
    '',
    `${totals}.`,
    ...(left.length > 0
      ? [
          '',
          'Left as they are (could not be resolved):',
          '',
          ...left.map((e) => `- ${cell(`${e.file}:${e.line}`)} ${cell(e.reference)}: ${oneLine(e.reason ?? '')}`),
        ]
      : []),
    '',
  ].join('\n');

  return {
    share: pinnedShare,
    shareText,
    lines,
    notPinned,
    summary,
    pullRequestBody: changed.length > 0 ? pullRequestBody : '',
    json: {
      check: result.check,
      minPinned: result.minPinned,
      share: pinnedShare,
      pinned,
      total: entries.length,
      changedFiles: result.changedFiles,
      references: entries,
      skipped: result.skipped,
    },
  };
}
