export const id = 573;
export const ids = [573];
export const modules = {

/***/ 27573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseReleaseInputs: () => (/* reexport */ parseReleaseInputs),
  runRelease: () => (/* reexport */ runRelease)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/pack/inputs.ts
var pack_inputs = __webpack_require__(43694);
// EXTERNAL MODULE: ./packages/core/src/pack/pack.ts + 1 modules
var pack = __webpack_require__(22139);
// EXTERNAL MODULE: ./packages/core/src/promote/records.ts
var records = __webpack_require__(52256);
// EXTERNAL MODULE: ./packages/core/src/promote/inputs.ts + 5 modules
var promote_inputs = __webpack_require__(86680);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/sbom/run.ts + 4 modules
var sbom_run = __webpack_require__(48630);
// EXTERNAL MODULE: ./packages/core/src/sbom/inputs.ts
var sbom_inputs = __webpack_require__(47082);
// EXTERNAL MODULE: ./packages/core/src/sign/image.ts
var sign_image = __webpack_require__(5030);
// EXTERNAL MODULE: ./packages/core/src/sbom/image/publish.ts
var publish = __webpack_require__(32014);
// EXTERNAL MODULE: ./packages/core/src/sbom/writers.ts
var writers = __webpack_require__(17439);
// EXTERNAL MODULE: ./packages/core/src/sign/keys.ts
var keys = __webpack_require__(47887);
// EXTERNAL MODULE: ./packages/core/src/sign/run.ts + 4 modules
var sign_run = __webpack_require__(23686);
// EXTERNAL MODULE: ./packages/core/src/sign/verify-run.ts + 2 modules
var verify_run = __webpack_require__(10591);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(14769);
// EXTERNAL MODULE: ./packages/core/src/version/build-tag.ts + 4 modules
var build_tag = __webpack_require__(66286);
// EXTERNAL MODULE: ./packages/core/src/version/build-tag-inputs.ts + 1 modules
var build_tag_inputs = __webpack_require__(5528);
// EXTERNAL MODULE: ./packages/core/src/version/options.ts
var options = __webpack_require__(49752);
// EXTERNAL MODULE: ./packages/core/src/version/semver-calculate.ts + 1 modules
var semver_calculate = __webpack_require__(35047);
// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/release/release.ts
/**
 * `artefacts release`: the whole pipeline on the current repository, by the same core entry points
 * the actions use, each fed its own action.yml defaults (supplied by the caller) plus the values
 * that flow from the step before. Steps land here as the actions that own them land.
 */



























const RELEASE_DEFAULTS = { dev: 'oci:.artefacts/dev', prod: 'oci:.artefacts/prod', path: 'dist' };
/** Where release keeps its signing key pair and (when it generated it) the key's password. */
const RELEASE_DIR = '.artefacts';
const RELEASE_KEY_DIR = `${RELEASE_DIR}/keys`;
const RELEASE_SBOM_DIR = `${RELEASE_DIR}/sbom`;
function repository(input, value) {
    let ref;
    try {
        ref = (0,references/* parseReference */.F2)(value);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(input, value, 'a repository (registry/repository) or oci:<dir>, without tag or digest', (0,errors/* describeError */.Uc)(error));
    }
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw (0,errors/* inputError */.Xu)(input, value, 'a repository without tag or digest (release tags it with the immutable tag)');
    }
    return ref;
}
function parseReleaseInputs(raw) {
    // Each single value is one line (optionalText refuses control characters), the prefix too.
    const tagPrefix = (0,inputs/* plainValue */._y)('tag-prefix', raw('tag-prefix'));
    if (/\s/.test(tagPrefix))
        throw (0,errors/* inputError */.Xu)('tag-prefix', tagPrefix, 'a prefix without spaces, e.g. v');
    const dev = (0,inputs/* optionalText */.mR)(raw, 'dev') ?? RELEASE_DEFAULTS.dev;
    const prod = (0,inputs/* optionalText */.mR)(raw, 'prod') ?? RELEASE_DEFAULTS.prod;
    repository('dev', dev);
    repository('prod', prod);
    if (dev === prod)
        throw (0,errors/* inputError */.Xu)('prod', prod, 'another place than dev (promotion moves the artefact somewhere else)');
    return {
        tagPrefix: tagPrefix === '' ? 'v' : tagPrefix,
        image: (0,inputs/* optionalText */.mR)(raw, 'image'),
        dev,
        prod,
        path: (0,inputs/* optionalText */.mR)(raw, 'path') ?? RELEASE_DEFAULTS.path,
    };
}
/** A layout reference with its directory made absolute (relative to the workspace). */
function absolute(ref, cwd) {
    if (ref.kind === 'layout' && !(0,external_node_path_.isAbsolute)(ref.path))
        return (0,references/* formatReference */.FH)({ ...ref, path: (0,external_node_path_.resolve)(cwd, ref.path) });
    return (0,references/* formatReference */.FH)(ref);
}
async function readIfExists(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* ArtefactsError */.E('IO_FAILED', `Cannot read ${file}: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
}
async function writeExclusive(file, content, mode) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL, mode);
        await handle.writeFile(content);
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('IO_FAILED', `Cannot write ${file}: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    finally {
        await handle?.close();
    }
}
/**
 * Keeps what release writes out of commits: `<dir>/.gitignore` ignoring everything in `dir`, written
 * only when the folder has none (a user's own file is left as it is). The private key, its password,
 * the packed layouts and the SBOMs are outputs; `git add -A` must never pick them up.
 */
async function ignoredByGit(dir, why) {
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    const file = (0,external_node_path_.join)(dir, '.gitignore');
    if ((await readIfExists(file)) !== undefined)
        return;
    try {
        await writeExclusive(file, `# Written by artefacts release: ${why}, never to be committed.\n*\n`, 0o644);
    }
    catch (error) {
        // Another run wrote it between the check and the write: it exists, which is all that matters.
        if ((await readIfExists(file)) === undefined)
            throw error;
    }
}
/**
 * Opens release's own key with the password the user set (ARTEFACTS_KEY_PASSWORD or the password
 * file) before any step uses it: a step's error would name its own input (`key-password`,
 * `record-key`), which the user of `artefacts release` never gave.
 */
async function checkPassword(pem, password, message, options) {
    try {
        await (0,keys/* loadPrivateKey */.PM)(pem, password);
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `${message}: ${(0,errors/* describeError */.Uc)(error)}`, { ...options, cause: error });
    }
}
/**
 * The local signing key of `artefacts release`: `.artefacts/keys/cosign.key` (encrypted) and
 * `cosign.pub`, generated on the first run. The password comes from ARTEFACTS_KEY_PASSWORD, else it
 * is generated once, stored beside the key (`password`, mode 0600) and printed once with a warning:
 * for a local demo only, never for real releases.
 */
async function ensureReleaseKey(environment) {
    const { cwd, env, logger } = environment;
    const dir = (0,external_node_path_.resolve)(cwd, RELEASE_KEY_DIR);
    const privateKey = (0,external_node_path_.join)(dir, 'cosign.key');
    const publicKey = (0,external_node_path_.join)(dir, 'cosign.pub');
    const passwordFile = (0,external_node_path_.join)(dir, 'password');
    const fromEnv = env.ARTEFACTS_KEY_PASSWORD;
    const existing = await readIfExists(privateKey);
    if (existing !== undefined) {
        if ((await readIfExists(publicKey)) === undefined) {
            throw new errors/* ArtefactsError */.E('KEY_INVALID', `${publicKey} is missing beside ${privateKey}.`, {
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
            throw new errors/* ArtefactsError */.E('INPUT_MISSING', `ARTEFACTS_KEY_PASSWORD is not set and ${passwordFile} does not exist.`, {
                hint: `Set ARTEFACTS_KEY_PASSWORD to the password of ${privateKey}.`,
            });
        }
        const password = stored.trim();
        logger.secret(password);
        await checkPassword(existing, password, `The password in ${passwordFile} does not open ${privateKey}`, {
            hint: `Set ARTEFACTS_KEY_PASSWORD to the password of ${privateKey}, or move ${dir} away to generate a new pair.`,
        });
        return { privateKey, publicKey, password, created: false, passwordSource: 'password file' };
    }
    await ignoredByGit(dir, 'a private key and its password');
    let password;
    let passwordSource;
    if (fromEnv !== undefined && fromEnv !== '') {
        password = fromEnv;
        passwordSource = 'ARTEFACTS_KEY_PASSWORD';
    }
    else {
        password = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
        passwordSource = 'generated';
        await writeExclusive(passwordFile, `${password}\n`, 0o600);
        // Printed once, before it is masked: the one time the user sees it.
        logger.warning(`Generated a signing key password for local demo use only: ${password}\n` +
            `  It is stored in ${passwordFile} (mode 0600) and not printed again. For real releases set ARTEFACTS_KEY_PASSWORD (or sign keyless in CI).`);
    }
    logger.secret(password);
    const pair = await (0,keys/* generateKeyPair */.TZ)(password);
    await writeExclusive(privateKey, pair.privateKeyPem, 0o600);
    try {
        await writeExclusive(publicKey, pair.publicKeyPem, 0o644);
    }
    catch (error) {
        await (0,promises_.rm)(privateKey, { force: true });
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
async function attachSbomDocuments(store, digest, documents, cwd) {
    const subject = await store.resolve(digest);
    if (subject === undefined) {
        throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `The packed artefact ${digest} is not in ${store.location}.`);
    }
    const referrers = [];
    for (const path of documents) {
        // Attached byte for byte as the file holds them.
        const bytes = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path));
        const content = bytes.toString('utf8');
        const format = path.endsWith('.spdx.json') ? 'spdx-json' : 'cyclonedx-json';
        const parsed = JSON.parse(content);
        const created = new Date(parsed.metadata?.timestamp ?? parsed.creationInfo?.created ?? 0);
        const referrer = (0,publish.documentReferrer)({
            format,
            content,
            bytes,
            digest: (0,media/* sha256 */.sc)(bytes),
            mediaType: writers/* SBOM_MEDIA_TYPES */.b1[format],
        }, (0,external_node_path_.basename)(path), subject, created);
        referrers.push(referrer);
    }
    // Pushed together: one merge of a registry's fallback index for all of them.
    const attached = (await (0,sign_image.pushArtefacts)(store, referrers)).map((r) => r.digest);
    return { attached, note: `${attached.length} SBOM document(s) attached as referrers` };
}
/** Overlays values on an action's defaults. */
function withValues(base, values) {
    return (name) => values[name] ?? base(name);
}
/** The image name for the tag list: --image, else the GitHub repository's, package.json's, or the folder's name. */
function imageName(inputs, environment) {
    if (inputs.image !== undefined)
        return inputs.image;
    let candidate = environment.github?.repo;
    if (!candidate) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(environment.cwd, 'package.json'), 'utf8'));
            if (typeof pkg.name === 'string')
                candidate = pkg.name.replace(/^@[^/]+\//, '');
        }
        catch {
            // no package.json: fall back to the folder name
        }
    }
    const name = (candidate ?? (0,external_node_path_.basename)(environment.cwd))
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
    return name === '' ? 'artefact' : name;
}
/** Which flag of `artefacts release` each step's input comes from; every other input release sets itself. */
const FLAG_OF_INPUT = {
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
function inTermsOfRelease(step, error) {
    if (!(error instanceof errors/* ArtefactsError */.E))
        return error;
    const m = /^Input '([a-z0-9-]+)':? ?/.exec(error.message);
    if (m === null)
        return error;
    const input = m[1];
    const flag = FLAG_OF_INPUT[step]?.[input];
    const rest = error.message.slice(m[0].length);
    const message = flag
        ? `${flag} (the ${step} step's ${input}): ${rest}`
        : `The ${step} step of release failed on its ${input}, which release sets itself: ${rest}`;
    const hint = hintForRelease(error);
    return new errors/* ArtefactsError */.E(error.code, message, {
        ...(hint === undefined ? {} : { hint }),
        cause: error,
    });
}
/** release takes no allow-outside-workspace: a path refusal's hint gives the advice without the opt-in. */
const NO_OPT_IN = 'release has no opt-in: it reads and writes only inside the working directory.';
function hintForRelease(error) {
    return error instanceof paths/* PathRefusal */.CV ? `${error.advice} ${NO_OPT_IN}` : error.hint;
}
async function runRelease(inputs, defaults, environment) {
    try {
        return await release(inputs, defaults, environment);
    }
    catch (error) {
        // Its own checks (path, dev, prod) and the stores it opens refuse paths as the steps do.
        if (!(error instanceof paths/* PathRefusal */.CV))
            throw error;
        throw new errors/* ArtefactsError */.E(error.code, error.message, { hint: hintForRelease(error), cause: error });
    }
}
async function release(inputs, defaults, environment) {
    const { logger } = environment;
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    // release works on this repository: what it packs and where it writes stay in the working directory.
    const ws = (0,paths/* workspace */.Gl)(environment.cwd);
    (0,paths/* inWorkspace */.ve)(ws, 'path', inputs.path);
    // Its own folders, before anything is written: the key pair and its password go there.
    for (const dir of [RELEASE_DIR, RELEASE_KEY_DIR, RELEASE_SBOM_DIR])
        (0,paths/* ownPathInWorkspace */.QF)(ws, 'Release’s folder', dir);
    for (const [input, value] of [
        ['dev', inputs.dev],
        ['prod', inputs.prod],
    ]) {
        const ref = (0,references/* parseReference */.F2)(value);
        if (ref.kind === 'layout')
            (0,paths/* inWorkspace */.ve)(ws, input, ref.path);
    }
    await ignoredByGit((0,external_node_path_.resolve)(environment.cwd, RELEASE_DIR), 'its signing key, packed layouts and SBOMs');
    const steps = [];
    const run = async (name, fn) => {
        const outcome = await logger.group(name, fn).catch((error) => {
            throw inTermsOfRelease(name, error);
        });
        steps.push({ name, outputs: outcome.outputs });
        return outcome;
    };
    const semver = await run('semver-calculate', () => (0,semver_calculate/* runSemverCalculate */.Q)((0,options/* parseSemverCalculateInputs */.lO)(withValues(defaults('semver-calculate'), { 'tag-prefix': inputs.tagPrefix })), environment));
    const version = semver.outputs.version ?? '';
    const image = imageName(inputs, environment);
    const tags = await run('build-tag', () => (0,build_tag/* runBuildTag */.sA)((0,build_tag_inputs/* parseBuildTagInputs */.DP)(withValues(defaults('build-tag'), {
        version,
        images: image,
        'tag-prefix': inputs.tagPrefix,
        'export-env': 'false',
    })), environment));
    const annotations = tags.outputs.annotations ?? '';
    const immutableTag = tags.outputs['immutable-tag'] ?? '';
    const { cwd } = environment;
    const devRef = (0,references/* parseReference */.F2)(inputs.dev);
    const prodRef = (0,references/* parseReference */.F2)(inputs.prod);
    const dev = absolute(devRef, cwd);
    const prod = absolute(prodRef, cwd);
    const show = (ref) => ref.replace(`oci:${cwd}/`, 'oci:');
    const packed = await run('pack', () => (0,pack/* runPack */.R)((0,pack_inputs/* parsePackInputs */.C2)(withValues(defaults('pack'), { path: inputs.path, destination: dev, tags: immutableTag, annotations })), environment));
    const digest = packed.outputs.digest ?? '';
    const devArtefact = `${dev}@${digest}`;
    const sbomDir = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, RELEASE_SBOM_DIR)) || '.';
    // The SBOM describes what was packed (the artefact at its digest), not the repository's fixtures and tooling.
    const packedInput = devRef.kind === 'layout' ? { 'oci-layout': devArtefact } : { image: `${dev}@${digest}` };
    const sboms = await run('sbom', () => (0,sbom_run/* runSbom */.F)((0,sbom_inputs/* parseSbomInputs */.oP)(withValues(defaults('sbom'), { ...packedInput, 'output-dir': sbomDir })), environment));
    const sbomPaths = (sboms.outputs['sbom-paths'] ?? '').split('\n').filter(Boolean);
    const cyclonedx = sbomPaths.find((p) => p.endsWith('.cdx.json'));
    const attachment = await attachSbomDocuments((0,oci_open/* storeFromInputs */.zc)(devRef.kind === 'layout' ? (0,references/* parseReference */.F2)(dev) : devRef, {}, environment, (0,paths/* linksBeneath */.rd)(ws, 'dev')), digest, sbomPaths, cwd);
    const key = await ensureReleaseKey(environment);
    // Signed already (a re-run): the signature and SBOM attestation by this key are not pushed twice.
    const publicKey = (0,keys/* loadPublicKey */.fg)(await (0,promises_.readFile)(key.publicKey, 'utf8'));
    const devStore = (0,oci_open/* storeFromInputs */.zc)(devRef.kind === 'layout' ? (0,references/* parseReference */.F2)(dev) : devRef, {}, environment, (0,paths/* linksBeneath */.rd)(ws, 'dev'));
    const alreadySigned = await (0,sign_image.verifyImage)(devStore, digest, { key: publicKey, requiredPredicateTypes: [statements/* COSIGN_SIGN_PREDICATE */.u, ...(cyclonedx ? [statements/* CYCLONEDX_PREDICATE */.my] : [])] }, { ...environment.logger, info: environment.logger.debug }).then(() => true, () => false);
    if (alreadySigned) {
        steps.push({ name: 'sign', outputs: { skipped: 'true', reason: `already signed by ${publicKey.hint}` } });
        environment.logger.info(`── sign\n${show(devArtefact)} is already signed by this key: nothing pushed.`);
    }
    else {
        await run('sign', () => (0,sign_run/* runSign */.tl)((0,sign_run/* parseSignInputs */.a4)(withValues(defaults('sign'), {
            image: devArtefact,
            key: key.privateKey,
            'key-password': key.password,
            ...(cyclonedx ? { 'sbom-path': cyclonedx } : {}),
            'github-attestations': 'never',
        })), environment));
    }
    const verified = await run('verify', () => (0,verify_run/* runVerify */.R9)((0,verify_run/* parseVerifyInputs */.Wg)(withValues(defaults('verify'), {
        image: devArtefact,
        key: key.publicKey,
        attestations: cyclonedx ? 'cyclonedx' : '',
    })), environment));
    const promoted = await run('promote', () => (0,promote_inputs/* runPromote */.EQ)((0,promote_inputs/* parsePromoteInputs */.JI)(withValues(defaults('promote'), {
        source: devArtefact,
        destinations: `${prod}:${immutableTag}`,
        'require-signature': key.publicKey,
        environment: 'prod',
        'record-key': key.privateKey,
        'record-key-password': key.password,
    })), environment));
    const promoteResult = JSON.parse(promoted.outputs.json ?? '{}');
    // At the destination: the same digest under the tag, the signature, the SBOM attestation and a signed promotion record.
    const atProd = await run('verify prod', () => (0,verify_run/* runVerify */.R9)((0,verify_run/* parseVerifyInputs */.Wg)(withValues(defaults('verify'), {
        image: `${prod}:${immutableTag}`,
        key: key.publicKey,
        attestations: [...(cyclonedx ? ['cyclonedx'] : []), records/* PROMOTION_PREDICATE_TYPE */.Fc].join('\n'),
    })), environment));
    const prodDigest = atProd.outputs.digest ?? '';
    if (prodDigest !== digest) {
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${show(prod)}:${immutableTag} is ${prodDigest}, not ${digest}.`);
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
            attestedAs: cyclonedx ? statements/* CYCLONEDX_PREDICATE */.my : null,
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
        `signature      verified at prod with ${(0,external_node_path_.relative)(cwd, key.publicKey)}${alreadySigned ? ' (signed on an earlier run)' : ' (signed this run)'}`,
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

;// CONCATENATED MODULE: ./packages/cli/src/load/release.ts
// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.



/***/ }),

/***/ 32014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestConfig: () => (/* binding */ attestConfig),
/* harmony export */   documentReferrer: () => (/* binding */ documentReferrer),
/* harmony export */   publishDocuments: () => (/* binding */ publishDocuments)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37638);
/* harmony import */ var _oci_builder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23252);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96939);
/* harmony import */ var _sign_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40043);
/* harmony import */ var _sign_image_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5030);
/* harmony import */ var _sign_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(18100);
/* harmony import */ var _sign_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13816);
/* harmony import */ var _sign_referrer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70280);
/* harmony import */ var _sign_statements_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14769);
/* harmony import */ var _writers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17439);










/**
 * The referrer manifest for one SBOM document: artifactType = the document's media type, the
 * empty config, one layer = the document, `subject` = the platform image. `created` comes from
 * the document's time, so the same document always makes the same manifest (and digest).
 */
function documentReferrer(doc, fileName, subjectDescriptor, created) {
    const data = doc.bytes;
    const layer = {
        mediaType: doc.mediaType,
        digest: doc.digest,
        size: data.length,
        annotations: { [_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_TITLE */ .hg]: fileName },
    };
    const { manifest, descriptor } = (0,_oci_builder_js__WEBPACK_IMPORTED_MODULE_1__/* .referrerManifest */ .Dq)({
        artifactType: doc.mediaType,
        layers: [layer],
        subject: subjectDescriptor,
        annotations: { [_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CREATED */ .H]: (0,_writers_js__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(created) },
    });
    return { manifest: manifest.bytes, descriptor, blobs: [_sign_referrer_js__WEBPACK_IMPORTED_MODULE_3__.EMPTY_CONFIG, { descriptor: layer, data }] };
}
/**
 * Publishes the documents: each pushed as a referrer of its platform image (`attach`; the same
 * document makes the same manifest, so a re-run adds no duplicate), and each signed as an SBOM
 * attestation whose bundle is pushed as a referrer (`attest`: `signing` given). Everything is
 * signed first and pushed together, so a registry without the referrers API indexes all of one
 * image's referrers in one merge of its fallback index (one settle, not one per document).
 */
async function publishDocuments(store, name, results, publish, environment) {
    const planned = [];
    if (publish.attach) {
        const attach = results.flatMap((r) => r.documents.map((doc, i) => ({
            r,
            doc,
            artefact: documentReferrer(doc, r.fileNames[i] ?? 'sbom.json', r.descriptor, r.subject.timestamp),
        })));
        // Whether each is there already (a re-run), asked before anything is pushed: each image's
        // referrers listed once (a manifest digest names one manifest, whatever its type).
        const subjects = [...new Set(results.map((r) => r.descriptor.digest))];
        const listed = new Map(await Promise.all(subjects.map(async (s) => [s, await store.referrers(s)])));
        const there = attach.map(({ r, artefact }) => (listed.get(r.descriptor.digest) ?? []).some((d) => d.digest === artefact.descriptor.digest));
        for (const [i, { r, doc, artefact }] of attach.entries()) {
            planned.push({
                artefact,
                kind: 'sbom',
                format: doc.format,
                subject: r.descriptor.digest,
                said: (digest) => `${there[i] ? 'Already attached' : 'Attached'} ${doc.format} to ${r.descriptor.digest} as referrer ${digest}`,
            });
        }
    }
    if (publish.signing !== undefined) {
        for (const r of results) {
            for (const doc of r.documents) {
                const attestation = (0,_sign_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .sbomAttestation */ .Yu)(doc.content, 'formats');
                const signed = await (0,_sign_bundle_js__WEBPACK_IMPORTED_MODULE_5__.signStatement)((0,_sign_statements_js__WEBPACK_IMPORTED_MODULE_6__/* .statement */ .qZ)([(0,_sign_statements_js__WEBPACK_IMPORTED_MODULE_6__/* .subject */ .bc)(name, r.descriptor.digest)], attestation.predicateType, attestation.predicate), publish.signing);
                planned.push({
                    artefact: (0,_sign_referrer_js__WEBPACK_IMPORTED_MODULE_3__.bundleReferrer)(signed.bundle, r.descriptor, r.subject.timestamp),
                    kind: 'attestation',
                    format: doc.format,
                    subject: r.descriptor.digest,
                    said: (digest) => `Signed ${doc.format} as ${attestation.predicateType} (signer ${signed.signer}); referrer ${digest}`,
                });
            }
        }
    }
    const pushed = await (0,_sign_image_js__WEBPACK_IMPORTED_MODULE_7__.pushArtefacts)(store, planned.map((p) => p.artefact));
    return planned.map((p, i) => {
        const result = pushed[i];
        if (!result.referrerIndexed) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${store.location} stored ${p.kind === 'sbom' ? 'SBOM referrer' : 'attestation'} ${result.digest} but did not index it as a referrer of ${p.subject}.`);
        }
        environment.logger.info(p.said(result.digest));
        return { kind: p.kind, format: p.format, subject: p.subject, digest: result.digest };
    });
}
/** The signing config for `attest`, from the same key inputs as the sign action (keyless when no key). */
async function attestConfig(inputs, environment) {
    const signInputs = (0,_sign_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .keyOnlySignInputs */ .Eg)({
        image: inputs.image,
        key: inputs.key,
        keyPassword: inputs.keyPassword,
        keyless: 'auto',
    });
    return (0,_sign_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveSigningConfig */ .ML)(signInputs, environment);
}


/***/ }),

/***/ 35047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ runSemverCalculate)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/github/api.ts
var github_api = __webpack_require__(35793);
;// CONCATENATED MODULE: ./packages/core/src/github/comments.ts

function stickyMarker(action) {
    return `<!-- immutable-artefacts:${action} -->`;
}
/**
 * Creates or updates the comment carrying `marker` on PR `number`. A read-only token (fork pull
 * requests) is not a failure: the result says `skipped` with the reason, for a notice.
 */
async function upsertStickyComment(api, number, marker, body, logger) {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    try {
        const comments = await api.paginate(api.repoPath(`/issues/${number}/comments`), `list the comments of pull request #${number}`);
        // Our own comment is a bot's; a person quoting the marker must not have their comment edited.
        const marked = comments.filter((c) => typeof c.body === 'string' && c.body.includes(marker));
        const existing = marked.find((c) => c.user?.type === 'Bot') ?? marked.find((c) => (c.body ?? '').startsWith(marker));
        if (existing !== undefined) {
            if (existing.body === text)
                return { status: 'unchanged', id: existing.id };
            await api.request('PATCH', api.repoPath(`/issues/comments/${existing.id}`), {
                body: { body: text },
                permission: 'pull-requests: write',
                what: `update the preview comment on pull request #${number}`,
            });
            logger?.info(`Updated the preview comment on pull request #${number}.`);
            return { status: 'updated', id: existing.id };
        }
        const created = await api.request('POST', api.repoPath(`/issues/${number}/comments`), {
            body: { body: text },
            permission: 'pull-requests: write',
            what: `comment on pull request #${number}`,
        });
        logger?.info(`Created the preview comment on pull request #${number}.`);
        return { status: 'created', id: created.data.id };
    }
    catch (error) {
        if (error instanceof github_api/* GitHubApiError */.O && (error.status === 403 || error.status === 401)) {
            return {
                status: 'skipped',
                reason: `the token cannot write comments (${error.status}); fork pull requests get a read-only token`,
            };
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/version/calculate.ts + 5 modules
var calculate = __webpack_require__(57767);
// EXTERNAL MODULE: ./packages/core/src/version/report.ts
var report = __webpack_require__(9822);
;// CONCATENATED MODULE: ./packages/core/src/version/semver-calculate.ts






/** Every output, as strings. */
function versionOutputs(result) {
    const outputs = {
        version: result.version,
        'version-tag': result.versionTag,
        'release-version': result.releaseVersion,
        'previous-version': result.previousVersion ?? '',
        'previous-tag': result.previousTag ?? '',
        bump: result.bump,
        'bump-source': result.bumpSource,
        major: String(result.major),
        minor: String(result.minor),
        patch: String(result.patch),
        prerelease: result.prerelease,
        build: result.build,
        'is-prerelease': String(result.isPrerelease),
        'is-tagged': String(result.isTagged),
        'commits-since': String(result.commitsSince),
        changelog: result.changelog,
    };
    outputs.json = JSON.stringify({
        ...Object.fromEntries(Object.entries(outputs).filter(([k]) => k !== 'changelog')),
        major: result.major,
        minor: result.minor,
        patch: result.patch,
        'is-prerelease': result.isPrerelease,
        'is-tagged': result.isTagged,
        'commits-since': result.commitsSince,
        changelog: result.changelog,
        reasons: result.reasons,
        labels: result.labels,
        sha: result.sha,
        branch: result.branch ?? null,
        'pull-request': result.pullRequest ?? null,
        channel: result.channel ?? null,
        assumptions: result.assumptions,
    });
    return outputs;
}
const SEMVER_CALCULATE_MARKER = stickyMarker('semver-calculate');
/** The semver-calculate action: the version, its outputs, the job summary and the sticky PR comment. */
async function runSemverCalculate(inputs, environment) {
    const { logger, github } = environment;
    const result = await (0,calculate/* calculateVersion */.n)(inputs, environment);
    logger.info(`${result.previousVersion ?? '(none)'} → ${result.version} (bump ${result.bump}, from ${result.bumpSource})`);
    const summary = (0,report/* renderSummary */.B)(result, inputs);
    const pr = github?.pullRequest;
    if (pr !== undefined && github !== undefined && /^pull_request/.test(github.eventName) && inputs.comment) {
        // pull_request_target runs with the base repository's token, which can comment on forks' PRs.
        if (pr.isFork && github.eventName !== 'pull_request_target') {
            logger.notice('Fork pull request: its token is read-only, so the version preview is in the job summary only.');
        }
        else if (inputs.token === '') {
            logger.notice('No github-token: the version preview is in the job summary only.');
        }
        else {
            const api = new github_api/* GitHubApi */.y({
                apiUrl: github.apiUrl,
                token: inputs.token,
                owner: github.owner,
                repo: github.repo,
                logger,
            });
            const outcome = await upsertStickyComment(api, pr.number, SEMVER_CALCULATE_MARKER, summary, logger).catch((error) => {
                logger.warning(`Could not write the preview comment on pull request #${pr.number}: ${(0,errors/* describeError */.Uc)(error)}`);
                return undefined;
            });
            if (outcome?.status === 'skipped') {
                logger.notice(`The version preview is in the job summary only: ${outcome.reason}.`);
            }
        }
    }
    return {
        outputs: versionOutputs(result),
        summary: (0,src_summary/* jobSummary */.sp)('semver-calculate', result.versionTag, github, summary),
    };
}


/***/ })

};
