export const id = 435;
export const ids = [435];
export const modules = {

/***/ 69093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childProcess)
/* harmony export */ });
/* unused harmony export zlib */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

const require = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let childProcessModule;
/** node:child_process, loaded on the first call. */
function childProcess() {
    return (childProcessModule ??= require('node:child_process'));
}
let zlibModule;
/** node:zlib, loaded on the first call: signing and attaching build referrers with no gzip layer. */
function zlib() {
    return (zlibModule ??= require('node:zlib'));
}


/***/ }),

/***/ 92886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ FILES_AT_ONCE),
/* harmony export */   KM: () => (/* binding */ writeFully),
/* harmony export */   Pg: () => (/* binding */ SMALL_FILE),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   R: () => (/* binding */ FILE_CHUNK),
/* harmony export */   Sg: () => (/* binding */ readPlainText),
/* harmony export */   VL: () => (/* binding */ readFileBorrowed),
/* harmony export */   Wg: () => (/* binding */ borrowedBuffers),
/* harmony export */   f8: () => (/* binding */ writeWhole),
/* harmony export */   i0: () => (/* binding */ readFileAhead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Reading a file's bytes in order, the one home for it: a blob of an OCI layout, a file signed or
 * packed, an evidence file hashed (oci/media.ts's `digestFile`). Node's own `createReadStream`, piped,
 * asks for the next chunk only once the current one has been handed on, so the read (the disk, or the
 * page cache's copy) and the hashing and parsing that follow take turns on the one JavaScript thread.
 * Here the next read is already in flight while the current chunk is handed on, so the two overlap:
 * `artefacts sbom --oci-layout` of a 100 MB single-layer image, 0.89x the wall time with
 * `createReadStream` and the same 1 MiB chunks (15 alternating pairs).
 *
 * `readFileAhead`'s chunks are fresh buffers (a consumer may keep them, as a piped stream's queue
 * does); at most two chunks are held by the reader at a time. `readFileBorrowed` reads into two reused
 * buffers instead, for consumers that are done with each chunk before they ask for the next: a hash,
 * an image's tar walk, uploads (oci/store.ts's `LentChunks`), which wait for each chunk's socket or
 * file write to complete, and pack's tar of a directory, whose files share one pair. A fresh buffer
 * per read costs more than the read (its pages are faulted in anew each time).
 */



/**
 * The chunk size of every file read, and of every zlib stream's output: fewer handoffs per MiB on
 * multi-GB blobs, bounded memory. Each zlib output chunk is a round trip between the thread pool and
 * the main thread; at zlib's default of 16 KiB, inflating bench/sbom-image's 1 GB image took 64k of
 * them, and the image SBOM took about twice as long as with 1 MiB chunks.
 */
const FILE_CHUNK = 1 << 20;
class ReadAheadStream extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable {
    file;
    chunk;
    handle;
    pending;
    position = 0;
    constructor(file, chunk) {
        super({ highWaterMark: chunk });
        this.file = file;
        this.chunk = chunk;
    }
    _construct(callback) {
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(this.file, 'r').then((handle) => {
            this.handle = handle;
            this.pending = this.readNext();
            callback();
        }, (error) => callback(error));
    }
    /** Starts the read that follows the last one; the position is that read's end, so no byte is skipped. */
    readNext() {
        const handle = this.handle;
        const buffer = Buffer.allocUnsafeSlow(this.chunk);
        const at = this.position;
        const read = handle.read(buffer, 0, this.chunk, at).then(({ bytesRead }) => {
            this.position = at + bytesRead;
            if (bytesRead === 0)
                return null;
            return bytesRead < this.chunk ? buffer.subarray(0, bytesRead) : buffer;
        });
        // Observed here so a failure before _read asks for it is not an unhandled rejection; _read reports it.
        read.catch(() => undefined);
        return read;
    }
    _read() {
        this.pending.then((chunk) => {
            if (this.destroyed)
                return; // the consumer stopped while this read was in flight
            if (chunk === null) {
                this.push(null);
                return;
            }
            // The next read goes out before this chunk is handed on: the consumer's work overlaps it.
            this.pending = this.readNext();
            this.push(chunk);
        }, (error) => {
            if (!this.destroyed)
                this.destroy(error);
        });
    }
    _destroy(error, callback) {
        const handle = this.handle;
        this.handle = undefined;
        const inFlight = this.pending ?? Promise.resolve(null);
        this.pending = undefined;
        // Closed only once the read in flight has ended: closing under it would fail that read.
        void inFlight
            .catch(() => null)
            .then(() => handle?.close())
            .then(() => callback(error), () => callback(error));
    }
}
/** The file's bytes from the start, one {@link FILE_CHUNK} read always ahead of the consumer. */
function readFileAhead(file, chunk = FILE_CHUNK) {
    return new ReadAheadStream(file, chunk);
}
/**
 * A pair of read buffers that one reader after another may take: files read one after the other (a
 * directory packed as a tar) share it rather than allocating two chunks per file, however small.
 */
function borrowedBuffers(chunk = FILE_CHUNK) {
    return [Buffer.allocUnsafeSlow(chunk), Buffer.allocUnsafeSlow(chunk)];
}
/**
 * Reads up to `length` bytes of `file`, from its start, into `buffer`; answers how many there were
 * (fewer at the end of the file). For many small files read whole: a file descriptor and the callback
 * calls cost less per file than a FileHandle and its promises (4136 files of /usr/share/doc, 16 at a
 * time: 89 ms against 140 ms from the page cache).
 */
function readInto(file, buffer, length) {
    return onDescriptor(file, 'r', undefined, (fd, done) => {
        let got = 0;
        const next = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, buffer, got, length - got, got, (failure, bytesRead) => {
            if (failure)
                return done(failure);
            got += bytesRead;
            if (bytesRead === 0 || got === length)
                return done(null, got);
            next();
        });
        if (length === 0)
            done(null, 0);
        else
            next();
    });
}
/**
 * Opens `file`, hands its descriptor to `use`, and closes it once `use` calls back, whatever happened
 * (the first failure, of `use` or of the close, is the one told): readInto's and writeWhole's descriptor.
 */
function onDescriptor(file, flags, mode, use) {
    return new Promise((resolve, reject) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(file, flags, mode, (error, fd) => {
            if (error)
                return reject(error);
            use(fd, (failure, value) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, (closing) => {
                const first = failure ?? closing;
                if (first)
                    reject(first);
                else
                    resolve(value);
            }));
        });
    });
}
/**
 * A file up to this size is read or written whole, many at once (pack's read-ahead, pull's writes):
 * for many small files, the round trips of one file after another, not the bytes, set the pace.
 */
const SMALL_FILE = 256 * 1024;
/** How many small files are read ahead, or written behind, at once. */
const FILES_AT_ONCE = 16;
/**
 * Writes `bytes` as the whole of `file` (created with `mode`, or truncated), through a file
 * descriptor and the callback calls, as {@link readInto} reads; the descriptor is closed whatever happens.
 */
function writeWhole(file, bytes, mode) {
    return onDescriptor(file, 'w', mode, (fd, done) => {
        let written = 0;
        const next = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.write)(fd, bytes, written, bytes.length - written, null, (failure, count) => {
            if (failure)
                return done(failure);
            written += count;
            if (written === bytes.length)
                return done(null);
            next();
        });
        if (bytes.length === 0)
            done(null);
        else
            next();
    });
}
/** Writes all of `chunk` at the handle's position; resolves once the bytes are written, so `chunk` may be reused. */
async function writeFully(handle, chunk) {
    for (let at = 0; at < chunk.length;)
        at += (await handle.write(chunk, at)).bytesWritten;
}
/**
 * The file's bytes from the start as borrowed chunks: two buffers, read into in turn, one read always
 * ahead of the consumer. A chunk is valid only until the loop asks for the next one (then the next read
 * goes into its buffer), so a consumer copies what it keeps. For readers that only look at each chunk
 * once (hashing, a tar walk): a fresh buffer per chunk costs a fresh allocation, and on this kind of
 * machine its page faults cost more than reading and hashing the bytes (100 MB hashed: 0.4 s with a
 * fresh 1 MiB buffer per read, 0.08 s with two reused ones). An early `return` waits for the read in
 * flight before closing the file. `buffers` (each at least `chunk` bytes) may be shared by readers that
 * run one after another, never at once.
 */
async function* readFileBorrowed(file, chunk = FILE_CHUNK, buffers = borrowedBuffers(chunk)) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    let pending;
    const start = (buffer, at) => {
        const read = handle.read(buffer, 0, chunk, at);
        // Observed here so a failure while the consumer works on the previous chunk is not an unhandled rejection.
        read.catch(() => undefined);
        return read;
    };
    try {
        let position = 0;
        let turn = 0;
        pending = start(buffers[0], 0);
        for (;;) {
            const { bytesRead, buffer } = await pending;
            pending = undefined;
            if (bytesRead === 0)
                return;
            position += bytesRead;
            turn ^= 1;
            // The consumer asked for this chunk, so it is done with the one before: the next read goes there.
            pending = start(turn === 0 ? buffers[0] : buffers[1], position);
            yield bytesRead < chunk ? buffer.subarray(0, bytesRead) : buffer;
        }
    }
    finally {
        // Closed only once the read in flight has ended: closing under it would fail that read.
        await pending?.catch(() => undefined);
        await handle.close();
    }
}
/**
 * A small file's text, or undefined where there is none to take: absent, unreadable, not a regular
 * file, or a symbolic link. For the companions read beside a catalogued file (a package.json beside
 * a lockfile, a project's manifest): they are taken as the tree walk takes files, never through a
 * link, which could lead out of the tree (and the workspace) being catalogued. Opened without
 * blocking, so a FIFO planted under the name cannot hang the read.
 */
async function readPlainText(file) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        if (!(await handle.stat()).isFile())
            return undefined;
        return await handle.readFile('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}


/***/ }),

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ booleanWord),
/* harmony export */   GE: () => (/* binding */ credentialPair),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yG: () => (/* binding */ regex),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

function text(get, name) {
    return get(name).trim();
}
function optionalText(get, name) {
    const value = get(name).trim();
    return value === '' ? undefined : value;
}
function required(get, name) {
    const value = get(name).trim();
    if (value === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
    return value;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
/**
 * The one reading of a true/false word (true/yes/on/1, false/no/off/0, any case): undefined when
 * `value` is neither, for inputs that take a boolean or something else (a list, a key).
 */
function booleanWord(value) {
    const word = value.trim().toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}
function boolean(get, name, fallback = false) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    const value = booleanWord(raw);
    if (value === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'true or false');
    return value;
}
function integer(get, name, options = {}) {
    const raw = get(name).trim();
    if (raw === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'a whole number');
    }
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}
function oneOf(get, name, accepted, fallback) {
    const raw = get(name).trim();
    if (raw === '' && fallback !== undefined)
        return fallback;
    const found = accepted.find((a) => a === raw.toLowerCase());
    if (found === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `one of ${accepted.join(', ')}`);
    return found;
}
/** A list: one item per line, or comma-separated; blank items and `#` comments dropped. */
function list(get, name, options = {}) {
    return splitList(get(name), options.comma ?? true);
}
function splitList(raw, comma = true) {
    const items = [];
    for (const line of raw.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        for (const part of comma ? trimmed.split(',') : [trimmed]) {
            const item = part.trim();
            if (item !== '')
                items.push(item);
        }
    }
    return items;
}
function regex(get, name) {
    const raw = get(name).trim();
    if (raw === '')
        return undefined;
    try {
        return new RegExp(raw, 'u');
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `a valid JavaScript regular expression (${error.message})`);
    }
}
/**
 * A user name and password (or token) that only make sense together: both or neither. Without
 * them, registry credentials come from ~/.docker/config.json.
 */
function credentialPair(get, userInput = 'registry-username', passwordInput = 'registry-password') {
    const username = optionalText(get, userInput);
    const password = optionalText(get, passwordInput);
    if ((username === undefined) !== (password === undefined)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(username === undefined ? userInput : passwordInput, '', `both ${userInput} and ${passwordInput}, or neither (then ~/.docker/config.json is used)`);
    }
    return { username, password };
}
/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC, or undefined
 * when unset or empty. Anything else is refused rather than ignored, since it would silently change
 * what an artefact's timestamps are.
 */
function sourceDateEpoch(env) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    if (epoch === undefined || epoch === '')
        return undefined;
    if (!/^\d{1,12}$/.test(epoch)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INPUT_INVALID', `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`, { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' });
    }
    return Number(epoch);
}


/***/ }),

/***/ 96939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   Dc: () => (/* binding */ verifiedChunks),
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   JO: () => (/* binding */ EMPTY_JSON),
/* harmony export */   KM: () => (/* binding */ ANNOTATION_SOURCE),
/* harmony export */   KZ: () => (/* binding */ checkManifestMediaType),
/* harmony export */   LA: () => (/* binding */ isMediaType),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   OP: () => (/* binding */ Hasher),
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   Rp: () => (/* binding */ ANNOTATION_VERSION),
/* harmony export */   SC: () => (/* binding */ VerifyingStream),
/* harmony export */   T: () => (/* binding */ checksBlob),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   Vx: () => (/* binding */ EMPTY_DIGEST),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   bl: () => (/* binding */ childDescriptors),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   gi: () => (/* binding */ EMPTY_DESCRIPTOR),
/* harmony export */   hg: () => (/* binding */ ANNOTATION_TITLE),
/* harmony export */   kA: () => (/* binding */ INDEX_MEDIA_TYPES),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   qK: () => (/* binding */ ANNOTATION_REVISION),
/* harmony export */   sU: () => (/* binding */ digestHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92886);
/**
 * Media types, descriptors and digests. A manifest is always kept as its exact bytes: its digest
 * is the sha256 of those bytes, so it is never re-serialised once it exists.
 */




const MEDIA = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    empty: 'application/vnd.oci.empty.v1+json',
};
/**
 * The image-spec's pre-defined annotation keys (image-spec annotations.md) this project reads or
 * writes, on manifests, indexes and descriptors; config labels use the same keys.
 */
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_TITLE = 'org.opencontainers.image.title';
const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
const ANNOTATION_VERSION = 'org.opencontainers.image.version';
const ANNOTATION_REVISION = 'org.opencontainers.image.revision';
const MANIFEST_MEDIA_TYPES = [
    MEDIA.ociManifest,
    MEDIA.ociIndex,
    MEDIA.dockerManifest,
    MEDIA.dockerList,
];
const INDEX_MEDIA_TYPES = [MEDIA.ociIndex, MEDIA.dockerList];
/** RFC 6838's `type/subtype` (restricted-name on each side): the shape of any artifactType or mediaType. */
const MEDIA_TYPE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
/** Whether `value` has the shape of a media type (`application/vnd.acme.chart.v1`); parameters are not allowed. */
function isMediaType(value) {
    return MEDIA_TYPE_SHAPE.test(value);
}
/** The full Accept header: distribution 2.8 answers 404 for an OCI manifest when it is missing. */
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
/** Registries refuse manifests above about 4 MiB; so do we, before sending or while reading. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The empty JSON config (`{}`), used by artifacts that carry no config. */
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
/** The empty config's descriptor (`{}`, size 2), as every artifact manifest without a config names it. */
const EMPTY_DESCRIPTOR = Object.freeze({
    mediaType: MEDIA.empty,
    digest: EMPTY_DIGEST,
    size: 2,
});
/**
 * The one digest of bytes: `sha256:<hex>`. Every manifest, blob and document digest in core is
 * this function (streams hash incrementally, in VerifyingStream and Hasher).
 */
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * sha256 and byte count of bytes whose digest is not known yet (a blob being made), as they stream
 * through or are handed to `update`; `result()` answers both once they ended.
 */
class Hasher extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    /** Counts and hashes bytes handed over directly (a writer that is not a stream). */
    update(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
    }
    _transform(chunk, _encoding, callback) {
        this.update(chunk);
        callback(null, chunk);
    }
    result() {
        return { digest: `sha256:${this.hash.digest('hex')}`, size: this.size };
    }
}
/** sha256 digest (`sha256:<hex>`) and size of a file, read once. Errors are the caller's to word. */
async function digestFile(file) {
    const hasher = new Hasher();
    for await (const chunk of (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileBorrowed */ .VL)(file))
        hasher.update(chunk);
    return hasher.result();
}
const SHA256_HEX = /^[a-f0-9]{64}$/;
/**
 * The other job: checks a digest someone gave (`sha256:<hex>`, or bare hex) and answers its 64
 * lower-case hex digits, as the referrers tag, in-toto subjects and cosign payloads write it.
 */
function digestHex(digest) {
    const hex = digest.startsWith('sha256:') ? digest.slice('sha256:'.length) : digest;
    if (!SHA256_HEX.test(hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `Not a sha256 digest: '${digest.slice(0, 80)}' (expected sha256:<64 hex digits>).`);
    }
    return hex;
}
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function isIndex(parsed) {
    return Array.isArray(parsed.manifests);
}
function checkManifestMediaType(mediaType, where) {
    if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('MEDIA_TYPE_UNSUPPORTED', `${where}: unsupported manifest media type ${JSON.stringify(mediaType.slice(0, 200))}.`, { hint: `Supported: ${MANIFEST_MEDIA_TYPES.join(', ')} (Docker schema 1 is not).` });
    }
    return mediaType;
}
/**
 * Parses exact manifest bytes. The media type comes from the body's `mediaType` field, else from
 * the transport (Content-Type) when given, else from the shape (manifests vs layers).
 */
function parseManifest(bytes, where, transportType) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: manifest is ${bytes.length} bytes, above the 4 MiB limit.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: manifest is not valid JSON.`, { cause: error });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: manifest is not a JSON object.`);
    }
    if (parsed.schemaVersion !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('MEDIA_TYPE_UNSUPPORTED', `${where}: manifest schemaVersion ${JSON.stringify(parsed.schemaVersion)} is not supported (only 2).`);
    }
    const bodyType = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const transport = transportType?.split(';')[0]?.trim();
    const mediaType = bodyType ??
        (transport !== undefined && transport !== '' && transport !== 'application/json' ? transport : undefined) ??
        (Array.isArray(parsed.manifests) ? MEDIA.ociIndex : MEDIA.ociManifest);
    checkManifestMediaType(mediaType, where);
    if (isIndexMediaType(mediaType)) {
        if (!Array.isArray(parsed.manifests)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: index has no manifests array.`);
        }
    }
    else {
        const m = parsed;
        if (typeof m.config?.digest !== 'string' || !Array.isArray(m.layers)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('REGISTRY_PROTOCOL', `${where}: image manifest lacks config or layers.`);
        }
    }
    return { bytes, digest: sha256(bytes), mediaType, parsed };
}
/** Serialises a new manifest once; from then on only these bytes are used. */
function encodeManifest(value) {
    const bytes = Buffer.from(JSON.stringify(value));
    return parseManifest(bytes, 'new manifest');
}
/** Descriptors a manifest points at: child manifests (index) or config + layers (image). */
function childDescriptors(manifest) {
    const parsed = manifest.parsed;
    if (isIndex(parsed))
        return { manifests: [...parsed.manifests], blobs: [] };
    return { manifests: [], blobs: [parsed.config, ...parsed.layers] };
}
function descriptorOf(manifest, extra = {}) {
    const d = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    const artifactType = manifest.parsed.artifactType ?? (isIndex(manifest.parsed) ? undefined : manifest.parsed.config.mediaType);
    if (artifactType !== undefined)
        d.artifactType = artifactType;
    if (manifest.parsed.annotations !== undefined)
        d.annotations = { ...manifest.parsed.annotations };
    return { ...d, ...extra };
}
/**
 * Whether bytes already checked against `checked` (digest and size) are checked against exactly
 * `descriptor`: then a consumer need not hash them a second time.
 */
function checksBlob(checked, descriptor) {
    return checked.digest === descriptor.digest && checked.size === descriptor.size;
}
/**
 * The check of a blob's bytes against its descriptor as they pass: sha256 and size, one home for the
 * stream below and the borrowed chunks of {@link verifiedChunks}. `update` refuses a byte past the
 * declared size; `finish` refuses a short body or a wrong digest. Both throw DIGEST_MISMATCH.
 */
class BlobCheck {
    expectedDigest;
    expectedSize;
    where;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    finished = false;
    bytes = 0;
    constructor(expectedDigest, expectedSize, where) {
        this.expectedDigest = expectedDigest;
        this.expectedSize = expectedSize;
        this.where = where;
    }
    update(chunk) {
        if (this.expectedSize !== undefined && this.bytes + chunk.length > this.expectedSize) {
            this.bytes += chunk.length;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${this.where}: more bytes than the ${this.expectedSize} its descriptor declares; refused.`);
        }
        this.hash.update(chunk);
        this.bytes += chunk.length;
    }
    /** Checks the whole body; later calls do nothing once it passed. */
    finish() {
        if (this.finished)
            return;
        if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${this.where}: got ${this.bytes} bytes where its descriptor declares ${this.expectedSize}; refused.`);
        }
        const actual = `sha256:${this.hash.digest('hex')}`;
        this.finished = true;
        if (actual !== this.expectedDigest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('DIGEST_MISMATCH', `${this.where}: content digest is ${actual}, expected ${this.expectedDigest}; refused.`, { hint: 'The source is corrupt or was tampered with; nothing was written.' });
        }
    }
}
/**
 * A pass-through stream verifying sha256 and size while bytes flow. It always holds back the
 * last chunk until the whole content is verified, so a consumer never receives a complete body
 * whose digest is wrong: on a mismatch the stream errors with DIGEST_MISMATCH before ending.
 */
class VerifyingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expectedDigest;
    expectedSize;
    check;
    held;
    /** Called with each chunk's length as it is hashed (progress), without a second pass over the bytes. */
    onBytes;
    constructor(expectedDigest, expectedSize, where) {
        // Larger buffers than the 16 KiB default: fewer handoffs per MiB on multi-GB layers, bounded memory.
        super({ highWaterMark: 1 << 20 });
        this.expectedDigest = expectedDigest;
        this.expectedSize = expectedSize;
        this.check = new BlobCheck(expectedDigest, expectedSize, where);
    }
    get bytes() {
        return this.check.bytes;
    }
    /** True when this stream already verifies exactly this content, so wrapping it again would only hash twice. */
    verifies(descriptor) {
        return checksBlob({ digest: this.expectedDigest, size: this.expectedSize }, descriptor);
    }
    _transform(chunk, _encoding, callback) {
        try {
            this.check.update(chunk);
        }
        catch (error) {
            callback(error);
            return;
        }
        this.onBytes?.(chunk.length);
        const previous = this.held;
        this.held = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        try {
            this.check.finish();
        }
        catch (error) {
            callback(error);
            return;
        }
        callback(null, this.held);
    }
}
/**
 * Borrowed chunks (each valid until the next is asked for) checked as they pass. The size is known,
 * so the last chunk is recognised by it and the whole body is verified before that chunk is handed
 * on: a consumer never receives a complete body whose digest is wrong.
 */
async function* verifiedChunks(chunks, expected, where) {
    const check = new BlobCheck(expected.digest, expected.size, where);
    for await (const chunk of chunks) {
        check.update(chunk);
        if (check.bytes === expected.size)
            check.finish();
        yield chunk;
    }
    check.finish();
}


/***/ }),

/***/ 70461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   Ie: () => (/* binding */ referenceInput),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   Mj: () => (/* binding */ DOCKER_HUB_CONFIG_KEY),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   Z9: () => (/* binding */ referenceTarget),
/* harmony export */   dz: () => (/* binding */ isTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/**
 * Image references: `registry/ns/repo:tag@sha256:…`, Docker Hub short forms, localhost and
 * host:port registries, and `oci:<dir>[:tag|@digest]` for a local OCI image layout.
 * Grammar from distribution/reference (the one every registry and docker CLI uses).
 */

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The key Docker writes into ~/.docker/config.json for Docker Hub. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
function invalid(given, part, why) {
    const shown = given.length > 300 ? `${given.slice(0, 300)}…` : given;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('REFERENCE_INVALID', `Invalid image reference ${JSON.stringify(shown)}: ${part} ${why}.`, {
        hint: 'Expected [registry[:port]/]repository[:tag][@sha256:<64 hex>] or oci:<dir>[:tag|@sha256:<64 hex>].',
    });
}
function isDigest(value) {
    return DIGEST.test(value);
}
function isTag(value) {
    return TAG.test(value);
}
/** Checks a digest string, naming it when wrong. */
function checkDigest(value, what = 'digest') {
    if (!DIGEST.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('REFERENCE_INVALID', `Invalid ${what} ${JSON.stringify(value.slice(0, 100))}: expected sha256:<64 lowercase hex>.`);
    }
    return value;
}
function splitTagDigest(given, rest) {
    let name = rest;
    let digest;
    const at = name.indexOf('@');
    if (at >= 0) {
        digest = name.slice(at + 1);
        name = name.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw invalid(given, `the digest ${JSON.stringify(digest)}`, 'is not sha256:<64 lowercase hex>');
        }
    }
    let tag;
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
        tag = name.slice(colon + 1);
        name = name.slice(0, colon);
        if (!TAG.test(tag)) {
            throw invalid(given, `the tag ${JSON.stringify(tag)}`, 'is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}; no "+")');
        }
    }
    return { name, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
/** Parses and normalises an image reference; throws REFERENCE_INVALID naming the wrong part. */
function parseReference(input) {
    const given = input.trim();
    if (given === '')
        throw invalid(input, 'the reference', 'is empty');
    if (given.startsWith('oci:'))
        return parseLayout(given);
    if (/\s/.test(given))
        throw invalid(given, 'the reference', 'contains whitespace');
    const { name, tag, digest } = splitTagDigest(given, given);
    if (name === '')
        throw invalid(given, 'the repository', 'is empty');
    const slash = name.indexOf('/');
    let registry = DOCKER_HUB;
    let path = name;
    if (slash >= 0) {
        const first = name.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            registry = first;
            path = name.slice(slash + 1);
            if (!HOST.test(registry))
                throw invalid(given, `the registry ${JSON.stringify(registry)}`, 'is not a valid host[:port]');
            const port = /:([0-9]+)$/.exec(registry)?.[1];
            if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
                throw invalid(given, `the registry port ${port}`, 'is out of range');
            }
        }
    }
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API_HOST)
        registry = DOCKER_HUB;
    if (path === '')
        throw invalid(given, 'the repository', 'is empty');
    for (const component of path.split('/')) {
        if (!COMPONENT.test(component)) {
            throw invalid(given, `the repository component ${JSON.stringify(component)}`, 'must be lowercase letters and digits separated by ".", "_", "__" or "-"');
        }
    }
    if (registry === DOCKER_HUB && !path.includes('/'))
        path = `library/${path}`;
    if (registry.length + 1 + path.length > 255)
        throw invalid(given, 'the repository name', 'is longer than 255 characters');
    return {
        kind: 'registry',
        registry,
        host: registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry,
        repository: path,
        tag,
        digest,
    };
}
function parseLayout(given) {
    let rest = given.slice('oci:'.length);
    let digest;
    const at = rest.lastIndexOf('@');
    if (at >= 0 && rest.slice(at + 1).startsWith('sha')) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw invalid(given, `the digest ${JSON.stringify(digest)}`, 'is not sha256:<64 lowercase hex>');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(given, `the layout tag ${JSON.stringify(tag)}`, 'is not a valid tag');
    }
    if (rest === '')
        throw invalid(given, 'the layout directory', 'is empty');
    return { kind: 'layout', path: rest, tag, digest };
}
/** The canonical string: `docker.io/library/alpine:3.20@sha256:…`, `oci:dir:tag`. */
function formatReference(ref, override = {}) {
    const tag = 'tag' in override ? override.tag : ref.tag;
    const digest = 'digest' in override ? override.digest : ref.digest;
    const base = ref.kind === 'layout' ? `oci:${ref.path}` : `${ref.registry}/${ref.repository}`;
    return `${base}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
}
/** A tag or digest to ask for: the digest wins when both are present; `latest` when neither. */
function referenceTarget(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The fallback tag under which a registry without the referrers API lists referrers. */
function referrersTag(digest) {
    checkDigest(digest);
    return digest.replace(':', '-');
}
/** A reference given as an input: an invalid one is named as that input's error (INPUT_INVALID). */
function referenceInput(input, value) {
    try {
        return parseReference(value);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, value, 'an image reference ([registry/]repository[:tag][@sha256:…]) or oci:<dir>[:tag]', error.message);
        }
        throw error;
    }
}


/***/ }),

/***/ 42109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ insideWorkspace),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   Gl: () => (/* binding */ workspace),
/* harmony export */   JO: () => (/* binding */ parseRegistryAccess),
/* harmony export */   O: () => (/* binding */ keyInWorkspace),
/* harmony export */   QF: () => (/* binding */ ownPathInWorkspace),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   fz: () => (/* binding */ parseAllowOutsideWorkspace),
/* harmony export */   uy: () => (/* binding */ workspaceGlob),
/* harmony export */   ve: () => (/* binding */ inWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97276);
/**
 * The one rule for path inputs: every file or directory an input names (read or written) resolves
 * inside the workspace after symbolic links are followed, unless the user lets that one input out
 * with `allow-outside-workspace` (CLI: `--allow-outside-workspace <input>`). And no input value that
 * becomes a file name or an output value carries a newline or another control character.
 *
 * The workspace is GITHUB_WORKSPACE in an action and the working directory for the CLI: the
 * `cwd` of the ActionEnvironment. RUNNER_TEMP is outside it: other steps keep credentials there
 * (actions/checkout's persisted token, for one), so a key written to RUNNER_TEMP needs the opt-in
 * for its input. Temporary files the suite writes itself are not inputs and are not checked here.
 *
 * How to call it, for a new path input:
 * - in the parser: nothing but the usual parse (and `plainValue` is applied by the helpers below);
 *   add the input's name to the action's list passed to {@link parseAllowOutsideWorkspace};
 * - in the run entry point, before any work: `inWorkspace(ws, 'input-name', value)` for a file or
 *   directory that is read or written (it may not exist yet), {@link keyInWorkspace} for a key
 *   input (PEM text or a path), {@link workspaceGlob} for a glob.
 */





/** The input that lets named path inputs leave the workspace. */
const ALLOW_OUTSIDE_WORKSPACE = 'allow-outside-workspace';
function workspace(root, allowOutside) {
    return { root: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root), allowOutside: allowOutside ?? new Set() };
}
// C0 controls (newline, carriage return, tab, escape, NUL, ...), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Whether `value` holds a newline or another control character: the test {@link plainValue} applies
 * to inputs, shared with names that come from elsewhere (an artefact's titles and tar entries).
 */
function hasControlCharacter(value) {
    return CONTROL.test(value);
}
/**
 * Refuses a value that becomes a file name or an output value when it holds a newline or another
 * control character: a newline would split a list output (`sbom-paths`) or a `key=value` line in
 * two, and a file name with one is a trap for every script that reads it. Returns the value.
 */
function plainValue(input, value) {
    if (hasControlCharacter(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, 'a value without newlines, tabs or other control characters', 'Each item goes on its own line of a list input; a single value must be one line.');
    }
    return value;
}
/**
 * `allow-outside-workspace`: the names of this action's path inputs that may resolve outside the
 * workspace (comma- or newline-separated). Any other name is an error, so a typo never silently
 * leaves an input confined or a wildcard lets every input out. Undefined when none is listed
 * (the inputs objects then compare equal to those built without the field).
 */
function parseAllowOutsideWorkspace(raw, pathInputs) {
    const names = new Set();
    for (const name of (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry)(raw(ALLOW_OUTSIDE_WORKSPACE))) {
        if (!pathInputs.includes(name)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(ALLOW_OUTSIDE_WORKSPACE, name, pathInputs.length === 0
                ? 'nothing (this command has no path inputs)'
                : `names of path inputs of this action: ${pathInputs.join(', ')}`);
        }
        names.add(name);
    }
    return names.size === 0 ? undefined : names;
}
function realRoot(root) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
    }
    catch {
        return root;
    }
}
/**
 * The real location of `absolute`: symbolic links followed along the whole path, also where the
 * path does not exist yet (the real path of its deepest existing ancestor, plus the rest). A
 * dangling symbolic link is followed to where it points, since writing through it lands there.
 */
function realLocation(absolute) {
    let current = absolute;
    const rest = [];
    for (let hops = 0; hops < 64; hops++) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(current), ...rest);
        }
        catch {
            // fall through: current does not resolve
        }
        let link;
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(current).isSymbolicLink())
                link = node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync(current);
        }
        catch {
            // current does not exist
        }
        if (link !== undefined) {
            current = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current), link);
            continue;
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current);
        if (parent === current)
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(current, ...rest);
        rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(current));
        current = parent;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('PATH_UNSAFE', `${absolute}: too many levels of symbolic links.`);
}
function contains(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
function unsafe(ws, input, value, real) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('PATH_UNSAFE', `Input '${input}': ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}.`, {
        hint: `Use a path inside the workspace. If '${input}' really must name a path outside it, opt in for that ` +
            `input: ${ALLOW_OUTSIDE_WORKSPACE}: ${input} (CLI: --${ALLOW_OUTSIDE_WORKSPACE} ${input}).`,
    });
}
/**
 * Resolves a path input against the workspace and refuses it (PATH_UNSAFE, naming the input) when
 * its real location, symbolic links followed, is outside the workspace, unless the input is listed
 * in `allow-outside-workspace`. `..`, absolute paths and links out are all caught the same way.
 * A path that does not exist yet (an output) is decided by its deepest existing ancestor.
 * Returns the absolute path (as given, not the link target) for the caller to use.
 */
function inWorkspace(ws, input, value) {
    return insideWorkspace(ws, input, plainValue(input, value));
}
/**
 * {@link inWorkspace} without the control-character rule, for a name that is not an input value
 * but comes from a file (a name listed in a checksums file may be escaped and hold a newline).
 */
function insideWorkspace(ws, input, value) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ws.root, value);
    if (ws.allowOutside.has(input))
        return absolute;
    const real = realLocation(absolute);
    if (!contains(realRoot(ws.root), real))
        throw unsafe(ws, input, value, real);
    return absolute;
}
/**
 * A path the suite chose itself (no input names it, so no opt-in lets it out), refused as
 * {@link inWorkspace} refuses an input's when it resolves outside the workspace: a folder of its own
 * that a symbolic link would otherwise lead out (release's `.artefacts/keys`). `what` names it.
 */
function ownPathInWorkspace(ws, what, value) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ws.root, value);
    const real = realLocation(absolute);
    if (!contains(realRoot(ws.root), real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('PATH_UNSAFE', `${what} ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}; nothing was written.`, { hint: `A symbolic link leads it out of the workspace: remove the link (or point it inside), then run again.` });
    }
    return absolute;
}
/** As {@link inWorkspace}, for a value that is either PEM text or the path of a key file. */
function keyInWorkspace(ws, input, value) {
    if (value === undefined || value.includes('-----BEGIN') || /^keyless$/i.test(value))
        return;
    inWorkspace(ws, input, value);
}
/**
 * The files a glob input matches, relative to the workspace, as absolute paths in match order;
 * every match is checked as {@link inWorkspace} checks a path, so a pattern reaching out (`../x/*`)
 * or a match that is a symbolic link out is refused, naming the input.
 */
async function workspaceGlob(ws, input, pattern) {
    plainValue(input, pattern);
    const glob = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.glob;
    if (typeof glob !== 'function') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('INTERNAL', 'File globs need Node.js 22 or later (fs.glob).');
    }
    const out = [];
    for await (const entry of glob(pattern, { cwd: ws.root }))
        out.push(inWorkspace(ws, input, entry));
    return out;
}
/**
 * The inputs every command that opens a store reads alike: `registry-username` and
 * `registry-password` (both or neither) and `allow-outside-workspace` over the command's own path inputs.
 */
function parseRegistryAccess(raw, pathInputs) {
    const { username, password } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialPair */ .GE)(raw);
    return {
        registryUsername: username,
        registryPassword: password,
        allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, pathInputs),
    };
}


/***/ })

};
