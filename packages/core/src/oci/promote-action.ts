/**
 * The promote action's input parser and entry point (shared by the action and the CLI).
 * The action folder (action.yml, src/index.ts, src/inputs.ts, src/main.ts) is still to be written.
 */
import path from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, inputError } from '../errors.js';
import * as inputs from '../inputs.js';
import type { RawInputs } from '../inputs.js';
import type { Credentials } from './auth.js';
import { promote, promoteSummary, type PromoteDestination } from './promote.js';
import { isTag, parseReference, type ImageReference } from './references.js';

export interface PromoteInputs {
  readonly source: string;
  readonly destinations: readonly PromoteDestination[];
  readonly tags: readonly string[];
  readonly allowOverwrite: boolean;
  readonly copyReferrers: boolean | readonly string[];
  readonly platforms: readonly string[];
  readonly mountFrom: readonly string[];
  readonly requireSignature: string | undefined;
  readonly environment: string | undefined;
  readonly evidence: readonly { name: string; path: string }[];
  readonly record: boolean;
  readonly dryRun: boolean;
  readonly concurrency: number;
  readonly registryUsername: string | undefined;
  readonly registryPassword: string | undefined;
  readonly sourceUsername: string | undefined;
  readonly sourcePassword: string | undefined;
}

/** Inputs whose values are secrets. */
export const PROMOTE_SECRETS = ['registry-password', 'source-password'] as const;

function reference(input: string, value: string): ImageReference {
  try {
    return parseReference(value);
  } catch (error) {
    if (error instanceof ArtefactsError) {
      throw inputError(
        input,
        value,
        'an image reference ([registry/]repository[:tag][@sha256:…]) or oci:<dir>[:tag]',
        error.message,
      );
    }
    throw error;
  }
}

export function parsePromoteInputs(raw: RawInputs): PromoteInputs {
  const source = inputs.required(raw, 'source');
  reference('source', source);
  const destinations: PromoteDestination[] = [];
  for (const line of inputs.splitList(raw('destinations'), false)) {
    const [ref, ...tags] = line.split(/\s+/);
    reference('destinations', ref!);
    for (const tag of tags)
      if (!isTag(tag))
        throw inputError('destinations', line, 'a reference followed by optional tags, separated by spaces');
    destinations.push({ reference: ref!, tags });
  }
  if (destinations.length === 0)
    throw inputError('destinations', raw('destinations'), 'one or more image references, one per line');
  const tags = inputs.list(raw, 'tags');
  for (const tag of tags) if (!isTag(tag)) throw inputError('tags', tag, 'tags of [A-Za-z0-9_][A-Za-z0-9._-]{0,127}');
  const copyRaw = raw('copy-referrers').trim();
  const copyReferrers =
    copyRaw === '' || /^(true|yes|on|1)$/i.test(copyRaw)
      ? true
      : /^(false|no|off|0)$/i.test(copyRaw)
        ? false
        : inputs.splitList(copyRaw);
  const platforms = inputs.list(raw, 'platforms').filter((p) => p !== 'all');
  for (const p of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
      throw inputError('platforms', p, 'os/arch[/variant], e.g. linux/arm64/v8, or all');
  }
  const evidence = inputs.list(raw, 'evidence', { comma: false }).map((item) => {
    const at = item.indexOf('=');
    return at > 0
      ? { name: item.slice(0, at).trim(), path: item.slice(at + 1).trim() }
      : { name: path.basename(item), path: item };
  });
  const opt = (name: string) => inputs.optionalText(raw, name);
  const parsed: PromoteInputs = {
    source,
    destinations,
    tags,
    allowOverwrite: inputs.boolean(raw, 'allow-overwrite', false),
    copyReferrers,
    platforms,
    mountFrom: inputs.list(raw, 'mount-from'),
    requireSignature: opt('require-signature'),
    environment: opt('environment'),
    evidence,
    record: inputs.boolean(raw, 'record', true),
    dryRun: inputs.boolean(raw, 'dry-run', false),
    concurrency: inputs.integer(raw, 'concurrency', { min: 1, max: 32, fallback: 4 }),
    registryUsername: opt('registry-username'),
    registryPassword: opt('registry-password'),
    sourceUsername: opt('source-username'),
    sourcePassword: opt('source-password'),
  };
  if ((parsed.registryUsername === undefined) !== (parsed.registryPassword === undefined)) {
    throw inputError(
      'registry-password',
      parsed.registryPassword === undefined ? '' : '***',
      'both registry-username and registry-password, or neither',
    );
  }
  if ((parsed.sourceUsername === undefined) !== (parsed.sourcePassword === undefined)) {
    throw inputError(
      'source-password',
      parsed.sourcePassword === undefined ? '' : '***',
      'both source-username and source-password, or neither',
    );
  }
  return parsed;
}

export async function runPromote(parsed: PromoteInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  if (parsed.requireSignature !== undefined) {
    // Never promote unverified bytes when verification was asked for.
    throw new ArtefactsError(
      'VERIFICATION_FAILED',
      "Input 'require-signature' is set, but signature verification is not available in this build yet.",
      {
        hint: 'Remove require-signature, or use a release that includes the verify action.',
      },
    );
  }
  const credentials: Record<string, Credentials> = {};
  if (parsed.registryUsername !== undefined && parsed.registryPassword !== undefined) {
    environment.logger.secret(parsed.registryPassword);
    for (const d of parsed.destinations) {
      const ref = parseReference(d.reference);
      if (ref.kind === 'registry')
        credentials[ref.registry] = { username: parsed.registryUsername, password: parsed.registryPassword };
    }
  }
  if (parsed.sourceUsername !== undefined && parsed.sourcePassword !== undefined) {
    environment.logger.secret(parsed.sourcePassword);
    const ref = parseReference(parsed.source);
    if (ref.kind === 'registry')
      credentials[ref.registry] = { username: parsed.sourceUsername, password: parsed.sourcePassword };
  }
  const result = await promote({
    source: parsed.source,
    destinations: [...parsed.destinations],
    tags: [...parsed.tags],
    allowOverwrite: parsed.allowOverwrite,
    copyReferrers: typeof parsed.copyReferrers === 'boolean' ? parsed.copyReferrers : [...parsed.copyReferrers],
    platforms: [...parsed.platforms],
    mountFrom: [...parsed.mountFrom],
    ...(parsed.environment === undefined ? {} : { environment: parsed.environment }),
    evidence: parsed.evidence.map((e) => ({ name: e.name, path: path.resolve(environment.cwd, e.path) })),
    record: parsed.record,
    dryRun: parsed.dryRun,
    concurrency: parsed.concurrency,
    registry: { credentials, env: { ...environment.env }, logger: environment.logger },
    logger: environment.logger,
    env: environment.env,
  });
  const refs = result.destinations.flatMap((d) => d.refs);
  return {
    outputs: {
      digest: result.digest,
      'destination-refs': refs.join('\n'),
      'bytes-copied': String(result.bytesCopied),
      'blobs-copied': String(result.blobsCopied),
      'blobs-mounted': String(result.blobsMounted),
      'blobs-skipped': String(result.blobsSkipped),
      'referrers-copied': String(result.referrersCopied),
      json: JSON.stringify(result),
    },
    summary: promoteSummary(result),
  };
}
