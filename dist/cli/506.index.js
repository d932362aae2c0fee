export const id = 506;
export const ids = [506,769];
export const modules = {

/***/ 92506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DIGEST_SECRETS: () => (/* reexport */ DIGEST_SECRETS),
  INSPECT_SECRETS: () => (/* reexport */ INSPECT_SECRETS),
  LS_SECRETS: () => (/* reexport */ LS_SECRETS),
  TREE_SECRETS: () => (/* reexport */ TREE_SECRETS),
  parseDigestInputs: () => (/* reexport */ parseDigestInputs),
  parseInspectInputs: () => (/* reexport */ parseInspectInputs),
  parseLsInputs: () => (/* reexport */ parseLsInputs),
  parseTreeInputs: () => (/* reexport */ parseTreeInputs),
  runDigest: () => (/* reexport */ runDigest),
  runInspect: () => (/* reexport */ runInspect),
  runLs: () => (/* reexport */ runLs),
  runTree: () => (/* reexport */ runTree)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
;// CONCATENATED MODULE: ./packages/core/src/inspect/inputs.ts
/** Inputs of the read-only commands (`artefacts inspect`, `tree`, `digest`, `ls`): parsed once, typed. */




/** Secret inputs of each read-only command (the same: a registry password). */
const INSPECT_SECRETS = ['registry-password'];
const TREE_SECRETS = INSPECT_SECRETS;
const DIGEST_SECRETS = INSPECT_SECRETS;
const LS_SECRETS = INSPECT_SECRETS;
const READ_PATH_INPUTS = ['reference'];
function readInputs(raw) {
    const reference = src_inputs/* required */.mw(raw, 'reference');
    const ref = (0,references/* referenceInput */.Ie)('reference', reference);
    const access = (0,paths/* parseRegistryAccess */.JO)(raw, READ_PATH_INPUTS);
    return {
        reference,
        ref,
        ...access,
    };
}
const parseInspectInputs = readInputs;
const parseTreeInputs = readInputs;
const parseDigestInputs = readInputs;
function parseLsInputs(raw) {
    const inputs = readInputs(raw);
    if (inputs.ref.tag !== undefined || inputs.ref.digest !== undefined) {
        throw (0,errors/* inputError */.Xu)('reference', inputs.reference, 'a repository without a tag or digest (registry/repository, or oci:<dir>)');
    }
    return { ...inputs, immutable: src_inputs/* boolean */.zM(raw, 'immutable', false) };
}

// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/inspect/describe.ts
var describe = __webpack_require__(30717);
// EXTERNAL MODULE: ./packages/core/src/inspect/tags.ts
var inspect_tags = __webpack_require__(86445);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: ./packages/core/src/promote/records.ts
var records = __webpack_require__(52256);
// EXTERNAL MODULE: ./packages/core/src/sbom/writers.ts
var writers = __webpack_require__(17439);
// EXTERNAL MODULE: ./packages/core/src/sign/artifact-types.ts
var artifact_types = __webpack_require__(24197);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(14769);
;// CONCATENATED MODULE: ./packages/core/src/inspect/tree.ts
/**
 * Everything attached to a digest, as `cosign tree` and `oras discover` show it: referrers (the
 * referrers API, else the fallback tag) and cosign's `.sig` / `.att` / `.sbom` tags, each named by
 * what it is (signature, attestation by predicate type, SBOM, promotion record), and what is
 * attached to those in turn.
 */






/** How deep attachments of attachments are followed, and how many are listed at most. */
const MAX_DEPTH = 3;
const MAX_ITEMS = 1000;
const SBOM_TYPES = new Set(Object.values(writers/* SBOM_MEDIA_TYPES */.b1));
function kindOf(descriptor) {
    const predicateType = descriptor.annotations?.[artifact_types/* ANNOTATION_PREDICATE */.C];
    const type = descriptor.artifactType;
    if (type === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W) {
        if (predicateType === statements/* COSIGN_SIGN_PREDICATE */.u)
            return { kind: 'signature', predicateType };
        if (predicateType === records/* PROMOTION_PREDICATE_TYPE */.Fc)
            return { kind: 'promotion-record', predicateType };
        if (predicateType === statements/* CYCLONEDX_PREDICATE */.my || predicateType === statements/* SPDX_PREDICATE */.I$)
            return { kind: 'sbom', predicateType };
        return { kind: 'attestation', predicateType };
    }
    if (type !== undefined && SBOM_TYPES.has(type))
        return { kind: 'sbom', predicateType };
    if (type === records/* PROMOTION_ARTIFACT_TYPE */.yz)
        return { kind: 'promotion-record', predicateType };
    return { kind: 'other', predicateType };
}
const COSIGN_TAGS = [
    ['sig', 'signature'],
    ['att', 'attestation'],
    ['sbom', 'sbom'],
];
async function attachedTree(store, digest) {
    let listed = 0;
    const walk = async (subject, depth) => {
        const items = [];
        for (const d of await store.referrers(subject)) {
            if (++listed > MAX_ITEMS)
                break;
            const { kind, predicateType } = kindOf(d);
            items.push({
                digest: d.digest,
                kind,
                artifactType: d.artifactType,
                predicateType,
                created: d.annotations?.[media/* ANNOTATION_CREATED */.H],
                size: d.size,
                via: 'referrers',
                attached: depth < MAX_DEPTH ? await walk(d.digest, depth + 1) : [],
            });
        }
        for (const [suffix, kind] of COSIGN_TAGS) {
            const tag = `${(0,references/* referrersTag */.LN)(subject)}.${suffix}`;
            const found = await store.resolve(tag);
            if (found === undefined || ++listed > MAX_ITEMS)
                continue;
            items.push({
                digest: found.digest,
                kind,
                artifactType: found.artifactType,
                predicateType: undefined,
                created: undefined,
                size: found.size,
                via: `tag ${tag}`,
                attached: [],
            });
        }
        return items;
    };
    return walk(digest, 1);
}
/** The tree as indented lines: `└── signature sha256:… (referrers)`. */
function treeLines(items, indent = '') {
    return items.flatMap((item, i) => {
        const last = i === items.length - 1;
        const what = item.predicateType && item.kind !== 'signature' ? `${item.kind} ${item.predicateType}` : item.kind;
        const line = `${indent}${last ? '└── ' : '├── '}${what} ${item.digest}${item.created ? ` ${item.created}` : ''} (${item.via})`;
        return [line, ...treeLines(item.attached, `${indent}${last ? '    ' : '│   '}`)];
    });
}

// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/inspect/run.ts








function run_open(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    const ws = (0,paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    if (inputs.ref.kind === 'layout')
        (0,paths/* inWorkspace */.ve)(ws, 'reference', inputs.ref.path);
    return (0,oci_open/* storeFromInputs */.zc)(inputs.ref, inputs, environment, (0,paths/* linksBeneath */.rd)(ws, 'reference'));
}
async function digestOf(store, inputs) {
    const target = (0,references/* referenceTarget */.Z9)(inputs.ref);
    const found = await store.resolve(target);
    if (found === undefined) {
        throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${inputs.reference}: no such tag or digest in ${store.location}.`);
    }
    return found.digest;
}
const fenced = (lines) => ['```', ...lines, '```', ''].join('\n');
async function runDigest(inputs, environment) {
    const digest = await digestOf(run_open(inputs, environment), inputs);
    return {
        // `report` is what the CLI prints: the digest alone, so that $(artefacts digest REF) is the digest.
        outputs: { digest, report: digest, json: JSON.stringify({ reference: inputs.reference, digest }) },
        summary: `### Digest of \`${inputs.reference}\`\n\n\`${digest}\`\n`,
    };
}
async function runInspect(inputs, environment) {
    const store = run_open(inputs, environment);
    const described = await (0,describe/* describeArtefact */.e)(store, (0,references/* referenceTarget */.Z9)(inputs.ref));
    const lines = [
        `digest: ${described.digest}`,
        `media type: ${described.mediaType}`,
        `kind: ${described.kind}${described.artifactType ? ` (${described.artifactType})` : ''}`,
        `size: ${described.size} bytes`,
        ...(described.platforms.length > 0 ? [`platforms: ${described.platforms.join(', ')}`] : []),
        ...(described.created ? [`created: ${described.created}`] : []),
        ...(described.version ? [`version: ${described.version}`] : []),
        ...(described.revision ? [`revision: ${described.revision}`] : []),
        ...(described.immutableTag ? [`immutable tag: ${described.immutableTag}`] : []),
        ...Object.entries(described.annotations).map(([k, v]) => `annotation ${k}: ${v}`),
    ];
    return {
        outputs: {
            report: lines.join('\n'),
            digest: described.digest,
            'media-type': described.mediaType,
            version: described.version ?? '',
            'immutable-tag': described.immutableTag ?? '',
            json: JSON.stringify(described),
        },
        summary: `### \`${inputs.reference}\`\n\n${fenced(lines)}`,
    };
}
async function runTree(inputs, environment) {
    const store = run_open(inputs, environment);
    const digest = await digestOf(store, inputs);
    const attached = await attachedTree(store, digest);
    const lines = [`${store.location}@${digest}`, ...treeLines(attached)];
    if (attached.length === 0)
        lines.push('(nothing attached)');
    return {
        outputs: {
            report: lines.join('\n'),
            digest,
            json: JSON.stringify({ reference: inputs.reference, digest, attached }),
        },
        summary: `### Attached to \`${inputs.reference}\`\n\n${fenced(lines)}`,
    };
}
async function runLs(inputs, environment) {
    const store = run_open(inputs, environment);
    const tags = await (0,inspect_tags/* listArtefactTags */.U)(store, { immutable: inputs.immutable });
    const lines = tags.map((t) => (t.digest ? `${t.tag} ${t.digest}` : t.tag));
    const report = lines.length > 0 ? lines.join('\n') : `(no ${inputs.immutable ? 'immutable ' : ''}tags)`;
    return {
        outputs: {
            report,
            tags: tags.map((t) => t.tag).join('\n'),
            json: JSON.stringify({ repository: store.location, tags }),
        },
        summary: `### Tags of \`${inputs.reference}\`\n\n${fenced(lines)}`,
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/load/inspect.ts
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

/***/ 56886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runFacts),
/* harmony export */   u: () => (/* binding */ envRunFacts)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9594);
/**
 * The facts of a workflow run that a statement about what it made carries: the one builder behind
 * SLSA provenance (sign/statements.ts) and promotion records (promote/records.ts), so the two never
 * disagree on which run, commit, repository or workflow it was.
 */

/**
 * The one builder of a run's facts. `workflow` is GITHUB_WORKFLOW_REF and, when signing keyless, the
 * OIDC token's `job_workflow_ref` (which GitHub's own provenance names as the builder).
 */
function runFacts(context, workflow) {
    const repositoryUrl = `${context.serverUrl}/${context.repository}`;
    const parsed = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWorkflowRef */ .QO)(workflow.workflowRef);
    return {
        repository: context.repository,
        repositoryUrl,
        sha: context.sha,
        ref: context.ref,
        workflowName: context.workflow,
        workflowRef: workflow.workflowRef,
        workflow: { path: parsed.path, ref: parsed.ref || context.ref },
        builderId: `${context.serverUrl}/${workflow.jobWorkflowRef ?? workflow.workflowRef}`,
        actor: context.actor,
        runUrl: context.repository === '' || context.runId === ''
            ? undefined
            : `${repositoryUrl}/actions/runs/${context.runId}/attempts/${context.runAttempt || 1}`,
    };
}
/** A run's facts from the runner's environment alone (for a caller with no GitHubContext). */
function envRunFacts(env) {
    return runFacts((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$p)(env), { workflowRef: env.GITHUB_WORKFLOW_REF ?? '' });
}


/***/ }),

/***/ 30717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ isImmutableTag),
/* harmony export */   e: () => (/* binding */ describeArtefact)
/* harmony export */ });
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96939);
/**
 * What a reference is, read-only: digest, media type, platforms, size, annotations, created, and
 * the version, commit and immutable tag build-tag's annotations record (as `crane manifest`,
 * `skopeo inspect` and `oras manifest fetch` show it, in one answer).
 */

const OCI = 'org.opencontainers.image';
const CONTAINER_CONFIGS = new Set([_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.ociConfig, _oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.dockerConfig]);
/**
 * An immutable tag names the version and the commit its manifest records: it holds the version
 * and starts-with-7-or-more of the revision as a word (`1.2.3-42-abc1234`, `v1.2.3-abc1234`).
 */
function isImmutableTag(tag, version, revision) {
    if (!version || !revision || revision.length < 7)
        return false;
    const plain = version.replace(/^v/, '');
    if (!tag.includes(plain))
        return false;
    return tag.split(/[-_.+]/).some((word) => word.length >= 7 && revision.toLowerCase().startsWith(word.toLowerCase()));
}
function platformText(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
async function totalSize(store, manifest, depth = 0) {
    if (_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .INDEX_MEDIA_TYPES */ .kA.includes(manifest.mediaType)) {
        let sum = manifest.bytes.length;
        for (const child of manifest.parsed.manifests ?? []) {
            sum += depth < 4 ? await totalSize(store, await store.getManifest(child.digest), depth + 1) : child.size;
        }
        return sum;
    }
    const parsed = manifest.parsed;
    return manifest.bytes.length + (parsed.config?.size ?? 0) + (parsed.layers ?? []).reduce((n, l) => n + l.size, 0);
}
/** The tags of `store` that are this manifest's immutable tag: looked for by name first, resolved last. */
async function findImmutableTag(store, reference, digest, version, revision) {
    if (!version || !revision)
        return undefined;
    if (!reference.startsWith('sha256:') && isImmutableTag(reference, version, revision))
        return reference;
    const candidates = (await store.listTags()).filter((t) => isImmutableTag(t, version, revision));
    for (const tag of candidates) {
        if ((await store.resolve(tag))?.digest === digest)
            return tag;
    }
    return undefined;
}
async function describeArtefact(store, reference) {
    const manifest = await store.getManifest(reference);
    const parsed = manifest.parsed;
    const annotations = parsed.annotations ?? {};
    const index = _oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .INDEX_MEDIA_TYPES */ .kA.includes(manifest.mediaType);
    const platforms = index
        ? (parsed.manifests ?? []).flatMap((m) => (m.platform ? [platformText(m.platform)] : []))
        : [];
    const configType = index ? undefined : parsed.config?.mediaType;
    let created = annotations[`${OCI}.created`];
    if (!index && configType !== undefined && CONTAINER_CONFIGS.has(configType) && parsed.config.size < 4 << 20) {
        // A container image: its config says the platform and, when the manifest does not, the time.
        const chunks = [];
        for await (const chunk of await store.getBlob(parsed.config))
            chunks.push(chunk);
        const config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (config.os && config.architecture) {
            platforms.push(platformText({ os: config.os, architecture: config.architecture, variant: config.variant }));
        }
        created ??= config.created;
    }
    const version = annotations[`${OCI}.version`];
    const revision = annotations[`${OCI}.revision`];
    return {
        reference,
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        artifactType: parsed.artifactType ?? configType,
        kind: index ? 'index' : configType !== undefined && CONTAINER_CONFIGS.has(configType) ? 'image' : 'artefact',
        size: await totalSize(store, manifest),
        platforms,
        annotations,
        created,
        version,
        revision,
        immutableTag: await findImmutableTag(store, reference, manifest.digest, version, revision),
    };
}


/***/ }),

/***/ 86445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ listArtefactTags),
/* harmony export */   p: () => (/* binding */ ATTACHMENT_TAG)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37870);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96939);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30717);
/**
 * A repository's tags, as `crane ls` lists them; with `immutable`, only the tags that name the
 * version and commit their own manifest records (build-tag's immutable tags), each with its digest.
 */



/** Tags the suite and cosign write for attachments (`sha256-<hex>`, `.sig`, `.att`, `.sbom`): never immutable tags. */
const ATTACHMENT_TAG = /^sha256-[0-9a-f]{64}(\.(sig|att|sbom))?$/;
const VERSION_LIKE = /\d+\.\d+\.\d+/;
async function listArtefactTags(store, options) {
    const tags = options.tags ?? (await store.listTags());
    if (!options.immutable)
        return tags.map((tag) => ({ tag }));
    const candidates = tags.filter((t) => !ATTACHMENT_TAG.test(t) && VERSION_LIKE.test(t));
    const read = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .mapPool */ .Pk)(candidates, 8, async (tag) => {
        const manifest = await store.getManifest(tag);
        const annotations = manifest.parsed.annotations ?? {};
        const version = annotations[_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_VERSION */ .Rp];
        const revision = annotations[_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_REVISION */ .qK];
        return (0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .isImmutableTag */ .Z)(tag, version, revision) ? { tag, digest: manifest.digest, version, revision } : undefined;
    });
    return read.filter((t) => t !== undefined);
}


/***/ }),

/***/ 23252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ referrerManifest),
/* harmony export */   Zx: () => (/* binding */ prepareReferrer),
/* harmony export */   pI: () => (/* binding */ tarHeader)
/* harmony export */ });
/* unused harmony exports buildImage, buildIndex, buildReferrer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96939);
/**
 * Assembles OCI images in code, into an OCI image layout: tar layers (gzip or plain) from given
 * files or of random, incompressible content of a given size, the image config, single-platform
 * manifests and multi-platform indexes. Streams throughout, so a 1 GB layer never sits in memory.
 */







function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
/**
 * A ustar header: a regular file (default) or a directory, owner 0/0 without names, mtime in
 * seconds (default 0). Throws when the name cannot be stored in ustar's 100 + 155 byte fields.
 */
function tarHeader(name, size, mode = 0o644, options = {}) {
    const header = Buffer.alloc(512, 0);
    let prefix = '';
    let base = name;
    if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf('/', 155);
        prefix = cut > 0 ? name.slice(0, cut) : '';
        base = cut > 0 ? name.slice(cut + 1) : name;
    }
    if (Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155 || base === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('UNSUPPORTED', `Path ${JSON.stringify(name.slice(0, 300))} is too long for a ustar entry (name 100 bytes, directory prefix 155).`);
    }
    header.write(base, 0, 100, 'utf8');
    header.write(octal(mode, 8), 100, 'ascii');
    header.write(octal(0, 8), 108, 'ascii');
    header.write(octal(0, 8), 116, 'ascii');
    header.write(octal(size, 12), 124, 'ascii');
    header.write(octal(Math.max(0, Math.floor(options.mtime ?? 0)), 12), 136, 'ascii');
    header.write('        ', 148, 'ascii');
    header.write(options.type === 'directory' ? '5' : '0', 156, 'ascii');
    header.write('ustar\u000000', 257, 'ascii');
    header.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of header)
        sum += byte;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    return header;
}
async function* tarEntries(spec) {
    const pad = (size) => Buffer.alloc((512 - (size % 512)) % 512, 0);
    for (const [name, file] of Object.entries(spec.files ?? {}).sort(([a], [b]) => compareText(a, b))) {
        const { content, mode } = typeof file === 'string' || Buffer.isBuffer(file) ? { content: file, mode: 0o644 } : file;
        const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
        yield tarHeader(name.replace(/^\/+/, ''), bytes.length, mode);
        yield bytes;
        yield pad(bytes.length);
    }
    if (spec.randomBytes !== undefined && spec.randomBytes > 0) {
        yield tarHeader(`random-${randomBytes(6).toString('hex')}.bin`, spec.randomBytes);
        for (let left = spec.randomBytes; left > 0; left -= 1 << 20)
            yield randomBytes(Math.min(left, 1 << 20));
        yield pad(spec.randomBytes);
    }
    yield Buffer.alloc(1024, 0);
}
/** Writes one layer to the layout; answers its descriptor and diff_id (sha256 of the uncompressed tar). */
async function buildLayer(store, spec) {
    const tee = new Hasher();
    const gzip = (spec.compression ?? 'gzip') === 'gzip';
    const tar = Readable.from(tarEntries(spec)).pipe(tee);
    const { digest, size } = await store.writeBlob(gzip ? tar.pipe(zlib().createGzip({ level: 1, chunkSize: FILE_CHUNK })) : tar);
    return {
        descriptor: { mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar, digest, size },
        diffId: tee.result().digest,
    };
}
/** Builds a single-platform image into the layout (tagged when `tag` is given); answers its manifest. */
async function buildImage(store, spec, options = {}) {
    const platform = spec.platform ?? { architecture: 'amd64', os: 'linux' };
    const layers = [];
    const diffIds = [];
    for (const layer of spec.layers) {
        const built = await buildLayer(store, layer);
        layers.push(built.descriptor);
        diffIds.push(built.diffId);
    }
    const config = Buffer.from(JSON.stringify({
        ...(spec.created === undefined ? {} : { created: spec.created }),
        ...platform,
        config: spec.config ?? {},
        rootfs: { type: 'layers', diff_ids: diffIds },
    }));
    const configBlob = await store.writeBlob(config);
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
        config: { mediaType: MEDIA.ociConfig, ...configBlob },
        layers,
        ...(spec.annotations === undefined ? {} : { annotations: spec.annotations }),
    };
    const encoded = encodeManifest(manifest);
    await store.putManifest(encoded, options);
    return encoded;
}
/** Builds a multi-platform index over images (each built with its own platform). */
async function buildIndex(store, images, options = {}) {
    const index = {
        schemaVersion: 2,
        mediaType: MEDIA.ociIndex,
        manifests: images.map(({ manifest, platform }) => ({
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
            platform,
        })),
        ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
    };
    const encoded = encodeManifest(index);
    await store.putManifest(encoded, options.tag === undefined ? {} : { tag: options.tag });
    return encoded;
}
/** Builds an artifact manifest (empty config, one layer) referring to `subject`: a signature, SBOM or record. */
async function buildReferrer(store, subject, artifactType, content, annotations = {}) {
    const manifest = await prepareReferrer(store, subject, artifactType, content, annotations);
    await store.putManifest(manifest);
    return manifest;
}
/**
 * The one builder of a manifest that refers to a subject (an OCI 1.1 artifact manifest): the given
 * artifactType, the empty config, the layers, `subject` (media type, digest and size only) and
 * the annotations when there are any. Signatures, SBOM documents and promotion records all come
 * from here. The key order is fixed (schemaVersion, mediaType, artifactType, config, layers,
 * subject, annotations), as cosign writes it: the bytes, and so the digest, never change.
 * Answers the exact bytes (as a Manifest) and the descriptor an index lists it by.
 */
function referrerManifest(spec) {
    const { subject, annotations } = spec;
    const manifest = (0,_media_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeManifest */ .Gb)({
        schemaVersion: 2,
        mediaType: _media_js__WEBPACK_IMPORTED_MODULE_3__/* .MEDIA */ .Rn.ociManifest,
        artifactType: spec.artifactType,
        config: { ..._media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_DESCRIPTOR */ .gi },
        layers: [...spec.layers],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
    });
    return { manifest, descriptor: (0,_media_js__WEBPACK_IMPORTED_MODULE_3__/* .descriptorOf */ .nb)(manifest) };
}
/**
 * A referrer's blobs uploaded (the empty config and the content layer, together) and its manifest
 * encoded but not yet written: the caller decides when the referrer becomes visible.
 */
async function prepareReferrer(store, subject, artifactType, content, annotations = {}) {
    const layer = { mediaType: content.mediaType, digest: (0,_media_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(content.bytes), size: content.bytes.length };
    // The empty config is usually there already (every referrer shares it): one HEAD instead of an upload.
    await Promise.all([
        store
            .hasBlob(_media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_DIGEST */ .Vx)
            .then((has) => has === undefined ? store.putBlob({ digest: _media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_DIGEST */ .Vx, size: _media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_JSON */ .JO.length }, _media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_JSON */ .JO) : undefined),
        store.putBlob(layer, content.bytes),
    ]);
    return referrerManifest({ artifactType, layers: [layer], subject, annotations }).manifest;
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

/***/ 52256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ PROMOTION_PREDICATE_TYPE),
/* harmony export */   Tq: () => (/* binding */ findRecord),
/* harmony export */   k7: () => (/* binding */ stageRecord),
/* harmony export */   yz: () => (/* binding */ PROMOTION_ARTIFACT_TYPE)
/* harmony export */ });
/* unused harmony export IN_TOTO_MEDIA_TYPE */
/* harmony import */ var _oci_builder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23252);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88315);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96939);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61722);
/* harmony import */ var _sign_artifact_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24197);
/**
 * Promotion, step "records": the promotion record of one destination (an in-toto statement, signed
 * as a Sigstore bundle or unsigned), pushed as a referrer of the promoted digest before any tag; and
 * the search for a record already there, so that a re-run completes what an earlier run left out
 * and never adds a second record for the same promotion.
 */





/**
 * The predicate type of promotion records: the project's own, versioned, and specified by the
 * document it points at (docs/promotion-record.md, section "v1"). Version 1 is additive-only.
 */
const PROMOTION_PREDICATE_TYPE = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/promotion-record.md#v1';
const PROMOTION_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.promotion.v1+json';
const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
function recordStatement(facts, signed) {
    const { run } = facts;
    // Absent facts are left out of the JSON, as they always were (undefined is not serialised).
    const given = (value) => (value === '' ? undefined : value);
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: facts.destination, digest: { sha256: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(facts.digest) } }],
        predicateType: PROMOTION_PREDICATE_TYPE,
        predicate: {
            source: facts.source,
            destination: facts.destination,
            tags: facts.tags,
            digest: facts.digest,
            mediaType: facts.mediaType,
            ...(facts.environment === undefined ? {} : { environment: facts.environment }),
            promotedAt: facts.now.toISOString(),
            ...(run.actor ? { actor: run.actor } : {}),
            ...(run.runUrl === undefined
                ? {}
                : {
                    run: {
                        url: run.runUrl,
                        workflow: given(run.workflowName),
                        repository: run.repository,
                        sha: given(run.sha),
                    },
                }),
            ...(facts.gate === undefined ? {} : { gate: facts.gate }),
            evidence: facts.evidence,
            signed,
        },
    };
}
/**
 * The record of one destination made ready to push: its blobs uploaded, its manifest returned with
 * what to say once the caller has pushed it (StagedReferrer); `attached` gives the record's digest.
 */
async function stageRecord(store, facts, signing, logger = _log_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq) {
    const statement = recordStatement(facts, signing !== undefined);
    const subject = { mediaType: facts.mediaType, digest: facts.digest, size: facts.size };
    if (signing !== undefined) {
        // Signed: the statement in a DSSE envelope inside a Sigstore bundle, pushed as a referrer
        // exactly as the sign action pushes attestations (verify finds it by its predicate type).
        // Loaded here, not at start: the sigstore libraries cost a cold start about 0.15 s.
        const { signStatement, stageArtefact, bundleReferrer } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(335), __webpack_require__.e(933), __webpack_require__.e(22), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(100), __webpack_require__.e(911), __webpack_require__.e(443)]).then(__webpack_require__.bind(__webpack_require__, 35964));
        const signed = await signStatement(statement, signing);
        const manifest = await stageArtefact(store, bundleReferrer(signed.bundle, subject, facts.now));
        return {
            manifest,
            attached: ({ digest }) => {
                logger.info(`  promotion record ${digest} attached, signed by ${signed.signer}`);
                return digest;
            },
        };
    }
    const manifest = await (0,_oci_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareReferrer */ .Zx)(store, subject, PROMOTION_ARTIFACT_TYPE, { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) }, {
        'dev.immutable-artefacts.predicateType': PROMOTION_PREDICATE_TYPE,
        [_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CREATED */ .H]: statement.predicate.promotedAt,
        ...(facts.environment === undefined ? {} : { 'dev.immutable-artefacts.environment': facts.environment }),
    });
    return {
        manifest,
        attached: ({ digest }) => {
            logger.info(`  promotion record ${digest} attached (unsigned: no record-key given)`);
            return digest;
        },
    };
}
/** The statement inside a record manifest (unsigned: the layer itself; signed: the DSSE payload). */
async function statementOf(store, manifest) {
    const layer = manifest.parsed.layers?.[0];
    if (layer === undefined || layer.size > 4 * 1024 * 1024)
        return undefined;
    const text = (await (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_3__/* .readBlob */ .gm)(store, layer)).toString('utf8');
    try {
        let parsed = JSON.parse(text);
        if (parsed.dsseEnvelope?.payload !== undefined) {
            parsed = JSON.parse(Buffer.from(parsed.dsseEnvelope.payload, 'base64').toString('utf8'));
        }
        return parsed.predicateType === PROMOTION_PREDICATE_TYPE ? parsed.predicate : undefined;
    }
    catch {
        return undefined;
    }
}
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
/**
 * The digest of a record at `store` that records this very promotion (same destination, tags,
 * digest, environment, signed or not), or undefined. Evidence is not compared: a re-run's test
 * report is a new file for the same promotion.
 */
async function findRecord(store, facts, signed) {
    const listed = await store.referrers(facts.digest);
    const candidates = listed.filter((d) => signed
        ? d.artifactType === _sign_artifact_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGSTORE_BUNDLE_ARTIFACT_TYPE */ .W &&
            (d.annotations?.[_sign_artifact_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_PREDICATE */ .C] ?? PROMOTION_PREDICATE_TYPE) === PROMOTION_PREDICATE_TYPE
        : d.artifactType === PROMOTION_ARTIFACT_TYPE);
    for (const candidate of candidates) {
        const predicate = await statementOf(store, await store.getManifest(candidate.digest));
        if (predicate !== undefined &&
            predicate.destination === facts.destination &&
            predicate.digest === facts.digest &&
            predicate.environment === facts.environment &&
            predicate.signed === signed &&
            sameSet(predicate.tags ?? [], facts.tags)) {
            return candidate.digest;
        }
    }
    return undefined;
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

/***/ 24197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ANNOTATION_PREDICATE),
/* harmony export */   W: () => (/* binding */ SIGSTORE_BUNDLE_ARTIFACT_TYPE)
/* harmony export */ });
/**
 * The names under which Sigstore bundles are attached to a digest, in a module with no imports, so
 * that code which only recognises attachments (promote's records, `artefacts tree`) does not load
 * @sigstore/bundle at start-up. packages/core/test/sign/referrer.test.ts checks the media type
 * against @sigstore/bundle's own.
 */
/** A Sigstore bundle v0.3 (cosign v3's referrer artifactType). */
const SIGSTORE_BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The annotation of a bundle referrer that names the in-toto predicate type inside it. */
const ANNOTATION_PREDICATE = 'dev.sigstore.bundle.predicateType';


/***/ }),

/***/ 14769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   I$: () => (/* binding */ SPDX_PREDICATE),
/* harmony export */   Nz: () => (/* binding */ workflowFacts),
/* harmony export */   O2: () => (/* binding */ cosignSignStatement),
/* harmony export */   ON: () => (/* binding */ SLSA_PROVENANCE_PREDICATE),
/* harmony export */   QG: () => (/* binding */ githubProvenancePredicate),
/* harmony export */   Tp: () => (/* binding */ statementBytes),
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   h2: () => (/* binding */ sbomPredicateType),
/* harmony export */   my: () => (/* binding */ CYCLONEDX_PREDICATE),
/* harmony export */   qZ: () => (/* binding */ statement),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE),
/* harmony export */   w9: () => (/* binding */ INTOTO_PAYLOAD_TYPE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _github_run_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56886);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96939);
/**
 * in-toto Statement v1 and the predicates this suite signs: cosign v3's own image signature,
 * SLSA provenance v1 from a GitHub Actions run, SBOMs, and any custom predicate.
 * Spec: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 */



const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
const SPDX_PREDICATE = 'https://spdx.dev/Document/v2.3';
function subject(name, digest) {
    if (name === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INTERNAL', 'A statement subject needs a name.');
    return { name, digest: { sha256: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(digest) } };
}
function statement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INTERNAL', 'A statement needs at least one subject.');
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INPUT_INVALID', `The predicate type '${predicateType}' is not a URI.`, {
            hint: 'Predicate types are URIs such as https://slsa.dev/provenance/v1.',
        });
    }
    return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}
/** cosign v3's own image signature: a statement about the image digest with an empty predicate. */
function cosignSignStatement(imageName, digest) {
    return statement([subject(imageName, digest)], COSIGN_SIGN_PREDICATE, {});
}
/** Serialises a statement to the exact bytes that get signed. */
function statementBytes(value) {
    return Buffer.from(JSON.stringify(value), 'utf8');
}
/** Parses and checks the shape of a signed payload; the caller decides whether to trust it. */
function parseStatement(payload) {
    let value;
    try {
        value = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('VERIFICATION_FAILED', 'The signed payload is not JSON, so not an in-toto statement.');
    }
    const s = value;
    if (s === null ||
        typeof s !== 'object' ||
        s._type !== STATEMENT_TYPE ||
        !Array.isArray(s.subject) ||
        typeof s.predicateType !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `The signed payload is not an in-toto Statement v1 (_type ${JSON.stringify(s?._type)}).`);
    }
    for (const sub of s.subject) {
        if (typeof sub?.name !== 'string' || typeof sub.digest !== 'object' || sub.digest === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('VERIFICATION_FAILED', 'The statement has a subject without a name or digest.');
        }
    }
    return { _type: STATEMENT_TYPE, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate ?? {} };
}
function workflowFacts(env, claims = {}) {
    return {
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        ...(typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== ''
            ? { jobWorkflowRef: claims.job_workflow_ref }
            : {}),
        repositoryId: env.GITHUB_REPOSITORY_ID ?? '',
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
        runnerEnvironment: env.RUNNER_ENVIRONMENT ?? '',
    };
}
/**
 * SLSA provenance v1 for a GitHub Actions run, in the shape GitHub's own attest-build-provenance
 * writes (build type https://actions.github.io/buildtypes/workflow/v1).
 */
function githubProvenancePredicate(context, facts) {
    const missing = [
        ['GITHUB_REPOSITORY', context.repository],
        ['GITHUB_SHA', context.sha],
        ['GITHUB_REF', context.ref],
        ['GITHUB_RUN_ID', context.runId],
        ['GITHUB_WORKFLOW_REF', facts.workflowRef],
    ].filter(([, v]) => v === '');
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_CONTEXT', `Cannot describe the build for provenance: ${missing.map(([k]) => k).join(', ')} not set.`, { hint: 'Provenance is generated inside a GitHub Actions run; outside one, give a predicate file instead.' });
    }
    // The run's facts come from the one builder promotion records use too (github/run-facts.ts).
    const run = (0,_github_run_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .runFacts */ .p)(context, facts);
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref: run.workflow.ref, repository: run.repositoryUrl, path: run.workflow.path },
            },
            internalParameters: {
                github: {
                    event_name: context.eventName,
                    repository_id: facts.repositoryId,
                    repository_owner_id: facts.repositoryOwnerId,
                    runner_environment: facts.runnerEnvironment,
                },
            },
            resolvedDependencies: [{ uri: `git+${run.repositoryUrl}@${run.ref}`, digest: { gitCommit: run.sha } }],
        },
        runDetails: {
            builder: { id: run.builderId },
            metadata: { invocationId: run.runUrl },
        },
    };
}
/** The predicate type for an SBOM document: CycloneDX or SPDX 2.3, recognised from its content. */
function sbomPredicateType(document) {
    const d = document;
    if (d && typeof d === 'object') {
        if (d.bomFormat === 'CycloneDX' && typeof d.specVersion === 'string')
            return CYCLONEDX_PREDICATE;
        if (typeof d.spdxVersion === 'string' && typeof d.SPDXID === 'string') {
            if (d.spdxVersion !== 'SPDX-2.3') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('SBOM_FAILED', `Unsupported SPDX version ${d.spdxVersion} (expected SPDX-2.3).`);
            }
            return SPDX_PREDICATE;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('SBOM_FAILED', 'The SBOM is neither CycloneDX JSON (bomFormat + specVersion) nor SPDX 2.3 JSON (spdxVersion + SPDXID).');
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


/***/ })

};
