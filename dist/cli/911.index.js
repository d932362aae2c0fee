export const id = 911;
export const ids = [911];
export const modules = {

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

/***/ 4325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jB: () => (/* binding */ checkConditions)
/* harmony export */ });
/* unused harmony exports newest, truthy */
/* harmony import */ var _jmespath_community_jmespath__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34022);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _verify_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52276);
/**
 * Conditions on what was attested: `[newest|every|any] <predicate type or short name>: <JMESPath
 * expression>`, one per line, each judged on the verified attestations of that type about the
 * subject: by default (`newest`) the one attached last must satisfy it, so a newer failing scan is
 * never hidden by an older passing one; `every` asks all of them, `any` at least one. "Attached
 * last" is the referrer's `org.opencontainers.image.created` annotation (written by sign when it
 * attaches the bundle); without one, or on a tie, the later in the registry's referrer listing.
 * The expression is evaluated over the statement's predicate with JMESPath
 * (@jmespath-community/jmespath) and holds when its result is JMESPath-truthy: anything but
 * false, null, an empty string, an empty array or an empty object (0 is truthy, as in JMESPath).
 * The verify action and promote's gate both judge with this one function.
 */




function time(created) {
    const t = created === undefined ? Number.NaN : Date.parse(created);
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}
/** The attestation attached last: the latest `created`; on a tie (or none), the later in the listing. */
function newest(candidates) {
    let best = candidates[0];
    for (const c of candidates.slice(1))
        if (time(c.created) >= time(best.created))
            best = c;
    return best;
}
const JUDGED = {
    newest: 'the newest verified attestation of its type',
    every: 'every verified attestation of its type',
    any: 'at least one verified attestation of its type',
};
/** JMESPath truthiness: false, null, '', [] and {} are false; everything else (0 too) is true. */
function truthy(value) {
    if (value === null || value === undefined || value === false || value === '')
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if (typeof value === 'object')
        return Object.keys(value).length > 0;
    return true;
}
/** The value an expression gives for one predicate, or the evaluation error (a type error in a function). */
function evaluate(condition, predicate) {
    try {
        return { value: (0,_jmespath_community_jmespath__WEBPACK_IMPORTED_MODULE_0__/* .search */ .$P)(predicate, condition.expression) };
    }
    catch (error) {
        return { error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error) };
    }
}
function shown(value) {
    const text = JSON.stringify(value) ?? 'null';
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
/**
 * Checks every condition against the verified statements about `subject`; throws a
 * VERIFICATION_FAILED (rule `condition`) naming, for each failing line, the predicate type and the
 * value the expression produced for each attestation of that type (or that there was none).
 */
function checkConditions(conditions, verified, subject) {
    const failures = [];
    for (const condition of conditions) {
        const candidates = verified.filter((v) => v.statement.predicateType === condition.predicateType);
        if (candidates.length === 0) {
            const present = [...new Set(verified.map((v) => v.statement.predicateType))];
            failures.push(`  - '${condition.line}': no verified attestation of type ${condition.predicateType} (verified: ${present.join(', ') || 'none'})`);
            continue;
        }
        const judged = condition.quantifier === 'newest' ? [newest(candidates)] : candidates;
        const results = judged.map((c) => ({ source: c.source, result: evaluate(condition, c.statement.predicate) }));
        const holds = (r) => 'value' in r.result && truthy(r.result.value);
        if (condition.quantifier === 'any' ? results.some(holds) : results.every(holds))
            continue;
        const of = condition.quantifier === 'newest' && candidates.length > 1 ? ` (newest of ${candidates.length})` : '';
        for (const r of results) {
            if (condition.quantifier === 'every' && holds(r))
                continue;
            const what = 'value' in r.result ? `gave ${shown(r.result.value)}` : `could not be evaluated (${r.result.error})`;
            failures.push(`  - '${condition.line}': predicate ${condition.predicateType} from ${r.source}${of} ${what}`);
        }
    }
    if (failures.length > 0) {
        throw new _verify_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationFailure */ .UD(`${subject}: ${failures.length === 1 ? 'a condition' : 'conditions'} on its attestations failed:\n${failures.join('\n')}`, 'condition', [], `The expression must give a JMESPath-truthy value (not false, null, "", [] or {}) for ${[...new Set(conditions.map((c) => JUDGED[c.quantifier]))].join(' / ')} (quantifiers: newest, the default; every; any). Fix what was attested (e.g. the findings or failing tests, then attest again), or the condition.`);
    }
}


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


/***/ }),

/***/ 5344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fr: () => (/* binding */ attachVerificationSummary),
  Ur: () => (/* binding */ inputAttestations),
  _X: () => (/* binding */ policyFacts),
  MW: () => (/* binding */ stageVerificationSummary)
});

// UNUSED EXPORTS: VSA_PREDICATE

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var bundle = __webpack_require__(40043);
// EXTERNAL MODULE: ./packages/core/src/sign/image.ts
var sign_image = __webpack_require__(5030);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(14769);
// EXTERNAL MODULE: ./packages/core/src/suite.ts
var suite = __webpack_require__(64277);
// EXTERNAL MODULE: ./packages/core/src/order.ts
var order = __webpack_require__(76729);
;// CONCATENATED MODULE: ./packages/core/src/sign/predicates/vsa.ts
/**
 * The SLSA verification summary (VSA v1, https://slsa.dev/spec/v1.0/verification_summary) that
 * verify and promote's signature gate write after a verification PASSED: one signed attestation a
 * deploy-time check (Kyverno, policy-controller) can verify instead of every bundle behind it.
 *
 * - verifier.id: this suite's verify; verifier.version: the suite's version.
 * - resourceUri: the image reference, with its digest, where the summary is attached.
 * - policy: the verification options (signer, required types, log, conditions) as a canonical JSON
 *   document (keys sorted, no white space), by its sha256, with the document itself as `content`.
 * - inputAttestations: every bundle that verified, by the sha256 of its bytes, named by its referrer.
 * - verificationResult: always PASSED. A failed verification writes nothing: the step fails, and a
 *   FAILED summary attached to the digest would be one more thing a deploy check could mistake.
 * - verifiedLevels: SLSA_BUILD_LEVEL_1 only when a SLSA provenance statement about the digest
 *   verified (provenance exists and is signed by the policy's signer); higher build levels depend
 *   on the build platform, which this verification does not establish, so none is claimed.
 */




const VSA_PREDICATE = 'https://slsa.dev/verification_summary/v1';
const VERIFIER_ID = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/audit-trail.md#the-verification-summary';
/** The media type of the policy document a summary names by digest. */
const VERIFY_POLICY_MEDIA_TYPE = 'application/vnd.immutable-artefacts.verify-policy.v1+json';
/** JSON with keys sorted at every level and no white space: one text per document. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (0,order/* compareText */.n)(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** The policy document a summary hashes: the same options give the same bytes, whatever their order. */
function policyDocument(facts) {
    const signer = facts.keyHint !== undefined
        ? { keyHint: facts.keyHint }
        : { identity: facts.identity, identityRegexp: facts.identityRegexp, issuer: facts.issuer };
    return Buffer.from(canonicalJson({
        mediaType: VERIFY_POLICY_MEDIA_TYPE,
        signer,
        requiredPredicateTypes: [...new Set(facts.requiredPredicateTypes)].sort(),
        requireTransparencyLog: facts.requireTransparencyLog,
        conditions: facts.conditions.map((c) => ({
            quantifier: c.quantifier,
            predicateType: c.predicateType,
            expression: c.expression,
        })),
    }), 'utf8');
}
/** The VSA v1 predicate for a PASSED verification. */
function vsaPredicate(facts) {
    const document = policyDocument(facts.policy);
    const provenance = facts.inputAttestations.some((a) => a.predicateType === statements/* SLSA_PROVENANCE_PREDICATE */.ON);
    return {
        verifier: { id: VERIFIER_ID, version: { [suite/* SUITE_NAME */.t]: suite/* SUITE_VERSION */.s } },
        timeVerified: facts.timeVerified.toISOString(),
        resourceUri: facts.resourceUri,
        policy: {
            name: 'verify policy',
            digest: { sha256: (0,media/* digestHex */.sU)((0,media/* sha256 */.sc)(document)) },
            mediaType: VERIFY_POLICY_MEDIA_TYPE,
            content: document.toString('base64'),
        },
        inputAttestations: facts.inputAttestations.map((a) => ({
            ...(a.uri === undefined ? {} : { uri: a.uri }),
            digest: { sha256: a.sha256 },
            annotations: { predicateType: a.predicateType },
        })),
        verificationResult: 'PASSED',
        verifiedLevels: provenance ? ['SLSA_BUILD_LEVEL_1'] : [],
        slsaVersion: '1.0',
    };
}

// EXTERNAL MODULE: ./packages/core/src/sign/referrer.ts
var referrer = __webpack_require__(70280);
;// CONCATENATED MODULE: ./packages/core/src/sign/verification-summary.ts
/**
 * Writing a verification summary (predicates/vsa.ts) for a digest whose verification PASSED: the
 * facts from the policy and the verified bundles, the statement signed with the signing config
 * the user gave for it (key or keyless), and pushed as a Sigstore bundle referrer of the digest
 * exactly as the sign action pushes its attestations (bundleReferrer, then its blobs and manifest).
 * The verify action (at the verified image) and promote's gate (at each destination) call it.
 */









/** The canonical policy document's facts from the policy verify judged with and its conditions. */
function policyFacts(policy, conditions = []) {
    return {
        ...(policy.key ? { keyHint: policy.key.hint } : {}),
        ...(policy.identity
            ? {
                ...(policy.identity.exact === undefined ? {} : { identity: policy.identity.exact }),
                ...(policy.identity.regexp === undefined ? {} : { identityRegexp: policy.identity.regexp.source }),
                issuer: policy.identity.issuer,
            }
            : {}),
        requiredPredicateTypes: policy.requiredPredicateTypes ?? [],
        requireTransparencyLog: policy.requireTransparencyLog === true,
        conditions,
    };
}
/** The verified bundles as the summary names them: `<repository>@<referrer digest>` and the bundle's sha256. */
function inputAttestations(repository, verified) {
    return verified.flatMap((v) => {
        if (v.bundleDigest === undefined)
            return [];
        const named = v.source.startsWith('referrer ') ? v.source.slice('referrer '.length) : '';
        const referrer = (0,references/* isDigest */.Bc)(named) ? named : undefined;
        return [
            {
                ...(referrer === undefined ? {} : { uri: `${repository}@${referrer}` }),
                sha256: (0,media/* digestHex */.sU)(v.bundleDigest),
                predicateType: v.statement.predicateType,
            },
        ];
    });
}
/**
 * Signs the summary of a PASSED verification of `target` (the image's descriptor in `store`) and
 * attaches it as a referrer; returns the referrer's digest and the signer.
 */
async function attachVerificationSummary(store, repository, target, facts, signing, logger) {
    const staged = await stageVerificationSummary(store, repository, target, facts, signing, logger);
    return staged.attached(await store.putManifest(staged.manifest));
}
/** attachVerificationSummary up to its push: signed, its blobs uploaded, its manifest for the caller to push. */
async function stageVerificationSummary(store, repository, target, facts, signing, logger) {
    const predicate = vsaPredicate({ ...facts, resourceUri: `${repository}@${target.digest}` });
    const signed = await (0,bundle.signStatement)((0,statements/* statement */.qZ)([(0,statements/* subject */.bc)(repository, target.digest)], VSA_PREDICATE, predicate), signing);
    const manifest = await (0,sign_image.stageArtefact)(store, (0,referrer.bundleReferrer)(signed.bundle, target, facts.timeVerified));
    return {
        manifest,
        attached: (pushed) => {
            if (!pushed.referrerIndexed) {
                throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${store.location} stored the verification summary ${pushed.digest} but did not index it as a referrer of ${target.digest}.`);
            }
            logger.info(`Verification summary ${pushed.digest} (${VSA_PREDICATE}) attached to ${repository}@${target.digest}, signed by ${signed.signer}`);
            return { digest: pushed.digest, signer: signed.signer };
        },
    };
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
