export const id = 98;
export const ids = [98];
export const modules = {

/***/ 4098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bundleReferrer: () => (/* reexport */ bundleReferrer),
  keyOnlySignInputs: () => (/* reexport */ keyOnlySignInputs),
  pushArtefact: () => (/* reexport */ pushArtefact),
  resolveSigningConfig: () => (/* reexport */ resolveSigningConfig),
  signStatement: () => (/* reexport */ signStatement),
  verifyPromotionSource: () => (/* reexport */ verifyPromotionSource)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(5179);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(4769);
;// CONCATENATED MODULE: ./packages/core/src/sign/bundle.ts
/**
 * Sigstore bundles v0.3, built with @sigstore/sign (one major, 5.x, for the whole suite):
 * a DSSE envelope around an in-toto statement (images, attestations) or a message signature
 * (a file's bytes, as `cosign sign-blob --bundle` writes). Key-based signing uses a signer object
 * of our own and no witnesses unless a transparency log is asked for; keyless uses Fulcio, and
 * Rekor and/or a timestamp authority as witnesses.
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
function rekorWitness(url, entryType = 'dsse') {
    // DSSE envelopes go in as `dsse` entries by default (what cosign v3 writes), messages as `hashedrekord`.
    return new sign_dist/* RekorWitness */.fU({ rekorBaseURL: url, entryType, majorApiVersion: 1, timeout: TIMEOUT_MS, retry: RETRY });
}
function signerAndWitnesses(config) {
    if (config.kind === 'key') {
        const witnesses = [];
        if (config.rekorURL)
            witnesses.push(rekorWitness(config.rekorURL, config.rekorEntryType));
        return { signer: keySigner(config.key), witnesses };
    }
    const { instance } = config;
    const signer = new sign_dist/* FulcioSigner */.$o({
        fulcioBaseURL: instance.fulcioURL,
        identityProvider: { getToken: config.identityToken },
        timeout: TIMEOUT_MS,
        retry: RETRY,
    });
    const witnesses = [];
    for (const url of instance.rekorURLs ?? (instance.rekorURL ? [instance.rekorURL] : [])) {
        witnesses.push(rekorWitness(url, instance.rekorEntryType));
    }
    for (const url of instance.tsaURLs ?? (instance.tsaURL ? [instance.tsaURL] : [])) {
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: url, timeout: TIMEOUT_MS, retry: RETRY }));
    }
    if (witnesses.length === 0) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `The Sigstore instance '${instance.name}' has neither a transparency log nor a timestamp authority.`, {
            hint: 'A keyless signature needs a Rekor or TSA timestamp to be verifiable after the certificate expires.',
        });
    }
    return { signer, witnesses };
}
/** @sigstore/sign's message builder writes v0.2 bundles (certificate chain); cosign v3 writes v0.3 (leaf only). */
class MessageSignatureV03Builder extends (/* unused pure expression or super */ null && (MessageSignatureBundleBuilder)) {
    async package(artifact, signature) {
        return toMessageSignatureBundle({
            digest: createHash('sha256').update(artifact.data).digest(),
            signature: signature.signature,
            certificate: signature.key.$case === 'x509Certificate' ? pemToDer(signature.key.certificate) : undefined,
            keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
            certificateChain: false,
        });
    }
}
function pemToDer(pem) {
    return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
async function create(builder, artifact) {
    try {
        return await builder.create(artifact);
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E)
            throw error;
        const code = error.code;
        throw new errors/* ArtefactsError */.E('SIGNATURE_INVALID', `Signing failed${typeof code === 'string' ? ` (${code})` : ''}: ${(0,errors/* describeError */.Uc)(error)}`, {
            cause: error,
            hint: 'Keyless signing needs `permissions: id-token: write` and network access to the Sigstore instance.',
        });
    }
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
async function signStatement(statement, config) {
    const { signer, witnesses } = signerAndWitnesses(config);
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses, certificateChain: false });
    const bundle = await create(builder, { data: (0,statements/* statementBytes */.Tp)(statement), type: statements/* INTOTO_PAYLOAD_TYPE */.w9 });
    return describe(bundle, config);
}
/** Signs bytes (a file): a v0.3 message-signature bundle, as `cosign sign-blob --bundle` writes. */
async function signMessage(data, config) {
    const { signer, witnesses } = signerAndWitnesses(config);
    const builder = new MessageSignatureV03Builder({ signer, witnesses });
    const bundle = await create(builder, { data });
    return describe(bundle, config);
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
function bundle_parseBundle(json) {
    let value;
    try {
        value = typeof json === 'string' || Buffer.isBuffer(json) ? JSON.parse(String(json)) : json;
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Not a Sigstore bundle: not JSON (${(0,errors/* describeError */.Uc)(error)}).`);
    }
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(value);
        if (bundle.mediaType === dist.BUNDLE_V01_MEDIA_TYPE)
            (0,dist.assertBundleV01)(bundle);
        else if (bundle.mediaType === dist.BUNDLE_V02_MEDIA_TYPE)
            (0,dist.assertBundleV02)(bundle);
        else
            (0,dist.assertBundleLatest)(bundle);
    }
    catch (error) {
        const fields = error instanceof dist.ValidationError ? error.fields : [];
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', fields.length > 0
            ? `Malformed Sigstore bundle: ${fields.join(', ')} missing or invalid.`
            : `Not a Sigstore bundle: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    const invalid = unreadFields(bundle);
    if (invalid.length > 0) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Malformed Sigstore bundle: ${invalid.join(', ')} missing or empty.`);
    }
    return bundle;
}
/** Canonical JSON text of a bundle, as written to `<file>.sigstore.json` and to registry layers. */
function bundleText(bundle) {
    return JSON.stringify(bundle);
}

// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(4122);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(6939);
// EXTERNAL MODULE: ./packages/core/src/oci/builder.ts
var builder = __webpack_require__(3252);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(461);
// EXTERNAL MODULE: ./packages/core/src/sign/artifact-types.ts
var artifact_types = __webpack_require__(4197);
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
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_TITLE = 'org.opencontainers.image.title';
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
    const data = Buffer.from(bundleText(bundle));
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
    const { manifest, descriptor } = (0,builder/* referrerManifest */.Dq)({
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
function legacySignatureManifest(dockerReference, digest, key) {
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

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
;// CONCATENATED MODULE: ./packages/core/src/sign/ecdsa.ts
const CURVES = {
    'P-256': {
        p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
        a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
        n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
        gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
        gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
    },
    'P-384': {
        p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
        a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
        n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
        gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
        gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
    },
};
const mod = (a, m) => ((a % m) + m) % m;
function inverse(a, m) {
    let [r0, r1] = [mod(a, m), m];
    let [s0, s1] = [1n, 0n];
    while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
    }
    return mod(s0, m);
}
function add(c, P, Q) {
    if (P === null)
        return Q;
    if (Q === null)
        return P;
    if (P.x === Q.x && mod(P.y + Q.y, c.p) === 0n)
        return null;
    const slope = P.x === Q.x && P.y === Q.y
        ? mod((3n * P.x * P.x + c.a) * inverse(2n * P.y, c.p), c.p)
        : mod((Q.y - P.y) * inverse(Q.x - P.x, c.p), c.p);
    const x = mod(slope * slope - P.x - Q.x, c.p);
    return { x, y: mod(slope * (P.x - x) - P.y, c.p) };
}
function multiply(c, k, P) {
    let result = null;
    let addend = P;
    for (let e = k; e > 0n; e >>= 1n) {
        if (e & 1n)
            result = add(c, result, addend);
        addend = add(c, addend, addend);
    }
    return result;
}
const toBigInt = (bytes) => (bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`));
/** r and s from an ASN.1 DER `SEQUENCE { INTEGER r, INTEGER s }`; undefined when it is not one. */
function derSignature(signature) {
    let offset = 0;
    const length = () => {
        const first = signature[offset++];
        if (first === undefined)
            return undefined;
        if (first < 0x80)
            return first;
        const count = first & 0x7f;
        if (count === 0 || count > 2)
            return undefined;
        let value = 0;
        for (let i = 0; i < count; i++)
            value = (value << 8) | (signature[offset++] ?? 0);
        return value;
    };
    if (signature[offset++] !== 0x30)
        return undefined;
    const total = length();
    if (total === undefined || offset + total !== signature.length)
        return undefined;
    const integer = () => {
        if (signature[offset++] !== 0x02)
            return undefined;
        const size = length();
        if (size === undefined || size === 0 || offset + size > signature.length)
            return undefined;
        const value = toBigInt(signature.subarray(offset, offset + size));
        offset += size;
        return value;
    };
    const r = integer();
    const s = integer();
    if (r === undefined || s === undefined || offset !== signature.length)
        return undefined;
    return { r, s };
}
/** True when the curve is one this module verifies digests for. */
function verifiesDigests(key) {
    return key.asymmetricKeyType === 'ec' && CURVES[String(key.export({ format: 'jwk' }).crv)] !== undefined;
}
/** Verifies a DER ECDSA signature over `digest` (already hashed, e.g. the 32 bytes of a sha256). */
function verifyDigestSignature(key, digest, signature) {
    if (key.asymmetricKeyType !== 'ec')
        return false;
    const jwk = key.export({ format: 'jwk' });
    const curve = CURVES[String(jwk.crv)];
    if (!curve || !jwk.x || !jwk.y)
        return false;
    const rs = derSignature(signature);
    if (!rs)
        return false;
    const { r, s } = rs;
    if (r <= 0n || r >= curve.n || s <= 0n || s >= curve.n)
        return false;
    // The leftmost bits of the digest, as many as the order has.
    const bits = curve.n.toString(2).length;
    let e = toBigInt(digest);
    if (digest.length * 8 > bits)
        e >>= BigInt(digest.length * 8 - bits);
    const w = inverse(s, curve.n);
    const Q = { x: toBigInt(Buffer.from(jwk.x, 'base64url')), y: toBigInt(Buffer.from(jwk.y, 'base64url')) };
    const point = add(curve, multiply(curve, mod(e * w, curve.n), { x: curve.gx, y: curve.gy }), multiply(curve, mod(r * w, curve.n), Q));
    return point !== null && mod(point.x, curve.n) === r;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
;// CONCATENATED MODULE: ./packages/core/src/sign/trust.ts
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
function validKey(where, key, problems) {
    if (!key) {
        problems.push(`${where}.publicKey is missing`);
        return;
    }
    if (!key.validFor?.start)
        problems.push(`${where}.publicKey.validFor.start is missing`);
    if (!key.keyDetails || protobuf_specs_dist.PublicKeyDetails[key.keyDetails] === undefined) {
        problems.push(`${where}.publicKey.keyDetails is ${JSON.stringify(key.keyDetails ?? null)}, not a known key type`);
    }
    if (!key.rawBytes?.length) {
        problems.push(`${where}.publicKey.rawBytes is empty`);
        return;
    }
    try {
        (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' });
    }
    catch (error) {
        problems.push(`${where}.publicKey.rawBytes is not a public key (${(0,errors/* describeError */.Uc)(error)})`);
    }
}
function validAuthority(where, authority, problems) {
    if (!authority.validFor?.start)
        problems.push(`${where}.validFor.start is missing`);
    const certificates = authority.certChain?.certificates ?? [];
    if (certificates.length === 0)
        problems.push(`${where}.certChain has no certificate`);
    certificates.forEach((c, i) => {
        try {
            new external_node_crypto_.X509Certificate(Buffer.from(c.rawBytes));
        }
        catch (error) {
            problems.push(`${where}.certChain.certificates[${i}] is not a certificate (${(0,errors/* describeError */.Uc)(error)})`);
        }
    });
}
/**
 * Every entry a trusted root lists must be usable: logs with a known key type, a key and the
 * start of its validity; certificate and timestamp authorities with a certificate chain and the
 * start of their validity. A root that fails this is refused before any signature is checked.
 */
function rootProblems(root) {
    const problems = [];
    root.tlogs.forEach((t, i) => {
        validKey(`tlogs[${i}]`, t.publicKey, problems);
        if (!t.logId?.keyId?.length)
            problems.push(`tlogs[${i}].logId.keyId is empty`);
    });
    root.ctlogs.forEach((t, i) => {
        validKey(`ctlogs[${i}]`, t.publicKey, problems);
        if (!t.logId?.keyId?.length)
            problems.push(`ctlogs[${i}].logId.keyId is empty`);
    });
    root.certificateAuthorities.forEach((a, i) => validAuthority(`certificateAuthorities[${i}]`, a, problems));
    root.timestampAuthorities.forEach((a, i) => validAuthority(`timestampAuthorities[${i}]`, a, problems));
    return problems;
}
/** Parses a `trusted_root.json` document (sigstore's TrustedRoot, protobuf JSON form), failing closed on a malformed one. */
function parseTrustedRoot(json) {
    try {
        const value = typeof json === 'string' ? JSON.parse(json) : json;
        const root = protobuf_specs_dist.TrustedRoot.fromJSON(value);
        if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
            throw new Error(`mediaType is ${JSON.stringify(root.mediaType)}`);
        }
        const problems = rootProblems(root);
        if (problems.length > 0)
            throw new Error(`malformed: ${problems.join('; ')}`);
        return root;
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Not a Sigstore trusted root: ${(0,errors/* describeError */.Uc)(error)}.`, {
            hint: 'Give the trusted_root.json of the Sigstore instance (e.g. `cosign trusted-root create` or the TUF repository).',
        });
    }
}
async function readTrustedRoot(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('IO_FAILED', `Cannot read the trusted root ${path}: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    return parseTrustedRoot(text);
}
/**
 * Trust material for verification. With a key, the bundle's key hint is ignored (as `cosign verify
 * --key` does): every bundle is checked against that one key.
 */
function trustMaterial(options) {
    const root = options.root ?? protobuf_specs_dist.TrustedRoot.fromJSON(EMPTY_ROOT);
    const key = options.key;
    return (0,verify_dist/* toTrustMaterial */.jO)(root, (hint) => {
        if (!key) {
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `The bundle is signed with a key (hint ${hint || 'none'}) but no key was given.`);
        }
        return { publicKey: key.publicKey, validFor: () => true };
    });
}

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
    return new verify_dist/* Verifier */.BL(trustMaterial({
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
/**
 * A message signature checked against a digest alone (no file bytes): the signature is verified
 * over the digest itself (ECDSA), everything else (certificate, log entries, timestamps) as usual.
 */
function overDigest(entity, digest) {
    const content = entity.signature;
    return {
        ...entity,
        signature: {
            signature: content.signature,
            compareSignature: (s) => content.compareSignature(s),
            compareDigest: (d) => content.compareDigest(d),
            compareSignedDigest: (d) => content.compareSignedDigest(d),
            verifySignature: (key) => {
                if (!verifiesDigests(key)) {
                    throw new Rejected('bundle-content', `a message signature by a ${key.asymmetricKeyType ?? 'non-ECDSA'} key cannot be checked against a digest alone; give the file`);
                }
                return verifyDigestSignature(key, digest, content.signature);
            },
        },
    };
}
/**
 * The inclusion proof's own root hash and tree size must be the signed checkpoint's: the library
 * proves inclusion against the checkpoint only, so a proof carrying other values would pass unread.
 */
function checkProofsMatchCheckpoints(entries) {
    entries.forEach((entry, i) => {
        const proof = entry.inclusionProof;
        if (!proof?.checkpoint?.envelope)
            return;
        const [, size = '', rootHash = ''] = proof.checkpoint.envelope.split('\n\n')[0].split('\n');
        if (Buffer.from(rootHash, 'base64').compare(Buffer.from(proof.rootHash)) !== 0 || size !== String(proof.treeSize)) {
            throw new Rejected('transparency-log', `log entry ${i}: the inclusion proof's root hash or tree size is not the one its checkpoint signs`);
        }
    });
}
/** Checks one bundle's cryptography and signer (not yet its content). */
function verifyEntity(verifier, bundle, policy, artifact) {
    const keyMaterial = bundle.verificationMaterial.content.$case;
    if (policy.key && keyMaterial !== 'publicKey') {
        throw new Rejected('key', 'signed with a certificate (keyless), but the policy expects the given key');
    }
    if (policy.identity && keyMaterial === 'publicKey') {
        throw new Rejected('certificate-chain', 'signed with a key, but the policy expects a keyless certificate identity');
    }
    let entity;
    try {
        entity = Buffer.isBuffer(artifact)
            ? (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact)
            : artifact === undefined
                ? (0,verify_dist/* toSignedEntity */.DC)(bundle)
                : overDigest((0,verify_dist/* toSignedEntity */.DC)(bundle), artifact.digest);
    }
    catch (error) {
        throw new Rejected('bundle-format', `malformed bundle: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (policy.key && !policy.trustedRoot) {
        // Offline key-based verification: log entries and timestamps cannot be checked without the
        // instance's keys, so they are not counted (requireTransparencyLog then fails, as it must).
        entity = { ...entity, tlogEntries: [], timestamps: [] };
    }
    checkProofsMatchCheckpoints(entity.tlogEntries);
    let signer;
    try {
        signer = verifier.verify(entity);
    }
    catch (error) {
        if (error instanceof Rejected)
            throw error;
        const code = error.code;
        if (!(error instanceof verify_dist/* VerificationError */.mk)) {
            // Not a verdict of the library but a failure inside it: a field it reads is absent or of the
            // wrong kind. That is a malformed bundle, not a bad signature.
            const field = /reading '([^']+)'/.exec((0,errors/* describeError */.Uc)(error))?.[1];
            throw new Rejected('bundle-format', `malformed bundle: the verifier could not read it${field ? ` (a field holding '${field}' is missing)` : ''}: ${(0,errors/* describeError */.Uc)(error)}`);
        }
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
const SIGNER_RULES = new Set([
    'key',
    'signature',
    'certificate-chain',
    'certificate-identity',
    'certificate-oidc-issuer',
]);
const SHAPE_RULES = new Set(['bundle-format', 'bundle-content', 'statement-format']);
/**
 * What to do about a failed verification, from the rules that failed: the key or identity only
 * when a signer check failed; a malformed or unexpected bundle, a log entry or a subject is a
 * different problem, and pointing at the key would send the reader the wrong way.
 */
function failureHint(rule, rejected) {
    const rules = new Set([rule, ...rejected.map((r) => r.rule)]);
    if ([...rules].some((r) => SIGNER_RULES.has(r))) {
        return 'Check the key or identity the artefact was signed with, and that the signature belongs to this digest.';
    }
    if (rules.has('transparency-log') || rules.has('timestamp')) {
        return 'Check that the trusted root is the one of the Sigstore instance that signed (its log and timestamp keys), and that the bundle was not altered.';
    }
    if (rules.has('subject-digest')) {
        return 'The signatures found are about another artefact: check that they belong to this digest or file.';
    }
    if (rules.has('predicate-type')) {
        return 'Attach an attestation of the required type, signed by the same key or identity.';
    }
    if (rejected.length > 0 && rejected.every((r) => SHAPE_RULES.has(r.rule))) {
        return 'The bundle is malformed or not of the kind expected (see each reason); produce it again with a Sigstore client.';
    }
    return 'Sign the artefact first, or check where its signatures are stored.';
}
function fail(what, rule, rejected, extra = '') {
    const lines = rejected.map((r) => `  - ${r.source}: [${r.rule}] ${r.reason}`);
    throw new VerificationFailure(`${what}${extra}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, rule, rejected, failureHint(rule, rejected));
}
/**
 * Verifies DSSE/in-toto bundles about `subjectDigest` (sha256:<hex>). Accepts a bundle only if its
 * signature verifies under the policy AND its statement names the digest as a subject. Succeeds when
 * at least one bundle is accepted and every required predicate type is among the accepted ones.
 */
function verifyStatements(bundles, subjectDigest, policy) {
    checkPolicy(policy);
    const hex = (0,media/* digestHex */.sU)(subjectDigest);
    const verifier = verifierFor(policy);
    const verified = [];
    const rejected = [];
    for (const { source, bundle: raw } of bundles) {
        try {
            let bundle;
            try {
                bundle = bundle_parseBundle(raw);
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
/**
 * Verifies a bundle about one artefact: its bytes (`data`) or only its digest (`sha256:<hex>`).
 * A message signature must be over that artefact; a DSSE bundle is judged with every check an
 * image's statements get (payload type, signature over the PAE, signer, statement shape, required
 * predicate types) and must name the artefact's sha256 among its subjects.
 */
function verifyArtifactBundle(source, rawBundle, subject, policy) {
    checkPolicy(policy);
    const verifier = verifierFor(policy);
    const want = Buffer.from(digestHex(Buffer.isBuffer(subject) ? sha256(subject) : subject.digest), 'hex');
    let bundle;
    try {
        try {
            bundle = parseBundle(rawBundle);
        }
        catch (error) {
            throw new Rejected('bundle-format', describeError(error));
        }
        if (bundle.content.$case === 'messageSignature') {
            const got = Buffer.from(bundle.content.messageSignature.messageDigest?.digest ?? []);
            if (!want.equals(got)) {
                throw new Rejected('subject-digest', `the bundle signs sha256:${got.toString('hex')}, but the artefact is sha256:${want.toString('hex')}`);
            }
            const signer = verifyEntity(verifier, bundle, policy, Buffer.isBuffer(subject) ? subject : { digest: want });
            return { signer, kind: 'message-signature', transparencyLogIndex: tlogIndex(bundle) };
        }
    }
    catch (error) {
        if (!(error instanceof Rejected))
            throw error;
        return fail(`The signature of ${source} is not valid:`, error.rule, [
            { source, rule: error.rule, reason: error.message },
        ]);
    }
    // DSSE: the same judgement as an image's attestations, about this artefact's digest.
    const result = verifyStatements([{ source, bundle: rawBundle }], `sha256:${want.toString('hex')}`, policy);
    const verified = result.verified[0];
    return {
        signer: verified.signer,
        kind: 'dsse',
        statement: verified.statement,
        transparencyLogIndex: verified.transparencyLogIndex,
    };
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
    const manifest = (0,media/* parseManifest */.Ng)(artefact.manifest, `signature manifest ${artefact.descriptor.digest}`, media/* MEDIA */.Rn.ociManifest);
    return store.putManifest(manifest, options.tag === undefined ? {} : { tag: options.tag });
}
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
    const tag = referrer_legacySignatureTag(digest);
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
    const layers = (manifest.parsed.layers ?? []).filter((l) => l.mediaType === referrer_SIMPLE_SIGNING);
    for (const [i, layer] of layers.entries()) {
        const where = `${source} layer ${i + 1}`;
        const signature = layer.annotations?.[referrer_ANNOTATION_SIGNATURE];
        if (!signature) {
            rejected.push({ source: where, rule: 'bundle-format', reason: `no ${referrer_ANNOTATION_SIGNATURE} annotation` });
            continue;
        }
        try {
            const payload = await (0,oci_open/* readBlob */.gm)(store, layer);
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
            const text = await readBundleReferrer(manifest.bytes, digest, (d) => (0,oci_open/* readBlob */.gm)(store, d));
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(8287);
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
/** go-securesystemslib `encrypted.Decrypt`. Wrong password → KEY_INVALID. */
async function decryptWithPassword(document, password) {
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
            hint: 'Give the password the key was created with (the key-password input, or COSIGN_PASSWORD as for cosign).',
        });
    }
    return Buffer.from(opened);
}
/**
 * Reads a private key: cosign's encrypted PEM (both header spellings), or a plain PKCS#8 / SEC1 PEM,
 * or an `ENCRYPTED PRIVATE KEY` (PKCS#8 with a password). `password` may be empty for unencrypted keys.
 */
async function loadPrivateKey(pem, password) {
    const blocks = pemBlocks(pem);
    const block = blocks.find((b) => /PRIVATE KEY$/.test(b.type));
    if (!block) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', blocks.length === 0
            ? 'The key is not PEM: expected a block such as -----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----.'
            : `The PEM holds ${blocks.map((b) => b.type).join(', ')}, not a private key.`, { hint: 'Give the private key file (cosign.key), not the public key.' });
    }
    if (block.type === SIGSTORE_PRIVATE_KEY_PEM || block.type === COSIGN_PRIVATE_KEY_PEM) {
        const der = await decryptWithPassword(block.body, password);
        return toSigningKey(parsePkcs8(der));
    }
    if (block.type === 'PRIVATE KEY' || block.type === 'EC PRIVATE KEY') {
        return toSigningKey(parseKey(() => (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' })));
    }
    if (block.type === 'ENCRYPTED PRIVATE KEY') {
        if (password === '')
            throw new errors/* ArtefactsError */.E('KEY_INVALID', 'The private key is encrypted and no password was given.');
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
/** Reads an SPKI `PUBLIC KEY` PEM (or a certificate's key is NOT accepted here: give the key). */
function loadPublicKey(pem) {
    const blocks = pemBlocks(pem);
    const block = blocks.find((b) => b.type === 'PUBLIC KEY');
    if (!block) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', blocks.length === 0
            ? 'The public key is not PEM: expected -----BEGIN PUBLIC KEY-----.'
            : `The PEM holds ${blocks.map((b) => b.type).join(', ')}, not a PUBLIC KEY.`, { hint: 'Give the public key file (cosign.pub).' });
    }
    let publicKey;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)({ key: block.body, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Cannot read the public key: ${(0,errors/* describeError */.Uc)(error)}.`);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(4423);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
;// CONCATENATED MODULE: ./packages/core/src/sign/tuf.ts
/**
 * The Sigstore trusted root (`trusted_root.json`: Fulcio CAs, Rekor, CT log and timestamp authority
 * keys) fetched the way cosign and sigstore-js fetch it: through the instance's TUF repository
 * (@sigstore/tuf over tuf-js: root rotation, signed and unexpired timestamp / snapshot / targets
 * metadata, hash-checked target), cached on disk. Public-good's initial root (and a seed copy of
 * its trusted root) ship inside @sigstore/tuf; other repositories need their initial root.json.
 *
 * Offline: nothing is fetched; the trusted root last verified into the cache is used, else the
 * seed copy shipped in @sigstore/tuf (public-good only), with a notice saying which.
 */







/** The TUF repositories of the two instances GitHub workflows sign with. */
const TUF_MIRRORS = {
    'public-good': 'https://tuf-repo-cdn.sigstore.dev',
    github: 'https://tuf-repo.github.com',
};
const TARGET = 'trusted_root.json';
/** The cache directory: the job's RUNNER_TEMP on a runner, else ~/.cache/immutable-artefacts/tuf. */
function tufCacheDir(env) {
    if (env.RUNNER_TEMP)
        return (0,external_node_path_.join)(env.RUNNER_TEMP, 'immutable-artefacts', 'tuf');
    const cache = env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(cache, 'immutable-artefacts', 'tuf');
}
/** The directory @sigstore/tuf keeps one repository's metadata in (its own naming). */
function repositoryDir(cacheDir, mirror) {
    const url = new URL(mirror);
    return (0,external_node_path_.join)(cacheDir, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
}
const seedTable = seeds;
function hasSeed(mirror) {
    return seedTable[mirror] !== undefined;
}
/** Names the cause chain's classes, to tell "cannot reach" from "does not verify". */
function causes(error) {
    const chain = [];
    for (let e = error; e !== undefined && e !== null && chain.length < 8;) {
        chain.push(e);
        e = e.cause;
    }
    return chain;
}
function isNetworkFailure(error) {
    return causes(error).some((e) => {
        const name = e.constructor?.name ?? '';
        const code = e.code;
        return (/^Download(HTTP|LengthMismatch)?Error$/.test(name) ||
            // tuf-js re-throws fetch's TypeError as `new Error(String(error))`: only the message is left.
            (e instanceof Error &&
                /fetch failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|socket hang up/i.test(e.message)) ||
            (e instanceof Error && ['AbortError', 'TimeoutError'].includes(e.name)) ||
            (typeof code === 'string' && /^(ECONN|ENOTFOUND|EAI_|ETIMEDOUT|UND_ERR)/.test(code)));
    });
}
function deepest(error) {
    return causes(error)
        .map((e) => (0,errors/* describeError */.Uc)(e))
        .filter((m, i, all) => m && all.indexOf(m) === i)
        .join(': ');
}
async function offlineRoot(options) {
    const cached = (0,external_node_path_.join)(repositoryDir(options.cacheDir, options.mirror), 'targets', TARGET);
    let text;
    try {
        text = await (0,promises_.readFile)(cached, 'utf8');
        options.logger.notice(`Offline: using the Sigstore trusted root cached from ${options.mirror} in ${cached} (no freshness check).`);
    }
    catch {
        const seed = seedTable[options.mirror]?.targets?.[TARGET];
        if (seed !== undefined) {
            text = Buffer.from(seed, 'base64').toString('utf8');
            options.logger.notice(`Offline: using the Sigstore trusted root embedded in @sigstore/tuf for ${options.mirror}; it may predate the instance's newest keys.`);
        }
    }
    if (text === undefined) {
        throw new errors/* ArtefactsError */.E('TRUST_ROOT_UNAVAILABLE', `Offline, and no Sigstore trusted root from ${options.mirror} is cached in ${options.cacheDir}.`, {
            hint: 'Give `trusted-root` (a trusted_root.json), or run once online so the TUF cache is filled, or set offline: false.',
        });
    }
    return parseTrustedRoot(text);
}
/** Fetches (or, offline, reads back) the trusted root of a Sigstore instance through TUF. */
async function fetchTrustedRoot(options) {
    const { mirror, logger } = options;
    if (options.offline)
        return offlineRoot(options);
    if (options.rootPath) {
        try {
            await (0,promises_.readFile)(options.rootPath);
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)('tuf-root', options.rootPath, `a readable root.json (${(0,errors/* describeError */.Uc)(error)})`);
        }
    }
    if (!options.rootPath && !hasSeed(mirror)) {
        // No initial root for this repository: only a cache from an earlier run can anchor it.
        try {
            await (0,promises_.readFile)((0,external_node_path_.join)(repositoryDir(options.cacheDir, mirror), 'root.json'));
        }
        catch {
            throw (0,errors/* inputError */.Xu)('tuf-root', '', `the initial root.json of the TUF repository ${mirror} (none is embedded for it)`, 'Give `tuf-root` (the repository’s 1.root.json or a later root you trust), or `trusted-root` directly.');
        }
    }
    logger.info(`Fetching the Sigstore trusted root from ${mirror} (TUF, cache ${options.cacheDir}).`);
    try {
        return await (0,tuf_dist.getTrustedRoot)({
            mirrorURL: mirror,
            cachePath: options.cacheDir,
            ...(options.rootPath ? { rootPath: (0,external_node_path_.resolve)(options.rootPath) } : {}),
            retry: { retries: options.retries ?? 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
            timeout: options.timeoutMs ?? 10_000,
        });
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E)
            throw error;
        if (isNetworkFailure(error)) {
            throw new errors/* ArtefactsError */.E('TRUST_ROOT_UNAVAILABLE', `Cannot fetch the Sigstore trusted root from ${mirror}: ${deepest(error)}.`, {
                cause: error,
                hint: `Allow the job to reach ${mirror}, or give \`trusted-root\` (a trusted_root.json), or set offline: true to use the cached one.`,
            });
        }
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `The TUF repository ${mirror} did not verify: ${deepest(error)}.`, {
            cause: error,
            hint: 'Its metadata is unsigned, expired, rolled back or not signed by the root you trust; do not use it.',
        });
    }
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
function triState(get, name) {
    const raw = get(name).trim().toLowerCase();
    if (raw === '' || raw === 'auto')
        return 'auto';
    return parse.boolean(get, name);
}
function parseSigningInputs(get) {
    const inputs = {
        image: parse.optionalText(get, 'image'),
        files: parse.list(get, 'files', { comma: false }),
        checksums: parse.list(get, 'checksums', { comma: false }),
        key: parse.optionalText(get, 'key'),
        keyPassword: get('key-password'),
        identityToken: parse.optionalText(get, 'identity-token'),
        keyless: triState(get, 'keyless'),
        transparencyLog: parse.boolean(get, 'transparency-log', false),
        provenance: parse.boolean(get, 'provenance', false),
        predicateType: parse.optionalText(get, 'predicate-type'),
        predicate: parse.optionalText(get, 'predicate'),
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
        throw inputError('transparency-log', 'true', 'false unless key is given (key is missing; keyless signing logs as its instance does)');
    }
    if (inputs.identityToken && inputs.key) {
        throw inputError('identity-token', '(set)', 'empty when a key is given (sign with the key or keyless, not both)');
    }
    if (inputs.identityToken && inputs.keyless === false) {
        throw inputError('identity-token', '(set)', 'empty when keyless is false (the token is only for keyless signing)');
    }
    if (inputs.key && inputs.keyless === true) {
        throw inputError('keyless', 'true', 'false when a key is given (sign with the key or keyless, not both)');
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
        throw inputError(inputs.legacySignature ? 'legacy-signature' : 'sbom-path', 'set', 'used only with `image`');
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
        key: parse.optionalText(get, 'key'),
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
/** Reads a key input: PEM text as given, or the file it names (relative to the workspace). */
async function keyText(value, input, cwd) {
    if (value.includes('-----BEGIN'))
        return value;
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, value), 'utf8');
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
        const key = await loadPrivateKey(await keyText(inputs.key, keyInput, cwd), password);
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
        return { kind: 'keyless', instance, identityToken: async () => given.token };
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
    let trustedRoot = inputs.trustedRoot ? await readTrustedRoot((0,external_node_path_.resolve)(cwd, inputs.trustedRoot)) : undefined;
    if (!trustedRoot && keyless && environment) {
        trustedRoot = await fetchTrustedRoot({
            mirror: tufMirrorFor(inputs, environment.github),
            rootPath: inputs.tufRoot ? (0,external_node_path_.resolve)(cwd, inputs.tufRoot) : undefined,
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
        return { ...common, key: loadPublicKey(await keyText(inputs.key, keyInput, cwd)) };
    }
    if (!trustedRoot) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', 'Keyless verification needs the Sigstore trusted root.', {
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

// EXTERNAL MODULE: ./node_modules/@jmespath-community/jmespath/dist/index.mjs
var jmespath_dist = __webpack_require__(4022);
;// CONCATENATED MODULE: ./packages/core/src/sign/conditions.ts
/**
 * Conditions on what was attested: `<predicate type or short name>: <JMESPath expression>`, one per
 * line, each of which must hold for at least one verified attestation of that type about the
 * subject. The expression is evaluated over the statement's predicate with JMESPath
 * (@jmespath-community/jmespath) and holds when its result is JMESPath-truthy: anything but
 * false, null, an empty string, an empty array or an empty object (0 is truthy, as in JMESPath).
 * The verify action and promote's gate both judge with this one function.
 */




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
        return { value: (0,jmespath_dist/* search */.$P)(predicate, condition.expression) };
    }
    catch (error) {
        return { error: (0,errors/* describeError */.Uc)(error) };
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
        const results = candidates.map((c) => ({ source: c.source, result: evaluate(condition, c.statement.predicate) }));
        if (results.some((r) => 'value' in r.result && truthy(r.result.value)))
            continue;
        for (const r of results) {
            const what = 'value' in r.result ? `gave ${shown(r.result.value)}` : `could not be evaluated (${r.result.error})`;
            failures.push(`  - '${condition.line}': predicate ${condition.predicateType} from ${r.source} ${what}`);
        }
    }
    if (failures.length > 0) {
        throw new VerificationFailure(`${subject}: ${failures.length === 1 ? 'a condition' : 'conditions'} on its attestations failed:\n${failures.join('\n')}`, 'condition', [], 'The expression must give a JMESPath-truthy value (not false, null, "", [] or {}) for at least one verified attestation of its type. Fix what was attested (e.g. the findings or failing tests), or the condition.');
    }
}

;// CONCATENATED MODULE: ./packages/core/src/promote/gate.ts
/**
 * promote's `require-signature` gate: the ONE place where promotion asks "does this digest carry
 * a signature that satisfies the policy?". It runs after the source is resolved to its digest and
 * before a byte is copied; throwing refuses the promotion.
 *
 * It runs the verify action's own check (sign/image.ts verifyImage): every Sigstore bundle
 * referrer of the digest (referrers API or fallback tag) and the cosign v2 `.sig` tag, each judged
 * by the policy (sign/verify-policy.ts), failing closed with VERIFICATION_FAILED that names, for
 * every referrer, the rule that refused it.
 */




/** The verify action's inputs that mean the same as the promote policy. */
function verifyInputs(policy) {
    return {
        image: undefined,
        files: [],
        key: policy.kind === 'key' ? policy.key : undefined,
        certificateIdentity: policy.kind === 'keyless' ? policy.identity : undefined,
        certificateIdentityRegexp: policy.kind === 'keyless' ? policy.identityRegexp : undefined,
        certificateOidcIssuer: policy.kind === 'keyless' ? policy.issuer : undefined,
        attestations: [],
        offline: false,
        trustedRoot: policy.kind === 'keyless' ? policy.trustedRoot : undefined,
        requireTransparencyLog: false,
    };
}
/**
 * Verifies that `digest` in `source` is signed as `policy` demands; throws VERIFICATION_FAILED when
 * not, or when the policy itself cannot be used (unreadable key, trusted root out of reach):
 * the gate never lets unverified bytes through.
 */
async function verifyPromotionSource(policy, source, digest, context) {
    context.logger.info(`Signature required (${policy.kind === 'key' ? 'public key' : `keyless, issuer ${policy.issuer}`}) for ${source.location}@${digest}`);
    let verification;
    try {
        // Keyless: the trusted root of the repository's Sigstore instance, through TUF as verify gets it.
        verification = await loadVerificationPolicy(verifyInputs(policy), context.cwd, context, 'require-signature');
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Input 'require-signature': cannot check ${digest} (${(0,errors/* describeError */.Uc)(error)}), so it was not promoted.`, {
            hint: policy.kind === 'keyless'
                ? "Nothing was copied. Keyless verification needs the Sigstore trusted root, fetched through TUF from the repository's instance (public-good, or GitHub's for private repositories): check that it can be reached, or require a public key."
                : 'Nothing was copied. Give the public key as PEM text or the path of a readable file (e.g. cosign.pub).',
            cause: error,
        });
    }
    const result = await verifyImage(source, digest, verification, context.logger);
    if (policy.conditions !== undefined && policy.conditions.length > 0) {
        try {
            checkConditions(policy.conditions, result.verified, `${source.location}@${digest}`);
        }
        catch (error) {
            if (!(error instanceof errors/* ArtefactsError */.E))
                throw error;
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Input 'conditions': ${error.message}\nNothing was promoted.`, {
                ...(error.hint === undefined ? {} : { hint: error.hint }),
                cause: error,
            });
        }
        context.logger.info(`Conditions held for ${digest}: ${policy.conditions.map((c) => c.line).join('; ')}`);
    }
    context.logger.info(`Signature gate passed for ${digest}: ${result.signers.join(', ')}`);
    return { signers: [...result.signers] };
}

;// CONCATENATED MODULE: ./packages/core/src/promote/signing.ts
/**
 * Everything promote needs from sign and verify, behind one module that promote loads with a
 * dynamic import only when a promotion signs its record or gates on a signature. The sigstore
 * libraries cost a cold start about 0.15 s, and most promotions use neither; one module keeps
 * them in one bundle chunk.
 */







/***/ })

};
