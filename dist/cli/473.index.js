export const id = 473;
export const ids = [473];
export const modules = {

/***/ 47473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   catalogPnpmLock: () => (/* binding */ catalogPnpmLock),
/* harmony export */   catalogYarnLock: () => (/* binding */ catalogYarnLock)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73588);
/* harmony import */ var _license_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9496);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10362);
/** yarn.lock (classic v1 and berry v2+) and pnpm-lock.yaml (lockfile 5.x, 6.x, 9.x). */





/** Splits `name@range` at the `@` that separates them (a scope's leading `@` is part of the name). */
function splitSpecifier(spec) {
    const at = spec.indexOf('@', 1);
    return at < 0 ? { name: spec, range: '' } : { name: spec.slice(0, at), range: spec.slice(at + 1) };
}
function unquote(s) {
    const t = s.trim();
    return t.startsWith('"') && t.endsWith('"') ? JSON.parse(t) : t;
}
function isBerryLock(text) {
    return /^__metadata:/m.test(text);
}
function catalogYarnLock(text, location, manifest) {
    return isBerryLock(text) ? yarnBerry(text, location, manifest) : yarnClassic(text, location, manifest);
}
function yarnClassic(text, location, manifest) {
    const entries = [];
    let current;
    let section;
    const lines = text.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        if (!line.startsWith(' ')) {
            if (!line.endsWith(':')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('SBOM_FAILED', `${location}:${index + 1}: not a yarn.lock v1 entry: ${line}`);
            }
            const specifiers = line
                .slice(0, -1)
                .split(/,\s*/)
                .map((s) => unquote(s));
            const first = splitSpecifier(specifiers[0] ?? '');
            current = {
                specifiers,
                // An alias (`alias@npm:real@^1`) installs `real`: the purl names the real package.
                name: first.range.startsWith('npm:') ? splitSpecifier(first.range.slice(4)).name : first.name,
                version: '',
                dependencies: {},
                optional: new Set(),
            };
            entries.push(current);
            section = undefined;
            continue;
        }
        if (current === undefined)
            continue;
        const indent = /^ */.exec(line)?.[0].length ?? 0;
        const body = line.trim();
        if (indent === 2) {
            section = undefined;
            if (body === 'dependencies:' || body === 'optionalDependencies:') {
                section = body.slice(0, -1);
                continue;
            }
            const space = body.indexOf(' ');
            const key = body.slice(0, space);
            const value = unquote(body.slice(space + 1));
            if (key === 'version')
                current.version = value;
            else if (key === 'resolved')
                current.resolved = value;
            else if (key === 'integrity')
                current.integrity = value;
        }
        else if (indent >= 4 && section !== undefined) {
            const m = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.*)$/.exec(body);
            if (m === null)
                continue;
            const dep = unquote(m[1] ?? '');
            current.dependencies[dep] = unquote(m[2] ?? '');
            if (section === 'optionalDependencies')
                current.optional.add(dep);
        }
    }
    const bySpecifier = new Map();
    for (const e of entries)
        for (const s of e.specifiers)
            bySpecifier.set(s, (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(e.name, e.version));
    const components = entries
        .filter((e) => e.version !== '')
        .map((e) => {
        const hashes = (0,_license_js__WEBPACK_IMPORTED_MODULE_3__/* .integrityHashes */ .UF)(e.integrity);
        // Older yarn.lock files only carry the tarball's sha1 as the resolved URL's fragment.
        const sha1 = /#([0-9a-f]{40})$/.exec(e.resolved ?? '')?.[1];
        if (hashes.length === 0 && sha1 !== undefined)
            hashes.push({ alg: 'SHA-1', content: sha1 });
        return (0,_component_js__WEBPACK_IMPORTED_MODULE_4__/* .makeComponent */ .G1)({
            ecosystem: 'npm',
            name: e.name,
            version: e.version,
            purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(e.name, e.version),
            hashes,
            dependsOn: Object.entries(e.dependencies)
                .map(([n, r]) => bySpecifier.get(`${n}@${r}`))
                .filter((p) => p !== undefined),
            foundIn: location,
            properties: { 'npm:resolved': e.resolved?.replace(/#.*$/, '') },
        });
    });
    return withManifestScopes(components, manifest, (n) => {
        const m = (manifest ?? {});
        const range = m.dependencies?.[n] ?? m.optionalDependencies?.[n] ?? m.devDependencies?.[n] ?? m.peerDependencies?.[n];
        return range === undefined ? undefined : bySpecifier.get(`${n}@${range}`);
    });
}
function yarnBerry(text, location, manifest) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    const byDescriptor = new Map();
    const workspaces = [];
    const packages = [];
    for (const [key, entry] of Object.entries(doc)) {
        if (key === '__metadata')
            continue;
        const resolution = String(entry.resolution ?? '');
        const name = splitSpecifier(resolution).name;
        if (/@workspace:/.test(resolution) || entry.linkType === 'soft') {
            workspaces.push(entry);
            continue;
        }
        const version = String(entry.version ?? '');
        if (name === '' || version === '')
            continue;
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(name, version);
        for (const d of key.split(/,\s*/))
            byDescriptor.set(d.trim(), purl);
        packages.push({ key, entry, name, purl });
    }
    const descriptor = (n, range) => byDescriptor.get(`${n}@${range}`) ?? byDescriptor.get(`${n}@npm:${range}`);
    const components = packages.map(({ entry, name, purl }) => (0,_component_js__WEBPACK_IMPORTED_MODULE_4__/* .makeComponent */ .G1)({
        ecosystem: 'npm',
        name,
        version: String(entry.version),
        purl,
        dependsOn: Object.entries((entry.dependencies ?? {}))
            .map(([n, r]) => descriptor(n, String(r)))
            .filter((p) => p !== undefined),
        foundIn: location,
        // Berry's checksum is of its own zip cache entry, not of the registry tarball: kept as a fact, not a hash.
        properties: { 'yarn:checksum': entry.checksum === undefined ? undefined : String(entry.checksum) },
    }));
    const workspaceDeps = new Map();
    for (const w of workspaces) {
        for (const [n, r] of Object.entries((w.dependencies ?? {})))
            workspaceDeps.set(n, r);
    }
    return withManifestScopes(components, manifest, (n) => {
        const range = workspaceDeps.get(n);
        return range === undefined ? undefined : descriptor(n, range);
    });
}
/** Scopes from package.json beside the lockfile (yarn does not record them); all required without it. */
function withManifestScopes(components, manifest, resolveDirect) {
    const roots = (0,_component_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestRoots */ .X9)(manifest);
    const pick = (names) => names.map(resolveDirect).filter((p) => p !== undefined);
    const required = pick(roots.required);
    const optional = pick(roots.optional);
    const dev = pick(roots.dev);
    const warnings = manifest === undefined ? ['no package.json beside the yarn.lock: dev/optional scopes cannot be told apart'] : [];
    return {
        components: manifest === undefined ? components : (0,_component_js__WEBPACK_IMPORTED_MODULE_4__/* .scopesFromEdges */ ._$)(components, { required, optional, dev }),
        direct: [...required, ...optional, ...dev],
        warnings,
    };
}
/** `/name@1.0.0(peer@2)`, `name@1.0.0`, `/name/1.0.0` (lockfile 5) → name and version. */
function pnpmKey(key) {
    // Lockfile 5: `/name/1.0.0` or `/@scope/name/1.0.0_peer@2.0.0` (peers after an underscore).
    const v5 = /^\/((?:@[^/]+\/)?[^/@]+)\/(\d[^_/(]*)(?:_.*)?$/.exec(key);
    if (v5 !== null)
        return { name: v5[1] ?? '', version: v5[2] ?? '' };
    const k = key.replace(/^\//, '').replace(/\(.*$/, '');
    const at = k.indexOf('@', 1);
    if (at > 0)
        return { name: k.slice(0, at), version: k.slice(at + 1) };
    const slash = k.lastIndexOf('/');
    return slash > 0 ? { name: k.slice(0, slash), version: k.slice(slash + 1) } : undefined;
}
/** An importer's or snapshot's dependency value: `1.0.0`, `1.0.0(peer@2)`, `link:../x`, or an alias key. */
function pnpmRef(name, value) {
    const v = (typeof value === 'string' ? value : value.version).replace(/\(.*$/, '');
    if (v.startsWith('link:') || v.startsWith('file:'))
        return undefined;
    // Aliased dependencies (`npm:other@1.0.0` or `/other@1.0.0`) name another package.
    if (v.includes('@') && !/^\d/.test(v)) {
        const parsed = pnpmKey(v.replace(/^npm:/, ''));
        return parsed === undefined ? undefined : (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(parsed.name, parsed.version);
    }
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(name, v);
}
function catalogPnpmLock(text, location) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    if (doc === null || typeof doc !== 'object' || doc.lockfileVersion === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('SBOM_FAILED', `${location} is not a pnpm lockfile (no lockfileVersion)`);
    }
    const importers = doc.importers !== undefined ? Object.values(doc.importers) : [doc];
    const info = new Map();
    for (const [key, entry] of Object.entries(doc.packages ?? {})) {
        const parsed = pnpmKey(key);
        if (parsed === undefined)
            continue;
        const name = typeof entry.name === 'string' ? entry.name : parsed.name;
        const version = typeof entry.version === 'string' ? entry.version : parsed.version;
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(name, version);
        const seen = info.get(purl);
        info.set(purl, { name, version, entry: { ...(seen?.entry ?? {}), ...entry } });
    }
    // Lockfile 9 keeps edges and the optional flag in `snapshots`; earlier ones in `packages`.
    const edgeSource = doc.snapshots ?? doc.packages ?? {};
    const edges = new Map();
    const flags = new Map();
    for (const [key, entry] of Object.entries(edgeSource)) {
        const parsed = pnpmKey(key);
        if (parsed === undefined)
            continue;
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(parsed.name, parsed.version);
        const set = edges.get(purl) ?? new Set();
        for (const field of ['dependencies', 'optionalDependencies']) {
            for (const [n, v] of Object.entries((entry[field] ?? {}))) {
                const ref = pnpmRef(n, v);
                if (ref !== undefined)
                    set.add(ref);
            }
        }
        edges.set(purl, set);
        flags.set(purl, { dev: entry.dev, optional: entry.optional });
    }
    const components = [...info.entries()].map(([purl, { name, version, entry }]) => {
        const f = flags.get(purl) ?? {};
        const scope = f.dev === true ? 'dev' : f.optional === true ? 'optional' : 'required';
        const resolution = (entry.resolution ?? {});
        return (0,_component_js__WEBPACK_IMPORTED_MODULE_4__/* .makeComponent */ .G1)({
            ecosystem: 'npm',
            name,
            version,
            purl,
            hashes: (0,_license_js__WEBPACK_IMPORTED_MODULE_3__/* .integrityHashes */ .UF)(resolution.integrity),
            scope,
            dependsOn: [...(edges.get(purl) ?? [])],
            foundIn: location,
            properties: { 'npm:resolved': resolution.tarball },
        });
    });
    const roots = { required: [], optional: [], dev: [] };
    for (const imp of importers) {
        const refs = (deps) => Object.entries(deps ?? {})
            .map(([n, v]) => pnpmRef(n, v))
            .filter((p) => p !== undefined);
        roots.required.push(...refs(imp.dependencies));
        roots.optional.push(...refs(imp.optionalDependencies));
        roots.dev.push(...refs(imp.devDependencies));
    }
    // Lockfile 9 dropped the dev flag: derive scopes from the importers' edges. Earlier ones record it.
    const hasDevFlags = [...flags.values()].some((f) => f.dev !== undefined);
    return {
        components: hasDevFlags ? components : (0,_component_js__WEBPACK_IMPORTED_MODULE_4__/* .scopesFromEdges */ ._$)(components, roots),
        direct: [...roots.required, ...roots.optional, ...roots.dev],
    };
}


/***/ })

};
