export const id = 881;
export const ids = [881,30];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleReferrer: () => (/* reexport safe */ _sign_referrer_js__WEBPACK_IMPORTED_MODULE_2__.bundleReferrer),
/* harmony export */   signStatement: () => (/* reexport safe */ _sign_bundle_js__WEBPACK_IMPORTED_MODULE_0__.signStatement),
/* harmony export */   stageArtefact: () => (/* reexport safe */ _sign_image_js__WEBPACK_IMPORTED_MODULE_1__.stageArtefact)
/* harmony export */ });
/* harmony import */ var _sign_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43);
/* harmony import */ var _sign_image_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5030);
/* harmony import */ var _sign_referrer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3796);
/**
 * Everything promote needs from sign and verify, behind one module that promote loads with a
 * dynamic import only when a promotion signs its record or gates on a signature. The sigstore
 * libraries cost a cold start about 0.15 s, and most promotions use neither; one module keeps
 * them in one bundle chunk.
 */








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
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7870);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1841);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6939);
/* harmony import */ var _referrer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3796);
/* harmony import */ var _verify_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2276);
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
