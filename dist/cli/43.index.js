export const id = 43;
export const ids = [43,769];
export const modules = {

/***/ 40043:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14769);
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
/** Which service a failure code of @sigstore/sign names, and that service's URLs in `config`. */
function failedService(code, config) {
    const instance = config.kind === 'keyless' ? config.instance : undefined;
    if (code.startsWith('TLOG_')) {
        const urls = instance ? (instance.rekorURLs ?? [instance.rekorURL]) : [config.kind === 'key' && config.rekorURL];
        return { what: 'the transparency log', urls: urls.filter((u) => typeof u === 'string') };
    }
    if (code.startsWith('TSA_') && instance) {
        const urls = instance.tsaURLs ?? (instance.tsaURL ? [instance.tsaURL] : []);
        return { what: 'the timestamp authority', urls };
    }
    if (code.startsWith('CA_') && instance)
        return { what: 'the certificate authority (Fulcio)', urls: [instance.fulcioURL] };
    return undefined;
}
/** The messages down an error's cause chain, each once (the network error that made a request fail). */
function causeChain(error) {
    const messages = [];
    for (let e = error, depth = 0; e !== undefined && e !== null && depth < 8; depth++) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(e);
        if (message !== '' && !messages.includes(message))
            messages.push(message);
        e = e.cause;
    }
    return messages.join(': ');
}
async function create(builder, artifact, config) {
    try {
        return await builder.create(artifact);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E)
            throw error;
        throw await signingFailure(error, config);
    }
}
/**
 * A failure of @sigstore/sign, worded for the user. The library's own message can carry the identity
 * token ("invalid identity token: <token>"): a token problem is told by the library's reason alone,
 * and the token is taken out of any other message. The hint names what the signature needed as it
 * was asked for: a token given is never a missing `id-token: write`.
 */
async function signingFailure(error, config) {
    const raw = error.code;
    const code = typeof raw === 'string' ? raw : '';
    const token = config.kind === 'keyless' ? await config.identityToken().catch(() => undefined) : undefined;
    const cause = error.cause;
    const tokenProblem = code.startsWith('IDENTITY_TOKEN_');
    // @sigstore/sign puts the token itself in the message of a token it cannot parse: never shown.
    let reason = tokenProblem
        ? cause !== undefined
            ? `the identity token is not one Fulcio can use (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(cause)})`
            : 'the OIDC identity token could not be read or is not a JWT'
        : causeChain(error);
    if (token !== undefined && token !== '')
        reason = reason.split(token).join('***');
    const service = failedService(code, config);
    const at = service && service.urls.length > 0 ? `${service.what} ${service.urls.join(', ')}` : undefined;
    const message = `Signing failed${code ? ` (${code})` : ''}${at ? ` at ${at}` : ''}: ${reason}.`;
    const given = config.kind === 'keyless' ? config.tokenFrom : undefined;
    let hint;
    if (config.kind === 'key') {
        const log = at ? service.urls.join(', ') : 'the transparency log';
        hint = `Signing with a key needs no service but the transparency log (\`transparency-log\`): check that ${log} is reachable from here and is the Rekor you mean (from \`signing-config\` or \`sigstore-instance\`), or set transparency-log: false.`;
    }
    else if (tokenProblem && given !== undefined) {
        hint = `Give a token (\`${given}\`) that the CI issued for the audience "sigstore", whose claims name a subject (sub) or a verified email.`;
    }
    else if (at && !code.startsWith('CA_')) {
        hint = `Check that ${service.urls.join(', ')} is reachable from here and is ${service.what} of the Sigstore instance you sign with.`;
    }
    else if (given !== undefined) {
        hint = `Keyless signing with the token given (\`${given}\`) needs network access to the Sigstore instance (${config.instance.fulcioURL}), and the instance must accept the token.`;
    }
    else {
        hint = `Keyless signing needs \`permissions: id-token: write\` and network access to the Sigstore instance (${config.instance.fulcioURL}).`;
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('SIGNATURE_INVALID', message, { cause: error, hint });
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
    const lib = await Promise.all(/* import() */[__webpack_require__.e(335), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
    const { signer, witnesses } = signerAndWitnesses(lib, config);
    const builder = new lib.DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
    return describe(await create(builder, artifact, config), config);
}
/** Signs bytes (a file): a v0.3 message-signature bundle, as `cosign sign-blob --bundle` writes. */
async function signMessage(data, config) {
    if (offline(config)) {
        return describe(await offlineBundle(config.key, data, (signature) => messageBundle(data, signature)), config);
    }
    const lib = await Promise.all(/* import() */[__webpack_require__.e(335), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
    const { signer, witnesses } = signerAndWitnesses(lib, config);
    // The library's message builder writes v0.2 bundles (certificate chain); cosign v3 writes v0.3 (leaf only).
    class MessageSignatureV03Builder extends lib.MessageSignatureBundleBuilder {
        package(artifact, signature) {
            return Promise.resolve(messageBundle(artifact.data, signature));
        }
    }
    return describe(await create(new MessageSignatureV03Builder({ signer, witnesses }), { data }, config), config);
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
