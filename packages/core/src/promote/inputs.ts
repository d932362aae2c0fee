/**
 * The promote action's input parser and entry point (shared by the action and the CLI).
 * The action (actions/promote) and `artefacts promote` both call these.
 */
import path from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { jobSummary } from '../summary.js';
import { inputError } from '../errors.js';
import * as inputs from '../inputs.js';
import type { RawInputs, RegistryAccess } from '../inputs.js';
import * as workspacePaths from '../paths.js';
import type { Credentials } from '../oci/auth.js';
import { credentialsFor } from '../oci/open.js';
import { promote, promoteSummary } from './promote.js';
import type { MountSource } from './copy.js';
import type { PromoteSignaturePolicy } from './gate.js';
import { parseConditionsInput, type Condition } from '../sign/condition-lines.js';
import { isRepositoryPath, isTag, referenceInput, type ImageReference } from '../oci/references.js';
import { isMediaType } from '../oci/media.js';
import type { SigningConfig } from '../sign/bundle.js';
import { checkConnectionSettings } from '../oci/connection.js';

/** One line of `destinations`: a reference and the tags given after it. */
export interface PromoteInputDestination {
  readonly reference: ImageReference;
  readonly tags: readonly string[];
}

export interface PromoteInputs extends RegistryAccess {
  /** Parsed once here; an `oci:` layout's relative directory is made absolute when the promotion runs. */
  readonly source: ImageReference;
  readonly destinations: readonly PromoteInputDestination[];
  readonly tags: readonly string[];
  readonly allowOverwrite: boolean;
  readonly copyReferrers: boolean | readonly string[];
  readonly platforms: readonly string[];
  readonly mountFrom: readonly MountSource[];
  /** The `require-signature` gate; undefined when no signature is required. */
  readonly signaturePolicy: PromoteSignaturePolicy | undefined;
  readonly environment: string | undefined;
  readonly evidence: readonly { name: string; path: string }[];
  readonly record: boolean;
  /** Writes a tag-binding record per destination tag before the tag (signed with record-key when given). */
  readonly bindTags: boolean;
  /** Signs the promotion records: a private key (PEM text or path), or `keyless`; undefined = unsigned. */
  readonly recordKey: string | undefined;
  readonly recordKeyPassword: string;
  /** Attach a signed SLSA verification summary of the gate at every destination (`write-summary`). */
  readonly writeSummary?: boolean;
  /** Signs the summary: a private key (PEM text or path), or `keyless`. */
  readonly summaryKey?: string | undefined;
  readonly summaryKeyPassword?: string;
  readonly dryRun: boolean;
  readonly concurrency: number;
  readonly sourceUsername: string | undefined;
  readonly sourcePassword: string | undefined;
  /** Used for ghcr.io when no other credentials are found for it. */
  readonly githubToken: string | undefined;
}

/** Inputs naming files or directories (an `oci:` layout, a key file): confined to the workspace. */
const PROMOTE_PATH_INPUTS = [
  'source',
  'destinations',
  'evidence',
  'require-signature',
  'trusted-root',
  'record-key',
  'summary-key',
] as const;

/** Inputs whose values are secrets. */
export const PROMOTE_SECRETS = [
  'registry-password',
  'source-password',
  'github-token',
  'record-key',
  'record-key-password',
  'summary-key',
  'summary-key-password',
] as const;

function signaturePolicy(raw: RawInputs): PromoteSignaturePolicy | undefined {
  const value = inputs.optionalKey(raw, 'require-signature') ?? '';
  const identity = inputs.optionalText(raw, 'certificate-identity');
  const identityRegexp = inputs.regex(raw, 'certificate-identity-regexp');
  const issuer = inputs.optionalText(raw, 'certificate-oidc-issuer');
  const trustedRoot = inputs.optionalText(raw, 'trusted-root');
  const keylessGiven =
    identity !== undefined || identityRegexp !== undefined || issuer !== undefined || trustedRoot !== undefined;
  if (value === '' || inputs.booleanWord(value) === false) {
    if (keylessGiven) {
      throw inputError(
        'require-signature',
        value,
        '`keyless` when certificate-identity / certificate-identity-regexp / certificate-oidc-issuer / trusted-root are given',
        'Set require-signature: keyless to verify against that identity, or remove the identity inputs.',
      );
    }
    return undefined;
  }
  if (/^keyless$/i.test(value)) {
    if (identity !== undefined && identityRegexp !== undefined) {
      throw inputError(
        'certificate-identity-regexp',
        identityRegexp.source,
        'empty when certificate-identity is given',
      );
    }
    if (identity === undefined && identityRegexp === undefined) {
      throw inputError(
        'certificate-identity',
        '',
        'the signer identity (or certificate-identity-regexp) with require-signature: keyless',
      );
    }
    if (issuer === undefined) {
      throw inputError(
        'certificate-oidc-issuer',
        '',
        'the OIDC issuer (e.g. https://token.actions.githubusercontent.com) with require-signature: keyless',
      );
    }
    return {
      kind: 'keyless',
      issuer,
      ...(identity === undefined ? {} : { identity }),
      ...(identityRegexp === undefined ? {} : { identityRegexp }),
      ...(trustedRoot === undefined ? {} : { trustedRoot }),
    };
  }
  if (inputs.booleanWord(value) === true) {
    throw inputError(
      'require-signature',
      value,
      'a public key (PEM text or a path such as cosign.pub), or `keyless` with certificate-identity and certificate-oidc-issuer',
    );
  }
  if (keylessGiven) {
    throw inputError(
      'require-signature',
      '(a public key)',
      '`keyless` when certificate-identity / -regexp / certificate-oidc-issuer / trusted-root are given (one policy)',
    );
  }
  return { kind: 'key', key: value };
}

/** An `oci:` layout reference with a relative directory, made relative to the workspace (as every path input). */
function inWorkspace(ref: ImageReference, cwd: string): ImageReference {
  if (ref.kind !== 'layout' || path.isAbsolute(ref.path)) return ref;
  return { ...ref, path: path.resolve(cwd, ref.path) };
}

/**
 * A `mount-from` item: a repository name in the destination's registry (`acme/base`), or
 * `registry/repository` when its first part is a host (has a `.` or a `:`).
 */
function mountSource(from: string): MountSource {
  const first = from.split('/')[0]!;
  if (from.includes('/') && /[.:]/.test(first)) {
    const ref = referenceInput('mount-from', from);
    if (ref.kind === 'registry') return { registry: ref.registry, repository: ref.repository };
  } else if (isRepositoryPath(from)) {
    return { registry: undefined, repository: from };
  }
  throw inputError('mount-from', from, 'repository names (acme/base) or registry/repository');
}

/** The policy with the `conditions` input added; conditions without `require-signature` are an error. */
function withConditions(
  policy: PromoteSignaturePolicy | undefined,
  conditions: readonly Condition[],
): PromoteSignaturePolicy | undefined {
  if (conditions.length === 0) return policy;
  if (policy === undefined) {
    throw inputError(
      'conditions',
      conditions[0]!.line,
      'empty unless require-signature is given (only verified attestations are judged)',
    );
  }
  return { ...policy, conditions };
}

export function parsePromoteInputs(raw: RawInputs): PromoteInputs {
  const source = referenceInput('source', inputs.required(raw, 'source'));
  const destinations: PromoteInputDestination[] = [];
  for (const line of inputs.splitList(raw('destinations'), false)) {
    const [given, ...tags] = line.split(/\s+/);
    const reference = referenceInput('destinations', given!);
    for (const tag of tags)
      if (!isTag(tag))
        throw inputError(
          'destinations',
          line,
          'one reference per line, optionally followed by tags ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}) separated by spaces',
        );
    destinations.push({ reference, tags });
  }
  if (destinations.length === 0)
    throw inputError('destinations', raw('destinations'), 'one or more image references, one per line');
  const tags = inputs.list(raw, 'tags');
  for (const tag of tags) if (!isTag(tag)) throw inputError('tags', tag, 'tags of [A-Za-z0-9_][A-Za-z0-9._-]{0,127}');
  const copyRaw = raw('copy-referrers').trim();
  const copyReferrers = copyRaw === '' ? true : (inputs.booleanWord(copyRaw) ?? inputs.splitList(copyRaw));
  if (Array.isArray(copyReferrers)) {
    for (const type of copyReferrers)
      if (!isMediaType(type))
        throw inputError('copy-referrers', type, 'true, false, or a list of artifactTypes (media types, type/subtype)');
  }
  const platforms = inputs.list(raw, 'platforms').filter((p) => p.toLowerCase() !== 'all');
  for (const p of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
      throw inputError('platforms', p, 'os/arch[/variant], e.g. linux/arm64/v8, or all');
  }
  const mountFrom = inputs.list(raw, 'mount-from').map(mountSource);
  const evidence = inputs.list(raw, 'evidence', { comma: false }).map((item) => {
    const at = item.indexOf('=');
    const entry =
      at > 0
        ? { name: item.slice(0, at).trim(), path: item.slice(at + 1).trim() }
        : { name: path.basename(item), path: item };
    if (entry.name === '' || entry.path === '') throw inputError('evidence', item, 'lines of `path` or `name=path`');
    return entry;
  });
  const opt = (name: string) => inputs.optionalText(raw, name);
  // One line, like every single value (optionalText refuses control characters): it goes into the record and the log.
  const environmentName = opt('environment');
  const destination = inputs.credentialPair(raw);
  const sourceCredentials = inputs.credentialPair(raw, 'source-username', 'source-password');
  const parsed: PromoteInputs = {
    source,
    destinations,
    tags,
    allowOverwrite: inputs.boolean(raw, 'allow-overwrite', false),
    copyReferrers,
    platforms,
    mountFrom,
    signaturePolicy: withConditions(signaturePolicy(raw), parseConditionsInput(raw)),
    environment: environmentName,
    evidence,
    record: inputs.boolean(raw, 'record', true),
    bindTags: inputs.boolean(raw, 'bind-tags', false),
    recordKey: inputs.optionalKey(raw, 'record-key'),
    recordKeyPassword: raw('record-key-password'),
    writeSummary: inputs.boolean(raw, 'write-summary', false),
    summaryKey: inputs.optionalKey(raw, 'summary-key'),
    summaryKeyPassword: raw('summary-key-password'),
    dryRun: inputs.boolean(raw, 'dry-run', false),
    concurrency: inputs.integer(raw, 'concurrency', { min: 1, max: 32, fallback: 4 }),
    registryUsername: destination.username,
    registryPassword: destination.password,
    sourceUsername: sourceCredentials.username,
    sourcePassword: sourceCredentials.password,
    githubToken: inputs.optionalBlock(raw, 'github-token'),
    allowOutsideWorkspace: workspacePaths.parseAllowOutsideWorkspace(raw, PROMOTE_PATH_INPUTS),
  };
  if (parsed.recordKeyPassword !== '' && parsed.recordKey === undefined) {
    throw inputError('record-key-password', '(set)', 'empty unless record-key is given (record-key is missing)');
  }
  if (parsed.recordKey !== undefined && !parsed.record && !parsed.bindTags) {
    throw inputError(
      'record-key',
      '(set)',
      'empty when record is false and bind-tags is false (there is no record to sign)',
    );
  }
  if (parsed.writeSummary && parsed.signaturePolicy === undefined) {
    throw inputError(
      'write-summary',
      inputs.text(raw, 'write-summary'),
      'false unless require-signature is given (the summary states what the signature gate verified)',
    );
  }
  if (parsed.writeSummary && parsed.summaryKey === undefined) {
    throw inputError(
      'summary-key',
      '',
      'the private key to sign the verification summary with (PEM text or a path such as cosign.key), or `keyless`, with write-summary: true',
    );
  }
  if (!parsed.writeSummary && parsed.summaryKey !== undefined) {
    throw inputError('summary-key', '(set)', 'empty unless write-summary is true (there is no summary to sign)');
  }
  if (parsed.summaryKeyPassword !== '' && (parsed.summaryKey === undefined || /^keyless$/i.test(parsed.summaryKey))) {
    throw inputError('summary-key-password', '(set)', 'empty unless summary-key is a private key');
  }
  return parsed;
}

/**
 * Every path input resolves inside the workspace (symbolic links followed), before anything is read;
 * answers the workspace, for the layouts opened later.
 */
function checkPaths(parsed: PromoteInputs, cwd: string): workspacePaths.Workspace {
  const ws = workspacePaths.workspace(cwd, parsed.allowOutsideWorkspace);
  const layout = (input: string, ref: ImageReference) => {
    if (ref.kind === 'layout') workspacePaths.inWorkspace(ws, input, ref.path);
  };
  layout('source', parsed.source);
  for (const d of parsed.destinations) layout('destinations', d.reference);
  for (const e of parsed.evidence) workspacePaths.inWorkspace(ws, 'evidence', e.path);
  const policy = parsed.signaturePolicy;
  if (policy?.kind === 'key') workspacePaths.keyInWorkspace(ws, 'require-signature', policy.key);
  if (policy?.kind === 'keyless' && policy.trustedRoot !== undefined) {
    workspacePaths.inWorkspace(ws, 'trusted-root', policy.trustedRoot);
  }
  workspacePaths.keyInWorkspace(ws, 'record-key', parsed.recordKey);
  if (parsed.summaryKey !== undefined && !/^keyless$/i.test(parsed.summaryKey))
    workspacePaths.keyInWorkspace(ws, 'summary-key', parsed.summaryKey);
  return ws;
}

export async function runPromote(parsed: PromoteInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  const { logger } = environment;
  const ws = checkPaths(parsed, environment.cwd);
  for (const secret of [parsed.registryPassword, parsed.sourcePassword, parsed.githubToken])
    if (secret !== undefined) logger.secret(secret);
  // Explicit credentials per registry. Where the source and a destination share a registry, the
  // destination's (registry-*) win: they must allow push, and usually allow pull too.
  const credentials: Record<string, Credentials> = Object.assign(
    credentialsFor(parsed.source, parsed.sourceUsername, parsed.sourcePassword),
    ...parsed.destinations.map((d) => credentialsFor(d.reference, parsed.registryUsername, parsed.registryPassword)),
  );
  const env: Record<string, string | undefined> = { ...environment.env };
  if (parsed.githubToken !== undefined && !env.GITHUB_TOKEN) env.GITHUB_TOKEN = parsed.githubToken;
  const policy = parsed.signaturePolicy;
  // The record is signed with the sign action's own config resolution (key decrypted, or keyless).
  let recordSigning: SigningConfig | undefined;
  if (parsed.recordKey !== undefined && !parsed.dryRun) {
    // The sign and verify code (the sigstore libraries) is loaded only when a promotion needs it:
    // most promotions sign nothing, and loading it costs a cold start about 0.15 s.
    const { keyOnlySignInputs, resolveSigningConfig } = await import('./signing.js');
    const keyless = /^keyless$/i.test(parsed.recordKey);
    recordSigning = await resolveSigningConfig(
      keyOnlySignInputs({
        key: keyless ? undefined : parsed.recordKey,
        keyPassword: parsed.recordKeyPassword,
        keyless,
      }),
      environment,
      'record-key',
    );
  }
  // The verification summary is signed the same way, with its own key (or keyless).
  let summarySigning: SigningConfig | undefined;
  if (parsed.writeSummary && parsed.summaryKey !== undefined && !parsed.dryRun) {
    const { keyOnlySignInputs, resolveSigningConfig } = await import('./signing.js');
    const keyless = /^keyless$/i.test(parsed.summaryKey);
    summarySigning = await resolveSigningConfig(
      keyOnlySignInputs({
        key: keyless ? undefined : parsed.summaryKey,
        keyPassword: parsed.summaryKeyPassword ?? '',
        keyless,
      }),
      environment,
      'summary-key',
    );
  }
  const result = await promote({
    source: inWorkspace(parsed.source, environment.cwd),
    destinations: parsed.destinations.map((d) => ({
      reference: inWorkspace(d.reference, environment.cwd),
      tags: [...d.tags],
    })),
    tags: [...parsed.tags],
    allowOverwrite: parsed.allowOverwrite,
    copyReferrers: typeof parsed.copyReferrers === 'boolean' ? parsed.copyReferrers : [...parsed.copyReferrers],
    platforms: [...parsed.platforms],
    mountFrom: parsed.mountFrom,
    ...(parsed.environment === undefined ? {} : { environment: parsed.environment }),
    evidence: parsed.evidence.map((e) => ({
      name: e.name,
      path: path.resolve(environment.cwd, e.path),
      origin: { root: environment.cwd, input: 'evidence', given: e.path },
    })),
    record: parsed.record,
    bindTags: parsed.bindTags,
    ...(recordSigning === undefined ? {} : { recordSigning }),
    ...(summarySigning === undefined ? {} : { summarySigning }),
    dryRun: parsed.dryRun,
    concurrency: parsed.concurrency,
    ...(policy === undefined
      ? {}
      : {
          gate: async (source, digest) => {
            const { verifyPromotionSource } = await import('./signing.js');
            return verifyPromotionSource(policy, source, digest, { ...environment, env, logger });
          },
        }),
    registry: { credentials, env, logger },
    layoutAccess: {
      source: workspacePaths.linksBeneath(ws, 'source'),
      destinations: workspacePaths.linksBeneath(ws, 'destinations'),
    },
    logger,
    env,
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
      'blobs-to-copy': String(result.blobsToCopy),
      'bytes-to-copy': String(result.bytesToCopy),
      records: result.destinations.flatMap((d) => (d.record === undefined ? [] : [d.record])).join('\n'),
      'verification-summaries': result.destinations
        .flatMap((d) => (d.verificationSummary === undefined ? [] : [d.verificationSummary]))
        .join('\n'),
      json: JSON.stringify(result),
    },
    summary: jobSummary('promote', result.digest, environment.github, promoteSummary(result)),
  };
}
