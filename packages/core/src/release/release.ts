/**
 * `artefacts release`: the whole pipeline on the current repository, by the same core entry points
 * the actions use, each fed its own action.yml defaults (supplied by the caller) plus the values
 * that flow from the step before. Steps land here as the actions that own them land.
 */
import { randomBytes } from 'node:crypto';
import { sha256 } from '../oci/media.js';
import { constants, readFileSync } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { optionalText, type RawInputs } from '../inputs.js';
import { inWorkspace, linksBeneath, ownPathInWorkspace, PathRefusal, plainValue, workspace } from '../paths.js';
import { parsePackInputs } from '../pack/inputs.js';
import { runPack } from '../pack/pack.js';
import { PROMOTION_PREDICATE_TYPE } from '../promote/promote.js';
import { parsePromoteInputs, runPromote } from '../promote/inputs.js';
import { storeFromInputs } from '../oci/open.js';
import { formatReference, parseReference, type ImageReference } from '../oci/references.js';
import { runSbom } from '../sbom/run.js';
import { parseSbomInputs } from '../sbom/inputs.js';
import { pushArtefacts, verifyImage } from '../sign/image.js';
import type { ArtifactStore } from '../oci/store.js';
import { documentReferrer } from '../sbom/image/publish.js';
import { SBOM_MEDIA_TYPES } from '../sbom/writers.js';
import { generateKeyPair, loadPrivateKey, loadPublicKey } from '../sign/keys.js';
import { parseSignInputs, runSign } from '../sign/run.js';
import { parseVerifyInputs, runVerify } from '../sign/verify-run.js';
import { COSIGN_SIGN_PREDICATE, CYCLONEDX_PREDICATE } from '../sign/statements.js';
import type { ManifestArtefact } from '../sign/referrer.js';
import { runBuildTag, parseBuildTagInputs } from '../version/build-tag.js';
import { parseSemverCalculateInputs } from '../version/options.js';
import { runSemverCalculate } from '../version/semver-calculate.js';
import { checkConnectionSettings } from '../oci/connection.js';

/** An action's inputs with its action.yml defaults applied: the caller reads them from action.yml. */
export type DefaultsFor = (action: string) => RawInputs;

export interface ReleaseInputs {
  readonly tagPrefix: string;
  /** Image name used for build-tag's `images` (the tag list); default: the repository folder's name. */
  readonly image: string | undefined;
  /** Where the artefact is packed: `oci:.artefacts/dev` by default, or a registry repository. */
  readonly dev: string;
  /** Where it is promoted: `oci:.artefacts/prod` by default, or a registry repository. */
  readonly prod: string;
  /** What is packed: the project's `dist/` by default. */
  readonly path: string;
}

const RELEASE_DEFAULTS = { dev: 'oci:.artefacts/dev', prod: 'oci:.artefacts/prod', path: 'dist' } as const;
/** Where release keeps its signing key pair and (when it generated it) the key's password. */
const RELEASE_DIR = '.artefacts';
const RELEASE_KEY_DIR = `${RELEASE_DIR}/keys`;
const RELEASE_SBOM_DIR = `${RELEASE_DIR}/sbom`;

function repository(input: 'dev' | 'prod', value: string): ImageReference {
  let ref: ImageReference;
  try {
    ref = parseReference(value);
  } catch (error) {
    throw inputError(
      input,
      value,
      'a repository (registry/repository) or oci:<dir>, without tag or digest',
      describeError(error),
    );
  }
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw inputError(input, value, 'a repository without tag or digest (release tags it with the immutable tag)');
  }
  return ref;
}

export function parseReleaseInputs(raw: RawInputs): ReleaseInputs {
  // Each single value is one line (optionalText refuses control characters), the prefix too.
  const tagPrefix = plainValue('tag-prefix', raw('tag-prefix'));
  if (/\s/.test(tagPrefix)) throw inputError('tag-prefix', tagPrefix, 'a prefix without spaces, e.g. v');
  const dev = optionalText(raw, 'dev') ?? RELEASE_DEFAULTS.dev;
  const prod = optionalText(raw, 'prod') ?? RELEASE_DEFAULTS.prod;
  repository('dev', dev);
  repository('prod', prod);
  if (dev === prod)
    throw inputError('prod', prod, 'another place than dev (promotion moves the artefact somewhere else)');
  return {
    tagPrefix: tagPrefix === '' ? 'v' : tagPrefix,
    image: optionalText(raw, 'image'),
    dev,
    prod,
    path: optionalText(raw, 'path') ?? RELEASE_DEFAULTS.path,
  };
}

/** A layout reference with its directory made absolute (relative to the workspace). */
function absolute(ref: ImageReference, cwd: string): string {
  if (ref.kind === 'layout' && !isAbsolute(ref.path)) return formatReference({ ...ref, path: resolve(cwd, ref.path) });
  return formatReference(ref);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ArtefactsError('IO_FAILED', `Cannot read ${file}: ${describeError(error)}.`);
  }
}

async function writeExclusive(file: string, content: string, mode: number): Promise<void> {
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    await handle.writeFile(content);
  } catch (error) {
    throw new ArtefactsError('IO_FAILED', `Cannot write ${file}: ${describeError(error)}.`);
  } finally {
    await handle?.close();
  }
}

/**
 * Keeps what release writes out of commits: `<dir>/.gitignore` ignoring everything in `dir`, written
 * only when the folder has none (a user's own file is left as it is). The private key, its password,
 * the packed layouts and the SBOMs are outputs; `git add -A` must never pick them up.
 */
async function ignoredByGit(dir: string, why: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, '.gitignore');
  if ((await readIfExists(file)) !== undefined) return;
  try {
    await writeExclusive(file, `# Written by artefacts release: ${why}, never to be committed.\n*\n`, 0o644);
  } catch (error) {
    // Another run wrote it between the check and the write: it exists, which is all that matters.
    if ((await readIfExists(file)) === undefined) throw error;
  }
}

/**
 * Opens release's own key with the password the user set (ARTEFACTS_KEY_PASSWORD or the password
 * file) before any step uses it: a step's error would name its own input (`key-password`,
 * `record-key`), which the user of `artefacts release` never gave.
 */
async function checkPassword(pem: string, password: string, message: string, options: { hint: string }): Promise<void> {
  try {
    await loadPrivateKey(pem, password);
  } catch (error) {
    throw new ArtefactsError('KEY_INVALID', `${message}: ${describeError(error)}`, { ...options, cause: error });
  }
}

export interface ReleaseKey {
  readonly privateKey: string;
  readonly publicKey: string;
  readonly password: string;
  readonly created: boolean;
  readonly passwordSource: 'ARTEFACTS_KEY_PASSWORD' | 'generated' | 'password file';
}

/**
 * The local signing key of `artefacts release`: `.artefacts/keys/cosign.key` (encrypted) and
 * `cosign.pub`, generated on the first run. The password comes from ARTEFACTS_KEY_PASSWORD, else it
 * is generated once, stored beside the key (`password`, mode 0600) and printed once with a warning:
 * for a local demo only, never for real releases.
 */
async function ensureReleaseKey(environment: ActionEnvironment): Promise<ReleaseKey> {
  const { cwd, env, logger } = environment;
  const dir = resolve(cwd, RELEASE_KEY_DIR);
  const privateKey = join(dir, 'cosign.key');
  const publicKey = join(dir, 'cosign.pub');
  const passwordFile = join(dir, 'password');
  const fromEnv = env.ARTEFACTS_KEY_PASSWORD;
  const existing = await readIfExists(privateKey);
  if (existing !== undefined) {
    if ((await readIfExists(publicKey)) === undefined) {
      throw new ArtefactsError('KEY_INVALID', `${publicKey} is missing beside ${privateKey}.`, {
        hint: `Restore it, or move ${dir} away to generate a new pair.`,
      });
    }
    if (fromEnv !== undefined && fromEnv !== '') {
      logger.secret(fromEnv);
      await checkPassword(existing, fromEnv, `ARTEFACTS_KEY_PASSWORD does not open ${privateKey}`, {
        hint: `Set ARTEFACTS_KEY_PASSWORD to the password ${privateKey} was created with, or unset it to use ${passwordFile} if the key was generated with one.`,
      });
      return { privateKey, publicKey, password: fromEnv, created: false, passwordSource: 'ARTEFACTS_KEY_PASSWORD' };
    }
    const stored = await readIfExists(passwordFile);
    if (stored === undefined) {
      throw new ArtefactsError(
        'INPUT_MISSING',
        `ARTEFACTS_KEY_PASSWORD is not set and ${passwordFile} does not exist.`,
        {
          hint: `Set ARTEFACTS_KEY_PASSWORD to the password of ${privateKey}.`,
        },
      );
    }
    const password = stored.trim();
    logger.secret(password);
    await checkPassword(existing, password, `The password in ${passwordFile} does not open ${privateKey}`, {
      hint: `Set ARTEFACTS_KEY_PASSWORD to the password of ${privateKey}, or move ${dir} away to generate a new pair.`,
    });
    return { privateKey, publicKey, password, created: false, passwordSource: 'password file' };
  }
  await ignoredByGit(dir, 'a private key and its password');
  let password: string;
  let passwordSource: ReleaseKey['passwordSource'];
  if (fromEnv !== undefined && fromEnv !== '') {
    password = fromEnv;
    passwordSource = 'ARTEFACTS_KEY_PASSWORD';
  } else {
    password = randomBytes(24).toString('base64url');
    passwordSource = 'generated';
    await writeExclusive(passwordFile, `${password}\n`, 0o600);
    // Printed once, before it is masked: the one time the user sees it.
    logger.warning(
      `Generated a signing key password for local demo use only: ${password}\n` +
        `  It is stored in ${passwordFile} (mode 0600) and not printed again. For real releases set ARTEFACTS_KEY_PASSWORD (or sign keyless in CI).`,
    );
  }
  logger.secret(password);
  const pair = await generateKeyPair(password);
  await writeExclusive(privateKey, pair.privateKeyPem, 0o600);
  try {
    await writeExclusive(publicKey, pair.publicKeyPem, 0o644);
  } catch (error) {
    await rm(privateKey, { force: true });
    throw error;
  }
  logger.info(`Signing key generated: ${privateKey} (encrypted, mode 0600), ${publicKey} (key hint ${pair.hint})`);
  return { privateKey, publicKey, password, created: true, passwordSource };
}

/**
 * Attaches the repository's SBOM documents to the packed artefact as plain referrers (artifactType
 * = the document's media type), with the sbom action's own referrer layout (documentReferrer):
 * the same document always makes the same manifest, so a re-run adds no duplicate.
 */
async function attachSbomDocuments(
  store: ArtifactStore,
  digest: string,
  documents: readonly string[],
  cwd: string,
): Promise<{ attached: readonly string[]; note: string }> {
  const subject = await store.resolve(digest);
  if (subject === undefined) {
    throw new ArtefactsError('REGISTRY_NOT_FOUND', `The packed artefact ${digest} is not in ${store.location}.`);
  }
  const referrers: ManifestArtefact[] = [];
  for (const path of documents) {
    // Attached byte for byte as the file holds them.
    const bytes = await readFile(resolve(cwd, path));
    const content = bytes.toString('utf8');
    const format = path.endsWith('.spdx.json') ? 'spdx-json' : 'cyclonedx-json';
    const parsed = JSON.parse(content) as { metadata?: { timestamp?: string }; creationInfo?: { created?: string } };
    const created = new Date(parsed.metadata?.timestamp ?? parsed.creationInfo?.created ?? 0);
    const referrer = documentReferrer(
      {
        format,
        content,
        bytes,
        digest: sha256(bytes),
        mediaType: SBOM_MEDIA_TYPES[format],
      },
      basename(path),
      subject,
      created,
    );
    referrers.push(referrer);
  }
  // Pushed together: one merge of a registry's fallback index for all of them.
  const attached = (await pushArtefacts(store, referrers)).map((r) => r.digest);
  return { attached, note: `${attached.length} SBOM document(s) attached as referrers` };
}

/** Overlays values on an action's defaults. */
function withValues(base: RawInputs, values: Readonly<Record<string, string>>): RawInputs {
  return (name) => values[name] ?? base(name);
}

export interface ReleaseStep {
  readonly name: string;
  readonly outputs: Readonly<Record<string, string>>;
}

/** The image name for the tag list: --image, else the GitHub repository's, package.json's, or the folder's name. */
function imageName(inputs: ReleaseInputs, environment: ActionEnvironment): string {
  if (inputs.image !== undefined) return inputs.image;
  let candidate = environment.github?.repo;
  if (!candidate) {
    try {
      const pkg = JSON.parse(readFileSync(join(environment.cwd, 'package.json'), 'utf8')) as { name?: unknown };
      if (typeof pkg.name === 'string') candidate = pkg.name.replace(/^@[^/]+\//, '');
    } catch {
      // no package.json: fall back to the folder name
    }
  }
  const name = (candidate ?? basename(environment.cwd))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return name === '' ? 'artefact' : name;
}

/** Which flag of `artefacts release` each step's input comes from; every other input release sets itself. */
const FLAG_OF_INPUT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'semver-calculate': { 'tag-prefix': '--tag-prefix' },
  'build-tag': { 'tag-prefix': '--tag-prefix', images: '--image' },
  pack: { path: '--path', destination: '--dev' },
  promote: { destinations: '--prod' },
};

/**
 * A step's error in the words of the release user: an error naming one of the step's inputs (the
 * core's "Input 'x': ..." convention) names the flag that input came from, or says that release set
 * it itself (the user never gave a `record-key` or a `destination`).
 */
function inTermsOfRelease(step: string, error: unknown): unknown {
  if (!(error instanceof ArtefactsError)) return error;
  const m = /^Input '([a-z0-9-]+)':? ?/.exec(error.message);
  if (m === null) return error;
  const input = m[1]!;
  const flag = FLAG_OF_INPUT[step]?.[input];
  const rest = error.message.slice(m[0].length);
  const message = flag
    ? `${flag} (the ${step} step's ${input}): ${rest}`
    : `The ${step} step of release failed on its ${input}, which release sets itself: ${rest}`;
  const hint = hintForRelease(error);
  return new ArtefactsError(error.code, message, {
    ...(hint === undefined ? {} : { hint }),
    cause: error,
  });
}

/** release takes no allow-outside-workspace: a path refusal's hint gives the advice without the opt-in. */
const NO_OPT_IN = 'release has no opt-in: it reads and writes only inside the working directory.';

function hintForRelease(error: ArtefactsError): string | undefined {
  return error instanceof PathRefusal ? `${error.advice} ${NO_OPT_IN}` : error.hint;
}

export async function runRelease(
  inputs: ReleaseInputs,
  defaults: DefaultsFor,
  environment: ActionEnvironment,
): Promise<ActionOutcome> {
  try {
    return await release(inputs, defaults, environment);
  } catch (error) {
    // Its own checks (path, dev, prod) and the stores it opens refuse paths as the steps do.
    if (!(error instanceof PathRefusal)) throw error;
    throw new ArtefactsError(error.code, error.message, { hint: hintForRelease(error)!, cause: error });
  }
}

async function release(
  inputs: ReleaseInputs,
  defaults: DefaultsFor,
  environment: ActionEnvironment,
): Promise<ActionOutcome> {
  const { logger } = environment;
  checkConnectionSettings(environment.env);
  // release works on this repository: what it packs and where it writes stay in the working directory.
  const ws = workspace(environment.cwd);
  inWorkspace(ws, 'path', inputs.path);
  // Its own folders, before anything is written: the key pair and its password go there.
  for (const dir of [RELEASE_DIR, RELEASE_KEY_DIR, RELEASE_SBOM_DIR]) ownPathInWorkspace(ws, 'Release’s folder', dir);
  for (const [input, value] of [
    ['dev', inputs.dev],
    ['prod', inputs.prod],
  ] as const) {
    const ref = parseReference(value);
    if (ref.kind === 'layout') inWorkspace(ws, input, ref.path);
  }
  await ignoredByGit(resolve(environment.cwd, RELEASE_DIR), 'its signing key, packed layouts and SBOMs');
  const steps: ReleaseStep[] = [];
  const run = async (name: string, fn: () => Promise<ActionOutcome>): Promise<ActionOutcome> => {
    const outcome = await logger.group(name, fn).catch((error: unknown) => {
      throw inTermsOfRelease(name, error);
    });
    steps.push({ name, outputs: outcome.outputs });
    return outcome;
  };

  const semver = await run('semver-calculate', () =>
    runSemverCalculate(
      parseSemverCalculateInputs(withValues(defaults('semver-calculate'), { 'tag-prefix': inputs.tagPrefix })),
      environment,
    ),
  );
  const version = semver.outputs.version ?? '';
  const image = imageName(inputs, environment);
  const tags = await run('build-tag', () =>
    runBuildTag(
      parseBuildTagInputs(
        withValues(defaults('build-tag'), {
          version,
          images: image,
          'tag-prefix': inputs.tagPrefix,
          'export-env': 'false',
        }),
      ),
      environment,
    ),
  );

  const annotations = tags.outputs.annotations ?? '';
  const immutableTag = tags.outputs['immutable-tag'] ?? '';
  const { cwd } = environment;
  const devRef = parseReference(inputs.dev);
  const prodRef = parseReference(inputs.prod);
  const dev = absolute(devRef, cwd);
  const prod = absolute(prodRef, cwd);
  const show = (ref: string) => ref.replace(`oci:${cwd}/`, 'oci:');

  const packed = await run('pack', () =>
    runPack(
      parsePackInputs(
        withValues(defaults('pack'), { path: inputs.path, destination: dev, tags: immutableTag, annotations }),
      ),
      environment,
    ),
  );
  const digest = packed.outputs.digest ?? '';
  const devArtefact = `${dev}@${digest}`;

  const sbomDir = relative(cwd, resolve(cwd, RELEASE_SBOM_DIR)) || '.';
  // The SBOM describes what was packed (the artefact at its digest), not the repository's fixtures and tooling.
  const packedInput: Record<string, string> =
    devRef.kind === 'layout' ? { 'oci-layout': devArtefact } : { image: `${dev}@${digest}` };
  const sboms = await run('sbom', () =>
    runSbom(parseSbomInputs(withValues(defaults('sbom'), { ...packedInput, 'output-dir': sbomDir })), environment),
  );
  const sbomPaths = (sboms.outputs['sbom-paths'] ?? '').split('\n').filter(Boolean);
  const cyclonedx = sbomPaths.find((p) => p.endsWith('.cdx.json'));
  const attachment = await attachSbomDocuments(
    storeFromInputs(devRef.kind === 'layout' ? parseReference(dev) : devRef, {}, environment, linksBeneath(ws, 'dev')),
    digest,
    sbomPaths,
    cwd,
  );

  const key = await ensureReleaseKey(environment);
  // Signed already (a re-run): the signature and SBOM attestation by this key are not pushed twice.
  const publicKey = loadPublicKey(await readFile(key.publicKey, 'utf8'));
  const devStore = storeFromInputs(
    devRef.kind === 'layout' ? parseReference(dev) : devRef,
    {},
    environment,
    linksBeneath(ws, 'dev'),
  );
  const alreadySigned = await verifyImage(
    devStore,
    digest,
    { key: publicKey, requiredPredicateTypes: [COSIGN_SIGN_PREDICATE, ...(cyclonedx ? [CYCLONEDX_PREDICATE] : [])] },
    { ...environment.logger, info: environment.logger.debug },
  ).then(
    () => true,
    () => false,
  );
  if (alreadySigned) {
    steps.push({ name: 'sign', outputs: { skipped: 'true', reason: `already signed by ${publicKey.hint}` } });
    environment.logger.info(`── sign\n${show(devArtefact)} is already signed by this key: nothing pushed.`);
  } else {
    await run('sign', () =>
      runSign(
        parseSignInputs(
          withValues(defaults('sign'), {
            image: devArtefact,
            key: key.privateKey,
            'key-password': key.password,
            ...(cyclonedx ? { 'sbom-path': cyclonedx } : {}),
            'github-attestations': 'never',
          }),
        ),
        environment,
      ),
    );
  }
  const verified = await run('verify', () =>
    runVerify(
      parseVerifyInputs(
        withValues(defaults('verify'), {
          image: devArtefact,
          key: key.publicKey,
          attestations: cyclonedx ? 'cyclonedx' : '',
        }),
      ),
      environment,
    ),
  );
  const promoted = await run('promote', () =>
    runPromote(
      parsePromoteInputs(
        withValues(defaults('promote'), {
          source: devArtefact,
          destinations: `${prod}:${immutableTag}`,
          'require-signature': key.publicKey,
          environment: 'prod',
          'record-key': key.privateKey,
          'record-key-password': key.password,
        }),
      ),
      environment,
    ),
  );
  const promoteResult = JSON.parse(promoted.outputs.json ?? '{}') as {
    destinations?: { status: string; record?: string }[];
    recordSigned?: boolean;
  };
  // At the destination: the same digest under the tag, the signature, the SBOM attestation and a signed promotion record.
  const atProd = await run('verify prod', () =>
    runVerify(
      parseVerifyInputs(
        withValues(defaults('verify'), {
          image: `${prod}:${immutableTag}`,
          key: key.publicKey,
          attestations: [...(cyclonedx ? ['cyclonedx'] : []), PROMOTION_PREDICATE_TYPE].join('\n'),
        }),
      ),
      environment,
    ),
  );
  const prodDigest = atProd.outputs.digest ?? '';
  if (prodDigest !== digest) {
    throw new ArtefactsError('DIGEST_MISMATCH', `${show(prod)}:${immutableTag} is ${prodDigest}, not ${digest}.`);
  }
  const destination = promoteResult.destinations?.[0];

  const report = {
    version,
    previousVersion: semver.outputs['previous-version'] ?? '',
    bump: semver.outputs.bump ?? '',
    bumpSource: semver.outputs['bump-source'] ?? '',
    immutableTag,
    tags: (tags.outputs.tags ?? '').split('\n').filter(Boolean),
    dev: { reference: `${show(dev)}:${immutableTag}`, digest },
    prod: { reference: `${show(prod)}:${immutableTag}`, digest: prodDigest },
    digestsEqual: prodDigest === digest,
    signature: {
      key: key.publicKey,
      keyCreated: key.created,
      signedThisRun: !alreadySigned,
      // runVerify throws unless the policy is met, so reaching here means both verified.
      verifiedAtDev: verified.outputs.digest === digest,
      verifiedAtProd: prodDigest === digest,
      signers: (atProd.outputs.signer ?? '').split('\n').filter(Boolean),
    },
    sbom: {
      paths: sbomPaths,
      attestedAs: cyclonedx ? CYCLONEDX_PREDICATE : null,
      referrers: attachment.attached,
      note: attachment.note,
    },
    promotion: {
      status: destination?.status ?? '',
      record: destination?.record ?? null,
      recordSigned: destination?.record === undefined ? null : (promoteResult.recordSigned ?? false),
      recordVerifiedAtProd: true,
    },
    steps,
  };
  const lines = [
    `version        ${report.version} (${report.bump} from ${report.bumpSource}; previous ${report.previousVersion || 'none'})`,
    `immutable tag  ${report.immutableTag}`,
    `image tags     ${report.tags.join(', ')}`,
    `dev            ${report.dev.reference}  ${digest}`,
    `prod           ${report.prod.reference}  ${prodDigest}  (${report.digestsEqual ? 'equal' : 'DIFFERENT'})`,
    `signature      verified at prod with ${relative(cwd, key.publicKey)}${alreadySigned ? ' (signed on an earlier run)' : ' (signed this run)'}`,
    `sbom           ${sbomPaths.join(', ') || 'none'}; ${attachment.note}${cyclonedx ? ', and the CycloneDX document as a signed attestation' : ''}`,
    `promotion      ${report.promotion.status === 'unchanged' ? 'already promoted: nothing copied (no-op)' : 'promoted'}; signed promotion record present at prod${destination?.record ? ` (${destination.record})` : ''}`,
  ];
  const summary = [
    '## Release',
    '',
    '| | |',
    '| --- | --- |',
    `| version | \`${report.version}\` (${report.bump} from ${report.bumpSource}) |`,
    `| previous | \`${report.previousVersion || 'none'}\` |`,
    `| immutable tag | \`${report.immutableTag}\` |`,
    `| image tags | ${report.tags.map((t) => `\`${t}\``).join('<br>')} |`,
    `| dev | \`${report.dev.reference}\` \`${digest}\` |`,
    `| prod | \`${report.prod.reference}\` \`${prodDigest}\` (${report.digestsEqual ? 'equal' : 'different'}) |`,
    `| signature | verified at prod |`,
    `| SBOM | ${sbomPaths.map((p) => `\`${p}\``).join('<br>')} (signed CycloneDX attestation) |`,
    `| promotion | ${report.promotion.status}; signed record present |`,
    '',
  ].join('\n');
  return {
    outputs: {
      version: report.version,
      'immutable-tag': report.immutableTag,
      digest,
      tags: report.tags.join('\n'),
      report: lines.join('\n'),
      json: JSON.stringify(report),
    },
    summary,
  };
}
