export const id = 630;
export const ids = [630];
export const modules = {

/***/ 93326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(86849)
var parse = __webpack_require__(25501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 25501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 86849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(75204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(53988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 33942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   Ux: () => (/* binding */ catalogPom),
/* harmony export */   wu: () => (/* binding */ catalogGradleLockfile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73588);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10362);
/** Maven pom.xml (declared dependencies, with property substitution) and Gradle gradle.lockfile. */



const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e) => e.startsWith('#x')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
            ? String.fromCodePoint(Number(e.slice(1)))
            : (ENTITIES[e] ?? m));
}
function parseXml(text, location) {
    const root = { name: '#document', children: [], text: '' };
    const stack = [root];
    const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([\w.:-]+)([^>]*?)(\/?)>|([^<]+)/g;
    for (let m = token.exec(text); m !== null; m = token.exec(text)) {
        const top = stack[stack.length - 1];
        if (m[1] !== undefined)
            top.text += m[1];
        else if (m[6] !== undefined)
            top.text += decode(m[6]);
        else if (m[3] !== undefined) {
            const name = m[3].replace(/^.*:/, '');
            if (m[2] === '/') {
                if (top.name !== name) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('SBOM_FAILED', `${location}: </${name}> closes <${top.name}>; not well-formed XML`);
                }
                stack.pop();
            }
            else {
                const el = { name, children: [], text: '' };
                top.children.push(el);
                if (m[5] !== '/')
                    stack.push(el);
            }
        }
    }
    if (stack.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('SBOM_FAILED', `${location}: unclosed <${stack.at(-1)?.name}>`);
    return root;
}
const child = (el, name) => el?.children.find((c) => c.name === name);
const childText = (el, name) => child(el, name)?.text.trim();
function catalogPom(text, location) {
    const project = child(parseXml(text, location), 'project');
    if (project === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('SBOM_FAILED', `${location} has no <project> element`);
    const parent = child(project, 'parent');
    const props = new Map();
    const groupId = childText(project, 'groupId') ?? childText(parent, 'groupId') ?? '';
    const version = childText(project, 'version') ?? childText(parent, 'version') ?? '';
    for (const [k, v] of [
        ['project.groupId', groupId],
        ['project.artifactId', childText(project, 'artifactId') ?? ''],
        ['project.version', version],
        ['pom.version', version],
        ['version', version],
        ['project.parent.version', childText(parent, 'version') ?? ''],
        ['project.parent.groupId', childText(parent, 'groupId') ?? ''],
    ]) {
        props.set(k, v);
    }
    for (const p of child(project, 'properties')?.children ?? [])
        props.set(p.name, p.text.trim());
    const warnings = [];
    const substitute = (value, depth = 0) => depth > 10
        ? value
        : value.replace(/\$\{([^}]+)\}/g, (m, key) => {
            const found = props.get(key);
            return found === undefined ? m : substitute(found, depth + 1);
        });
    // dependencyManagement supplies versions (and scopes) for dependencies that omit them.
    const managed = new Map();
    for (const d of child(child(project, 'dependencyManagement'), 'dependencies')?.children ?? []) {
        const key = `${substitute(childText(d, 'groupId') ?? '')}:${substitute(childText(d, 'artifactId') ?? '')}`;
        managed.set(key, { version: childText(d, 'version'), scope: childText(d, 'scope') });
    }
    const components = [];
    for (const d of child(project, 'dependencies')?.children ?? []) {
        if (d.name !== 'dependency')
            continue;
        const g = substitute(childText(d, 'groupId') ?? '');
        const a = substitute(childText(d, 'artifactId') ?? '');
        const m = managed.get(`${g}:${a}`);
        let v = substitute(childText(d, 'version') ?? m?.version ?? '');
        if (v.includes('${')) {
            warnings.push(`${location}: ${g}:${a} version '${v}' names a property this POM does not define; no version`);
            v = '';
        }
        else if (v === '') {
            warnings.push(`${location}: ${g}:${a} has no version here (a parent POM or BOM import supplies it)`);
        }
        const mavenScope = childText(d, 'scope') ?? m?.scope ?? 'compile';
        const scope = childText(d, 'optional') === 'true'
            ? 'optional'
            : mavenScope === 'test' || mavenScope === 'provided'
                ? 'dev'
                : 'required';
        const type = childText(d, 'type');
        components.push((0,_component_js__WEBPACK_IMPORTED_MODULE_1__/* .makeComponent */ .G1)({
            ecosystem: 'maven',
            name: a,
            group: g,
            version: v,
            purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .mavenPurl */ .FY)(g, a, v, type),
            scope,
            foundIn: location,
            properties: { 'maven:scope': mavenScope, 'maven:classifier': childText(d, 'classifier') },
        }));
    }
    return { components, direct: components.map((c) => c.purl), warnings };
}
/** gradle.lockfile: `group:artifact:version=configuration,…` lines; `empty=` lists unused configurations. */
function catalogGradleLockfile(text, location) {
    const components = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('empty='))
            continue;
        const m = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)=(.*)$/.exec(line);
        if (m === null)
            continue;
        const configurations = (m[4] ?? '').split(',').filter((c) => c !== '');
        const onlyTest = configurations.length > 0 && configurations.every((c) => /^test|Test[A-Z]?/.test(c));
        const [group, artifact, version] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
        components.push((0,_component_js__WEBPACK_IMPORTED_MODULE_1__/* .makeComponent */ .G1)({
            ecosystem: 'maven',
            name: artifact,
            group,
            version,
            purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .mavenPurl */ .FY)(group, artifact, version),
            scope: onlyTest ? 'dev' : 'required',
            foundIn: location,
            properties: { 'gradle:configurations': configurations.join(',') },
        }));
    }
    return { components };
}


/***/ }),

/***/ 73588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ makeComponent),
/* harmony export */   X9: () => (/* binding */ manifestRoots),
/* harmony export */   _$: () => (/* binding */ scopesFromEdges)
/* harmony export */ });
function makeComponent(init) {
    const properties = {};
    for (const [k, v] of Object.entries(init.properties ?? {}))
        if (v !== undefined && v !== '')
            properties[k] = v;
    return {
        name: init.name,
        ...(init.group === undefined || init.group === '' ? {} : { group: init.group }),
        version: init.version,
        ecosystem: init.ecosystem,
        type: init.type ?? 'library',
        purl: init.purl,
        licenses: init.licenses ?? [],
        hashes: init.hashes ?? [],
        scope: init.scope ?? 'required',
        dependsOn: init.dependsOn ?? [],
        foundIn: [init.foundIn],
        properties,
    };
}
/**
 * For formats that record edges but not scopes (yarn, berry, Cargo, poetry without groups): a
 * package reachable from a required direct dependency is required; else from an optional one,
 * optional; else dev. Packages reachable from nothing keep the scope they were given.
 */
function scopesFromEdges(components, roots) {
    const byPurl = new Map(components.map((c) => [c.purl, c]));
    const scope = new Map();
    const walk = (start, s) => {
        const stack = [...start];
        while (stack.length > 0) {
            const purl = stack.pop();
            if (scope.has(purl))
                continue;
            scope.set(purl, s);
            for (const next of byPurl.get(purl)?.dependsOn ?? [])
                stack.push(next);
        }
    };
    walk(roots.required, 'required');
    walk(roots.optional, 'optional');
    walk(roots.dev, 'dev');
    return components.map((c) => ({ ...c, scope: scope.get(c.purl) ?? c.scope }));
}
/** Reads a package.json's direct dependency names by kind (for lockfiles that do not record them). */
function manifestRoots(manifest) {
    const m = (manifest ?? {});
    const names = (key) => typeof m[key] === 'object' && m[key] !== null ? Object.keys(m[key]) : [];
    const optional = names('optionalDependencies');
    return {
        required: names('dependencies').filter((n) => !optional.includes(n)),
        optional,
        dev: names('devDependencies'),
    };
}


/***/ }),

/***/ 46441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ excludeMatcher)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
// The `exclude` input: globs as syft's `--exclude` takes them. Each pattern is relative to the
// catalogued root and must start with `./` (at the root), `*/` (one level below) or `**/` (any
// depth); `**` spans directories, `*` and `?` stay within one name, `[…]` and `{a,b}` as in
// doublestar. A matching directory is skipped whole; `./test/**` matches `test` itself too.

const EXCLUDE_ACCEPTED = "globs starting with './', '*/' or '**/' (as syft's --exclude), e.g. ./test/**, **/fixtures";
function escape(c) {
    return /[\\^$.*+?()[\]{}|]/.test(c) ? `\\${c}` : c;
}
/** One pattern (its `./` removed) as an anchored regular expression over `/`-separated relative paths. */
function toRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            const before = i === 0 || pattern[i - 1] === '/';
            const after = pattern[i + 2];
            if (before && after === '/') {
                out += '(?:[^/]*/)*';
                i += 2;
            }
            else if (before && after === undefined) {
                // `dir/**`: the directory itself and everything below it.
                if (out.endsWith('/'))
                    out = `${out.slice(0, -1)}(?:/.*)?`;
                else
                    out += '.*';
                i += 1;
            }
            else {
                out += '[^/]*';
                i += 1;
            }
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                out += '\\[';
            else {
                const body = pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                out += `[${body}]`;
                i = end;
            }
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += escape(c);
    }
    return new RegExp(`^${out}$`);
}
/** Checks the patterns (INPUT_INVALID naming `exclude` for one that syft would refuse) and compiles them. */
function excludeMatcher(patterns) {
    const compiled = patterns.map((p) => {
        if (!/^(\.\/|\*\/|\*\*\/)/.test(p) || p.includes('/../') || p.endsWith('/..')) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('exclude', p, EXCLUDE_ACCEPTED);
        }
        return toRegExp(p.replace(/^\.\//, '').replace(/\/+$/, ''));
    });
    return (relativePath) => compiled.some((r) => r.test(relativePath));
}


/***/ }),

/***/ 47082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ imageReferenceInput),
/* harmony export */   WV: () => (/* binding */ SBOM_SECRETS),
/* harmony export */   ag: () => (/* binding */ SBOM_FILE_NAMES),
/* harmony export */   oP: () => (/* binding */ parseSbomInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97276);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42109);
/* harmony import */ var _exclude_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46441);
/* harmony import */ var _oci_references_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70461);
/* harmony import */ var _writers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17439);
/**
 * sbom's inputs: the typed, validated form of what the action and `artefacts sbom` are given.
 */







/**
 * Inputs naming files or directories that are read or written: confined to the workspace unless
 * listed in allow-outside-workspace. `syft-path` is not among them: it names a program to run (as
 * PATH does), usually installed outside the workspace, and nothing is read from or written to it.
 */
const SBOM_PATH_INPUTS = ['path', 'oci-layout', 'output-dir', 'output-file', 'key'];
/** Inputs whose values are secrets (masked as soon as read). */
const SBOM_SECRETS = ['registry-password', 'key', 'key-password'];
const SBOM_FILE_NAMES = {
    'cyclonedx-json': 'sbom.cdx.json',
    'spdx-json': 'sbom.spdx.json',
};
function parseSbomInputs(raw) {
    const path = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)(raw, 'path');
    const image = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)(raw, 'image');
    const ociLayout = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)(raw, 'oci-layout');
    const credentials = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialPair */ .GE)(raw);
    const given = [
        ['path', path],
        ['image', image],
        ['oci-layout', ociLayout],
    ].filter(([, v]) => v !== undefined);
    if (given.length > 1) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(given.map(([n]) => n).join("' and '"), given.map(([, v]) => v).join(', '), "exactly one of 'path', 'image' or 'oci-layout'");
    }
    const formats = [];
    for (const f of (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(raw, 'formats')) {
        const format = _writers_js__WEBPACK_IMPORTED_MODULE_2__/* .SBOM_FORMATS */ .zu.find((s) => s === f.toLowerCase());
        if (format === undefined)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('formats', f, `one or more of ${_writers_js__WEBPACK_IMPORTED_MODULE_2__/* .SBOM_FORMATS */ .zu.join(', ')}`);
        if (!formats.includes(format))
            formats.push(format);
    }
    if (formats.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('formats', '', `one or more of ${_writers_js__WEBPACK_IMPORTED_MODULE_2__/* .SBOM_FORMATS */ .zu.join(', ')}`);
    // Every single value is one line (optionalText and text refuse control characters): output-file
    // becomes a line of sbom-paths.
    const outputFile = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)(raw, 'output-file');
    const outputDir = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(raw, 'output-dir');
    if (outputFile !== undefined && formats.length > 1) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('output-file', outputFile, 'a file name only when one format is asked for', `With formats '${formats.join(',')}' set 'output-dir' instead; each format gets its own file there.`);
    }
    const inputs = {
        path: path ?? (image === undefined && ociLayout === undefined ? '.' : undefined),
        image,
        ociLayout,
        formats,
        outputDir: outputDir || 'sbom',
        outputFile,
        platforms: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(raw, 'platforms'),
        attach: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)(raw, 'attach'),
        attest: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)(raw, 'attest'),
        uploadArtifact: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)(raw, 'upload-artifact'),
        engine: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(raw, 'engine', ['native', 'syft'], 'native'),
        registryUsername: credentials.username,
        registryPassword: credentials.password,
        key: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalKey */ .Qr)(raw, 'key'),
        keyPassword: raw('key-password'),
        syftPath: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)(raw, 'syft-path'),
        allowOutsideWorkspace: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .parseAllowOutsideWorkspace */ .fz)(raw, SBOM_PATH_INPUTS),
        exclude: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(raw, 'exclude'),
    };
    (0,_exclude_js__WEBPACK_IMPORTED_MODULE_4__/* .excludeMatcher */ .B)(inputs.exclude);
    if (inputs.exclude.length > 0 && inputs.path === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('exclude', inputs.exclude.join(','), "nothing unless a source 'path' is catalogued");
    }
    if (inputs.syftPath !== undefined && inputs.engine !== 'syft') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('syft-path', inputs.syftPath, "empty unless 'engine' is syft");
    }
    if (inputs.engine === 'syft' && (inputs.attach || inputs.attest)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('engine', 'syft', "native when 'attach' or 'attest' is true (those push what the native engine wrote)");
    }
    if (image !== undefined)
        imageReferenceInput('image', image);
    if (ociLayout !== undefined)
        imageReferenceInput('oci-layout', ociLayout);
    for (const p of inputs.platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/i.test(p)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('platforms', p, 'os/arch[/variant], e.g. linux/amd64, linux/arm64/v8');
        }
    }
    if (inputs.keyPassword !== '' && inputs.key === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('key-password', '(set)', "empty unless 'key' is given (key is missing)");
    }
    if (inputs.key !== undefined && !inputs.attest) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('key', '(a key)', "empty unless 'attest' is true (the key signs SBOM attestations)");
    }
    if (inputs.path !== undefined) {
        for (const [name, on] of [
            ['attach', inputs.attach],
            ['attest', inputs.attest],
        ]) {
            if (on)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(raw, name), "false when cataloguing a source 'path' (it attaches to an image)");
        }
        if (inputs.platforms.length > 0) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('platforms', inputs.platforms.join(','), "nothing when cataloguing a source 'path'");
        }
        if (inputs.registryUsername !== undefined) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('registry-username', inputs.registryUsername, "nothing when cataloguing a source 'path'");
        }
    }
    return inputs;
}
/** Parses `image` (a registry reference) or `oci-layout` (`oci:<dir>[:tag]`, the `oci:` prefix optional). */
function imageReferenceInput(input, value) {
    const text = input === 'oci-layout' && !value.startsWith('oci:') ? `oci:${value}` : value;
    let ref;
    try {
        ref = (0,_oci_references_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(text);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, value, input === 'image'
                ? 'an image reference [registry/]repository[:tag][@sha256:…]'
                : 'an OCI layout directory: [oci:]<dir>[:tag|@sha256:…]', error.message);
        }
        throw error;
    }
    if (input === 'image' && ref.kind !== 'registry') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('image', value, "a registry reference (give a local layout in 'oci-layout')");
    }
    return ref;
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ packageJsonLicenses),
/* harmony export */   UF: () => (/* binding */ integrityHashes),
/* harmony export */   X6: () => (/* binding */ toLicense),
/* harmony export */   Yr: () => (/* binding */ isSpdxExpression)
/* harmony export */ });
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93326);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__);
/** Licences as SPDX expressions where they parse as one, and hashes from lockfile integrity fields. */

/** One licence string as found: an SPDX expression when it parses, else kept as a name. */
function toLicense(raw) {
    const text = raw.trim();
    if (text === '' || /^(UNKNOWN|NONE|NOASSERTION|UNLICENSED)$/i.test(text))
        return undefined;
    if (isSpdxExpression(text))
        return { expression: text };
    // Common near-misses that are unambiguous: "Apache 2.0", "Apache License 2.0", "BSD" stays a name.
    const alias = ALIASES[text.toLowerCase()];
    if (alias !== undefined)
        return { expression: alias };
    return { name: text };
}
const ALIASES = {
    'apache 2.0': 'Apache-2.0',
    'apache-2': 'Apache-2.0',
    'apache 2': 'Apache-2.0',
    'apache license 2.0': 'Apache-2.0',
    'apache license, version 2.0': 'Apache-2.0',
    'apache software license': 'Apache-2.0',
    'mit license': 'MIT',
    'the mit license': 'MIT',
    'bsd-3': 'BSD-3-Clause',
    'bsd 3-clause': 'BSD-3-Clause',
    'bsd-2': 'BSD-2-Clause',
    'isc license': 'ISC',
    'mozilla public license 2.0 (mpl 2.0)': 'MPL-2.0',
    'python software foundation license': 'PSF-2.0',
};
/**
 * Answers by text, remembered for the process: a lockfile repeats a handful of licence strings across
 * hundreds of packages, and parsing each again was a third of an npm catalogue's time. Bounded, so an
 * image with very many distinct strings does not grow it without end.
 */
const parsed = new Map();
const PARSED_MAX = 4096;
function isSpdxExpression(text) {
    const known = parsed.get(text);
    if (known !== undefined)
        return known;
    let valid;
    try {
        spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0___default()(text);
        valid = true;
    }
    catch {
        valid = false;
    }
    if (parsed.size >= PARSED_MAX)
        parsed.clear();
    parsed.set(text, valid);
    return valid;
}
/** Licences from package.json shapes: "MIT", {type: "MIT"}, licenses: [{type}], "(MIT OR X)". */
function packageJsonLicenses(pkg) {
    const found = [];
    const add = (value) => {
        const text = typeof value === 'string'
            ? value
            : typeof value === 'object' && value !== null && typeof value.type === 'string'
                ? value.type
                : undefined;
        const license = text === undefined ? undefined : toLicense(text);
        if (license !== undefined)
            found.push(license);
    };
    if (pkg.license !== undefined)
        add(pkg.license);
    if (Array.isArray(pkg.licenses))
        pkg.licenses.forEach(add);
    else if (pkg.licenses !== undefined)
        add(pkg.licenses);
    return found;
}
const SRI = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
/** Subresource-integrity strings (`sha512-<base64> sha1-<base64>`) → hex hashes. */
function integrityHashes(integrity) {
    if (integrity === undefined)
        return [];
    const hashes = [];
    for (const token of integrity.trim().split(/\s+/)) {
        const dash = token.indexOf('-');
        if (dash <= 0)
            continue;
        const alg = SRI[token.slice(0, dash).toLowerCase()];
        const b64 = token.slice(dash + 1).replace(/\?.*$/, '');
        if (alg === undefined || !/^[A-Za-z0-9+/]+=*$/.test(b64))
            continue;
        hashes.push({ alg, content: Buffer.from(b64, 'base64').toString('hex') });
    }
    return hashes;
}


/***/ }),

/***/ 51074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeResults)
/* harmony export */ });
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76729);
/**
 * The component model every cataloger produces and both writers consume. One list, two formats:
 * CycloneDX and SPDX are written from the same `Catalog`, so they can never disagree.
 */

const SCOPE_RANK = { required: 0, optional: 1, dev: 2 };
/**
 * Merges cataloger results: one component per purl (the same package found in several places
 * keeps every location and the most-required scope), direct edges united, everything sorted so
 * that the same input always gives the same order.
 */
function mergeResults(results, distro) {
    const byPurl = new Map();
    const direct = new Set();
    const warnings = [];
    for (const result of results) {
        for (const purl of result.direct ?? [])
            direct.add(purl);
        warnings.push(...(result.warnings ?? []));
        for (const c of result.components) {
            const seen = byPurl.get(c.purl);
            if (seen === undefined) {
                byPurl.set(c.purl, c);
                continue;
            }
            byPurl.set(c.purl, {
                ...seen,
                scope: SCOPE_RANK[c.scope] < SCOPE_RANK[seen.scope] ? c.scope : seen.scope,
                licenses: seen.licenses.length > 0 ? seen.licenses : c.licenses,
                hashes: uniqueHashes([...seen.hashes, ...c.hashes]),
                dependsOn: [...new Set([...seen.dependsOn, ...c.dependsOn])],
                foundIn: [...new Set([...seen.foundIn, ...c.foundIn])],
                properties: { ...c.properties, ...seen.properties },
            });
        }
    }
    const components = [...byPurl.values()]
        .map((c) => ({
        ...c,
        // Edges only to components we know about, so both formats reference real elements.
        dependsOn: [...new Set(c.dependsOn)].filter((p) => byPurl.has(p) && p !== c.purl).sort(),
        foundIn: [...new Set(c.foundIn)].sort(),
        hashes: uniqueHashes(c.hashes),
    }))
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.purl, b.purl));
    return {
        components,
        direct: [...direct].filter((p) => byPurl.has(p)).sort(),
        warnings,
        ...(distro === undefined ? {} : { distro }),
    };
}
const HEX_LENGTH = { MD5: 32, 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 };
/** Unique, well-formed (hex of the algorithm's length) hashes, sorted. */
function uniqueHashes(hashes) {
    const seen = new Map();
    for (const h of hashes) {
        if (h.content.length === HEX_LENGTH[h.alg] && /^[0-9a-f]+$/.test(h.content))
            seen.set(`${h.alg}:${h.content}`, h);
    }
    return [...seen.values()].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(`${a.alg}:${a.content}`, `${b.alg}:${b.content}`));
}


/***/ }),

/***/ 99718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ repositoryPlace),
/* harmony export */   Jx: () => (/* binding */ PROJECT_MANIFESTS),
/* harmony export */   iJ: () => (/* binding */ layoutImageIdentity),
/* harmony export */   yI: () => (/* binding */ projectIdentity)
/* harmony export */ });
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92886);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(330);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96939);
/* harmony import */ var _catalogers_jvm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33942);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10362);
/**
 * What a source SBOM's root component is called: the project's own manifest (package.json, go.mod,
 * pyproject.toml, Cargo.toml, pom.xml in the catalogued directory) names it, with its version and
 * purl where the manifest has them; else the repository (`GITHUB_REPOSITORY`, else the `origin`
 * remote), with the catalogued directory's path inside the repository. Never a local folder name
 * and never an absolute path: the same tree gives the same document wherever it is checked out.
 */






/** The manifests that name a project, in the order they are tried. */
const PROJECT_MANIFESTS = ['package.json', 'go.mod', 'pyproject.toml', 'Cargo.toml', 'pom.xml'];
const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const table = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
function named(name, version, purl) {
    return { name, ...(version === undefined ? {} : { version }), purl: purl(version ?? '') };
}
/** The project a manifest describes, or undefined when it names none (a workspace root, a parse error). */
function manifestIdentity(file, text, parseToml) {
    try {
        switch (file) {
            case 'package.json': {
                const pkg = table(JSON.parse(text));
                const name = str(pkg?.name);
                return name === undefined ? undefined : named(name, str(pkg?.version), (v) => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPurl */ .NP)(name, v));
            }
            case 'go.mod': {
                const module = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(text)?.[2];
                return module === undefined ? undefined : { name: module, purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .golangPurl */ .av)(module, '') };
            }
            case 'pyproject.toml': {
                const doc = parseToml(text);
                for (const section of [table(doc.project), table(table(doc.tool)?.poetry)]) {
                    const name = str(section?.name);
                    if (name !== undefined)
                        return named(name, str(section?.version), (v) => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .pypiPurl */ .iC)(name, v));
                }
                return undefined;
            }
            case 'Cargo.toml': {
                const pkg = table(parseToml(text).package);
                const name = str(pkg?.name);
                // `version.workspace = true` is a table, not a version: no version then.
                return name === undefined ? undefined : named(name, str(pkg?.version), (v) => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .cargoPurl */ .q$)(name, v));
            }
            case 'pom.xml': {
                const project = child((0,_catalogers_jvm_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXml */ .NO)(text, file), 'project');
                const parent = child(project, 'parent');
                const artifactId = text1(project, 'artifactId');
                const groupId = text1(project, 'groupId') ?? text1(parent, 'groupId');
                if (artifactId === undefined || groupId === undefined)
                    return undefined;
                // An unresolved ${property} is no version.
                const version = [text1(project, 'version'), text1(parent, 'version')].find((v) => v !== undefined);
                const known = version !== undefined && !version.includes('${') ? version : undefined;
                return named(`${groupId}:${artifactId}`, known, (v) => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .mavenPurl */ .FY)(groupId, artifactId, v));
            }
        }
    }
    catch {
        return undefined;
    }
}
const child = (el, name) => el?.children.find((c) => c.name === name);
const text1 = (el, name) => str(child(el, name)?.text);
/**
 * host, owner and repository of a git remote URL (`https://host/owner/repo.git`, `ssh://git@host/…`,
 * scp-like `git@host:owner/repo.git`); credentials in the URL are never part of the result.
 */
function remoteRepository(url) {
    const text = url.trim();
    const scheme = /^(?:https?|ssh|git):\/\/(?:[^@/]*@)?([^/:]+)(?::\d*)?\/(.+)$/i.exec(text);
    const scp = scheme === null ? /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+)$/.exec(text) : null;
    const match = scheme ?? scp;
    if (match === null)
        return undefined;
    const parts = (match[2] ?? '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/')
        .filter((p) => p !== '');
    const repo = parts.pop();
    if (repo === undefined || parts.length === 0)
        return undefined;
    return { host: match[1] ?? '', owner: parts.join('/'), repo };
}
/** `owner/repo` of the origin remote and whether it is on github.com, when `dir` is in a git work tree. */
async function originRepository(dir) {
    const remote = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitRaw */ .Pm)(['remote', 'get-url', 'origin'], { cwd: dir }).catch(() => undefined);
    if (remote === undefined || remote.exitCode !== 0)
        return undefined;
    const parsed = remoteRepository(remote.stdout);
    if (parsed === undefined)
        return undefined;
    return { repository: `${parsed.owner}/${parsed.repo}`, github: parsed.host.toLowerCase() === 'github.com' };
}
/**
 * One `git rev-parse` answers both (a git process costs the caller a fork): it prints the prefix, then
 * HEAD's commit when there is one, and exits 0 with both, 1 with only the prefix (no commit yet), 128
 * outside a work tree. Undefined outside git, or without git.
 */
async function repositoryPlace(dir) {
    if (!(0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .mayBeInRepository */ .IR)(dir))
        return undefined;
    const result = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitRaw */ .Pm)(['rev-parse', '--show-prefix', '--verify', '--quiet', 'HEAD^{commit}'], {
        cwd: dir,
    }).catch(() => undefined);
    if (result === undefined || (result.exitCode !== 0 && result.exitCode !== 1) || result.stdout === '')
        return undefined;
    const [prefix = '', commit = ''] = result.stdout.split('\n');
    const inside = prefix.trim().replace(/\/+$/, '') || '.';
    return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(commit.trim())
        ? { inside, commit: commit.trim() }
        : { inside };
}
/**
 * Names the project in `dir` (the catalogued directory, or the directory of the catalogued lockfile).
 * `github` is the workflow's repository (`GITHUB_REPOSITORY`) and server when running in Actions.
 */
async function projectIdentity(dir, github, place) {
    for (const file of PROJECT_MANIFESTS) {
        const text = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readPlainText */ .Sg)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file));
        if (text === undefined)
            continue;
        // The TOML parser loads only for a TOML manifest (most trees have none).
        const toml = file.endsWith('.toml') ? (await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292))).parse : () => undefined;
        const found = manifestIdentity(file, text, toml);
        if (found !== undefined)
            return { ...found, source: file };
    }
    // `place`: the caller's answer when it already asked git (else asked here, only when needed).
    const asked = () => place ?? repositoryPlace(dir);
    return (await repositoryIdentity(dir, github, asked)) ?? { name: 'source', source: 'none' };
}
/**
 * The repository `dir` belongs to: `GITHUB_REPOSITORY`, else the origin remote; with `place` (asked
 * only when there is a repository to name), the directory's path inside the repository is appended to
 * the name (and is the purl's subpath).
 */
async function repositoryIdentity(dir, github, place) {
    const origin = github !== undefined && github.repository !== ''
        ? {
            repository: github.repository,
            github: github.serverUrl.toLowerCase() === 'https://github.com',
            source: 'GITHUB_REPOSITORY',
        }
        : await originRepository(dir).then((o) => (o === undefined ? undefined : { ...o, source: 'origin remote' }));
    if (origin === undefined)
        return undefined;
    const inside = place === undefined ? undefined : (await place())?.inside;
    const sub = inside === undefined || inside === '.' ? undefined : inside;
    const [owner = '', repo = ''] = origin.repository.split('/');
    return {
        name: sub === undefined ? origin.repository : `${origin.repository}/${sub}`,
        ...(origin.github && owner !== '' && repo !== ''
            ? { purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPurl */ .Eq)({ type: 'github', namespace: owner, name: repo, subpath: sub }) }
            : {}),
        source: origin.source,
    };
}
/**
 * An image read from an OCI layout has no registry name, and its directory is a local folder: it is
 * named by its own annotations or labels (`org.opencontainers.image.source` as `owner/repo`, else
 * `.title`), with `.version`, the first set that has them winning; else by the repository.
 */
async function layoutImageIdentity(labelSets, dir, github) {
    const first = (key) => labelSets.map((l) => str(l?.[key])).find((v) => v !== undefined);
    const source = first(_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_SOURCE */ .KM);
    const remote = source === undefined ? undefined : remoteRepository(source);
    const version = first(_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_VERSION */ .Rp);
    const name = (remote === undefined ? undefined : `${remote.owner}/${remote.repo}`) ??
        first(_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_TITLE */ .hg) ??
        (await repositoryIdentity(dir, github))?.name ??
        'image';
    return { name, ...(version === undefined ? {} : { version }) };
}


/***/ }),

/***/ 10362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   FY: () => (/* binding */ mavenPurl),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   av: () => (/* binding */ golangPurl),
/* harmony export */   g9: () => (/* binding */ pep503),
/* harmony export */   iC: () => (/* binding */ pypiPurl),
/* harmony export */   q$: () => (/* binding */ cargoPurl),
/* harmony export */   wE: () => (/* binding */ osPurl)
/* harmony export */ });
/** encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) alone; the spec also keeps ':' in namespace/version. */
function encodeSegment(segment) {
    return encodeURIComponent(segment);
}
function encodeNamespace(namespace) {
    return namespace
        .split('/')
        .filter((s) => s !== '')
        .map((s) => encodeSegment(s).replace(/%3A/g, ':'))
        .join('/');
}
function encodeVersion(version) {
    return encodeSegment(version).replace(/%3A/g, ':').replace(/%2B/g, '+');
}
function encodeQualifierValue(value) {
    // application/x-www-form-urlencoded, then spaces as %20 (as the reference implementation writes them).
    const params = new URLSearchParams();
    params.set('k', value);
    return params.toString().slice(2).replace(/\+/g, '%20');
}
/** Type-specific normalisation from PURL-TYPES.rst. */
function normalise(parts) {
    let namespace = parts.namespace?.replace(/^\/+|\/+$/g, '');
    let name = parts.name.replace(/^\/+|\/+$/g, '');
    if (namespace === '')
        namespace = undefined;
    switch (parts.type) {
        case 'npm':
        case 'deb':
        case 'apk':
        case 'github':
            namespace = namespace?.toLowerCase();
            name = name.toLowerCase();
            break;
        case 'pypi':
            namespace = namespace?.toLowerCase();
            name = name.toLowerCase().replace(/_/g, '-');
            break;
        case 'rpm':
            namespace = namespace?.toLowerCase();
            break;
        default:
            break;
    }
    return { namespace, name };
}
function buildPurl(parts) {
    if (parts.name.trim() === '')
        throw new Error(`purl: a ${parts.type} package needs a name`);
    const { namespace, name } = normalise(parts);
    let purl = `pkg:${parts.type}/`;
    if (namespace !== undefined)
        purl += `${encodeNamespace(namespace)}/`;
    purl += encodeSegment(name);
    if (parts.version !== undefined && parts.version !== '')
        purl += `@${encodeVersion(parts.version)}`;
    const qualifiers = Object.entries(parts.qualifiers ?? {})
        .filter((e) => e[1] !== undefined && e[1] !== '')
        .map(([k, v]) => `${k.toLowerCase()}=${encodeQualifierValue(v)}`)
        .sort();
    if (qualifiers.length > 0)
        purl += `?${qualifiers.join('&')}`;
    if (parts.subpath !== undefined) {
        const segments = parts.subpath.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
        if (segments.length > 0)
            purl += `#${segments.map(encodeSegment).join('/')}`;
    }
    return purl;
}
/** npm: `@scope/name` → namespace `@scope` (encoded %40scope), name `name`. */
function npmPurl(fullName, version) {
    const slash = fullName.startsWith('@') ? fullName.indexOf('/') : -1;
    return slash > 0
        ? buildPurl({ type: 'npm', namespace: fullName.slice(0, slash), name: fullName.slice(slash + 1), version })
        : buildPurl({ type: 'npm', name: fullName, version });
}
/** golang: the module path's last element is the name, the rest the namespace. */
function golangPurl(modulePath, version) {
    const at = modulePath.lastIndexOf('/');
    return at > 0
        ? buildPurl({ type: 'golang', namespace: modulePath.slice(0, at), name: modulePath.slice(at + 1), version })
        : buildPurl({ type: 'golang', name: modulePath, version });
}
function pypiPurl(name, version) {
    return buildPurl({ type: 'pypi', name, version });
}
function cargoPurl(name, version) {
    return buildPurl({ type: 'cargo', name, version });
}
function mavenPurl(groupId, artifactId, version, type) {
    return buildPurl({
        type: 'maven',
        namespace: groupId,
        name: artifactId,
        version,
        qualifiers: { type: type === 'jar' ? undefined : type },
    });
}
/**
 * OS packages: namespace = distro vendor (debian, ubuntu, alpine, fedora, …); qualifiers arch,
 * distro, epoch (rpm) and `upstream`: the source package, which vulnerability scanners match
 * advisories against (deb `name` or `name@version`, rpm the source rpm's file name, apk the origin).
 */
function osPurl(type, vendor, name, version, qualifiers = {}) {
    return buildPurl({ type, namespace: vendor, name, version, qualifiers });
}
/** PEP 503 name normalisation (used to match Python names across files, not for the purl). */
function pep503(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}


/***/ }),

/***/ 48630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ runSbom)
});

// UNUSED EXPORTS: documentTime

// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/time.ts
var time = __webpack_require__(21888);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var src_paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(92886);
// EXTERNAL MODULE: ./packages/core/src/sbom/model.ts
var model = __webpack_require__(51074);
// EXTERNAL MODULE: ./packages/core/src/sbom/exclude.ts
var exclude = __webpack_require__(46441);
// EXTERNAL MODULE: ./packages/core/src/sbom/project.ts
var sbom_project = __webpack_require__(99718);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/sbom/catalogers/jvm.ts
var jvm = __webpack_require__(33942);
// EXTERNAL MODULE: ./packages/core/src/sbom/component.ts
var component = __webpack_require__(73588);
// EXTERNAL MODULE: ./packages/core/src/sbom/license.ts
var license = __webpack_require__(9496);
// EXTERNAL MODULE: ./packages/core/src/sbom/purl.ts
var purl = __webpack_require__(10362);
;// CONCATENATED MODULE: ./packages/core/src/sbom/catalogers/npm.ts
/** npm package-lock.json (lockfileVersion 1, 2 and 3) and npm-shrinkwrap.json. */




function scopeOf(entry) {
    if (entry.dev === true || entry.devOptional === true)
        return 'dev';
    if (entry.optional === true)
        return 'optional';
    return 'required';
}
/** Versions that are not registry versions (git, tarball URLs) stay as written, minus `file:`/`link:`. */
function usableVersion(version) {
    if (version === undefined || version === '')
        return undefined;
    if (/^(file|link|workspace):/.test(version))
        return undefined;
    return version;
}
function catalogNpmLock(text, location, manifest) {
    let lock;
    try {
        lock = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('SBOM_FAILED', `${location} is not valid JSON: ${error.message}`, {
            cause: error,
        });
    }
    if (lock.packages !== undefined)
        return fromPackages(lock.packages, location);
    if (lock.dependencies !== undefined)
        return fromV1(lock.dependencies, location, manifest);
    throw new errors/* ArtefactsError */.E('SBOM_FAILED', `${location} has neither "packages" nor "dependencies"`, {
        hint: 'Is this a package-lock.json written by npm?',
    });
}
/** lockfileVersion 2 and 3: a flat map of install paths. */
function fromPackages(packages, location) {
    const purlAt = new Map();
    for (const [path, entry] of Object.entries(packages)) {
        if (path === '' || entry.link === true || !path.includes('node_modules/'))
            continue;
        const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
        const version = usableVersion(entry.version);
        if (version !== undefined)
            purlAt.set(path, (0,purl/* npmPurl */.NP)(name, version));
    }
    // Node's resolution: look in <path>/node_modules/<name>, then each ancestor's, then the root's.
    const resolve = (from, name) => {
        let base = from;
        for (;;) {
            const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
            const found = purlAt.get(candidate);
            if (found !== undefined)
                return found;
            // A link at the candidate path points into the tree (workspaces): follow it.
            if (base === '')
                return undefined;
            const at = base.lastIndexOf('/node_modules/');
            base = at < 0 ? '' : base.slice(0, at);
        }
    };
    const edges = (path, entry) => {
        const names = [
            ...Object.keys(entry.dependencies ?? {}),
            ...Object.keys(entry.optionalDependencies ?? {}),
            ...Object.keys(entry.peerDependencies ?? {}),
        ];
        return [...new Set(names)].map((n) => resolve(path, n)).filter((p) => p !== undefined);
    };
    const components = [];
    for (const [path, entry] of Object.entries(packages)) {
        const purl = purlAt.get(path);
        if (purl === undefined)
            continue;
        const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
        components.push((0,component/* makeComponent */.G1)({
            ecosystem: 'npm',
            name,
            version: entry.version,
            purl,
            licenses: (0,license/* packageJsonLicenses */.H3)(entry),
            hashes: (0,license/* integrityHashes */.UF)(entry.integrity),
            scope: scopeOf(entry),
            dependsOn: edges(path, entry),
            foundIn: location,
            properties: {
                'npm:path': path,
                'npm:resolved': entry.resolved,
                'npm:bundled': entry.inBundle === true ? 'true' : undefined,
            },
        }));
    }
    const root = packages[''] ?? {};
    const direct = [
        ...Object.keys(root.dependencies ?? {}),
        ...Object.keys(root.optionalDependencies ?? {}),
        ...Object.keys(root.devDependencies ?? {}),
        ...Object.keys(root.peerDependencies ?? {}),
    ]
        .map((n) => resolve('', n))
        .filter((p) => p !== undefined);
    return { components, direct };
}
/** lockfileVersion 1: a nested tree; `requires` resolve upwards through the nesting. */
function fromV1(dependencies, location, manifest) {
    const components = [];
    const walk = (deps, chain, path) => {
        const scopeChain = [deps, ...chain];
        for (const [name, entry] of Object.entries(deps)) {
            if (typeof entry !== 'object' || entry === null)
                continue;
            const version = usableVersion(entry.version);
            const nested = (entry.dependencies ?? {});
            const here = `${path}node_modules/${name}`;
            if (version !== undefined) {
                const requires = typeof entry.requires === 'object' ? Object.keys(entry.requires) : [];
                const dependsOn = requires
                    .map((req) => {
                    for (const level of [nested, ...scopeChain]) {
                        const target = level[req];
                        const v = usableVersion(target?.version);
                        if (target !== undefined && v !== undefined)
                            return (0,purl/* npmPurl */.NP)(req, v);
                    }
                    return undefined;
                })
                    .filter((p) => p !== undefined);
                components.push((0,component/* makeComponent */.G1)({
                    ecosystem: 'npm',
                    name,
                    version,
                    purl: (0,purl/* npmPurl */.NP)(name, version),
                    hashes: (0,license/* integrityHashes */.UF)(entry.integrity),
                    scope: scopeOf(entry),
                    dependsOn,
                    foundIn: location,
                    properties: { 'npm:path': here, 'npm:resolved': entry.resolved },
                }));
            }
            walk(nested, scopeChain, `${here}/`);
        }
    };
    walk(dependencies, [], '');
    // v1 does not record the project's own direct dependencies; package.json beside it does.
    const roots = (0,component/* manifestRoots */.X9)(manifest);
    const direct = [...roots.required, ...roots.optional, ...roots.dev]
        .map((n) => {
        const v = usableVersion(dependencies[n]?.version);
        return v === undefined ? undefined : (0,purl/* npmPurl */.NP)(n, v);
    })
        .filter((p) => p !== undefined);
    return { components, direct };
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/source.ts
/**
 * Source trees: find the lockfiles and manifests under a directory and catalogue each one.
 * Declared packages only (what the files say), with dependency edges and scopes where recorded.
 */








const DEFAULT_SKIP = ['node_modules', '.git', 'dist'];
function sourceKind(fileName, dirPath) {
    switch (fileName) {
        case 'package-lock.json':
        case 'npm-shrinkwrap.json':
            return 'npm-lock';
        case 'yarn.lock':
            return 'yarn-lock';
        case 'pnpm-lock.yaml':
            return 'pnpm-lock';
        case 'go.mod':
            return 'go-mod';
        case 'Cargo.lock':
            return 'cargo-lock';
        case 'poetry.lock':
            return 'poetry-lock';
        case 'Pipfile.lock':
            return 'pipfile-lock';
        case 'uv.lock':
            return 'uv-lock';
        case 'pom.xml':
            return 'pom';
        case 'gradle.lockfile':
            return 'gradle-lockfile';
        default:
            if (/^requirements.*\.txt$/.test(fileName))
                return 'requirements';
            // Gradle's older per-configuration locks: gradle/dependency-locks/<configuration>.lockfile.
            if (fileName.endsWith('.lockfile') && dirPath.endsWith('dependency-locks'))
                return 'gradle-lockfile';
            return undefined;
    }
}
function readFailed(error, message, named) {
    const told = named?.(error);
    return told instanceof errors/* ArtefactsError */.E ? told : new errors/* ArtefactsError */.E('IO_FAILED', message, { cause: error });
}
/** Walks `root` (not following symlinks), skipping directories named in `skip`; sorted results. */
async function findSourceFiles(root, skip = DEFAULT_SKIP, excluded = () => false, named) {
    const found = [];
    const skipSet = new Set(skip);
    const walk = async (dir) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch (error) {
            if (dir === root)
                throw readFailed(error, `Cannot read the directory ${root}: ${error.message}`, named);
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = (0,external_node_path_.join)(dir, entry.name);
            const rel = (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/');
            if (entry.isDirectory()) {
                if (!skipSet.has(entry.name) && !excluded(rel))
                    await walk(full);
            }
            else if (entry.isFile() && !excluded(rel)) {
                const kind = sourceKind(entry.name, dir);
                if (kind !== undefined)
                    found.push({ kind, path: rel });
            }
        }
    };
    await walk(root);
    return found;
}
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Catalogues one source file (reading companions beside it: package.json, go.sum, pyproject.toml). */
async function readSource(full, shown, named) {
    try {
        return await (0,promises_.readFile)(full);
    }
    catch (error) {
        throw readFailed(error, `Cannot read ${shown}: ${error.message}`, named);
    }
}
const yarnPnpm = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(473)]).then(__webpack_require__.bind(__webpack_require__, 47473));
const goCargo = () => Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 7882));
const python = () => Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(971)]).then(__webpack_require__.bind(__webpack_require__, 25971));
async function catalogSourceFile(root, file, named) {
    const full = (0,external_node_path_.join)(root, ...file.path.split('/'));
    const text = (await readSource(full, file.path, named)).toString('utf8');
    const beside = (name) => (0,files/* readPlainText */.Sg)((0,external_node_path_.join)(root, ...external_node_path_.posix.dirname(file.path).split('/'), name));
    try {
        switch (file.kind) {
            case 'npm-lock':
                return catalogNpmLock(text, file.path, parseJson(await beside('package.json')));
            // The YAML and TOML catalogers (and their parsers, most of the bundle's library code) load only
            // when such a file is found: an npm-only tree does not pay for parsing them at start-up.
            case 'yarn-lock':
                return (await yarnPnpm()).catalogYarnLock(text, file.path, parseJson(await beside('package.json')));
            case 'pnpm-lock':
                return (await yarnPnpm()).catalogPnpmLock(text, file.path);
            case 'go-mod':
                return (await goCargo()).catalogGoMod(text, file.path, await beside('go.sum'));
            case 'cargo-lock':
                return (await goCargo()).catalogCargoLock(text, file.path);
            case 'requirements':
                return (await python()).catalogRequirements(text, file.path);
            case 'poetry-lock':
                return (await python()).catalogPoetryLock(text, file.path, await beside('pyproject.toml'));
            case 'pipfile-lock':
                return (await python()).catalogPipfileLock(text, file.path);
            case 'uv-lock':
                return (await python()).catalogUvLock(text, file.path);
            case 'pom':
                return (0,jvm/* catalogPom */.Ux)(text, file.path);
            case 'gradle-lockfile':
                return (0,jvm/* catalogGradleLockfile */.wu)(text, file.path);
        }
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E)
            throw error;
        throw new errors/* ArtefactsError */.E('SBOM_FAILED', `Could not catalogue ${file.path}: ${error.message}`, {
            cause: error,
        });
    }
}
async function catalogSourceTree(root, skip = DEFAULT_SKIP, excluded, named) {
    const files = await findSourceFiles(root, skip, excluded, named);
    const results = [];
    const identity = (0,external_node_crypto_.createHash)('sha256');
    for (const file of files) {
        const bytes = await readSource((0,external_node_path_.join)(root, ...file.path.split('/')), file.path, named);
        identity.update(`${file.path}\0${(0,media/* digestHex */.sU)((0,media/* sha256 */.sc)(bytes))}\n`);
        results.push(await catalogSourceFile(root, file, named));
    }
    return { files, results, digest: `sha256:${identity.digest('hex')}` };
}

// EXTERNAL MODULE: ./packages/core/src/builtins.ts
var builtins = __webpack_require__(69093);
// EXTERNAL MODULE: ./packages/core/src/sbom/writers.ts
var writers = __webpack_require__(17439);
;// CONCATENATED MODULE: ./packages/core/src/sbom/syft.ts
/**
 * `engine: syft`: a syft binary on PATH or given, run with an argv array, its documents wrapped as
 * ours are.
 */







/** Finds syft: the given path (relative to the workspace), else `syft` on PATH. */
async function findSyft(given, env, cwd) {
    const candidates = given !== undefined
        ? [(0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(cwd, given)]
        : (env.PATH ?? '')
            .split(external_node_path_.delimiter)
            .filter((d) => d !== '')
            .map((d) => (0,external_node_path_.join)(d, 'syft'));
    for (const c of candidates) {
        try {
            await (0,promises_.access)(c, promises_.constants.X_OK);
            return c;
        }
        catch {
            // not here
        }
    }
    if (given !== undefined)
        throw (0,errors/* inputError */.Xu)('syft-path', given, 'the path of an executable syft binary');
    throw new errors/* ArtefactsError */.E('SBOM_FAILED', "Input 'engine': 'syft' asked for, but no syft binary is on PATH.", {
        hint: "Install syft in an earlier step (e.g. anchore/sbom-action/download-syft) or give 'syft-path'; or use engine 'native'.",
    });
}
/** The syft source argument for what is catalogued. */
function syftSource(target) {
    if (target.image !== undefined)
        return `registry:${target.image}`;
    if (target.ociLayout !== undefined)
        return `oci-dir:${target.ociLayout.replace(/^oci:/, '').replace(/:[^/:]+$/, '')}`;
    return `dir:${target.path ?? '.'}`;
}
/** syft's argv: `scan <source> -o <format>=<file> …` (plus `--platform` for one platform); never a shell string. */
function syftArgs(source, outputs, platforms, exclude = []) {
    if (platforms.length > 1) {
        throw (0,errors/* inputError */.Xu)('platforms', platforms.join(','), "at most one platform with engine 'syft' (syft scans one)");
    }
    const args = ['scan', source];
    for (const o of outputs)
        args.push('-o', `${o.format}=${o.file}`);
    if (platforms[0] !== undefined)
        args.push('--platform', platforms[0]);
    for (const e of exclude)
        args.push('--exclude', e);
    return args;
}
/** Runs syft and wraps what it wrote as the action's outputs. */
async function runSyft(syft, target, inputs, environment, fileNames) {
    const { cwd, logger } = environment;
    const ws = (0,src_paths/* workspace */.Gl)(cwd, inputs.allowOutsideWorkspace);
    const outputs = inputs.formats.map((format) => ({
        format,
        file: (0,src_paths/* inWorkspace */.ve)(ws, inputs.outputFile === undefined ? 'output-dir' : 'output-file', (0,external_node_path_.resolve)(cwd, inputs.outputFile ?? (0,external_node_path_.join)(inputs.outputDir, fileNames[format]))),
    }));
    for (const o of outputs)
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(o.file, '..'), { recursive: true });
    const args = syftArgs(syftSource(target), outputs, inputs.platforms, inputs.exclude);
    const childEnv = {};
    for (const [k, v] of Object.entries(environment.env))
        if (v !== undefined)
            childEnv[k] = v;
    if (inputs.registryUsername !== undefined && inputs.registryPassword !== undefined) {
        logger.secret(inputs.registryPassword);
        childEnv.SYFT_REGISTRY_AUTH_USERNAME = inputs.registryUsername;
        childEnv.SYFT_REGISTRY_AUTH_PASSWORD = inputs.registryPassword;
    }
    logger.info(`Running ${syft} ${args.join(' ')}`);
    await new Promise((done, fail) => {
        (0,builtins/* childProcess */.Q)().execFile(syft, args, { cwd, env: childEnv, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
            if (error) {
                fail(new errors/* ArtefactsError */.E('SBOM_FAILED', `syft failed: ${String(stderr || error.message)
                    .trim()
                    .slice(-2000)}`, {
                    cause: error,
                }));
            }
            else
                done();
        });
    });
    const documents = [];
    let componentCount = 0;
    for (const o of outputs) {
        const content = await (0,promises_.readFile)(o.file).catch((error) => {
            throw new errors/* ArtefactsError */.E('SBOM_FAILED', `syft wrote no ${o.format} document at ${o.file}.`, { cause: error });
        });
        const parsed = JSON.parse(content.toString('utf8'));
        componentCount = Math.max(componentCount, (parsed.components ?? parsed.packages ?? []).length);
        const shown = (0,external_node_path_.isAbsolute)(inputs.outputFile ?? inputs.outputDir)
            ? o.file
            : (0,external_node_path_.relative)(cwd, o.file).split(external_node_path_.sep).join('/');
        documents.push({
            format: o.format,
            path: shown,
            digest: (0,media/* sha256 */.sc)(content),
            mediaType: writers/* SBOM_MEDIA_TYPES */.b1[o.format],
        });
    }
    const json = { engine: 'syft', syft, args, componentCount, documents };
    return {
        outputs: {
            'sbom-paths': documents.map((d) => d.path).join('\n'),
            'component-count': String(componentCount),
            'document-digests': documents.map((d) => `${d.format} ${d.digest}`).join('\n'),
            referrers: '',
            json: JSON.stringify(json),
        },
        summary: [
            `### SBOM by syft`,
            '',
            `${componentCount} components · \`${args.slice(0, 2).join(' ')}\``,
            '',
            '| Document | Path | Digest |',
            '| --- | --- | --- |',
            ...documents.map((d) => `| ${d.format} | \`${d.path}\` | \`${d.digest}\` |`),
            '',
        ].join('\n'),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/upload-artifact.ts
/**
 * The sbom action's hand-off to `upload-artifact`: the workflow artifact name (unique per job and
 * matrix entry) and the files to upload. The upload itself happens in the action, where
 * @actions/artifact and the runner's ACTIONS_RUNTIME_TOKEN exist.
 */


/** Artifact names may not contain these (actions/upload-artifact's rule). */
const ARTIFACT_FORBIDDEN = /["':<>|*?\\/\r\n]/g;
/**
 * `sbom-<job>-<what>-<hash8>`: the job id (GITHUB_JOB), a readable label of what was catalogued
 * (platforms or path), and a hash over everything that tells uploads in one workflow run apart:
 * the job run's own backend id (from the runner's ACTIONS_RUNTIME_TOKEN: every matrix entry is
 * its own job run, even when it catalogues the same tree on the same OS), the step (GITHUB_ACTION),
 * the subject digests, the written paths, and the runner's facts (ImageOS, RUNNER_OS/ARCH). Two
 * matrix entries, or two sbom steps of one job, never clash; the same step re-run in the same job
 * run gets the same name.
 */
function sbomArtifactName(env, facts) {
    const job = env.GITHUB_JOB ?? 'job';
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([
        job,
        [...facts.subjects].sort(),
        [...facts.paths].sort(),
        env.RUNNER_OS ?? '',
        env.RUNNER_ARCH ?? '',
        env.ImageOS ?? '',
        env.GITHUB_ACTION ?? '',
        jobRunBackendId(env.ACTIONS_RUNTIME_TOKEN) ?? '',
    ]))
        .digest('hex')
        .slice(0, 8);
    const label = facts.label.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'root';
    return `sbom-${job}-${label}-${hash}`.replace(ARTIFACT_FORBIDDEN, '-').slice(0, 200);
}
/**
 * The job run's backend id from the runtime token's `scp` claim (`Actions.Results:<run>:<job run>`),
 * as @actions/artifact reads it; undefined when there is no token or it is not such a JWT. Only
 * the payload is decoded (nothing is verified, nothing of the token is kept or logged).
 */
function jobRunBackendId(token) {
    if (token === undefined || token.length > 16384)
        return undefined;
    const payload = token.split('.')[1];
    if (payload === undefined)
        return undefined;
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    const scp = claims?.scp;
    if (typeof scp !== 'string')
        return undefined;
    for (const scope of scp.split(' ')) {
        const parts = scope.split(':');
        if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[2] !== '')
            return parts[2];
    }
    return undefined;
}
/** What the action must upload after an sbom outcome (outputs `artifact-name` and `sbom-paths`). */
function sbomArtifact(outcome, cwd) {
    const name = outcome.outputs['artifact-name'];
    if (name === undefined || name === '')
        return undefined;
    const files = (outcome.outputs['sbom-paths'] ?? '')
        .split('\n')
        .filter((p) => p !== '')
        .map((p) => resolve(cwd, p));
    const dirs = files.map((f) => f.slice(0, f.lastIndexOf(sep)));
    let root = dirs[0] ?? cwd;
    for (const d of dirs)
        while (!(d === root || d.startsWith(`${root}${sep}`)))
            root = root.slice(0, root.lastIndexOf(sep)) || sep;
    return { name, files, rootDirectory: root };
}
/** Whether this process can reach the Actions artifact service. */
function artifactRuntimeAvailable(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN) && Boolean(env.ACTIONS_RESULTS_URL ?? env.ACTIONS_RUNTIME_URL);
}

// EXTERNAL MODULE: ./packages/core/src/sbom/inputs.ts
var sbom_inputs = __webpack_require__(47082);
// EXTERNAL MODULE: ./packages/core/src/order.ts
var order = __webpack_require__(76729);
// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/sbom/run.ts
/**
 * The `sbom` action's core: parse its inputs, catalogue, write CycloneDX and/or SPDX in one pass,
 * report outputs and a job summary. Source trees (`path`) work here; images (`image`,
 * `oci-layout`) need the registry client and fail with a named error until it lands.
 */




















/** SOURCE_DATE_EPOCH when set (reproducible builds), else the given time, else now (the caller gives a notice). */
function documentTime(env, fallback) {
    return (0,time/* reproducibleTime */.m)(env, [() => (fallback === undefined ? undefined : { time: fallback, source: 'commit time' })], {
        kind: 'now',
    });
}
/** Every path input resolves inside the workspace (symbolic links followed), before anything is read. */
function checkPaths(inputs, cwd) {
    const ws = (0,src_paths/* workspace */.Gl)(cwd, inputs.allowOutsideWorkspace);
    if (inputs.path !== undefined)
        (0,src_paths/* inWorkspace */.ve)(ws, 'path', inputs.path);
    if (inputs.ociLayout !== undefined) {
        const ref = (0,sbom_inputs/* imageReferenceInput */.L7)('oci-layout', inputs.ociLayout);
        if (ref.kind === 'layout')
            (0,src_paths/* inWorkspace */.ve)(ws, 'oci-layout', ref.path);
    }
    if (inputs.outputFile !== undefined)
        (0,src_paths/* inWorkspace */.ve)(ws, 'output-file', inputs.outputFile);
    else
        (0,src_paths/* inWorkspace */.ve)(ws, 'output-dir', inputs.outputDir);
    (0,src_paths/* keyInWorkspace */.O)(ws, 'key', inputs.key);
}
async function runSbom(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    const { logger } = environment;
    checkPaths(inputs, environment.cwd);
    const outcome = inputs.engine === 'syft'
        ? await runSyft(await findSyft(inputs.syftPath, environment.env, environment.cwd), {
            ...(inputs.path === undefined ? {} : { path: inputs.path }),
            ...(inputs.image === undefined ? {} : { image: inputs.image }),
            ...(inputs.ociLayout === undefined ? {} : { ociLayout: inputs.ociLayout }),
        }, inputs, environment, sbom_inputs/* SBOM_FILE_NAMES */.ag)
        : await sbomNative(inputs, environment);
    const described = JSON.parse(outcome.outputs.json ?? '{}');
    const summarised = (0,summary/* withJobSummary */.Ck)(outcome, 'sbom', described.digest ?? described.subject?.digest ?? '', environment.github);
    if (!inputs.uploadArtifact)
        return summarised;
    const name = sbomArtifactName(environment.env, {
        label: inputs.image ?? inputs.ociLayout ?? inputs.path ?? '.',
        subjects: (outcome.outputs['document-digests'] ?? '').split('\n'),
        paths: (outcome.outputs['sbom-paths'] ?? '').split('\n'),
    });
    if (!artifactRuntimeAvailable(environment.env)) {
        logger.notice(`upload-artifact: no GitHub Actions runtime here (ACTIONS_RUNTIME_TOKEN is unset), so artifact '${name}' is not uploaded; the documents are in sbom-paths.`);
    }
    return { ...summarised, outputs: { ...summarised.outputs, 'artifact-name': name } };
}
async function sbomNative(inputs, environment) {
    const { logger } = environment;
    if (inputs.image !== undefined || inputs.ociLayout !== undefined)
        return sbomImage(inputs, environment);
    const target = (0,external_node_path_.resolve)(environment.cwd, inputs.path ?? '.');
    /** A tree or lockfile that cannot be read (permission denied, ...) is the input's failure. */
    const unreadable = (error) => (0,src_paths/* pathInputError */.GE)(environment.cwd, 'path', inputs.path ?? '.', 'a readable directory or lockfile', error);
    let info;
    try {
        info = await (0,promises_.stat)(target);
    }
    catch (error) {
        const expected = 'an existing directory or lockfile';
        throw (0,src_paths/* isPathFailure */.yQ)(error)
            ? (0,src_paths/* pathInputError */.GE)(environment.cwd, 'path', inputs.path ?? '.', expected, error)
            : (0,errors/* inputError */.Xu)('path', inputs.path ?? '.', expected);
    }
    // git's answers (the commit, where the tree sits in the repository, the commit's time) do not depend
    // on the catalogue: asked now, they run beside it. None rejects (no git: undefined). The time is
    // asked only when SOURCE_DATE_EPOCH does not set it: each git process costs a fork of this one.
    const dir = info.isDirectory() ? target : (0,external_node_path_.dirname)(target);
    const placeAsked = (0,sbom_project/* repositoryPlace */.Go)(dir);
    const timeAsked = (0,src_inputs/* sourceDateEpoch */.pA)(environment.env) === undefined ? (0,git/* commitTime */.bX)(dir) : Promise.resolve(undefined);
    let tree;
    if (info.isDirectory()) {
        tree = await logger.group(`Cataloguing ${inputs.path}`, () => catalogSourceTree(target, DEFAULT_SKIP, (0,exclude/* excludeMatcher */.B)(inputs.exclude), unreadable));
    }
    else {
        const kind = sourceKind((0,external_node_path_.basename)(target), (0,external_node_path_.dirname)(target));
        if (kind === undefined) {
            throw (0,errors/* inputError */.Xu)('path', inputs.path ?? '', 'a directory, or a lockfile such as package-lock.json, yarn.lock, pnpm-lock.yaml, go.mod, Cargo.lock, requirements.txt, poetry.lock, Pipfile.lock, uv.lock, pom.xml or gradle.lockfile');
        }
        const file = { kind, path: (0,external_node_path_.basename)(target) };
        const single = await catalogSourceFile((0,external_node_path_.dirname)(target), file, unreadable);
        const digest = (0,media/* sha256 */.sc)(`${file.path}\0${(0,media/* digestHex */.sU)((0,media/* sha256 */.sc)(await (0,promises_.readFile)(target)))}\n`);
        tree = { files: [file], results: [single], digest };
    }
    for (const f of tree.files)
        logger.info(`found ${f.path} (${f.kind})`);
    if (tree.files.length === 0) {
        logger.warning(`No lockfile or manifest found under '${inputs.path}'; the SBOM lists no components.`);
    }
    const catalog = (0,model/* mergeResults */.n)(tree.results);
    for (const w of catalog.warnings)
        logger.warning(w);
    const place = await placeAsked;
    const when = await documentTime(environment.env, await timeAsked);
    if (when.source === 'now') {
        logger.notice('No SOURCE_DATE_EPOCH and no git commit: the SBOM timestamp is the current time, so reruns differ.');
    }
    // Named by the project or its repository, never by a local folder: the same tree gives the same bytes anywhere.
    const project = await (0,sbom_project/* projectIdentity */.yI)(dir, environment.github, placeAsked);
    if (project.source === 'none') {
        logger.notice(`No ${sbom_project/* PROJECT_MANIFESTS */.Jx.join(', ')} in '${inputs.path}', no GITHUB_REPOSITORY and no origin remote: the SBOM's root component is named '${project.name}'.`);
    }
    else
        logger.info(`root component ${project.name} (from ${project.source})`);
    const inside = place?.inside;
    const sourcePath = inside === undefined ? undefined : info.isDirectory() ? inside : external_node_path_.posix.join(inside, (0,external_node_path_.basename)(target));
    const subject = {
        kind: 'source',
        name: project.name,
        ...(project.version === undefined ? {} : { version: project.version }),
        ...(project.purl === undefined ? {} : { purl: project.purl }),
        digest: tree.digest,
        timestamp: when.time,
        properties: {
            ...(sourcePath === undefined ? {} : { 'immutable-artefacts:source-path': sourcePath }),
            ...(place?.commit === undefined ? {} : { 'immutable-artefacts:git-commit': place.commit }),
        },
    };
    const documents = (0,writers/* writeDocuments */.iX)(catalog, subject, inputs.formats);
    const written = await writeSbomFiles(documents, inputs, environment);
    return sbomOutcome({ subject, catalog, documents: written });
}
/**
 * Image mode: catalogue each selected platform of `image` / `oci-layout` (resolved once), write
 * one document set per platform, then attach and/or attest them when asked.
 */
async function sbomImage(inputs, environment) {
    const { logger } = environment;
    // Image mode's code (registry client, layer readers) loads only here: a source-tree run, the
    // common case, does not pay for parsing it. The referrer and signing code loads only to attach or
    // attest, and for attach only after the layer walk: a run keeps less in its heap for the whole of
    // a long walk (above ~8 MB retained, V8 marks after nearly every young collection).
    const [{ catalogImageReference }, attestCode] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(722), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 63099)),
        inputs.attest ? Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(335), __webpack_require__.e(933), __webpack_require__.e(22), __webpack_require__.e(722), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(100), __webpack_require__.e(529), __webpack_require__.e(51)]).then(__webpack_require__.bind(__webpack_require__, 32014)) : undefined,
    ]);
    // A bad key or password fails here, before any layer is read.
    const signing = attestCode === undefined ? undefined : await attestCode.attestConfig(inputs, environment);
    const { store, name, root, results } = await catalogImageReference(inputs, environment, sbom_inputs/* SBOM_FILE_NAMES */.ag, (fallback) => documentTime(environment.env, fallback));
    for (const r of results)
        for (const w of r.catalog.warnings)
            logger.warning(w);
    // Every platform's documents written together: all of them, or none.
    const names = results.flatMap((r) => r.documents.map((_doc, i) => r.fileNames[i] ?? 'sbom.json'));
    const writtenAll = await writeSbomFiles(results.flatMap((r) => r.documents), inputs, environment, (_doc, i) => names[i]);
    const written = results.map((r, i) => {
        const before = results.slice(0, i).reduce((n, o) => n + o.documents.length, 0);
        return writtenAll.slice(before, before + r.documents.length);
    });
    // Attached and attested together: one merge of a registry's fallback index per image.
    const referrers = inputs.attach || signing !== undefined
        ? await (attestCode ?? (await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(335), __webpack_require__.e(933), __webpack_require__.e(22), __webpack_require__.e(722), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(100), __webpack_require__.e(529), __webpack_require__.e(51)]).then(__webpack_require__.bind(__webpack_require__, 32014)))).publishDocuments(store, name, results, { attach: inputs.attach, signing }, environment)
        : [];
    const outcomes = results.map((r, i) => sbomOutcome({ subject: r.subject, catalog: r.catalog, documents: written[i] ?? [] }));
    const all = written.flat();
    const json = {
        image: name,
        digest: root.digest,
        componentCount: results.reduce((n, r) => n + r.catalog.components.length, 0),
        documents: all.map((d) => ({ format: d.format, path: d.path, digest: d.digest, mediaType: d.mediaType })),
        platforms: outcomes.map((o, i) => ({
            platform: results[i]?.subject.properties?.['immutable-artefacts:platform'] ?? null,
            ...JSON.parse(o.outputs.json ?? '{}'),
        })),
        referrers,
    };
    const summary = [
        ...outcomes.map((o) => o.summary),
        ...(referrers.length === 0
            ? []
            : [
                '| Referrer | Kind | Subject |',
                '| --- | --- | --- |',
                ...referrers.map((r) => `| \`${r.digest}\` | ${r.kind} (${r.format}) | \`${r.subject}\` |`),
                '',
            ]),
    ].join('\n');
    return {
        outputs: {
            'sbom-paths': all.map((d) => d.path).join('\n'),
            'component-count': String(json.componentCount),
            'document-digests': all.map((d) => `${d.format} ${d.digest}`).join('\n'),
            referrers: referrers.map((r) => r.digest).join('\n'),
            json: JSON.stringify(json),
        },
        summary,
    };
}
/**
 * Writes documents where the inputs say (output-file, else output-dir/sbom.cdx.json and
 * sbom.spdx.json) and returns them with the path as shown to the user. Image mode reuses this.
 */
async function writeSbomFiles(documents, inputs, environment, fileName = (doc) => sbom_inputs/* SBOM_FILE_NAMES */.ag[doc.format]) {
    const ws = (0,src_paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    const input = inputs.outputFile === undefined ? 'output-dir' : 'output-file';
    const failed = (error, path, at) => {
        if ((0,src_paths/* isPathFailure */.yQ)(error)) {
            const expected = input === 'output-dir' ? 'a directory the SBOMs can be written in' : 'a file path that can be written';
            return (0,src_paths/* pathInputError */.GE)(environment.cwd, input, inputs.outputFile ?? inputs.outputDir, expected, error, at);
        }
        return new errors/* ArtefactsError */.E('IO_FAILED', `Cannot write ${path}: ${error.message}`, {
            cause: error,
            hint: `Check '${input}'.`,
        });
    };
    // Every file is checked first: an existing sbom/sbom.cdx.json that links out is not written through.
    const paths = documents.map((doc, index) => inputs.outputFile !== undefined
        ? (0,src_paths/* inWorkspace */.ve)(ws, 'output-file', inputs.outputFile)
        : (0,src_paths/* inWorkspace */.ve)(ws, 'output-dir', (0,external_node_path_.resolve)(environment.cwd, inputs.outputDir, fileName(doc, index))));
    for (const path of new Set(paths.map((p) => (0,external_node_path_.dirname)(p)))) {
        try {
            await (0,promises_.mkdir)(path, { recursive: true });
        }
        catch (error) {
            throw failed(error, path);
        }
    }
    // All documents or none: a failure on the second leaves the first as it was, never half written.
    await (0,files/* writeFilesTogether */.rx)(documents.map((doc, index) => ({ path: paths[index], content: doc.bytes })), (error, { file, at }) => failed(error, file.path, at));
    return documents.map((doc, index) => {
        const path = paths[index];
        const shown = (0,external_node_path_.isAbsolute)(inputs.outputFile ?? inputs.outputDir)
            ? path
            : (0,external_node_path_.relative)(environment.cwd, path).split(external_node_path_.sep).join('/');
        environment.logger.info(`wrote ${shown} (${doc.format}, ${doc.digest})`);
        return { ...doc, path: shown };
    });
}
function sbomOutcome(result) {
    const { subject, catalog, documents } = result;
    const ecosystems = countBy(catalog.components.map((c) => c.ecosystem));
    const scopes = countBy(catalog.components.map((c) => c.scope));
    const licences = countBy(catalog.components.flatMap((c) => c.licenses.length === 0
        ? ['(none recorded)']
        : c.licenses.map((l) => ('expression' in l ? l.expression : l.name))));
    const json = {
        subject: {
            kind: subject.kind,
            name: subject.name,
            digest: subject.digest,
            timestamp: subject.timestamp.toISOString(),
        },
        componentCount: catalog.components.length,
        ecosystems: Object.fromEntries(ecosystems),
        scopes: Object.fromEntries(scopes),
        documents: documents.map((d) => ({ format: d.format, path: d.path, digest: d.digest, mediaType: d.mediaType })),
        warnings: catalog.warnings,
    };
    const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const summary = [
        `### SBOM for \`${cell(subject.name)}\``,
        '',
        `${catalog.components.length} components · subject \`${subject.digest}\` · ${subject.timestamp.toISOString()}`,
        '',
        '| Ecosystem | Components |',
        '| --- | ---: |',
        ...ecosystems.map(([k, v]) => `| ${k} | ${v} |`),
        '',
        `Scopes: ${scopes.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
        '',
        '| Top licences | Components |',
        '| --- | ---: |',
        ...licences.slice(0, 10).map(([k, v]) => `| ${cell(k)} | ${v} |`),
        '',
        '| Document | Path | Digest |',
        '| --- | --- | --- |',
        ...documents.map((d) => `| ${d.format} | \`${cell(d.path)}\` | \`${d.digest}\` |`),
        ...(catalog.warnings.length === 0
            ? []
            : [
                '',
                `<details><summary>${catalog.warnings.length} warnings</summary>`,
                '',
                ...catalog.warnings.map((w) => `- ${cell(w)}`),
                '',
                '</details>',
            ]),
        '',
    ].join('\n');
    return {
        outputs: {
            'sbom-paths': documents.map((d) => d.path).join('\n'),
            'component-count': String(catalog.components.length),
            'document-digests': documents.map((d) => `${d.format} ${d.digest}`).join('\n'),
            json: JSON.stringify(json),
        },
        summary,
    };
}
/** Counts, most first, ties by name (deterministic). */
function countBy(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (0,order/* compareText */.n)(a[0], b[0]));
}


/***/ }),

/***/ 17439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b1: () => (/* binding */ SBOM_MEDIA_TYPES),
/* harmony export */   iX: () => (/* binding */ writeDocuments),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   zu: () => (/* binding */ SBOM_FORMATS)
/* harmony export */ });
/* unused harmony exports uuidFrom, writeCycloneDx, spdxId, writeSpdx */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96939);
/* harmony import */ var _suite_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64277);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76729);
/**
 * CycloneDX 1.6 JSON and SPDX 2.3 JSON, written in one pass from the same catalogue.
 * Deterministic: the input decides every byte (sorted components and properties, identifiers
 * derived from the subject digest, the timestamp given by the caller, no milliseconds).
 */





/** The hex of a sha256 subject digest, for the documents' own hash fields; none when it is not one. */
function hexOf(digest) {
    try {
        return (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(digest);
    }
    catch {
        return undefined;
    }
}
const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json'];
const SBOM_MEDIA_TYPES = {
    'cyclonedx-json': 'application/vnd.cyclonedx+json',
    'spdx-json': 'application/spdx+json',
};
/**
 * The document as 2-space JSON with a final newline. Its bytes are made once from the JSON text and
 * the newline, then hashed and written as they are: the text joined to its newline is a string V8
 * has not flattened, and hashing or writing that took several times as long as the bytes (measured
 * with a 500 KB document).
 */
function sbomDocument(format, doc) {
    const json = JSON.stringify(doc, null, 2);
    const length = Buffer.byteLength(json);
    const bytes = Buffer.allocUnsafe(length + 1);
    if (bytes.write(json) !== length)
        throw new Error('sbomDocument: short write');
    bytes[length] = 0x0a;
    return { format, content: `${json}\n`, bytes, digest: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes), mediaType: SBOM_MEDIA_TYPES[format] };
}
/** ISO 8601 UTC, whole seconds (SPDX forbids milliseconds; CycloneDX gets the same for symmetry). */
function isoSeconds(date) {
    if (Number.isNaN(date.getTime()))
        throw new Error('isoSeconds: invalid date');
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A name-based UUID (version 5 layout) from a digest: the same subject always gets the same serial. */
function uuidFrom(seed) {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(seed).digest().subarray(0, 16);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function sortedProperties(entries) {
    return entries
        .map(([name, value]) => ({ name, value }))
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.name, b.name) || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.value, b.value));
}
function componentProperties(c) {
    return sortedProperties([
        ...Object.entries(c.properties).map(([k, v]) => [`${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:${k}`, v]),
        ...c.foundIn.map((loc) => [`${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:found-in`, loc]),
        [`${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:ecosystem`, c.ecosystem],
    ]);
}
function cdxLicenses(licenses) {
    if (licenses.length === 0)
        return undefined;
    const only = licenses[0];
    if (licenses.length === 1 && only !== undefined && 'expression' in only)
        return [{ expression: only.expression }];
    // CycloneDX allows one expression or a list of named licences, not a mix: several become names.
    return licenses.map((l) => ({ license: { name: 'expression' in l ? l.expression : l.name } }));
}
const CDX_SCOPE = { required: 'required', optional: 'optional', dev: 'excluded' };
function writeCycloneDx(catalog, subject) {
    // The subject's purl is its bom-ref unless a component has the same purl (bom-refs must be unique).
    const subjectRef = subject.purl !== undefined && !catalog.components.some((c) => c.purl === subject.purl)
        ? subject.purl
        : `${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:subject:${subject.digest}`;
    const components = catalog.components.map((c) => ({
        type: c.type,
        'bom-ref': c.purl,
        ...(c.group === undefined ? {} : { group: c.group }),
        name: c.name,
        ...(c.version === '' ? {} : { version: c.version }),
        scope: CDX_SCOPE[c.scope],
        ...(c.hashes.length === 0 ? {} : { hashes: c.hashes.map((h) => ({ alg: h.alg, content: h.content })) }),
        ...(c.licenses.length === 0 ? {} : { licenses: cdxLicenses(c.licenses) }),
        purl: c.purl,
        properties: componentProperties(c),
    }));
    if (catalog.distro !== undefined) {
        const d = catalog.distro;
        components.push({
            type: 'operating-system',
            'bom-ref': `${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:os:${d.id}${d.versionId === undefined ? '' : `@${d.versionId}`}`,
            name: d.id,
            ...(d.versionId === undefined ? {} : { version: d.versionId }),
            ...(d.prettyName === undefined ? {} : { description: d.prettyName }),
        });
    }
    const hex = hexOf(subject.digest);
    const doc = {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${uuidFrom(`cyclonedx:${subject.digest}`)}`,
        version: 1,
        metadata: {
            timestamp: isoSeconds(subject.timestamp),
            tools: { components: [{ type: 'application', name: _suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t, version: _suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_VERSION */ .s }] },
            component: {
                type: subject.kind === 'image' ? 'container' : 'application',
                'bom-ref': subjectRef,
                name: subject.name,
                ...(subject.version === undefined ? {} : { version: subject.version }),
                ...(hex === undefined ? {} : { hashes: [{ alg: 'SHA-256', content: hex }] }),
                ...(subject.purl === undefined ? {} : { purl: subject.purl }),
            },
            properties: sortedProperties([
                ...Object.entries(subject.properties ?? {}),
                [`${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:subject-digest`, subject.digest],
            ]),
        },
        components,
        dependencies: [
            { ref: subjectRef, dependsOn: [...catalog.direct] },
            ...catalog.components.map((c) => ({ ref: c.purl, dependsOn: [...c.dependsOn] })),
        ],
    };
    return sbomDocument('cyclonedx-json', doc);
}
const SPDX_ALG = {
    MD5: 'MD5',
    'SHA-1': 'SHA1',
    'SHA-256': 'SHA256',
    'SHA-384': 'SHA384',
    'SHA-512': 'SHA512',
};
/** SPDX element ids: `^SPDXRef-[a-zA-Z0-9.-]+$`, unique by construction (a hash of the purl ends each). */
function spdxId(prefix, readable, unique) {
    const clean = readable
        .replace(/[^a-zA-Z0-9.-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80);
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(unique).digest('hex').slice(0, 12);
    return `SPDXRef-${prefix}-${clean === '' ? '' : `${clean}-`}${suffix}`;
}
function writeSpdx(catalog, subject) {
    const extracted = new Map();
    const declared = (licenses) => {
        if (licenses.length === 0)
            return 'NOASSERTION';
        const parts = licenses.map((l) => {
            if ('expression' in l)
                return licenses.length > 1 ? `(${l.expression})` : l.expression;
            const id = `LicenseRef-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(l.name).digest('hex').slice(0, 16)}`;
            extracted.set(id, l.name);
            return id;
        });
        return parts.join(' AND ');
    };
    const ids = new Map();
    for (const c of catalog.components)
        ids.set(c.purl, spdxId('Package', `${c.ecosystem}-${c.name}-${c.version}`, c.purl));
    const subjectId = spdxId(subject.kind === 'image' ? 'Image' : 'Source', subject.name, subject.digest);
    const hex = hexOf(subject.digest);
    const packages = [
        {
            name: subject.name,
            SPDXID: subjectId,
            ...(subject.version === undefined ? {} : { versionInfo: subject.version }),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            ...(hex === undefined ? {} : { checksums: [{ algorithm: 'SHA256', checksumValue: hex }] }),
            ...(subject.purl === undefined
                ? {}
                : {
                    externalRefs: [
                        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: subject.purl },
                    ],
                }),
            primaryPackagePurpose: subject.kind === 'image' ? 'CONTAINER' : 'SOURCE',
        },
        ...catalog.components.map((c) => ({
            name: c.group === undefined || c.ecosystem !== 'maven' ? c.name : `${c.group}:${c.name}`,
            SPDXID: ids.get(c.purl),
            ...(c.version === '' ? {} : { versionInfo: c.version }),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            ...(c.hashes.length === 0
                ? {}
                : { checksums: c.hashes.map((h) => ({ algorithm: SPDX_ALG[h.alg], checksumValue: h.content })) }),
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: declared(c.licenses),
            copyrightText: 'NOASSERTION',
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }],
            sourceInfo: `found in: ${c.foundIn.join(', ')}`,
            primaryPackagePurpose: c.type === 'application' ? 'APPLICATION' : c.type === 'operating-system' ? 'OPERATING_SYSTEM' : 'LIBRARY',
            ...(c.scope === 'required' ? {} : { comment: `scope: ${c.scope}` }),
        })),
    ];
    if (catalog.distro !== undefined) {
        const d = catalog.distro;
        packages.push({
            name: d.id,
            SPDXID: spdxId('OperatingSystem', d.id, `${d.id}@${d.versionId ?? ''}`),
            ...(d.versionId === undefined ? {} : { versionInfo: d.versionId }),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            ...(d.prettyName === undefined ? {} : { description: d.prettyName }),
            primaryPackagePurpose: 'OPERATING_SYSTEM',
        });
    }
    const byPurl = new Map(catalog.components.map((c) => [c.purl, c]));
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: subjectId },
    ];
    for (const purl of catalog.direct) {
        const id = ids.get(purl);
        const scope = byPurl.get(purl)?.scope;
        if (scope === 'dev')
            relationships.push({ spdxElementId: id, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: subjectId });
        else if (scope === 'optional')
            relationships.push({
                spdxElementId: id,
                relationshipType: 'OPTIONAL_DEPENDENCY_OF',
                relatedSpdxElement: subjectId,
            });
        else
            relationships.push({ spdxElementId: subjectId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: id });
    }
    // Image mode: everything found is contained in the image, even without a recorded edge.
    if (subject.kind === 'image') {
        for (const c of catalog.components) {
            relationships.push({
                spdxElementId: subjectId,
                relationshipType: 'CONTAINS',
                relatedSpdxElement: ids.get(c.purl),
            });
        }
    }
    for (const c of catalog.components) {
        for (const dep of c.dependsOn) {
            relationships.push({
                spdxElementId: ids.get(c.purl),
                relationshipType: 'DEPENDS_ON',
                relatedSpdxElement: ids.get(dep),
            });
        }
    }
    const doc = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${subject.name}${subject.version === undefined ? '' : `@${subject.version}`}`,
        documentNamespace: `https://spdx.org/spdxdocs/${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}/${encodeURIComponent(subject.name)}-${uuidFrom(`spdx:${subject.digest}`)}`,
        creationInfo: {
            created: isoSeconds(subject.timestamp),
            creators: [`Tool: ${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}-${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_VERSION */ .s}`],
        },
        packages,
        ...(extracted.size === 0
            ? {}
            : {
                hasExtractedLicensingInfos: [...extracted.entries()]
                    .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a[0], b[0]))
                    .map(([licenseId, text]) => ({ licenseId, extractedText: text, name: text })),
            }),
        relationships,
    };
    return sbomDocument('spdx-json', doc);
}
/** Both (or one) formats from the same catalogue, in the order asked for. */
function writeDocuments(catalog, subject, formats) {
    return formats.map((f) => (f === 'cyclonedx-json' ? writeCycloneDx(catalog, subject) : writeSpdx(catalog, subject)));
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


/***/ }),

/***/ 53988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 75204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
