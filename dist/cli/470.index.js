export const id = 470;
export const ids = [470];
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
/* harmony export */   Iz: () => (/* binding */ stageFiles),
/* harmony export */   KM: () => (/* binding */ writeFully),
/* harmony export */   Pg: () => (/* binding */ SMALL_FILE),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   R: () => (/* binding */ FILE_CHUNK),
/* harmony export */   Sg: () => (/* binding */ readPlainText),
/* harmony export */   VL: () => (/* binding */ readFileBorrowed),
/* harmony export */   Wg: () => (/* binding */ borrowedBuffers),
/* harmony export */   f8: () => (/* binding */ writeWhole),
/* harmony export */   i0: () => (/* binding */ readFileAhead),
/* harmony export */   rx: () => (/* binding */ writeFilesTogether)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
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
class ReadAheadStream extends node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable {
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
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(this.file, this.flags).then((handle) => {
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
 * run one after another, never at once. `flags` open the file, as {@link readFileAhead}'s do.
 */
async function* readFileBorrowed(file, chunk = FILE_CHUNK, buffers = borrowedBuffers(chunk), flags = 'r') {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, flags);
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
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
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
const stagingName = (target) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}`);
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
        await Promise.all(staged.splice(0).map(({ tmp }) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(tmp).catch(() => undefined)));
    };
    for (const file of files) {
        let tmp;
        try {
            const target = file.throughLink ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(file.path).catch(() => file.path) : file.path;
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target).catch(() => undefined);
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
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx', existing ?? file.mode ?? 0o666);
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
            throw failure(error, { file, at: tmp !== undefined && failed === tmp ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(tmp) : (failed ?? file.path) });
        }
    }
    return {
        async commit() {
            while (staged.length > 0) {
                const { tmp, target, file } = staged[0];
                try {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target);
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


/***/ }),

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ booleanWord),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   GE: () => (/* binding */ credentialPair),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Qr: () => (/* binding */ optionalKey),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   ki: () => (/* binding */ optionalBlock),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nD: () => (/* binding */ booleanOrAuto),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yG: () => (/* binding */ regex),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, '(more than one line, not a PEM key)', 'PEM text (-----BEGIN …), or the path of a key file on one line without control characters');
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'true, false or auto');
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `a valid JavaScript regular expression (${error.message})`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INPUT_INVALID', `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`, { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' });
    }
    return Number(epoch);
}


/***/ }),

/***/ 42109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ insideWorkspace),
/* harmony export */   CV: () => (/* binding */ PathRefusal),
/* harmony export */   GE: () => (/* binding */ pathInputError),
/* harmony export */   Gl: () => (/* binding */ workspace),
/* harmony export */   JO: () => (/* binding */ parseRegistryAccess),
/* harmony export */   O: () => (/* binding */ keyInWorkspace),
/* harmony export */   QF: () => (/* binding */ ownPathInWorkspace),
/* harmony export */   Ty: () => (/* binding */ originError),
/* harmony export */   fz: () => (/* binding */ parseAllowOutsideWorkspace),
/* harmony export */   rd: () => (/* binding */ linksBeneath),
/* harmony export */   uy: () => (/* binding */ workspaceGlob),
/* harmony export */   ve: () => (/* binding */ inWorkspace),
/* harmony export */   yQ: () => (/* binding */ isPathFailure)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97276);
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
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ws.root, value);
    const real = realLocation(absolute);
    if (!contains(realRoot(ws.root), real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('PATH_UNSAFE', `${what} ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}; nothing was written.`, { hint: `A symbolic link leads it out of the workspace: remove the link (or point it inside), then run again.` });
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


/***/ })

};
