export const id = 722;
export const ids = [722];
export const modules = {

/***/ 61722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ko: () => (/* binding */ configPlatform),
  Og: () => (/* binding */ credentialsFor),
  Ch: () => (/* binding */ openStore),
  gm: () => (/* binding */ readBlob),
  zc: () => (/* binding */ storeFromInputs)
});

// UNUSED EXPORTS: copyTree

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
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
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
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
// EXTERNAL MODULE: ./packages/core/src/oci/store.ts
var store = __webpack_require__(35850);
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
            await this.commitChunks((0,store/* verifiedLent */.EF)(raw, descriptor, `writing blob ${descriptor.digest} to ${this.location}`), target);
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

// EXTERNAL MODULE: ./packages/core/src/oci/registry.ts + 4 modules
var oci_registry = __webpack_require__(48229);
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
    const registry = client instanceof oci_registry/* RegistryClient */.bP ? client : new oci_registry/* RegistryClient */.bP(client);
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


/***/ }),

/***/ 48229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: RegistryAnswerError, RegistryRepository, registryError

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/builtins.ts
var builtins = __webpack_require__(69093);
// EXTERNAL MODULE: ./packages/core/src/oci/http.ts + 4 modules
var http = __webpack_require__(10570);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
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
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
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

// EXTERNAL MODULE: ./packages/core/src/oci/store.ts
var store = __webpack_require__(35850);
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
        return { lent: (0,store/* verifiedLent */.EF)(raw, descriptor, what) };
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
    const stream = opened instanceof external_node_stream_.Readable ? opened : (0,store/* keptChunks */.zk)(opened.lent);
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


/***/ }),

/***/ 35850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ verifiedLent),
/* harmony export */   M5: () => (/* binding */ blobChunks),
/* harmony export */   Y8: () => (/* binding */ blobBody),
/* harmony export */   zk: () => (/* binding */ keptChunks)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96939);
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
async function blobBody(store, descriptor) {
    if (store.blobChunks === undefined)
        return store.getBlob(descriptor);
    return { chunks: store.blobChunks(descriptor), verified: { digest: descriptor.digest, size: descriptor.size } };
}
/**
 * Lent chunks checked against `descriptor` (see verifiedChunks): as they are when they were verified
 * against exactly it already, else hashed as they pass.
 */
function verifiedLent(body, descriptor, where) {
    if (body.verified !== undefined && (0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .checksBlob */ .T)(body.verified, descriptor))
        return body.chunks;
    return (0,_media_js__WEBPACK_IMPORTED_MODULE_1__/* .verifiedChunks */ .Dc)(body.chunks, descriptor, where);
}
/** Lent chunks as a stream of copies, for a consumer that keeps what it reads. */
function keptChunks(chunks) {
    return node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from((async function* () {
        for await (const chunk of chunks)
            yield Buffer.from(chunk);
    })(), { objectMode: false });
}


/***/ })

};
