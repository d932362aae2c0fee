export const id = 260;
export const ids = [260];
export const modules = {

/***/ 8260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GA: () => (/* binding */ loadVerificationPolicy),
  resolveSigningConfig: () => (/* binding */ resolveSigningConfig)
});

// UNUSED EXPORTS: parseSignInputs, parseVerifyInputs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var bundle = __webpack_require__(43);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
        throw new errors/* ArtefactsError */.E('KEY_INVALID', 'Cannot decrypt the private key: the password is wrong (or the key file is damaged).', {
            hint: 'Give the password the key was created with (cosign reads it from COSIGN_PASSWORD).',
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
/**
 * The default instance: public repositories use the public-good instance (Fulcio + Rekor, public
 * log); private and internal ones GitHub's own (Fulcio + timestamp authority, nothing public).
 * Unknown visibility → GitHub's, so nothing private leaks into a public log by default.
 */
function defaultSigstoreInstance(context) {
    const repository = context?.payload.repository;
    const isPublic = repository?.visibility === 'public' || repository?.private === false;
    return isPublic ? bundle.SIGSTORE_INSTANCES['public-good'] : bundle.SIGSTORE_INSTANCES.github;
}

// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(4769);
// EXTERNAL MODULE: ./packages/core/src/sign/trust.ts
var trust = __webpack_require__(9753);
;// CONCATENATED MODULE: ./packages/core/src/sign/inputs.ts
/**
 * The sign and verify actions' inputs, parsed and checked once (the actions, the CLI and
 * promote's gate share these), and turned into a signing config / verification policy.
 * Key inputs take the PEM itself (a secret) or a path to it, as cosign's --key takes a path.
 */









const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const PREDICATE_ALIASES = {
    signature: statements/* COSIGN_SIGN_PREDICATE */.u,
    provenance: statements/* SLSA_PROVENANCE_PREDICATE */.ON,
    'slsa-provenance': statements/* SLSA_PROVENANCE_PREDICATE */.ON,
    cyclonedx: statements/* CYCLONEDX_PREDICATE */.my,
    spdx: statements/* SPDX_PREDICATE */.I$,
};
function triState(get, name) {
    const raw = get(name).trim().toLowerCase();
    if (raw === '' || raw === 'auto')
        return 'auto';
    return parse.boolean(get, name);
}
function parseSignInputs(get) {
    const inputs = {
        image: parse.optionalText(get, 'image'),
        files: parse.list(get, 'files', { comma: false }),
        checksums: parse.list(get, 'checksums', { comma: false }),
        key: parse.optionalText(get, 'key'),
        keyPassword: get('key-password'),
        keyless: triState(get, 'keyless'),
        transparencyLog: parse.boolean(get, 'transparency-log', false),
        provenance: parse.boolean(get, 'provenance', false),
        predicateType: parse.optionalText(get, 'predicate-type'),
        predicate: parse.optionalText(get, 'predicate'),
        predicatePath: parse.optionalText(get, 'predicate-path'),
        sbomPath: parse.optionalText(get, 'sbom-path'),
        legacySignature: parse.boolean(get, 'legacy-signature', false),
        sigstoreInstance: parse.oneOf(get, 'sigstore-instance', ['auto', 'public-good', 'github'], 'auto'),
    };
    if (!inputs.image && inputs.files.length === 0 && inputs.checksums.length === 0) {
        throw inputError('image', '', 'an image reference, or files / checksums to sign', 'Set `image`, `files` or `checksums`.');
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
    if (!inputs.image && (inputs.legacySignature || inputs.sbomPath)) {
        throw inputError(inputs.legacySignature ? 'legacy-signature' : 'sbom-path', 'set', 'used only with `image`');
    }
    return inputs;
}
function parseVerifyInputs(get) {
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
    };
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
    if (keyless) {
        if (!inputs.certificateIdentity && !inputs.certificateIdentityRegexp) {
            throw inputError('certificate-identity', '', 'the signer’s identity (or certificate-identity-regexp)');
        }
        if (!inputs.certificateOidcIssuer) {
            throw inputError('certificate-oidc-issuer', '', 'the OIDC issuer, e.g. https://token.actions.githubusercontent.com');
        }
    }
    if (keyless && !inputs.trustedRoot && inputs.offline) {
        throw inputError('trusted-root', '', 'a trusted_root.json file when verifying keyless signatures offline');
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
/** The signing config the inputs ask for: key (decrypted here) or keyless (token fetched lazily). */
async function resolveSigningConfig(inputs, environment) {
    const { env, logger, cwd } = environment;
    if (inputs.keyPassword)
        logger.secret(inputs.keyPassword);
    if (inputs.key) {
        if (inputs.key.includes('-----BEGIN'))
            logger.secret(inputs.key);
        const key = await loadPrivateKey(await keyText(inputs.key, 'key', cwd), inputs.keyPassword);
        const instance = chooseInstance(inputs.sigstoreInstance, environment);
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
        throw (0,errors/* inputError */.Xu)('key', '', 'a private key when keyless is false');
    }
    if (!canRequestIdToken(env)) {
        throw new errors/* ArtefactsError */.E('GITHUB_PERMISSION', 'No key was given and this job cannot sign keyless (no OIDC token).', {
            hint: 'Add `permissions: id-token: write` to the job for keyless signing, or give `key` and `key-password`.',
        });
    }
    const instance = chooseInstance(inputs.sigstoreInstance, environment);
    logger.info(`Signing keyless with the ${instance.name} Sigstore instance.`);
    return {
        kind: 'keyless',
        instance,
        identityToken: async () => {
            const token = await githubIdToken(env, 'sigstore');
            logger.secret(token);
            return token;
        },
    };
}
function chooseInstance(choice, environment) {
    return choice === 'auto' ? defaultSigstoreInstance(environment.github) : bundle.SIGSTORE_INSTANCES[choice];
}
/** The verification policy the inputs describe, with the key and trusted root loaded. */
async function loadVerificationPolicy(inputs, cwd) {
    const trustedRoot = inputs.trustedRoot ? await (0,trust/* readTrustedRoot */.gv)((0,external_node_path_.resolve)(cwd, inputs.trustedRoot)) : undefined;
    const common = {
        ...(trustedRoot ? { trustedRoot } : {}),
        requireTransparencyLog: inputs.requireTransparencyLog,
        requiredPredicateTypes: inputs.attestations,
    };
    if (inputs.key) {
        return { ...common, key: loadPublicKey(await keyText(inputs.key, 'key', cwd)) };
    }
    if (!trustedRoot) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', 'Keyless verification needs the Sigstore trusted root.', {
            hint: 'Give `trusted-root` (a trusted_root.json); fetching it from the Sigstore TUF repository is not built in yet.',
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


/***/ })

};
