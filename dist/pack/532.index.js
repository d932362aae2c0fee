export const id = 532;
export const ids = [532,280];
export const modules = {

/***/ 5532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushArtefact: () => (/* binding */ pushArtefact),
  pushArtefacts: () => (/* binding */ pushArtefacts),
  pushLegacySignature: () => (/* binding */ pushLegacySignature),
  stageArtefact: () => (/* binding */ stageArtefact),
  verifyImage: () => (/* binding */ verifyImage)
});

// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var concurrency = __webpack_require__(7870);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 8 modules
var oci_open = __webpack_require__(7342);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(6939);
// EXTERNAL MODULE: ./packages/core/src/sign/referrer.ts
var referrer = __webpack_require__(280);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(4187);
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

// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var sign_bundle = __webpack_require__(43);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(4769);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    if (!key.keyDetails || PublicKeyDetails[key.keyDetails] === undefined) {
        problems.push(`${where}.publicKey.keyDetails is ${JSON.stringify(key.keyDetails ?? null)}, not a known key type`);
    }
    if (!key.rawBytes?.length) {
        problems.push(`${where}.publicKey.rawBytes is empty`);
        return;
    }
    try {
        createPublicKey({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' });
    }
    catch (error) {
        problems.push(`${where}.publicKey.rawBytes is not a public key (${describeError(error)})`);
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
            new X509Certificate(Buffer.from(c.rawBytes));
        }
        catch (error) {
            problems.push(`${where}.certChain.certificates[${i}] is not a certificate (${describeError(error)})`);
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
        const root = TrustedRoot.fromJSON(value);
        if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
            throw new Error(`mediaType is ${JSON.stringify(root.mediaType)}`);
        }
        const problems = rootProblems(root);
        if (problems.length > 0)
            throw new Error(`malformed: ${problems.join('; ')}`);
        return root;
    }
    catch (error) {
        throw new ArtefactsError('VERIFICATION_FAILED', `Not a Sigstore trusted root: ${describeError(error)}.`, {
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
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        const told = named?.(error);
        if (told instanceof ArtefactsError)
            throw told;
        throw new ArtefactsError('IO_FAILED', `Cannot read the trusted root ${path}: ${describeError(error)}.`);
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
    return (0,dist/* toTrustMaterial */.jO)(root, (hint) => {
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
    return new dist/* Verifier */.BL(trustMaterial({
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
/** What a reader of records (trace, history, audit) verified them with, in words. */
function policyText(policy) {
    if (policy === undefined)
        return 'nothing was verified: no trust options (key or certificate identity) were given';
    if (policy.key)
        return `verified with key ${policy.key.hint}`;
    const id = policy.identity;
    return `verified against identity ${id.exact ?? `/${id.regexp?.source ?? ''}/`} (issuer ${id.issuer})`;
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
    return (0,concurrency/* allAtOnce */.Ir)(artefacts, (a) => store.putManifest(manifestOf(a)));
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
    const configDescriptor = { mediaType: media/* MEDIA */.Rn.ociConfig, digest: (0,media/* sha256 */.sc)(config), size: config.length };
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: media/* MEDIA */.Rn.ociManifest, config: configDescriptor, layers }));
    const merged = {
        manifest: bytes,
        descriptor: { mediaType: media/* MEDIA */.Rn.ociManifest, digest: (0,media/* sha256 */.sc)(bytes), size: bytes.length },
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
            const payload = await (0,oci_open/* readBlob */.gm)(store, layer);
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
    const referrers = (0,referrer.bundleReferrers)({ manifests: await store.referrers(digest) });
    logger.info(`${store.location}@${digest}: ${referrers.length} Sigstore bundle referrer(s).`);
    const sources = [];
    const early = [];
    for (const descriptor of referrers) {
        const source = `referrer ${descriptor.digest}`;
        try {
            const manifest = await store.getManifest(descriptor.digest);
            const text = await (0,referrer.readBundleReferrer)(manifest.bytes, digest, (d) => (0,oci_open/* readBlob */.gm)(store, d));
            let bundle;
            try {
                bundle = JSON.parse(text);
            }
            catch (error) {
                early.push({ source, rule: 'bundle-format', reason: `the bundle is not JSON (${(0,errors/* describeError */.Uc)(error)})` });
                continue;
            }
            const created = manifest.parsed.annotations?.[media/* ANNOTATION_CREATED */.H];
            sources.push({
                source,
                bundle,
                bundleDigest: (0,media/* sha256 */.sc)(Buffer.from(text, 'utf8')),
                ...(created === undefined ? {} : { created }),
            });
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
