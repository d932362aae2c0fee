export const id = 759;
export const ids = [759];
export const modules = {

/***/ 7477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIN_SECRETS: () => (/* reexport */ PIN_SECRETS),
  parsePinInputs: () => (/* reexport */ parsePinInputs),
  runPin: () => (/* reexport */ runPin)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var src_paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
;// CONCATENATED MODULE: ./packages/core/src/pin/inputs.ts
/** The pin action's and `artefacts pin`'s inputs: parsed once, typed. */




const PIN_SECRETS = ['registry-password'];
/** Inputs naming files or directories: confined to the workspace unless listed in allow-outside-workspace. */
const PIN_PATH_INPUTS = ['paths'];
/** `min-pinned`: a percentage from 0 to 100 (`80`, `80%`, `99.5`); empty = 100, every reference. */
function percentage(raw, name) {
    const given = raw(name).trim();
    if (given === '')
        return 100;
    const number = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(given)?.[1];
    if (number === undefined || Number(number) > 100) {
        throw (0,errors/* inputError */.Xu)(name, given, 'a percentage from 0 to 100 (e.g. 100, 80 or 99.5%)');
    }
    return Number(number);
}
function parsePinInputs(raw) {
    const paths = inputs/* list */.p_(raw, 'paths', { comma: false });
    if (paths.length === 0) {
        throw (0,errors/* inputError */.Xu)('paths', raw('paths'), 'one or more files, directories or globs, one per line');
    }
    for (const p of paths)
        (0,inputs/* plainValue */._y)('paths', p);
    const access = (0,src_paths/* parseRegistryAccess */.JO)(raw, PIN_PATH_INPUTS);
    const registry = inputs/* optionalText */.mR(raw, 'registry');
    let credentialsRegistry;
    if (registry !== undefined) {
        // Written as people write it; Docker Hub's other names are the same registry. The host is checked
        // first, so that no error shows the reference built here to read it, which the user never wrote.
        const accepted = 'a registry host, with its port if any (e.g. ghcr.io, docker.io, 127.0.0.1:5000)';
        const plain = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(registry);
        const problem = plain ? (0,references/* registryHostProblem */.r6)(registry) : undefined;
        if (problem !== undefined)
            throw (0,errors/* inputError */.Xu)('registry', registry, `${accepted}; ${problem.part} ${problem.why}`);
        const host = plain ? (0,references/* parseReference */.F2)(`${registry}/x/y`) : undefined;
        if (host?.kind !== 'registry' || host.registry.includes('/'))
            throw (0,errors/* inputError */.Xu)('registry', registry, accepted);
        credentialsRegistry = host.registry;
    }
    if (access.registryUsername !== undefined && credentialsRegistry === undefined) {
        throw (0,errors/* inputError */.Xu)('registry', '', 'the registry host registry-username and registry-password are for (e.g. ghcr.io): the files can name many registries, and credentials go to that one only');
    }
    return {
        paths,
        check: inputs/* boolean */.zM(raw, 'check', false),
        minPinned: percentage(raw, 'min-pinned'),
        allowUnresolved: inputs/* boolean */.zM(raw, 'allow-unresolved', false),
        verifyPinned: inputs/* boolean */.zM(raw, 'verify-pinned', false),
        credentialsRegistry,
        ...access,
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var concurrency = __webpack_require__(37870);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
;// CONCATENATED MODULE: ./packages/core/src/pin/sites.ts
/**
 * A place in a deployment descriptor that names an image (a site), and the text edits that pin it.
 * Every finder (YAML kinds, Dockerfile) reports sites the same way; edits are byte ranges of the
 * original text, so everything outside the rewritten value stays exactly as it was.
 */


/** Parses a reference found in a file; a variable, a layout or a bad reference is a problem, not a guess. */
function siteFor(kind, line, reference, pin) {
    const base = { kind, line, reference, pin };
    if (/\$|\{\{/.test(reference)) {
        return {
            ...base,
            ref: undefined,
            problem: 'the reference holds a variable (ARG, ${…} or a template), substituted later: not guessed',
        };
    }
    if (reference.startsWith('oci:'))
        return { ...base, ref: undefined, problem: 'an oci: layout is not deployable' };
    try {
        const ref = (0,references/* parseReference */.F2)(reference);
        if (ref.kind !== 'registry')
            return { ...base, ref: undefined, problem: 'not a registry reference' };
        return { ...base, ref, problem: undefined };
    }
    catch (error) {
        if ((0,errors/* isArtefactsError */.cs)(error))
            return { ...base, ref: undefined, problem: error.message };
        throw error;
    }
}
/** The reference written with its digest: `name:tag@digest`, the tag made explicit (`latest`) when absent. */
function pinnedText(written, ref, digest) {
    return ref.tag === undefined ? `${written}:latest@${digest}` : `${written}@${digest}`;
}
/** What is resolved for a reference: one key per registry, repository and tag (the digest left out). */
function tagKey(ref) {
    return (0,references/* formatReference */.FH)(ref, { tag: ref.tag ?? 'latest', digest: undefined });
}
/** The text with the edits applied (they never overlap: each rewrites its own value). */
function applyEdits(text, edits) {
    let out = text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    }
    return out;
}
/** 1-based line numbers of offsets in one text. */
function lineCounter(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/pin/dockerfile.ts
/**
 * Dockerfile (and Containerfile) `FROM [--platform=…] image[:tag] [AS name]` lines. A `FROM` that
 * names an earlier stage, or `scratch`, is no image; an image built from an ARG is reported as a
 * problem (its value is only known at build time), never guessed.
 */

const FROM = /^(\s*FROM\s+)((?:--\S+\s+)*)(\S+)(?:\s+AS\s+(\S+))?\s*$/i;
/** Whether a file name is a Dockerfile or Containerfile (`Dockerfile`, `Dockerfile.prod`, `app.Dockerfile`). */
function isDockerfileName(name) {
    return /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(name) || /\.(?:Dockerfile|Containerfile)$/i.test(name);
}
function dockerfileSites(text) {
    const lineOf = lineCounter(text);
    const stages = new Set();
    const sites = [];
    let offset = 0;
    for (const raw of text.split('\n')) {
        const lineStart = offset;
        offset += raw.length + 1;
        const m = FROM.exec(raw.replace(/\r$/, ''));
        if (m === null)
            continue;
        const image = m[3];
        const stage = m[4];
        const named = image.toLowerCase();
        if (named !== 'scratch' && !stages.has(named)) {
            const start = lineStart + m[1].length + m[2].length;
            sites.push(siteFor('dockerfile', lineOf(start), image, (ref, digest) => [
                { start, end: start + image.length, text: pinnedText(image, ref, digest) },
            ]));
        }
        if (stage !== undefined)
            stages.add(stage.toLowerCase());
    }
    return sites;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(92886);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/pin/yaml.ts
/**
 * Image references in YAML descriptors, found through the `yaml` library's document tree (every
 * document of a multi-document file) and pinned by rewriting only the source range of the one
 * scalar that changes (or inserting one `digest:` line): comments, key order, quoting, blank lines
 * and `---` separators stay byte for byte.
 *
 * - any `image:` key with a string value: Kubernetes containers, initContainers and
 *   ephemeralContainers of every workload kind, compose `services.*.image`, and values files;
 * - a map with `repository` and `tag` (and optionally `registry`), Helm's values convention: when
 *   the map has a `digest` key (charts that support one), that key is set; otherwise the tag
 *   becomes `tag: <tag>@sha256:…` (a chart that renders `repository:tag` then renders a pinned
 *   reference);
 * - kustomization files' `images:` entries (name / newName / newTag / digest): `digest` is set
 *   beside `newTag`, as kustomize renders `name:newTag@digest`.
 */



function isYamlName(name) {
    return /\.ya?ml$/i.test(name);
}
/** The sites of a YAML file, or why the file cannot be read as YAML (a template, say). */
function yamlSites(text, file) {
    const parsed = (0,dist/* parseAllDocuments */.hR)(text);
    const docs = Array.isArray(parsed) ? parsed : [];
    const broken = docs.flatMap((d) => d.errors);
    if (broken.length > 0)
        return { sites: [], error: broken[0].message.split('\n')[0] };
    const lineOf = lineCounter(text);
    const sites = [];
    for (const doc of docs) {
        const kind = documentKind(doc, external_node_path_default().basename(file));
        if (kind === 'kustomize')
            sites.push(...kustomizeSites(text, doc, lineOf));
        (0,dist/* visit */.YR)(doc, {
            Map(_key, map) {
                const helm = helmSite(text, map, lineOf);
                if (helm !== undefined)
                    sites.push(helm);
            },
            Pair(_key, pair) {
                if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== 'image' || !(0,dist/* isScalar */.jn)(pair.value))
                    return;
                const node = pair.value;
                const written = asWritten(text, node);
                if (typeof node.value !== 'string' || written === undefined)
                    return;
                const at = node.range[0];
                sites.push(siteFor(kind === 'kustomize' ? 'yaml' : kind, lineOf(at), written, (ref, digest) => [
                    replaceScalar(text, node, pinnedText(written, ref, digest)),
                ]));
            },
        });
    }
    return { sites: sites.sort((a, b) => a.line - b.line) };
}
function documentKind(doc, base) {
    const top = doc.contents;
    if (/^kustomization\.ya?ml$/i.test(base) || ((0,dist/* isMap */.jh)(top) && top.get('kind') === 'Kustomization'))
        return 'kustomize';
    if ((0,dist/* isMap */.jh)(top) && top.has('apiVersion') && top.has('kind'))
        return 'kubernetes';
    if (/compose/i.test(base) && (0,dist/* isMap */.jh)(top) && (0,dist/* isMap */.jh)(top.get('services')))
        return 'compose';
    if ((0,dist/* isMap */.jh)(top) && (0,dist/* isMap */.jh)(top.get('services')) && !top.has('apiVersion'))
        return 'compose';
    if (/^values.*\.ya?ml$/i.test(base))
        return 'helm';
    return 'yaml';
}
/** The scalar's value as written: a plain scalar's source text (`1.10` stays `1.10`), a quoted one's value. */
function asWritten(text, node) {
    const [start, end] = node.range ?? [0, 0];
    if (node.type === 'PLAIN')
        return text.slice(start, end);
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        return String(node.value);
    return undefined;
}
/** Rewrites one scalar in its own quoting style. An empty (null) value gets one written after its key. */
function replaceScalar(text, node, value) {
    const [start, end] = node.range;
    if (start === end) {
        // An empty value sits right after its `:` (block) or where the next flow indicator is (`digest: }`).
        const before = text[start - 1] === ':' ? ' ' : '';
        const after = /[,}\]]/.test(text[start] ?? '') ? ' ' : '';
        return { start, end, text: `${before}${value}${after}` };
    }
    if (node.type === 'QUOTE_DOUBLE')
        return { start, end, text: JSON.stringify(value) };
    if (node.type === 'QUOTE_SINGLE')
        return { start, end, text: `'${value.replace(/'/g, "''")}'` };
    return { start, end, text: value };
}
function scalarAt(map, key) {
    const node = map.get(key, true);
    return (0,dist/* isScalar */.jn)(node) ? node : undefined;
}
/** A value to use: undefined when the key is absent or its value is null or empty. */
function given(text, node) {
    if (node === undefined || node.value === null)
        return undefined;
    const value = asWritten(text, node);
    return value === '' ? undefined : value;
}
function helmSite(text, map, lineOf) {
    const repository = scalarAt(map, 'repository');
    const tagNode = scalarAt(map, 'tag');
    if (repository === undefined || typeof repository.value !== 'string' || !map.has('tag'))
        return undefined;
    const registry = given(text, scalarAt(map, 'registry'));
    const digestNode = scalarAt(map, 'digest');
    const digest = given(text, digestNode);
    const tag = given(text, tagNode);
    const name = `${registry === undefined ? '' : `${registry}/`}${given(text, repository) ?? ''}`;
    const reference = `${name}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
    const line = lineOf(repository.range[0]);
    const pin = (_ref, d) => digestNode !== undefined ? [replaceScalar(text, digestNode, d)] : [replaceScalar(text, tagNode, `${tag}@${d}`)];
    const site = siteFor('helm', line, reference, pin);
    if (tag === undefined && digest === undefined) {
        return { ...site, problem: "an empty tag (the chart's default, often its appVersion): set the tag to pin it" };
    }
    return site;
}
/** kustomization `images:` entries. */
function kustomizeSites(text, doc, lineOf) {
    const top = doc.contents;
    const images = (0,dist/* isMap */.jh)(top) ? top.get('images') : undefined;
    if (!(0,dist/* isSeq */.oP)(images))
        return [];
    const sites = [];
    for (const item of images.items) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        const nameNode = scalarAt(item, 'name');
        const name = given(text, scalarAt(item, 'newName')) ?? given(text, nameNode);
        if (nameNode === undefined || name === undefined)
            continue;
        const tagNode = scalarAt(item, 'newTag');
        const tag = given(text, tagNode);
        const digestNode = scalarAt(item, 'digest');
        const digest = given(text, digestNode);
        const reference = `${name}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
        const pin = (_ref, d) => {
            if (digestNode !== undefined)
                return [replaceScalar(text, digestNode, d)];
            const pair = item.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'newTag');
            const key = pair.key;
            if (item.flow)
                return [{ start: tagNode.range[1], end: tagNode.range[1], text: `, digest: ${d}` }];
            // A new line after newTag's line (after any comment on it), at newTag's column.
            const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
            const newline = text.indexOf('\n', tagNode.range[1]);
            const eol = newline < 0 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
            const ending = text[eol] === '\r' ? '\r\n' : '\n';
            const indent = ' '.repeat(key.range[0] - lineStart);
            return [{ start: eol, end: eol, text: `${ending}${indent}digest: ${d}` }];
        };
        const site = siteFor('kustomize', lineOf(nameNode.range[0]), reference, pin);
        if (tag === undefined && digest === undefined) {
            sites.push({
                ...site,
                problem: 'no newTag: the tag comes from the manifests it applies to (pin those, or set newTag)',
            });
        }
        else
            sites.push(site);
    }
    return sites;
}

;// CONCATENATED MODULE: ./packages/core/src/pin/files.ts
/**
 * The files `pin` reads: each path input is a file, a directory (walked, without .git and
 * node_modules) or a glob, and every file found resolves inside the workspace (symbolic links
 * followed) unless `paths` is let out. Files are rewritten together or not at all: each to a temporary
 * file beside it, then all renamed, each with the original's mode.
 */







const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const INPUT = 'paths';
function formatOf(name) {
    const base = external_node_path_default().basename(name);
    if (isDockerfileName(base))
        return 'dockerfile';
    if (isYamlName(base))
        return 'yaml';
    return undefined;
}
async function walk(ws, dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRECTORIES.has(entry.name))
                await walk(ws, full, out);
        }
        else if ((entry.isFile() || entry.isSymbolicLink()) && formatOf(entry.name) !== undefined) {
            // A link found by the walk is checked like an input: it may not lead out of the workspace.
            out.push((0,src_paths/* inWorkspace */.ve)(ws, INPUT, external_node_path_default().relative(ws.root, full)));
        }
    }
}
/**
 * A failure on a file or directory found for `given` (absent, not readable, not writable): that item's,
 * naming it, what pin expected of it and the path that failed.
 */
function pinPathError(ws, given, expected, error, at) {
    return (0,src_paths/* pathInputError */.GE)(ws.root, INPUT, given, expected, error, at);
}
/** Every file the path inputs name, in input order then walk order, each once. */
async function pinFiles(ws, paths) {
    const found = new Map();
    for (const given of paths) {
        const matches = /[*?[{]/.test(given) ? await (0,src_paths/* workspaceGlob */.uy)(ws, INPUT, given) : [(0,src_paths/* inWorkspace */.ve)(ws, INPUT, given)];
        if (matches.length === 0)
            throw (0,errors/* inputError */.Xu)(INPUT, given, 'a glob that matches at least one file or directory');
        const files = [];
        for (const match of matches) {
            let directory;
            try {
                directory = (await (0,promises_.stat)(match)).isDirectory();
            }
            catch (error) {
                const expected = 'files, directories or globs that exist in the workspace';
                throw (0,src_paths/* isPathFailure */.yQ)(error) ? pinPathError(ws, given, expected, error) : (0,errors/* inputError */.Xu)(INPUT, given, expected);
            }
            if (directory) {
                try {
                    await walk(ws, match, files);
                }
                catch (error) {
                    throw pinPathError(ws, given, 'readable directories', error);
                }
                continue;
            }
            if (formatOf(match) !== undefined)
                files.push(match);
            else if (match === external_node_path_default().resolve(ws.root, given)) {
                throw (0,errors/* inputError */.Xu)(INPUT, given, 'YAML files (.yaml, .yml), Dockerfiles (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile) or directories');
            }
        }
        for (const file of files)
            if (!found.has(file))
                found.set(file, given);
    }
    return [...found].map(([file, given]) => ({
        path: file,
        name: external_node_path_default().relative(ws.root, file).split((external_node_path_default()).sep).join('/'),
        format: formatOf(file),
        given,
    }));
}
/**
 * Writes every rewritten file, or none ({@link writeFilesTogether}): each to a temporary file beside
 * it, then all renamed, each keeping its mode. A symbolic link (already checked against the
 * workspace) stays a link: its target is what is rewritten. A failure (a file or its directory not
 * writable) is the `paths` item's that found it, and leaves every file as it was.
 */
async function writePinned(ws, rewritten) {
    const byPath = new Map(rewritten.map(({ file }) => [file.path, file]));
    await (0,files/* writeFilesTogether */.rx)(rewritten.map(({ file, text }) => ({ path: file.path, content: text, throughLink: true })), (error, { file, at }) => {
        const pinned = byPath.get(file.path);
        if (!(0,src_paths/* isPathFailure */.yQ)(error)) {
            return new errors/* ArtefactsError */.E('IO_FAILED', `Writing ${pinned.path}: ${(0,errors/* describeError */.Uc)(error)}`, { cause: error });
        }
        return pinPathError(ws, pinned.given, 'files pin can rewrite (a temporary file beside each, then a rename)', error, at);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/pin/report.ts
const isPinned = (e) => e.status === 'pinned' || e.status === 'resolved';
const cell = (text) => `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ');
function describe(e) {
    const what = e.status === 'unresolved'
        ? `unresolved: ${oneLine(e.reason ?? '')}`
        : e.status === 'unpinned'
            ? `not pinned (${e.digest} now)`
            : `${e.status === 'pinned' ? 'pinned' : 'pinned now'} ${e.digest}`;
    return `${e.file}:${e.line} ${e.kind} ${e.reference} ${what}`;
}
/**
 * The share pinned by digest, as a percentage of every reference found (unresolved ones count as
 * not pinned; with none found, 100: nothing is unpinned), rounded down to one decimal so that a
 * share just under a threshold is never shown as reaching it.
 */
function share(entries) {
    if (entries.length === 0)
        return 100;
    return Math.floor((entries.filter(isPinned).length * 1000) / entries.length) / 10;
}
function pinReport(result) {
    const { entries } = result;
    const pinnedShare = share(entries);
    const shareText = String(pinnedShare);
    const pinned = entries.filter(isPinned).length;
    const lines = entries.map(describe);
    const totals = `${pinned} of ${entries.length} image reference(s) pinned by digest (${shareText}%)`;
    lines.push(result.check ? `${totals}; min-pinned ${result.minPinned}%.` : `${totals}.`);
    for (const s of result.skipped)
        lines.push(`skipped ${s.file}: ${oneLine(s.reason)}`);
    const notPinned = entries
        .filter((e) => !isPinned(e))
        .map((e) => `  ${describe(e)}`)
        .join('\n');
    const table = [
        '| Reference | Where | Kind | Pinned | Digest |',
        '| --- | --- | --- | --- | --- |',
        ...entries.map((e) => `| ${cell(e.reference)} | ${cell(`${e.file}:${e.line}`)} | ${e.kind} | ${e.status === 'pinned'
            ? 'yes'
            : e.status === 'resolved'
                ? 'now'
                : e.status === 'unpinned'
                    ? 'no'
                    : 'unresolved'} | ${e.digest ? cell(e.digest) : oneLine(e.reason ?? '')} |`),
    ];
    const skippedText = result.skipped.length === 0
        ? ''
        : `\nNot read as YAML (skipped): ${result.skipped.map((s) => cell(s.file)).join(', ')}.\n`;
    const summary = [
        `### ${result.check ? 'Digest pinning check' : 'Image references pinned by digest'}`,
        '',
        `${totals}${result.check ? `; min-pinned ${result.minPinned}%` : ''}.`,
        '',
        ...(entries.length > 0 ? table : ['No image references found.']),
        skippedText,
    ].join('\n');
    const changed = entries.filter((e) => e.status === 'resolved');
    const left = entries.filter((e) => e.status === 'unresolved');
    const pullRequestBody = [
        '### Pin image references by digest',
        '',
        'Each tag below was resolved once and the reference now names the digest it pointed at',
        '(`name:tag@sha256:…`), so a deployment runs exactly the image that was tested, whatever the tag',
        'is moved to later. Comments and formatting of the files are unchanged.',
        '',
        '| Reference | Where | Digest |',
        '| --- | --- | --- |',
        ...changed.map((e) => `| ${cell(e.reference)} | ${cell(`${e.file}:${e.line}`)} | ${cell(e.digest)} |`),
        '',
        `${totals}.`,
        ...(left.length > 0
            ? [
                '',
                'Left as they are (could not be resolved):',
                '',
                ...left.map((e) => `- ${cell(`${e.file}:${e.line}`)} ${cell(e.reference)}: ${oneLine(e.reason ?? '')}`),
            ]
            : []),
        '',
    ].join('\n');
    return {
        share: pinnedShare,
        shareText,
        lines,
        notPinned,
        summary,
        pullRequestBody: changed.length > 0 ? pullRequestBody : '',
        json: {
            check: result.check,
            minPinned: result.minPinned,
            share: pinnedShare,
            pinned,
            total: entries.length,
            changedFiles: result.changedFiles,
            references: entries,
            skipped: result.skipped,
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/pin/run.ts
/**
 * `artefacts pin PATHS` and the pin action: every image reference in Kubernetes manifests,
 * kustomizations, Helm values, compose files and Dockerfiles found, each distinct tag resolved once
 * (bounded concurrency, the suite's registry client and credentials), and the references rewritten
 * to `name:tag@sha256:…` in place. With `check`, nothing is written: the share already pinned is
 * measured against `min-pinned`.
 *
 * A reference that cannot be resolved (a variable, an unreachable registry, a missing tag) is
 * reported with the reason and fails the run before any file is written, unless `allow-unresolved`.
 */













/** Tags resolved at once: small HEAD requests, bounded so a descriptor with hundreds of images stays polite. */
const RESOLVE_CONCURRENCY = 8;
async function findSites(ws, files, environment) {
    const found = [];
    const skipped = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(file.path, 'utf8');
        }
        catch (error) {
            throw pinPathError(ws, file.given, 'readable files', error);
        }
        if (file.format === 'dockerfile') {
            found.push({ file, text, sites: dockerfileSites(text) });
            continue;
        }
        const { sites, error } = yamlSites(text, file.path);
        if (error !== undefined) {
            environment.logger.warning(`${file.name}: not read as YAML (${error}); skipped.`);
            skipped.push({ file: file.name, reason: error });
        }
        else
            found.push({ file, text, sites });
    }
    return { found, skipped };
}
/** Resolves each distinct key once (a tag, or with verify-pinned a digest), through one store per repository. */
function resolver(inputs, environment) {
    const stores = new Map();
    const store = (ref) => {
        const key = `${ref.registry}/${ref.repository}`;
        let opened = stores.get(key);
        if (opened === undefined) {
            // Explicit credentials go to the registry they were given for, never to another the files name.
            const ours = ref.registry === inputs.credentialsRegistry;
            opened = (0,oci_open/* storeFromInputs */.zc)(ref, ours ? inputs : { ...inputs, registryUsername: undefined, registryPassword: undefined }, environment);
            stores.set(key, opened);
        }
        return opened;
    };
    return async (ref, target) => {
        try {
            const descriptor = await store(ref).resolve(target);
            if (descriptor === undefined)
                return { problem: `${target} not found in ${ref.registry}/${ref.repository}` };
            return { digest: descriptor.digest };
        }
        catch (error) {
            return { problem: (0,errors/* describeError */.Uc)(error) };
        }
    };
}
async function runPin(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    const ws = (0,src_paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    const files = await pinFiles(ws, inputs.paths);
    const { found, skipped } = await findSites(ws, files, environment);
    // What to ask the registries: each tag once; each pinned digest once when asked to verify them.
    const wanted = new Map();
    for (const { sites } of found) {
        for (const site of sites) {
            if (site.ref === undefined)
                continue;
            if (site.ref.digest === undefined)
                wanted.set(tagKey(site.ref), { ref: site.ref, target: site.ref.tag ?? 'latest' });
            else if (inputs.verifyPinned)
                wanted.set((0,references/* formatReference */.FH)(site.ref), { ref: site.ref, target: site.ref.digest });
        }
    }
    const resolve = resolver(inputs, environment);
    const keys = [...wanted.keys()];
    environment.logger.info(`${keys.length} distinct reference(s) to ask the registries about.`);
    const answers = await (0,concurrency/* mapPool */.Pk)(keys, RESOLVE_CONCURRENCY, (key) => resolve(wanted.get(key).ref, wanted.get(key).target));
    const resolved = new Map(keys.map((key, i) => [key, answers[i]]));
    const entries = [];
    const edits = new Map();
    for (const item of found) {
        for (const site of item.sites) {
            const base = { file: item.file.name, line: site.line, kind: site.kind, reference: site.reference };
            if (site.ref === undefined) {
                entries.push({ ...base, status: 'unresolved', reason: site.problem });
                continue;
            }
            if (site.ref.digest !== undefined) {
                const check = inputs.verifyPinned ? resolved.get((0,references/* formatReference */.FH)(site.ref)) : undefined;
                if (check !== undefined && 'problem' in check) {
                    entries.push({ ...base, status: 'unresolved', digest: site.ref.digest, reason: check.problem });
                }
                else
                    entries.push({ ...base, status: 'pinned', digest: site.ref.digest });
                continue;
            }
            const answer = resolved.get(tagKey(site.ref));
            if ('problem' in answer) {
                entries.push({ ...base, status: 'unresolved', reason: answer.problem });
                continue;
            }
            entries.push({ ...base, status: inputs.check ? 'unpinned' : 'resolved', digest: answer.digest });
            if (!inputs.check)
                edits.set(item, [...(edits.get(item) ?? []), ...site.pin(site.ref, answer.digest)]);
        }
    }
    const result = {
        check: inputs.check,
        minPinned: inputs.minPinned,
        entries,
        changedFiles: inputs.check ? [] : [...edits.keys()].map((item) => item.file.name),
        skipped,
    };
    const report = pinReport(result);
    const unresolved = entries.filter((e) => e.status === 'unresolved');
    // Every reference in the log first, so a failing check still shows the whole picture.
    for (const line of report.lines)
        environment.logger.info(line);
    if (inputs.check) {
        if (report.share < inputs.minPinned) {
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `${report.shareText}% of ${entries.length} image reference(s) are pinned by digest, below min-pinned ${inputs.minPinned}%:\n${report.notPinned}`, { hint: 'Run `artefacts pin <paths>` (or the pin action without check) to pin them, then commit the change.' });
        }
    }
    else {
        if (unresolved.length > 0 && !inputs.allowUnresolved) {
            throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${unresolved.length} image reference(s) could not be resolved; no file was changed:\n${report.notPinned}`, { hint: 'Fix the references or the registry access, or set allow-unresolved to pin the rest and leave these.' });
        }
        // All files or none: a file that cannot be written leaves the others unpinned too.
        await writePinned(ws, [...edits].map(([item, fileEdits]) => ({ file: item.file, text: applyEdits(item.text, fileEdits) })));
    }
    return (0,summary/* withJobSummary */.Ck)({
        outputs: {
            report: report.lines.join('\n'),
            'changed-files': result.changedFiles.join('\n'),
            'pull-request-body': inputs.check ? '' : report.pullRequestBody,
            'pinned-share': report.shareText,
            json: JSON.stringify(report.json),
        },
        summary: report.summary,
    }, inputs.check ? 'Digest pinning check' : 'Image references pinned by digest', `${report.shareText}% pinned`, environment.github);
}

;// CONCATENATED MODULE: ./packages/cli/src/load/pin.ts
// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.



/***/ }),

/***/ 37870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ allAtOnce),
/* harmony export */   Pk: () => (/* binding */ mapPool),
/* harmony export */   jf: () => (/* binding */ Semaphore)
/* harmony export */ });
/**
 * Bounded concurrency: a worker pool over a list, and a semaphore for the part of a task that must
 * stay bounded (bytes on the wire) while the cheap requests around it need not wait their turn.
 */
/**
 * Runs `fn` over `items` with at most `limit` at once, and returns the results in item order. After
 * the first failure no new item starts; the ones running finish, then that first error is thrown.
 */
async function mapPool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (failed === undefined && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i]);
            }
            catch (error) {
                failed ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed !== undefined)
        throw failed.error;
    return results;
}
/**
 * Starts `fn` for every item in this one turn of the event loop (none waits for another: manifests
 * pushed together meet in one merge of a fallback index), waits until all have ended, and returns
 * the results in item order; if any failed, the failure of the first such item is thrown.
 */
async function allAtOnce(items, fn) {
    const settled = await Promise.allSettled(items.map(fn));
    return settled.map((s) => {
        if (s.status === 'rejected')
            throw s.reason;
        return s.value;
    });
}
/** A counting semaphore; a freed slot goes to the waiter of highest priority, the earliest among equals. */
class Semaphore {
    free;
    waiting = [];
    constructor(free) {
        this.free = free;
    }
    acquire(priority = 0) {
        if (this.free > 0) {
            this.free--;
            return Promise.resolve();
        }
        return new Promise((grant) => {
            const at = this.waiting.findIndex((w) => w.priority < priority);
            this.waiting.splice(at < 0 ? this.waiting.length : at, 0, { priority, grant });
        });
    }
    release() {
        const next = this.waiting.shift();
        if (next !== undefined)
            next.grant();
        else
            this.free++;
    }
}


/***/ }),

/***/ 96939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   Dc: () => (/* binding */ verifiedChunks),
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   JO: () => (/* binding */ EMPTY_JSON),
/* harmony export */   KM: () => (/* binding */ ANNOTATION_SOURCE),
/* harmony export */   KZ: () => (/* binding */ checkManifestMediaType),
/* harmony export */   LA: () => (/* binding */ isMediaType),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   OP: () => (/* binding */ Hasher),
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   Rp: () => (/* binding */ ANNOTATION_VERSION),
/* harmony export */   SC: () => (/* binding */ VerifyingStream),
/* harmony export */   T: () => (/* binding */ checksBlob),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   Vx: () => (/* binding */ EMPTY_DIGEST),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   bl: () => (/* binding */ childDescriptors),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   eE: () => (/* binding */ platformKey),
/* harmony export */   gi: () => (/* binding */ EMPTY_DESCRIPTOR),
/* harmony export */   hg: () => (/* binding */ ANNOTATION_TITLE),
/* harmony export */   kA: () => (/* binding */ INDEX_MEDIA_TYPES),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   qK: () => (/* binding */ ANNOTATION_REVISION),
/* harmony export */   sU: () => (/* binding */ digestHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92886);
/**
 * Media types, descriptors and digests. A manifest is always kept as its exact bytes: its digest
 * is the sha256 of those bytes, so it is never re-serialised once it exists.
 */




const MEDIA = {
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
/**
 * The image-spec's pre-defined annotation keys (image-spec annotations.md) this project reads or
 * writes, on manifests, indexes and descriptors; config labels use the same keys.
 */
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_TITLE = 'org.opencontainers.image.title';
const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
const ANNOTATION_VERSION = 'org.opencontainers.image.version';
const ANNOTATION_REVISION = 'org.opencontainers.image.revision';
const MANIFEST_MEDIA_TYPES = [
    MEDIA.ociManifest,
    MEDIA.ociIndex,
    MEDIA.dockerManifest,
    MEDIA.dockerList,
];
const INDEX_MEDIA_TYPES = [MEDIA.ociIndex, MEDIA.dockerList];
/** RFC 6838's `type/subtype` (restricted-name on each side): the shape of any artifactType or mediaType. */
const MEDIA_TYPE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
/** Whether `value` has the shape of a media type (`application/vnd.acme.chart.v1`); parameters are not allowed. */
function isMediaType(value) {
    return MEDIA_TYPE_SHAPE.test(value);
}
/** The full Accept header: distribution 2.8 answers 404 for an OCI manifest when it is missing. */
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
/** Registries refuse manifests above about 4 MiB; so do we, before sending or while reading. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The empty JSON config (`{}`), used by artifacts that carry no config. */
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
/** `os/arch[/variant]` as people write it (`linux/arm64/v8`); empty for no platform. */
function platformKey(p) {
    return p === undefined ? '' : [p.os, p.architecture, p.variant].filter((x) => x !== undefined && x !== '').join('/');
}
/** The empty config's descriptor (`{}`, size 2), as every artifact manifest without a config names it. */
const EMPTY_DESCRIPTOR = Object.freeze({
    mediaType: MEDIA.empty,
    digest: EMPTY_DIGEST,
    size: 2,
});
/**
 * The one digest of bytes: `sha256:<hex>`. Every manifest, blob and document digest in core is
 * this function (streams hash incrementally, in VerifyingStream and Hasher).
 */
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * sha256 and byte count of bytes whose digest is not known yet (a blob being made), as they stream
 * through or are handed to `update`; `result()` answers both once they ended.
 */
class Hasher extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    /** Counts and hashes bytes handed over directly (a writer that is not a stream). */
    update(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
    }
    _transform(chunk, _encoding, callback) {
        this.update(chunk);
        callback(null, chunk);
    }
    result() {
        return { digest: `sha256:${this.hash.digest('hex')}`, size: this.size };
    }
}
/** sha256 digest (`sha256:<hex>`) and size of a file, read once. Errors are the caller's to word. */
async function digestFile(file) {
    const hasher = new Hasher();
    for await (const chunk of (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileBorrowed */ .VL)(file))
        hasher.update(chunk);
    return hasher.result();
}
const SHA256_HEX = /^[a-f0-9]{64}$/;
/**
 * The other job: checks a digest someone gave (`sha256:<hex>`, or bare hex) and answers its 64
 * lower-case hex digits, as the referrers tag, in-toto subjects and cosign payloads write it.
 */
function digestHex(digest) {
    const hex = digest.startsWith('sha256:') ? digest.slice('sha256:'.length) : digest;
    if (!SHA256_HEX.test(hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `Not a sha256 digest: '${digest.slice(0, 80)}' (expected sha256:<64 hex digits>).`);
    }
    return hex;
}
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function isIndex(parsed) {
    return Array.isArray(parsed.manifests);
}
function checkManifestMediaType(mediaType, where) {
    if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('MEDIA_TYPE_UNSUPPORTED', `${where}: unsupported manifest media type ${JSON.stringify(mediaType.slice(0, 200))}.`, { hint: `Supported: ${MANIFEST_MEDIA_TYPES.join(', ')} (Docker schema 1 is not).` });
    }
    return mediaType;
}
/**
 * Parses exact manifest bytes. The media type comes from the body's `mediaType` field, else from
 * the transport (Content-Type) when given, else from the shape (manifests vs layers).
 */
function parseManifest(bytes, where, transportType) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: manifest is ${bytes.length} bytes, above the 4 MiB limit.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: manifest is not valid JSON.`, { cause: error });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: manifest is not a JSON object.`);
    }
    if (parsed.schemaVersion !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('MEDIA_TYPE_UNSUPPORTED', `${where}: manifest schemaVersion ${JSON.stringify(parsed.schemaVersion)} is not supported (only 2).`);
    }
    const bodyType = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const transport = transportType?.split(';')[0]?.trim();
    const mediaType = bodyType ??
        (transport !== undefined && transport !== '' && transport !== 'application/json' ? transport : undefined) ??
        (Array.isArray(parsed.manifests) ? MEDIA.ociIndex : MEDIA.ociManifest);
    checkManifestMediaType(mediaType, where);
    if (isIndexMediaType(mediaType)) {
        if (!Array.isArray(parsed.manifests)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: index has no manifests array.`);
        }
    }
    else {
        const m = parsed;
        if (typeof m.config?.digest !== 'string' || !Array.isArray(m.layers)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: image manifest lacks config or layers.`);
        }
    }
    return { bytes, digest: sha256(bytes), mediaType, parsed };
}
/** Serialises a new manifest once; from then on only these bytes are used. */
function encodeManifest(value) {
    const bytes = Buffer.from(JSON.stringify(value));
    return parseManifest(bytes, 'new manifest');
}
/** Descriptors a manifest points at: child manifests (index) or config + layers (image). */
function childDescriptors(manifest) {
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
 * Whether bytes already checked against `checked` (digest and size) are checked against exactly
 * `descriptor`: then a consumer need not hash them a second time.
 */
function checksBlob(checked, descriptor) {
    return checked.digest === descriptor.digest && checked.size === descriptor.size;
}
/**
 * The check of a blob's bytes against its descriptor as they pass: sha256 and size, one home for the
 * stream below and the borrowed chunks of {@link verifiedChunks}. `update` refuses a byte past the
 * declared size; `finish` refuses a short body or a wrong digest. Both throw DIGEST_MISMATCH.
 */
class BlobCheck {
    expectedDigest;
    expectedSize;
    where;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    finished = false;
    bytes = 0;
    constructor(expectedDigest, expectedSize, where) {
        this.expectedDigest = expectedDigest;
        this.expectedSize = expectedSize;
        this.where = where;
    }
    update(chunk) {
        if (this.expectedSize !== undefined && this.bytes + chunk.length > this.expectedSize) {
            this.bytes += chunk.length;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${this.where}: more bytes than the ${this.expectedSize} its descriptor declares; refused.`);
        }
        this.hash.update(chunk);
        this.bytes += chunk.length;
    }
    /** Checks the whole body; later calls do nothing once it passed. */
    finish() {
        if (this.finished)
            return;
        if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${this.where}: got ${this.bytes} bytes where its descriptor declares ${this.expectedSize}; refused.`);
        }
        const actual = `sha256:${this.hash.digest('hex')}`;
        this.finished = true;
        if (actual !== this.expectedDigest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${this.where}: content digest is ${actual}, expected ${this.expectedDigest}; refused.`, { hint: 'The source is corrupt or was tampered with; nothing was written.' });
        }
    }
}
/**
 * A pass-through stream verifying sha256 and size while bytes flow. It always holds back the
 * last chunk until the whole content is verified, so a consumer never receives a complete body
 * whose digest is wrong: on a mismatch the stream errors with DIGEST_MISMATCH before ending.
 */
class VerifyingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expectedDigest;
    expectedSize;
    check;
    held;
    /** Called with each chunk's length as it is hashed (progress), without a second pass over the bytes. */
    onBytes;
    constructor(expectedDigest, expectedSize, where) {
        // Larger buffers than the 16 KiB default: fewer handoffs per MiB on multi-GB layers, bounded memory.
        super({ highWaterMark: 1 << 20 });
        this.expectedDigest = expectedDigest;
        this.expectedSize = expectedSize;
        this.check = new BlobCheck(expectedDigest, expectedSize, where);
    }
    get bytes() {
        return this.check.bytes;
    }
    /** True when this stream already verifies exactly this content, so wrapping it again would only hash twice. */
    verifies(descriptor) {
        return checksBlob({ digest: this.expectedDigest, size: this.expectedSize }, descriptor);
    }
    _transform(chunk, _encoding, callback) {
        try {
            this.check.update(chunk);
        }
        catch (error) {
            callback(error);
            return;
        }
        this.onBytes?.(chunk.length);
        const previous = this.held;
        this.held = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        try {
            this.check.finish();
        }
        catch (error) {
            callback(error);
            return;
        }
        callback(null, this.held);
    }
}
/**
 * Borrowed chunks (each valid until the next is asked for) checked as they pass. The size is known,
 * so the last chunk is recognised by it and the whole body is verified before that chunk is handed
 * on: a consumer never receives a complete body whose digest is wrong.
 */
async function* verifiedChunks(chunks, expected, where) {
    const check = new BlobCheck(expected.digest, expected.size, where);
    for await (const chunk of chunks) {
        check.update(chunk);
        if (check.bytes === expected.size)
            check.finish();
        yield chunk;
    }
    check.finish();
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


/***/ })

};
