export const id = 488;
export const ids = [488];
export const modules = {

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

/***/ 85666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ TAG_BINDING_PREDICATE_TYPE),
/* harmony export */   FI: () => (/* binding */ recordStatement),
/* harmony export */   Pt: () => (/* binding */ TAG_BINDING_ARTIFACT_TYPE),
/* harmony export */   _5: () => (/* binding */ bindTag),
/* harmony export */   gr: () => (/* binding */ stageTagBinding),
/* harmony export */   hy: () => (/* binding */ parseTagBinding),
/* harmony export */   iN: () => (/* binding */ versionFacts),
/* harmony export */   qc: () => (/* binding */ findTagBindings),
/* harmony export */   x5: () => (/* binding */ isTagBindingReferrer)
/* harmony export */ });
/* unused harmony export tagBindingStatement */
/* harmony import */ var _oci_builder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23252);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96939);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61722);
/* harmony import */ var _oci_references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70461);
/* harmony import */ var _artifact_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24197);
/**
 * The tag-binding record: an in-toto statement of the project's own predicate type saying "tag T in
 * repository R is digest D (version V, from commit C)", pushed as a referrer of D before T is
 * written (promote and pack, with `bind-tags`). Signed, it is a Sigstore bundle referrer as the
 * sign action writes them; unsigned (the user signs nothing), a plain in-toto referrer. `verify
 * --tag` and `artefacts audit` read it back. Specified in docs/tag-binding.md (v1, additive only).
 */





const TAG_BINDING_PREDICATE_TYPE = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/tag-binding.md#v1';
/** The artifactType of an unsigned binding; a signed one is a Sigstore bundle annotated with the predicate type. */
const TAG_BINDING_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.tag-binding.v1+json';
const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** A record larger than this is not read (a binding is a few hundred bytes). */
const MAX_RECORD_BYTES = 1024 * 1024;
/** The in-toto statement of one binding; its subject is the bound digest in the repository. */
function tagBindingStatement(facts, signed) {
    const given = (value) => (value === undefined || value === '' ? undefined : value);
    const run = facts.run;
    const predicate = {
        repository: facts.repository,
        tag: facts.tag,
        digest: facts.digest,
        ...(given(facts.version) === undefined ? {} : { version: facts.version }),
        ...(given(facts.commit) === undefined ? {} : { commit: facts.commit }),
        boundAt: facts.now.toISOString(),
        ...(run?.runUrl === undefined
            ? {}
            : {
                run: {
                    url: run.runUrl,
                    ...(given(run.workflowName) === undefined ? {} : { workflow: run.workflowName }),
                    repository: run.repository,
                    ...(given(run.sha) === undefined ? {} : { sha: run.sha }),
                },
            }),
        signed,
    };
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: facts.repository, digest: { sha256: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(facts.digest) } }],
        predicateType: TAG_BINDING_PREDICATE_TYPE,
        predicate: predicate,
    };
}
const isText = (value) => typeof value === 'string' && value !== '';
/**
 * The binding a statement states, or undefined when it is not a v1 tag binding or lacks a required
 * field (readers accept fields they do not know: v1 is additive).
 */
function parseTagBinding(statement) {
    const s = statement;
    if (s === null || typeof s !== 'object' || s.predicateType !== TAG_BINDING_PREDICATE_TYPE)
        return undefined;
    const p = s.predicate;
    if (p === undefined || p === null || typeof p !== 'object')
        return undefined;
    if (!isText(p.repository) || !isText(p.tag) || !isText(p.boundAt))
        return undefined;
    if (!isText(p.digest) || !(0,_oci_references_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(p.digest))
        return undefined;
    const run = p.run;
    return {
        repository: p.repository,
        tag: p.tag,
        digest: p.digest,
        ...(isText(p.version) ? { version: p.version } : {}),
        ...(isText(p.commit) ? { commit: p.commit } : {}),
        boundAt: p.boundAt,
        ...(run !== undefined && run !== null && typeof run === 'object' && isText(run.url) ? { run } : {}),
        signed: p.signed === true,
    };
}
/** Whether a referrer descriptor is a tag binding (either form), by its artifactType and annotation. */
function isTagBindingReferrer(d) {
    return (d.artifactType === TAG_BINDING_ARTIFACT_TYPE ||
        (d.artifactType === _artifact_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_BUNDLE_ARTIFACT_TYPE */ .W &&
            d.annotations?.[_artifact_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_PREDICATE */ .C] === TAG_BINDING_PREDICATE_TYPE));
}
/**
 * The in-toto statement inside a record manifest (unsigned: the layer itself; signed: the DSSE
 * payload, read, not verified), or undefined when it is not one.
 */
async function recordStatement(store, manifest) {
    const layer = manifest.parsed.layers?.[0];
    if (layer === undefined || layer.size > MAX_RECORD_BYTES)
        return undefined;
    try {
        const parsed = JSON.parse((await (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_3__/* .readBlob */ .gm)(store, layer)).toString('utf8'));
        const payload = parsed.dsseEnvelope?.payload;
        return payload === undefined ? parsed : JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** Every tag-binding record attached to `digest` (referrers API or fallback tag; or those already listed). */
async function findTagBindings(store, digest, referrers) {
    const listed = (referrers ?? (await store.referrers(digest))).filter(isTagBindingReferrer);
    const found = [];
    for (const d of listed) {
        const binding = parseTagBinding(await recordStatement(store, await store.getManifest(d.digest)));
        if (binding !== undefined && binding.digest === digest) {
            found.push({ record: d.digest, signed: d.artifactType === _artifact_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_BUNDLE_ARTIFACT_TYPE */ .W, binding });
        }
    }
    return found;
}
/**
 * Binds `facts.tag` to `facts.digest`: pushes the record as a referrer of the digest, unless one
 * already there binds the same (repository, tag, digest) in the same form (a re-run adds no second).
 * Returns the record's digest and whether it was written now. Call it before the tag is written.
 */
async function bindTag(store, subject, facts, signing) {
    const staged = await stageTagBinding(store, subject, facts, signing);
    return 'record' in staged ? staged : staged.attached(await store.putManifest(staged.manifest));
}
/**
 * bindTag up to its last step: the binding already there, or the record made ready to push (its
 * blobs uploaded) for the caller to push with other referrers of the digest. A caller binding
 * several tags of one digest passes the bindings found once (`found`), so that the digest's
 * referrers and every binding are not read again for each tag.
 */
async function stageTagBinding(store, subject, facts, signing, found) {
    const signed = signing !== undefined;
    const existing = (found ?? (await findTagBindings(store, subject.digest))).find((f) => f.signed === signed && f.binding.repository === facts.repository && f.binding.tag === facts.tag);
    if (existing !== undefined)
        return { record: existing.record, written: false };
    const statement = tagBindingStatement(facts, signed);
    const attached = ({ digest }) => ({ record: digest, written: true });
    if (signing !== undefined) {
        // Loaded here, not at start: the sigstore libraries cost a cold start about 0.15 s.
        const [{ signStatement }, { stageArtefact }, { bundleReferrer }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 40043)),
            Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 5030)),
            Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(280), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 70280)),
        ]);
        const bundle = (await signStatement(statement, signing)).bundle;
        return { manifest: await stageArtefact(store, bundleReferrer(bundle, subject, facts.now)), attached };
    }
    const manifest = await (0,_oci_builder_js__WEBPACK_IMPORTED_MODULE_4__/* .prepareReferrer */ .Zx)(store, subject, TAG_BINDING_ARTIFACT_TYPE, { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) }, {
        'dev.immutable-artefacts.predicateType': TAG_BINDING_PREDICATE_TYPE,
        'dev.immutable-artefacts.tag': facts.tag,
        [_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CREATED */ .H]: facts.now.toISOString(),
    });
    return { manifest, attached };
}
/** The version and commit a manifest's annotations record (build-tag writes them), for a binding. */
function versionFacts(manifest) {
    const annotations = manifest.parsed.annotations ?? {};
    const version = annotations[_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_VERSION */ .Rp];
    const commit = annotations[_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_REVISION */ .qK];
    return { ...(version ? { version } : {}), ...(commit ? { commit } : {}) };
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
