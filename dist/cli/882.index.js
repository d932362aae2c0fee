export const id = 882;
export const ids = [882];
export const modules = {

/***/ 7882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   catalogCargoLock: () => (/* binding */ catalogCargoLock),
/* harmony export */   catalogGoMod: () => (/* binding */ catalogGoMod)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73588);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10362);
/** Go go.mod (+ go.sum beside it) and Rust Cargo.lock. */




/** Parses go.mod's require and replace directives (block and single-line forms). */
function parseGoMod(text) {
    const requires = [];
    const replaces = new Map();
    let module;
    let block;
    for (const raw of text.split(/\r?\n/)) {
        const indirect = /\/\/\s*indirect\b/.test(raw);
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (line === '')
            continue;
        if (block !== undefined) {
            if (line === ')') {
                block = undefined;
                continue;
            }
            directive(block, line, indirect);
            continue;
        }
        const m = /^(\w+)\s*(\(?)\s*(.*)$/.exec(line);
        if (m === null)
            continue;
        if (m[2] === '(') {
            block = m[1];
            continue;
        }
        if (m[1] === 'module')
            module = unquote(m[3] ?? '');
        else
            directive(m[1] ?? '', m[3] ?? '', indirect);
    }
    function directive(kind, rest, indirect) {
        const f = rest.split(/\s+/).map(unquote);
        if (kind === 'require' && f.length >= 2)
            requires.push({ path: f[0] ?? '', version: f[1] ?? '', indirect });
        if (kind === 'replace') {
            const arrow = f.indexOf('=>');
            if (arrow < 0)
                return;
            const from = f[0] ?? '';
            const to = f.slice(arrow + 1);
            replaces.set(from, { path: to[0] ?? '', version: to[1] ?? '', indirect: false });
        }
    }
    return { ...(module === undefined ? {} : { module }), requires, replaces };
}
function unquote(s) {
    return s.startsWith('"') || s.startsWith('`') ? s.slice(1, -1) : s;
}
function catalogGoMod(text, location, goSum) {
    const { requires, replaces } = parseGoMod(text);
    const sums = new Map();
    for (const line of (goSum ?? '').split(/\r?\n/)) {
        const [path, version, hash] = line.trim().split(/\s+/);
        if (path && version && hash && !version.endsWith('/go.mod'))
            sums.set(`${path}@${version}`, hash);
    }
    const warnings = [];
    const components = [];
    const direct = [];
    for (const req of requires) {
        let { path, version } = req;
        const replacement = replaces.get(path) ?? replaces.get(`${path}@${version}`);
        if (replacement !== undefined) {
            if (replacement.version === '') {
                warnings.push(`${location}: ${path} is replaced by the local directory ${replacement.path}; kept as required`);
            }
            else {
                path = replacement.path;
                version = replacement.version;
            }
        }
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .golangPurl */ .av)(path, version);
        if (!req.indirect)
            direct.push(purl);
        components.push((0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .makeComponent */ .G1)({
            ecosystem: 'golang',
            name: path,
            version,
            purl,
            foundIn: location,
            properties: {
                'go:indirect': req.indirect ? 'true' : undefined,
                // go.sum's h1: is a hash of the module's file tree (dirhash), not of an archive: kept as a fact.
                'go:sum': sums.get(`${path}@${version}`),
                'go:replaces': replacement !== undefined && replacement.version !== '' ? req.path : undefined,
            },
        }));
    }
    if (goSum === undefined && requires.length > 0)
        warnings.push(`${location}: no go.sum beside it`);
    return { components, direct, warnings };
}
function catalogCargoLock(text, location) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__.parse)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('SBOM_FAILED', `${location} is not valid TOML: ${error.message}`, {
            cause: error,
        });
    }
    const packages = doc.package ?? [];
    const byName = new Map();
    for (const p of packages)
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    // "name", "name version" or "name version (source)": unique by name unless several versions are locked.
    const resolve = (dep) => {
        const [name, version] = dep.split(' ');
        const candidates = byName.get(name ?? '') ?? [];
        return version === undefined ? candidates[0] : candidates.find((c) => c.version === version);
    };
    const isLocal = (p) => p.source === undefined;
    const components = [];
    const direct = new Set();
    for (const p of packages) {
        const deps = (p.dependencies ?? []).map(resolve).filter((d) => d !== undefined);
        if (isLocal(p)) {
            // Workspace members are the project itself: their dependencies are its direct ones.
            for (const d of deps)
                if (!isLocal(d))
                    direct.add((0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .cargoPurl */ .q$)(d.name, d.version));
            continue;
        }
        components.push((0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .makeComponent */ .G1)({
            ecosystem: 'cargo',
            name: p.name,
            version: p.version,
            purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .cargoPurl */ .q$)(p.name, p.version),
            hashes: p.checksum !== undefined && /^[0-9a-f]{64}$/.test(p.checksum)
                ? [{ alg: 'SHA-256', content: p.checksum }]
                : [],
            dependsOn: deps.filter((d) => !isLocal(d)).map((d) => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .cargoPurl */ .q$)(d.name, d.version)),
            foundIn: location,
            properties: { 'cargo:source': p.source },
        }));
    }
    return { components, direct: [...direct] };
}


/***/ })

};
