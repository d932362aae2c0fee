export const id = 769;
export const ids = [769];
export const modules = {

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
