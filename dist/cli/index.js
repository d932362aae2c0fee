import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ commands)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(440);

/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
const commands = {
    promote: { parse: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .parsePromoteInputs */ .JI, run: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .runPromote */ .EQ, secrets: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .PROMOTE_SECRETS */ .RW },
};


/***/ }),

/***/ 641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionSpecs)
/* harmony export */ });
const actionSpecs = {
    "promote": {
        "description": "Promotes the exact bytes behind one digest to the next registry, repository or environment: resolves the source once, never rebuilds, never overwrites a tag that holds another digest (a re-run of the same digest is a success that moves nothing), copies the whole manifest tree with its referrers (signatures, attestations, SBOMs), mounts blobs instead of copying them where the registry allows, writes the tags last, and attaches a promotion record (an in-toto statement) to the digest at the destination. Permissions: `contents: read`; `packages: write` to promote into ghcr.io with the default token\n",
        "inputs": {
            "source": {
                "description": "The image to promote: `registry/repository:tag`, `registry/repository@sha256:<hex>` (recommended: the digest that passed the previous step), or `oci:<dir>[:tag]` for a local OCI image layout. It is resolved to a digest once; everything after uses only that digest.\n",
                "default": "",
                "required": true
            },
            "destinations": {
                "description": "List of destinations, one per line: a reference, optionally followed by extra tags separated by spaces, e.g. `ghcr.io/acme/app:1.4.0 stable`. A reference without a tag is promoted by digest only (unless `tags` gives tags); `oci:<dir>[:tag]` writes an OCI image layout.\n",
                "default": "",
                "required": true
            },
            "tags": {
                "description": "List of tags to write at every destination (one per line or comma-separated), besides each destination's own. Tags match `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`.\n",
                "default": "",
                "required": false
            },
            "allow-overwrite": {
                "description": "Move a destination tag that already points at another digest. Off: such a tag fails the step, naming both digests, before a byte is copied.\n",
                "default": "false",
                "required": false
            },
            "copy-referrers": {
                "description": "Copy the digest's referrers (signatures, attestations, SBOMs, earlier promotion records), recursively: `true`, `false`, or a list of artifactTypes to copy only those (e.g. `application/vnd.dev.sigstore.bundle.v0.3+json`).\n",
                "default": "true",
                "required": false
            },
            "platforms": {
                "description": "`all` promotes a multi-platform index whole, digest unchanged. One `os/arch[/variant]` (e.g. `linux/arm64`) promotes only that platform's manifest, under its own digest. A subset of several platforms is refused: it would need a new index with a new digest.\n",
                "default": "all",
                "required": false
            },
            "mount-from": {
                "description": "List of extra repositories in the destination registry to mount blobs from (e.g. a base image repository). The source repository is always tried when source and destination share a registry.\n",
                "default": "",
                "required": false
            },
            "require-signature": {
                "description": "Promote only what verifies. A public key (PEM text, or a path such as `cosign.pub`) for key-based signatures, or `keyless` with `certificate-identity` (or `certificate-identity-regexp`) and `certificate-oidc-issuer`. Empty: no gate. Until the verify logic is part of this release, setting it refuses to promote (VERIFICATION_FAILED) rather than promote unverified bytes.\n",
                "default": "",
                "required": false
            },
            "certificate-identity": {
                "description": "With `require-signature: keyless`: the exact certificate identity (SAN) that must have signed, e.g. `https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main`.\n",
                "default": "",
                "required": false
            },
            "certificate-identity-regexp": {
                "description": "With `require-signature: keyless`, instead of certificate-identity: a regular expression searched in the certificate identity (SAN).\n",
                "default": "",
                "required": false
            },
            "certificate-oidc-issuer": {
                "description": "With `require-signature: keyless`: the OIDC issuer of the signing certificate, e.g. `https://token.actions.githubusercontent.com`.\n",
                "default": "",
                "required": false
            },
            "environment": {
                "description": "The environment being promoted to (e.g. `staging`, `production`), recorded in the promotion record.",
                "default": "",
                "required": false
            },
            "evidence": {
                "description": "List of files recorded by name and sha256 in the promotion record (test reports, scan results, approvals), one per line as `path` or `name=path`, relative to the workspace. Read and hashed before anything is copied.\n",
                "default": "",
                "required": false
            },
            "record": {
                "description": "Attach a promotion record to the digest at each destination where a tag was written (see docs/promotion-record.md). It is unsigned until signing is part of this release, and says so.\n",
                "default": "true",
                "required": false
            },
            "dry-run": {
                "description": "Resolve, check every tag rule and count what would be copied, but write nothing.\n",
                "default": "false",
                "required": false
            },
            "concurrency": {
                "description": "Blobs transferred at once (1 to 32); one pool shared by all layers and platforms.",
                "default": "4",
                "required": false
            },
            "registry-username": {
                "description": "Username for the destination registries (with registry-password). Without it, credentials come from ~/.docker/config.json (e.g. after docker/login-action), or github-token for ghcr.io.\n",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Password or token for the destination registries (a secret; masked as soon as it is read).",
                "default": "",
                "required": false
            },
            "source-username": {
                "description": "Username for the source registry when it differs from the destinations' (with source-password).",
                "default": "",
                "required": false
            },
            "source-password": {
                "description": "Password or token for the source registry (a secret; masked as soon as it is read).",
                "default": "",
                "required": false
            },
            "github-token": {
                "description": "Token used for ghcr.io when no other credentials are given for it (needs `packages: write` to push there). Masked as soon as it is read.\n",
                "default": "${{ github.token }}",
                "required": false
            }
        },
        "outputs": {
            "digest": {
                "description": "The promoted digest (`sha256:<hex>`), the same at every destination."
            },
            "destination-refs": {
                "description": "Every reference written (`registry/repository:tag`, or `@digest` when promoted by digest), one per line."
            },
            "bytes-copied": {
                "description": "Bytes of blobs streamed to the destinations (mounted and skipped blobs move none)."
            },
            "blobs-copied": {
                "description": "Number of blobs streamed."
            },
            "blobs-mounted": {
                "description": "Number of blobs mounted from another repository of the same registry (no bytes moved)."
            },
            "blobs-skipped": {
                "description": "Number of blobs already present at a destination."
            },
            "referrers-copied": {
                "description": "Number of referrer manifests (signatures, attestations, SBOMs, records) copied."
            },
            "json": {
                "description": "JSON with `source`, `digest`, `mediaType`, `dryRun`, `destinations` (reference, tags, status promoted / unchanged / planned, refs, record digest), the counts above, `manifests` and `recordSigned`.\n"
            }
        }
    }
};


/***/ }),

/***/ 698:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(440);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(218);
/* harmony import */ var _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(641);
/**
 * `artefacts <command> [--input value ...] [--json]`: every action's logic from flags, with the
 * same inputs, defaults (from the same action.yml) and code as the action. Works outside GitHub.
 */



const argv = process.argv.slice(2);
const debug = argv.includes('--debug') || process.env.ARTEFACTS_DEBUG === '1';
const secrets = new Set();
const mask = (text) => {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    return out;
};
const logger = {
    debug: (m) => void (debug && process.stderr.write(`debug: ${mask(m)}\n`)),
    info: (m) => void process.stderr.write(`${mask(m)}\n`),
    notice: (m) => void process.stderr.write(`notice: ${mask(m)}\n`),
    warning: (m) => void process.stderr.write(`warning: ${mask(m)}\n`),
    secret: (v) => void (v !== '' && secrets.add(v)),
    group: async (title, fn) => {
        process.stderr.write(`── ${mask(title)}\n`);
        return fn();
    },
};
function usage() {
    const names = Object.keys(_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P).sort();
    return [
        'usage: artefacts <command> [--<input> <value> ...] [--json] [--summary] [--debug]',
        '',
        'commands:',
        ...names.map((n) => `  ${n.padEnd(18)} ${(_generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[n]?.description ?? '').split('\n')[0]?.slice(0, 90) ?? ''}`),
        '',
        'Run `artefacts <command> --help` for its inputs. Lists take repeated flags or newline/comma-separated values.',
    ].join('\n');
}
function commandHelp(name) {
    const spec = _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[name];
    if (!spec)
        return `artefacts ${name}`;
    const lines = [`usage: artefacts ${name} [flags]`, '', spec.description.trim(), '', 'flags:'];
    for (const [input, s] of Object.entries(spec.inputs)) {
        lines.push(`  --${input}${s.default ? ` (default: ${s.default})` : ''}`, `      ${s.description.replace(/\s+/g, ' ').trim()}`);
    }
    lines.push('', 'outputs:', ...Object.keys(spec.outputs).map((o) => `  ${o}`));
    return lines.join('\n');
}
class UsageError extends Error {
}
/** Flags → raw input values. `--x v`, `--x=v`, bare `--x` for true; repeated flags join with newlines. */
function parseFlags(name, args) {
    const spec = _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[name];
    const known = new Set(Object.keys(spec?.inputs ?? {}));
    const values = new Map();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (['--json', '--summary', '--debug'].includes(arg))
            continue;
        if (!arg.startsWith('--'))
            throw new UsageError(`unexpected argument '${arg}' (inputs are given as --name value)`);
        const eq = arg.indexOf('=');
        const flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        if (spec && !known.has(flag)) {
            throw new UsageError(`'${name}' has no input '${flag}'. Accepted: ${[...known].map((k) => `--${k}`).join(', ')}`);
        }
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else if (i + 1 < args.length && !(args[i + 1] ?? '').startsWith('--'))
            value = args[++i] ?? '';
        else
            value = 'true';
        values.set(flag, values.has(flag) ? `${values.get(flag)}\n${value}` : value);
    }
    return values;
}
async function main() {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${usage()}\n`);
        return name === undefined ? 2 : 0;
    }
    const command = _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P[name];
    if (!command) {
        process.stderr.write(`error: unknown command '${name}'\n\n${usage()}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`${commandHelp(name)}\n`);
        return 0;
    }
    const flags = parseFlags(name, rest);
    const spec = _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[name];
    for (const s of command.secrets ?? []) {
        const v = flags.get(s);
        if (v)
            logger.secret(v);
    }
    // Defaults exactly as the runner applies them from action.yml; `${{ github.token }}` → GITHUB_TOKEN.
    const raw = (input) => {
        const given = flags.get(input);
        if (given !== undefined)
            return given;
        const fallback = spec?.inputs[input]?.default ?? '';
        return fallback.replace(/\$\{\{\s*github\.token\s*\}\}/g, process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '');
    };
    const github = (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .readGitHubContext */ .L7)(process.env);
    if (github === undefined)
        logger.debug('Not running under GitHub Actions: reading git directly for context.');
    const inputs = command.parse(raw);
    const outcome = await command.run(inputs, { cwd: process.cwd(), env: process.env, logger, github });
    if (argv.includes('--json')) {
        const json = outcome.outputs.json;
        process.stdout.write(`${json === undefined ? JSON.stringify(outcome.outputs, null, 2) : JSON.stringify(JSON.parse(json), null, 2)}\n`);
    }
    else if (argv.includes('--summary')) {
        process.stdout.write(`${outcome.summary}\n`);
    }
    else {
        for (const [key, value] of Object.entries(outcome.outputs)) {
            if (key === 'json')
                continue;
            process.stdout.write(value.includes('\n') ? `${key}:\n${value.replace(/^/gm, '  ')}\n` : `${key}: ${value}\n`);
        }
    }
    return 0;
}
try {
    process.exitCode = await main();
}
catch (error) {
    if (error instanceof UsageError) {
        process.stderr.write(`error: ${error.message}\n`);
        process.exitCode = 2;
    }
    else {
        const message = (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .isArtefactsError */ .cs)(error) ? error.message : `Unexpected failure: ${(0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`;
        process.stderr.write(`error: ${mask(message)}\n`);
        if ((0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .isArtefactsError */ .cs)(error) && error.hint)
            process.stderr.write(`hint: ${mask(error.hint)}\n`);
        if (debug && error instanceof Error && error.stack)
            process.stderr.write(`${mask(error.stack)}\n`);
        process.exitCode = 1;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  RW: () => (/* reexport */ PROMOTE_SECRETS),
  Uc: () => (/* reexport */ describeError),
  cs: () => (/* reexport */ isArtefactsError),
  JI: () => (/* reexport */ parsePromoteInputs),
  L7: () => (/* reexport */ readGitHubContext),
  EQ: () => (/* reexport */ runPromote)
});

// UNUSED EXPORTS: ArtefactsError, DEFAULT_RETRY, DOCKER_HUB, DOCKER_HUB_API_HOST, DOCKER_HUB_CONFIG_KEY, EMPTY_DIGEST, EMPTY_JSON, GitHubApi, GitHubApiError, INDEX_MEDIA_TYPES, IN_TOTO_MEDIA_TYPE, LayoutStore, MANIFEST_ACCEPT, MANIFEST_MEDIA_TYPES, MAX_MANIFEST_BYTES, MEDIA, PROMOTE_SIGNATURE_GATE_AVAILABLE, PROMOTION_ARTIFACT_TYPE, PROMOTION_PREDICATE_TYPE, REF_NAME, RegistryAuth, RegistryClient, RegistryRepository, VerifyingStream, buildImage, buildIndex, buildLayer, buildReferrer, checkDigest, checkManifestMediaType, childDescriptors, copyTree, descriptorOf, encodeManifest, formatReference, git, gitRaw, gitStream, inputError, inputs, isDigest, isIndex, isIndexMediaType, isTag, memoryLogger, openStore, parseChallenge, parseManifest, parseReference, parseRegistryReference, promote, promoteSummary, readBlob, referenceTarget, referrersTag, registryError, resolveCredentials, runCredentialHelper, runUrl, sha256, silentLogger, tarHeader, verifyPromotionSource

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
class errors_ArtefactsError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ArtefactsError';
        this.code = code;
        this.hint = options.hint;
    }
}
/** Bad input, named: which input, what was given, what is accepted. */
function errors_inputError(input, given, accepted, hint) {
    const shown = given.length > 200 ? `${given.slice(0, 200)}…` : given;
    return new errors_ArtefactsError('INPUT_INVALID', `Input '${input}': got ${JSON.stringify(shown)}; expected ${accepted}.`, {
        ...(hint === undefined ? {} : { hint }),
    });
}
function isArtefactsError(error) {
    return error instanceof errors_ArtefactsError;
}
/** Turns anything thrown into a message, without swallowing non-Error throws. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/log.ts
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

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

function inputs_text(get, name) {
    return get(name).trim();
}
function optionalText(get, name) {
    const value = get(name).trim();
    return value === '' ? undefined : value;
}
function required(get, name) {
    const value = get(name).trim();
    if (value === '')
        throw errors_inputError(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
    return value;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
function inputs_boolean(get, name, fallback = false) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    const value = raw.toLowerCase();
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw errors_inputError(name, raw, 'true or false');
}
function integer(get, name, options = {}) {
    const raw = get(name).trim();
    if (raw === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw errors_inputError(name, raw, 'a whole number');
    }
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw errors_inputError(name, raw, `a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}
function oneOf(get, name, accepted, fallback) {
    const raw = get(name).trim();
    if (raw === '' && fallback !== undefined)
        return fallback;
    const found = accepted.find((a) => a === raw.toLowerCase());
    if (found === undefined)
        throw inputError(name, raw, `one of ${accepted.join(', ')}`);
    return found;
}
/** A list: one item per line, or comma-separated; blank items and `#` comments dropped. */
function list(get, name, options = {}) {
    return splitList(get(name), options.comma ?? true);
}
function splitList(raw, comma = true) {
    const items = [];
    for (const line of raw.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        for (const part of comma ? trimmed.split(',') : [trimmed]) {
            const item = part.trim();
            if (item !== '')
                items.push(item);
        }
    }
    return items;
}
/** `key=value` pairs, one per line. */
function keyValues(get, name) {
    const result = {};
    for (const line of splitList(get(name), false)) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw inputError(name, line, 'lines of the form key=value');
        result[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return result;
}
function regex(get, name) {
    const raw = get(name).trim();
    if (raw === '')
        return undefined;
    try {
        return new RegExp(raw, 'u');
    }
    catch (error) {
        throw errors_inputError(name, raw, `a valid JavaScript regular expression (${error.message})`);
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/core/src/github/context.ts


/** Returns undefined when not running under GitHub Actions (no GITHUB_ACTIONS / GITHUB_EVENT_NAME). */
function readGitHubContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (!eventName)
        return undefined;
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
        }
        catch (error) {
            throw new errors_ArtefactsError('GITHUB_CONTEXT', `Cannot read the event payload at GITHUB_EVENT_PATH=${path}.`, {
                cause: error,
            });
        }
    }
    const repository = env.GITHUB_REPOSITORY ?? repoFromPayload(payload) ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    return {
        eventName,
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        refName: env.GITHUB_REF_NAME ?? '',
        headRef: env.GITHUB_HEAD_REF ?? '',
        baseRef: env.GITHUB_BASE_REF ?? '',
        repository,
        owner,
        repo,
        runId: env.GITHUB_RUN_ID ?? '',
        runNumber: positive(env.GITHUB_RUN_NUMBER),
        runAttempt: positive(env.GITHUB_RUN_ATTEMPT),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        pullRequest: pullRequestFacts(payload),
    };
}
function positive(raw) {
    const n = Number(raw);
    return Number.isInteger(n) && n > 0 ? n : 0;
}
function repoFromPayload(payload) {
    const repository = payload.repository;
    return typeof repository?.full_name === 'string' ? repository.full_name : undefined;
}
function pullRequestFacts(payload) {
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const head = (pr.head ?? {});
    const base = (pr.base ?? {});
    const labels = Array.isArray(pr.labels)
        ? pr.labels.map((l) => l.name).filter((n) => typeof n === 'string')
        : [];
    const headRepo = head.repo?.full_name;
    const baseRepo = base.repo?.full_name;
    return {
        number: pr.number,
        headSha: head.sha ?? '',
        headRef: head.ref ?? '',
        baseRef: base.ref ?? '',
        baseSha: base.sha ?? '',
        labels,
        isFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    };
}
/** The link to this run, for summaries and records. */
function runUrl(context) {
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./packages/core/src/git/git.ts



function gitEnv(extra) {
    return { ...process.env, ...extra, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** Runs git and returns its output; never throws for a non-zero exit. */
function gitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const child = spawn('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(new ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' })));
        child.on('close', (code) => resolve({
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            exitCode: code ?? 1,
        }));
    });
}
/** Runs git and returns stdout; throws a GIT_FAILED error naming the command on a non-zero exit. */
async function git(args, options) {
    const result = await gitRaw(args, options);
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
        if (/not a git repository/i.test(detail)) {
            throw new ArtefactsError('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
        throw new ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
    }
    return result.stdout;
}
/**
 * Streams git's stdout as records split by `separator` (default: newline). The consumer sees one
 * record at a time; nothing accumulates beyond the current record.
 */
async function gitStream(args, options, onRecord, separator = '\n') {
    const child = spawn('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (chunk) => err.push(chunk));
    const closed = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
    let stopped = false;
    if (separator === '\n') {
        const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
        for await (const line of lines) {
            if (onRecord(line) === 'stop') {
                stopped = true;
                child.kill();
                break;
            }
        }
    }
    else {
        child.stdout.setEncoding('utf8');
        let pending = '';
        for await (const chunk of child.stdout) {
            pending += chunk;
            let at;
            while ((at = pending.indexOf(separator)) >= 0) {
                const record = pending.slice(0, at);
                pending = pending.slice(at + separator.length);
                if (onRecord(record) === 'stop') {
                    stopped = true;
                    break;
                }
            }
            if (stopped) {
                child.kill();
                break;
            }
        }
        if (!stopped && pending !== '')
            onRecord(pending);
    }
    const code = await closed;
    if (!stopped && code !== 0) {
        const detail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
        throw new ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${code}): ${detail}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/api.ts

class GitHubApiError extends errors_ArtefactsError {
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
                throw new ArtefactsError('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
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

;// CONCATENATED MODULE: ./packages/core/src/oci/references.ts
/**
 * Image references: `registry/ns/repo:tag@sha256:…`, Docker Hub short forms, localhost and
 * host:port registries, and `oci:<dir>[:tag|@digest]` for a local OCI image layout.
 * Grammar from distribution/reference (the one every registry and docker CLI uses).
 */

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The key Docker writes into ~/.docker/config.json for Docker Hub. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
function invalid(given, part, why) {
    const shown = given.length > 300 ? `${given.slice(0, 300)}…` : given;
    return new errors_ArtefactsError('REFERENCE_INVALID', `Invalid image reference ${JSON.stringify(shown)}: ${part} ${why}.`, {
        hint: 'Expected [registry[:port]/]repository[:tag][@sha256:<64 hex>] or oci:<dir>[:tag|@sha256:<64 hex>].',
    });
}
function isDigest(value) {
    return DIGEST.test(value);
}
function isTag(value) {
    return TAG.test(value);
}
/** Checks a digest string, naming it when wrong. */
function checkDigest(value, what = 'digest') {
    if (!DIGEST.test(value)) {
        throw new errors_ArtefactsError('REFERENCE_INVALID', `Invalid ${what} ${JSON.stringify(value.slice(0, 100))}: expected sha256:<64 lowercase hex>.`);
    }
    return value;
}
function splitTagDigest(given, rest) {
    let name = rest;
    let digest;
    const at = name.indexOf('@');
    if (at >= 0) {
        digest = name.slice(at + 1);
        name = name.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw invalid(given, `the digest ${JSON.stringify(digest)}`, 'is not sha256:<64 lowercase hex>');
        }
    }
    let tag;
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
        tag = name.slice(colon + 1);
        name = name.slice(0, colon);
        if (!TAG.test(tag)) {
            throw invalid(given, `the tag ${JSON.stringify(tag)}`, 'is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}; no "+")');
        }
    }
    return { name, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
/** Parses and normalises an image reference; throws REFERENCE_INVALID naming the wrong part. */
function references_parseReference(input) {
    const given = input.trim();
    if (given === '')
        throw invalid(input, 'the reference', 'is empty');
    if (given.startsWith('oci:'))
        return parseLayout(given);
    if (/\s/.test(given))
        throw invalid(given, 'the reference', 'contains whitespace');
    const { name, tag, digest } = splitTagDigest(given, given);
    if (name === '')
        throw invalid(given, 'the repository', 'is empty');
    const slash = name.indexOf('/');
    let registry = DOCKER_HUB;
    let path = name;
    if (slash >= 0) {
        const first = name.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            registry = first;
            path = name.slice(slash + 1);
            if (!HOST.test(registry))
                throw invalid(given, `the registry ${JSON.stringify(registry)}`, 'is not a valid host[:port]');
            const port = /:([0-9]+)$/.exec(registry)?.[1];
            if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
                throw invalid(given, `the registry port ${port}`, 'is out of range');
            }
        }
    }
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API_HOST)
        registry = DOCKER_HUB;
    if (path === '')
        throw invalid(given, 'the repository', 'is empty');
    for (const component of path.split('/')) {
        if (!COMPONENT.test(component)) {
            throw invalid(given, `the repository component ${JSON.stringify(component)}`, 'must be lowercase letters and digits separated by ".", "_", "__" or "-"');
        }
    }
    if (registry === DOCKER_HUB && !path.includes('/'))
        path = `library/${path}`;
    if (registry.length + 1 + path.length > 255)
        throw invalid(given, 'the repository name', 'is longer than 255 characters');
    return {
        kind: 'registry',
        registry,
        host: registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry,
        repository: path,
        tag,
        digest,
    };
}
function parseLayout(given) {
    let rest = given.slice('oci:'.length);
    let digest;
    const at = rest.lastIndexOf('@');
    if (at >= 0 && rest.slice(at + 1).startsWith('sha')) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw invalid(given, `the digest ${JSON.stringify(digest)}`, 'is not sha256:<64 lowercase hex>');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(given, `the layout tag ${JSON.stringify(tag)}`, 'is not a valid tag');
    }
    if (rest === '')
        throw invalid(given, 'the layout directory', 'is empty');
    return { kind: 'layout', path: rest, tag, digest };
}
/** Parses a reference that must name a registry repository (not a layout). */
function parseRegistryReference(input) {
    const ref = references_parseReference(input);
    if (ref.kind !== 'registry')
        throw invalid(input, 'the reference', 'names a local layout where a registry was expected');
    return ref;
}
/** The canonical string: `docker.io/library/alpine:3.20@sha256:…`, `oci:dir:tag`. */
function formatReference(ref, override = {}) {
    const tag = 'tag' in override ? override.tag : ref.tag;
    const digest = 'digest' in override ? override.digest : ref.digest;
    const base = ref.kind === 'layout' ? `oci:${ref.path}` : `${ref.registry}/${ref.repository}`;
    return `${base}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
}
/** A tag or digest to ask for: the digest wins when both are present; `latest` when neither. */
function referenceTarget(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The fallback tag under which a registry without the referrers API lists referrers. */
function referrersTag(digest) {
    checkDigest(digest);
    return digest.replace(':', '-');
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./packages/core/src/oci/media.ts
/**
 * Media types, descriptors and digests. A manifest is always kept as its exact bytes: its digest
 * is the sha256 of those bytes, so it is never re-serialised once it exists.
 */



const media_MEDIA = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    empty: 'application/vnd.oci.empty.v1+json',
};
const MANIFEST_MEDIA_TYPES = [
    media_MEDIA.ociManifest,
    media_MEDIA.ociIndex,
    media_MEDIA.dockerManifest,
    media_MEDIA.dockerList,
];
const INDEX_MEDIA_TYPES = [media_MEDIA.ociIndex, media_MEDIA.dockerList];
/** The full Accept header: distribution 2.8 answers 404 for an OCI manifest when it is missing. */
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
/** Registries refuse manifests above about 4 MiB; so do we, before sending or while reading. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The empty JSON config (`{}`), used by artifacts that carry no config. */
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
}
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function isIndex(parsed) {
    return Array.isArray(parsed.manifests);
}
function checkManifestMediaType(mediaType, where) {
    if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) {
        throw new errors_ArtefactsError('MEDIA_TYPE_UNSUPPORTED', `${where}: unsupported manifest media type ${JSON.stringify(mediaType.slice(0, 200))}.`, { hint: `Supported: ${MANIFEST_MEDIA_TYPES.join(', ')} (Docker schema 1 is not).` });
    }
    return mediaType;
}
/**
 * Parses exact manifest bytes. The media type comes from the body's `mediaType` field, else from
 * the transport (Content-Type) when given, else from the shape (manifests vs layers).
 */
function parseManifest(bytes, where, transportType) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${where}: manifest is ${bytes.length} bytes, above the 4 MiB limit.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${where}: manifest is not valid JSON.`, { cause: error });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${where}: manifest is not a JSON object.`);
    }
    if (parsed.schemaVersion !== 2) {
        throw new errors_ArtefactsError('MEDIA_TYPE_UNSUPPORTED', `${where}: manifest schemaVersion ${JSON.stringify(parsed.schemaVersion)} is not supported (only 2).`);
    }
    const bodyType = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const transport = transportType?.split(';')[0]?.trim();
    const mediaType = bodyType ??
        (transport !== undefined && transport !== '' && transport !== 'application/json' ? transport : undefined) ??
        (Array.isArray(parsed.manifests) ? media_MEDIA.ociIndex : media_MEDIA.ociManifest);
    checkManifestMediaType(mediaType, where);
    if (isIndexMediaType(mediaType)) {
        if (!Array.isArray(parsed.manifests)) {
            throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${where}: index has no manifests array.`);
        }
    }
    else {
        const m = parsed;
        if (typeof m.config?.digest !== 'string' || !Array.isArray(m.layers)) {
            throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${where}: image manifest lacks config or layers.`);
        }
    }
    return { bytes, digest: sha256(bytes), mediaType, parsed };
}
/** Serialises a new manifest once; from then on only these bytes are used. */
function media_encodeManifest(value) {
    const bytes = Buffer.from(JSON.stringify(value));
    return parseManifest(bytes, 'new manifest');
}
/** Descriptors a manifest points at: child manifests (index) or config + layers (image). */
function media_childDescriptors(manifest) {
    const parsed = manifest.parsed;
    if (isIndex(parsed))
        return { manifests: [...parsed.manifests], blobs: [] };
    return { manifests: [], blobs: [parsed.config, ...parsed.layers] };
}
function descriptorOf(manifest, extra = {}) {
    const d = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    const artifactType = manifest.parsed.artifactType ?? (isIndex(manifest.parsed) ? undefined : manifest.parsed.config.mediaType);
    if (artifactType !== undefined)
        d.artifactType = artifactType;
    if (manifest.parsed.annotations !== undefined)
        d.annotations = { ...manifest.parsed.annotations };
    return { ...d, ...extra };
}
/**
 * A pass-through stream verifying sha256 and size while bytes flow. It always holds back the
 * last chunk until the whole content is verified, so a consumer never receives a complete body
 * whose digest is wrong: on a mismatch the stream errors with DIGEST_MISMATCH before ending.
 */
class VerifyingStream extends external_node_stream_namespaceObject.Transform {
    expectedDigest;
    expectedSize;
    where;
    hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    held;
    bytes = 0;
    /** Called with each chunk's length as it is hashed (progress), without a second pass over the bytes. */
    onBytes;
    constructor(expectedDigest, expectedSize, where) {
        // Larger buffers than the 16 KiB default: fewer handoffs per MiB on multi-GB layers, bounded memory.
        super({ highWaterMark: 1 << 20 });
        this.expectedDigest = expectedDigest;
        this.expectedSize = expectedSize;
        this.where = where;
    }
    /** True when this stream already verifies exactly this content, so wrapping it again would only hash twice. */
    verifies(descriptor) {
        return this.expectedDigest === descriptor.digest && this.expectedSize === descriptor.size;
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        this.onBytes?.(chunk.length);
        if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
            callback(new errors_ArtefactsError('DIGEST_MISMATCH', `${this.where}: more bytes than the ${this.expectedSize} its descriptor declares; refused.`));
            return;
        }
        const previous = this.held;
        this.held = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        const actual = `sha256:${this.hash.digest('hex')}`;
        if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
            callback(new errors_ArtefactsError('DIGEST_MISMATCH', `${this.where}: got ${this.bytes} bytes where its descriptor declares ${this.expectedSize}; refused.`));
            return;
        }
        if (actual !== this.expectedDigest) {
            callback(new errors_ArtefactsError('DIGEST_MISMATCH', `${this.where}: content digest is ${actual}, expected ${this.expectedDigest}; refused.`, { hint: 'The source is corrupt or was tampered with; nothing was written.' }));
            return;
        }
        callback(null, this.held);
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ./packages/core/src/oci/http.ts
/**
 * The thin HTTP layer under the registry client: Node's own http/https with keep-alive agents,
 * streamed bodies, and bounded retries with exponential backoff and jitter.
 */



const httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 32 });
const httpsAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: 32 });
/** A failure worth retrying: connection reset, timeout, 408/429/5xx. */
class RetryableError extends Error {
    retryAfterMs;
    status;
    constructor(message, retryAfterMs, status) {
        super(message);
        this.retryAfterMs = retryAfterMs;
        this.status = status;
    }
}
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED']);
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
function send(request) {
    const { url } = request;
    const lib = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const agent = url.protocol === 'https:' ? httpsAgent : httpAgent;
    return new Promise((resolve, reject) => {
        const req = lib.request(url, { method: request.method, headers: request.headers ?? {}, agent }, (res) => {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, url });
        });
        req.setTimeout(request.timeoutMs ?? 120_000, () => {
            req.destroy(Object.assign(new Error(`timed out after ${request.timeoutMs ?? 120_000} ms`), { code: 'ETIMEDOUT' }));
        });
        req.on('error', (error) => {
            const code = error.code ?? '';
            if (RETRYABLE_CODES.has(code) || /socket hang up/i.test(error.message)) {
                reject(new RetryableError(`${request.method} ${url.host}${url.pathname}: ${error.message}`, undefined, undefined));
            }
            else {
                reject(new errors_ArtefactsError('REGISTRY_UNAVAILABLE', `${request.method} ${url.host}${url.pathname}: ${describeError(error)}`, { cause: error }));
            }
        });
        const body = request.body;
        if (body === undefined)
            req.end();
        else if (Buffer.isBuffer(body))
            req.end(body);
        else {
            body.on('error', (error) => req.destroy(error));
            body.pipe(req);
        }
    });
}
/** Reads a whole (small) body, refusing more than `limit` bytes. */
async function readBody(response, limit, where) {
    const declared = Number(response.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
        response.body.destroy();
        throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${where}: response of ${declared} bytes is above the ${limit}-byte limit.`);
    }
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.length;
        if (total > limit) {
            response.body.destroy();
            throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${where}: response is above the ${limit}-byte limit.`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function drain(response) {
    try {
        for await (const _chunk of response.body) {
            // discard
        }
    }
    catch {
        // the connection is gone either way
    }
}
/** Retry-After as seconds or an HTTP date, in milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim()) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 250, maxDelayMs: 20_000 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `fn` until it succeeds, retrying RetryableErrors with exponential backoff and full jitter
 * (or the server's Retry-After, capped at maxDelayMs). The final error says what was being done
 * and how many tries were made.
 */
async function withRetry(what, policy, fn) {
    let last;
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (!(error instanceof RetryableError))
                throw error;
            last = error;
            if (attempt === policy.attempts)
                break;
            const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
            const delay = error.retryAfterMs !== undefined
                ? Math.min(policy.maxDelayMs, error.retryAfterMs)
                : Math.round(backoff / 2 + (Math.random() * backoff) / 2);
            await sleep(delay);
        }
    }
    throw new errors_ArtefactsError('REGISTRY_UNAVAILABLE', `${what} failed after ${policy.attempts} ${policy.attempts === 1 ? 'try' : 'tries'}: ${last?.message ?? 'unknown error'}`, { hint: 'The registry is unavailable or overloaded; try again later.', cause: last });
}

;// CONCATENATED MODULE: ./packages/core/src/oci/auth.ts
/**
 * Registry authentication: anonymous, basic, and the bearer-token flow (realm/service/scope, one
 * scope per repository, a token cache per scope set, one refresh on 401). Credentials come from
 * explicit options, ~/.docker/config.json (auths, credHelpers, credsStore: the helper is run with
 * an argv array) or GITHUB_TOKEN for ghcr.io. They are never put in a message or a log line.
 */







/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or Basic). */
function parseChallenge(header) {
    if (header === undefined)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (match === null)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let m = re.exec(match[2]); m !== null; m = re.exec(match[2])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
    return {
        scheme,
        ...(params.realm === undefined ? {} : { realm: params.realm }),
        ...(params.service === undefined ? {} : { service: params.service }),
        ...(params.scope === undefined ? {} : { scope: params.scope }),
    };
}
function normaliseConfigKey(key) {
    let k = key.trim().replace(/^[a-z]+:\/\//i, '');
    const slash = k.indexOf('/');
    if (slash >= 0)
        k = k.slice(0, slash);
    k = k.toLowerCase();
    if (k === 'index.docker.io' || k === 'registry-1.docker.io' || k === 'registry.hub.docker.com')
        return DOCKER_HUB;
    return k;
}
async function readDockerConfig(env) {
    const dir = env.DOCKER_CONFIG ?? external_node_path_default().join(env.HOME ?? (0,external_node_os_namespaceObject.homedir)(), '.docker');
    const file = external_node_path_default().join(dir, 'config.json');
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors_ArtefactsError('REGISTRY_AUTH', `Docker config ${file} is not valid JSON: ${describeError(error)}`);
    }
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin. */
async function runCredentialHelper(helper, serverUrl, env) {
    if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
        throw new errors_ArtefactsError('REGISTRY_AUTH', `Docker credential helper name ${JSON.stringify(helper)} is not valid.`);
    }
    const program = `docker-credential-${helper}`;
    const { code, stdout } = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
        let out = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => (out += d));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new errors_ArtefactsError('REGISTRY_AUTH', `Could not run the Docker credential helper ${program}: ${error.message}`, {
                hint: `Install ${program} or remove it from the Docker config (credHelpers/credsStore).`,
            }));
        });
        child.on('close', (exit) => {
            clearTimeout(timer);
            resolve({ code: exit, stdout: out });
        });
        child.stdin.end(serverUrl);
    });
    if (code !== 0) {
        if (/credentials not found/i.test(stdout))
            return undefined;
        throw new errors_ArtefactsError('REGISTRY_AUTH', `Docker credential helper ${program} failed for ${serverUrl} (exit ${code}).`);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors_ArtefactsError('REGISTRY_AUTH', `Docker credential helper ${program} printed something that is not JSON.`);
    }
    if (typeof parsed.Secret !== 'string' || parsed.Secret === '')
        return undefined;
    if (parsed.Username === '<token>')
        return { identityToken: parsed.Secret };
    return { username: parsed.Username ?? '', password: parsed.Secret };
}
/**
 * Finds credentials for a registry (as written in references: `docker.io`, `ghcr.io`, `host:port`).
 * Order: explicit options, Docker config (credHelpers, auths, credsStore), GITHUB_TOKEN for ghcr.io.
 */
async function resolveCredentials(registry, options = {}) {
    const env = options.env ?? process.env;
    const found = await find();
    if (found !== undefined) {
        if ('password' in found)
            options.logger?.secret(found.password);
        else if ('token' in found)
            options.logger?.secret(found.token);
        else
            options.logger?.secret(found.identityToken);
    }
    return found;
    async function find() {
        const wanted = normaliseConfigKey(registry);
        for (const [key, value] of Object.entries(options.credentials ?? {})) {
            if (normaliseConfigKey(key) === wanted)
                return value;
        }
        if (options.ignoreDockerConfig !== true) {
            const config = await readDockerConfig(env);
            if (config !== undefined) {
                const serverUrl = wanted === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : wanted;
                for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
                    if (normaliseConfigKey(key) === wanted)
                        return runCredentialHelper(helper, serverUrl, env);
                }
                for (const [key, entry] of Object.entries(config.auths ?? {})) {
                    if (normaliseConfigKey(key) !== wanted)
                        continue;
                    if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '')
                        return { token: entry.registrytoken };
                    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '')
                        return { identityToken: entry.identitytoken };
                    if (typeof entry.auth === 'string' && entry.auth !== '') {
                        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                        const colon = decoded.indexOf(':');
                        if (colon < 0) {
                            throw new errors_ArtefactsError('REGISTRY_AUTH', `Docker config entry for ${key}: "auth" is not base64 of username:password.`);
                        }
                        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
                    }
                    if (typeof entry.username === 'string' && typeof entry.password === 'string') {
                        return { username: entry.username, password: entry.password };
                    }
                }
                if (typeof config.credsStore === 'string' && config.credsStore !== '') {
                    const fromStore = await runCredentialHelper(config.credsStore, serverUrl, env);
                    if (fromStore !== undefined)
                        return fromStore;
                }
            }
        }
        if (wanted === 'ghcr.io' && env.GITHUB_TOKEN !== undefined && env.GITHUB_TOKEN !== '') {
            return { username: env.GITHUB_ACTOR ?? 'github-actions', password: env.GITHUB_TOKEN };
        }
        return undefined;
    }
}
function basicHeader(credentials) {
    if ('token' in credentials)
        return `Bearer ${credentials.token}`;
    if ('identityToken' in credentials)
        return undefined;
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
/**
 * Per-registry authenticator. `header(scopes)` answers the Authorization header to send now (or
 * undefined); `challenge(...)` handles a 401 and returns the header to retry with, once.
 */
class RegistryAuth {
    registry;
    options;
    challengeSeen;
    tokens = new Map();
    credentials;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.options = options;
    }
    creds() {
        this.credentials ??= resolveCredentials(this.registry, this.options);
        return this.credentials;
    }
    /** The header for these scopes from what is already known, fetching a token if the realm is known. */
    async header(scopes) {
        const c = this.challengeSeen;
        if (c === undefined)
            return undefined;
        if (c.scheme === 'basic') {
            const creds = await this.creds();
            return creds === undefined ? undefined : basicHeader(creds);
        }
        const key = [...scopes].sort().join(' ');
        const cached = this.tokens.get(key);
        if (cached !== undefined && cached.expires > Date.now())
            return cached.header;
        return this.fetchToken(c, scopes);
    }
    /** Handles a 401: remembers the challenge, drops the cached token, returns a fresh header. */
    async challenge(wwwAuthenticate, scopes) {
        const parsed = parseChallenge(wwwAuthenticate);
        if (parsed === undefined) {
            throw new errors_ArtefactsError('REGISTRY_AUTH', `${this.registry} answered 401 without a usable WWW-Authenticate challenge.`);
        }
        this.challengeSeen = parsed;
        this.tokens.delete([...scopes].sort().join(' '));
        if (parsed.scheme === 'basic') {
            const creds = await this.creds();
            if (creds === undefined) {
                throw new errors_ArtefactsError('REGISTRY_AUTH', `${this.registry} requires credentials and none were found.`, {
                    hint: 'Pass credentials, or log in (docker login) so ~/.docker/config.json has them.',
                });
            }
            const header = basicHeader(creds);
            if (header === undefined) {
                throw new errors_ArtefactsError('REGISTRY_AUTH', `${this.registry} asks for basic auth, but only an identity token was found.`);
            }
            return header;
        }
        return this.fetchToken(parsed, scopes);
    }
    async fetchToken(c, scopes) {
        if (c.realm === undefined) {
            throw new errors_ArtefactsError('REGISTRY_AUTH', `${this.registry}: bearer challenge without a realm.`);
        }
        const creds = await this.creds();
        if (creds !== undefined && 'token' in creds)
            return `Bearer ${creds.token}`;
        let url;
        try {
            url = new URL(c.realm);
        }
        catch {
            throw new errors_ArtefactsError('REGISTRY_AUTH', `${this.registry}: token realm ${JSON.stringify(c.realm)} is not a URL.`);
        }
        if (c.service !== undefined)
            url.searchParams.set('service', c.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = { 'user-agent': 'immutable-artefacts' };
        const basic = creds === undefined ? undefined : basicHeader(creds);
        if (basic !== undefined)
            headers.authorization = basic;
        // An identity (refresh) token is exchanged with the OAuth2 POST form of the token endpoint.
        let form;
        if (creds !== undefined && 'identityToken' in creds) {
            const body = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'immutable-artefacts',
            });
            if (c.service !== undefined)
                body.set('service', c.service);
            body.set('scope', scopes.join(' '));
            form = Buffer.from(body.toString());
            headers['content-type'] = 'application/x-www-form-urlencoded';
            headers['content-length'] = String(form.length);
            url.search = '';
        }
        let response;
        for (let attempt = 1;; attempt++) {
            try {
                response = await send(form === undefined ? { method: 'GET', url, headers } : { method: 'POST', url, headers, body: form });
                if (isRetryableStatus(response.status) && attempt < 3) {
                    const wait = parseRetryAfter(response.headers['retry-after']) ?? 500 * attempt;
                    await readBody(response, 1 << 20, 'token').catch(() => undefined);
                    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 10_000)));
                    continue;
                }
                break;
            }
            catch (error) {
                if (error instanceof RetryableError && attempt < 3)
                    continue;
                throw error instanceof RetryableError
                    ? new errors_ArtefactsError('REGISTRY_UNAVAILABLE', `Token service ${url.host}: ${error.message}`)
                    : error;
            }
        }
        const body = await readBody(response, 1 << 20, `token service ${url.host}`);
        if (response.status === 401 || response.status === 403) {
            throw new errors_ArtefactsError('REGISTRY_AUTH', `Token service ${url.host}${url.pathname} refused ${creds === undefined ? 'anonymous access' : 'the credentials'} for ${scopes.join(' ')} (HTTP ${response.status}).`, {
                hint: creds === undefined
                    ? 'Pass credentials or log in to the registry.'
                    : 'Check the username and password or token.',
            });
        }
        if (response.status !== 200) {
            throw new errors_ArtefactsError('REGISTRY_AUTH', `Token service ${url.host}${url.pathname} answered HTTP ${response.status} for ${scopes.join(' ')}.`);
        }
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new errors_ArtefactsError('REGISTRY_AUTH', `Token service ${url.host} answered something that is not JSON.`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new errors_ArtefactsError('REGISTRY_AUTH', `Token service ${url.host} answered without a token.`);
        }
        this.options.logger?.secret(token);
        const header = `Bearer ${token}`;
        const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
        this.tokens.set([...scopes].sort().join(' '), { header, expires: Date.now() + (lifetime - 10) * 1000 });
        return header;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/oci/registry.ts
/**
 * The registry client (OCI distribution spec v1.1 and Docker registry v2), on Node's own
 * http/https and streams. One RegistryClient per run holds the auth state per registry; each
 * repository is an ArtifactStore.
 */






const REDIRECTS = [301, 302, 303, 307, 308];
const USER_AGENT = 'immutable-artefacts';
/** Maps a registry's answer to an ArtefactsError code and a message saying what was being done. */
function registryError(what, status, body) {
    let first;
    try {
        first = JSON.parse(body.toString('utf8')).errors?.[0];
    }
    catch {
        first = undefined;
    }
    const code = first?.code ?? '';
    const detail = first === undefined ? '' : `: ${code}${first.message ? ` (${String(first.message).slice(0, 300)})` : ''}`;
    const message = `${what}: HTTP ${status}${detail}`;
    if (status === 401 || status === 403 || code === 'DENIED' || code === 'UNAUTHORIZED') {
        return new errors_ArtefactsError('REGISTRY_AUTH', message, {
            hint: 'Check the credentials and that they grant pull (and push for writes) on this repository.',
        });
    }
    if (code === 'DIGEST_INVALID')
        return new errors_ArtefactsError('DIGEST_MISMATCH', message);
    if (status === 415 || code === 'MANIFEST_UNKNOWN_MEDIATYPE')
        return new errors_ArtefactsError('MEDIA_TYPE_UNSUPPORTED', message);
    if (status === 404 || /_UNKNOWN$/.test(code))
        return new errors_ArtefactsError('REGISTRY_NOT_FOUND', message);
    if (status === 413) {
        return new errors_ArtefactsError('REGISTRY_PROTOCOL', `${message} (the registry refused the size of the body)`);
    }
    return new errors_ArtefactsError('REGISTRY_PROTOCOL', message);
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function isLoopback(host) {
    const h = host.replace(/:\d+$/, '');
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.startsWith('127.');
}
/** Parses `Link: <url>; rel="next"`. */
function nextLink(response, base) {
    const link = header(response, 'link');
    if (link === undefined)
        return undefined;
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return m === null ? undefined : new URL(m[1], base);
}
class registry_RegistryClient {
    options;
    auths = new Map();
    retry;
    constructor(options = {}) {
        this.options = options;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
    }
    /** The ArtifactStore for one repository. */
    repository(ref) {
        let auth = this.auths.get(ref.registry);
        if (auth === undefined) {
            auth = new RegistryAuth(ref.registry, this.options);
            this.auths.set(ref.registry, auth);
        }
        const plain = this.options.plainHttp;
        const http = plain === true ||
            (Array.isArray(plain) && plain.includes(ref.registry)) ||
            (plain === undefined && isLoopback(ref.host));
        return new RegistryRepository(this, auth, ref, new URL(`${http ? 'http' : 'https'}://${ref.host}`));
    }
}
class RegistryRepository {
    client;
    auth;
    base;
    location;
    registry;
    repository;
    pullScope;
    pushScopes;
    static fallbackLocks = new Map();
    constructor(client, auth, ref, base) {
        this.client = client;
        this.auth = auth;
        this.base = base;
        this.registry = ref.registry;
        this.repository = ref.repository;
        this.location = `${ref.registry}/${ref.repository}`;
        this.pullScope = `repository:${ref.repository}:pull`;
        this.pushScopes = [`repository:${ref.repository}:pull,push`];
    }
    path(rest) {
        return `/v2/${this.repository}/${rest}`;
    }
    async request(op) {
        const once = async () => {
            let url = typeof op.url === 'string' ? new URL(op.url, this.base) : op.url;
            let authorization = await this.auth.header(op.scopes);
            let refreshed = false;
            for (let hops = 0;;) {
                const sameOrigin = url.origin === this.base.origin;
                const headers = { 'user-agent': USER_AGENT, ...op.headers };
                if (authorization !== undefined && sameOrigin)
                    headers.authorization = authorization;
                const body = op.body?.();
                const response = await send({
                    method: op.method,
                    url,
                    headers,
                    ...(body === undefined ? {} : { body }),
                    ...(this.client.options.timeoutMs === undefined ? {} : { timeoutMs: this.client.options.timeoutMs }),
                });
                if (response.status === 401 && sameOrigin && !refreshed) {
                    await drain(response);
                    refreshed = true;
                    authorization = await this.auth.challenge(header(response, 'www-authenticate'), op.scopes);
                    // A streamed body is spent: let the caller's retry reopen it, now with fresh credentials.
                    if (body !== undefined && !Buffer.isBuffer(body)) {
                        throw new RetryableError(`${op.what}: credentials refreshed after 401`, 0, 401);
                    }
                    continue;
                }
                const location = header(response, 'location');
                if (op.follow === true && REDIRECTS.includes(response.status) && location !== undefined) {
                    await drain(response);
                    if (++hops > 5)
                        throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${op.what}: more than 5 redirects.`);
                    url = new URL(location, url);
                    continue;
                }
                if (op.expect.includes(response.status))
                    return response;
                const answer = await readBody(response, 64 * 1024, op.what).catch(() => Buffer.alloc(0));
                if (isRetryableStatus(response.status)) {
                    throw new RetryableError(`${op.what}: HTTP ${response.status}`, parseRetryAfter(response.headers['retry-after']), response.status);
                }
                throw registryError(op.what, response.status, answer);
            }
        };
        return op.retry === false ? once() : withRetry(op.what, this.client.retry, once);
    }
    // ---------------------------------------------------------------- manifests
    async resolve(reference) {
        this.checkReference(reference);
        const what = `resolving ${this.location}:${reference}`;
        const response = await this.request({
            what,
            method: 'HEAD',
            url: this.path(`manifests/${reference}`),
            scopes: [this.pullScope],
            headers: { accept: MANIFEST_ACCEPT },
            expect: [200, 404],
        });
        await drain(response);
        if (response.status === 404)
            return undefined;
        const digest = header(response, 'docker-content-digest');
        const mediaType = header(response, 'content-type')?.split(';')[0]?.trim();
        const size = Number(header(response, 'content-length'));
        if (digest === undefined ||
            !isDigest(digest) ||
            mediaType === undefined ||
            !MANIFEST_MEDIA_TYPES.includes(mediaType) ||
            !Number.isFinite(size)) {
            // Some registries omit Docker-Content-Digest or send a generic type on HEAD: GET and hash the bytes.
            const manifest = await this.getManifest(reference);
            return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        }
        if (isDigest(reference) && digest !== reference) {
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${what}: the registry answered digest ${digest}.`);
        }
        checkManifestMediaType(mediaType, what);
        return { mediaType, digest, size };
    }
    async getManifest(reference) {
        this.checkReference(reference);
        const what = `fetching manifest ${this.location}${isDigest(reference) ? '@' : ':'}${reference}`;
        const response = await this.request({
            what,
            method: 'GET',
            url: this.path(`manifests/${reference}`),
            scopes: [this.pullScope],
            headers: { accept: MANIFEST_ACCEPT },
            expect: [200],
        });
        const bytes = await readBody(response, MAX_MANIFEST_BYTES, what);
        const actual = sha256(bytes);
        if (isDigest(reference) && actual !== reference) {
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${what}: the bytes hash to ${actual}; refused.`);
        }
        const claimed = header(response, 'docker-content-digest');
        if (claimed !== undefined && claimed.startsWith('sha256:') && claimed !== actual) {
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${what}: Docker-Content-Digest says ${claimed} but the bytes hash to ${actual}; refused.`);
        }
        return parseManifest(bytes, what, header(response, 'content-type'));
    }
    async putManifest(manifest, options = {}) {
        const target = options.tag ?? manifest.digest;
        this.checkReference(target);
        const what = `pushing manifest ${manifest.digest} to ${this.location}${options.tag === undefined ? '' : `:${options.tag}`}`;
        checkManifestMediaType(manifest.mediaType, what);
        if (manifest.bytes.length > MAX_MANIFEST_BYTES) {
            throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${what}: ${manifest.bytes.length} bytes is above the 4 MiB limit.`);
        }
        if (sha256(manifest.bytes) !== manifest.digest) {
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${what}: the bytes do not hash to ${manifest.digest}.`);
        }
        const response = await this.request({
            what,
            method: 'PUT',
            url: this.path(`manifests/${target}`),
            scopes: this.pushScopes,
            headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.length) },
            body: () => manifest.bytes,
            expect: [201, 200],
        });
        await drain(response);
        const claimed = header(response, 'docker-content-digest');
        if (claimed !== undefined && claimed !== manifest.digest) {
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${what}: the registry stored it as ${claimed}.`);
        }
        const subject = manifest.parsed.subject;
        if (subject === undefined)
            return { digest: manifest.digest, referrerIndexed: false };
        if (header(response, 'oci-subject') === undefined)
            await this.addToFallbackIndex(subject.digest, manifest);
        return { digest: manifest.digest, referrerIndexed: true };
    }
    async putTag(tag, manifest) {
        await this.putManifest(manifest, { tag });
    }
    checkReference(reference) {
        if (!isDigest(reference) && !isTag(reference)) {
            throw new errors_ArtefactsError('REFERENCE_INVALID', `${JSON.stringify(reference.slice(0, 200))} is neither a tag nor a sha256 digest.`);
        }
    }
    // ---------------------------------------------------------------- referrers
    /** Read-merge-write of the `sha256-<hex>` fallback index, serialised per subject and re-read to confirm. */
    async addToFallbackIndex(subjectDigest, manifest) {
        const key = `${this.location}@${subjectDigest}`;
        const previous = RegistryRepository.fallbackLocks.get(key) ?? Promise.resolve();
        const run = previous.catch(() => undefined).then(() => this.mergeFallback(subjectDigest, manifest));
        RegistryRepository.fallbackLocks.set(key, run);
        try {
            await run;
        }
        finally {
            if (RegistryRepository.fallbackLocks.get(key) === run)
                RegistryRepository.fallbackLocks.delete(key);
        }
    }
    async mergeFallback(subjectDigest, manifest) {
        const tag = referrersTag(subjectDigest);
        const entry = descriptorOf(manifest);
        for (let round = 1; round <= 5; round++) {
            const current = await this.readFallback(tag);
            if (current.some((d) => d.digest === manifest.digest))
                return;
            const index = { schemaVersion: 2, mediaType: media_MEDIA.ociIndex, manifests: [...current, entry] };
            const bytes = Buffer.from(JSON.stringify(index));
            await this.putManifest(parseManifest(bytes, `referrers index ${tag}`), { tag });
            // No conditional writes on most registries: re-read to see that a concurrent writer did not drop ours.
            const after = await this.readFallback(tag);
            if (after.some((d) => d.digest === manifest.digest))
                return;
        }
        throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `updating referrers tag ${this.location}:${tag}: concurrent writers kept replacing it; gave up after 5 rounds.`);
    }
    async readFallback(tag) {
        const response = await this.request({
            what: `reading referrers tag ${this.location}:${tag}`,
            method: 'GET',
            url: this.path(`manifests/${tag}`),
            scopes: [this.pullScope],
            headers: { accept: MANIFEST_ACCEPT },
            expect: [200, 404],
        });
        if (response.status === 404) {
            await drain(response);
            return [];
        }
        const bytes = await readBody(response, MAX_MANIFEST_BYTES, `reading referrers tag ${tag}`);
        const parsed = parseManifest(bytes, `referrers tag ${this.location}:${tag}`, header(response, 'content-type'));
        if (!isIndexMediaType(parsed.mediaType)) {
            throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `referrers tag ${this.location}:${tag} holds a ${parsed.mediaType}, not an index; refusing to overwrite it.`);
        }
        return parsed.parsed.manifests;
    }
    async referrers(digest, artifactType) {
        checkDigest(digest);
        const what = `listing referrers of ${this.location}@${digest}`;
        const found = [];
        let url = new URL(this.path(`referrers/${digest}`), this.base);
        if (artifactType !== undefined)
            url.searchParams.set('artifactType', artifactType);
        let native = true;
        for (let page = 0; url !== undefined && page < 1000; page++) {
            const response = await this.request({
                what,
                method: 'GET',
                url,
                scopes: [this.pullScope],
                headers: { accept: media_MEDIA.ociIndex },
                expect: [200, 404],
            });
            if (response.status === 404) {
                await drain(response);
                native = page > 0;
                break;
            }
            const type = header(response, 'content-type')?.split(';')[0]?.trim();
            const bytes = await readBody(response, MAX_MANIFEST_BYTES, what);
            if (type !== media_MEDIA.ociIndex) {
                // Not a referrers API (some registries answer 200 with HTML): use the fallback tag.
                native = false;
                break;
            }
            const index = parseManifest(bytes, what).parsed;
            found.push(...index.manifests);
            url = nextLink(response, url);
        }
        const all = native ? found : await this.readFallback(referrersTag(digest));
        const seen = new Set();
        return all.filter((d) => {
            if (seen.has(d.digest))
                return false;
            seen.add(d.digest);
            return artifactType === undefined || d.artifactType === artifactType;
        });
    }
    async listTags() {
        const tags = [];
        let url = new URL(this.path('tags/list?n=1000'), this.base);
        for (let page = 0; url !== undefined && page < 10_000; page++) {
            const response = await this.request({
                what: `listing tags of ${this.location}`,
                method: 'GET',
                url,
                scopes: [this.pullScope],
                expect: [200, 404],
            });
            if (response.status === 404) {
                await drain(response);
                return tags;
            }
            const body = await readBody(response, 64 * 1024 * 1024, `listing tags of ${this.location}`);
            const parsed = JSON.parse(body.toString('utf8'));
            tags.push(...(parsed.tags ?? []));
            url = nextLink(response, url);
        }
        return tags;
    }
    // ---------------------------------------------------------------- blobs
    async hasBlob(digest) {
        checkDigest(digest);
        const response = await this.request({
            what: `checking blob ${digest} in ${this.location}`,
            method: 'HEAD',
            url: this.path(`blobs/${digest}`),
            scopes: [this.pullScope],
            expect: [200, 404],
            follow: true,
        });
        await drain(response);
        if (response.status === 404)
            return undefined;
        const size = Number(header(response, 'content-length'));
        return Number.isFinite(size) ? size : 0;
    }
    async getBlob(descriptor) {
        checkDigest(descriptor.digest);
        const what = `fetching blob ${descriptor.digest} from ${this.location}`;
        const response = await this.request({
            what,
            method: 'GET',
            url: this.path(`blobs/${descriptor.digest}`),
            scopes: [this.pullScope],
            expect: [200],
            follow: true,
        });
        const length = Number(header(response, 'content-length'));
        if (descriptor.size !== undefined && Number.isFinite(length) && length !== descriptor.size) {
            response.body.destroy();
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${what}: the registry sends ${length} bytes where the descriptor declares ${descriptor.size}; refused.`);
        }
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
        (0,external_node_stream_namespaceObject.pipeline)(response.body, verifier, () => undefined);
        return verifier;
    }
    async putBlob(descriptor, source) {
        checkDigest(descriptor.digest);
        const what = `uploading blob ${descriptor.digest} to ${this.location}`;
        await withRetry(what, this.client.retry, async () => {
            const session = await this.startUpload(what, this.pushScopes, this.path('blobs/uploads/'));
            await this.upload(what, session, descriptor, source);
        });
    }
    async mountBlob(descriptor, fromRepository, fallback) {
        checkDigest(descriptor.digest);
        if (fromRepository === this.repository)
            return (await this.hasBlob(descriptor.digest)) === undefined ? 'not-mounted' : 'mounted';
        const what = `mounting blob ${descriptor.digest} from ${fromRepository} into ${this.location}`;
        const query = `blobs/uploads/?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
        const scopes = [...this.pushScopes, `repository:${fromRepository}:pull`];
        let result = 'not-mounted';
        await withRetry(what, this.client.retry, async (attempt) => {
            // After a failed fallback upload, retry as a plain upload: the mount already said no.
            const session = attempt === 1
                ? await this.startUpload(what, scopes, this.path(query), true)
                : await this.startUpload(what, this.pushScopes, this.path('blobs/uploads/'));
            if (session === 'mounted') {
                result = 'mounted';
                return;
            }
            if (fallback === undefined) {
                await this.cancel(session.location);
                result = 'not-mounted';
                return;
            }
            await this.upload(what, session, descriptor, fallback);
            result = 'uploaded';
        });
        return result;
    }
    async startUpload(what, scopes, path, mount = false) {
        const response = await this.request({
            what,
            method: 'POST',
            url: path,
            scopes,
            headers: { 'content-length': '0' },
            body: () => Buffer.alloc(0),
            expect: mount ? [201, 202] : [202],
            retry: false,
        });
        await drain(response);
        if (response.status === 201)
            return 'mounted';
        const location = header(response, 'location');
        if (location === undefined)
            throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${what}: 202 without a Location header.`);
        const min = Number(header(response, 'oci-chunk-min-length'));
        return { location: new URL(location, response.url), minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
    }
    async cancel(location) {
        try {
            const response = await this.request({
                what: `cancelling upload to ${this.location}`,
                method: 'DELETE',
                url: location,
                scopes: this.pushScopes,
                expect: [204, 200, 202, 404],
                retry: false,
            });
            await drain(response);
        }
        catch {
            // best effort: the registry expires abandoned sessions anyway
        }
    }
    async upload(what, session, descriptor, source) {
        try {
            const chunkSize = this.client.options.chunkSize;
            if (chunkSize !== undefined && descriptor.size > chunkSize) {
                await this.uploadChunked(what, session, descriptor, source, Math.max(chunkSize, session.minChunk));
            }
            else {
                await this.uploadMonolithic(what, session, descriptor, source);
            }
        }
        catch (error) {
            await this.cancel(session.location);
            // A source stream that broke mid-way (connection reset, aborted response) is worth another
            // try from a freshly opened source; our own verdicts (digest mismatch, auth, protocol) are not.
            if (!(error instanceof errors_ArtefactsError) && !(error instanceof RetryableError) && !Buffer.isBuffer(source)) {
                throw new RetryableError(`${what}: the source stream failed: ${describeError(error)}`, undefined, undefined);
            }
            throw error;
        }
    }
    async open(source, descriptor, what) {
        const raw = Buffer.isBuffer(source) ? external_node_stream_namespaceObject.Readable.from([source]) : await source();
        // A source that already verifies this digest and size (a store's getBlob) holds back its last chunk
        // until verified, so the upload can never complete with wrong bytes: no second hash pass needed.
        if (raw instanceof VerifyingStream && raw.verifies(descriptor))
            return raw;
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
        (0,external_node_stream_namespaceObject.pipeline)(raw, verifier, () => undefined);
        return verifier;
    }
    finalUrl(location, digest) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        return url;
    }
    async uploadMonolithic(what, session, descriptor, source) {
        const stream = await this.open(source, descriptor, what);
        let streamError;
        stream.on('error', (error) => (streamError = error));
        let response;
        try {
            response = await this.request({
                what,
                method: 'PUT',
                url: this.finalUrl(session.location, descriptor.digest),
                scopes: this.pushScopes,
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
                body: () => stream,
                expect: [201],
                retry: false,
            });
        }
        catch (error) {
            stream.destroy();
            throw streamError ?? error;
        }
        await drain(response);
        if (streamError !== undefined)
            throw streamError;
        this.checkCommitted(what, response, descriptor.digest);
    }
    checkCommitted(what, response, digest) {
        const claimed = header(response, 'docker-content-digest');
        if (claimed !== undefined && claimed !== digest) {
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${what}: the registry committed ${claimed}.`);
        }
    }
    async uploadChunked(what, session, descriptor, source, chunkSize) {
        const stream = await this.open(source, descriptor, what);
        let offset = 0;
        let pending = [];
        let pendingBytes = 0;
        const flush = async (bytes) => {
            offset = await this.sendChunk(what, session, bytes, offset);
        };
        for await (const chunk of stream) {
            pending.push(chunk);
            pendingBytes += chunk.length;
            while (pendingBytes >= chunkSize) {
                const all = Buffer.concat(pending);
                await flush(all.subarray(0, chunkSize));
                const rest = all.subarray(chunkSize);
                pending = rest.length > 0 ? [rest] : [];
                pendingBytes = rest.length;
            }
        }
        if (pendingBytes > 0)
            await flush(Buffer.concat(pending));
        if (offset !== descriptor.size) {
            throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `${what}: sent ${offset} of ${descriptor.size} bytes.`);
        }
        const response = await this.request({
            what,
            method: 'PUT',
            url: this.finalUrl(session.location, descriptor.digest),
            scopes: this.pushScopes,
            headers: { 'content-length': '0' },
            body: () => Buffer.alloc(0),
            expect: [201],
            retry: false,
        });
        await drain(response);
        this.checkCommitted(what, response, descriptor.digest);
    }
    /** PATCHes one chunk at `offset`; after a 416 asks the session where it is and resumes from there. */
    async sendChunk(what, session, bytes, offset) {
        let start = offset;
        let data = bytes;
        for (let resumes = 0;; resumes++) {
            const response = await this.request({
                what,
                method: 'PATCH',
                url: session.location,
                scopes: this.pushScopes,
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-length': String(data.length),
                    'content-range': `${start}-${start + data.length - 1}`,
                },
                body: () => data,
                expect: [202, 416],
                retry: false,
            });
            await drain(response);
            const location = header(response, 'location');
            if (location !== undefined)
                session.location = new URL(location, session.location);
            const end = start + data.length;
            if (response.status === 202) {
                const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
                if (range !== null && end > 1 && Number(range[1]) + 1 !== end) {
                    throw new RetryableError(`${what}: the registry holds ${Number(range[1]) + 1} bytes, expected ${end}`, undefined, undefined);
                }
                return end;
            }
            if (resumes >= 3)
                throw new RetryableError(`${what}: chunk at ${start} refused (416) ${resumes + 1} times`, undefined, 416);
            const held = await this.uploadedBytes(what, session);
            if (held < offset || held > end) {
                throw new RetryableError(`${what}: the session holds ${held} bytes, outside the chunk being sent`, undefined, 416);
            }
            if (held === end)
                return end;
            data = bytes.subarray(held - offset);
            start = held;
        }
    }
    async uploadedBytes(what, session) {
        const response = await this.request({
            what,
            method: 'GET',
            url: session.location,
            scopes: this.pushScopes,
            expect: [204, 200],
            retry: false,
        });
        await drain(response);
        const location = header(response, 'location');
        if (location !== undefined)
            session.location = new URL(location, session.location);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
        // distribution answers "0-0" for both 0 and 1 bytes: take the conservative reading.
        return range === null || range[1] === '0' ? 0 : Number(range[1]) + 1;
    }
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/core/src/oci/layout.ts
/**
 * An OCI image layout directory as an ArtifactStore: `oci-layout`, `index.json` (tags as
 * `org.opencontainers.image.ref.name` annotations) and `blobs/sha256/<hex>`. Blobs are written to
 * a temporary file, verified, then renamed; index.json is replaced atomically. Nothing is ever
 * half-written. Referrers are manifests with a `subject` listed in index.json (found by scanning),
 * plus any `sha256-<hex>` fallback-tag index another tool left there.
 */









const REF_NAME = 'org.opencontainers.image.ref.name';
class layout_LayoutStore {
    dir;
    location;
    indexLock = Promise.resolve();
    constructor(dir) {
        this.dir = dir;
        this.location = `oci:${dir}`;
    }
    blobPath(digest) {
        checkDigest(digest);
        return external_node_path_default().join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /** Creates the layout skeleton when absent (idempotent). */
    async init() {
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().join(this.dir, 'blobs', 'sha256'), { recursive: true });
        const marker = external_node_path_default().join(this.dir, 'oci-layout');
        try {
            const text = await (0,promises_namespaceObject.readFile)(marker, 'utf8');
            const parsed = JSON.parse(text);
            if (parsed.imageLayoutVersion !== '1.0.0') {
                throw new errors_ArtefactsError('LAYOUT_INVALID', `${this.location}: oci-layout has version ${JSON.stringify(parsed.imageLayoutVersion)}, expected 1.0.0.`);
            }
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw this.wrap(error, 'reading oci-layout');
            await this.atomicWrite(marker, Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
        }
        try {
            await (0,promises_namespaceObject.stat)(external_node_path_default().join(this.dir, 'index.json'));
        }
        catch {
            await this.atomicWrite(external_node_path_default().join(this.dir, 'index.json'), Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: media_MEDIA.ociIndex, manifests: [] })));
        }
    }
    wrap(error, doing) {
        if (error instanceof errors_ArtefactsError)
            return error;
        return new errors_ArtefactsError('IO_FAILED', `${this.location}: ${doing}: ${describeError(error)}`, { cause: error });
    }
    async atomicWrite(file, bytes) {
        const tmp = `${file}.tmp-${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}`;
        try {
            await (0,promises_namespaceObject.writeFile)(tmp, bytes);
            await (0,promises_namespaceObject.rename)(tmp, file);
        }
        catch (error) {
            await (0,promises_namespaceObject.unlink)(tmp).catch(() => undefined);
            throw this.wrap(error, `writing ${external_node_path_default().basename(file)}`);
        }
    }
    async readIndex() {
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)(external_node_path_default().join(this.dir, 'index.json'), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                throw new errors_ArtefactsError('REGISTRY_NOT_FOUND', `${this.location}: no index.json; not an OCI image layout.`, {
                    hint: 'Point at a directory holding oci-layout, index.json and blobs/.',
                });
            }
            throw this.wrap(error, 'reading index.json');
        }
        try {
            const parsed = JSON.parse(text);
            if (!Array.isArray(parsed.manifests))
                throw new Error('no manifests array');
            return parsed;
        }
        catch (error) {
            throw new errors_ArtefactsError('LAYOUT_INVALID', `${this.location}: index.json is not a valid index: ${describeError(error)}`);
        }
    }
    /** Serialised read-modify-write of index.json, replaced atomically. */
    async updateIndex(change) {
        const run = this.indexLock
            .catch(() => undefined)
            .then(async () => {
            await this.init();
            const index = await this.readIndex();
            const next = change([...index.manifests]);
            if (next === undefined)
                return;
            const out = { ...index, schemaVersion: 2, mediaType: media_MEDIA.ociIndex, manifests: next };
            await this.atomicWrite(external_node_path_default().join(this.dir, 'index.json'), Buffer.from(JSON.stringify(out, null, 2)));
        });
        this.indexLock = run;
        await run;
    }
    async resolve(reference) {
        if (isDigest(reference)) {
            if ((await this.hasBlob(reference)) === undefined)
                return undefined;
            const manifest = await this.getManifest(reference);
            return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        }
        if (!isTag(reference)) {
            throw new errors_ArtefactsError('REFERENCE_INVALID', `${JSON.stringify(reference.slice(0, 200))} is neither a tag nor a sha256 digest.`);
        }
        let index;
        try {
            index = await this.readIndex();
        }
        catch (error) {
            if (error instanceof errors_ArtefactsError && error.code === 'REGISTRY_NOT_FOUND')
                return undefined;
            throw error;
        }
        const entry = [...index.manifests].reverse().find((d) => d.annotations?.[REF_NAME] === reference);
        if (entry === undefined)
            return undefined;
        return { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
    }
    async getManifest(reference) {
        const what = `reading manifest ${this.location}${isDigest(reference) ? '@' : ':'}${reference}`;
        const digest = isDigest(reference) ? reference : (await this.resolve(reference))?.digest;
        if (digest === undefined)
            throw new errors_ArtefactsError('REGISTRY_NOT_FOUND', `${what}: no such tag.`);
        let bytes;
        try {
            bytes = await (0,promises_namespaceObject.readFile)(this.blobPath(digest));
        }
        catch (error) {
            if (error.code === 'ENOENT')
                throw new errors_ArtefactsError('REGISTRY_NOT_FOUND', `${what}: blob missing.`);
            throw this.wrap(error, what);
        }
        if (sha256(bytes) !== digest) {
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${what}: the stored bytes hash to ${sha256(bytes)}; the layout is corrupt.`);
        }
        return parseManifest(bytes, what);
    }
    async putManifest(manifest, options = {}) {
        if (options.tag !== undefined && !isTag(options.tag)) {
            throw new errors_ArtefactsError('REFERENCE_INVALID', `Tag ${JSON.stringify(options.tag.slice(0, 200))} is not a valid tag.`);
        }
        if (sha256(manifest.bytes) !== manifest.digest) {
            throw new errors_ArtefactsError('DIGEST_MISMATCH', `${this.location}: manifest bytes do not hash to ${manifest.digest}.`);
        }
        await this.init();
        await this.putBlob({ digest: manifest.digest, size: manifest.bytes.length }, manifest.bytes);
        const subject = manifest.parsed.subject;
        const entry = descriptorOf(manifest);
        await this.updateIndex((manifests) => {
            let changed = false;
            let out = manifests;
            if (options.tag !== undefined) {
                const tagged = { ...entry, annotations: { ...entry.annotations, [REF_NAME]: options.tag } };
                const same = out.find((d) => d.annotations?.[REF_NAME] === options.tag);
                if (same === undefined || same.digest !== manifest.digest) {
                    out = [...out.filter((d) => d.annotations?.[REF_NAME] !== options.tag), tagged];
                    changed = true;
                }
            }
            if (subject !== undefined && !out.some((d) => d.digest === manifest.digest)) {
                out = [...out, entry];
                changed = true;
            }
            return changed ? out : undefined;
        });
        return { digest: manifest.digest, referrerIndexed: subject !== undefined };
    }
    async putTag(tag, manifest) {
        await this.putManifest(manifest, { tag });
    }
    async hasBlob(digest) {
        try {
            return (await (0,promises_namespaceObject.stat)(this.blobPath(digest))).size;
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw this.wrap(error, `checking blob ${digest}`);
        }
    }
    async getBlob(descriptor) {
        const file = this.blobPath(descriptor.digest);
        const size = await this.hasBlob(descriptor.digest);
        if (size === undefined) {
            throw new errors_ArtefactsError('REGISTRY_NOT_FOUND', `${this.location}: blob ${descriptor.digest} is missing.`);
        }
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `reading blob ${descriptor.digest} from ${this.location}`);
        (0,external_node_stream_namespaceObject.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(file, { highWaterMark: 1 << 20 }), verifier, () => undefined);
        return verifier;
    }
    async putBlob(descriptor, source) {
        const target = this.blobPath(descriptor.digest);
        if ((await this.hasBlob(descriptor.digest)) === descriptor.size)
            return;
        await this.init();
        const raw = Buffer.isBuffer(source) ? external_node_stream_namespaceObject.Readable.from([source]) : await source();
        if (raw instanceof VerifyingStream && raw.verifies(descriptor)) {
            // Already verified while streaming (a store's getBlob): hashing it again would only cost time.
            await this.commitStream(raw, new external_node_stream_namespaceObject.PassThrough({ highWaterMark: 1 << 20 }), target);
            return;
        }
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `writing blob ${descriptor.digest} to ${this.location}`);
        await this.commitStream(raw, verifier, target);
    }
    /** Writes a stream of unknown digest as a blob; answers its digest and size. */
    async writeBlob(source) {
        await this.init();
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        let size = 0;
        const counter = new external_node_stream_namespaceObject.Transform({
            transform(chunk, _enc, cb) {
                hash.update(chunk);
                size += chunk.length;
                cb(null, chunk);
            },
        });
        const tmp = external_node_path_default().join(this.dir, 'blobs', 'sha256', `.tmp-${(0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex')}`);
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(Buffer.isBuffer(source) ? external_node_stream_namespaceObject.Readable.from([source]) : source, counter, (0,external_node_fs_namespaceObject.createWriteStream)(tmp));
            const digest = `sha256:${hash.digest('hex')}`;
            await (0,promises_namespaceObject.rename)(tmp, this.blobPath(digest));
            return { digest, size };
        }
        catch (error) {
            await (0,promises_namespaceObject.unlink)(tmp).catch(() => undefined);
            throw this.wrap(error, 'writing a blob');
        }
    }
    async commitStream(raw, verifier, target) {
        const tmp = `${external_node_path_default().dirname(target)}/.tmp-${(0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex')}`;
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(raw, verifier, (0,external_node_fs_namespaceObject.createWriteStream)(tmp));
            await (0,promises_namespaceObject.rename)(tmp, target);
        }
        catch (error) {
            await (0,promises_namespaceObject.unlink)(tmp).catch(() => undefined);
            throw this.wrap(error, `writing blob ${external_node_path_default().basename(target)}`);
        }
    }
    async mountBlob(descriptor, fromRepository, fallback) {
        if ((await this.hasBlob(descriptor.digest)) === descriptor.size)
            return 'mounted';
        const other = new layout_LayoutStore(fromRepository);
        if ((await other.hasBlob(descriptor.digest)) === descriptor.size) {
            await this.init();
            const target = this.blobPath(descriptor.digest);
            const tmp = `${target}.tmp-${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}`;
            try {
                // A hard link moves no bytes; verify the source before trusting it.
                await (0,external_node_stream_promises_namespaceObject.pipeline)(await other.getBlob(descriptor), new external_node_stream_namespaceObject.Writable({ write: (_chunk, _encoding, cb) => cb() }));
                await (0,promises_namespaceObject.link)(other.blobPath(descriptor.digest), tmp).catch(() => (0,promises_namespaceObject.copyFile)(other.blobPath(descriptor.digest), tmp));
                await (0,promises_namespaceObject.rename)(tmp, target);
                return 'mounted';
            }
            catch (error) {
                await (0,promises_namespaceObject.unlink)(tmp).catch(() => undefined);
                throw this.wrap(error, `mounting blob ${descriptor.digest} from ${fromRepository}`);
            }
        }
        if (fallback === undefined)
            return 'not-mounted';
        await this.putBlob(descriptor, fallback);
        return 'uploaded';
    }
    async referrers(digest, artifactType) {
        checkDigest(digest);
        let index;
        try {
            index = await this.readIndex();
        }
        catch (error) {
            if (error instanceof errors_ArtefactsError && error.code === 'REGISTRY_NOT_FOUND')
                return [];
            throw error;
        }
        const found = [];
        const seen = new Set();
        const add = (d) => {
            if (seen.has(d.digest))
                return;
            seen.add(d.digest);
            if (artifactType === undefined || d.artifactType === artifactType)
                found.push(d);
        };
        for (const entry of index.manifests) {
            if (entry.digest === digest || (await this.hasBlob(entry.digest)) === undefined || entry.size > 4 * 1024 * 1024)
                continue;
            const manifest = await this.getManifest(entry.digest);
            if (manifest.parsed.subject?.digest === digest)
                add(descriptorOf(manifest));
        }
        const fallback = index.manifests.find((d) => d.annotations?.[REF_NAME] === referrersTag(digest));
        if (fallback !== undefined && isIndexMediaType(fallback.mediaType)) {
            const manifest = await this.getManifest(fallback.digest);
            for (const d of manifest.parsed.manifests)
                add(d);
        }
        return found;
    }
    async listTags() {
        let index;
        try {
            index = await this.readIndex();
        }
        catch (error) {
            if (error instanceof errors_ArtefactsError && error.code === 'REGISTRY_NOT_FOUND')
                return [];
            throw error;
        }
        const tags = index.manifests.map((d) => d.annotations?.[REF_NAME]).filter((t) => t !== undefined);
        return [...new Set(tags)].sort();
    }
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./packages/core/src/oci/builder.ts
/**
 * Assembles OCI images in code, into an OCI image layout: tar layers (gzip or plain) from given
 * files or of random, incompressible content of a given size, the image config, single-platform
 * manifests and multi-platform indexes. Streams throughout, so a 1 GB layer never sits in memory.
 */




function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
/** A ustar header for a regular file. */
function tarHeader(name, size, mode = 0o644) {
    const header = Buffer.alloc(512, 0);
    let prefix = '';
    let base = name;
    if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf('/', 155);
        prefix = name.slice(0, cut);
        base = name.slice(cut + 1);
    }
    header.write(base, 0, 100, 'utf8');
    header.write(octal(mode, 8), 100, 'ascii');
    header.write(octal(0, 8), 108, 'ascii');
    header.write(octal(0, 8), 116, 'ascii');
    header.write(octal(size, 12), 124, 'ascii');
    header.write(octal(0, 12), 136, 'ascii');
    header.write('        ', 148, 'ascii');
    header.write('0', 156, 'ascii');
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
    for (const [name, content] of Object.entries(spec.files ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
        yield tarHeader(name.replace(/^\/+/, ''), bytes.length);
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
    const empty = Buffer.from('{}');
    await store.putBlob({ digest: sha256(empty), size: 2 }, empty);
    const layer = { mediaType: content.mediaType, digest: sha256(content.bytes), size: content.bytes.length };
    await store.putBlob(layer, content.bytes);
    const manifest = media_encodeManifest({
        schemaVersion: 2,
        mediaType: media_MEDIA.ociManifest,
        artifactType,
        config: { mediaType: media_MEDIA.empty, digest: sha256(empty), size: 2 },
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(Object.keys(annotations).length === 0 ? {} : { annotations }),
    });
    await store.putManifest(manifest);
    return manifest;
}

;// CONCATENATED MODULE: ./packages/core/src/oci/open.ts





/** The store a reference points into: a registry repository or a layout directory. */
function openStore(reference, client = {}) {
    const ref = typeof reference === 'string' ? parseReference(reference) : reference;
    if (ref.kind === 'layout')
        return new LayoutStore(ref.path);
    const registry = client instanceof RegistryClient ? client : new RegistryClient(client);
    return registry.repository(ref);
}
/**
 * Copies the manifest tree under `digest` (children first, exact bytes, every digest verified)
 * and tags it last when `tag` is given. Blobs already present at the destination are skipped.
 */
async function copyTree(source, destination, digest, options = {}) {
    const stats = { manifests: 0, blobsCopied: 0, blobsSkipped: 0, bytesCopied: 0 };
    const done = new Set();
    const copyBlob = async (d) => {
        if (done.has(d.digest))
            return;
        done.add(d.digest);
        if ((await destination.hasBlob(d.digest)) !== undefined) {
            stats.blobsSkipped++;
            return;
        }
        await destination.putBlob(d, () => source.getBlob(d));
        stats.blobsCopied++;
        stats.bytesCopied += d.size;
    };
    const walk = async (ref) => {
        const manifest = await source.getManifest(ref);
        const children = childDescriptors(manifest);
        for (const blob of children.blobs)
            await copyBlob(blob);
        for (const child of children.manifests) {
            const copied = await walk(child.digest);
            if (copied.digest !== child.digest) {
                throw new ArtefactsError('DIGEST_MISMATCH', `child manifest ${child.digest} read back as ${copied.digest}.`);
            }
        }
        await destination.putManifest(manifest);
        stats.manifests++;
        return manifest;
    };
    const manifest = await walk(digest);
    if (options.tag !== undefined)
        await destination.putTag(options.tag, manifest);
    return { manifest, stats };
}
/** Reads a whole (small) blob, verified. */
async function readBlob(store, descriptor) {
    const stream = await store.getBlob(descriptor);
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./packages/core/src/oci/memory.ts
/**
 * Keeps the memory of long blob transfers flat. Every chunk read from a socket is a fresh buffer;
 * V8 frees them only when it collects, which it does late (external memory of ~64 MiB pending), and
 * freed chunks fragment the allocator, so peak RSS grows well past what the streams ever hold at
 * once. A young-generation collection (about 0.15 ms with the small heap promote has) every 8 MiB
 * transferred, and a full one every 64 MiB (a few ms each: about 0.1 s of CPU per GB), frees them as
 * they go. Where the runtime does not allow it, this does nothing.
 */


let collect;
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        const existing = globalThis.gc;
        if (typeof existing === 'function') {
            collect = existing;
        }
        else {
            (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
            const gc = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
            collect = typeof gc === 'function' ? gc : false;
        }
    }
    catch {
        collect = false;
    }
    return collect;
}
/**
 * Call with the bytes each chunk moved. Collects the young generation every `minorEvery` bytes (most
 * chunks die young) and the whole heap every `majorEvery` bytes (chunks that were in flight during a
 * young collection got promoted; only a full collection frees those).
 */
function transferMemoryGovernor(minorEvery = 8 * 1024 * 1024, majorEvery = 64 * 1024 * 1024) {
    let minor = 0;
    let major = 0;
    return (bytes) => {
        minor += bytes;
        major += bytes;
        if (minor < minorEvery)
            return;
        minor = 0;
        const gc = collector();
        if (gc === false)
            return;
        if (major >= majorEvery) {
            major = 0;
            gc({ type: 'major' });
        }
        else
            gc({ type: 'minor' });
    };
}

;// CONCATENATED MODULE: ./packages/core/src/oci/promote.ts
/**
 * Promotion: the exact bytes behind one digest move to the next registry/repository/environment,
 * never rebuilt, never overwriting a tag (unless allowed), with their referrers (signatures,
 * attestations, SBOMs) and a promotion record.
 *
 * Order: resolve the source once (HEAD) → gate → tag rule at every destination → plan the whole
 * manifest tree (every digest verified, blobs deduped) → blobs through one bounded pool (skip,
 * mount, or stream with verification) → child manifests, root, referrers → tag last, re-checked
 * just before and read back after (after a settle delay, so a concurrent promotion of another
 * digest is seen) → post-check → record.
 */












/**
 * The predicate type of promotion records: the project's own, versioned, and specified by the
 * document it points at (docs/promotion-record.md, section "v1"). Version 1 is additive-only.
 */
const PROMOTION_PREDICATE_TYPE = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/promotion-record.md#v1';
const PROMOTION_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.promotion.v1+json';
const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
async function pool(items, limit, fn) {
    let next = 0;
    let failed;
    const worker = async () => {
        while (failed === undefined && next < items.length) {
            const item = items[next++];
            try {
                await fn(item);
            }
            catch (error) {
                failed ??= error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed !== undefined)
        throw failed;
}
function platformKey(p) {
    return p === undefined ? '' : [p.os, p.architecture, p.variant].filter((x) => x !== undefined && x !== '').join('/');
}
function mib(bytes) {
    return `${(bytes / 1048576).toFixed(1)} MiB`;
}
/** Fetches the whole manifest tree under a manifest, verifying every digest on the way. */
async function planTree(source, root) {
    const tree = { manifests: [], blobs: new Map() };
    const seen = new Set();
    const visit = async (manifest) => {
        if (seen.has(manifest.digest))
            return;
        seen.add(manifest.digest);
        const { manifests, blobs } = media_childDescriptors(manifest);
        for (const blob of blobs)
            tree.blobs.set(blob.digest, blob);
        for (const child of manifests) {
            const fetched = await source.getManifest(child.digest);
            if (fetched.bytes.length !== child.size) {
                throw new errors_ArtefactsError('DIGEST_MISMATCH', `${source.location}@${child.digest}: ${fetched.bytes.length} bytes where the index declares ${child.size}.`);
            }
            await visit(fetched);
        }
        tree.manifests.push(manifest);
    };
    await visit(root);
    return tree;
}
async function fileDigest(file) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    try {
        for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(file))
            hash.update(chunk);
    }
    catch (error) {
        throw new errors_ArtefactsError('INPUT_INVALID', `Evidence file ${JSON.stringify(file)} cannot be read: ${describeError(error)}`);
    }
    return hash.digest('hex');
}
async function promote(options) {
    const logger = options.logger ?? silentLogger;
    const env = options.env ?? process.env;
    const client = options.registry instanceof registry_RegistryClient ? options.registry : new registry_RegistryClient({ logger, ...options.registry });
    const open = (ref) => ref.kind === 'layout' ? new layout_LayoutStore(ref.path) : client.repository(ref);
    const concurrency = Math.max(1, options.concurrency ?? 4);
    const dryRun = options.dryRun === true;
    // 1. Resolve the source once; from here on only the digest is used.
    const sourceRef = references_parseReference(options.source);
    const source = open(sourceRef);
    const target = referenceTarget(sourceRef);
    const resolved = await source.resolve(target);
    if (resolved === undefined) {
        throw new errors_ArtefactsError('REGISTRY_NOT_FOUND', `Source ${formatReference(sourceRef)} does not exist.`);
    }
    let root = await source.getManifest(resolved.digest);
    if (options.platforms !== undefined && options.platforms.length > 0 && isIndex(root.parsed)) {
        const wanted = new Set(options.platforms.map((p) => p.trim()));
        const children = root.parsed.manifests;
        const chosen = children.filter((c) => wanted.has(platformKey(c.platform)));
        if (chosen.length !== children.length) {
            if (chosen.length !== 1) {
                throw new errors_ArtefactsError('INPUT_INVALID', `Input 'platforms': selects ${chosen.length} of the ${children.length} platforms of ${resolved.digest}; expected all of them or exactly one (a subset index would change the digest).`, { hint: `Available: ${children.map((c) => platformKey(c.platform)).join(', ')}` });
            }
            root = await source.getManifest(chosen[0].digest);
        }
    }
    const digest = root.digest;
    logger.info(`Promoting ${formatReference(sourceRef)} → ${digest}`);
    // 2. Gate before copying a byte.
    if (options.gate !== undefined)
        await options.gate(source, digest);
    // 3. Tag rule at each destination.
    const shared = options.tags ?? [];
    const destinations = options.destinations.map((d) => {
        const spec = typeof d === 'string' ? { reference: d } : d;
        const ref = references_parseReference(spec.reference);
        if (ref.digest !== undefined && ref.digest !== digest) {
            throw new errors_ArtefactsError('TAG_CONFLICT', `Destination ${spec.reference} names digest ${ref.digest}, but the source is ${digest}.`);
        }
        const tags = [...new Set([...(ref.tag === undefined ? [] : [ref.tag]), ...(spec.tags ?? []), ...shared])];
        return { ref, store: open(ref), tags };
    });
    if (destinations.length === 0)
        throw new errors_ArtefactsError('INPUT_MISSING', "Input 'destinations': at least one destination is needed.");
    const states = [];
    for (const dest of destinations) {
        let unchanged = dest.tags.length > 0;
        for (const tag of dest.tags) {
            const current = await dest.store.resolve(tag);
            if (current === undefined)
                unchanged = false;
            else if (current.digest !== digest) {
                unchanged = false;
                if (options.allowOverwrite !== true) {
                    throw new errors_ArtefactsError('TAG_CONFLICT', `${dest.store.location}:${tag} already points at ${current.digest}; refusing to overwrite it with ${digest}.`, { hint: 'Promote under a new tag, or set allow-overwrite if moving this tag is intended.' });
                }
            }
        }
        if (dest.tags.length === 0)
            unchanged = (await dest.store.resolve(digest)) !== undefined;
        states.push({ unchanged });
    }
    // 4. Plan: the whole tree, every digest verified; referrers recursively.
    const tree = await planTree(source, root);
    const copyReferrers = options.copyReferrers ?? true;
    const referrerTrees = [];
    if (copyReferrers !== false) {
        const types = Array.isArray(copyReferrers) ? copyReferrers : undefined;
        const queue = tree.manifests.map((m) => m.digest);
        const seen = new Set(queue);
        while (queue.length > 0 && referrerTrees.length < 10_000) {
            const subject = queue.shift();
            const found = await source.referrers(subject);
            for (const r of found) {
                if (seen.has(r.digest))
                    continue;
                if (types !== undefined && !types.includes(r.artifactType ?? ''))
                    continue;
                seen.add(r.digest);
                const manifest = await source.getManifest(r.digest);
                referrerTrees.push({ subject, manifest, tree: await planTree(source, manifest) });
                queue.push(r.digest);
            }
        }
    }
    const result = {
        source: formatReference(sourceRef, { digest }),
        digest,
        mediaType: root.mediaType,
        dryRun,
        destinations: [],
        bytesCopied: 0,
        blobsCopied: 0,
        blobsMounted: 0,
        blobsSkipped: 0,
        referrersCopied: 0,
        manifests: tree.manifests.length,
        recordSigned: false,
    };
    // Evidence is read and hashed before anything is written: a missing file fails before a byte moves.
    const evidence = [];
    for (const e of options.evidence ?? [])
        evidence.push({ name: e.name || external_node_path_default().basename(e.path), digest: { sha256: await fileDigest(e.path) } });
    const entries = destinations.map((dest, i) => {
        const refs = dest.tags.length === 0
            ? [formatReference(dest.ref, { tag: undefined, digest })]
            : dest.tags.map((t) => formatReference(dest.ref, { tag: t, digest: undefined }));
        return {
            reference: formatReference(dest.ref, { tag: undefined, digest: undefined }),
            tags: dest.tags,
            status: dryRun ? 'planned' : states[i].unchanged ? 'unchanged' : 'promoted',
            refs,
        };
    });
    result.destinations.push(...entries);
    if (dryRun) {
        for (const dest of destinations) {
            for (const blob of tree.blobs.values()) {
                if ((await dest.store.hasBlob(blob.digest)) === undefined) {
                    result.blobsCopied++;
                    result.bytesCopied += blob.size;
                }
                else
                    result.blobsSkipped++;
            }
        }
        logger.info(`Dry run: would copy ${result.blobsCopied} blobs (${mib(result.bytesCopied)}), skip ${result.blobsSkipped}; nothing was written.`);
        return result;
    }
    // 5 + 6. Content at every destination first (blobs, child manifests, root, referrers): no tag yet,
    // so a failure anywhere, at any destination, leaves no destination tag written by this run.
    for (const [i, dest] of destinations.entries()) {
        const unchanged = states[i].unchanged;
        await logger.group(`${dest.store.location}${unchanged ? ' (already there)' : ''}`, async () => {
            if (!unchanged)
                await copyTreeTo(tree, dest.store);
            for (const r of referrerTrees) {
                if ((await dest.store.resolve(r.manifest.digest)) !== undefined) {
                    const listed = await dest.store.referrers(r.subject);
                    if (listed.some((d) => d.digest === r.manifest.digest))
                        continue;
                }
                await copyTreeTo(r.tree, dest.store);
                result.referrersCopied++;
            }
        });
    }
    // The tags last, at every destination together: re-checked before, read back after.
    await writeTags(destinations.filter((_d, i) => !states[i].unchanged));
    // 7. Post-check.
    for (const dest of destinations) {
        for (const tag of dest.tags) {
            const now = await dest.store.resolve(tag);
            if (now?.digest !== digest) {
                throw new errors_ArtefactsError('TAG_RACE', `Post-check: ${dest.store.location}:${tag} is ${now?.digest ?? 'absent'}, expected ${digest}.`);
            }
        }
        if (dest.tags.length === 0 && (await dest.store.resolve(digest)) === undefined) {
            throw new errors_ArtefactsError('REGISTRY_PROTOCOL', `Post-check: ${dest.store.location}@${digest} is absent after the copy.`);
        }
    }
    // 8. Records, where this run wrote the tags.
    if (options.record !== false) {
        for (const [i, dest] of destinations.entries()) {
            if (!states[i].unchanged)
                entries[i].record = await writeRecord(dest.store, entries[i]);
        }
    }
    for (const [i, entry] of entries.entries()) {
        logger.info(`${entry.status === 'unchanged' ? 'Already there' : 'Promoted'}: ${entry.refs.join(', ')}${states[i].unchanged ? '' : ` (${digest})`}`);
    }
    return result;
    async function copyTreeTo(t, store) {
        // Largest first: the biggest layer is the critical path, so it starts at once while the pool
        // fills the rest of the time with the smaller ones.
        const blobs = [...t.blobs.values()].sort((x, y) => y.size - x.size);
        const total = blobs.reduce((s, b) => s + b.size, 0);
        const counts = { copied: 0, mounted: 0, skipped: 0, bytes: 0 };
        let moved = 0;
        const started = Date.now();
        let lastLog = started;
        const progress = (final) => {
            const seconds = Math.max(0.001, (Date.now() - started) / 1000);
            const rate = `${(moved / 1048576 / seconds).toFixed(1)} MiB/s`;
            if (final) {
                logger.info(`  ${blobs.length} blobs: ${counts.copied} copied (${mib(counts.bytes)}), ${counts.mounted} mounted, ${counts.skipped} already there; ${seconds.toFixed(1)} s${moved > 0 ? `, ${rate}` : ''}`);
            }
            else {
                logger.info(`  ${mib(moved)} of at most ${mib(total)} (${Math.round((100 * moved) / Math.max(1, total))}%) at ${rate}`);
            }
        };
        const govern = transferMemoryGovernor();
        await pool(blobs, concurrency, async (blob) => {
            const outcome = await transferBlob(blob, store, (n) => {
                moved += n;
                govern(n);
                const now = Date.now();
                if (now - lastLog >= 2000) {
                    lastLog = now;
                    progress(false);
                }
            });
            if (outcome === 'skipped') {
                result.blobsSkipped++;
                counts.skipped++;
            }
            else if (outcome === 'mounted') {
                result.blobsMounted++;
                counts.mounted++;
            }
            else {
                result.blobsCopied++;
                result.bytesCopied += blob.size;
                counts.copied++;
                counts.bytes += blob.size;
            }
        });
        for (const manifest of t.manifests)
            await store.putManifest(manifest);
        if (blobs.length > 0 && (moved > 0 || Date.now() - started > 1000 || t === tree))
            progress(true);
    }
    async function transferBlob(blob, store, onBytes) {
        if ((await store.hasBlob(blob.digest)) !== undefined)
            return 'skipped';
        const counted = async () => {
            const stream = await source.getBlob(blob);
            if (stream instanceof VerifyingStream) {
                // Count on the verifier itself: no extra stream stage per chunk, and the destination sees a
                // verifying stream and does not hash the bytes a second time.
                stream.onBytes = onBytes;
                return stream;
            }
            const counter = new external_node_stream_namespaceObject.Transform({
                transform(chunk, _e, cb) {
                    onBytes(chunk.length);
                    cb(null, chunk);
                },
            });
            (0,external_node_stream_namespaceObject.pipeline)(stream, counter, () => undefined);
            return counter;
        };
        const candidates = [];
        if (store instanceof RegistryRepository &&
            source instanceof RegistryRepository &&
            store.registry === source.registry) {
            candidates.push(source.repository);
        }
        if (store instanceof layout_LayoutStore && source instanceof layout_LayoutStore)
            candidates.push(source.dir);
        if (store instanceof RegistryRepository) {
            for (const from of options.mountFrom ?? []) {
                const repoName = from.includes('/') && /[.:]/.test(from.split('/')[0]) ? references_parseReference(from) : undefined;
                if (repoName !== undefined && repoName.kind === 'registry') {
                    if (repoName.registry === store.registry)
                        candidates.push(repoName.repository);
                }
                else
                    candidates.push(from);
            }
        }
        const unique = [...new Set(candidates)].filter((c) => !(store instanceof RegistryRepository) || c !== store.repository);
        for (const [n, from] of unique.entries()) {
            const last = n === unique.length - 1;
            const outcome = await store.mountBlob(blob, from, last ? counted : undefined);
            if (outcome === 'mounted')
                return 'mounted';
            if (outcome === 'uploaded')
                return 'copied';
        }
        await store.putBlob(blob, counted);
        return 'copied';
    }
    async function writeTags(targets) {
        let written = 0;
        let slowest = 0;
        for (const { store, tags } of targets) {
            for (const tag of tags) {
                const started = Date.now();
                // Check again just before the write: another promotion may have landed since the plan.
                const before = await store.resolve(tag);
                if (before !== undefined && before.digest !== digest && options.allowOverwrite !== true) {
                    throw new errors_ArtefactsError('TAG_RACE', `${store.location}:${tag} became ${before.digest} while promoting ${digest}; another promotion got there first.`);
                }
                await store.putTag(tag, root);
                written++;
                slowest = Math.max(slowest, Date.now() - started);
            }
        }
        const settleMs = options.settleMs ?? Math.min(2000, Math.max(250, 3 * slowest));
        if (written > 0 && settleMs > 0)
            await new Promise((r) => setTimeout(r, settleMs));
        for (const { store, tags } of targets) {
            for (const tag of tags) {
                const after = await store.resolve(tag);
                if (after?.digest !== digest) {
                    throw new errors_ArtefactsError('TAG_RACE', `${store.location}:${tag} reads back as ${after?.digest ?? 'absent'} right after writing ${digest}: a concurrent promotion overwrote it; this one lost the race.`, { hint: 'Check which digest the tag should carry and re-run; registries offer no conditional tag write.' });
                }
            }
        }
    }
    async function writeRecord(store, entry) {
        const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
            : undefined;
        const statement = {
            _type: 'https://in-toto.io/Statement/v1',
            subject: [{ name: entry.reference, digest: { sha256: digest.slice('sha256:'.length) } }],
            predicateType: PROMOTION_PREDICATE_TYPE,
            predicate: {
                source: result.source,
                destination: entry.reference,
                tags: entry.tags,
                digest,
                mediaType: root.mediaType,
                ...(options.environment === undefined ? {} : { environment: options.environment }),
                promotedAt: (options.now?.() ?? new Date()).toISOString(),
                ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
                ...(runUrl === undefined
                    ? {}
                    : {
                        run: {
                            url: runUrl,
                            workflow: env.GITHUB_WORKFLOW,
                            repository: env.GITHUB_REPOSITORY,
                            sha: env.GITHUB_SHA,
                        },
                    }),
                evidence,
                signed: false,
            },
        };
        const record = await buildReferrer(store, { mediaType: root.mediaType, digest, size: root.bytes.length }, PROMOTION_ARTIFACT_TYPE, { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) }, {
            'dev.immutable-artefacts.predicateType': PROMOTION_PREDICATE_TYPE,
            'org.opencontainers.image.created': statement.predicate.promotedAt,
            ...(options.environment === undefined ? {} : { 'dev.immutable-artefacts.environment': options.environment }),
        });
        logger.info(`  promotion record ${record.digest} attached (unsigned: signing lands with the sign action)`);
        return record.digest;
    }
}
/** The job summary: a table and a mermaid diagram of source → destinations with the digest. */
function promoteSummary(result) {
    const lines = [
        `### Promotion${result.dryRun ? ' (dry run)' : ''}`,
        '',
        `Digest: \`${result.digest}\``,
        '',
        '| Destination | Tags | Status |',
        '| --- | --- | --- |',
        ...result.destinations.map((d) => `| \`${d.reference}\` | ${d.tags.map((t) => `\`${t}\``).join(', ') || '(by digest)'} | ${d.status} |`),
        '',
        '| Blobs copied | Blobs mounted | Blobs skipped | Bytes copied | Referrers copied |',
        '| ---: | ---: | ---: | ---: | ---: |',
        `| ${result.blobsCopied} | ${result.blobsMounted} | ${result.blobsSkipped} | ${result.bytesCopied} | ${result.referrersCopied} |`,
        '',
        '```mermaid',
        'flowchart LR',
        `  src["${result.source.replace(/"/g, "'").replace(/@sha256:.*/, '')}"]`,
        ...result.destinations.map((d, i) => `  src -- "${result.digest.slice(0, 19)}…" --> d${i}["${d.reference.replace(/"/g, "'")}"]`),
        '```',
        '',
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/oci/promote-gate.ts
/**
 * promote's `require-signature` gate: the ONE place where promotion asks "does this digest carry
 * a signature that satisfies the policy?". It runs after the source is resolved to its digest and
 * before a byte is copied; throwing refuses the promotion.
 *
 * The verify logic (packages/core/src/sign/, verify-policy.ts) is not part of this build yet, so
 * this gate fails closed: asking for a signature refuses to promote rather than promote unverified
 * bytes. Wiring it in means replacing the body of `verifyPromotionSource` with: collect the
 * referrers of `digest` in `source` whose artifactType is a sigstore bundle, read each bundle, and
 * call the verify policy with `policy` turned into a VerificationPolicy (key → loaded public key;
 * keyless → identity exact/regexp + issuer), throwing its VERIFICATION_FAILED on refusal.
 */

/** Whether this build can verify signatures; false until the verify logic is wired in below. */
const PROMOTE_SIGNATURE_GATE_AVAILABLE = false;
/**
 * Verifies that `digest` in `source` is signed as `policy` demands; throws VERIFICATION_FAILED when
 * not (and, until verify lands, always).
 */
async function verifyPromotionSource(policy, source, digest, context) {
    context.logger.info(`Signature required (${policy.kind === 'key' ? 'public key' : `keyless, issuer ${policy.issuer}`}) for ${source.location}@${digest}`);
    await Promise.resolve();
    throw new errors_ArtefactsError('VERIFICATION_FAILED', `Input 'require-signature' is set, but this build cannot verify signatures yet, so ${digest} was not promoted.`, {
        hint: 'Nothing was copied. Remove require-signature to promote without the gate, or use a release that includes the verify action.',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/oci/promote-action.ts
/**
 * The promote action's input parser and entry point (shared by the action and the CLI).
 * The action (actions/promote) and `artefacts promote` both call these.
 */






/** Inputs whose values are secrets. */
const PROMOTE_SECRETS = ['registry-password', 'source-password', 'github-token'];
function reference(input, value) {
    try {
        return references_parseReference(value);
    }
    catch (error) {
        if (error instanceof errors_ArtefactsError) {
            throw errors_inputError(input, value, 'an image reference ([registry/]repository[:tag][@sha256:…]) or oci:<dir>[:tag]', error.message);
        }
        throw error;
    }
}
const MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
function signaturePolicy(raw) {
    const value = raw('require-signature').trim();
    const identity = optionalText(raw, 'certificate-identity');
    const identityRegexp = regex(raw, 'certificate-identity-regexp');
    const issuer = optionalText(raw, 'certificate-oidc-issuer');
    const keylessGiven = identity !== undefined || identityRegexp !== undefined || issuer !== undefined;
    if (value === '' || /^(false|no|off|0)$/i.test(value)) {
        if (keylessGiven) {
            throw errors_inputError('require-signature', value, '`keyless` when certificate-identity / certificate-identity-regexp / certificate-oidc-issuer are given', 'Set require-signature: keyless to verify against that identity, or remove the identity inputs.');
        }
        return undefined;
    }
    if (/^keyless$/i.test(value)) {
        if (identity !== undefined && identityRegexp !== undefined) {
            throw errors_inputError('certificate-identity-regexp', identityRegexp.source, 'empty when certificate-identity is given');
        }
        if (identity === undefined && identityRegexp === undefined) {
            throw errors_inputError('certificate-identity', '', 'the signer identity (or certificate-identity-regexp) with require-signature: keyless');
        }
        if (issuer === undefined) {
            throw errors_inputError('certificate-oidc-issuer', '', 'the OIDC issuer (e.g. https://token.actions.githubusercontent.com) with require-signature: keyless');
        }
        return {
            kind: 'keyless',
            issuer,
            ...(identity === undefined ? {} : { identity }),
            ...(identityRegexp === undefined ? {} : { identityRegexp }),
        };
    }
    if (/^(true|yes|on|1)$/i.test(value)) {
        throw errors_inputError('require-signature', value, 'a public key (PEM text or a path such as cosign.pub), or `keyless` with certificate-identity and certificate-oidc-issuer');
    }
    if (keylessGiven) {
        throw errors_inputError('require-signature', '(a public key)', '`keyless` when certificate-identity / -regexp / certificate-oidc-issuer are given (one policy)');
    }
    return { kind: 'key', key: value };
}
function parsePromoteInputs(raw) {
    const source = required(raw, 'source');
    reference('source', source);
    const destinations = [];
    for (const line of splitList(raw('destinations'), false)) {
        const [ref, ...tags] = line.split(/\s+/);
        reference('destinations', ref);
        for (const tag of tags)
            if (!isTag(tag))
                throw errors_inputError('destinations', line, 'one reference per line, optionally followed by tags ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}) separated by spaces');
        destinations.push({ reference: ref, tags });
    }
    if (destinations.length === 0)
        throw errors_inputError('destinations', raw('destinations'), 'one or more image references, one per line');
    const tags = list(raw, 'tags');
    for (const tag of tags)
        if (!isTag(tag))
            throw errors_inputError('tags', tag, 'tags of [A-Za-z0-9_][A-Za-z0-9._-]{0,127}');
    const copyRaw = raw('copy-referrers').trim();
    const copyReferrers = copyRaw === '' || /^(true|yes|on|1)$/i.test(copyRaw)
        ? true
        : /^(false|no|off|0)$/i.test(copyRaw)
            ? false
            : splitList(copyRaw);
    if (Array.isArray(copyReferrers)) {
        for (const type of copyReferrers)
            if (!MEDIA_TYPE.test(type))
                throw errors_inputError('copy-referrers', type, 'true, false, or a list of artifactTypes (media types, type/subtype)');
    }
    const platforms = list(raw, 'platforms').filter((p) => p.toLowerCase() !== 'all');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
            throw errors_inputError('platforms', p, 'os/arch[/variant], e.g. linux/arm64/v8, or all');
    }
    const mountFrom = list(raw, 'mount-from');
    for (const from of mountFrom) {
        if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(from)) {
            // host/repository forms are checked as references
            if (!(from.includes('/') && /[.:]/.test(from.split('/')[0]))) {
                throw errors_inputError('mount-from', from, 'repository names (acme/base) or registry/repository');
            }
            reference('mount-from', from);
        }
    }
    const evidence = list(raw, 'evidence', { comma: false }).map((item) => {
        const at = item.indexOf('=');
        const entry = at > 0
            ? { name: item.slice(0, at).trim(), path: item.slice(at + 1).trim() }
            : { name: external_node_path_default().basename(item), path: item };
        if (entry.name === '' || entry.path === '')
            throw errors_inputError('evidence', item, 'lines of `path` or `name=path`');
        return entry;
    });
    const opt = (name) => optionalText(raw, name);
    const parsed = {
        source,
        destinations,
        tags,
        allowOverwrite: inputs_boolean(raw, 'allow-overwrite', false),
        copyReferrers,
        platforms,
        mountFrom,
        signaturePolicy: signaturePolicy(raw),
        environment: opt('environment'),
        evidence,
        record: inputs_boolean(raw, 'record', true),
        dryRun: inputs_boolean(raw, 'dry-run', false),
        concurrency: integer(raw, 'concurrency', { min: 1, max: 32, fallback: 4 }),
        registryUsername: opt('registry-username'),
        registryPassword: opt('registry-password'),
        sourceUsername: opt('source-username'),
        sourcePassword: opt('source-password'),
        githubToken: opt('github-token'),
    };
    if ((parsed.registryUsername === undefined) !== (parsed.registryPassword === undefined)) {
        throw errors_inputError(parsed.registryPassword === undefined ? 'registry-password' : 'registry-username', '', 'both registry-username and registry-password, or neither');
    }
    if ((parsed.sourceUsername === undefined) !== (parsed.sourcePassword === undefined)) {
        throw errors_inputError(parsed.sourcePassword === undefined ? 'source-password' : 'source-username', '', 'both source-username and source-password, or neither');
    }
    return parsed;
}
async function runPromote(parsed, environment) {
    const { logger } = environment;
    for (const secret of [parsed.registryPassword, parsed.sourcePassword, parsed.githubToken])
        if (secret !== undefined)
            logger.secret(secret);
    // Explicit credentials per registry. Where the source and a destination share a registry, the
    // destination's (registry-*) win: they must allow push, and usually allow pull too.
    const credentials = {};
    if (parsed.sourceUsername !== undefined && parsed.sourcePassword !== undefined) {
        const ref = references_parseReference(parsed.source);
        if (ref.kind === 'registry')
            credentials[ref.registry] = { username: parsed.sourceUsername, password: parsed.sourcePassword };
    }
    if (parsed.registryUsername !== undefined && parsed.registryPassword !== undefined) {
        for (const d of parsed.destinations) {
            const ref = references_parseReference(d.reference);
            if (ref.kind === 'registry')
                credentials[ref.registry] = { username: parsed.registryUsername, password: parsed.registryPassword };
        }
    }
    const env = { ...environment.env };
    if (parsed.githubToken !== undefined && !env.GITHUB_TOKEN)
        env.GITHUB_TOKEN = parsed.githubToken;
    const policy = parsed.signaturePolicy;
    const result = await promote({
        source: parsed.source,
        destinations: [...parsed.destinations],
        tags: [...parsed.tags],
        allowOverwrite: parsed.allowOverwrite,
        copyReferrers: typeof parsed.copyReferrers === 'boolean' ? parsed.copyReferrers : [...parsed.copyReferrers],
        platforms: [...parsed.platforms],
        mountFrom: [...parsed.mountFrom],
        ...(parsed.environment === undefined ? {} : { environment: parsed.environment }),
        evidence: parsed.evidence.map((e) => ({ name: e.name, path: external_node_path_default().resolve(environment.cwd, e.path) })),
        record: parsed.record,
        dryRun: parsed.dryRun,
        concurrency: parsed.concurrency,
        ...(policy === undefined
            ? {}
            : {
                gate: (source, digest) => verifyPromotionSource(policy, source, digest, { cwd: environment.cwd, logger }),
            }),
        registry: { credentials, env, logger },
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
            json: JSON.stringify(result),
        },
        summary: promoteSummary(result),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts





















/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(698);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
