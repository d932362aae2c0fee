import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5367:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3906);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3126);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7906);



await (0,_shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('pin', async () => (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .G)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ getInputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(2575);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __nccwpck_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var src_paths = __nccwpck_require__(2109);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __nccwpck_require__(461);
;// CONCATENATED MODULE: ./packages/core/src/pin/inputs.ts
/** The pin action's and `artefacts pin`'s inputs: parsed once, typed. */




const PIN_SECRETS = ['registry-password'];
/** Inputs naming files or directories: confined to the workspace unless listed in allow-outside-workspace. */
const PIN_PATH_INPUTS = ['paths'];
/** `min-pinned`: a percentage from 0 to 100 (`80`, `80%`, `99.5`); empty = 100, every reference. */
function percentage(raw, name) {
    const given = raw(name).trim();
    if (given === '')
        return 100;
    const number = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(given)?.[1];
    if (number === undefined || Number(number) > 100) {
        throw (0,errors/* inputError */.Xu)(name, given, 'a percentage from 0 to 100 (e.g. 100, 80 or 99.5%)');
    }
    return Number(number);
}
function parsePinInputs(raw) {
    const paths = inputs/* list */.p_(raw, 'paths', { comma: false });
    if (paths.length === 0) {
        throw (0,errors/* inputError */.Xu)('paths', raw('paths'), 'one or more files, directories or globs, one per line');
    }
    for (const p of paths)
        (0,inputs/* plainValue */._y)('paths', p);
    const access = (0,src_paths/* parseRegistryAccess */.JO)(raw, PIN_PATH_INPUTS);
    const registry = inputs/* optionalText */.mR(raw, 'registry');
    let credentialsRegistry;
    if (registry !== undefined) {
        // Written as people write it; Docker Hub's other names are the same registry. The host is checked
        // first, so that no error shows the reference built here to read it, which the user never wrote.
        const accepted = 'a registry host, with its port if any (e.g. ghcr.io, docker.io, 127.0.0.1:5000)';
        const plain = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(registry);
        const problem = plain ? (0,references/* registryHostProblem */.r6)(registry) : undefined;
        if (problem !== undefined)
            throw (0,errors/* inputError */.Xu)('registry', registry, `${accepted}; ${problem.part} ${problem.why}`);
        const host = plain ? (0,references/* parseReference */.F2)(`${registry}/x/y`) : undefined;
        if (host?.kind !== 'registry' || host.registry.includes('/'))
            throw (0,errors/* inputError */.Xu)('registry', registry, accepted);
        credentialsRegistry = host.registry;
    }
    if (access.registryUsername !== undefined && credentialsRegistry === undefined) {
        throw (0,errors/* inputError */.Xu)('registry', '', 'the registry host registry-username and registry-password are for (e.g. ghcr.io): the files can name many registries, and credentials go to that one only');
    }
    return {
        paths,
        check: inputs/* boolean */.zM(raw, 'check', false),
        minPinned: percentage(raw, 'min-pinned'),
        allowUnresolved: inputs/* boolean */.zM(raw, 'allow-unresolved', false),
        verifyPinned: inputs/* boolean */.zM(raw, 'verify-pinned', false),
        credentialsRegistry,
        ...access,
    };
}

;// CONCATENATED MODULE: ./actions/pin/src/inputs.ts


/** The only file that reads the runner's inputs. Passwords are masked as soon as they are read. */
function getInputs() {
    const secrets = new Map();
    for (const name of PIN_SECRETS) {
        const value = core/* getInput */.V4(name);
        if (value !== '')
            core/* setSecret */.Pq(value);
        secrets.set(name, value);
    }
    return parsePinInputs((name) => secrets.get(name) ?? core/* getInput */.V4(name));
}


/***/ }),

/***/ 7906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/concurrency.ts
/**
 * Bounded concurrency: a worker pool over a list, and a semaphore for the part of a task that must
 * stay bounded (bytes on the wire) while the cheap requests around it need not wait their turn.
 */
/**
 * Runs `fn` over `items` with at most `limit` at once, and returns the results in item order. After
 * the first failure no new item starts; the ones running finish, then that first error is thrown.
 */
async function mapPool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (failed === undefined && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i]);
            }
            catch (error) {
                failed ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed !== undefined)
        throw failed.error;
    return results;
}
/**
 * Starts `fn` for every item in this one turn of the event loop (none waits for another: manifests
 * pushed together meet in one merge of a fallback index), waits until all have ended, and returns
 * the results in item order; if any failed, the failure of the first such item is thrown.
 */
async function allAtOnce(items, fn) {
    const settled = await Promise.allSettled(items.map(fn));
    return settled.map((s) => {
        if (s.status === 'rejected')
            throw s.reason;
        return s.value;
    });
}
/** A counting semaphore; a freed slot goes to the waiter of highest priority, the earliest among equals. */
class Semaphore {
    free;
    waiting = [];
    constructor(free) {
        this.free = free;
    }
    acquire(priority = 0) {
        if (this.free > 0) {
            this.free--;
            return Promise.resolve();
        }
        return new Promise((grant) => {
            const at = this.waiting.findIndex((w) => w.priority < priority);
            this.waiting.splice(at < 0 ? this.waiting.length : at, 0, { priority, grant });
        });
    }
    release() {
        const next = this.waiting.shift();
        if (next !== undefined)
            next.grant();
        else
            this.free++;
    }
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/core/src/files.ts
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
class ReadAheadStream extends external_node_stream_.Readable {
    file;
    chunk;
    flags;
    handle;
    pending;
    position = 0;
    constructor(file, chunk, flags) {
        super({ highWaterMark: chunk });
        this.file = file;
        this.chunk = chunk;
        this.flags = flags;
    }
    _construct(callback) {
        (0,promises_.open)(this.file, this.flags).then((handle) => {
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
/**
 * The file's bytes from the start, one {@link FILE_CHUNK} read always ahead of the consumer. `flags`
 * open it (an OCI layout's blob: read-only and O_NOFOLLOW, so the open itself refuses a link).
 */
function readFileAhead(file, chunk = FILE_CHUNK, flags = 'r') {
    return new ReadAheadStream(file, chunk, flags);
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
        const next = () => read(fd, buffer, got, length - got, got, (failure, bytesRead) => {
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
        openDescriptor(file, flags, mode, (error, fd) => {
            if (error)
                return reject(error);
            use(fd, (failure, value) => close(fd, (closing) => {
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
const SMALL_FILE = (/* unused pure expression or super */ null && (256 * 1024));
/** How many small files are read ahead, or written behind, at once. */
const FILES_AT_ONCE = 16;
/**
 * Writes `bytes` as the whole of `file` (created with `mode`, or truncated), through a file
 * descriptor and the callback calls, as {@link readInto} reads; the descriptor is closed whatever happens.
 */
function writeWhole(file, bytes, mode) {
    return onDescriptor(file, 'w', mode, (fd, done) => {
        let written = 0;
        const next = () => write(fd, bytes, written, bytes.length - written, null, (failure, count) => {
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
 * run one after another, never at once. `flags` open the file, as {@link readFileAhead}'s do.
 */
async function* files_readFileBorrowed(file, chunk = FILE_CHUNK, buffers = borrowedBuffers(chunk), flags = 'r') {
    const handle = await (0,promises_.open)(file, flags);
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
        handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
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
/** The prefix of a temporary file beside the file it will become: `.<name>.tmp-<hex>`. */
const stagingName = (target) => (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
/**
 * Writes every file of `files` in full to a temporary file beside it (same directory, so the move is
 * a rename), for {@link StagedFiles.commit} to put in place once whatever must come first has
 * succeeded (a push), or to discard. A failure while writing (a full disk, a directory that cannot be
 * written, a path that is not one) removes every temporary file and changes nothing. Only a failing
 * rename (which needs no space) can leave some files renamed and not the rest, which the next run
 * writes again. `failure` turns an error into the one to throw, told which file failed.
 */
async function stageFiles(files, failure = (error) => error) {
    const staged = [];
    const discard = async () => {
        await Promise.all(staged.splice(0).map(({ tmp }) => (0,promises_.unlink)(tmp).catch(() => undefined)));
    };
    for (const file of files) {
        let tmp;
        try {
            const target = file.throughLink ? await (0,promises_.realpath)(file.path).catch(() => file.path) : file.path;
            const info = await (0,promises_.stat)(target).catch(() => undefined);
            if (info?.isDirectory()) {
                // Found before anything is written, rather than by the rename after the others were written.
                throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${target}'`), {
                    code: 'EISDIR',
                    syscall: 'open',
                    path: target,
                });
            }
            const existing = info?.isFile() ? info.mode & 0o7777 : undefined;
            tmp = stagingName(target);
            const handle = await (0,promises_.open)(tmp, 'wx', existing ?? file.mode ?? 0o666);
            staged.push({ tmp, target, file });
            try {
                await handle.writeFile(file.content);
                // An existing file's mode exactly, not as the umask left it.
                if (existing !== undefined)
                    await handle.chmod(existing);
            }
            finally {
                await handle.close();
            }
        }
        catch (error) {
            await discard();
            const failed = error.path;
            throw failure(error, { file, at: tmp !== undefined && failed === tmp ? (0,external_node_path_.dirname)(tmp) : (failed ?? file.path) });
        }
    }
    return {
        async commit() {
            while (staged.length > 0) {
                const { tmp, target, file } = staged[0];
                try {
                    await (0,promises_.rename)(tmp, target);
                }
                catch (error) {
                    await discard();
                    throw failure(error, { file, at: target });
                }
                staged.shift();
            }
        },
        discard,
    };
}
/**
 * Writes every file of `files` whole, or leaves every one as it was ({@link stageFiles}, then
 * commit): a reader never sees a half-written file under the final name.
 */
async function writeFilesTogether(files, failure) {
    await (await stageFiles(files, failure)).commit();
}

;// CONCATENATED MODULE: ./packages/core/src/oci/media.ts
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
/** `os/arch[/variant]` as people write it (`linux/arm64/v8`); empty for no platform. */
function platformKey(p) {
    return p === undefined ? '' : [p.os, p.architecture, p.variant].filter((x) => x !== undefined && x !== '').join('/');
}
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
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * sha256 and byte count of bytes whose digest is not known yet (a blob being made), as they stream
 * through or are handed to `update`; `result()` answers both once they ended.
 */
class Hasher extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
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
    for await (const chunk of readFileBorrowed(file))
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
        throw new ArtefactsError('DIGEST_MISMATCH', `Not a sha256 digest: '${digest.slice(0, 80)}' (expected sha256:<64 hex digits>).`);
    }
    return hex;
}
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function media_isIndex(parsed) {
    return Array.isArray(parsed.manifests);
}
function checkManifestMediaType(mediaType, where) {
    if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) {
        throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${where}: unsupported manifest media type ${JSON.stringify(mediaType.slice(0, 200))}.`, { hint: `Supported: ${MANIFEST_MEDIA_TYPES.join(', ')} (Docker schema 1 is not).` });
    }
    return mediaType;
}
/**
 * Parses exact manifest bytes. The media type comes from the body's `mediaType` field, else from
 * the transport (Content-Type) when given, else from the shape (manifests vs layers).
 */
function parseManifest(bytes, where, transportType) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: manifest is ${bytes.length} bytes, above the 4 MiB limit.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: manifest is not valid JSON.`, { cause: error });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: manifest is not a JSON object.`);
    }
    if (parsed.schemaVersion !== 2) {
        throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${where}: manifest schemaVersion ${JSON.stringify(parsed.schemaVersion)} is not supported (only 2).`);
    }
    const bodyType = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const transport = transportType?.split(';')[0]?.trim();
    const mediaType = bodyType ??
        (transport !== undefined && transport !== '' && transport !== 'application/json' ? transport : undefined) ??
        (Array.isArray(parsed.manifests) ? MEDIA.ociIndex : MEDIA.ociManifest);
    checkManifestMediaType(mediaType, where);
    if (isIndexMediaType(mediaType)) {
        if (!Array.isArray(parsed.manifests)) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: index has no manifests array.`);
        }
    }
    else {
        const m = parsed;
        if (typeof m.config?.digest !== 'string' || !Array.isArray(m.layers)) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: image manifest lacks config or layers.`);
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
function media_childDescriptors(manifest) {
    const parsed = manifest.parsed;
    if (media_isIndex(parsed))
        return { manifests: [...parsed.manifests], blobs: [] };
    return { manifests: [], blobs: [parsed.config, ...parsed.layers] };
}
function descriptorOf(manifest, extra = {}) {
    const d = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    const artifactType = manifest.parsed.artifactType ?? (media_isIndex(manifest.parsed) ? undefined : manifest.parsed.config.mediaType);
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
    hash = (0,external_node_crypto_.createHash)('sha256');
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
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.where}: more bytes than the ${this.expectedSize} its descriptor declares; refused.`);
        }
        this.hash.update(chunk);
        this.bytes += chunk.length;
    }
    /** Checks the whole body; later calls do nothing once it passed. */
    finish() {
        if (this.finished)
            return;
        if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.where}: got ${this.bytes} bytes where its descriptor declares ${this.expectedSize}; refused.`);
        }
        const actual = `sha256:${this.hash.digest('hex')}`;
        this.finished = true;
        if (actual !== this.expectedDigest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.where}: content digest is ${actual}, expected ${this.expectedDigest}; refused.`, { hint: 'The source is corrupt or was tampered with; nothing was written.' });
        }
    }
}
/**
 * A pass-through stream verifying sha256 and size while bytes flow. It always holds back the
 * last chunk until the whole content is verified, so a consumer never receives a complete body
 * whose digest is wrong: on a mismatch the stream errors with DIGEST_MISMATCH before ending.
 */
class VerifyingStream extends external_node_stream_.Transform {
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
var references = __nccwpck_require__(461);
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
    if (body.verified !== undefined && checksBlob(body.verified, descriptor))
        return body.chunks;
    return verifiedChunks(body.chunks, descriptor, where);
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
            await this.atomicWrite(external_node_path_default().join(this.dir, 'index.json'), Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: [] })));
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
            const out = { ...index, schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: next };
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
        if (sha256(bytes) !== digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the stored bytes hash to ${sha256(bytes)}; the layout is corrupt.`);
        }
        return parseManifest(bytes, what);
    }
    async putManifest(manifest, options = {}) {
        if (options.tag !== undefined && !(0,references/* isTag */.dz)(options.tag)) {
            throw new errors/* ArtefactsError */.E('REFERENCE_INVALID', `Tag ${JSON.stringify(options.tag.slice(0, 200))} is not a valid tag.`);
        }
        if (sha256(manifest.bytes) !== manifest.digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.location}: manifest bytes do not hash to ${manifest.digest}.`);
        }
        await this.init();
        await this.putBlob({ digest: manifest.digest, size: manifest.bytes.length }, manifest.bytes);
        const subject = manifest.parsed.subject;
        const entry = descriptorOf(manifest);
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
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `reading blob ${descriptor.digest} from ${this.location}`);
        (0,external_node_stream_.pipeline)(readFileAhead(await this.blobFile(descriptor.digest), FILE_CHUNK, this.checks.readFlags), verifier, () => undefined);
        return verifier;
    }
    async *blobChunks(descriptor) {
        const size = await this.presentBlob(descriptor.digest);
        yield* verifiedChunks(files_readFileBorrowed(await this.blobFile(descriptor.digest), FILE_CHUNK, borrowedBuffers(), this.checks.readFlags), { digest: descriptor.digest, size: descriptor.size ?? size }, `reading blob ${descriptor.digest} from ${this.location}`);
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
        if (raw instanceof VerifyingStream && raw.verifies(descriptor)) {
            // Already verified while streaming (a store's getBlob): hashing it again would only cost time.
            await this.commitStream(raw, new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 }), target);
            return;
        }
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `writing blob ${descriptor.digest} to ${this.location}`);
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
        const hasher = new Hasher();
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : source, hasher, (0,external_node_fs_.createWriteStream)(staged.file, { flags: 'wx' }));
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
                    await writeFully(handle, chunk);
                }
            }
            finally {
                await handle.close();
            }
        }, `writing blob ${external_node_path_default().basename(target)}`);
    }
    commitStream(raw, verifier, target) {
        return this.replaceFile(target, this.blobTemp(), (tmp) => (0,external_node_stream_promises_namespaceObject.pipeline)(raw, verifier, (0,external_node_fs_.createWriteStream)(tmp, { flags: 'wx' })), `writing blob ${external_node_path_default().basename(target)}`);
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
                await (0,external_node_stream_promises_namespaceObject.pipeline)(await other.getBlob(descriptor), new external_node_stream_.Writable({ write: (_chunk, _encoding, cb) => cb() }));
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
                add(descriptorOf(manifest));
        }
        const fallback = index.manifests.find((d) => d.annotations?.[REF_NAME] === (0,references/* referrersTag */.LN)(digest));
        if (fallback !== undefined && isIndexMediaType(fallback.mediaType)) {
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./packages/core/src/builtins.ts

const builtins_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let childProcessModule;
/** node:child_process, loaded on the first call. */
function childProcess() {
    return (childProcessModule ??= builtins_require('node:child_process'));
}
let zlibModule;
/** node:zlib, loaded on the first call: signing and attaching build referrers with no gzip layer. */
function zlib() {
    return (zlibModule ??= builtins_require('node:zlib'));
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./packages/core/src/oci/http.ts
/**
 * The thin HTTP layer under the registry client: Node's own http/https with keep-alive agents,
 * streamed bodies, an idle timeout (a registry that sends nothing for that long fails the request),
 * and bounded retries with exponential backoff and jitter.
 */







const httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 32 });
const httpsAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: 32 });
const tlsAgents = new Map();
/** Node's own roots plus NODE_EXTRA_CA_CERTS (which an explicit `ca` list would otherwise drop). */
function defaultRoots() {
    const extra = process.env.NODE_EXTRA_CA_CERTS;
    let extraPem = [];
    if (extra) {
        try {
            extraPem = [(0,external_node_fs_.readFileSync)(extra, 'utf8')];
        }
        catch {
            // Node itself warns at start-up when the file cannot be read.
        }
    }
    return [...(external_node_tls_default()).rootCertificates, ...extraPem];
}
/** The HTTPS agent for these TLS options: one per distinct set, kept alive across requests. */
function httpsAgentFor(options) {
    if (options === undefined || (!options.ca && !options.cert))
        return httpsAgent;
    const key = JSON.stringify([options.ca ?? '', options.cert ?? '', options.key ?? '']);
    let agent = tlsAgents.get(key);
    if (agent === undefined) {
        agent = new (external_node_https_default()).Agent({
            keepAlive: true,
            maxSockets: 32,
            ...(options.ca ? { ca: [...defaultRoots(), options.ca] } : {}),
            ...(options.cert ? { cert: options.cert, key: options.key } : {}),
        });
        tlsAgents.set(key, agent);
    }
    return agent;
}
/**
 * Whether `host` (host:port) speaks TLS, in one round trip: a plain-HTTP `GET /v2/` on a bare
 * connection. A registry serving plain HTTP answers it (200, 401, or 5xx when unwell); a TLS server
 * answers 400 ("plain HTTP request to an HTTPS port", as Go and nginx do) or with bytes that are not
 * HTTP (a TLS alert). No answer at all (reset, closed, timed out) says nothing: plain HTTP, the
 * loopback default, and the request that follows reports and retries the failure as any other.
 * Asked this way round because a plain-HTTP server given a TLS handshake may wait for a line that
 * never comes.
 */
function speaksTls(host, timeoutMs = 5_000) {
    const url = new URL(`http://${host}`);
    return new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80) });
        let answer = '';
        const done = (tlsServer) => {
            socket.destroy();
            resolve(tlsServer);
        };
        socket.setTimeout(timeoutMs, () => done(false));
        socket.once('connect', () => socket.write(`GET /v2/ HTTP/1.1\r\nHost: ${url.host}\r\nUser-Agent: immutable-artefacts\r\nConnection: close\r\n\r\n`));
        socket.on('data', (chunk) => {
            answer += chunk.toString('latin1');
            const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
            if (status)
                done(status[1] === '400');
            else if (answer.length >= 12 || chunk[0] === 0x15)
                done(true);
        });
        socket.once('end', () => done(answer.length > 0 && !answer.startsWith('HTTP/')));
        socket.once('error', () => done(false));
    });
}
/** A TLS client's error when the server answered in plain HTTP. */
function isPlainHttpAnswer(error) {
    return (error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' ||
        error.code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' ||
        /wrong version number|packet length too long|http request/i.test(error.message));
}
const CERTIFICATE_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** What a TLS failure means to the user, and what to do about it. */
function tlsFailure(request, error) {
    const where = `${request.method} ${request.url.host}${request.url.pathname}`;
    if (CERTIFICATE_CODES.has(error.code ?? '')) {
        return new errors/* ArtefactsError */.E('REGISTRY_TLS', `${where}: the registry's TLS certificate is not trusted (${error.code}: ${error.message}).`, {
            hint: 'Give the CA that signed it (--ca-file, or ARTEFACTS_CA_FILE; NODE_EXTRA_CA_CERTS also works), or list the host as insecure if it serves plain HTTP.',
            cause: error,
        });
    }
    if (isPlainHttpAnswer(error)) {
        return new errors/* ArtefactsError */.E('REGISTRY_TLS', `${where}: the registry answered in plain HTTP, not TLS.`, {
            hint: `Only a host listed as insecure is spoken to in plain HTTP: --insecure-registry ${request.url.host} (or ARTEFACTS_INSECURE_REGISTRIES).`,
            cause: error,
        });
    }
    if (/certificate required|alert.*certificate|handshake failure/i.test(error.message) ||
        /CERTIFICATE_REQUIRED/.test(error.code ?? '')) {
        return new errors/* ArtefactsError */.E('REGISTRY_TLS', `${where}: the registry asks for a client certificate (${error.message}).`, {
            hint: 'Give one with --client-cert and --client-key (or ARTEFACTS_CLIENT_CERT and ARTEFACTS_CLIENT_KEY).',
            cause: error,
        });
    }
    return undefined;
}
/** A failure worth retrying: connection reset, timeout, 408/429/5xx. */
class RetryableError extends Error {
    retryAfterMs;
    status;
    constructor(message, retryAfterMs, status) {
        super(message);
        this.retryAfterMs = retryAfterMs;
        this.status = status;
    }
}
/**
 * How long a registry may send nothing before a request fails, unless the settings say otherwise
 * (connection.ts: ARTEFACTS_REGISTRY_TIMEOUT): no connection, no answer, no byte of a body coming or
 * going. Idle time, never the length of a transfer: a large blob moving at any pace is never cut.
 * Two minutes, as the one timeout was before: a registry may rightly say nothing for a long while
 * after the last byte of a multi-GB upload, while its storage (an object store) moves the blob.
 */
const DEFAULT_IDLE_TIMEOUT_MS = 120_000;
/**
 * A registry that sent nothing for the idle time: worth one more try (a connection can be lost),
 * not seven (a registry that hangs does not answer the third either). See RetryPolicy.silences.
 */
class RegistrySilence extends RetryableError {
    constructor(message) {
        super(message, undefined, undefined);
    }
}
/** The idle time as a message says it: `2 s`, `0.5 s`. */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(3))} s`;
}
/** What a request was doing when the registry fell silent, as the error says it. */
function silence(request, idleMs, req, answered) {
    const { host, pathname } = request.url;
    const doing = answered
        ? `the answer's body stalled: no bytes from ${host} for ${seconds(idleMs)}`
        : req.socket === null || req.socket.connecting
            ? `no connection to ${host} within ${seconds(idleMs)}`
            : !req.writableFinished
                ? `${host} took no bytes of the request's body for ${seconds(idleMs)}`
                : `no answer from ${host} within ${seconds(idleMs)}`;
    return new RegistrySilence(`${request.method} ${host}${pathname}: ${doing}`);
}
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED']);
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
function send(request) {
    const { url } = request;
    const lib = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const agent = url.protocol === 'https:' ? httpsAgentFor(request.tls) : httpAgent;
    const idleMs = request.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
        let answer;
        // `timeout` (unlike setTimeout) also bounds the connection's set-up; it stays on the socket while
        // the answer's body is read, so a body that stalls fails as an answer that never comes does.
        const options = { method: request.method, headers: request.headers ?? {}, agent, timeout: idleMs };
        const req = lib.request(url, options, (res) => {
            answer = res;
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, url });
        });
        req.on('timeout', () => {
            const error = silence(request, idleMs, req, answer !== undefined);
            // The reader of the body gets the same words as a caller waiting for the answer.
            answer?.destroy(error);
            req.destroy(error);
        });
        req.on('error', (error) => {
            if (error instanceof RegistrySilence) {
                reject(error);
                return;
            }
            const code = error.code ?? '';
            const tlsError = url.protocol === 'https:' ? tlsFailure(request, error) : undefined;
            if (tlsError !== undefined) {
                reject(tlsError);
                return;
            }
            if (RETRYABLE_CODES.has(code) || /socket hang up/i.test(error.message)) {
                reject(new RetryableError(`${request.method} ${url.host}${url.pathname}: ${error.message}`, undefined, undefined));
            }
            else {
                reject(new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `${request.method} ${url.host}${url.pathname}: ${(0,errors/* describeError */.Uc)(error)}`, { cause: error }));
            }
        });
        const body = request.body;
        if (body === undefined)
            req.end();
        else if (Buffer.isBuffer(body))
            req.end(body);
        else if (!(body instanceof external_node_stream_.Readable))
            void writeLent(req, body.lent);
        else if (body.destroyed) {
            // Piping a stream that already ended in failure would wait for bytes that never come.
            req.destroy(body.errored ?? new Error('the body stream closed before it was sent'));
        }
        else {
            body.on('error', (error) => req.destroy(error));
            body.pipe(req);
        }
    });
}
/** Writes lent chunks one at a time (see LentBody), then ends the request; a failure destroys it. */
async function writeLent(req, chunks) {
    try {
        for await (const chunk of chunks) {
            if (req.destroyed)
                return;
            await new Promise((resolve, reject) => {
                // A request destroyed while this write waits in its queue may never call back: its close ends the wait.
                const closed = () => reject(new Error('the request closed while its body was being written'));
                req.once('close', closed);
                req.write(chunk, (error) => {
                    req.off('close', closed);
                    if (error)
                        reject(error);
                    else
                        resolve();
                });
            });
        }
        req.end();
    }
    catch (error) {
        req.destroy(error instanceof Error ? error : new Error(String(error)));
    }
}
/** Reads a whole (small) body, refusing more than `limit` bytes. */
async function readBody(response, limit, where) {
    const declared = Number(response.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
        response.body.destroy();
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: response of ${declared} bytes is above the ${limit}-byte limit.`);
    }
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.length;
        if (total > limit) {
            response.body.destroy();
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: response is above the ${limit}-byte limit.`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function drain(response) {
    try {
        for await (const _chunk of response.body) {
            // discard
        }
    }
    catch {
        // the connection is gone either way
    }
}
/** Retry-After as seconds or an HTTP date, in milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim()) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/**
 * Seven tries: at one failed request in five (a registry under load), a request still fails for
 * good about once in 80 000, so a promotion of a few dozen requests almost never does; a registry
 * that is down is given up on after about 12 s of backoff. Two silences: a registry that accepts the
 * connection and then says nothing is given up on after twice the idle time, not seven times.
 */
const DEFAULT_RETRY = { attempts: 7, baseDelayMs: 250, maxDelayMs: 8_000, silences: 2 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `fn` until it succeeds, retrying RetryableErrors with exponential backoff and full jitter
 * (or the server's Retry-After, capped at maxDelayMs). The final error says what was being done
 * and how many tries were made. `transient` marks other errors as worth another try too; the last
 * of those is thrown as it is (it names the registry's own answer).
 */
async function withRetry(what, policy, fn, transient = () => false) {
    let last;
    let tries = 0;
    let silences = 0;
    const silencesAllowed = policy.silences ?? DEFAULT_RETRY.silences ?? 2;
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        tries = attempt;
        try {
            return await fn(attempt);
        }
        catch (error) {
            const retryable = error instanceof RetryableError;
            if (!retryable && (!transient(error) || attempt === policy.attempts))
                throw error;
            if (retryable)
                last = error;
            if (error instanceof RegistrySilence && ++silences >= silencesAllowed)
                break;
            if (attempt === policy.attempts)
                break;
            const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
            const delay = retryable && error.retryAfterMs !== undefined
                ? Math.min(policy.maxDelayMs, error.retryAfterMs)
                : Math.round(backoff / 2 + (Math.random() * backoff) / 2);
            await sleep(delay);
        }
    }
    const silent = last instanceof RegistrySilence;
    throw new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `${what} failed after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${last?.message ?? 'unknown error'}`, {
        hint: silent
            ? 'The registry is not answering (hung, overloaded, or a proxy holding the connection); try again later. How long a registry may stay silent: --registry-timeout SECONDS (or ARTEFACTS_REGISTRY_TIMEOUT).'
            : 'The registry is unavailable or overloaded; try again later.',
        cause: last,
    });
}

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
    const home = env.HOME ?? (0,external_node_os_namespaceObject.homedir)();
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
    const { spawn } = childProcess();
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
                response = await send(form === undefined ? { method: 'GET', ...connection } : { method: 'POST', body: form, ...connection });
                if (isRetryableStatus(response.status) && attempt < 3) {
                    const wait = parseRetryAfter(response.headers['retry-after']) ?? 500 * attempt;
                    await readBody(response, 1 << 20, 'token').catch(() => undefined);
                    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 10_000)));
                    continue;
                }
                break;
            }
            catch (error) {
                // A silent token service is asked once more, as a silent registry is (RetryPolicy.silences).
                if (error instanceof RetryableError && attempt < (error instanceof RegistrySilence ? 2 : 3))
                    continue;
                throw error instanceof RetryableError
                    ? new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `Token service ${url.host}: ${error.message}`)
                    : error;
            }
        }
        const body = await readBody(response, 1 << 20, `token service ${url.host}`);
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

;// CONCATENATED MODULE: ./packages/core/src/oci/connection.ts
/**
 * How the registry client connects, from the environment, so that every command and action
 * (and the CLI's --ca-file, --client-cert, --client-key, --insecure-registry and --registry-timeout,
 * which set these) reaches an in-house registry the same way:
 *   ARTEFACTS_CA_FILE            PEM of a private CA, trusted in addition to the system's roots
 *   ARTEFACTS_CLIENT_CERT / _KEY PEM files of a client certificate, for registries that ask (mTLS)
 *   ARTEFACTS_INSECURE_REGISTRIES hosts (host or host:port; comma, space or newline between) spoken
 *                                to in plain HTTP, as Docker's insecure-registries
 *   ARTEFACTS_REGISTRY_TIMEOUT   seconds a registry may send nothing (no connection, no answer, no
 *                                byte of a body) before a request fails; default 120. Idle time, not
 *                                transfer time. A request is tried again after one such silence, not
 *                                after a second (http.ts: RetryPolicy.silences)
 * NODE_EXTRA_CA_CERTS works as well (Node reads it at start-up; it is kept when a CA file is added).
 * These are the administrator's choices, like NODE_EXTRA_CA_CERTS: the files may be anywhere.
 */




/** How a setting is named in messages: the flag it was given as, else its variable. */
function nameOf(variable, flags) {
    return flags[variable]?.flag ?? variable;
}
/** A setting as given: `--ca-file "ca.txt"` (the value as typed), else `ARTEFACTS_CA_FILE="/path"`. */
function shownSetting(variable, value, flags) {
    const flag = flags[variable];
    const typed = flag?.values[flag.values.length - 1];
    return flag !== undefined && typed !== undefined
        ? `${flag.flag} ${JSON.stringify(typed)}`
        : `${variable}=${JSON.stringify(value)}`;
}
/**
 * Why a file cannot be read, in words: Node's own message names a syscall, an errno and the path
 * resolved, not what is wrong with the setting.
 */
const UNREADABLE = {
    ENOENT: 'no such file',
    ENOTDIR: 'a part of the path is a file, not a directory',
    EISDIR: 'a directory, not a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'the path is too long for the file system',
};
function pemFile(env, name, kind, what, flags) {
    const file = env[name]?.trim();
    if (!file)
        return undefined;
    const shown = shownSetting(name, file, flags);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const why = UNREADABLE[error.code ?? ''] ?? (0,errors/* describeError */.Uc)(error);
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${shown}: cannot read it (${why}); expected a file of ${what} (PEM).`, {
            hint: `Give the path of ${what} (PEM).`,
            cause: error,
        });
    }
    if (!kind.test(text)) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${shown} is not ${what} in PEM.`, {
            hint: `Expected a file with a -----BEGIN ${kind === CERTIFICATE ? 'CERTIFICATE' : '... PRIVATE KEY'}----- block.`,
        });
    }
    return text;
}
/** The idle timeout in milliseconds, from a number of seconds above 0 (at most a day). */
function idleTimeout(env, flags) {
    const value = env.ARTEFACTS_REGISTRY_TIMEOUT?.trim();
    if (!value)
        return undefined;
    const secondsGiven = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(secondsGiven > 0 && secondsGiven <= 86_400)) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${shownSetting('ARTEFACTS_REGISTRY_TIMEOUT', value, flags)}: expected a number of seconds above 0 and at most 86400 (default ${DEFAULT_IDLE_TIMEOUT_MS / 1000}).`, { hint: 'How long a registry may send nothing (no answer, no byte of a body) before a request fails.' });
    }
    return Math.round(secondsGiven * 1000);
}
const CERTIFICATE = /-----BEGIN CERTIFICATE-----/;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
/**
 * Checks the connection settings before a command that may reach a registry does any work: a CA or
 * client certificate file that is missing, unreadable or not PEM, a bad host or timeout, fails there,
 * named as given, never later at the first request (nor never, where no registry is contacted).
 * Every such command's entry point calls it first (the CLI has checked its flags already, by name).
 * The files may be anywhere, as NODE_EXTRA_CA_CERTS: they are the administrator's, not path inputs.
 */
function checkConnectionSettings(env) {
    connectionFromEnv(env);
}
/**
 * The connection settings the environment asks for; empty when it asks for none. `flags` says which
 * of them the CLI's flags set, for messages.
 */
function connectionFromEnv(env, flags = {}) {
    if (env === undefined)
        return {};
    const ca = pemFile(env, 'ARTEFACTS_CA_FILE', CERTIFICATE, 'a CA certificate', flags);
    const cert = pemFile(env, 'ARTEFACTS_CLIENT_CERT', CERTIFICATE, 'a client certificate', flags);
    const key = pemFile(env, 'ARTEFACTS_CLIENT_KEY', PRIVATE_KEY, 'the client certificate’s private key', flags);
    if ((cert === undefined) !== (key === undefined)) {
        const [given, missing] = cert === undefined
            ? ['ARTEFACTS_CLIENT_KEY', 'ARTEFACTS_CLIENT_CERT']
            : ['ARTEFACTS_CLIENT_CERT', 'ARTEFACTS_CLIENT_KEY'];
        throw new errors/* ArtefactsError */.E('INPUT_MISSING', `${nameOf(given, flags)} is set but ${nameOf(missing, flags)} is not: a client certificate needs both.`);
    }
    const insecure = (env.ARTEFACTS_INSECURE_REGISTRIES ?? '').split(/[\s,]+/).filter((h) => h !== '');
    for (const host of insecure) {
        // The one host rule of references.ts (a port in range included).
        if ((0,references/* registryHostProblem */.r6)(host) !== undefined) {
            // The value the host came from, as typed: a flag's, else the variable's.
            const flag = flags.ARTEFACTS_INSECURE_REGISTRIES;
            const typed = flag?.values.find((v) => v.split(/[\s,]+/).includes(host));
            const where = flag !== undefined && typed !== undefined
                ? `${flag.flag} ${JSON.stringify(typed)}`
                : 'ARTEFACTS_INSECURE_REGISTRIES';
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${where}: ${JSON.stringify(host)} is not a registry host; expected host or host:port (no scheme, no path).`);
        }
    }
    const timeoutMs = idleTimeout(env, flags);
    const tls = ca || cert ? { ...(ca ? { ca } : {}), ...(cert ? { cert, key } : {}) } : undefined;
    return {
        ...(tls ? { tls } : {}),
        ...(insecure.length > 0 ? { plainHttp: insecure } : {}),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
    };
}

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
                const response = await send({
                    method: op.method,
                    url,
                    headers,
                    ...(this.settings.options.tls === undefined ? {} : { tls: this.settings.options.tls }),
                    ...(body === undefined ? {} : { body }),
                    ...(this.settings.options.timeoutMs === undefined ? {} : { timeoutMs: this.settings.options.timeoutMs }),
                });
                if (response.status === 401 && sameOrigin && !refreshed) {
                    await drain(response);
                    refreshed = true;
                    authorization = await this.auth.challenge(header(response, 'www-authenticate'), op.scopes);
                    // A streamed body is spent: let the caller's retry reopen it, now with fresh credentials.
                    if (body !== undefined && !Buffer.isBuffer(body)) {
                        throw new RetryableError(`${op.what}: credentials refreshed after 401`, 0, 401);
                    }
                    continue;
                }
                const location = header(response, 'location');
                if (op.follow === true && REDIRECTS.includes(response.status) && location !== undefined) {
                    await drain(response);
                    if (++hops > 5)
                        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${op.what}: more than 5 redirects.`);
                    url = new URL(location, url);
                    continue;
                }
                if (op.expect.includes(response.status))
                    return response;
                const answer = await readBody(response, 64 * 1024, op.what).catch(() => Buffer.alloc(0));
                if (isRetryableStatus(response.status)) {
                    throw new RetryableError(`${op.what}: HTTP ${response.status}`, parseRetryAfter(response.headers['retry-after']), response.status);
                }
                throw registryError(op.what, response.status, answer);
            }
        };
        return op.retry === false ? once() : withRetry(op.what, this.settings.retry, once);
    }
    /**
     * A request whose answer's body (at most `limit` bytes) is read within the same retry: a connection
     * that breaks in the middle of the body is tried again like one that breaks before the answer.
     */
    async requestBytes(op, limit) {
        const once = async () => {
            const response = await this.request({ ...op, retry: false });
            try {
                return { response, bytes: await readBody(response, limit, op.what) };
            }
            catch (error) {
                if (error instanceof errors/* ArtefactsError */.E || error instanceof RegistrySilence)
                    throw error;
                throw new RetryableError(`${op.what}: the answer broke off: ${(0,errors/* describeError */.Uc)(error)}`, undefined, undefined);
            }
        };
        return op.retry === false ? once() : withRetry(op.what, this.settings.retry, once);
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
    await drain(response);
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
    const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
    (0,external_node_stream_.pipeline)(response.body, verifier, () => undefined);
    return verifier;
}
async function putBlob(t, descriptor, source) {
    (0,references/* checkDigest */.H2)(descriptor.digest);
    const what = `uploading blob ${descriptor.digest} to ${t.location}`;
    const chunkSize = t.settings.options.chunkSize;
    const monolithic = chunkSize === undefined || descriptor.size <= chunkSize;
    await withRetry(what, t.settings.retry, async () => {
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
    await withRetry(what, t.settings.retry, async (attempt) => {
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
    await drain(response);
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
        await drain(response);
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
        if (!(error instanceof RegistrySilence))
            await cancel(t, session.location);
        // A source stream that broke mid-way (connection reset, aborted response) is worth another
        // try from a freshly opened source; our own verdicts (digest mismatch, auth, protocol) are not.
        if (!(error instanceof errors/* ArtefactsError */.E) && !(error instanceof RetryableError) && !Buffer.isBuffer(source)) {
            throw new RetryableError(`${what}: the source stream failed: ${(0,errors/* describeError */.Uc)(error)}`, undefined, undefined);
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
    if (raw instanceof VerifyingStream && raw.verifies(descriptor))
        return raw;
    const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
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
    await drain(response);
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
    await drain(response);
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
        await drain(response);
        const location = header(response, 'location');
        if (location !== undefined)
            session.location = new URL(location, session.location);
        const end = start + data.length;
        if (response.status === 202) {
            const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
            if (range !== null && end > 1 && Number(range[1]) + 1 !== end) {
                throw new RetryableError(`${what}: the registry holds ${Number(range[1]) + 1} bytes, expected ${end}`, undefined, undefined);
            }
            return end;
        }
        if (resumes >= 3)
            throw new RetryableError(`${what}: chunk at ${start} refused (416) ${resumes + 1} times`, undefined, 416);
        const held = await uploadedBytes(t, what, session);
        if (held < offset || held > end) {
            throw new RetryableError(`${what}: the session holds ${held} bytes, outside the chunk being sent`, undefined, 416);
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
    await drain(response);
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
const registry_referrers_sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
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
        void registry_referrers_drain(target, key, subject, waiting);
    }
    return done;
}
async function registry_referrers_drain(target, key, subject, waiting) {
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
            if (!(error instanceof RetryableError))
                throw error;
            lastProblem = error.message;
            failure = error;
            wrote = false;
            await registry_referrers_sleep(jitter(200 * round));
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
            mediaType: MEDIA.ociIndex,
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
            if (!(error instanceof RetryableError))
                throw error;
            // The write may or may not have landed: the read after the settle tells.
            lastProblem = error.message;
            failure = error;
        }
        const settle = Math.min(MAX_SETTLE_MS, STALE_MS + Math.max(MIN_LANDING_MS, 4 * (Date.now() - writeAt)));
        // The first settle is exact; once an entry was lost or a write failed, writers are contending.
        await registry_referrers_sleep(round === 1 ? settle : jitter(settle));
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
        headers: { accept: MANIFEST_ACCEPT },
        expect: [200, 404],
    }, MAX_MANIFEST_BYTES);
    if (response.status === 404)
        return [];
    const parsed = parseManifest(bytes, `referrers tag ${t.location}:${tag}`, header(response, 'content-type'));
    if (!isIndexMediaType(parsed.mediaType)) {
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
    const manifest = parseManifest(Buffer.from(JSON.stringify(index)), `referrers index ${tag}`);
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
    await drain(response);
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
            headers: { accept: MEDIA.ociIndex },
            expect: [200, 404, 400, 405],
        }, MAX_MANIFEST_BYTES);
        return response.status === 200 && header(response, 'content-type')?.split(';')[0]?.trim() === MEDIA.ociIndex;
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
    await drain(response);
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
        const { response, bytes } = await t.requestBytes({ what, method: 'GET', url, scopes: [t.pullScope], headers: { accept: MEDIA.ociIndex }, expect: [200, 404] }, MAX_MANIFEST_BYTES);
        if (response.status === 404) {
            native = page > 0;
            // A registry with the API may answer NAME_UNKNOWN for a repository that does not exist yet.
            if (page === 0 && !registryError(what, 404, bytes).registryCodes.includes('NAME_UNKNOWN'))
                learned = false;
            break;
        }
        const type = header(response, 'content-type')?.split(';')[0]?.trim();
        if (type !== MEDIA.ociIndex) {
            // Not a referrers API (some registries answer 200 with HTML): use the fallback tag.
            native = false;
            if (page === 0)
                learned = false;
            break;
        }
        if (page === 0)
            learned = true;
        const index = parseManifest(bytes, what).parsed;
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
    return media_isIndex(manifest.parsed) ? undefined : manifest.parsed.config.mediaType;
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
        const fromEnv = connectionFromEnv(options.env);
        this.options = {
            ...options,
            ...(options.tls === undefined && fromEnv.tls !== undefined ? { tls: fromEnv.tls } : {}),
            ...(options.plainHttp === undefined && fromEnv.plainHttp !== undefined ? { plainHttp: fromEnv.plainHttp } : {}),
            ...(options.timeoutMs === undefined && fromEnv.timeoutMs !== undefined ? { timeoutMs: fromEnv.timeoutMs } : {}),
        };
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
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
            scheme = speaksTls(host, Math.min(5_000, this.options.timeoutMs ?? 5_000)).then((yes) => yes ? 'https' : 'http');
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
            headers: { accept: MANIFEST_ACCEPT },
            expect: [200, 404],
        });
        await drain(response);
        if (response.status === 404)
            return undefined;
        const digest = header(response, 'docker-content-digest');
        const mediaType = header(response, 'content-type')?.split(';')[0]?.trim();
        const size = Number(header(response, 'content-length'));
        if (digest === undefined ||
            !(0,references/* isDigest */.Bc)(digest) ||
            mediaType === undefined ||
            !MANIFEST_MEDIA_TYPES.includes(mediaType) ||
            !Number.isFinite(size)) {
            // Some registries omit Docker-Content-Digest or send a generic type on HEAD: GET and hash the bytes.
            const manifest = await this.getManifest(reference);
            return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        }
        if ((0,references/* isDigest */.Bc)(reference) && digest !== reference) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry answered digest ${digest}.`);
        }
        checkManifestMediaType(mediaType, what);
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
            headers: { accept: MANIFEST_ACCEPT },
            expect: [200],
        }, MAX_MANIFEST_BYTES);
        const actual = sha256(bytes);
        if ((0,references/* isDigest */.Bc)(reference) && actual !== reference) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the bytes hash to ${actual}; refused.`);
        }
        const claimed = header(response, 'docker-content-digest');
        if (claimed !== undefined && claimed.startsWith('sha256:') && claimed !== actual) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: Docker-Content-Digest says ${claimed} but the bytes hash to ${actual}; refused.`);
        }
        return parseManifest(bytes, what, header(response, 'content-type'));
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
                const added = addToFallback(this, subject.digest, descriptorOf(manifest));
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
        const bare = parseManifest(Buffer.from(JSON.stringify(rest)), `${manifest.digest} without subject`);
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
        const added = addToFallback(this, subject, descriptorOf(bare));
        queued?.();
        await added;
        return { digest: bare.digest, referrerIndexed: true };
    }
    /** One manifest PUT (by digest, or under `tag`), its bytes checked first. */
    async sendManifest(manifest, options) {
        const target = options.tag ?? manifest.digest;
        this.checkReference(target);
        const what = `pushing manifest ${manifest.digest} to ${this.location}${options.tag === undefined ? '' : `:${options.tag}`}`;
        checkManifestMediaType(manifest.mediaType, what);
        if (manifest.bytes.length > MAX_MANIFEST_BYTES) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${what}: ${manifest.bytes.length} bytes is above the 4 MiB limit.`);
        }
        if (sha256(manifest.bytes) !== manifest.digest) {
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
        const response = await withRetry(what, BLOB_RELINK_RETRY, put, relinking);
        await drain(response);
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
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
const CONTAINER_CONFIGS = [MEDIA.ociConfig, MEDIA.dockerConfig];
/**
 * The platform a single-platform image's config names (`os`, `architecture`, `variant`), or
 * undefined when the manifest is no container image (an artefact's empty or own config) or its
 * config names none. A container config that is not JSON is refused (REGISTRY_PROTOCOL).
 */
async function configPlatform(store, manifest) {
    if (isIndex(manifest.parsed))
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
        if (error instanceof ArtefactsError)
            throw error;
        throw new ArtefactsError('REGISTRY_PROTOCOL', `${store.location}: image config ${config.digest} is not JSON.`, {
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
var src_paths = __nccwpck_require__(2109);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __nccwpck_require__(9594);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts

/**
 * The look every job summary shares: one header naming what the step did and the artefact it did it
 * to (a digest; for the versioning steps, which run before there is one, the version or tag), then a
 * link to the run (with its attempt), then the step's own table. The body's leading heading, if any,
 * becomes the header's title, so nothing the step said is lost.
 */
function jobSummary(title, subject, github, body) {
    const heading = /^\s*#{1,6} ([^\n]*)\n+/.exec(body);
    const rest = heading ? body.slice(heading[0].length) : body;
    const name = heading?.[1]?.trim() || title;
    const header = subject === '' || name.includes(subject) ? `### ${name}` : `### ${name} · \`${subject}\``;
    return `${header}\n\n${runLink(github)}\n\n${rest}`;
}
/** `[release #87](…/actions/runs/123/attempts/2)`, or a plain note outside GitHub Actions. */
function runLink(github) {
    if (github === undefined || github.runId === '' || github.repository === '')
        return 'Run outside GitHub Actions.';
    const attempt = github.runAttempt > 1 ? github.runAttempt : undefined;
    const label = `${github.workflow || 'workflow'} run #${github.runNumber || github.runId}${attempt ? `, attempt ${attempt}` : ''}`;
    return `[${label}](${(0,context/* runUrl */.Vp)(github)}${attempt ? `/attempts/${attempt}` : ''})`;
}
/** Applies jobSummary to an outcome. */
function withJobSummary(outcome, title, subject, github) {
    return { ...outcome, summary: jobSummary(title, subject, github, outcome.summary) };
}

;// CONCATENATED MODULE: ./packages/core/src/pin/sites.ts
/**
 * A place in a deployment descriptor that names an image (a site), and the text edits that pin it.
 * Every finder (YAML kinds, Dockerfile) reports sites the same way; edits are byte ranges of the
 * original text, so everything outside the rewritten value stays exactly as it was.
 */


/** Parses a reference found in a file; a variable, a layout or a bad reference is a problem, not a guess. */
function siteFor(kind, line, reference, pin) {
    const base = { kind, line, reference, pin };
    if (/\$|\{\{/.test(reference)) {
        return {
            ...base,
            ref: undefined,
            problem: 'the reference holds a variable (ARG, ${…} or a template), substituted later: not guessed',
        };
    }
    if (reference.startsWith('oci:'))
        return { ...base, ref: undefined, problem: 'an oci: layout is not deployable' };
    try {
        const ref = (0,references/* parseReference */.F2)(reference);
        if (ref.kind !== 'registry')
            return { ...base, ref: undefined, problem: 'not a registry reference' };
        return { ...base, ref, problem: undefined };
    }
    catch (error) {
        if ((0,errors/* isArtefactsError */.cs)(error))
            return { ...base, ref: undefined, problem: error.message };
        throw error;
    }
}
/** The reference written with its digest: `name:tag@digest`, the tag made explicit (`latest`) when absent. */
function pinnedText(written, ref, digest) {
    return ref.tag === undefined ? `${written}:latest@${digest}` : `${written}@${digest}`;
}
/** What is resolved for a reference: one key per registry, repository and tag (the digest left out). */
function tagKey(ref) {
    return (0,references/* formatReference */.FH)(ref, { tag: ref.tag ?? 'latest', digest: undefined });
}
/** The text with the edits applied (they never overlap: each rewrites its own value). */
function applyEdits(text, edits) {
    let out = text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    }
    return out;
}
/** 1-based line numbers of offsets in one text. */
function lineCounter(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/pin/dockerfile.ts
/**
 * Dockerfile (and Containerfile) `FROM [--platform=…] image[:tag] [AS name]` lines. A `FROM` that
 * names an earlier stage, or `scratch`, is no image; an image built from an ARG is reported as a
 * problem (its value is only known at build time), never guessed.
 */

const FROM = /^(\s*FROM\s+)((?:--\S+\s+)*)(\S+)(?:\s+AS\s+(\S+))?\s*$/i;
/** Whether a file name is a Dockerfile or Containerfile (`Dockerfile`, `Dockerfile.prod`, `app.Dockerfile`). */
function isDockerfileName(name) {
    return /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(name) || /\.(?:Dockerfile|Containerfile)$/i.test(name);
}
function dockerfileSites(text) {
    const lineOf = lineCounter(text);
    const stages = new Set();
    const sites = [];
    let offset = 0;
    for (const raw of text.split('\n')) {
        const lineStart = offset;
        offset += raw.length + 1;
        const m = FROM.exec(raw.replace(/\r$/, ''));
        if (m === null)
            continue;
        const image = m[3];
        const stage = m[4];
        const named = image.toLowerCase();
        if (named !== 'scratch' && !stages.has(named)) {
            const start = lineStart + m[1].length + m[2].length;
            sites.push(siteFor('dockerfile', lineOf(start), image, (ref, digest) => [
                { start, end: start + image.length, text: pinnedText(image, ref, digest) },
            ]));
        }
        if (stage !== undefined)
            stages.add(stage.toLowerCase());
    }
    return sites;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/pin/yaml.ts
/**
 * Image references in YAML descriptors, found through the `yaml` library's document tree (every
 * document of a multi-document file) and pinned by rewriting only the source range of the one
 * scalar that changes (or inserting one `digest:` line): comments, key order, quoting, blank lines
 * and `---` separators stay byte for byte.
 *
 * - any `image:` key with a string value: Kubernetes containers, initContainers and
 *   ephemeralContainers of every workload kind, compose `services.*.image`, and values files;
 * - a map with `repository` and `tag` (and optionally `registry`), Helm's values convention: when
 *   the map has a `digest` key (charts that support one), that key is set; otherwise the tag
 *   becomes `tag: <tag>@sha256:…` (a chart that renders `repository:tag` then renders a pinned
 *   reference);
 * - kustomization files' `images:` entries (name / newName / newTag / digest): `digest` is set
 *   beside `newTag`, as kustomize renders `name:newTag@digest`.
 */



function isYamlName(name) {
    return /\.ya?ml$/i.test(name);
}
/** The sites of a YAML file, or why the file cannot be read as YAML (a template, say). */
function yamlSites(text, file) {
    const parsed = (0,dist/* parseAllDocuments */.hR)(text);
    const docs = Array.isArray(parsed) ? parsed : [];
    const broken = docs.flatMap((d) => d.errors);
    if (broken.length > 0)
        return { sites: [], error: broken[0].message.split('\n')[0] };
    const lineOf = lineCounter(text);
    const sites = [];
    for (const doc of docs) {
        const kind = documentKind(doc, external_node_path_default().basename(file));
        if (kind === 'kustomize')
            sites.push(...kustomizeSites(text, doc, lineOf));
        (0,dist/* visit */.YR)(doc, {
            Map(_key, map) {
                const helm = helmSite(text, map, lineOf);
                if (helm !== undefined)
                    sites.push(helm);
            },
            Pair(_key, pair) {
                if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== 'image' || !(0,dist/* isScalar */.jn)(pair.value))
                    return;
                const node = pair.value;
                const written = asWritten(text, node);
                if (typeof node.value !== 'string' || written === undefined)
                    return;
                const at = node.range[0];
                sites.push(siteFor(kind === 'kustomize' ? 'yaml' : kind, lineOf(at), written, (ref, digest) => [
                    replaceScalar(text, node, pinnedText(written, ref, digest)),
                ]));
            },
        });
    }
    return { sites: sites.sort((a, b) => a.line - b.line) };
}
function documentKind(doc, base) {
    const top = doc.contents;
    if (/^kustomization\.ya?ml$/i.test(base) || ((0,dist/* isMap */.jh)(top) && top.get('kind') === 'Kustomization'))
        return 'kustomize';
    if ((0,dist/* isMap */.jh)(top) && top.has('apiVersion') && top.has('kind'))
        return 'kubernetes';
    if (/compose/i.test(base) && (0,dist/* isMap */.jh)(top) && (0,dist/* isMap */.jh)(top.get('services')))
        return 'compose';
    if ((0,dist/* isMap */.jh)(top) && (0,dist/* isMap */.jh)(top.get('services')) && !top.has('apiVersion'))
        return 'compose';
    if (/^values.*\.ya?ml$/i.test(base))
        return 'helm';
    return 'yaml';
}
/** The scalar's value as written: a plain scalar's source text (`1.10` stays `1.10`), a quoted one's value. */
function asWritten(text, node) {
    const [start, end] = node.range ?? [0, 0];
    if (node.type === 'PLAIN')
        return text.slice(start, end);
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        return String(node.value);
    return undefined;
}
/** Rewrites one scalar in its own quoting style. An empty (null) value gets one written after its key. */
function replaceScalar(text, node, value) {
    const [start, end] = node.range;
    if (start === end) {
        // An empty value sits right after its `:` (block) or where the next flow indicator is (`digest: }`).
        const before = text[start - 1] === ':' ? ' ' : '';
        const after = /[,}\]]/.test(text[start] ?? '') ? ' ' : '';
        return { start, end, text: `${before}${value}${after}` };
    }
    if (node.type === 'QUOTE_DOUBLE')
        return { start, end, text: JSON.stringify(value) };
    if (node.type === 'QUOTE_SINGLE')
        return { start, end, text: `'${value.replace(/'/g, "''")}'` };
    return { start, end, text: value };
}
function scalarAt(map, key) {
    const node = map.get(key, true);
    return (0,dist/* isScalar */.jn)(node) ? node : undefined;
}
/** A value to use: undefined when the key is absent or its value is null or empty. */
function given(text, node) {
    if (node === undefined || node.value === null)
        return undefined;
    const value = asWritten(text, node);
    return value === '' ? undefined : value;
}
function helmSite(text, map, lineOf) {
    const repository = scalarAt(map, 'repository');
    const tagNode = scalarAt(map, 'tag');
    if (repository === undefined || typeof repository.value !== 'string' || !map.has('tag'))
        return undefined;
    const registry = given(text, scalarAt(map, 'registry'));
    const digestNode = scalarAt(map, 'digest');
    const digest = given(text, digestNode);
    const tag = given(text, tagNode);
    const name = `${registry === undefined ? '' : `${registry}/`}${given(text, repository) ?? ''}`;
    const reference = `${name}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
    const line = lineOf(repository.range[0]);
    const pin = (_ref, d) => digestNode !== undefined ? [replaceScalar(text, digestNode, d)] : [replaceScalar(text, tagNode, `${tag}@${d}`)];
    const site = siteFor('helm', line, reference, pin);
    if (tag === undefined && digest === undefined) {
        return { ...site, problem: "an empty tag (the chart's default, often its appVersion): set the tag to pin it" };
    }
    return site;
}
/** kustomization `images:` entries. */
function kustomizeSites(text, doc, lineOf) {
    const top = doc.contents;
    const images = (0,dist/* isMap */.jh)(top) ? top.get('images') : undefined;
    if (!(0,dist/* isSeq */.oP)(images))
        return [];
    const sites = [];
    for (const item of images.items) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        const nameNode = scalarAt(item, 'name');
        const name = given(text, scalarAt(item, 'newName')) ?? given(text, nameNode);
        if (nameNode === undefined || name === undefined)
            continue;
        const tagNode = scalarAt(item, 'newTag');
        const tag = given(text, tagNode);
        const digestNode = scalarAt(item, 'digest');
        const digest = given(text, digestNode);
        const reference = `${name}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
        const pin = (_ref, d) => {
            if (digestNode !== undefined)
                return [replaceScalar(text, digestNode, d)];
            const pair = item.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'newTag');
            const key = pair.key;
            if (item.flow)
                return [{ start: tagNode.range[1], end: tagNode.range[1], text: `, digest: ${d}` }];
            // A new line after newTag's line (after any comment on it), at newTag's column.
            const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
            const newline = text.indexOf('\n', tagNode.range[1]);
            const eol = newline < 0 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
            const ending = text[eol] === '\r' ? '\r\n' : '\n';
            const indent = ' '.repeat(key.range[0] - lineStart);
            return [{ start: eol, end: eol, text: `${ending}${indent}digest: ${d}` }];
        };
        const site = siteFor('kustomize', lineOf(nameNode.range[0]), reference, pin);
        if (tag === undefined && digest === undefined) {
            sites.push({
                ...site,
                problem: 'no newTag: the tag comes from the manifests it applies to (pin those, or set newTag)',
            });
        }
        else
            sites.push(site);
    }
    return sites;
}

;// CONCATENATED MODULE: ./packages/core/src/pin/files.ts
/**
 * The files `pin` reads: each path input is a file, a directory (walked, without .git and
 * node_modules) or a glob, and every file found resolves inside the workspace (symbolic links
 * followed) unless `paths` is let out. Files are rewritten together or not at all: each to a temporary
 * file beside it, then all renamed, each with the original's mode.
 */







const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const INPUT = 'paths';
function formatOf(name) {
    const base = external_node_path_default().basename(name);
    if (isDockerfileName(base))
        return 'dockerfile';
    if (isYamlName(base))
        return 'yaml';
    return undefined;
}
async function walk(ws, dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRECTORIES.has(entry.name))
                await walk(ws, full, out);
        }
        else if ((entry.isFile() || entry.isSymbolicLink()) && formatOf(entry.name) !== undefined) {
            // A link found by the walk is checked like an input: it may not lead out of the workspace.
            out.push((0,src_paths/* inWorkspace */.ve)(ws, INPUT, external_node_path_default().relative(ws.root, full)));
        }
    }
}
/**
 * A failure on a file or directory found for `given` (absent, not readable, not writable): that item's,
 * naming it, what pin expected of it and the path that failed.
 */
function pinPathError(ws, given, expected, error, at) {
    return (0,src_paths/* pathInputError */.GE)(ws.root, INPUT, given, expected, error, at);
}
/** Every file the path inputs name, in input order then walk order, each once. */
async function pinFiles(ws, paths) {
    const found = new Map();
    for (const given of paths) {
        const matches = /[*?[{]/.test(given) ? await (0,src_paths/* workspaceGlob */.uy)(ws, INPUT, given) : [(0,src_paths/* inWorkspace */.ve)(ws, INPUT, given)];
        if (matches.length === 0)
            throw (0,errors/* inputError */.Xu)(INPUT, given, 'a glob that matches at least one file or directory');
        const files = [];
        for (const match of matches) {
            let directory;
            try {
                directory = (await (0,promises_.stat)(match)).isDirectory();
            }
            catch (error) {
                const expected = 'files, directories or globs that exist in the workspace';
                throw (0,src_paths/* isPathFailure */.yQ)(error) ? pinPathError(ws, given, expected, error) : (0,errors/* inputError */.Xu)(INPUT, given, expected);
            }
            if (directory) {
                try {
                    await walk(ws, match, files);
                }
                catch (error) {
                    throw pinPathError(ws, given, 'readable directories', error);
                }
                continue;
            }
            if (formatOf(match) !== undefined)
                files.push(match);
            else if (match === external_node_path_default().resolve(ws.root, given)) {
                throw (0,errors/* inputError */.Xu)(INPUT, given, 'YAML files (.yaml, .yml), Dockerfiles (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile) or directories');
            }
        }
        for (const file of files)
            if (!found.has(file))
                found.set(file, given);
    }
    return [...found].map(([file, given]) => ({
        path: file,
        name: external_node_path_default().relative(ws.root, file).split((external_node_path_default()).sep).join('/'),
        format: formatOf(file),
        given,
    }));
}
/**
 * Writes every rewritten file, or none ({@link writeFilesTogether}): each to a temporary file beside
 * it, then all renamed, each keeping its mode. A symbolic link (already checked against the
 * workspace) stays a link: its target is what is rewritten. A failure (a file or its directory not
 * writable) is the `paths` item's that found it, and leaves every file as it was.
 */
async function writePinned(ws, rewritten) {
    const byPath = new Map(rewritten.map(({ file }) => [file.path, file]));
    await writeFilesTogether(rewritten.map(({ file, text }) => ({ path: file.path, content: text, throughLink: true })), (error, { file, at }) => {
        const pinned = byPath.get(file.path);
        if (!(0,src_paths/* isPathFailure */.yQ)(error)) {
            return new errors/* ArtefactsError */.E('IO_FAILED', `Writing ${pinned.path}: ${(0,errors/* describeError */.Uc)(error)}`, { cause: error });
        }
        return pinPathError(ws, pinned.given, 'files pin can rewrite (a temporary file beside each, then a rename)', error, at);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/pin/report.ts
const isPinned = (e) => e.status === 'pinned' || e.status === 'resolved';
const cell = (text) => `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ');
function describe(e) {
    const what = e.status === 'unresolved'
        ? `unresolved: ${oneLine(e.reason ?? '')}`
        : e.status === 'unpinned'
            ? `not pinned (${e.digest} now)`
            : `${e.status === 'pinned' ? 'pinned' : 'pinned now'} ${e.digest}`;
    return `${e.file}:${e.line} ${e.kind} ${e.reference} ${what}`;
}
/**
 * The share pinned by digest, as a percentage of every reference found (unresolved ones count as
 * not pinned; with none found, 100: nothing is unpinned), rounded down to one decimal so that a
 * share just under a threshold is never shown as reaching it.
 */
function share(entries) {
    if (entries.length === 0)
        return 100;
    return Math.floor((entries.filter(isPinned).length * 1000) / entries.length) / 10;
}
function pinReport(result) {
    const { entries } = result;
    const pinnedShare = share(entries);
    const shareText = String(pinnedShare);
    const pinned = entries.filter(isPinned).length;
    const lines = entries.map(describe);
    const totals = `${pinned} of ${entries.length} image reference(s) pinned by digest (${shareText}%)`;
    lines.push(result.check ? `${totals}; min-pinned ${result.minPinned}%.` : `${totals}.`);
    for (const s of result.skipped)
        lines.push(`skipped ${s.file}: ${oneLine(s.reason)}`);
    const notPinned = entries
        .filter((e) => !isPinned(e))
        .map((e) => `  ${describe(e)}`)
        .join('\n');
    const table = [
        '| Reference | Where | Kind | Pinned | Digest |',
        '| --- | --- | --- | --- | --- |',
        ...entries.map((e) => `| ${cell(e.reference)} | ${cell(`${e.file}:${e.line}`)} | ${e.kind} | ${e.status === 'pinned'
            ? 'yes'
            : e.status === 'resolved'
                ? 'now'
                : e.status === 'unpinned'
                    ? 'no'
                    : 'unresolved'} | ${e.digest ? cell(e.digest) : oneLine(e.reason ?? '')} |`),
    ];
    const skippedText = result.skipped.length === 0
        ? ''
        : `\nNot read as YAML (skipped): ${result.skipped.map((s) => cell(s.file)).join(', ')}.\n`;
    const summary = [
        `### ${result.check ? 'Digest pinning check' : 'Image references pinned by digest'}`,
        '',
        `${totals}${result.check ? `; min-pinned ${result.minPinned}%` : ''}.`,
        '',
        ...(entries.length > 0 ? table : ['No image references found.']),
        skippedText,
    ].join('\n');
    const changed = entries.filter((e) => e.status === 'resolved');
    const left = entries.filter((e) => e.status === 'unresolved');
    const pullRequestBody = [
        '### Pin image references by digest',
        '',
        'Each tag below was resolved once and the reference now names the digest it pointed at',
        '(`name:tag@sha256:…`), so a deployment runs exactly the image that was tested, whatever the tag',
        'is moved to later. Comments and formatting of the files are unchanged.',
        '',
        '| Reference | Where | Digest |',
        '| --- | --- | --- |',
        ...changed.map((e) => `| ${cell(e.reference)} | ${cell(`${e.file}:${e.line}`)} | ${cell(e.digest)} |`),
        '',
        `${totals}.`,
        ...(left.length > 0
            ? [
                '',
                'Left as they are (could not be resolved):',
                '',
                ...left.map((e) => `- ${cell(`${e.file}:${e.line}`)} ${cell(e.reference)}: ${oneLine(e.reason ?? '')}`),
            ]
            : []),
        '',
    ].join('\n');
    return {
        share: pinnedShare,
        shareText,
        lines,
        notPinned,
        summary,
        pullRequestBody: changed.length > 0 ? pullRequestBody : '',
        json: {
            check: result.check,
            minPinned: result.minPinned,
            share: pinnedShare,
            pinned,
            total: entries.length,
            changedFiles: result.changedFiles,
            references: entries,
            skipped: result.skipped,
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/pin/run.ts
/**
 * `artefacts pin PATHS` and the pin action: every image reference in Kubernetes manifests,
 * kustomizations, Helm values, compose files and Dockerfiles found, each distinct tag resolved once
 * (bounded concurrency, the suite's registry client and credentials), and the references rewritten
 * to `name:tag@sha256:…` in place. With `check`, nothing is written: the share already pinned is
 * measured against `min-pinned`.
 *
 * A reference that cannot be resolved (a variable, an unreachable registry, a missing tag) is
 * reported with the reason and fails the run before any file is written, unless `allow-unresolved`.
 */













/** Tags resolved at once: small HEAD requests, bounded so a descriptor with hundreds of images stays polite. */
const RESOLVE_CONCURRENCY = 8;
async function findSites(ws, files, environment) {
    const found = [];
    const skipped = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(file.path, 'utf8');
        }
        catch (error) {
            throw pinPathError(ws, file.given, 'readable files', error);
        }
        if (file.format === 'dockerfile') {
            found.push({ file, text, sites: dockerfileSites(text) });
            continue;
        }
        const { sites, error } = yamlSites(text, file.path);
        if (error !== undefined) {
            environment.logger.warning(`${file.name}: not read as YAML (${error}); skipped.`);
            skipped.push({ file: file.name, reason: error });
        }
        else
            found.push({ file, text, sites });
    }
    return { found, skipped };
}
/** Resolves each distinct key once (a tag, or with verify-pinned a digest), through one store per repository. */
function resolver(inputs, environment) {
    const stores = new Map();
    const store = (ref) => {
        const key = `${ref.registry}/${ref.repository}`;
        let opened = stores.get(key);
        if (opened === undefined) {
            // Explicit credentials go to the registry they were given for, never to another the files name.
            const ours = ref.registry === inputs.credentialsRegistry;
            opened = storeFromInputs(ref, ours ? inputs : { ...inputs, registryUsername: undefined, registryPassword: undefined }, environment);
            stores.set(key, opened);
        }
        return opened;
    };
    return async (ref, target) => {
        try {
            const descriptor = await store(ref).resolve(target);
            if (descriptor === undefined)
                return { problem: `${target} not found in ${ref.registry}/${ref.repository}` };
            return { digest: descriptor.digest };
        }
        catch (error) {
            return { problem: (0,errors/* describeError */.Uc)(error) };
        }
    };
}
async function runPin(inputs, environment) {
    checkConnectionSettings(environment.env);
    const ws = (0,src_paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    const files = await pinFiles(ws, inputs.paths);
    const { found, skipped } = await findSites(ws, files, environment);
    // What to ask the registries: each tag once; each pinned digest once when asked to verify them.
    const wanted = new Map();
    for (const { sites } of found) {
        for (const site of sites) {
            if (site.ref === undefined)
                continue;
            if (site.ref.digest === undefined)
                wanted.set(tagKey(site.ref), { ref: site.ref, target: site.ref.tag ?? 'latest' });
            else if (inputs.verifyPinned)
                wanted.set((0,references/* formatReference */.FH)(site.ref), { ref: site.ref, target: site.ref.digest });
        }
    }
    const resolve = resolver(inputs, environment);
    const keys = [...wanted.keys()];
    environment.logger.info(`${keys.length} distinct reference(s) to ask the registries about.`);
    const answers = await mapPool(keys, RESOLVE_CONCURRENCY, (key) => resolve(wanted.get(key).ref, wanted.get(key).target));
    const resolved = new Map(keys.map((key, i) => [key, answers[i]]));
    const entries = [];
    const edits = new Map();
    for (const item of found) {
        for (const site of item.sites) {
            const base = { file: item.file.name, line: site.line, kind: site.kind, reference: site.reference };
            if (site.ref === undefined) {
                entries.push({ ...base, status: 'unresolved', reason: site.problem });
                continue;
            }
            if (site.ref.digest !== undefined) {
                const check = inputs.verifyPinned ? resolved.get((0,references/* formatReference */.FH)(site.ref)) : undefined;
                if (check !== undefined && 'problem' in check) {
                    entries.push({ ...base, status: 'unresolved', digest: site.ref.digest, reason: check.problem });
                }
                else
                    entries.push({ ...base, status: 'pinned', digest: site.ref.digest });
                continue;
            }
            const answer = resolved.get(tagKey(site.ref));
            if ('problem' in answer) {
                entries.push({ ...base, status: 'unresolved', reason: answer.problem });
                continue;
            }
            entries.push({ ...base, status: inputs.check ? 'unpinned' : 'resolved', digest: answer.digest });
            if (!inputs.check)
                edits.set(item, [...(edits.get(item) ?? []), ...site.pin(site.ref, answer.digest)]);
        }
    }
    const result = {
        check: inputs.check,
        minPinned: inputs.minPinned,
        entries,
        changedFiles: inputs.check ? [] : [...edits.keys()].map((item) => item.file.name),
        skipped,
    };
    const report = pinReport(result);
    const unresolved = entries.filter((e) => e.status === 'unresolved');
    // Every reference in the log first, so a failing check still shows the whole picture.
    for (const line of report.lines)
        environment.logger.info(line);
    if (inputs.check) {
        if (report.share < inputs.minPinned) {
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `${report.shareText}% of ${entries.length} image reference(s) are pinned by digest, below min-pinned ${inputs.minPinned}%:\n${report.notPinned}`, { hint: 'Run `artefacts pin <paths>` (or the pin action without check) to pin them, then commit the change.' });
        }
    }
    else {
        if (unresolved.length > 0 && !inputs.allowUnresolved) {
            throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${unresolved.length} image reference(s) could not be resolved; no file was changed:\n${report.notPinned}`, { hint: 'Fix the references or the registry access, or set allow-unresolved to pin the rest and leave these.' });
        }
        // All files or none: a file that cannot be written leaves the others unpinned too.
        await writePinned(ws, [...edits].map(([item, fileEdits]) => ({ file: item.file, text: applyEdits(item.text, fileEdits) })));
    }
    return withJobSummary({
        outputs: {
            report: report.lines.join('\n'),
            'changed-files': result.changedFiles.join('\n'),
            'pull-request-body': inputs.check ? '' : report.pullRequestBody,
            'pinned-share': report.shareText,
            json: JSON.stringify(report.json),
        },
        summary: report.summary,
    }, inputs.check ? 'Digest pinning check' : 'Image references pinned by digest', `${report.shareText}% pinned`, environment.github);
}

// EXTERNAL MODULE: ./actions/shared/src/runner.ts + 2 modules
var runner = __nccwpck_require__(3906);
;// CONCATENATED MODULE: ./actions/pin/src/main.ts


async function run(inputs) {
    return runPin(inputs, (0,runner/* actionEnvironment */.qu)());
}


/***/ }),

/***/ 3906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qu: () => (/* binding */ actionEnvironment),
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: actionLogger

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(2575);
;// CONCATENATED MODULE: ./packages/core/src/log.ts
/** A line a runner would read as a workflow command: `::` first, after any leading whitespace. */
const COMMAND_LINE = /^\s*::/m;
/**
 * A message for a log that a GitHub runner reads, with every line that would start a workflow command
 * (`::warning::…`, `::add-mask::…`, `::set-env …`) made inert: such a message is wrapped in the
 * runner's own `::stop-commands::<token>` … `::<token>::` pair, under a token it cannot guess, so its
 * lines are shown as they are. A message with no such line is returned unchanged. Inputs are one line
 * each (inputs.ts), but a line may still start with one: a file name, a commit subject, a report row.
 */
function inertToRunner(message, token) {
    if (!COMMAND_LINE.test(message))
        return message;
    const t = token();
    return `::stop-commands::${t}\n${message}\n::${t}::`;
}
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    secret: () => undefined,
    group: (_title, fn) => fn(),
};
/** A logger that records every line, for tests and for summaries. */
function memoryLogger() {
    const lines = [];
    const push = (level) => (message) => void lines.push({ level, message });
    return {
        lines,
        debug: push('debug'),
        info: push('info'),
        notice: push('notice'),
        warning: push('warning'),
        secret: () => undefined,
        group: async (title, fn) => {
            lines.push({ level: 'group', message: title });
            return fn();
        },
    };
}
/**
 * A logger whose lines are held until `release()`, then written to `target` in order, and every
 * later line straight away: work that runs alongside other work keeps its lines together.
 */
function heldLogger(target) {
    let live = false;
    const held = [];
    const line = (level) => (message) => {
        if (live)
            target[level](message);
        else
            held.push({ level, message });
    };
    return {
        debug: line('debug'),
        info: line('info'),
        notice: line('notice'),
        warning: line('warning'),
        secret: (value) => target.secret(value),
        // Nested groups are not shown: the held lines are already inside the caller's group.
        group: (_title, fn) => fn(),
        release() {
            live = true;
            for (const { level, message } of held.splice(0))
                target[level](message);
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __nccwpck_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./actions/shared/src/runner.ts
/**
 * The one place that speaks the runner's command protocol for every action: a Logger backed by
 * @actions/core, output writing, the job summary, and the failure convention
 * (`::error title=<action>::<message>` plus the hint, exit 1, no stack unless step debug is on).
 */




// An action is a short-lived process. A loop that gets hot enough for on-stack replacement is then
// better compiled on the main thread: compiled on a V8 worker, its zone and that thread's malloc
// arena add ~7 MiB to peak RSS in about half the runs (build-tag over 2k tags: 58 or 65 MiB,
// bench/versioning), for no gain a step would notice.
(0,external_node_v8_namespaceObject.setFlagsFromString)('--no-concurrent-osr');
/** A token for `::stop-commands::` nobody can put in a message beforehand. */
const stopToken = () => (0,external_node_crypto_.randomUUID)();
const actionLogger = {
    debug: (message) => core/* debug */.Yz(message),
    // The one level written as plain lines (the others are commands whose data the runner escapes): a
    // line of it that starts with `::` would be a workflow command, unless made inert.
    info: (message) => core/* info */.pq(inertToRunner(message, stopToken)),
    notice: (message) => core/* notice */.lm(message),
    warning: (message) => core/* warning */.$e(message),
    secret: (value) => {
        if (value !== '')
            core/* setSecret */.Pq(value);
    },
    group: (title, fn) => core/* group */.Os(title, fn),
};
/**
 * Where an action runs: the runner starts it in GITHUB_WORKSPACE, with the run's context in the
 * environment. The workspace is also where every path input must stay (packages/core/src/paths.ts).
 */
function actionEnvironment() {
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
    return { cwd, env: process.env, logger: actionLogger, github: (0,context/* readGitHubContext */.L7)(process.env) };
}
/** Runs an action's body with the failure convention applied. */
async function runAction(title, body) {
    try {
        const result = await body();
        for (const [name, value] of Object.entries(result.outputs))
            core/* setOutput */.uH(name, value);
        for (const [name, value] of Object.entries(result.env ?? {}))
            core/* exportVariable */.dN(name, value);
        if (result.summary !== undefined && process.env.GITHUB_STEP_SUMMARY) {
            await core/* summary */.z.addRaw(result.summary, true).write();
        }
        if (result.failure !== undefined)
            throw result.failure;
    }
    catch (error) {
        const message = (0,errors/* isArtefactsError */.cs)(error) ? error.message : `Unexpected failure: ${(0,errors/* describeError */.Uc)(error)}`;
        const hint = (0,errors/* isArtefactsError */.cs)(error)
            ? error.hint
            : 'This is a bug in immutable-artefacts; please report it with the debug log.';
        core/* error */.z3(hint === undefined ? message : `${message}\n${hint}`, { title });
        if (core/* isDebug */._o() && error instanceof Error && error.stack !== undefined)
            core/* debug */.Yz(error.stack);
        process.exitCode = 1;
    }
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ArtefactsError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   cs: () => (/* binding */ isArtefactsError)
/* harmony export */ });
/* unused harmony exports documentError, jsonSyntaxError */
class ArtefactsError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ArtefactsError';
        this.code = code;
        this.hint = options.hint;
    }
}
/** Bad input, named: which input, what was given, what is accepted. */
function inputError(input, given, accepted, hint) {
    const shown = given.length > 200 ? `${given.slice(0, 200)}…` : given;
    return new ArtefactsError('INPUT_INVALID', `Input '${input}': got ${JSON.stringify(shown)}; expected ${accepted}.`, {
        ...(hint === undefined ? {} : { hint }),
    });
}
/**
 * Bad input in a document ({@link inputError}): a file is shown by its path as given, never by its
 * content (which may be large or secret); a document given inline is shown as given.
 */
function documentError(source, text, accepted, hint) {
    return inputError(source.input, source.path ?? text, accepted, hint);
}
/**
 * Why JSON.parse refused a text, without the excerpt of the text V8 quotes (`Unexpected token 'o',
 * "not json" is not valid JSON`): the position and the token stay, the content does not.
 */
function jsonSyntaxError(error) {
    return describeError(error).replace(/, "[\s\S]*" is not valid JSON$/, ' (not valid JSON)');
}
function isArtefactsError(error) {
    return error instanceof ArtefactsError;
}
/** Turns anything thrown into a message, without swallowing non-Error throws. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 9594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   Vp: () => (/* binding */ runUrl)
/* harmony export */ });
/* unused harmony exports readRunContext, parseWorkflowRef */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);


/** The run context from the runner's GITHUB_* variables alone (no event, no payload needed). */
function readRunContext(env) {
    return {
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: positive(env.GITHUB_RUN_ATTEMPT),
        workflow: env.GITHUB_WORKFLOW ?? '',
        actor: env.GITHUB_ACTOR ?? '',
    };
}
/** Returns undefined when not running under GitHub Actions (no GITHUB_ACTIONS / GITHUB_EVENT_NAME). */
function readGitHubContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (!eventName)
        return undefined;
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GITHUB_CONTEXT', `Cannot read the event payload at GITHUB_EVENT_PATH=${path}.`, {
                cause: error,
            });
        }
    }
    const run = readRunContext(env);
    const repository = env.GITHUB_REPOSITORY ?? repoFromPayload(payload) ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    return {
        eventName,
        payload,
        sha: run.sha,
        ref: run.ref,
        refName: env.GITHUB_REF_NAME ?? '',
        headRef: env.GITHUB_HEAD_REF ?? '',
        baseRef: env.GITHUB_BASE_REF ?? '',
        repository,
        owner,
        repo,
        runId: run.runId,
        runNumber: positive(env.GITHUB_RUN_NUMBER),
        runAttempt: run.runAttempt,
        serverUrl: run.serverUrl,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        workflow: run.workflow,
        job: env.GITHUB_JOB ?? '',
        actor: run.actor,
        pullRequest: pullRequestFacts(payload),
    };
}
function positive(raw) {
    const n = Number(raw);
    return Number.isInteger(n) && n > 0 ? n : 0;
}
function repoFromPayload(payload) {
    const repository = payload.repository;
    return typeof repository?.full_name === 'string' ? repository.full_name : undefined;
}
function pullRequestFacts(payload) {
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const head = (pr.head ?? {});
    const base = (pr.base ?? {});
    const labels = Array.isArray(pr.labels)
        ? pr.labels.map((l) => l.name).filter((n) => typeof n === 'string')
        : [];
    const headRepo = head.repo?.full_name;
    const baseRepo = base.repo?.full_name;
    return {
        number: pr.number,
        headSha: head.sha ?? '',
        headRef: head.ref ?? '',
        baseRef: base.ref ?? '',
        baseSha: base.sha ?? '',
        labels,
        isFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    };
}
/** The link to this run, for summaries and records. */
function runUrl(context) {
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}
/**
 * Splits `owner/repo/.github/workflows/file.yml@<ref>`. A git ref may itself contain `@`
 * (`refs/tags/@scope/pkg@1.4.0`), so the split is at the first `@` after the workflow file's
 * name, never the last `@`. Every place that reads a workflow ref goes through here.
 */
function parseWorkflowRef(value) {
    const [owner = '', repo = ''] = value.split('/', 2);
    const marker = value.indexOf('/.github/workflows/');
    // The file name ends at the first '@' after the workflows directory (file names carry no '@').
    const from = marker < 0 ? `${owner}/${repo}`.length : marker + '/.github/workflows/'.length;
    const at = value.indexOf('@', from);
    const location = at < 0 ? value : value.slice(0, at);
    return {
        repository: `${owner}/${repo}`,
        path: location.slice(`${owner}/${repo}/`.length),
        ref: at < 0 ? '' : value.slice(at + 1),
    };
}


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ credentialPair),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports hasControlCharacter, text, required, optionalBlock, optionalKey, booleanWord, booleanOrAuto, integer, oneOf, regex, sourceDateEpoch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

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
 * Refuses a single value that holds a newline or another control character. Such a value becomes a
 * file name, a tag, an output value or a log line: a newline would split a list output
 * (`sbom-paths`) or a `key=value` line in two, start a line of the log the runner reads as a
 * workflow command (`::warning::…`), and make a file name a trap for every script that reads it.
 * Returns the value. {@link text}, {@link optionalText}, {@link required} and {@link list} apply it.
 */
function plainValue(input, value) {
    if (hasControlCharacter(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, value, 'a value without newlines, tabs or other control characters', 'A single value is one line, given once; each item of a list input goes on its own line.');
    }
    return value;
}
/** A single-value input, trimmed: one line without control characters ('' when not given). */
function text(get, name) {
    return plainValue(name, get(name).trim());
}
/** A single-value input, trimmed: one line without control characters, or undefined when not given. */
function optionalText(get, name) {
    const value = text(get, name);
    return value === '' ? undefined : value;
}
/** A single-value input that must be given: one line without control characters. */
function required(get, name) {
    const value = text(get, name);
    if (value === '')
        throw inputError(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
    return value;
}
/**
 * An input that may span lines by design, trimmed, or undefined when not given: PEM text, a JSON
 * predicate, a secret (a token, a password). Never echoed in a message: it may be a secret.
 */
function optionalBlock(get, name) {
    const value = get(name).trim();
    return value === '' ? undefined : value;
}
/**
 * A key input: PEM text (any number of lines), `keyless` where the input takes it, or the path of a
 * key file, which is one line without control characters like every path. The value is not echoed:
 * it may be a private key pasted without its BEGIN line.
 */
function optionalKey(get, name) {
    const value = optionalBlock(get, name);
    if (value !== undefined && !value.includes('-----BEGIN') && hasControlCharacter(value)) {
        throw inputError(name, '(more than one line, not a PEM key)', 'PEM text (-----BEGIN …), or the path of a key file on one line without control characters');
    }
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
/** A true/false word, or `auto` (also when empty): for an input whose default is decided at run time. */
function booleanOrAuto(get, name) {
    const raw = get(name).trim();
    if (raw === '' || raw.toLowerCase() === 'auto')
        return 'auto';
    const value = booleanWord(raw);
    if (value === undefined)
        throw inputError(name, raw, 'true, false or auto');
    return value;
}
function integer(get, name, options = {}) {
    const raw = get(name).trim();
    if (raw === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw inputError(name, raw, 'a whole number');
    }
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw inputError(name, raw, `a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}
function oneOf(get, name, accepted, fallback) {
    const raw = get(name).trim();
    if (raw === '' && fallback !== undefined)
        return fallback;
    const found = accepted.find((a) => a === raw.toLowerCase());
    if (found === undefined)
        throw inputError(name, raw, `one of ${accepted.join(', ')}`);
    return found;
}
/** A list: one item per line, or comma-separated; blank items and `#` comments dropped. */
function list(get, name, options = {}) {
    return splitList(get(name), options.comma ?? true).map((item) => plainValue(name, item));
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
    const raw = text(get, name);
    if (raw === '')
        return undefined;
    try {
        return new RegExp(raw, 'u');
    }
    catch (error) {
        throw inputError(name, raw, `a valid JavaScript regular expression (${error.message})`);
    }
}
/**
 * A user name and password (or token) that only make sense together: both or neither. Without
 * them, registry credentials come from ~/.docker/config.json.
 */
function credentialPair(get, userInput = 'registry-username', passwordInput = 'registry-password') {
    const username = optionalText(get, userInput);
    const password = optionalBlock(get, passwordInput);
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
        throw new ArtefactsError('INPUT_INVALID', `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`, { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' });
    }
    return Number(epoch);
}


/***/ }),

/***/ 461:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   Mj: () => (/* binding */ DOCKER_HUB_CONFIG_KEY),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   r6: () => (/* binding */ registryHostProblem)
/* harmony export */ });
/* unused harmony exports registryPart, isRepositoryPath, referenceTarget, referenceInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
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
/**
 * The registry part of a name (no tag or digest), as written, or undefined when the name has none
 * (Docker Hub): its first component, when that holds a `.` or a `:`, is `localhost`, or has an
 * upper-case letter (docker's own splitDockerDomain rule).
 */
function registryPart(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return undefined;
    const first = name.slice(0, slash);
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()
        ? first
        : undefined;
}
/** A repository path (`acme/app`, `library/alpine`): lower-case components separated by `/`. */
function isRepositoryPath(value) {
    return value !== '' && value.split('/').every((component) => COMPONENT.test(component));
}
/**
 * What is wrong with a registry host (`host[:port]`, as a reference's first component names it):
 * the part at fault and why, or undefined when it is a valid host with a port in range.
 */
function registryHostProblem(host) {
    if (!HOST.test(host))
        return { part: `the registry ${JSON.stringify(host)}`, why: 'is not a valid host[:port]' };
    const port = /:([0-9]+)$/.exec(host)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
        return { part: `the registry port ${port}`, why: 'is out of range' };
    }
    return undefined;
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
    const named = registryPart(name);
    let registry = DOCKER_HUB;
    let path = name;
    if (named !== undefined) {
        registry = named;
        path = name.slice(named.length + 1);
        const problem = registryHostProblem(registry);
        if (problem !== undefined)
            throw invalid(given, problem.part, problem.why);
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
        if (error instanceof ArtefactsError) {
            throw inputError(input, value, 'an image reference ([registry/]repository[:tag][@sha256:…]) or oci:<dir>[:tag|@sha256:…]', error.message);
        }
        throw error;
    }
}


/***/ }),

/***/ 2109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ pathInputError),
/* harmony export */   Gl: () => (/* binding */ workspace),
/* harmony export */   JO: () => (/* binding */ parseRegistryAccess),
/* harmony export */   uy: () => (/* binding */ workspaceGlob),
/* harmony export */   ve: () => (/* binding */ inWorkspace),
/* harmony export */   yQ: () => (/* binding */ isPathFailure)
/* harmony export */ });
/* unused harmony exports parseAllowOutsideWorkspace, PathRefusal, insideWorkspace, ownPathInWorkspace, linksBeneath, keyInWorkspace, originError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7276);
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
 *   input (PEM text or a path), {@link workspaceGlob} for a glob;
 * - for a directory whose files are then opened by name (an `oci:` layout), also open it with
 *   {@link linksBeneath}: the check above follows the links on the way to the directory, not those
 *   beneath it, which are met only when each file is opened.
 * - where the path is then opened, made, read or written: a failure the path causes (absent, a
 *   regular file where a directory must be, permission denied, ...) is thrown as
 *   {@link pathInputError} (or {@link originError} for a path carried far from its input), naming the
 *   input, never as Node's bare errno (which the runner reports as a bug).
 */





/** The input that lets named path inputs leave the workspace. */
const ALLOW_OUTSIDE_WORKSPACE = 'allow-outside-workspace';
function workspace(root, allowOutside) {
    return { root: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root), allowOutside: allowOutside ?? new Set() };
}
// The control-character rule lives with the other input rules (inputs.ts); path inputs apply it as every input does.

/**
 * `allow-outside-workspace`: the names of this action's path inputs that may resolve outside the
 * workspace (comma- or newline-separated). Any other name is an error, so a typo never silently
 * leaves an input confined or a wildcard lets every input out. Undefined when none is listed
 * (the inputs objects then compare equal to those built without the field).
 */
function parseAllowOutsideWorkspace(raw, pathInputs) {
    const names = new Set();
    for (const name of (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .splitList */ .ry)(raw(ALLOW_OUTSIDE_WORKSPACE))) {
        if (!pathInputs.includes(name)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(ALLOW_OUTSIDE_WORKSPACE, name, pathInputs.length === 0
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('PATH_UNSAFE', `${absolute}: too many levels of symbolic links.`);
}
function contains(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
/**
 * A path input refused (PATH_UNSAFE). Its hint gives the advice and then the way out, the opt-in for
 * that input; `advice` alone is the hint for a caller whose own user has no such opt-in (`artefacts
 * release` runs the steps with inputs of its own choosing, and takes no allow-outside-workspace).
 */
class PathRefusal extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E {
    advice;
    constructor(message, input, advice, need) {
        super('PATH_UNSAFE', message, {
            hint: `${advice} If '${input}' really must ${need}, opt in for that input: ${ALLOW_OUTSIDE_WORKSPACE}: ${input} (CLI: --${ALLOW_OUTSIDE_WORKSPACE} ${input}).`,
        });
        this.name = 'PathRefusal';
        this.advice = advice;
    }
}
function unsafe(ws, input, value, real) {
    return new PathRefusal(`Input '${input}': ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}.`, input, 'Use a path inside the workspace.', 'name a path outside it');
}
/**
 * Resolves a path input against the workspace and refuses it (PATH_UNSAFE, naming the input) when
 * its real location, symbolic links followed, is outside the workspace, unless the input is listed
 * in `allow-outside-workspace`. `..`, absolute paths and links out are all caught the same way.
 * A path that does not exist yet (an output) is decided by its deepest existing ancestor.
 * Returns the absolute path (as given, not the link target) for the caller to use.
 */
function inWorkspace(ws, input, value) {
    return insideWorkspace(ws, input, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .plainValue */ ._y)(input, value));
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
    const absolute = path.resolve(ws.root, value);
    const real = realLocation(absolute);
    if (!contains(realRoot(ws.root), real)) {
        throw new ArtefactsError('PATH_UNSAFE', `${what} ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}; nothing was written.`, { hint: `A symbolic link leads it out of the workspace: remove the link (or point it inside), then run again.` });
    }
    return absolute;
}
/**
 * How a store opened on a directory input treats symbolic links among the files it opens by name
 * (oci/layout.ts's LayoutAccess): refused, naming the input and the link (never what it leads to or
 * holds), unless the user let the input out of the workspace, which then follows them as any path
 * of it. Every link is refused, also one that stays inside the workspace: where each leads would be
 * decided anew at every open, after the directory's check. It carries the input's name too, so that
 * every other refusal of the directory (not there, not a layout, a file) names the input as well.
 */
function linksBeneath(ws, input) {
    return {
        input,
        follow: ws.allowOutside.has(input),
        refuse: (file) => new PathRefusal(`Input '${input}': ${file} is a symbolic link inside the directory it names; no link there is followed, since one could lead outside the workspace.`, input, 'Replace the link with what it points to (cp -rL makes such a copy).', 'follow links'),
    };
}
/** As {@link inWorkspace}, for a value that is either PEM text or the path of a key file. */
function keyInWorkspace(ws, input, value) {
    if (value === undefined || value.includes('-----BEGIN') || /^keyless$/i.test(value))
        return;
    inWorkspace(ws, input, value);
}
/**
 * The errno codes of a filesystem call that say the path a user gave is not what the command needs
 * (absent, a file where a directory must be, unreadable, unwritable, a link loop, too long), as
 * against a failure of the machine (a full disk, an I/O error), which is not the input's fault.
 */
const PATH_FAILURE_CODES = new Set([
    'ENOENT',
    'EACCES',
    'EPERM',
    'EEXIST',
    'ENOTDIR',
    'EISDIR',
    'ELOOP',
    'ENAMETOOLONG',
]);
/** Whether `error` is a filesystem failure caused by the path itself (see {@link pathInputError}). */
function isPathFailure(error) {
    // Not `instanceof Error`: Node's errors may come from another realm (a vm context, as under jest).
    const code = typeof error === 'object' && error !== null ? error.code : undefined;
    return typeof code === 'string' && PATH_FAILURE_CODES.has(code);
}
/** What is at `file`, in words ("a regular file", "a directory", ...), undefined when nothing is. */
function kindAt(file) {
    let info;
    try {
        info = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(file);
    }
    catch {
        return undefined;
    }
    if (info.isFile())
        return 'a regular file';
    if (info.isDirectory())
        return 'a directory';
    if (info.isSymbolicLink())
        return 'a symbolic link';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'a device';
}
/** The deepest of `file` and its ancestors that exists, and the one below it that does not. */
function firstMissing(file) {
    let missing = file;
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file); dir !== missing; missing = dir, dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        if (kindAt(dir) !== undefined)
            return missing;
    }
    return missing;
}
/** The nearest of `file` and its ancestors that exists and is not a directory (ENOTDIR's culprit). */
function notADirectory(file) {
    for (let at = file;; at = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(at)) {
        const kind = kindAt(at);
        if (kind !== undefined && kind !== 'a directory')
            return at;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(at) === at)
            return undefined;
    }
}
/**
 * The error for a filesystem call that failed on a path an input named: INPUT_INVALID naming the
 * input, the value given, what the command expected of it and why the path is not that, e.g.
 * `Input 'bake-dir': got "file.txt"; expected a directory … (it is a regular file, not a directory).` The
 * failing path (the error's own, else the value's) is "it" when it is the value's location and is
 * named otherwise (a file found inside a directory given, an ancestor that is a regular file).
 * Anything but such a failure (a full disk, an I/O error, a thrown ArtefactsError) is returned as it
 * is, for the caller to rethrow: `catch (error) { throw pathInputError(root, 'paths', given, 'readable files', error); }`.
 * `root` is the workspace: failing paths inside it are shown relative to it. `at` names the path to
 * tell instead of the error's, where that one is the command's own (a temporary name in a directory
 * the user named: the directory is what to tell).
 */
function pathInputError(root, input, given, expected, error, at) {
    if (!isPathFailure(error))
        return error;
    const self = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, given);
    const failed = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, at ?? (typeof error.path === 'string' ? error.path : self));
    const name = (file) => {
        if (file === self)
            return 'it';
        const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file);
        return contains(root, file) && rel !== '' ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') : file;
    };
    let why;
    let hint;
    switch (error.code) {
        case 'ENOENT':
            why = `${name(firstMissing(failed))} does not exist`;
            break;
        case 'EEXIST': {
            // mkdir's EEXIST: something other than a directory is where one must be made.
            const kind = kindAt(failed);
            const notDirectory = error.syscall === 'mkdir' && kind !== 'a directory' ? ', not a directory' : '';
            why = `${name(failed)} is ${kind ?? 'already there'}${notDirectory}`;
            break;
        }
        case 'ENOTDIR': {
            const culprit = notADirectory(failed);
            why =
                culprit === undefined
                    ? `a part of ${name(failed)} is not a directory`
                    : `${name(culprit)} is ${kindAt(culprit) ?? 'not a directory'}, not a directory`;
            break;
        }
        case 'EISDIR':
            why = `${name(failed)} is a directory`;
            break;
        case 'ELOOP':
            why = `${failed === self ? '' : `${name(failed)}: `}too many levels of symbolic links`;
            break;
        case 'ENAMETOOLONG': {
            // A path found under the one given (a file pull writes in `output`) is named, shortened: it may run to 4 KB.
            const long = name(failed);
            const shortened = long.length > 120 ? `${long.slice(0, 60)}…${long.slice(-60)}` : long;
            why =
                failed === self
                    ? 'the name is too long for the filesystem'
                    : `${shortened}, ${Buffer.byteLength(long)} bytes, is too long a path for the filesystem`;
            hint = 'Use a shorter path: a directory nearer the root of the filesystem, or shorter names in it.';
            break;
        }
        default:
            why = `permission denied${failed === self ? '' : ` on ${name(failed)}`}`;
            hint = 'Check the permissions of the path (and of the directories above it) for the user this runs as.';
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, given, `${expected} (${why})`, hint);
}
/**
 * A failure on a path `origin` named, as that input's error ({@link pathInputError}) when the path
 * is at fault (absent, unreadable, a directory, ...); otherwise, or without an origin, `otherwise()`:
 * for a path carried far from its input (a file found by a glob, read and signed later). `at` is
 * as {@link pathInputError}'s.
 */
function originError(origin, expected, error, otherwise, at) {
    if (origin === undefined || !isPathFailure(error))
        return otherwise();
    return pathInputError(origin.root, origin.input, origin.given, expected, error, at);
}
/**
 * The files a glob input matches, relative to the workspace, as absolute paths in match order;
 * every match is checked as {@link inWorkspace} checks a path, so a pattern reaching out (`../x/*`)
 * or a match that is a symbolic link out is refused, naming the input.
 */
async function workspaceGlob(ws, input, pattern) {
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .plainValue */ ._y)(input, pattern);
    const glob = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.glob;
    if (typeof glob !== 'function') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('INTERNAL', 'File globs need Node.js 22 or later (fs.glob).');
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
    const { username, password } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .credentialPair */ .GE)(raw);
    return {
        registryUsername: username,
        registryPassword: password,
        allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, pathInputs),
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 2575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  dN: () => (/* binding */ exportVariable),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, getBooleanInput, getIDToken, getMultilineInput, getState, markdownSummary, platform, saveState, setCommandEcho, setFailed, startGroup, toPlatformPath, toPosixPath, toWin32Path

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./packages/http-client-lazy/lib/index.js
// @actions/http-client as @actions/core uses it, and nothing more: `new HttpClient(...)` and
// `getJson` (OIDC's getIDToken). The real client (and undici) is imported on the first request.
let real;
const load = () => (real ??= __nccwpck_require__.e(/* import() */ 257).then(__nccwpck_require__.bind(__nccwpck_require__, 3257)));

const STAND_IN = '@actions/http-client (the lazy stand-in in packages/http-client-lazy)';

/** The real HttpClient's other methods: @actions/core never calls them, so they are not wired up. */
const NOT_PROVIDED = [
  'options',
  'get',
  'del',
  'post',
  'patch',
  'put',
  'head',
  'sendStream',
  'postJson',
  'putJson',
  'patchJson',
  'request',
  'dispose',
  'requestRaw',
  'requestRawWithCallback',
  'getAgent',
  'getAgentDispatcher',
];

class lib_HttpClient {
  #args;
  #client;
  constructor(...args) {
    this.#args = args;
  }
  async #real() {
    if (this.#client === undefined) {
      const m = await load();
      this.#client = new m.HttpClient(...this.#args);
    }
    return this.#client;
  }
  async getJson(...args) {
    return (await this.#real()).getJson(...args);
  }
}
for (const name of NOT_PROVIDED) {
  Object.defineProperty(lib_HttpClient.prototype, name, {
    value() {
      throw new Error(
        `${STAND_IN} provides only what @actions/core calls (new HttpClient, getJson); HttpClient.${name}() was called. ` +
          'Wire it up in packages/http-client-lazy/lib/index.js (and index.d.ts), or drop the package.json override.',
      );
    },
    writable: true,
    configurable: true,
  });
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client-eager/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./packages/http-client-lazy/lib/auth.js
// The one credential handler @actions/core uses; it imports nothing heavy, so it is re-exported as it is.


;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5367);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
