export const id = 680;
export const ids = [680];
export const modules = {

/***/ 20180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ collectNow),
/* harmony export */   X: () => (/* binding */ transferMemoryGovernor)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Keeps the memory of long blob transfers flat. Every chunk read from a socket is a fresh buffer;
 * V8 frees them only when it collects, which it does late (external memory of ~64 MiB pending), and
 * freed chunks fragment the allocator, so peak RSS grows well past what the streams ever hold at
 * once. A young-generation collection (well under a millisecond with the small heap promote has)
 * every 2 MiB transferred, and a full one every 64 MiB (a few ms each), frees them as they go, and the
 * allocator hands the same memory out again instead of faulting in new pages: a registry-to-registry
 * promotion of 200 MB took less CPU this way than with a collection every 8 MiB, and none at all
 * cost the most. Chunks lent from reused buffers (oci/store.ts's LentChunks) are not counted. Where
 * the runtime does not allow it, this does nothing (nor does {@link collectNow}).
 */


let collect;
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        const existing = globalThis.gc;
        if (typeof existing === 'function') {
            collect = existing;
        }
        else {
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--expose-gc');
            const gc = (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)('gc');
            collect = typeof gc === 'function' ? gc : false;
        }
    }
    catch {
        collect = false;
    }
    return collect;
}
/**
 * Call with the bytes each chunk moved. Collects the young generation every `minorEvery` bytes (most
 * chunks die young) and the whole heap every `majorEvery` bytes (chunks that were in flight during a
 * young collection got promoted; only a full collection frees those).
 */
function transferMemoryGovernor(minorEvery = 2 * 1024 * 1024, majorEvery = 64 * 1024 * 1024) {
    let minor = 0;
    let major = 0;
    return (bytes) => {
        minor += bytes;
        major += bytes;
        if (minor < minorEvery)
            return;
        minor = 0;
        const gc = collector();
        if (gc === false)
            return;
        if (major >= majorEvery) {
            major = 0;
            gc({ type: 'major' });
        }
        else
            gc({ type: 'minor' });
    };
}
/**
 * One collection now, between phases of a long run: what the phase before left behind is freed before
 * the next one allocates, rather than whenever the heap's own heuristics (which a long, fast phase
 * leaves in differing states) decide.
 */
function collectNow(type) {
    const gc = collector();
    if (gc !== false)
        gc({ type });
}


/***/ }),

/***/ 86680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RW: () => (/* binding */ PROMOTE_SECRETS),
  JI: () => (/* binding */ parsePromoteInputs),
  EQ: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var src_concurrency = __webpack_require__(37870);
// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(88315);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./packages/core/src/oci/memory.ts
var memory = __webpack_require__(20180);
;// CONCATENATED MODULE: ./packages/core/src/promote/plan.ts
/**
 * Promotion, step "plan": the whole manifest tree under the promoted digest and every referrer
 * under it, fetched and verified before a byte is written. What a source can make us walk is
 * bounded: index nesting depth, manifests in one tree, referrer levels and manifests in the plan.
 */



/** Manifests nested deeper than this under the promoted one (index → index → … → manifest) are refused. */
const MAX_INDEX_DEPTH = 8;
/** Manifests in one tree (the promoted one and all it lists, or one referrer's) above this are refused. */
const MAX_TREE_MANIFESTS = 1000;
/** Referrers of referrers… deeper than this are refused. */
const MAX_REFERRER_DEPTH = 8;
/** Manifests in the whole plan (the tree and every referrer's tree) above this are refused. */
const MAX_PLAN_MANIFESTS = 5000;
/**
 * Requests that move no content (HEADs, manifest reads, mounts, upload sessions) run this many at
 * once; only the streaming of blob bytes is held to the `concurrency` option.
 */
const LOOKUPS = 16;
/** Fetches the whole manifest tree under a manifest, verifying every digest on the way, within the bounds. */
async function planTree(source, root) {
    const tree = { manifests: [], blobs: new Map() };
    const seen = new Set();
    const visit = async (manifest, depth) => {
        if (seen.has(manifest.digest))
            return;
        seen.add(manifest.digest);
        const { manifests, blobs } = (0,media/* childDescriptors */.bl)(manifest);
        for (const blob of blobs)
            tree.blobs.set(blob.digest, blob);
        if (manifests.length > 0 && depth >= MAX_INDEX_DEPTH) {
            throw new errors/* ArtefactsError */.E('UNSUPPORTED', `${source.location}@${root.digest}: indexes nest more than ${MAX_INDEX_DEPTH} levels deep (at ${manifest.digest}); refused before anything was copied.`, { hint: `Promotion walks at most ${MAX_INDEX_DEPTH} levels of nested indexes; an image index needs 1.` });
        }
        const fresh = manifests.filter((c, i) => !seen.has(c.digest) && manifests.findIndex((o) => o.digest === c.digest) === i);
        if (seen.size + fresh.length > MAX_TREE_MANIFESTS) {
            throw new errors/* ArtefactsError */.E('UNSUPPORTED', `${source.location}@${root.digest}: the tree lists more than ${MAX_TREE_MANIFESTS} manifests; refused before anything was copied.`, { hint: `Promotion copies at most ${MAX_TREE_MANIFESTS} manifests under one digest.` });
        }
        // An index's children are fetched together (one round trip, not one per platform); the tree
        // keeps their listed order, children before parents.
        const fetched = await (0,src_concurrency/* mapPool */.Pk)(fresh, LOOKUPS, async (child) => {
            const got = await source.getManifest(child.digest);
            if (got.bytes.length !== child.size) {
                throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${source.location}@${child.digest}: ${got.bytes.length} bytes where the index declares ${child.size}.`);
            }
            return got;
        });
        for (const child of fetched)
            await visit(child, depth + 1);
        tree.manifests.push(manifest);
    };
    await visit(root, 0);
    return tree;
}
/**
 * Every referrer under the tree, recursively, breadth first; each level is listed and fetched
 * together. `referrersOf` lists a subject's referrers (the promotion shares one listing per subject).
 */
async function planReferrers(source, t, filter, referrersOf) {
    const types = Array.isArray(filter) ? filter : undefined;
    const plans = [];
    const seen = new Set(t.manifests.map((m) => m.digest));
    let manifests = t.manifests.length;
    let level = t.manifests.map((m) => m.digest);
    for (let depth = 0; level.length > 0; depth++) {
        const listed = await (0,src_concurrency/* mapPool */.Pk)(level, LOOKUPS, async (subject) => ({ subject, found: await referrersOf(subject) }));
        const next = [];
        for (const { subject, found } of listed) {
            for (const r of found) {
                if (seen.has(r.digest))
                    continue;
                if (types !== undefined && !types.includes(r.artifactType ?? ''))
                    continue;
                seen.add(r.digest);
                next.push({ subject, digest: r.digest });
            }
        }
        if (next.length > 0 && depth >= MAX_REFERRER_DEPTH) {
            throw new errors/* ArtefactsError */.E('UNSUPPORTED', `${source.location}: referrers of referrers go more than ${MAX_REFERRER_DEPTH} levels deep; refused before anything was copied.`, { hint: 'Copy fewer referrers (copy-referrers: a list of artifactTypes, or false).' });
        }
        if (manifests + next.length > MAX_PLAN_MANIFESTS) {
            throw new errors/* ArtefactsError */.E('UNSUPPORTED', `${source.location}: the image and its referrers hold more than ${MAX_PLAN_MANIFESTS} manifests; refused before anything was copied.`, { hint: 'Copy fewer referrers (copy-referrers: a list of artifactTypes, or false).' });
        }
        const planned = await (0,src_concurrency/* mapPool */.Pk)(next, LOOKUPS, async ({ subject, digest }) => {
            const manifest = await source.getManifest(digest);
            return { subject, depth, manifest, tree: await planTree(source, manifest) };
        });
        for (const p of planned)
            manifests += p.tree.manifests.length;
        if (manifests > MAX_PLAN_MANIFESTS) {
            throw new errors/* ArtefactsError */.E('UNSUPPORTED', `${source.location}: the image and its referrers hold more than ${MAX_PLAN_MANIFESTS} manifests; refused before anything was copied.`, { hint: 'Copy fewer referrers (copy-referrers: a list of artifactTypes, or false).' });
        }
        plans.push(...planned);
        level = next.map((n) => n.digest);
    }
    return plans;
}

// EXTERNAL MODULE: ./packages/core/src/oci/store.ts
var oci_store = __webpack_require__(35850);
;// CONCATENATED MODULE: ./packages/core/src/promote/copy.ts
/**
 * Promotion, step "copy": blobs through one bounded pool (skip, mount, or stream with
 * verification), then the manifests, children before parents. Progress counts each byte of a blob
 * once: bytes sent again after a retry are counted apart, so it never passes 100%.
 */







/**
 * Blobs up to this size (configs, small layers, signatures) are bound by round trips rather than by
 * bandwidth: they move without waiting for a transfer slot, at most LOOKUPS of them at once.
 */
const UNSLOTTED_BYTES = 1024 * 1024;
function mib(bytes) {
    return `${(bytes / 1048576).toFixed(1)} MiB`;
}
/**
 * Writes manifests given children before parents, each once the manifests it lists are there: the
 * children of an index together, then the index (a registry refuses an index whose children are
 * missing). Every write has ended, whatever happened, before this returns or throws.
 */
async function putManifests(store, manifests) {
    const depth = new Map();
    const levels = [];
    for (const manifest of manifests) {
        const children = (0,media/* childDescriptors */.bl)(manifest).manifests.map((c) => depth.get(c.digest) ?? -1);
        const d = 1 + Math.max(-1, ...children);
        depth.set(manifest.digest, d);
        (levels[d] ??= []).push(manifest);
    }
    for (const level of levels)
        await (0,src_concurrency/* mapPool */.Pk)(level, LOOKUPS, (manifest) => store.putManifest(manifest));
}
/**
 * Where a blob for `target` may be mounted from, in the order to try: the source itself when the
 * two share a mount scope (one registry, or two layouts), then the `mount-from` repositories of the
 * target's registry; never the target itself.
 */
function mountCandidates(target, source, mountFrom) {
    const candidates = [];
    if (target?.kind === 'registry') {
        if (source?.kind === 'registry' && source.registry === target.registry)
            candidates.push(source.repository);
        for (const from of mountFrom)
            if (from.registry === undefined || from.registry === target.registry)
                candidates.push(from.repository);
        return [...new Set(candidates)].filter((c) => c !== target.repository);
    }
    if (target?.kind === 'layout' && source?.kind === 'layout')
        candidates.push(source.dir);
    return candidates;
}
/** Copies trees from one source to any number of destinations, sharing one pool of blob streams. */
class Copier {
    source;
    counts;
    mountFrom;
    /** Blob streams in flight, across every tree and destination of this promotion. */
    streams;
    /** Every blob write of this promotion, by destination repository and digest (see `once`). */
    writes = new Map();
    constructor(source, counts, concurrency, mountFrom = []) {
        this.source = source;
        this.counts = counts;
        this.mountFrom = mountFrom;
        this.streams = new src_concurrency/* Semaphore */.jf(concurrency);
    }
    /**
     * Copies a tree's blobs and manifests. `summary`: log the blob line even when the copy was quick.
     * `rootByTag`: the root is left to the tag write, which stores it (one round trip in a row fewer
     * where nothing, no referrer and no record, needs it by digest first).
     */
    async copyTree(t, store, log, summary = false, rootByTag = false) {
        // Largest first: the biggest layer is the critical path, so it starts at once while the pool
        // fills the rest of the time with the smaller ones.
        const blobs = [...t.blobs.values()].sort((x, y) => y.size - x.size);
        const total = blobs.reduce((s, b) => s + b.size, 0);
        const counts = { copied: 0, mounted: 0, skipped: 0, bytes: 0 };
        // Progress: each byte of a blob counts once; what a retry streams again is counted apart.
        let moved = 0;
        let resent = 0;
        const started = Date.now();
        let lastLog = started;
        const progress = (final) => {
            const seconds = Math.max(0.001, (Date.now() - started) / 1000);
            const rate = `${(moved / 1048576 / seconds).toFixed(1)} MiB/s`;
            const again = resent > 0 ? `, ${mib(resent)} sent again after retries` : '';
            if (final) {
                log.info(`  ${blobs.length} blobs: ${counts.copied} copied (${mib(counts.bytes)}), ${counts.mounted} mounted, ${counts.skipped} already there; ${seconds.toFixed(1)} s${moved > 0 ? `, ${rate}` : ''}${again}`);
            }
            else {
                log.info(`  ${mib(moved)} of at most ${mib(total)} (${Math.min(100, Math.round((100 * moved) / Math.max(1, total)))}%) at ${rate}${again}`);
            }
        };
        const govern = (0,memory/* transferMemoryGovernor */.X)();
        await (0,src_concurrency/* mapPool */.Pk)(blobs, LOOKUPS, async (blob) => {
            // How far this blob's bytes got in its furthest try, and how far the current try is.
            let furthest = 0;
            let current = 0;
            const outcome = await this.transferOnce(blob, store, () => (current = 0), (n, lent) => {
                current += n;
                const fresh = Math.max(0, Math.min(n, current - furthest));
                furthest = Math.max(furthest, current);
                moved += fresh;
                resent += n - fresh;
                this.counts.bytesResent += n - fresh;
                // Lent chunks come from reused buffers: nothing for a collection to free.
                if (lent !== true)
                    govern(n);
                const now = Date.now();
                if (now - lastLog >= 2000) {
                    lastLog = now;
                    progress(false);
                }
            });
            if (outcome === 'skipped') {
                this.counts.blobsSkipped++;
                counts.skipped++;
            }
            else if (outcome === 'mounted') {
                this.counts.blobsMounted++;
                counts.mounted++;
            }
            else {
                this.counts.blobsCopied++;
                this.counts.bytesCopied += blob.size;
                counts.copied++;
                counts.bytes += blob.size;
            }
        });
        // The tree lists children before parents: the root is last.
        await putManifests(store, rootByTag ? t.manifests.slice(0, -1) : t.manifests);
        if (blobs.length > 0 && (moved > 0 || Date.now() - started > 1000 || summary))
            progress(true);
    }
    /**
     * One write per blob and repository in a promotion, whoever asks: the copy's transfers and the
     * blobs promote writes beside them (records, tag bindings, summaries). Trees that share a blob
     * (referrers share the empty config `{}`), and destinations that name one repository, wait for the
     * write already started (sharing its failure) and take the blob as already there. One repository is
     * one store location. distribution 2.8 can also fail a manifest whose blob a second upload of the
     * same digest is linking at that moment, so this is more than bytes saved.
     */
    once(store, digest, write) {
        const key = `${store.location}\n${digest}`;
        const started = this.writes.get(key);
        if (started !== undefined)
            return started.then(() => 'skipped');
        const written = write();
        this.writes.set(key, written);
        return written;
    }
    transferOnce(blob, store, onOpen, onBytes) {
        return this.once(store, blob.digest, () => this.transferBlob(blob, store, onOpen, onBytes));
    }
    async transferBlob(blob, store, onOpen, onBytes) {
        const { source, streams } = this;
        // Moving more than UNSLOTTED_BYTES waits for one of the `concurrency` slots, largest blob first;
        // the HEAD and any mount before it do not. A plain upload takes its slot before opening its
        // session (so no session sits idle waiting for one); a mount that falls back to uploading takes it
        // when the bytes start. One slot per blob however often the store reopens its source; a slot
        // granted after the transfer already ended (its upload failed meanwhile) is handed straight back.
        let holding = false;
        let over = false;
        let slot;
        const takeSlot = () => {
            if (blob.size <= UNSLOTTED_BYTES)
                return Promise.resolve();
            return (slot ??= streams.acquire(blob.size).then(() => {
                if (over) {
                    streams.release();
                    throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${blob.digest}: the transfer ended before its stream opened.`);
                }
                holding = true;
            }));
        };
        const counted = async () => {
            await takeSlot();
            const stream = await (0,oci_store/* blobBody */.Y8)(source, blob);
            if (!(stream instanceof external_node_stream_.Readable)) {
                // Lent chunks (a layout's reused buffers): counted as each is handed on, still verified.
                onOpen();
                return { ...stream, chunks: counting(stream.chunks, (n) => onBytes(n, true)) };
            }
            // Each opening is a new try from byte 0.
            onOpen();
            if (stream instanceof media/* VerifyingStream */.SC) {
                // Count on the verifier itself: no extra stream stage per chunk, and the destination sees a
                // verifying stream and does not hash the bytes a second time.
                stream.onBytes = onBytes;
                return stream;
            }
            const counter = new external_node_stream_.Transform({
                transform(chunk, _e, cb) {
                    onBytes(chunk.length);
                    cb(null, chunk);
                },
            });
            (0,external_node_stream_.pipeline)(stream, counter, () => undefined);
            return counter;
        };
        const unique = mountCandidates(store.mountScope, source.mountScope, this.mountFrom);
        try {
            // Present already: skipped (a mount would succeed too, but could not tell the two apart).
            if ((await store.hasBlob(blob.digest)) !== undefined)
                return 'skipped';
            for (const [n, from] of unique.entries()) {
                const last = n === unique.length - 1;
                const outcome = await store.mountBlob(blob, from, last ? counted : undefined);
                if (outcome === 'mounted')
                    return 'mounted';
                if (outcome === 'uploaded')
                    return 'copied';
            }
            await takeSlot();
            await store.putBlob(blob, counted);
            return 'copied';
        }
        finally {
            over = true;
            if (holding)
                streams.release();
        }
    }
}
/** Lent chunks passed on as they are, each counted as it goes. */
async function* counting(chunks, onBytes) {
    for await (const chunk of chunks) {
        onBytes(chunk.length);
        yield chunk;
    }
}

// EXTERNAL MODULE: ./packages/core/src/promote/records.ts
var records = __webpack_require__(52256);
// EXTERNAL MODULE: ./packages/core/src/github/run-facts.ts
var run_facts = __webpack_require__(56886);
;// CONCATENATED MODULE: ./packages/core/src/promote/tags.ts
/**
 * Promotion, step "tags", the last one: the tag rule before anything is written, then every tag
 * re-checked just before its write, a settle delay, and every tag read back (a concurrent promotion
 * of another digest that overwrote ours is seen, and this one reports it lost); then a post-check.
 */

/** The tag rule at one destination, given what its tags point at now: unchanged when all are at the digest. */
async function tagRule(dest, now, digest, allowOverwrite) {
    if (dest.named !== undefined && dest.named !== digest) {
        throw new errors/* ArtefactsError */.E('TAG_CONFLICT', `Destination ${dest.reference} names digest ${dest.named}, but the source is ${digest}.`);
    }
    if (dest.tags.length === 0)
        return { unchanged: (await dest.store.resolve(digest)) !== undefined };
    let unchanged = true;
    for (const [j, tag] of dest.tags.entries()) {
        const there = now[j];
        if (there === undefined)
            unchanged = false;
        else if (there.digest !== digest) {
            unchanged = false;
            if (!allowOverwrite) {
                throw new errors/* ArtefactsError */.E('TAG_CONFLICT', `${dest.store.location}:${tag} already points at ${there.digest}; refusing to overwrite it with ${digest}.`, { hint: 'Promote under a new tag, or set allow-overwrite if moving this tag is intended.' });
            }
        }
    }
    return { unchanged };
}
/**
 * Writes every tag, each re-checked just before its write, waits the settle delay, and reads every
 * tag back. Returns the `location:tag` of each tag confirmed. `settleMs` undefined: adaptive, three
 * times the slowest re-check + write round trip, at least 100 ms and at most 2 s.
 */
async function writeTags(targets, root, options) {
    const digest = root.digest;
    const pairs = targets.flatMap(({ store, tags }) => tags.map((tag) => ({ store, tag })));
    const writes = await Promise.allSettled(pairs.map(async ({ store, tag }) => {
        const started = Date.now();
        // Check again just before the write: another promotion may have landed since the plan.
        const before = await store.resolve(tag);
        if (before !== undefined && before.digest !== digest && !options.allowOverwrite) {
            throw new errors/* ArtefactsError */.E('TAG_RACE', `${store.location}:${tag} became ${before.digest} while promoting ${digest}; another promotion got there first.`);
        }
        await store.putTag(tag, root);
        return Date.now() - started;
    }));
    const refused = writes.find((w) => w.status === 'rejected');
    if (refused !== undefined)
        throw refused.reason;
    const slowest = Math.max(0, ...writes.map((w) => (w.status === 'fulfilled' ? w.value : 0)));
    const settleMs = pairs.length === 0 ? 0 : (options.settleMs ?? Math.min(2000, Math.max(100, 3 * slowest)));
    if (settleMs > 0)
        await new Promise((r) => setTimeout(r, settleMs));
    const confirmed = new Set();
    await Promise.all(pairs.map(async ({ store, tag }) => {
        const after = await store.resolve(tag);
        if (after?.digest !== digest) {
            throw new errors/* ArtefactsError */.E('TAG_RACE', `${store.location}:${tag} reads back as ${after?.digest ?? 'absent'} right after writing ${digest}: a concurrent promotion overwrote it; this one lost the race.`, { hint: 'Check which digest the tag should carry and re-run; registries offer no conditional tag write.' });
        }
        confirmed.add(`${store.location}:${tag}`);
    }));
    return confirmed;
}
/** Post-check: every destination tag at the digest (those not confirmed by the read-back are resolved now). */
async function postCheck(destinations, digest, confirmed) {
    await Promise.all(destinations.map(async (dest) => {
        await Promise.all(dest.tags.map(async (tag) => {
            if (confirmed.has(`${dest.store.location}:${tag}`))
                return;
            const now = await dest.store.resolve(tag);
            if (now?.digest !== digest) {
                throw new errors/* ArtefactsError */.E('TAG_RACE', `Post-check: ${dest.store.location}:${tag} is ${now?.digest ?? 'absent'}, expected ${digest}.`);
            }
        }));
        if (dest.tags.length === 0 && (await dest.store.resolve(digest)) === undefined) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `Post-check: ${dest.store.location}@${digest} is absent after the copy.`);
        }
    }));
}

// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/oci/registry.ts + 4 modules
var registry = __webpack_require__(48229);
// EXTERNAL MODULE: ./packages/core/src/sign/predicates/tag-binding.ts
var tag_binding = __webpack_require__(85666);
;// CONCATENATED MODULE: ./packages/core/src/promote/promote.ts
/**
 * Promotion: the exact bytes behind one digest move to the next registry/repository/environment,
 * never rebuilt, never overwriting a tag (unless allowed), with their referrers (signatures,
 * attestations, SBOMs) and a promotion record.
 *
 * Order: resolve the source once (HEAD) → gate, tag rule and plan (plan.ts; reads only) →
 * content at every destination (copy.ts: blobs, manifests, referrers) with the promotion
 * records (records.ts), which go with the first level of referrers, or after the content
 * when there are none → the tags, last (tags.ts: re-checked just before, read back after a
 * settle delay) → post-check → report (report.ts). A promotion that fails has
 * written no tag before its content and records were complete; a re-run checks what is missing at
 * each destination (platform manifests, referrers, the record) and completes it.
 */


















async function evidenceDigest(file, origin) {
    try {
        return (0,media/* digestHex */.sU)((await (0,media/* digestFile */.TM)(file)).digest);
    }
    catch (error) {
        throw (0,paths/* originError */.Ty)(origin, 'readable files', error, () => new errors/* ArtefactsError */.E('INPUT_INVALID', `Evidence file ${JSON.stringify(file)} cannot be read: ${(0,errors/* describeError */.Uc)(error)}`));
    }
}
/**
 * What `platforms` selects of the source (empty: all of it). Of an index: all of its platforms (the
 * index itself, digest unchanged) or exactly one (that platform's manifest, under its own digest); a
 * subset would need a new index with a new digest. Of a single-platform image: its own platform, read
 * from its config. A platform the source does not have is refused, never ignored.
 */
async function choosePlatform(source, root, platforms) {
    const wanted = [...new Set(platforms.map((p) => p.trim()))];
    if (wanted.length === 0)
        return root;
    const given = wanted.join(',');
    if (!(0,media/* isIndex */.nw)(root.parsed)) {
        const own = (0,media/* platformKey */.eE)(await (0,oci_open/* configPlatform */.Ko)(source, root));
        if (wanted.length === 1 && wanted[0] === own)
            return root;
        throw (0,errors/* inputError */.Xu)('platforms', given, own === ''
            ? `all: ${root.digest} is a single manifest whose config names no platform`
            : `${own} or all: ${root.digest} is a single-platform image (${own}, from its config)`, 'Only an index holds several platforms; a single-platform image is promoted whole, as it is.');
    }
    const children = root.parsed.manifests;
    const available = children.map((c) => (0,media/* platformKey */.eE)(c.platform));
    const missing = wanted.filter((p) => !available.includes(p));
    const chosen = children.filter((c) => wanted.includes((0,media/* platformKey */.eE)(c.platform)));
    if (missing.length > 0 || (chosen.length !== children.length && chosen.length !== 1)) {
        throw (0,errors/* inputError */.Xu)('platforms', given, `all, or exactly one of the ${children.length} platforms of ${root.digest} (a subset index would change the digest)${missing.length > 0 ? `; it has no ${missing.join(', ')}` : ''}`, `Available: ${available.join(', ')}`);
    }
    return chosen.length === children.length ? root : source.getManifest(chosen[0].digest);
}
async function promote(options) {
    const logger = options.logger ?? log/* silentLogger */.qq;
    const env = options.env ?? process.env;
    const client = options.registry instanceof registry/* RegistryClient */.bP ? options.registry : new registry/* RegistryClient */.bP({ logger, ...options.registry });
    const open = (ref, access) => (0,oci_open/* openStore */.Ch)(ref, client, access);
    const concurrency = Math.max(1, options.concurrency ?? 4);
    const dryRun = options.dryRun === true;
    const allowOverwrite = options.allowOverwrite === true;
    // Every reference is parsed before a request is made: a bad destination fails at once.
    const parsed = (ref) => (typeof ref === 'string' ? (0,references/* parseReference */.F2)(ref) : ref);
    const sourceRef = parsed(options.source);
    const shared = options.tags ?? [];
    const destinations = options.destinations.map((d) => {
        const spec = typeof d === 'string' ? { reference: d } : d;
        const ref = parsed(spec.reference);
        const tags = [...new Set([...(ref.tag === undefined ? [] : [ref.tag]), ...(spec.tags ?? []), ...shared])];
        return {
            ref,
            store: open(ref, { ...options.layoutAccess?.destinations, create: true }),
            tags,
            named: ref.digest,
            reference: (0,references/* formatReference */.FH)(ref),
        };
    });
    if (destinations.length === 0)
        throw new errors/* ArtefactsError */.E('INPUT_MISSING', "Input 'destinations': at least one destination is needed.");
    // 1. Resolve the source once; from here on only the digest is used. What every destination tag
    // points at now is read at the same time: reads only, judged below against the final digest (a
    // platform choice may still change it), and observed here so a source that fails first is what is told.
    const source = open(sourceRef, options.layoutAccess?.source);
    const currentTags = Promise.all(destinations.map((dest) => Promise.all(dest.tags.map((tag) => dest.store.resolve(tag)))));
    currentTags.catch(() => undefined);
    const resolved = await source.resolve((0,references/* referenceTarget */.Z9)(sourceRef));
    if (resolved === undefined) {
        throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `Source ${(0,references/* formatReference */.FH)(sourceRef)} does not exist.`);
    }
    // The referrers of what the tag names are listed while the manifest is fetched (the plan asks for them later).
    const listings = new Map();
    const referrersOf = (subject) => {
        let listing = listings.get(subject);
        if (listing === undefined) {
            listing = source.referrers(subject);
            listings.set(subject, listing);
        }
        return listing;
    };
    if (options.copyReferrers !== false)
        referrersOf(resolved.digest).catch(() => undefined);
    const [fetchedRoot, current] = await Promise.all([source.getManifest(resolved.digest), currentTags]);
    const root = await choosePlatform(source, fetchedRoot, options.platforms ?? []);
    const digest = root.digest;
    logger.info(`Promoting ${(0,references/* formatReference */.FH)(sourceRef)} → ${digest}`);
    // 2-4. The gate, the tag rule and the plan only read, so they run together; nothing is written
    // before all three have passed, and a failure is reported in that order (gate, tag, plan).
    const copyReferrers = options.copyReferrers ?? true;
    const [gated, ruled, planned] = await Promise.allSettled([
        options.gate === undefined ? Promise.resolve(undefined) : options.gate(source, digest),
        Promise.all(destinations.map((dest, i) => tagRule(dest, current[i], digest, allowOverwrite))),
        (async () => {
            const tree = await planTree(source, root);
            const referrerTrees = copyReferrers === false ? [] : await planReferrers(source, tree, copyReferrers, referrersOf);
            return { tree, referrerTrees };
        })(),
    ]);
    if (gated.status === 'rejected')
        throw gated.reason;
    if (ruled.status === 'rejected')
        throw ruled.reason;
    if (planned.status === 'rejected')
        throw planned.reason;
    const states = ruled.value;
    const { tree, referrerTrees } = planned.value;
    const recorded = options.record !== false;
    const result = {
        source: (0,references/* formatReference */.FH)(sourceRef, { digest }),
        digest,
        mediaType: root.mediaType,
        dryRun,
        destinations: [],
        bytesCopied: 0,
        blobsCopied: 0,
        blobsMounted: 0,
        blobsSkipped: 0,
        bytesResent: 0,
        referrersCopied: 0,
        manifests: tree.manifests.length,
        recordSigned: (recorded || options.bindTags === true) && options.recordSigning !== undefined,
        recorded,
        ...(options.bindTags === true ? { bindTags: true } : {}),
        ...(options.environment === undefined ? {} : { environment: options.environment }),
        ...(options.gate === undefined
            ? {}
            : { gate: { signers: gated.value?.signers ?? [], ...(gated.value ? { record: gated.value.record } : {}) } }),
        blobsToCopy: 0,
        bytesToCopy: 0,
    };
    // Evidence is read and hashed before anything is written: a missing file fails before a byte moves.
    const evidence = [];
    for (const e of options.evidence ?? [])
        evidence.push({
            name: e.name || external_node_path_default().basename(e.path),
            digest: { sha256: await evidenceDigest(e.path, e.origin) },
        });
    const entries = destinations.map((dest, i) => {
        const refs = dest.tags.length === 0
            ? [(0,references/* formatReference */.FH)(dest.ref, { tag: undefined, digest })]
            : dest.tags.map((t) => (0,references/* formatReference */.FH)(dest.ref, { tag: t, digest: undefined }));
        return {
            reference: (0,references/* formatReference */.FH)(dest.ref, { tag: undefined, digest: undefined }),
            tags: dest.tags,
            status: dryRun ? 'planned' : states[i].unchanged ? 'unchanged' : 'promoted',
            refs,
        };
    });
    result.destinations.push(...entries);
    const now = options.now?.() ?? new Date();
    const run = (0,run_facts/* envRunFacts */.u)(env);
    const facts = (i) => ({
        source: result.source,
        destination: entries[i].reference,
        tags: entries[i].tags,
        digest,
        mediaType: root.mediaType,
        size: root.bytes.length,
        environment: options.environment,
        evidence,
        ...(gated.value?.record === undefined ? {} : { gate: gated.value.record }),
        run,
        now,
    });
    if (dryRun) {
        // What would be copied goes to its own counts: blobsCopied and bytesCopied stay 0.
        const blobs = [...tree.blobs.values()];
        for (const dest of destinations) {
            const present = await (0,src_concurrency/* mapPool */.Pk)(blobs, LOOKUPS, (blob) => dest.store.hasBlob(blob.digest));
            for (const [j, blob] of blobs.entries()) {
                if (present[j] === undefined) {
                    result.blobsToCopy++;
                    result.bytesToCopy += blob.size;
                }
                else
                    result.blobsSkipped++;
            }
        }
        logger.info(`Dry run: would copy ${result.blobsToCopy} blobs (${mib(result.bytesToCopy)}), skip ${result.blobsSkipped}; nothing was written.`);
        return result;
    }
    // 5. Content at every destination first (blobs, platform manifests, root, referrers): no tag yet.
    // Where the tags are already there, what an earlier run may have left out is checked and completed.
    // Referrers go level by level (a signature of an SBOM after the SBOM), each level together.
    const levels = [];
    for (const r of referrerTrees)
        (levels[r.depth] ??= []).push(r);
    const copier = new Copier(source, result, concurrency, options.mountFrom);
    /** Per destination: something was missing although its tags were there. */
    const completed = destinations.map(() => false);
    // 6 (made ready while the content is copied). What goes before any tag, at every destination:
    // the records, the tag bindings and the verification summary. Each is made ready (lookups,
    // signing, its blobs) while step 5 copies, then pushed with the first level of referrers (most
    // have the promoted digest as their subject, as these do), or after the content when there are
    // none: so the referrers of one subject reach a registry without the referrers API in one merge
    // of its fallback index (one settle, not one per level and one for the records). A failure leaves
    // content and referrers without tags, as any failure before the tags does, and a re-run completes
    // it; the first is thrown: the copy's, then records, bindings, summaries.
    const published = [];
    // Each destination's lines, its records' included (they may be pushed while its group is open),
    // stay in its own group: held until the group opens.
    const logs = destinations.map(() => (0,log/* heldLogger */.E0)(logger));
    const summary = gated.value?.summary;
    if (options.summarySigning !== undefined && summary === undefined) {
        throw new errors/* ArtefactsError */.E('INTERNAL', 'A verification summary needs the signature gate, which did not run.');
    }
    // Made ready during the copy, a destination's blob writes wait until the copy has written the
    // blobs of the content and of the first level of referrers there (or failed): the copy's blob
    // counts stay its own, and no blob (the empty config every referrer lists) is uploaded twice at
    // once. Lookups and signing go at once. After its copy failed, nothing more is uploaded there.
    const blobsCopied = [];
    const views = destinations.map(({ store }, i) => blobWritesAfter(store, new Promise((resolve) => (blobsCopied[i] = resolve)), copier));
    /** A referrer made ready for one destination: its manifest, and what its push means for the result. */
    const ready = (i, staged, note) => ({
        manifest: staged.manifest,
        attached: (pushed) => {
            const digest = staged.attached(pushed);
            if (states[i].unchanged)
                completed[i] = true;
            published.push({ store: destinations[i].store, digest });
            note?.(digest);
        },
    });
    // The record, unless one already there records this very promotion (an earlier run that failed
    // later, or one that wrote the tags but not the record).
    const record = async (i) => {
        if (!recorded)
            return [];
        const signed = options.recordSigning !== undefined;
        const found = await (0,records/* findRecord */.Tq)(views[i], facts(i), signed);
        if (found !== undefined) {
            entries[i].record = found;
            return [];
        }
        const made = await (0,records/* stageRecord */.k7)(views[i], facts(i), options.recordSigning, logs[i]);
        return [ready(i, made, (digest) => (entries[i].record = digest))];
    };
    // The tag bindings: one per destination tag (a re-run finds its own).
    const subject = { mediaType: root.mediaType, digest, size: root.bytes.length };
    const bindings = async (i) => {
        if (options.bindTags !== true)
            return [];
        const version = (0,tag_binding/* versionFacts */.iN)(root);
        // The bindings already there are read once for every tag of the destination.
        const found = await (0,tag_binding/* findTagBindings */.qc)(views[i], digest);
        const bound = await (0,src_concurrency/* mapPool */.Pk)(destinations[i].tags, LOOKUPS, (tag) => (0,tag_binding/* stageTagBinding */.gr)(views[i], subject, { repository: entries[i].reference, tag, digest, ...version, run, now }, options.recordSigning, found));
        // In tag order, whatever order the pushes end in.
        const records = bound.map((b) => ('record' in b ? b.record : ''));
        entries[i].bindings = records;
        return bound.flatMap((b, j) => {
            if ('record' in b)
                return [];
            const binding = { manifest: b.manifest, attached: (p) => b.attached(p).record };
            return [
                ready(i, binding, (digest) => {
                    records[j] = digest;
                    logs[i].info(`  tag binding ${digest} attached${options.recordSigning === undefined ? ' (unsigned)' : ''}`);
                }),
            ];
        });
    };
    // The verification summary of the gate: a deploy-time check that finds the tag finds it too.
    const verificationSummary = async (i) => {
        if (options.summarySigning === undefined || summary === undefined)
            return [];
        const { stageVerificationSummary } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(335), __webpack_require__.e(933), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(100), __webpack_require__.e(911), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 35964));
        const made = await stageVerificationSummary(views[i], entries[i].reference, subject, summary, options.summarySigning, logs[i]);
        const attached = { manifest: made.manifest, attached: (p) => made.attached(p).digest };
        return [ready(i, attached, (d) => (entries[i].verificationSummary = d))];
    };
    // Per destination, in the order a failure is reported: records, bindings, summaries.
    const making = destinations.map((_dest, i) => Promise.allSettled([record(i), bindings(i), verificationSummary(i)]));
    /** Per destination: its records, bindings and summaries went with the first level of referrers. */
    const pushedEarly = destinations.map(() => false);
    /** What was made ready for destination `i`, if all of it was: a failure is thrown after the copy. */
    const madeFor = async (i) => {
        const made = [];
        for (const outcome of await making[i]) {
            if (outcome.status === 'rejected')
                return undefined;
            made.push(...outcome.value);
        }
        return made;
    };
    // Every destination at once (round trips overlap; the bytes share the `concurrency` slots), each
    // logging to its own group (see `logs`). A failure is reported once every destination's copy has
    // ended, the first destination's first.
    const copyTo = async (dest, i) => {
        try {
            await copyContentTo(dest, i);
            blobsCopied[i](true);
        }
        catch (error) {
            blobsCopied[i](false);
            throw error;
        }
    };
    const copyContentTo = async (dest, i) => {
        const log = logs[i];
        // With tags, no referrers and no record, nothing needs the root by digest before its tag write.
        if (!states[i].unchanged)
            await copyTreeTo(dest.store, log, dest.tags.length > 0 && levels.length === 0 && !recorded);
        else {
            const children = tree.manifests.slice(0, -1);
            const present = await (0,src_concurrency/* mapPool */.Pk)(children, LOOKUPS, (m) => dest.store.resolve(m.digest));
            if (present.some((p) => p === undefined)) {
                log.info(`  ${present.filter((p) => p === undefined).length} platform manifests were missing: copying them`);
                completed[i] = true;
                await copyTreeTo(dest.store, log);
            }
        }
        for (const [depth, level] of levels.entries()) {
            // The pool copies each referrer's blobs (and any manifests it lists); the referrers
            // themselves then go at once, so those of one subject share one merge of a fallback index
            // (one settle for the level, however many referrers and whatever the pool's size).
            const missing = [];
            // What the destination lists for each subject of the level, read once per subject, not once per
            // referrer (on a registry without the referrers API, each read is the whole fallback index).
            const listings = new Map();
            const listed = (subject) => {
                let listing = listings.get(subject);
                if (listing === undefined) {
                    listing = dest.store.referrers(subject).then((found) => new Set(found.map((d) => d.digest)));
                    listings.set(subject, listing);
                }
                return listing;
            };
            await (0,src_concurrency/* mapPool */.Pk)(level, concurrency, async (r) => {
                if ((await dest.store.resolve(r.manifest.digest)) !== undefined) {
                    if ((await listed(r.subject)).has(r.manifest.digest))
                        return;
                }
                await copier.copyTree(r.tree, dest.store, log, false, true);
                missing.push(r.manifest);
            });
            // The first level takes the records, bindings and summary along, once their blobs are written.
            let along = [];
            if (depth === 0) {
                blobsCopied[i](true);
                const made = await madeFor(i);
                if (made !== undefined)
                    [along, pushedEarly[i]] = [made, true];
            }
            const pushes = [
                ...missing.map((m) => async () => void (await dest.store.putManifest(m))),
                ...along.map((r) => async () => r.attached(await dest.store.putManifest(r.manifest))),
            ];
            await (0,src_concurrency/* allAtOnce */.Ir)(pushes, (push) => push());
            result.referrersCopied += missing.length;
            if (missing.length > 0)
                completed[i] = true;
        }
    };
    const copyTreeTo = (store, log, rootByTag = false) => copier.copyTree(tree, store, log, true, rootByTag);
    // Each outcome is caught at once (a later destination may fail while an earlier one's group is open).
    const copies = destinations.map((dest, i) => copyTo(dest, i).then(() => undefined, (error) => ({ error })));
    let failed;
    for (const [i, dest] of destinations.entries()) {
        await logger.group(`${dest.store.location}${states[i].unchanged ? ' (tags already there)' : ''}`, async () => {
            logs[i].release();
            failed ??= await copies[i];
        });
    }
    // A failed copy still waits for what was being made ready: nothing goes on after this returns.
    const made = await Promise.all(making);
    if (failed !== undefined)
        throw failed.error;
    // 6. The records, bindings and summaries made ready above and not pushed with the first level of
    // referrers (there was none), pushed together, content complete.
    for (const kind of [0, 1, 2]) {
        for (const outcome of made.map((m) => m[kind]))
            if (outcome.status === 'rejected')
                throw outcome.reason;
    }
    const toPush = made.flatMap((m, i) => pushedEarly[i] ? [] : m.flatMap((o) => (o.status === 'fulfilled' ? o.value : [])).map((staged) => ({ i, staged })));
    // Every PUT starts in this one turn of the event loop: each merge of a fallback index waits for
    // them. Each one pushed is said and counted as it ends, whether or not another fails.
    await (0,src_concurrency/* allAtOnce */.Ir)(toPush, async (r) => r.staged.attached(await destinations[r.i].store.putManifest(r.staged.manifest)));
    // 7. The tags, last, at every destination together: re-checked before, read back after. A lost
    // race withdraws the records this run published (they would claim a tag another digest holds).
    try {
        const confirmed = await writeTags(destinations.filter((_d, i) => !states[i].unchanged), root, { allowOverwrite, settleMs: options.settleMs });
        // 8. Post-check: every destination tag at the digest.
        await postCheck(destinations, digest, confirmed);
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E && (error.code === 'TAG_RACE' || error.code === 'TAG_CONFLICT'))
            await withdraw(published, digest, logger);
        throw error;
    }
    for (const [i, entry] of entries.entries()) {
        if (entry.status === 'unchanged' && completed[i])
            entry.status = 'completed';
        const said = { promoted: 'Promoted', completed: 'Completed', unchanged: 'Already there', planned: 'Planned' };
        logger.info(`${said[entry.status]}: ${entry.refs.join(', ')}${entry.status === 'unchanged' ? '' : ` (${digest})`}`);
    }
    return result;
}
/**
 * A view of `store` whose blob writes (and the presence checks that decide them, and mounts) wait
 * until `ready` resolves, and fail when it resolves false; every other call goes straight through.
 * What promote makes ready during the copy uses it, so its blobs follow the content's; each goes once
 * per repository (`writes.once`), however many destinations name it.
 */
function blobWritesAfter(store, ready, writes) {
    const after = async () => {
        if (!(await ready))
            throw new errors/* ArtefactsError */.E('INTERNAL', 'The content was not copied; nothing more is written.');
    };
    return {
        location: store.location,
        ...(store.mountScope === undefined ? {} : { mountScope: store.mountScope }),
        resolve: (reference) => store.resolve(reference),
        getManifest: (reference) => store.getManifest(reference),
        putManifest: (manifest, options) => store.putManifest(manifest, options),
        putTag: (tag, manifest) => store.putTag(tag, manifest),
        hasBlob: async (digest) => (await after(), store.hasBlob(digest)),
        getBlob: (descriptor) => store.getBlob(descriptor),
        putBlob: async (descriptor, source) => {
            await after();
            await writes.once(store, descriptor.digest, () => store.putBlob(descriptor, source));
        },
        mountBlob: async (descriptor, from, fallback) => (await after(), store.mountBlob(descriptor, from, fallback)),
        referrers: (digest, artifactType) => store.referrers(digest, artifactType),
        listTags: () => store.listTags(),
    };
}
/** Withdraws records this run published (best effort: a registry may refuse deletes). */
async function withdraw(published, subject, logger) {
    await Promise.all(published.map(async ({ store, digest }) => {
        if (store.withdrawReferrer === undefined)
            return;
        try {
            await store.withdrawReferrer(subject, digest);
            logger.info(`  referrer ${digest} withdrawn from ${store.location}: the tags are not this promotion's`);
        }
        catch (error) {
            logger.warning(`Referrer ${digest} (record or summary) at ${store.location} could not be withdrawn: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }));
}

;// CONCATENATED MODULE: ./packages/core/src/promote/report.ts
const code = (text) => `\`${text.replace(/`/g, "'")}\``;
function promoteSummary(result) {
    const gate = result.gate === undefined
        ? 'not required'
        : `passed${result.gate.signers.length === 0 ? '' : `, signed by ${result.gate.signers.map(code).join(', ')}`}`;
    const recordCell = (record) => record !== undefined ? code(record) : result.dryRun ? '(dry run)' : result.recorded ? '(none)' : '(record: false)';
    const lines = [
        `### Promotion${result.dryRun ? ' (dry run)' : ''}`,
        '',
        `Digest: ${code(result.digest)}`,
        '',
        `Environment: ${result.environment === undefined ? '(none)' : code(result.environment)}`,
        '',
        `Signature gate: ${gate}`,
        '',
        '| Destination | Tags | Status | Promotion record |',
        '| --- | --- | --- | --- |',
        ...result.destinations.map((d) => `| ${code(d.reference)} | ${d.tags.map(code).join(', ') || '(by digest)'} | ${d.status} | ${recordCell(d.record)}${d.record !== undefined && result.recordSigned ? ' (signed)' : ''} |`),
        '',
        ...(result.bindTags === true && !result.dryRun
            ? [
                `Tag bindings${result.recordSigned ? ' (signed)' : ' (unsigned)'}: ${result.destinations.flatMap((d) => d.bindings ?? []).length}`,
                '',
            ]
            : []),
        ...(result.dryRun
            ? [
                '| Blobs to copy | Bytes to copy | Blobs already there |',
                '| ---: | ---: | ---: |',
                `| ${result.blobsToCopy} | ${result.bytesToCopy} | ${result.blobsSkipped} |`,
            ]
            : [
                '| Blobs copied | Blobs mounted | Blobs skipped | Bytes copied | Referrers copied |',
                '| ---: | ---: | ---: | ---: | ---: |',
                `| ${result.blobsCopied} | ${result.blobsMounted} | ${result.blobsSkipped} | ${result.bytesCopied} | ${result.referrersCopied} |`,
            ]),
        '',
        '```mermaid',
        'flowchart LR',
        `  src["${result.source.replace(/"/g, "'").replace(/@sha256:.*/, '')}"]`,
        ...result.destinations.map((d, i) => `  src -- "${result.digest.slice(0, 19)}…" --> d${i}["${d.reference.replace(/"/g, "'")}"]`),
        '```',
        '',
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/sign/condition-lines.ts
var condition_lines = __webpack_require__(95812);
// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/promote/inputs.ts
/**
 * The promote action's input parser and entry point (shared by the action and the CLI).
 * The action (actions/promote) and `artefacts promote` both call these.
 */











/** Inputs naming files or directories (an `oci:` layout, a key file): confined to the workspace. */
const PROMOTE_PATH_INPUTS = [
    'source',
    'destinations',
    'evidence',
    'require-signature',
    'trusted-root',
    'record-key',
    'summary-key',
];
/** Inputs whose values are secrets. */
const PROMOTE_SECRETS = [
    'registry-password',
    'source-password',
    'github-token',
    'record-key',
    'record-key-password',
    'summary-key',
    'summary-key-password',
];
function signaturePolicy(raw) {
    const value = inputs/* optionalKey */.Qr(raw, 'require-signature') ?? '';
    const identity = inputs/* optionalText */.mR(raw, 'certificate-identity');
    const identityRegexp = inputs/* regex */.yG(raw, 'certificate-identity-regexp');
    const issuer = inputs/* optionalText */.mR(raw, 'certificate-oidc-issuer');
    const trustedRoot = inputs/* optionalText */.mR(raw, 'trusted-root');
    const keylessGiven = identity !== undefined || identityRegexp !== undefined || issuer !== undefined || trustedRoot !== undefined;
    if (value === '' || inputs/* booleanWord */.Dk(value) === false) {
        if (keylessGiven) {
            throw (0,errors/* inputError */.Xu)('require-signature', value, '`keyless` when certificate-identity / certificate-identity-regexp / certificate-oidc-issuer / trusted-root are given', 'Set require-signature: keyless to verify against that identity, or remove the identity inputs.');
        }
        return undefined;
    }
    if (/^keyless$/i.test(value)) {
        if (identity !== undefined && identityRegexp !== undefined) {
            throw (0,errors/* inputError */.Xu)('certificate-identity-regexp', identityRegexp.source, 'empty when certificate-identity is given');
        }
        if (identity === undefined && identityRegexp === undefined) {
            throw (0,errors/* inputError */.Xu)('certificate-identity', '', 'the signer identity (or certificate-identity-regexp) with require-signature: keyless');
        }
        if (issuer === undefined) {
            throw (0,errors/* inputError */.Xu)('certificate-oidc-issuer', '', 'the OIDC issuer (e.g. https://token.actions.githubusercontent.com) with require-signature: keyless');
        }
        return {
            kind: 'keyless',
            issuer,
            ...(identity === undefined ? {} : { identity }),
            ...(identityRegexp === undefined ? {} : { identityRegexp }),
            ...(trustedRoot === undefined ? {} : { trustedRoot }),
        };
    }
    if (inputs/* booleanWord */.Dk(value) === true) {
        throw (0,errors/* inputError */.Xu)('require-signature', value, 'a public key (PEM text or a path such as cosign.pub), or `keyless` with certificate-identity and certificate-oidc-issuer');
    }
    if (keylessGiven) {
        throw (0,errors/* inputError */.Xu)('require-signature', '(a public key)', '`keyless` when certificate-identity / -regexp / certificate-oidc-issuer / trusted-root are given (one policy)');
    }
    return { kind: 'key', key: value };
}
/** An `oci:` layout reference with a relative directory, made relative to the workspace (as every path input). */
function inWorkspace(ref, cwd) {
    if (ref.kind !== 'layout' || external_node_path_default().isAbsolute(ref.path))
        return ref;
    return { ...ref, path: external_node_path_default().resolve(cwd, ref.path) };
}
/**
 * A `mount-from` item: a repository name in the destination's registry (`acme/base`), or
 * `registry/repository` when its first part is a host (has a `.` or a `:`).
 */
function mountSource(from) {
    const first = from.split('/')[0];
    if (from.includes('/') && /[.:]/.test(first)) {
        const ref = (0,references/* referenceInput */.Ie)('mount-from', from);
        if (ref.kind === 'registry')
            return { registry: ref.registry, repository: ref.repository };
    }
    else if ((0,references/* isRepositoryPath */.og)(from)) {
        return { registry: undefined, repository: from };
    }
    throw (0,errors/* inputError */.Xu)('mount-from', from, 'repository names (acme/base) or registry/repository');
}
/** The policy with the `conditions` input added; conditions without `require-signature` are an error. */
function withConditions(policy, conditions) {
    if (conditions.length === 0)
        return policy;
    if (policy === undefined) {
        throw (0,errors/* inputError */.Xu)('conditions', conditions[0].line, 'empty unless require-signature is given (only verified attestations are judged)');
    }
    return { ...policy, conditions };
}
function parsePromoteInputs(raw) {
    const source = (0,references/* referenceInput */.Ie)('source', inputs/* required */.mw(raw, 'source'));
    const destinations = [];
    for (const line of inputs/* splitList */.ry(raw('destinations'), false)) {
        const [given, ...tags] = line.split(/\s+/);
        const reference = (0,references/* referenceInput */.Ie)('destinations', given);
        for (const tag of tags)
            if (!(0,references/* isTag */.dz)(tag))
                throw (0,errors/* inputError */.Xu)('destinations', line, 'one reference per line, optionally followed by tags ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}) separated by spaces');
        destinations.push({ reference, tags });
    }
    if (destinations.length === 0)
        throw (0,errors/* inputError */.Xu)('destinations', raw('destinations'), 'one or more image references, one per line');
    const tags = inputs/* list */.p_(raw, 'tags');
    for (const tag of tags)
        if (!(0,references/* isTag */.dz)(tag))
            throw (0,errors/* inputError */.Xu)('tags', tag, 'tags of [A-Za-z0-9_][A-Za-z0-9._-]{0,127}');
    const copyRaw = raw('copy-referrers').trim();
    const copyReferrers = copyRaw === '' ? true : (inputs/* booleanWord */.Dk(copyRaw) ?? inputs/* splitList */.ry(copyRaw));
    if (Array.isArray(copyReferrers)) {
        for (const type of copyReferrers)
            if (!(0,media/* isMediaType */.LA)(type))
                throw (0,errors/* inputError */.Xu)('copy-referrers', type, 'true, false, or a list of artifactTypes (media types, type/subtype)');
    }
    const platforms = inputs/* list */.p_(raw, 'platforms').filter((p) => p.toLowerCase() !== 'all');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
            throw (0,errors/* inputError */.Xu)('platforms', p, 'os/arch[/variant], e.g. linux/arm64/v8, or all');
    }
    const mountFrom = inputs/* list */.p_(raw, 'mount-from').map(mountSource);
    const evidence = inputs/* list */.p_(raw, 'evidence', { comma: false }).map((item) => {
        const at = item.indexOf('=');
        const entry = at > 0
            ? { name: item.slice(0, at).trim(), path: item.slice(at + 1).trim() }
            : { name: external_node_path_default().basename(item), path: item };
        if (entry.name === '' || entry.path === '')
            throw (0,errors/* inputError */.Xu)('evidence', item, 'lines of `path` or `name=path`');
        return entry;
    });
    const opt = (name) => inputs/* optionalText */.mR(raw, name);
    // One line, like every single value (optionalText refuses control characters): it goes into the record and the log.
    const environmentName = opt('environment');
    const destination = inputs/* credentialPair */.GE(raw);
    const sourceCredentials = inputs/* credentialPair */.GE(raw, 'source-username', 'source-password');
    const parsed = {
        source,
        destinations,
        tags,
        allowOverwrite: inputs/* boolean */.zM(raw, 'allow-overwrite', false),
        copyReferrers,
        platforms,
        mountFrom,
        signaturePolicy: withConditions(signaturePolicy(raw), (0,condition_lines/* parseConditionsInput */.eR)(raw)),
        environment: environmentName,
        evidence,
        record: inputs/* boolean */.zM(raw, 'record', true),
        bindTags: inputs/* boolean */.zM(raw, 'bind-tags', false),
        recordKey: inputs/* optionalKey */.Qr(raw, 'record-key'),
        recordKeyPassword: raw('record-key-password'),
        writeSummary: inputs/* boolean */.zM(raw, 'write-summary', false),
        summaryKey: inputs/* optionalKey */.Qr(raw, 'summary-key'),
        summaryKeyPassword: raw('summary-key-password'),
        dryRun: inputs/* boolean */.zM(raw, 'dry-run', false),
        concurrency: inputs/* integer */.nd(raw, 'concurrency', { min: 1, max: 32, fallback: 4 }),
        registryUsername: destination.username,
        registryPassword: destination.password,
        sourceUsername: sourceCredentials.username,
        sourcePassword: sourceCredentials.password,
        githubToken: inputs/* optionalBlock */.ki(raw, 'github-token'),
        allowOutsideWorkspace: paths/* parseAllowOutsideWorkspace */.fz(raw, PROMOTE_PATH_INPUTS),
    };
    if (parsed.recordKeyPassword !== '' && parsed.recordKey === undefined) {
        throw (0,errors/* inputError */.Xu)('record-key-password', '(set)', 'empty unless record-key is given (record-key is missing)');
    }
    if (parsed.recordKey !== undefined && !parsed.record && !parsed.bindTags) {
        throw (0,errors/* inputError */.Xu)('record-key', '(set)', 'empty when record is false and bind-tags is false (there is no record to sign)');
    }
    if (parsed.writeSummary && parsed.signaturePolicy === undefined) {
        throw (0,errors/* inputError */.Xu)('write-summary', inputs/* text */.Qq(raw, 'write-summary'), 'false unless require-signature is given (the summary states what the signature gate verified)');
    }
    if (parsed.writeSummary && parsed.summaryKey === undefined) {
        throw (0,errors/* inputError */.Xu)('summary-key', '', 'the private key to sign the verification summary with (PEM text or a path such as cosign.key), or `keyless`, with write-summary: true');
    }
    if (!parsed.writeSummary && parsed.summaryKey !== undefined) {
        throw (0,errors/* inputError */.Xu)('summary-key', '(set)', 'empty unless write-summary is true (there is no summary to sign)');
    }
    if (parsed.summaryKeyPassword !== '' && (parsed.summaryKey === undefined || /^keyless$/i.test(parsed.summaryKey))) {
        throw (0,errors/* inputError */.Xu)('summary-key-password', '(set)', 'empty unless summary-key is a private key');
    }
    return parsed;
}
/**
 * Every path input resolves inside the workspace (symbolic links followed), before anything is read;
 * answers the workspace, for the layouts opened later.
 */
function checkPaths(parsed, cwd) {
    const ws = paths/* workspace */.Gl(cwd, parsed.allowOutsideWorkspace);
    const layout = (input, ref) => {
        if (ref.kind === 'layout')
            paths/* inWorkspace */.ve(ws, input, ref.path);
    };
    layout('source', parsed.source);
    for (const d of parsed.destinations)
        layout('destinations', d.reference);
    for (const e of parsed.evidence)
        paths/* inWorkspace */.ve(ws, 'evidence', e.path);
    const policy = parsed.signaturePolicy;
    if (policy?.kind === 'key')
        paths/* keyInWorkspace */.O(ws, 'require-signature', policy.key);
    if (policy?.kind === 'keyless' && policy.trustedRoot !== undefined) {
        paths/* inWorkspace */.ve(ws, 'trusted-root', policy.trustedRoot);
    }
    paths/* keyInWorkspace */.O(ws, 'record-key', parsed.recordKey);
    if (parsed.summaryKey !== undefined && !/^keyless$/i.test(parsed.summaryKey))
        paths/* keyInWorkspace */.O(ws, 'summary-key', parsed.summaryKey);
    return ws;
}
async function runPromote(parsed, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    const { logger } = environment;
    const ws = checkPaths(parsed, environment.cwd);
    for (const secret of [parsed.registryPassword, parsed.sourcePassword, parsed.githubToken])
        if (secret !== undefined)
            logger.secret(secret);
    // Explicit credentials per registry. Where the source and a destination share a registry, the
    // destination's (registry-*) win: they must allow push, and usually allow pull too.
    const credentials = Object.assign((0,oci_open/* credentialsFor */.Og)(parsed.source, parsed.sourceUsername, parsed.sourcePassword), ...parsed.destinations.map((d) => (0,oci_open/* credentialsFor */.Og)(d.reference, parsed.registryUsername, parsed.registryPassword)));
    const env = { ...environment.env };
    if (parsed.githubToken !== undefined && !env.GITHUB_TOKEN)
        env.GITHUB_TOKEN = parsed.githubToken;
    const policy = parsed.signaturePolicy;
    // The record is signed with the sign action's own config resolution (key decrypted, or keyless).
    let recordSigning;
    if (parsed.recordKey !== undefined && !parsed.dryRun) {
        // The sign and verify code (the sigstore libraries) is loaded only when a promotion needs it:
        // most promotions sign nothing, and loading it costs a cold start about 0.15 s.
        const { keyOnlySignInputs, resolveSigningConfig } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(335), __webpack_require__.e(933), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(100), __webpack_require__.e(911), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 35964));
        const keyless = /^keyless$/i.test(parsed.recordKey);
        recordSigning = await resolveSigningConfig(keyOnlySignInputs({
            key: keyless ? undefined : parsed.recordKey,
            keyPassword: parsed.recordKeyPassword,
            keyless,
        }), environment, 'record-key');
    }
    // The verification summary is signed the same way, with its own key (or keyless).
    let summarySigning;
    if (parsed.writeSummary && parsed.summaryKey !== undefined && !parsed.dryRun) {
        const { keyOnlySignInputs, resolveSigningConfig } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(335), __webpack_require__.e(933), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(100), __webpack_require__.e(911), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 35964));
        const keyless = /^keyless$/i.test(parsed.summaryKey);
        summarySigning = await resolveSigningConfig(keyOnlySignInputs({
            key: keyless ? undefined : parsed.summaryKey,
            keyPassword: parsed.summaryKeyPassword ?? '',
            keyless,
        }), environment, 'summary-key');
    }
    const result = await promote({
        source: inWorkspace(parsed.source, environment.cwd),
        destinations: parsed.destinations.map((d) => ({
            reference: inWorkspace(d.reference, environment.cwd),
            tags: [...d.tags],
        })),
        tags: [...parsed.tags],
        allowOverwrite: parsed.allowOverwrite,
        copyReferrers: typeof parsed.copyReferrers === 'boolean' ? parsed.copyReferrers : [...parsed.copyReferrers],
        platforms: [...parsed.platforms],
        mountFrom: parsed.mountFrom,
        ...(parsed.environment === undefined ? {} : { environment: parsed.environment }),
        evidence: parsed.evidence.map((e) => ({
            name: e.name,
            path: external_node_path_default().resolve(environment.cwd, e.path),
            origin: { root: environment.cwd, input: 'evidence', given: e.path },
        })),
        record: parsed.record,
        bindTags: parsed.bindTags,
        ...(recordSigning === undefined ? {} : { recordSigning }),
        ...(summarySigning === undefined ? {} : { summarySigning }),
        dryRun: parsed.dryRun,
        concurrency: parsed.concurrency,
        ...(policy === undefined
            ? {}
            : {
                gate: async (source, digest) => {
                    const { verifyPromotionSource } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(335), __webpack_require__.e(933), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(100), __webpack_require__.e(911), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 35964));
                    return verifyPromotionSource(policy, source, digest, { ...environment, env, logger });
                },
            }),
        registry: { credentials, env, logger },
        layoutAccess: {
            source: paths/* linksBeneath */.rd(ws, 'source'),
            destinations: paths/* linksBeneath */.rd(ws, 'destinations'),
        },
        logger,
        env,
    });
    const refs = result.destinations.flatMap((d) => d.refs);
    return {
        outputs: {
            digest: result.digest,
            'destination-refs': refs.join('\n'),
            'bytes-copied': String(result.bytesCopied),
            'blobs-copied': String(result.blobsCopied),
            'blobs-mounted': String(result.blobsMounted),
            'blobs-skipped': String(result.blobsSkipped),
            'referrers-copied': String(result.referrersCopied),
            'blobs-to-copy': String(result.blobsToCopy),
            'bytes-to-copy': String(result.bytesToCopy),
            records: result.destinations.flatMap((d) => (d.record === undefined ? [] : [d.record])).join('\n'),
            'verification-summaries': result.destinations
                .flatMap((d) => (d.verificationSummary === undefined ? [] : [d.verificationSummary]))
                .join('\n'),
            json: JSON.stringify(result),
        },
        summary: (0,summary/* jobSummary */.sp)('promote', result.digest, environment.github, promoteSummary(result)),
    };
}


/***/ }),

/***/ 52256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ PROMOTION_PREDICATE_TYPE),
/* harmony export */   Tq: () => (/* binding */ findRecord),
/* harmony export */   k7: () => (/* binding */ stageRecord),
/* harmony export */   yz: () => (/* binding */ PROMOTION_ARTIFACT_TYPE)
/* harmony export */ });
/* unused harmony export IN_TOTO_MEDIA_TYPE */
/* harmony import */ var _oci_builder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23252);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88315);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96939);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61722);
/* harmony import */ var _sign_artifact_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24197);
/**
 * Promotion, step "records": the promotion record of one destination (an in-toto statement, signed
 * as a Sigstore bundle or unsigned), pushed as a referrer of the promoted digest before any tag; and
 * the search for a record already there, so that a re-run completes what an earlier run left out
 * and never adds a second record for the same promotion.
 */





/**
 * The predicate type of promotion records: the project's own, versioned, and specified by the
 * document it points at (docs/promotion-record.md, section "v1"). Version 1 is additive-only.
 */
const PROMOTION_PREDICATE_TYPE = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/promotion-record.md#v1';
const PROMOTION_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.promotion.v1+json';
const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
function recordStatement(facts, signed) {
    const { run } = facts;
    // Absent facts are left out of the JSON, as they always were (undefined is not serialised).
    const given = (value) => (value === '' ? undefined : value);
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: facts.destination, digest: { sha256: (0,_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(facts.digest) } }],
        predicateType: PROMOTION_PREDICATE_TYPE,
        predicate: {
            source: facts.source,
            destination: facts.destination,
            tags: facts.tags,
            digest: facts.digest,
            mediaType: facts.mediaType,
            ...(facts.environment === undefined ? {} : { environment: facts.environment }),
            promotedAt: facts.now.toISOString(),
            ...(run.actor ? { actor: run.actor } : {}),
            ...(run.runUrl === undefined
                ? {}
                : {
                    run: {
                        url: run.runUrl,
                        workflow: given(run.workflowName),
                        repository: run.repository,
                        sha: given(run.sha),
                    },
                }),
            ...(facts.gate === undefined ? {} : { gate: facts.gate }),
            evidence: facts.evidence,
            signed,
        },
    };
}
/**
 * The record of one destination made ready to push: its blobs uploaded, its manifest returned with
 * what to say once the caller has pushed it (StagedReferrer); `attached` gives the record's digest.
 */
async function stageRecord(store, facts, signing, logger = _log_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq) {
    const statement = recordStatement(facts, signing !== undefined);
    const subject = { mediaType: facts.mediaType, digest: facts.digest, size: facts.size };
    if (signing !== undefined) {
        // Signed: the statement in a DSSE envelope inside a Sigstore bundle, pushed as a referrer
        // exactly as the sign action pushes attestations (verify finds it by its predicate type).
        // Loaded here, not at start: the sigstore libraries cost a cold start about 0.15 s.
        const { signStatement, stageArtefact, bundleReferrer } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(187), __webpack_require__.e(335), __webpack_require__.e(933), __webpack_require__.e(22), __webpack_require__.e(280), __webpack_require__.e(276), __webpack_require__.e(100), __webpack_require__.e(911), __webpack_require__.e(443)]).then(__webpack_require__.bind(__webpack_require__, 35964));
        const signed = await signStatement(statement, signing);
        const manifest = await stageArtefact(store, bundleReferrer(signed.bundle, subject, facts.now));
        return {
            manifest,
            attached: ({ digest }) => {
                logger.info(`  promotion record ${digest} attached, signed by ${signed.signer}`);
                return digest;
            },
        };
    }
    const manifest = await (0,_oci_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareReferrer */ .Zx)(store, subject, PROMOTION_ARTIFACT_TYPE, { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) }, {
        'dev.immutable-artefacts.predicateType': PROMOTION_PREDICATE_TYPE,
        [_oci_media_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CREATED */ .H]: statement.predicate.promotedAt,
        ...(facts.environment === undefined ? {} : { 'dev.immutable-artefacts.environment': facts.environment }),
    });
    return {
        manifest,
        attached: ({ digest }) => {
            logger.info(`  promotion record ${digest} attached (unsigned: no record-key given)`);
            return digest;
        },
    };
}
/** The statement inside a record manifest (unsigned: the layer itself; signed: the DSSE payload). */
async function statementOf(store, manifest) {
    const layer = manifest.parsed.layers?.[0];
    if (layer === undefined || layer.size > 4 * 1024 * 1024)
        return undefined;
    const text = (await (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_3__/* .readBlob */ .gm)(store, layer)).toString('utf8');
    try {
        let parsed = JSON.parse(text);
        if (parsed.dsseEnvelope?.payload !== undefined) {
            parsed = JSON.parse(Buffer.from(parsed.dsseEnvelope.payload, 'base64').toString('utf8'));
        }
        return parsed.predicateType === PROMOTION_PREDICATE_TYPE ? parsed.predicate : undefined;
    }
    catch {
        return undefined;
    }
}
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
/**
 * The digest of a record at `store` that records this very promotion (same destination, tags,
 * digest, environment, signed or not), or undefined. Evidence is not compared: a re-run's test
 * report is a new file for the same promotion.
 */
async function findRecord(store, facts, signed) {
    const listed = await store.referrers(facts.digest);
    const candidates = listed.filter((d) => signed
        ? d.artifactType === _sign_artifact_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGSTORE_BUNDLE_ARTIFACT_TYPE */ .W &&
            (d.annotations?.[_sign_artifact_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_PREDICATE */ .C] ?? PROMOTION_PREDICATE_TYPE) === PROMOTION_PREDICATE_TYPE
        : d.artifactType === PROMOTION_ARTIFACT_TYPE);
    for (const candidate of candidates) {
        const predicate = await statementOf(store, await store.getManifest(candidate.digest));
        if (predicate !== undefined &&
            predicate.destination === facts.destination &&
            predicate.digest === facts.digest &&
            predicate.environment === facts.environment &&
            predicate.signed === signed &&
            sameSet(predicate.tags ?? [], facts.tags)) {
            return candidate.digest;
        }
    }
    return undefined;
}


/***/ })

};
