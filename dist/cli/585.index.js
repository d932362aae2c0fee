export const id = 585;
export const ids = [585];
export const modules = {

/***/ 43585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HISTORY_SECRETS: () => (/* reexport */ HISTORY_SECRETS),
  TRACE_SECRETS: () => (/* reexport */ TRACE_SECRETS),
  parseHistoryInputs: () => (/* reexport */ parseHistoryInputs),
  parseTraceInputs: () => (/* reexport */ parseTraceInputs),
  runHistory: () => (/* reexport */ runHistory),
  runTrace: () => (/* reexport */ runTrace)
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
;// CONCATENATED MODULE: ./packages/core/src/trail/inputs.ts
/**
 * Inputs of `trace` (the action, with `mode: trace|history`) and `artefacts history`: parsed once,
 * typed. The trust options are verify's own (key, or certificate identity + issuer, trusted root),
 * checked by verify's own parser, so that a trace verifies exactly what verify would.
 */





const TRACE_SECRETS = ['registry-password'];
const HISTORY_SECRETS = TRACE_SECRETS;
const PATH_INPUTS = ['reference', 'repositories', ...sign_inputs/* TRUST_PATH_INPUTS */.r0];
function parseInputs(raw, mode) {
    const reference = inputs/* required */.mw(raw, 'reference');
    const ref = (0,references/* referenceInput */.Ie)('reference', reference);
    if (mode === 'trace' && ref.tag === undefined && ref.digest === undefined) {
        throw (0,errors/* inputError */.Xu)('reference', reference, 'an artefact: registry/repository:tag or @sha256:<hex>, or oci:<dir>:tag (a repository alone names no digest)');
    }
    if (mode === 'history' && ref.digest !== undefined) {
        throw (0,errors/* inputError */.Xu)('reference', reference, 'an environment: registry/repository:tag (the environment tag) or registry/repository, without a digest');
    }
    const repositories = inputs/* list */.p_(raw, 'repositories').map((value) => {
        const parsed = (0,references/* referenceInput */.Ie)('repositories', value);
        if (parsed.tag !== undefined || parsed.digest !== undefined) {
            throw (0,errors/* inputError */.Xu)('repositories', value, 'repositories without a tag or digest (registry/repository, oci:<dir>)');
        }
        return parsed;
    });
    if (mode === 'history' && repositories.length > 0) {
        throw (0,errors/* inputError */.Xu)('repositories', repositories.length === 1 ? raw('repositories').trim() : '(a list)', 'empty with mode history (a history reads one repository)');
    }
    const verification = (0,sign_inputs/* parseTrustOptions */.QD)(raw, reference);
    const requireVerified = inputs/* boolean */.zM(raw, 'require-verified', false);
    if (requireVerified && verification === undefined) {
        throw (0,errors/* inputError */.Xu)('require-verified', inputs/* text */.Qq(raw, 'require-verified'), 'false unless key, or certificate-identity with certificate-oidc-issuer, is given (nothing can be verified without them)');
    }
    const access = (0,paths/* parseRegistryAccess */.JO)(raw, PATH_INPUTS);
    return {
        mode,
        reference,
        ref,
        repositories,
        verification,
        requireVerified,
        ...access,
    };
}
function parseTraceInputs(raw) {
    return parseInputs(raw, inputs/* oneOf */.yL(raw, 'mode', ['trace', 'history'], 'trace'));
}
function parseHistoryInputs(raw) {
    return parseInputs(raw, 'history');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/oci/registry.ts + 4 modules
var registry = __webpack_require__(48229);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/sign/verify-policy.ts + 1 modules
var verify_policy = __webpack_require__(52276);
// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var concurrency = __webpack_require__(37870);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: ./packages/core/src/promote/records.ts
var records = __webpack_require__(52256);
// EXTERNAL MODULE: ./packages/core/src/sbom/writers.ts
var writers = __webpack_require__(17439);
// EXTERNAL MODULE: ./packages/core/src/sign/artifact-types.ts
var artifact_types = __webpack_require__(24197);
// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var sign_bundle = __webpack_require__(40043);
// EXTERNAL MODULE: ./packages/core/src/sign/predicates/tag-binding.ts
var tag_binding = __webpack_require__(85666);
// EXTERNAL MODULE: ./packages/core/src/sign/statements.ts
var statements = __webpack_require__(14769);
// EXTERNAL MODULE: ./packages/core/src/sign/verify-referrer.ts
var verify_referrer = __webpack_require__(78888);
;// CONCATENATED MODULE: ./packages/core/src/trail/readers.ts
/**
 * What each kind of signed record says, in one table: predicate type → reader. A reader turns a
 * statement's predicate into the facts a trace shows (and a one-line text); a new record kind is
 * one more entry here, nothing else in the trail changes.
 */



const object = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const str = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
const array = (value) => (Array.isArray(value) ? value : []);
/** CycloneDX components, nested ones included; SPDX packages. */
function countComponents(list, depth = 0) {
    return list.reduce((n, c) => n + 1 + (depth < 16 ? countComponents(array(object(c).components), depth + 1) : 0), 0);
}
/** An SBOM document (CycloneDX or SPDX JSON): its format and how many components it lists. */
function sbomSummary(document) {
    const doc = object(document);
    if (str(doc.bomFormat) === 'CycloneDX') {
        const components = countComponents(array(doc.components));
        const format = `CycloneDX ${str(doc.specVersion) ?? ''}`.trim();
        return { kind: 'sbom', text: `SBOM ${format}, ${components} components`, facts: { format, components } };
    }
    if (str(doc.spdxVersion) !== undefined) {
        const components = array(doc.packages).length;
        const format = str(doc.spdxVersion);
        return { kind: 'sbom', text: `SBOM ${format}, ${components} packages`, facts: { format, components } };
    }
    return { kind: 'sbom', text: 'SBOM of an unknown format', facts: { format: 'unknown' } };
}
function provenanceSummary(predicate) {
    const p = object(predicate);
    const build = object(p.buildDefinition);
    const workflow = object(object(build.externalParameters).workflow);
    const dependency = object(array(build.resolvedDependencies)[0]);
    const details = object(p.runDetails);
    const facts = {
        repository: str(workflow.repository),
        workflow: str(workflow.path),
        ref: str(workflow.ref),
        commit: str(object(dependency.digest).gitCommit),
        run: str(object(details.metadata).invocationId),
        builder: str(object(details.builder).id),
    };
    const text = [
        'built by',
        facts.run ?? facts.builder ?? 'an unnamed builder',
        ...(facts.workflow ? [`(${facts.workflow}${facts.ref ? ` @ ${facts.ref}` : ''})`] : []),
        ...(facts.commit ? [`from commit ${facts.commit}`] : []),
    ].join(' ');
    return { kind: 'provenance', text, facts };
}
/** The facts of a promotion record, read field by field (a record is data, never trusted shape). */
function promotionFacts(predicate) {
    const p = object(predicate);
    const run = object(p.run);
    return {
        source: str(p.source),
        destination: str(p.destination),
        tags: array(p.tags).filter((t) => typeof t === 'string'),
        environment: str(p.environment),
        promotedAt: str(p.promotedAt),
        actor: str(p.actor),
        run: p.run === undefined ? undefined : { url: str(run.url), workflow: str(run.workflow), sha: str(run.sha) },
        evidence: array(p.evidence).map((e) => ({ name: str(object(e).name) })),
        ...(p.gate === undefined ? {} : { gate: gateFacts(p.gate) }),
    };
}
const strings = (value) => array(value).filter((v) => typeof v === 'string');
/** The gate of a promotion record (promote/gate.ts GateRecord): what it required, who signed, what held. */
function gateFacts(value) {
    const g = object(value);
    const identity = str(g.identity) ?? (str(g.identityRegexp) ? `/${str(g.identityRegexp)}/` : undefined);
    const required = str(g.signature) === 'key'
        ? `key${str(g.keyHint) ? ` ${str(g.keyHint)}` : ''}`
        : str(g.signature) === 'keyless'
            ? `keyless${identity ? ` ${identity}` : ''}${str(g.issuer) ? ` (issuer ${str(g.issuer)})` : ''}`
            : undefined;
    return {
        ...(required === undefined ? {} : { required }),
        signers: strings(g.signers),
        conditions: strings(g.conditions),
    };
}
function promotionSummary(predicate) {
    const facts = promotionFacts(predicate);
    const text = [
        `promoted ${facts.source ?? '(no source)'} → ${facts.destination ?? '(no destination)'}`,
        ...(facts.environment ? [`[${facts.environment}]`] : []),
        ...(facts.promotedAt ? [`at ${facts.promotedAt}`] : []),
        ...(facts.actor ? [`by ${facts.actor}`] : []),
    ].join(' ');
    return { kind: 'promotion', text, facts: facts };
}
/** A tag-binding record (sign/predicates/tag-binding.ts writes it): which tag was bound to the digest, when. */
function bindingSummary(predicate) {
    const p = object(predicate);
    const facts = {
        repository: str(p.repository),
        tag: str(p.tag),
        digest: str(p.digest),
        version: str(p.version),
        commit: str(p.commit),
        boundAt: str(p.boundAt),
        run: str(object(p.run).url),
    };
    const text = [
        `tag ${facts.repository ?? '(no repository)'}:${facts.tag ?? '(no tag)'} bound to ${facts.digest ?? '(no digest)'}`,
        ...(facts.version ? [`version ${facts.version}`] : []),
        ...(facts.commit ? [`commit ${facts.commit}`] : []),
        ...(facts.boundAt ? [`at ${facts.boundAt}`] : []),
    ].join(' ');
    return { kind: 'binding', text, facts };
}
/** Record readers by predicate type. */
const RECORD_READERS = new Map([
    [
        statements/* COSIGN_SIGN_PREDICATE */.u,
        { kind: 'signature', summarise: () => ({ kind: 'signature', text: 'signature', facts: {} }) },
    ],
    [statements/* SLSA_PROVENANCE_PREDICATE */.ON, { kind: 'provenance', summarise: provenanceSummary }],
    [statements/* CYCLONEDX_PREDICATE */.my, { kind: 'sbom', summarise: sbomSummary }],
    [statements/* SPDX_PREDICATE */.I$, { kind: 'sbom', summarise: sbomSummary }],
    [records/* PROMOTION_PREDICATE_TYPE */.Fc, { kind: 'promotion', summarise: promotionSummary }],
    [tag_binding/* TAG_BINDING_PREDICATE_TYPE */.Cy, { kind: 'binding', summarise: bindingSummary }],
]);
/** The summary of a statement's predicate: its reader's, or a plain attestation of that type. */
function summarise(predicateType, predicate) {
    const reader = RECORD_READERS.get(predicateType);
    if (reader !== undefined)
        return reader.summarise(predicate);
    return { kind: 'attestation', text: `attestation ${predicateType}`, facts: {} };
}

;// CONCATENATED MODULE: ./packages/core/src/trail/collect.ts
/**
 * What is attached to one digest in one repository, each item judged before it is shown: a
 * Sigstore bundle referrer is verified with the verify action's own policy check
 * (sign/verify-policy.ts) when trust options are given; an unsigned record or document is shown
 * as unsigned; with no trust options, as not checked. Nothing is shown as fact unverified.
 */











/** How many referrers of one digest are read at most, and how many at once. */
const MAX_REFERRERS = 500;
const CONCURRENCY = 6;
const MAX_DOCUMENT = 16 * 1024 * 1024;
const SBOM_TYPES = new Set(Object.values(writers/* SBOM_MEDIA_TYPES */.b1));
/** Only the promotion records (history needs no other kind, and reads nothing else). */
function isPromotionDescriptor(d) {
    if (d.artifactType === records/* PROMOTION_ARTIFACT_TYPE */.yz)
        return true;
    const type = d.annotations?.[artifact_types/* ANNOTATION_PREDICATE */.C];
    return d.artifactType === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W && (type === undefined || type === records/* PROMOTION_PREDICATE_TYPE */.Fc);
}
function signerText(signer) {
    return signer.kind === 'key'
        ? `key ${signer.keyHint ?? ''}`.trim()
        : `${signer.identity ?? ''} (${signer.issuer ?? ''})`;
}
/** A statement from a bundle without trusting it (what it claims, shown as claimed). */
function claimedStatement(bundle) {
    try {
        const parsed = (0,sign_bundle.parseBundle)(bundle);
        return parsed.content.$case === 'dsseEnvelope' ? (0,statements/* parseStatement */.By)(parsed.content.dsseEnvelope.payload) : undefined;
    }
    catch {
        return undefined;
    }
}
async function bundleItem(store, subject, d, policy) {
    const predicateType = d.annotations?.[artifact_types/* ANNOTATION_PREDICATE */.C];
    const unreadable = (reason) => ({
        digest: d.digest,
        kind: 'other',
        predicateType,
        status: 'unverified',
        reason,
        text: `unreadable bundle${predicateType ? ` (${predicateType})` : ''}`,
        facts: {},
    });
    const read = await (0,verify_referrer/* readReferrerBundle */.wQ)(store, subject, d);
    if ('unreadable' in read)
        return unreadable(read.unreadable);
    const { bundle } = read;
    let statement;
    let status = 'unchecked';
    let reason = 'no trust options given (key or certificate identity)';
    let signer;
    if (policy !== undefined) {
        const judged = (0,verify_referrer/* judgeBundle */.GY)(bundle, subject, d.digest, policy);
        if ('verified' in judged) {
            statement = judged.verified.statement;
            status = 'verified';
            reason = undefined;
            signer = signerText(judged.verified.signer);
        }
        else {
            status = 'unverified';
            reason = judged.refused;
        }
    }
    statement ??= claimedStatement(bundle);
    if (statement === undefined)
        return unreadable(reason ?? 'not a DSSE in-toto statement');
    const summary = summarise(statement.predicateType, statement.predicate);
    return {
        digest: d.digest,
        kind: summary.kind,
        predicateType: statement.predicateType,
        status,
        ...(reason === undefined ? {} : { reason }),
        ...(signer === undefined ? {} : { signer }),
        text: summary.text,
        facts: summary.facts,
    };
}
/** An unsigned referrer: a promotion record written without record-key, a tag binding written unsigned, or an SBOM document. */
async function unsignedItem(store, d, kind) {
    const base = { digest: d.digest, status: 'unsigned', reason: 'unsigned: there is no signature to verify' };
    try {
        const manifest = await store.getManifest(d.digest);
        const layer = manifest.parsed.layers?.[0];
        if (layer === undefined || layer.size > MAX_DOCUMENT)
            throw new Error('no layer, or a layer too large to read');
        const value = JSON.parse((await (0,oci_open/* readBlob */.gm)(store, layer)).toString('utf8'));
        if (kind === 'sbom')
            return { ...base, predicateType: undefined, ...sbomSummary(value) };
        const fallback = kind === 'binding' ? tag_binding/* TAG_BINDING_PREDICATE_TYPE */.Cy : records/* PROMOTION_PREDICATE_TYPE */.Fc;
        const predicateType = typeof value.predicateType === 'string' ? value.predicateType : fallback;
        return { ...base, predicateType, ...summarise(predicateType, value.predicate) };
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code))
            throw error;
        return {
            ...base,
            kind: 'other',
            predicateType: undefined,
            status: 'unverified',
            reason: `unreadable: ${(0,errors/* describeError */.Uc)(error)}`,
            text: `unreadable ${kind}`,
            facts: {},
        };
    }
}
/** The items attached to `digest` in `store` (referrers API or fallback tag), each judged. */
async function attachedItems(store, digest, policy, options = {}) {
    const listed = (await store.referrers(digest)).filter(options.only ?? (() => true)).slice(0, MAX_REFERRERS);
    const items = await (0,concurrency/* mapPool */.Pk)(listed, CONCURRENCY, async (d) => {
        if (d.artifactType === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W)
            return bundleItem(store, digest, d, policy);
        if (d.artifactType === records/* PROMOTION_ARTIFACT_TYPE */.yz)
            return unsignedItem(store, d, 'promotion');
        if (d.artifactType === tag_binding/* TAG_BINDING_ARTIFACT_TYPE */.Pt)
            return unsignedItem(store, d, 'binding');
        if (d.artifactType !== undefined && SBOM_TYPES.has(d.artifactType))
            return unsignedItem(store, d, 'sbom');
        return undefined;
    });
    return items.filter((i) => i !== undefined);
}

// EXTERNAL MODULE: ./packages/core/src/inspect/describe.ts
var describe = __webpack_require__(30717);
// EXTERNAL MODULE: ./packages/core/src/order.ts
var order = __webpack_require__(76729);
;// CONCATENATED MODULE: ./packages/core/src/trail/trace.ts
/**
 * `artefacts trace`: from one digest, everything that ties it to its source. The walk starts at
 * the given repository (and any the caller names), reads what is attached to the digest there,
 * and follows the repositories its promotion records name (source and destination: each record
 * lives at its destination), at most MAX_REPOSITORIES of them, each once. With trust options,
 * only verified records are followed; an unverified record is shown, never walked.
 */







const MAX_REPOSITORIES = 32;
/** A layout that is not there, or not a layout (oci/layout.ts's refusals before a read). */
const isMissingLayout = (error) => error instanceof errors/* ArtefactsError */.E && (error.code === 'REGISTRY_NOT_FOUND' || error.code === 'LAYOUT_INVALID');
const byName = (a, b) => (0,order/* compareText */.n)(a.repository, b.repository);
const repositoryOf = (ref) => (0,references/* formatReference */.FH)(ref, { tag: undefined, digest: undefined });
/** The repository a record names (source or destination), or undefined when it is not a reference. */
function recordRepository(value) {
    if (value === undefined)
        return undefined;
    try {
        return (0,references/* parseReference */.F2)(value);
    }
    catch {
        return undefined;
    }
}
function promotionOf(item) {
    const f = item.facts;
    return {
        record: item.digest,
        from: f.source,
        to: f.destination,
        environment: f.environment,
        promotedAt: f.promotedAt,
        actor: f.actor,
        run: f.run?.url,
        tags: f.tags ?? [],
        evidence: (f.evidence ?? []).map((e) => e.name ?? '(unnamed)'),
        ...(f.gate === undefined ? {} : { gate: f.gate }),
        status: item.status,
        ...(item.reason === undefined ? {} : { reason: item.reason }),
        ...(item.signer === undefined ? {} : { signer: item.signer }),
    };
}
async function traceDigest(start, digest, options) {
    const normalise = options.normalise ?? ((ref) => ref);
    const queue = [
        { ref: normalise(start), via: 'reference' },
        ...options.repositories.map((ref) => ({ ref: normalise(ref), via: 'repositories' })),
    ];
    const seen = new Set();
    const repositories = [];
    const items = new Map();
    while (queue.length > 0 && repositories.length < MAX_REPOSITORIES) {
        const { ref, via } = queue.shift();
        const repository = repositoryOf(ref);
        if (seen.has(repository))
            continue;
        seen.add(repository);
        if (via.startsWith('record')) {
            try {
                options.admit?.(ref);
            }
            catch (error) {
                repositories.push({ repository, present: false, via, skipped: error.message });
                continue;
            }
        }
        const store = options.open(ref);
        let present;
        try {
            present = (await store.resolve(digest)) !== undefined;
        }
        catch (error) {
            // A layout a record names that is gone (or never was one here) is not read, as one outside the
            // workspace is not; a repository the inputs name must be there (the store refuses it).
            if (!via.startsWith('record') || ref.kind !== 'layout' || !isMissingLayout(error))
                throw error;
            repositories.push({ repository, present: false, via, skipped: error.message });
            continue;
        }
        repositories.push({ repository, present, via });
        if (!present)
            continue;
        options.logger.info(`Reading what is attached to ${digest} in ${repository}.`);
        // An item promote copied on is the same manifest (same digest) in every later repository: it is
        // read and verified once, and only where else it was found is noted.
        const unseen = (d) => {
            const known = items.get(d.digest);
            if (known)
                known.foundIn.push(repository);
            return known === undefined;
        };
        for (const item of await attachedItems(store, digest, options.policy, { only: unseen })) {
            items.set(item.digest, { item, foundIn: [repository] });
            // Walk on only where a record can be believed: verified, or (no trust options) as claimed.
            const followed = options.policy === undefined ? item.status !== 'unverified' : item.status === 'verified';
            if (item.kind !== 'promotion' || !followed)
                continue;
            const facts = item.facts;
            for (const named of [facts.source, facts.destination]) {
                const next = recordRepository(named);
                if (next !== undefined)
                    queue.push({ ref: normalise(next), via: `record ${item.digest}` });
            }
        }
    }
    if (queue.length > 0) {
        options.logger.warning(`Stopped after ${MAX_REPOSITORIES} repositories; ${queue.length} more named by records were not read.`);
    }
    const traced = [...items.values()].map(({ item, foundIn }) => ({ ...item, foundIn }));
    const spelled = (value) => {
        const ref = recordRepository(value);
        return ref === undefined ? value : (0,references/* formatReference */.FH)(normalise(ref));
    };
    const promotions = traced
        .filter((i) => i.kind === 'promotion')
        .map(promotionOf)
        .map((p) => ({ ...p, from: spelled(p.from), to: spelled(p.to) }))
        .sort((a, b) => (0,order/* compareText */.n)(a.promotedAt ?? '', b.promotedAt ?? '') || (0,order/* compareText */.n)(a.record, b.record));
    const environments = new Map();
    for (const p of promotions) {
        const named = recordRepository(p.to);
        const to = named && normalise(named);
        if (to && p.environment && p.status !== 'unverified')
            environments.set(repositoryOf(to), p.environment);
    }
    // The immutable tag: build-tag's tag at the start repository, else at the first other one holding it.
    let described = await (0,describe/* describeArtefact */.e)(options.open(start), digest);
    for (const r of repositories
        .filter((r) => r.present && r.repository !== repositoryOf(normalise(start)))
        .sort(byName)) {
        if (described.immutableTag !== undefined)
            break;
        const other = await (0,describe/* describeArtefact */.e)(options.open((0,references/* parseReference */.F2)(r.repository)), digest);
        if (other.immutableTag !== undefined)
            described = { ...described, immutableTag: other.immutableTag };
    }
    const conflicts = traced
        .filter((i) => i.kind === 'provenance' && i.status === 'verified')
        .map((i) => i.facts.commit)
        .filter((c) => typeof c === 'string' && described.revision !== undefined && c !== described.revision)
        .map((c) => `verified provenance names commit ${c}, the annotations ${described.revision}`);
    const counts = { verified: 0, unverified: 0, unsigned: 0, unchecked: 0 };
    for (const i of traced)
        counts[i.status]++;
    return {
        digest,
        verification: (0,verify_policy/* policyText */.MJ)(options.policy),
        artefact: {
            mediaType: described.mediaType,
            version: described.version,
            revision: described.revision,
            source: described.annotations[media/* ANNOTATION_SOURCE */.KM],
            immutableTag: described.immutableTag,
            created: described.created,
            basis: 'manifest annotations, bound by the digest',
            conflicts,
        },
        repositories: repositories.map((r) => environments.has(r.repository) ? { ...r, environment: environments.get(r.repository) } : r),
        items: traced,
        promotions,
        counts,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/trail/history.ts
/**
 * `artefacts history`: every digest promoted into one environment, newest first, from the records
 * at its repository. Cost: one tag list, one HEAD per ordinary tag, and the referrers of each
 * digest a tag names (the fallback tags `sha256-<hex>` name the digests that have referrers, so
 * a digest whose environment tag has moved on is still found); only promotion records are read.
 */






const FALLBACK_TAG = /^sha256-([0-9a-f]{64})$/;
const ATTACHMENT_TAG = /^sha256-[0-9a-f]{64}\.(sig|att|sbom)$/;
async function environmentHistory(store, ref, policy, normalise = (ref) => ref) {
    const repository = (0,references/* formatReference */.FH)(ref, { tag: undefined, digest: undefined });
    const tags = await store.listTags();
    const subjects = new Set();
    for (const tag of tags) {
        const m = FALLBACK_TAG.exec(tag);
        if (m)
            subjects.add(`sha256:${m[1]}`);
    }
    const plain = tags.filter((t) => !FALLBACK_TAG.test(t) && !ATTACHMENT_TAG.test(t));
    const resolved = await (0,concurrency/* mapPool */.Pk)(plain, 8, async (tag) => ({ tag, digest: (await store.resolve(tag))?.digest }));
    const tagsOf = new Map();
    for (const { tag, digest } of resolved) {
        if (digest === undefined)
            continue;
        subjects.add(digest);
        tagsOf.set(digest, [...(tagsOf.get(digest) ?? []), tag]);
    }
    const current = ref.tag === undefined ? undefined : resolved.find((r) => r.tag === ref.tag)?.digest;
    const perDigest = await (0,concurrency/* mapPool */.Pk)([...subjects], 4, async (digest) => {
        const records = (await attachedItems(store, digest, policy, { only: isPromotionDescriptor }))
            .filter((i) => i.kind === 'promotion')
            .map(promotionOf)
            .filter((p) => {
            const to = recordRepository(p.to);
            const here = to !== undefined && (0,references/* formatReference */.FH)(normalise(to), { tag: undefined, digest: undefined }) === repository;
            return here && (ref.tag === undefined || p.tags.includes(ref.tag));
        });
        if (records.length === 0)
            return [];
        const manifest = await store.getManifest(digest);
        const annotations = manifest.parsed.annotations ?? {};
        return records.map((p) => ({
            ...p,
            digest,
            version: annotations[media/* ANNOTATION_VERSION */.Rp],
            commit: annotations[media/* ANNOTATION_REVISION */.qK],
            tagsNow: (tagsOf.get(digest) ?? []).sort(),
            current: false,
        }));
    });
    const entries = perDigest
        .flat()
        .sort((a, b) => (0,order/* compareText */.n)(b.promotedAt ?? '', a.promotedAt ?? '') || (0,order/* compareText */.n)(a.record, b.record));
    const newest = entries.findIndex((e) => e.digest === current);
    return {
        repository,
        tag: ref.tag,
        current,
        entries: entries.map((e, i) => (i === newest ? { ...e, current: true } : e)),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/trail/mermaid.ts
const SAFE = /[A-Za-z0-9 .:/@_+=,'-]/;
/** A label as mermaid text: safe characters as they are, every other one as `#<code point>;`. */
function mermaidText(value) {
    let out = '';
    for (const ch of value.replace(/\s+/g, ' ')) {
        // `-` is safe alone; `--` could start an arrow, so every second dash is encoded.
        if (ch === '-' && out.endsWith('-'))
            out += '#45;';
        else
            out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    }
    return out;
}
function mermaidFlowchart(nodes, edges) {
    return [
        'flowchart LR',
        ...nodes.map((n, i) => `  r${i}["${mermaidText(n.label)}"]`),
        ...edges.map((e) => `  r${e.from} -->|"${mermaidText(e.label)}"| r${e.to}`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/trail/report.ts
/** A trace and a history as text (for a person), as a job summary (markdown, with the mermaid path). */



/** The word a person reads for a status; anything not verified says so in capitals. */
function statusWord(item) {
    switch (item.status) {
        case 'verified':
            return `verified (${item.signer ?? ''})`;
        case 'unverified':
            return 'UNVERIFIED';
        case 'unsigned':
            return 'UNSIGNED';
        default:
            return 'NOT CHECKED';
    }
}
const why = (item) => (item.reason ? `: ${item.reason}` : '');
/** A markdown table cell: no pipe, newline or backtick can break the table. */
function cell(value) {
    if (value === undefined || value === '')
        return '–';
    return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\r?\n/g, ' ');
}
/** Which gate the promotion passed, as its record states it: the signature rule, its conditions, the evidence. */
function gate(p) {
    const parts = [
        p.gate === undefined
            ? 'no signature gate'
            : `gate: ${p.gate.required ?? 'signature'}${p.gate.signers.length > 0 ? `, signed by ${p.gate.signers.join(', ')}` : ''}${p.gate.conditions.length > 0 ? `, conditions held: ${p.gate.conditions.join('; ')}` : ''}`,
        p.evidence.length > 0 ? `evidence ${p.evidence.join(', ')}` : 'no evidence recorded',
    ];
    return parts.join(', ');
}
/** The gate in a few words, for the picture's edges. */
const gateBrief = (p) => p.gate === undefined
    ? 'no signature gate'
    : `${p.gate.signers.length > 0 ? `signed by ${p.gate.signers.join(', ')}` : 'signature gate'}${p.gate.conditions.length > 0 ? `, ${p.gate.conditions.length} condition(s) held` : ''}`;
const repo = (value) => {
    const ref = recordRepository(value);
    return ref === undefined ? (value ?? '(none)') : (0,references/* formatReference */.FH)(ref, { tag: undefined, digest: undefined });
};
function traceLines(trace) {
    const a = trace.artefact;
    return [
        `trace of ${trace.digest}`,
        trace.verification,
        `version: ${a.version ?? '(none recorded)'}`,
        `commit: ${a.revision ?? '(none recorded)'}`,
        ...(a.source ? [`source repository: ${a.source}`] : []),
        `immutable tag: ${a.immutableTag ?? '(none found)'}`,
        `  (version, commit and source are ${a.basis})`,
        ...a.conflicts.map((c) => `CONFLICT: ${c}`),
        'repositories:',
        ...trace.repositories.map((r) => `  ${r.repository}${r.environment ? ` [${r.environment}]` : ''} (${r.via})${r.skipped ? ` not read: ${r.skipped}` : r.present ? '' : ' digest not there'}`),
        'attached:',
        ...trace.items
            .filter((i) => i.kind !== 'promotion')
            .map((i) => `  ${i.kind}: ${i.text} ${i.digest} — ${statusWord(i)}${why(i)}`),
        'promotions (oldest first):',
        ...trace.promotions.map((p) => `  ${repo(p.from)} → ${repo(p.to)}${p.environment ? ` [${p.environment}]` : ''} at ${p.promotedAt ?? '?'} by ${p.actor ?? '?'}, ${gate(p)}${p.run ? `, run ${p.run}` : ''} — ${statusWord(p)}${why(p)}`),
        ...(trace.promotions.length === 0
            ? ['  (none found: records live at each destination; name them in repositories)']
            : []),
    ];
}
/** The path through the environments: repositories as nodes, promotions as edges (when, gate, status). */
function traceMermaid(trace) {
    const index = new Map();
    const nodes = [];
    const node = (repository, environment) => {
        if (!index.has(repository)) {
            index.set(repository, nodes.length);
            nodes.push({ label: environment ? `${environment}: ${repository}` : repository });
        }
        return index.get(repository);
    };
    // Nodes in the order of the path (oldest promotion first), then any other repository holding the
    // digest by name: the same picture wherever the trace started.
    const environmentOf = new Map(trace.repositories.map((r) => [r.repository, r.environment]));
    for (const p of trace.promotions) {
        node(repo(p.from), environmentOf.get(repo(p.from)));
        node(repo(p.to), environmentOf.get(repo(p.to)));
    }
    const present = trace.repositories.filter((r) => r.present).map((r) => r.repository);
    for (const r of present.sort())
        node(r, environmentOf.get(r));
    const edges = trace.promotions.map((p) => ({
        from: node(repo(p.from)),
        to: node(repo(p.to)),
        label: [p.promotedAt ?? '?', gateBrief(p), p.status === 'verified' ? 'verified' : statusWord(p)].join(' · '),
    }));
    return mermaidFlowchart(nodes, edges);
}
function traceSummary(reference, trace) {
    const a = trace.artefact;
    const rows = [
        ['digest', `\`${trace.digest}\``],
        ['version', cell(a.version)],
        ['commit', cell(a.revision)],
        ['source', cell(a.source)],
        ['immutable tag', cell(a.immutableTag)],
    ];
    return [
        `### Trace of \`${cell(reference)}\``,
        '',
        `**${trace.verification}.** ${trace.counts.verified} verified, ${trace.counts.unverified} unverified, ${trace.counts.unsigned} unsigned, ${trace.counts.unchecked} not checked.`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        '',
        ...a.conflicts.map((c) => `> **Conflict:** ${cell(c)}\n`),
        '```mermaid',
        traceMermaid(trace),
        '```',
        '',
        '| What | Says | Status |',
        '|---|---|---|',
        ...trace.items
            .filter((i) => i.kind !== 'promotion')
            .map((i) => `| ${i.kind} | ${cell(i.text)} | ${cell(statusWord(i) + why(i))} |`),
        '',
        '| From | To | Environment | When | Who | Gate | Status |',
        '|---|---|---|---|---|---|---|',
        ...trace.promotions.map((p) => `| ${cell(repo(p.from))} | ${cell(repo(p.to))} | ${cell(p.environment)} | ${cell(p.promotedAt)} | ${cell(p.actor)} | ${cell(gate(p))} | ${cell(statusWord(p) + why(p))} |`),
        '',
    ].join('\n');
}
function historyLines(history, verification) {
    return [
        `history of ${history.repository}${history.tag ? `:${history.tag}` : ''} (newest first)`,
        verification,
        ...(history.tag ? [`${history.tag} points at ${history.current ?? '(nothing: the tag does not exist)'}`] : []),
        ...history.entries.map((e) => `${e.current ? '* ' : '  '}${e.promotedAt ?? '?'} ${e.digest} version ${e.version ?? '?'} commit ${e.commit ?? '?'} by ${e.actor ?? '?'} from ${repo(e.from)}${e.tagsNow.length > 0 ? ` tags now: ${e.tagsNow.join(', ')}` : ''} — ${statusWord(e)}${why(e)}`),
        ...(history.entries.length === 0 ? ['(no promotion records found here)'] : []),
    ];
}
function historySummary(reference, history, verification) {
    return [
        `### History of \`${cell(reference)}\``,
        '',
        `**${verification}.**${history.tag ? ` \`${cell(history.tag)}\` points at \`${history.current ?? 'nothing'}\`.` : ''}`,
        '',
        '| | When | Digest | Version | Commit | Who | From | Status |',
        '|---|---|---|---|---|---|---|---|',
        ...history.entries.map((e) => `| ${e.current ? '**current**' : ''} | ${cell(e.promotedAt)} | \`${e.digest}\` | ${cell(e.version)} | ${cell(e.commit)} | ${cell(e.actor)} | ${cell(repo(e.from))} | ${cell(statusWord(e) + why(e))} |`),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/trail/run.ts
/**
 * The trace action (`mode: trace|history`), `artefacts trace REF` and `artefacts history ENV_REF`.
 * Exit code policy: a trace or history succeeds whatever it finds, every item marked verified,
 * UNVERIFIED (with the reason), UNSIGNED or NOT CHECKED; with `require-verified: true` it fails
 * (VERIFICATION_FAILED, naming each item) when anything shown is not verified.
 */













async function prepare(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    const ws = (0,paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    if (inputs.ref.kind === 'layout')
        (0,paths/* inWorkspace */.ve)(ws, 'reference', inputs.ref.path);
    for (const r of inputs.repositories)
        if (r.kind === 'layout')
            (0,paths/* inWorkspace */.ve)(ws, 'repositories', r.path);
    (0,sign_inputs/* trustInWorkspace */.Xc)(ws, inputs.verification);
    // The explicit credentials belong to the reference's registry only, never to one a record names.
    const credentials = (0,oci_open/* credentialsFor */.Og)(inputs.ref, inputs.registryUsername, inputs.registryPassword);
    if (Object.keys(credentials).length > 0)
        environment.logger.secret(inputs.registryPassword);
    const client = new registry/* RegistryClient */.bP({ credentials, env: { ...environment.env }, logger: environment.logger });
    const normalise = (ref) => ref.kind === 'layout' ? { ...ref, path: external_node_path_default().resolve(environment.cwd, ref.path) } : ref;
    // A layout is checked again as it is opened, under the input that named it: one given in
    // `repositories` is let out by that input's opt-in; one a record names counts as `reference`.
    const namedBy = new Map();
    for (const r of inputs.repositories)
        if (r.kind === 'layout')
            namedBy.set(external_node_path_default().resolve(environment.cwd, r.path), 'repositories');
    if (inputs.ref.kind === 'layout')
        namedBy.set(external_node_path_default().resolve(environment.cwd, inputs.ref.path), 'reference');
    const open = (ref) => {
        const input = ref.kind === 'layout' ? (namedBy.get(external_node_path_default().resolve(environment.cwd, ref.path)) ?? 'reference') : 'reference';
        return (0,oci_open/* openStore */.Ch)(ref.kind === 'layout' ? { ...ref, path: (0,paths/* inWorkspace */.ve)(ws, input, ref.path) } : ref, client, (0,paths/* linksBeneath */.rd)(ws, input));
    };
    const policy = inputs.verification === undefined
        ? undefined
        : await (0,sign_inputs/* loadVerificationPolicy */.GA)(inputs.verification, environment.cwd, environment);
    return { ws, normalise, open, policy };
}
function requireVerified(what, items) {
    const not = items.filter((i) => i.status !== 'verified');
    if (not.length === 0)
        return;
    throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `${what}: ${not.length} item(s) not verified (require-verified is true):\n${not
        .map((i) => `  - ${i.digest}: ${statusWord(i)}${i.reason ? `: ${i.reason}` : ''}`)
        .join('\n')}`, {
        hint: 'Check the key or identity given, or sign what is unsigned; without require-verified they are shown marked.',
    });
}
async function runTrace(inputs, environment) {
    if (inputs.mode === 'history')
        return runHistory(inputs, environment);
    const { ws, normalise, open, policy } = await prepare(inputs, environment);
    const start = open(inputs.ref);
    const found = await start.resolve((0,references/* referenceTarget */.Z9)(inputs.ref));
    if (found === undefined) {
        throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${inputs.reference}: no such tag or digest in ${start.location}.`);
    }
    const trace = await traceDigest(inputs.ref, found.digest, {
        open,
        admit: (ref) => {
            if (ref.kind === 'layout')
                (0,paths/* inWorkspace */.ve)(ws, 'reference', ref.path);
        },
        policy,
        repositories: inputs.repositories,
        logger: environment.logger,
        normalise,
    });
    if (inputs.requireVerified)
        requireVerified(`Trace of ${inputs.reference}`, trace.items);
    const mermaid = traceMermaid(trace);
    return {
        outputs: {
            report: traceLines(trace).join('\n'),
            digest: trace.digest,
            version: trace.artefact.version ?? '',
            commit: trace.artefact.revision ?? '',
            unverified: String(trace.items.length - trace.counts.verified),
            mermaid,
            json: JSON.stringify({ reference: inputs.reference, ...trace }),
        },
        summary: (0,summary/* jobSummary */.sp)('trace', trace.digest, environment.github, traceSummary(inputs.reference, trace)),
    };
}
async function runHistory(inputs, environment) {
    const { normalise, open, policy } = await prepare(inputs, environment);
    const history = await environmentHistory(open(inputs.ref), normalise(inputs.ref), policy, normalise);
    if (inputs.requireVerified) {
        requireVerified(`History of ${inputs.reference}`, history.entries.map((e) => ({ ...e, digest: e.record })));
    }
    const verification = (0,verify_policy/* policyText */.MJ)(policy);
    return {
        outputs: {
            report: historyLines(history, verification).join('\n'),
            digest: history.current ?? '',
            digests: [...new Set(history.entries.map((e) => e.digest))].join('\n'),
            unverified: String(history.entries.filter((e) => e.status !== 'verified').length),
            json: JSON.stringify({ reference: inputs.reference, verification, ...history }),
        },
        summary: (0,summary/* jobSummary */.sp)('history', history.current ?? '', environment.github, historySummary(inputs.reference, history, verification)),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/load/trail.ts
// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.



/***/ }),

/***/ 76729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * The one text order for everything the suite sorts: code units, locale-independent, so signed
 * statements, documents and reports never depend on the machine's locale (`localeCompare` orders
 * `-`, `_` and case by the locale's collation, and its first call loads ICU's collator, about
 * 10 ms of a short run).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 17439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b1: () => (/* binding */ SBOM_MEDIA_TYPES),
/* harmony export */   iX: () => (/* binding */ writeDocuments),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   zu: () => (/* binding */ SBOM_FORMATS)
/* harmony export */ });
/* unused harmony exports uuidFrom, writeCycloneDx, spdxId, writeSpdx */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96939);
/* harmony import */ var _suite_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64277);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76729);
/**
 * CycloneDX 1.6 JSON and SPDX 2.3 JSON, written in one pass from the same catalogue.
 * Deterministic: the input decides every byte (sorted components and properties, identifiers
 * derived from the subject digest, the timestamp given by the caller, no milliseconds).
 */





/** The hex of a sha256 subject digest, for the documents' own hash fields; none when it is not one. */
function hexOf(digest) {
    try {
        return (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(digest);
    }
    catch {
        return undefined;
    }
}
const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json'];
const SBOM_MEDIA_TYPES = {
    'cyclonedx-json': 'application/vnd.cyclonedx+json',
    'spdx-json': 'application/spdx+json',
};
/**
 * The document as 2-space JSON with a final newline. Its bytes are made once from the JSON text and
 * the newline, then hashed and written as they are: the text joined to its newline is a string V8
 * has not flattened, and hashing or writing that took several times as long as the bytes (measured
 * with a 500 KB document).
 */
function sbomDocument(format, doc) {
    const json = JSON.stringify(doc, null, 2);
    const length = Buffer.byteLength(json);
    const bytes = Buffer.allocUnsafe(length + 1);
    if (bytes.write(json) !== length)
        throw new Error('sbomDocument: short write');
    bytes[length] = 0x0a;
    return { format, content: `${json}\n`, bytes, digest: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes), mediaType: SBOM_MEDIA_TYPES[format] };
}
/** ISO 8601 UTC, whole seconds (SPDX forbids milliseconds; CycloneDX gets the same for symmetry). */
function isoSeconds(date) {
    if (Number.isNaN(date.getTime()))
        throw new Error('isoSeconds: invalid date');
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A name-based UUID (version 5 layout) from a digest: the same subject always gets the same serial. */
function uuidFrom(seed) {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(seed).digest().subarray(0, 16);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function sortedProperties(entries) {
    return entries
        .map(([name, value]) => ({ name, value }))
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.name, b.name) || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.value, b.value));
}
function componentProperties(c) {
    return sortedProperties([
        ...Object.entries(c.properties).map(([k, v]) => [`${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:${k}`, v]),
        ...c.foundIn.map((loc) => [`${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:found-in`, loc]),
        [`${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:ecosystem`, c.ecosystem],
    ]);
}
function cdxLicenses(licenses) {
    if (licenses.length === 0)
        return undefined;
    const only = licenses[0];
    if (licenses.length === 1 && only !== undefined && 'expression' in only)
        return [{ expression: only.expression }];
    // CycloneDX allows one expression or a list of named licences, not a mix: several become names.
    return licenses.map((l) => ({ license: { name: 'expression' in l ? l.expression : l.name } }));
}
const CDX_SCOPE = { required: 'required', optional: 'optional', dev: 'excluded' };
function writeCycloneDx(catalog, subject) {
    // The subject's purl is its bom-ref unless a component has the same purl (bom-refs must be unique).
    const subjectRef = subject.purl !== undefined && !catalog.components.some((c) => c.purl === subject.purl)
        ? subject.purl
        : `${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:subject:${subject.digest}`;
    const components = catalog.components.map((c) => ({
        type: c.type,
        'bom-ref': c.purl,
        ...(c.group === undefined ? {} : { group: c.group }),
        name: c.name,
        ...(c.version === '' ? {} : { version: c.version }),
        scope: CDX_SCOPE[c.scope],
        ...(c.hashes.length === 0 ? {} : { hashes: c.hashes.map((h) => ({ alg: h.alg, content: h.content })) }),
        ...(c.licenses.length === 0 ? {} : { licenses: cdxLicenses(c.licenses) }),
        purl: c.purl,
        properties: componentProperties(c),
    }));
    if (catalog.distro !== undefined) {
        const d = catalog.distro;
        components.push({
            type: 'operating-system',
            'bom-ref': `${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:os:${d.id}${d.versionId === undefined ? '' : `@${d.versionId}`}`,
            name: d.id,
            ...(d.versionId === undefined ? {} : { version: d.versionId }),
            ...(d.prettyName === undefined ? {} : { description: d.prettyName }),
        });
    }
    const hex = hexOf(subject.digest);
    const doc = {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${uuidFrom(`cyclonedx:${subject.digest}`)}`,
        version: 1,
        metadata: {
            timestamp: isoSeconds(subject.timestamp),
            tools: { components: [{ type: 'application', name: _suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t, version: _suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_VERSION */ .s }] },
            component: {
                type: subject.kind === 'image' ? 'container' : 'application',
                'bom-ref': subjectRef,
                name: subject.name,
                ...(subject.version === undefined ? {} : { version: subject.version }),
                ...(hex === undefined ? {} : { hashes: [{ alg: 'SHA-256', content: hex }] }),
                ...(subject.purl === undefined ? {} : { purl: subject.purl }),
            },
            properties: sortedProperties([
                ...Object.entries(subject.properties ?? {}),
                [`${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}:subject-digest`, subject.digest],
            ]),
        },
        components,
        dependencies: [
            { ref: subjectRef, dependsOn: [...catalog.direct] },
            ...catalog.components.map((c) => ({ ref: c.purl, dependsOn: [...c.dependsOn] })),
        ],
    };
    return sbomDocument('cyclonedx-json', doc);
}
const SPDX_ALG = {
    MD5: 'MD5',
    'SHA-1': 'SHA1',
    'SHA-256': 'SHA256',
    'SHA-384': 'SHA384',
    'SHA-512': 'SHA512',
};
/** SPDX element ids: `^SPDXRef-[a-zA-Z0-9.-]+$`, unique by construction (a hash of the purl ends each). */
function spdxId(prefix, readable, unique) {
    const clean = readable
        .replace(/[^a-zA-Z0-9.-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80);
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(unique).digest('hex').slice(0, 12);
    return `SPDXRef-${prefix}-${clean === '' ? '' : `${clean}-`}${suffix}`;
}
function writeSpdx(catalog, subject) {
    const extracted = new Map();
    const declared = (licenses) => {
        if (licenses.length === 0)
            return 'NOASSERTION';
        const parts = licenses.map((l) => {
            if ('expression' in l)
                return licenses.length > 1 ? `(${l.expression})` : l.expression;
            const id = `LicenseRef-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(l.name).digest('hex').slice(0, 16)}`;
            extracted.set(id, l.name);
            return id;
        });
        return parts.join(' AND ');
    };
    const ids = new Map();
    for (const c of catalog.components)
        ids.set(c.purl, spdxId('Package', `${c.ecosystem}-${c.name}-${c.version}`, c.purl));
    const subjectId = spdxId(subject.kind === 'image' ? 'Image' : 'Source', subject.name, subject.digest);
    const hex = hexOf(subject.digest);
    const packages = [
        {
            name: subject.name,
            SPDXID: subjectId,
            ...(subject.version === undefined ? {} : { versionInfo: subject.version }),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            ...(hex === undefined ? {} : { checksums: [{ algorithm: 'SHA256', checksumValue: hex }] }),
            ...(subject.purl === undefined
                ? {}
                : {
                    externalRefs: [
                        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: subject.purl },
                    ],
                }),
            primaryPackagePurpose: subject.kind === 'image' ? 'CONTAINER' : 'SOURCE',
        },
        ...catalog.components.map((c) => ({
            name: c.group === undefined || c.ecosystem !== 'maven' ? c.name : `${c.group}:${c.name}`,
            SPDXID: ids.get(c.purl),
            ...(c.version === '' ? {} : { versionInfo: c.version }),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            ...(c.hashes.length === 0
                ? {}
                : { checksums: c.hashes.map((h) => ({ algorithm: SPDX_ALG[h.alg], checksumValue: h.content })) }),
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: declared(c.licenses),
            copyrightText: 'NOASSERTION',
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }],
            sourceInfo: `found in: ${c.foundIn.join(', ')}`,
            primaryPackagePurpose: c.type === 'application' ? 'APPLICATION' : c.type === 'operating-system' ? 'OPERATING_SYSTEM' : 'LIBRARY',
            ...(c.scope === 'required' ? {} : { comment: `scope: ${c.scope}` }),
        })),
    ];
    if (catalog.distro !== undefined) {
        const d = catalog.distro;
        packages.push({
            name: d.id,
            SPDXID: spdxId('OperatingSystem', d.id, `${d.id}@${d.versionId ?? ''}`),
            ...(d.versionId === undefined ? {} : { versionInfo: d.versionId }),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            ...(d.prettyName === undefined ? {} : { description: d.prettyName }),
            primaryPackagePurpose: 'OPERATING_SYSTEM',
        });
    }
    const byPurl = new Map(catalog.components.map((c) => [c.purl, c]));
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: subjectId },
    ];
    for (const purl of catalog.direct) {
        const id = ids.get(purl);
        const scope = byPurl.get(purl)?.scope;
        if (scope === 'dev')
            relationships.push({ spdxElementId: id, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: subjectId });
        else if (scope === 'optional')
            relationships.push({
                spdxElementId: id,
                relationshipType: 'OPTIONAL_DEPENDENCY_OF',
                relatedSpdxElement: subjectId,
            });
        else
            relationships.push({ spdxElementId: subjectId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: id });
    }
    // Image mode: everything found is contained in the image, even without a recorded edge.
    if (subject.kind === 'image') {
        for (const c of catalog.components) {
            relationships.push({
                spdxElementId: subjectId,
                relationshipType: 'CONTAINS',
                relatedSpdxElement: ids.get(c.purl),
            });
        }
    }
    for (const c of catalog.components) {
        for (const dep of c.dependsOn) {
            relationships.push({
                spdxElementId: ids.get(c.purl),
                relationshipType: 'DEPENDS_ON',
                relatedSpdxElement: ids.get(dep),
            });
        }
    }
    const doc = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${subject.name}${subject.version === undefined ? '' : `@${subject.version}`}`,
        documentNamespace: `https://spdx.org/spdxdocs/${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}/${encodeURIComponent(subject.name)}-${uuidFrom(`spdx:${subject.digest}`)}`,
        creationInfo: {
            created: isoSeconds(subject.timestamp),
            creators: [`Tool: ${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_NAME */ .t}-${_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .SUITE_VERSION */ .s}`],
        },
        packages,
        ...(extracted.size === 0
            ? {}
            : {
                hasExtractedLicensingInfos: [...extracted.entries()]
                    .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a[0], b[0]))
                    .map(([licenseId, text]) => ({ licenseId, extractedText: text, name: text })),
            }),
        relationships,
    };
    return sbomDocument('spdx-json', doc);
}
/** Both (or one) formats from the same catalogue, in the order asked for. */
function writeDocuments(catalog, subject, formats) {
    return formats.map((f) => (f === 'cyclonedx-json' ? writeCycloneDx(catalog, subject) : writeSpdx(catalog, subject)));
}


/***/ }),

/***/ 64277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ SUITE_VERSION),
/* harmony export */   t: () => (/* binding */ SUITE_NAME)
/* harmony export */ });
/**
 * The suite's own name and version, as the documents it writes name their tool (CycloneDX
 * `metadata.tools`, SPDX `creators`, a verification summary's `verifier.version`). One value for
 * the whole suite: test/suite-version.test.ts checks it against the packages' versions, so a release
 * that bumps them cannot leave the documents naming an older one.
 */
const SUITE_NAME = 'immutable-artefacts';
const SUITE_VERSION = '0.1.0';


/***/ })

};
