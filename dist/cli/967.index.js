export const id = 967;
export const ids = [967,769];
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

/***/ 37870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool),
/* harmony export */   j: () => (/* binding */ Semaphore)
/* harmony export */ });
/**
 * Bounded concurrency: a worker pool over a list, and a semaphore for the part of a task that must
 * stay bounded (bytes on the wire) while the cheap requests around it need not wait their turn.
 */
/**
 * Runs `fn` over `items` with at most `limit` at once, and returns the results in item order. After
 * the first failure no new item starts; the ones running finish, then that first error is thrown.
 */
async function mapPool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (failed === undefined && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i]);
            }
            catch (error) {
                failed ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed !== undefined)
        throw failed.error;
    return results;
}
/** A counting semaphore; a freed slot goes to the waiter of highest priority, the earliest among equals. */
class Semaphore {
    free;
    waiting = [];
    constructor(free) {
        this.free = free;
    }
    acquire(priority = 0) {
        if (this.free > 0) {
            this.free--;
            return Promise.resolve();
        }
        return new Promise((grant) => {
            const at = this.waiting.findIndex((w) => w.priority < priority);
            this.waiting.splice(at < 0 ? this.waiting.length : at, 0, { priority, grant });
        });
    }
    release() {
        const next = this.waiting.shift();
        if (next !== undefined)
            next.grant();
        else
            this.free++;
    }
}


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

/***/ 56886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runFacts),
/* harmony export */   u: () => (/* binding */ envRunFacts)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9594);
/**
 * The facts of a workflow run that a statement about what it made carries: the one builder behind
 * SLSA provenance (sign/statements.ts) and promotion records (promote/records.ts), so the two never
 * disagree on which run, commit, repository or workflow it was.
 */

/**
 * The one builder of a run's facts. `workflow` is GITHUB_WORKFLOW_REF and, when signing keyless, the
 * OIDC token's `job_workflow_ref` (which GitHub's own provenance names as the builder).
 */
function runFacts(context, workflow) {
    const repositoryUrl = `${context.serverUrl}/${context.repository}`;
    const parsed = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWorkflowRef */ .QO)(workflow.workflowRef);
    return {
        repository: context.repository,
        repositoryUrl,
        sha: context.sha,
        ref: context.ref,
        workflowName: context.workflow,
        workflowRef: workflow.workflowRef,
        workflow: { path: parsed.path, ref: parsed.ref || context.ref },
        builderId: `${context.serverUrl}/${workflow.jobWorkflowRef ?? workflow.workflowRef}`,
        actor: context.actor,
        runUrl: context.repository === '' || context.runId === ''
            ? undefined
            : `${repositoryUrl}/actions/runs/${context.runId}/attempts/${context.runAttempt || 1}`,
    };
}
/** A run's facts from the runner's environment alone (for a caller with no GitHubContext). */
function envRunFacts(env) {
    return runFacts((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$p)(env), { workflowRef: env.GITHUB_WORKFLOW_REF ?? '' });
}


/***/ }),

/***/ 88315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ heldLogger),
/* harmony export */   Uu: () => (/* binding */ memoryLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    secret: () => undefined,
    group: (_title, fn) => fn(),
};
/** A logger that records every line, for tests and for summaries. */
function memoryLogger() {
    const lines = [];
    const push = (level) => (message) => void lines.push({ level, message });
    return {
        lines,
        debug: push('debug'),
        info: push('info'),
        notice: push('notice'),
        warning: push('warning'),
        secret: () => undefined,
        group: async (title, fn) => {
            lines.push({ level: 'group', message: title });
            return fn();
        },
    };
}
/**
 * A logger whose lines are held until `release()`, then written to `target` in order, and every
 * later line straight away: work that runs alongside other work keeps its lines together.
 */
function heldLogger(target) {
    let live = false;
    const held = [];
    const line = (level) => (message) => {
        if (live)
            target[level](message);
        else
            held.push({ level, message });
    };
    return {
        debug: line('debug'),
        info: line('info'),
        notice: line('notice'),
        warning: line('warning'),
        secret: (value) => target.secret(value),
        // Nested groups are not shown: the held lines are already inside the caller's group.
        group: (_title, fn) => fn(),
        release() {
            live = true;
            for (const { level, message } of held.splice(0))
                target[level](message);
        },
    };
}


/***/ }),

/***/ 23252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ referrerManifest),
/* harmony export */   Zx: () => (/* binding */ prepareReferrer),
/* harmony export */   pI: () => (/* binding */ tarHeader)
/* harmony export */ });
/* unused harmony exports buildImage, buildIndex, buildReferrer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96939);
/**
 * Assembles OCI images in code, into an OCI image layout: tar layers (gzip or plain) from given
 * files or of random, incompressible content of a given size, the image config, single-platform
 * manifests and multi-platform indexes. Streams throughout, so a 1 GB layer never sits in memory.
 */






function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
/**
 * A ustar header: a regular file (default) or a directory, owner 0/0 without names, mtime in
 * seconds (default 0). Throws when the name cannot be stored in ustar's 100 + 155 byte fields.
 */
function tarHeader(name, size, mode = 0o644, options = {}) {
    const header = Buffer.alloc(512, 0);
    let prefix = '';
    let base = name;
    if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf('/', 155);
        prefix = cut > 0 ? name.slice(0, cut) : '';
        base = cut > 0 ? name.slice(cut + 1) : name;
    }
    if (Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155 || base === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('UNSUPPORTED', `Path ${JSON.stringify(name.slice(0, 300))} is too long for a ustar entry (name 100 bytes, directory prefix 155).`);
    }
    header.write(base, 0, 100, 'utf8');
    header.write(octal(mode, 8), 100, 'ascii');
    header.write(octal(0, 8), 108, 'ascii');
    header.write(octal(0, 8), 116, 'ascii');
    header.write(octal(size, 12), 124, 'ascii');
    header.write(octal(Math.max(0, Math.floor(options.mtime ?? 0)), 12), 136, 'ascii');
    header.write('        ', 148, 'ascii');
    header.write(options.type === 'directory' ? '5' : '0', 156, 'ascii');
    header.write('ustar\u000000', 257, 'ascii');
    header.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of header)
        sum += byte;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    return header;
}
async function* tarEntries(spec) {
    const pad = (size) => Buffer.alloc((512 - (size % 512)) % 512, 0);
    for (const [name, file] of Object.entries(spec.files ?? {}).sort(([a], [b]) => compareText(a, b))) {
        const { content, mode } = typeof file === 'string' || Buffer.isBuffer(file) ? { content: file, mode: 0o644 } : file;
        const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
        yield tarHeader(name.replace(/^\/+/, ''), bytes.length, mode);
        yield bytes;
        yield pad(bytes.length);
    }
    if (spec.randomBytes !== undefined && spec.randomBytes > 0) {
        yield tarHeader(`random-${randomBytes(6).toString('hex')}.bin`, spec.randomBytes);
        for (let left = spec.randomBytes; left > 0; left -= 1 << 20)
            yield randomBytes(Math.min(left, 1 << 20));
        yield pad(spec.randomBytes);
    }
    yield Buffer.alloc(1024, 0);
}
/** Writes one layer to the layout; answers its descriptor and diff_id (sha256 of the uncompressed tar). */
async function buildLayer(store, spec) {
    const hash = createHash('sha256');
    const tee = new Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            callback(null, chunk);
        },
    });
    const tar = Readable.from(tarEntries(spec)).pipe(tee);
    const gzip = (spec.compression ?? 'gzip') === 'gzip';
    const { digest, size } = await store.writeBlob(gzip ? tar.pipe(createGzip({ level: 1 })) : tar);
    return {
        descriptor: { mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar, digest, size },
        diffId: `sha256:${hash.digest('hex')}`,
    };
}
/** Builds a single-platform image into the layout (tagged when `tag` is given); answers its manifest. */
async function buildImage(store, spec, options = {}) {
    const platform = spec.platform ?? { architecture: 'amd64', os: 'linux' };
    const layers = [];
    const diffIds = [];
    for (const layer of spec.layers) {
        const built = await buildLayer(store, layer);
        layers.push(built.descriptor);
        diffIds.push(built.diffId);
    }
    const config = Buffer.from(JSON.stringify({
        ...(spec.created === undefined ? {} : { created: spec.created }),
        ...platform,
        config: spec.config ?? {},
        rootfs: { type: 'layers', diff_ids: diffIds },
    }));
    const configBlob = await store.writeBlob(config);
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
        config: { mediaType: MEDIA.ociConfig, ...configBlob },
        layers,
        ...(spec.annotations === undefined ? {} : { annotations: spec.annotations }),
    };
    const encoded = encodeManifest(manifest);
    await store.putManifest(encoded, options);
    return encoded;
}
/** Builds a multi-platform index over images (each built with its own platform). */
async function buildIndex(store, images, options = {}) {
    const index = {
        schemaVersion: 2,
        mediaType: MEDIA.ociIndex,
        manifests: images.map(({ manifest, platform }) => ({
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
            platform,
        })),
        ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
    };
    const encoded = encodeManifest(index);
    await store.putManifest(encoded, options.tag === undefined ? {} : { tag: options.tag });
    return encoded;
}
/** Builds an artifact manifest (empty config, one layer) referring to `subject`: a signature, SBOM or record. */
async function buildReferrer(store, subject, artifactType, content, annotations = {}) {
    const manifest = await prepareReferrer(store, subject, artifactType, content, annotations);
    await store.putManifest(manifest);
    return manifest;
}
/**
 * The one builder of a manifest that refers to a subject (an OCI 1.1 artifact manifest): the given
 * artifactType, the empty config, the layers, `subject` (media type, digest and size only) and
 * the annotations when there are any. Signatures, SBOM documents and promotion records all come
 * from here. The key order is fixed (schemaVersion, mediaType, artifactType, config, layers,
 * subject, annotations), as cosign writes it: the bytes, and so the digest, never change.
 * Answers the exact bytes (as a Manifest) and the descriptor an index lists it by.
 */
function referrerManifest(spec) {
    const { subject, annotations } = spec;
    const manifest = (0,_media_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeManifest */ .Gb)({
        schemaVersion: 2,
        mediaType: _media_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.ociManifest,
        artifactType: spec.artifactType,
        config: { ..._media_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_DESCRIPTOR */ .gi },
        layers: [...spec.layers],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
    });
    return { manifest, descriptor: (0,_media_js__WEBPACK_IMPORTED_MODULE_4__/* .descriptorOf */ .nb)(manifest) };
}
/**
 * A referrer's blobs uploaded (the empty config and the content layer, together) and its manifest
 * encoded but not yet written: the caller decides when the referrer becomes visible.
 */
async function prepareReferrer(store, subject, artifactType, content, annotations = {}) {
    const layer = { mediaType: content.mediaType, digest: (0,_media_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(content.bytes), size: content.bytes.length };
    // The empty config is usually there already (every referrer shares it): one HEAD instead of an upload.
    await Promise.all([
        store
            .hasBlob(_media_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_DIGEST */ .Vx)
            .then((has) => has === undefined ? store.putBlob({ digest: _media_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_DIGEST */ .Vx, size: _media_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_JSON */ .JO.length }, _media_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_JSON */ .JO) : undefined),
        store.putBlob(layer, content.bytes),
    ]);
    return referrerManifest({ artifactType, layers: [layer], subject, annotations }).manifest;
}


/***/ }),

/***/ 24197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ANNOTATION_PREDICATE),
/* harmony export */   W: () => (/* binding */ SIGSTORE_BUNDLE_ARTIFACT_TYPE)
/* harmony export */ });
/**
 * The names under which Sigstore bundles are attached to a digest, in a module with no imports, so
 * that code which only recognises attachments (promote's records, `artefacts tree`) does not load
 * @sigstore/bundle at start-up. packages/core/test/sign/referrer.test.ts checks the media type
 * against @sigstore/bundle's own.
 */
/** A Sigstore bundle v0.3 (cosign v3's referrer artifactType). */
const SIGSTORE_BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The annotation of a bundle referrer that names the in-toto predicate type inside it. */
const ANNOTATION_PREDICATE = 'dev.sigstore.bundle.predicateType';


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
 * blobs uploaded) for the caller to push with other referrers of the digest.
 */
async function stageTagBinding(store, subject, facts, signing) {
    const signed = signing !== undefined;
    const existing = (await findTagBindings(store, subject.digest)).find((f) => f.signed === signed && f.binding.repository === facts.repository && f.binding.tag === facts.tag);
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

/***/ 14769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   I$: () => (/* binding */ SPDX_PREDICATE),
/* harmony export */   Nz: () => (/* binding */ workflowFacts),
/* harmony export */   O2: () => (/* binding */ cosignSignStatement),
/* harmony export */   ON: () => (/* binding */ SLSA_PROVENANCE_PREDICATE),
/* harmony export */   QG: () => (/* binding */ githubProvenancePredicate),
/* harmony export */   Tp: () => (/* binding */ statementBytes),
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   h2: () => (/* binding */ sbomPredicateType),
/* harmony export */   my: () => (/* binding */ CYCLONEDX_PREDICATE),
/* harmony export */   qZ: () => (/* binding */ statement),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE),
/* harmony export */   w9: () => (/* binding */ INTOTO_PAYLOAD_TYPE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _github_run_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56886);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96939);
/**
 * in-toto Statement v1 and the predicates this suite signs: cosign v3's own image signature,
 * SLSA provenance v1 from a GitHub Actions run, SBOMs, and any custom predicate.
 * Spec: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 */



const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
const SPDX_PREDICATE = 'https://spdx.dev/Document/v2.3';
function subject(name, digest) {
    if (name === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INTERNAL', 'A statement subject needs a name.');
    return { name, digest: { sha256: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(digest) } };
}
function statement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INTERNAL', 'A statement needs at least one subject.');
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INPUT_INVALID', `The predicate type '${predicateType}' is not a URI.`, {
            hint: 'Predicate types are URIs such as https://slsa.dev/provenance/v1.',
        });
    }
    return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}
/** cosign v3's own image signature: a statement about the image digest with an empty predicate. */
function cosignSignStatement(imageName, digest) {
    return statement([subject(imageName, digest)], COSIGN_SIGN_PREDICATE, {});
}
/** Serialises a statement to the exact bytes that get signed. */
function statementBytes(value) {
    return Buffer.from(JSON.stringify(value), 'utf8');
}
/** Parses and checks the shape of a signed payload; the caller decides whether to trust it. */
function parseStatement(payload) {
    let value;
    try {
        value = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('VERIFICATION_FAILED', 'The signed payload is not JSON, so not an in-toto statement.');
    }
    const s = value;
    if (s === null ||
        typeof s !== 'object' ||
        s._type !== STATEMENT_TYPE ||
        !Array.isArray(s.subject) ||
        typeof s.predicateType !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `The signed payload is not an in-toto Statement v1 (_type ${JSON.stringify(s?._type)}).`);
    }
    for (const sub of s.subject) {
        if (typeof sub?.name !== 'string' || typeof sub.digest !== 'object' || sub.digest === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('VERIFICATION_FAILED', 'The statement has a subject without a name or digest.');
        }
    }
    return { _type: STATEMENT_TYPE, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate ?? {} };
}
function workflowFacts(env, claims = {}) {
    return {
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        ...(typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== ''
            ? { jobWorkflowRef: claims.job_workflow_ref }
            : {}),
        repositoryId: env.GITHUB_REPOSITORY_ID ?? '',
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
        runnerEnvironment: env.RUNNER_ENVIRONMENT ?? '',
    };
}
/**
 * SLSA provenance v1 for a GitHub Actions run, in the shape GitHub's own attest-build-provenance
 * writes (build type https://actions.github.io/buildtypes/workflow/v1).
 */
function githubProvenancePredicate(context, facts) {
    const missing = [
        ['GITHUB_REPOSITORY', context.repository],
        ['GITHUB_SHA', context.sha],
        ['GITHUB_REF', context.ref],
        ['GITHUB_RUN_ID', context.runId],
        ['GITHUB_WORKFLOW_REF', facts.workflowRef],
    ].filter(([, v]) => v === '');
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_CONTEXT', `Cannot describe the build for provenance: ${missing.map(([k]) => k).join(', ')} not set.`, { hint: 'Provenance is generated inside a GitHub Actions run; outside one, give a predicate file instead.' });
    }
    // The run's facts come from the one builder promotion records use too (github/run-facts.ts).
    const run = (0,_github_run_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .runFacts */ .p)(context, facts);
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref: run.workflow.ref, repository: run.repositoryUrl, path: run.workflow.path },
            },
            internalParameters: {
                github: {
                    event_name: context.eventName,
                    repository_id: facts.repositoryId,
                    repository_owner_id: facts.repositoryOwnerId,
                    runner_environment: facts.runnerEnvironment,
                },
            },
            resolvedDependencies: [{ uri: `git+${run.repositoryUrl}@${run.ref}`, digest: { gitCommit: run.sha } }],
        },
        runDetails: {
            builder: { id: run.builderId },
            metadata: { invocationId: run.runUrl },
        },
    };
}
/** The predicate type for an SBOM document: CycloneDX or SPDX 2.3, recognised from its content. */
function sbomPredicateType(document) {
    const d = document;
    if (d && typeof d === 'object') {
        if (d.bomFormat === 'CycloneDX' && typeof d.specVersion === 'string')
            return CYCLONEDX_PREDICATE;
        if (typeof d.spdxVersion === 'string' && typeof d.SPDXID === 'string') {
            if (d.spdxVersion !== 'SPDX-2.3') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('SBOM_FAILED', `Unsupported SPDX version ${d.spdxVersion} (expected SPDX-2.3).`);
            }
            return SPDX_PREDICATE;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('SBOM_FAILED', 'The SBOM is neither CycloneDX JSON (bomFormat + specVersion) nor SPDX 2.3 JSON (spdxVersion + SPDXID).');
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
