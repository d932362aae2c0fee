export const id = 529;
export const ids = [529,769];
export const modules = {

/***/ 95812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eR: () => (/* binding */ parseConditionsInput),
/* harmony export */   tq: () => (/* binding */ PREDICATE_ALIASES)
/* harmony export */ });
/* unused harmony export parseConditions */
/* harmony import */ var _jmespath_community_jmespath__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34022);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _predicates_approval_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96875);
/* harmony import */ var _predicates_test_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76948);
/* harmony import */ var _predicates_vuln_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65967);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14769);
/**
 * The `conditions` input read into typed conditions, in a module light enough for every input
 * parser to import at start-up (JMESPath only checks the expressions here; evaluation and the
 * verification it needs live in conditions.ts and are loaded when a run verifies).
 */






const QUANTIFIERS = ['newest', 'every', 'any'];
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
/**
 * Parses the `conditions` input: blank lines and `#` comments dropped; an optional quantifier
 * (`newest`, `every`, `any`) and white space first; the type is everything before the first colon
 * followed by white space (a URI has none), resolved through `aliases`.
 */
function parseConditions(raw, aliases, input = 'conditions') {
    const conditions = [];
    const accepted = `lines '[${QUANTIFIERS.join(' | ')}] <predicate type URI or ${Object.keys(aliases).join(' | ')}>: <JMESPath expression>'`;
    for (const text of raw.split(/\r?\n/)) {
        const line = text.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const split = /^(?:(newest|every|any)\s+)?(\S+?):\s+(.+)$/i.exec(line);
        if (!split)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, line, accepted);
        const quantifier = (split[1]?.toLowerCase() ?? 'newest');
        const name = split[2];
        const expression = split[3].trim();
        const predicateType = aliases[name.toLowerCase()] ?? name;
        if (!URI.test(predicateType))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, line, accepted);
        try {
            (0,_jmespath_community_jmespath__WEBPACK_IMPORTED_MODULE_0__/* .compile */ .wE)(expression);
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, line, `a valid JMESPath expression after '${name}:' (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)})`);
        }
        conditions.push({ line, quantifier, predicateType, expression });
    }
    return conditions;
}
/** Short names of predicate types, for `attestations` and `conditions`. */
const PREDICATE_ALIASES = {
    signature: _statements_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_SIGN_PREDICATE */ .u,
    provenance: _statements_js__WEBPACK_IMPORTED_MODULE_2__/* .SLSA_PROVENANCE_PREDICATE */ .ON,
    'slsa-provenance': _statements_js__WEBPACK_IMPORTED_MODULE_2__/* .SLSA_PROVENANCE_PREDICATE */ .ON,
    cyclonedx: _statements_js__WEBPACK_IMPORTED_MODULE_2__/* .CYCLONEDX_PREDICATE */ .my,
    spdx: _statements_js__WEBPACK_IMPORTED_MODULE_2__/* .SPDX_PREDICATE */ .I$,
    vuln: _predicates_vuln_js__WEBPACK_IMPORTED_MODULE_3__/* .VULN_PREDICATE */ .IJ,
    'test-result': _predicates_test_result_js__WEBPACK_IMPORTED_MODULE_4__/* .TEST_RESULT_PREDICATE */ .l4,
    approval: _predicates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_PREDICATE */ .K,
};
/** The `conditions` input (verify, promote): `[newest|every|any] <predicate type or short name>: <JMESPath expression>` per line. */
function parseConditionsInput(get, name = 'conditions') {
    return parseConditions(get(name), PREDICATE_ALIASES, name);
}


/***/ }),

/***/ 13816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yu: () => (/* binding */ sbomAttestation),
/* harmony export */   gl: () => (/* binding */ provenanceAttestation),
/* harmony export */   i_: () => (/* binding */ customAttestation),
/* harmony export */   jV: () => (/* binding */ signImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40043);
/* harmony import */ var _referrer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70280);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14769);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('legacy-signature', 'true', 'false with keyless signing (the cosign v2 .sig format is written for key-based signatures only)');
    }
    const digest = image.descriptor.digest;
    const created = options.created ?? new Date();
    const statements = [
        (0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .cosignSignStatement */ .O2)(image.name, digest),
        ...(options.attestations ?? []).map((a) => (0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .statement */ .qZ)([(0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .subject */ .bc)(image.name, digest)], a.predicateType, a.predicate)),
    ].filter((s) => !options.skip?.has(s.predicateType));
    const referrers = [];
    for (const s of statements) {
        const signed = await (0,_bundle_js__WEBPACK_IMPORTED_MODULE_2__.signStatement)(s, config);
        referrers.push({
            predicateType: s.predicateType,
            signed,
            artefact: (0,_referrer_js__WEBPACK_IMPORTED_MODULE_3__.bundleReferrer)(signed.bundle, image.descriptor, created),
        });
    }
    const legacy = options.legacy && config.kind === 'key' ? (0,_referrer_js__WEBPACK_IMPORTED_MODULE_3__.legacySignatureManifest)(image.name, digest, config.key) : undefined;
    return { referrers, legacy };
}
/**
 * SLSA provenance v1 for the current GitHub Actions run. `claims` are the OIDC token's (keyless
 * signing): its `job_workflow_ref` names the builder, as GitHub's own provenance does.
 */
function provenanceAttestation(context, env, claims = {}) {
    if (!context) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('provenance', 'true', 'false outside GitHub Actions (provenance describes a workflow run)', 'Give a predicate file with predicate-type instead.');
    }
    return {
        predicateType: _statements_js__WEBPACK_IMPORTED_MODULE_1__/* .SLSA_PROVENANCE_PREDICATE */ .ON,
        predicate: (0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .githubProvenancePredicate */ .QG)(context, (0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowFacts */ .Nz)(env, claims)),
    };
}
/**
 * A custom predicate from JSON text: the `predicate` input (`source` is its name), or the file behind
 * `predicate-path` (`source` names the input and the path, which errors show instead of the content).
 */
function customAttestation(predicateType, json, source) {
    if (predicateType === _statements_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_SIGN_PREDICATE */ .u) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('predicate-type', predicateType, 'a predicate type other than cosign’s own signature type');
    }
    const from = typeof source === 'string' ? { input: source } : source;
    const what = from.path === undefined ? 'a JSON object' : 'a file holding a JSON object';
    let predicate;
    try {
        predicate = JSON.parse(json);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .documentError */ .aH)(from, json, `${what}, but it is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonSyntaxError */ .UQ)(error)}`);
    }
    if (predicate === null || typeof predicate !== 'object' || Array.isArray(predicate)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .documentError */ .aH)(from, json, `${what}, but it holds ${predicate === null ? 'null' : Array.isArray(predicate) ? 'an array' : `a ${typeof predicate}`}`);
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .documentError */ .aH)({ input, path }, json, `an SBOM in JSON, but it is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonSyntaxError */ .UQ)(error)}`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INPUT_INVALID', `Input '${input}': the SBOM is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonSyntaxError */ .UQ)(error)}).`);
    }
    return { predicateType: (0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .sbomPredicateType */ .h2)(document), predicate: document };
}


/***/ }),

/***/ 96875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ approvalPredicate),
/* harmony export */   K: () => (/* binding */ APPROVAL_PREDICATE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

const APPROVAL_PREDICATE = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/sign.md#approval-predicate-v1';
/** The environment the event names: a deployment's, or a deployment protection rule's. */
function eventEnvironment(github) {
    const payload = github?.payload ?? {};
    const deployment = payload.deployment;
    if (typeof deployment?.environment === 'string' && deployment.environment !== '')
        return deployment.environment;
    if (typeof payload.environment === 'string' && payload.environment !== '')
        return payload.environment;
    return undefined;
}
/**
 * The approval predicate for this run. `environment` is the `attest-environment` input; without it
 * the environment comes from the event (deployment, deployment_protection_rule).
 */
function approvalPredicate(github, env, environment, now = new Date()) {
    const approver = env.GITHUB_ACTOR?.trim() || github?.actor || '';
    if (approver === '') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('attest-type', 'approval', 'an approval attested from a GitHub Actions run (GITHUB_ACTOR names the approver, and it is not set)');
    }
    const where = environment ?? eventEnvironment(github);
    if (where === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('attest-environment', '', 'the environment approved for (e.g. prod), when the event names no deployment environment');
    }
    const triggeredBy = env.GITHUB_TRIGGERING_ACTOR?.trim();
    const server = github?.serverUrl ?? env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = github?.repository ?? env.GITHUB_REPOSITORY ?? '';
    const runId = github?.runId ?? env.GITHUB_RUN_ID ?? '';
    const attempt = github?.runAttempt ?? (Number(env.GITHUB_RUN_ATTEMPT) || 1);
    return {
        approver,
        ...(triggeredBy && triggeredBy !== approver ? { triggeredBy } : {}),
        environment: where,
        approvedAt: now.toISOString(),
        run: {
            url: repository && runId ? `${server}/${repository}/actions/runs/${runId}/attempts/${attempt}` : '',
            repository,
            workflow: github?.workflow ?? env.GITHUB_WORKFLOW ?? '',
            event: github?.eventName ?? env.GITHUB_EVENT_NAME ?? '',
            ref: github?.ref ?? env.GITHUB_REF ?? '',
            sha: github?.sha ?? env.GITHUB_SHA ?? '',
        },
    };
}


/***/ }),

/***/ 76948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ testResultPredicate),
/* harmony export */   l4: () => (/* binding */ TEST_RESULT_PREDICATE)
/* harmony export */ });
/* unused harmony exports MAX_JUNIT_BYTES, readXml */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96939);
/**
 * JUnit XML as in-toto's test-result predicate (https://in-toto.io/attestation/test-result/v0.1):
 * `result` PASSED / WARNED / FAILED, and the names of the passed, warned (skipped) and failed
 * tests, with the report file as the configuration it came from.
 * Spec: https://github.com/in-toto/attestation/blob/main/spec/predicates/test-result.md
 *
 * No XML parser is a dependency of core, so this is a small reader of exactly what JUnit reports
 * hold: elements and their attributes (quoted, with the five named and numeric character
 * references), comments, CDATA, processing instructions and a DOCTYPE without an internal subset,
 * which is refused (no entity expansion). Text content is skipped. Size and depth are bounded.
 */



const TEST_RESULT_PREDICATE = 'https://in-toto.io/attestation/test-result/v0.1';
/** Reports larger than this are refused rather than read (a JUnit file of 100k tests is ~20 MiB). */
const MAX_JUNIT_BYTES = 64 * 1024 * 1024;
const MAX_DEPTH = 256;
function junitError(input, path, reason) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('INPUT_INVALID', `Input '${input}': ${path} is not a JUnit XML report (${reason}).`, {
        hint: 'Give the JUnit XML file the test runner wrote (e.g. jest-junit, pytest --junitxml, surefire).',
    });
}
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(value, fail) {
    return value.replace(/&([^;&\s]{1,10});/g, (_, ref) => {
        if (ref in NAMED)
            return NAMED[ref];
        const code = /^#x([0-9a-f]{1,6})$/i.test(ref)
            ? parseInt(ref.slice(2), 16)
            : /^#([0-9]{1,7})$/.test(ref)
                ? parseInt(ref.slice(1), 10)
                : NaN;
        if (Number.isNaN(code) || code > 0x10ffff)
            fail(`unknown character reference &${ref};`);
        return String.fromCodePoint(code);
    });
}
const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
/** Reads the element tree of an XML document (elements and attributes only). */
function readXml(xml, fail) {
    const root = { name: '#document', attributes: {}, children: [] };
    const stack = [root];
    let i = 0;
    const skipPast = (end, what) => {
        const at = xml.indexOf(end, i);
        if (at < 0)
            fail(`unterminated ${what}`);
        i = at + end.length;
    };
    while (i < xml.length) {
        const lt = xml.indexOf('<', i);
        if (lt < 0)
            break;
        i = lt;
        if (xml.startsWith('<!--', i))
            skipPast('-->', 'comment');
        else if (xml.startsWith('<![CDATA[', i))
            skipPast(']]>', 'CDATA section');
        else if (xml.startsWith('<?', i))
            skipPast('?>', 'processing instruction');
        else if (xml.startsWith('<!DOCTYPE', i)) {
            const end = xml.indexOf('>', i);
            if (end < 0)
                fail('unterminated DOCTYPE');
            if (xml.slice(i, end).includes('['))
                fail('a DOCTYPE with an internal subset (entities are not expanded)');
            i = end + 1;
        }
        else if (xml.startsWith('</', i)) {
            const name = NAME.exec(xml.slice(i + 2, i + 2 + 512))?.[0];
            const open = stack[stack.length - 1];
            if (!name || stack.length === 1 || open.name !== name)
                fail(`unexpected </${name ?? ''}> at offset ${i}`);
            stack.pop();
            skipPast('>', 'end tag');
        }
        else {
            i += 1;
            const name = NAME.exec(xml.slice(i, i + 512))?.[0];
            if (!name)
                fail(`a '<' that starts no element at offset ${i - 1}`);
            i += name.length;
            const attributes = {};
            for (;;) {
                const space = /^\s+/.exec(xml.slice(i, i + 256))?.[0] ?? '';
                const attribute = NAME.exec(xml.slice(i + space.length, i + space.length + 512))?.[0];
                if (!space || !attribute)
                    break;
                i += space.length + attribute.length;
                const equals = /^\s*=\s*(["'])/.exec(xml.slice(i, i + 256));
                if (!equals)
                    fail(`attribute ${attribute} of <${name}> has no quoted value`);
                i += equals[0].length;
                const end = xml.indexOf(equals[1], i);
                if (end < 0)
                    fail(`attribute ${attribute} of <${name}> is not closed`);
                const value = xml.slice(i, end);
                if (value.includes('<'))
                    fail(`attribute ${attribute} of <${name}> holds a '<'`);
                attributes[attribute] = decode(value, fail);
                i = end + 1;
            }
            const close = /^\s*(\/?)>/.exec(xml.slice(i, i + 1024));
            if (!close)
                fail(`a malformed <${name}> tag at offset ${i}`);
            i += close[0].length;
            const element = { name, attributes, children: [] };
            stack[stack.length - 1].children.push(element);
            if (close[1] !== '/') {
                if (stack.length > MAX_DEPTH)
                    fail(`elements nested deeper than ${MAX_DEPTH}`);
                stack.push(element);
            }
        }
    }
    if (stack.length > 1)
        fail(`<${stack[stack.length - 1].name}> is not closed`);
    if (root.children.length !== 1)
        fail(root.children.length === 0 ? 'no root element' : 'more than one root element');
    return root.children[0];
}
/** Every <testcase> under the root, depth-first (suites nest in some runners' reports). */
function testcases(element, out = []) {
    for (const child of element.children) {
        if (child.name === 'testcase')
            out.push(child);
        else
            testcases(child, out);
    }
    return out;
}
/** A test's name as the spec's lists hold it: `classname.name` (or `name` alone), unique in its list. */
function testName(testcase) {
    const { classname, name } = testcase.attributes;
    const base = name ?? '(unnamed)';
    return classname && classname !== '' ? `${classname}.${base}` : base;
}
/**
 * Converts a JUnit XML report to the test-result predicate: a test with <failure> or <error> failed,
 * one with <skipped> is warned, the others passed. `result` is FAILED if any failed, else WARNED
 * if any was skipped, else PASSED. A report with no test at all is refused (nothing was tested).
 */
function testResultPredicate(xml, options) {
    const fail = (reason) => {
        throw junitError(options.input, options.path, reason);
    };
    if (Buffer.byteLength(xml, 'utf8') > MAX_JUNIT_BYTES)
        fail(`larger than ${MAX_JUNIT_BYTES} bytes`);
    const root = readXml(xml, fail);
    if (root.name !== 'testsuites' && root.name !== 'testsuite') {
        fail(`the root element is <${root.name}>, not <testsuites> or <testsuite>`);
    }
    const cases = testcases(root);
    if (cases.length === 0)
        fail('it holds no <testcase>');
    const passedTests = [];
    const warnedTests = [];
    const failedTests = [];
    for (const testcase of cases) {
        const outcomes = new Set(testcase.children.map((c) => c.name));
        const name = testName(testcase);
        if (outcomes.has('failure') || outcomes.has('error'))
            failedTests.push(name);
        else if (outcomes.has('skipped'))
            warnedTests.push(name);
        else
            passedTests.push(name);
    }
    const result = failedTests.length > 0 ? 'FAILED' : warnedTests.length > 0 ? 'WARNED' : 'PASSED';
    return {
        result,
        configuration: [
            {
                name: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(options.path),
                digest: { sha256: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_2__/* .digestHex */ .sU)((0,_oci_media_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(xml)) },
            },
        ],
        ...(options.url ? { url: options.url } : {}),
        passedTests,
        warnedTests,
        failedTests,
    };
}


/***/ }),

/***/ 65967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ VULN_PREDICATE),
/* harmony export */   Rl: () => (/* binding */ vulnPredicate)
/* harmony export */ });
/* unused harmony export scanFormat */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/**
 * A vulnerability scan as cosign's vuln predicate (https://cosign.sigstore.dev/attestation/vuln/v1):
 * the scanner's name (as a package URL), its version and database, the scan's time, and the
 * scanner's own document unchanged under `scanner.result`, so a condition reads the findings in
 * the shape the tool writes them. Trivy JSON, grype JSON and SARIF 2.1 are recognised.
 * Spec: https://github.com/sigstore/cosign/blob/main/specs/COSIGN_VULN_ATTESTATION_SPEC.md
 */

const VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const object = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const text = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
/** Which tool wrote `document`, from the fields each one always writes. */
function scanFormat(document) {
    if (typeof document.version === 'string' && Array.isArray(document.runs))
        return 'sarif';
    if (Array.isArray(document.matches) && (object(document.descriptor) || object(document.source)))
        return 'grype';
    if (typeof document.SchemaVersion === 'number' && ('Results' in document || 'ArtifactName' in document)) {
        return 'trivy';
    }
    return undefined;
}
function scannerOf(format, document) {
    if (format === 'trivy') {
        // Trivy writes its version only in recent releases (`Trivy.Version`); the DB is in the image metadata's report.
        const version = text(object(document.Trivy)?.Version);
        return {
            name: 'trivy',
            uri: `pkg:github/aquasecurity/trivy${version ? `@${version}` : ''}`,
            version,
            db: {},
        };
    }
    if (format === 'grype') {
        const descriptor = object(document.descriptor) ?? {};
        const version = text(descriptor.version);
        const db = object(object(descriptor.db)?.status) ?? object(descriptor.db) ?? {};
        return {
            name: text(descriptor.name) || 'grype',
            uri: `pkg:github/anchore/grype${version ? `@${version}` : ''}`,
            version,
            db: { uri: text(db.from ?? db.location), version: text(db.built ?? db.schemaVersion) },
        };
    }
    const driver = object(object(object(document.runs[0])?.tool)?.driver) ?? {};
    const name = text(driver.name) || 'sarif';
    const version = text(driver.semanticVersion) || text(driver.version);
    return {
        name,
        uri: text(driver.informationUri) ||
            `pkg:generic/${encodeURIComponent(name.toLowerCase())}${version ? `@${version}` : ''}`,
        version,
        db: {},
    };
}
function timesOf(format, document, now) {
    let started = '';
    let finished = '';
    if (format === 'trivy')
        started = finished = text(document.CreatedAt);
    if (format === 'grype')
        started = finished = text(object(document.descriptor)?.timestamp);
    if (format === 'sarif') {
        const invocation = object(object(document.runs[0])?.invocations?.[0]);
        started = text(invocation?.startTimeUtc);
        finished = text(invocation?.endTimeUtc) || started;
    }
    const iso = (t) => {
        const parsed = t ? new Date(t) : undefined;
        return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : now.toISOString();
    };
    return { started: iso(started), finished: iso(finished) };
}
/**
 * Converts a scanner's JSON (trivy `--format json`, grype `-o json`, or SARIF) into the vuln
 * predicate. `source` names the input it was read from and the file (shown instead of its content), for errors.
 */
function vulnPredicate(json, source, invocation, now = new Date()) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .documentError */ .aH)(source, json, `a trivy or grype JSON report, or SARIF, but it is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonSyntaxError */ .UQ)(error)}`);
    }
    const document = object(parsed);
    const format = document ? scanFormat(document) : undefined;
    if (!document || !format) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .documentError */ .aH)(source, json, 'a trivy JSON report (SchemaVersion, Results), a grype JSON report (matches, descriptor) or SARIF 2.1 (version, runs)');
    }
    const scanner = scannerOf(format, document);
    const times = timesOf(format, document, now);
    return {
        format,
        scanner: scanner.name,
        predicate: {
            invocation: {
                parameters: null,
                uri: invocation?.uri ?? '',
                event_id: invocation?.eventId ?? '',
                'builder.id': invocation?.builderId ?? '',
            },
            scanner: {
                uri: scanner.uri,
                version: scanner.version,
                db: { uri: text(scanner.db.uri), version: text(scanner.db.version) },
                result: document,
            },
            metadata: { scanStartedOn: times.started, scanFinishedOn: times.finished },
        },
    };
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
