export const id = 158;
export const ids = [158];
export const modules = {

/***/ 7777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushArtefact: () => (/* binding */ pushArtefact),
  pushLegacySignature: () => (/* binding */ pushLegacySignature),
  verifyImage: () => (/* binding */ verifyImage)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/oci/open.ts





/** The store a reference points into: a registry repository or a layout directory. */
function openStore(reference, client = {}) {
    const ref = typeof reference === 'string' ? parseReference(reference) : reference;
    if (ref.kind === 'layout')
        return new LayoutStore(ref.path);
    const registry = client instanceof RegistryClient ? client : new RegistryClient(client);
    return registry.repository(ref);
}
/**
 * Copies the manifest tree under `digest` (children first, exact bytes, every digest verified)
 * and tags it last when `tag` is given. Blobs already present at the destination are skipped.
 */
async function copyTree(source, destination, digest, options = {}) {
    const stats = { manifests: 0, blobsCopied: 0, blobsSkipped: 0, bytesCopied: 0 };
    const done = new Set();
    const copyBlob = async (d) => {
        if (done.has(d.digest))
            return;
        done.add(d.digest);
        if ((await destination.hasBlob(d.digest)) !== undefined) {
            stats.blobsSkipped++;
            return;
        }
        await destination.putBlob(d, () => source.getBlob(d));
        stats.blobsCopied++;
        stats.bytesCopied += d.size;
    };
    const walk = async (ref) => {
        const manifest = await source.getManifest(ref);
        const children = childDescriptors(manifest);
        for (const blob of children.blobs)
            await copyBlob(blob);
        for (const child of children.manifests) {
            const copied = await walk(child.digest);
            if (copied.digest !== child.digest) {
                throw new ArtefactsError('DIGEST_MISMATCH', `child manifest ${child.digest} read back as ${copied.digest}.`);
            }
        }
        await destination.putManifest(manifest);
        stats.manifests++;
        return manifest;
    };
    const manifest = await walk(digest);
    if (options.tag !== undefined)
        await destination.putTag(options.tag, manifest);
    return { manifest, stats };
}
/** Reads a whole (small) blob, verified. */
async function readBlob(store, descriptor) {
    const stream = await store.getBlob(descriptor);
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(6939);
// EXTERNAL MODULE: ./packages/core/src/sign/referrer.ts
var referrer = __webpack_require__(280);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(4187);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var sign_bundle = __webpack_require__(43);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(4769);
// EXTERNAL MODULE: ./packages/core/src/sign/trust.ts
var trust = __webpack_require__(9753);
;// CONCATENATED MODULE: ./packages/core/src/sign/verify-policy.ts
/**
 * The verification policy: given the bundles found for a subject (referrers of an image digest,
 * or `.sigstore.json` files), which of them are trusted and what they say. Fails closed: when the
 * policy is not met, a VerificationFailure lists, for every bundle, which rule rejected it.
 * The verify action, `artefacts verify` and promote's `require-signature` gate all call this.
 */






/** VERIFICATION_FAILED with, for every bundle, the rule that failed. */
class VerificationFailure extends errors/* ArtefactsError */.E {
    rejections;
    /** The rule that failed overall (e.g. `predicate-type` when all bundles verified but one was missing). */
    rule;
    constructor(message, rule, rejections, hint) {
        super('VERIFICATION_FAILED', message, hint === undefined ? {} : { hint });
        this.rule = rule;
        this.rejections = rejections;
    }
}
class Rejected extends Error {
    rule;
    constructor(rule, message) {
        super(message);
        this.rule = rule;
    }
}
function checkPolicy(policy) {
    if (policy.key && policy.identity) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Give either a key or a certificate identity to verify against, not both.');
    }
    if (!policy.key && !policy.identity) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Nothing to verify against: give a public key, or a certificate identity and OIDC issuer.');
    }
    if (policy.identity) {
        if (!policy.identity.exact && !policy.identity.regexp) {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Keyless verification needs certificate-identity or certificate-identity-regexp.');
        }
        if (!policy.identity.issuer) {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Keyless verification needs certificate-oidc-issuer.');
        }
        if (!policy.trustedRoot) {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Keyless verification needs a Sigstore trusted root (Fulcio CA, logs).');
        }
    }
}
function verifierFor(policy) {
    const options = policy.identity
        ? { ctlogThreshold: 1, timestampThreshold: 1, tlogThreshold: policy.requireTransparencyLog ? 1 : 0 }
        : { ctlogThreshold: 0, timestampThreshold: 0, tlogThreshold: policy.requireTransparencyLog ? 1 : 0 };
    return new dist/* Verifier */.BL((0,trust/* trustMaterial */.kH)({
        ...(policy.key ? { key: policy.key } : {}),
        ...(policy.trustedRoot ? { root: policy.trustedRoot } : {}),
    }), options);
}
const ERROR_RULES = {
    SIGNATURE_ERROR: 'signature',
    PUBLIC_KEY_ERROR: 'key',
    CERTIFICATE_ERROR: 'certificate-chain',
    TLOG_ERROR: 'transparency-log',
    TLOG_INCLUSION_PROOF_ERROR: 'transparency-log',
    TLOG_INCLUSION_PROMISE_ERROR: 'transparency-log',
    TLOG_MISSING_INCLUSION_ERROR: 'transparency-log',
    TLOG_BODY_ERROR: 'transparency-log',
    TIMESTAMP_ERROR: 'timestamp',
    UNTRUSTED_SIGNER_ERROR: 'certificate-identity',
};
/** Checks one bundle's cryptography and signer (not yet its content). */
function verifyEntity(verifier, bundle, policy, artifact) {
    const keyMaterial = bundle.verificationMaterial.content.$case;
    if (policy.key && keyMaterial !== 'publicKey') {
        throw new Rejected('key', 'signed with a certificate (keyless), but the policy expects the given key');
    }
    if (policy.identity && keyMaterial === 'publicKey') {
        throw new Rejected('certificate-chain', 'signed with a key, but the policy expects a keyless certificate identity');
    }
    let entity = (0,dist/* toSignedEntity */.DC)(bundle, artifact);
    if (policy.key && !policy.trustedRoot) {
        // Offline key-based verification: log entries and timestamps cannot be checked without the
        // instance's keys, so they are not counted (requireTransparencyLog then fails, as it must).
        entity = { ...entity, tlogEntries: [], timestamps: [] };
    }
    let signer;
    try {
        signer = verifier.verify(entity);
    }
    catch (error) {
        const code = error.code;
        const rule = (typeof code === 'string' && ERROR_RULES[code]) || 'signature';
        const reason = rule === 'signature' && policy.key
            ? 'the signature does not verify with the given key (another key, or a modified payload)'
            : (0,errors/* describeError */.Uc)(error);
        throw new Rejected(rule, reason);
    }
    if (policy.key)
        return { kind: 'key', keyHint: policy.key.hint };
    const identity = signer.identity?.subjectAlternativeName ?? '';
    const issuer = signer.identity?.extensions?.issuer ?? '';
    const want = policy.identity;
    if (want.exact !== undefined && identity !== want.exact) {
        throw new Rejected('certificate-identity', `certificate identity is ${JSON.stringify(identity)}, expected ${JSON.stringify(want.exact)}`);
    }
    if (want.regexp !== undefined && !want.regexp.test(identity)) {
        throw new Rejected('certificate-identity', `certificate identity ${JSON.stringify(identity)} does not match /${want.regexp.source}/`);
    }
    if (issuer !== want.issuer) {
        throw new Rejected('certificate-oidc-issuer', `certificate OIDC issuer is ${JSON.stringify(issuer)}, expected ${JSON.stringify(want.issuer)}`);
    }
    return { kind: 'certificate', identity, issuer };
}
function tlogIndex(bundle) {
    return bundle.verificationMaterial.tlogEntries[0]?.logIndex;
}
function fail(what, rule, rejected, extra = '') {
    const lines = rejected.map((r) => `  - ${r.source}: [${r.rule}] ${r.reason}`);
    throw new VerificationFailure(`${what}${extra}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, rule, rejected, 'Check the key or identity the artefact was signed with, and that the signature belongs to this digest.');
}
/**
 * Verifies DSSE/in-toto bundles about `subjectDigest` (sha256:<hex>). Accepts a bundle only if its
 * signature verifies under the policy AND its statement names the digest as a subject. Succeeds when
 * at least one bundle is accepted and every required predicate type is among the accepted ones.
 */
function verifyStatements(bundles, subjectDigest, policy) {
    checkPolicy(policy);
    const hex = (0,statements/* sha256Hex */.fg)(subjectDigest);
    const verifier = verifierFor(policy);
    const verified = [];
    const rejected = [];
    for (const { source, bundle: raw } of bundles) {
        try {
            let bundle;
            try {
                bundle = (0,sign_bundle.parseBundle)(raw);
            }
            catch (error) {
                throw new Rejected('bundle-format', (0,errors/* describeError */.Uc)(error));
            }
            if (bundle.content.$case !== 'dsseEnvelope') {
                throw new Rejected('bundle-content', 'a message signature, not a DSSE attestation (verify it against its file)');
            }
            const envelope = bundle.content.dsseEnvelope;
            if (envelope.payloadType !== statements/* INTOTO_PAYLOAD_TYPE */.w9) {
                throw new Rejected('bundle-content', `DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${statements/* INTOTO_PAYLOAD_TYPE */.w9}`);
            }
            const signer = verifyEntity(verifier, bundle, policy);
            let statement;
            try {
                statement = (0,statements/* parseStatement */.By)(envelope.payload);
            }
            catch (error) {
                throw new Rejected('statement-format', (0,errors/* describeError */.Uc)(error));
            }
            const sha256Of = (s) => typeof s.digest.sha256 === 'string' ? s.digest.sha256.toLowerCase() : undefined;
            if (!statement.subject.some((s) => sha256Of(s) === hex)) {
                const named = statement.subject
                    .map((s) => (sha256Of(s) ? `sha256:${sha256Of(s)}` : JSON.stringify(s.name).slice(0, 100)))
                    .join(', ');
                throw new Rejected('subject-digest', `the signed statement is about ${named || 'no subject'}, not sha256:${hex}`);
            }
            verified.push({
                source,
                statement,
                signer,
                mediaType: bundle.mediaType,
                transparencyLogIndex: tlogIndex(bundle),
            });
        }
        catch (error) {
            if (!(error instanceof Rejected))
                throw error;
            rejected.push({ source, rule: error.rule, reason: error.message });
        }
    }
    if (bundles.length === 0)
        fail(`No signature or attestation found for sha256:${hex}.`, 'policy', rejected);
    if (verified.length === 0) {
        const rule = rejected.length === 1 ? (rejected[0]?.rule ?? 'policy') : 'policy';
        fail(`No bundle for sha256:${hex} satisfies the policy (${bundles.length} checked):`, rule, rejected);
    }
    const missing = (policy.requiredPredicateTypes ?? []).filter((t) => !verified.some((v) => v.statement.predicateType === t));
    if (missing.length > 0) {
        fail(`sha256:${hex} lacks a verified attestation of type ${missing.join(', ')}.`, 'predicate-type', rejected, ` Verified: ${[...new Set(verified.map((v) => v.statement.predicateType))].join(', ')}.`);
    }
    return { verified, rejected };
}
/** Verifies a message-signature bundle (`<file>.sigstore.json`) against the file's bytes. */
function verifyArtifact(source, rawBundle, data, policy) {
    checkPolicy(policy);
    const verifier = verifierFor(policy);
    try {
        let bundle;
        try {
            bundle = parseBundle(rawBundle);
        }
        catch (error) {
            throw new Rejected('bundle-format', describeError(error));
        }
        if (bundle.content.$case !== 'messageSignature') {
            throw new Rejected('bundle-content', 'a DSSE attestation, not a message signature over the file');
        }
        const want = createHash('sha256').update(data).digest();
        const got = Buffer.from(bundle.content.messageSignature.messageDigest?.digest ?? []);
        if (!want.equals(got)) {
            throw new Rejected('subject-digest', `the bundle signs sha256:${got.toString('hex')}, but the file is sha256:${want.toString('hex')}`);
        }
        return verifyEntity(verifier, bundle, policy, data);
    }
    catch (error) {
        if (!(error instanceof Rejected))
            throw error;
        return fail(`The signature of ${source} is not valid:`, error.rule, [
            { source, rule: error.rule, reason: error.message },
        ]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sign/image.ts
/**
 * Signatures in a store (registry repository or OCI layout): pushing what signImage planned, and
 * verifying an image digest against a policy from its referrers (API or fallback tag) and its
 * cosign v2 `.sig` tag. The verify action, `artefacts verify` and promote's `require-signature`
 * gate call verifyImage.
 */






/** Uploads an artefact's blobs (skipping those present) then its manifest's exact bytes. */
async function pushArtefact(store, artefact, options = {}) {
    // The blobs (a few small ones) go up concurrently; the manifest only after all of them.
    await Promise.all(artefact.blobs.map(async (blob) => {
        if ((await store.hasBlob(blob.descriptor.digest)) === undefined) {
            await store.putBlob(blob.descriptor, blob.data);
        }
    }));
    const manifest = (0,media/* parseManifest */.Ng)(artefact.manifest, `signature manifest ${artefact.descriptor.digest}`, referrer.OCI_MANIFEST);
    return store.putManifest(manifest, options.tag === undefined ? {} : { tag: options.tag });
}
function digestOf(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/**
 * Pushes the cosign v2 `.sig` manifest. cosign v2 appends each new signature as another layer of
 * the same tag, so an existing `.sig` manifest is merged (its layers kept, ours added unless the
 * very same signature is already there) rather than overwritten.
 */
async function pushLegacySignature(store, digest, legacy) {
    const tag = (0,referrer.legacySignatureTag)(digest);
    const existing = await store.resolve(tag);
    if (existing === undefined) {
        const pushed = await pushArtefact(store, legacy, { tag });
        return { digest: pushed.digest, merged: 0 };
    }
    const current = await store.getManifest(existing.digest);
    const currentLayers = (current.parsed.layers ?? []).filter((l) => l.mediaType === referrer.SIMPLE_SIGNING);
    const ours = legacy.blobs.find((b) => b.descriptor.mediaType === referrer.SIMPLE_SIGNING);
    const sameSignature = (l) => l.digest === ours.descriptor.digest &&
        l.annotations?.[referrer.ANNOTATION_SIGNATURE] === ours.descriptor.annotations?.[referrer.ANNOTATION_SIGNATURE];
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
    const configDescriptor = { mediaType: referrer.OCI_IMAGE_CONFIG, digest: digestOf(config), size: config.length };
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: referrer.OCI_MANIFEST, config: configDescriptor, layers }));
    const merged = {
        manifest: bytes,
        descriptor: { mediaType: referrer.OCI_MANIFEST, digest: digestOf(bytes), size: bytes.length },
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
    const tag = (0,referrer.legacySignatureTag)(digest);
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
        rejected.push({ source, rule: 'bundle-format', reason: (0,errors/* describeError */.Uc)(error) });
        return { accepted, rejected };
    }
    const layers = (manifest.parsed.layers ?? []).filter((l) => l.mediaType === referrer.SIMPLE_SIGNING);
    for (const [i, layer] of layers.entries()) {
        const where = `${source} layer ${i + 1}`;
        const signature = layer.annotations?.[referrer.ANNOTATION_SIGNATURE];
        if (!signature) {
            rejected.push({ source: where, rule: 'bundle-format', reason: `no ${referrer.ANNOTATION_SIGNATURE} annotation` });
            continue;
        }
        try {
            const payload = await readBlob(store, layer);
            if ((0,referrer.verifyLegacySignature)(payload, signature, key, digest)) {
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
            const message = (0,errors/* describeError */.Uc)(error);
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
    return new VerificationFailure(`${message}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, rule, rejections, 'Check the key or identity the image was signed with, and that the signature belongs to this digest.');
}
/**
 * Verifies an image digest against a policy: every Sigstore bundle referrer (referrers API or
 * fallback tag) and the cosign v2 `.sig` tag are read; one that fails a check (wrong subject,
 * bytes not matching their digest, bad signature, other signer) is recorded as rejected with its
 * rule. Succeeds when at least one signature is accepted and every required predicate type is
 * among the accepted statements; otherwise throws VerificationFailure naming each rejection.
 */
async function verifyImage(store, digest, policy, logger) {
    const referrers = (0,referrer.bundleReferrers)({ manifests: await store.referrers(digest) });
    logger.info(`${store.location}@${digest}: ${referrers.length} Sigstore bundle referrer(s).`);
    const sources = [];
    const early = [];
    for (const descriptor of referrers) {
        const source = `referrer ${descriptor.digest}`;
        try {
            const manifest = await store.getManifest(descriptor.digest);
            const text = await (0,referrer.readBundleReferrer)(manifest.bytes, digest, (d) => readBlob(store, d));
            let bundle;
            try {
                bundle = JSON.parse(text);
            }
            catch (error) {
                early.push({ source, rule: 'bundle-format', reason: `the bundle is not JSON (${(0,errors/* describeError */.Uc)(error)})` });
                continue;
            }
            sources.push({ source, bundle });
        }
        catch (error) {
            if (!(error instanceof errors/* ArtefactsError */.E))
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
        const result = verifyStatements(sources, digest, policy);
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
        if (!(error instanceof VerificationFailure))
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

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gv: () => (/* binding */ readTrustedRoot),
/* harmony export */   kH: () => (/* binding */ trustMaterial)
/* harmony export */ });
/* unused harmony export parseTrustedRoot */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/**
 * Trust material for @sigstore/verify: a public key (key-based, fully offline) and/or a Sigstore
 * trusted root (`trusted_root.json`: Fulcio CAs, Rekor and CT log keys, timestamp authorities).
 */




const EMPTY_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
};
/** Parses a `trusted_root.json` document (sigstore's TrustedRoot, protobuf JSON form). */
function parseTrustedRoot(json) {
    try {
        const value = typeof json === 'string' ? JSON.parse(json) : json;
        const root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(value);
        if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
            throw new Error(`mediaType is ${JSON.stringify(root.mediaType)}`);
        }
        return root;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `Not a Sigstore trusted root: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}.`, {
            hint: 'Give the trusted_root.json of the Sigstore instance (e.g. `cosign trusted-root create` or the TUF repository).',
        });
    }
}
async function readTrustedRoot(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('IO_FAILED', `Cannot read the trusted root ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}.`);
    }
    return parseTrustedRoot(text);
}
/**
 * Trust material for verification. With a key, the bundle's key hint is ignored (as `cosign verify
 * --key` does): every bundle is checked against that one key.
 */
function trustMaterial(options) {
    const root = options.root ?? _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(EMPTY_ROOT);
    const key = options.key;
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(root, (hint) => {
        if (!key) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `The bundle is signed with a key (hint ${hint || 'none'}) but no key was given.`);
        }
        return { publicKey: key.publicKey, validFor: () => true };
    });
}


/***/ })

};
