export const id = 280;
export const ids = [280];
export const modules = {

/***/ 280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATION_SIGNATURE: () => (/* binding */ ANNOTATION_SIGNATURE),
/* harmony export */   EMPTY_CONFIG: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   SIMPLE_SIGNING: () => (/* binding */ SIMPLE_SIGNING),
/* harmony export */   bundleReferrer: () => (/* binding */ bundleReferrer),
/* harmony export */   bundleReferrers: () => (/* binding */ bundleReferrers),
/* harmony export */   legacySignatureManifest: () => (/* binding */ legacySignatureManifest),
/* harmony export */   legacySignatureTag: () => (/* binding */ legacySignatureTag),
/* harmony export */   readBundleReferrer: () => (/* binding */ readBundleReferrer),
/* harmony export */   referrersTag: () => (/* reexport safe */ _oci_references_js__WEBPACK_IMPORTED_MODULE_8__.LN),
/* harmony export */   verifyLegacySignature: () => (/* binding */ verifyLegacySignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _oci_builder_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3252);
/* harmony import */ var _oci_references_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(461);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6939);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1040);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43);
/* harmony import */ var _artifact_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4197);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4769);
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
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
function blob(mediaType, data, annotations) {
    return {
        descriptor: { mediaType, digest: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(data), size: data.length, ...(annotations ? { annotations } : {}) },
        data,
    };
}
/** The empty config blob (`{}`) every referrer names, pushed along with it. */
const EMPTY_CONFIG = { descriptor: _oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_DESCRIPTOR */ .gi, data: _oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO };
/** The content annotation value and predicate type of a bundle. */
function bundleContent(bundle) {
    if (bundle.dsseEnvelope) {
        let predicateType;
        if (bundle.dsseEnvelope.payloadType === _statements_js__WEBPACK_IMPORTED_MODULE_2__/* .INTOTO_PAYLOAD_TYPE */ .w9) {
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
    if (mediaType !== _bundle_js__WEBPACK_IMPORTED_MODULE_3__.BUNDLE_V03_MEDIA_TYPE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('INTERNAL', `Only v0.3 bundles are pushed as referrers (got ${mediaType}).`);
    }
    (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(subject.digest);
    const data = Buffer.from((0,_bundle_js__WEBPACK_IMPORTED_MODULE_5__.bundleText)(bundle));
    const layer = blob(_bundle_js__WEBPACK_IMPORTED_MODULE_3__.BUNDLE_V03_MEDIA_TYPE, data);
    const titled = {
        ...layer.descriptor,
        annotations: { [_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_TITLE */ .hg]: `${layer.descriptor.digest.replace(':', '-')}.sigstore.json` },
    };
    const { content, predicateType } = bundleContent(bundle);
    const annotations = {
        [ANNOTATION_CONTENT]: content,
        ...(predicateType ? { [_artifact_types_js__WEBPACK_IMPORTED_MODULE_6__/* .ANNOTATION_PREDICATE */ .C]: predicateType } : {}),
        [_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_CREATED */ .H]: created.toISOString(),
    };
    const { manifest, descriptor } = (0,_oci_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .referrerManifest */ .Dq)({
        artifactType: _bundle_js__WEBPACK_IMPORTED_MODULE_3__.BUNDLE_V03_MEDIA_TYPE,
        layers: [titled],
        subject,
        annotations,
    });
    return { manifest: manifest.bytes, descriptor, blobs: [EMPTY_CONFIG, { descriptor: titled, data }] };
}
/** The referrers fallback tag (`sha256-<hex>`) is the OCI layer's; re-exported for this namespace's callers. */

/** The cosign v2 signature tag: `sha256-<hex>.sig`. */
function legacySignatureTag(digest) {
    return `${(0,_oci_references_js__WEBPACK_IMPORTED_MODULE_8__/* .referrersTag */ .LN)(digest)}.sig`;
}
/** Index entries that are Sigstore bundles (by artifactType), from a referrers index or fallback tag. */
function bundleReferrers(index) {
    const manifests = index?.manifests;
    if (!Array.isArray(manifests))
        return [];
    return manifests.filter((d) => d && typeof d.digest === 'string' && d.artifactType === _bundle_js__WEBPACK_IMPORTED_MODULE_3__.BUNDLE_V03_MEDIA_TYPE);
}
/**
 * Reads one referrer manifest (its exact bytes, as fetched by digest) and returns the bundle JSON
 * text from its layer, after checking that it refers to `subjectDigest` and that the layer bytes
 * match their digest. Any mismatch is VERIFICATION_FAILED naming the referrer.
 */
async function readBundleReferrer(manifestBytes, subjectDigest, fetchBlob) {
    const name = (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(manifestBytes);
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `Referrer ${name}: ${why}.`);
    let manifest;
    try {
        manifest = JSON.parse(manifestBytes.toString('utf8'));
    }
    catch {
        throw fail('not JSON');
    }
    if (manifest.artifactType !== _bundle_js__WEBPACK_IMPORTED_MODULE_3__.BUNDLE_V03_MEDIA_TYPE)
        throw fail(`artifactType is ${String(manifest.artifactType)}, not a Sigstore bundle`);
    // No subject at all: a registry that refuses the field got the referrer without it, listed in the
    // subject's referrers tag; the signed statement still has to name the digest (verifyStatements).
    if (manifest.subject !== undefined && manifest.subject.digest !== `sha256:${(0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(subjectDigest)}`) {
        throw fail(`its subject is ${String(manifest.subject?.digest)}, not ${subjectDigest}`);
    }
    const layer = manifest.layers?.[0];
    if (manifest.layers?.length !== 1 || !layer || layer.mediaType !== _bundle_js__WEBPACK_IMPORTED_MODULE_3__.BUNDLE_V03_MEDIA_TYPE) {
        throw fail('expected exactly one layer of type application/vnd.dev.sigstore.bundle.v0.3+json');
    }
    const data = await fetchBlob(layer);
    if ((0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(data) !== layer.digest)
        throw fail(`the bundle layer does not match its digest ${layer.digest}`);
    return data.toString('utf8');
}
/** cosign's "simple signing" payload binding a signature to an image digest. */
function legacySignaturePayload(dockerReference, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': `sha256:${(0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(digest)}` },
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
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', payload, key.privateKey).toString('base64');
    const layer = blob(SIMPLE_SIGNING, payload, { [ANNOTATION_SIGNATURE]: signature });
    const config = blob(_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .Rn.ociConfig, Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
        config: {},
    })));
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: _oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .Rn.ociManifest,
        config: config.descriptor,
        layers: [layer.descriptor],
    }));
    return {
        manifest,
        descriptor: { mediaType: _oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .Rn.ociManifest, digest: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(manifest), size: manifest.length },
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
        ok = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', payload, key.publicKey, Buffer.from(signatureB64, 'base64'));
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
    if (claimed !== `sha256:${(0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(digest)}`) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `The legacy signature is for ${String(claimed)}, not ${digest}.`);
    }
    return true;
}


/***/ })

};
