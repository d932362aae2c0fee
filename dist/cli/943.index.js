export const id = 943;
export const ids = [943];
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
    const outputPrefix = (0,inputs/* plainValue */._y)('output-prefix', (0,inputs/* optionalText */.mR)(raw, 'output-prefix') ?? 'cosign');
    if (outputPrefix.endsWith('/')) {
        throw (0,errors/* inputError */.Xu)('output-prefix', outputPrefix, 'a file path prefix such as `cosign` or `keys/release` (".key" and ".pub" are appended)');
    }
    return { outputPrefix, allowOutsideWorkspace: (0,paths/* parseAllowOutsideWorkspace */.fz)(raw, ['output-prefix']) };
}
/**
 * Whether anything is at `path` (a file, even unreadable; a link, even dangling). A path that cannot
 * be looked at (a directory above it missing or not searchable) fails the write, which names it.
 */
async function exists(path) {
    try {
        await (0,promises_.lstat)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Writes a new file, never over one. A failure the path causes (a missing or unwritable directory) is
 * `named(error)`'s: the input that gave it.
 */
async function writeNew(path, content, mode, named) {
    let handle;
    try {
        // O_EXCL: never overwrite a key, even if one appears between our check and this write.
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL, mode);
        await handle.writeFile(content);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            throw new errors/* ArtefactsError */.E('IO_FAILED', `${path} already exists; refusing to overwrite a key.`);
        if ((0,paths/* isPathFailure */.yQ)(error))
            throw named(error);
        throw new errors/* ArtefactsError */.E('IO_FAILED', `Cannot write ${path}: ${(0,errors/* describeError */.Uc)(error)}.`);
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
    const named = (error) => (0,paths/* pathInputError */.GE)(cwd, 'output-prefix', inputs.outputPrefix, 'a prefix under which the key pair can be written', error);
    await writeNew(keyPath, pair.privateKeyPem, 0o600, named);
    try {
        await writeNew(pubPath, pair.publicKeyPem, 0o644, named);
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


/***/ })

};
