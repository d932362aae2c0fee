/**
 * Promotion, step "report": the job summary of a promotion (or a dry run): the gate's result, the
 * environment, each destination with its status and record, what moved, and a diagram.
 */
import type { CopyCounts } from './copy.js';
import type { GateResult } from './gate.js';

/**
 * promoted: this run wrote the tags; completed: the tags were there, and this run added what an
 * earlier run left out (record, referrers, platform manifests); unchanged: everything was there.
 */
export type DestinationStatus = 'promoted' | 'completed' | 'unchanged' | 'planned';

export interface DestinationResult {
  reference: string;
  tags: string[];
  status: DestinationStatus;
  refs: string[];
  record?: string;
  /** The tag-binding records of this destination's tags (with `bindTags`), in the order of `tags`. */
  bindings?: string[];
  /** The signed SLSA verification summary attached here (`write-summary`), by referrer digest. */
  verificationSummary?: string;
}

export interface PromoteResult extends CopyCounts {
  source: string;
  digest: string;
  mediaType: string;
  dryRun: boolean;
  destinations: DestinationResult[];
  referrersCopied: number;
  manifests: number;
  recordSigned: boolean;
  /** Whether promotion records were asked for (the `record` option). */
  recorded: boolean;
  /** Whether tag-binding records were asked for (the `bindTags` option). */
  bindTags?: boolean;
  environment?: string;
  /** The signature gate's result; absent when no signature was required. */
  gate?: GateResult;
  /** Dry run: the blobs and bytes a promotion would copy (blobsCopied and bytesCopied stay 0). */
  blobsToCopy: number;
  bytesToCopy: number;
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export function promoteSummary(result: PromoteResult): string {
  const gate =
    result.gate === undefined
      ? 'not required'
      : `passed${result.gate.signers.length === 0 ? '' : `, signed by ${result.gate.signers.map(code).join(', ')}`}`;
  const recordCell = (record: string | undefined) =>
    record !== undefined ? code(record) : result.dryRun ? '(dry run)' : result.recorded ? '(none)' : '(record: false)';
  const lines = [
    `### Promotion${result.dryRun ? ' (dry run)' : ''}`,
    '',
    `Digest: ${code(result.digest)}`,
    '',
    `Environment: ${result.environment === undefined ? '(none)' : code(result.environment)}`,
    '',
    `Signature gate: ${gate}`,
    '',
    '| Destination | Tags | Status | Promotion record |',
    '| --- | --- | --- | --- |',
    ...result.destinations.map(
      (d) =>
        `| ${code(d.reference)} | ${d.tags.map(code).join(', ') || '(by digest)'} | ${d.status} | ${recordCell(d.record)}${d.record !== undefined && result.recordSigned ? ' (signed)' : ''} |`,
    ),
    '',
    ...(result.bindTags === true && !result.dryRun
      ? [
          `Tag bindings${result.recordSigned ? ' (signed)' : ' (unsigned)'}: ${result.destinations.flatMap((d) => d.bindings ?? []).length}`,
          '',
        ]
      : []),
    ...(result.dryRun
      ? [
          '| Blobs to copy | Bytes to copy | Blobs already there |',
          '| ---: | ---: | ---: |',
          `| ${result.blobsToCopy} | ${result.bytesToCopy} | ${result.blobsSkipped} |`,
        ]
      : [
          '| Blobs copied | Blobs mounted | Blobs skipped | Bytes copied | Referrers copied |',
          '| ---: | ---: | ---: | ---: | ---: |',
          `| ${result.blobsCopied} | ${result.blobsMounted} | ${result.blobsSkipped} | ${result.bytesCopied} | ${result.referrersCopied} |`,
        ]),
    '',
    '```mermaid',
    'flowchart LR',
    `  src["${result.source.replace(/"/g, "'").replace(/@sha256:.*/, '')}"]`,
    ...result.destinations.map(
      (d, i) => `  src -- "${result.digest.slice(0, 19)}…" --> d${i}["${d.reference.replace(/"/g, "'")}"]`,
    ),
    '```',
    '',
  ];
  return lines.join('\n');
}
