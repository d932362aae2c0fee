/**
 * The audit action's and `artefacts audit`'s entry point: the report as text, `json` and a job
 * summary; the step fails (TAG_DRIFT) after writing them when a recorded tag drifted or was deleted.
 */
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError } from '../errors.js';
import { formatReference } from '../oci/references.js';
import { storeFromInputs } from '../oci/open.js';
import { inWorkspace, linksBeneath, workspace } from '../paths.js';
import { loadVerificationPolicy, trustInWorkspace } from '../sign/inputs.js';
import { policyText } from '../sign/verify-policy.js';
import { jobSummary } from '../summary.js';
import { auditRepository, type AuditReport, type AuditedTag } from './audit.js';
import type { AuditInputs } from './inputs.js';
import { checkConnectionSettings } from '../oci/connection.js';

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

type Report = AuditReport & { readonly verification: string };

function reportLines(report: Report): string[] {
  const record = (t: AuditedTag) => `${t.kind} ${t.record}${t.signed ? '' : ', unsigned'}`;
  return [
    `${report.repository}: ${report.tags} tags; ${report.bound.length} bound, ${report.drifted.length} drifted, ${report.deleted.length} deleted, ${report.unbound.length} unbound`,
    report.verification,
    ...report.ignored.map((r) => `ignored ${r.kind} ${r.record} (on ${r.subject}): ${r.reason}`),
    ...report.drifted.map((t) => `drifted ${t.tag}: recorded ${t.digest}, now ${t.now} (${record(t)})`),
    ...report.deleted.map((t) => `deleted ${t.tag}: recorded ${t.digest}, tag absent (${record(t)})`),
    ...report.unbound.map((t) => `unbound ${t.tag}: ${t.digest} (an immutable tag no tag binding names)`),
  ];
}

function auditSummary(report: Report): string {
  const rows = [
    ...report.drifted.map((t) => `| ${code(t.tag)} | drifted | ${code(t.digest)} | ${code(t.now!)} | ${t.kind} |`),
    ...report.deleted.map((t) => `| ${code(t.tag)} | deleted | ${code(t.digest)} | (absent) | ${t.kind} |`),
    ...report.unbound.map((t) => `| ${code(t.tag)} | unbound | (no binding) | ${code(t.digest)} | — |`),
    ...report.bound.map((t) => `| ${code(t.tag)} | bound | ${code(t.digest)} | ${code(t.digest)} | ${t.kind} |`),
  ];
  return [
    `### Tag audit of ${code(report.repository)}`,
    '',
    `${report.tags} tags: ${report.bound.length} bound, **${report.drifted.length} drifted**, **${report.deleted.length} deleted**, ${report.unbound.length} unbound.`,
    '',
    `Records: ${report.verification}.`,
    '',
    ...(rows.length === 0
      ? ['No tag is named by a tag-binding or promotion record, and no immutable tag is there.']
      : ['| Tag | Status | Recorded digest | Resolves to now | Record |', '| --- | --- | --- | --- | --- |', ...rows]),
    '',
    ...(report.ignored.length === 0
      ? []
      : [
          `Ignored records (${report.ignored.length}): they do not verify with the trust options, so they set no tag.`,
          '',
          '| Record | Kind | On digest | Why |',
          '| --- | --- | --- | --- |',
          ...report.ignored.map(
            (r) => `| ${code(r.record)} | ${r.kind} | ${code(r.subject)} | ${r.reason.replace(/\|/g, '\\|')} |`,
          ),
          '',
        ]),
  ].join('\n');
}

export async function runAudit(inputs: AuditInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  if (inputs.registryPassword !== undefined) environment.logger.secret(inputs.registryPassword);
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  if (inputs.ref.kind === 'layout') inWorkspace(ws, 'reference', inputs.ref.path);
  trustInWorkspace(ws, inputs.verification);
  const policy =
    inputs.verification === undefined
      ? undefined
      : await loadVerificationPolicy(inputs.verification, environment.cwd, environment);
  const store = storeFromInputs(inputs.ref, inputs, environment, linksBeneath(ws, 'reference'));
  const repository = formatReference(inputs.ref, { tag: undefined, digest: undefined });
  const report = { ...(await auditRepository(store, repository, policy)), verification: policyText(policy) };
  const lines = reportLines(report);
  for (const line of lines) environment.logger.info(line);
  const failed = report.drifted.length + report.deleted.length;
  const unboundFails = inputs.failOnUnbound && report.unbound.length > 0;
  const failure =
    failed > 0 || unboundFails
      ? new ArtefactsError(
          'TAG_DRIFT',
          failed > 0
            ? `${repository}: ${[
                ...report.drifted.map((t) => `tag ${t.tag} was ${t.digest}, now ${t.now}`),
                ...report.deleted.map((t) => `tag ${t.tag} (${t.digest}) was deleted`),
              ].join('; ')}.`
            : `${repository}: ${report.unbound.length} immutable tags have no tag binding (fail-on-unbound): ${report.unbound.map((t) => t.tag).join(', ')}.`,
          {
            hint: 'A tag moved or deleted behind the suite’s back: find who wrote it (the registry’s audit log) and restore it from the recorded digest.',
          },
        )
      : undefined;
  return {
    outputs: {
      report: lines.join('\n'),
      drifted: report.drifted.map((t) => t.tag).join('\n'),
      deleted: report.deleted.map((t) => t.tag).join('\n'),
      unbound: report.unbound.map((t) => t.tag).join('\n'),
      json: JSON.stringify(report),
    },
    summary: jobSummary('audit', '', environment.github, auditSummary(report)),
    ...(failure === undefined ? {} : { failure }),
  };
}
