/**
 * The sign action's entry point (shared with `artefacts sign` / `artefacts attest`): inputs →
 * signing config → the image resolved ONCE to its digest → bundles pushed as referrers (or
 * `.sigstore.json` files) → outputs and a job summary. Verify's is verify-run.ts.
 */
import { readFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { jobSummary } from '../summary.js';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { GitHubApi } from '../github/api.js';
import * as parse from '../inputs.js';
import type { RawInputs } from '../inputs.js';
import { inWorkspace, keyInWorkspace, parseAllowOutsideWorkspace, workspace } from '../paths.js';
import { bundleText, signStatement, type SigningConfig } from './bundle.js';
import {
  BESIDE_FILES,
  BUNDLE_SUFFIX,
  bundleWriteFailure,
  checksumSubjects,
  fileSubjects,
  signFileBundles,
  toSubjects,
  type FileSubject,
} from './files.js';
import { stageFiles, type WholeFile, type WholeFileFailure } from '../files.js';
import { uploadAttestation, type AttestationUpload } from './github-attestations.js';
import { pushArtefacts, pushLegacySignature } from './image.js';
import { parseSigningInputs, resolveSigningConfig, type SigningInputs } from './inputs.js';
import { customAttestation, provenanceAttestation, sbomAttestation, signImage, type Attestation } from './plan.js';
import { stepAttestation } from './predicates/index.js';
import { expectedSigner, fetchBundles, hasLegacySignature, signedAlready } from './rerun.js';
import { statement } from './statements.js';
import { tokenClaims } from './oidc.js';
import {
  imageReference,
  layoutInWorkspace,
  registryAccess,
  resolveImage,
  type RegistryAccess,
} from './image-access.js';
import { checkConnectionSettings } from '../oci/connection.js';
export type { RegistryAccess } from './image-access.js';

export interface SignInputs extends SigningInputs, RegistryAccess {
  readonly githubAttestations: AttestationUpload;
  readonly githubToken: string | undefined;
}

/** Inputs whose values are secrets (masked as soon as read). */
export const SIGN_SECRETS = ['key', 'key-password', 'identity-token', 'registry-password', 'github-token'] as const;

/** Inputs naming files (read or written beside): confined to the workspace unless in allow-outside-workspace. */
const SIGN_PATH_INPUTS = [
  'image',
  'files',
  'checksums',
  'key',
  'predicate-path',
  'sbom-path',
  'attest-path',
  'signing-config',
] as const;

export function parseSignInputs(get: RawInputs): SignInputs {
  const inputs = parseSigningInputs(get);
  const access = registryAccess(get);
  if (inputs.image) imageReference(inputs.image);
  return {
    ...inputs,
    ...access,
    allowOutsideWorkspace: parseAllowOutsideWorkspace(get, SIGN_PATH_INPUTS),
    githubAttestations: parse.oneOf(get, 'github-attestations', ['auto', 'always', 'never'] as const, 'auto'),
    githubToken: parse.optionalBlock(get, 'github-token'),
  };
}

function api(inputs: SignInputs, environment: ActionEnvironment): GitHubApi | undefined {
  const { env, github } = environment;
  const token = inputs.githubToken ?? env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository || !github) return undefined;
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) return undefined;
  environment.logger.secret(token);
  return new GitHubApi({
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    token,
    owner,
    repo,
    logger: environment.logger,
  });
}

async function readInput(path: string, input: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw inputError(input, path, `a readable file (${describeError(error)})`);
  }
}

async function attestationsFor(
  inputs: SigningInputs,
  environment: ActionEnvironment,
  config: SigningConfig,
): Promise<Attestation[]> {
  const out: Attestation[] = [];
  if (inputs.provenance) {
    // Keyless: the OIDC token's claims name the builder (job_workflow_ref), as GitHub's provenance does.
    const claims =
      config.kind === 'keyless' && environment.github ? tokenClaims(await config.identityToken()) : undefined;
    out.push(provenanceAttestation(environment.github, environment.env, claims));
  }
  if (inputs.predicateType) {
    const json = inputs.predicatePath
      ? await readInput(inputs.predicatePath, 'predicate-path', environment.cwd)
      : (inputs.predicate ?? '');
    const source = inputs.predicatePath ? { input: 'predicate-path', path: inputs.predicatePath } : 'predicate';
    out.push(customAttestation(inputs.predicateType, json, source));
  }
  if (inputs.sbomPath) {
    out.push(
      sbomAttestation(await readInput(inputs.sbomPath, 'sbom-path', environment.cwd), 'sbom-path', inputs.sbomPath),
    );
  }
  if (inputs.attestType) {
    const document = inputs.attestPath ? await readInput(inputs.attestPath, 'attest-path', environment.cwd) : '';
    out.push(stepAttestation(inputs.attestType, document, inputs, environment));
  }
  return out;
}

interface SignRow {
  readonly what: string;
  readonly kind: string;
  readonly where: string;
}

/** Signs an image digest and/or files; pushes referrers or writes `.sigstore.json` bundles. */
export async function runSign(inputs: SignInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  const { logger, cwd } = environment;
  // Every path input resolves inside the workspace (symbolic links followed) before a key is read.
  const ws = workspace(cwd, inputs.allowOutsideWorkspace);
  layoutInWorkspace(ws, inputs.image);
  keyInWorkspace(ws, 'key', inputs.key);
  for (const [input, value] of [
    ['predicate-path', inputs.predicatePath],
    ['sbom-path', inputs.sbomPath],
    ['attest-path', inputs.attestPath],
    ['signing-config', inputs.signingConfig],
  ] as const) {
    if (value !== undefined) inWorkspace(ws, input, value);
  }
  // Key decryption (scrypt) runs while the image digest is resolved.
  const configPromise = resolveSigningConfig(inputs, environment);
  configPromise.catch(() => undefined);
  const image = inputs.image ? await resolveImage(inputs.image, inputs, environment, 'sign') : undefined;
  // A re-run's check needs the signatures already there: they are read while the key is decrypted.
  const earlier = image && !inputs.force ? fetchBundles(image.store, image.descriptor.digest) : undefined;
  earlier?.catch(() => undefined);
  // Every subject is found and checked before anything is signed or pushed.
  const files: FileSubject[] = [];
  const allow = inputs.allowOutsideWorkspace;
  if (inputs.files.length > 0) files.push(...(await fileSubjects(cwd, inputs.files, 'files', allow)));
  const checksumFiles =
    inputs.checksums.length > 0 ? await fileSubjects(cwd, inputs.checksums, 'checksums', allow) : [];
  const listed = inputs.checksums.length > 0 ? await checksumSubjects(cwd, inputs.checksums, 'checksums', allow) : [];
  // A `.sigstore.json` written beside a file must not be a link out of the workspace either.
  for (const f of files) inWorkspace(ws, 'files', `${f.path!}${BUNDLE_SUFFIX}`);
  for (const f of checksumFiles) inWorkspace(ws, 'checksums', `${f.path!}${BUNDLE_SUFFIX}`);
  const config: SigningConfig = await configPromise;
  const attestations = await attestationsFor(inputs, environment, config);
  const rows: SignRow[] = [];
  const referrers: string[] = [];
  const bundlePaths: string[] = [];
  const signers = new Set<string>();
  const logIndexes: string[] = [];
  const bundlesForGitHub: Parameters<typeof uploadAttestation>[1][] = [];
  let legacyDigest: string | undefined;
  let kept: Map<string, string> = new Map();
  let signatures: Awaited<ReturnType<typeof signImage>> | undefined;
  if (image) {
    // A re-run: what this signer already signed for the digest is not signed and pushed again.
    if (!inputs.force) {
      const signer = await expectedSigner(config, environment.github?.serverUrl);
      const already = await signedAlready(image.store, image.descriptor.digest, signer, logger, earlier);
      kept = new Map(already.referrers);
      // A step's evidence (attest-type) is new each time: a later scan or test run of the same type is
      // attached beside the earlier one, not dropped as a re-run.
      if (inputs.attestType) kept.delete(attestations[attestations.length - 1]!.predicateType);
      if (already.signer !== undefined) signers.add(already.signer);
      for (const [predicateType, referrer] of kept) {
        logger.info(`Already signed by this signer: ${predicateType} (referrer ${referrer}); not signed again.`);
        rows.push({
          what: `\`${image.name}@${image.descriptor.digest}\``,
          kind: predicateType,
          where: `referrer \`${referrer}\` (signed already; kept)`,
        });
      }
    }
    // cosign v2's .sig tag: ECDSA signatures differ every time, so a re-run would add a layer each run.
    const legacyKept =
      inputs.legacySignature && !inputs.force && config.kind === 'key'
        ? await hasLegacySignature(image.store, image.descriptor.digest, config.key, logger)
        : false;
    if (legacyKept) logger.info('The cosign v2 .sig tag already holds a signature by this key; not signed again.');
    signatures = await signImage({ name: image.name, descriptor: image.descriptor }, config, {
      attestations,
      legacy: inputs.legacySignature && !legacyKept,
      skip: new Set(kept.keys()),
    });
    if (signatures.referrers.length === 0 && !signatures.legacy && (kept.size > 0 || legacyKept)) {
      logger.notice(
        `${image.name}@${image.descriptor.digest} is already signed by this signer: nothing pushed (set force: true to sign again).`,
      );
    }
  }
  type SignedImage = NonNullable<typeof image>;
  type ImageSignatures = NonNullable<typeof signatures>;
  /** Pushes what was signed for the image, and tells what went where. */
  const pushImageSignatures = async (image: SignedImage, signatures: ImageSignatures): Promise<void> => {
    // An image's referrers go together: one merge of a registry's fallback index for all of them.
    // The cosign v2 .sig tag (a tag of its own, no index) goes at the same time, under that settle.
    const legacy = signatures.legacy;
    const [referrersPushed, legacyPushed] = await Promise.allSettled([
      pushArtefacts(
        image.store,
        signatures.referrers.map((r) => r.artefact),
      ),
      legacy === undefined ? undefined : pushLegacySignature(image.store, image.descriptor.digest, legacy),
    ]);
    // Both have ended (nothing goes on after a failure is thrown); the referrers' failure first.
    if (referrersPushed.status === 'rejected') throw referrersPushed.reason;
    if (legacyPushed.status === 'rejected') throw legacyPushed.reason;
    const pushedAll = referrersPushed.value;
    for (const [i, r] of signatures.referrers.entries()) {
      const pushed = pushedAll[i]!;
      if (!pushed.referrerIndexed) {
        throw new ArtefactsError(
          'REGISTRY_PROTOCOL',
          `${image.store.location} stored referrer ${pushed.digest} but did not index it as a referrer of ${image.descriptor.digest}.`,
        );
      }
      logger.info(`Pushed ${r.predicateType} bundle as referrer ${pushed.digest}`);
      referrers.push(pushed.digest);
      signers.add(r.signed.signer);
      if (r.signed.transparencyLogIndex) logIndexes.push(r.signed.transparencyLogIndex);
      bundlesForGitHub.push(r.signed.bundle);
      rows.push({
        what: `\`${image.name}@${image.descriptor.digest}\``,
        kind: r.predicateType,
        where: `referrer \`${pushed.digest}\``,
      });
    }
    const sig = legacyPushed.value;
    if (sig !== undefined) {
      legacyDigest = sig.digest;
      logger.info(`Pushed cosign v2 signature ${sig.digest}${sig.merged ? ` (kept ${sig.merged} earlier)` : ''}`);
      rows.push({
        what: `\`${image.name}@${image.descriptor.digest}\``,
        kind: 'cosign v2 signature',
        where: `tag \`${image.descriptor.digest.replace(':', '-')}.sig\``,
      });
    }
  };
  // Files are signed in memory; their bundles are written beside them only once the image's are pushed.
  const signedFiles = await signFileBundles([...files, ...checksumFiles], config);
  const local: WholeFile[] = [];
  const localFailure = new Map<string, (error: unknown, where: WholeFileFailure) => unknown>();
  for (const f of signedFiles) {
    local.push({ path: f.bundlePath, content: f.bundle });
    localFailure.set(f.bundlePath, bundleWriteFailure(f.origin, BESIDE_FILES, f.bundlePath));
  }
  const fileRows: SignRow[] = [];
  for (const f of signedFiles) {
    bundlePaths.push(f.bundlePath);
    signers.add(f.signer);
    if (f.transparencyLogIndex) logIndexes.push(f.transparencyLogIndex);
    fileRows.push({
      what: `\`${relative(cwd, f.path)}\``,
      kind: 'signature',
      where: `\`${relative(cwd, f.bundlePath)}\``,
    });
  }
  // Attestations about files: one DSSE bundle per attestation over every file subject.
  const fileAttestationSubjects = [...files, ...listed];
  const fileBundlesForGitHub: Parameters<typeof uploadAttestation>[1][] = [];
  if (fileAttestationSubjects.length > 0 && attestations.length > 0) {
    const anchorFile = (checksumFiles[0] ?? files[0])!;
    const anchor = anchorFile.path!;
    for (const a of attestations) {
      const slug = a.predicateType
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/-+$/, '');
      const signed = await signStatement(
        statement(toSubjects(fileAttestationSubjects), a.predicateType, a.predicate),
        config,
      );
      const path = `${anchor}.${slug}.intoto.sigstore.json`;
      inWorkspace(ws, checksumFiles[0] ? 'checksums' : 'files', path);
      local.push({ path, content: `${bundleText(signed.bundle)}\n` });
      localFailure.set(
        path,
        bundleWriteFailure(
          anchorFile.origin,
          `files beside which an attestation bundle (${basename(path)}) can be written`,
          path,
        ),
      );
      bundlePaths.push(path);
      signers.add(signed.signer);
      if (signed.transparencyLogIndex) logIndexes.push(signed.transparencyLogIndex);
      fileBundlesForGitHub.push(signed.bundle);
      fileRows.push({
        what: `${fileAttestationSubjects.length} file(s)`,
        kind: a.predicateType,
        where: `\`${relative(cwd, path)}\``,
      });
    }
  }
  // Every signature is made before anything is published. The bundles are written beside their
  // files under temporary names first (a directory that cannot take them fails the run before any
  // push), then the image's are pushed, then the files are put in place: a failed push leaves none.
  const staged = await stageFiles(local, (error, where) => localFailure.get(where.file.path)!(error, where));
  if (image && signatures) {
    try {
      await pushImageSignatures(image, signatures);
    } catch (error) {
      await staged.discard();
      throw error;
    }
  }
  await staged.commit();
  rows.push(...fileRows);
  bundlesForGitHub.push(...fileBundlesForGitHub);
  const uploads: number[] = [];
  if (inputs.githubAttestations !== 'never' && config.kind === 'keyless') {
    const client = api(inputs, environment);
    for (const bundle of bundlesForGitHub) {
      const result = await uploadAttestation(client, bundle, inputs.githubAttestations, logger);
      if (result.id !== undefined) uploads.push(result.id);
      if (!result.uploaded) break;
    }
  }
  const signer = [...signers].join('\n');
  // Keyless: the identity Fulcio certified and the issuer it copied from the token, as verify takes them.
  const issuer = config.kind === 'keyless' ? String(tokenClaims(await config.identityToken()).iss ?? '') : undefined;
  if (issuer !== undefined && signers.size > 0) {
    logger.info(
      `Signed keyless as ${[...signers].join(', ')} (issuer ${issuer}): verify with certificate-identity ${[...signers][0]} and certificate-oidc-issuer ${issuer}.`,
    );
  }
  const result = {
    digest: image?.descriptor.digest ?? null,
    image: image ? `${image.name}@${image.descriptor.digest}` : null,
    referrers,
    /** Referrers by predicate type that a re-run found signed by the same signer and left as they were. */
    signedAlready: Object.fromEntries(kept),
    legacySignature: legacyDigest ?? null,
    bundlePaths,
    signer: [...signers],
    transparencyLogIndex: logIndexes,
    githubAttestations: uploads,
  };
  const summary = [
    '### Signed',
    '',
    ...(image ? [`Digest: \`${image.descriptor.digest}\``, ''] : []),
    '| Subject | Kind | Written to |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.what} | ${r.kind} | ${r.where} |`),
    '',
    `Signer: ${[...signers].map((s) => `\`${s}\``).join(', ')}${config.kind === 'key' && logIndexes.length === 0 ? ' (key-based, no transparency log entry: cosign v3 verifies it with `--insecure-ignore-tlog`)' : ''}`,
    ...(issuer !== undefined ? ['', `Issuer: \`${issuer}\``] : []),
    ...(logIndexes.length > 0 ? ['', `Transparency log index: ${logIndexes.join(', ')}`] : []),
    '',
  ].join('\n');
  return {
    outputs: {
      digest: image?.descriptor.digest ?? '',
      'bundle-paths': bundlePaths.join('\n'),
      referrers: referrers.join('\n'),
      signer,
      'transparency-log-index': logIndexes.join('\n'),
      json: JSON.stringify(result),
    },
    summary: jobSummary('sign', image?.descriptor.digest ?? '', environment.github, summary),
  };
}
