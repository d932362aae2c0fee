export const id = 796;
export const ids = [796,43];
export const modules = {

/***/ 43:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUNDLE_V03_MEDIA_TYPE: () => (/* reexport safe */ _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.BUNDLE_V03_MEDIA_TYPE),
/* harmony export */   SIGSTORE_INSTANCES: () => (/* binding */ SIGSTORE_INSTANCES),
/* harmony export */   bundleText: () => (/* binding */ bundleText),
/* harmony export */   certificateIdentity: () => (/* binding */ certificateIdentity),
/* harmony export */   parseBundle: () => (/* binding */ parseBundle),
/* harmony export */   signMessage: () => (/* binding */ signMessage),
/* harmony export */   signStatement: () => (/* binding */ signStatement)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4769);
/**
 * Sigstore bundles v0.3, built with @sigstore/sign (one major, 5.x, for the whole suite):
 * a DSSE envelope around an in-toto statement (images, attestations) or a message signature
 * (a file's bytes, as `cosign sign-blob --bundle` writes). Key-based signing uses a signer object
 * of our own and no witnesses unless a transparency log is asked for; keyless uses Fulcio, and
 * Rekor and/or a timestamp authority as witnesses.
 *
 * @sigstore/sign is loaded only when a signature needs its network clients (Fulcio, Rekor, a TSA):
 * it brings an HTTP stack that costs a key-signing process more CPU to load than the rest of the
 * signature. Offline key signing takes the library builders' own two steps, sign the pre-encoded
 * artefact then package it with @sigstore/bundle's constructors, and gives the same bundle (a test
 * compares the two, field by field).
 */






const SIGSTORE_INSTANCES = {
    'public-good': {
        name: 'public-good',
        fulcioURL: 'https://fulcio.sigstore.dev',
        rekorURL: 'https://rekor.sigstore.dev',
    },
    github: { name: 'github', fulcioURL: 'https://fulcio.githubapp.com', tsaURL: 'https://timestamp.githubapp.com' },
};
const TIMEOUT_MS = 30_000;
const RETRY = { retries: 2 };
function keySigner(key) {
    return {
        sign: async (data) => ({
            // ECDSA P-256 over SHA-256, ASN.1 DER: what cosign writes and verifies.
            signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, key.privateKey),
            key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint },
        }),
    };
}
/** Rekor's v1 API (rekor.sigstore.dev). Rekor v2 (tiles) is not offered until it can be tested here. */
function rekorWitness(lib, url, entryType = 'dsse') {
    // DSSE envelopes go in as `dsse` entries by default (what cosign v3 writes), messages as `hashedrekord`.
    return new lib.RekorWitness({ rekorBaseURL: url, entryType, majorApiVersion: 1, timeout: TIMEOUT_MS, retry: RETRY });
}
/** A signature without a witness: a key, and no transparency log asked for. Nothing goes on the network. */
function offline(config) {
    return config.kind === 'key' && !config.rekorURL;
}
function signerAndWitnesses(lib, config) {
    if (config.kind === 'key') {
        const witnesses = [];
        if (config.rekorURL)
            witnesses.push(rekorWitness(lib, config.rekorURL, config.rekorEntryType));
        return { signer: keySigner(config.key), witnesses };
    }
    const { instance } = config;
    const signer = new lib.FulcioSigner({
        fulcioBaseURL: instance.fulcioURL,
        identityProvider: { getToken: config.identityToken },
        timeout: TIMEOUT_MS,
        retry: RETRY,
    });
    const witnesses = [];
    for (const url of instance.rekorURLs ?? (instance.rekorURL ? [instance.rekorURL] : [])) {
        witnesses.push(rekorWitness(lib, url, instance.rekorEntryType));
    }
    for (const url of instance.tsaURLs ?? (instance.tsaURL ? [instance.tsaURL] : [])) {
        witnesses.push(new lib.TSAWitness({ tsaBaseURL: url, timeout: TIMEOUT_MS, retry: RETRY }));
    }
    if (witnesses.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('INPUT_INVALID', `The Sigstore instance '${instance.name}' has neither a transparency log nor a timestamp authority.`, {
            hint: 'A keyless signature needs a Rekor or TSA timestamp to be verifiable after the certificate expires.',
        });
    }
    return { signer, witnesses };
}
/** A message-signature bundle as cosign v3 writes it: v0.3, the leaf certificate only (no chain). */
function messageBundle(data, signature) {
    return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.toMessageSignatureBundle)({
        digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest(),
        signature: signature.signature,
        certificate: signature.key.$case === 'x509Certificate' ? pemToDer(signature.key.certificate) : undefined,
        keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
        certificateChain: false,
    });
}
/** A DSSE bundle, as @sigstore/sign's DSSE builder packages one (v0.3, leaf only). */
function dsseBundle(artifact, signature) {
    return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.toDSSEBundle)({
        artifact: artifact.data,
        artifactType: artifact.type,
        signature: signature.signature,
        certificate: signature.key.$case === 'x509Certificate' ? pemToDer(signature.key.certificate) : undefined,
        keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
        certificateChain: false,
    });
}
/**
 * Signs `signed` with the key and packages it, with no witness: what the library's builders do
 * when they are given none (empty transparency-log and timestamp lists).
 */
async function offlineBundle(key, signed, pack) {
    const bundle = pack(await keySigner(key).sign(signed));
    bundle.verificationMaterial.tlogEntries = [];
    bundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] };
    return bundle;
}
function pemToDer(pem) {
    return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
async function create(builder, artifact) {
    try {
        return await builder.create(artifact);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E)
            throw error;
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('SIGNATURE_INVALID', `Signing failed${typeof code === 'string' ? ` (${code})` : ''}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}`, {
            cause: error,
            hint: 'Keyless signing needs `permissions: id-token: write` and network access to the Sigstore instance.',
        });
    }
}
function describe(bundle, config) {
    const json = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle);
    return {
        bundle: json,
        signer: signerOf(bundle, config),
        transparencyLogIndex: bundle.verificationMaterial.tlogEntries[0]?.logIndex,
    };
}
function signerOf(bundle, config) {
    if (config.kind === 'key')
        return config.key.hint;
    const content = bundle.verificationMaterial.content;
    const raw = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.$case === 'x509CertificateChain'
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    return raw === undefined ? '' : certificateIdentity(Buffer.from(raw));
}
/** The subject alternative name of a Fulcio certificate (URI or e-mail). */
function certificateIdentity(der) {
    // Node's subjectAltName reads "URI:https://..., email:..."; Fulcio puts exactly one identity there.
    const san = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der).subjectAltName ?? '';
    const first = san.split(', ')[0] ?? '';
    return first.replace(/^(URI|email):/, '');
}
/** Signs an in-toto statement: a v0.3 bundle with a DSSE envelope. */
async function signStatement(statement, config) {
    const artifact = { data: (0,_statements_js__WEBPACK_IMPORTED_MODULE_4__/* .statementBytes */ .Tp)(statement), type: _statements_js__WEBPACK_IMPORTED_MODULE_4__/* .INTOTO_PAYLOAD_TYPE */ .w9 };
    if (offline(config)) {
        const pae = _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.dsse.preAuthEncoding(artifact.type, artifact.data);
        return describe(await offlineBundle(config.key, pae, (signature) => dsseBundle(artifact, signature)), config);
    }
    const lib = await __webpack_require__.e(/* import() */ 179).then(__webpack_require__.bind(__webpack_require__, 5179));
    const { signer, witnesses } = signerAndWitnesses(lib, config);
    const builder = new lib.DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
    return describe(await create(builder, artifact), config);
}
/** Signs bytes (a file): a v0.3 message-signature bundle, as `cosign sign-blob --bundle` writes. */
async function signMessage(data, config) {
    if (offline(config)) {
        return describe(await offlineBundle(config.key, data, (signature) => messageBundle(data, signature)), config);
    }
    const lib = await __webpack_require__.e(/* import() */ 179).then(__webpack_require__.bind(__webpack_require__, 5179));
    const { signer, witnesses } = signerAndWitnesses(lib, config);
    // The library's message builder writes v0.2 bundles (certificate chain); cosign v3 writes v0.3 (leaf only).
    class MessageSignatureV03Builder extends lib.MessageSignatureBundleBuilder {
        package(artifact, signature) {
            return Promise.resolve(messageBundle(artifact.data, signature));
        }
    }
    return describe(await create(new MessageSignatureV03Builder({ signer, witnesses }), { data }), config);
}
/** Fields the verifier reads that the bundle library's own checks leave unchecked. */
function unreadFields(bundle) {
    const invalid = [];
    bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
        const at = `verificationMaterial.tlogEntries[${i}]`;
        if (!entry.logId?.keyId?.length)
            invalid.push(`${at}.logId.keyId`);
        if (!entry.canonicalizedBody?.length)
            invalid.push(`${at}.canonicalizedBody`);
        if (entry.inclusionProof) {
            if (!entry.inclusionProof.checkpoint?.envelope)
                invalid.push(`${at}.inclusionProof.checkpoint.envelope`);
            if (!entry.inclusionProof.rootHash?.length)
                invalid.push(`${at}.inclusionProof.rootHash`);
        }
        if (entry.inclusionPromise && !entry.inclusionPromise.signedEntryTimestamp?.length) {
            invalid.push(`${at}.inclusionPromise.signedEntryTimestamp`);
        }
    });
    bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.forEach((t, i) => {
        if (!t.signedTimestamp?.length) {
            invalid.push(`verificationMaterial.timestampVerificationData.rfc3161Timestamps[${i}].signedTimestamp`);
        }
    });
    return invalid;
}
/**
 * Parses a bundle (JSON text or object) and checks its shape for its version (v0.1 needs inclusion
 * promises; v0.2 and later inclusion proofs with checkpoints; v0.3 a single certificate, no chain).
 * A malformed bundle is VERIFICATION_FAILED naming the fields at fault.
 */
function parseBundle(json) {
    let value;
    try {
        value = typeof json === 'string' || Buffer.isBuffer(json) ? JSON.parse(String(json)) : json;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `Not a Sigstore bundle: not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}).`);
    }
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(value);
        if (bundle.mediaType === _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.BUNDLE_V01_MEDIA_TYPE)
            (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.assertBundleV01)(bundle);
        else if (bundle.mediaType === _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.BUNDLE_V02_MEDIA_TYPE)
            (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.assertBundleV02)(bundle);
        else
            (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.assertBundleLatest)(bundle);
    }
    catch (error) {
        const fields = error instanceof _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.ValidationError ? error.fields : [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('VERIFICATION_FAILED', fields.length > 0
            ? `Malformed Sigstore bundle: ${fields.join(', ')} missing or invalid.`
            : `Not a Sigstore bundle: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}.`);
    }
    const invalid = unreadFields(bundle);
    if (invalid.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `Malformed Sigstore bundle: ${invalid.join(', ')} missing or empty.`);
    }
    return bundle;
}
/** Canonical JSON text of a bundle, as written to `<file>.sigstore.json` and to registry layers. */
function bundleText(bundle) {
    return JSON.stringify(bundle);
}


/***/ }),

/***/ 3796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATION_CREATED: () => (/* binding */ ANNOTATION_CREATED),
  ANNOTATION_SIGNATURE: () => (/* binding */ ANNOTATION_SIGNATURE),
  ANNOTATION_TITLE: () => (/* binding */ ANNOTATION_TITLE),
  EMPTY_CONFIG: () => (/* binding */ EMPTY_CONFIG),
  SIMPLE_SIGNING: () => (/* binding */ SIMPLE_SIGNING),
  bundleReferrer: () => (/* binding */ bundleReferrer),
  bundleReferrers: () => (/* binding */ bundleReferrers),
  legacySignatureManifest: () => (/* binding */ legacySignatureManifest),
  legacySignatureTag: () => (/* binding */ legacySignatureTag),
  readBundleReferrer: () => (/* binding */ readBundleReferrer),
  referrersTag: () => (/* reexport */ references/* referrersTag */.LN),
  verifyLegacySignature: () => (/* binding */ verifyLegacySignature)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(6939);
;// CONCATENATED MODULE: ./packages/core/src/oci/builder.ts
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
        throw new ArtefactsError('UNSUPPORTED', `Path ${JSON.stringify(name.slice(0, 300))} is too long for a ustar entry (name 100 bytes, directory prefix 155).`);
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
    for (const [name, file] of Object.entries(spec.files ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
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
    const hash = createHash('sha256');
    const tee = new Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            callback(null, chunk);
        },
    });
    const tar = Readable.from(tarEntries(spec)).pipe(tee);
    const gzip = (spec.compression ?? 'gzip') === 'gzip';
    const { digest, size } = await store.writeBlob(gzip ? tar.pipe(createGzip({ level: 1 })) : tar);
    return {
        descriptor: { mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar, digest, size },
        diffId: `sha256:${hash.digest('hex')}`,
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
    const manifest = (0,media/* encodeManifest */.Gb)({
        schemaVersion: 2,
        mediaType: media/* MEDIA */.Rn.ociManifest,
        artifactType: spec.artifactType,
        config: { ...media/* EMPTY_DESCRIPTOR */.gi },
        layers: [...spec.layers],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
    });
    return { manifest, descriptor: (0,media/* descriptorOf */.nb)(manifest) };
}
/**
 * A referrer's blobs uploaded (the empty config and the content layer, together) and its manifest
 * encoded but not yet written: the caller decides when the referrer becomes visible.
 */
async function prepareReferrer(store, subject, artifactType, content, annotations = {}) {
    const layer = { mediaType: content.mediaType, digest: sha256(content.bytes), size: content.bytes.length };
    // The empty config is usually there already (every referrer shares it): one HEAD instead of an upload.
    await Promise.all([
        store
            .hasBlob(EMPTY_DIGEST)
            .then((has) => has === undefined ? store.putBlob({ digest: EMPTY_DIGEST, size: EMPTY_JSON.length }, EMPTY_JSON) : undefined),
        store.putBlob(layer, content.bytes),
    ]);
    return referrerManifest({ artifactType, layers: [layer], subject, annotations }).manifest;
}

// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(461);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var sign_bundle = __webpack_require__(43);
// EXTERNAL MODULE: ./packages/core/src/sign/artifact-types.ts
var artifact_types = __webpack_require__(4197);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(4769);
;// CONCATENATED MODULE: ./packages/core/src/sign/referrer.ts
/**
 * How signatures and attestations live in a registry, as pure data (the registry client moves the
 * bytes). Two layouts:
 *
 * - cosign v3 (default): each Sigstore bundle is an OCI artifact manifest referring to the image
 *   (https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md): artifactType = the bundle
 *   media type, config = the empty descriptor, one layer = the bundle JSON, subject = the image,
 *   annotations dev.sigstore.bundle.content / .predicateType / org.opencontainers.image.created.
 *   Found through the referrers API, or the fallback tag `sha256-<hex>` (an index of descriptors).
 * - cosign v2 legacy: tag `sha256-<hex>.sig`, a manifest whose layers are "simple signing"
 *   payloads, each signed (ECDSA, base64 DER) in the annotation dev.cosignproject.cosign/signature.
 */








const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_TITLE = 'org.opencontainers.image.title';
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
function blob(mediaType, data, annotations) {
    return {
        descriptor: { mediaType, digest: (0,media/* sha256 */.sc)(data), size: data.length, ...(annotations ? { annotations } : {}) },
        data,
    };
}
/** The empty config blob (`{}`) every referrer names, pushed along with it. */
const EMPTY_CONFIG = { descriptor: media/* EMPTY_DESCRIPTOR */.gi, data: media/* EMPTY_JSON */.JO };
/** The content annotation value and predicate type of a bundle. */
function bundleContent(bundle) {
    if (bundle.dsseEnvelope) {
        let predicateType;
        if (bundle.dsseEnvelope.payloadType === statements/* INTOTO_PAYLOAD_TYPE */.w9) {
            try {
                const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
                if (typeof statement.predicateType === 'string')
                    predicateType = statement.predicateType;
            }
            catch {
                // Not JSON: no predicate type annotation; verification will reject it anyway.
            }
        }
        return { content: 'dsse-envelope', ...(predicateType ? { predicateType } : {}) };
    }
    return { content: 'message-signature' };
}
/**
 * The cosign v3 referrer for one bundle about `subject` (the image's descriptor: digest, size and
 * media type as the registry serves it). `created` defaults to now; pass a fixed date to be reproducible.
 */
function bundleReferrer(bundle, subject, created = new Date()) {
    const mediaType = bundle.mediaType ?? '';
    if (mediaType !== dist.BUNDLE_V03_MEDIA_TYPE) {
        throw new errors/* ArtefactsError */.E('INTERNAL', `Only v0.3 bundles are pushed as referrers (got ${mediaType}).`);
    }
    (0,media/* digestHex */.sU)(subject.digest);
    const data = Buffer.from((0,sign_bundle.bundleText)(bundle));
    const layer = blob(dist.BUNDLE_V03_MEDIA_TYPE, data);
    const titled = {
        ...layer.descriptor,
        annotations: { [ANNOTATION_TITLE]: `${layer.descriptor.digest.replace(':', '-')}.sigstore.json` },
    };
    const { content, predicateType } = bundleContent(bundle);
    const annotations = {
        [ANNOTATION_CONTENT]: content,
        ...(predicateType ? { [artifact_types/* ANNOTATION_PREDICATE */.C]: predicateType } : {}),
        [ANNOTATION_CREATED]: created.toISOString(),
    };
    const { manifest, descriptor } = referrerManifest({
        artifactType: dist.BUNDLE_V03_MEDIA_TYPE,
        layers: [titled],
        subject,
        annotations,
    });
    return { manifest: manifest.bytes, descriptor, blobs: [EMPTY_CONFIG, { descriptor: titled, data }] };
}
/** The referrers fallback tag (`sha256-<hex>`) is the OCI layer's; re-exported for this namespace's callers. */

/** The cosign v2 signature tag: `sha256-<hex>.sig`. */
function legacySignatureTag(digest) {
    return `${(0,references/* referrersTag */.LN)(digest)}.sig`;
}
/** Index entries that are Sigstore bundles (by artifactType), from a referrers index or fallback tag. */
function bundleReferrers(index) {
    const manifests = index?.manifests;
    if (!Array.isArray(manifests))
        return [];
    return manifests.filter((d) => d && typeof d.digest === 'string' && d.artifactType === dist.BUNDLE_V03_MEDIA_TYPE);
}
/**
 * Reads one referrer manifest (its exact bytes, as fetched by digest) and returns the bundle JSON
 * text from its layer, after checking that it refers to `subjectDigest` and that the layer bytes
 * match their digest. Any mismatch is VERIFICATION_FAILED naming the referrer.
 */
async function readBundleReferrer(manifestBytes, subjectDigest, fetchBlob) {
    const name = (0,media/* sha256 */.sc)(manifestBytes);
    const fail = (why) => new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Referrer ${name}: ${why}.`);
    let manifest;
    try {
        manifest = JSON.parse(manifestBytes.toString('utf8'));
    }
    catch {
        throw fail('not JSON');
    }
    if (manifest.artifactType !== dist.BUNDLE_V03_MEDIA_TYPE)
        throw fail(`artifactType is ${String(manifest.artifactType)}, not a Sigstore bundle`);
    // No subject at all: a registry that refuses the field got the referrer without it, listed in the
    // subject's referrers tag; the signed statement still has to name the digest (verifyStatements).
    if (manifest.subject !== undefined && manifest.subject.digest !== `sha256:${(0,media/* digestHex */.sU)(subjectDigest)}`) {
        throw fail(`its subject is ${String(manifest.subject?.digest)}, not ${subjectDigest}`);
    }
    const layer = manifest.layers?.[0];
    if (manifest.layers?.length !== 1 || !layer || layer.mediaType !== dist.BUNDLE_V03_MEDIA_TYPE) {
        throw fail('expected exactly one layer of type application/vnd.dev.sigstore.bundle.v0.3+json');
    }
    const data = await fetchBlob(layer);
    if ((0,media/* sha256 */.sc)(data) !== layer.digest)
        throw fail(`the bundle layer does not match its digest ${layer.digest}`);
    return data.toString('utf8');
}
/** cosign's "simple signing" payload binding a signature to an image digest. */
function legacySignaturePayload(dockerReference, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': `sha256:${(0,media/* digestHex */.sU)(digest)}` },
            type: 'cosign container image signature',
        },
        optional: null,
    }));
}
/**
 * The cosign v2 `.sig` manifest for one key-based signature (the layout cosign v2 writes: one
 * simple-signing layer with the base64 signature annotation; a config listing the layer's diff ID).
 */
function legacySignatureManifest(dockerReference, digest, key) {
    const payload = legacySignaturePayload(dockerReference, digest);
    const signature = (0,external_node_crypto_.sign)('sha256', payload, key.privateKey).toString('base64');
    const layer = blob(SIMPLE_SIGNING, payload, { [ANNOTATION_SIGNATURE]: signature });
    const config = blob(media/* MEDIA */.Rn.ociConfig, Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
        config: {},
    })));
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: media/* MEDIA */.Rn.ociManifest,
        config: config.descriptor,
        layers: [layer.descriptor],
    }));
    return {
        manifest,
        descriptor: { mediaType: media/* MEDIA */.Rn.ociManifest, digest: (0,media/* sha256 */.sc)(manifest), size: manifest.length },
        blobs: [config, layer],
    };
}
/**
 * Checks one legacy signature layer: the signature verifies over the payload bytes with `key`,
 * and the payload names `digest`. Returns false when the signature does not verify; throws
 * VERIFICATION_FAILED when a valid signature is about another image (a moved signature).
 */
function verifyLegacySignature(payload, signatureB64, key, digest) {
    let ok;
    try {
        ok = (0,external_node_crypto_.verify)('sha256', payload, key.publicKey, Buffer.from(signatureB64, 'base64'));
    }
    catch {
        ok = false;
    }
    if (!ok)
        return false;
    let claimed;
    try {
        claimed = JSON.parse(payload.toString('utf8')).critical?.image?.['docker-manifest-digest'];
    }
    catch {
        claimed = undefined;
    }
    if (claimed !== `sha256:${(0,media/* digestHex */.sU)(digest)}`) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `The legacy signature is for ${String(claimed)}, not ${digest}.`);
    }
    return true;
}


/***/ }),

/***/ 4769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   Tp: () => (/* binding */ statementBytes),
/* harmony export */   w9: () => (/* binding */ INTOTO_PAYLOAD_TYPE)
/* harmony export */ });
/* unused harmony exports COSIGN_SIGN_PREDICATE, SLSA_PROVENANCE_PREDICATE, CYCLONEDX_PREDICATE, SPDX_PREDICATE, subject, statement, cosignSignStatement, workflowFacts, githubProvenancePredicate, sbomPredicateType */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
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
        throw new ArtefactsError('INTERNAL', 'A statement subject needs a name.');
    return { name, digest: { sha256: digestHex(digest) } };
}
function statement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new ArtefactsError('INTERNAL', 'A statement needs at least one subject.');
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
        throw new ArtefactsError('INPUT_INVALID', `The predicate type '${predicateType}' is not a URI.`, {
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
        throw new ArtefactsError('GITHUB_CONTEXT', `Cannot describe the build for provenance: ${missing.map(([k]) => k).join(', ')} not set.`, { hint: 'Provenance is generated inside a GitHub Actions run; outside one, give a predicate file instead.' });
    }
    // The run's facts come from the one builder promotion records use too (github/run-facts.ts).
    const run = runFacts(context, facts);
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
                throw new ArtefactsError('SBOM_FAILED', `Unsupported SPDX version ${d.spdxVersion} (expected SPDX-2.3).`);
            }
            return SPDX_PREDICATE;
        }
    }
    throw new ArtefactsError('SBOM_FAILED', 'The SBOM is neither CycloneDX JSON (bomFormat + specVersion) nor SPDX 2.3 JSON (spdxVersion + SPDXID).');
}


/***/ })

};
