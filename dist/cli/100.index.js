export const id = 100;
export const ids = [100];
export const modules = {

/***/ 18100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r0: () => (/* binding */ TRUST_PATH_INPUTS),
  Eg: () => (/* binding */ keyOnlySignInputs),
  GA: () => (/* binding */ loadVerificationPolicy),
  oo: () => (/* binding */ parseSigningInputs),
  QD: () => (/* binding */ parseTrustOptions),
  K7: () => (/* binding */ parseVerificationInputs),
  ML: () => (/* binding */ resolveSigningConfig),
  Xc: () => (/* binding */ trustInWorkspace)
});

// UNUSED EXPORTS: parseConditionsInput, tufMirrorFor

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var bundle = __webpack_require__(40043);
// EXTERNAL MODULE: ./packages/core/src/sign/keys.ts
var keys = __webpack_require__(47887);
// EXTERNAL MODULE: ./packages/core/src/sign/oidc.ts
var oidc = __webpack_require__(1354);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./packages/core/src/sign/signing-config.ts
/**
 * A Sigstore signing config (`signing_config.json`, protobuf-specs SigningConfig v0.2, what cosign
 * v3 reads with `--signing-config`): the Fulcio, Rekor and timestamp authority URLs of an instance,
 * for private Sigstore deployments (and tests). Services are chosen as the spec says: the highest
 * API version we speak, valid now, newest validity start first, at most one per operator, as many
 * as the `rekorTlogConfig` / `tsaConfig` selector asks for (ANY: one, ALL: every operator, EXACT: count).
 */



const MEDIA_TYPES = [
    'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    'application/vnd.dev.sigstore.signingconfig.v0.1+json',
];
/** API versions our clients speak: Fulcio v1 (…/api/v2/signingCert), Rekor v1, RFC 3161 TSA v1. */
const CA_VERSION = 1;
const REKOR_VERSION = 1;
const TSA_VERSION = 1;
function valid(service, now) {
    const start = service.validFor?.start;
    const end = service.validFor?.end;
    return (start === undefined || start <= now) && (end === undefined || now <= end);
}
/** Services of the highest supported version, valid at `now`, newest first. */
function candidates(services, maxVersion, now) {
    const usable = services.filter((s) => s.url && s.majorApiVersion <= maxVersion && valid(s, now));
    const top = Math.max(...usable.map((s) => s.majorApiVersion));
    return usable
        .filter((s) => s.majorApiVersion === top)
        .sort((a, b) => (b.validFor?.start?.getTime() ?? 0) - (a.validFor?.start?.getTime() ?? 0));
}
function signing_config_select(services, config, maxVersion, what, now, path) {
    if (config === undefined)
        return [];
    const perOperator = new Map();
    for (const s of candidates(services, maxVersion, now)) {
        if (!perOperator.has(s.operator))
            perOperator.set(s.operator, s);
    }
    const distinct = [...perOperator.values()];
    let wanted;
    switch (config.selector) {
        case dist.ServiceSelector.ANY:
            wanted = 1;
            break;
        case dist.ServiceSelector.ALL:
            wanted = Math.max(distinct.length, 1);
            break;
        case dist.ServiceSelector.EXACT:
            wanted = config.count;
            break;
        default:
            throw (0,errors/* inputError */.Xu)('signing-config', path, `a ${what} selector of ANY, ALL or EXACT`);
    }
    if (wanted < 1 || distinct.length < wanted) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `at least ${Math.max(wanted, 1)} ${what} service(s) of API version ${maxVersion} valid now, from distinct operators (found ${distinct.length})`);
    }
    return distinct.slice(0, wanted).map((s) => s.url.replace(/\/+$/, ''));
}
/**
 * The instance a signing config describes. `path` names the file in messages. OIDC providers
 * listed in the config are not used: on GitHub the token comes from the Actions token service.
 */
function instanceFromSigningConfig(json, path, now = new Date()) {
    let config;
    try {
        const value = typeof json === 'string' ? JSON.parse(json) : json;
        config = dist.SigningConfig.fromJSON(value);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a Sigstore signing config (JSON): ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (!MEDIA_TYPES.includes(config.mediaType)) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a Sigstore signing config with mediaType ${MEDIA_TYPES[0]} (got ${JSON.stringify(config.mediaType)})`);
    }
    const [ca] = candidates(config.caUrls, CA_VERSION, now);
    if (!ca) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a certificate authority (caUrls) of API version ${CA_VERSION} valid now`);
    }
    const rekorURLs = signing_config_select(config.rekorTlogUrls, config.rekorTlogConfig, REKOR_VERSION, 'Rekor', now, path);
    const tsaURLs = signing_config_select(config.tsaUrls, config.tsaConfig, TSA_VERSION, 'timestamp authority', now, path);
    if (rekorURLs.length === 0 && tsaURLs.length === 0) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, 'a transparency log (rekorTlogUrls + rekorTlogConfig) and/or a timestamp authority (tsaUrls + tsaConfig)');
    }
    return {
        name: `signing config ${path}`,
        fulcioURL: ca.url.replace(/\/+$/, ''),
        ...(rekorURLs[0] ? { rekorURL: rekorURLs[0], rekorURLs } : {}),
        ...(tsaURLs[0] ? { tsaURL: tsaURLs[0], tsaURLs } : {}),
    };
}
async function readSigningConfig(path, shownAs) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('signing-config', shownAs, `a readable signing config file (${(0,errors/* describeError */.Uc)(error)})`);
    }
    return instanceFromSigningConfig(text, shownAs);
}

// EXTERNAL MODULE: ./packages/core/src/sign/trust.ts
var trust = __webpack_require__(69753);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
;// CONCATENATED MODULE: ./packages/core/src/sign/tuf.ts
/**
 * The Sigstore trusted root (`trusted_root.json`: Fulcio CAs, Rekor, CT log and timestamp authority
 * keys) fetched the way cosign and sigstore-js fetch it: through the instance's TUF repository
 * (@sigstore/tuf over tuf-js: root rotation, signed and unexpired timestamp / snapshot / targets
 * metadata, hash-checked target), cached on disk. Public-good's initial root (and a seed copy of
 * its trusted root) ship inside @sigstore/tuf; other repositories need their initial root.json.
 *
 * Offline: nothing is fetched; the trusted root last verified into the cache is used, else the
 * seed copy shipped in @sigstore/tuf (public-good only), with a notice saying which.
 */







/** The TUF repositories of the two instances GitHub workflows sign with. */
const TUF_MIRRORS = {
    'public-good': 'https://tuf-repo-cdn.sigstore.dev',
    github: 'https://tuf-repo.github.com',
};
const TARGET = 'trusted_root.json';
/** The cache directory: the job's RUNNER_TEMP on a runner, else ~/.cache/immutable-artefacts/tuf. */
function tufCacheDir(env) {
    if (env.RUNNER_TEMP)
        return (0,external_node_path_.join)(env.RUNNER_TEMP, 'immutable-artefacts', 'tuf');
    const cache = env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(cache, 'immutable-artefacts', 'tuf');
}
/** The directory @sigstore/tuf keeps one repository's metadata in (its own naming). */
function repositoryDir(cacheDir, mirror) {
    const url = new URL(mirror);
    return (0,external_node_path_.join)(cacheDir, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
}
const seedTable = seeds;
function hasSeed(mirror) {
    return seedTable[mirror] !== undefined;
}
/** Names the cause chain's classes, to tell "cannot reach" from "does not verify". */
function causes(error) {
    const chain = [];
    for (let e = error; e !== undefined && e !== null && chain.length < 8;) {
        chain.push(e);
        e = e.cause;
    }
    return chain;
}
function isNetworkFailure(error) {
    return causes(error).some((e) => {
        const name = e.constructor?.name ?? '';
        const code = e.code;
        return (/^Download(HTTP|LengthMismatch)?Error$/.test(name) ||
            // tuf-js re-throws fetch's TypeError as `new Error(String(error))`: only the message is left.
            (e instanceof Error &&
                /fetch failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|socket hang up/i.test(e.message)) ||
            (e instanceof Error && ['AbortError', 'TimeoutError'].includes(e.name)) ||
            (typeof code === 'string' && /^(ECONN|ENOTFOUND|EAI_|ETIMEDOUT|UND_ERR)/.test(code)));
    });
}
function deepest(error) {
    return causes(error)
        .map((e) => (0,errors/* describeError */.Uc)(e))
        .filter((m, i, all) => m && all.indexOf(m) === i)
        .join(': ');
}
async function offlineRoot(options) {
    const cached = (0,external_node_path_.join)(repositoryDir(options.cacheDir, options.mirror), 'targets', TARGET);
    let text;
    try {
        text = await (0,promises_.readFile)(cached, 'utf8');
        options.logger.notice(`Offline: using the Sigstore trusted root cached from ${options.mirror} in ${cached} (no freshness check).`);
    }
    catch {
        const seed = seedTable[options.mirror]?.targets?.[TARGET];
        if (seed !== undefined) {
            text = Buffer.from(seed, 'base64').toString('utf8');
            options.logger.notice(`Offline: using the Sigstore trusted root embedded in @sigstore/tuf for ${options.mirror}; it may predate the instance's newest keys.`);
        }
    }
    if (text === undefined) {
        throw new errors/* ArtefactsError */.E('TRUST_ROOT_UNAVAILABLE', `Offline, and no Sigstore trusted root from ${options.mirror} is cached in ${options.cacheDir}.`, {
            hint: 'Give `trusted-root` (a trusted_root.json), or run once online so the TUF cache is filled, or set offline: false.',
        });
    }
    return (0,trust/* parseTrustedRoot */.t1)(text);
}
/**
 * What a root.json holds, when it is not TUF root metadata (a JSON object whose `signed._type` is
 * "root", with `signed.keys`, `signed.roles` and `signatures`); undefined when it is one. Its
 * signatures are checked by tuf-js when the repository is fetched.
 */
function notTufRoot(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        return 'the file is not JSON';
    }
    const object = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!object(document) || !object(document.signed))
        return 'the file is JSON but not TUF metadata (no "signed" object)';
    const type = document.signed._type;
    if (type !== 'root')
        return `the file is TUF metadata of type ${JSON.stringify(type)}, not "root"`;
    if (!object(document.signed.keys) || !object(document.signed.roles) || !Array.isArray(document.signatures)) {
        return 'the file is TUF root metadata without keys, roles or signatures';
    }
    return undefined;
}
/** Fetches (or, offline, reads back) the trusted root of a Sigstore instance through TUF. */
async function fetchTrustedRoot(options) {
    const { mirror, logger } = options;
    if (options.offline)
        return offlineRoot(options);
    const shown = options.rootShown ?? options.rootPath;
    if (options.rootPath) {
        let text;
        try {
            text = await (0,promises_.readFile)(options.rootPath, 'utf8');
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)('tuf-root', options.rootPath, `a readable root.json (${(0,errors/* describeError */.Uc)(error)})`);
        }
        const problem = notTufRoot(text);
        if (problem !== undefined) {
            throw (0,errors/* inputError */.Xu)('tuf-root', shown ?? '', `the initial root.json of the TUF repository ${mirror} (TUF root metadata: JSON whose signed._type is "root"), but ${problem}`, `Give the repository's 1.root.json (or a later root you trust), obtained out of band, or \`trusted-root\` directly.`);
        }
    }
    if (!options.rootPath && !hasSeed(mirror)) {
        // No initial root for this repository: only a cache from an earlier run can anchor it.
        try {
            await (0,promises_.readFile)((0,external_node_path_.join)(repositoryDir(options.cacheDir, mirror), 'root.json'));
        }
        catch {
            throw (0,errors/* inputError */.Xu)('tuf-root', '', `the initial root.json of the TUF repository ${mirror} (none is embedded for it)`, 'Give `tuf-root` (the repository’s 1.root.json or a later root you trust), or `trusted-root` directly.');
        }
    }
    logger.info(`Fetching the Sigstore trusted root from ${mirror} (TUF, cache ${options.cacheDir}).`);
    // A cached root.json that is no TUF root (a damaged cache) would be trusted over the one given: replace it.
    const cachedRoot = (0,external_node_path_.join)(repositoryDir(options.cacheDir, mirror), 'root.json');
    const cached = options.rootPath === undefined ? undefined : await (0,promises_.readFile)(cachedRoot, 'utf8').catch(() => undefined);
    const damaged = cached !== undefined && notTufRoot(cached) !== undefined;
    try {
        return await (0,tuf_dist.getTrustedRoot)({
            mirrorURL: mirror,
            cachePath: options.cacheDir,
            ...(options.rootPath ? { rootPath: (0,external_node_path_.resolve)(options.rootPath) } : {}),
            ...(damaged ? { forceInit: true } : {}),
            retry: { retries: options.retries ?? 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
            timeout: options.timeoutMs ?? 10_000,
        });
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E)
            throw error;
        if (isNetworkFailure(error)) {
            throw new errors/* ArtefactsError */.E('TRUST_ROOT_UNAVAILABLE', `Cannot fetch the Sigstore trusted root from ${mirror}: ${deepest(error)}.`, {
                cause: error,
                hint: `Allow the job to reach ${mirror}, or give \`trusted-root\` (a trusted_root.json), or set offline: true to use the cached one.`,
            });
        }
        if (options.rootPath) {
            // The root given is a root, but the repository's metadata does not verify against it: either may be at fault.
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `The TUF repository ${mirror} did not verify against the root given in 'tuf-root' (${JSON.stringify(shown)}): ${deepest(error)}.`, {
                cause: error,
                hint: `Check that 'tuf-root' is a root of ${mirror} (its 1.root.json, or a later root you trust); if it is, the repository's metadata is unsigned, expired or rolled back: do not use it.`,
            });
        }
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `The TUF repository ${mirror} did not verify: ${deepest(error)}.`, {
            cause: error,
            hint: 'Its metadata is unsigned, expired, rolled back or not signed by the root you trust; do not use it.',
        });
    }
}

// EXTERNAL MODULE: ./packages/core/src/sign/condition-lines.ts
var condition_lines = __webpack_require__(95812);
;// CONCATENATED MODULE: ./packages/core/src/sign/inputs.ts
/**
 * The sign and verify actions' inputs, parsed and checked once (the actions, the CLI and
 * promote's gate share these), and turned into a signing config / verification policy.
 * Key inputs take the PEM itself (a secret) or a path to it, as cosign's --key takes a path.
 */














/** What a step produced, attested as a predicate the ecosystem reads (sign's `attest-type`). */
const ATTEST_TYPES = ['vuln', 'test-result', 'approval'];
/**
 * The sign action's inputs for a caller that only signs a statement of its own (promote's record,
 * sbom's attestation) with the given key, or keyless: no subjects, no attestations, no log upload,
 * the instance chosen as the sign action chooses it.
 */
function keyOnlySignInputs(key) {
    return {
        image: key.image,
        files: [],
        checksums: [],
        key: key.key,
        keyPassword: key.keyPassword,
        keyless: key.keyless,
        transparencyLog: false,
        provenance: false,
        predicateType: undefined,
        predicate: undefined,
        predicatePath: undefined,
        sbomPath: undefined,
        legacySignature: false,
        sigstoreInstance: 'auto',
    };
}
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
function parseSigningInputs(get) {
    const inputs = {
        image: src_inputs/* optionalText */.mR(get, 'image'),
        files: src_inputs/* list */.p_(get, 'files', { comma: false }),
        checksums: src_inputs/* list */.p_(get, 'checksums', { comma: false }),
        key: src_inputs/* optionalKey */.Qr(get, 'key'),
        keyPassword: get('key-password'),
        identityToken: src_inputs/* optionalBlock */.ki(get, 'identity-token'),
        keyless: src_inputs/* booleanOrAuto */.nD(get, 'keyless'),
        transparencyLog: src_inputs/* boolean */.zM(get, 'transparency-log', false),
        provenance: src_inputs/* boolean */.zM(get, 'provenance', false),
        predicateType: src_inputs/* optionalText */.mR(get, 'predicate-type'),
        predicate: src_inputs/* optionalBlock */.ki(get, 'predicate'),
        predicatePath: src_inputs/* optionalText */.mR(get, 'predicate-path'),
        sbomPath: src_inputs/* optionalText */.mR(get, 'sbom-path'),
        legacySignature: src_inputs/* boolean */.zM(get, 'legacy-signature', false),
        sigstoreInstance: src_inputs/* oneOf */.yL(get, 'sigstore-instance', ['auto', 'public-good', 'github'], 'auto'),
        signingConfig: src_inputs/* optionalText */.mR(get, 'signing-config'),
        force: src_inputs/* boolean */.zM(get, 'force', false),
        attestType: get('attest-type').trim() === '' ? undefined : src_inputs/* oneOf */.yL(get, 'attest-type', ATTEST_TYPES),
        attestPath: src_inputs/* optionalText */.mR(get, 'attest-path'),
        attestEnvironment: src_inputs/* optionalText */.mR(get, 'attest-environment'),
    };
    if (!inputs.image && inputs.files.length === 0 && inputs.checksums.length === 0) {
        throw (0,errors/* inputError */.Xu)('image', '', 'an image reference, or files / checksums to sign', 'Set `image`, `files` or `checksums`.');
    }
    // Inputs that do nothing without a key are an error, naming the missing key.
    if (inputs.keyPassword !== '' && !inputs.key) {
        throw (0,errors/* inputError */.Xu)('key-password', '(set)', 'empty unless key is given (key is missing)');
    }
    if (inputs.transparencyLog && !inputs.key) {
        throw (0,errors/* inputError */.Xu)('transparency-log', src_inputs/* text */.Qq(get, 'transparency-log'), 'false unless key is given (key is missing; keyless signing logs as its instance does)');
    }
    if (inputs.identityToken && inputs.key) {
        throw (0,errors/* inputError */.Xu)('identity-token', '(set)', 'empty when a key is given (sign with the key or keyless, not both)');
    }
    if (inputs.identityToken && inputs.keyless === false) {
        throw (0,errors/* inputError */.Xu)('identity-token', '(set)', 'empty when keyless is false (the token is only for keyless signing)');
    }
    if (inputs.key && inputs.keyless === true) {
        throw (0,errors/* inputError */.Xu)('keyless', src_inputs/* text */.Qq(get, 'keyless'), 'false or auto when a key is given (sign with the key or keyless, not both)');
    }
    if (inputs.predicate && inputs.predicatePath) {
        throw (0,errors/* inputError */.Xu)('predicate', inputs.predicate, 'empty when predicate-path is given (one source for the predicate)');
    }
    if ((inputs.predicate || inputs.predicatePath) && !inputs.predicateType) {
        throw (0,errors/* inputError */.Xu)('predicate-type', '', 'the predicate’s type URI (e.g. https://example.com/test-result/v1)');
    }
    if (inputs.predicateType && !URI.test(inputs.predicateType)) {
        throw (0,errors/* inputError */.Xu)('predicate-type', inputs.predicateType, 'a URI such as https://slsa.dev/provenance/v1');
    }
    if (inputs.predicateType && !inputs.predicate && !inputs.predicatePath) {
        throw (0,errors/* inputError */.Xu)('predicate', '', 'a JSON predicate (or predicate-path) for predicate-type');
    }
    if (inputs.attestType && inputs.attestType !== 'approval' && !inputs.attestPath) {
        throw (0,errors/* inputError */.Xu)('attest-path', '', inputs.attestType === 'vuln'
            ? 'the scan report to attest (trivy or grype JSON, or SARIF) with attest-type: vuln'
            : 'the JUnit XML report to attest with attest-type: test-result');
    }
    if (inputs.attestType === 'approval' && inputs.attestPath) {
        throw (0,errors/* inputError */.Xu)('attest-path', inputs.attestPath, 'empty with attest-type: approval (the run is the approval)');
    }
    if (!inputs.attestType && inputs.attestPath) {
        throw (0,errors/* inputError */.Xu)('attest-type', '', `one of ${ATTEST_TYPES.join(', ')} when attest-path is given`);
    }
    if (inputs.attestEnvironment && inputs.attestType !== 'approval') {
        throw (0,errors/* inputError */.Xu)('attest-environment', inputs.attestEnvironment, 'empty unless attest-type is approval');
    }
    if (inputs.signingConfig && inputs.sigstoreInstance !== 'auto') {
        throw (0,errors/* inputError */.Xu)('sigstore-instance', inputs.sigstoreInstance, 'auto when signing-config is given (the signing config names the services)');
    }
    if (!inputs.image && (inputs.legacySignature || inputs.sbomPath)) {
        const input = inputs.legacySignature ? 'legacy-signature' : 'sbom-path';
        throw (0,errors/* inputError */.Xu)(input, src_inputs/* text */.Qq(get, input), 'used only with `image`');
    }
    return inputs;
}
function parseVerificationInputs(get) {
    const attestations = src_inputs/* list */.p_(get, 'attestations').map((a) => {
        const type = condition_lines/* PREDICATE_ALIASES */.tq[a.toLowerCase()] ?? a;
        if (!URI.test(type)) {
            throw (0,errors/* inputError */.Xu)('attestations', a, `predicate type URIs, or ${Object.keys(condition_lines/* PREDICATE_ALIASES */.tq).join(', ')}`);
        }
        return type;
    });
    const inputs = {
        image: src_inputs/* optionalText */.mR(get, 'image'),
        files: src_inputs/* list */.p_(get, 'files', { comma: false }),
        key: src_inputs/* optionalKey */.Qr(get, 'key'),
        certificateIdentity: src_inputs/* optionalText */.mR(get, 'certificate-identity'),
        certificateIdentityRegexp: src_inputs/* regex */.yG(get, 'certificate-identity-regexp'),
        certificateOidcIssuer: src_inputs/* optionalText */.mR(get, 'certificate-oidc-issuer'),
        attestations,
        offline: src_inputs/* boolean */.zM(get, 'offline', false),
        trustedRoot: src_inputs/* optionalText */.mR(get, 'trusted-root'),
        requireTransparencyLog: src_inputs/* boolean */.zM(get, 'require-transparency-log', false),
        sigstoreInstance: src_inputs/* oneOf */.yL(get, 'sigstore-instance', ['auto', 'public-good', 'github'], 'auto'),
        tufMirror: src_inputs/* optionalText */.mR(get, 'tuf-mirror'),
        tufRoot: src_inputs/* optionalText */.mR(get, 'tuf-root'),
        bundle: src_inputs/* optionalText */.mR(get, 'bundle'),
        showStatements: src_inputs/* boolean */.zM(get, 'show-statements', false),
        conditions: (0,condition_lines/* parseConditionsInput */.eR)(get),
    };
    for (const entry of inputs.files) {
        if (/^sha(256|384|512):/i.test(entry) && !(0,references/* isDigest */.Bc)(entry)) {
            throw (0,errors/* inputError */.Xu)('files', entry, 'a glob, or a digest sha256:<64 lower-case hex digits>');
        }
    }
    if (inputs.files.some((f) => f.startsWith('sha256:')) && !inputs.bundle) {
        throw (0,errors/* inputError */.Xu)('bundle', '', 'the path of the bundle to verify a sha256: digest with (a digest has no file beside which to find one)');
    }
    if (inputs.bundle && inputs.files.length === 0) {
        throw (0,errors/* inputError */.Xu)('files', '', 'the files or sha256: digests the bundle is about, when bundle is given');
    }
    if (inputs.tufMirror && !/^https?:\/\/[^\s/]+/i.test(inputs.tufMirror)) {
        throw (0,errors/* inputError */.Xu)('tuf-mirror', inputs.tufMirror, 'the http(s) URL of a TUF repository');
    }
    if (inputs.trustedRoot && (inputs.tufMirror || inputs.tufRoot)) {
        throw (0,errors/* inputError */.Xu)(inputs.tufMirror ? 'tuf-mirror' : 'tuf-root', (inputs.tufMirror ?? inputs.tufRoot), 'empty when trusted-root is given (the trusted root comes from one place)');
    }
    if (!inputs.image && inputs.files.length === 0) {
        throw (0,errors/* inputError */.Xu)('image', '', 'an image reference, or files to verify');
    }
    const keyless = inputs.certificateIdentity || inputs.certificateIdentityRegexp || inputs.certificateOidcIssuer;
    if (inputs.key && keyless) {
        throw (0,errors/* inputError */.Xu)('key', '(a key)', 'empty when certificate-identity / -regexp / certificate-oidc-issuer are given (one policy)');
    }
    if (!inputs.key && !keyless) {
        throw (0,errors/* inputError */.Xu)('key', '', 'a public key, or certificate-identity (or -regexp) with certificate-oidc-issuer');
    }
    // Where the keyless trusted root comes from means nothing when verifying with a key.
    for (const [name, value] of [
        ['tuf-mirror', inputs.tufMirror],
        ['tuf-root', inputs.tufRoot],
        ['sigstore-instance', inputs.sigstoreInstance === 'auto' ? undefined : inputs.sigstoreInstance],
    ]) {
        if (value !== undefined && !keyless) {
            throw (0,errors/* inputError */.Xu)(name, value, 'empty unless verifying keyless (certificate-identity and certificate-oidc-issuer are missing; key is given)');
        }
    }
    if (keyless) {
        if (!inputs.certificateIdentity && !inputs.certificateIdentityRegexp) {
            throw (0,errors/* inputError */.Xu)('certificate-identity', '', 'the signer’s identity (or certificate-identity-regexp)');
        }
        if (!inputs.certificateOidcIssuer) {
            throw (0,errors/* inputError */.Xu)('certificate-oidc-issuer', '', 'the OIDC issuer, e.g. https://token.actions.githubusercontent.com');
        }
    }
    return inputs;
}
/**
 * Reads a key input: PEM text as given, or the file it names (relative to the workspace); with the
 * source its errors name (the input, and the path or "(PEM text)").
 */
async function keyText(value, input, cwd) {
    const source = (0,keys/* keySource */.JC)(input, value);
    if (value.includes('-----BEGIN'))
        return { pem: value, source };
    try {
        return { pem: await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, value), 'utf8'), source };
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(input, value, `a PEM key or the path of a readable key file (${(0,errors/* describeError */.Uc)(error)})`);
    }
}
/**
 * The signing config the inputs ask for: key (decrypted here) or keyless (token fetched lazily).
 * `keyInput` is the name the caller's step gives the key (`key` for sign and sbom, `record-key`
 * for promote): an error about the key names it.
 */
async function resolveSigningConfig(inputs, environment, keyInput = 'key') {
    const { env, logger, cwd } = environment;
    // The key's password: the input, else COSIGN_PASSWORD as cosign reads it.
    const password = inputs.keyPassword !== '' ? inputs.keyPassword : (env.COSIGN_PASSWORD ?? '');
    if (password)
        logger.secret(password);
    if (inputs.key) {
        if (inputs.key.includes('-----BEGIN'))
            logger.secret(inputs.key);
        const { pem, source } = await keyText(inputs.key, keyInput, cwd);
        const key = await (0,keys/* loadPrivateKey */.PM)(pem, password, source);
        const instance = await chooseInstance(inputs, environment);
        if (inputs.transparencyLog && !instance.rekorURL) {
            throw (0,errors/* inputError */.Xu)('transparency-log', 'true', `false with the '${instance.name}' instance, which has no transparency log`);
        }
        return {
            kind: 'key',
            key,
            ...(inputs.transparencyLog && instance.rekorURL ? { rekorURL: instance.rekorURL } : {}),
        };
    }
    if (inputs.keyless === false) {
        throw (0,errors/* inputError */.Xu)(keyInput, '', 'a private key when keyless is false');
    }
    const given = givenIdentityToken(inputs, env);
    if (given !== undefined) {
        logger.secret(given.token);
        const who = tokenIdentity(given.token, given.from);
        const instance = await chooseInstance(inputs, environment);
        logger.info(`Signing keyless with the ${instance.name} Sigstore instance and a token (from ${given.from}) for ${who.identity}, issuer ${who.issuer}.`);
        return { kind: 'keyless', instance, identityToken: async () => given.token, tokenFrom: given.from };
    }
    if (!(0,oidc/* canRequestIdToken */.yE)(env)) {
        throw new errors/* ArtefactsError */.E('GITHUB_PERMISSION', 'No key was given and there is no OIDC token to sign keyless with.', {
            hint: 'Give an identity token (`identity-token`, or SIGSTORE_ID_TOKEN in the environment), add `permissions: id-token: write` to a GitHub Actions job, or give `key` and `key-password`.',
        });
    }
    const instance = await chooseInstance(inputs, environment);
    logger.info(`Signing keyless with the ${instance.name} Sigstore instance.`);
    let fetched;
    return {
        kind: 'keyless',
        instance,
        // Fetched once, when first needed (the signer, provenance and the report all read it).
        identityToken: () => (fetched ??= (0,oidc/* githubIdToken */.eC)(env, 'sigstore').then((token) => {
            logger.secret(token);
            return token;
        })),
    };
}
/** The identity token given to this run: `identity-token`, else SIGSTORE_ID_TOKEN (as cosign reads it). */
function givenIdentityToken(inputs, env) {
    if (inputs.identityToken)
        return { token: inputs.identityToken.trim(), from: 'identity-token' };
    const fromEnv = env.SIGSTORE_ID_TOKEN?.trim();
    return fromEnv ? { token: fromEnv, from: 'SIGSTORE_ID_TOKEN' } : undefined;
}
/**
 * Who a given token says it is, checked before Fulcio sees it: a JWT with an issuer, not expired.
 * Fulcio decides the certificate's identity (per issuer: the email, the CI's workflow URI or the
 * subject); this is what the token claims, shown so that `verify` can be given it.
 */
function tokenIdentity(token, from) {
    const where = from === 'identity-token' ? "Input 'identity-token'" : from;
    const notToken = () => new errors/* ArtefactsError */.E('INPUT_INVALID', `${where}: not an OIDC identity token (expected a JWT whose claims name an issuer, iss).`, { hint: 'Pass the token the CI issues for the audience "sigstore" (GitLab: id_tokens with aud: sigstore).' });
    let claims;
    try {
        claims = (0,oidc/* tokenClaims */.f)(token);
    }
    catch {
        throw notToken();
    }
    const text = (name) => (typeof claims[name] === 'string' ? claims[name] : '');
    const issuer = text('iss');
    if (issuer === '')
        throw notToken();
    const expires = typeof claims.exp === 'number' ? claims.exp : undefined;
    if (expires !== undefined && expires * 1000 < Date.now()) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${where}: the identity token expired at ${new Date(expires * 1000).toISOString()}.`, { hint: 'Ask the CI for a fresh token in the same job that signs (CI tokens live for minutes).' });
    }
    // What the signer proves it holds the token for (Sigstore's challenge): a verified email, else sub.
    const email = text('email');
    if (email !== '' ? !claims.email_verified : text('sub') === '') {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', email !== ''
            ? `${where}: the identity token's email is not verified by its issuer (email_verified); Sigstore signs only for a verified email.`
            : `${where}: the identity token has no subject (sub); Sigstore needs one, or a verified email, to sign for.`, { hint: 'Pass the token the CI issues for the audience "sigstore" (GitLab: id_tokens with aud: sigstore).' });
    }
    // Fulcio's subject per issuer: the email; GitLab's pipeline config URI; GitHub's workflow; else sub.
    const gitlab = text('ci_config_ref_uri');
    const identity = text('email') || (gitlab ? `https://${gitlab}` : '') || text('job_workflow_ref') || text('sub') || '(no subject)';
    return { identity, issuer };
}
async function chooseInstance(inputs, environment) {
    if (inputs.signingConfig) {
        return readSigningConfig((0,external_node_path_.resolve)(environment.cwd, inputs.signingConfig), inputs.signingConfig);
    }
    const choice = inputs.sigstoreInstance;
    return choice === 'auto' ? (0,oidc/* defaultSigstoreInstance */.Fl)(environment.github) : bundle.SIGSTORE_INSTANCES[choice];
}
/** The TUF repository verify fetches the trusted root from: `tuf-mirror`, else the instance's. */
function tufMirrorFor(inputs, github) {
    if (inputs.tufMirror)
        return inputs.tufMirror.replace(/\/+$/, '');
    const choice = inputs.sigstoreInstance ?? 'auto';
    if (choice !== 'auto')
        return TUF_MIRRORS[choice];
    // Only a repository known to be private or internal signs with GitHub's instance by default.
    const repository = github?.payload.repository;
    const isPrivate = repository?.private === true || ['private', 'internal'].includes(String(repository?.visibility));
    return isPrivate ? TUF_MIRRORS.github : TUF_MIRRORS['public-good'];
}
/**
 * The verification policy the inputs describe, with the key and trusted root loaded. Keyless
 * without `trusted-root`: the trusted root comes through TUF when `environment` is given (its env
 * names the cache directory), and is an error otherwise. `keyInput` names the public key's input
 * in errors (`key` for verify, `require-signature` for promote's gate).
 */
async function loadVerificationPolicy(inputs, cwd, environment, keyInput = 'key') {
    const keyless = !inputs.key;
    const given = inputs.trustedRoot;
    let trustedRoot = given
        ? await (0,trust/* readTrustedRoot */.gv)((0,external_node_path_.resolve)(cwd, given), (error) => (0,paths/* pathInputError */.GE)(cwd, 'trusted-root', given, 'a readable trusted root (trusted_root.json)', error))
        : undefined;
    if (!trustedRoot && keyless && environment) {
        trustedRoot = await fetchTrustedRoot({
            mirror: tufMirrorFor(inputs, environment.github),
            rootPath: inputs.tufRoot ? (0,external_node_path_.resolve)(cwd, inputs.tufRoot) : undefined,
            rootShown: inputs.tufRoot,
            cacheDir: tufCacheDir(environment.env),
            offline: inputs.offline,
            logger: environment.logger,
        });
    }
    const common = {
        ...(trustedRoot ? { trustedRoot } : {}),
        requireTransparencyLog: inputs.requireTransparencyLog,
        requiredPredicateTypes: inputs.attestations,
    };
    if (inputs.key) {
        const { pem, source } = await keyText(inputs.key, keyInput, cwd);
        return { ...common, key: (0,keys/* loadPublicKey */.fg)(pem, source) };
    }
    if (!trustedRoot) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', 'Keyless verification needs the Sigstore trusted root.', {
            hint: 'Give `trusted-root` (a trusted_root.json of the Sigstore instance).',
        });
    }
    return {
        ...common,
        identity: {
            ...(inputs.certificateIdentity ? { exact: inputs.certificateIdentity } : {}),
            ...(inputs.certificateIdentityRegexp ? { regexp: inputs.certificateIdentityRegexp } : {}),
            issuer: inputs.certificateOidcIssuer ?? '',
        },
    };
}
/** The trust inputs that name files: path inputs of every command that takes them (verify, trace, history, audit). */
const TRUST_PATH_INPUTS = ['key', 'trusted-root', 'tuf-root'];
/**
 * Refuses a trust file (a key, a trusted root, a TUF root) that resolves outside the workspace, as any
 * path input: each of TRUST_PATH_INPUTS, checked alike wherever trust options are taken.
 */
function trustInWorkspace(ws, trust) {
    if (trust === undefined)
        return;
    (0,paths/* keyInWorkspace */.O)(ws, 'key', trust.key);
    if (trust.trustedRoot)
        (0,paths/* inWorkspace */.ve)(ws, 'trusted-root', trust.trustedRoot);
    if (trust.tufRoot)
        (0,paths/* inWorkspace */.ve)(ws, 'tuf-root', trust.tufRoot);
}
/** The trust options of verify, as the readers of records (trace, history, audit) take them. */
const TRUST_INPUTS = [
    'key',
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'trusted-root',
    'tuf-mirror',
    'tuf-root',
    'sigstore-instance',
];
/**
 * verify's parser on the trust inputs alone, for a reader of records whose subject is `reference`;
 * undefined when none is given (nothing can be verified).
 */
function parseTrustOptions(raw, reference) {
    const given = TRUST_INPUTS.some((name) => raw(name).trim() !== '' && raw(name).trim() !== 'auto');
    if (!given)
        return undefined;
    const only = new Set(TRUST_INPUTS);
    return parseVerificationInputs((name) => (name === 'image' ? reference : only.has(name) ? raw(name) : ''));
}


/***/ }),

/***/ 47887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ keySource),
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   TZ: () => (/* binding */ generateKeyPair),
/* harmony export */   fg: () => (/* binding */ loadPublicKey)
/* harmony export */ });
/* unused harmony exports keyHint, encryptWithPassword, decryptWithPassword */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tweetnacl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80668);
/* harmony import */ var tweetnacl__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(tweetnacl__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/**
 * Signing keys in the formats cosign reads and writes.
 *
 * cosign's private key file is a PEM block `ENCRYPTED SIGSTORE PRIVATE KEY` (cosign before 2.0
 * wrote `ENCRYPTED COSIGN PRIVATE KEY`) whose body is the JSON document of
 * go-securesystemslib's `encrypted` package:
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<b64>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<b64>"},"ciphertext":"<b64>"}
 * The key is scrypt(password, salt, N, r, p) → 32 bytes; the plaintext, sealed with NaCl
 * secretbox (XSalsa20-Poly1305), is the PKCS#8 DER private key. Byte fields are standard base64
 * (Go's encoding of []byte). Public keys are SPKI `PUBLIC KEY` PEM; the key hint that bundles
 * carry is base64(sha256(SPKI DER)).
 */



const SIGSTORE_PRIVATE_KEY_PEM = 'ENCRYPTED SIGSTORE PRIVATE KEY';
const COSIGN_PRIVATE_KEY_PEM = 'ENCRYPTED COSIGN PRIVATE KEY';
/** The scrypt parameter sets go-securesystemslib accepts (legacy, standard, OWASP); anything else is refused. */
const ACCEPTED_SCRYPT = [
    { N: 32768, r: 8, p: 1 },
    { N: 65536, r: 8, p: 1 },
    { N: 131072, r: 8, p: 1 },
];
/** What cosign writes today (go-securesystemslib's `Standard`). */
const DEFAULT_SCRYPT = { N: 65536, r: 8, p: 1 };
const SALT_BYTES = 32;
const NONCE_BYTES = (tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox).nonceLength; // 24
const BOX_KEY_BYTES = (tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox).keyLength; // 32
/** scrypt needs 128 * N * r bytes; N=131072, r=8 is 128 MiB, above Node's 32 MiB default. */
const SCRYPT_MAXMEM = 256 * 1024 * 1024;
/** What a key input holds, as its error shows it: the path as given, or "(PEM text)" for inline PEM (never the key). */
function keySource(input, value) {
    return { input, shown: value.includes('-----BEGIN') ? '(PEM text)' : value };
}
/** base64(sha256(SPKI DER)). */
function keyHint(publicKey) {
    const der = publicKey.export({ format: 'der', type: 'spki' });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64');
}
function toSigningKey(privateKey) {
    checkKeyType(privateKey);
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    return {
        privateKey,
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: keyHint(publicKey),
    };
}
/**
 * Only ECDSA P-256 (what cosign generates, signed with SHA-256) is accepted: other key types need
 * per-type hash choices that cosign and sigstore-js do not agree on, so they would be silently wrong.
 */
function checkKeyType(key) {
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (type !== 'ec' || curve !== 'prime256v1') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Unsupported key type ${type ?? 'unknown'}${curve ? ` (${curve})` : ''}: only ECDSA P-256 keys are supported.`, { hint: 'Generate one with `artefacts keygen` (or `cosign generate-key-pair`).' });
    }
}
function pemBlocks(text) {
    const blocks = [];
    const re = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const body = (m[2] ?? '').replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `The PEM block '${m[1]}' is not valid base64.`);
        }
        blocks.push({ type: m[1] ?? '', body: Buffer.from(body, 'base64') });
    }
    return blocks;
}
function toPem(type, der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}
function deriveKey(password, salt, params) {
    return new Promise((resolve, reject) => {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(Buffer.from(password, 'utf8'), salt, BOX_KEY_BYTES, { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM }, (error, key) => (error ? reject(error) : resolve(key)));
    });
}
/** go-securesystemslib `encrypted.Encrypt`: the JSON document (as bytes) sealing `plaintext` under `password`. */
async function encryptWithPassword(plaintext, password, params = DEFAULT_SCRYPT) {
    checkScryptParams(params);
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(SALT_BYTES);
    const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(NONCE_BYTES);
    const key = await deriveKey(password, salt, params);
    const sealed = tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox(new Uint8Array(plaintext), new Uint8Array(nonce), new Uint8Array(key));
    key.fill(0);
    // Field order as Go's encoding/json writes the struct: kdf, cipher, ciphertext.
    const document = {
        kdf: { name: 'scrypt', params: { N: params.N, r: params.r, p: params.p }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(sealed).toString('base64'),
    };
    return Buffer.from(JSON.stringify(document), 'utf8');
}
function checkScryptParams(params) {
    if (!ACCEPTED_SCRYPT.some((a) => a.N === params.N && a.r === params.r && a.p === params.p)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Unsupported scrypt parameters N=${params.N} r=${params.r} p=${params.p} in the encrypted key ` +
            `(accepted: ${ACCEPTED_SCRYPT.map((a) => `N=${a.N} r=${a.r} p=${a.p}`).join('; ')}).`);
    }
}
/** What to do about a password that does not open a key: `passwordInput` is the input that gives it. */
function passwordHint(passwordInput) {
    return `Give the password the key was created with (the ${passwordInput} input, or COSIGN_PASSWORD as for cosign).`;
}
/** go-securesystemslib `encrypted.Decrypt`. Wrong password → KEY_INVALID (the hint names `passwordInput`). */
async function decryptWithPassword(document, password, passwordInput = 'key-password') {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(document).toString('utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `The encrypted key is not the JSON cosign writes: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}.`);
    }
    const { kdf, cipher, ciphertext } = parsed ?? {};
    if (kdf?.name !== 'scrypt') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Unsupported key derivation '${String(kdf?.name)}' (expected scrypt).`);
    }
    if (cipher?.name !== 'nacl/secretbox') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Unsupported cipher '${String(cipher?.name)}' (expected nacl/secretbox).`);
    }
    const params = kdf.params ?? { N: 0, r: 0, p: 0 };
    checkScryptParams(params);
    const salt = Buffer.from(String(kdf.salt ?? ''), 'base64');
    const nonce = Buffer.from(String(cipher.nonce ?? ''), 'base64');
    const sealed = Buffer.from(String(ciphertext ?? ''), 'base64');
    if (nonce.length !== NONCE_BYTES || sealed.length < (tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox).overheadLength || salt.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', 'The encrypted key is damaged (salt, nonce or ciphertext has a wrong length).');
    }
    const key = await deriveKey(password, salt, params);
    const opened = tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox.open(new Uint8Array(sealed), new Uint8Array(nonce), new Uint8Array(key));
    key.fill(0);
    if (opened === null) {
        // cosign allows an empty password, so an empty one is tried; when it fails, none was given.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', password === ''
            ? 'Cannot decrypt the private key: it is encrypted and no password was given.'
            : 'Cannot decrypt the private key: the password is wrong (or the key file is damaged).', {
            hint: passwordHint(passwordInput),
        });
    }
    return Buffer.from(opened);
}
/**
 * A key's error as its input's: `Input 'key': got "cosign.pub"; expected …`, naming the input and
 * what it held (the path, or "(PEM text)"), and the password input where the password is at fault.
 * Without a source (a key the suite holds itself) the error is left as it is.
 */
function fromSource(error, source) {
    if (source === undefined || !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E) || error.code !== 'KEY_INVALID')
        return error;
    const problem = error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Input '${source.input}': got ${JSON.stringify(source.shown)}; ${problem}`, {
        ...(error.hint === undefined ? {} : { hint: error.hint }),
        cause: error,
    });
}
/**
 * Reads a private key: cosign's encrypted PEM (both header spellings), or a plain PKCS#8 / SEC1 PEM,
 * or an `ENCRYPTED PRIVATE KEY` (PKCS#8 with a password). `password` may be empty for unencrypted keys.
 * `source` names the input the key came from in errors.
 */
async function loadPrivateKey(pem, password, source) {
    try {
        return await readPrivateKey(pem, password, source === undefined ? 'key-password' : `${source.input}-password`);
    }
    catch (error) {
        throw fromSource(error, source);
    }
}
async function readPrivateKey(pem, password, passwordInput) {
    const blocks = pemBlocks(pem);
    const block = blocks.find((b) => /PRIVATE KEY$/.test(b.type));
    if (!block) {
        const found = blocks.map((b) => b.type);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Expected a private key in PEM (as cosign.key: -----BEGIN ${SIGSTORE_PRIVATE_KEY_PEM}-----), but ${found.length === 0
            ? 'it holds no PEM block'
            : found.includes('PUBLIC KEY')
                ? 'it holds a public key (PUBLIC KEY) where the private key is needed'
                : `it holds ${found.join(', ')}, not a private key`}.`, {
            hint: found.includes('PUBLIC KEY')
                ? 'Sign with the private key (cosign.key); its public key (cosign.pub) is the one verify takes.'
                : 'Give the private key file that `artefacts keygen` or `cosign generate-key-pair` wrote (cosign.key), or its PEM text.',
        });
    }
    if (block.type === SIGSTORE_PRIVATE_KEY_PEM || block.type === COSIGN_PRIVATE_KEY_PEM) {
        const der = await decryptWithPassword(block.body, password, passwordInput);
        return toSigningKey(parsePkcs8(der));
    }
    if (block.type === 'PRIVATE KEY' || block.type === 'EC PRIVATE KEY') {
        return toSigningKey(parseKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' })));
    }
    if (block.type === 'ENCRYPTED PRIVATE KEY') {
        if (password === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', 'The private key is encrypted and no password was given.', {
                hint: passwordHint(passwordInput),
            });
        }
        return toSigningKey(parseKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase: password }), 'the password is wrong or'));
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Unsupported private key PEM type '${block.type}'.`, {
        hint: `Accepted: ${SIGSTORE_PRIVATE_KEY_PEM}, ${COSIGN_PRIVATE_KEY_PEM}, PRIVATE KEY (PKCS#8), EC PRIVATE KEY, ENCRYPTED PRIVATE KEY.`,
    });
}
function parsePkcs8(der) {
    return parseKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' }));
}
function parseKey(parse, reason = '') {
    try {
        return parse();
    }
    catch (error) {
        // Node's message names the ASN.1 problem, never key material.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Cannot read the private key: ${reason ? `${reason} ` : ''}${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}.`);
    }
}
/**
 * Reads an SPKI `PUBLIC KEY` PEM (or a certificate's key is NOT accepted here: give the key).
 * `source` names the input the key came from in errors.
 */
function loadPublicKey(pem, source) {
    try {
        return readPublicKey(pem);
    }
    catch (error) {
        throw fromSource(error, source);
    }
}
function readPublicKey(pem) {
    const blocks = pemBlocks(pem);
    const block = blocks.find((b) => b.type === 'PUBLIC KEY');
    if (!block) {
        const found = blocks.map((b) => b.type);
        const privateKey = found.find((type) => /PRIVATE KEY$/.test(type));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Expected a public key in PEM (as cosign.pub: -----BEGIN PUBLIC KEY-----), but ${found.length === 0
            ? 'it holds no PEM block'
            : privateKey !== undefined
                ? `it holds a private key (${privateKey}) where the public key is needed`
                : `it holds ${found.join(', ')}, not a public key`}.`, {
            hint: privateKey !== undefined
                ? 'Give the public key (cosign.pub, written beside cosign.key); verifying never needs the private key.'
                : 'Give the public key file of the key that signed (cosign.pub), or its PEM text.',
        });
    }
    let publicKey;
    try {
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: block.body, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('KEY_INVALID', `Cannot read the public key: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}.`);
    }
    checkKeyType(publicKey);
    return {
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: keyHint(publicKey),
    };
}
/** cosign's private key file: PKCS#8 DER sealed under the password, PEM `ENCRYPTED SIGSTORE PRIVATE KEY`. */
async function encryptPrivateKey(privateKey, password, params = DEFAULT_SCRYPT) {
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    try {
        return toPem(SIGSTORE_PRIVATE_KEY_PEM, await encryptWithPassword(der, password, params));
    }
    finally {
        der.fill(0);
    }
}
/** A new ECDSA P-256 key pair as cosign's generate-key-pair writes it. */
async function generateKeyPair(password) {
    const { privateKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    const key = toSigningKey(privateKey);
    return {
        privateKeyPem: await encryptPrivateKey(privateKey, password),
        publicKeyPem: key.publicKeyPem,
        hint: key.hint,
    };
}


/***/ }),

/***/ 1354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ defaultSigstoreInstance),
/* harmony export */   eC: () => (/* binding */ githubIdToken),
/* harmony export */   f: () => (/* binding */ tokenClaims),
/* harmony export */   yE: () => (/* binding */ canRequestIdToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40043);
/**
 * The GitHub Actions OIDC token for keyless signing (what core.getIDToken('sigstore') does), and
 * which Sigstore instance a repository signs with by default.
 */


/** True when the job may ask for an OIDC token (`permissions: id-token: write`). */
function canRequestIdToken(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
/** Fetches an OIDC token with the given audience from the runner's token service. */
async function githubIdToken(env, audience = 'sigstore') {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_PERMISSION', 'Keyless signing needs an OIDC token, and this job cannot request one.', {
            hint: 'Add `permissions: id-token: write` to the job, or sign with a key.',
        });
    }
    const target = new URL(url);
    target.searchParams.set('audience', audience);
    let response;
    try {
        response = await fetch(target, {
            headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_API', `Cannot reach the OIDC token service: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}.`);
    }
    if (!response.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_PERMISSION', `The OIDC token service answered ${response.status}.`, {
            hint: 'Check `permissions: id-token: write` on the job.',
        });
    }
    const body = (await response.json().catch(() => ({})));
    if (typeof body.value !== 'string' || body.value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_API', 'The OIDC token service answered without a token.');
    }
    return body.value;
}
/** The claims of a JWT (not checked: Fulcio checks the token; these only describe the run). */
function tokenClaims(token) {
    const payload = token.split('.')[1] ?? '';
    try {
        const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // Not a JWT: no claims.
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_API', 'The OIDC token service answered with a token that is not a JWT.');
}
/**
 * The default instance: public repositories use the public-good instance (Fulcio + Rekor, public
 * log); private and internal ones GitHub's own (Fulcio + timestamp authority, nothing public).
 * Unknown visibility → GitHub's, so nothing private leaks into a public log by default.
 */
function defaultSigstoreInstance(context) {
    const repository = context?.payload.repository;
    const isPublic = repository?.visibility === 'public' || repository?.private === false;
    return isPublic ? _bundle_js__WEBPACK_IMPORTED_MODULE_1__.SIGSTORE_INSTANCES['public-good'] : _bundle_js__WEBPACK_IMPORTED_MODULE_1__.SIGSTORE_INSTANCES.github;
}


/***/ })

};
