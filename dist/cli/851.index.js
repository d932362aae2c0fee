export const id = 851;
export const ids = [851];
export const modules = {

/***/ 70702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SEMVER_CALCULATE_SECRETS: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__.mw),
/* harmony export */   parseSemverCalculateInputs: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__.lO),
/* harmony export */   runSemverCalculate: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__.Q)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49752);
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35047);
// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.



/***/ }),

/***/ 69093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childProcess)
/* harmony export */ });
/* unused harmony export zlib */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

const require = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let childProcessModule;
/** node:child_process, loaded on the first call. */
function childProcess() {
    return (childProcessModule ??= require('node:child_process'));
}
let zlibModule;
/** node:zlib, loaded on the first call: signing and attaching build referrers with no gzip layer. */
function zlib() {
    return (zlibModule ??= require('node:zlib'));
}


/***/ }),

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ booleanWord),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   GE: () => (/* binding */ credentialPair),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Qr: () => (/* binding */ optionalKey),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   ki: () => (/* binding */ optionalBlock),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nD: () => (/* binding */ booleanOrAuto),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yG: () => (/* binding */ regex),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

// C0 controls (newline, carriage return, tab, escape, NUL, ...), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Whether `value` holds a newline or another control character: the test {@link plainValue} applies
 * to inputs, shared with names that come from elsewhere (an artefact's titles and tar entries).
 */
function hasControlCharacter(value) {
    return CONTROL.test(value);
}
/**
 * Refuses a single value that holds a newline or another control character. Such a value becomes a
 * file name, a tag, an output value or a log line: a newline would split a list output
 * (`sbom-paths`) or a `key=value` line in two, start a line of the log the runner reads as a
 * workflow command (`::warning::…`), and make a file name a trap for every script that reads it.
 * Returns the value. {@link text}, {@link optionalText}, {@link required} and {@link list} apply it.
 */
function plainValue(input, value) {
    if (hasControlCharacter(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, value, 'a value without newlines, tabs or other control characters', 'A single value is one line, given once; each item of a list input goes on its own line.');
    }
    return value;
}
/** A single-value input, trimmed: one line without control characters ('' when not given). */
function text(get, name) {
    return plainValue(name, get(name).trim());
}
/** A single-value input, trimmed: one line without control characters, or undefined when not given. */
function optionalText(get, name) {
    const value = text(get, name);
    return value === '' ? undefined : value;
}
/** A single-value input that must be given: one line without control characters. */
function required(get, name) {
    const value = text(get, name);
    if (value === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
    return value;
}
/**
 * An input that may span lines by design, trimmed, or undefined when not given: PEM text, a JSON
 * predicate, a secret (a token, a password). Never echoed in a message: it may be a secret.
 */
function optionalBlock(get, name) {
    const value = get(name).trim();
    return value === '' ? undefined : value;
}
/**
 * A key input: PEM text (any number of lines), `keyless` where the input takes it, or the path of a
 * key file, which is one line without control characters like every path. The value is not echoed:
 * it may be a private key pasted without its BEGIN line.
 */
function optionalKey(get, name) {
    const value = optionalBlock(get, name);
    if (value !== undefined && !value.includes('-----BEGIN') && hasControlCharacter(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, '(more than one line, not a PEM key)', 'PEM text (-----BEGIN …), or the path of a key file on one line without control characters');
    }
    return value;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
/**
 * The one reading of a true/false word (true/yes/on/1, false/no/off/0, any case): undefined when
 * `value` is neither, for inputs that take a boolean or something else (a list, a key).
 */
function booleanWord(value) {
    const word = value.trim().toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}
function boolean(get, name, fallback = false) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    const value = booleanWord(raw);
    if (value === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'true or false');
    return value;
}
/** A true/false word, or `auto` (also when empty): for an input whose default is decided at run time. */
function booleanOrAuto(get, name) {
    const raw = get(name).trim();
    if (raw === '' || raw.toLowerCase() === 'auto')
        return 'auto';
    const value = booleanWord(raw);
    if (value === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'true, false or auto');
    return value;
}
function integer(get, name, options = {}) {
    const raw = get(name).trim();
    if (raw === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'a whole number');
    }
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}
function oneOf(get, name, accepted, fallback) {
    const raw = get(name).trim();
    if (raw === '' && fallback !== undefined)
        return fallback;
    const found = accepted.find((a) => a === raw.toLowerCase());
    if (found === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `one of ${accepted.join(', ')}`);
    return found;
}
/** A list: one item per line, or comma-separated; blank items and `#` comments dropped. */
function list(get, name, options = {}) {
    return splitList(get(name), options.comma ?? true).map((item) => plainValue(name, item));
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
function regex(get, name) {
    const raw = text(get, name);
    if (raw === '')
        return undefined;
    try {
        return new RegExp(raw, 'u');
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `a valid JavaScript regular expression (${error.message})`);
    }
}
/**
 * A user name and password (or token) that only make sense together: both or neither. Without
 * them, registry credentials come from ~/.docker/config.json.
 */
function credentialPair(get, userInput = 'registry-username', passwordInput = 'registry-password') {
    const username = optionalText(get, userInput);
    const password = optionalBlock(get, passwordInput);
    if ((username === undefined) !== (password === undefined)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(username === undefined ? userInput : passwordInput, '', `both ${userInput} and ${passwordInput}, or neither (then ~/.docker/config.json is used)`);
    }
    return { username, password };
}
/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC, or undefined
 * when unset or empty. Anything else is refused rather than ignored, since it would silently change
 * what an artefact's timestamps are.
 */
function sourceDateEpoch(env) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    if (epoch === undefined || epoch === '')
        return undefined;
    if (!/^\d{1,12}$/.test(epoch)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INPUT_INVALID', `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`, { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' });
    }
    return Number(epoch);
}


/***/ }),

/***/ 76729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * The one text order for everything the suite sorts: code units, locale-independent, so signed
 * statements, documents and reports never depend on the machine's locale (`localeCompare` orders
 * `-`, `_` and case by the locale's collation, and its first call loads ICU's collator, about
 * 10 ms of a short run).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
