export const id = 4889;
export const ids = [4889];
export const modules = {

/***/ 16538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SBOM_SECRETS: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__.WV),
/* harmony export */   parseSbomInputs: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__.oP),
/* harmony export */   runSbom: () => (/* reexport safe */ _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__.F)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47082);
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48630);
// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.



/***/ }),

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Bc: () => (/* binding */ startGitRecords),
/* harmony export */   IR: () => (/* binding */ mayBeInRepository),
/* harmony export */   Pm: () => (/* binding */ gitRaw),
/* harmony export */   bX: () => (/* binding */ commitTime),
/* harmony export */   dP: () => (/* binding */ gitStream)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69093);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);




function gitEnv(extra) {
    return { ...process.env, ...extra, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** A git process; node:child_process is loaded on the first (most sbom, sign or promote runs start none). */
function spawnGit(args, options) {
    return (0,_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .childProcess */ .Q)().spawn('git', args, {
        cwd: options.cwd,
        env: gitEnv(options.env),
        stdio: ['ignore', 'pipe', 'pipe'],
    });
}
/** Runs git and returns its output; never throws for a non-zero exit. */
function gitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const child = spawnGit(args, options);
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' })));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
    }
    return result.stdout;
}
function startGitRecords(args, options) {
    const child = spawnGit(args, options);
    const err = [];
    child.stderr.on('data', (chunk) => err.push(chunk));
    const closed = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
    // A cancelled process is never awaited: its failure (git missing, a bad range) is nobody's error.
    closed.catch(() => undefined);
    // Node resumes (and so discards) an exited child's stdout that nothing listens to; a 'readable'
    // listener keeps output that is not read yet buffered, up to the stream's high-water mark.
    child.stdout.on('readable', () => undefined);
    let reading = false;
    return {
        cancel() {
            if (!reading && child.exitCode === null)
                child.kill();
        },
        async read(onRecord, separator = '\n') {
            if (reading)
                throw new Error('GitRecords.read called twice');
            reading = true;
            // Records are split out of each chunk synchronously: iterating a readline interface costs a
            // promise per line, which at 20k tag names was most of the listing's time in this process.
            child.stdout.setEncoding('utf8');
            const crlf = separator === '\n';
            let stopped = false;
            let pending = '';
            for await (const chunk of child.stdout) {
                pending = pending === '' ? chunk : pending + chunk;
                let start = 0;
                let at;
                while ((at = pending.indexOf(separator, start)) >= 0) {
                    const end = crlf && at > start && pending.charCodeAt(at - 1) === 13 ? at - 1 : at;
                    const record = pending.slice(start, end);
                    start = at + separator.length;
                    if (onRecord(record) === 'stop') {
                        stopped = true;
                        break;
                    }
                }
                pending = pending.slice(start);
                if (stopped) {
                    child.kill();
                    break;
                }
            }
            if (!stopped && pending !== '')
                onRecord(crlf && pending.endsWith('\r') ? pending.slice(0, -1) : pending);
            const code = await closed;
            if (!stopped && code !== 0) {
                const detail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${code}): ${detail}`);
            }
        },
    };
}
/** Runs git and streams its stdout as records (see `GitRecords.read`). */
function gitStream(args, options, onRecord, separator = '\n') {
    return startGitRecords(args, options).read(onRecord, separator);
}
/**
 * False only where git cannot find a repository from `dir`: GIT_DIR is unset, and neither `dir` nor
 * any directory above it (symbolic links resolved, as git sees its working directory) holds a `.git`
 * entry or is itself a git directory (HEAD, objects and refs, as a bare repository). A few stat
 * calls, so callers skip starting git, a fork of this whole process, where git would only answer
 * "not a git repository". True promises nothing: git still decides (ceilings, ownership checks).
 */
function mayBeInRepository(dir, env = process.env) {
    if ((env.GIT_DIR ?? '') !== '')
        return true;
    let at;
    try {
        at = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        return true;
    }
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, '.git')))
            return true;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, 'HEAD')) && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, 'objects')) && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, 'refs')))
            return true;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at);
        if (up === at)
            return false;
        at = up;
    }
}
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** The committer time of `revision` (default HEAD); undefined outside a repository or before the first commit. */
async function commitTime(cwd, revision = 'HEAD') {
    if (!mayBeInRepository(cwd))
        return undefined;
    const shown = await gitRaw(['show', '-s', '--format=%ct', `${revision}^{commit}`], { cwd }).catch(() => undefined);
    const out = shown?.exitCode === 0 ? shown.stdout.trim() : '';
    return /^\d+$/.test(out) ? new Date(Number(out) * 1000) : undefined;
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

/***/ 64277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ SUITE_VERSION),
/* harmony export */   t: () => (/* binding */ SUITE_NAME)
/* harmony export */ });
/**
 * The suite's own name and version, as the documents it writes name their tool (CycloneDX
 * `metadata.tools`, SPDX `creators`, a verification summary's `verifier.version`). One value for
 * the whole suite: test/suite-version.test.ts checks it against the packages' versions, so a release
 * that bumps them cannot leave the documents naming an older one.
 */
const SUITE_NAME = 'immutable-artefacts';
const SUITE_VERSION = '0.1.0';


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
