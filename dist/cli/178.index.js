export const id = 178;
export const ids = [178];
export const modules = {

/***/ 39872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ ANNOTATION_CONTENT_DIGEST),
/* harmony export */   aJ: () => (/* binding */ DEFAULT_ARTIFACT_TYPE),
/* harmony export */   bm: () => (/* binding */ ANNOTATION_UNPACK),
/* harmony export */   tB: () => (/* binding */ FILE_LAYER_MEDIA_TYPE)
/* harmony export */ });
/**
 * The pack artefact's format (the ORAS conventions, so `oras pull` reads it too):
 * - manifest: OCI image manifest with `artifactType` (default {@link DEFAULT_ARTIFACT_TYPE}),
 *   config = the empty descriptor (`{}`), annotations = the given ones (build-tag's `manifest:`
 *   lines) plus `org.opencontainers.image.created`;
 * - a file → one layer `application/octet-stream` with `org.opencontainers.image.title` = its name;
 * - a directory → one tar layer (gzip by default) titled with the directory's name, entries under
 *   `<name>/`, annotated `io.deis.oras.content.unpack: true` and `io.deis.oras.content.digest`
 *   (sha256 of the uncompressed tar).
 */
/** The default artifactType of packed files: the project's own, versioned media type. */
const DEFAULT_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.files.v1';
/** Media type of a single packed file's layer. */
const FILE_LAYER_MEDIA_TYPE = 'application/octet-stream';
/** ORAS: the layer is a directory tar to unpack under its title. */
const ANNOTATION_UNPACK = 'io.deis.oras.content.unpack';
/** ORAS: sha256 of the uncompressed tar of a directory layer. */
const ANNOTATION_CONTENT_DIGEST = 'io.deis.oras.content.digest';


/***/ }),

/***/ 43694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ parsePackInputs),
/* harmony export */   mw: () => (/* binding */ PULL_SECRETS),
/* harmony export */   sO: () => (/* binding */ parsePullInputs),
/* harmony export */   yB: () => (/* binding */ PACK_SECRETS)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97276);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42109);
/* harmony import */ var _oci_media_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96939);
/* harmony import */ var _oci_references_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70461);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39872);
/** The pack action's and `artefacts pull`'s inputs: parsed once, into typed objects. */






const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const PACK_SECRETS = ['registry-password'];
/** Inputs naming files or directories: confined to the workspace unless listed in allow-outside-workspace. */
const PACK_PATH_INPUTS = ['path', 'destination'];
/**
 * Annotations from lines `key=value`, `manifest:key=value` (build-tag's `annotations` output) or
 * `manifest[...]:key=value`; lines for other levels (index, descriptors) do not apply to a single
 * manifest and are skipped.
 */
function parsePackAnnotations(lines, input = 'annotations') {
    const out = {};
    for (const line of lines) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, 'lines of key=value or manifest:key=value (build-tag’s annotations output)');
        let key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1);
        const level = /^([a-z-]+)(\[[^\]]*\])?:(.+)$/.exec(key);
        if (level) {
            if (!['manifest', 'index', 'manifest-descriptor', 'index-descriptor'].includes(level[1])) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, 'a level of manifest, index, manifest-descriptor or index-descriptor before ":"');
            }
            if (level[1] !== 'manifest')
                continue;
            key = level[3];
        }
        if (!ANNOTATION_KEY.test(key))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, 'annotation keys such as org.opencontainers.image.version');
        out[key] = value;
    }
    return out;
}
function parsePackInputs(raw) {
    const paths = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_(raw, 'path', { comma: false });
    if (paths.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('path', raw('path'), 'one or more files or directories, one per line');
    for (const p of paths)
        (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .plainValue */ ._y)('path', p);
    const destination = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw(raw, 'destination');
    const ref = (0,_oci_references_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceInput */ .Ie)('destination', destination);
    if (ref.digest !== undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('destination', destination, 'a reference without @digest (the digest is what pack computes)');
    }
    const tags = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_(raw, 'tags');
    for (const tag of tags)
        if (!(0,_oci_references_js__WEBPACK_IMPORTED_MODULE_2__/* .isTag */ .dz)(tag))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('tags', tag, 'tags of [A-Za-z0-9_][A-Za-z0-9._-]{0,127}');
    if (ref.kind === 'layout' && ref.tag === undefined && tags.length === 0) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('tags', '', 'at least one tag for an oci: layout destination (oci:<dir>:<tag> or tags), or an untagged artefact would be unreachable');
    }
    const artifactType = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalText */ .mR(raw, 'artifact-type') ?? _format_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACT_TYPE */ .aJ;
    if (!(0,_oci_media_js__WEBPACK_IMPORTED_MODULE_4__/* .isMediaType */ .LA)(artifactType)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('artifact-type', artifactType, 'a media type (type/subtype), e.g. application/vnd.acme.chart.v1');
    }
    const access = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRegistryAccess */ .JO)(raw, PACK_PATH_INPUTS);
    return {
        paths,
        destination,
        tags,
        artifactType,
        annotations: parsePackAnnotations(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry(raw('annotations'), false)),
        compression: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL(raw, 'compression', ['gzip', 'none'], 'gzip'),
        bindTags: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM(raw, 'bind-tags', false),
        ...access,
    };
}
const PULL_SECRETS = ['registry-password'];
const PULL_PATH_INPUTS = ['reference', 'output'];
function parsePullInputs(raw) {
    const value = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw(raw, 'reference');
    (0,_oci_references_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceInput */ .Ie)('reference', value);
    const access = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRegistryAccess */ .JO)(raw, PULL_PATH_INPUTS);
    return {
        reference: value,
        output: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .plainValue */ ._y)('output', _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalText */ .mR(raw, 'output') ?? '.'),
        ...access,
    };
}


/***/ }),

/***/ 22139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runPack)
});

// UNUSED EXPORTS: packArtefact

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(92886);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/time.ts
var src_time = __webpack_require__(21888);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: ./packages/core/src/github/run-facts.ts
var run_facts = __webpack_require__(56886);
// EXTERNAL MODULE: ./packages/core/src/sign/predicates/tag-binding.ts
var tag_binding = __webpack_require__(85666);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/pack/format.ts
var format = __webpack_require__(39872);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/order.ts
var order = __webpack_require__(76729);
// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./packages/core/src/oci/builder.ts
var builder = __webpack_require__(23252);
// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var concurrency = __webpack_require__(37870);
;// CONCATENATED MODULE: ./packages/core/src/pack/tar-layer.ts
/**
 * A directory as one tar layer, the part of pack that writes it: the tree walked and sorted, each
 * entry's header made reproducible (./pack.ts says how), the tar gzipped (or not) and hashed as it
 * is written to a scratch file or straight into a layout's store, and read back for an upload.
 */











/** Sets the gzip header's OS byte (offset 9) to 3 (Unix) so the bytes do not depend on the platform. */
class FixGzipHeader extends external_node_stream_.Transform {
    offset = 0;
    _transform(chunk, _encoding, callback) {
        if (this.offset <= 9 && this.offset + chunk.length > 9) {
            chunk = Buffer.from(chunk);
            chunk[9 - this.offset] = 3;
        }
        this.offset += chunk.length;
        callback(null, chunk);
    }
}
const LINK_HINT = 'Copy the target in place of the link, or leave it out of what is packed.';
/** Every entry under `root`, sorted by byte order of the tar name; symlinks and special files refused. */
async function walk(root, prefix) {
    const out = [];
    const visit = async (dir, name) => {
        out.push({ name: `${name}/`, kind: 'directory', absolute: dir, size: 0, mode: 0o755 });
        const children = (await (0,promises_.readdir)(dir)).sort();
        // Each lstat is a round trip to the thread pool: asked together, not one after another.
        const infos = await (0,concurrency/* mapPool */.Pk)(children, files/* FILES_AT_ONCE */.A3, (child) => (0,promises_.lstat)(external_node_path_default().join(dir, child)));
        for (const [i, child] of children.entries()) {
            const absolute = external_node_path_default().join(dir, child);
            const info = infos[i];
            const childName = `${name}/${child}`;
            if (info.isDirectory())
                await visit(absolute, childName);
            else if (info.isFile()) {
                out.push({
                    name: childName,
                    kind: 'file',
                    absolute,
                    size: info.size,
                    mode: info.mode & 0o111 ? 0o755 : 0o644,
                });
            }
            else {
                throw new errors/* ArtefactsError */.E('UNSUPPORTED', `${absolute} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a regular file or directory'}; pack stores regular files and directories only.`, { hint: LINK_HINT });
            }
        }
    };
    await visit(root, prefix);
    return out.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}
/** Zeros for the tar padding and end-of-archive blocks: read, never written to. */
const ZEROS = Buffer.alloc(1024, 0);
/** A small file's bytes, read whole into `buffer`; IO_FAILED when it no longer has the size the walk saw. */
async function readSmallFile(entry, buffer) {
    // One byte more than expected: a file that grew fills it.
    const got = await (0,files/* readInto */.Pq)(entry.absolute, buffer, entry.size + 1);
    if (got !== entry.size)
        throw changedSize(entry);
    return buffer.subarray(0, got);
}
const changedSize = (entry) => new errors/* ArtefactsError */.E('IO_FAILED', `${entry.absolute} changed size while it was being packed.`);
/**
 * The tar of `entries`, as chunks that are valid only until the next one is asked for. Small files are
 * read whole, up to FILES_AT_ONCE of them ahead of the consumer: each open, read and close is a round trip
 * to the thread pool, and a directory of many small files taken one after another left the disk and the
 * CPU idle between them. Larger files are read into one pair of reused buffers for the whole directory
 * (a fresh buffer per read costs more than the read). The consumer copies what it keeps. A file that
 * cannot be read fails with `readFailure(error)`: the input that named it.
 */
async function* tarChunks(entries, mtime, readFailure) {
    const buffers = (0,files/* borrowedBuffers */.Wg)();
    // Small files are read into buffers of their own, reused too: one goes back once its file was taken.
    const spare = [];
    const ahead = new Map();
    let scheduled = 0;
    const readAhead = (from) => {
        for (; scheduled < entries.length && scheduled <= from + files/* FILES_AT_ONCE */.A3; scheduled++) {
            const entry = entries[scheduled];
            if (entry.kind !== 'file' || entry.size > files/* SMALL_FILE */.Pg)
                continue;
            const buffer = spare.pop() ?? Buffer.allocUnsafeSlow(files/* SMALL_FILE */.Pg + 1);
            const read = readSmallFile(entry, buffer);
            // Observed at once, so a failure before its turn is not an unhandled rejection; its turn reports it.
            read.catch(() => undefined);
            ahead.set(scheduled, { buffer, read });
        }
    };
    for (const [i, entry] of entries.entries()) {
        readAhead(i);
        if (entry.kind === 'directory') {
            yield (0,builder/* tarHeader */.pI)(entry.name, 0, 0o755, { type: 'directory', mtime });
            continue;
        }
        yield (0,builder/* tarHeader */.pI)(entry.name, entry.size, entry.mode, { mtime });
        const whole = ahead.get(i);
        ahead.delete(i);
        if (whole !== undefined) {
            let bytes;
            try {
                bytes = await whole.read;
            }
            catch (error) {
                throw readFailure(error);
            }
            if (bytes.length > 0)
                yield bytes;
            // The consumer asked for the next chunk: it is done with this file's.
            spare.push(whole.buffer);
        }
        else {
            let read = 0;
            try {
                for await (const chunk of (0,files/* readFileBorrowed */.VL)(entry.absolute, files/* FILE_CHUNK */.R, buffers)) {
                    read += chunk.length;
                    if (read > entry.size)
                        break;
                    yield chunk;
                }
            }
            catch (error) {
                throw readFailure(error);
            }
            if (read !== entry.size)
                throw changedSize(entry);
        }
        const pad = (512 - (entry.size % 512)) % 512;
        if (pad > 0)
            yield ZEROS.subarray(0, pad);
    }
    yield ZEROS;
}
/**
 * The same bytes in fewer, larger chunks: tar headers, padding and small files are gathered into one
 * reused buffer and handed on when it is full (or before a large chunk, which goes on as it is). Every
 * chunk handed on is a round trip to the thread pool (a file write, a zlib write): one per 512-byte
 * header left the main thread idle most of the time on a directory of many small files. A chunk is
 * valid only until the next one is asked for, as those of {@link tarChunks}.
 */
async function* gathered(chunks, size = files/* FILE_CHUNK */.R) {
    const buffer = Buffer.allocUnsafeSlow(size);
    let filled = 0;
    for await (const chunk of chunks) {
        if (filled + chunk.length <= size) {
            chunk.copy(buffer, filled);
            filled += chunk.length;
            if (filled === size) {
                yield buffer;
                filled = 0;
            }
            continue;
        }
        if (filled > 0) {
            yield buffer.subarray(0, filled);
            filled = 0;
        }
        if (chunk.length >= size / 2) {
            yield chunk;
            continue;
        }
        chunk.copy(buffer, 0);
        filled = chunk.length;
    }
    if (filled > 0)
        yield buffer.subarray(0, filled);
}
/**
 * Writes the tar of `entries` to `file`, gzipped or not; answers the digests and sizes of the tar and
 * of the blob written. Each (gathered) chunk is consumed before the next is read into its buffer: hashed, then
 * written to the file (awaited), or taken in whole by deflate (a zlib write calls back once its input
 * is consumed; its output is fresh buffers).
 */
async function writeTarLayer(entries, mtime, file, gzip, readFailure) {
    const tarHash = new media/* Hasher */.OP();
    if (!gzip) {
        const handle = await (0,promises_.open)(file, 'w');
        try {
            for await (const chunk of gathered(tarChunks(entries, mtime, readFailure))) {
                tarHash.update(chunk);
                await (0,files/* writeFully */.KM)(handle, chunk);
            }
        }
        finally {
            await handle.close();
        }
        const tar = tarHash.result();
        return { tar, blob: tar };
    }
    const deflate = (0,external_node_zlib_.createGzip)({ level: 9, chunkSize: files/* FILE_CHUNK */.R });
    const blobHash = new media/* Hasher */.OP();
    const written = (0,external_node_stream_promises_.pipeline)(deflate, new FixGzipHeader(), blobHash, (0,external_node_fs_.createWriteStream)(file));
    // A failure downstream (the file) ends the wait for a write that will never call back.
    const broken = new Promise((_resolve, reject) => void written.catch(reject));
    broken.catch(() => undefined);
    try {
        for await (const chunk of gathered(tarChunks(entries, mtime, readFailure))) {
            tarHash.update(chunk);
            await Promise.race([
                new Promise((resolve, reject) => deflate.write(chunk, (error) => (error ? reject(error) : resolve()))),
                broken,
            ]);
        }
        deflate.end();
    }
    catch (error) {
        deflate.destroy(error);
        await written.catch(() => undefined);
        throw error;
    }
    await written;
    return { tar: tarHash.result(), blob: blobHash.result() };
}
/**
 * A directory's layer read back from its scratch file for a store without stageBlob (a registry), lent
 * as `verified` (see the call): it was hashed as it was written, so it is not hashed again. Its size is
 * checked as it is read, as a layout's staged commit checks it: a file that changed size fails before the
 * upload completes; one altered in place commits nothing either, as the registry checks the digest it gets.
 */
async function* writtenLayer(file, size) {
    let read = 0;
    for await (const chunk of (0,files/* readFileBorrowed */.VL)(file)) {
        if ((read += chunk.length) > size)
            break;
        yield chunk;
    }
    if (read !== size)
        throw new errors/* ArtefactsError */.E('IO_FAILED', `${file} changed size between packing and upload.`);
}

;// CONCATENATED MODULE: ./packages/core/src/pack/pack.ts
/**
 * pack: files and directories → one OCI artefact, reproducibly, into a registry or an OCI layout
 * (the artefact's format: ./format.ts).
 *
 * Reproducible: entries sorted by byte order, modes 0644 / 0755 (executables and directories),
 * owner 0/0 without names, every mtime = SOURCE_DATE_EPOCH, else the HEAD commit time; gzip header
 * with mtime 0 and OS byte 3 (Unix) whatever the platform. The same files give the same digest.
 */


















function checkTitle(title) {
    if (title === '' || title === '.' || title === '..' || /[\\/\0]/.test(title)) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input 'path': cannot name a layer ${JSON.stringify(title)}.`);
    }
}
/**
 * Packs `paths` (relative to cwd) into `store` and tags it. A tag already holding another digest is
 * refused (TAG_CONFLICT): artefacts are immutable; the same digest again is a no-op success.
 */
async function packArtefact(store, options) {
    const { logger } = options;
    // SOURCE_DATE_EPOCH, else the HEAD commit time, else 1970-01-01 with a warning.
    const headCommit = async () => {
        const at = await (0,git/* commitTime */.bX)(options.cwd);
        return at === undefined ? undefined : { time: at, source: 'commit' };
    };
    const when = await (0,src_time/* reproducibleTime */.m)(options.env, [headCommit], { kind: 'unix-epoch' });
    if (when.source === 'unix-epoch') {
        logger.warning('No SOURCE_DATE_EPOCH and no git commit: file times are set to 1970-01-01T00:00:00Z.');
    }
    const time = { seconds: when.time.getTime() / 1000, source: when.source === 'unix-epoch' ? 'epoch' : when.source };
    const created = new Date(time.seconds * 1000).toISOString().replace('.000Z', 'Z');
    logger.info(`File times and created: ${created} (from ${time.source})`);
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'artefacts-pack-'));
    const titles = new Set();
    const layers = [];
    const stagedBlobs = [];
    const summary = [];
    try {
        // Every path is checked before anything is written.
        const sources = [];
        for (const given of options.paths) {
            const absolute = external_node_path_default().resolve(options.cwd, given);
            let info;
            try {
                info = await (0,promises_.lstat)(absolute);
            }
            catch (error) {
                throw (0,paths/* isPathFailure */.yQ)(error)
                    ? (0,paths/* pathInputError */.GE)(options.cwd, 'path', given, 'an existing file or directory', error)
                    : (0,errors/* inputError */.Xu)('path', given, 'existing files or directories', (0,errors/* describeError */.Uc)(error));
            }
            // As inside a packed directory: a link is not packed, whether it leads in or out of the workspace.
            if (info.isSymbolicLink()) {
                throw (0,errors/* inputError */.Xu)('path', given, 'a regular file or directory, not a symbolic link', LINK_HINT);
            }
            if (!info.isFile() && !info.isDirectory())
                throw (0,errors/* inputError */.Xu)('path', given, 'regular files or directories');
            const title = external_node_path_default().basename(absolute);
            checkTitle(title);
            if (titles.has(title)) {
                throw (0,errors/* inputError */.Xu)('path', given, 'paths with distinct names (each becomes a layer titled with its name)');
            }
            titles.add(title);
            sources.push({ given, absolute, title, directory: info.isDirectory() });
        }
        // Every tree is walked before any layer is written: a layer staged in a layout inside a packed
        // tree is never part of the tree.
        const trees = [];
        /** A file or directory under a path that cannot be read (permission denied, ...): that path's failure. */
        const unreadable = (source) => (error) => (0,paths/* pathInputError */.GE)(options.cwd, 'path', source.given, 'readable files and directories', error);
        for (const source of sources) {
            try {
                trees.push(source.directory ? await walk(source.absolute, source.title) : undefined);
            }
            catch (error) {
                throw unreadable(source)(error);
            }
        }
        for (const [i, source] of sources.entries()) {
            const entries = trees[i];
            if (entries === undefined) {
                let digest, size;
                try {
                    ({ digest, size } = await (0,media/* digestFile */.TM)(source.absolute));
                }
                catch (error) {
                    throw unreadable(source)(error);
                }
                const descriptor = {
                    mediaType: format/* FILE_LAYER_MEDIA_TYPE */.tB,
                    digest,
                    size,
                    annotations: { [media/* ANNOTATION_TITLE */.hg]: source.title },
                };
                layers.push({ descriptor, open: () => ({ chunks: (0,files/* readFileBorrowed */.VL)(source.absolute) }) });
                summary.push({ title: source.title, digest, size, mediaType: descriptor.mediaType, directory: false });
                continue;
            }
            // Into a layout, the layer is written once, in place; for a registry, to a scratch file first.
            const staged = await store.stageBlob?.();
            if (staged !== undefined)
                stagedBlobs.push(staged);
            const file = staged?.file ?? external_node_path_default().join(scratch, `layer-${i}`);
            const gzip = (options.compression ?? 'gzip') === 'gzip';
            const { tar, blob } = await writeTarLayer(entries, time.seconds, file, gzip, unreadable(source));
            const descriptor = {
                mediaType: gzip ? media/* MEDIA */.Rn.ociLayerGzip : media/* MEDIA */.Rn.ociLayerTar,
                digest: blob.digest,
                size: blob.size,
                annotations: {
                    [format/* ANNOTATION_CONTENT_DIGEST */.D0]: tar.digest,
                    [format/* ANNOTATION_UNPACK */.bm]: 'true',
                    [media/* ANNOTATION_TITLE */.hg]: source.title,
                },
            };
            // Hashed as written, in a directory of this process's own: not hashed again on upload.
            layers.push({ descriptor, open: () => ({ chunks: writtenLayer(file, blob.size), verified: blob }), staged });
            summary.push({
                title: source.title,
                digest: descriptor.digest,
                size: descriptor.size,
                mediaType: descriptor.mediaType,
                directory: true,
            });
            logger.info(`${source.title}/: ${entries.length} entries, ${descriptor.size} bytes (${descriptor.digest})`);
        }
        const annotations = { ...(options.annotations ?? {}), [media/* ANNOTATION_CREATED */.H]: created };
        const sorted = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (0,order/* compareText */.n)(a, b)));
        const artifactType = options.artifactType ?? format/* DEFAULT_ARTIFACT_TYPE */.aJ;
        const manifest = (0,media/* encodeManifest */.Gb)({
            schemaVersion: 2,
            mediaType: media/* MEDIA */.Rn.ociManifest,
            artifactType,
            config: { mediaType: media/* MEDIA */.Rn.empty, digest: media/* EMPTY_DIGEST */.Vx, size: media/* EMPTY_JSON */.JO.length },
            layers: layers.map((l) => l.descriptor),
            annotations: sorted,
        });
        const bindAll = async (bound) => {
            const subject = { mediaType: media/* MEDIA */.Rn.ociManifest, digest: bound.digest, size: bound.bytes.length };
            const facts = { repository: options.name ?? store.location, digest: bound.digest, ...(0,tag_binding/* versionFacts */.iN)(bound) };
            const run = (0,run_facts/* envRunFacts */.u)(options.env);
            const out = [];
            for (const tag of options.tags) {
                const b = await (0,tag_binding/* bindTag */._5)(store, subject, { ...facts, tag, run, now: new Date() }, undefined);
                if (b.written)
                    logger.info(`  tag binding ${b.record} attached for ${tag} (unsigned)`);
                out.push(b.record);
            }
            return out;
        };
        let bindings;
        // The tag rule before any write: a tag holding another digest is never moved.
        let unchanged = options.tags.length > 0;
        for (const tag of options.tags) {
            const current = await store.resolve(tag);
            if (current !== undefined && current.digest !== manifest.digest) {
                throw new errors/* ArtefactsError */.E('TAG_CONFLICT', `${store.location}:${tag} already holds ${current.digest}; this content is ${manifest.digest}. Artefacts are immutable: the tag is not moved.`, {
                    hint: 'Use a new tag (build-tag’s immutable tag changes with every commit), or commit the change that altered the content.',
                });
            }
            if (current === undefined)
                unchanged = false;
        }
        if (!unchanged) {
            if ((await store.hasBlob(media/* EMPTY_DIGEST */.Vx)) === undefined) {
                await store.putBlob({ digest: media/* EMPTY_DIGEST */.Vx, size: media/* EMPTY_JSON */.JO.length }, media/* EMPTY_JSON */.JO);
            }
            for (const layer of layers) {
                if (layer.staged !== undefined)
                    await layer.staged.commit(layer.descriptor);
                else if ((await store.hasBlob(layer.descriptor.digest)) === undefined) {
                    await store.putBlob(layer.descriptor, () => layer.open());
                }
            }
            if (options.bindTags === true && options.tags.length > 0) {
                // The manifest by digest, then its bindings, then the tags: no tag before its records.
                await store.putManifest(manifest);
                bindings = await bindAll(manifest);
                for (const tag of options.tags)
                    await store.putTag(tag, manifest);
            }
            else {
                await store.putManifest(manifest, options.tags[0] === undefined ? {} : { tag: options.tags[0] });
                for (const tag of options.tags.slice(1))
                    await store.putTag(tag, manifest);
            }
            for (const tag of options.tags) {
                const now = await store.resolve(tag);
                if (now?.digest !== manifest.digest) {
                    throw new errors/* ArtefactsError */.E('TAG_RACE', `${store.location}:${tag} reads back as ${now?.digest ?? 'absent'} right after writing ${manifest.digest}.`);
                }
            }
        }
        // Tags already there (a re-run): a binding an earlier run left out is added (none is added twice).
        if (unchanged && options.bindTags === true)
            bindings = await bindAll(manifest);
        const name = options.name ?? store.location;
        logger.info(`${unchanged ? 'Already there' : 'Packed'}: ${name}@${manifest.digest}`);
        return {
            digest: manifest.digest,
            mediaType: media/* MEDIA */.Rn.ociManifest,
            artifactType,
            manifestSize: manifest.bytes.length,
            size: layers.reduce((sum, l) => sum + l.descriptor.size, 0),
            reference: `${name}@${manifest.digest}`,
            tags: options.tags,
            refs: options.tags.map((t) => `${name}:${t}`),
            created,
            createdSource: time.source,
            layers: summary,
            unchanged,
            ...(bindings === undefined ? {} : { bindings }),
        };
    }
    finally {
        // A staged layer not committed (a tag conflict, a failure, a re-run) leaves nothing in the store.
        await Promise.all(stagedBlobs.map((staged) => staged.discard()));
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** The pack action's and `artefacts pack`'s entry point. */
async function runPack(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    if (inputs.registryPassword !== undefined)
        environment.logger.secret(inputs.registryPassword);
    const ref = (0,references/* parseReference */.F2)(inputs.destination);
    // Every path input stays in the workspace (symbolic links followed) before anything is read or written.
    const ws = (0,paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    for (const given of inputs.paths)
        (0,paths/* inWorkspace */.ve)(ws, 'path', given);
    if (ref.kind === 'layout')
        (0,paths/* inWorkspace */.ve)(ws, 'destination', ref.path);
    // The destination may not be a layout yet: pack creates it (a file where it would be is refused).
    const store = (0,oci_open/* storeFromInputs */.zc)(ref, inputs, environment, { ...(0,paths/* linksBeneath */.rd)(ws, 'destination'), create: true });
    const tags = [...new Set([...(ref.tag === undefined ? [] : [ref.tag]), ...inputs.tags])];
    const result = await packArtefact(store, {
        paths: inputs.paths,
        tags,
        artifactType: inputs.artifactType,
        annotations: inputs.annotations,
        compression: inputs.compression,
        cwd: environment.cwd,
        env: environment.env,
        logger: environment.logger,
        name: (0,references/* formatReference */.FH)(ref, { tag: undefined, digest: undefined }),
        bindTags: inputs.bindTags,
    });
    return {
        outputs: {
            digest: result.digest,
            reference: result.reference,
            size: String(result.size),
            json: JSON.stringify(result),
        },
        summary: (0,summary/* jobSummary */.sp)('pack', result.digest, environment.github, [
            `### Packed \`${result.reference}\``,
            '',
            `artifactType \`${result.artifactType}\`, created \`${result.created}\` (${result.createdSource})${result.unchanged ? ', already there: nothing written' : ''}`,
            '',
            '| Layer | Digest | Bytes |',
            '| --- | --- | ---: |',
            ...result.layers.map((l) => `| \`${l.title}${l.directory ? '/' : ''}\` | \`${l.digest}\` | ${l.size} |`),
            '',
            ...(result.refs.length > 0 ? [`Tags: ${result.refs.map((r) => `\`${r}\``).join(', ')}`, ''] : []),
            ...(result.bindings === undefined
                ? []
                : [`Tag bindings (unsigned): ${result.bindings.map((r) => `\`${r}\``).join(', ')}`, '']),
        ].join('\n')),
    };
}


/***/ })

};
