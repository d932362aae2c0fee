export const id = 446;
export const ids = [446,769];
export const modules = {

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


/***/ })

};
