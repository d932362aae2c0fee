export const id = 971;
export const ids = [971];
export const modules = {

/***/ 25971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   catalogPipfileLock: () => (/* binding */ catalogPipfileLock),
/* harmony export */   catalogPoetryLock: () => (/* binding */ catalogPoetryLock),
/* harmony export */   catalogRequirements: () => (/* binding */ catalogRequirements),
/* harmony export */   catalogUvLock: () => (/* binding */ catalogUvLock)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73588);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10362);
/** Python: requirements*.txt, poetry.lock, Pipfile.lock, uv.lock. */




function toml(text, location) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__.parse)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('SBOM_FAILED', `${location} is not valid TOML: ${error.message}`, {
            cause: error,
        });
    }
}
function pythonComponent(name, version, location, extra = {}) {
    return (0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .makeComponent */ .G1)({
        ecosystem: 'pypi',
        name,
        version,
        purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pypiPurl */ .iC)(name, version),
        foundIn: location,
        ...(extra.scope === undefined ? {} : { scope: extra.scope }),
        ...(extra.dependsOn === undefined ? {} : { dependsOn: extra.dependsOn }),
        ...(extra.properties === undefined ? {} : { properties: extra.properties }),
    });
}
/**
 * requirements.txt: pinned lines (`name==1.0`, `name[extra]===1.0 ; marker`) become components with a
 * version; unpinned ones are reported without a version (and warned about); options, URLs, `-r`/`-c`
 * includes and editable installs are skipped with a warning naming the line.
 */
function catalogRequirements(text, location) {
    const components = [];
    const warnings = [];
    const joined = text.replace(/\\\r?\n/g, ' ');
    for (const [index, raw] of joined.split(/\r?\n/).entries()) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            continue;
        if (line.startsWith('-') || /^(https?|git\+|file):/.test(line) || line.includes(' @ ')) {
            if (!/^--(hash|index-url|extra-index-url|trusted-host|find-links|pre|no-binary|only-binary)\b/.test(line)) {
                warnings.push(`${location}:${index + 1}: skipped '${line.slice(0, 80)}' (not a name==version requirement)`);
            }
            continue;
        }
        const spec = line
            .split(';')[0]
            ?.replace(/\s--hash=\S+/g, '')
            .trim() ?? '';
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
        if (m === null) {
            warnings.push(`${location}:${index + 1}: could not read '${line.slice(0, 80)}'`);
            continue;
        }
        const name = m[1] ?? '';
        const pinned = /^===?\s*([^\s,]+)$/.exec((m[3] ?? '').trim());
        if (pinned === null) {
            warnings.push(`${location}:${index + 1}: ${name} is not pinned ('${(m[3] ?? '').trim() || 'any'}'); no version`);
        }
        components.push(pythonComponent(name, pinned?.[1] ?? '', location, {
            properties: { 'pypi:specifier': pinned === null ? (m[3] ?? '').trim() || '*' : undefined },
        }));
    }
    return { components, direct: components.map((c) => c.purl), warnings };
}
function catalogPoetryLock(text, location, pyproject) {
    const doc = toml(text, location);
    const packages = doc.package ?? [];
    const byName = new Map(packages.map((p) => [(0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pep503 */ .g9)(p.name), p]));
    const hasCategories = packages.some((p) => p.category !== undefined || p.groups !== undefined);
    const components = packages.map((p) => {
        const inMain = p.category === 'main' || (p.groups ?? []).includes('main');
        const scope = p.optional === true ? 'optional' : hasCategories && !inMain ? 'dev' : 'required';
        return pythonComponent(p.name, p.version, location, {
            scope,
            dependsOn: Object.keys(p.dependencies ?? {})
                .map((n) => byName.get((0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pep503 */ .g9)(n)))
                .filter((d) => d !== undefined)
                .map((d) => (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pypiPurl */ .iC)(d.name, d.version)),
        });
    });
    // Direct dependencies come from pyproject.toml beside the lock (poetry.lock does not record them).
    const direct = [];
    const roots = { required: [], optional: [], dev: [] };
    if (pyproject !== undefined) {
        const project = toml(pyproject, location.replace(/poetry\.lock$/, 'pyproject.toml'));
        const push = (names, into) => {
            for (const n of names) {
                const p = byName.get((0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pep503 */ .g9)(n));
                if (p !== undefined)
                    into.push((0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pypiPurl */ .iC)(p.name, p.version));
            }
        };
        const poetry = project.tool?.poetry;
        push(Object.keys(poetry?.dependencies ?? {}).filter((n) => n !== 'python'), roots.required);
        push((project.project?.dependencies ?? []).map((s) => /^[A-Za-z0-9._-]+/.exec(s)?.[0] ?? ''), roots.required);
        for (const [group, g] of Object.entries(poetry?.group ?? {})) {
            if (group !== 'main')
                push(Object.keys(g.dependencies ?? {}), roots.dev);
        }
        direct.push(...roots.required, ...roots.dev);
    }
    return {
        components: hasCategories || pyproject === undefined ? components : (0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .scopesFromEdges */ ._$)(components, roots),
        direct,
    };
}
function catalogPipfileLock(text, location) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('SBOM_FAILED', `${location} is not valid JSON: ${error.message}`, {
            cause: error,
        });
    }
    const components = [];
    const warnings = [];
    for (const [section, scope] of [
        ['default', 'required'],
        ['develop', 'dev'],
    ]) {
        for (const [name, entry] of Object.entries(doc[section] ?? {})) {
            const version = /^===?(.+)$/.exec(entry.version ?? '')?.[1];
            if (version === undefined)
                warnings.push(`${location}: ${name} in "${section}" has no pinned version`);
            components.push(pythonComponent(name, version ?? '', location, { scope }));
        }
    }
    return { components, direct: components.map((c) => c.purl), warnings };
}
function catalogUvLock(text, location) {
    const doc = toml(text, location);
    const packages = doc.package ?? [];
    const isProject = (p) => p.source?.virtual !== undefined || p.source?.editable !== undefined;
    const byName = new Map();
    for (const p of packages)
        byName.set((0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pep503 */ .g9)(p.name), [...(byName.get((0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pep503 */ .g9)(p.name)) ?? []), p]);
    const ref = (d) => {
        const candidates = (byName.get((0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pep503 */ .g9)(d.name)) ?? []).filter((c) => !isProject(c));
        const hit = d.version === undefined ? candidates[0] : candidates.find((c) => c.version === d.version);
        return hit === undefined ? undefined : (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .pypiPurl */ .iC)(hit.name, hit.version ?? '');
    };
    const refs = (list) => (list ?? []).map(ref).filter((p) => p !== undefined);
    const roots = { required: [], optional: [], dev: [] };
    const components = [];
    for (const p of packages) {
        const optional = Object.values(p['optional-dependencies'] ?? {}).flatMap(refs);
        if (isProject(p)) {
            roots.required.push(...refs(p.dependencies));
            roots.optional.push(...optional);
            roots.dev.push(...Object.values(p['dev-dependencies'] ?? {}).flatMap(refs));
            continue;
        }
        components.push(pythonComponent(p.name, p.version ?? '', location, {
            dependsOn: [...refs(p.dependencies), ...optional],
            properties: { 'pypi:source': p.source?.registry ?? p.source?.git ?? p.source?.url },
        }));
    }
    return {
        components: (0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .scopesFromEdges */ ._$)(components, roots),
        direct: [...roots.required, ...roots.optional, ...roots.dev],
    };
}


/***/ })

};
