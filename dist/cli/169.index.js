export const id = 169;
export const ids = [169];
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
