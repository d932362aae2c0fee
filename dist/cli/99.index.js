export const id = 99;
export const ids = [99];
export const modules = {

/***/ 20180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ collectNow),
/* harmony export */   X: () => (/* binding */ transferMemoryGovernor)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Keeps the memory of long blob transfers flat. Every chunk read from a socket is a fresh buffer;
 * V8 frees them only when it collects, which it does late (external memory of ~64 MiB pending), and
 * freed chunks fragment the allocator, so peak RSS grows well past what the streams ever hold at
 * once. A young-generation collection (well under a millisecond with the small heap promote has)
 * every 2 MiB transferred, and a full one every 64 MiB (a few ms each), frees them as they go, and the
 * allocator hands the same memory out again instead of faulting in new pages: a registry-to-registry
 * promotion of 200 MB took less CPU this way than with a collection every 8 MiB, and none at all
 * cost the most. Chunks lent from reused buffers (oci/store.ts's LentChunks) are not counted. Where
 * the runtime does not allow it, this does nothing (nor does {@link collectNow}).
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
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--expose-gc');
            const gc = (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)('gc');
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
function transferMemoryGovernor(minorEvery = 2 * 1024 * 1024, majorEvery = 64 * 1024 * 1024) {
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
/**
 * One collection now, between phases of a long run: what the phase before left behind is freed before
 * the next one allocates, rather than whenever the heap's own heuristics (which a long, fast phase
 * leaves in differing states) decide.
 */
function collectNow(type) {
    const gc = collector();
    if (gc !== false)
        gc({ type });
}


/***/ }),

/***/ 63099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  catalogImageReference: () => (/* binding */ catalogImageReference),
  platformMatches: () => (/* binding */ platformMatches)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/oci/store.ts
var oci_store = __webpack_require__(35850);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/sbom/project.ts
var project = __webpack_require__(99718);
// EXTERNAL MODULE: ./packages/core/src/sbom/writers.ts
var writers = __webpack_require__(17439);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/oci/memory.ts
var memory = __webpack_require__(20180);
// EXTERNAL MODULE: ./packages/core/src/sbom/model.ts
var model = __webpack_require__(51074);
// EXTERNAL MODULE: ./packages/core/src/sbom/purl.ts
var purl = __webpack_require__(10362);
// EXTERNAL MODULE: ./packages/core/src/sbom/component.ts
var component = __webpack_require__(73588);
// EXTERNAL MODULE: ./packages/core/src/sbom/license.ts
var sbom_license = __webpack_require__(9496);
;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/language.ts
/** Language packages installed in an image: node_modules package.json and Python METADATA / PKG-INFO. */



/** A package.json found under node_modules (installed package). */
function catalogPackageJson(text, location) {
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return { components: [], warnings: [`${location}: not valid JSON; skipped`] };
    }
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string' || pkg.name === '' || pkg.version === '') {
        return { components: [] };
    }
    return {
        components: [
            (0,component/* makeComponent */.G1)({
                ecosystem: 'npm',
                name: pkg.name,
                version: pkg.version,
                purl: (0,purl/* npmPurl */.NP)(pkg.name, pkg.version),
                licenses: (0,sbom_license/* packageJsonLicenses */.H3)(pkg),
                foundIn: location,
            }),
        ],
    };
}
/** Whether a path is an installed package's own package.json (`…/node_modules/[@scope/]name/package.json`). */
function isNodeModulesPackageJson(path) {
    return /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(path);
}
const CLASSIFIER_LICENSES = {
    'MIT License': 'MIT',
    'Apache Software License': 'Apache-2.0',
    'BSD License': 'BSD-3-Clause',
    'ISC License (ISCL)': 'ISC',
    'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'Python Software Foundation License': 'PSF-2.0',
    'GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
    'GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
    'The Unlicense (Unlicense)': 'Unlicense',
};
/**
 * Python METADATA (dist-info) or PKG-INFO (egg-info): Name, Version; licence from
 * License-Expression (PEP 639), else License when it is short, else the license classifiers.
 */
function catalogPythonMetadata(text, location) {
    // Headers end at the first blank line; the body is the long description.
    const header = text.split(/\r?\n\r?\n/)[0] ?? '';
    const fields = new Map();
    for (const [k, v] of parseHeaderLines(header))
        fields.set(k.toLowerCase(), [...(fields.get(k.toLowerCase()) ?? []), v]);
    const name = fields.get('name')?.[0];
    const version = fields.get('version')?.[0];
    if (name === undefined || version === undefined)
        return { components: [] };
    const licenses = [];
    const expression = fields.get('license-expression')?.[0];
    const license = fields.get('license')?.[0];
    if (expression !== undefined) {
        const l = (0,sbom_license/* toLicense */.X6)(expression);
        if (l !== undefined)
            licenses.push(l);
    }
    else if (license !== undefined && license.length <= 80 && !license.includes('\n')) {
        const l = (0,sbom_license/* toLicense */.X6)(license);
        if (l !== undefined)
            licenses.push(l);
    }
    if (licenses.length === 0) {
        for (const c of fields.get('classifier') ?? []) {
            const m = /^License :: (?:OSI Approved :: )?(.+)$/.exec(c);
            const id = m === null ? undefined : CLASSIFIER_LICENSES[m[1] ?? ''];
            if (id !== undefined)
                licenses.push({ expression: id });
        }
    }
    const requires = (fields.get('requires-dist') ?? [])
        .filter((r) => !/;\s*.*extra\s*==/.test(r))
        .map((r) => (0,purl/* pep503 */.g9)(/^[A-Za-z0-9._-]+/.exec(r)?.[0] ?? ''))
        .filter((r) => r !== '');
    return {
        components: [
            (0,component/* makeComponent */.G1)({
                ecosystem: 'pypi',
                name,
                version,
                purl: (0,purl/* pypiPurl */.iC)(name, version),
                licenses,
                foundIn: location,
                // Edges resolve by name later (the image catalogue knows every installed distribution).
                properties: { 'pypi:requires': requires.length === 0 ? undefined : [...new Set(requires)].sort().join(',') },
            }),
        ],
    };
}
function parseHeaderLines(header) {
    const out = [];
    for (const line of header.split(/\r?\n/)) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && out.length > 0) {
            const last = out[out.length - 1];
            last[1] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon > 0)
            out.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
    return out;
}
function isPythonMetadata(path) {
    return /\.dist-info\/METADATA$/.test(path) || /\.egg-info\/PKG-INFO$/.test(path) || /\.egg-info$/.test(path);
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/os.ts
/** What the OS package catalogers share: os-release, the purl distro qualifier, RFC 822 stanzas, licence lists. */

/** os-release: KEY=value lines, values optionally quoted with shell escapes. */
function parseOsRelease(text) {
    const fields = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
        if (m === null)
            continue;
        let v = (m[2] ?? '').trim();
        if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
            v = v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
        }
        fields[m[1] ?? ''] = v;
    }
    if (fields.ID === undefined)
        return undefined;
    return {
        id: fields.ID.toLowerCase(),
        ...(fields.VERSION_ID === undefined ? {} : { versionId: fields.VERSION_ID }),
        ...(fields.PRETTY_NAME === undefined ? {} : { prettyName: fields.PRETTY_NAME }),
        ...(fields.VERSION_CODENAME === undefined ? {} : { versionCodename: fields.VERSION_CODENAME }),
    };
}
/** `distro` qualifier value per purl convention: `<id>-<version_id>` (debian-12, alpine-3.19.1). */
function distroQualifier(distro) {
    if (distro === undefined)
        return undefined;
    return distro.versionId === undefined ? distro.id : `${distro.id}-${distro.versionId}`;
}
/** RFC 822-style stanzas (dpkg status, PKG-INFO): fields with continuation lines; blank line separates. */
function parseStanzas(text) {
    const stanzas = [];
    let current = {};
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (Object.keys(current).length > 0)
                stanzas.push(current);
            current = {};
            last = undefined;
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
            current[last] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon);
        current[last] = line.slice(colon + 1).trim();
    }
    if (Object.keys(current).length > 0)
        stanzas.push(current);
    return stanzas;
}
/** A licence field as one licence (an SPDX expression when it parses as one), or none. */
function licenseList(raw) {
    if (raw === undefined || raw.trim() === '')
        return [];
    const whole = (0,sbom_license/* toLicense */.X6)(raw);
    return whole === undefined ? [] : [whole];
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/dpkg.ts
/** dpkg: the status database (and distroless status.d files), file lists and DEP-5 copyright licences. */




/**
 * dpkg status (or one distroless status.d file). Only packages whose status says they are on disk
 * (not `not-installed`, not `config-files`) become components; Depends/Pre-Depends become edges,
 * through Provides where a virtual package is named.
 */
function catalogDpkgStatus(text, location, distro) {
    // The purl namespace is the distribution's os-release ID (debian, ubuntu, a derivative's own), as syft writes it.
    const vendor = distro === undefined ? 'debian' : distro.id;
    const entries = parseStanzas(text).filter((s) => {
        if (s.Package === undefined || s.Version === undefined)
            return false;
        const state = (s.Status ?? 'install ok installed').split(/\s+/)[2];
        return state !== 'not-installed' && state !== 'config-files';
    });
    const distroQualifierValue = distroQualifier(distro);
    // One purl per package, built once: its component's, and the target of edges to its name and what it provides.
    const purls = entries.map((s) => (0,purl/* osPurl */.wE)('deb', vendor, s.Package ?? '', s.Version ?? '', {
        arch: s.Architecture,
        distro: distroQualifierValue,
        upstream: debianUpstream(s.Source),
    }));
    const byName = new Map();
    for (const [i, s] of entries.entries())
        byName.set(s.Package ?? '', purls[i]);
    for (const [i, s] of entries.entries()) {
        for (const p of (s.Provides ?? '').split(',')) {
            const name = p.trim().split(/[\s(]/)[0]?.replace(/:.*$/, '');
            if (name && !byName.has(name))
                byName.set(name, purls[i]);
        }
    }
    const components = entries.map((s, i) => {
        const dependsOn = [];
        for (const field of [s['Pre-Depends'], s.Depends]) {
            for (const clause of (field ?? '').split(',')) {
                // Alternatives: the first one installed satisfies the clause.
                for (const alt of clause.split('|')) {
                    const name = alt.trim().split(/[\s(]/)[0]?.replace(/:.*$/, '');
                    const hit = name === undefined ? undefined : byName.get(name);
                    if (hit !== undefined) {
                        dependsOn.push(hit);
                        break;
                    }
                }
            }
        }
        const source = s.Source?.split(/\s+/)[0];
        return (0,component/* makeComponent */.G1)({
            ecosystem: 'deb',
            name: s.Package ?? '',
            group: vendor,
            version: s.Version ?? '',
            purl: purls[i],
            dependsOn,
            foundIn: location,
            properties: {
                'deb:source': source !== undefined && source !== s.Package ? source : undefined,
                'deb:architecture': s.Architecture,
            },
        });
    });
    return { components };
}
/**
 * The purl `upstream` qualifier from dpkg's `Source:` field, as syft writes it: `name` when the field
 * is `name`, `name@version` when it is `name (version)`. dpkg writes the field only when the source
 * differs from the binary (in name, or in version as for binNMUs `5.2.15-2+b8` from `5.2.15-2`), and
 * the version only when it differs; no field, no qualifier.
 */
function debianUpstream(source) {
    const m = /^(\S+)(?:\s+\(\s*([^)\s]+)\s*\))?/.exec(source?.trim() ?? '');
    if (m === null)
        return undefined;
    return m[2] === undefined ? m[1] : `${m[1]}@${m[2]}`;
}
/** dpkg's per-package file lists (`var/lib/dpkg/info/<pkg>[:arch].list`): paths owned by OS packages. */
function dpkgOwnedPaths(listContent) {
    return listContent
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/^\/+/, ''))
        .filter((l) => l !== '');
}
/** Debian short licence names (DEP-5) that differ from their SPDX identifiers. */
const DEBIAN_LICENSES = {
    expat: 'MIT',
    artistic: 'Artistic-1.0-Perl',
    'bsd-2-clause': 'BSD-2-Clause',
    'bsd-3-clause': 'BSD-3-Clause',
    'bsd-4-clause': 'BSD-4-Clause',
    'gpl-1': 'GPL-1.0-only',
    'gpl-2': 'GPL-2.0-only',
    'gpl-3': 'GPL-3.0-only',
    'lgpl-2': 'LGPL-2.0-only',
    'lgpl-2.1': 'LGPL-2.1-only',
    'lgpl-3': 'LGPL-3.0-only',
    'agpl-3': 'AGPL-3.0-only',
    'gfdl-1.2': 'GFDL-1.2-only',
    'gfdl-1.3': 'GFDL-1.3-only',
    'mpl-1.1': 'MPL-1.1',
    'mpl-2.0': 'MPL-2.0',
    'apache-2.0': 'Apache-2.0',
    zlib: 'Zlib',
    isc: 'ISC',
    'cc0-1.0': 'CC0-1.0',
    'bsl-1.0': 'BSL-1.0',
    mit: 'MIT',
    x11: 'X11',
    curl: 'curl',
};
/** One DEP-5 short name (`GPL-2+`, `LGPL-2.1`, `Expat`) as an SPDX identifier, or undefined. */
function debianLicenseId(short) {
    const s = short.trim();
    const plus = s.endsWith('+');
    const base = (plus ? s.slice(0, -1) : s).toLowerCase().replace(/\.0$/, '');
    const mapped = DEBIAN_LICENSES[base] ?? DEBIAN_LICENSES[`${base}.0`];
    if (mapped === undefined)
        return isSpdxId(s) ? s : undefined;
    if (!plus)
        return mapped;
    return mapped.endsWith('-only') ? mapped.replace(/-only$/, '-or-later') : `${mapped}+`;
}
function isSpdxId(s) {
    return /^[A-Za-z0-9.+-]+$/.test(s) && (0,sbom_license/* toLicense */.X6)(s) !== undefined && 'expression' in (0,sbom_license/* toLicense */.X6)(s);
}
/**
 * Licences from a machine-readable Debian copyright file (`usr/share/doc/<pkg>/copyright`, DEP-5):
 * each distinct `License:` short name or expression, as SPDX where every part maps, else as written.
 * Free-form (non-DEP-5) files give nothing rather than a guess.
 */
function debianCopyrightLicenses(text) {
    // DEP-5 puts Format: in the first paragraph; some packages keep a free-form preamble before it.
    if (!/^Format:\s*\S/m.test(text))
        return [];
    const seen = new Map();
    for (const stanza of parseStanzas(text)) {
        const field = stanza.License?.split('\n')[0]?.trim();
        if (field === undefined || field === '')
            continue;
        const parts = field
            .split(/\s+(or|and)\s+|\s*,\s*(?:and\s+)?/i)
            .filter((p) => p !== undefined && p !== '');
        const ids = [];
        let complete = true;
        for (const part of parts) {
            if (/^(or|and)$/i.test(part)) {
                ids.push(part.toUpperCase());
                continue;
            }
            const id = debianLicenseId(part);
            if (id === undefined)
                complete = false;
            else
                ids.push(id);
        }
        const expression = ids.join(' ');
        const license = complete && (0,sbom_license/* isSpdxExpression */.Yr)(expression) ? { expression } : { name: field };
        seen.set('expression' in license ? license.expression : license.name, license);
    }
    return [...seen.values()].sort((a, b) => {
        const x = 'expression' in a ? a.expression : a.name;
        const y = 'expression' in b ? b.expression : b.name;
        return x < y ? -1 : x > y ? 1 : 0;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/golang.ts
/** Go build information embedded in binaries. */


const GO_BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
function uvarint(buf, at) {
    let x = 0;
    let shift = 0;
    for (let i = at; i < buf.length && i < at + 10; i++) {
        const b = buf[i];
        x += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            return [x, i + 1];
        shift += 7;
    }
    return undefined;
}
/**
 * Parses Go build information from the bytes starting at the `\xff Go buildinf:` header.
 * Go 1.18+ writes the version and module strings inline (flag bit 2); older binaries point into
 * data sections, which this reader does not follow (returns undefined; the caller warns).
 */
function parseGoBuildInfo(buf) {
    if (buf.length < 32 || !buf.subarray(0, 14).equals(GO_BUILDINFO_MAGIC))
        return undefined;
    const flags = buf[15] ?? 0;
    if ((flags & 0x2) === 0)
        return undefined;
    const v = uvarint(buf, 32);
    if (v === undefined)
        return undefined;
    const goVersion = buf.subarray(v[1], v[1] + v[0]).toString('utf8');
    const m = uvarint(buf, v[1] + v[0]);
    if (m === undefined)
        return undefined;
    let modinfo = buf.subarray(m[1], m[1] + m[0]).toString('utf8');
    // modinfo is framed by 16-byte sentinels.
    if (modinfo.length >= 33)
        modinfo = modinfo.slice(16, -16);
    const info = {
        goVersion,
        deps: [],
        settings: {},
    };
    for (const line of modinfo.split('\n')) {
        const f = line.split('\t');
        const mod = { path: f[1] ?? '', version: f[2] ?? '', ...(f[3] ? { sum: f[3] } : {}) };
        if (f[0] === 'path')
            info.path = f[1] ?? '';
        else if (f[0] === 'mod')
            info.main = mod;
        else if (f[0] === 'dep')
            info.deps.push(mod);
        else if (f[0] === '=>' && info.deps.length > 0) {
            // A module replacement is what got compiled; a local directory keeps the original identity.
            const replaced = info.deps[info.deps.length - 1];
            info.deps[info.deps.length - 1] = /^[./]/.test(mod.path) ? { ...replaced, replacedBy: mod.path } : mod;
        }
        else if (f[0] === 'build') {
            const kv = f.slice(1).join('\t');
            const eq = kv.indexOf('=');
            if (eq > 0)
                info.settings[kv.slice(0, eq)] = kv.slice(eq + 1);
        }
    }
    return info;
}
/**
 * Finds the build-info header in a binary as it streams by (never holding the whole file) and
 * returns the bytes from the header on (up to `window`), or undefined if it has none.
 */
async function findGoBuildInfo(chunks, window = 1 << 20) {
    const overlap = GO_BUILDINFO_MAGIC.length - 1;
    let tail = Buffer.alloc(0);
    let captured;
    let capturedLength = 0;
    for await (const chunk of chunks) {
        if (captured !== undefined) {
            if (capturedLength < window) {
                // Copied: a chunk may be borrowed (valid only until the next is asked for).
                captured.push(Buffer.from(chunk));
                capturedLength += chunk.length;
            }
            continue;
        }
        // Search the chunk in place; only the few bytes straddling the previous chunk are copied.
        let found;
        if (tail.length > 0) {
            const seam = Buffer.concat([tail, chunk.subarray(0, overlap)]);
            const at = seam.indexOf(GO_BUILDINFO_MAGIC);
            if (at >= 0)
                found = Buffer.concat([tail.subarray(at), chunk]);
        }
        if (found === undefined) {
            const at = chunk.indexOf(GO_BUILDINFO_MAGIC);
            if (at >= 0)
                found = Buffer.from(chunk.subarray(at));
        }
        if (found !== undefined) {
            captured = [found];
            capturedLength = found.length;
            continue;
        }
        tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - overlap)));
    }
    return captured === undefined ? undefined : Buffer.concat(captured).subarray(0, window);
}
/** Components from a Go binary's build information: the main module (application) and its deps. */
function catalogGoBinary(info, location) {
    const deps = info.deps.map((d) => (0,component/* makeComponent */.G1)({
        ecosystem: 'golang',
        name: d.path,
        version: d.version,
        purl: (0,purl/* golangPurl */.av)(d.path, d.version),
        foundIn: location,
        properties: { 'go:sum': d.sum, 'go:replaced-by': d.replacedBy },
    }));
    const components = [...deps];
    const main = info.main ?? (info.path === undefined ? undefined : { path: info.path, version: '(devel)' });
    if (main !== undefined && main.path !== '') {
        const version = main.version === '(devel)' ? '' : main.version;
        components.push((0,component/* makeComponent */.G1)({
            ecosystem: 'golang',
            name: main.path,
            version,
            type: 'application',
            purl: (0,purl/* golangPurl */.av)(main.path, version),
            dependsOn: deps.map((d) => d.purl),
            foundIn: location,
            properties: {
                'go:toolchain': info.goVersion,
                'go:main-version': main.version === '(devel)' ? '(devel)' : undefined,
                'go:GOOS': info.settings.GOOS,
                'go:GOARCH': info.settings.GOARCH,
                'go:vcs.revision': info.settings['vcs.revision'],
            },
        }));
    }
    return { components };
}
/** ELF, Mach-O (32/64, both byte orders, fat) and PE headers: the files worth scanning for Go build info. */
function looksExecutable(head) {
    if (head.length < 4)
        return false;
    const m = head.readUInt32BE(0);
    return (m === 0x7f454c46 ||
        m === 0xfeedface ||
        m === 0xfeedfacf ||
        m === 0xcefaedfe ||
        m === 0xcffaedfe ||
        m === 0xcafebabe ||
        (head[0] === 0x4d && head[1] === 0x5a));
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/apk.ts
/** apk: Alpine's installed database. */



/** apk's `lib/apk/db/installed`: one stanza per package, single-letter keys, repeated F:/R: file lists. */
function catalogApkInstalled(text, location, distro) {
    const owned = [];
    const packages = [];
    let current = {};
    let dir = '';
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (current.P !== undefined)
                packages.push(current);
            current = {};
            continue;
        }
        const key = line.slice(0, 1);
        const value = line.slice(2);
        if (key === 'F')
            dir = value;
        else if (key === 'R')
            owned.push(dir === '' ? value : `${dir}/${value}`);
        else
            current[key] = value;
    }
    if (current.P !== undefined)
        packages.push(current);
    const vendor = distro?.id ?? 'alpine';
    const purlOf = (p) => (0,purl/* osPurl */.wE)('apk', vendor, p.P ?? '', p.V ?? '', {
        arch: p.A,
        distro: distroQualifier(distro),
        // The origin (source) package, only where it differs from the binary's name, as syft writes it.
        upstream: p.o !== p.P ? p.o : undefined,
    });
    const provides = new Map();
    for (const p of packages) {
        provides.set(p.P ?? '', purlOf(p));
        for (const item of (p.p ?? '').split(/\s+/)) {
            const name = item.split(/[=<>~]/)[0];
            if (name)
                provides.set(name, purlOf(p));
        }
    }
    const components = packages.map((p) => (0,component/* makeComponent */.G1)({
        ecosystem: 'apk',
        name: p.P ?? '',
        group: vendor,
        version: p.V ?? '',
        purl: purlOf(p),
        licenses: licenseList(p.L),
        dependsOn: (p.D ?? '')
            .split(/\s+/)
            .filter((d) => d !== '' && !d.startsWith('!'))
            .map((d) => provides.get(d.split(/[=<>~]/)[0] ?? ''))
            .filter((x) => x !== undefined),
        foundIn: location,
        properties: { 'apk:origin': p.o !== p.P ? p.o : undefined, 'apk:architecture': p.A },
    }));
    return { components, owned };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/rpm.ts
/** rpm: headers as rpmdb.sqlite stores them, their file lists, and the sqlite database itself. */







const RPM_TAGS = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    license: 1014,
    arch: 1022,
    sourcerpm: 1044,
};
const RPMTAG_OLDFILENAMES = 1027;
const RPMTAG_DIRINDEXES = 1116;
const RPMTAG_BASENAMES = 1117;
const RPMTAG_DIRNAMES = 1118;
const RPM_TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 };
/** rpm's own limits (hdrchkTags / hdrchkData in lib/header.c): at most 2^24 index entries, 1 GiB of data. */
const RPM_MAX_ENTRIES = 0xffffff;
const RPM_MAX_DATA = 0x3fffffff;
function malformed(reason) {
    return new errors/* ArtefactsError */.E('SBOM_FAILED', `malformed rpm header: ${reason}`);
}
/**
 * Reads one rpm header blob as rpmdb.sqlite's Packages table stores it (rpm's headerExport: index
 * entry count, data length, 16-byte big-endian entries {tag, type, offset, count}, then the data
 * store). Only the tags above are decoded. Every count, offset and string is checked against the
 * blob before it is read, so a malformed blob fails with SBOM_FAILED (never a RangeError, never an
 * allocation larger than the blob itself).
 */
function parseRpmHeader(blob) {
    if (blob.length < 8)
        throw malformed(`${blob.length} bytes, shorter than the 8-byte preamble`);
    const il = blob.readUInt32BE(0);
    const dl = blob.readUInt32BE(4);
    if (il === 0 || il > RPM_MAX_ENTRIES)
        throw malformed(`${il} index entries`);
    if (dl > RPM_MAX_DATA)
        throw malformed(`${dl} bytes of data`);
    const storeStart = 8 + il * 16;
    if (storeStart + dl > blob.length) {
        throw malformed(`${il} entries and ${dl} data bytes need ${storeStart + dl} bytes; the blob has ${blob.length}`);
    }
    const store = blob.subarray(storeStart, storeStart + dl);
    const strings = (tag, offset, count) => {
        // Every string takes at least its NUL, so a count beyond the bytes left is malformed, not a loop bound.
        if (count > dl - offset)
            throw malformed(`tag ${tag}: ${count} strings in ${dl - offset} bytes`);
        const out = [];
        let at = offset;
        for (let i = 0; i < count; i++) {
            const end = store.indexOf(0, at);
            if (end < 0)
                throw malformed(`tag ${tag}: string ${i} runs past the data store`);
            out.push(store.toString('utf8', at, end));
            at = end + 1;
        }
        return out;
    };
    const int32s = (tag, offset, count) => {
        if (offset % 4 !== 0 || count > (dl - offset) / 4) {
            throw malformed(`tag ${tag}: ${count} INT32 values at offset ${offset} do not fit ${dl} bytes`);
        }
        const out = [];
        for (let i = 0; i < count; i++)
            out.push(store.readUInt32BE(offset + i * 4));
        return out;
    };
    const fields = {};
    const wanted = new Map(Object.entries(RPM_TAGS).map(([k, v]) => [v, k]));
    let dirnames = [];
    let basenames = [];
    let dirindexes = [];
    let oldfilenames;
    for (let i = 0; i < il; i++) {
        const at = 8 + i * 16;
        const tag = blob.readUInt32BE(at);
        const type = blob.readUInt32BE(at + 4);
        const offset = blob.readInt32BE(at + 8);
        const count = blob.readUInt32BE(at + 12);
        const key = wanted.get(tag);
        const fileTag = tag === RPMTAG_DIRNAMES || tag === RPMTAG_BASENAMES || tag === RPMTAG_DIRINDEXES || tag === RPMTAG_OLDFILENAMES;
        if (key === undefined && !fileTag)
            continue;
        if (offset < 0 || offset >= dl)
            throw malformed(`tag ${tag}: offset ${offset} outside ${dl} data bytes`);
        if (count === 0)
            throw malformed(`tag ${tag}: count 0`);
        if (key !== undefined) {
            if (type === RPM_TYPE.int32)
                fields[key] = String(int32s(tag, offset, 1)[0]);
            else if (type === RPM_TYPE.string || type === RPM_TYPE.stringArray || type === RPM_TYPE.i18nString) {
                fields[key] = strings(tag, offset, 1)[0];
            }
            else
                throw malformed(`tag ${tag} (${key}) has type ${type}`);
            continue;
        }
        const expected = tag === RPMTAG_DIRINDEXES ? RPM_TYPE.int32 : RPM_TYPE.stringArray;
        if (type !== expected)
            throw malformed(`tag ${tag} has type ${type}, expected ${expected}`);
        if (tag === RPMTAG_DIRNAMES)
            dirnames = strings(tag, offset, count);
        else if (tag === RPMTAG_BASENAMES)
            basenames = strings(tag, offset, count);
        else if (tag === RPMTAG_DIRINDEXES)
            dirindexes = int32s(tag, offset, count);
        else
            oldfilenames = strings(tag, offset, count);
    }
    if (basenames.length === 0 && oldfilenames !== undefined) {
        // Headers from before rpm 4 compressed file names: full paths, split here into the same shape.
        const dirs = new Map();
        for (const path of oldfilenames) {
            const slash = path.lastIndexOf('/');
            const dir = path.slice(0, slash + 1);
            if (!dirs.has(dir))
                dirs.set(dir, dirs.size);
            dirindexes.push(dirs.get(dir));
            basenames.push(path.slice(slash + 1));
        }
        dirnames = [...dirs.keys()];
    }
    if (dirindexes.length !== basenames.length) {
        throw malformed(`${basenames.length} file base names but ${dirindexes.length} directory indexes`);
    }
    for (const d of dirindexes) {
        if (d >= dirnames.length)
            throw malformed(`directory index ${d} beyond ${dirnames.length} directory names`);
    }
    return { ...fields, dirnames, basenames, dirindexes };
}
/** Every file path of a header, absolute, built one at a time. */
function* rpmFiles(header) {
    for (const [i, base] of header.basenames.entries()) {
        yield `${header.dirnames[header.dirindexes[i] ?? 0] ?? ''}${base}`;
    }
}
/**
 * Which of `candidates` (image paths without the leading slash) the header's files include.
 * Works per directory name, so the cost is the size of the header, not (files x path length).
 */
function rpmOwnedAmong(header, candidates) {
    const dirs = header.dirnames.map((d) => candidates.get(d));
    const owned = [];
    for (const [i, base] of header.basenames.entries()) {
        const bases = dirs[header.dirindexes[i] ?? -1];
        if (bases?.has(base) === true)
            owned.push(`${(header.dirnames[header.dirindexes[i] ?? 0] ?? '').slice(1)}${base}`);
    }
    return owned;
}
function rpmCandidates(paths) {
    const out = new Map();
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        const dir = `/${path.slice(0, slash + 1)}`;
        const set = out.get(dir) ?? new Set();
        set.add(path.slice(slash + 1));
        out.set(dir, set);
    }
    return out;
}
/** A variable, so that bundlers and Node 20 type definitions leave the optional built-in alone. */
const SQLITE = 'node:sqlite';
/** Whether this Node has node:sqlite (22.5+, 24); on Node 20 rpm databases are skipped with a notice. */
async function sqliteAvailable() {
    try {
        await __webpack_require__(90189)(SQLITE);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * rpm's sqlite database (`var/lib/rpm/rpmdb.sqlite`, `usr/lib/sysimage/rpm/rpmdb.sqlite`). The bytes
 * (and the write-ahead log beside it when the image has a non-empty one: its pages are part of the
 * database) are written to a private temporary directory for node:sqlite to open, then removed.
 * Returns the packages and which of `candidates` (language-package paths) their files include.
 * A blob that is not a well-formed header is skipped with a warning naming its row; a file that
 * is not an rpm database at all gives a warning and no packages.
 */
async function catalogRpmSqlite(bytes, location, distro, options = {}) {
    if (!(await sqliteAvailable())) {
        return {
            components: [],
            owned: [],
            warnings: [
                `${location}: rpm database skipped: node:sqlite needs Node 22.5 or later (this is ${process.versions.node})`,
            ],
        };
    }
    const { DatabaseSync } = (await __webpack_require__(90189)(SQLITE));
    const candidates = rpmCandidates(options.candidates ?? []);
    const warnings = [];
    const owned = new Set();
    const components = [];
    // The purl namespace is the vendor; without an os-release we do not guess one.
    const vendor = distro?.id;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rpmdb-'));
    try {
        const file = (0,external_node_path_.join)(dir, 'rpmdb.sqlite');
        await (0,promises_.writeFile)(file, bytes, { mode: 0o600 });
        const withWal = options.wal !== undefined && options.wal.length > 0;
        if (withWal)
            await (0,promises_.writeFile)(`${file}-wal`, options.wal, { mode: 0o600 });
        let db;
        try {
            // With a log to replay the copy must be writable (sqlite folds the log in); it is ours alone.
            db = new DatabaseSync(file, { readOnly: !withWal });
        }
        catch (error) {
            return {
                components: [],
                owned: [],
                warnings: [
                    `${location}: not a readable sqlite database (${messageOf(error)}); its rpm packages are not listed`,
                ],
            };
        }
        let rows;
        try {
            rows = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all();
        }
        catch (error) {
            return {
                components: [],
                owned: [],
                warnings: [
                    `${location}: no readable rpm Packages table (${messageOf(error)}); its rpm packages are not listed`,
                ],
            };
        }
        finally {
            db.close();
        }
        for (const row of rows) {
            let h;
            try {
                h = parseRpmHeader(Buffer.from(row.blob.buffer, row.blob.byteOffset, row.blob.byteLength));
            }
            catch (error) {
                if (!(error instanceof errors/* ArtefactsError */.E))
                    throw error;
                warnings.push(`${location}: package row ${String(row.hnum)}: ${error.message}; skipped`);
                continue;
            }
            if (h.name === undefined || h.version === undefined) {
                warnings.push(`${location}: package row ${String(row.hnum)} has no name or version; skipped`);
                continue;
            }
            if (h.name === 'gpg-pubkey')
                continue;
            if (candidates.size > 0)
                for (const p of rpmOwnedAmong(h, candidates))
                    owned.add(p);
            const version = h.release === undefined ? h.version : `${h.version}-${h.release}`;
            components.push((0,component/* makeComponent */.G1)({
                ecosystem: 'rpm',
                name: h.name,
                group: vendor,
                version,
                purl: (0,purl/* osPurl */.wE)('rpm', vendor, h.name, version, {
                    arch: h.arch,
                    epoch: h.epoch,
                    distro: distroQualifier(distro),
                    // The source rpm's file name (`openssl-3.0.7-1.el9.src.rpm`), as syft writes it.
                    upstream: h.sourcerpm === '(none)' ? undefined : h.sourcerpm,
                }),
                licenses: licenseList(h.license),
                foundIn: location,
                properties: { 'rpm:sourcerpm': h.sourcerpm },
            }));
        }
        return { components, owned: [...owned].sort(), warnings };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./packages/core/src/sbom/image/tar.ts
var tar = __webpack_require__(61338);
;// CONCATENATED MODULE: ./packages/core/src/sbom/image/layers.ts
/**
 * Image cataloguing as a pure function over layers: apply them in order (whiteouts `.wh.<name>`
 * and opaque directories `.wh..wh..opq` as the OCI image spec defines them), keep only the files
 * the catalogers need (package databases, metadata files, Go build information found while the
 * bytes stream by), and catalogue the final filesystem. Nothing is unpacked to disk.
 *
 * The image walker (registry client or OCI layout reader) feeds `catalogImage` the manifest's
 * layers in manifest order, each as its digest and its blob bytes as they arrive.
 */






/** Which kind of file a path is, for the catalogers; undefined for files we do not keep. */
function findingKind(path) {
    if (path === 'var/lib/dpkg/status')
        return 'dpkg-status';
    if (/^var\/lib\/dpkg\/status\.d\/[^/]+$/.test(path) && !path.endsWith('.md5sums'))
        return 'dpkg-status-d';
    if (/^var\/lib\/dpkg\/info\/[^/]+\.list$/.test(path))
        return 'dpkg-list';
    if (/^usr\/share\/doc\/[^/]+\/copyright$/.test(path))
        return 'dpkg-copyright';
    if (path === 'lib/apk/db/installed')
        return 'apk-installed';
    if (path === 'var/lib/rpm/rpmdb.sqlite' || path === 'usr/lib/sysimage/rpm/rpmdb.sqlite')
        return 'rpm-sqlite';
    if (path === 'var/lib/rpm/rpmdb.sqlite-wal' || path === 'usr/lib/sysimage/rpm/rpmdb.sqlite-wal') {
        return 'rpm-sqlite-wal';
    }
    if (path === 'etc/os-release' || path === 'usr/lib/os-release')
        return 'os-release';
    if (isNodeModulesPackageJson(path))
        return 'package-json';
    if (isPythonMetadata(path))
        return 'python-metadata';
    return undefined;
}
const MAX_KEPT_FILE = 64 << 20;
/**
 * Layers walked at once. Decompression runs on the thread pool, and one layer's inflate (not the walk on
 * the main thread) bounds the pace of an image SBOM: the main thread waited for it most of the time.
 * A second layer walked meanwhile puts a second core to work; each walk holds its own stream buffers.
 */
const LAYERS_AT_ONCE = 2;
/** Walks one layer on its own; `stop` ends the walk early (another layer failed: the result is discarded). */
async function walkLayer(layer, stats, stop) {
    const changes = {
        upper: new Map(),
        deleted: new Set(),
        opaque: new Set(),
        replaced: new Set(),
        replacedByNonDirectory: new Set(),
    };
    const { upper, deleted, opaque, replaced, replacedByNonDirectory } = changes;
    for await (const entry of layer.entries) {
        if (stop())
            break;
        stats.entries++;
        stats.bytes += entry.size;
        const base = external_node_path_.posix.basename(entry.path);
        const dir = external_node_path_.posix.dirname(entry.path);
        if (base === '.wh..wh..opq') {
            opaque.add(dir === '.' ? '' : dir);
            continue;
        }
        if (base.startsWith('.wh.')) {
            deleted.add(dir === '.' ? base.slice(4) : `${dir}/${base.slice(4)}`);
            continue;
        }
        replaced.add(entry.path);
        if (entry.type !== 'directory')
            replacedByNonDirectory.add(entry.path);
        upper.delete(entry.path);
        if (entry.type === 'symlink') {
            if (findingKind(entry.path) === 'os-release') {
                upper.set(entry.path, { kind: 'symlink', layer: layer.digest, linkTarget: entry.linkTarget ?? '' });
            }
            continue;
        }
        if (entry.type !== 'file')
            continue;
        const kind = findingKind(entry.path);
        if (kind === 'dpkg-copyright') {
            const licenses = debianCopyrightLicenses((await entry.read()).toString('utf8'));
            upper.set(entry.path, { kind, layer: layer.digest, licenses });
            continue;
        }
        if (kind !== undefined && entry.size <= MAX_KEPT_FILE) {
            upper.set(entry.path, { kind, layer: layer.digest, content: await entry.read() });
            continue;
        }
        if ((entry.mode & 0o111) !== 0 && entry.size >= 1024) {
            const go = await scanForGo(entry);
            if (go !== undefined) {
                upper.set(entry.path, { kind: 'go-binary', layer: layer.digest, ...(go === 'unreadable' ? {} : { go }) });
            }
        }
    }
    return changes;
}
/**
 * Applies layers in order and returns the surviving findings by path (no leading slash). Up to
 * LAYERS_AT_ONCE layers are walked at once, each on its own; their changes are applied strictly in
 * layer order. A layer is taken from `layers` only when a walk is free for it. After a failure no
 * layer starts, the walks under way stop at their next entry, and the failure of the lowest failing
 * layer is thrown once every walk has ended.
 */
async function applyLayers(layers, stats = { layers: 0, entries: 0, bytes: 0 }) {
    const source = (async function* () {
        yield* layers;
    })();
    const walks = [];
    let failed = false;
    let exhausted = false;
    const stop = () => failed;
    const take = async () => {
        const next = await source.next();
        if (next.done === true) {
            exhausted = true;
            return;
        }
        stats.layers++;
        const walk = walkLayer(next.value, stats, stop);
        // Observed at once: a failure stops the others, and is thrown in its layer's turn.
        walk.catch(() => (failed = true));
        walks.push(walk);
    };
    let lower = new Map();
    try {
        for (let i = 0;; i++) {
            while (!exhausted && !failed && walks.length < i + LAYERS_AT_ONCE)
                await take();
            const walk = walks[i];
            if (walk === undefined)
                break;
            const { upper, deleted, opaque, replaced, replacedByNonDirectory } = await walk;
            const next = new Map();
            for (const [path, finding] of lower) {
                if (!survives(path, deleted, opaque, replaced, replacedByNonDirectory))
                    continue;
                next.set(path, finding);
            }
            for (const [path, finding] of upper)
                next.set(path, finding);
            lower = next;
        }
    }
    catch (error) {
        failed = true;
        await Promise.allSettled(walks);
        await source.return?.(undefined);
        throw error;
    }
    return lower;
}
/** Whether a lower layer's file at `path` is still visible after this layer's changes. */
function survives(path, deleted, opaque, replaced, replacedByNonDirectory) {
    if (deleted.has(path) || replaced.has(path))
        return false;
    if (opaque.has(''))
        return false;
    // Walk up the ancestors: a deleted or non-directory-replaced ancestor hides it; so does an opaque one.
    for (let dir = external_node_path_.posix.dirname(path); dir !== '.' && dir !== '/'; dir = external_node_path_.posix.dirname(dir)) {
        if (deleted.has(dir) || opaque.has(dir) || replacedByNonDirectory.has(dir))
            return false;
    }
    return true;
}
/** Build info of a Go binary; 'unreadable' for a Go binary whose build info we cannot read (pre-1.18 layout). */
async function scanForGo(entry) {
    const iterator = entry.chunks()[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done === true || !looksExecutable(first.value)) {
        await iterator.return?.();
        return undefined;
    }
    async function* all() {
        yield first.value;
        for (let n = await iterator.next(); n.done !== true; n = await iterator.next())
            yield n.value;
    }
    const header = await findGoBuildInfo(all());
    if (header === undefined)
        return undefined;
    return parseGoBuildInfo(header) ?? 'unreadable';
}
/** Catalogues the filesystem that `applyLayers` left. */
async function catalogFindings(findings) {
    const loc = (path, f) => `${f.layer}:/${path}`;
    let distro;
    for (const candidate of ['etc/os-release', 'usr/lib/os-release']) {
        let f = findings.get(candidate);
        if (f?.kind === 'symlink') {
            const target = external_node_path_.posix.normalize(f.linkTarget?.startsWith('/') === true
                ? f.linkTarget.slice(1)
                : external_node_path_.posix.join(external_node_path_.posix.dirname(candidate), f.linkTarget ?? ''));
            f = findings.get(target);
        }
        if (f?.content !== undefined) {
            distro = parseOsRelease(f.content.toString('utf8'));
            if (distro !== undefined)
                break;
        }
    }
    const results = [];
    const sorted = [...findings.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // Ownership is only asked about language-package files, so only those paths are looked up
    // (an OS package database lists hundreds of thousands of paths; none of them is kept).
    const languageKinds = new Set(['package-json', 'python-metadata', 'go-binary']);
    const candidates = new Set(sorted.filter(([, f]) => languageKinds.has(f.kind)).map(([p]) => p));
    const owned = new Set();
    for (const [path, f] of sorted) {
        const text = () => f.content?.toString('utf8') ?? '';
        if (f.kind === 'dpkg-status' || f.kind === 'dpkg-status-d')
            results.push(catalogDpkgStatus(text(), loc(path, f), distro));
        else if (f.kind === 'dpkg-list') {
            if (candidates.size > 0)
                for (const p of dpkgOwnedPaths(text()))
                    if (candidates.has(p))
                        owned.add(p);
        }
        else if (f.kind === 'apk-installed') {
            const apk = catalogApkInstalled(text(), loc(path, f), distro);
            for (const p of apk.owned)
                if (candidates.has(p))
                    owned.add(p);
            results.push(apk);
        }
        else if (f.kind === 'rpm-sqlite' && f.content !== undefined) {
            // The write-ahead log belongs to the database only when the same layer wrote both.
            const log = findings.get(`${path}-wal`);
            const wal = log?.layer === f.layer ? log.content : undefined;
            const rpm = await catalogRpmSqlite(f.content, loc(path, f), distro, {
                candidates,
                ...(wal === undefined ? {} : { wal }),
            });
            for (const p of rpm.owned)
                owned.add(p);
            results.push(rpm);
        }
    }
    // Debian packages' licences from their machine-readable copyright files (by package name).
    const copyright = new Map();
    for (const [path, f] of sorted) {
        if (f.kind === 'dpkg-copyright' && f.licenses !== undefined && f.licenses.length > 0) {
            copyright.set(path.split('/')[3] ?? '', f.licenses);
        }
    }
    if (copyright.size > 0) {
        for (const [i, r] of results.entries()) {
            results[i] = {
                ...r,
                components: r.components.map((c) => c.ecosystem === 'deb' && c.licenses.length === 0 && copyright.has(c.name)
                    ? { ...c, licenses: copyright.get(c.name) }
                    : c),
            };
        }
    }
    let ownedSkipped = 0;
    const python = [];
    for (const [path, f] of sorted) {
        const isLanguage = f.kind === 'package-json' || f.kind === 'python-metadata' || f.kind === 'go-binary';
        if (!isLanguage)
            continue;
        if (owned.has(path)) {
            ownedSkipped++;
            continue;
        }
        if (f.kind === 'package-json')
            results.push(catalogPackageJson(f.content?.toString('utf8') ?? '', loc(path, f)));
        else if (f.kind === 'python-metadata') {
            python.push(...catalogPythonMetadata(f.content?.toString('utf8') ?? '', loc(path, f)).components);
        }
        else if (f.go !== undefined)
            results.push(catalogGoBinary(f.go, loc(path, f)));
        else {
            results.push({
                components: [],
                warnings: [`${loc(path, f)}: Go binary whose build information is not inline (built before Go 1.18); not read`],
            });
        }
    }
    // Python edges: Requires-Dist names resolved among the distributions installed in the image.
    const byName = new Map(python.map((c) => [(0,purl/* pep503 */.g9)(c.name), c.purl]));
    results.push({
        components: python.map((c) => {
            const { 'pypi:requires': requires, ...properties } = c.properties;
            return {
                ...c,
                properties,
                dependsOn: (requires ?? '')
                    .split(',')
                    .map((n) => byName.get(n))
                    .filter((p) => p !== undefined),
            };
        }),
    });
    return { catalog: (0,model/* mergeResults */.n)(results, distro), ownedSkipped };
}
/** The whole image: layers in manifest order → catalogue. */
async function catalogImage(layers, options = {}) {
    const stats = { layers: 0, entries: 0, bytes: 0 };
    // Every decompressed chunk (and every chunk of a registry's response) is a fresh buffer that V8 frees
    // only when it collects: a young-generation collection every 8 MiB keeps the peak flat in the layer's
    // size. Not every 2 MiB as a transfer does: on bench/sbom-image's image of many files, that took more
    // CPU and a higher peak (the walk's own objects, alive across more collections, reach the old
    // generation), though it helped a layer of one big random file. No full collections: the chunks die
    // young here (nothing holds them across an await the way a transfer's in-flight chunks are held), and
    // with the CLI's heap a full collection every 64 MiB doubled the CPU of a 1 GB layer (bench/sbom-flat).
    // A plain layer lent from a layout's reused buffers has nothing to free: it is not counted.
    const governor = (0,memory/* transferMemoryGovernor */.X)(8 << 20, Number.POSITIVE_INFINITY);
    async function* asEntries() {
        for await (const layer of layers) {
            options.logger?.info(`layer ${stats.layers + 1}: ${layer.digest}`);
            const govern = (bytes, decompressed) => {
                if (decompressed || layer.lent !== true)
                    governor(bytes);
            };
            yield { digest: layer.digest, entries: (0,tar/* tarEntries */.O)(layer.blob, govern) };
        }
    }
    const findings = await applyLayers(asEntries(), stats);
    // One full collection between the walk and the catalogue: the catalogue and the documents allocate
    // more in tens of milliseconds than the walk holds, and what the peak then is depended on the state
    // the walk left the heap in. A 2 GB plain layer from a layout (bench/sbom-flat), 8 runs: peak 92.1 to
    // 111.4 MiB without it, 92.8 to 95.0 MiB with it; at 100 MB the same CPU and wall time (15 pairs),
    // as it replaces a collection that came later anyway.
    (0,memory/* collectNow */.V)('major');
    const { catalog, ownedSkipped } = await catalogFindings(findings);
    return { catalog, stats, ownedSkipped };
}

// EXTERNAL MODULE: ./packages/core/src/sbom/inputs.ts
var sbom_inputs = __webpack_require__(47082);
;// CONCATENATED MODULE: ./packages/core/src/sbom/image/run.ts










/** A file-name-safe form of a platform: `linux-arm64-v8`. */
function platformSlug(p) {
    return (0,media/* platformKey */.eE)(p).replace(/[^A-Za-z0-9._-]+/g, '-');
}
/** Does `wanted` (`linux/arm64`, `linux/arm64/v8`) select `p`? A wanted platform without variant matches any variant. */
function platformMatches(wanted, p) {
    const key = (0,media/* platformKey */.eE)(p);
    return key === wanted || key.startsWith(`${wanted}/`);
}
/** Index entries that are images of a platform (not buildkit's `unknown/unknown` attestation manifests). */
function imageEntries(index) {
    if (!(0,media/* isIndex */.nw)(index.parsed))
        return [];
    return index.parsed.manifests.filter((d) => d.platform !== undefined &&
        d.platform.os !== 'unknown' &&
        d.annotations?.['vnd.docker.reference.type'] === undefined &&
        (d.artifactType === undefined || d.artifactType === media/* MEDIA */.Rn.ociConfig));
}
/** Opens the store behind `image` / `oci-layout` with the explicit credentials (masked) when given. */
function openImageStore(inputs, environment) {
    const input = inputs.image !== undefined ? 'image' : 'oci-layout';
    const value = inputs.image ?? inputs.ociLayout ?? '';
    const ref = (0,sbom_inputs/* imageReferenceInput */.L7)(input, value);
    const ws = (0,paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    const store = (0,oci_open/* storeFromInputs */.zc)(ref, inputs, environment, (0,paths/* linksBeneath */.rd)(ws, input));
    return { ref, store, input };
}
/** Resolves the reference once, and picks the platform manifests to catalogue. */
async function selectPlatforms(store, ref, wanted, shown) {
    const target = (0,references/* referenceTarget */.Z9)(ref);
    const root = await store.resolve(target);
    if (root === undefined) {
        throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `Image ${shown} not found in ${store.location}.`, {
            hint: 'Push the image first and catalogue the reference the build step printed (ideally by digest).',
        });
    }
    if (ref.digest !== undefined && root.digest !== ref.digest) {
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${shown} resolved to ${root.digest}.`);
    }
    // Fetched by digest from here on: a tag moving meanwhile cannot mix two images.
    const top = await store.getManifest(root.digest);
    const rootDescriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
    if (!(0,media/* isIndex */.nw)(top.parsed)) {
        const image = { platform: undefined, manifest: top, descriptor: rootDescriptor };
        if (wanted.length > 0) {
            const platform = await (0,oci_open/* configPlatform */.Ko)(store, top);
            const misses = wanted.filter((w) => !platformMatches(w, platform));
            if (misses.length > 0) {
                throw (0,errors/* inputError */.Xu)('platforms', wanted.join(','), `platforms of ${shown}, which is a single-platform image for ${(0,media/* platformKey */.eE)(platform) || 'an unknown platform'}`);
            }
            return { root: rootDescriptor, index: undefined, images: [{ ...image, platform }] };
        }
        return { root: rootDescriptor, index: undefined, images: [image] };
    }
    const entries = imageEntries(top);
    if (entries.length === 0) {
        throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${shown} is an index without platform images.`);
    }
    const chosen = wanted.length === 0 ? entries : entries.filter((d) => wanted.some((w) => platformMatches(w, d.platform)));
    for (const w of wanted) {
        if (!entries.some((d) => platformMatches(w, d.platform))) {
            throw (0,errors/* inputError */.Xu)('platforms', w, `platforms present in ${shown}: ${entries.map((d) => (0,media/* platformKey */.eE)(d.platform)).join(', ')}`);
        }
    }
    const images = [];
    for (const d of chosen) {
        const manifest = await store.getManifest(d.digest);
        if ((0,media/* isIndex */.nw)(manifest.parsed)) {
            throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${shown}: the ${(0,media/* platformKey */.eE)(d.platform)} entry ${d.digest} is itself an index; nested indexes are not catalogued.`);
        }
        images.push({
            platform: d.platform,
            manifest,
            descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length },
        });
    }
    return { root: rootDescriptor, index: top, images };
}
async function readConfig(store, manifest) {
    const config = manifest.parsed.config;
    const bytes = await (0,oci_open/* readBlob */.gm)(store, config);
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `image config ${config.digest} is not JSON.`, { cause: error });
    }
}
/** The image's layers as catalogImage wants them: each blob opened only when a walk takes it (two at a time). */
async function* layerInputs(store, manifest, warnings) {
    for (const layer of manifest.layers) {
        if (layer.urls !== undefined && layer.urls.length > 0) {
            // Non-distributable (foreign) layers live outside the registry; they are not fetched.
            warnings.push(`layer ${layer.digest} is a foreign layer (${layer.mediaType}); not catalogued`);
            continue;
        }
        if (!/tar|rootfs/.test(layer.mediaType)) {
            // A packed file (application/octet-stream) is no filesystem layer: nothing to walk in it.
            warnings.push(`layer ${layer.digest} is not a filesystem layer (${layer.mediaType}); not catalogued`);
            continue;
        }
        yield { digest: layer.digest, blob: (0,oci_store/* blobChunks */.M5)(store, layer), lent: store.blobChunks !== undefined };
    }
}
/** The document's file name per format, with the platform in it when an index is catalogued. */
function imageFileName(base, platform, perPlatform) {
    if (!perPlatform || platform === undefined)
        return base;
    const dot = base.indexOf('.');
    return `${base.slice(0, dot)}.${platformSlug(platform)}${base.slice(dot)}`;
}
/**
 * The purl of an OCI image per the purl spec's oci type:
 * `pkg:oci/<name>@sha256%3A<hex>?arch=…&os=…&repository_url=<registry>/<repository>&tag=…`
 * (the version percent-encoded; `/` and `:` left readable in qualifier values, as the spec's examples write them).
 */
function ociPurl(ref, digest, platform, layoutName = 'image') {
    // An OCI layout's directory is a local folder: the image's own name (layoutImageIdentity) is used instead.
    const name = (ref.kind === 'registry' ? ref.repository : layoutName).split('/').pop() || 'image';
    const qualifiers = [
        ['arch', platform?.architecture],
        ['os', platform?.os],
        ['repository_url', ref.kind === 'registry' ? `${ref.registry}/${ref.repository}` : undefined],
        ['tag', ref.tag],
    ];
    const value = (v) => encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
    const query = qualifiers
        .filter((q) => q[1] !== undefined && q[1] !== '')
        .map(([k, v]) => `${k}=${value(v)}`)
        .join('&');
    return `pkg:oci/${encodeURIComponent(name.toLowerCase())}@${encodeURIComponent(digest)}${query === '' ? '' : `?${query}`}`;
}
/** Catalogues every selected platform of the image; writes nothing. */
async function catalogImageReference(inputs, environment, fileNames, documentTime) {
    const { logger } = environment;
    const { ref, store } = openImageStore(inputs, environment);
    const shown = inputs.image ?? inputs.ociLayout ?? '';
    const { root, index, images } = await selectPlatforms(store, ref, inputs.platforms, shown);
    if (ref.digest === undefined)
        logger.notice(`Resolved ${shown} to ${root.digest}; cataloguing that digest.`);
    const perPlatform = index !== undefined;
    if (perPlatform && images.length > 1 && inputs.outputFile !== undefined) {
        throw (0,errors/* inputError */.Xu)('output-file', inputs.outputFile, `a file name only for one platform (${shown} has ${images.length} selected: ${images.map((i) => (0,media/* platformKey */.eE)(i.platform)).join(', ')})`, "Set 'output-dir' (each platform gets its own files there) or choose one entry in 'platforms'.");
    }
    // A layout's name may come from git (its origin remote): a process of its own, so asked for now and
    // awaited once the layers are read, not before them.
    const layoutIdentity = ref.kind === 'layout'
        ? (async () => (0,project/* layoutImageIdentity */.iJ)([
            index?.parsed.annotations,
            images[0]?.manifest.parsed.annotations,
            images[0] === undefined
                ? undefined
                : ((await readConfig(store, images[0].manifest)).config?.Labels ?? undefined),
        ], environment.cwd, environment.github))()
        : undefined;
    layoutIdentity?.catch(() => undefined);
    const shownName = (0,references/* formatReference */.FH)(ref, { tag: undefined, digest: undefined });
    const results = [];
    for (const image of images) {
        const label = image.platform === undefined ? image.descriptor.digest : (0,media/* platformKey */.eE)(image.platform);
        const result = await logger.group(`Cataloguing ${shownName}@${image.descriptor.digest} (${label})`, async () => {
            const config = await readConfig(store, image.manifest);
            const platform = image.platform ??
                (typeof config.os === 'string' && typeof config.architecture === 'string'
                    ? { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) }
                    : undefined);
            const layerWarnings = [];
            const started = Date.now();
            const { catalog, stats, ownedSkipped } = await catalogImage(layerInputs(store, image.manifest.parsed, layerWarnings), { logger });
            const seconds = (Date.now() - started) / 1000;
            logger.info(`${stats.layers} layers, ${stats.entries} entries, ${(stats.bytes / 1048576).toFixed(1)} MiB in ${seconds.toFixed(1)} s; ${catalog.components.length} components${ownedSkipped > 0 ? ` (${ownedSkipped} language packages owned by OS packages not repeated)` : ''}`);
            // An artefact (pack, ORAS) has an empty config: its manifest's created annotation dates it.
            const createdText = config.created ?? image.manifest.parsed.annotations?.[media/* ANNOTATION_CREATED */.H];
            const created = typeof createdText === 'string' ? new Date(createdText) : undefined;
            const when = await documentTime(created !== undefined && !Number.isNaN(created.getTime()) ? created : undefined);
            if (when.source === 'now') {
                logger.notice(`No SOURCE_DATE_EPOCH and ${label} has no 'created' time in its config: the SBOM timestamp is the current time, so reruns differ.`);
            }
            const layout = await layoutIdentity;
            const subject = {
                kind: 'image',
                name: layout?.name ?? shownName,
                ...(layout?.version === undefined ? {} : { version: layout.version }),
                digest: image.descriptor.digest,
                purl: ociPurl(ref, image.descriptor.digest, platform, layout?.name),
                timestamp: when.time,
                properties: {
                    ...(platform === undefined ? {} : { 'immutable-artefacts:platform': (0,media/* platformKey */.eE)(platform) }),
                    ...(index === undefined ? {} : { 'immutable-artefacts:image-index': index.digest }),
                    ...(ref.tag === undefined ? {} : { 'immutable-artefacts:tag': ref.tag }),
                },
            };
            const withWarnings = { ...catalog, warnings: [...layerWarnings, ...catalog.warnings] };
            const documents = (0,writers/* writeDocuments */.iX)(withWarnings, subject, inputs.formats);
            return {
                platform,
                subject,
                descriptor: image.descriptor,
                catalog: withWarnings,
                documents,
                fileNames: documents.map((d) => imageFileName(fileNames[d.format] ?? 'sbom.json', platform, perPlatform)),
                bytes: stats.bytes,
            };
        });
        results.push(result);
    }
    return { ref, store, name: (await layoutIdentity)?.name ?? shownName, root, results };
}


/***/ }),

/***/ 61338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ tarEntries)
/* harmony export */ });
/* unused harmony export zstdAvailable */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92886);



/** gzip 1f 8b; zstd 28 b5 2f fd; anything else is taken as a plain tar. */
function sniffCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    return 'none';
}
/** Whether this Node has zstd in node:zlib (Node 22.15+ and 24; not Node 20). */
function zstdAvailable() {
    return typeof zlib.createZstdDecompress === 'function';
}
/** A Buffer view of the bytes, without copying them. */
function asBuffer(value) {
    return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}
/** Decompresses by sniffing the first bytes; zstd on a Node without it fails with UNSUPPORTED. */
async function* decompressLayer(input, onKind) {
    const iterator = Symbol.asyncIterator in input
        ? input[Symbol.asyncIterator]()
        : (async function* () {
            yield* input;
        })();
    let head = Buffer.alloc(0);
    const pending = [];
    while (head.length < 4) {
        // A chunk may be borrowed (valid until the next is asked for): those held across the next read are copies.
        for (let i = 0; i < pending.length; i++)
            pending[i] = Buffer.from(pending[i]);
        const next = await iterator.next();
        if (next.done === true)
            break;
        const chunk = asBuffer(next.value);
        pending.push(chunk);
        head = Buffer.concat([head, chunk]);
    }
    const kind = sniffCompression(head);
    onKind(kind);
    async function* rest() {
        yield* pending;
        for (let n = await iterator.next(); n.done !== true; n = await iterator.next())
            yield asBuffer(n.value);
    }
    if (kind === 'none') {
        yield* rest();
        return;
    }
    let transform;
    if (kind === 'gzip')
        transform = node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip({ chunkSize: _files_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_CHUNK */ .R });
    else {
        const create = node_zlib__WEBPACK_IMPORTED_MODULE_0__.createZstdDecompress;
        if (create === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('UNSUPPORTED', `zstd-compressed layers need Node 22.15 or later (node:zlib zstd); this is Node ${process.versions.node}.`, { hint: 'Run on Node 24 (the runtime GitHub Actions uses for node24 actions).' });
        }
        transform = create({ chunkSize: _files_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_CHUNK */ .R });
    }
    const feed = (async () => {
        try {
            for await (const chunk of rest()) {
                // The next chunk is asked for only once this one is consumed: its buffer may be reused then.
                await new Promise((resolve, reject) => transform.write(chunk, (error) => (error ? reject(error) : resolve())));
            }
            transform.end();
        }
        catch (error) {
            transform.destroy(error);
        }
    })();
    try {
        for await (const chunk of transform)
            yield chunk;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('SBOM_FAILED', `Layer does not decompress as ${kind}: ${error.message}`, {
            cause: error,
        });
    }
    await feed;
}
/**
 * Buffers a byte stream and hands out exact-length pieces. The source's chunks may be borrowed (valid
 * until the next is asked for): what is still held when the next is asked for is copied first, and
 * the pieces `stream` hands out are valid until the next one is asked for.
 */
class ByteReader {
    source;
    onBytes;
    buffered = [];
    length = 0;
    done = false;
    /** The memory of the source's latest chunk: pieces of it are copied before the source is asked again. */
    latest;
    constructor(source, onBytes) {
        this.source = source;
        this.onBytes = onBytes;
    }
    async fill(n) {
        while (this.length < n && !this.done) {
            // Only the last piece held can be of the latest chunk: those before it were copied on earlier rounds.
            const last = this.buffered.length - 1;
            if (last >= 0 && this.buffered[last].buffer === this.latest) {
                this.buffered[last] = Buffer.from(this.buffered[last]);
            }
            const next = await this.source.next();
            if (next.done === true)
                this.done = true;
            else {
                this.latest = next.value.buffer;
                this.buffered.push(next.value);
                this.length += next.value.length;
                this.onBytes?.(next.value.length);
            }
        }
        return this.length >= n;
    }
    /** Exactly n bytes, or undefined at a clean end of input. */
    async take(n) {
        if (!(await this.fill(n))) {
            if (this.length === 0)
                return undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('SBOM_FAILED', `Tar stream ends mid-entry (wanted ${n} bytes, have ${this.length})`);
        }
        const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
        const out = all.subarray(0, n);
        const rest = all.subarray(n);
        this.buffered = rest.length > 0 ? [rest] : [];
        this.length = rest.length;
        return out;
    }
    /** Up to n bytes as they arrive (at least one chunk unless n is 0). */
    async *stream(n) {
        let left = n;
        while (left > 0) {
            if (this.length === 0 && !(await this.fill(1))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('SBOM_FAILED', 'Tar stream ends mid-entry');
            }
            const first = this.buffered[0];
            const piece = first.subarray(0, Math.min(left, first.length));
            if (piece.length === first.length)
                this.buffered.shift();
            else
                this.buffered[0] = first.subarray(piece.length);
            this.length -= piece.length;
            left -= piece.length;
            yield piece;
        }
    }
}
function cString(block, start, length) {
    const slice = block.subarray(start, start + length);
    const nul = slice.indexOf(0);
    return (nul < 0 ? slice : slice.subarray(0, nul)).toString('utf8');
}
function octal(block, start, length) {
    const first = block[start] ?? 0;
    if (first & 0x80) {
        // base-256: big-endian, high bit of the first byte set.
        let value = first & 0x7f;
        for (let i = 1; i < length; i++)
            value = value * 256 + (block[start + i] ?? 0);
        return value;
    }
    const text = cString(block, start, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function parsePax(body) {
    const out = {};
    let at = 0;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        if (space < 0)
            break;
        const len = Number(body.subarray(at, space).toString('ascii'));
        if (!Number.isFinite(len) || len <= 0)
            break;
        const record = body.subarray(space + 1, at + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        at += len;
    }
    return out;
}
function normaliseTarPath(path) {
    return path
        .replace(/^(\.\/|\/)+/, '')
        .replace(/\/+$/, '')
        .replace(/\/{2,}/g, '/');
}
/**
 * Reads tar entries from (possibly compressed) bytes. Consume each entry before asking for the next.
 * `onBytes` is told the length of each uncompressed chunk as it arrives (progress, memory governor),
 * and whether it came out of a decompressor (so is a fresh buffer whatever the input's were).
 */
async function* tarEntries(input, onBytes) {
    let decompressed = false;
    const chunks = decompressLayer(input, (kind) => (decompressed = kind !== 'none'));
    const reader = new ByteReader(chunks[Symbol.asyncIterator](), onBytes === undefined ? undefined : (bytes) => onBytes(bytes, decompressed));
    let globalPax = {};
    let nextPax = {};
    let longName;
    let longLink;
    for (;;) {
        const block = await reader.take(512);
        if (block === undefined)
            return;
        if (block.every((b) => b === 0)) {
            // End-of-archive marker (two zero blocks); trailing padding may follow.
            return;
        }
        const typeflag = String.fromCharCode(block[156] ?? 0x30);
        let size = octal(block, 124, 12);
        const magic = cString(block, 257, 6);
        let name = cString(block, 0, 100);
        if (magic.startsWith('ustar')) {
            const prefix = cString(block, 345, 155);
            if (prefix !== '')
                name = `${prefix}/${name}`;
        }
        const padded = Math.ceil(size / 512) * 512;
        if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
            const body = (await reader.take(padded))?.subarray(0, size) ?? Buffer.alloc(0);
            if (typeflag === 'x')
                nextPax = { ...nextPax, ...parsePax(body) };
            else if (typeflag === 'g')
                globalPax = { ...globalPax, ...parsePax(body) };
            else if (typeflag === 'L')
                longName = cString(body, 0, body.length);
            else
                longLink = cString(body, 0, body.length);
            continue;
        }
        const pax = { ...globalPax, ...nextPax };
        nextPax = {};
        if (pax.size !== undefined)
            size = Number(pax.size);
        const path = normaliseTarPath(pax.path ?? longName ?? name);
        const linkTarget = pax.linkpath ?? longLink ?? cString(block, 157, 100);
        longName = undefined;
        longLink = undefined;
        const type = typeflag === '0' || typeflag === '\0' || typeflag === '7'
            ? 'file'
            : typeflag === '5'
                ? 'directory'
                : typeflag === '2'
                    ? 'symlink'
                    : typeflag === '1'
                        ? 'hardlink'
                        : 'other';
        const bodySize = type === 'file' || type === 'other' ? size : 0;
        let remaining = bodySize;
        let started = false;
        const entry = {
            path,
            type,
            size: bodySize,
            mode: octal(block, 100, 8),
            ...(type === 'symlink' || type === 'hardlink' ? { linkTarget } : {}),
            read: async () => {
                if (started)
                    throw new Error('tar entry body already consumed');
                started = true;
                const body = remaining === 0 ? Buffer.alloc(0) : (await reader.take(remaining));
                remaining = 0;
                return Buffer.from(body);
            },
            chunks: () => {
                if (started)
                    throw new Error('tar entry body already consumed');
                started = true;
                return (async function* () {
                    for await (const chunk of reader.stream(remaining)) {
                        remaining -= chunk.length;
                        yield chunk;
                    }
                })();
            },
        };
        yield entry;
        // Whatever the consumer left unread streams past here.
        for await (const chunk of reader.stream(remaining))
            remaining -= chunk.length;
        const padding = Math.ceil(bodySize / 512) * 512 - bodySize;
        if (padding > 0)
            await reader.take(padding);
        // Body size for non-file types with a size field (rare) is still in the stream.
        if (bodySize === 0 && size > 0 && type !== 'file')
            await reader.take(padded);
    }
}


/***/ }),

/***/ 90189:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 90189;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
