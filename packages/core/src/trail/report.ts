/** A trace and a history as text (for a person), as a job summary (markdown, with the mermaid path). */
import { mermaidFlowchart, type PathEdge, type PathNode } from './mermaid.js';
import type { History } from './history.js';
import type { Promotion, Trace, TracedItem } from './trace.js';
import { recordRepository } from './trace.js';
import { formatReference } from '../oci/references.js';

/** The word a person reads for a status; anything not verified says so in capitals. */
export function statusWord(item: { status: TracedItem['status']; signer?: string }): string {
  switch (item.status) {
    case 'verified':
      return `verified (${item.signer ?? ''})`;
    case 'unverified':
      return 'UNVERIFIED';
    case 'unsigned':
      return 'UNSIGNED';
    default:
      return 'NOT CHECKED';
  }
}

const why = (item: { reason?: string }) => (item.reason ? `: ${item.reason}` : '');

/** A markdown table cell: no pipe, newline or backtick can break the table. */
export function cell(value: string | undefined): string {
  if (value === undefined || value === '') return '–';
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\r?\n/g, ' ');
}

/** Which gate the promotion passed, as its record states it: the signature rule, its conditions, the evidence. */
export function gate(p: Promotion): string {
  const parts = [
    p.gate === undefined
      ? 'no signature gate'
      : `gate: ${p.gate.required ?? 'signature'}${p.gate.signers.length > 0 ? `, signed by ${p.gate.signers.join(', ')}` : ''}${
          p.gate.conditions.length > 0 ? `, conditions held: ${p.gate.conditions.join('; ')}` : ''
        }`,
    p.evidence.length > 0 ? `evidence ${p.evidence.join(', ')}` : 'no evidence recorded',
  ];
  return parts.join(', ');
}
/** The gate in a few words, for the picture's edges. */
const gateBrief = (p: Promotion) =>
  p.gate === undefined
    ? 'no signature gate'
    : `${p.gate.signers.length > 0 ? `signed by ${p.gate.signers.join(', ')}` : 'signature gate'}${
        p.gate.conditions.length > 0 ? `, ${p.gate.conditions.length} condition(s) held` : ''
      }`;
const repo = (value: string | undefined) => {
  const ref = recordRepository(value);
  return ref === undefined ? (value ?? '(none)') : formatReference(ref, { tag: undefined, digest: undefined });
};

export function traceLines(trace: Trace): string[] {
  const a = trace.artefact;
  return [
    `trace of ${trace.digest}`,
    trace.verification,
    `version: ${a.version ?? '(none recorded)'}`,
    `commit: ${a.revision ?? '(none recorded)'}`,
    ...(a.source ? [`source repository: ${a.source}`] : []),
    `immutable tag: ${a.immutableTag ?? '(none found)'}`,
    `  (version, commit and source are ${a.basis})`,
    ...a.conflicts.map((c) => `CONFLICT: ${c}`),
    'repositories:',
    ...trace.repositories.map(
      (r) =>
        `  ${r.repository}${r.environment ? ` [${r.environment}]` : ''} (${r.via})${
          r.skipped ? ` not read: ${r.skipped}` : r.present ? '' : ' digest not there'
        }`,
    ),
    'attached:',
    ...trace.items
      .filter((i) => i.kind !== 'promotion')
      .map((i) => `  ${i.kind}: ${i.text} ${i.digest} — ${statusWord(i)}${why(i)}`),
    'promotions (oldest first):',
    ...trace.promotions.map(
      (p) =>
        `  ${repo(p.from)} → ${repo(p.to)}${p.environment ? ` [${p.environment}]` : ''} at ${p.promotedAt ?? '?'} by ${
          p.actor ?? '?'
        }, ${gate(p)}${p.run ? `, run ${p.run}` : ''} — ${statusWord(p)}${why(p)}`,
    ),
    ...(trace.promotions.length === 0
      ? ['  (none found: records live at each destination; name them in repositories)']
      : []),
  ];
}

/** The path through the environments: repositories as nodes, promotions as edges (when, gate, status). */
export function traceMermaid(trace: Trace): string {
  const index = new Map<string, number>();
  const nodes: PathNode[] = [];
  const node = (repository: string, environment?: string) => {
    if (!index.has(repository)) {
      index.set(repository, nodes.length);
      nodes.push({ label: environment ? `${environment}: ${repository}` : repository });
    }
    return index.get(repository)!;
  };
  // Nodes in the order of the path (oldest promotion first), then any other repository holding the
  // digest by name: the same picture wherever the trace started.
  const environmentOf = new Map(trace.repositories.map((r) => [r.repository, r.environment]));
  for (const p of trace.promotions) {
    node(repo(p.from), environmentOf.get(repo(p.from)));
    node(repo(p.to), environmentOf.get(repo(p.to)));
  }
  const present = trace.repositories.filter((r) => r.present).map((r) => r.repository);
  for (const r of present.sort()) node(r, environmentOf.get(r));
  const edges: PathEdge[] = trace.promotions.map((p) => ({
    from: node(repo(p.from)),
    to: node(repo(p.to)),
    label: [p.promotedAt ?? '?', gateBrief(p), p.status === 'verified' ? 'verified' : statusWord(p)].join(' · '),
  }));
  return mermaidFlowchart(nodes, edges);
}

export function traceSummary(reference: string, trace: Trace): string {
  const a = trace.artefact;
  const rows = [
    ['digest', `\`${trace.digest}\``],
    ['version', cell(a.version)],
    ['commit', cell(a.revision)],
    ['source', cell(a.source)],
    ['immutable tag', cell(a.immutableTag)],
  ];
  return [
    `### Trace of \`${cell(reference)}\``,
    '',
    `**${trace.verification}.** ${trace.counts.verified} verified, ${trace.counts.unverified} unverified, ${trace.counts.unsigned} unsigned, ${trace.counts.unchecked} not checked.`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    ...a.conflicts.map((c) => `> **Conflict:** ${cell(c)}\n`),
    '```mermaid',
    traceMermaid(trace),
    '```',
    '',
    '| What | Says | Status |',
    '|---|---|---|',
    ...trace.items
      .filter((i) => i.kind !== 'promotion')
      .map((i) => `| ${i.kind} | ${cell(i.text)} | ${cell(statusWord(i) + why(i))} |`),
    '',
    '| From | To | Environment | When | Who | Gate | Status |',
    '|---|---|---|---|---|---|---|',
    ...trace.promotions.map(
      (p) =>
        `| ${cell(repo(p.from))} | ${cell(repo(p.to))} | ${cell(p.environment)} | ${cell(p.promotedAt)} | ${cell(p.actor)} | ${cell(gate(p))} | ${cell(statusWord(p) + why(p))} |`,
    ),
    '',
  ].join('\n');
}

export function historyLines(history: History, verification: string): string[] {
  return [
    `history of ${history.repository}${history.tag ? `:${history.tag}` : ''} (newest first)`,
    verification,
    ...(history.tag ? [`${history.tag} points at ${history.current ?? '(nothing: the tag does not exist)'}`] : []),
    ...history.entries.map(
      (e) =>
        `${e.current ? '* ' : '  '}${e.promotedAt ?? '?'} ${e.digest} version ${e.version ?? '?'} commit ${
          e.commit ?? '?'
        } by ${e.actor ?? '?'} from ${repo(e.from)}${e.tagsNow.length > 0 ? ` tags now: ${e.tagsNow.join(', ')}` : ''} — ${statusWord(e)}${why(e)}`,
    ),
    ...(history.entries.length === 0 ? ['(no promotion records found here)'] : []),
  ];
}

export function historySummary(reference: string, history: History, verification: string): string {
  return [
    `### History of \`${cell(reference)}\``,
    '',
    `**${verification}.**${history.tag ? ` \`${cell(history.tag)}\` points at \`${history.current ?? 'nothing'}\`.` : ''}`,
    '',
    '| | When | Digest | Version | Commit | Who | From | Status |',
    '|---|---|---|---|---|---|---|---|',
    ...history.entries.map(
      (e) =>
        `| ${e.current ? '**current**' : ''} | ${cell(e.promotedAt)} | \`${e.digest}\` | ${cell(e.version)} | ${cell(e.commit)} | ${cell(e.actor)} | ${cell(repo(e.from))} | ${cell(statusWord(e) + why(e))} |`,
    ),
    '',
  ].join('\n');
}
