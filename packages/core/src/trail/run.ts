/**
 * The trace action (`mode: trace|history`), `artefacts trace REF` and `artefacts history ENV_REF`.
 * Exit code policy: a trace or history succeeds whatever it finds, every item marked verified,
 * UNVERIFIED (with the reason), UNSIGNED or NOT CHECKED; with `require-verified: true` it fails
 * (VERIFICATION_FAILED, naming each item) when anything shown is not verified.
 */
import path from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError } from '../errors.js';
import { credentialsFor, openStore } from '../oci/open.js';
import { referenceTarget, type ImageReference } from '../oci/references.js';
import { RegistryClient } from '../oci/registry.js';
import type { ArtifactStore } from '../oci/store.js';
import { inWorkspace, linksBeneath, workspace, type Workspace } from '../paths.js';
import { loadVerificationPolicy, trustInWorkspace } from '../sign/inputs.js';
import { jobSummary } from '../summary.js';
import { policyText, type VerificationPolicy } from '../sign/verify-policy.js';
import { environmentHistory } from './history.js';
import type { HistoryInputs, TraceInputs } from './inputs.js';
import { historyLines, historySummary, statusWord, traceLines, traceMermaid, traceSummary } from './report.js';
import { traceDigest } from './trace.js';
import { checkConnectionSettings } from '../oci/connection.js';

interface Opened {
  readonly ws: Workspace;
  /** A layout's path made absolute against the workspace (as promote writes it into records). */
  readonly normalise: (ref: ImageReference) => ImageReference;
  readonly open: (ref: ImageReference) => ArtifactStore;
  readonly policy: VerificationPolicy | undefined;
}

async function prepare(inputs: TraceInputs, environment: ActionEnvironment): Promise<Opened> {
  checkConnectionSettings(environment.env);
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  if (inputs.ref.kind === 'layout') inWorkspace(ws, 'reference', inputs.ref.path);
  for (const r of inputs.repositories) if (r.kind === 'layout') inWorkspace(ws, 'repositories', r.path);
  trustInWorkspace(ws, inputs.verification);
  // The explicit credentials belong to the reference's registry only, never to one a record names.
  const credentials = credentialsFor(inputs.ref, inputs.registryUsername, inputs.registryPassword);
  if (Object.keys(credentials).length > 0) environment.logger.secret(inputs.registryPassword!);
  const client = new RegistryClient({ credentials, env: { ...environment.env }, logger: environment.logger });
  const normalise = (ref: ImageReference): ImageReference =>
    ref.kind === 'layout' ? { ...ref, path: path.resolve(environment.cwd, ref.path) } : ref;
  // A layout is checked again as it is opened, under the input that named it: one given in
  // `repositories` is let out by that input's opt-in; one a record names counts as `reference`.
  const namedBy = new Map<string, string>();
  for (const r of inputs.repositories)
    if (r.kind === 'layout') namedBy.set(path.resolve(environment.cwd, r.path), 'repositories');
  if (inputs.ref.kind === 'layout') namedBy.set(path.resolve(environment.cwd, inputs.ref.path), 'reference');
  const open = (ref: ImageReference) => {
    const input =
      ref.kind === 'layout' ? (namedBy.get(path.resolve(environment.cwd, ref.path)) ?? 'reference') : 'reference';
    return openStore(
      ref.kind === 'layout' ? { ...ref, path: inWorkspace(ws, input, ref.path) } : ref,
      client,
      linksBeneath(ws, input),
    );
  };
  const policy =
    inputs.verification === undefined
      ? undefined
      : await loadVerificationPolicy(inputs.verification, environment.cwd, environment);
  return { ws, normalise, open, policy };
}

function requireVerified(what: string, items: readonly { status: string; reason?: string; digest: string }[]): void {
  const not = items.filter((i) => i.status !== 'verified');
  if (not.length === 0) return;
  throw new ArtefactsError(
    'VERIFICATION_FAILED',
    `${what}: ${not.length} item(s) not verified (require-verified is true):\n${not
      .map((i) => `  - ${i.digest}: ${statusWord(i as never)}${i.reason ? `: ${i.reason}` : ''}`)
      .join('\n')}`,
    {
      hint: 'Check the key or identity given, or sign what is unsigned; without require-verified they are shown marked.',
    },
  );
}

export async function runTrace(inputs: TraceInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  if (inputs.mode === 'history') return runHistory(inputs, environment);
  const { ws, normalise, open, policy } = await prepare(inputs, environment);
  const start = open(inputs.ref);
  const found = await start.resolve(referenceTarget(inputs.ref));
  if (found === undefined) {
    throw new ArtefactsError('REGISTRY_NOT_FOUND', `${inputs.reference}: no such tag or digest in ${start.location}.`);
  }
  const trace = await traceDigest(inputs.ref, found.digest, {
    open,
    admit: (ref) => {
      if (ref.kind === 'layout') inWorkspace(ws, 'reference', ref.path);
    },
    policy,
    repositories: inputs.repositories,
    logger: environment.logger,
    normalise,
  });
  if (inputs.requireVerified) requireVerified(`Trace of ${inputs.reference}`, trace.items);
  const mermaid = traceMermaid(trace);
  return {
    outputs: {
      report: traceLines(trace).join('\n'),
      digest: trace.digest,
      version: trace.artefact.version ?? '',
      commit: trace.artefact.revision ?? '',
      unverified: String(trace.items.length - trace.counts.verified),
      mermaid,
      json: JSON.stringify({ reference: inputs.reference, ...trace }),
    },
    summary: jobSummary('trace', trace.digest, environment.github, traceSummary(inputs.reference, trace)),
  };
}

export async function runHistory(inputs: HistoryInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const { normalise, open, policy } = await prepare(inputs, environment);
  const history = await environmentHistory(open(inputs.ref), normalise(inputs.ref), policy, normalise);
  if (inputs.requireVerified) {
    requireVerified(
      `History of ${inputs.reference}`,
      history.entries.map((e) => ({ ...e, digest: e.record })),
    );
  }
  const verification = policyText(policy);
  return {
    outputs: {
      report: historyLines(history, verification).join('\n'),
      digest: history.current ?? '',
      digests: [...new Set(history.entries.map((e) => e.digest))].join('\n'),
      unverified: String(history.entries.filter((e) => e.status !== 'verified').length),
      json: JSON.stringify({ reference: inputs.reference, verification, ...history }),
    },
    summary: jobSummary(
      'history',
      history.current ?? '',
      environment.github,
      historySummary(inputs.reference, history, verification),
    ),
  };
}
