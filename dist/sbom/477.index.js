export const id = 477;
export const ids = [477];
export const modules = {

/***/ 87477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  catalogImageReference: () => (/* binding */ catalogImageReference),
  platformMatches: () => (/* binding */ platformMatches)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(92886);
;// CONCATENATED MODULE: ./packages/core/src/oci/layout-directory.ts
/**
 * The directory of an OCI image layout, as LayoutStore checks it before it reads or writes: what is
 * there (a layout, nothing yet, a file), the symbolic links beneath it (see LayoutAccess), the errors
 * of the file system about it in words that name the input, and the temporary files a killed writer
 * left in it. Its own module: the store itself is about blobs, manifests and the index.
 */




/**
 * A temporary file (a blob being staged, an index.json being replaced) untouched for this long was left
 * by a writer that stopped without cleaning up (killed, or its machine lost): the next writer removes
 * it. A live writer touches its file with every chunk, so a day leaves every real write alone.
 */
const ABANDONED_TEMP_MS = 24 * 60 * 60 * 1000;
/** The names of the layout's temporary files: `.tmp-<hex>` in blobs/sha256, `<file>.tmp-<hex>` beside index.json. */
const TEMP_NAME = /(^|\.json|oci-layout)\.tmp-[0-9a-f]+$/;
/** What a layout directory is, as every refusal of one says it. */
const EXPECTED_LAYOUT = 'expected an OCI image layout directory (oci-layout, index.json, blobs/), as pack, promote, skopeo or crane write one';
/**
 * What an error of the file system says about the path it met, in words (the raw message names a
 * syscall and a path, not what is wrong with the input): the code each gets, and the words.
 */
const PATH_ERRORS = {
    ENOTDIR: { code: 'LAYOUT_INVALID', says: 'a part of the path is a file, not a directory' },
    EISDIR: { code: 'LAYOUT_INVALID', says: 'a directory stands where the layout keeps a file' },
    ENAMETOOLONG: { code: 'LAYOUT_INVALID', says: 'the path is too long for the file system' },
    ELOOP: { code: 'LAYOUT_INVALID', says: 'too many levels of symbolic links' },
    EACCES: { code: 'IO_FAILED', says: 'permission denied' },
    EPERM: { code: 'IO_FAILED', says: 'operation not permitted' },
};
/** Flags that open a file for reading without following a symbolic link at its last component. */
const READ_NO_LINK = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW;
/** The checks of one layout directory, each made once per store. */
class LayoutDirectory {
    dir;
    location;
    access;
    follow;
    /** How the layout's files are opened for reading: without following a link, unless links are followed. */
    readFlags;
    /** Set once the store's init has made the directory a layout: it is one from then on. */
    initialised = false;
    dirsChecked;
    shapeChecked;
    layoutChecked;
    constructor(dir, location, access) {
        this.dir = dir;
        this.location = location;
        this.access = access;
        this.follow = access.follow === true;
        this.readFlags = this.follow ? 'r' : READ_NO_LINK;
    }
    /**
     * A message about the directory: the input that named it (when the opener said), the directory
     * (a very long one cut short), then `text`.
     */
    named(text) {
        const shown = this.location.length > 200 ? `${this.location.slice(0, 200)}…` : this.location;
        return `${this.access.input === undefined ? '' : `Input '${this.access.input}': `}${shown}: ${text}`;
    }
    /** What the directory must be, as a refusal says it: a layout, or for a destination where one is to be. */
    expected() {
        return this.access.create === true
            ? 'expected a directory to write an OCI image layout into (or no such path yet: it is created)'
            : EXPECTED_LAYOUT;
    }
    /**
     * The directory itself, checked once before the store's first read or write: a directory, or
     * nothing yet (answers whether it is there); never a file (whose `index.json` would be a raw
     * ENOTDIR) nor a path the file system cannot hold. The directory may be a link (paths.ts checked
     * where it leads): only the files beneath it are the layout's own.
     */
    shape() {
        this.shapeChecked ??= (async () => {
            let info;
            try {
                info = await (0,promises_.stat)(this.dir);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return false;
                throw this.wrap(error, 'opening the directory');
            }
            if (!info.isDirectory()) {
                throw new errors/* ArtefactsError */.E('LAYOUT_INVALID', this.named(`a file, not a directory; ${this.expected()}.`));
            }
            return true;
        })();
        return this.shapeChecked;
    }
    /**
     * Before a read: the directory is a layout (oci-layout and index.json there), unless the store was
     * opened to create it or has written it. A missing directory is REGISTRY_NOT_FOUND, as a missing
     * repository is; a directory that is not a layout LAYOUT_INVALID: neither reads as an empty one.
     */
    async readable() {
        const there = await this.shape();
        if (this.access.create === true || this.initialised)
            return;
        this.layoutChecked ??= (async () => {
            if (!there) {
                throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', this.named(`no such directory; ${EXPECTED_LAYOUT}.`), {
                    hint: 'Check the path for a typo. Only a command that writes a layout (pack, promote) creates one.',
                });
            }
            for (const name of ['oci-layout', 'index.json']) {
                const info = await this.noLink(external_node_path_default().join(this.dir, name));
                if (info === undefined || !info.isFile()) {
                    throw new errors/* ArtefactsError */.E('LAYOUT_INVALID', this.named(`no OCI image layout there (${info === undefined ? `no ${name} file` : `${name} is not a file`}); ${EXPECTED_LAYOUT}.`));
                }
            }
        })();
        await this.layoutChecked;
    }
    refused(file) {
        return (this.access.refuse?.(file) ??
            new errors/* ArtefactsError */.E('PATH_UNSAFE', `${this.location}: ${file} is a symbolic link; no file of a layout may be one (it could lead outside the workspace).`));
    }
    /** Throws the refusal where an open that follows no link met one (ELOOP under O_NOFOLLOW). */
    refuseLinkOpened(error, file) {
        if (!this.follow && error.code === 'ELOOP')
            throw this.refused(file);
    }
    /** Refuses `file` when it is a symbolic link (unless links are followed); answers its lstat, undefined when absent. */
    async noLink(file) {
        let info;
        try {
            info = await (this.follow ? promises_.stat : promises_.lstat)(file);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw this.wrap(error, `checking ${external_node_path_default().relative(this.dir, file)}`);
        }
        if (info.isSymbolicLink())
            throw this.refused(file);
        return info;
    }
    /** blobs/ and blobs/sha256/ are no links (or absent), checked once per store before any blob is touched. */
    blobDirs() {
        this.dirsChecked ??= (async () => {
            await this.shape();
            if (this.follow)
                return;
            await this.noLink(external_node_path_default().join(this.dir, 'blobs'));
            await this.noLink(external_node_path_default().join(this.dir, 'blobs', 'sha256'));
        })();
        return this.dirsChecked;
    }
    /**
     * An error of the file system while `doing` something, as an ArtefactsError: one that says what is
     * wrong with the path (a file where a directory must be, a name too long, no permission) names the
     * input and says so in words; any other keeps its own message.
     */
    wrap(error, doing) {
        if (error instanceof errors/* ArtefactsError */.E)
            return error;
        const known = PATH_ERRORS[error.code ?? ''];
        if (known !== undefined) {
            return new errors/* ArtefactsError */.E(known.code, this.named(`${doing}: ${known.says}; ${this.expected()}.`), {
                cause: error,
            });
        }
        return new errors/* ArtefactsError */.E('IO_FAILED', `${this.location}: ${doing}: ${(0,errors/* describeError */.Uc)(error)}`, { cause: error });
    }
}
/**
 * Removes the temporary files writers left behind (see ABANDONED_TEMP_MS), once per store, before its
 * first write. Never fails a write: a file another writer removed first, or one that cannot be
 * removed, is left to it.
 */
async function sweepAbandoned(layoutDir) {
    const before = Date.now() - ABANDONED_TEMP_MS;
    for (const dir of [layoutDir, external_node_path_default().join(layoutDir, 'blobs', 'sha256')]) {
        const names = await (0,promises_.readdir)(dir).catch(() => []);
        for (const name of names) {
            if (!TEMP_NAME.test(name))
                continue;
            const file = external_node_path_default().join(dir, name);
            // lstat: only a file of its own is a temporary file; a link's age would be its target's.
            const info = await (0,promises_.lstat)(file).catch(() => undefined);
            if (info?.isFile() === true && info.mtimeMs < before)
                await (0,promises_.unlink)(file).catch(() => undefined);
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
;// CONCATENATED MODULE: ./packages/core/src/oci/store.ts
/**
 * One interface over a registry repository and an OCI image layout directory, so promote, sign,
 * verify and sbom work the same online and offline.
 */


/**
 * A blob's verified bytes for a reader that looks at each chunk once: the store's borrowed chunks
 * where it has them (an OCI layout), else its getBlob stream (whose chunks are the reader's to keep).
 */
async function* blobChunks(store, descriptor) {
    if (store.blobChunks !== undefined) {
        yield* store.blobChunks(descriptor);
        return;
    }
    for await (const chunk of await store.getBlob(descriptor))
        yield chunk;
}
/**
 * What a copy uploads from `store`: its lent chunks where it lends them (an OCI layout reads into two
 * reused buffers), else its getBlob stream; verified against `descriptor` either way.
 */
async function store_blobBody(store, descriptor) {
    if (store.blobChunks === undefined)
        return store.getBlob(descriptor);
    return { chunks: store.blobChunks(descriptor), verified: { digest: descriptor.digest, size: descriptor.size } };
}
/**
 * Lent chunks checked against `descriptor` (see verifiedChunks): as they are when they were verified
 * against exactly it already, else hashed as they pass.
 */
function verifiedLent(body, descriptor, where) {
    if (body.verified !== undefined && (0,media/* checksBlob */.T)(body.verified, descriptor))
        return body.chunks;
    return (0,media/* verifiedChunks */.Dc)(body.chunks, descriptor, where);
}
/** Lent chunks as a stream of copies, for a consumer that keeps what it reads. */
function keptChunks(chunks) {
    return external_node_stream_.Readable.from((async function* () {
        for await (const chunk of chunks)
            yield Buffer.from(chunk);
    })(), { objectMode: false });
}

;// CONCATENATED MODULE: ./packages/core/src/oci/layout.ts
/**
 * An OCI image layout directory as an ArtifactStore: `oci-layout`, `index.json` (tags as
 * `org.opencontainers.image.ref.name` annotations) and `blobs/sha256/<hex>`. Blobs are written to
 * a temporary file, verified, then renamed; index.json is replaced atomically. Nothing is ever
 * half-written; the temporary files of a killed writer are removed by a later one (ABANDONED_TEMP_MS).
 * Referrers are manifests with a `subject` listed in index.json (found by scanning), plus any
 * `sha256-<hex>` fallback-tag index another tool left there. The directory's own checks (what is
 * there, links beneath it, errors in words) are layout-directory.ts's.
 *
 * No symbolic link among the layout's own files is followed (see LayoutAccess), unless the store is
 * opened to follow them: the directory's workspace check cannot see where a link beneath it leads.
 *
 * Only a store opened to create its layout (a destination: pack, promote) reads one that is not there
 * yet as empty; any other refuses to read where no layout is (no directory, no oci-layout or no
 * index.json), so a mistyped directory is never taken for an empty repository. Every store writes
 * its layout into being on its first write.
 */












const REF_NAME = 'org.opencontainers.image.ref.name';

class LayoutStore {
    dir;
    location;
    mountScope;
    indexLock = Promise.resolve();
    swept;
    /** The directory's own checks: what it is, links beneath it, its errors in words. */
    checks;
    constructor(dir, access = {}) {
        this.dir = dir;
        this.location = `oci:${dir}`;
        this.mountScope = { kind: 'layout', dir };
        this.checks = new LayoutDirectory(dir, this.location, access);
    }
    /** A blob's file, once the directories above it are known to lead nowhere else. */
    async blobFile(digest) {
        (0,references/* checkDigest */.H2)(digest);
        await this.checks.blobDirs();
        return external_node_path_default().join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /** Creates the layout skeleton when absent (idempotent). */
    async init() {
        // Checked before the mkdir: a recursive mkdir through a linked blobs/ would create directories wherever it leads.
        await this.checks.blobDirs();
        await (0,promises_.mkdir)(external_node_path_default().join(this.dir, 'blobs', 'sha256'), { recursive: true }).catch((error) => {
            throw this.checks.wrap(error, 'creating blobs/sha256');
        });
        const marker = external_node_path_default().join(this.dir, 'oci-layout');
        try {
            const text = await (0,promises_.readFile)(marker, { encoding: 'utf8', flag: this.checks.readFlags });
            const parsed = JSON.parse(text);
            if (parsed.imageLayoutVersion !== '1.0.0') {
                throw new errors/* ArtefactsError */.E('LAYOUT_INVALID', this.checks.named(`oci-layout has version ${JSON.stringify(parsed.imageLayoutVersion)}, expected 1.0.0.`));
            }
        }
        catch (error) {
            this.checks.refuseLinkOpened(error, marker);
            if (error.code !== 'ENOENT')
                throw this.checks.wrap(error, 'reading oci-layout');
            await this.atomicWrite(marker, Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
        }
        if ((await this.checks.noLink(external_node_path_default().join(this.dir, 'index.json'))) === undefined) {
            await this.atomicWrite(external_node_path_default().join(this.dir, 'index.json'), Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: media/* MEDIA */.Rn.ociIndex, manifests: [] })));
        }
        this.swept ??= sweepAbandoned(this.dir);
        await this.swept;
        this.checks.initialised = true;
    }
    /**
     * Writes `file` whole or not at all: `write` fills a temporary file beside it (named `tmp`), which
     * is then renamed over it; on any failure the temporary file is removed.
     */
    async replaceFile(file, tmp, write, doing = `writing ${external_node_path_default().basename(file)}`) {
        try {
            await write(tmp);
            await (0,promises_.rename)(tmp, file);
        }
        catch (error) {
            await (0,promises_.unlink)(tmp).catch(() => undefined);
            throw this.checks.wrap(error, doing);
        }
    }
    /** `wx`: the temporary file is always a new one, never a file or link already at its name. */
    atomicWrite(file, bytes) {
        return this.replaceFile(file, `${file}.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`, (tmp) => (0,promises_.writeFile)(tmp, bytes, { flag: 'wx' }));
    }
    /**
     * The index, or undefined where the directory is not (yet) a layout: nothing tagged, nothing
     * referring. Only for a store opened to create its layout: any other refuses first (readable).
     */
    async indexIfAny() {
        await this.checks.readable();
        try {
            return await this.readIndex();
        }
        catch (error) {
            if (error instanceof errors/* ArtefactsError */.E && error.code === 'REGISTRY_NOT_FOUND')
                return undefined;
            throw error;
        }
    }
    async readIndex() {
        await this.checks.readable();
        let text;
        const file = external_node_path_default().join(this.dir, 'index.json');
        try {
            text = await (0,promises_.readFile)(file, { encoding: 'utf8', flag: this.checks.readFlags });
        }
        catch (error) {
            this.checks.refuseLinkOpened(error, file);
            if (error.code === 'ENOENT') {
                throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${this.location}: no index.json; not an OCI image layout.`, {
                    hint: 'Point at a directory holding oci-layout, index.json and blobs/.',
                });
            }
            throw this.checks.wrap(error, 'reading index.json');
        }
        try {
            const parsed = JSON.parse(text);
            if (!Array.isArray(parsed.manifests))
                throw new Error('no manifests array');
            return parsed;
        }
        catch (error) {
            throw new errors/* ArtefactsError */.E('LAYOUT_INVALID', this.checks.named(`index.json is not a valid index: ${(0,errors/* describeError */.Uc)(error)}`));
        }
    }
    /** Serialised read-modify-write of index.json, replaced atomically. */
    async updateIndex(change) {
        const run = this.indexLock
            .catch(() => undefined)
            .then(async () => {
            await this.init();
            const index = await this.readIndex();
            const next = change([...index.manifests]);
            if (next === undefined)
                return;
            const out = { ...index, schemaVersion: 2, mediaType: media/* MEDIA */.Rn.ociIndex, manifests: next };
            await this.atomicWrite(external_node_path_default().join(this.dir, 'index.json'), Buffer.from(JSON.stringify(out, null, 2)));
        });
        this.indexLock = run;
        await run;
    }
    async resolve(reference) {
        if ((0,references/* isDigest */.Bc)(reference)) {
            await this.checks.readable();
            if ((await this.hasBlob(reference)) === undefined)
                return undefined;
            const manifest = await this.getManifest(reference);
            return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        }
        if (!(0,references/* isTag */.dz)(reference)) {
            throw new errors/* ArtefactsError */.E('REFERENCE_INVALID', `${JSON.stringify(reference.slice(0, 200))} is neither a tag nor a sha256 digest.`);
        }
        const index = await this.indexIfAny();
        if (index === undefined)
            return undefined;
        const entry = [...index.manifests].reverse().find((d) => d.annotations?.[REF_NAME] === reference);
        if (entry === undefined)
            return undefined;
        return { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
    }
    async getManifest(reference) {
        const what = `reading manifest ${this.location}${(0,references/* isDigest */.Bc)(reference) ? '@' : ':'}${reference}`;
        await this.checks.readable();
        const digest = (0,references/* isDigest */.Bc)(reference) ? reference : (await this.resolve(reference))?.digest;
        if (digest === undefined)
            throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${what}: no such tag.`);
        let bytes;
        const file = await this.blobFile(digest);
        try {
            bytes = await (0,promises_.readFile)(file, { flag: this.checks.readFlags });
        }
        catch (error) {
            this.checks.refuseLinkOpened(error, file);
            if (error.code === 'ENOENT')
                throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${what}: blob missing.`);
            throw this.checks.wrap(error, what);
        }
        if ((0,media/* sha256 */.sc)(bytes) !== digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the stored bytes hash to ${(0,media/* sha256 */.sc)(bytes)}; the layout is corrupt.`);
        }
        return (0,media/* parseManifest */.Ng)(bytes, what);
    }
    async putManifest(manifest, options = {}) {
        if (options.tag !== undefined && !(0,references/* isTag */.dz)(options.tag)) {
            throw new errors/* ArtefactsError */.E('REFERENCE_INVALID', `Tag ${JSON.stringify(options.tag.slice(0, 200))} is not a valid tag.`);
        }
        if ((0,media/* sha256 */.sc)(manifest.bytes) !== manifest.digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.location}: manifest bytes do not hash to ${manifest.digest}.`);
        }
        await this.init();
        await this.putBlob({ digest: manifest.digest, size: manifest.bytes.length }, manifest.bytes);
        const subject = manifest.parsed.subject;
        const entry = (0,media/* descriptorOf */.nb)(manifest);
        await this.updateIndex((manifests) => {
            let changed = false;
            let out = manifests;
            if (options.tag !== undefined) {
                const tagged = { ...entry, annotations: { ...entry.annotations, [REF_NAME]: options.tag } };
                const same = out.find((d) => d.annotations?.[REF_NAME] === options.tag);
                if (same === undefined || same.digest !== manifest.digest) {
                    out = [...out.filter((d) => d.annotations?.[REF_NAME] !== options.tag), tagged];
                    changed = true;
                }
            }
            if (subject !== undefined && !out.some((d) => d.digest === manifest.digest)) {
                out = [...out, entry];
                changed = true;
            }
            return changed ? out : undefined;
        });
        return { digest: manifest.digest, referrerIndexed: subject !== undefined };
    }
    async putTag(tag, manifest) {
        await this.putManifest(manifest, { tag });
    }
    /** lstat where stat was: a linked blob is refused here, before any read or write of it, at no extra cost. */
    async hasBlob(digest) {
        return (await this.checks.noLink(await this.blobFile(digest)))?.size;
    }
    /** The size of a blob that must be there: REGISTRY_NOT_FOUND when it is not. */
    async presentBlob(digest) {
        await this.checks.readable();
        const size = await this.hasBlob(digest);
        if (size === undefined) {
            throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${this.location}: blob ${digest} is missing.`);
        }
        return size;
    }
    async getBlob(descriptor) {
        await this.presentBlob(descriptor.digest);
        const verifier = new media/* VerifyingStream */.SC(descriptor.digest, descriptor.size, `reading blob ${descriptor.digest} from ${this.location}`);
        (0,external_node_stream_.pipeline)((0,files/* readFileAhead */.i0)(await this.blobFile(descriptor.digest), files/* FILE_CHUNK */.R, this.checks.readFlags), verifier, () => undefined);
        return verifier;
    }
    async *blobChunks(descriptor) {
        const size = await this.presentBlob(descriptor.digest);
        yield* (0,media/* verifiedChunks */.Dc)((0,files/* readFileBorrowed */.VL)(await this.blobFile(descriptor.digest), files/* FILE_CHUNK */.R, (0,files/* borrowedBuffers */.Wg)(), this.checks.readFlags), { digest: descriptor.digest, size: descriptor.size ?? size }, `reading blob ${descriptor.digest} from ${this.location}`);
    }
    async putBlob(descriptor, source) {
        const target = await this.blobFile(descriptor.digest);
        if ((await this.hasBlob(descriptor.digest)) === descriptor.size)
            return;
        await this.init();
        const raw = Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : await source();
        if (!(raw instanceof external_node_stream_.Readable)) {
            await this.commitChunks(verifiedLent(raw, descriptor, `writing blob ${descriptor.digest} to ${this.location}`), target);
            return;
        }
        if (raw instanceof media/* VerifyingStream */.SC && raw.verifies(descriptor)) {
            // Already verified while streaming (a store's getBlob): hashing it again would only cost time.
            await this.commitStream(raw, new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 }), target);
            return;
        }
        const verifier = new media/* VerifyingStream */.SC(descriptor.digest, descriptor.size, `writing blob ${descriptor.digest} to ${this.location}`);
        await this.commitStream(raw, verifier, target);
    }
    /**
     * A temporary file in blobs/sha256 for a blob of not-yet-known digest; `commit` renames it under its
     * digest (one device, no copy). Its name starts with `.tmp-`, as every temporary blob file's does, so
     * it is never taken for a blob.
     */
    async stageBlob() {
        await this.init();
        const file = this.blobTemp();
        return {
            file,
            commit: async (descriptor) => {
                try {
                    const target = await this.blobFile(descriptor.digest);
                    const size = (await (0,promises_.lstat)(file)).size;
                    if (size !== descriptor.size) {
                        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.location}: the staged blob holds ${size} bytes where ${descriptor.digest} declares ${descriptor.size}; refused.`);
                    }
                    if ((await this.hasBlob(descriptor.digest)) === descriptor.size)
                        await (0,promises_.unlink)(file);
                    else
                        await (0,promises_.rename)(file, target);
                }
                catch (error) {
                    await (0,promises_.unlink)(file).catch(() => undefined);
                    throw this.checks.wrap(error, `writing blob ${descriptor.digest}`);
                }
            },
            discard: () => (0,promises_.unlink)(file).catch(() => undefined),
        };
    }
    /** Writes a stream of unknown digest as a blob, hashed as it is written; answers its digest and size. */
    async writeBlob(source) {
        const staged = await this.stageBlob();
        const hasher = new media/* Hasher */.OP();
        try {
            await (0,external_node_stream_promises_.pipeline)(Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : source, hasher, (0,external_node_fs_.createWriteStream)(staged.file, { flags: 'wx' }));
        }
        catch (error) {
            await staged.discard();
            throw this.checks.wrap(error, 'writing a blob');
        }
        const blob = hasher.result();
        await staged.commit(blob);
        return blob;
    }
    /** A blob's temporary file, in the blobs' own directory (so the rename that commits it stays on one device). */
    blobTemp() {
        return external_node_path_default().join(this.dir, 'blobs', 'sha256', `.tmp-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
    }
    /** Commits lent chunks as a blob, each written before the next is asked for. */
    commitChunks(chunks, target) {
        return this.replaceFile(target, this.blobTemp(), async (tmp) => {
            const handle = await (0,promises_.open)(tmp, 'wx');
            try {
                for await (const chunk of chunks) {
                    await (0,files/* writeFully */.KM)(handle, chunk);
                }
            }
            finally {
                await handle.close();
            }
        }, `writing blob ${external_node_path_default().basename(target)}`);
    }
    commitStream(raw, verifier, target) {
        return this.replaceFile(target, this.blobTemp(), (tmp) => (0,external_node_stream_promises_.pipeline)(raw, verifier, (0,external_node_fs_.createWriteStream)(tmp, { flags: 'wx' })), `writing blob ${external_node_path_default().basename(target)}`);
    }
    async mountBlob(descriptor, fromRepository, fallback) {
        if ((await this.hasBlob(descriptor.digest)) === descriptor.size)
            return 'mounted';
        // The source is opened refusing links, whatever its own store does: link(2) would link a link
        // itself, and a blob behind one is copied through the source store instead (its own rule applies).
        const other = new LayoutStore(fromRepository);
        const there = await other.hasBlob(descriptor.digest).catch((error) => {
            if (error instanceof errors/* ArtefactsError */.E && error.code === 'PATH_UNSAFE')
                return undefined;
            throw error;
        });
        if (there === descriptor.size) {
            await this.init();
            const target = await this.blobFile(descriptor.digest);
            const source = await other.blobFile(descriptor.digest);
            const tmp = this.blobTemp();
            try {
                // A hard link moves no bytes; verify the source before trusting it.
                await (0,external_node_stream_promises_.pipeline)(await other.getBlob(descriptor), new external_node_stream_.Writable({ write: (_chunk, _encoding, cb) => cb() }));
                await (0,promises_.link)(source, tmp).catch(() => (0,promises_.copyFile)(source, tmp, external_node_fs_.constants.COPYFILE_EXCL));
                await (0,promises_.rename)(tmp, target);
                return 'mounted';
            }
            catch (error) {
                await (0,promises_.unlink)(tmp).catch(() => undefined);
                throw this.checks.wrap(error, `mounting blob ${descriptor.digest} from ${fromRepository}`);
            }
        }
        if (fallback === undefined)
            return 'not-mounted';
        await this.putBlob(descriptor, fallback);
        return 'uploaded';
    }
    async referrers(digest, artifactType) {
        (0,references/* checkDigest */.H2)(digest);
        const index = await this.indexIfAny();
        if (index === undefined)
            return [];
        const found = [];
        const seen = new Set();
        const add = (d) => {
            if (seen.has(d.digest))
                return;
            seen.add(d.digest);
            if (artifactType === undefined || d.artifactType === artifactType)
                found.push(d);
        };
        for (const entry of index.manifests) {
            if (entry.digest === digest || (await this.hasBlob(entry.digest)) === undefined || entry.size > 4 * 1024 * 1024)
                continue;
            const manifest = await this.getManifest(entry.digest);
            if (manifest.parsed.subject?.digest === digest)
                add((0,media/* descriptorOf */.nb)(manifest));
        }
        const fallback = index.manifests.find((d) => d.annotations?.[REF_NAME] === (0,references/* referrersTag */.LN)(digest));
        if (fallback !== undefined && (0,media/* isIndexMediaType */.$$)(fallback.mediaType)) {
            const manifest = await this.getManifest(fallback.digest);
            for (const d of manifest.parsed.manifests)
                add(d);
        }
        return found;
    }
    async listTags() {
        const index = await this.indexIfAny();
        if (index === undefined)
            return [];
        const tags = index.manifests.map((d) => d.annotations?.[REF_NAME]).filter((t) => t !== undefined);
        return [...new Set(tags)].sort();
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/builtins.ts
var builtins = __webpack_require__(69093);
// EXTERNAL MODULE: ./packages/core/src/oci/http.ts
var http = __webpack_require__(53795);
;// CONCATENATED MODULE: ./packages/core/src/oci/auth.ts
/**
 * Registry authentication: anonymous, basic, and the bearer-token flow (realm/service/scope, one
 * scope per repository, a token cache per scope set, one refresh on 401). Credentials come from
 * explicit options, REGISTRY_AUTH_FILE, ~/.docker/config.json, the containers auth.json (auths,
 * credHelpers, credsStore: the helper is run with an argv array) or GITHUB_TOKEN for ghcr.io. They are never put in a message or a log line.
 */







/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or Basic). */
function parseChallenge(header) {
    if (header === undefined)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (match === null)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let m = re.exec(match[2]); m !== null; m = re.exec(match[2])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
    return {
        scheme,
        ...(params.realm === undefined ? {} : { realm: params.realm }),
        ...(params.service === undefined ? {} : { service: params.service }),
        ...(params.scope === undefined ? {} : { scope: params.scope }),
    };
}
function normaliseConfigKey(key) {
    let k = key.trim().replace(/^[a-z]+:\/\//i, '');
    const slash = k.indexOf('/');
    if (slash >= 0)
        k = k.slice(0, slash);
    k = k.toLowerCase();
    if (k === 'index.docker.io' || k === 'registry-1.docker.io' || k === 'registry.hub.docker.com')
        return references/* DOCKER_HUB */.Xb;
    return k;
}
async function readAuthFile(file, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${what} ${file} is not valid JSON: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}
/**
 * The credential files, in the order they are asked: REGISTRY_AUTH_FILE (podman's and skopeo's,
 * when set it is what the user chose), the Docker config (DOCKER_CONFIG or ~/.docker), then the
 * containers auth.json (XDG_RUNTIME_DIR, else ~/.config). All share one format: auths, credHelpers.
 */
async function readAuthFiles(env) {
    const home = env.HOME ?? (0,external_node_os_.homedir)();
    const files = [];
    if (env.REGISTRY_AUTH_FILE)
        files.push([env.REGISTRY_AUTH_FILE, 'REGISTRY_AUTH_FILE']);
    files.push([external_node_path_default().join(env.DOCKER_CONFIG ?? external_node_path_default().join(home, '.docker'), 'config.json'), 'Docker config']);
    if (!env.REGISTRY_AUTH_FILE) {
        if (env.XDG_RUNTIME_DIR)
            files.push([external_node_path_default().join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), 'Containers auth file']);
        files.push([external_node_path_default().join(home, '.config', 'containers', 'auth.json'), 'Containers auth file']);
    }
    const configs = [];
    for (const [file, what] of files) {
        const config = await readAuthFile(file, what);
        if (config !== undefined)
            configs.push(config);
    }
    return configs;
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin. */
async function runCredentialHelper(helper, serverUrl, env) {
    if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
        throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Docker credential helper name ${JSON.stringify(helper)} is not valid.`);
    }
    const program = `docker-credential-${helper}`;
    const { spawn } = (0,builtins/* childProcess */.Q)();
    const { code, stdout } = await new Promise((resolve, reject) => {
        const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
        let out = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => (out += d));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Could not run the Docker credential helper ${program}: ${error.message}`, {
                hint: `Install ${program} or remove it from the Docker config (credHelpers/credsStore).`,
            }));
        });
        child.on('close', (exit) => {
            clearTimeout(timer);
            resolve({ code: exit, stdout: out });
        });
        child.stdin.end(serverUrl);
    });
    if (code !== 0) {
        if (/credentials not found/i.test(stdout))
            return undefined;
        throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Docker credential helper ${program} failed for ${serverUrl} (exit ${code}).`);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Docker credential helper ${program} printed something that is not JSON.`);
    }
    if (typeof parsed.Secret !== 'string' || parsed.Secret === '')
        return undefined;
    if (parsed.Username === '<token>')
        return { identityToken: parsed.Secret };
    return { username: parsed.Username ?? '', password: parsed.Secret };
}
/**
 * Finds credentials for a registry (as written in references: `docker.io`, `ghcr.io`, `host:port`).
 * Order: explicit options, the credential files (each: credHelpers, auths, credsStore), GITHUB_TOKEN for ghcr.io.
 */
async function resolveCredentials(registry, options = {}) {
    const env = options.env ?? process.env;
    const found = await find();
    if (found !== undefined) {
        if ('password' in found)
            options.logger?.secret(found.password);
        else if ('token' in found)
            options.logger?.secret(found.token);
        else
            options.logger?.secret(found.identityToken);
    }
    return found;
    async function find() {
        const wanted = normaliseConfigKey(registry);
        for (const [key, value] of Object.entries(options.credentials ?? {})) {
            if (normaliseConfigKey(key) === wanted)
                return value;
        }
        if (options.ignoreDockerConfig !== true) {
            for (const config of await readAuthFiles(env)) {
                const serverUrl = wanted === references/* DOCKER_HUB */.Xb ? references/* DOCKER_HUB_CONFIG_KEY */.Mj : wanted;
                for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
                    if (normaliseConfigKey(key) === wanted)
                        return runCredentialHelper(helper, serverUrl, env);
                }
                for (const [key, entry] of Object.entries(config.auths ?? {})) {
                    if (normaliseConfigKey(key) !== wanted)
                        continue;
                    if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '')
                        return { token: entry.registrytoken };
                    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '')
                        return { identityToken: entry.identitytoken };
                    if (typeof entry.auth === 'string' && entry.auth !== '') {
                        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                        const colon = decoded.indexOf(':');
                        if (colon < 0) {
                            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Docker config entry for ${key}: "auth" is not base64 of username:password.`);
                        }
                        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
                    }
                    if (typeof entry.username === 'string' && typeof entry.password === 'string') {
                        return { username: entry.username, password: entry.password };
                    }
                }
                if (typeof config.credsStore === 'string' && config.credsStore !== '') {
                    const fromStore = await runCredentialHelper(config.credsStore, serverUrl, env);
                    if (fromStore !== undefined)
                        return fromStore;
                }
            }
        }
        if (wanted === 'ghcr.io' && env.GITHUB_TOKEN !== undefined && env.GITHUB_TOKEN !== '') {
            return { username: env.GITHUB_ACTOR ?? 'github-actions', password: env.GITHUB_TOKEN };
        }
        return undefined;
    }
}
function basicHeader(credentials) {
    if ('token' in credentials)
        return `Bearer ${credentials.token}`;
    if ('identityToken' in credentials)
        return undefined;
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
/**
 * Per-registry authenticator. `header(scopes)` answers the Authorization header to send now (or
 * undefined); `challenge(...)` handles a 401 and returns the header to retry with, once.
 */
class RegistryAuth {
    registry;
    options;
    challengeSeen;
    tokens = new Map();
    credentials;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.options = options;
    }
    creds() {
        this.credentials ??= resolveCredentials(this.registry, this.options);
        return this.credentials;
    }
    /** The header for these scopes from what is already known, fetching a token if the realm is known. */
    async header(scopes) {
        const c = this.challengeSeen;
        if (c === undefined)
            return undefined;
        if (c.scheme === 'basic') {
            const creds = await this.creds();
            return creds === undefined ? undefined : basicHeader(creds);
        }
        const key = [...scopes].sort().join(' ');
        const cached = this.tokens.get(key);
        if (cached !== undefined && cached.expires > Date.now())
            return cached.header;
        return this.fetchToken(c, scopes);
    }
    /** Handles a 401: remembers the challenge, drops the cached token, returns a fresh header. */
    async challenge(wwwAuthenticate, scopes) {
        const parsed = parseChallenge(wwwAuthenticate);
        if (parsed === undefined) {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry} answered 401 without a usable WWW-Authenticate challenge.`);
        }
        this.challengeSeen = parsed;
        this.tokens.delete([...scopes].sort().join(' '));
        if (parsed.scheme === 'basic') {
            const creds = await this.creds();
            if (creds === undefined) {
                throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry} requires credentials and none were found.`, {
                    hint: 'Pass credentials, or log in (docker login) so ~/.docker/config.json has them.',
                });
            }
            const header = basicHeader(creds);
            if (header === undefined) {
                throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry} asks for basic auth, but only an identity token was found.`);
            }
            return header;
        }
        return this.fetchToken(parsed, scopes);
    }
    async fetchToken(c, scopes) {
        if (c.realm === undefined) {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry}: bearer challenge without a realm.`);
        }
        const creds = await this.creds();
        if (creds !== undefined && 'token' in creds)
            return `Bearer ${creds.token}`;
        let url;
        try {
            url = new URL(c.realm);
        }
        catch {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry}: token realm ${JSON.stringify(c.realm)} is not a URL.`);
        }
        if (c.service !== undefined)
            url.searchParams.set('service', c.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = { 'user-agent': 'immutable-artefacts' };
        const basic = creds === undefined ? undefined : basicHeader(creds);
        if (basic !== undefined)
            headers.authorization = basic;
        // An identity (refresh) token is exchanged with the OAuth2 POST form of the token endpoint.
        let form;
        if (creds !== undefined && 'identityToken' in creds) {
            const body = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'immutable-artefacts',
            });
            if (c.service !== undefined)
                body.set('service', c.service);
            body.set('scope', scopes.join(' '));
            form = Buffer.from(body.toString());
            headers['content-type'] = 'application/x-www-form-urlencoded';
            headers['content-length'] = String(form.length);
            url.search = '';
        }
        let response;
        for (let attempt = 1;; attempt++) {
            try {
                const connection = {
                    url,
                    headers,
                    tls: this.options.tls,
                    ...(this.options.timeoutMs === undefined ? {} : { timeoutMs: this.options.timeoutMs }),
                };
                response = await (0,http/* send */.tN)(form === undefined ? { method: 'GET', ...connection } : { method: 'POST', body: form, ...connection });
                if ((0,http/* isRetryableStatus */.PS)(response.status) && attempt < 3) {
                    const wait = (0,http/* parseRetryAfter */.mu)(response.headers['retry-after']) ?? 500 * attempt;
                    await (0,http/* readBody */.x8)(response, 1 << 20, 'token').catch(() => undefined);
                    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 10_000)));
                    continue;
                }
                break;
            }
            catch (error) {
                // A silent token service is asked once more, as a silent registry is (RetryPolicy.silences).
                if (error instanceof http/* RetryableError */.dw && attempt < (error instanceof http/* RegistrySilence */.Hp ? 2 : 3))
                    continue;
                throw error instanceof http/* RetryableError */.dw
                    ? new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `Token service ${url.host}: ${error.message}`)
                    : error;
            }
        }
        const body = await (0,http/* readBody */.x8)(response, 1 << 20, `token service ${url.host}`);
        if (response.status === 401 || response.status === 403) {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Token service ${url.host}${url.pathname} refused ${creds === undefined ? 'anonymous access' : 'the credentials'} for ${scopes.join(' ')} (HTTP ${response.status}).`, {
                hint: creds === undefined
                    ? 'Pass credentials or log in to the registry.'
                    : 'Check the username and password or token.',
            });
        }
        if (response.status !== 200) {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Token service ${url.host}${url.pathname} answered HTTP ${response.status} for ${scopes.join(' ')}.`);
        }
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Token service ${url.host} answered something that is not JSON.`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Token service ${url.host} answered without a token.`);
        }
        this.options.logger?.secret(token);
        const header = `Bearer ${token}`;
        const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
        this.tokens.set([...scopes].sort().join(' '), { header, expires: Date.now() + (lifetime - 10) * 1000 });
        return header;
    }
}

// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/oci/registry-transport.ts


const REDIRECTS = [301, 302, 303, 307, 308];
const USER_AGENT = 'immutable-artefacts';
/** A registry's refusal, with every error code its answer listed. */
class RegistryAnswerError extends errors/* ArtefactsError */.E {
    status;
    registryCodes;
    constructor(code, message, status, registryCodes, options = {}) {
        super(code, message, options);
        this.status = status;
        this.registryCodes = registryCodes;
    }
}
/** Maps a registry's answer to an ArtefactsError code and a message saying what was being done. */
function registryError(what, status, body) {
    let listed;
    try {
        listed = JSON.parse(body.toString('utf8')).errors ?? [];
    }
    catch {
        listed = [];
    }
    const codes = listed.map((e) => e.code ?? '').filter((c) => c !== '');
    const code = codes[0] ?? '';
    // Every error listed: distribution puts DIGEST_INVALID before the MANIFEST_BLOB_UNKNOWN that explains it.
    const detail = listed
        .slice(0, 4)
        .map((e) => {
        const said = [e.message, typeof e.detail === 'string' ? e.detail : undefined].filter((t) => t);
        return `${e.code ?? ''}${said.length === 0 ? '' : ` (${said.join(': ').slice(0, 300)})`}`;
    })
        .join(', ');
    const message = `${what}: HTTP ${status}${detail === '' ? '' : `: ${detail}`}`;
    const answer = (errorCode, text = message, hint) => new RegistryAnswerError(errorCode, text, status, codes, hint === undefined ? {} : { hint });
    if (status === 401 || status === 403 || code === 'DENIED' || code === 'UNAUTHORIZED') {
        return answer('REGISTRY_AUTH', message, 'Check the credentials and that they grant pull (and push for writes) on this repository.');
    }
    if (code === 'DIGEST_INVALID')
        return answer('DIGEST_MISMATCH');
    if (status === 415 || code === 'MANIFEST_UNKNOWN_MEDIATYPE')
        return answer('MEDIA_TYPE_UNSUPPORTED');
    if (status === 404 || /_UNKNOWN$/.test(code))
        return answer('REGISTRY_NOT_FOUND');
    if (status === 413)
        return answer('REGISTRY_PROTOCOL', `${message} (the registry refused the size of the body)`);
    return answer('REGISTRY_PROTOCOL');
}
/** The error codes of the OCI distribution spec: a code outside them is a registry's own. */
const SPEC_CODES = new Set([
    'BLOB_UNKNOWN',
    'BLOB_UPLOAD_INVALID',
    'BLOB_UPLOAD_UNKNOWN',
    'DIGEST_INVALID',
    'MANIFEST_BLOB_UNKNOWN',
    'MANIFEST_INVALID',
    'MANIFEST_UNKNOWN',
    'NAME_INVALID',
    'NAME_UNKNOWN',
    'SIZE_INVALID',
    'UNAUTHORIZED',
    'DENIED',
    'UNSUPPORTED',
    'TOOMANYREQUESTS',
]);
/**
 * Whether a 404 says the repository itself is not there: NAME_UNKNOWN (distribution, ECR, Google's
 * registries), or a 404 that names no code of the spec (a bare 404, a page of HTML, a registry's own
 * NOT_FOUND). A 404 naming another code of the spec is about something else, and is no answer to this.
 */
function isUnknownRepository(answer) {
    return (answer.status === 404 &&
        (answer.registryCodes.includes('NAME_UNKNOWN') || !answer.registryCodes.some((c) => SPEC_CODES.has(c))));
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function isLoopback(host) {
    const h = host.replace(/:\d+$/, '');
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.startsWith('127.');
}
/** Parses `Link: <url>; rel="next"`. */
function nextLink(response, base) {
    const link = header(response, 'link');
    if (link === undefined)
        return undefined;
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return m === null ? undefined : new URL(m[1], base);
}
/** The requests of one repository: its URLs, scopes and credentials. */
class RepositoryTransport {
    settings;
    auth;
    base;
    scheme;
    location;
    registry;
    repository;
    pullScope;
    pushScopes;
    constructor(settings, auth, ref, 
    /** https://host, or http://host for an insecure registry; a loopback host's is settled by `scheme`. */
    base, scheme) {
        this.settings = settings;
        this.auth = auth;
        this.base = base;
        this.scheme = scheme;
        this.registry = ref.registry;
        this.repository = ref.repository;
        this.location = `${ref.registry}/${ref.repository}`;
        this.pullScope = `repository:${ref.repository}:pull`;
        this.pushScopes = [`repository:${ref.repository}:pull,push`];
    }
    path(rest) {
        return `/v2/${this.repository}/${rest}`;
    }
    async request(op) {
        if (this.scheme !== undefined) {
            const protocol = `${await this.scheme}:`;
            this.scheme = undefined;
            if (this.base.protocol !== protocol)
                this.base = new URL(`${protocol}//${this.base.host}`);
        }
        const once = async () => {
            let url = typeof op.url === 'string' ? new URL(op.url, this.base) : op.url;
            // A URL built from the base before its scheme was settled.
            if (url.host === this.base.host && url.protocol !== this.base.protocol) {
                url = new URL(url.href.replace(/^https?:/, this.base.protocol));
            }
            let authorization = await this.auth.header(op.scopes);
            let refreshed = false;
            for (let hops = 0;;) {
                const sameOrigin = url.origin === this.base.origin;
                const headers = { 'user-agent': USER_AGENT, ...op.headers };
                if (authorization !== undefined && sameOrigin)
                    headers.authorization = authorization;
                const body = op.body?.();
                const response = await (0,http/* send */.tN)({
                    method: op.method,
                    url,
                    headers,
                    ...(this.settings.options.tls === undefined ? {} : { tls: this.settings.options.tls }),
                    ...(body === undefined ? {} : { body }),
                    ...(this.settings.options.timeoutMs === undefined ? {} : { timeoutMs: this.settings.options.timeoutMs }),
                });
                if (response.status === 401 && sameOrigin && !refreshed) {
                    await (0,http/* drain */.Ze)(response);
                    refreshed = true;
                    authorization = await this.auth.challenge(header(response, 'www-authenticate'), op.scopes);
                    // A streamed body is spent: let the caller's retry reopen it, now with fresh credentials.
                    if (body !== undefined && !Buffer.isBuffer(body)) {
                        throw new http/* RetryableError */.dw(`${op.what}: credentials refreshed after 401`, 0, 401);
                    }
                    continue;
                }
                const location = header(response, 'location');
                if (op.follow === true && REDIRECTS.includes(response.status) && location !== undefined) {
                    await (0,http/* drain */.Ze)(response);
                    if (++hops > 5)
                        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${op.what}: more than 5 redirects.`);
                    url = new URL(location, url);
                    continue;
                }
                if (op.expect.includes(response.status))
                    return response;
                const answer = await (0,http/* readBody */.x8)(response, 64 * 1024, op.what).catch(() => Buffer.alloc(0));
                if ((0,http/* isRetryableStatus */.PS)(response.status)) {
                    throw new http/* RetryableError */.dw(`${op.what}: HTTP ${response.status}`, (0,http/* parseRetryAfter */.mu)(response.headers['retry-after']), response.status);
                }
                throw registryError(op.what, response.status, answer);
            }
        };
        return op.retry === false ? once() : (0,http/* withRetry */.bD)(op.what, this.settings.retry, once);
    }
    /**
     * A request whose answer's body (at most `limit` bytes) is read within the same retry: a connection
     * that breaks in the middle of the body is tried again like one that breaks before the answer.
     */
    async requestBytes(op, limit) {
        const once = async () => {
            const response = await this.request({ ...op, retry: false });
            try {
                return { response, bytes: await (0,http/* readBody */.x8)(response, limit, op.what) };
            }
            catch (error) {
                if (error instanceof errors/* ArtefactsError */.E || error instanceof http/* RegistrySilence */.Hp)
                    throw error;
                throw new http/* RetryableError */.dw(`${op.what}: the answer broke off: ${(0,errors/* describeError */.Uc)(error)}`, undefined, undefined);
            }
        };
        return op.retry === false ? once() : (0,http/* withRetry */.bD)(op.what, this.settings.retry, once);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/oci/registry-blobs.ts
/**
 * Blobs in a registry repository: existence checks, verified reads, cross-repository mounts and
 * uploads, monolithic (one streamed PUT) or chunked (PATCHes that resume after a 416). Every
 * function takes the repository's transport; none keeps state between calls.
 */







async function hasBlob(t, digest) {
    (0,references/* checkDigest */.H2)(digest);
    const response = await t.request({
        what: `checking blob ${digest} in ${t.location}`,
        method: 'HEAD',
        url: t.path(`blobs/${digest}`),
        scopes: [t.pullScope],
        expect: [200, 404],
        follow: true,
    });
    await (0,http/* drain */.Ze)(response);
    if (response.status === 404)
        return undefined;
    const size = Number(header(response, 'content-length'));
    return Number.isFinite(size) ? size : 0;
}
async function getBlob(t, descriptor) {
    (0,references/* checkDigest */.H2)(descriptor.digest);
    const what = `fetching blob ${descriptor.digest} from ${t.location}`;
    const response = await t.request({
        what,
        method: 'GET',
        url: t.path(`blobs/${descriptor.digest}`),
        scopes: [t.pullScope],
        expect: [200],
        follow: true,
    });
    const length = Number(header(response, 'content-length'));
    if (descriptor.size !== undefined && Number.isFinite(length) && length !== descriptor.size) {
        response.body.destroy();
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry sends ${length} bytes where the descriptor declares ${descriptor.size}; refused.`);
    }
    const verifier = new media/* VerifyingStream */.SC(descriptor.digest, descriptor.size, what);
    (0,external_node_stream_.pipeline)(response.body, verifier, () => undefined);
    return verifier;
}
async function putBlob(t, descriptor, source) {
    (0,references/* checkDigest */.H2)(descriptor.digest);
    const what = `uploading blob ${descriptor.digest} to ${t.location}`;
    const chunkSize = t.settings.options.chunkSize;
    const monolithic = chunkSize === undefined || descriptor.size <= chunkSize;
    await (0,http/* withRetry */.bD)(what, t.settings.retry, async () => {
        // A single PUT streams from the source: open it while the session is being started, so the
        // source's first bytes are on their way when the session's URL arrives (one round trip less).
        const opening = monolithic && !Buffer.isBuffer(source) ? registry_blobs_open(source, descriptor, what) : undefined;
        // Handled here so that a source failing before the session is ready is not an unhandled
        // rejection; `upload` still awaits `opening` and gets its error.
        opening?.catch(() => undefined);
        let session;
        try {
            session = await startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
        }
        catch (error) {
            // Lent chunks hold nothing until they are asked for.
            opening?.then((body) => body instanceof external_node_stream_.Readable && body.destroy(), () => undefined);
            throw error;
        }
        await upload(t, what, session, descriptor, source, opening);
    });
}
async function mountBlob(t, descriptor, fromRepository, fallback) {
    (0,references/* checkDigest */.H2)(descriptor.digest);
    if (fromRepository === t.repository)
        return (await hasBlob(t, descriptor.digest)) === undefined ? 'not-mounted' : 'mounted';
    const what = `mounting blob ${descriptor.digest} from ${fromRepository} into ${t.location}`;
    const query = `blobs/uploads/?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
    const scopes = [...t.pushScopes, `repository:${fromRepository}:pull`];
    let result = 'not-mounted';
    await (0,http/* withRetry */.bD)(what, t.settings.retry, async (attempt) => {
        // After a failed fallback upload, retry as a plain upload: the mount already said no.
        const session = attempt === 1
            ? await startUpload(t, what, scopes, t.path(query), true).catch(async (error) => {
                // A token that does not grant pull on the source repository (or a registry that will not
                // mount across repositories) refuses the mount request, not the push: copy the bytes instead.
                if (!(error instanceof RegistryAnswerError && error.code === 'REGISTRY_AUTH'))
                    throw error;
                t.settings.options.logger?.info(`${t.registry} refused to mount ${descriptor.digest} from ${fromRepository} into ${t.repository} (${error.message}); copying it instead.`);
                return startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
            })
            : await startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
        if (session === 'mounted') {
            result = 'mounted';
            return;
        }
        if (fallback === undefined) {
            await cancel(t, session.location);
            result = 'not-mounted';
            return;
        }
        await upload(t, what, session, descriptor, fallback);
        result = 'uploaded';
    });
    return result;
}
async function startUpload(t, what, scopes, path, mount = false) {
    const response = await t.request({
        what,
        method: 'POST',
        url: path,
        scopes,
        headers: { 'content-length': '0' },
        body: () => Buffer.alloc(0),
        expect: mount ? [201, 202] : [202],
        // Tried again on its own: a session opened twice costs nothing (the registry expires the spare),
        // and the upload it serves is then tried as a whole only when the bytes themselves fail.
    });
    await (0,http/* drain */.Ze)(response);
    if (response.status === 201)
        return 'mounted';
    const location = header(response, 'location');
    if (location === undefined)
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${what}: 202 without a Location header.`);
    const min = Number(header(response, 'oci-chunk-min-length'));
    return { location: new URL(location, response.url), minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
}
async function cancel(t, location) {
    try {
        const response = await t.request({
            what: `cancelling upload to ${t.location}`,
            method: 'DELETE',
            url: location,
            scopes: t.pushScopes,
            expect: [204, 200, 202, 404],
            retry: false,
        });
        await (0,http/* drain */.Ze)(response);
    }
    catch {
        // best effort: the registry expires abandoned sessions anyway
    }
}
async function upload(t, what, session, descriptor, source, opened) {
    try {
        const chunkSize = t.settings.options.chunkSize;
        if (chunkSize !== undefined && descriptor.size > chunkSize) {
            await uploadChunked(t, what, session, descriptor, source, Math.max(chunkSize, session.minChunk));
        }
        else {
            await uploadMonolithic(t, what, session, descriptor, opened ?? registry_blobs_open(source, descriptor, what));
        }
    }
    catch (error) {
        // A registry that fell silent would keep the cancel waiting as long again: it expires the session itself.
        if (!(error instanceof http/* RegistrySilence */.Hp))
            await cancel(t, session.location);
        // A source stream that broke mid-way (connection reset, aborted response) is worth another
        // try from a freshly opened source; our own verdicts (digest mismatch, auth, protocol) are not.
        if (!(error instanceof errors/* ArtefactsError */.E) && !(error instanceof http/* RetryableError */.dw) && !Buffer.isBuffer(source)) {
            throw new http/* RetryableError */.dw(`${what}: the source stream failed: ${(0,errors/* describeError */.Uc)(error)}`, undefined, undefined);
        }
        throw error;
    }
}
async function registry_blobs_open(source, descriptor, what) {
    const raw = Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : await source();
    // Lent chunks go out from the reader's own buffers: verified before the last one is written.
    if (!(raw instanceof external_node_stream_.Readable))
        return { lent: verifiedLent(raw, descriptor, what) };
    // A source that already verifies this digest and size (a store's getBlob) holds back its last chunk
    // until verified, so the upload can never complete with wrong bytes: no second hash pass needed.
    if (raw instanceof media/* VerifyingStream */.SC && raw.verifies(descriptor))
        return raw;
    const verifier = new media/* VerifyingStream */.SC(descriptor.digest, descriptor.size, what);
    (0,external_node_stream_.pipeline)(raw, verifier, () => undefined);
    return verifier;
}
function finalUrl(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url;
}
async function uploadMonolithic(t, what, session, descriptor, opened) {
    const source = await opened;
    let streamError;
    let body;
    if (source instanceof external_node_stream_.Readable) {
        // Opened ahead of the session, a short source may already have failed its verification.
        if (source.errored)
            throw source.errored;
        source.on('error', (error) => (streamError = error));
        body = source;
    }
    else {
        // The chunks' own failure (a digest mismatch, a read error) is the one reported, not the request's.
        body = {
            lent: (async function* () {
                try {
                    yield* source.lent;
                }
                catch (error) {
                    streamError = error;
                    throw error;
                }
            })(),
        };
    }
    let response;
    try {
        response = await t.request({
            what,
            method: 'PUT',
            url: finalUrl(session.location, descriptor.digest),
            scopes: t.pushScopes,
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
            body: () => body,
            expect: [201],
            retry: false,
        });
    }
    catch (error) {
        if (source instanceof external_node_stream_.Readable)
            source.destroy();
        throw streamError ?? error;
    }
    await (0,http/* drain */.Ze)(response);
    if (streamError !== undefined)
        throw streamError;
    checkCommitted(what, response, descriptor.digest);
}
function checkCommitted(what, response, digest) {
    const claimed = header(response, 'docker-content-digest');
    if (claimed !== undefined && claimed !== digest) {
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry committed ${claimed}.`);
    }
}
async function uploadChunked(t, what, session, descriptor, source, chunkSize) {
    const opened = await registry_blobs_open(source, descriptor, what);
    // The pieces of a chunk are kept until it is full: lent chunks are copied.
    const stream = opened instanceof external_node_stream_.Readable ? opened : keptChunks(opened.lent);
    let offset = 0;
    let pending = [];
    let pendingBytes = 0;
    const flush = async (bytes) => {
        offset = await sendChunk(t, what, session, bytes, offset);
    };
    for await (const chunk of stream) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        while (pendingBytes >= chunkSize) {
            const all = Buffer.concat(pending);
            await flush(all.subarray(0, chunkSize));
            const rest = all.subarray(chunkSize);
            pending = rest.length > 0 ? [rest] : [];
            pendingBytes = rest.length;
        }
    }
    if (pendingBytes > 0)
        await flush(Buffer.concat(pending));
    if (offset !== descriptor.size) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${what}: sent ${offset} of ${descriptor.size} bytes.`);
    }
    const response = await t.request({
        what,
        method: 'PUT',
        url: finalUrl(session.location, descriptor.digest),
        scopes: t.pushScopes,
        headers: { 'content-length': '0' },
        body: () => Buffer.alloc(0),
        expect: [201],
        retry: false,
    });
    await (0,http/* drain */.Ze)(response);
    checkCommitted(what, response, descriptor.digest);
}
/** PATCHes one chunk at `offset`; after a 416 asks the session where it is and resumes from there. */
async function sendChunk(t, what, session, bytes, offset) {
    let start = offset;
    let data = bytes;
    for (let resumes = 0;; resumes++) {
        const response = await t.request({
            what,
            method: 'PATCH',
            url: session.location,
            scopes: t.pushScopes,
            headers: {
                'content-type': 'application/octet-stream',
                'content-length': String(data.length),
                'content-range': `${start}-${start + data.length - 1}`,
            },
            body: () => data,
            expect: [202, 416],
            retry: false,
        });
        await (0,http/* drain */.Ze)(response);
        const location = header(response, 'location');
        if (location !== undefined)
            session.location = new URL(location, session.location);
        const end = start + data.length;
        if (response.status === 202) {
            const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
            if (range !== null && end > 1 && Number(range[1]) + 1 !== end) {
                throw new http/* RetryableError */.dw(`${what}: the registry holds ${Number(range[1]) + 1} bytes, expected ${end}`, undefined, undefined);
            }
            return end;
        }
        if (resumes >= 3)
            throw new http/* RetryableError */.dw(`${what}: chunk at ${start} refused (416) ${resumes + 1} times`, undefined, 416);
        const held = await uploadedBytes(t, what, session);
        if (held < offset || held > end) {
            throw new http/* RetryableError */.dw(`${what}: the session holds ${held} bytes, outside the chunk being sent`, undefined, 416);
        }
        if (held === end)
            return end;
        data = bytes.subarray(held - offset);
        start = held;
    }
}
async function uploadedBytes(t, what, session) {
    const response = await t.request({
        what,
        method: 'GET',
        url: session.location,
        scopes: t.pushScopes,
        expect: [204, 200],
        retry: false,
    });
    await (0,http/* drain */.Ze)(response);
    const location = header(response, 'location');
    if (location !== undefined)
        session.location = new URL(location, session.location);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
    // distribution answers "0-0" for both 0 and 1 bytes: take the conservative reading.
    return range === null || range[1] === '0' ? 0 : Number(range[1]) + 1;
}

;// CONCATENATED MODULE: ./packages/core/src/oci/registry-referrers.ts
/**
 * Referrers in a registry repository: the referrers API (`/v2/<name>/referrers/<digest>`), and the
 * fallback index (`sha256-<hex>` tag) of registries without it.
 *
 * Whether a registry offers the referrers API is asked once per registry and RegistryClient; the
 * answer is kept in the map the client passes in (RegistryClient.referrersApi).
 *
 * The fallback index: one index per subject, shared by every process that pushes a referrer of that
 * subject, written by read-merge-write. Registries offer no conditional write, so a writer that read
 * before ours landed can put back an index without our entry. The rule that makes an entry hold:
 *
 * - a writer never sends an index built from a read older than STALE_MS: the age is checked when
 *   the bytes are about to go out (after any credentials were fetched), and a stale index is not
 *   sent but read again; it is sent once (no request-level retry, which would send an old read later);
 * - after its write, it waits a settle delay (STALE_MS plus the time a write takes to land, taken
 *   as four times our own write's round trip and at least MIN_LANDING_MS) and reads again: every
 *   writer that read before ours landed has sent within STALE_MS of that read, so it has landed by then;
 * - what is missing is added again, and so on until one read after a settle holds every entry. The
 *   settles after a lost entry get jitter, so writers that keep colliding stop re-reading together.
 *
 * The process-wide referrers queue (`fallbackQueues` below) is module state, shared by every
 * RegistryClient and repository in this process, not per client: the writers of one index
 * (keyed `<registry>/<repository>@<subject>`) queue behind each other, and each merge takes every
 * change waiting, so two clients of one process never race each other on the same index. A queue
 * exists only while its changes are being merged, and is removed when it empties.
 *
 * Referrers of one subject pushed together (an SBOM in two formats, a promotion's record and its
 * tag bindings) share one write and one settle: a manifest PUT with a subject is announced before
 * it is sent (`announceFallbackChange`), and a merge about to read waits until every announced
 * change of its index is queued or given up, so they are all taken by that read. The wait covers
 * only requests (the PUT and the referrers-API probe), never a settle, so it cannot deadlock.
 */





/** An index built from a read older than this is not sent: it is read again. */
const STALE_MS = 300;
/**
 * The least time allowed, beyond STALE_MS, for another writer's index to land after it was sent
 * (its request on the wire and the registry's commit). Our own write's round trip times four is
 * used when longer.
 */
const MIN_LANDING_MS = 200;
const MAX_SETTLE_MS = 5000;
/** Rounds (write + settle + read) before giving up, and the time they may take together. */
const MAX_ROUNDS = 12;
const BUDGET_MS = 120_000;
/** The process-wide referrers queue: per fallback index, the changes waiting for its merge (see above). */
const fallbackQueues = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fallbackKey = (target, subject) => `${target.location}@${subject}`;
/** Per fallback index: changes announced and not yet queued, and the merges waiting for them. */
const arriving = new Map();
/**
 * Announces a change of `subject`'s fallback index that is on its way (its manifest being pushed).
 * Call the function returned once it is queued or will not be; calls after the first do nothing.
 */
function announceFallbackChange(target, subject) {
    const key = fallbackKey(target, subject);
    const entry = arriving.get(key) ?? { count: 0, wake: [] };
    arriving.set(key, entry);
    entry.count++;
    let arrived = false;
    return () => {
        if (arrived)
            return;
        arrived = true;
        if (--entry.count > 0)
            return;
        arriving.delete(key);
        for (const wake of entry.wake.splice(0))
            wake();
    };
}
/** Resolves once no change of the index is announced and not yet queued. */
async function announcedQueued(key) {
    for (let entry = arriving.get(key); entry !== undefined; entry = arriving.get(key)) {
        const waiting = entry;
        await new Promise((resolve) => waiting.wake.push(resolve));
    }
}
/** Adds `entry` to the fallback index of `subject`; resolves once a read after a settle holds it. */
function addToFallback(target, subject, entry) {
    return enqueue(target, subject, { add: entry });
}
/** Removes `digest` from the fallback index of `subject`; resolves once a read after a settle lacks it. */
function removeFromFallback(target, subject, digest) {
    return enqueue(target, subject, { remove: digest });
}
function enqueue(target, subject, change) {
    const key = fallbackKey(target, subject);
    const running = fallbackQueues.get(key);
    const waiting = running ?? [];
    const done = new Promise((resolve, reject) => waiting.push({ ...change, resolve, reject }));
    if (running === undefined) {
        fallbackQueues.set(key, waiting);
        void drain(target, key, subject, waiting);
    }
    return done;
}
async function drain(target, key, subject, waiting) {
    // The check for more and the removal of the queue happen with no await between them, so a change
    // is either taken by this loop or starts a new one.
    while (waiting.length > 0) {
        const batch = [];
        // Changes are taken after each read, so those that arrive meanwhile join this merge.
        const take = () => {
            batch.push(...waiting.splice(0));
            return batch;
        };
        try {
            await merge(target, key, subject, take);
            for (const w of batch)
                w.resolve();
        }
        catch (error) {
            if (batch.length === 0)
                take();
            for (const w of batch)
                w.reject(error);
        }
    }
    fallbackQueues.delete(key);
}
async function merge(target, key, subject, take) {
    const tag = (0,references/* referrersTag */.LN)(subject);
    const started = Date.now();
    let lastProblem = 'no round was tried';
    /** Rounds whose read took too long to be merged, and the longest of those reads. */
    let slowReads = 0;
    let slowestMs = 0;
    /** Reads after a write that landed (201) which found an entry missing again: other writers at work. */
    let lost = 0;
    /** Whether the last round's write was answered as landed, and the last failure of the registry. */
    let wrote = false;
    let failure;
    for (let round = 1; round <= MAX_ROUNDS && Date.now() - started < BUDGET_MS; round++) {
        // Changes on their way join this read rather than the next merge (and its settle).
        await announcedQueued(key);
        const readAt = Date.now();
        let current;
        try {
            current = await target.readFallback(tag);
        }
        catch (error) {
            // A read that failed through all its own tries (REGISTRY_UNAVAILABLE) is the registry failing,
            // not contention: said as it is, at once, rather than tried for rounds more and blamed on others.
            if (!(error instanceof http/* RetryableError */.dw))
                throw error;
            lastProblem = error.message;
            failure = error;
            wrote = false;
            await sleep(jitter(200 * round));
            continue;
        }
        const changes = take();
        // The last change asked for a digest wins (a referrer withdrawn after it was added is removed).
        const wanted = new Map();
        for (const c of changes) {
            if (c.add !== undefined)
                wanted.set(c.add.digest, c.add);
            if (c.remove !== undefined)
                wanted.set(c.remove, undefined);
        }
        const has = (d) => current.some((e) => e.digest === d);
        const missing = [...wanted.values()].filter((e) => e !== undefined && !has(e.digest));
        const unwanted = [...wanted.entries()].filter(([d, e]) => e === undefined && has(d)).map(([d]) => d);
        // Holds: the first read found it so (another writer confirms its own), or the read after a settle did.
        if (missing.length === 0 && unwanted.length === 0)
            return;
        if (wrote)
            lost++;
        wrote = false;
        const readMs = Date.now() - readAt;
        if (readMs > STALE_MS) {
            lastProblem = `the index read took more than ${STALE_MS} ms to merge`;
            slowReads++;
            slowestMs = Math.max(slowestMs, readMs);
            continue;
        }
        const index = {
            schemaVersion: 2,
            mediaType: media/* MEDIA */.Rn.ociIndex,
            manifests: [...current.filter((e) => !unwanted.includes(e.digest)), ...missing],
        };
        const writeAt = Date.now();
        try {
            await target.writeFallback(tag, index, readAt + STALE_MS);
            wrote = true;
        }
        catch (error) {
            if (error instanceof StaleIndexError) {
                // Nothing was sent: read again at once.
                lastProblem = error.message;
                continue;
            }
            if (!(error instanceof http/* RetryableError */.dw))
                throw error;
            // The write may or may not have landed: the read after the settle tells.
            lastProblem = error.message;
            failure = error;
        }
        const settle = Math.min(MAX_SETTLE_MS, STALE_MS + Math.max(MIN_LANDING_MS, 4 * (Date.now() - writeAt)));
        // The first settle is exact; once an entry was lost or a write failed, writers are contending.
        await sleep(round === 1 ? settle : jitter(settle));
    }
    if (slowReads > MAX_ROUNDS / 2) {
        // Not a contention: this registry answers too slowly for any write to be confirmed safely.
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `updating referrers tag ${target.location}:${tag}: ${slowReads} of its reads took longer than the ${STALE_MS} ms within which an index must be written after it is read (the slowest ${slowestMs} ms), so no write could be made safe against concurrent writers; the referrer is not in the index.`, {
            hint: 'This registry has no referrers API and answers too slowly here for the fallback index: use a registry (or a mirror of it) that offers the referrers API, or run the step nearer the registry.',
        });
    }
    if (lost === 0 && failure !== undefined) {
        // No write that landed was ever undone: the registry kept failing, and nobody else was writing.
        throw new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `updating referrers tag ${target.location}:${tag} failed: the registry kept failing its reads or writes (${lastProblem}).`, { hint: 'The registry is unavailable or overloaded; try again later.', cause: failure });
    }
    throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `updating referrers tag ${target.location}:${tag}: concurrent writers kept replacing it; it did not hold after ${MAX_ROUNDS} rounds (${lastProblem}).`, {
        hint: 'The referrer may be missing from the index: run the command again once the concurrent jobs have ended, or use a registry with the referrers API.',
    });
}
/** `ms` plus up to half of it again, at random: writers that started together do not re-read together. */
function jitter(ms) {
    return Math.round(ms + Math.random() * (ms / 2));
}
// ---------------------------------------------------------------- the registry's side
/** Reads the `sha256-<hex>` fallback index (absent: empty), its body read within the retry. */
async function readFallback(t, tag) {
    const { response, bytes } = await t.requestBytes({
        what: `reading referrers tag ${t.location}:${tag}`,
        method: 'GET',
        url: t.path(`manifests/${tag}`),
        scopes: [t.pullScope],
        headers: { accept: media/* MANIFEST_ACCEPT */.dY },
        expect: [200, 404],
    }, media/* MAX_MANIFEST_BYTES */.ZJ);
    if (response.status === 404)
        return [];
    const parsed = (0,media/* parseManifest */.Ng)(bytes, `referrers tag ${t.location}:${tag}`, header(response, 'content-type'));
    if (!(0,media/* isIndexMediaType */.$$)(parsed.mediaType)) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `referrers tag ${t.location}:${tag} holds a ${parsed.mediaType}, not an index; refusing to overwrite it.`);
    }
    return parsed.parsed.manifests;
}
/** An index that would have gone out more than STALE_MS after the read it was built from: not sent. */
class StaleIndexError extends Error {
}
/**
 * Sends a fallback index once: a retry would send an index built from an old read (see above). The
 * age is checked as the body is handed to the request, after the credentials: a token fetched first
 * (or a 401 answered with a new one) can take long enough to make the read stale.
 */
async function writeFallback(t, tag, index, notAfter) {
    const manifest = (0,media/* parseManifest */.Ng)(Buffer.from(JSON.stringify(index)), `referrers index ${tag}`);
    const what = `pushing referrers index ${t.location}:${tag}`;
    const response = await t.request({
        what,
        method: 'PUT',
        url: t.path(`manifests/${tag}`),
        scopes: t.pushScopes,
        headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.length) },
        body: () => {
            const late = Date.now() - notAfter;
            if (late > 0)
                throw new StaleIndexError(`${what}: its read would be ${STALE_MS + late} ms old when sent`);
            return manifest.bytes;
        },
        expect: [201, 200],
        retry: false,
    });
    await (0,http/* drain */.Ze)(response);
}
/**
 * Whether this registry answers the referrers API (an OCI index at /referrers/<digest>), asked once
 * per registry and run (`known` is the client's map): a registry that has it but sends no OCI-Subject
 * still needs no fallback tag.
 */
function offersReferrersApi(t, known, subject) {
    const answered = known.get(t.registry);
    if (answered !== undefined)
        return answered;
    const asked = (async () => {
        const { response } = await t.requestBytes({
            what: `asking ${t.location} for the referrers API`,
            method: 'GET',
            url: t.path(`referrers/${subject}`),
            scopes: [t.pullScope],
            headers: { accept: media/* MEDIA */.Rn.ociIndex },
            expect: [200, 404, 400, 405],
        }, media/* MAX_MANIFEST_BYTES */.ZJ);
        return response.status === 200 && header(response, 'content-type')?.split(';')[0]?.trim() === media/* MEDIA */.Rn.ociIndex;
    })();
    known.set(t.registry, asked);
    asked.catch(() => known.delete(t.registry));
    return asked;
}
/**
 * Withdraws a referrer this run pushed (a promotion record of a promotion that lost its race):
 * deleted by digest where the registry allows it, and taken out of the fallback index.
 */
async function withdrawReferrer(t, target, known, subject, digest) {
    (0,references/* checkDigest */.H2)(subject);
    (0,references/* checkDigest */.H2)(digest);
    const response = await t.request({
        what: `deleting ${t.location}@${digest}`,
        method: 'DELETE',
        url: t.path(`manifests/${digest}`),
        scopes: t.pushScopes,
        expect: [202, 200, 204, 404, 405, 400],
    });
    await (0,http/* drain */.Ze)(response);
    if (!(await offersReferrersApi(t, known, subject)))
        await removeFromFallback(target, subject, digest);
}
/**
 * The referrers of `digest`: from the referrers API, or from the fallback index where there is none.
 * What the first page tells about the API is kept in `known` (the client's map, as offersReferrersApi
 * keeps it), so a referrer pushed after a listing asks no more; where the API is known to be absent,
 * only the fallback index is read.
 */
async function listReferrers(t, target, known, digest, artifactType) {
    (0,references/* checkDigest */.H2)(digest);
    const what = `listing referrers of ${t.location}@${digest}`;
    const found = [];
    let url = new URL(t.path(`referrers/${digest}`), t.base);
    if (artifactType !== undefined)
        url.searchParams.set('artifactType', artifactType);
    let native = true;
    /** What the first page says of the API: unknown after a 404 for a repository not there (yet). */
    let learned;
    // Many registries (distribution 2.8 among them) have no referrers API: the fallback tag is read
    // at the same time as the API's first page, and used only when the API turns out to be absent.
    const answered = known.get(t.registry);
    const offered = answered === undefined ? undefined : await answered.catch(() => undefined);
    const fallback = offered === true ? Promise.resolve([]) : target.readFallback((0,references/* referrersTag */.LN)(digest));
    fallback.catch(() => undefined);
    if (offered === false) {
        native = false;
        url = undefined;
    }
    for (let page = 0; url !== undefined && page < 1000; page++) {
        const { response, bytes } = await t.requestBytes({ what, method: 'GET', url, scopes: [t.pullScope], headers: { accept: media/* MEDIA */.Rn.ociIndex }, expect: [200, 404] }, media/* MAX_MANIFEST_BYTES */.ZJ);
        if (response.status === 404) {
            native = page > 0;
            // A registry with the API may answer NAME_UNKNOWN for a repository that does not exist yet.
            if (page === 0 && !registryError(what, 404, bytes).registryCodes.includes('NAME_UNKNOWN'))
                learned = false;
            break;
        }
        const type = header(response, 'content-type')?.split(';')[0]?.trim();
        if (type !== media/* MEDIA */.Rn.ociIndex) {
            // Not a referrers API (some registries answer 200 with HTML): use the fallback tag.
            native = false;
            if (page === 0)
                learned = false;
            break;
        }
        if (page === 0)
            learned = true;
        const index = (0,media/* parseManifest */.Ng)(bytes, what).parsed;
        found.push(...index.manifests);
        url = nextLink(response, url);
    }
    if (learned !== undefined && !known.has(t.registry))
        known.set(t.registry, Promise.resolve(learned));
    const all = native ? found : await fallback;
    const seen = new Set();
    return all.filter((d) => {
        if (seen.has(d.digest))
            return false;
        seen.add(d.digest);
        return artifactType === undefined || d.artifactType === artifactType;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/oci/registry.ts










/**
 * Whether a manifest PUT was refused for its content as older Harbor and Quay refuse the `subject`
 * field or an artifact type they do not know: 400 MANIFEST_INVALID, or an unsupported media type.
 */
function refusedSubject(error) {
    return (error instanceof RegistryAnswerError &&
        ((error.status === 400 && error.registryCodes.includes('MANIFEST_INVALID')) ||
            error.code === 'MEDIA_TYPE_UNSUPPORTED'));
}
function configType(manifest) {
    return (0,media/* isIndex */.nw)(manifest.parsed) ? undefined : manifest.parsed.config.mediaType;
}
/** Tries of a manifest PUT whose blob another upload was re-linking (see putManifest). */
const BLOB_RELINK_RETRY = { attempts: 3, baseDelayMs: 100, maxDelayMs: 400 };
class RegistryClient {
    auths = new Map();
    retry;
    /** Per registry: whether it answers the referrers API (asked once, when a push gets no OCI-Subject). */
    referrersApi = new Map();
    /** Registries that refused a manifest's `subject` field: later referrers go without it (said once). */
    refusesSubject = new Set();
    options;
    /** Connection settings not given in `options` come from `options.env` (see connection.ts). */
    constructor(options = {}) {
        const fromEnv = (0,connection/* connectionFromEnv */.W)(options.env);
        this.options = {
            ...options,
            ...(options.tls === undefined && fromEnv.tls !== undefined ? { tls: fromEnv.tls } : {}),
            ...(options.plainHttp === undefined && fromEnv.plainHttp !== undefined ? { plainHttp: fromEnv.plainHttp } : {}),
            ...(options.timeoutMs === undefined && fromEnv.timeoutMs !== undefined ? { timeoutMs: fromEnv.timeoutMs } : {}),
        };
        this.retry = { ...http/* DEFAULT_RETRY */.vI, ...options.retry };
    }
    /**
     * The ArtifactStore for one repository; `access` names the input that gave it and says whether it
     * may not exist yet (a destination), for the reads that tell (listTags).
     */
    repository(ref, access) {
        let auth = this.auths.get(ref.registry);
        if (auth === undefined) {
            auth = new RegistryAuth(ref.registry, this.options);
            this.auths.set(ref.registry, auth);
        }
        const plain = this.options.plainHttp;
        const listed = plain === true || (Array.isArray(plain) && (plain.includes(ref.registry) || plain.includes(ref.host)));
        const scheme = listed
            ? Promise.resolve('http')
            : isLoopback(ref.host)
                ? this.schemeOf(ref.host)
                : undefined;
        const base = new URL(`${listed ? 'http' : 'https'}://${ref.host}`);
        return new RegistryRepository(this, auth, ref, base, scheme, access);
    }
    schemes = new Map();
    /** Whether a loopback host speaks TLS, asked once per client. */
    schemeOf(host) {
        let scheme = this.schemes.get(host);
        if (scheme === undefined) {
            // Asked within the idle time (at most the probe's own 5 s): a silent host says nothing either way.
            scheme = (0,http/* speaksTls */.pD)(host, Math.min(5_000, this.options.timeoutMs ?? 5_000)).then((yes) => yes ? 'https' : 'http');
            this.schemes.set(host, scheme);
        }
        return scheme;
    }
}
class RegistryRepository {
    client;
    access;
    location;
    registry;
    repository;
    mountScope;
    transport;
    constructor(client, auth, ref, base, scheme, access = {}) {
        this.client = client;
        this.access = access;
        this.transport = new RepositoryTransport(client, auth, ref, base, scheme);
        this.registry = ref.registry;
        this.repository = ref.repository;
        this.location = `${ref.registry}/${ref.repository}`;
        this.mountScope = { kind: 'registry', registry: ref.registry, repository: ref.repository };
    }
    // ---------------------------------------------------------------- manifests
    async resolve(reference) {
        this.checkReference(reference);
        const what = `resolving ${this.location}:${reference}`;
        const response = await this.transport.request({
            what,
            method: 'HEAD',
            url: this.transport.path(`manifests/${reference}`),
            scopes: [this.transport.pullScope],
            headers: { accept: media/* MANIFEST_ACCEPT */.dY },
            expect: [200, 404],
        });
        await (0,http/* drain */.Ze)(response);
        if (response.status === 404)
            return undefined;
        const digest = header(response, 'docker-content-digest');
        const mediaType = header(response, 'content-type')?.split(';')[0]?.trim();
        const size = Number(header(response, 'content-length'));
        if (digest === undefined ||
            !(0,references/* isDigest */.Bc)(digest) ||
            mediaType === undefined ||
            !media/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType) ||
            !Number.isFinite(size)) {
            // Some registries omit Docker-Content-Digest or send a generic type on HEAD: GET and hash the bytes.
            const manifest = await this.getManifest(reference);
            return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        }
        if ((0,references/* isDigest */.Bc)(reference) && digest !== reference) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry answered digest ${digest}.`);
        }
        (0,media/* checkManifestMediaType */.KZ)(mediaType, what);
        return { mediaType, digest, size };
    }
    async getManifest(reference) {
        this.checkReference(reference);
        const what = `fetching manifest ${this.location}${(0,references/* isDigest */.Bc)(reference) ? '@' : ':'}${reference}`;
        const { response, bytes } = await this.transport.requestBytes({
            what,
            method: 'GET',
            url: this.transport.path(`manifests/${reference}`),
            scopes: [this.transport.pullScope],
            headers: { accept: media/* MANIFEST_ACCEPT */.dY },
            expect: [200],
        }, media/* MAX_MANIFEST_BYTES */.ZJ);
        const actual = (0,media/* sha256 */.sc)(bytes);
        if ((0,references/* isDigest */.Bc)(reference) && actual !== reference) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the bytes hash to ${actual}; refused.`);
        }
        const claimed = header(response, 'docker-content-digest');
        if (claimed !== undefined && claimed.startsWith('sha256:') && claimed !== actual) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: Docker-Content-Digest says ${claimed} but the bytes hash to ${actual}; refused.`);
        }
        return (0,media/* parseManifest */.Ng)(bytes, what, header(response, 'content-type'));
    }
    async putManifest(manifest, options = {}) {
        const subject = manifest.parsed.subject;
        if (subject === undefined) {
            await this.sendManifest(manifest, options);
            return { digest: manifest.digest, referrerIndexed: false };
        }
        // Announced until its change is queued (or not needed): referrers of the subject pushed together
        // then share one merge of the fallback index.
        const queued = announceFallbackChange(this, subject.digest);
        try {
            if (this.client.refusesSubject.has(this.registry))
                return await this.putWithoutSubject(manifest, subject.digest, options, undefined, queued);
            let response;
            try {
                response = await this.sendManifest(manifest, options);
            }
            catch (error) {
                if (!refusedSubject(error))
                    throw error;
                return await this.putWithoutSubject(manifest, subject.digest, options, error, queued);
            }
            // No OCI-Subject: the fallback tag, unless the registry offers the referrers API all the same.
            if (header(response, 'oci-subject') === undefined &&
                !(await offersReferrersApi(this.transport, this.client.referrersApi, subject.digest))) {
                const added = addToFallback(this, subject.digest, (0,media/* descriptorOf */.nb)(manifest));
                queued();
                await added;
            }
            return { digest: manifest.digest, referrerIndexed: true };
        }
        finally {
            queued();
        }
    }
    /**
     * A referrer for a registry that refuses the `subject` field (older Harbor and Quay answer 400
     * MANIFEST_INVALID): the same manifest without it, listed in the subject's referrers tag, which
     * is where a registry without the referrers API is read. Its digest differs from the manifest's.
     * What binds a signature to its image is the signed statement, not this field (verify checks it).
     */
    async putWithoutSubject(manifest, subject, options, refusal, queued) {
        const { subject: _dropped, ...rest } = JSON.parse(manifest.bytes.toString('utf8'));
        const bare = (0,media/* parseManifest */.Ng)(Buffer.from(JSON.stringify(rest)), `${manifest.digest} without subject`);
        try {
            await this.sendManifest(bare, options);
        }
        catch (error) {
            if (!refusedSubject(error))
                throw error;
            const type = bare.parsed.artifactType ?? configType(bare);
            throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${this.location} refused the manifest ${manifest.digest} with and without its subject field: it does not accept the artifact type ${String(type)} (${(0,errors/* describeError */.Uc)(error)}).`, {
                hint: 'Older Harbor and Quay accept only the artifact types configured for them: allow this type in the registry, or push the referrers to a registry that accepts OCI 1.1 artifacts.',
            });
        }
        const tag = (0,references/* referrersTag */.LN)(subject);
        // Said once per registry: later referrers go without the field from the start.
        if (refusal !== undefined && !this.client.refusesSubject.has(this.registry)) {
            this.client.refusesSubject.add(this.registry);
            this.client.options.logger?.notice(`registry ${this.registry} refused the subject field (${(0,errors/* describeError */.Uc)(refusal)}); used the referrers tag ${tag} for ${this.repository}.`);
        }
        const added = addToFallback(this, subject, (0,media/* descriptorOf */.nb)(bare));
        queued?.();
        await added;
        return { digest: bare.digest, referrerIndexed: true };
    }
    /** One manifest PUT (by digest, or under `tag`), its bytes checked first. */
    async sendManifest(manifest, options) {
        const target = options.tag ?? manifest.digest;
        this.checkReference(target);
        const what = `pushing manifest ${manifest.digest} to ${this.location}${options.tag === undefined ? '' : `:${options.tag}`}`;
        (0,media/* checkManifestMediaType */.KZ)(manifest.mediaType, what);
        if (manifest.bytes.length > media/* MAX_MANIFEST_BYTES */.ZJ) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${what}: ${manifest.bytes.length} bytes is above the 4 MiB limit.`);
        }
        if ((0,media/* sha256 */.sc)(manifest.bytes) !== manifest.digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the bytes do not hash to ${manifest.digest}.`);
        }
        const put = () => this.transport.request({
            what,
            method: 'PUT',
            url: this.transport.path(`manifests/${target}`),
            scopes: this.transport.pushScopes,
            headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.length) },
            body: () => manifest.bytes,
            expect: [201, 200],
        });
        // distribution 2.8 answers DIGEST_INVALID + MANIFEST_BLOB_UNKNOWN for a blob that is there while
        // another upload of the same digest (a parallel job's empty config {}) re-writes its link; a moment
        // later the same PUT is accepted. A blob that is really missing is answered MANIFEST_BLOB_UNKNOWN
        // alone, and is not tried again.
        const relinking = (error) => error instanceof RegistryAnswerError &&
            error.registryCodes.includes('DIGEST_INVALID') &&
            error.registryCodes.includes('MANIFEST_BLOB_UNKNOWN');
        const response = await (0,http/* withRetry */.bD)(what, BLOB_RELINK_RETRY, put, relinking);
        await (0,http/* drain */.Ze)(response);
        const claimed = header(response, 'docker-content-digest');
        if (claimed !== undefined && claimed !== manifest.digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry stored it as ${claimed}.`);
        }
        return response;
    }
    async putTag(tag, manifest) {
        await this.putManifest(manifest, { tag });
    }
    checkReference(reference) {
        if (!(0,references/* isDigest */.Bc)(reference) && !(0,references/* isTag */.dz)(reference)) {
            throw new errors/* ArtefactsError */.E('REFERENCE_INVALID', `${JSON.stringify(reference.slice(0, 200))} is neither a tag nor a sha256 digest.`);
        }
    }
    // ---------------------------------------------------------------- referrers (registry-referrers.ts)
    /** Reads the `sha256-<hex>` fallback index (absent: empty), its body read within the retry. */
    readFallback(tag) {
        return readFallback(this.transport, tag);
    }
    /** Sends a fallback index once (a retry would send an index built from an old read), if not stale by `notAfter`. */
    writeFallback(tag, index, notAfter) {
        return writeFallback(this.transport, tag, index, notAfter);
    }
    /** Withdraws a referrer this run pushed: deleted by digest where allowed, and out of the fallback index. */
    withdrawReferrer(subject, digest) {
        return withdrawReferrer(this.transport, this, this.client.referrersApi, subject, digest);
    }
    referrers(digest, artifactType) {
        return listReferrers(this.transport, this, this.client.referrersApi, digest, artifactType);
    }
    /**
     * Every tag. A repository the registry does not know is empty only where the store was opened as
     * a destination (it is created by the first push); for a reader it is refused, naming the input,
     * so that a mistyped name never passes as a repository with no tags.
     */
    async listTags() {
        const tags = [];
        const what = `listing tags of ${this.location}`;
        let url = new URL(this.transport.path('tags/list?n=1000'), this.transport.base);
        for (let page = 0; url !== undefined && page < 10_000; page++) {
            const { response, bytes: body } = await this.transport.requestBytes({ what, method: 'GET', url, scopes: [this.transport.pullScope], expect: [200, 404] }, 64 * 1024 * 1024);
            if (response.status === 404) {
                const answer = registryError(what, 404, body);
                if (page > 0 || !isUnknownRepository(answer))
                    throw answer;
                if (this.access.create === true)
                    return tags;
                throw this.noSuchRepository(answer);
            }
            const parsed = JSON.parse(body.toString('utf8'));
            tags.push(...(parsed.tags ?? []));
            url = nextLink(response, url);
        }
        return tags;
    }
    /** A repository the registry does not know, read as if it were there: named as the layout's absent directory is. */
    noSuchRepository(answer) {
        const said = answer.registryCodes.length === 0 ? 'HTTP 404' : `HTTP 404 ${answer.registryCodes.join(', ')}`;
        const input = this.access.input === undefined ? '' : `Input '${this.access.input}': `;
        return new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${input}${this.location}: no such repository (${this.registry} answered ${said} to listing its tags); expected a repository that exists in that registry.`, {
            hint: 'Check the repository name for a typo. Only a push (pack, promote) creates a repository; some registries (distribution) also answer this for one that holds no tag yet.',
        });
    }
    // ---------------------------------------------------------------- blobs (registry-blobs.ts)
    hasBlob(digest) {
        return hasBlob(this.transport, digest);
    }
    getBlob(descriptor) {
        return getBlob(this.transport, descriptor);
    }
    putBlob(descriptor, source) {
        return putBlob(this.transport, descriptor, source);
    }
    mountBlob(descriptor, fromRepository, fallback) {
        return mountBlob(this.transport, descriptor, fromRepository, fallback);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/oci/open.ts
/**
 * Opening a store from a reference, and a plain verified copy of a manifest tree between stores
 * (the building block under promote; promote adds the tag rule, the pool, mounts and records).
 */







/**
 * The store a reference points into: a registry repository or a layout directory. A layout follows
 * no symbolic link among its files, and is read only where one is, unless `access` says otherwise
 * (see LayoutAccess: paths.ts's linksBeneath gives an input's; a destination adds `create`). A
 * registry repository takes the same `input` and `create` (StoreAccess): one that is not there is
 * refused by a reader and empty to a destination.
 */
function openStore(reference, client = {}, access) {
    const ref = typeof reference === 'string' ? (0,references/* parseReference */.F2)(reference) : reference;
    if (ref.kind === 'layout')
        return new LayoutStore(ref.path, access);
    const registry = client instanceof RegistryClient ? client : new RegistryClient(client);
    return registry.repository(ref, access);
}
/**
 * The credentials map entry for a registry reference when both username and password are given;
 * empty for a layout or when either is missing (the Docker config and helpers still apply).
 */
function credentialsFor(ref, username, password) {
    if (ref.kind !== 'registry' || username === undefined || password === undefined)
        return {};
    return { [ref.registry]: { username, password } };
}
/**
 * The store an action's reference input points into, opened as every action does: a layout
 * directory resolves against `cwd` (the workspace, as every other path input) and is opened as
 * `access` says (the input's linksBeneath, plus `create` for a destination), a registry gets the explicit
 * credentials (the password masked first) plus the environment and logger, and the same `access`.
 */
function storeFromInputs(ref, inputs, environment, access) {
    if (ref.kind === 'layout')
        return openStore({ ...ref, path: external_node_path_default().resolve(environment.cwd, ref.path) }, {}, access);
    const credentials = credentialsFor(ref, inputs.registryUsername, inputs.registryPassword);
    if (Object.keys(credentials).length > 0)
        environment.logger.secret(inputs.registryPassword);
    return openStore(ref, { credentials, env: { ...environment.env }, logger: environment.logger }, access);
}
/**
 * Copies the manifest tree under `digest` (children first, exact bytes, every digest verified)
 * and tags it last when `tag` is given. Blobs already present at the destination are skipped.
 */
async function copyTree(source, destination, digest, options = {}) {
    const stats = { manifests: 0, blobsCopied: 0, blobsSkipped: 0, bytesCopied: 0 };
    const done = new Set();
    const copyBlob = async (d) => {
        if (done.has(d.digest))
            return;
        done.add(d.digest);
        if ((await destination.hasBlob(d.digest)) !== undefined) {
            stats.blobsSkipped++;
            return;
        }
        await destination.putBlob(d, () => blobBody(source, d));
        stats.blobsCopied++;
        stats.bytesCopied += d.size;
    };
    const walk = async (ref) => {
        const manifest = await source.getManifest(ref);
        const children = childDescriptors(manifest);
        for (const blob of children.blobs)
            await copyBlob(blob);
        for (const child of children.manifests) {
            const copied = await walk(child.digest);
            if (copied.digest !== child.digest) {
                throw new ArtefactsError('DIGEST_MISMATCH', `child manifest ${child.digest} read back as ${copied.digest}.`);
            }
        }
        await destination.putManifest(manifest);
        stats.manifests++;
        return manifest;
    };
    const manifest = await walk(digest);
    if (options.tag !== undefined)
        await destination.putTag(options.tag, manifest);
    return { manifest, stats };
}
/** A container image config larger than this is not read for its platform (a config is a few KiB). */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const CONTAINER_CONFIGS = [media/* MEDIA */.Rn.ociConfig, media/* MEDIA */.Rn.dockerConfig];
/**
 * The platform a single-platform image's config names (`os`, `architecture`, `variant`), or
 * undefined when the manifest is no container image (an artefact's empty or own config) or its
 * config names none. A container config that is not JSON is refused (REGISTRY_PROTOCOL).
 */
async function configPlatform(store, manifest) {
    if ((0,media/* isIndex */.nw)(manifest.parsed))
        return undefined;
    const config = manifest.parsed.config;
    if (!CONTAINER_CONFIGS.includes(config.mediaType))
        return undefined;
    if (config.size > MAX_CONFIG_BYTES)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse((await readBlob(store, config)).toString('utf8'));
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E)
            throw error;
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${store.location}: image config ${config.digest} is not JSON.`, {
            cause: error,
        });
    }
    if (parsed === null || typeof parsed.os !== 'string' || typeof parsed.architecture !== 'string')
        return undefined;
    return {
        os: parsed.os,
        architecture: parsed.architecture,
        ...(typeof parsed.variant === 'string' && parsed.variant !== '' ? { variant: parsed.variant } : {}),
    };
}
/** Reads a whole (small) blob, verified. */
async function readBlob(store, descriptor) {
    const stream = await store.getBlob(descriptor);
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/sbom/project.ts
var project = __webpack_require__(99718);
// EXTERNAL MODULE: ./packages/core/src/sbom/writers.ts + 1 modules
var writers = __webpack_require__(8963);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./packages/core/src/oci/memory.ts
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
            (0,external_node_v8_.setFlagsFromString)('--expose-gc');
            const gc = (0,external_node_vm_.runInNewContext)('gc');
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

// EXTERNAL MODULE: ./packages/core/src/sbom/model.ts
var model = __webpack_require__(51074);
// EXTERNAL MODULE: ./packages/core/src/sbom/purl.ts
var purl = __webpack_require__(10362);
// EXTERNAL MODULE: ./packages/core/src/sbom/component.ts
var component = __webpack_require__(73588);
// EXTERNAL MODULE: ./packages/core/src/sbom/license.ts
var sbom_license = __webpack_require__(9496);
;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/language.ts
/** Language packages installed in an image: node_modules package.json and Python METADATA / PKG-INFO. */



/** A package.json found under node_modules (installed package). */
function catalogPackageJson(text, location) {
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return { components: [], warnings: [`${location}: not valid JSON; skipped`] };
    }
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string' || pkg.name === '' || pkg.version === '') {
        return { components: [] };
    }
    return {
        components: [
            (0,component/* makeComponent */.G1)({
                ecosystem: 'npm',
                name: pkg.name,
                version: pkg.version,
                purl: (0,purl/* npmPurl */.NP)(pkg.name, pkg.version),
                licenses: (0,sbom_license/* packageJsonLicenses */.H3)(pkg),
                foundIn: location,
            }),
        ],
    };
}
/** Whether a path is an installed package's own package.json (`…/node_modules/[@scope/]name/package.json`). */
function isNodeModulesPackageJson(path) {
    return /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(path);
}
const CLASSIFIER_LICENSES = {
    'MIT License': 'MIT',
    'Apache Software License': 'Apache-2.0',
    'BSD License': 'BSD-3-Clause',
    'ISC License (ISCL)': 'ISC',
    'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'Python Software Foundation License': 'PSF-2.0',
    'GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
    'GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
    'The Unlicense (Unlicense)': 'Unlicense',
};
/**
 * Python METADATA (dist-info) or PKG-INFO (egg-info): Name, Version; licence from
 * License-Expression (PEP 639), else License when it is short, else the license classifiers.
 */
function catalogPythonMetadata(text, location) {
    // Headers end at the first blank line; the body is the long description.
    const header = text.split(/\r?\n\r?\n/)[0] ?? '';
    const fields = new Map();
    for (const [k, v] of parseHeaderLines(header))
        fields.set(k.toLowerCase(), [...(fields.get(k.toLowerCase()) ?? []), v]);
    const name = fields.get('name')?.[0];
    const version = fields.get('version')?.[0];
    if (name === undefined || version === undefined)
        return { components: [] };
    const licenses = [];
    const expression = fields.get('license-expression')?.[0];
    const license = fields.get('license')?.[0];
    if (expression !== undefined) {
        const l = (0,sbom_license/* toLicense */.X6)(expression);
        if (l !== undefined)
            licenses.push(l);
    }
    else if (license !== undefined && license.length <= 80 && !license.includes('\n')) {
        const l = (0,sbom_license/* toLicense */.X6)(license);
        if (l !== undefined)
            licenses.push(l);
    }
    if (licenses.length === 0) {
        for (const c of fields.get('classifier') ?? []) {
            const m = /^License :: (?:OSI Approved :: )?(.+)$/.exec(c);
            const id = m === null ? undefined : CLASSIFIER_LICENSES[m[1] ?? ''];
            if (id !== undefined)
                licenses.push({ expression: id });
        }
    }
    const requires = (fields.get('requires-dist') ?? [])
        .filter((r) => !/;\s*.*extra\s*==/.test(r))
        .map((r) => (0,purl/* pep503 */.g9)(/^[A-Za-z0-9._-]+/.exec(r)?.[0] ?? ''))
        .filter((r) => r !== '');
    return {
        components: [
            (0,component/* makeComponent */.G1)({
                ecosystem: 'pypi',
                name,
                version,
                purl: (0,purl/* pypiPurl */.iC)(name, version),
                licenses,
                foundIn: location,
                // Edges resolve by name later (the image catalogue knows every installed distribution).
                properties: { 'pypi:requires': requires.length === 0 ? undefined : [...new Set(requires)].sort().join(',') },
            }),
        ],
    };
}
function parseHeaderLines(header) {
    const out = [];
    for (const line of header.split(/\r?\n/)) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && out.length > 0) {
            const last = out[out.length - 1];
            last[1] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon > 0)
            out.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
    return out;
}
function isPythonMetadata(path) {
    return /\.dist-info\/METADATA$/.test(path) || /\.egg-info\/PKG-INFO$/.test(path) || /\.egg-info$/.test(path);
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/os.ts
/** What the OS package catalogers share: os-release, the purl distro qualifier, RFC 822 stanzas, licence lists. */

/** os-release: KEY=value lines, values optionally quoted with shell escapes. */
function parseOsRelease(text) {
    const fields = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
        if (m === null)
            continue;
        let v = (m[2] ?? '').trim();
        if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
            v = v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
        }
        fields[m[1] ?? ''] = v;
    }
    if (fields.ID === undefined)
        return undefined;
    return {
        id: fields.ID.toLowerCase(),
        ...(fields.VERSION_ID === undefined ? {} : { versionId: fields.VERSION_ID }),
        ...(fields.PRETTY_NAME === undefined ? {} : { prettyName: fields.PRETTY_NAME }),
        ...(fields.VERSION_CODENAME === undefined ? {} : { versionCodename: fields.VERSION_CODENAME }),
    };
}
/** `distro` qualifier value per purl convention: `<id>-<version_id>` (debian-12, alpine-3.19.1). */
function distroQualifier(distro) {
    if (distro === undefined)
        return undefined;
    return distro.versionId === undefined ? distro.id : `${distro.id}-${distro.versionId}`;
}
/** RFC 822-style stanzas (dpkg status, PKG-INFO): fields with continuation lines; blank line separates. */
function parseStanzas(text) {
    const stanzas = [];
    let current = {};
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (Object.keys(current).length > 0)
                stanzas.push(current);
            current = {};
            last = undefined;
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
            current[last] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon);
        current[last] = line.slice(colon + 1).trim();
    }
    if (Object.keys(current).length > 0)
        stanzas.push(current);
    return stanzas;
}
/** A licence field as one licence (an SPDX expression when it parses as one), or none. */
function licenseList(raw) {
    if (raw === undefined || raw.trim() === '')
        return [];
    const whole = (0,sbom_license/* toLicense */.X6)(raw);
    return whole === undefined ? [] : [whole];
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/dpkg.ts
/** dpkg: the status database (and distroless status.d files), file lists and DEP-5 copyright licences. */




/**
 * dpkg status (or one distroless status.d file). Only packages whose status says they are on disk
 * (not `not-installed`, not `config-files`) become components; Depends/Pre-Depends become edges,
 * through Provides where a virtual package is named.
 */
function catalogDpkgStatus(text, location, distro) {
    // The purl namespace is the distribution's os-release ID (debian, ubuntu, a derivative's own), as syft writes it.
    const vendor = distro === undefined ? 'debian' : distro.id;
    const entries = parseStanzas(text).filter((s) => {
        if (s.Package === undefined || s.Version === undefined)
            return false;
        const state = (s.Status ?? 'install ok installed').split(/\s+/)[2];
        return state !== 'not-installed' && state !== 'config-files';
    });
    const distroQualifierValue = distroQualifier(distro);
    // One purl per package, built once: its component's, and the target of edges to its name and what it provides.
    const purls = entries.map((s) => (0,purl/* osPurl */.wE)('deb', vendor, s.Package ?? '', s.Version ?? '', {
        arch: s.Architecture,
        distro: distroQualifierValue,
        upstream: debianUpstream(s.Source),
    }));
    const byName = new Map();
    for (const [i, s] of entries.entries())
        byName.set(s.Package ?? '', purls[i]);
    for (const [i, s] of entries.entries()) {
        for (const p of (s.Provides ?? '').split(',')) {
            const name = p.trim().split(/[\s(]/)[0]?.replace(/:.*$/, '');
            if (name && !byName.has(name))
                byName.set(name, purls[i]);
        }
    }
    const components = entries.map((s, i) => {
        const dependsOn = [];
        for (const field of [s['Pre-Depends'], s.Depends]) {
            for (const clause of (field ?? '').split(',')) {
                // Alternatives: the first one installed satisfies the clause.
                for (const alt of clause.split('|')) {
                    const name = alt.trim().split(/[\s(]/)[0]?.replace(/:.*$/, '');
                    const hit = name === undefined ? undefined : byName.get(name);
                    if (hit !== undefined) {
                        dependsOn.push(hit);
                        break;
                    }
                }
            }
        }
        const source = s.Source?.split(/\s+/)[0];
        return (0,component/* makeComponent */.G1)({
            ecosystem: 'deb',
            name: s.Package ?? '',
            group: vendor,
            version: s.Version ?? '',
            purl: purls[i],
            dependsOn,
            foundIn: location,
            properties: {
                'deb:source': source !== undefined && source !== s.Package ? source : undefined,
                'deb:architecture': s.Architecture,
            },
        });
    });
    return { components };
}
/**
 * The purl `upstream` qualifier from dpkg's `Source:` field, as syft writes it: `name` when the field
 * is `name`, `name@version` when it is `name (version)`. dpkg writes the field only when the source
 * differs from the binary (in name, or in version as for binNMUs `5.2.15-2+b8` from `5.2.15-2`), and
 * the version only when it differs; no field, no qualifier.
 */
function debianUpstream(source) {
    const m = /^(\S+)(?:\s+\(\s*([^)\s]+)\s*\))?/.exec(source?.trim() ?? '');
    if (m === null)
        return undefined;
    return m[2] === undefined ? m[1] : `${m[1]}@${m[2]}`;
}
/** dpkg's per-package file lists (`var/lib/dpkg/info/<pkg>[:arch].list`): paths owned by OS packages. */
function dpkgOwnedPaths(listContent) {
    return listContent
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/^\/+/, ''))
        .filter((l) => l !== '');
}
/** Debian short licence names (DEP-5) that differ from their SPDX identifiers. */
const DEBIAN_LICENSES = {
    expat: 'MIT',
    artistic: 'Artistic-1.0-Perl',
    'bsd-2-clause': 'BSD-2-Clause',
    'bsd-3-clause': 'BSD-3-Clause',
    'bsd-4-clause': 'BSD-4-Clause',
    'gpl-1': 'GPL-1.0-only',
    'gpl-2': 'GPL-2.0-only',
    'gpl-3': 'GPL-3.0-only',
    'lgpl-2': 'LGPL-2.0-only',
    'lgpl-2.1': 'LGPL-2.1-only',
    'lgpl-3': 'LGPL-3.0-only',
    'agpl-3': 'AGPL-3.0-only',
    'gfdl-1.2': 'GFDL-1.2-only',
    'gfdl-1.3': 'GFDL-1.3-only',
    'mpl-1.1': 'MPL-1.1',
    'mpl-2.0': 'MPL-2.0',
    'apache-2.0': 'Apache-2.0',
    zlib: 'Zlib',
    isc: 'ISC',
    'cc0-1.0': 'CC0-1.0',
    'bsl-1.0': 'BSL-1.0',
    mit: 'MIT',
    x11: 'X11',
    curl: 'curl',
};
/** One DEP-5 short name (`GPL-2+`, `LGPL-2.1`, `Expat`) as an SPDX identifier, or undefined. */
function debianLicenseId(short) {
    const s = short.trim();
    const plus = s.endsWith('+');
    const base = (plus ? s.slice(0, -1) : s).toLowerCase().replace(/\.0$/, '');
    const mapped = DEBIAN_LICENSES[base] ?? DEBIAN_LICENSES[`${base}.0`];
    if (mapped === undefined)
        return isSpdxId(s) ? s : undefined;
    if (!plus)
        return mapped;
    return mapped.endsWith('-only') ? mapped.replace(/-only$/, '-or-later') : `${mapped}+`;
}
function isSpdxId(s) {
    return /^[A-Za-z0-9.+-]+$/.test(s) && (0,sbom_license/* toLicense */.X6)(s) !== undefined && 'expression' in (0,sbom_license/* toLicense */.X6)(s);
}
/**
 * Licences from a machine-readable Debian copyright file (`usr/share/doc/<pkg>/copyright`, DEP-5):
 * each distinct `License:` short name or expression, as SPDX where every part maps, else as written.
 * Free-form (non-DEP-5) files give nothing rather than a guess.
 */
function debianCopyrightLicenses(text) {
    // DEP-5 puts Format: in the first paragraph; some packages keep a free-form preamble before it.
    if (!/^Format:\s*\S/m.test(text))
        return [];
    const seen = new Map();
    for (const stanza of parseStanzas(text)) {
        const field = stanza.License?.split('\n')[0]?.trim();
        if (field === undefined || field === '')
            continue;
        const parts = field
            .split(/\s+(or|and)\s+|\s*,\s*(?:and\s+)?/i)
            .filter((p) => p !== undefined && p !== '');
        const ids = [];
        let complete = true;
        for (const part of parts) {
            if (/^(or|and)$/i.test(part)) {
                ids.push(part.toUpperCase());
                continue;
            }
            const id = debianLicenseId(part);
            if (id === undefined)
                complete = false;
            else
                ids.push(id);
        }
        const expression = ids.join(' ');
        const license = complete && (0,sbom_license/* isSpdxExpression */.Yr)(expression) ? { expression } : { name: field };
        seen.set('expression' in license ? license.expression : license.name, license);
    }
    return [...seen.values()].sort((a, b) => {
        const x = 'expression' in a ? a.expression : a.name;
        const y = 'expression' in b ? b.expression : b.name;
        return x < y ? -1 : x > y ? 1 : 0;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/golang.ts
/** Go build information embedded in binaries. */


const GO_BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
function uvarint(buf, at) {
    let x = 0;
    let shift = 0;
    for (let i = at; i < buf.length && i < at + 10; i++) {
        const b = buf[i];
        x += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            return [x, i + 1];
        shift += 7;
    }
    return undefined;
}
/**
 * Parses Go build information from the bytes starting at the `\xff Go buildinf:` header.
 * Go 1.18+ writes the version and module strings inline (flag bit 2); older binaries point into
 * data sections, which this reader does not follow (returns undefined; the caller warns).
 */
function parseGoBuildInfo(buf) {
    if (buf.length < 32 || !buf.subarray(0, 14).equals(GO_BUILDINFO_MAGIC))
        return undefined;
    const flags = buf[15] ?? 0;
    if ((flags & 0x2) === 0)
        return undefined;
    const v = uvarint(buf, 32);
    if (v === undefined)
        return undefined;
    const goVersion = buf.subarray(v[1], v[1] + v[0]).toString('utf8');
    const m = uvarint(buf, v[1] + v[0]);
    if (m === undefined)
        return undefined;
    let modinfo = buf.subarray(m[1], m[1] + m[0]).toString('utf8');
    // modinfo is framed by 16-byte sentinels.
    if (modinfo.length >= 33)
        modinfo = modinfo.slice(16, -16);
    const info = {
        goVersion,
        deps: [],
        settings: {},
    };
    for (const line of modinfo.split('\n')) {
        const f = line.split('\t');
        const mod = { path: f[1] ?? '', version: f[2] ?? '', ...(f[3] ? { sum: f[3] } : {}) };
        if (f[0] === 'path')
            info.path = f[1] ?? '';
        else if (f[0] === 'mod')
            info.main = mod;
        else if (f[0] === 'dep')
            info.deps.push(mod);
        else if (f[0] === '=>' && info.deps.length > 0) {
            // A module replacement is what got compiled; a local directory keeps the original identity.
            const replaced = info.deps[info.deps.length - 1];
            info.deps[info.deps.length - 1] = /^[./]/.test(mod.path) ? { ...replaced, replacedBy: mod.path } : mod;
        }
        else if (f[0] === 'build') {
            const kv = f.slice(1).join('\t');
            const eq = kv.indexOf('=');
            if (eq > 0)
                info.settings[kv.slice(0, eq)] = kv.slice(eq + 1);
        }
    }
    return info;
}
/**
 * Finds the build-info header in a binary as it streams by (never holding the whole file) and
 * returns the bytes from the header on (up to `window`), or undefined if it has none.
 */
async function findGoBuildInfo(chunks, window = 1 << 20) {
    const overlap = GO_BUILDINFO_MAGIC.length - 1;
    let tail = Buffer.alloc(0);
    let captured;
    let capturedLength = 0;
    for await (const chunk of chunks) {
        if (captured !== undefined) {
            if (capturedLength < window) {
                // Copied: a chunk may be borrowed (valid only until the next is asked for).
                captured.push(Buffer.from(chunk));
                capturedLength += chunk.length;
            }
            continue;
        }
        // Search the chunk in place; only the few bytes straddling the previous chunk are copied.
        let found;
        if (tail.length > 0) {
            const seam = Buffer.concat([tail, chunk.subarray(0, overlap)]);
            const at = seam.indexOf(GO_BUILDINFO_MAGIC);
            if (at >= 0)
                found = Buffer.concat([tail.subarray(at), chunk]);
        }
        if (found === undefined) {
            const at = chunk.indexOf(GO_BUILDINFO_MAGIC);
            if (at >= 0)
                found = Buffer.from(chunk.subarray(at));
        }
        if (found !== undefined) {
            captured = [found];
            capturedLength = found.length;
            continue;
        }
        tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - overlap)));
    }
    return captured === undefined ? undefined : Buffer.concat(captured).subarray(0, window);
}
/** Components from a Go binary's build information: the main module (application) and its deps. */
function catalogGoBinary(info, location) {
    const deps = info.deps.map((d) => (0,component/* makeComponent */.G1)({
        ecosystem: 'golang',
        name: d.path,
        version: d.version,
        purl: (0,purl/* golangPurl */.av)(d.path, d.version),
        foundIn: location,
        properties: { 'go:sum': d.sum, 'go:replaced-by': d.replacedBy },
    }));
    const components = [...deps];
    const main = info.main ?? (info.path === undefined ? undefined : { path: info.path, version: '(devel)' });
    if (main !== undefined && main.path !== '') {
        const version = main.version === '(devel)' ? '' : main.version;
        components.push((0,component/* makeComponent */.G1)({
            ecosystem: 'golang',
            name: main.path,
            version,
            type: 'application',
            purl: (0,purl/* golangPurl */.av)(main.path, version),
            dependsOn: deps.map((d) => d.purl),
            foundIn: location,
            properties: {
                'go:toolchain': info.goVersion,
                'go:main-version': main.version === '(devel)' ? '(devel)' : undefined,
                'go:GOOS': info.settings.GOOS,
                'go:GOARCH': info.settings.GOARCH,
                'go:vcs.revision': info.settings['vcs.revision'],
            },
        }));
    }
    return { components };
}
/** ELF, Mach-O (32/64, both byte orders, fat) and PE headers: the files worth scanning for Go build info. */
function looksExecutable(head) {
    if (head.length < 4)
        return false;
    const m = head.readUInt32BE(0);
    return (m === 0x7f454c46 ||
        m === 0xfeedface ||
        m === 0xfeedfacf ||
        m === 0xcefaedfe ||
        m === 0xcffaedfe ||
        m === 0xcafebabe ||
        (head[0] === 0x4d && head[1] === 0x5a));
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/apk.ts
/** apk: Alpine's installed database. */



/** apk's `lib/apk/db/installed`: one stanza per package, single-letter keys, repeated F:/R: file lists. */
function catalogApkInstalled(text, location, distro) {
    const owned = [];
    const packages = [];
    let current = {};
    let dir = '';
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (current.P !== undefined)
                packages.push(current);
            current = {};
            continue;
        }
        const key = line.slice(0, 1);
        const value = line.slice(2);
        if (key === 'F')
            dir = value;
        else if (key === 'R')
            owned.push(dir === '' ? value : `${dir}/${value}`);
        else
            current[key] = value;
    }
    if (current.P !== undefined)
        packages.push(current);
    const vendor = distro?.id ?? 'alpine';
    const purlOf = (p) => (0,purl/* osPurl */.wE)('apk', vendor, p.P ?? '', p.V ?? '', {
        arch: p.A,
        distro: distroQualifier(distro),
        // The origin (source) package, only where it differs from the binary's name, as syft writes it.
        upstream: p.o !== p.P ? p.o : undefined,
    });
    const provides = new Map();
    for (const p of packages) {
        provides.set(p.P ?? '', purlOf(p));
        for (const item of (p.p ?? '').split(/\s+/)) {
            const name = item.split(/[=<>~]/)[0];
            if (name)
                provides.set(name, purlOf(p));
        }
    }
    const components = packages.map((p) => (0,component/* makeComponent */.G1)({
        ecosystem: 'apk',
        name: p.P ?? '',
        group: vendor,
        version: p.V ?? '',
        purl: purlOf(p),
        licenses: licenseList(p.L),
        dependsOn: (p.D ?? '')
            .split(/\s+/)
            .filter((d) => d !== '' && !d.startsWith('!'))
            .map((d) => provides.get(d.split(/[=<>~]/)[0] ?? ''))
            .filter((x) => x !== undefined),
        foundIn: location,
        properties: { 'apk:origin': p.o !== p.P ? p.o : undefined, 'apk:architecture': p.A },
    }));
    return { components, owned };
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/catalogers/rpm.ts
/** rpm: headers as rpmdb.sqlite stores them, their file lists, and the sqlite database itself. */







const RPM_TAGS = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    license: 1014,
    arch: 1022,
    sourcerpm: 1044,
};
const RPMTAG_OLDFILENAMES = 1027;
const RPMTAG_DIRINDEXES = 1116;
const RPMTAG_BASENAMES = 1117;
const RPMTAG_DIRNAMES = 1118;
const RPM_TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 };
/** rpm's own limits (hdrchkTags / hdrchkData in lib/header.c): at most 2^24 index entries, 1 GiB of data. */
const RPM_MAX_ENTRIES = 0xffffff;
const RPM_MAX_DATA = 0x3fffffff;
function malformed(reason) {
    return new errors/* ArtefactsError */.E('SBOM_FAILED', `malformed rpm header: ${reason}`);
}
/**
 * Reads one rpm header blob as rpmdb.sqlite's Packages table stores it (rpm's headerExport: index
 * entry count, data length, 16-byte big-endian entries {tag, type, offset, count}, then the data
 * store). Only the tags above are decoded. Every count, offset and string is checked against the
 * blob before it is read, so a malformed blob fails with SBOM_FAILED (never a RangeError, never an
 * allocation larger than the blob itself).
 */
function parseRpmHeader(blob) {
    if (blob.length < 8)
        throw malformed(`${blob.length} bytes, shorter than the 8-byte preamble`);
    const il = blob.readUInt32BE(0);
    const dl = blob.readUInt32BE(4);
    if (il === 0 || il > RPM_MAX_ENTRIES)
        throw malformed(`${il} index entries`);
    if (dl > RPM_MAX_DATA)
        throw malformed(`${dl} bytes of data`);
    const storeStart = 8 + il * 16;
    if (storeStart + dl > blob.length) {
        throw malformed(`${il} entries and ${dl} data bytes need ${storeStart + dl} bytes; the blob has ${blob.length}`);
    }
    const store = blob.subarray(storeStart, storeStart + dl);
    const strings = (tag, offset, count) => {
        // Every string takes at least its NUL, so a count beyond the bytes left is malformed, not a loop bound.
        if (count > dl - offset)
            throw malformed(`tag ${tag}: ${count} strings in ${dl - offset} bytes`);
        const out = [];
        let at = offset;
        for (let i = 0; i < count; i++) {
            const end = store.indexOf(0, at);
            if (end < 0)
                throw malformed(`tag ${tag}: string ${i} runs past the data store`);
            out.push(store.toString('utf8', at, end));
            at = end + 1;
        }
        return out;
    };
    const int32s = (tag, offset, count) => {
        if (offset % 4 !== 0 || count > (dl - offset) / 4) {
            throw malformed(`tag ${tag}: ${count} INT32 values at offset ${offset} do not fit ${dl} bytes`);
        }
        const out = [];
        for (let i = 0; i < count; i++)
            out.push(store.readUInt32BE(offset + i * 4));
        return out;
    };
    const fields = {};
    const wanted = new Map(Object.entries(RPM_TAGS).map(([k, v]) => [v, k]));
    let dirnames = [];
    let basenames = [];
    let dirindexes = [];
    let oldfilenames;
    for (let i = 0; i < il; i++) {
        const at = 8 + i * 16;
        const tag = blob.readUInt32BE(at);
        const type = blob.readUInt32BE(at + 4);
        const offset = blob.readInt32BE(at + 8);
        const count = blob.readUInt32BE(at + 12);
        const key = wanted.get(tag);
        const fileTag = tag === RPMTAG_DIRNAMES || tag === RPMTAG_BASENAMES || tag === RPMTAG_DIRINDEXES || tag === RPMTAG_OLDFILENAMES;
        if (key === undefined && !fileTag)
            continue;
        if (offset < 0 || offset >= dl)
            throw malformed(`tag ${tag}: offset ${offset} outside ${dl} data bytes`);
        if (count === 0)
            throw malformed(`tag ${tag}: count 0`);
        if (key !== undefined) {
            if (type === RPM_TYPE.int32)
                fields[key] = String(int32s(tag, offset, 1)[0]);
            else if (type === RPM_TYPE.string || type === RPM_TYPE.stringArray || type === RPM_TYPE.i18nString) {
                fields[key] = strings(tag, offset, 1)[0];
            }
            else
                throw malformed(`tag ${tag} (${key}) has type ${type}`);
            continue;
        }
        const expected = tag === RPMTAG_DIRINDEXES ? RPM_TYPE.int32 : RPM_TYPE.stringArray;
        if (type !== expected)
            throw malformed(`tag ${tag} has type ${type}, expected ${expected}`);
        if (tag === RPMTAG_DIRNAMES)
            dirnames = strings(tag, offset, count);
        else if (tag === RPMTAG_BASENAMES)
            basenames = strings(tag, offset, count);
        else if (tag === RPMTAG_DIRINDEXES)
            dirindexes = int32s(tag, offset, count);
        else
            oldfilenames = strings(tag, offset, count);
    }
    if (basenames.length === 0 && oldfilenames !== undefined) {
        // Headers from before rpm 4 compressed file names: full paths, split here into the same shape.
        const dirs = new Map();
        for (const path of oldfilenames) {
            const slash = path.lastIndexOf('/');
            const dir = path.slice(0, slash + 1);
            if (!dirs.has(dir))
                dirs.set(dir, dirs.size);
            dirindexes.push(dirs.get(dir));
            basenames.push(path.slice(slash + 1));
        }
        dirnames = [...dirs.keys()];
    }
    if (dirindexes.length !== basenames.length) {
        throw malformed(`${basenames.length} file base names but ${dirindexes.length} directory indexes`);
    }
    for (const d of dirindexes) {
        if (d >= dirnames.length)
            throw malformed(`directory index ${d} beyond ${dirnames.length} directory names`);
    }
    return { ...fields, dirnames, basenames, dirindexes };
}
/** Every file path of a header, absolute, built one at a time. */
function* rpmFiles(header) {
    for (const [i, base] of header.basenames.entries()) {
        yield `${header.dirnames[header.dirindexes[i] ?? 0] ?? ''}${base}`;
    }
}
/**
 * Which of `candidates` (image paths without the leading slash) the header's files include.
 * Works per directory name, so the cost is the size of the header, not (files x path length).
 */
function rpmOwnedAmong(header, candidates) {
    const dirs = header.dirnames.map((d) => candidates.get(d));
    const owned = [];
    for (const [i, base] of header.basenames.entries()) {
        const bases = dirs[header.dirindexes[i] ?? -1];
        if (bases?.has(base) === true)
            owned.push(`${(header.dirnames[header.dirindexes[i] ?? 0] ?? '').slice(1)}${base}`);
    }
    return owned;
}
function rpmCandidates(paths) {
    const out = new Map();
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        const dir = `/${path.slice(0, slash + 1)}`;
        const set = out.get(dir) ?? new Set();
        set.add(path.slice(slash + 1));
        out.set(dir, set);
    }
    return out;
}
/** A variable, so that bundlers and Node 20 type definitions leave the optional built-in alone. */
const SQLITE = 'node:sqlite';
/** Whether this Node has node:sqlite (22.5+, 24); on Node 20 rpm databases are skipped with a notice. */
async function sqliteAvailable() {
    try {
        await __webpack_require__(90189)(SQLITE);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * rpm's sqlite database (`var/lib/rpm/rpmdb.sqlite`, `usr/lib/sysimage/rpm/rpmdb.sqlite`). The bytes
 * (and the write-ahead log beside it when the image has a non-empty one: its pages are part of the
 * database) are written to a private temporary directory for node:sqlite to open, then removed.
 * Returns the packages and which of `candidates` (language-package paths) their files include.
 * A blob that is not a well-formed header is skipped with a warning naming its row; a file that
 * is not an rpm database at all gives a warning and no packages.
 */
async function catalogRpmSqlite(bytes, location, distro, options = {}) {
    if (!(await sqliteAvailable())) {
        return {
            components: [],
            owned: [],
            warnings: [
                `${location}: rpm database skipped: node:sqlite needs Node 22.5 or later (this is ${process.versions.node})`,
            ],
        };
    }
    const { DatabaseSync } = (await __webpack_require__(90189)(SQLITE));
    const candidates = rpmCandidates(options.candidates ?? []);
    const warnings = [];
    const owned = new Set();
    const components = [];
    // The purl namespace is the vendor; without an os-release we do not guess one.
    const vendor = distro?.id;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rpmdb-'));
    try {
        const file = (0,external_node_path_.join)(dir, 'rpmdb.sqlite');
        await (0,promises_.writeFile)(file, bytes, { mode: 0o600 });
        const withWal = options.wal !== undefined && options.wal.length > 0;
        if (withWal)
            await (0,promises_.writeFile)(`${file}-wal`, options.wal, { mode: 0o600 });
        let db;
        try {
            // With a log to replay the copy must be writable (sqlite folds the log in); it is ours alone.
            db = new DatabaseSync(file, { readOnly: !withWal });
        }
        catch (error) {
            return {
                components: [],
                owned: [],
                warnings: [
                    `${location}: not a readable sqlite database (${messageOf(error)}); its rpm packages are not listed`,
                ],
            };
        }
        let rows;
        try {
            rows = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all();
        }
        catch (error) {
            return {
                components: [],
                owned: [],
                warnings: [
                    `${location}: no readable rpm Packages table (${messageOf(error)}); its rpm packages are not listed`,
                ],
            };
        }
        finally {
            db.close();
        }
        for (const row of rows) {
            let h;
            try {
                h = parseRpmHeader(Buffer.from(row.blob.buffer, row.blob.byteOffset, row.blob.byteLength));
            }
            catch (error) {
                if (!(error instanceof errors/* ArtefactsError */.E))
                    throw error;
                warnings.push(`${location}: package row ${String(row.hnum)}: ${error.message}; skipped`);
                continue;
            }
            if (h.name === undefined || h.version === undefined) {
                warnings.push(`${location}: package row ${String(row.hnum)} has no name or version; skipped`);
                continue;
            }
            if (h.name === 'gpg-pubkey')
                continue;
            if (candidates.size > 0)
                for (const p of rpmOwnedAmong(h, candidates))
                    owned.add(p);
            const version = h.release === undefined ? h.version : `${h.version}-${h.release}`;
            components.push((0,component/* makeComponent */.G1)({
                ecosystem: 'rpm',
                name: h.name,
                group: vendor,
                version,
                purl: (0,purl/* osPurl */.wE)('rpm', vendor, h.name, version, {
                    arch: h.arch,
                    epoch: h.epoch,
                    distro: distroQualifier(distro),
                    // The source rpm's file name (`openssl-3.0.7-1.el9.src.rpm`), as syft writes it.
                    upstream: h.sourcerpm === '(none)' ? undefined : h.sourcerpm,
                }),
                licenses: licenseList(h.license),
                foundIn: location,
                properties: { 'rpm:sourcerpm': h.sourcerpm },
            }));
        }
        return { components, owned: [...owned].sort(), warnings };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/core/src/sbom/image/tar.ts



/** gzip 1f 8b; zstd 28 b5 2f fd; anything else is taken as a plain tar. */
function sniffCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    return 'none';
}
/** Whether this Node has zstd in node:zlib (Node 22.15+ and 24; not Node 20). */
function zstdAvailable() {
    return typeof zlib.createZstdDecompress === 'function';
}
/** A Buffer view of the bytes, without copying them. */
function asBuffer(value) {
    return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}
/** Decompresses by sniffing the first bytes; zstd on a Node without it fails with UNSUPPORTED. */
async function* decompressLayer(input, onKind) {
    const iterator = Symbol.asyncIterator in input
        ? input[Symbol.asyncIterator]()
        : (async function* () {
            yield* input;
        })();
    let head = Buffer.alloc(0);
    const pending = [];
    while (head.length < 4) {
        // A chunk may be borrowed (valid until the next is asked for): those held across the next read are copies.
        for (let i = 0; i < pending.length; i++)
            pending[i] = Buffer.from(pending[i]);
        const next = await iterator.next();
        if (next.done === true)
            break;
        const chunk = asBuffer(next.value);
        pending.push(chunk);
        head = Buffer.concat([head, chunk]);
    }
    const kind = sniffCompression(head);
    onKind(kind);
    async function* rest() {
        yield* pending;
        for (let n = await iterator.next(); n.done !== true; n = await iterator.next())
            yield asBuffer(n.value);
    }
    if (kind === 'none') {
        yield* rest();
        return;
    }
    let transform;
    if (kind === 'gzip')
        transform = external_node_zlib_.createGunzip({ chunkSize: files/* FILE_CHUNK */.R });
    else {
        const create = external_node_zlib_.createZstdDecompress;
        if (create === undefined) {
            throw new errors/* ArtefactsError */.E('UNSUPPORTED', `zstd-compressed layers need Node 22.15 or later (node:zlib zstd); this is Node ${process.versions.node}.`, { hint: 'Run on Node 24 (the runtime GitHub Actions uses for node24 actions).' });
        }
        transform = create({ chunkSize: files/* FILE_CHUNK */.R });
    }
    const feed = (async () => {
        try {
            for await (const chunk of rest()) {
                // The next chunk is asked for only once this one is consumed: its buffer may be reused then.
                await new Promise((resolve, reject) => transform.write(chunk, (error) => (error ? reject(error) : resolve())));
            }
            transform.end();
        }
        catch (error) {
            transform.destroy(error);
        }
    })();
    try {
        for await (const chunk of transform)
            yield chunk;
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('SBOM_FAILED', `Layer does not decompress as ${kind}: ${error.message}`, {
            cause: error,
        });
    }
    await feed;
}
/**
 * Buffers a byte stream and hands out exact-length pieces. The source's chunks may be borrowed (valid
 * until the next is asked for): what is still held when the next is asked for is copied first, and
 * the pieces `stream` hands out are valid until the next one is asked for.
 */
class ByteReader {
    source;
    onBytes;
    buffered = [];
    length = 0;
    done = false;
    /** The memory of the source's latest chunk: pieces of it are copied before the source is asked again. */
    latest;
    constructor(source, onBytes) {
        this.source = source;
        this.onBytes = onBytes;
    }
    async fill(n) {
        while (this.length < n && !this.done) {
            // Only the last piece held can be of the latest chunk: those before it were copied on earlier rounds.
            const last = this.buffered.length - 1;
            if (last >= 0 && this.buffered[last].buffer === this.latest) {
                this.buffered[last] = Buffer.from(this.buffered[last]);
            }
            const next = await this.source.next();
            if (next.done === true)
                this.done = true;
            else {
                this.latest = next.value.buffer;
                this.buffered.push(next.value);
                this.length += next.value.length;
                this.onBytes?.(next.value.length);
            }
        }
        return this.length >= n;
    }
    /** Exactly n bytes, or undefined at a clean end of input. */
    async take(n) {
        if (!(await this.fill(n))) {
            if (this.length === 0)
                return undefined;
            throw new errors/* ArtefactsError */.E('SBOM_FAILED', `Tar stream ends mid-entry (wanted ${n} bytes, have ${this.length})`);
        }
        const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
        const out = all.subarray(0, n);
        const rest = all.subarray(n);
        this.buffered = rest.length > 0 ? [rest] : [];
        this.length = rest.length;
        return out;
    }
    /** Up to n bytes as they arrive (at least one chunk unless n is 0). */
    async *stream(n) {
        let left = n;
        while (left > 0) {
            if (this.length === 0 && !(await this.fill(1))) {
                throw new errors/* ArtefactsError */.E('SBOM_FAILED', 'Tar stream ends mid-entry');
            }
            const first = this.buffered[0];
            const piece = first.subarray(0, Math.min(left, first.length));
            if (piece.length === first.length)
                this.buffered.shift();
            else
                this.buffered[0] = first.subarray(piece.length);
            this.length -= piece.length;
            left -= piece.length;
            yield piece;
        }
    }
}
function cString(block, start, length) {
    const slice = block.subarray(start, start + length);
    const nul = slice.indexOf(0);
    return (nul < 0 ? slice : slice.subarray(0, nul)).toString('utf8');
}
function octal(block, start, length) {
    const first = block[start] ?? 0;
    if (first & 0x80) {
        // base-256: big-endian, high bit of the first byte set.
        let value = first & 0x7f;
        for (let i = 1; i < length; i++)
            value = value * 256 + (block[start + i] ?? 0);
        return value;
    }
    const text = cString(block, start, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function parsePax(body) {
    const out = {};
    let at = 0;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        if (space < 0)
            break;
        const len = Number(body.subarray(at, space).toString('ascii'));
        if (!Number.isFinite(len) || len <= 0)
            break;
        const record = body.subarray(space + 1, at + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        at += len;
    }
    return out;
}
function normaliseTarPath(path) {
    return path
        .replace(/^(\.\/|\/)+/, '')
        .replace(/\/+$/, '')
        .replace(/\/{2,}/g, '/');
}
/**
 * Reads tar entries from (possibly compressed) bytes. Consume each entry before asking for the next.
 * `onBytes` is told the length of each uncompressed chunk as it arrives (progress, memory governor),
 * and whether it came out of a decompressor (so is a fresh buffer whatever the input's were).
 */
async function* tarEntries(input, onBytes) {
    let decompressed = false;
    const chunks = decompressLayer(input, (kind) => (decompressed = kind !== 'none'));
    const reader = new ByteReader(chunks[Symbol.asyncIterator](), onBytes === undefined ? undefined : (bytes) => onBytes(bytes, decompressed));
    let globalPax = {};
    let nextPax = {};
    let longName;
    let longLink;
    for (;;) {
        const block = await reader.take(512);
        if (block === undefined)
            return;
        if (block.every((b) => b === 0)) {
            // End-of-archive marker (two zero blocks); trailing padding may follow.
            return;
        }
        const typeflag = String.fromCharCode(block[156] ?? 0x30);
        let size = octal(block, 124, 12);
        const magic = cString(block, 257, 6);
        let name = cString(block, 0, 100);
        if (magic.startsWith('ustar')) {
            const prefix = cString(block, 345, 155);
            if (prefix !== '')
                name = `${prefix}/${name}`;
        }
        const padded = Math.ceil(size / 512) * 512;
        if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
            const body = (await reader.take(padded))?.subarray(0, size) ?? Buffer.alloc(0);
            if (typeflag === 'x')
                nextPax = { ...nextPax, ...parsePax(body) };
            else if (typeflag === 'g')
                globalPax = { ...globalPax, ...parsePax(body) };
            else if (typeflag === 'L')
                longName = cString(body, 0, body.length);
            else
                longLink = cString(body, 0, body.length);
            continue;
        }
        const pax = { ...globalPax, ...nextPax };
        nextPax = {};
        if (pax.size !== undefined)
            size = Number(pax.size);
        const path = normaliseTarPath(pax.path ?? longName ?? name);
        const linkTarget = pax.linkpath ?? longLink ?? cString(block, 157, 100);
        longName = undefined;
        longLink = undefined;
        const type = typeflag === '0' || typeflag === '\0' || typeflag === '7'
            ? 'file'
            : typeflag === '5'
                ? 'directory'
                : typeflag === '2'
                    ? 'symlink'
                    : typeflag === '1'
                        ? 'hardlink'
                        : 'other';
        const bodySize = type === 'file' || type === 'other' ? size : 0;
        let remaining = bodySize;
        let started = false;
        const entry = {
            path,
            type,
            size: bodySize,
            mode: octal(block, 100, 8),
            ...(type === 'symlink' || type === 'hardlink' ? { linkTarget } : {}),
            read: async () => {
                if (started)
                    throw new Error('tar entry body already consumed');
                started = true;
                const body = remaining === 0 ? Buffer.alloc(0) : (await reader.take(remaining));
                remaining = 0;
                return Buffer.from(body);
            },
            chunks: () => {
                if (started)
                    throw new Error('tar entry body already consumed');
                started = true;
                return (async function* () {
                    for await (const chunk of reader.stream(remaining)) {
                        remaining -= chunk.length;
                        yield chunk;
                    }
                })();
            },
        };
        yield entry;
        // Whatever the consumer left unread streams past here.
        for await (const chunk of reader.stream(remaining))
            remaining -= chunk.length;
        const padding = Math.ceil(bodySize / 512) * 512 - bodySize;
        if (padding > 0)
            await reader.take(padding);
        // Body size for non-file types with a size field (rare) is still in the stream.
        if (bodySize === 0 && size > 0 && type !== 'file')
            await reader.take(padded);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/image/layers.ts
/**
 * Image cataloguing as a pure function over layers: apply them in order (whiteouts `.wh.<name>`
 * and opaque directories `.wh..wh..opq` as the OCI image spec defines them), keep only the files
 * the catalogers need (package databases, metadata files, Go build information found while the
 * bytes stream by), and catalogue the final filesystem. Nothing is unpacked to disk.
 *
 * The image walker (registry client or OCI layout reader) feeds `catalogImage` the manifest's
 * layers in manifest order, each as its digest and its blob bytes as they arrive.
 */






/** Which kind of file a path is, for the catalogers; undefined for files we do not keep. */
function findingKind(path) {
    if (path === 'var/lib/dpkg/status')
        return 'dpkg-status';
    if (/^var\/lib\/dpkg\/status\.d\/[^/]+$/.test(path) && !path.endsWith('.md5sums'))
        return 'dpkg-status-d';
    if (/^var\/lib\/dpkg\/info\/[^/]+\.list$/.test(path))
        return 'dpkg-list';
    if (/^usr\/share\/doc\/[^/]+\/copyright$/.test(path))
        return 'dpkg-copyright';
    if (path === 'lib/apk/db/installed')
        return 'apk-installed';
    if (path === 'var/lib/rpm/rpmdb.sqlite' || path === 'usr/lib/sysimage/rpm/rpmdb.sqlite')
        return 'rpm-sqlite';
    if (path === 'var/lib/rpm/rpmdb.sqlite-wal' || path === 'usr/lib/sysimage/rpm/rpmdb.sqlite-wal') {
        return 'rpm-sqlite-wal';
    }
    if (path === 'etc/os-release' || path === 'usr/lib/os-release')
        return 'os-release';
    if (isNodeModulesPackageJson(path))
        return 'package-json';
    if (isPythonMetadata(path))
        return 'python-metadata';
    return undefined;
}
const MAX_KEPT_FILE = 64 << 20;
/**
 * Layers walked at once. Decompression runs on the thread pool, and one layer's inflate (not the walk on
 * the main thread) bounds the pace of an image SBOM: the main thread waited for it most of the time.
 * A second layer walked meanwhile puts a second core to work; each walk holds its own stream buffers.
 */
const LAYERS_AT_ONCE = 2;
/** Walks one layer on its own; `stop` ends the walk early (another layer failed: the result is discarded). */
async function walkLayer(layer, stats, stop) {
    const changes = {
        upper: new Map(),
        deleted: new Set(),
        opaque: new Set(),
        replaced: new Set(),
        replacedByNonDirectory: new Set(),
    };
    const { upper, deleted, opaque, replaced, replacedByNonDirectory } = changes;
    for await (const entry of layer.entries) {
        if (stop())
            break;
        stats.entries++;
        stats.bytes += entry.size;
        const base = external_node_path_.posix.basename(entry.path);
        const dir = external_node_path_.posix.dirname(entry.path);
        if (base === '.wh..wh..opq') {
            opaque.add(dir === '.' ? '' : dir);
            continue;
        }
        if (base.startsWith('.wh.')) {
            deleted.add(dir === '.' ? base.slice(4) : `${dir}/${base.slice(4)}`);
            continue;
        }
        replaced.add(entry.path);
        if (entry.type !== 'directory')
            replacedByNonDirectory.add(entry.path);
        upper.delete(entry.path);
        if (entry.type === 'symlink') {
            if (findingKind(entry.path) === 'os-release') {
                upper.set(entry.path, { kind: 'symlink', layer: layer.digest, linkTarget: entry.linkTarget ?? '' });
            }
            continue;
        }
        if (entry.type !== 'file')
            continue;
        const kind = findingKind(entry.path);
        if (kind === 'dpkg-copyright') {
            const licenses = debianCopyrightLicenses((await entry.read()).toString('utf8'));
            upper.set(entry.path, { kind, layer: layer.digest, licenses });
            continue;
        }
        if (kind !== undefined && entry.size <= MAX_KEPT_FILE) {
            upper.set(entry.path, { kind, layer: layer.digest, content: await entry.read() });
            continue;
        }
        if ((entry.mode & 0o111) !== 0 && entry.size >= 1024) {
            const go = await scanForGo(entry);
            if (go !== undefined) {
                upper.set(entry.path, { kind: 'go-binary', layer: layer.digest, ...(go === 'unreadable' ? {} : { go }) });
            }
        }
    }
    return changes;
}
/**
 * Applies layers in order and returns the surviving findings by path (no leading slash). Up to
 * LAYERS_AT_ONCE layers are walked at once, each on its own; their changes are applied strictly in
 * layer order. A layer is taken from `layers` only when a walk is free for it. After a failure no
 * layer starts, the walks under way stop at their next entry, and the failure of the lowest failing
 * layer is thrown once every walk has ended.
 */
async function applyLayers(layers, stats = { layers: 0, entries: 0, bytes: 0 }) {
    const source = (async function* () {
        yield* layers;
    })();
    const walks = [];
    let failed = false;
    let exhausted = false;
    const stop = () => failed;
    const take = async () => {
        const next = await source.next();
        if (next.done === true) {
            exhausted = true;
            return;
        }
        stats.layers++;
        const walk = walkLayer(next.value, stats, stop);
        // Observed at once: a failure stops the others, and is thrown in its layer's turn.
        walk.catch(() => (failed = true));
        walks.push(walk);
    };
    let lower = new Map();
    try {
        for (let i = 0;; i++) {
            while (!exhausted && !failed && walks.length < i + LAYERS_AT_ONCE)
                await take();
            const walk = walks[i];
            if (walk === undefined)
                break;
            const { upper, deleted, opaque, replaced, replacedByNonDirectory } = await walk;
            const next = new Map();
            for (const [path, finding] of lower) {
                if (!survives(path, deleted, opaque, replaced, replacedByNonDirectory))
                    continue;
                next.set(path, finding);
            }
            for (const [path, finding] of upper)
                next.set(path, finding);
            lower = next;
        }
    }
    catch (error) {
        failed = true;
        await Promise.allSettled(walks);
        await source.return?.(undefined);
        throw error;
    }
    return lower;
}
/** Whether a lower layer's file at `path` is still visible after this layer's changes. */
function survives(path, deleted, opaque, replaced, replacedByNonDirectory) {
    if (deleted.has(path) || replaced.has(path))
        return false;
    if (opaque.has(''))
        return false;
    // Walk up the ancestors: a deleted or non-directory-replaced ancestor hides it; so does an opaque one.
    for (let dir = external_node_path_.posix.dirname(path); dir !== '.' && dir !== '/'; dir = external_node_path_.posix.dirname(dir)) {
        if (deleted.has(dir) || opaque.has(dir) || replacedByNonDirectory.has(dir))
            return false;
    }
    return true;
}
/** Build info of a Go binary; 'unreadable' for a Go binary whose build info we cannot read (pre-1.18 layout). */
async function scanForGo(entry) {
    const iterator = entry.chunks()[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done === true || !looksExecutable(first.value)) {
        await iterator.return?.();
        return undefined;
    }
    async function* all() {
        yield first.value;
        for (let n = await iterator.next(); n.done !== true; n = await iterator.next())
            yield n.value;
    }
    const header = await findGoBuildInfo(all());
    if (header === undefined)
        return undefined;
    return parseGoBuildInfo(header) ?? 'unreadable';
}
/** Catalogues the filesystem that `applyLayers` left. */
async function catalogFindings(findings) {
    const loc = (path, f) => `${f.layer}:/${path}`;
    let distro;
    for (const candidate of ['etc/os-release', 'usr/lib/os-release']) {
        let f = findings.get(candidate);
        if (f?.kind === 'symlink') {
            const target = external_node_path_.posix.normalize(f.linkTarget?.startsWith('/') === true
                ? f.linkTarget.slice(1)
                : external_node_path_.posix.join(external_node_path_.posix.dirname(candidate), f.linkTarget ?? ''));
            f = findings.get(target);
        }
        if (f?.content !== undefined) {
            distro = parseOsRelease(f.content.toString('utf8'));
            if (distro !== undefined)
                break;
        }
    }
    const results = [];
    const sorted = [...findings.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // Ownership is only asked about language-package files, so only those paths are looked up
    // (an OS package database lists hundreds of thousands of paths; none of them is kept).
    const languageKinds = new Set(['package-json', 'python-metadata', 'go-binary']);
    const candidates = new Set(sorted.filter(([, f]) => languageKinds.has(f.kind)).map(([p]) => p));
    const owned = new Set();
    for (const [path, f] of sorted) {
        const text = () => f.content?.toString('utf8') ?? '';
        if (f.kind === 'dpkg-status' || f.kind === 'dpkg-status-d')
            results.push(catalogDpkgStatus(text(), loc(path, f), distro));
        else if (f.kind === 'dpkg-list') {
            if (candidates.size > 0)
                for (const p of dpkgOwnedPaths(text()))
                    if (candidates.has(p))
                        owned.add(p);
        }
        else if (f.kind === 'apk-installed') {
            const apk = catalogApkInstalled(text(), loc(path, f), distro);
            for (const p of apk.owned)
                if (candidates.has(p))
                    owned.add(p);
            results.push(apk);
        }
        else if (f.kind === 'rpm-sqlite' && f.content !== undefined) {
            // The write-ahead log belongs to the database only when the same layer wrote both.
            const log = findings.get(`${path}-wal`);
            const wal = log?.layer === f.layer ? log.content : undefined;
            const rpm = await catalogRpmSqlite(f.content, loc(path, f), distro, {
                candidates,
                ...(wal === undefined ? {} : { wal }),
            });
            for (const p of rpm.owned)
                owned.add(p);
            results.push(rpm);
        }
    }
    // Debian packages' licences from their machine-readable copyright files (by package name).
    const copyright = new Map();
    for (const [path, f] of sorted) {
        if (f.kind === 'dpkg-copyright' && f.licenses !== undefined && f.licenses.length > 0) {
            copyright.set(path.split('/')[3] ?? '', f.licenses);
        }
    }
    if (copyright.size > 0) {
        for (const [i, r] of results.entries()) {
            results[i] = {
                ...r,
                components: r.components.map((c) => c.ecosystem === 'deb' && c.licenses.length === 0 && copyright.has(c.name)
                    ? { ...c, licenses: copyright.get(c.name) }
                    : c),
            };
        }
    }
    let ownedSkipped = 0;
    const python = [];
    for (const [path, f] of sorted) {
        const isLanguage = f.kind === 'package-json' || f.kind === 'python-metadata' || f.kind === 'go-binary';
        if (!isLanguage)
            continue;
        if (owned.has(path)) {
            ownedSkipped++;
            continue;
        }
        if (f.kind === 'package-json')
            results.push(catalogPackageJson(f.content?.toString('utf8') ?? '', loc(path, f)));
        else if (f.kind === 'python-metadata') {
            python.push(...catalogPythonMetadata(f.content?.toString('utf8') ?? '', loc(path, f)).components);
        }
        else if (f.go !== undefined)
            results.push(catalogGoBinary(f.go, loc(path, f)));
        else {
            results.push({
                components: [],
                warnings: [`${loc(path, f)}: Go binary whose build information is not inline (built before Go 1.18); not read`],
            });
        }
    }
    // Python edges: Requires-Dist names resolved among the distributions installed in the image.
    const byName = new Map(python.map((c) => [(0,purl/* pep503 */.g9)(c.name), c.purl]));
    results.push({
        components: python.map((c) => {
            const { 'pypi:requires': requires, ...properties } = c.properties;
            return {
                ...c,
                properties,
                dependsOn: (requires ?? '')
                    .split(',')
                    .map((n) => byName.get(n))
                    .filter((p) => p !== undefined),
            };
        }),
    });
    return { catalog: (0,model/* mergeResults */.n)(results, distro), ownedSkipped };
}
/** The whole image: layers in manifest order → catalogue. */
async function catalogImage(layers, options = {}) {
    const stats = { layers: 0, entries: 0, bytes: 0 };
    // Every decompressed chunk (and every chunk of a registry's response) is a fresh buffer that V8 frees
    // only when it collects: a young-generation collection every 8 MiB keeps the peak flat in the layer's
    // size. Not every 2 MiB as a transfer does: on bench/sbom-image's image of many files, that took more
    // CPU and a higher peak (the walk's own objects, alive across more collections, reach the old
    // generation), though it helped a layer of one big random file. No full collections: the chunks die
    // young here (nothing holds them across an await the way a transfer's in-flight chunks are held), and
    // with the CLI's heap a full collection every 64 MiB doubled the CPU of a 1 GB layer (bench/sbom-flat).
    // A plain layer lent from a layout's reused buffers has nothing to free: it is not counted.
    const governor = transferMemoryGovernor(8 << 20, Number.POSITIVE_INFINITY);
    async function* asEntries() {
        for await (const layer of layers) {
            options.logger?.info(`layer ${stats.layers + 1}: ${layer.digest}`);
            const govern = (bytes, decompressed) => {
                if (decompressed || layer.lent !== true)
                    governor(bytes);
            };
            yield { digest: layer.digest, entries: tarEntries(layer.blob, govern) };
        }
    }
    const findings = await applyLayers(asEntries(), stats);
    // One full collection between the walk and the catalogue: the catalogue and the documents allocate
    // more in tens of milliseconds than the walk holds, and what the peak then is depended on the state
    // the walk left the heap in. A 2 GB plain layer from a layout (bench/sbom-flat), 8 runs: peak 92.1 to
    // 111.4 MiB without it, 92.8 to 95.0 MiB with it; at 100 MB the same CPU and wall time (15 pairs),
    // as it replaces a collection that came later anyway.
    collectNow('major');
    const { catalog, ownedSkipped } = await catalogFindings(findings);
    return { catalog, stats, ownedSkipped };
}

// EXTERNAL MODULE: ./packages/core/src/sbom/inputs.ts
var sbom_inputs = __webpack_require__(47082);
;// CONCATENATED MODULE: ./packages/core/src/sbom/image/run.ts










/** A file-name-safe form of a platform: `linux-arm64-v8`. */
function platformSlug(p) {
    return (0,media/* platformKey */.eE)(p).replace(/[^A-Za-z0-9._-]+/g, '-');
}
/** Does `wanted` (`linux/arm64`, `linux/arm64/v8`) select `p`? A wanted platform without variant matches any variant. */
function platformMatches(wanted, p) {
    const key = (0,media/* platformKey */.eE)(p);
    return key === wanted || key.startsWith(`${wanted}/`);
}
/** Index entries that are images of a platform (not buildkit's `unknown/unknown` attestation manifests). */
function imageEntries(index) {
    if (!(0,media/* isIndex */.nw)(index.parsed))
        return [];
    return index.parsed.manifests.filter((d) => d.platform !== undefined &&
        d.platform.os !== 'unknown' &&
        d.annotations?.['vnd.docker.reference.type'] === undefined &&
        (d.artifactType === undefined || d.artifactType === media/* MEDIA */.Rn.ociConfig));
}
/** Opens the store behind `image` / `oci-layout` with the explicit credentials (masked) when given. */
function openImageStore(inputs, environment) {
    const input = inputs.image !== undefined ? 'image' : 'oci-layout';
    const value = inputs.image ?? inputs.ociLayout ?? '';
    const ref = (0,sbom_inputs/* imageReferenceInput */.L7)(input, value);
    const ws = (0,paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    const store = storeFromInputs(ref, inputs, environment, (0,paths/* linksBeneath */.rd)(ws, input));
    return { ref, store, input };
}
/** Resolves the reference once, and picks the platform manifests to catalogue. */
async function selectPlatforms(store, ref, wanted, shown) {
    const target = (0,references/* referenceTarget */.Z9)(ref);
    const root = await store.resolve(target);
    if (root === undefined) {
        throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `Image ${shown} not found in ${store.location}.`, {
            hint: 'Push the image first and catalogue the reference the build step printed (ideally by digest).',
        });
    }
    if (ref.digest !== undefined && root.digest !== ref.digest) {
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${shown} resolved to ${root.digest}.`);
    }
    // Fetched by digest from here on: a tag moving meanwhile cannot mix two images.
    const top = await store.getManifest(root.digest);
    const rootDescriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
    if (!(0,media/* isIndex */.nw)(top.parsed)) {
        const image = { platform: undefined, manifest: top, descriptor: rootDescriptor };
        if (wanted.length > 0) {
            const platform = await configPlatform(store, top);
            const misses = wanted.filter((w) => !platformMatches(w, platform));
            if (misses.length > 0) {
                throw (0,errors/* inputError */.Xu)('platforms', wanted.join(','), `platforms of ${shown}, which is a single-platform image for ${(0,media/* platformKey */.eE)(platform) || 'an unknown platform'}`);
            }
            return { root: rootDescriptor, index: undefined, images: [{ ...image, platform }] };
        }
        return { root: rootDescriptor, index: undefined, images: [image] };
    }
    const entries = imageEntries(top);
    if (entries.length === 0) {
        throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${shown} is an index without platform images.`);
    }
    const chosen = wanted.length === 0 ? entries : entries.filter((d) => wanted.some((w) => platformMatches(w, d.platform)));
    for (const w of wanted) {
        if (!entries.some((d) => platformMatches(w, d.platform))) {
            throw (0,errors/* inputError */.Xu)('platforms', w, `platforms present in ${shown}: ${entries.map((d) => (0,media/* platformKey */.eE)(d.platform)).join(', ')}`);
        }
    }
    const images = [];
    for (const d of chosen) {
        const manifest = await store.getManifest(d.digest);
        if ((0,media/* isIndex */.nw)(manifest.parsed)) {
            throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${shown}: the ${(0,media/* platformKey */.eE)(d.platform)} entry ${d.digest} is itself an index; nested indexes are not catalogued.`);
        }
        images.push({
            platform: d.platform,
            manifest,
            descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length },
        });
    }
    return { root: rootDescriptor, index: top, images };
}
async function readConfig(store, manifest) {
    const config = manifest.parsed.config;
    const bytes = await readBlob(store, config);
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `image config ${config.digest} is not JSON.`, { cause: error });
    }
}
/** The image's layers as catalogImage wants them: each blob opened only when a walk takes it (two at a time). */
async function* layerInputs(store, manifest, warnings) {
    for (const layer of manifest.layers) {
        if (layer.urls !== undefined && layer.urls.length > 0) {
            // Non-distributable (foreign) layers live outside the registry; they are not fetched.
            warnings.push(`layer ${layer.digest} is a foreign layer (${layer.mediaType}); not catalogued`);
            continue;
        }
        if (!/tar|rootfs/.test(layer.mediaType)) {
            // A packed file (application/octet-stream) is no filesystem layer: nothing to walk in it.
            warnings.push(`layer ${layer.digest} is not a filesystem layer (${layer.mediaType}); not catalogued`);
            continue;
        }
        yield { digest: layer.digest, blob: blobChunks(store, layer), lent: store.blobChunks !== undefined };
    }
}
/** The document's file name per format, with the platform in it when an index is catalogued. */
function imageFileName(base, platform, perPlatform) {
    if (!perPlatform || platform === undefined)
        return base;
    const dot = base.indexOf('.');
    return `${base.slice(0, dot)}.${platformSlug(platform)}${base.slice(dot)}`;
}
/**
 * The purl of an OCI image per the purl spec's oci type:
 * `pkg:oci/<name>@sha256%3A<hex>?arch=…&os=…&repository_url=<registry>/<repository>&tag=…`
 * (the version percent-encoded; `/` and `:` left readable in qualifier values, as the spec's examples write them).
 */
function ociPurl(ref, digest, platform, layoutName = 'image') {
    // An OCI layout's directory is a local folder: the image's own name (layoutImageIdentity) is used instead.
    const name = (ref.kind === 'registry' ? ref.repository : layoutName).split('/').pop() || 'image';
    const qualifiers = [
        ['arch', platform?.architecture],
        ['os', platform?.os],
        ['repository_url', ref.kind === 'registry' ? `${ref.registry}/${ref.repository}` : undefined],
        ['tag', ref.tag],
    ];
    const value = (v) => encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
    const query = qualifiers
        .filter((q) => q[1] !== undefined && q[1] !== '')
        .map(([k, v]) => `${k}=${value(v)}`)
        .join('&');
    return `pkg:oci/${encodeURIComponent(name.toLowerCase())}@${encodeURIComponent(digest)}${query === '' ? '' : `?${query}`}`;
}
/** Catalogues every selected platform of the image; writes nothing. */
async function catalogImageReference(inputs, environment, fileNames, documentTime) {
    const { logger } = environment;
    const { ref, store } = openImageStore(inputs, environment);
    const shown = inputs.image ?? inputs.ociLayout ?? '';
    const { root, index, images } = await selectPlatforms(store, ref, inputs.platforms, shown);
    if (ref.digest === undefined)
        logger.notice(`Resolved ${shown} to ${root.digest}; cataloguing that digest.`);
    const perPlatform = index !== undefined;
    if (perPlatform && images.length > 1 && inputs.outputFile !== undefined) {
        throw (0,errors/* inputError */.Xu)('output-file', inputs.outputFile, `a file name only for one platform (${shown} has ${images.length} selected: ${images.map((i) => (0,media/* platformKey */.eE)(i.platform)).join(', ')})`, "Set 'output-dir' (each platform gets its own files there) or choose one entry in 'platforms'.");
    }
    // A layout's name may come from git (its origin remote): a process of its own, so asked for now and
    // awaited once the layers are read, not before them.
    const layoutIdentity = ref.kind === 'layout'
        ? (async () => (0,project/* layoutImageIdentity */.iJ)([
            index?.parsed.annotations,
            images[0]?.manifest.parsed.annotations,
            images[0] === undefined
                ? undefined
                : ((await readConfig(store, images[0].manifest)).config?.Labels ?? undefined),
        ], environment.cwd, environment.github))()
        : undefined;
    layoutIdentity?.catch(() => undefined);
    const shownName = (0,references/* formatReference */.FH)(ref, { tag: undefined, digest: undefined });
    const results = [];
    for (const image of images) {
        const label = image.platform === undefined ? image.descriptor.digest : (0,media/* platformKey */.eE)(image.platform);
        const result = await logger.group(`Cataloguing ${shownName}@${image.descriptor.digest} (${label})`, async () => {
            const config = await readConfig(store, image.manifest);
            const platform = image.platform ??
                (typeof config.os === 'string' && typeof config.architecture === 'string'
                    ? { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) }
                    : undefined);
            const layerWarnings = [];
            const started = Date.now();
            const { catalog, stats, ownedSkipped } = await catalogImage(layerInputs(store, image.manifest.parsed, layerWarnings), { logger });
            const seconds = (Date.now() - started) / 1000;
            logger.info(`${stats.layers} layers, ${stats.entries} entries, ${(stats.bytes / 1048576).toFixed(1)} MiB in ${seconds.toFixed(1)} s; ${catalog.components.length} components${ownedSkipped > 0 ? ` (${ownedSkipped} language packages owned by OS packages not repeated)` : ''}`);
            // An artefact (pack, ORAS) has an empty config: its manifest's created annotation dates it.
            const createdText = config.created ?? image.manifest.parsed.annotations?.[media/* ANNOTATION_CREATED */.H];
            const created = typeof createdText === 'string' ? new Date(createdText) : undefined;
            const when = await documentTime(created !== undefined && !Number.isNaN(created.getTime()) ? created : undefined);
            if (when.source === 'now') {
                logger.notice(`No SOURCE_DATE_EPOCH and ${label} has no 'created' time in its config: the SBOM timestamp is the current time, so reruns differ.`);
            }
            const layout = await layoutIdentity;
            const subject = {
                kind: 'image',
                name: layout?.name ?? shownName,
                ...(layout?.version === undefined ? {} : { version: layout.version }),
                digest: image.descriptor.digest,
                purl: ociPurl(ref, image.descriptor.digest, platform, layout?.name),
                timestamp: when.time,
                properties: {
                    ...(platform === undefined ? {} : { 'immutable-artefacts:platform': (0,media/* platformKey */.eE)(platform) }),
                    ...(index === undefined ? {} : { 'immutable-artefacts:image-index': index.digest }),
                    ...(ref.tag === undefined ? {} : { 'immutable-artefacts:tag': ref.tag }),
                },
            };
            const withWarnings = { ...catalog, warnings: [...layerWarnings, ...catalog.warnings] };
            const documents = (0,writers/* writeDocuments */.iX)(withWarnings, subject, inputs.formats);
            return {
                platform,
                subject,
                descriptor: image.descriptor,
                catalog: withWarnings,
                documents,
                fileNames: documents.map((d) => imageFileName(fileNames[d.format] ?? 'sbom.json', platform, perPlatform)),
                bytes: stats.bytes,
            };
        });
        results.push(result);
    }
    return { ref, store, name: (await layoutIdentity)?.name ?? shownName, root, results };
}


/***/ }),

/***/ 90189:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 90189;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
