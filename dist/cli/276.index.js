export const id = 276;
export const ids = [276];
export const modules = {

/***/ 69753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gv: () => (/* binding */ readTrustedRoot),
/* harmony export */   kH: () => (/* binding */ trustMaterial),
/* harmony export */   t1: () => (/* binding */ parseTrustedRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
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
    if (!key.keyDetails || _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.PublicKeyDetails[key.keyDetails] === undefined) {
        problems.push(`${where}.publicKey.keyDetails is ${JSON.stringify(key.keyDetails ?? null)}, not a known key type`);
    }
    if (!key.rawBytes?.length) {
        problems.push(`${where}.publicKey.rawBytes is empty`);
        return;
    }
    try {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createPublicKey)({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' });
    }
    catch (error) {
        problems.push(`${where}.publicKey.rawBytes is not a public key (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)})`);
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
            new node_crypto__WEBPACK_IMPORTED_MODULE_1__.X509Certificate(Buffer.from(c.rawBytes));
        }
        catch (error) {
            problems.push(`${where}.certChain.certificates[${i}] is not a certificate (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)})`);
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
        const root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.TrustedRoot.fromJSON(value);
        if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
            throw new Error(`mediaType is ${JSON.stringify(root.mediaType)}`);
        }
        const problems = rootProblems(root);
        if (problems.length > 0)
            throw new Error(`malformed: ${problems.join('; ')}`);
        return root;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `Not a Sigstore trusted root: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}.`, {
            hint: 'Give the trusted_root.json of the Sigstore instance (e.g. `cosign trusted-root create` or the TUF repository).',
        });
    }
}
/**
 * Reads and checks a trusted_root.json. A read that fails is `named(error)` where that is an
 * ArtefactsError (the input that gave the path: absent, unreadable), else IO_FAILED naming the file.
 */
async function readTrustedRoot(path, named) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const told = named?.(error);
        if (told instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E)
            throw told;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('IO_FAILED', `Cannot read the trusted root ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}.`);
    }
    return parseTrustedRoot(text);
}
/**
 * Trust material for verification. With a key, the bundle's key hint is ignored (as `cosign verify
 * --key` does): every bundle is checked against that one key.
 */
function trustMaterial(options) {
    const root = options.root ?? _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.TrustedRoot.fromJSON(EMPTY_ROOT);
    const key = options.key;
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(root, (hint) => {
        if (!key) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `The bundle is signed with a key (hint ${hint || 'none'}) but no key was given.`);
        }
        return { publicKey: key.publicKey, validFor: () => true };
    });
}


/***/ }),

/***/ 52276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* binding */ VerificationFailure),
  qQ: () => (/* binding */ failureHint),
  MJ: () => (/* binding */ policyText),
  QO: () => (/* binding */ verifyArtifactBundle),
  gY: () => (/* binding */ verifyStatements)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(54187);
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

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var sign_bundle = __webpack_require__(40043);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(14769);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: ./packages/core/src/sign/trust.ts
var trust = __webpack_require__(69753);
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
            ? (0,dist/* toSignedEntity */.DC)(bundle, artifact)
            : artifact === undefined
                ? (0,dist/* toSignedEntity */.DC)(bundle)
                : overDigest((0,dist/* toSignedEntity */.DC)(bundle), artifact.digest);
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
        if (!(error instanceof dist/* VerificationError */.mk)) {
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
    for (const { source, bundle: raw, created, bundleDigest } of bundles) {
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
                ...(created === undefined ? {} : { created }),
                ...(bundleDigest === undefined ? {} : { bundleDigest }),
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
    const want = Buffer.from((0,media/* digestHex */.sU)(Buffer.isBuffer(subject) ? (0,media/* sha256 */.sc)(subject) : subject.digest), 'hex');
    let bundle;
    try {
        try {
            bundle = (0,sign_bundle.parseBundle)(rawBundle);
        }
        catch (error) {
            throw new Rejected('bundle-format', (0,errors/* describeError */.Uc)(error));
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
/** What a reader of records (trace, history, audit) verified them with, in words. */
function policyText(policy) {
    if (policy === undefined)
        return 'nothing was verified: no trust options (key or certificate identity) were given';
    if (policy.key)
        return `verified with key ${policy.key.hint}`;
    const id = policy.identity;
    return `verified against identity ${id.exact ?? `/${id.regexp?.source ?? ''}/`} (issuer ${id.issuer})`;
}


/***/ })

};
