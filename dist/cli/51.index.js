export const id = 51;
export const ids = [51];
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

/***/ 32014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestConfig: () => (/* binding */ attestConfig),
/* harmony export */   documentReferrer: () => (/* binding */ documentReferrer),
/* harmony export */   publishDocuments: () => (/* binding */ publishDocuments)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37638);
/* harmony import */ var _oci_builder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23252);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96939);
/* harmony import */ var _sign_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40043);
/* harmony import */ var _sign_image_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5030);
/* harmony import */ var _sign_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(18100);
/* harmony import */ var _sign_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13816);
/* harmony import */ var _sign_referrer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70280);
/* harmony import */ var _sign_statements_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14769);
/* harmony import */ var _writers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17439);










/**
 * The referrer manifest for one SBOM document: artifactType = the document's media type, the
 * empty config, one layer = the document, `subject` = the platform image. `created` comes from
 * the document's time, so the same document always makes the same manifest (and digest).
 */
function documentReferrer(doc, fileName, subjectDescriptor, created) {
    const data = doc.bytes;
    const layer = {
        mediaType: doc.mediaType,
        digest: doc.digest,
        size: data.length,
        annotations: { [_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_TITLE */ .hg]: fileName },
    };
    const { manifest, descriptor } = (0,_oci_builder_js__WEBPACK_IMPORTED_MODULE_1__/* .referrerManifest */ .Dq)({
        artifactType: doc.mediaType,
        layers: [layer],
        subject: subjectDescriptor,
        annotations: { [_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CREATED */ .H]: (0,_writers_js__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(created) },
    });
    return { manifest: manifest.bytes, descriptor, blobs: [_sign_referrer_js__WEBPACK_IMPORTED_MODULE_3__.EMPTY_CONFIG, { descriptor: layer, data }] };
}
/**
 * Publishes the documents: each pushed as a referrer of its platform image (`attach`; the same
 * document makes the same manifest, so a re-run adds no duplicate), and each signed as an SBOM
 * attestation whose bundle is pushed as a referrer (`attest`: `signing` given). Everything is
 * signed first and pushed together, so a registry without the referrers API indexes all of one
 * image's referrers in one merge of its fallback index (one settle, not one per document).
 */
async function publishDocuments(store, name, results, publish, environment) {
    const planned = [];
    if (publish.attach) {
        const attach = results.flatMap((r) => r.documents.map((doc, i) => ({
            r,
            doc,
            artefact: documentReferrer(doc, r.fileNames[i] ?? 'sbom.json', r.descriptor, r.subject.timestamp),
        })));
        // Whether each is there already (a re-run), asked before anything is pushed: each image's
        // referrers listed once (a manifest digest names one manifest, whatever its type).
        const subjects = [...new Set(results.map((r) => r.descriptor.digest))];
        const listed = new Map(await Promise.all(subjects.map(async (s) => [s, await store.referrers(s)])));
        const there = attach.map(({ r, artefact }) => (listed.get(r.descriptor.digest) ?? []).some((d) => d.digest === artefact.descriptor.digest));
        for (const [i, { r, doc, artefact }] of attach.entries()) {
            planned.push({
                artefact,
                kind: 'sbom',
                format: doc.format,
                subject: r.descriptor.digest,
                said: (digest) => `${there[i] ? 'Already attached' : 'Attached'} ${doc.format} to ${r.descriptor.digest} as referrer ${digest}`,
            });
        }
    }
    if (publish.signing !== undefined) {
        for (const r of results) {
            for (const doc of r.documents) {
                const attestation = (0,_sign_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .sbomAttestation */ .Yu)(doc.content, 'formats');
                const signed = await (0,_sign_bundle_js__WEBPACK_IMPORTED_MODULE_5__.signStatement)((0,_sign_statements_js__WEBPACK_IMPORTED_MODULE_6__/* .statement */ .qZ)([(0,_sign_statements_js__WEBPACK_IMPORTED_MODULE_6__/* .subject */ .bc)(name, r.descriptor.digest)], attestation.predicateType, attestation.predicate), publish.signing);
                planned.push({
                    artefact: (0,_sign_referrer_js__WEBPACK_IMPORTED_MODULE_3__.bundleReferrer)(signed.bundle, r.descriptor, r.subject.timestamp),
                    kind: 'attestation',
                    format: doc.format,
                    subject: r.descriptor.digest,
                    said: (digest) => `Signed ${doc.format} as ${attestation.predicateType} (signer ${signed.signer}); referrer ${digest}`,
                });
            }
        }
    }
    const pushed = await (0,_sign_image_js__WEBPACK_IMPORTED_MODULE_7__.pushArtefacts)(store, planned.map((p) => p.artefact));
    return planned.map((p, i) => {
        const result = pushed[i];
        if (!result.referrerIndexed) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${store.location} stored ${p.kind === 'sbom' ? 'SBOM referrer' : 'attestation'} ${result.digest} but did not index it as a referrer of ${p.subject}.`);
        }
        environment.logger.info(p.said(result.digest));
        return { kind: p.kind, format: p.format, subject: p.subject, digest: result.digest };
    });
}
/** The signing config for `attest`, from the same key inputs as the sign action (keyless when no key). */
async function attestConfig(inputs, environment) {
    const signInputs = (0,_sign_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .keyOnlySignInputs */ .Eg)({
        image: inputs.image,
        key: inputs.key,
        keyPassword: inputs.keyPassword,
        keyless: 'auto',
    });
    return (0,_sign_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveSigningConfig */ .ML)(signInputs, environment);
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

/***/ 5030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pushArtefact: () => (/* binding */ pushArtefact),
/* harmony export */   pushArtefacts: () => (/* binding */ pushArtefacts),
/* harmony export */   pushLegacySignature: () => (/* binding */ pushLegacySignature),
/* harmony export */   stageArtefact: () => (/* binding */ stageArtefact),
/* harmony export */   verifyImage: () => (/* binding */ verifyImage)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37870);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61722);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96939);
/* harmony import */ var _referrer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70280);
/* harmony import */ var _verify_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52276);
/**
 * Signatures in a store (registry repository or OCI layout): pushing what signImage planned, and
 * verifying an image digest against a policy from its referrers (API or fallback tag) and its
 * cosign v2 `.sig` tag. The verify action, `artefacts verify` and promote's `require-signature`
 * gate call verifyImage.
 */






/** Uploads an artefact's blobs (skipping those present) then its manifest's exact bytes. */
async function pushArtefact(store, artefact, options = {}) {
    return store.putManifest(await stageArtefact(store, artefact), options.tag === undefined ? {} : { tag: options.tag });
}
/** Uploads an artefact's blobs (skipping those present); returns its manifest, not yet pushed. */
async function stageArtefact(store, artefact) {
    await pushBlobs(store, [artefact]);
    return manifestOf(artefact);
}
/**
 * Pushes several artefacts at once: every blob first, then every manifest together, so the
 * referrers of one subject reach a registry's fallback index in one merge (one write, one settle)
 * instead of one each. Results in the order given; on a failure, once all have ended, the first
 * artefact's failure is thrown.
 */
async function pushArtefacts(store, artefacts) {
    await pushBlobs(store, artefacts);
    return (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .allAtOnce */ .Ir)(artefacts, (a) => store.putManifest(manifestOf(a)));
}
/** The artefacts' blobs, each digest once, concurrently (a few small ones); those present are skipped. */
async function pushBlobs(store, artefacts) {
    const blobs = new Map(artefacts.flatMap((a) => a.blobs.map((b) => [b.descriptor.digest, b])));
    await Promise.all([...blobs.values()].map(async (blob) => {
        if ((await store.hasBlob(blob.descriptor.digest)) === undefined) {
            await store.putBlob(blob.descriptor, blob.data);
        }
    }));
}
const manifestOf = (artefact) => (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(artefact.manifest, `signature manifest ${artefact.descriptor.digest}`, _oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .Rn.ociManifest);
/**
 * Pushes the cosign v2 `.sig` manifest. cosign v2 appends each new signature as another layer of
 * the same tag, so an existing `.sig` manifest is merged (its layers kept, ours added unless the
 * very same signature is already there) rather than overwritten.
 */
async function pushLegacySignature(store, digest, legacy) {
    const tag = (0,_referrer_js__WEBPACK_IMPORTED_MODULE_2__.legacySignatureTag)(digest);
    const existing = await store.resolve(tag);
    if (existing === undefined) {
        const pushed = await pushArtefact(store, legacy, { tag });
        return { digest: pushed.digest, merged: 0 };
    }
    const current = await store.getManifest(existing.digest);
    const currentLayers = (current.parsed.layers ?? []).filter((l) => l.mediaType === _referrer_js__WEBPACK_IMPORTED_MODULE_2__.SIMPLE_SIGNING);
    const ours = legacy.blobs.find((b) => b.descriptor.mediaType === _referrer_js__WEBPACK_IMPORTED_MODULE_2__.SIMPLE_SIGNING);
    const sameSignature = (l) => l.digest === ours.descriptor.digest &&
        l.annotations?.[_referrer_js__WEBPACK_IMPORTED_MODULE_2__.ANNOTATION_SIGNATURE] === ours.descriptor.annotations?.[_referrer_js__WEBPACK_IMPORTED_MODULE_2__.ANNOTATION_SIGNATURE];
    if (currentLayers.some(sameSignature))
        return { digest: current.digest, merged: currentLayers.length };
    const layers = [...currentLayers, ours.descriptor];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {},
    }));
    const configDescriptor = { mediaType: _oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .Rn.ociConfig, digest: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(config), size: config.length };
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: _oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .Rn.ociManifest, config: configDescriptor, layers }));
    const merged = {
        manifest: bytes,
        descriptor: { mediaType: _oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .Rn.ociManifest, digest: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes), size: bytes.length },
        blobs: [{ descriptor: configDescriptor, data: config }, ours],
    };
    const pushed = await pushArtefact(store, merged, { tag });
    return { digest: pushed.digest, merged: currentLayers.length };
}
function ruleOf(error) {
    if (/subject is/.test(error.message))
        return 'subject-digest';
    if (error.code === 'DIGEST_MISMATCH' || /does not match its digest/.test(error.message))
        return 'bundle-content';
    return 'bundle-format';
}
async function legacySignatures(store, digest, key, logger) {
    const accepted = [];
    const rejected = [];
    const tag = (0,_referrer_js__WEBPACK_IMPORTED_MODULE_2__.legacySignatureTag)(digest);
    const found = await store.resolve(tag);
    if (found === undefined)
        return { accepted, rejected };
    const source = `${tag}`;
    if (!key) {
        rejected.push({
            source,
            rule: 'key',
            reason: 'a cosign v2 signature; only key-based policies verify the legacy format here',
        });
        return { accepted, rejected };
    }
    let manifest;
    try {
        manifest = await store.getManifest(found.digest);
    }
    catch (error) {
        rejected.push({ source, rule: 'bundle-format', reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error) });
        return { accepted, rejected };
    }
    const layers = (manifest.parsed.layers ?? []).filter((l) => l.mediaType === _referrer_js__WEBPACK_IMPORTED_MODULE_2__.SIMPLE_SIGNING);
    for (const [i, layer] of layers.entries()) {
        const where = `${source} layer ${i + 1}`;
        const signature = layer.annotations?.[_referrer_js__WEBPACK_IMPORTED_MODULE_2__.ANNOTATION_SIGNATURE];
        if (!signature) {
            rejected.push({ source: where, rule: 'bundle-format', reason: `no ${_referrer_js__WEBPACK_IMPORTED_MODULE_2__.ANNOTATION_SIGNATURE} annotation` });
            continue;
        }
        try {
            const payload = await (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_4__/* .readBlob */ .gm)(store, layer);
            if ((0,_referrer_js__WEBPACK_IMPORTED_MODULE_2__.verifyLegacySignature)(payload, signature, key, digest)) {
                accepted.push({ source: where, keyHint: key.hint });
            }
            else {
                rejected.push({
                    source: where,
                    rule: 'signature',
                    reason: 'the signature does not verify with the given key (another key, or a modified payload)',
                });
            }
        }
        catch (error) {
            const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error);
            rejected.push({
                source: where,
                rule: /legacy signature is for/.test(message) ? 'subject-digest' : 'bundle-content',
                reason: message,
            });
        }
    }
    logger.debug(`Legacy ${tag}: ${accepted.length} accepted, ${rejected.length} rejected.`);
    return { accepted, rejected };
}
function failure(message, rule, rejections) {
    const lines = rejections.map((r) => `  - ${r.source}: [${r.rule}] ${r.reason}`);
    return new _verify_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .VerificationFailure */ .UD(`${message}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, rule, rejections, (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .failureHint */ .qQ)(rule, rejections));
}
/**
 * Verifies an image digest against a policy: every Sigstore bundle referrer (referrers API or
 * fallback tag) and the cosign v2 `.sig` tag are read; one that fails a check (wrong subject,
 * bytes not matching their digest, bad signature, other signer) is recorded as rejected with its
 * rule. Succeeds when at least one signature is accepted and every required predicate type is
 * among the accepted statements; otherwise throws VerificationFailure naming each rejection.
 */
async function verifyImage(store, digest, policy, logger) {
    const referrers = (0,_referrer_js__WEBPACK_IMPORTED_MODULE_2__.bundleReferrers)({ manifests: await store.referrers(digest) });
    logger.info(`${store.location}@${digest}: ${referrers.length} Sigstore bundle referrer(s).`);
    const sources = [];
    const early = [];
    for (const descriptor of referrers) {
        const source = `referrer ${descriptor.digest}`;
        try {
            const manifest = await store.getManifest(descriptor.digest);
            const text = await (0,_referrer_js__WEBPACK_IMPORTED_MODULE_2__.readBundleReferrer)(manifest.bytes, digest, (d) => (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_4__/* .readBlob */ .gm)(store, d));
            let bundle;
            try {
                bundle = JSON.parse(text);
            }
            catch (error) {
                early.push({ source, rule: 'bundle-format', reason: `the bundle is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)})` });
                continue;
            }
            const created = manifest.parsed.annotations?.[_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_CREATED */ .H];
            sources.push({
                source,
                bundle,
                bundleDigest: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(Buffer.from(text, 'utf8')),
                ...(created === undefined ? {} : { created }),
            });
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E))
                throw error;
            if (['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code))
                throw error;
            early.push({ source, rule: ruleOf(error), reason: error.message });
        }
    }
    const legacy = await legacySignatures(store, digest, policy.key, logger);
    const required = policy.requiredPredicateTypes ?? [];
    const legacyCounts = legacy.accepted.length > 0 && required.length === 0;
    const legacySigners = legacy.accepted.map((l) => l.keyHint);
    if (sources.length === 0) {
        const rejected = [...early, ...legacy.rejected];
        if (legacyCounts)
            return { digest, verified: [], legacy: legacy.accepted, rejected, signers: [...new Set(legacySigners)] };
        if (legacy.accepted.length > 0) {
            throw failure(`${digest} has a cosign v2 signature but no verified attestation of type ${required.join(', ')}.`, 'predicate-type', rejected);
        }
        const rule = rejected.length === 1 ? rejected[0].rule : 'policy';
        throw failure(rejected.length === 0
            ? `No signature or attestation found for ${digest} in ${store.location}.`
            : `No signature for ${digest} satisfies the policy (${rejected.length} checked):`, rule, rejected);
    }
    try {
        const result = (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyStatements */ .gY)(sources, digest, policy);
        const signers = result.verified.map((v) => v.signer.kind === 'key' ? (v.signer.keyHint ?? '') : (v.signer.identity ?? ''));
        return {
            digest,
            verified: result.verified,
            legacy: legacy.accepted,
            rejected: [...early, ...result.rejected, ...legacy.rejected],
            signers: [...new Set([...signers, ...legacySigners])],
        };
    }
    catch (error) {
        if (!(error instanceof _verify_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .VerificationFailure */ .UD))
            throw error;
        const rejected = [...early, ...error.rejections, ...legacy.rejected];
        if (legacyCounts && error.rule !== 'predicate-type') {
            return { digest, verified: [], legacy: legacy.accepted, rejected, signers: [...new Set(legacySigners)] };
        }
        const total = sources.length + early.length;
        const rule = error.rule === 'predicate-type' ? error.rule : rejected.length === 1 ? rejected[0].rule : error.rule;
        throw failure(error.rule === 'predicate-type'
            ? error.message.split('\n')[0]
            : `No signature for ${digest} satisfies the policy (${total + legacy.rejected.length} checked):`, rule, rejected);
    }
}


/***/ })

};
