export const id = 252;
export const ids = [252];
export const modules = {

/***/ 27252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestConfig: () => (/* binding */ attestConfig),
  documentReferrer: () => (/* binding */ documentReferrer),
  publishDocuments: () => (/* binding */ publishDocuments)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
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

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./packages/core/src/sign/statements.ts
/**
 * in-toto Statement v1 and the predicates this suite signs: cosign v3's own image signature,
 * SLSA provenance v1 from a GitHub Actions run, SBOMs, and any custom predicate.
 * Spec: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 */



const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const statements_COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const statements_SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
const SPDX_PREDICATE = 'https://spdx.dev/Document/v2.3';
function statements_subject(name, digest) {
    if (name === '')
        throw new errors/* ArtefactsError */.E('INTERNAL', 'A statement subject needs a name.');
    return { name, digest: { sha256: (0,media/* digestHex */.sU)(digest) } };
}
function statements_statement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new errors/* ArtefactsError */.E('INTERNAL', 'A statement needs at least one subject.');
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `The predicate type '${predicateType}' is not a URI.`, {
            hint: 'Predicate types are URIs such as https://slsa.dev/provenance/v1.',
        });
    }
    return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}
/** cosign v3's own image signature: a statement about the image digest with an empty predicate. */
function statements_cosignSignStatement(imageName, digest) {
    return statements_statement([statements_subject(imageName, digest)], statements_COSIGN_SIGN_PREDICATE, {});
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
        throw new ArtefactsError('VERIFICATION_FAILED', 'The signed payload is not JSON, so not an in-toto statement.');
    }
    const s = value;
    if (s === null ||
        typeof s !== 'object' ||
        s._type !== STATEMENT_TYPE ||
        !Array.isArray(s.subject) ||
        typeof s.predicateType !== 'string') {
        throw new ArtefactsError('VERIFICATION_FAILED', `The signed payload is not an in-toto Statement v1 (_type ${JSON.stringify(s?._type)}).`);
    }
    for (const sub of s.subject) {
        if (typeof sub?.name !== 'string' || typeof sub.digest !== 'object' || sub.digest === null) {
            throw new ArtefactsError('VERIFICATION_FAILED', 'The statement has a subject without a name or digest.');
        }
    }
    return { _type: STATEMENT_TYPE, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate ?? {} };
}
function statements_workflowFacts(env, claims = {}) {
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
function statements_githubProvenancePredicate(context, facts) {
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
                throw new errors/* ArtefactsError */.E('SBOM_FAILED', `Unsupported SPDX version ${d.spdxVersion} (expected SPDX-2.3).`);
            }
            return SPDX_PREDICATE;
        }
    }
    throw new errors/* ArtefactsError */.E('SBOM_FAILED', 'The SBOM is neither CycloneDX JSON (bomFormat + specVersion) nor SPDX 2.3 JSON (spdxVersion + SPDXID).');
}

;// CONCATENATED MODULE: ./packages/core/src/sign/bundle.ts
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
            signature: (0,external_node_crypto_.sign)('sha256', data, key.privateKey),
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
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `The Sigstore instance '${instance.name}' has neither a transparency log nor a timestamp authority.`, {
            hint: 'A keyless signature needs a Rekor or TSA timestamp to be verifiable after the certificate expires.',
        });
    }
    return { signer, witnesses };
}
/** A message-signature bundle as cosign v3 writes it: v0.3, the leaf certificate only (no chain). */
function messageBundle(data, signature) {
    return toMessageSignatureBundle({
        digest: createHash('sha256').update(data).digest(),
        signature: signature.signature,
        certificate: signature.key.$case === 'x509Certificate' ? pemToDer(signature.key.certificate) : undefined,
        keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
        certificateChain: false,
    });
}
/** A DSSE bundle, as @sigstore/sign's DSSE builder packages one (v0.3, leaf only). */
function dsseBundle(artifact, signature) {
    return (0,dist.toDSSEBundle)({
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
        const message = (0,errors/* describeError */.Uc)(e);
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
        if (error instanceof errors/* ArtefactsError */.E)
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
            ? `the identity token is not one Fulcio can use (${(0,errors/* describeError */.Uc)(cause)})`
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
    return new errors/* ArtefactsError */.E('SIGNATURE_INVALID', message, { cause: error, hint });
}
function describe(bundle, config) {
    const json = (0,dist.bundleToJSON)(bundle);
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
    const san = new external_node_crypto_.X509Certificate(der).subjectAltName ?? '';
    const first = san.split(', ')[0] ?? '';
    return first.replace(/^(URI|email):/, '');
}
/** Signs an in-toto statement: a v0.3 bundle with a DSSE envelope. */
async function bundle_signStatement(statement, config) {
    const artifact = { data: statementBytes(statement), type: INTOTO_PAYLOAD_TYPE };
    if (offline(config)) {
        const pae = core_dist.dsse.preAuthEncoding(artifact.type, artifact.data);
        return describe(await offlineBundle(config.key, pae, (signature) => dsseBundle(artifact, signature)), config);
    }
    const lib = await Promise.all(/* import() */[__webpack_require__.e(690), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
    const { signer, witnesses } = signerAndWitnesses(lib, config);
    const builder = new lib.DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
    return describe(await create(builder, artifact, config), config);
}
/** Signs bytes (a file): a v0.3 message-signature bundle, as `cosign sign-blob --bundle` writes. */
async function signMessage(data, config) {
    if (offline(config)) {
        return describe(await offlineBundle(config.key, data, (signature) => messageBundle(data, signature)), config);
    }
    const lib = await Promise.all(/* import() */[__webpack_require__.e(690), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
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
        throw new ArtefactsError('VERIFICATION_FAILED', `Not a Sigstore bundle: not JSON (${describeError(error)}).`);
    }
    let bundle;
    try {
        bundle = bundleFromJSON(value);
        if (bundle.mediaType === BUNDLE_V01_MEDIA_TYPE)
            assertBundleV01(bundle);
        else if (bundle.mediaType === BUNDLE_V02_MEDIA_TYPE)
            assertBundleV02(bundle);
        else
            assertBundleLatest(bundle);
    }
    catch (error) {
        const fields = error instanceof ValidationError ? error.fields : [];
        throw new ArtefactsError('VERIFICATION_FAILED', fields.length > 0
            ? `Malformed Sigstore bundle: ${fields.join(', ')} missing or invalid.`
            : `Not a Sigstore bundle: ${describeError(error)}.`);
    }
    const invalid = unreadFields(bundle);
    if (invalid.length > 0) {
        throw new ArtefactsError('VERIFICATION_FAILED', `Malformed Sigstore bundle: ${invalid.join(', ')} missing or empty.`);
    }
    return bundle;
}
/** Canonical JSON text of a bundle, as written to `<file>.sigstore.json` and to registry layers. */
function bundleText(bundle) {
    return JSON.stringify(bundle);
}

;// CONCATENATED MODULE: ./packages/core/src/concurrency.ts
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

;// CONCATENATED MODULE: ./packages/core/src/sign/image.ts
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
    return allAtOnce(artefacts, (a) => store.putManifest(manifestOf(a)));
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
const manifestOf = (artefact) => (0,media/* parseManifest */.Ng)(artefact.manifest, `signature manifest ${artefact.descriptor.digest}`, media/* MEDIA */.Rn.ociManifest);
/**
 * Pushes the cosign v2 `.sig` manifest. cosign v2 appends each new signature as another layer of
 * the same tag, so an existing `.sig` manifest is merged (its layers kept, ours added unless the
 * very same signature is already there) rather than overwritten.
 */
async function pushLegacySignature(store, digest, legacy) {
    const tag = legacySignatureTag(digest);
    const existing = await store.resolve(tag);
    if (existing === undefined) {
        const pushed = await pushArtefact(store, legacy, { tag });
        return { digest: pushed.digest, merged: 0 };
    }
    const current = await store.getManifest(existing.digest);
    const currentLayers = (current.parsed.layers ?? []).filter((l) => l.mediaType === SIMPLE_SIGNING);
    const ours = legacy.blobs.find((b) => b.descriptor.mediaType === SIMPLE_SIGNING);
    const sameSignature = (l) => l.digest === ours.descriptor.digest &&
        l.annotations?.[ANNOTATION_SIGNATURE] === ours.descriptor.annotations?.[ANNOTATION_SIGNATURE];
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
    const configDescriptor = { mediaType: MEDIA.ociConfig, digest: sha256(config), size: config.length };
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config: configDescriptor, layers }));
    const merged = {
        manifest: bytes,
        descriptor: { mediaType: MEDIA.ociManifest, digest: sha256(bytes), size: bytes.length },
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
    const tag = legacySignatureTag(digest);
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
        rejected.push({ source, rule: 'bundle-format', reason: describeError(error) });
        return { accepted, rejected };
    }
    const layers = (manifest.parsed.layers ?? []).filter((l) => l.mediaType === SIMPLE_SIGNING);
    for (const [i, layer] of layers.entries()) {
        const where = `${source} layer ${i + 1}`;
        const signature = layer.annotations?.[ANNOTATION_SIGNATURE];
        if (!signature) {
            rejected.push({ source: where, rule: 'bundle-format', reason: `no ${ANNOTATION_SIGNATURE} annotation` });
            continue;
        }
        try {
            const payload = await readBlob(store, layer);
            if (verifyLegacySignature(payload, signature, key, digest)) {
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
            const message = describeError(error);
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
    return new VerificationFailure(`${message}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, rule, rejections, failureHint(rule, rejections));
}
/**
 * Verifies an image digest against a policy: every Sigstore bundle referrer (referrers API or
 * fallback tag) and the cosign v2 `.sig` tag are read; one that fails a check (wrong subject,
 * bytes not matching their digest, bad signature, other signer) is recorded as rejected with its
 * rule. Succeeds when at least one signature is accepted and every required predicate type is
 * among the accepted statements; otherwise throws VerificationFailure naming each rejection.
 */
async function verifyImage(store, digest, policy, logger) {
    const referrers = bundleReferrers({ manifests: await store.referrers(digest) });
    logger.info(`${store.location}@${digest}: ${referrers.length} Sigstore bundle referrer(s).`);
    const sources = [];
    const early = [];
    for (const descriptor of referrers) {
        const source = `referrer ${descriptor.digest}`;
        try {
            const manifest = await store.getManifest(descriptor.digest);
            const text = await readBundleReferrer(manifest.bytes, digest, (d) => readBlob(store, d));
            let bundle;
            try {
                bundle = JSON.parse(text);
            }
            catch (error) {
                early.push({ source, rule: 'bundle-format', reason: `the bundle is not JSON (${describeError(error)})` });
                continue;
            }
            const created = manifest.parsed.annotations?.[ANNOTATION_CREATED];
            sources.push({
                source,
                bundle,
                bundleDigest: sha256(Buffer.from(text, 'utf8')),
                ...(created === undefined ? {} : { created }),
            });
        }
        catch (error) {
            if (!(error instanceof ArtefactsError))
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./packages/core/src/sign/keys.ts
/**
 * Signing keys in the formats cosign reads and writes.
 *
 * cosign's private key file is a PEM block `ENCRYPTED SIGSTORE PRIVATE KEY` (cosign before 2.0
 * wrote `ENCRYPTED COSIGN PRIVATE KEY`) whose body is the JSON document of
 * go-securesystemslib's `encrypted` package:
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<b64>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<b64>"},"ciphertext":"<b64>"}
 * The key is scrypt(password, salt, N, r, p) → 32 bytes; the plaintext, sealed with NaCl
 * secretbox (XSalsa20-Poly1305), is the PKCS#8 DER private key. Byte fields are standard base64
 * (Go's encoding of []byte). Public keys are SPKI `PUBLIC KEY` PEM; the key hint that bundles
 * carry is base64(sha256(SPKI DER)).
 */



const SIGSTORE_PRIVATE_KEY_PEM = 'ENCRYPTED SIGSTORE PRIVATE KEY';
const COSIGN_PRIVATE_KEY_PEM = 'ENCRYPTED COSIGN PRIVATE KEY';
/** The scrypt parameter sets go-securesystemslib accepts (legacy, standard, OWASP); anything else is refused. */
const ACCEPTED_SCRYPT = [
    { N: 32768, r: 8, p: 1 },
    { N: 65536, r: 8, p: 1 },
    { N: 131072, r: 8, p: 1 },
];
/** What cosign writes today (go-securesystemslib's `Standard`). */
const DEFAULT_SCRYPT = { N: 65536, r: 8, p: 1 };
const SALT_BYTES = 32;
const NONCE_BYTES = (nacl_fast_default()).secretbox.nonceLength; // 24
const BOX_KEY_BYTES = (nacl_fast_default()).secretbox.keyLength; // 32
/** scrypt needs 128 * N * r bytes; N=131072, r=8 is 128 MiB, above Node's 32 MiB default. */
const SCRYPT_MAXMEM = 256 * 1024 * 1024;
/** What a key input holds, as its error shows it: the path as given, or "(PEM text)" for inline PEM (never the key). */
function keySource(input, value) {
    return { input, shown: value.includes('-----BEGIN') ? '(PEM text)' : value };
}
/** base64(sha256(SPKI DER)). */
function keyHint(publicKey) {
    const der = publicKey.export({ format: 'der', type: 'spki' });
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
}
function toSigningKey(privateKey) {
    checkKeyType(privateKey);
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    return {
        privateKey,
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: keyHint(publicKey),
    };
}
/**
 * Only ECDSA P-256 (what cosign generates, signed with SHA-256) is accepted: other key types need
 * per-type hash choices that cosign and sigstore-js do not agree on, so they would be silently wrong.
 */
function checkKeyType(key) {
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (type !== 'ec' || curve !== 'prime256v1') {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported key type ${type ?? 'unknown'}${curve ? ` (${curve})` : ''}: only ECDSA P-256 keys are supported.`, { hint: 'Generate one with `artefacts keygen` (or `cosign generate-key-pair`).' });
    }
}
function pemBlocks(text) {
    const blocks = [];
    const re = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const body = (m[2] ?? '').replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) {
            throw new errors/* ArtefactsError */.E('KEY_INVALID', `The PEM block '${m[1]}' is not valid base64.`);
        }
        blocks.push({ type: m[1] ?? '', body: Buffer.from(body, 'base64') });
    }
    return blocks;
}
function toPem(type, der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}
function deriveKey(password, salt, params) {
    return new Promise((resolve, reject) => {
        (0,external_node_crypto_.scrypt)(Buffer.from(password, 'utf8'), salt, BOX_KEY_BYTES, { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM }, (error, key) => (error ? reject(error) : resolve(key)));
    });
}
/** go-securesystemslib `encrypted.Encrypt`: the JSON document (as bytes) sealing `plaintext` under `password`. */
async function encryptWithPassword(plaintext, password, params = DEFAULT_SCRYPT) {
    checkScryptParams(params);
    const salt = randomBytes(SALT_BYTES);
    const nonce = randomBytes(NONCE_BYTES);
    const key = await deriveKey(password, salt, params);
    const sealed = nacl.secretbox(new Uint8Array(plaintext), new Uint8Array(nonce), new Uint8Array(key));
    key.fill(0);
    // Field order as Go's encoding/json writes the struct: kdf, cipher, ciphertext.
    const document = {
        kdf: { name: 'scrypt', params: { N: params.N, r: params.r, p: params.p }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(sealed).toString('base64'),
    };
    return Buffer.from(JSON.stringify(document), 'utf8');
}
function checkScryptParams(params) {
    if (!ACCEPTED_SCRYPT.some((a) => a.N === params.N && a.r === params.r && a.p === params.p)) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported scrypt parameters N=${params.N} r=${params.r} p=${params.p} in the encrypted key ` +
            `(accepted: ${ACCEPTED_SCRYPT.map((a) => `N=${a.N} r=${a.r} p=${a.p}`).join('; ')}).`);
    }
}
/** What to do about a password that does not open a key: `passwordInput` is the input that gives it. */
function passwordHint(passwordInput) {
    return `Give the password the key was created with (the ${passwordInput} input, or COSIGN_PASSWORD as for cosign).`;
}
/** go-securesystemslib `encrypted.Decrypt`. Wrong password → KEY_INVALID (the hint names `passwordInput`). */
async function decryptWithPassword(document, password, passwordInput = 'key-password') {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(document).toString('utf8'));
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `The encrypted key is not the JSON cosign writes: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    const { kdf, cipher, ciphertext } = parsed ?? {};
    if (kdf?.name !== 'scrypt') {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported key derivation '${String(kdf?.name)}' (expected scrypt).`);
    }
    if (cipher?.name !== 'nacl/secretbox') {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported cipher '${String(cipher?.name)}' (expected nacl/secretbox).`);
    }
    const params = kdf.params ?? { N: 0, r: 0, p: 0 };
    checkScryptParams(params);
    const salt = Buffer.from(String(kdf.salt ?? ''), 'base64');
    const nonce = Buffer.from(String(cipher.nonce ?? ''), 'base64');
    const sealed = Buffer.from(String(ciphertext ?? ''), 'base64');
    if (nonce.length !== NONCE_BYTES || sealed.length < (nacl_fast_default()).secretbox.overheadLength || salt.length === 0) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', 'The encrypted key is damaged (salt, nonce or ciphertext has a wrong length).');
    }
    const key = await deriveKey(password, salt, params);
    const opened = nacl_fast_default().secretbox.open(new Uint8Array(sealed), new Uint8Array(nonce), new Uint8Array(key));
    key.fill(0);
    if (opened === null) {
        // cosign allows an empty password, so an empty one is tried; when it fails, none was given.
        throw new errors/* ArtefactsError */.E('KEY_INVALID', password === ''
            ? 'Cannot decrypt the private key: it is encrypted and no password was given.'
            : 'Cannot decrypt the private key: the password is wrong (or the key file is damaged).', {
            hint: passwordHint(passwordInput),
        });
    }
    return Buffer.from(opened);
}
/**
 * A key's error as its input's: `Input 'key': got "cosign.pub"; expected …`, naming the input and
 * what it held (the path, or "(PEM text)"), and the password input where the password is at fault.
 * Without a source (a key the suite holds itself) the error is left as it is.
 */
function fromSource(error, source) {
    if (source === undefined || !(error instanceof errors/* ArtefactsError */.E) || error.code !== 'KEY_INVALID')
        return error;
    const problem = error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return new errors/* ArtefactsError */.E('KEY_INVALID', `Input '${source.input}': got ${JSON.stringify(source.shown)}; ${problem}`, {
        ...(error.hint === undefined ? {} : { hint: error.hint }),
        cause: error,
    });
}
/**
 * Reads a private key: cosign's encrypted PEM (both header spellings), or a plain PKCS#8 / SEC1 PEM,
 * or an `ENCRYPTED PRIVATE KEY` (PKCS#8 with a password). `password` may be empty for unencrypted keys.
 * `source` names the input the key came from in errors.
 */
async function loadPrivateKey(pem, password, source) {
    try {
        return await readPrivateKey(pem, password, source === undefined ? 'key-password' : `${source.input}-password`);
    }
    catch (error) {
        throw fromSource(error, source);
    }
}
async function readPrivateKey(pem, password, passwordInput) {
    const blocks = pemBlocks(pem);
    const block = blocks.find((b) => /PRIVATE KEY$/.test(b.type));
    if (!block) {
        const found = blocks.map((b) => b.type);
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Expected a private key in PEM (as cosign.key: -----BEGIN ${SIGSTORE_PRIVATE_KEY_PEM}-----), but ${found.length === 0
            ? 'it holds no PEM block'
            : found.includes('PUBLIC KEY')
                ? 'it holds a public key (PUBLIC KEY) where the private key is needed'
                : `it holds ${found.join(', ')}, not a private key`}.`, {
            hint: found.includes('PUBLIC KEY')
                ? 'Sign with the private key (cosign.key); its public key (cosign.pub) is the one verify takes.'
                : 'Give the private key file that `artefacts keygen` or `cosign generate-key-pair` wrote (cosign.key), or its PEM text.',
        });
    }
    if (block.type === SIGSTORE_PRIVATE_KEY_PEM || block.type === COSIGN_PRIVATE_KEY_PEM) {
        const der = await decryptWithPassword(block.body, password, passwordInput);
        return toSigningKey(parsePkcs8(der));
    }
    if (block.type === 'PRIVATE KEY' || block.type === 'EC PRIVATE KEY') {
        return toSigningKey(parseKey(() => (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' })));
    }
    if (block.type === 'ENCRYPTED PRIVATE KEY') {
        if (password === '') {
            throw new errors/* ArtefactsError */.E('KEY_INVALID', 'The private key is encrypted and no password was given.', {
                hint: passwordHint(passwordInput),
            });
        }
        return toSigningKey(parseKey(() => (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase: password }), 'the password is wrong or'));
    }
    throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported private key PEM type '${block.type}'.`, {
        hint: `Accepted: ${SIGSTORE_PRIVATE_KEY_PEM}, ${COSIGN_PRIVATE_KEY_PEM}, PRIVATE KEY (PKCS#8), EC PRIVATE KEY, ENCRYPTED PRIVATE KEY.`,
    });
}
function parsePkcs8(der) {
    return parseKey(() => (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' }));
}
function parseKey(parse, reason = '') {
    try {
        return parse();
    }
    catch (error) {
        // Node's message names the ASN.1 problem, never key material.
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Cannot read the private key: ${reason ? `${reason} ` : ''}${(0,errors/* describeError */.Uc)(error)}.`);
    }
}
/**
 * Reads an SPKI `PUBLIC KEY` PEM (or a certificate's key is NOT accepted here: give the key).
 * `source` names the input the key came from in errors.
 */
function keys_loadPublicKey(pem, source) {
    try {
        return readPublicKey(pem);
    }
    catch (error) {
        throw fromSource(error, source);
    }
}
function readPublicKey(pem) {
    const blocks = pemBlocks(pem);
    const block = blocks.find((b) => b.type === 'PUBLIC KEY');
    if (!block) {
        const found = blocks.map((b) => b.type);
        const privateKey = found.find((type) => /PRIVATE KEY$/.test(type));
        throw new ArtefactsError('KEY_INVALID', `Expected a public key in PEM (as cosign.pub: -----BEGIN PUBLIC KEY-----), but ${found.length === 0
            ? 'it holds no PEM block'
            : privateKey !== undefined
                ? `it holds a private key (${privateKey}) where the public key is needed`
                : `it holds ${found.join(', ')}, not a public key`}.`, {
            hint: privateKey !== undefined
                ? 'Give the public key (cosign.pub, written beside cosign.key); verifying never needs the private key.'
                : 'Give the public key file of the key that signed (cosign.pub), or its PEM text.',
        });
    }
    let publicKey;
    try {
        publicKey = createPublicKey({ key: block.body, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new ArtefactsError('KEY_INVALID', `Cannot read the public key: ${describeError(error)}.`);
    }
    checkKeyType(publicKey);
    return {
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: keyHint(publicKey),
    };
}
/** cosign's private key file: PKCS#8 DER sealed under the password, PEM `ENCRYPTED SIGSTORE PRIVATE KEY`. */
async function encryptPrivateKey(privateKey, password, params = DEFAULT_SCRYPT) {
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    try {
        return toPem(SIGSTORE_PRIVATE_KEY_PEM, await encryptWithPassword(der, password, params));
    }
    finally {
        der.fill(0);
    }
}
/** A new ECDSA P-256 key pair as cosign's generate-key-pair writes it. */
async function generateKeyPair(password) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const key = toSigningKey(privateKey);
    return {
        privateKeyPem: await encryptPrivateKey(privateKey, password),
        publicKeyPem: key.publicKeyPem,
        hint: key.hint,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/sign/oidc.ts
/**
 * The GitHub Actions OIDC token for keyless signing (what core.getIDToken('sigstore') does), and
 * which Sigstore instance a repository signs with by default.
 */


/** True when the job may ask for an OIDC token (`permissions: id-token: write`). */
function canRequestIdToken(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
/** Fetches an OIDC token with the given audience from the runner's token service. */
async function githubIdToken(env, audience = 'sigstore') {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new errors/* ArtefactsError */.E('GITHUB_PERMISSION', 'Keyless signing needs an OIDC token, and this job cannot request one.', {
            hint: 'Add `permissions: id-token: write` to the job, or sign with a key.',
        });
    }
    const target = new URL(url);
    target.searchParams.set('audience', audience);
    let response;
    try {
        response = await fetch(target, {
            headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('GITHUB_API', `Cannot reach the OIDC token service: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    if (!response.ok) {
        throw new errors/* ArtefactsError */.E('GITHUB_PERMISSION', `The OIDC token service answered ${response.status}.`, {
            hint: 'Check `permissions: id-token: write` on the job.',
        });
    }
    const body = (await response.json().catch(() => ({})));
    if (typeof body.value !== 'string' || body.value === '') {
        throw new errors/* ArtefactsError */.E('GITHUB_API', 'The OIDC token service answered without a token.');
    }
    return body.value;
}
/** The claims of a JWT (not checked: Fulcio checks the token; these only describe the run). */
function tokenClaims(token) {
    const payload = token.split('.')[1] ?? '';
    try {
        const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // Not a JWT: no claims.
    }
    throw new errors/* ArtefactsError */.E('GITHUB_API', 'The OIDC token service answered with a token that is not a JWT.');
}
/**
 * The default instance: public repositories use the public-good instance (Fulcio + Rekor, public
 * log); private and internal ones GitHub's own (Fulcio + timestamp authority, nothing public).
 * Unknown visibility → GitHub's, so nothing private leaks into a public log by default.
 */
function defaultSigstoreInstance(context) {
    const repository = context?.payload.repository;
    const isPublic = repository?.visibility === 'public' || repository?.private === false;
    return isPublic ? SIGSTORE_INSTANCES['public-good'] : SIGSTORE_INSTANCES.github;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./packages/core/src/sign/signing-config.ts
/**
 * A Sigstore signing config (`signing_config.json`, protobuf-specs SigningConfig v0.2, what cosign
 * v3 reads with `--signing-config`): the Fulcio, Rekor and timestamp authority URLs of an instance,
 * for private Sigstore deployments (and tests). Services are chosen as the spec says: the highest
 * API version we speak, valid now, newest validity start first, at most one per operator, as many
 * as the `rekorTlogConfig` / `tsaConfig` selector asks for (ANY: one, ALL: every operator, EXACT: count).
 */



const MEDIA_TYPES = [
    'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    'application/vnd.dev.sigstore.signingconfig.v0.1+json',
];
/** API versions our clients speak: Fulcio v1 (…/api/v2/signingCert), Rekor v1, RFC 3161 TSA v1. */
const CA_VERSION = 1;
const REKOR_VERSION = 1;
const TSA_VERSION = 1;
function valid(service, now) {
    const start = service.validFor?.start;
    const end = service.validFor?.end;
    return (start === undefined || start <= now) && (end === undefined || now <= end);
}
/** Services of the highest supported version, valid at `now`, newest first. */
function candidates(services, maxVersion, now) {
    const usable = services.filter((s) => s.url && s.majorApiVersion <= maxVersion && valid(s, now));
    const top = Math.max(...usable.map((s) => s.majorApiVersion));
    return usable
        .filter((s) => s.majorApiVersion === top)
        .sort((a, b) => (b.validFor?.start?.getTime() ?? 0) - (a.validFor?.start?.getTime() ?? 0));
}
function signing_config_select(services, config, maxVersion, what, now, path) {
    if (config === undefined)
        return [];
    const perOperator = new Map();
    for (const s of candidates(services, maxVersion, now)) {
        if (!perOperator.has(s.operator))
            perOperator.set(s.operator, s);
    }
    const distinct = [...perOperator.values()];
    let wanted;
    switch (config.selector) {
        case protobuf_specs_dist.ServiceSelector.ANY:
            wanted = 1;
            break;
        case protobuf_specs_dist.ServiceSelector.ALL:
            wanted = Math.max(distinct.length, 1);
            break;
        case protobuf_specs_dist.ServiceSelector.EXACT:
            wanted = config.count;
            break;
        default:
            throw (0,errors/* inputError */.Xu)('signing-config', path, `a ${what} selector of ANY, ALL or EXACT`);
    }
    if (wanted < 1 || distinct.length < wanted) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `at least ${Math.max(wanted, 1)} ${what} service(s) of API version ${maxVersion} valid now, from distinct operators (found ${distinct.length})`);
    }
    return distinct.slice(0, wanted).map((s) => s.url.replace(/\/+$/, ''));
}
/**
 * The instance a signing config describes. `path` names the file in messages. OIDC providers
 * listed in the config are not used: on GitHub the token comes from the Actions token service.
 */
function instanceFromSigningConfig(json, path, now = new Date()) {
    let config;
    try {
        const value = typeof json === 'string' ? JSON.parse(json) : json;
        config = protobuf_specs_dist.SigningConfig.fromJSON(value);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a Sigstore signing config (JSON): ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (!MEDIA_TYPES.includes(config.mediaType)) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a Sigstore signing config with mediaType ${MEDIA_TYPES[0]} (got ${JSON.stringify(config.mediaType)})`);
    }
    const [ca] = candidates(config.caUrls, CA_VERSION, now);
    if (!ca) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a certificate authority (caUrls) of API version ${CA_VERSION} valid now`);
    }
    const rekorURLs = signing_config_select(config.rekorTlogUrls, config.rekorTlogConfig, REKOR_VERSION, 'Rekor', now, path);
    const tsaURLs = signing_config_select(config.tsaUrls, config.tsaConfig, TSA_VERSION, 'timestamp authority', now, path);
    if (rekorURLs.length === 0 && tsaURLs.length === 0) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, 'a transparency log (rekorTlogUrls + rekorTlogConfig) and/or a timestamp authority (tsaUrls + tsaConfig)');
    }
    return {
        name: `signing config ${path}`,
        fulcioURL: ca.url.replace(/\/+$/, ''),
        ...(rekorURLs[0] ? { rekorURL: rekorURLs[0], rekorURLs } : {}),
        ...(tsaURLs[0] ? { tsaURL: tsaURLs[0], tsaURLs } : {}),
    };
}
async function readSigningConfig(path, shownAs) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('signing-config', shownAs, `a readable signing config file (${(0,errors/* describeError */.Uc)(error)})`);
    }
    return instanceFromSigningConfig(text, shownAs);
}

;// CONCATENATED MODULE: ./packages/core/src/sign/inputs.ts
/**
 * The sign and verify actions' inputs, parsed and checked once (the actions, the CLI and
 * promote's gate share these), and turned into a signing config / verification policy.
 * Key inputs take the PEM itself (a secret) or a path to it, as cosign's --key takes a path.
 */














/** What a step produced, attested as a predicate the ecosystem reads (sign's `attest-type`). */
const ATTEST_TYPES = (/* unused pure expression or super */ null && (['vuln', 'test-result', 'approval']));
/**
 * The sign action's inputs for a caller that only signs a statement of its own (promote's record,
 * sbom's attestation) with the given key, or keyless: no subjects, no attestations, no log upload,
 * the instance chosen as the sign action chooses it.
 */
function keyOnlySignInputs(key) {
    return {
        image: key.image,
        files: [],
        checksums: [],
        key: key.key,
        keyPassword: key.keyPassword,
        keyless: key.keyless,
        transparencyLog: false,
        provenance: false,
        predicateType: undefined,
        predicate: undefined,
        predicatePath: undefined,
        sbomPath: undefined,
        legacySignature: false,
        sigstoreInstance: 'auto',
    };
}
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
function parseSigningInputs(get) {
    const inputs = {
        image: parse.optionalText(get, 'image'),
        files: parse.list(get, 'files', { comma: false }),
        checksums: parse.list(get, 'checksums', { comma: false }),
        key: parse.optionalKey(get, 'key'),
        keyPassword: get('key-password'),
        identityToken: parse.optionalBlock(get, 'identity-token'),
        keyless: parse.booleanOrAuto(get, 'keyless'),
        transparencyLog: parse.boolean(get, 'transparency-log', false),
        provenance: parse.boolean(get, 'provenance', false),
        predicateType: parse.optionalText(get, 'predicate-type'),
        predicate: parse.optionalBlock(get, 'predicate'),
        predicatePath: parse.optionalText(get, 'predicate-path'),
        sbomPath: parse.optionalText(get, 'sbom-path'),
        legacySignature: parse.boolean(get, 'legacy-signature', false),
        sigstoreInstance: parse.oneOf(get, 'sigstore-instance', ['auto', 'public-good', 'github'], 'auto'),
        signingConfig: parse.optionalText(get, 'signing-config'),
        force: parse.boolean(get, 'force', false),
        attestType: get('attest-type').trim() === '' ? undefined : parse.oneOf(get, 'attest-type', ATTEST_TYPES),
        attestPath: parse.optionalText(get, 'attest-path'),
        attestEnvironment: parse.optionalText(get, 'attest-environment'),
    };
    if (!inputs.image && inputs.files.length === 0 && inputs.checksums.length === 0) {
        throw inputError('image', '', 'an image reference, or files / checksums to sign', 'Set `image`, `files` or `checksums`.');
    }
    // Inputs that do nothing without a key are an error, naming the missing key.
    if (inputs.keyPassword !== '' && !inputs.key) {
        throw inputError('key-password', '(set)', 'empty unless key is given (key is missing)');
    }
    if (inputs.transparencyLog && !inputs.key) {
        throw inputError('transparency-log', parse.text(get, 'transparency-log'), 'false unless key is given (key is missing; keyless signing logs as its instance does)');
    }
    if (inputs.identityToken && inputs.key) {
        throw inputError('identity-token', '(set)', 'empty when a key is given (sign with the key or keyless, not both)');
    }
    if (inputs.identityToken && inputs.keyless === false) {
        throw inputError('identity-token', '(set)', 'empty when keyless is false (the token is only for keyless signing)');
    }
    if (inputs.key && inputs.keyless === true) {
        throw inputError('keyless', parse.text(get, 'keyless'), 'false or auto when a key is given (sign with the key or keyless, not both)');
    }
    if (inputs.predicate && inputs.predicatePath) {
        throw inputError('predicate', inputs.predicate, 'empty when predicate-path is given (one source for the predicate)');
    }
    if ((inputs.predicate || inputs.predicatePath) && !inputs.predicateType) {
        throw inputError('predicate-type', '', 'the predicate’s type URI (e.g. https://example.com/test-result/v1)');
    }
    if (inputs.predicateType && !URI.test(inputs.predicateType)) {
        throw inputError('predicate-type', inputs.predicateType, 'a URI such as https://slsa.dev/provenance/v1');
    }
    if (inputs.predicateType && !inputs.predicate && !inputs.predicatePath) {
        throw inputError('predicate', '', 'a JSON predicate (or predicate-path) for predicate-type');
    }
    if (inputs.attestType && inputs.attestType !== 'approval' && !inputs.attestPath) {
        throw inputError('attest-path', '', inputs.attestType === 'vuln'
            ? 'the scan report to attest (trivy or grype JSON, or SARIF) with attest-type: vuln'
            : 'the JUnit XML report to attest with attest-type: test-result');
    }
    if (inputs.attestType === 'approval' && inputs.attestPath) {
        throw inputError('attest-path', inputs.attestPath, 'empty with attest-type: approval (the run is the approval)');
    }
    if (!inputs.attestType && inputs.attestPath) {
        throw inputError('attest-type', '', `one of ${ATTEST_TYPES.join(', ')} when attest-path is given`);
    }
    if (inputs.attestEnvironment && inputs.attestType !== 'approval') {
        throw inputError('attest-environment', inputs.attestEnvironment, 'empty unless attest-type is approval');
    }
    if (inputs.signingConfig && inputs.sigstoreInstance !== 'auto') {
        throw inputError('sigstore-instance', inputs.sigstoreInstance, 'auto when signing-config is given (the signing config names the services)');
    }
    if (!inputs.image && (inputs.legacySignature || inputs.sbomPath)) {
        const input = inputs.legacySignature ? 'legacy-signature' : 'sbom-path';
        throw inputError(input, parse.text(get, input), 'used only with `image`');
    }
    return inputs;
}
function parseVerificationInputs(get) {
    const attestations = parse.list(get, 'attestations').map((a) => {
        const type = PREDICATE_ALIASES[a.toLowerCase()] ?? a;
        if (!URI.test(type)) {
            throw inputError('attestations', a, `predicate type URIs, or ${Object.keys(PREDICATE_ALIASES).join(', ')}`);
        }
        return type;
    });
    const inputs = {
        image: parse.optionalText(get, 'image'),
        files: parse.list(get, 'files', { comma: false }),
        key: parse.optionalKey(get, 'key'),
        certificateIdentity: parse.optionalText(get, 'certificate-identity'),
        certificateIdentityRegexp: parse.regex(get, 'certificate-identity-regexp'),
        certificateOidcIssuer: parse.optionalText(get, 'certificate-oidc-issuer'),
        attestations,
        offline: parse.boolean(get, 'offline', false),
        trustedRoot: parse.optionalText(get, 'trusted-root'),
        requireTransparencyLog: parse.boolean(get, 'require-transparency-log', false),
        sigstoreInstance: parse.oneOf(get, 'sigstore-instance', ['auto', 'public-good', 'github'], 'auto'),
        tufMirror: parse.optionalText(get, 'tuf-mirror'),
        tufRoot: parse.optionalText(get, 'tuf-root'),
        bundle: parse.optionalText(get, 'bundle'),
        showStatements: parse.boolean(get, 'show-statements', false),
        conditions: parseConditionsInput(get),
    };
    for (const entry of inputs.files) {
        if (/^sha(256|384|512):/i.test(entry) && !isDigest(entry)) {
            throw inputError('files', entry, 'a glob, or a digest sha256:<64 lower-case hex digits>');
        }
    }
    if (inputs.files.some((f) => f.startsWith('sha256:')) && !inputs.bundle) {
        throw inputError('bundle', '', 'the path of the bundle to verify a sha256: digest with (a digest has no file beside which to find one)');
    }
    if (inputs.bundle && inputs.files.length === 0) {
        throw inputError('files', '', 'the files or sha256: digests the bundle is about, when bundle is given');
    }
    if (inputs.tufMirror && !/^https?:\/\/[^\s/]+/i.test(inputs.tufMirror)) {
        throw inputError('tuf-mirror', inputs.tufMirror, 'the http(s) URL of a TUF repository');
    }
    if (inputs.trustedRoot && (inputs.tufMirror || inputs.tufRoot)) {
        throw inputError(inputs.tufMirror ? 'tuf-mirror' : 'tuf-root', (inputs.tufMirror ?? inputs.tufRoot), 'empty when trusted-root is given (the trusted root comes from one place)');
    }
    if (!inputs.image && inputs.files.length === 0) {
        throw inputError('image', '', 'an image reference, or files to verify');
    }
    const keyless = inputs.certificateIdentity || inputs.certificateIdentityRegexp || inputs.certificateOidcIssuer;
    if (inputs.key && keyless) {
        throw inputError('key', '(a key)', 'empty when certificate-identity / -regexp / certificate-oidc-issuer are given (one policy)');
    }
    if (!inputs.key && !keyless) {
        throw inputError('key', '', 'a public key, or certificate-identity (or -regexp) with certificate-oidc-issuer');
    }
    // Where the keyless trusted root comes from means nothing when verifying with a key.
    for (const [name, value] of [
        ['tuf-mirror', inputs.tufMirror],
        ['tuf-root', inputs.tufRoot],
        ['sigstore-instance', inputs.sigstoreInstance === 'auto' ? undefined : inputs.sigstoreInstance],
    ]) {
        if (value !== undefined && !keyless) {
            throw inputError(name, value, 'empty unless verifying keyless (certificate-identity and certificate-oidc-issuer are missing; key is given)');
        }
    }
    if (keyless) {
        if (!inputs.certificateIdentity && !inputs.certificateIdentityRegexp) {
            throw inputError('certificate-identity', '', 'the signer’s identity (or certificate-identity-regexp)');
        }
        if (!inputs.certificateOidcIssuer) {
            throw inputError('certificate-oidc-issuer', '', 'the OIDC issuer, e.g. https://token.actions.githubusercontent.com');
        }
    }
    return inputs;
}
/**
 * Reads a key input: PEM text as given, or the file it names (relative to the workspace); with the
 * source its errors name (the input, and the path or "(PEM text)").
 */
async function keyText(value, input, cwd) {
    const source = keySource(input, value);
    if (value.includes('-----BEGIN'))
        return { pem: value, source };
    try {
        return { pem: await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, value), 'utf8'), source };
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(input, value, `a PEM key or the path of a readable key file (${(0,errors/* describeError */.Uc)(error)})`);
    }
}
/**
 * The signing config the inputs ask for: key (decrypted here) or keyless (token fetched lazily).
 * `keyInput` is the name the caller's step gives the key (`key` for sign and sbom, `record-key`
 * for promote): an error about the key names it.
 */
async function resolveSigningConfig(inputs, environment, keyInput = 'key') {
    const { env, logger, cwd } = environment;
    // The key's password: the input, else COSIGN_PASSWORD as cosign reads it.
    const password = inputs.keyPassword !== '' ? inputs.keyPassword : (env.COSIGN_PASSWORD ?? '');
    if (password)
        logger.secret(password);
    if (inputs.key) {
        if (inputs.key.includes('-----BEGIN'))
            logger.secret(inputs.key);
        const { pem, source } = await keyText(inputs.key, keyInput, cwd);
        const key = await loadPrivateKey(pem, password, source);
        const instance = await chooseInstance(inputs, environment);
        if (inputs.transparencyLog && !instance.rekorURL) {
            throw (0,errors/* inputError */.Xu)('transparency-log', 'true', `false with the '${instance.name}' instance, which has no transparency log`);
        }
        return {
            kind: 'key',
            key,
            ...(inputs.transparencyLog && instance.rekorURL ? { rekorURL: instance.rekorURL } : {}),
        };
    }
    if (inputs.keyless === false) {
        throw (0,errors/* inputError */.Xu)(keyInput, '', 'a private key when keyless is false');
    }
    const given = givenIdentityToken(inputs, env);
    if (given !== undefined) {
        logger.secret(given.token);
        const who = tokenIdentity(given.token, given.from);
        const instance = await chooseInstance(inputs, environment);
        logger.info(`Signing keyless with the ${instance.name} Sigstore instance and a token (from ${given.from}) for ${who.identity}, issuer ${who.issuer}.`);
        return { kind: 'keyless', instance, identityToken: async () => given.token, tokenFrom: given.from };
    }
    if (!canRequestIdToken(env)) {
        throw new errors/* ArtefactsError */.E('GITHUB_PERMISSION', 'No key was given and there is no OIDC token to sign keyless with.', {
            hint: 'Give an identity token (`identity-token`, or SIGSTORE_ID_TOKEN in the environment), add `permissions: id-token: write` to a GitHub Actions job, or give `key` and `key-password`.',
        });
    }
    const instance = await chooseInstance(inputs, environment);
    logger.info(`Signing keyless with the ${instance.name} Sigstore instance.`);
    let fetched;
    return {
        kind: 'keyless',
        instance,
        // Fetched once, when first needed (the signer, provenance and the report all read it).
        identityToken: () => (fetched ??= githubIdToken(env, 'sigstore').then((token) => {
            logger.secret(token);
            return token;
        })),
    };
}
/** The identity token given to this run: `identity-token`, else SIGSTORE_ID_TOKEN (as cosign reads it). */
function givenIdentityToken(inputs, env) {
    if (inputs.identityToken)
        return { token: inputs.identityToken.trim(), from: 'identity-token' };
    const fromEnv = env.SIGSTORE_ID_TOKEN?.trim();
    return fromEnv ? { token: fromEnv, from: 'SIGSTORE_ID_TOKEN' } : undefined;
}
/**
 * Who a given token says it is, checked before Fulcio sees it: a JWT with an issuer, not expired.
 * Fulcio decides the certificate's identity (per issuer: the email, the CI's workflow URI or the
 * subject); this is what the token claims, shown so that `verify` can be given it.
 */
function tokenIdentity(token, from) {
    const where = from === 'identity-token' ? "Input 'identity-token'" : from;
    const notToken = () => new errors/* ArtefactsError */.E('INPUT_INVALID', `${where}: not an OIDC identity token (expected a JWT whose claims name an issuer, iss).`, { hint: 'Pass the token the CI issues for the audience "sigstore" (GitLab: id_tokens with aud: sigstore).' });
    let claims;
    try {
        claims = tokenClaims(token);
    }
    catch {
        throw notToken();
    }
    const text = (name) => (typeof claims[name] === 'string' ? claims[name] : '');
    const issuer = text('iss');
    if (issuer === '')
        throw notToken();
    const expires = typeof claims.exp === 'number' ? claims.exp : undefined;
    if (expires !== undefined && expires * 1000 < Date.now()) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${where}: the identity token expired at ${new Date(expires * 1000).toISOString()}.`, { hint: 'Ask the CI for a fresh token in the same job that signs (CI tokens live for minutes).' });
    }
    // What the signer proves it holds the token for (Sigstore's challenge): a verified email, else sub.
    const email = text('email');
    if (email !== '' ? !claims.email_verified : text('sub') === '') {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', email !== ''
            ? `${where}: the identity token's email is not verified by its issuer (email_verified); Sigstore signs only for a verified email.`
            : `${where}: the identity token has no subject (sub); Sigstore needs one, or a verified email, to sign for.`, { hint: 'Pass the token the CI issues for the audience "sigstore" (GitLab: id_tokens with aud: sigstore).' });
    }
    // Fulcio's subject per issuer: the email; GitLab's pipeline config URI; GitHub's workflow; else sub.
    const gitlab = text('ci_config_ref_uri');
    const identity = text('email') || (gitlab ? `https://${gitlab}` : '') || text('job_workflow_ref') || text('sub') || '(no subject)';
    return { identity, issuer };
}
async function chooseInstance(inputs, environment) {
    if (inputs.signingConfig) {
        return readSigningConfig((0,external_node_path_.resolve)(environment.cwd, inputs.signingConfig), inputs.signingConfig);
    }
    const choice = inputs.sigstoreInstance;
    return choice === 'auto' ? defaultSigstoreInstance(environment.github) : SIGSTORE_INSTANCES[choice];
}
/** The TUF repository verify fetches the trusted root from: `tuf-mirror`, else the instance's. */
function tufMirrorFor(inputs, github) {
    if (inputs.tufMirror)
        return inputs.tufMirror.replace(/\/+$/, '');
    const choice = inputs.sigstoreInstance ?? 'auto';
    if (choice !== 'auto')
        return TUF_MIRRORS[choice];
    // Only a repository known to be private or internal signs with GitHub's instance by default.
    const repository = github?.payload.repository;
    const isPrivate = repository?.private === true || ['private', 'internal'].includes(String(repository?.visibility));
    return isPrivate ? TUF_MIRRORS.github : TUF_MIRRORS['public-good'];
}
/**
 * The verification policy the inputs describe, with the key and trusted root loaded. Keyless
 * without `trusted-root`: the trusted root comes through TUF when `environment` is given (its env
 * names the cache directory), and is an error otherwise. `keyInput` names the public key's input
 * in errors (`key` for verify, `require-signature` for promote's gate).
 */
async function loadVerificationPolicy(inputs, cwd, environment, keyInput = 'key') {
    const keyless = !inputs.key;
    const given = inputs.trustedRoot;
    let trustedRoot = given
        ? await readTrustedRoot(resolve(cwd, given), (error) => pathInputError(cwd, 'trusted-root', given, 'a readable trusted root (trusted_root.json)', error))
        : undefined;
    if (!trustedRoot && keyless && environment) {
        trustedRoot = await fetchTrustedRoot({
            mirror: tufMirrorFor(inputs, environment.github),
            rootPath: inputs.tufRoot ? resolve(cwd, inputs.tufRoot) : undefined,
            rootShown: inputs.tufRoot,
            cacheDir: tufCacheDir(environment.env),
            offline: inputs.offline,
            logger: environment.logger,
        });
    }
    const common = {
        ...(trustedRoot ? { trustedRoot } : {}),
        requireTransparencyLog: inputs.requireTransparencyLog,
        requiredPredicateTypes: inputs.attestations,
    };
    if (inputs.key) {
        const { pem, source } = await keyText(inputs.key, keyInput, cwd);
        return { ...common, key: loadPublicKey(pem, source) };
    }
    if (!trustedRoot) {
        throw new ArtefactsError('VERIFICATION_FAILED', 'Keyless verification needs the Sigstore trusted root.', {
            hint: 'Give `trusted-root` (a trusted_root.json of the Sigstore instance).',
        });
    }
    return {
        ...common,
        identity: {
            ...(inputs.certificateIdentity ? { exact: inputs.certificateIdentity } : {}),
            ...(inputs.certificateIdentityRegexp ? { regexp: inputs.certificateIdentityRegexp } : {}),
            issuer: inputs.certificateOidcIssuer ?? '',
        },
    };
}
/** The trust inputs that name files: path inputs of every command that takes them (verify, trace, history, audit). */
const TRUST_PATH_INPUTS = (/* unused pure expression or super */ null && (['key', 'trusted-root', 'tuf-root']));
/**
 * Refuses a trust file (a key, a trusted root, a TUF root) that resolves outside the workspace, as any
 * path input: each of TRUST_PATH_INPUTS, checked alike wherever trust options are taken.
 */
function trustInWorkspace(ws, trust) {
    if (trust === undefined)
        return;
    keyInWorkspace(ws, 'key', trust.key);
    if (trust.trustedRoot)
        inWorkspace(ws, 'trusted-root', trust.trustedRoot);
    if (trust.tufRoot)
        inWorkspace(ws, 'tuf-root', trust.tufRoot);
}
/** The trust options of verify, as the readers of records (trace, history, audit) take them. */
const TRUST_INPUTS = (/* unused pure expression or super */ null && ([
    'key',
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'trusted-root',
    'tuf-mirror',
    'tuf-root',
    'sigstore-instance',
]));
/**
 * verify's parser on the trust inputs alone, for a reader of records whose subject is `reference`;
 * undefined when none is given (nothing can be verified).
 */
function parseTrustOptions(raw, reference) {
    const given = TRUST_INPUTS.some((name) => raw(name).trim() !== '' && raw(name).trim() !== 'auto');
    if (!given)
        return undefined;
    const only = new Set(TRUST_INPUTS);
    return parseVerificationInputs((name) => (name === 'image' ? reference : only.has(name) ? raw(name) : ''));
}

;// CONCATENATED MODULE: ./packages/core/src/sign/plan.ts
/**
 * What the sign action does for an image, without the registry: sign cosign v3's image signature
 * and each attestation as its own bundle, and lay each out as a referrer manifest (plus, for teams
 * still on cosign v2, the legacy `.sig` manifest). The caller pushes `blobs` then `manifest` for
 * each artefact and, where the registry has no referrers API, adds `descriptor` to the fallback
 * tag's index (read-merge-write).
 */




/** Signs an image digest and its attestations; returns what to push. No network unless the config has a log or is keyless. */
async function signImage(image, config, options = {}) {
    if (options.legacy && config.kind !== 'key') {
        throw inputError('legacy-signature', 'true', 'false with keyless signing (the cosign v2 .sig format is written for key-based signatures only)');
    }
    const digest = image.descriptor.digest;
    const created = options.created ?? new Date();
    const statements = [
        cosignSignStatement(image.name, digest),
        ...(options.attestations ?? []).map((a) => statement([subject(image.name, digest)], a.predicateType, a.predicate)),
    ].filter((s) => !options.skip?.has(s.predicateType));
    const referrers = [];
    for (const s of statements) {
        const signed = await signStatement(s, config);
        referrers.push({
            predicateType: s.predicateType,
            signed,
            artefact: bundleReferrer(signed.bundle, image.descriptor, created),
        });
    }
    const legacy = options.legacy && config.kind === 'key' ? legacySignatureManifest(image.name, digest, config.key) : undefined;
    return { referrers, legacy };
}
/**
 * SLSA provenance v1 for the current GitHub Actions run. `claims` are the OIDC token's (keyless
 * signing): its `job_workflow_ref` names the builder, as GitHub's own provenance does.
 */
function provenanceAttestation(context, env, claims = {}) {
    if (!context) {
        throw inputError('provenance', 'true', 'false outside GitHub Actions (provenance describes a workflow run)', 'Give a predicate file with predicate-type instead.');
    }
    return {
        predicateType: SLSA_PROVENANCE_PREDICATE,
        predicate: githubProvenancePredicate(context, workflowFacts(env, claims)),
    };
}
/**
 * A custom predicate from JSON text: the `predicate` input (`source` is its name), or the file behind
 * `predicate-path` (`source` names the input and the path, which errors show instead of the content).
 */
function customAttestation(predicateType, json, source) {
    if (predicateType === COSIGN_SIGN_PREDICATE) {
        throw inputError('predicate-type', predicateType, 'a predicate type other than cosign’s own signature type');
    }
    const from = typeof source === 'string' ? { input: source } : source;
    const what = from.path === undefined ? 'a JSON object' : 'a file holding a JSON object';
    let predicate;
    try {
        predicate = JSON.parse(json);
    }
    catch (error) {
        throw documentError(from, json, `${what}, but it is not JSON: ${jsonSyntaxError(error)}`);
    }
    if (predicate === null || typeof predicate !== 'object' || Array.isArray(predicate)) {
        throw documentError(from, json, `${what}, but it holds ${predicate === null ? 'null' : Array.isArray(predicate) ? 'an array' : `a ${typeof predicate}`}`);
    }
    return { predicateType, predicate: predicate };
}
/**
 * An SBOM (CycloneDX or SPDX 2.3 JSON) as an attestation whose predicate is the document itself;
 * `path` is the file it was read from (as given), for errors.
 */
function sbomAttestation(json, input = 'sbom-path', path) {
    let document;
    try {
        document = JSON.parse(json);
    }
    catch (error) {
        if (path !== undefined) {
            throw (0,errors/* documentError */.aH)({ input, path }, json, `an SBOM in JSON, but it is not JSON: ${(0,errors/* jsonSyntaxError */.UQ)(error)}`);
        }
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input '${input}': the SBOM is not JSON (${(0,errors/* jsonSyntaxError */.UQ)(error)}).`);
    }
    return { predicateType: sbomPredicateType(document), predicate: document };
}

;// CONCATENATED MODULE: ./packages/core/src/sign/artifact-types.ts
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








const referrer_SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
const referrer_ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
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
        if (bundle.dsseEnvelope.payloadType === INTOTO_PAYLOAD_TYPE) {
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
function referrer_bundleReferrer(bundle, subject, created = new Date()) {
    const mediaType = bundle.mediaType ?? '';
    if (mediaType !== dist.BUNDLE_V03_MEDIA_TYPE) {
        throw new errors/* ArtefactsError */.E('INTERNAL', `Only v0.3 bundles are pushed as referrers (got ${mediaType}).`);
    }
    (0,media/* digestHex */.sU)(subject.digest);
    const data = Buffer.from(bundleText(bundle));
    const layer = blob(dist.BUNDLE_V03_MEDIA_TYPE, data);
    const titled = {
        ...layer.descriptor,
        annotations: { [media/* ANNOTATION_TITLE */.hg]: `${layer.descriptor.digest.replace(':', '-')}.sigstore.json` },
    };
    const { content, predicateType } = bundleContent(bundle);
    const annotations = {
        [ANNOTATION_CONTENT]: content,
        ...(predicateType ? { [ANNOTATION_PREDICATE]: predicateType } : {}),
        [media/* ANNOTATION_CREATED */.H]: created.toISOString(),
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
function referrer_legacySignatureTag(digest) {
    return `${referrersTag(digest)}.sig`;
}
/** Index entries that are Sigstore bundles (by artifactType), from a referrers index or fallback tag. */
function referrer_bundleReferrers(index) {
    const manifests = index?.manifests;
    if (!Array.isArray(manifests))
        return [];
    return manifests.filter((d) => d && typeof d.digest === 'string' && d.artifactType === BUNDLE_V03_MEDIA_TYPE);
}
/**
 * Reads one referrer manifest (its exact bytes, as fetched by digest) and returns the bundle JSON
 * text from its layer, after checking that it refers to `subjectDigest` and that the layer bytes
 * match their digest. Any mismatch is VERIFICATION_FAILED naming the referrer.
 */
async function referrer_readBundleReferrer(manifestBytes, subjectDigest, fetchBlob) {
    const name = sha256(manifestBytes);
    const fail = (why) => new ArtefactsError('VERIFICATION_FAILED', `Referrer ${name}: ${why}.`);
    let manifest;
    try {
        manifest = JSON.parse(manifestBytes.toString('utf8'));
    }
    catch {
        throw fail('not JSON');
    }
    if (manifest.artifactType !== BUNDLE_V03_MEDIA_TYPE)
        throw fail(`artifactType is ${String(manifest.artifactType)}, not a Sigstore bundle`);
    // No subject at all: a registry that refuses the field got the referrer without it, listed in the
    // subject's referrers tag; the signed statement still has to name the digest (verifyStatements).
    if (manifest.subject !== undefined && manifest.subject.digest !== `sha256:${digestHex(subjectDigest)}`) {
        throw fail(`its subject is ${String(manifest.subject?.digest)}, not ${subjectDigest}`);
    }
    const layer = manifest.layers?.[0];
    if (manifest.layers?.length !== 1 || !layer || layer.mediaType !== BUNDLE_V03_MEDIA_TYPE) {
        throw fail('expected exactly one layer of type application/vnd.dev.sigstore.bundle.v0.3+json');
    }
    const data = await fetchBlob(layer);
    if (sha256(data) !== layer.digest)
        throw fail(`the bundle layer does not match its digest ${layer.digest}`);
    return data.toString('utf8');
}
/** cosign's "simple signing" payload binding a signature to an image digest. */
function legacySignaturePayload(dockerReference, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': `sha256:${digestHex(digest)}` },
            type: 'cosign container image signature',
        },
        optional: null,
    }));
}
/**
 * The cosign v2 `.sig` manifest for one key-based signature (the layout cosign v2 writes: one
 * simple-signing layer with the base64 signature annotation; a config listing the layer's diff ID).
 */
function referrer_legacySignatureManifest(dockerReference, digest, key) {
    const payload = legacySignaturePayload(dockerReference, digest);
    const signature = cryptoSign('sha256', payload, key.privateKey).toString('base64');
    const layer = blob(referrer_SIMPLE_SIGNING, payload, { [referrer_ANNOTATION_SIGNATURE]: signature });
    const config = blob(MEDIA.ociConfig, Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
        config: {},
    })));
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
        config: config.descriptor,
        layers: [layer.descriptor],
    }));
    return {
        manifest,
        descriptor: { mediaType: MEDIA.ociManifest, digest: sha256(manifest), size: manifest.length },
        blobs: [config, layer],
    };
}
/**
 * Checks one legacy signature layer: the signature verifies over the payload bytes with `key`,
 * and the payload names `digest`. Returns false when the signature does not verify; throws
 * VERIFICATION_FAILED when a valid signature is about another image (a moved signature).
 */
function referrer_verifyLegacySignature(payload, signatureB64, key, digest) {
    let ok;
    try {
        ok = cryptoVerify('sha256', payload, key.publicKey, Buffer.from(signatureB64, 'base64'));
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
    if (claimed !== `sha256:${digestHex(digest)}`) {
        throw new ArtefactsError('VERIFICATION_FAILED', `The legacy signature is for ${String(claimed)}, not ${digest}.`);
    }
    return true;
}

// EXTERNAL MODULE: ./packages/core/src/sbom/writers.ts + 1 modules
var writers = __webpack_require__(8963);
;// CONCATENATED MODULE: ./packages/core/src/sbom/image/publish.ts










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
        annotations: { [media/* ANNOTATION_TITLE */.hg]: fileName },
    };
    const { manifest, descriptor } = referrerManifest({
        artifactType: doc.mediaType,
        layers: [layer],
        subject: subjectDescriptor,
        annotations: { [media/* ANNOTATION_CREATED */.H]: (0,writers/* isoSeconds */.nE)(created) },
    });
    return { manifest: manifest.bytes, descriptor, blobs: [EMPTY_CONFIG, { descriptor: layer, data }] };
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
                const attestation = sbomAttestation(doc.content, 'formats');
                const signed = await bundle_signStatement(statements_statement([statements_subject(name, r.descriptor.digest)], attestation.predicateType, attestation.predicate), publish.signing);
                planned.push({
                    artefact: referrer_bundleReferrer(signed.bundle, r.descriptor, r.subject.timestamp),
                    kind: 'attestation',
                    format: doc.format,
                    subject: r.descriptor.digest,
                    said: (digest) => `Signed ${doc.format} as ${attestation.predicateType} (signer ${signed.signer}); referrer ${digest}`,
                });
            }
        }
    }
    const pushed = await pushArtefacts(store, planned.map((p) => p.artefact));
    return planned.map((p, i) => {
        const result = pushed[i];
        if (!result.referrerIndexed) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${store.location} stored ${p.kind === 'sbom' ? 'SBOM referrer' : 'attestation'} ${result.digest} but did not index it as a referrer of ${p.subject}.`);
        }
        environment.logger.info(p.said(result.digest));
        return { kind: p.kind, format: p.format, subject: p.subject, digest: result.digest };
    });
}
/** The signing config for `attest`, from the same key inputs as the sign action (keyless when no key). */
async function attestConfig(inputs, environment) {
    const signInputs = keyOnlySignInputs({
        image: inputs.image,
        key: inputs.key,
        keyPassword: inputs.keyPassword,
        keyless: 'auto',
    });
    return resolveSigningConfig(signInputs, environment);
}


/***/ })

};
