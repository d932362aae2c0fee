export const id = 148;
export const ids = [148];
export const modules = {

/***/ 80043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGN_SECRETS: () => (/* reexport */ run/* SIGN_SECRETS */.E0),
  VERIFY_SECRETS: () => (/* reexport */ verify_run/* VERIFY_SECRETS */.ar),
  parseKeygenInputs: () => (/* reexport */ parseKeygenInputs),
  parseSignInputs: () => (/* reexport */ run/* parseSignInputs */.a4),
  parseVerifyInputs: () => (/* reexport */ verify_run/* parseVerifyInputs */.Wg),
  runKeygen: () => (/* reexport */ runKeygen),
  runSign: () => (/* reexport */ run/* runSign */.tl),
  runVerify: () => (/* reexport */ verify_run/* runVerify */.R9)
});

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
// EXTERNAL MODULE: ./packages/core/src/sign/keys.ts
var keys = __webpack_require__(47887);
;// CONCATENATED MODULE: ./packages/core/src/sign/keygen.ts
/**
 * `artefacts keygen [--output-prefix P]`: writes P.key (cosign's encrypted format, mode 0600) and
 * P.pub, as `cosign generate-key-pair` does, with the password from COSIGN_PASSWORD.
 * A CLI-only command (no action.yml): its inputs are parsed here.
 */







function parseKeygenInputs(raw) {
    const outputPrefix = (0,paths/* plainValue */._y)('output-prefix', (0,inputs/* optionalText */.mR)(raw, 'output-prefix') ?? 'cosign');
    if (outputPrefix.endsWith('/')) {
        throw (0,errors/* inputError */.Xu)('output-prefix', outputPrefix, 'a file path prefix such as `cosign` or `keys/release` (".key" and ".pub" are appended)');
    }
    return { outputPrefix, allowOutsideWorkspace: (0,paths/* parseAllowOutsideWorkspace */.fz)(raw, ['output-prefix']) };
}
async function exists(path) {
    try {
        const handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY);
        await handle.close();
        return true;
    }
    catch (error) {
        return error.code !== 'ENOENT';
    }
}
async function writeNew(path, content, mode) {
    let handle;
    try {
        // O_EXCL: never overwrite a key, even if one appears between our check and this write.
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL, mode);
        await handle.writeFile(content);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ArtefactsError */.E('IO_FAILED', code === 'EEXIST'
            ? `${path} already exists; refusing to overwrite a key.`
            : `Cannot write ${path}: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    finally {
        await handle?.close();
    }
}
async function runKeygen(inputs, environment) {
    const { logger, env, cwd } = environment;
    const ws = (0,paths/* workspace */.Gl)(cwd, inputs.allowOutsideWorkspace);
    for (const suffix of ['.key', '.pub'])
        (0,paths/* inWorkspace */.ve)(ws, 'output-prefix', `${inputs.outputPrefix}${suffix}`);
    const password = env.COSIGN_PASSWORD;
    if (password === undefined) {
        throw new errors/* ArtefactsError */.E('INPUT_MISSING', 'COSIGN_PASSWORD is not set: the private key is encrypted with it.', {
            hint: 'export COSIGN_PASSWORD=... (as for cosign generate-key-pair); store the same value as a secret for signing.',
        });
    }
    logger.secret(password);
    if (password === '')
        logger.warning('COSIGN_PASSWORD is empty: the private key is encrypted with an empty password.');
    const keyPath = (0,external_node_path_.resolve)(cwd, `${inputs.outputPrefix}.key`);
    const pubPath = (0,external_node_path_.resolve)(cwd, `${inputs.outputPrefix}.pub`);
    for (const path of [keyPath, pubPath]) {
        if (await exists(path)) {
            throw new errors/* ArtefactsError */.E('IO_FAILED', `${path} already exists; refusing to overwrite a key.`, {
                hint: 'Choose another --output-prefix, or move the old key pair away first.',
            });
        }
    }
    const pair = await (0,keys/* generateKeyPair */.TZ)(password);
    await writeNew(keyPath, pair.privateKeyPem, 0o600);
    try {
        await writeNew(pubPath, pair.publicKeyPem, 0o644);
    }
    catch (error) {
        await (0,promises_.rm)(keyPath, { force: true });
        throw error;
    }
    logger.info(`Private key written to ${keyPath} (encrypted, mode 0600)`);
    logger.info(`Public key written to ${pubPath}`);
    const outputs = { 'private-key': keyPath, 'public-key': pubPath, 'key-hint': pair.hint };
    return {
        outputs: { ...outputs, json: JSON.stringify(outputs) },
        summary: [
            '### Key pair generated',
            '',
            '| File | Path |',
            '| --- | --- |',
            `| Private key (encrypted) | \`${keyPath}\` |`,
            `| Public key | \`${pubPath}\` |`,
            '',
            `Key hint: \`${pair.hint}\``,
        ].join('\n'),
    };
}

// EXTERNAL MODULE: ./packages/core/src/sign/run.ts + 4 modules
var run = __webpack_require__(23686);
// EXTERNAL MODULE: ./packages/core/src/sign/verify-run.ts + 2 modules
var verify_run = __webpack_require__(10591);
;// CONCATENATED MODULE: ./packages/cli/src/load/sign.ts
// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.



/***/ }),

/***/ 35793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   y: () => (/* binding */ GitHubApi)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E {
    status;
    constructor(status, message, hint) {
        super(status === 403 ? 'GITHUB_PERMISSION' : 'GITHUB_API', message, hint === undefined ? {} : { hint });
        this.status = status;
    }
}
class GitHubApi {
    owner;
    repo;
    base;
    token;
    logger;
    retries;
    constructor(options) {
        this.base = options.apiUrl.replace(/\/+$/, '');
        this.token = options.token;
        this.owner = options.owner;
        this.repo = options.repo;
        this.logger = options.logger;
        this.retries = options.retries ?? 3;
    }
    /** `/repos/{owner}/{repo}` + path. */
    repoPath(path) {
        return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${path}`;
    }
    /**
     * One request. `expect` lists statuses that are answers rather than failures (e.g. 404 when
     * asking whether a tag exists); any other non-2xx throws a GitHubApiError.
     */
    async request(method, path, options = {}) {
        const url = path.startsWith('http') ? path : `${this.base}${path}`;
        const what = options.what ?? `${method} ${path}`;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers: {
                        accept: 'application/vnd.github+json',
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'immutable-artefacts',
                        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
                        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
                    },
                    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
                });
            }
            catch (error) {
                if (attempt <= this.retries) {
                    await delay(attempt);
                    continue;
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
                    cause: error,
                    hint: 'Check GITHUB_API_URL and the network.',
                });
            }
            const text = await response.text();
            const data = (text === '' ? undefined : safeJson(text));
            if (response.ok || options.expect?.includes(response.status)) {
                return { status: response.status, data, headers: response.headers };
            }
            if ((response.status >= 500 || response.status === 429) && attempt <= this.retries) {
                this.logger?.debug(`GitHub API ${response.status} on ${what}; retrying (${attempt}/${this.retries})`);
                await delay(attempt, response.headers.get('retry-after'));
                continue;
            }
            const message = data?.message ?? text.slice(0, 200);
            if (response.status === 403 || response.status === 401) {
                const permission = options.permission;
                throw new GitHubApiError(response.status, `GitHub refused to ${what}: ${response.status} ${message}.`, permission
                    ? `The token needs '${permission}'. Add to the job: permissions: { ${permission} }. Fork pull requests get a read-only token.`
                    : 'Check the token and its permissions.');
            }
            throw new GitHubApiError(response.status, `GitHub API failed to ${what}: ${response.status} ${message}.`);
        }
    }
    /** Follows `Link: rel="next"` through every page. */
    async paginate(path, what) {
        const items = [];
        let next = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
        while (next !== undefined) {
            const response = await this.request('GET', next, what === undefined ? {} : { what });
            items.push(...(response.data ?? []));
            next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
        }
        return items;
    }
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return { message: text.slice(0, 200) };
    }
}
function delay(attempt, retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) && seconds > 0
        ? Math.min(seconds * 1000, 30_000)
        : 2 ** attempt * 250 * (0.5 + Math.random());
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 85666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ TAG_BINDING_PREDICATE_TYPE),
/* harmony export */   FI: () => (/* binding */ recordStatement),
/* harmony export */   Pt: () => (/* binding */ TAG_BINDING_ARTIFACT_TYPE),
/* harmony export */   _5: () => (/* binding */ bindTag),
/* harmony export */   gr: () => (/* binding */ stageTagBinding),
/* harmony export */   hy: () => (/* binding */ parseTagBinding),
/* harmony export */   iN: () => (/* binding */ versionFacts),
/* harmony export */   qc: () => (/* binding */ findTagBindings),
/* harmony export */   x5: () => (/* binding */ isTagBindingReferrer)
/* harmony export */ });
/* unused harmony export tagBindingStatement */
/* harmony import */ var _oci_builder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23252);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96939);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78326);
/* harmony import */ var _oci_references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70461);
/* harmony import */ var _artifact_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24197);
/**
 * The tag-binding record: an in-toto statement of the project's own predicate type saying "tag T in
 * repository R is digest D (version V, from commit C)", pushed as a referrer of D before T is
 * written (promote and pack, with `bind-tags`). Signed, it is a Sigstore bundle referrer as the
 * sign action writes them; unsigned (the user signs nothing), a plain in-toto referrer. `verify
 * --tag` and `artefacts audit` read it back. Specified in docs/tag-binding.md (v1, additive only).
 */





const TAG_BINDING_PREDICATE_TYPE = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/tag-binding.md#v1';
/** The artifactType of an unsigned binding; a signed one is a Sigstore bundle annotated with the predicate type. */
const TAG_BINDING_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.tag-binding.v1+json';
const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** A record larger than this is not read (a binding is a few hundred bytes). */
const MAX_RECORD_BYTES = 1024 * 1024;
/** The in-toto statement of one binding; its subject is the bound digest in the repository. */
function tagBindingStatement(facts, signed) {
    const given = (value) => (value === undefined || value === '' ? undefined : value);
    const run = facts.run;
    const predicate = {
        repository: facts.repository,
        tag: facts.tag,
        digest: facts.digest,
        ...(given(facts.version) === undefined ? {} : { version: facts.version }),
        ...(given(facts.commit) === undefined ? {} : { commit: facts.commit }),
        boundAt: facts.now.toISOString(),
        ...(run?.runUrl === undefined
            ? {}
            : {
                run: {
                    url: run.runUrl,
                    ...(given(run.workflowName) === undefined ? {} : { workflow: run.workflowName }),
                    repository: run.repository,
                    ...(given(run.sha) === undefined ? {} : { sha: run.sha }),
                },
            }),
        signed,
    };
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: facts.repository, digest: { sha256: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(facts.digest) } }],
        predicateType: TAG_BINDING_PREDICATE_TYPE,
        predicate: predicate,
    };
}
const isText = (value) => typeof value === 'string' && value !== '';
/**
 * The binding a statement states, or undefined when it is not a v1 tag binding or lacks a required
 * field (readers accept fields they do not know: v1 is additive).
 */
function parseTagBinding(statement) {
    const s = statement;
    if (s === null || typeof s !== 'object' || s.predicateType !== TAG_BINDING_PREDICATE_TYPE)
        return undefined;
    const p = s.predicate;
    if (p === undefined || p === null || typeof p !== 'object')
        return undefined;
    if (!isText(p.repository) || !isText(p.tag) || !isText(p.boundAt))
        return undefined;
    if (!isText(p.digest) || !(0,_oci_references_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(p.digest))
        return undefined;
    const run = p.run;
    return {
        repository: p.repository,
        tag: p.tag,
        digest: p.digest,
        ...(isText(p.version) ? { version: p.version } : {}),
        ...(isText(p.commit) ? { commit: p.commit } : {}),
        boundAt: p.boundAt,
        ...(run !== undefined && run !== null && typeof run === 'object' && isText(run.url) ? { run } : {}),
        signed: p.signed === true,
    };
}
/** Whether a referrer descriptor is a tag binding (either form), by its artifactType and annotation. */
function isTagBindingReferrer(d) {
    return (d.artifactType === TAG_BINDING_ARTIFACT_TYPE ||
        (d.artifactType === _artifact_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_BUNDLE_ARTIFACT_TYPE */ .W &&
            d.annotations?.[_artifact_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_PREDICATE */ .C] === TAG_BINDING_PREDICATE_TYPE));
}
/**
 * The in-toto statement inside a record manifest (unsigned: the layer itself; signed: the DSSE
 * payload, read, not verified), or undefined when it is not one.
 */
async function recordStatement(store, manifest) {
    const layer = manifest.parsed.layers?.[0];
    if (layer === undefined || layer.size > MAX_RECORD_BYTES)
        return undefined;
    try {
        const parsed = JSON.parse((await (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_3__/* .readBlob */ .gm)(store, layer)).toString('utf8'));
        const payload = parsed.dsseEnvelope?.payload;
        return payload === undefined ? parsed : JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** Every tag-binding record attached to `digest` (referrers API or fallback tag; or those already listed). */
async function findTagBindings(store, digest, referrers) {
    const listed = (referrers ?? (await store.referrers(digest))).filter(isTagBindingReferrer);
    const found = [];
    for (const d of listed) {
        const binding = parseTagBinding(await recordStatement(store, await store.getManifest(d.digest)));
        if (binding !== undefined && binding.digest === digest) {
            found.push({ record: d.digest, signed: d.artifactType === _artifact_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_BUNDLE_ARTIFACT_TYPE */ .W, binding });
        }
    }
    return found;
}
/**
 * Binds `facts.tag` to `facts.digest`: pushes the record as a referrer of the digest, unless one
 * already there binds the same (repository, tag, digest) in the same form (a re-run adds no second).
 * Returns the record's digest and whether it was written now. Call it before the tag is written.
 */
async function bindTag(store, subject, facts, signing) {
    const staged = await stageTagBinding(store, subject, facts, signing);
    return 'record' in staged ? staged : staged.attached(await store.putManifest(staged.manifest));
}
/**
 * bindTag up to its last step: the binding already there, or the record made ready to push (its
 * blobs uploaded) for the caller to push with other referrers of the digest. A caller binding
 * several tags of one digest passes the bindings found once (`found`), so that the digest's
 * referrers and every binding are not read again for each tag.
 */
async function stageTagBinding(store, subject, facts, signing, found) {
    const signed = signing !== undefined;
    const existing = (found ?? (await findTagBindings(store, subject.digest))).find((f) => f.signed === signed && f.binding.repository === facts.repository && f.binding.tag === facts.tag);
    if (existing !== undefined)
        return { record: existing.record, written: false };
    const statement = tagBindingStatement(facts, signed);
    const attached = ({ digest }) => ({ record: digest, written: true });
    if (signing !== undefined) {
        // Loaded here, not at start: the sigstore libraries cost a cold start about 0.15 s.
        const [{ signStatement }, { stageArtefact }, { bundleReferrer }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 40043)),
            Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 5030)),
            Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(280), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 70280)),
        ]);
        const bundle = (await signStatement(statement, signing)).bundle;
        return { manifest: await stageArtefact(store, bundleReferrer(bundle, subject, facts.now)), attached };
    }
    const manifest = await (0,_oci_builder_js__WEBPACK_IMPORTED_MODULE_4__/* .prepareReferrer */ .Zx)(store, subject, TAG_BINDING_ARTIFACT_TYPE, { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) }, {
        'dev.immutable-artefacts.predicateType': TAG_BINDING_PREDICATE_TYPE,
        'dev.immutable-artefacts.tag': facts.tag,
        [_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CREATED */ .H]: facts.now.toISOString(),
    });
    return { manifest, attached };
}
/** The version and commit a manifest's annotations record (build-tag writes them), for a binding. */
function versionFacts(manifest) {
    const annotations = manifest.parsed.annotations ?? {};
    const version = annotations[_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_VERSION */ .Rp];
    const commit = annotations[_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_REVISION */ .qK];
    return { ...(version ? { version } : {}), ...(commit ? { commit } : {}) };
}


/***/ }),

/***/ 50521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ withJobSummary),
/* harmony export */   sp: () => (/* binding */ jobSummary)
/* harmony export */ });
/* unused harmony export runLink */
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9594);

/**
 * The look every job summary shares: one header naming what the step did and the artefact it did it
 * to (a digest; for the versioning steps, which run before there is one, the version or tag), then a
 * link to the run (with its attempt), then the step's own table. The body's leading heading, if any,
 * becomes the header's title, so nothing the step said is lost.
 */
function jobSummary(title, subject, github, body) {
    const heading = /^\s*#{1,6} ([^\n]*)\n+/.exec(body);
    const rest = heading ? body.slice(heading[0].length) : body;
    const name = heading?.[1]?.trim() || title;
    const header = subject === '' || name.includes(subject) ? `### ${name}` : `### ${name} · \`${subject}\``;
    return `${header}\n\n${runLink(github)}\n\n${rest}`;
}
/** `[release #87](…/actions/runs/123/attempts/2)`, or a plain note outside GitHub Actions. */
function runLink(github) {
    if (github === undefined || github.runId === '' || github.repository === '')
        return 'Run outside GitHub Actions.';
    const attempt = github.runAttempt > 1 ? github.runAttempt : undefined;
    const label = `${github.workflow || 'workflow'} run #${github.runNumber || github.runId}${attempt ? `, attempt ${attempt}` : ''}`;
    return `[${label}](${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .runUrl */ .Vp)(github)}${attempt ? `/attempts/${attempt}` : ''})`;
}
/** Applies jobSummary to an outcome. */
function withJobSummary(outcome, title, subject, github) {
    return { ...outcome, summary: jobSummary(title, subject, github, outcome.summary) };
}


/***/ })

};
