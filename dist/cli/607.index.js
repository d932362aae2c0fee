export const id = 607;
export const ids = [607];
export const modules = {

/***/ 40210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_TAG_SECRETS: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__.Cl),
/* harmony export */   parseBuildTagInputs: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__.DP),
/* harmony export */   runBuildTag: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__.sA)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5528);
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66286);
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
/* harmony export */   GE: () => (/* binding */ credentialPair),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yG: () => (/* binding */ regex),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

function text(get, name) {
    return get(name).trim();
}
function optionalText(get, name) {
    const value = get(name).trim();
    return value === '' ? undefined : value;
}
function required(get, name) {
    const value = get(name).trim();
    if (value === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
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
function regex(get, name) {
    const raw = get(name).trim();
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
    const password = optionalText(get, passwordInput);
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

/***/ 42109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ insideWorkspace),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   Gl: () => (/* binding */ workspace),
/* harmony export */   JO: () => (/* binding */ parseRegistryAccess),
/* harmony export */   O: () => (/* binding */ keyInWorkspace),
/* harmony export */   QF: () => (/* binding */ ownPathInWorkspace),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   fz: () => (/* binding */ parseAllowOutsideWorkspace),
/* harmony export */   uy: () => (/* binding */ workspaceGlob),
/* harmony export */   ve: () => (/* binding */ inWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97276);
/**
 * The one rule for path inputs: every file or directory an input names (read or written) resolves
 * inside the workspace after symbolic links are followed, unless the user lets that one input out
 * with `allow-outside-workspace` (CLI: `--allow-outside-workspace <input>`). And no input value that
 * becomes a file name or an output value carries a newline or another control character.
 *
 * The workspace is GITHUB_WORKSPACE in an action and the working directory for the CLI: the
 * `cwd` of the ActionEnvironment. RUNNER_TEMP is outside it: other steps keep credentials there
 * (actions/checkout's persisted token, for one), so a key written to RUNNER_TEMP needs the opt-in
 * for its input. Temporary files the suite writes itself are not inputs and are not checked here.
 *
 * How to call it, for a new path input:
 * - in the parser: nothing but the usual parse (and `plainValue` is applied by the helpers below);
 *   add the input's name to the action's list passed to {@link parseAllowOutsideWorkspace};
 * - in the run entry point, before any work: `inWorkspace(ws, 'input-name', value)` for a file or
 *   directory that is read or written (it may not exist yet), {@link keyInWorkspace} for a key
 *   input (PEM text or a path), {@link workspaceGlob} for a glob.
 */





/** The input that lets named path inputs leave the workspace. */
const ALLOW_OUTSIDE_WORKSPACE = 'allow-outside-workspace';
function workspace(root, allowOutside) {
    return { root: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root), allowOutside: allowOutside ?? new Set() };
}
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
 * Refuses a value that becomes a file name or an output value when it holds a newline or another
 * control character: a newline would split a list output (`sbom-paths`) or a `key=value` line in
 * two, and a file name with one is a trap for every script that reads it. Returns the value.
 */
function plainValue(input, value) {
    if (hasControlCharacter(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, 'a value without newlines, tabs or other control characters', 'Each item goes on its own line of a list input; a single value must be one line.');
    }
    return value;
}
/**
 * `allow-outside-workspace`: the names of this action's path inputs that may resolve outside the
 * workspace (comma- or newline-separated). Any other name is an error, so a typo never silently
 * leaves an input confined or a wildcard lets every input out. Undefined when none is listed
 * (the inputs objects then compare equal to those built without the field).
 */
function parseAllowOutsideWorkspace(raw, pathInputs) {
    const names = new Set();
    for (const name of (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry)(raw(ALLOW_OUTSIDE_WORKSPACE))) {
        if (!pathInputs.includes(name)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(ALLOW_OUTSIDE_WORKSPACE, name, pathInputs.length === 0
                ? 'nothing (this command has no path inputs)'
                : `names of path inputs of this action: ${pathInputs.join(', ')}`);
        }
        names.add(name);
    }
    return names.size === 0 ? undefined : names;
}
function realRoot(root) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
    }
    catch {
        return root;
    }
}
/**
 * The real location of `absolute`: symbolic links followed along the whole path, also where the
 * path does not exist yet (the real path of its deepest existing ancestor, plus the rest). A
 * dangling symbolic link is followed to where it points, since writing through it lands there.
 */
function realLocation(absolute) {
    let current = absolute;
    const rest = [];
    for (let hops = 0; hops < 64; hops++) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(current), ...rest);
        }
        catch {
            // fall through: current does not resolve
        }
        let link;
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(current).isSymbolicLink())
                link = node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync(current);
        }
        catch {
            // current does not exist
        }
        if (link !== undefined) {
            current = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current), link);
            continue;
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current);
        if (parent === current)
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(current, ...rest);
        rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(current));
        current = parent;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('PATH_UNSAFE', `${absolute}: too many levels of symbolic links.`);
}
function contains(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
function unsafe(ws, input, value, real) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('PATH_UNSAFE', `Input '${input}': ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}.`, {
        hint: `Use a path inside the workspace. If '${input}' really must name a path outside it, opt in for that ` +
            `input: ${ALLOW_OUTSIDE_WORKSPACE}: ${input} (CLI: --${ALLOW_OUTSIDE_WORKSPACE} ${input}).`,
    });
}
/**
 * Resolves a path input against the workspace and refuses it (PATH_UNSAFE, naming the input) when
 * its real location, symbolic links followed, is outside the workspace, unless the input is listed
 * in `allow-outside-workspace`. `..`, absolute paths and links out are all caught the same way.
 * A path that does not exist yet (an output) is decided by its deepest existing ancestor.
 * Returns the absolute path (as given, not the link target) for the caller to use.
 */
function inWorkspace(ws, input, value) {
    return insideWorkspace(ws, input, plainValue(input, value));
}
/**
 * {@link inWorkspace} without the control-character rule, for a name that is not an input value
 * but comes from a file (a name listed in a checksums file may be escaped and hold a newline).
 */
function insideWorkspace(ws, input, value) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ws.root, value);
    if (ws.allowOutside.has(input))
        return absolute;
    const real = realLocation(absolute);
    if (!contains(realRoot(ws.root), real))
        throw unsafe(ws, input, value, real);
    return absolute;
}
/**
 * A path the suite chose itself (no input names it, so no opt-in lets it out), refused as
 * {@link inWorkspace} refuses an input's when it resolves outside the workspace: a folder of its own
 * that a symbolic link would otherwise lead out (release's `.artefacts/keys`). `what` names it.
 */
function ownPathInWorkspace(ws, what, value) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ws.root, value);
    const real = realLocation(absolute);
    if (!contains(realRoot(ws.root), real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('PATH_UNSAFE', `${what} ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}; nothing was written.`, { hint: `A symbolic link leads it out of the workspace: remove the link (or point it inside), then run again.` });
    }
    return absolute;
}
/** As {@link inWorkspace}, for a value that is either PEM text or the path of a key file. */
function keyInWorkspace(ws, input, value) {
    if (value === undefined || value.includes('-----BEGIN') || /^keyless$/i.test(value))
        return;
    inWorkspace(ws, input, value);
}
/**
 * The files a glob input matches, relative to the workspace, as absolute paths in match order;
 * every match is checked as {@link inWorkspace} checks a path, so a pattern reaching out (`../x/*`)
 * or a match that is a symbolic link out is refused, naming the input.
 */
async function workspaceGlob(ws, input, pattern) {
    plainValue(input, pattern);
    const glob = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.glob;
    if (typeof glob !== 'function') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('INTERNAL', 'File globs need Node.js 22 or later (fs.glob).');
    }
    const out = [];
    for await (const entry of glob(pattern, { cwd: ws.root }))
        out.push(inWorkspace(ws, input, entry));
    return out;
}
/**
 * The inputs every command that opens a store reads alike: `registry-username` and
 * `registry-password` (both or neither) and `allow-outside-workspace` over the command's own path inputs.
 */
function parseRegistryAccess(raw, pathInputs) {
    const { username, password } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialPair */ .GE)(raw);
    return {
        registryUsername: username,
        registryPassword: password,
        allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, pathInputs),
    };
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

/***/ 21888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ reproducibleTime)
/* harmony export */ });
/* unused harmony export SOURCE_DATE_EPOCH */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97276);
/**
 * The one reproducible time of the suite: what build-tag's `created`, pack's file times and an
 * SBOM's timestamp are. SOURCE_DATE_EPOCH (reproducible-builds.org) first, then the candidates the
 * caller knows (a commit time, an image's `created`), in order, then a fallback that every caller
 * names: the time must never silently become the clock.
 */

const SOURCE_DATE_EPOCH = 'SOURCE_DATE_EPOCH';
async function reproducibleTime(env, candidates, fallback) {
    const epoch = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceDateEpoch */ .pA)(env);
    if (epoch !== undefined)
        return { time: new Date(epoch * 1000), source: SOURCE_DATE_EPOCH };
    for (const candidate of candidates) {
        const found = await candidate();
        if (found !== undefined && !Number.isNaN(found.time.getTime()))
            return found;
    }
    switch (fallback.kind) {
        case 'fail':
            throw fallback.error();
        case 'unix-epoch':
            return { time: new Date(0), source: 'unix-epoch' };
        case 'now':
            return { time: new Date(Math.floor(Date.now() / 1000) * 1000), source: 'now' };
    }
}


/***/ })

};
