/**
 * The verify action's entry point (shared with `artefacts verify`): inputs → policy → the image
 * resolved ONCE to its digest → every referrer verified, conditions checked, the tag binding checked
 * (with `tag`), a signed verification summary attached (with `write-summary`) → outputs and a job summary.
 */
import { relative } from 'node:path';
import { jobSummary } from '../summary.js';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { inputError } from '../errors.js';
import * as parse from '../inputs.js';
import type { RawInputs } from '../inputs.js';
import { inWorkspace, keyInWorkspace, parseAllowOutsideWorkspace, workspace, type PathOrigin } from '../paths.js';
import { isTag } from '../oci/references.js';
import { BUNDLE_SUFFIX, fileSubjects, verifySubject, type VerifySubject } from './files.js';
import { signerText, verifyReport, type VerifiedSubjectLine } from './verify-report.js';
import { verifyImage, type ImageVerification } from './image.js';
import {
  keyOnlySignInputs,
  loadVerificationPolicy,
  parseVerificationInputs,
  resolveSigningConfig,
  TRUST_PATH_INPUTS,
  trustInWorkspace,
  type VerificationInputs,
} from './inputs.js';
import { checkConditions } from './conditions.js';
import { attachVerificationSummary, inputAttestations, policyFacts } from './verification-summary.js';
import type { VerifiedSigner } from './verify-policy.js';
import { checkTagBinding, type TagCheck } from './verify-tag.js';

import {
  imageReference,
  layoutInWorkspace,
  registryAccess,
  resolveImage,
  type RegistryAccess,
} from './image-access.js';
import { checkConnectionSettings } from '../oci/connection.js';

export interface VerifyInputs extends VerificationInputs, RegistryAccess {
  /** A tag of the image's repository that must still resolve to the digest its verified tag binding names. */
  readonly tag?: string | undefined;
  /** Attach a signed SLSA verification summary to the verified image (`write-summary`). */
  readonly writeSummary?: boolean;
  /** Signs the summary: a private key (PEM text or path), or `keyless`. */
  readonly summaryKey?: string | undefined;
  readonly summaryKeyPassword?: string;
}

/** Inputs whose values are secrets (masked as soon as read). */
export const VERIFY_SECRETS = ['registry-password', 'summary-key', 'summary-key-password'] as const;

/** Inputs naming files: confined to the workspace unless in allow-outside-workspace. */
const VERIFY_PATH_INPUTS = ['image', 'files', 'bundle', ...TRUST_PATH_INPUTS, 'summary-key'] as const;

export function parseVerifyInputs(get: RawInputs): VerifyInputs {
  const inputs = parseVerificationInputs(get);
  if (inputs.image) imageReference(inputs.image);
  const tag = parse.optionalText(get, 'tag');
  if (tag !== undefined && !isTag(tag)) throw inputError('tag', tag, 'a tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})');
  if (tag !== undefined && !inputs.image) {
    throw inputError('image', '', 'the image (ideally by digest) whose tag binding to check, when tag is given');
  }
  const writeSummary = parse.boolean(get, 'write-summary', false);
  const summaryKey = parse.optionalKey(get, 'summary-key');
  const summaryKeyPassword = get('summary-key-password');
  if (writeSummary && summaryKey === undefined) {
    throw inputError(
      'summary-key',
      '',
      'the private key to sign the verification summary with (PEM text or a path such as cosign.key), or `keyless`, with write-summary: true',
    );
  }
  if (!writeSummary && summaryKey !== undefined) {
    throw inputError('summary-key', '(set)', 'empty unless write-summary is true (there is no summary to sign)');
  }
  if (summaryKeyPassword !== '' && (summaryKey === undefined || /^keyless$/i.test(summaryKey))) {
    throw inputError('summary-key-password', '(set)', 'empty unless summary-key is a private key');
  }
  if (writeSummary && !inputs.image) {
    throw inputError(
      'write-summary',
      parse.text(get, 'write-summary'),
      'false when no image is verified (a summary is attached to an image digest as a referrer)',
    );
  }
  return {
    ...inputs,
    ...(tag === undefined ? {} : { tag }),
    ...registryAccess(get),
    allowOutsideWorkspace: parseAllowOutsideWorkspace(get, VERIFY_PATH_INPUTS),
    writeSummary,
    summaryKey,
    summaryKeyPassword,
  };
}

function describeSigner(signer: VerifiedSigner): string {
  return signer.kind === 'key' ? (signer.keyHint ?? '') : (signer.identity ?? '');
}

/** Verifies an image digest's signatures and attestations and/or files' `.sigstore.json` bundles. */
export async function runVerify(inputs: VerifyInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  const { cwd, logger } = environment;
  const ws = workspace(cwd, inputs.allowOutsideWorkspace);
  layoutInWorkspace(ws, inputs.image);
  trustInWorkspace(ws, inputs);
  // `files` holds globs and `sha256:` digests (an artefact known by its digest, with `bundle`).
  const digests = inputs.files.filter((f) => f.startsWith('sha256:'));
  const globs = inputs.files.filter((f) => !f.startsWith('sha256:'));
  const verifiedFiles = globs.length > 0 ? await fileSubjects(cwd, globs, 'files', ws.allowOutside) : [];
  const bundlePath = inputs.bundle ? inWorkspace(ws, 'bundle', inputs.bundle) : undefined;
  if (bundlePath === undefined) for (const f of verifiedFiles) inWorkspace(ws, 'files', `${f.path!}${BUNDLE_SUFFIX}`);
  const summaryKeyless = inputs.summaryKey !== undefined && /^keyless$/i.test(inputs.summaryKey);
  if (!summaryKeyless) keyInWorkspace(ws, 'summary-key', inputs.summaryKey);
  // The summary's key is decrypted (scrypt) while the bundles are verified; a bad key fails the step either way.
  const summarySigning = inputs.writeSummary
    ? resolveSigningConfig(
        keyOnlySignInputs({
          key: summaryKeyless ? undefined : inputs.summaryKey,
          keyPassword: inputs.summaryKeyPassword ?? '',
          keyless: summaryKeyless,
        }),
        environment,
        'summary-key',
      )
    : undefined;
  summarySigning?.catch(() => undefined);
  const policy = await loadVerificationPolicy(inputs, cwd, environment);
  let image: ImageVerification | undefined;
  let name: string | undefined;
  let tagCheck: TagCheck | undefined;
  let attached: { digest: string; signer: string } | undefined;
  if (inputs.image) {
    const resolved = await resolveImage(inputs.image, inputs, environment, 'verify');
    name = resolved.name;
    image = await verifyImage(resolved.store, resolved.descriptor.digest, policy, logger);
    checkConditions(inputs.conditions ?? [], image.verified, `${resolved.name}@${image.digest}`);
    logger.info(`Verified ${resolved.name}@${resolved.descriptor.digest}: ${image.signers.join(', ')}`);
    if (inputs.tag !== undefined) {
      tagCheck = await checkTagBinding(resolved.store, resolved.name, image.digest, inputs.tag, image.verified);
      logger.info(`Tag ${resolved.name}:${inputs.tag} is bound to ${tagCheck.digest} and still resolves to it.`);
    }
    if (summarySigning !== undefined) {
      // Only a PASSED verification reaches this line: a failed one has thrown, and writes no summary.
      attached = await attachVerificationSummary(
        resolved.store,
        resolved.name,
        resolved.descriptor,
        {
          policy: policyFacts(policy, inputs.conditions ?? []),
          inputAttestations: inputAttestations(resolved.name, image.verified),
          timeVerified: new Date(),
        },
        await summarySigning,
        logger,
      );
    }
  }
  const files: { path: string; signer: string; kind: string; predicateType: string | null }[] = [];
  const lines: VerifiedSubjectLine[] = [];
  // A bundle that cannot be read is the fault of `bundle` when given, else of the `files` item beside whose file it is.
  const givenBundle = inputs.bundle ? { root: cwd, input: 'bundle', given: inputs.bundle } : undefined;
  const subjects: { label: string; subject: VerifySubject; origin: PathOrigin | undefined }[] = [
    ...verifiedFiles.map((f) => ({
      label: relative(cwd, f.path!),
      subject: { path: f.path! },
      origin: givenBundle ?? f.origin,
    })),
    ...digests.map((digest) => ({ label: digest, subject: { digest }, origin: givenBundle })),
  ];
  for (const { label, subject, origin } of subjects) {
    const verified = await verifySubject(subject, policy, bundlePath, origin);
    const verifiedStatement = verified.statement;
    checkConditions(
      inputs.conditions ?? [],
      verifiedStatement ? [{ source: label, statement: verifiedStatement }] : [],
      label,
    );
    const signer = describeSigner(verified.signer);
    const bundle = relative(cwd, bundlePath ?? `${'path' in subject ? subject.path : label}${BUNDLE_SUFFIX}`);
    files.push({
      path: label,
      signer,
      kind: verified.kind,
      predicateType: verified.statement?.predicateType ?? null,
    });
    lines.push({
      subject: label,
      kind: verified.kind,
      predicateType: verified.statement?.predicateType,
      signer: signerText(verified.signer),
      bundle,
    });
    logger.info(`Verified ${label}: ${signer}`);
  }
  const signers = [...new Set([...(image?.signers ?? []), ...files.map((f) => f.signer)])];
  const logIndexes = (image?.verified ?? []).flatMap((v) => (v.transparencyLogIndex ? [v.transparencyLogIndex] : []));
  const statements = (image?.verified ?? []).map((v) => ({
    source: v.source,
    predicateType: v.statement.predicateType,
    signer: describeSigner(v.signer),
    transparencyLogIndex: v.transparencyLogIndex ?? null,
    statement: v.statement,
  }));
  const predicateTypes = [...new Set(statements.map((s) => s.predicateType))];
  const result = {
    digest: image?.digest ?? null,
    image: image && name ? `${name}@${image.digest}` : null,
    signer: signers,
    predicateTypes,
    statements,
    legacySignatures: image?.legacy ?? [],
    verificationSummary: attached?.digest ?? null,
    rejected: image?.rejected ?? [],
    files,
    ...(tagCheck === undefined ? {} : { tag: tagCheck }),
  };
  const rows = [
    ...statements.map(
      (s) => `| \`${s.source}\` | ${s.predicateType} | ${s.signer} | ${s.transparencyLogIndex ?? '—'} |`,
    ),
    ...(image?.legacy ?? []).map((l) => `| \`${l.source}\` | cosign v2 signature | ${l.keyHint} | — |`),
    ...files.map(
      (f) =>
        `| \`${f.path}\` | ${f.kind === 'dsse' ? `${f.predicateType} (DSSE)` : 'file signature'} | ${f.signer} | — |`,
    ),
  ];
  const summary = [
    '### Verified',
    '',
    ...(image ? [`Digest: \`${image.digest}\``, ''] : []),
    ...(tagCheck ? [`Tag \`${tagCheck.tag}\`: bound to this digest and still resolves to it`, ''] : []),
    '| Source | Kind | Signer | Log index |',
    '| --- | --- | --- | ---: |',
    ...rows,
    ...((image?.rejected.length ?? 0) > 0
      ? [
          '',
          `Not accepted (${image!.rejected.length}):`,
          '',
          ...image!.rejected.map((r) => `- \`${r.source}\`: [${r.rule}] ${r.reason}`),
        ]
      : []),
    ...(attached === undefined
      ? []
      : [
          '',
          `Verification summary (SLSA VSA, PASSED): referrer \`${attached.digest}\`, signed by \`${attached.signer}\``,
        ]),
    '',
  ].join('\n');
  const report = verifyReport({
    image: image && name ? { name, verification: image } : undefined,
    subjects: lines,
    showStatements: inputs.showStatements ?? false,
  });
  if (inputs.showStatements) logger.info(report);
  return {
    outputs: {
      digest: image?.digest ?? '',
      signer: signers.join('\n'),
      'predicate-types': predicateTypes.join('\n'),
      statements: JSON.stringify(statements.map((s) => s.statement)),
      'transparency-log-index': logIndexes.join('\n'),
      'verification-summary': attached?.digest ?? '',
      report,
      json: JSON.stringify(result),
    },
    summary: jobSummary('verify', image?.digest ?? '', environment.github, summary),
  };
}
