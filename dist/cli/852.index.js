export const id = 852;
export const ids = [852];
export const modules = {

/***/ 73852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUDIT_SECRETS: () => (/* reexport */ AUDIT_SECRETS),
  parseAuditInputs: () => (/* reexport */ parseAuditInputs),
  runAudit: () => (/* reexport */ runAudit)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/sign/inputs.ts + 2 modules
var sign_inputs = __webpack_require__(18100);
;// CONCATENATED MODULE: ./packages/core/src/audit/inputs.ts
/** Inputs of `artefacts audit` and the audit action: parsed once, typed. */





const AUDIT_SECRETS = ['registry-password'];
const AUDIT_PATH_INPUTS = ['reference', ...sign_inputs/* TRUST_PATH_INPUTS */.r0];
function parseAuditInputs(raw) {
    const reference = inputs/* required */.mw(raw, 'reference');
    const ref = (0,references/* referenceInput */.Ie)('reference', reference);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw (0,errors/* inputError */.Xu)('reference', reference, 'a repository without a tag or digest (registry/repository, or oci:<dir>): every tag in it is audited');
    }
    const access = (0,paths/* parseRegistryAccess */.JO)(raw, AUDIT_PATH_INPUTS);
    return {
        reference,
        ref,
        failOnUnbound: inputs/* boolean */.zM(raw, 'fail-on-unbound', false),
        verification: (0,sign_inputs/* parseTrustOptions */.QD)(raw, reference),
        ...access,
    };
}

// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/sign/verify-policy.ts + 1 modules
var verify_policy = __webpack_require__(52276);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var concurrency = __webpack_require__(37870);
// EXTERNAL MODULE: ./packages/core/src/sign/artifact-types.ts
var artifact_types = __webpack_require__(24197);
// EXTERNAL MODULE: ./packages/core/src/sign/predicates/tag-binding.ts
var tag_binding = __webpack_require__(85666);
// EXTERNAL MODULE: ./packages/core/src/sign/verify-referrer.ts
var verify_referrer = __webpack_require__(78888);
// EXTERNAL MODULE: ./packages/core/src/inspect/tags.ts
var tags = __webpack_require__(86445);
// EXTERNAL MODULE: ./packages/core/src/promote/records.ts
var records = __webpack_require__(52256);
;// CONCATENATED MODULE: ./packages/core/src/audit/audit.ts
/**
 * `artefacts audit REPO`: does every tag the suite vouched for still resolve to the digest it
 * recorded? The repository's tags are listed (paginated), each resolved once; the tag-binding and
 * promotion records attached to every digest found there (and to every digest a referrers fallback
 * tag names, so that the records of a deleted tag's digest are found too) are read; for each tag a
 * record names in this repository, the newest record is the expectation. Drifted: the tag resolves
 * elsewhere; deleted: it no longer exists; unbound: an immutable tag no binding names.
 *
 * With a verification policy (trust options), a record counts only when its signature verifies with
 * it: an unsigned record, or one signed by someone else, is listed as ignored with the reason, and
 * never sets what a tag should be. Otherwise anyone with push access could write a newer record for
 * a tag they moved, and the move would look bound.
 */






/** Registry reads (tag resolves, referrer listings, record reads) in flight at once. */
const AUDIT_LOOKUPS = 8;
const isPromotionReferrer = (d) => d.artifactType === records/* PROMOTION_ARTIFACT_TYPE */.yz ||
    (d.artifactType === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W &&
        d.annotations?.[artifact_types/* ANNOTATION_PREDICATE */.C] === records/* PROMOTION_PREDICATE_TYPE */.Fc);
/**
 * What one record says (its in-toto statement): read as it is without a policy, or only once its
 * signature verifies with one (else the reason it is ignored).
 */
async function recordSays(store, subject, referrer, policy) {
    const signed = referrer.artifactType === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W;
    if (policy === undefined)
        return { statement: await (0,tag_binding/* recordStatement */.FI)(store, await store.getManifest(referrer.digest)) };
    if (!signed)
        return { ignored: 'unsigned: a claim anyone with push access could have written' };
    const verdict = await (0,verify_referrer/* verifyReferrer */.nK)(store, subject, referrer, policy);
    return 'statement' in verdict ? verdict : { ignored: verdict.refused };
}
/** The tags a promotion record names for `repository`. */
function promotionExpectations(statement, repository, subject, referrer) {
    const s = statement;
    const p = s?.predicateType === records/* PROMOTION_PREDICATE_TYPE */.Fc ? s.predicate : undefined;
    if (p === undefined || p.destination !== repository || p.digest !== subject || !Array.isArray(p.tags))
        return [];
    const at = typeof p.promotedAt === 'string' ? p.promotedAt : '';
    return p.tags
        .filter((t) => typeof t === 'string')
        .map((tag) => ({
        tag,
        digest: subject,
        kind: 'promotion',
        record: referrer.digest,
        at,
        signed: referrer.artifactType === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W,
    }));
}
/** The tag a tag-binding record binds in `repository`. */
function bindingExpectations(statement, repository, subject, referrer) {
    const binding = (0,tag_binding/* parseTagBinding */.hy)(statement);
    if (binding === undefined || binding.digest !== subject || binding.repository !== repository)
        return [];
    return [
        {
            tag: binding.tag,
            digest: binding.digest,
            kind: 'tag-binding',
            record: referrer.digest,
            at: binding.boundAt,
            signed: referrer.artifactType === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W,
        },
    ];
}
/** Newest first; at the same time a tag binding outranks a promotion record. */
function newer(a, b) {
    if (a.at !== b.at)
        return a.at > b.at;
    return a.kind === 'tag-binding' && b.kind !== 'tag-binding';
}
async function auditRepository(store, repository, policy) {
    const listed = await store.listTags();
    const plain = listed.filter((t) => !tags/* ATTACHMENT_TAG */.p.test(t));
    const resolved = await (0,concurrency/* mapPool */.Pk)(plain, AUDIT_LOOKUPS, async (tag) => (await store.resolve(tag))?.digest);
    const current = new Map();
    for (const [i, tag] of plain.entries())
        if (resolved[i] !== undefined)
            current.set(tag, resolved[i]);
    // The digests whose records are read: every tagged one, and every one a fallback tag names.
    const subjects = new Set(current.values());
    for (const tag of listed) {
        const named = /^sha256-([0-9a-f]{64})$/.exec(tag);
        if (named !== null)
            subjects.add(`sha256:${named[1]}`);
    }
    const ignored = [];
    const [perSubject, immutable] = await Promise.all([
        (0,concurrency/* mapPool */.Pk)([...subjects], AUDIT_LOOKUPS, async (subject) => {
            const referrers = (await store.referrers(subject)).flatMap((r) => {
                const kind = (0,tag_binding/* isTagBindingReferrer */.x5)(r)
                    ? 'tag-binding'
                    : isPromotionReferrer(r)
                        ? 'promotion'
                        : undefined;
                return kind === undefined ? [] : [{ r, kind }];
            });
            const read = await (0,concurrency/* mapPool */.Pk)(referrers, AUDIT_LOOKUPS, async ({ r, kind }) => {
                const says = await recordSays(store, subject, r, policy);
                if ('ignored' in says) {
                    ignored.push({ kind, record: r.digest, subject, reason: says.ignored });
                    return [];
                }
                return kind === 'tag-binding'
                    ? bindingExpectations(says.statement, repository, subject, r)
                    : promotionExpectations(says.statement, repository, subject, r);
            });
            return read.flat();
        }),
        (0,tags/* listArtefactTags */.U)(store, { immutable: true, tags: plain }),
    ]);
    const expected = new Map();
    const bindingNamed = new Set();
    for (const e of perSubject.flat()) {
        if (e.kind === 'tag-binding')
            bindingNamed.add(e.tag);
        const known = expected.get(e.tag);
        if (known === undefined || newer(e, known))
            expected.set(e.tag, e);
    }
    const bound = [];
    const drifted = [];
    const deleted = [];
    for (const e of [...expected.values()].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))) {
        const now = current.get(e.tag);
        if (now === undefined)
            deleted.push(e);
        else if (now !== e.digest)
            drifted.push({ ...e, now });
        else
            bound.push({ ...e, now });
    }
    const unbound = immutable
        .filter((t) => !bindingNamed.has(t.tag))
        .map((t) => ({ tag: t.tag, digest: t.digest ?? current.get(t.tag) ?? '' }));
    ignored.sort((a, b) => (a.record < b.record ? -1 : a.record > b.record ? 1 : 0));
    return { repository, tags: plain.length, bound, drifted, deleted, unbound, ignored };
}

// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/audit/run.ts









const code = (text) => `\`${text.replace(/`/g, "'")}\``;
function reportLines(report) {
    const record = (t) => `${t.kind} ${t.record}${t.signed ? '' : ', unsigned'}`;
    return [
        `${report.repository}: ${report.tags} tags; ${report.bound.length} bound, ${report.drifted.length} drifted, ${report.deleted.length} deleted, ${report.unbound.length} unbound`,
        report.verification,
        ...report.ignored.map((r) => `ignored ${r.kind} ${r.record} (on ${r.subject}): ${r.reason}`),
        ...report.drifted.map((t) => `drifted ${t.tag}: recorded ${t.digest}, now ${t.now} (${record(t)})`),
        ...report.deleted.map((t) => `deleted ${t.tag}: recorded ${t.digest}, tag absent (${record(t)})`),
        ...report.unbound.map((t) => `unbound ${t.tag}: ${t.digest} (an immutable tag no tag binding names)`),
    ];
}
function auditSummary(report) {
    const rows = [
        ...report.drifted.map((t) => `| ${code(t.tag)} | drifted | ${code(t.digest)} | ${code(t.now)} | ${t.kind} |`),
        ...report.deleted.map((t) => `| ${code(t.tag)} | deleted | ${code(t.digest)} | (absent) | ${t.kind} |`),
        ...report.unbound.map((t) => `| ${code(t.tag)} | unbound | (no binding) | ${code(t.digest)} | — |`),
        ...report.bound.map((t) => `| ${code(t.tag)} | bound | ${code(t.digest)} | ${code(t.digest)} | ${t.kind} |`),
    ];
    return [
        `### Tag audit of ${code(report.repository)}`,
        '',
        `${report.tags} tags: ${report.bound.length} bound, **${report.drifted.length} drifted**, **${report.deleted.length} deleted**, ${report.unbound.length} unbound.`,
        '',
        `Records: ${report.verification}.`,
        '',
        ...(rows.length === 0
            ? ['No tag is named by a tag-binding or promotion record, and no immutable tag is there.']
            : ['| Tag | Status | Recorded digest | Resolves to now | Record |', '| --- | --- | --- | --- | --- |', ...rows]),
        '',
        ...(report.ignored.length === 0
            ? []
            : [
                `Ignored records (${report.ignored.length}): they do not verify with the trust options, so they set no tag.`,
                '',
                '| Record | Kind | On digest | Why |',
                '| --- | --- | --- | --- |',
                ...report.ignored.map((r) => `| ${code(r.record)} | ${r.kind} | ${code(r.subject)} | ${r.reason.replace(/\|/g, '\\|')} |`),
                '',
            ]),
    ].join('\n');
}
async function runAudit(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    if (inputs.registryPassword !== undefined)
        environment.logger.secret(inputs.registryPassword);
    const ws = (0,paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    if (inputs.ref.kind === 'layout')
        (0,paths/* inWorkspace */.ve)(ws, 'reference', inputs.ref.path);
    (0,sign_inputs/* trustInWorkspace */.Xc)(ws, inputs.verification);
    const policy = inputs.verification === undefined
        ? undefined
        : await (0,sign_inputs/* loadVerificationPolicy */.GA)(inputs.verification, environment.cwd, environment);
    const store = (0,oci_open/* storeFromInputs */.zc)(inputs.ref, inputs, environment, (0,paths/* linksBeneath */.rd)(ws, 'reference'));
    const repository = (0,references/* formatReference */.FH)(inputs.ref, { tag: undefined, digest: undefined });
    const report = { ...(await auditRepository(store, repository, policy)), verification: (0,verify_policy/* policyText */.MJ)(policy) };
    const lines = reportLines(report);
    for (const line of lines)
        environment.logger.info(line);
    const failed = report.drifted.length + report.deleted.length;
    const unboundFails = inputs.failOnUnbound && report.unbound.length > 0;
    const failure = failed > 0 || unboundFails
        ? new errors/* ArtefactsError */.E('TAG_DRIFT', failed > 0
            ? `${repository}: ${[
                ...report.drifted.map((t) => `tag ${t.tag} was ${t.digest}, now ${t.now}`),
                ...report.deleted.map((t) => `tag ${t.tag} (${t.digest}) was deleted`),
            ].join('; ')}.`
            : `${repository}: ${report.unbound.length} immutable tags have no tag binding (fail-on-unbound): ${report.unbound.map((t) => t.tag).join(', ')}.`, {
            hint: 'A tag moved or deleted behind the suite’s back: find who wrote it (the registry’s audit log) and restore it from the recorded digest.',
        })
        : undefined;
    return {
        outputs: {
            report: lines.join('\n'),
            drifted: report.drifted.map((t) => t.tag).join('\n'),
            deleted: report.deleted.map((t) => t.tag).join('\n'),
            unbound: report.unbound.map((t) => t.tag).join('\n'),
            json: JSON.stringify(report),
        },
        summary: (0,summary/* jobSummary */.sp)('audit', '', environment.github, auditSummary(report)),
        ...(failure === undefined ? {} : { failure }),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/load/audit.ts
// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.



/***/ }),

/***/ 86445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ listArtefactTags),
/* harmony export */   p: () => (/* binding */ ATTACHMENT_TAG)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37870);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96939);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30717);
/**
 * A repository's tags, as `crane ls` lists them; with `immutable`, only the tags that name the
 * version and commit their own manifest records (build-tag's immutable tags), each with its digest.
 */



/** Tags the suite and cosign write for attachments (`sha256-<hex>`, `.sig`, `.att`, `.sbom`): never immutable tags. */
const ATTACHMENT_TAG = /^sha256-[0-9a-f]{64}(\.(sig|att|sbom))?$/;
const VERSION_LIKE = /\d+\.\d+\.\d+/;
async function listArtefactTags(store, options) {
    const tags = options.tags ?? (await store.listTags());
    if (!options.immutable)
        return tags.map((tag) => ({ tag }));
    const candidates = tags.filter((t) => !ATTACHMENT_TAG.test(t) && VERSION_LIKE.test(t));
    const read = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .mapPool */ .Pk)(candidates, 8, async (tag) => {
        const manifest = await store.getManifest(tag);
        const annotations = manifest.parsed.annotations ?? {};
        const version = annotations[_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_VERSION */ .Rp];
        const revision = annotations[_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_REVISION */ .qK];
        return (0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .isImmutableTag */ .Z)(tag, version, revision) ? { tag, digest: manifest.digest, version, revision } : undefined;
    });
    return read.filter((t) => t !== undefined);
}


/***/ })

};
