export const id = 546;
export const ids = [546];
export const modules = {

/***/ 5460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ checksumSubjects),
/* harmony export */   Ld: () => (/* binding */ toSubjects),
/* harmony export */   QC: () => (/* binding */ fileSubjects),
/* harmony export */   Zf: () => (/* binding */ BUNDLE_SUFFIX),
/* harmony export */   gc: () => (/* binding */ bundleWriteFailure),
/* harmony export */   is: () => (/* binding */ verifySubject),
/* harmony export */   rG: () => (/* binding */ BESIDE_FILES),
/* harmony export */   ze: () => (/* binding */ signFileBundles)
/* harmony export */ });
/* unused harmony exports sha256File, parseChecksums, signFiles, verifyFile */
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96939);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42109);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40043);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14769);
/* harmony import */ var _verify_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52276);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76729);
/**
 * Non-image subjects: files matched by globs, and the entries of checksums files (SHA256SUMS as
 * `sha256sum` writes it, or the BSD `SHA256 (name) = hex` form). Each local file can get a
 * message-signature bundle beside it, `<file>.sigstore.json`, which `cosign verify-blob --bundle`
 * and `artefacts verify` read.
 */










const BUNDLE_SUFFIX = '.sigstore.json';
function toSubjects(files) {
    return files.map((f) => (0,_statements_js__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(f.name, f.digest));
}
async function sha256File(path, origin) {
    try {
        return (await (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(path)).digest;
    }
    catch (error) {
        throw (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .originError */ .Ty)(origin, 'readable files', error, () => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('IO_FAILED', `Cannot read ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}.`));
    }
}
/**
 * Files matching the globs (relative to cwd, the workspace), sorted, bundles excluded; a glob
 * matching nothing is an error, and so is a match outside the workspace (symbolic links followed)
 * unless `input` is in `allowOutside`.
 */
async function fileSubjects(cwd, patterns, input = 'files', allowOutside) {
    const ws = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .workspace */ .Gl)(cwd, allowOutside);
    const found = new Map();
    for (const pattern of patterns) {
        let matched = 0;
        for (const path of await (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceGlob */ .uy)(ws, input, pattern)) {
            const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(path).catch(() => undefined);
            if (!stat?.isFile() || path.endsWith(BUNDLE_SUFFIX))
                continue;
            matched++;
            if (!found.has(path))
                found.set(path, { name: displayName(cwd, path), origin: { root: cwd, input, given: pattern } });
        }
        if (matched === 0)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(input, pattern, 'a glob matching at least one file (relative to the workspace)');
    }
    const out = [];
    for (const [path, { name, origin }] of [...found].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_6__/* .compareText */ .n)(a[1].name, b[1].name))) {
        out.push({ name, digest: await sha256File(path, origin), path, origin });
    }
    return out;
}
function displayName(cwd, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, path);
    return rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? path : rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** Parses `sha256sum` output (`<hex>  name`, `<hex> *name`, `\`-escaped names) or BSD `SHA256 (name) = <hex>`. */
function parseChecksums(text, source) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        if (line.trim() === '')
            return;
        let escaped = false;
        let body = line;
        if (body.startsWith('\\')) {
            escaped = true;
            body = body.slice(1);
        }
        const gnu = /^([a-fA-F0-9]{64}) [ *](.+)$/.exec(body);
        const bsd = /^SHA256 \((.+)\) = ([a-fA-F0-9]{64})$/.exec(body);
        let name;
        let hex;
        if (gnu)
            [, hex = '', name = ''] = gnu;
        else if (bsd)
            [, name = '', hex = ''] = bsd;
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('INPUT_INVALID', `${source} line ${index + 1} is not a SHA-256 checksum line: ${JSON.stringify(line.slice(0, 120))}.`, { hint: 'Expected `sha256sum` output (<64 hex>  <name>) or `SHA256 (<name>) = <64 hex>`.' });
        }
        if (escaped)
            name = name.replace(/\\(\\|n)/g, (_m, c) => (c === 'n' ? '\n' : '\\'));
        entries.push({ name, digest: `sha256:${hex.toLowerCase()}` });
    });
    if (entries.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('INPUT_INVALID', `${source} lists no checksums.`);
    return entries;
}
/**
 * Subjects from checksums files. Where a listed file exists beside the checksums file, its digest
 * is checked (a mismatch is an error, never silently signed) and its path kept.
 */
async function checksumSubjects(cwd, paths, input = 'checksums', allowOutside) {
    const ws = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .workspace */ .Gl)(cwd, allowOutside);
    const out = [];
    for (const p of paths) {
        const path = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .inWorkspace */ .ve)(ws, input, p);
        const origin = { root: cwd, input, given: p };
        let text;
        try {
            text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(path, 'utf8');
        }
        catch (error) {
            throw (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .originError */ .Ty)(origin, 'a readable checksums file', error, () => (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(input, p, `a readable checksums file (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)})`));
        }
        for (const entry of parseChecksums(text, p)) {
            // A listed name is read only where it stays in the workspace (`../../etc/passwd` is refused).
            const local = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .insideWorkspace */ .CT)(ws, input, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, '..', entry.name));
            const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(local).catch(() => undefined);
            if (stat?.isFile()) {
                const actual = await sha256File(local, origin);
                if (actual !== entry.digest) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${p} says ${entry.name} is ${entry.digest}, but the file is ${actual}.`);
                }
                out.push({ name: entry.name, digest: entry.digest, path: local, origin });
            }
            else {
                out.push({ name: entry.name, digest: entry.digest });
            }
        }
    }
    return out;
}
/**
 * Signs each local file (a v0.3 message-signature bundle), in memory: nothing is written, so a
 * failure on any file (it changed, the signing service refused) leaves every bundle as it was.
 */
async function signFileBundles(files, config) {
    const out = [];
    for (const file of files) {
        if (!file.path)
            continue;
        let data;
        try {
            data = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(file.path);
        }
        catch (error) {
            throw (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .originError */ .Ty)(file.origin, 'readable files', error, () => error);
        }
        const actual = (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(data);
        if (actual !== file.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${file.name} changed while being signed (${file.digest} → ${actual}).`);
        }
        const signed = await (0,_bundle_js__WEBPACK_IMPORTED_MODULE_7__.signMessage)(data, config);
        out.push({
            path: file.path,
            digest: file.digest,
            bundlePath: `${file.path}${BUNDLE_SUFFIX}`,
            bundle: `${(0,_bundle_js__WEBPACK_IMPORTED_MODULE_7__.bundleText)(signed.bundle)}\n`,
            origin: file.origin,
            signer: signed.signer,
            transparencyLogIndex: signed.transparencyLogIndex,
        });
    }
    return out;
}
/**
 * A bundle file that could not be written, as the error of the input that named its file
 * (`expected` says what that input's files had to allow), else IO_FAILED naming the bundle.
 */
function bundleWriteFailure(origin, expected, bundlePath) {
    return (error, { at }) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .originError */ .Ty)(origin, expected, error, () => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('IO_FAILED', `Cannot write ${bundlePath}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}.`), at);
}
/** What a file's bundle needs of the directory it is in, as an input's files are expected to allow. */
const BESIDE_FILES = `files beside which a bundle (<file>${BUNDLE_SUFFIX}) can be written`;
/**
 * Writes `<file>.sigstore.json` (a v0.3 message-signature bundle) beside each local file: every one
 * signed first, then all written together or none ({@link writeFilesTogether}).
 */
async function signFiles(files, config) {
    const signed = await signFileBundles(files, config);
    const byPath = new Map(signed.map((f) => [f.bundlePath, f]));
    await writeFilesTogether(signed.map((f) => ({ path: f.bundlePath, content: f.bundle })), (error, where) => {
        const f = byPath.get(where.file.path);
        return bundleWriteFailure(f.origin, BESIDE_FILES, f.bundlePath)(error, where);
    });
    return signed.map(({ path, digest, bundlePath, signer, transparencyLogIndex }) => ({
        path,
        digest,
        bundlePath,
        signer,
        transparencyLogIndex,
    }));
}
/**
 * Verifies the bundle of a file (by default `<file>.sigstore.json` beside it) or of a digest
 * (`sha256:<hex>`; the bundle path is then required): a message signature or a DSSE statement.
 * No bundle is no signature (VERIFICATION_FAILED); one that cannot be read (permission denied, a
 * directory) is the fault of the input `bundleOrigin` names, where one does.
 */
async function verifySubject(subject, policy, bundlePath, bundleOrigin) {
    const what = 'path' in subject ? subject.path : subject.digest;
    const where = bundlePath ?? ('path' in subject ? `${subject.path}${BUNDLE_SUFFIX}` : undefined);
    if (where === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('INTERNAL', `No bundle path for ${what}: a digest has no file to find one beside.`);
    }
    let bundle;
    try {
        bundle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(where, 'utf8');
    }
    catch (error) {
        const noSignature = () => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `No signature for ${what}: cannot read ${where} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}).`, {
            hint: 'Sign it first, or give the bundle’s path (`bundle`) when it is not stored beside the file.',
        });
        if (error.code === 'ENOENT') {
            // A bundle named by the `bundle` input that is not there is that input's fault, not a missing signature.
            if (bundleOrigin?.input === 'bundle') {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('bundle', bundleOrigin.given, `the path of the Sigstore bundle of ${what}, but no such file exists`, 'Give the bundle signing wrote (sign writes <file>.sigstore.json beside each file), or leave `bundle` empty to use the one beside each file.');
            }
            throw noSignature();
        }
        const expected = bundleOrigin?.input === 'bundle'
            ? 'a readable bundle file'
            : `files whose bundle (<file>${BUNDLE_SUFFIX}) can be read`;
        throw (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .originError */ .Ty)(bundleOrigin, expected, error, noSignature);
    }
    if ('digest' in subject)
        return (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyArtifactBundle */ .QO)(what, bundle, { digest: subject.digest }, policy);
    let data;
    try {
        data = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(subject.path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtefactsError */ .E('IO_FAILED', `Cannot read ${subject.path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}.`);
    }
    return (0,_verify_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyArtifactBundle */ .QO)(what, bundle, data, policy);
}
/** Verifies `<file>.sigstore.json` beside each file (or the bundle path given); returns the signer. */
async function verifyFile(path, policy, bundlePath = `${path}${BUNDLE_SUFFIX}`) {
    return (await verifySubject({ path }, policy, bundlePath)).signer;
}


/***/ }),

/***/ 84113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   Yb: () => (/* binding */ registryAccess),
/* harmony export */   jp: () => (/* binding */ layoutInWorkspace),
/* harmony export */   rA: () => (/* binding */ imageReference)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97276);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42109);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61722);
/* harmony import */ var _oci_references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70461);





function registryAccess(get) {
    const { username, password } = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialPair */ .GE(get);
    return { registryUsername: username, registryPassword: password };
}
/**
 * `image` parsed, as every reference input is. A newline or another control character is refused in
 * the whole value first: an `oci:` directory would otherwise carry it into the path checked later,
 * whose error would show a part of the value.
 */
function imageReference(value) {
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .plainValue */ ._y)('image', value);
    return (0,_oci_references_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceInput */ .Ie)('image', value);
}
/** The store behind `image` and the digest it points at, resolved once (HEAD). */
async function resolveImage(value, access, environment, purpose) {
    const ref = imageReference(value);
    const ws = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .workspace */ .Gl)(environment.cwd, access.allowOutsideWorkspace);
    const store = (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_3__/* .storeFromInputs */ .zc)(ref, access, environment, (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .linksBeneath */ .rd)(ws, 'image'));
    const target = (0,_oci_references_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceTarget */ .Z9)(ref);
    const descriptor = await store.resolve(target);
    if (descriptor === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('REGISTRY_NOT_FOUND', `Image ${value} not found in ${store.location}.`, {
            hint: 'Push the image first, and sign the reference the build step printed (ideally by digest).',
        });
    }
    if (ref.digest !== undefined && descriptor.digest !== ref.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${value} resolved to ${descriptor.digest}.`);
    }
    if (ref.digest === undefined) {
        environment.logger.notice(purpose === 'sign'
            ? `Resolved ${value} to ${descriptor.digest}; signing the digest, not the tag.`
            : `Resolved ${value} to ${descriptor.digest}; verifying the signatures of that digest.`);
    }
    const name = (0,_oci_references_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref, { tag: undefined, digest: undefined });
    return {
        ref,
        store,
        name,
        descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
    };
}
/** An `oci:` layout image stays in the workspace as every other path input. */
function layoutInWorkspace(ws, value) {
    if (value === undefined || value === '')
        return;
    const ref = imageReference(value);
    if (ref.kind === 'layout')
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .inWorkspace */ .ve)(ws, 'image', ref.path);
}


/***/ }),

/***/ 23686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E0: () => (/* binding */ SIGN_SECRETS),
  a4: () => (/* binding */ parseSignInputs),
  tl: () => (/* binding */ runSign)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/github/api.ts
var github_api = __webpack_require__(35793);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var sign_bundle = __webpack_require__(40043);
// EXTERNAL MODULE: ./packages/core/src/sign/files.ts
var sign_files = __webpack_require__(5460);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var src_files = __webpack_require__(92886);
;// CONCATENATED MODULE: ./packages/core/src/sign/github-attestations.ts

async function uploadAttestation(api, bundle, mode, logger) {
    const skip = (why) => {
        if (mode === 'auto')
            logger.notice(`Not stored with GitHub's attestations API: ${why}.`);
        return { uploaded: false, id: undefined, skipped: why };
    };
    if (mode === 'never')
        return { uploaded: false, id: undefined, skipped: 'disabled' };
    if (!api)
        return skip('no GitHub repository or token in this environment');
    if (bundle.verificationMaterial.publicKey)
        return skip('the bundle is key-based; GitHub stores keyless (certificate) bundles');
    try {
        const response = await api.request('POST', api.repoPath('/attestations'), {
            body: { bundle },
            permission: 'attestations: write',
            what: 'store the attestation',
        });
        return { uploaded: true, id: response.data?.id, skipped: undefined };
    }
    catch (error) {
        if (mode === 'auto' && error instanceof github_api/* GitHubApiError */.O && [403, 404, 422].includes(error.status)) {
            return skip(`${error.message}`);
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./packages/core/src/sign/image.ts
var sign_image = __webpack_require__(5030);
// EXTERNAL MODULE: ./packages/core/src/sign/inputs.ts + 2 modules
var sign_inputs = __webpack_require__(18100);
// EXTERNAL MODULE: ./packages/core/src/sign/plan.ts
var plan = __webpack_require__(13816);
// EXTERNAL MODULE: ./packages/core/src/sign/predicates/approval.ts
var approval = __webpack_require__(96875);
// EXTERNAL MODULE: ./packages/core/src/sign/predicates/test-result.ts
var test_result = __webpack_require__(76948);
// EXTERNAL MODULE: ./packages/core/src/sign/predicates/vuln.ts
var vuln = __webpack_require__(65967);
;// CONCATENATED MODULE: ./packages/core/src/sign/predicates/index.ts







/** The CI run that produced the evidence, when there is one. */
function runUrl(environment) {
    const github = environment.github;
    if (!github || !github.repository || !github.runId)
        return undefined;
    return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/attempts/${github.runAttempt || 1}`;
}
/**
 * The attestation for `type` from `document` (the file `attest-path` named; empty for an
 * approval). Logs what was read, so the run shows which tool's output was attested.
 */
function stepAttestation(type, document, inputs, environment, now = new Date()) {
    const url = runUrl(environment);
    if (type === 'vuln') {
        const converted = (0,vuln/* vulnPredicate */.Rl)(document, { input: 'attest-path', path: inputs.attestPath }, url
            ? {
                uri: url,
                eventId: environment.github?.runId ?? '',
                builderId: `${environment.github?.serverUrl}/${environment.github?.repository}/actions`,
            }
            : undefined, now);
        environment.logger.info(`Attesting a ${converted.format} scan by ${converted.scanner} (${vuln/* VULN_PREDICATE */.IJ}).`);
        return { predicateType: vuln/* VULN_PREDICATE */.IJ, predicate: { ...converted.predicate } };
    }
    if (type === 'test-result') {
        const predicate = (0,test_result/* testResultPredicate */.Hz)(document, { input: 'attest-path', path: inputs.attestPath ?? '', url });
        environment.logger.info(`Attesting test results: ${predicate.result} (${predicate.passedTests.length} passed, ${predicate.warnedTests.length} warned, ${predicate.failedTests.length} failed).`);
        return { predicateType: test_result/* TEST_RESULT_PREDICATE */.l4, predicate: { ...predicate } };
    }
    const predicate = (0,approval/* approvalPredicate */.F)(environment.github, environment.env, inputs.attestEnvironment, now);
    environment.logger.info(`Attesting the approval of ${predicate.approver} for ${predicate.environment}.`);
    return { predicateType: approval/* APPROVAL_PREDICATE */.K, predicate: { ...predicate } };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(88315);
// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var concurrency = __webpack_require__(37870);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
;// CONCATENATED MODULE: ./packages/core/src/sign/dsse.ts
/**
 * DSSE (Dead Simple Signing Envelope) v1: what is signed is the pre-authentication encoding
 * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in ASCII decimal bytes.
 * Spec: https://github.com/secure-systems-lab/dsse/blob/master/protocol.md
 */

function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
        type,
        Buffer.from(` ${payload.length} `, 'ascii'),
        Buffer.from(payload),
    ]);
}
/** True when any signature of the envelope verifies over PAE with `key` (ECDSA/SHA-256). */
function envelopeVerifies(envelope, key) {
    const pae = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
    return envelope.signatures.some((s) => {
        try {
            return (0,external_node_crypto_.verify)('sha256', pae, key, Buffer.from(s.sig, 'base64'));
        }
        catch {
            return false;
        }
    });
}

// EXTERNAL MODULE: ./packages/core/src/sign/referrer.ts
var referrer = __webpack_require__(70280);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(14769);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: ./packages/core/src/sign/verify-policy.ts + 1 modules
var verify_policy = __webpack_require__(52276);
// EXTERNAL MODULE: ./packages/core/src/sign/oidc.ts
var oidc = __webpack_require__(1354);
;// CONCATENATED MODULE: ./packages/core/src/sign/rerun.ts
/**
 * A re-run of a signing job: which statements about an image digest are already signed by the
 * same key (or the same keyless identity and issuer), so the sign action pushes only what is
 * missing instead of piling up one more referrer per run. `force` signs again regardless.
 */














const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
/**
 * The signer a signing config will produce. Keyless: the certificate identity Fulcio derives
 * from the OIDC token (`<server>/<job_workflow_ref>` for GitHub's issuer, else the subject) and
 * the token's issuer.
 */
async function expectedSigner(config, serverUrl = 'https://github.com') {
    if (config.kind === 'key')
        return { kind: 'key', config };
    const claims = (0,oidc/* tokenClaims */.f)(await config.identityToken());
    const identities = [
        typeof claims.job_workflow_ref === 'string' ? `${serverUrl}/${claims.job_workflow_ref}` : undefined,
        typeof claims.email === 'string' ? claims.email : undefined,
        typeof claims.sub === 'string' ? claims.sub : undefined,
    ].filter((v) => v !== undefined && v !== '');
    return { kind: 'certificate', identities, issuer: typeof claims.iss === 'string' ? claims.iss : '' };
}
/** The statement of a keyless bundle signed by `signer`'s identity, checked with its own certificate. */
function certificateStatement(raw, signer) {
    const bundle = (0,sign_bundle.parseBundle)(raw);
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Error('not a DSSE bundle');
    const material = bundle.verificationMaterial.content;
    const der = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (der === undefined)
        throw new Error('no signing certificate');
    const certificate = dist.X509Certificate.parse(Buffer.from(der));
    const v2 = certificate.extension(OID_FULCIO_ISSUER_V2)?.valueObj.subs?.[0]?.value.toString('ascii');
    const issuer = v2 ?? certificate.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii') ?? '';
    const identity = certificate.subjectAltName ?? '';
    if (!signer.identities.includes(identity) || issuer !== signer.issuer)
        throw new Error(`signed by ${identity}`);
    const { dsseEnvelope } = bundle.content;
    if (dsseEnvelope.payloadType !== statements/* INTOTO_PAYLOAD_TYPE */.w9)
        throw new Error('not an in-toto statement');
    const envelope = {
        payloadType: dsseEnvelope.payloadType,
        payload: Buffer.from(dsseEnvelope.payload).toString('base64'),
        signatures: dsseEnvelope.signatures.map((s) => ({ keyid: s.keyid, sig: Buffer.from(s.sig).toString('base64') })),
    };
    const key = (0,external_node_crypto_.createPublicKey)({ key: certificate.publicKey, format: 'der', type: 'spki' });
    if (!envelopeVerifies(envelope, key))
        throw new Error('signature does not verify');
    return { statement: (0,statements/* parseStatement */.By)(dsseEnvelope.payload), identity };
}
/** Bundle referrers read at once. */
const READS = 6;
/**
 * The bundle referrers of `digest`, listed and read (several at a time). This needs no key, so the
 * sign step starts it while the key is still being decrypted.
 */
async function fetchBundles(store, digest) {
    const listed = (0,referrer.bundleReferrers)({ manifests: await store.referrers(digest) });
    return (0,concurrency/* mapPool */.Pk)(listed, READS, async (descriptor) => {
        try {
            const manifest = await store.getManifest(descriptor.digest);
            const text = await (0,referrer.readBundleReferrer)(manifest.bytes, digest, (d) => (0,oci_open/* readBlob */.gm)(store, d));
            return { descriptor, bundle: JSON.parse(text) };
        }
        catch (error) {
            return { descriptor, error };
        }
    });
}
/**
 * Predicate types already signed for `digest` by the expected signer, each with the referrer that
 * carries it. A referrer that cannot be read or does not verify simply does not count. `fetched`:
 * the bundles when they were read earlier (fetchBundles), else they are read now.
 */
async function signedAlready(store, digest, signer, logger, fetched = fetchBundles(store, digest)) {
    const found = new Map();
    let who;
    const hex = (0,media/* digestHex */.sU)(digest);
    for (const { descriptor, bundle, error: unread } of await fetched) {
        try {
            if (bundle === undefined)
                throw unread;
            let statement;
            if (signer.kind === 'key') {
                statement = (0,verify_policy/* verifyStatements */.gY)([{ source: descriptor.digest, bundle }], digest, {
                    key: signer.config.key,
                }).verified[0].statement;
                who = signer.config.key.hint;
            }
            else {
                const checked = certificateStatement(bundle, signer);
                statement = checked.statement;
                who = checked.identity;
                if (!statement.subject.some((s) => String(s.digest.sha256 ?? '').toLowerCase() === hex)) {
                    throw new Error('about another digest');
                }
            }
            if (!found.has(statement.predicateType))
                found.set(statement.predicateType, descriptor.digest);
        }
        catch (error) {
            if (error instanceof errors/* ArtefactsError */.E && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code))
                throw error;
            logger.debug(`Referrer ${descriptor.digest} does not count as signed already: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    return { referrers: found, signer: who };
}
/** True when the digest's cosign v2 `.sig` tag holds a signature that verifies with this key. */
async function hasLegacySignature(store, digest, key, logger) {
    try {
        return (await (0,sign_image.verifyImage)(store, digest, { key }, (0,log/* memoryLogger */.Uu)())).legacy.length > 0;
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code))
            throw error;
        logger.debug(`No cosign v2 signature by this key on ${digest}: ${(0,errors/* describeError */.Uc)(error)}`);
        return false;
    }
}

// EXTERNAL MODULE: ./packages/core/src/sign/image-access.ts
var image_access = __webpack_require__(84113);
// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/sign/run.ts
/**
 * The sign action's entry point (shared with `artefacts sign` / `artefacts attest`): inputs →
 * signing config → the image resolved ONCE to its digest → bundles pushed as referrers (or
 * `.sigstore.json` files) → outputs and a job summary. Verify's is verify-run.ts.
 */




















/** Inputs whose values are secrets (masked as soon as read). */
const SIGN_SECRETS = ['key', 'key-password', 'identity-token', 'registry-password', 'github-token'];
/** Inputs naming files (read or written beside): confined to the workspace unless in allow-outside-workspace. */
const SIGN_PATH_INPUTS = [
    'image',
    'files',
    'checksums',
    'key',
    'predicate-path',
    'sbom-path',
    'attest-path',
    'signing-config',
];
function parseSignInputs(get) {
    const inputs = (0,sign_inputs/* parseSigningInputs */.oo)(get);
    const access = (0,image_access/* registryAccess */.Yb)(get);
    if (inputs.image)
        (0,image_access/* imageReference */.rA)(inputs.image);
    return {
        ...inputs,
        ...access,
        allowOutsideWorkspace: (0,paths/* parseAllowOutsideWorkspace */.fz)(get, SIGN_PATH_INPUTS),
        githubAttestations: src_inputs/* oneOf */.yL(get, 'github-attestations', ['auto', 'always', 'never'], 'auto'),
        githubToken: src_inputs/* optionalBlock */.ki(get, 'github-token'),
    };
}
function api(inputs, environment) {
    const { env, github } = environment;
    const token = inputs.githubToken ?? env.GITHUB_TOKEN;
    const repository = env.GITHUB_REPOSITORY;
    if (!token || !repository || !github)
        return undefined;
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        return undefined;
    environment.logger.secret(token);
    return new github_api/* GitHubApi */.y({
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        token,
        owner,
        repo,
        logger: environment.logger,
    });
}
async function readInput(path, input, cwd) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(input, path, `a readable file (${(0,errors/* describeError */.Uc)(error)})`);
    }
}
async function attestationsFor(inputs, environment, config) {
    const out = [];
    if (inputs.provenance) {
        // Keyless: the OIDC token's claims name the builder (job_workflow_ref), as GitHub's provenance does.
        const claims = config.kind === 'keyless' && environment.github ? (0,oidc/* tokenClaims */.f)(await config.identityToken()) : undefined;
        out.push((0,plan/* provenanceAttestation */.gl)(environment.github, environment.env, claims));
    }
    if (inputs.predicateType) {
        const json = inputs.predicatePath
            ? await readInput(inputs.predicatePath, 'predicate-path', environment.cwd)
            : (inputs.predicate ?? '');
        const source = inputs.predicatePath ? { input: 'predicate-path', path: inputs.predicatePath } : 'predicate';
        out.push((0,plan/* customAttestation */.i_)(inputs.predicateType, json, source));
    }
    if (inputs.sbomPath) {
        out.push((0,plan/* sbomAttestation */.Yu)(await readInput(inputs.sbomPath, 'sbom-path', environment.cwd), 'sbom-path', inputs.sbomPath));
    }
    if (inputs.attestType) {
        const document = inputs.attestPath ? await readInput(inputs.attestPath, 'attest-path', environment.cwd) : '';
        out.push(stepAttestation(inputs.attestType, document, inputs, environment));
    }
    return out;
}
/** Signs an image digest and/or files; pushes referrers or writes `.sigstore.json` bundles. */
async function runSign(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    const { logger, cwd } = environment;
    // Every path input resolves inside the workspace (symbolic links followed) before a key is read.
    const ws = (0,paths/* workspace */.Gl)(cwd, inputs.allowOutsideWorkspace);
    (0,image_access/* layoutInWorkspace */.jp)(ws, inputs.image);
    (0,paths/* keyInWorkspace */.O)(ws, 'key', inputs.key);
    for (const [input, value] of [
        ['predicate-path', inputs.predicatePath],
        ['sbom-path', inputs.sbomPath],
        ['attest-path', inputs.attestPath],
        ['signing-config', inputs.signingConfig],
    ]) {
        if (value !== undefined)
            (0,paths/* inWorkspace */.ve)(ws, input, value);
    }
    // Key decryption (scrypt) runs while the image digest is resolved.
    const configPromise = (0,sign_inputs/* resolveSigningConfig */.ML)(inputs, environment);
    configPromise.catch(() => undefined);
    const image = inputs.image ? await (0,image_access/* resolveImage */.AT)(inputs.image, inputs, environment, 'sign') : undefined;
    // A re-run's check needs the signatures already there: they are read while the key is decrypted.
    const earlier = image && !inputs.force ? fetchBundles(image.store, image.descriptor.digest) : undefined;
    earlier?.catch(() => undefined);
    // Every subject is found and checked before anything is signed or pushed.
    const files = [];
    const allow = inputs.allowOutsideWorkspace;
    if (inputs.files.length > 0)
        files.push(...(await (0,sign_files/* fileSubjects */.QC)(cwd, inputs.files, 'files', allow)));
    const checksumFiles = inputs.checksums.length > 0 ? await (0,sign_files/* fileSubjects */.QC)(cwd, inputs.checksums, 'checksums', allow) : [];
    const listed = inputs.checksums.length > 0 ? await (0,sign_files/* checksumSubjects */.HI)(cwd, inputs.checksums, 'checksums', allow) : [];
    // A `.sigstore.json` written beside a file must not be a link out of the workspace either.
    for (const f of files)
        (0,paths/* inWorkspace */.ve)(ws, 'files', `${f.path}${sign_files/* BUNDLE_SUFFIX */.Zf}`);
    for (const f of checksumFiles)
        (0,paths/* inWorkspace */.ve)(ws, 'checksums', `${f.path}${sign_files/* BUNDLE_SUFFIX */.Zf}`);
    const config = await configPromise;
    const attestations = await attestationsFor(inputs, environment, config);
    const rows = [];
    const referrers = [];
    const bundlePaths = [];
    const signers = new Set();
    const logIndexes = [];
    const bundlesForGitHub = [];
    let legacyDigest;
    let kept = new Map();
    let signatures;
    if (image) {
        // A re-run: what this signer already signed for the digest is not signed and pushed again.
        if (!inputs.force) {
            const signer = await expectedSigner(config, environment.github?.serverUrl);
            const already = await signedAlready(image.store, image.descriptor.digest, signer, logger, earlier);
            kept = new Map(already.referrers);
            // A step's evidence (attest-type) is new each time: a later scan or test run of the same type is
            // attached beside the earlier one, not dropped as a re-run.
            if (inputs.attestType)
                kept.delete(attestations[attestations.length - 1].predicateType);
            if (already.signer !== undefined)
                signers.add(already.signer);
            for (const [predicateType, referrer] of kept) {
                logger.info(`Already signed by this signer: ${predicateType} (referrer ${referrer}); not signed again.`);
                rows.push({
                    what: `\`${image.name}@${image.descriptor.digest}\``,
                    kind: predicateType,
                    where: `referrer \`${referrer}\` (signed already; kept)`,
                });
            }
        }
        // cosign v2's .sig tag: ECDSA signatures differ every time, so a re-run would add a layer each run.
        const legacyKept = inputs.legacySignature && !inputs.force && config.kind === 'key'
            ? await hasLegacySignature(image.store, image.descriptor.digest, config.key, logger)
            : false;
        if (legacyKept)
            logger.info('The cosign v2 .sig tag already holds a signature by this key; not signed again.');
        signatures = await (0,plan/* signImage */.jV)({ name: image.name, descriptor: image.descriptor }, config, {
            attestations,
            legacy: inputs.legacySignature && !legacyKept,
            skip: new Set(kept.keys()),
        });
        if (signatures.referrers.length === 0 && !signatures.legacy && (kept.size > 0 || legacyKept)) {
            logger.notice(`${image.name}@${image.descriptor.digest} is already signed by this signer: nothing pushed (set force: true to sign again).`);
        }
    }
    /** Pushes what was signed for the image, and tells what went where. */
    const pushImageSignatures = async (image, signatures) => {
        // An image's referrers go together: one merge of a registry's fallback index for all of them.
        // The cosign v2 .sig tag (a tag of its own, no index) goes at the same time, under that settle.
        const legacy = signatures.legacy;
        const [referrersPushed, legacyPushed] = await Promise.allSettled([
            (0,sign_image.pushArtefacts)(image.store, signatures.referrers.map((r) => r.artefact)),
            legacy === undefined ? undefined : (0,sign_image.pushLegacySignature)(image.store, image.descriptor.digest, legacy),
        ]);
        // Both have ended (nothing goes on after a failure is thrown); the referrers' failure first.
        if (referrersPushed.status === 'rejected')
            throw referrersPushed.reason;
        if (legacyPushed.status === 'rejected')
            throw legacyPushed.reason;
        const pushedAll = referrersPushed.value;
        for (const [i, r] of signatures.referrers.entries()) {
            const pushed = pushedAll[i];
            if (!pushed.referrerIndexed) {
                throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${image.store.location} stored referrer ${pushed.digest} but did not index it as a referrer of ${image.descriptor.digest}.`);
            }
            logger.info(`Pushed ${r.predicateType} bundle as referrer ${pushed.digest}`);
            referrers.push(pushed.digest);
            signers.add(r.signed.signer);
            if (r.signed.transparencyLogIndex)
                logIndexes.push(r.signed.transparencyLogIndex);
            bundlesForGitHub.push(r.signed.bundle);
            rows.push({
                what: `\`${image.name}@${image.descriptor.digest}\``,
                kind: r.predicateType,
                where: `referrer \`${pushed.digest}\``,
            });
        }
        const sig = legacyPushed.value;
        if (sig !== undefined) {
            legacyDigest = sig.digest;
            logger.info(`Pushed cosign v2 signature ${sig.digest}${sig.merged ? ` (kept ${sig.merged} earlier)` : ''}`);
            rows.push({
                what: `\`${image.name}@${image.descriptor.digest}\``,
                kind: 'cosign v2 signature',
                where: `tag \`${image.descriptor.digest.replace(':', '-')}.sig\``,
            });
        }
    };
    // Files are signed in memory; their bundles are written beside them only once the image's are pushed.
    const signedFiles = await (0,sign_files/* signFileBundles */.ze)([...files, ...checksumFiles], config);
    const local = [];
    const localFailure = new Map();
    for (const f of signedFiles) {
        local.push({ path: f.bundlePath, content: f.bundle });
        localFailure.set(f.bundlePath, (0,sign_files/* bundleWriteFailure */.gc)(f.origin, sign_files/* BESIDE_FILES */.rG, f.bundlePath));
    }
    const fileRows = [];
    for (const f of signedFiles) {
        bundlePaths.push(f.bundlePath);
        signers.add(f.signer);
        if (f.transparencyLogIndex)
            logIndexes.push(f.transparencyLogIndex);
        fileRows.push({
            what: `\`${(0,external_node_path_.relative)(cwd, f.path)}\``,
            kind: 'signature',
            where: `\`${(0,external_node_path_.relative)(cwd, f.bundlePath)}\``,
        });
    }
    // Attestations about files: one DSSE bundle per attestation over every file subject.
    const fileAttestationSubjects = [...files, ...listed];
    const fileBundlesForGitHub = [];
    if (fileAttestationSubjects.length > 0 && attestations.length > 0) {
        const anchorFile = (checksumFiles[0] ?? files[0]);
        const anchor = anchorFile.path;
        for (const a of attestations) {
            const slug = a.predicateType
                .replace(/^[a-z]+:\/\//i, '')
                .replace(/[^A-Za-z0-9.-]+/g, '-')
                .replace(/-+$/, '');
            const signed = await (0,sign_bundle.signStatement)((0,statements/* statement */.qZ)((0,sign_files/* toSubjects */.Ld)(fileAttestationSubjects), a.predicateType, a.predicate), config);
            const path = `${anchor}.${slug}.intoto.sigstore.json`;
            (0,paths/* inWorkspace */.ve)(ws, checksumFiles[0] ? 'checksums' : 'files', path);
            local.push({ path, content: `${(0,sign_bundle.bundleText)(signed.bundle)}\n` });
            localFailure.set(path, (0,sign_files/* bundleWriteFailure */.gc)(anchorFile.origin, `files beside which an attestation bundle (${(0,external_node_path_.basename)(path)}) can be written`, path));
            bundlePaths.push(path);
            signers.add(signed.signer);
            if (signed.transparencyLogIndex)
                logIndexes.push(signed.transparencyLogIndex);
            fileBundlesForGitHub.push(signed.bundle);
            fileRows.push({
                what: `${fileAttestationSubjects.length} file(s)`,
                kind: a.predicateType,
                where: `\`${(0,external_node_path_.relative)(cwd, path)}\``,
            });
        }
    }
    // Every signature is made before anything is published. The bundles are written beside their
    // files under temporary names first (a directory that cannot take them fails the run before any
    // push), then the image's are pushed, then the files are put in place: a failed push leaves none.
    const staged = await (0,src_files/* stageFiles */.Iz)(local, (error, where) => localFailure.get(where.file.path)(error, where));
    if (image && signatures) {
        try {
            await pushImageSignatures(image, signatures);
        }
        catch (error) {
            await staged.discard();
            throw error;
        }
    }
    await staged.commit();
    rows.push(...fileRows);
    bundlesForGitHub.push(...fileBundlesForGitHub);
    const uploads = [];
    if (inputs.githubAttestations !== 'never' && config.kind === 'keyless') {
        const client = api(inputs, environment);
        for (const bundle of bundlesForGitHub) {
            const result = await uploadAttestation(client, bundle, inputs.githubAttestations, logger);
            if (result.id !== undefined)
                uploads.push(result.id);
            if (!result.uploaded)
                break;
        }
    }
    const signer = [...signers].join('\n');
    // Keyless: the identity Fulcio certified and the issuer it copied from the token, as verify takes them.
    const issuer = config.kind === 'keyless' ? String((0,oidc/* tokenClaims */.f)(await config.identityToken()).iss ?? '') : undefined;
    if (issuer !== undefined && signers.size > 0) {
        logger.info(`Signed keyless as ${[...signers].join(', ')} (issuer ${issuer}): verify with certificate-identity ${[...signers][0]} and certificate-oidc-issuer ${issuer}.`);
    }
    const result = {
        digest: image?.descriptor.digest ?? null,
        image: image ? `${image.name}@${image.descriptor.digest}` : null,
        referrers,
        /** Referrers by predicate type that a re-run found signed by the same signer and left as they were. */
        signedAlready: Object.fromEntries(kept),
        legacySignature: legacyDigest ?? null,
        bundlePaths,
        signer: [...signers],
        transparencyLogIndex: logIndexes,
        githubAttestations: uploads,
    };
    const summary = [
        '### Signed',
        '',
        ...(image ? [`Digest: \`${image.descriptor.digest}\``, ''] : []),
        '| Subject | Kind | Written to |',
        '| --- | --- | --- |',
        ...rows.map((r) => `| ${r.what} | ${r.kind} | ${r.where} |`),
        '',
        `Signer: ${[...signers].map((s) => `\`${s}\``).join(', ')}${config.kind === 'key' && logIndexes.length === 0 ? ' (key-based, no transparency log entry: cosign v3 verifies it with `--insecure-ignore-tlog`)' : ''}`,
        ...(issuer !== undefined ? ['', `Issuer: \`${issuer}\``] : []),
        ...(logIndexes.length > 0 ? ['', `Transparency log index: ${logIndexes.join(', ')}`] : []),
        '',
    ].join('\n');
    return {
        outputs: {
            digest: image?.descriptor.digest ?? '',
            'bundle-paths': bundlePaths.join('\n'),
            referrers: referrers.join('\n'),
            signer,
            'transparency-log-index': logIndexes.join('\n'),
            json: JSON.stringify(result),
        },
        summary: (0,src_summary/* jobSummary */.sp)('sign', image?.descriptor.digest ?? '', environment.github, summary),
    };
}


/***/ }),

/***/ 10591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ar: () => (/* binding */ VERIFY_SECRETS),
  Wg: () => (/* binding */ parseVerifyInputs),
  R9: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/sign/files.ts
var sign_files = __webpack_require__(5460);
;// CONCATENATED MODULE: ./packages/core/src/sign/verify-report.ts
function signerText(signer) {
    if (signer.kind === 'key')
        return `key ${signer.keyHint ?? ''}`.trim();
    return `${signer.identity ?? ''}${signer.issuer ? ` (issuer ${signer.issuer})` : ''}`;
}
const clip = (text, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** The short result; the statements in full only when asked for. */
function verifyReport(options) {
    const lines = [];
    const { image } = options;
    if (image) {
        const v = image.verification;
        lines.push(`image     ${image.name}@${v.digest}`);
        for (const s of v.verified) {
            lines.push(`  accepted  ${s.statement.predicateType}  ${signerText(s.signer)}  (${s.source})`);
        }
        for (const l of v.legacy)
            lines.push(`  accepted  cosign v2 signature  key ${l.keyHint}  (${l.source})`);
        for (const r of v.rejected)
            lines.push(`  refused   [${r.rule}] ${clip(r.reason)}  (${r.source})`);
    }
    for (const s of options.subjects) {
        const what = s.kind === 'dsse' ? `${s.predicateType ?? 'statement'} (DSSE)` : 'signature over the bytes';
        lines.push(`file      ${s.subject}`);
        lines.push(`  accepted  ${what}  ${s.signer}  (${s.bundle})`);
    }
    const accepted = (image ? image.verification.verified.length + image.verification.legacy.length : 0) + options.subjects.length;
    lines.push(`result    verified: ${accepted} accepted${image ? `, ${image.verification.rejected.length} refused` : ''}`);
    if (options.showStatements && image) {
        for (const s of image.verification.verified) {
            lines.push('', `statement from ${s.source}:`, JSON.stringify(s.statement, null, 2));
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/sign/image.ts
var sign_image = __webpack_require__(5030);
// EXTERNAL MODULE: ./packages/core/src/sign/inputs.ts + 2 modules
var sign_inputs = __webpack_require__(18100);
// EXTERNAL MODULE: ./packages/core/src/sign/conditions.ts
var conditions = __webpack_require__(4325);
// EXTERNAL MODULE: ./packages/core/src/sign/verification-summary.ts + 1 modules
var verification_summary = __webpack_require__(5344);
// EXTERNAL MODULE: ./packages/core/src/sign/predicates/tag-binding.ts
var tag_binding = __webpack_require__(85666);
;// CONCATENATED MODULE: ./packages/core/src/sign/verify-tag.ts
/**
 * `verify` with `tag`: the tag is resolved now, and passes only if a verified tag-binding record on
 * the verified digest names this tag in this repository and the tag still resolves to the bound
 * digest. A moved tag is named with both digests, a deleted one with the digest it was bound to.
 */


async function checkTagBinding(store, repository, digest, tag, verified) {
    const names = (b) => b !== undefined && b.tag === tag && b.repository === repository && b.digest === digest;
    const bound = verified
        .map((v) => ({ source: v.source, binding: (0,tag_binding/* parseTagBinding */.hy)(v.statement) }))
        .find((v) => names(v.binding));
    const now = await store.resolve(tag);
    if (bound === undefined) {
        // Say why: a binding there but unsigned, there but not accepted by the policy, or none at all.
        const found = (await (0,tag_binding/* findTagBindings */.qc)(store, digest)).filter((f) => names(f.binding));
        const unsigned = found.find((f) => !f.signed);
        const reason = unsigned !== undefined
            ? `its binding record ${unsigned.record} is unsigned (written by a step given no signing key), so nothing vouches for it`
            : found.length > 0
                ? `its binding record ${found[0].record} is signed, but not by a signer this policy accepts`
                : `no tag-binding record on ${digest} names tag ${tag} in ${repository}`;
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Tag ${repository}:${tag} (now ${now?.digest ?? 'absent'}) is not bound to ${digest}: ${reason}.`, {
            hint: 'Write tags with bind-tags: true (promote signs the binding with record-key) and verify the digest the tag was bound to: image: repository@sha256:…',
        });
    }
    const binding = bound.binding;
    if (now === undefined) {
        throw new errors/* ArtefactsError */.E('TAG_DRIFT', `Tag ${repository}:${tag} was bound to ${binding.digest} (at ${binding.boundAt}) but no longer exists: it was deleted.`);
    }
    if (now.digest !== binding.digest) {
        throw new errors/* ArtefactsError */.E('TAG_DRIFT', `Tag ${repository}:${tag} was bound to ${binding.digest} (at ${binding.boundAt}) but now resolves to ${now.digest}: it was moved behind the suite's back.`, { hint: 'Find who wrote the tag (registry audit log); restore it with a promotion of the bound digest.' });
    }
    return {
        tag,
        repository,
        digest: binding.digest,
        ...(binding.version === undefined ? {} : { version: binding.version }),
        ...(binding.commit === undefined ? {} : { commit: binding.commit }),
        boundAt: binding.boundAt,
        source: bound.source,
    };
}

// EXTERNAL MODULE: ./packages/core/src/sign/image-access.ts
var image_access = __webpack_require__(84113);
// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/sign/verify-run.ts
/**
 * The verify action's entry point (shared with `artefacts verify`): inputs → policy → the image
 * resolved ONCE to its digest → every referrer verified, conditions checked, the tag binding checked
 * (with `tag`), a signed verification summary attached (with `write-summary`) → outputs and a job summary.
 */















/** Inputs whose values are secrets (masked as soon as read). */
const VERIFY_SECRETS = ['registry-password', 'summary-key', 'summary-key-password'];
/** Inputs naming files: confined to the workspace unless in allow-outside-workspace. */
const VERIFY_PATH_INPUTS = ['image', 'files', 'bundle', ...sign_inputs/* TRUST_PATH_INPUTS */.r0, 'summary-key'];
function parseVerifyInputs(get) {
    const inputs = (0,sign_inputs/* parseVerificationInputs */.K7)(get);
    if (inputs.image)
        (0,image_access/* imageReference */.rA)(inputs.image);
    const tag = src_inputs/* optionalText */.mR(get, 'tag');
    if (tag !== undefined && !(0,references/* isTag */.dz)(tag))
        throw (0,errors/* inputError */.Xu)('tag', tag, 'a tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})');
    if (tag !== undefined && !inputs.image) {
        throw (0,errors/* inputError */.Xu)('image', '', 'the image (ideally by digest) whose tag binding to check, when tag is given');
    }
    const writeSummary = src_inputs/* boolean */.zM(get, 'write-summary', false);
    const summaryKey = src_inputs/* optionalKey */.Qr(get, 'summary-key');
    const summaryKeyPassword = get('summary-key-password');
    if (writeSummary && summaryKey === undefined) {
        throw (0,errors/* inputError */.Xu)('summary-key', '', 'the private key to sign the verification summary with (PEM text or a path such as cosign.key), or `keyless`, with write-summary: true');
    }
    if (!writeSummary && summaryKey !== undefined) {
        throw (0,errors/* inputError */.Xu)('summary-key', '(set)', 'empty unless write-summary is true (there is no summary to sign)');
    }
    if (summaryKeyPassword !== '' && (summaryKey === undefined || /^keyless$/i.test(summaryKey))) {
        throw (0,errors/* inputError */.Xu)('summary-key-password', '(set)', 'empty unless summary-key is a private key');
    }
    if (writeSummary && !inputs.image) {
        throw (0,errors/* inputError */.Xu)('write-summary', src_inputs/* text */.Qq(get, 'write-summary'), 'false when no image is verified (a summary is attached to an image digest as a referrer)');
    }
    return {
        ...inputs,
        ...(tag === undefined ? {} : { tag }),
        ...(0,image_access/* registryAccess */.Yb)(get),
        allowOutsideWorkspace: (0,paths/* parseAllowOutsideWorkspace */.fz)(get, VERIFY_PATH_INPUTS),
        writeSummary,
        summaryKey,
        summaryKeyPassword,
    };
}
function describeSigner(signer) {
    return signer.kind === 'key' ? (signer.keyHint ?? '') : (signer.identity ?? '');
}
/** Verifies an image digest's signatures and attestations and/or files' `.sigstore.json` bundles. */
async function runVerify(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    const { cwd, logger } = environment;
    const ws = (0,paths/* workspace */.Gl)(cwd, inputs.allowOutsideWorkspace);
    (0,image_access/* layoutInWorkspace */.jp)(ws, inputs.image);
    (0,sign_inputs/* trustInWorkspace */.Xc)(ws, inputs);
    // `files` holds globs and `sha256:` digests (an artefact known by its digest, with `bundle`).
    const digests = inputs.files.filter((f) => f.startsWith('sha256:'));
    const globs = inputs.files.filter((f) => !f.startsWith('sha256:'));
    const verifiedFiles = globs.length > 0 ? await (0,sign_files/* fileSubjects */.QC)(cwd, globs, 'files', ws.allowOutside) : [];
    const bundlePath = inputs.bundle ? (0,paths/* inWorkspace */.ve)(ws, 'bundle', inputs.bundle) : undefined;
    if (bundlePath === undefined)
        for (const f of verifiedFiles)
            (0,paths/* inWorkspace */.ve)(ws, 'files', `${f.path}${sign_files/* BUNDLE_SUFFIX */.Zf}`);
    const summaryKeyless = inputs.summaryKey !== undefined && /^keyless$/i.test(inputs.summaryKey);
    if (!summaryKeyless)
        (0,paths/* keyInWorkspace */.O)(ws, 'summary-key', inputs.summaryKey);
    // The summary's key is decrypted (scrypt) while the bundles are verified; a bad key fails the step either way.
    const summarySigning = inputs.writeSummary
        ? (0,sign_inputs/* resolveSigningConfig */.ML)((0,sign_inputs/* keyOnlySignInputs */.Eg)({
            key: summaryKeyless ? undefined : inputs.summaryKey,
            keyPassword: inputs.summaryKeyPassword ?? '',
            keyless: summaryKeyless,
        }), environment, 'summary-key')
        : undefined;
    summarySigning?.catch(() => undefined);
    const policy = await (0,sign_inputs/* loadVerificationPolicy */.GA)(inputs, cwd, environment);
    let image;
    let name;
    let tagCheck;
    let attached;
    if (inputs.image) {
        const resolved = await (0,image_access/* resolveImage */.AT)(inputs.image, inputs, environment, 'verify');
        name = resolved.name;
        image = await (0,sign_image.verifyImage)(resolved.store, resolved.descriptor.digest, policy, logger);
        (0,conditions/* checkConditions */.jB)(inputs.conditions ?? [], image.verified, `${resolved.name}@${image.digest}`);
        logger.info(`Verified ${resolved.name}@${resolved.descriptor.digest}: ${image.signers.join(', ')}`);
        if (inputs.tag !== undefined) {
            tagCheck = await checkTagBinding(resolved.store, resolved.name, image.digest, inputs.tag, image.verified);
            logger.info(`Tag ${resolved.name}:${inputs.tag} is bound to ${tagCheck.digest} and still resolves to it.`);
        }
        if (summarySigning !== undefined) {
            // Only a PASSED verification reaches this line: a failed one has thrown, and writes no summary.
            attached = await (0,verification_summary/* attachVerificationSummary */.fr)(resolved.store, resolved.name, resolved.descriptor, {
                policy: (0,verification_summary/* policyFacts */._X)(policy, inputs.conditions ?? []),
                inputAttestations: (0,verification_summary/* inputAttestations */.Ur)(resolved.name, image.verified),
                timeVerified: new Date(),
            }, await summarySigning, logger);
        }
    }
    const files = [];
    const lines = [];
    // A bundle that cannot be read is the fault of `bundle` when given, else of the `files` item beside whose file it is.
    const givenBundle = inputs.bundle ? { root: cwd, input: 'bundle', given: inputs.bundle } : undefined;
    const subjects = [
        ...verifiedFiles.map((f) => ({
            label: (0,external_node_path_.relative)(cwd, f.path),
            subject: { path: f.path },
            origin: givenBundle ?? f.origin,
        })),
        ...digests.map((digest) => ({ label: digest, subject: { digest }, origin: givenBundle })),
    ];
    for (const { label, subject, origin } of subjects) {
        const verified = await (0,sign_files/* verifySubject */.is)(subject, policy, bundlePath, origin);
        const verifiedStatement = verified.statement;
        (0,conditions/* checkConditions */.jB)(inputs.conditions ?? [], verifiedStatement ? [{ source: label, statement: verifiedStatement }] : [], label);
        const signer = describeSigner(verified.signer);
        const bundle = (0,external_node_path_.relative)(cwd, bundlePath ?? `${'path' in subject ? subject.path : label}${sign_files/* BUNDLE_SUFFIX */.Zf}`);
        files.push({
            path: label,
            signer,
            kind: verified.kind,
            predicateType: verified.statement?.predicateType ?? null,
        });
        lines.push({
            subject: label,
            kind: verified.kind,
            predicateType: verified.statement?.predicateType,
            signer: signerText(verified.signer),
            bundle,
        });
        logger.info(`Verified ${label}: ${signer}`);
    }
    const signers = [...new Set([...(image?.signers ?? []), ...files.map((f) => f.signer)])];
    const logIndexes = (image?.verified ?? []).flatMap((v) => (v.transparencyLogIndex ? [v.transparencyLogIndex] : []));
    const statements = (image?.verified ?? []).map((v) => ({
        source: v.source,
        predicateType: v.statement.predicateType,
        signer: describeSigner(v.signer),
        transparencyLogIndex: v.transparencyLogIndex ?? null,
        statement: v.statement,
    }));
    const predicateTypes = [...new Set(statements.map((s) => s.predicateType))];
    const result = {
        digest: image?.digest ?? null,
        image: image && name ? `${name}@${image.digest}` : null,
        signer: signers,
        predicateTypes,
        statements,
        legacySignatures: image?.legacy ?? [],
        verificationSummary: attached?.digest ?? null,
        rejected: image?.rejected ?? [],
        files,
        ...(tagCheck === undefined ? {} : { tag: tagCheck }),
    };
    const rows = [
        ...statements.map((s) => `| \`${s.source}\` | ${s.predicateType} | ${s.signer} | ${s.transparencyLogIndex ?? '—'} |`),
        ...(image?.legacy ?? []).map((l) => `| \`${l.source}\` | cosign v2 signature | ${l.keyHint} | — |`),
        ...files.map((f) => `| \`${f.path}\` | ${f.kind === 'dsse' ? `${f.predicateType} (DSSE)` : 'file signature'} | ${f.signer} | — |`),
    ];
    const summary = [
        '### Verified',
        '',
        ...(image ? [`Digest: \`${image.digest}\``, ''] : []),
        ...(tagCheck ? [`Tag \`${tagCheck.tag}\`: bound to this digest and still resolves to it`, ''] : []),
        '| Source | Kind | Signer | Log index |',
        '| --- | --- | --- | ---: |',
        ...rows,
        ...((image?.rejected.length ?? 0) > 0
            ? [
                '',
                `Not accepted (${image.rejected.length}):`,
                '',
                ...image.rejected.map((r) => `- \`${r.source}\`: [${r.rule}] ${r.reason}`),
            ]
            : []),
        ...(attached === undefined
            ? []
            : [
                '',
                `Verification summary (SLSA VSA, PASSED): referrer \`${attached.digest}\`, signed by \`${attached.signer}\``,
            ]),
        '',
    ].join('\n');
    const report = verifyReport({
        image: image && name ? { name, verification: image } : undefined,
        subjects: lines,
        showStatements: inputs.showStatements ?? false,
    });
    if (inputs.showStatements)
        logger.info(report);
    return {
        outputs: {
            digest: image?.digest ?? '',
            signer: signers.join('\n'),
            'predicate-types': predicateTypes.join('\n'),
            statements: JSON.stringify(statements.map((s) => s.statement)),
            'transparency-log-index': logIndexes.join('\n'),
            'verification-summary': attached?.digest ?? '',
            report,
            json: JSON.stringify(result),
        },
        summary: (0,src_summary/* jobSummary */.sp)('verify', image?.digest ?? '', environment.github, summary),
    };
}


/***/ })

};
