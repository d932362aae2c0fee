export const id = 511;
export const ids = [511];
export const modules = {

/***/ 68599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PACK_SECRETS: () => (/* reexport */ pack_inputs/* PACK_SECRETS */.yB),
  PULL_SECRETS: () => (/* reexport */ pack_inputs/* PULL_SECRETS */.mw),
  parsePackInputs: () => (/* reexport */ pack_inputs/* parsePackInputs */.C2),
  parsePullInputs: () => (/* reexport */ pack_inputs/* parsePullInputs */.sO),
  runPack: () => (/* reexport */ pack/* runPack */.R),
  runPull: () => (/* reexport */ runPull)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var src_files = __webpack_require__(92886);
;// CONCATENATED MODULE: ./packages/core/src/pack/behind.ts
/** Pull's writer of a directory layer's files (its own module: not part of core's public API). */


/**
 * The files of a directory layer, written behind the tar walk: a small file's bytes are taken whole and
 * written while the walk goes on, up to FILES_AT_ONCE at a time (one file after another, its open,
 * write and close each a round trip to the thread pool, left the walk waiting most of the time).
 * Directories made are remembered, so each is made once. A failed write is thrown at the next entry
 * or at the end; every write has ended before the staging folder is removed.
 */
class BehindWrites {
    write;
    made = new Set();
    inFlight = new Map();
    failure;
    /** `write`: how one file is written whole (tests pass their own to hold writes back). */
    constructor(staging, write = src_files/* writeWhole */.f8) {
        this.write = write;
        this.made.add(staging);
    }
    /** Throws the first write that failed. */
    check() {
        if (this.failure !== undefined)
            throw this.failure.error;
    }
    async directory(dir) {
        if (this.made.has(dir))
            return;
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o755 });
        this.made.add(dir);
    }
    /** Waits for a write of `file` still under way. */
    async settled(file) {
        await this.inFlight.get(file);
    }
    /** Starts writing `bytes` as `file`; waits first while FILES_AT_ONCE writes are under way. */
    async whole(file, bytes, mode) {
        while (this.inFlight.size >= src_files/* FILES_AT_ONCE */.A3)
            await Promise.race(this.inFlight.values());
        this.check();
        const write = this.write(file, bytes, mode).then(() => void this.inFlight.delete(file), (error) => {
            this.failure ??= { error };
            this.inFlight.delete(file);
        });
        this.inFlight.set(file, write);
    }
    /** Every write ended; throws the first that failed. */
    async drain() {
        await this.settle();
        this.check();
    }
    /** Every write ended, failed or not. */
    async settle() {
        while (this.inFlight.size > 0)
            await Promise.all(this.inFlight.values());
    }
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/sbom/image/tar.ts
var tar = __webpack_require__(61338);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __webpack_require__(96939);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
// EXTERNAL MODULE: ./packages/core/src/pack/format.ts
var format = __webpack_require__(39872);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(61722);
// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __webpack_require__(67007);
;// CONCATENATED MODULE: ./packages/core/src/pack/pull.ts
/**
 * pull: a packed artefact back into files, every blob verified against its digest while streaming.
 * What an artefact may hold is one rule, checked before anything is moved into the output directory:
 * each titled layer is written as its title (a safe, plain relative path, no two titles the same or
 * one inside another), and each entry of a directory layer's tar sits under that title, a file or a
 * directory but not both. Every name must also be written alike on every common filesystem: no two
 * differ only in letter case or Unicode normalisation (see {@link Spellings}). Anything else is
 * refused, naming the layer and the name.
 *
 * Names Windows reserves (CON, NUL, AUX, COM1, a trailing dot or space) are not refused, on any
 * platform: Node opens every path on Windows through its `\\?\` form, which writes such a name as
 * a file of that name (by design, nodejs/node#47258), so nothing is lost or overwritten, only a file
 * made that Explorer and cmd handle badly; and `aux.js` or `con.txt` are ordinary names where
 * nearly every pull runs. A pair of names that Windows folds into one is refused, as above.
 */

















/** A name the artefact would write, refused: nothing from the artefact is kept. */
function refused(message, hint) {
    return new errors/* ArtefactsError */.E('PATH_UNSAFE', message, { hint: `${hint} Nothing from the artefact was kept.` });
}
const shown = (name) => JSON.stringify(name.slice(0, 300));
/**
 * The key under which a filesystem that ignores case and normalisation files a name: NFC, then upper
 * case, then lower case (then NFC again, as a case mapping may leave a decomposed sequence). macOS's
 * APFS compares names normalisation- and case-insensitively; NTFS (Windows) folds case with its
 * upper-case table. Lower case alone misses pairs that upper-casing joins and both systems treat as
 * one (`ς`/`σ`, `ſ`/`s`, `ı`/`i`, `µ`/`μ`); upper then lower joins them as Unicode's case folding
 * does. The few pairs it joins by a full mapping (`ß`/`ss`, `ﬁ`/`fi`) are refused at worst where a
 * filesystem would keep them apart: names no artefact needs side by side.
 */
const folded = (name) => name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
/**
 * Every name an artefact writes (titles, tar entries, and the directories above them), by the key
 * {@link folded} gives: two names with one key but different spellings (`A` and `a`, `é` as one code
 * point and as `e` + U+0301) are two files on Linux but one on a case-insensitive or normalising
 * filesystem (macOS, Windows), where the second would silently overwrite the first, or a file and a
 * directory would meet. Such an artefact would not round-trip there, so it is refused on every
 * platform, before anything is moved into the output directory. The directories above a name are
 * keyed too, so `a/x` and `A/y`, or a file `A` and an entry `a/x`, meet here.
 */
class Spellings {
    byKey = new Map();
    seen = new Set();
    /**
     * Records `name` and the directories above it; throws `refuse(clash)` for the first of them spelled
     * otherwise before.
     */
    claim(name, refuse) {
        for (let at = name; at !== '.' && !this.seen.has(at); at = external_node_path_default().posix.dirname(at)) {
            const key = folded(at);
            const before = this.byKey.get(key);
            if (before !== undefined)
                throw refuse(Spellings.clash(at, before));
            this.byKey.set(key, at);
            this.seen.add(at);
        }
    }
    /** Two names one key joins, shown so that the difference can be seen (code points where only normalisation differs). */
    static clash(name, before) {
        const points = (text) => text.replace(/[^\x20-\x7e]/gu, (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
        const seen = name.normalize('NFC') === before.normalize('NFC')
            ? ` (${shown(points(name))} against ${shown(points(before))})`
            : '';
        return `${shown(name)} and ${shown(before)} differ only in letter case or Unicode normalisation${seen}: two names on Linux but one on a case-insensitive or normalising filesystem (macOS, Windows), where one would overwrite the other, so the artefact would not round-trip there`;
    }
}
/** The advice for a {@link Spellings} refusal. */
const RESPELL = 'Pack or push the files under names that differ by more than letter case or normalisation.';
/**
 * The longest file or directory name, in bytes of UTF-8, that the common filesystems all take: ext4,
 * XFS, Btrfs and APFS count 255 bytes; NTFS and HFS+ 255 UTF-16 units, never fewer than the bytes.
 */
const NAME_MAX = 255;
/**
 * A relative path that stays inside its root and is a plain name: no absolute path, no `..`, no
 * backslash, no newline or other control character (a file named with one is a trap for every
 * script, and the `files` output, one name a line, would list names that do not exist), and no part
 * longer than {@link NAME_MAX} bytes (else a bare ENAMETOOLONG mid-pull).
 * Refused as `Refusing <what> "<name>" <of>`.
 */
function safeRelativePath(name, what, of) {
    if ((0,inputs/* hasControlCharacter */.Fd)(name)) {
        throw refused(`Refusing ${what} ${shown(name)} ${of}: it holds a newline, tab or other control character; pull writes names without them.`, 'Pack or push the files under names without control characters.');
    }
    const normal = name.replace(/^\.\//, '').replace(/\/+$/, '');
    const parts = normal.split('/');
    if (normal === '' ||
        name.startsWith('/') ||
        /^[A-Za-z]:/.test(name) ||
        name.includes('\\') ||
        parts.some((p) => p === '..' || p === '' || p === '.')) {
        throw refused(`Refusing ${what} ${shown(name)} ${of}: it would be written outside the output directory.`, 'The artefact was built to escape its directory (path traversal).');
    }
    // At most 3 bytes of UTF-8 to a UTF-16 unit: only a part that long can be too long.
    const long = parts.find((p) => p.length > NAME_MAX / 3 && Buffer.byteLength(p) > NAME_MAX);
    if (long !== undefined) {
        throw refused(`Refusing ${what} ${shown(name)} ${of}: its part ${shown(`${long.slice(0, 40)}…`)} is ${Buffer.byteLength(long)} bytes long; a file or directory name may be at most ${NAME_MAX} bytes (UTF-8) on common filesystems.`, 'Pack or push the files under shorter names.');
    }
    return normal;
}
/**
 * The layers pull writes, every title checked before anything is written: a safe, plain relative
 * path, none the same as another and none inside another (`a` and `a/b`). Each layer is written as
 * its title, so one would land on or inside another's files: a failed rename or mkdir mid-pull, or
 * files silently replaced. (ORAS refuses a title twice too.) Nor may two titles, or the directories
 * they sit in, be spelled apart by case or normalisation alone ({@link Spellings}). Untitled layers
 * are skipped, told.
 */
function titledLayers(layers, logger, spellings) {
    const titled = [];
    const byTitle = new Map();
    /** Each directory a title sits in, with a layer under it. */
    const holding = new Map();
    const overlap = (layer, title, why) => refused(`Refusing layer ${layer.digest} titled ${shown(title)}: ${why}; pull writes each layer as its title, so no title may repeat or sit inside another.`, 'The artefact holds layers that would overwrite one another: push each file or directory once, under its own name.');
    for (const layer of layers) {
        const raw = layer.annotations?.[media/* ANNOTATION_TITLE */.hg];
        if (raw === undefined) {
            logger.warning(`Layer ${layer.digest} has no ${media/* ANNOTATION_TITLE */.hg}: skipped.`);
            continue;
        }
        const title = safeRelativePath(raw, 'the title', `of layer ${layer.digest}`);
        spellings.claim(title, (clash) => refused(`Refusing layer ${layer.digest} titled ${shown(raw)}: ${clash}.`, RESPELL));
        const same = byTitle.get(title);
        if (same !== undefined)
            throw overlap(layer, raw, `layer ${same.layer.digest} has the same title`);
        const inner = holding.get(title);
        if (inner !== undefined) {
            throw overlap(layer, raw, `layer ${inner.layer.digest} titled ${shown(inner.title)} would be written inside it`);
        }
        const here = { layer, title, unpack: layer.annotations?.[format/* ANNOTATION_UNPACK */.bm] === 'true' };
        for (let dir = external_node_path_default().posix.dirname(title); dir !== '.'; dir = external_node_path_default().posix.dirname(dir)) {
            const outer = byTitle.get(dir);
            if (outer !== undefined) {
                throw overlap(layer, raw, `it would be written inside layer ${outer.layer.digest} titled ${shown(outer.title)}`);
            }
            if (!holding.has(dir))
                holding.set(dir, here);
        }
        byTitle.set(title, here);
        titled.push(here);
    }
    return titled;
}
/**
 * The names a directory layer's tar writes, each checked before it is written: a safe, plain path
 * under the layer's title (`d/…`, as ORAS writes its directory tars and requires when it pulls one;
 * an entry elsewhere would be lost at the move in place, or land where no title says), a regular
 * file or a directory, and never both a file and a directory (a file `d/x` then `d/x/y` would fail
 * mid-write with a bare errno), and never spelled otherwise than a name before it by case or
 * normalisation alone ({@link Spellings}). A file named twice is one file: the later entry wins, as
 * tar extracts it.
 */
class DirectoryLayerNames {
    title;
    spellings;
    files = new Set();
    dirs;
    of;
    constructor(layer, title, spellings) {
        this.title = title;
        this.spellings = spellings;
        this.dirs = new Set([title]);
        this.of = `of layer ${layer.digest} (titled ${shown(title)})`;
    }
    /** The entry's name under the staging folder; refused naming the layer, the entry and the rule. */
    admit(entry) {
        const name = safeRelativePath(entry.path, 'tar entry', this.of);
        if (!name.startsWith(`${this.title}/`) && !(name === this.title && entry.type === 'directory')) {
            throw refused(`Refusing tar entry ${shown(name)} ${this.of}: it is not under ${shown(`${this.title}/`)}; a directory layer's entries sit under its title.`, 'The tar was not made for this title (an absolute entry is read without its leading /, so it too must start with the title); pack and oras push write every entry under it.');
        }
        if (entry.type !== 'file' && entry.type !== 'directory') {
            throw new errors/* ArtefactsError */.E('UNSUPPORTED', `Refusing tar entry ${shown(name)} ${this.of}: a ${entry.type}; pull writes regular files and directories only.`);
        }
        this.spellings.claim(name, (clash) => refused(`Refusing tar entry ${shown(name)} ${this.of}: ${clash}.`, RESPELL));
        const both = (other, is) => refused(`Refusing tar entry ${shown(name)} ${this.of}: ${shown(other)} is ${is} in it; a name is a file or a directory, not both.`, 'The tar would write one name as a file and as a directory.');
        if (entry.type === 'file' && this.dirs.has(name))
            throw both(name, 'a directory');
        if (entry.type === 'directory' && this.files.has(name))
            throw both(name, 'a file');
        if (name !== this.title) {
            for (let dir = external_node_path_default().posix.dirname(name); !this.dirs.has(dir); dir = external_node_path_default().posix.dirname(dir)) {
                if (this.files.has(dir))
                    throw both(dir, 'a file');
                this.dirs.add(dir);
            }
        }
        (entry.type === 'file' ? this.files : this.dirs).add(name);
        return name;
    }
}
async function exists(file) {
    try {
        await (0,promises_.lstat)(file);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Refuses, before anything is written, what pull cannot turn back into files: a container image
 * (a config that is an image config), an image index, or a manifest none of whose layers carries
 * a file name. "Pulled 0 files" with success would hide that the wrong thing was named.
 */
function notFileArtefact(where, mediaType, parsed) {
    const refuse = (what) => new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${where} is ${what}, not a file artefact; pull gets back files that pack packed.`, {
        hint: 'Name the artefact pack pushed (its tag or digest); to copy images use promote, to read one use sbom or skopeo.',
    });
    if (media/* INDEX_MEDIA_TYPES */.kA.includes(mediaType) || !Array.isArray(parsed.layers)) {
        throw refuse(`an image index (${mediaType}): a multi-platform container image or a list of manifests`);
    }
    const config = parsed.config?.mediaType;
    if (config === media/* MEDIA */.Rn.ociConfig || config === media/* MEDIA */.Rn.dockerConfig) {
        throw refuse(`a container image (config ${config})`);
    }
    if (!parsed.layers.some((layer) => layer.annotations?.[media/* ANNOTATION_TITLE */.hg] !== undefined)) {
        const kind = parsed.artifactType ?? config ?? mediaType;
        throw refuse(`${kind} with no layer named by ${media/* ANNOTATION_TITLE */.hg}`);
    }
}
/**
 * A path the filesystem refused as too long (ENAMETOOLONG) where pull writes, told by `outputFailure`
 * at the path it would have in `output`: every part of a name is checked up front ({@link NAME_MAX}),
 * so what is left is the whole path, the output directory's and the name's together (4095 bytes on
 * Linux, 1023 on macOS), which only the filesystem knows. Any other failure is returned as it is.
 */
function tooLong(error, staging, output, outputFailure) {
    if (!(0,paths/* isPathFailure */.yQ)(error) || error.code !== 'ENAMETOOLONG' || typeof error.path !== 'string')
        return error;
    const name = external_node_path_default().relative(staging, error.path);
    const outside = name === '..' || name.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(name);
    return outputFailure(error, outside ? undefined : external_node_path_default().join(output, name));
}
/**
 * Removes the directories `mkdir` made for a pull that failed, from `output` up to `first`, each only
 * while empty: a failed pull leaves nothing behind, not even the output directory it made.
 */
async function removeMade(output, first) {
    const top = external_node_path_default().resolve(first);
    for (let dir = external_node_path_default().resolve(output);; dir = external_node_path_default().dirname(dir)) {
        try {
            await (0,promises_.rmdir)(dir);
        }
        catch {
            return;
        }
        if (dir === top || external_node_path_default().dirname(dir) === dir)
            return;
    }
}
/**
 * Writes an artefact's layers under `output`: verified, staged, then moved in place (never over existing
 * files). `outputFailure` names the input for a failure to make `output` or write in it (a regular
 * file there, permission denied, a path too long).
 */
async function pullArtefact(store, target, output, logger, outputFailure = (error) => error) {
    const manifest = await store.getManifest(target);
    const parsed = manifest.parsed;
    notFileArtefact(`${store.location}@${manifest.digest}`, manifest.mediaType, parsed);
    const spellings = new Spellings();
    const layers = titledLayers(parsed.layers, logger, spellings);
    let made;
    let staging;
    try {
        made = await (0,promises_.mkdir)(output, { recursive: true });
    }
    catch (error) {
        throw outputFailure(error);
    }
    try {
        staging = await (0,promises_.mkdtemp)(external_node_path_default().join(output, `.pull-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}-`));
    }
    catch (error) {
        if (made !== undefined)
            await removeMade(output, made);
        // The staging folder's name is pull's own: what failed is writing in the output directory.
        throw outputFailure(error, output);
    }
    const files = new Set();
    const tops = [...new Set(layers.map((l) => l.title.split('/')[0]))];
    const writes = new BehindWrites(staging);
    let pulled = false;
    try {
        for (const { layer, title, unpack } of layers) {
            const blob = await store.getBlob(layer);
            if (!unpack) {
                const file = external_node_path_default().join(staging, title);
                await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
                await (0,external_node_stream_promises_.pipeline)(blob, (0,external_node_fs_.createWriteStream)(file, { mode: 0o644 }));
                files.add(title);
                continue;
            }
            const names = new DirectoryLayerNames(layer, title, spellings);
            // The title is a directory even when the tar holds no entry for it (or none at all).
            await writes.directory(external_node_path_default().join(staging, title));
            const hasher = new media/* Hasher */.OP();
            const plain = layer.mediaType === media/* MEDIA */.Rn.ociLayerGzip || layer.mediaType === media/* MEDIA */.Rn.dockerLayerGzip
                ? blob.pipe((0,external_node_zlib_.createGunzip)({ chunkSize: src_files/* FILE_CHUNK */.R }))
                : blob;
            blob.on('error', (error) => plain.destroy(error));
            const hashed = plain.pipe(hasher);
            plain.on('error', (error) => hashed.destroy(error));
            for await (const entry of (0,tar/* tarEntries */.O)(hashed)) {
                writes.check();
                const name = names.admit(entry);
                const file = external_node_path_default().join(staging, name);
                if (entry.type === 'directory') {
                    await writes.directory(file);
                    continue;
                }
                await writes.directory(external_node_path_default().dirname(file));
                const mode = entry.mode & 0o111 ? 0o755 : 0o644;
                // The same name again: the later entry wins, as tar extracts it.
                await writes.settled(file);
                if (entry.size <= src_files/* SMALL_FILE */.Pg)
                    await writes.whole(file, await entry.read(), mode);
                else
                    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(entry.chunks()), (0,external_node_fs_.createWriteStream)(file, { mode }));
                files.add(name);
            }
            await writes.drain();
            for await (const _ of hashed)
                void _;
            const expected = layer.annotations?.[format/* ANNOTATION_CONTENT_DIGEST */.D0];
            const actual = hasher.result().digest;
            if (expected !== undefined && expected !== actual) {
                throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `Layer ${layer.digest} unpacks to ${actual}, but its ${format/* ANNOTATION_CONTENT_DIGEST */.D0} says ${expected}.`);
            }
        }
        for (const top of tops) {
            if (await exists(external_node_path_default().join(output, top))) {
                throw new errors/* ArtefactsError */.E('IO_FAILED', `${external_node_path_default().join(output, top)} already exists; pull does not overwrite files.`, {
                    hint: 'Pull into an empty directory (--output DIR).',
                });
            }
        }
        for (const top of tops)
            await (0,promises_.rename)(external_node_path_default().join(staging, top), external_node_path_default().join(output, top));
        pulled = true;
    }
    catch (error) {
        throw tooLong(error, staging, output, outputFailure);
    }
    finally {
        await writes.settle();
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        if (!pulled && made !== undefined)
            await removeMade(output, made);
    }
    logger.info(`Pulled ${files.size} file(s) from ${store.location}@${manifest.digest} into ${output}`);
    return { digest: manifest.digest, artifactType: parsed.artifactType, output, files: [...files].sort() };
}
/** `artefacts pull <reference> --output DIR`. */
async function runPull(inputs, environment) {
    (0,connection/* checkConnectionSettings */.K)(environment.env);
    const ref = (0,references/* parseReference */.F2)(inputs.reference);
    const ws = (0,paths/* workspace */.Gl)(environment.cwd, inputs.allowOutsideWorkspace);
    if (ref.kind === 'layout')
        (0,paths/* inWorkspace */.ve)(ws, 'reference', ref.path);
    const output = (0,paths/* inWorkspace */.ve)(ws, 'output', inputs.output);
    const store = (0,oci_open/* storeFromInputs */.zc)(ref, inputs, environment, (0,paths/* linksBeneath */.rd)(ws, 'reference'));
    const target = (0,references/* referenceTarget */.Z9)(ref);
    const result = await pullArtefact(store, target, output, environment.logger, (error, at) => (0,paths/* pathInputError */.GE)(environment.cwd, 'output', inputs.output, 'a directory pull can create and write in', error, at));
    return {
        outputs: { digest: result.digest, output, files: result.files.join('\n'), json: JSON.stringify(result) },
        summary: `### Pulled \`${inputs.reference}\`\n\n${result.files.length} file(s) into \`${output}\` (\`${result.digest}\`)\n`,
    };
}

// EXTERNAL MODULE: ./packages/core/src/pack/inputs.ts
var pack_inputs = __webpack_require__(43694);
// EXTERNAL MODULE: ./packages/core/src/pack/pack.ts + 1 modules
var pack = __webpack_require__(22139);
;// CONCATENATED MODULE: ./packages/cli/src/load/pack.ts
// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.



/***/ }),

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Bc: () => (/* binding */ startGitRecords),
/* harmony export */   IR: () => (/* binding */ mayBeInRepository),
/* harmony export */   Pm: () => (/* binding */ gitRaw),
/* harmony export */   bX: () => (/* binding */ commitTime),
/* harmony export */   dP: () => (/* binding */ gitStream)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69093);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);




/**
 * Settings of the environment that change what every pathspec means (all of them literal, glob or
 * case-insensitive): unset, so that `paths` (version/options.ts: `pathspecs`) selects what its
 * documentation says wherever it runs.
 */
const PATHSPEC_SETTINGS = {
    GIT_LITERAL_PATHSPECS: undefined,
    GIT_GLOB_PATHSPECS: undefined,
    GIT_NOGLOB_PATHSPECS: undefined,
    GIT_ICASE_PATHSPECS: undefined,
};
function gitEnv(extra) {
    return { ...process.env, ...PATHSPEC_SETTINGS, ...extra, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** A git process; node:child_process is loaded on the first (most sbom, sign or promote runs start none). */
function spawnGit(args, options) {
    return (0,_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .childProcess */ .Q)().spawn('git', args, {
        cwd: options.cwd,
        env: gitEnv(options.env),
        stdio: ['ignore', 'pipe', 'pipe'],
    });
}
/** Runs git and returns its output; never throws for a non-zero exit. */
function gitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const child = spawnGit(args, options);
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' })));
        child.on('close', (code) => resolve({
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            exitCode: code ?? 1,
        }));
    });
}
/** Runs git and returns stdout; throws a GIT_FAILED error naming the command on a non-zero exit. */
async function git(args, options) {
    const result = await gitRaw(args, options);
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
        if (/not a git repository/i.test(detail)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
    }
    return result.stdout;
}
function startGitRecords(args, options) {
    const child = spawnGit(args, options);
    const err = [];
    child.stderr.on('data', (chunk) => err.push(chunk));
    const closed = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
    // A cancelled process is never awaited: its failure (git missing, a bad range) is nobody's error.
    closed.catch(() => undefined);
    // Node resumes (and so discards) an exited child's stdout that nothing listens to; a 'readable'
    // listener keeps output that is not read yet buffered, up to the stream's high-water mark.
    child.stdout.on('readable', () => undefined);
    let reading = false;
    return {
        cancel() {
            if (!reading && child.exitCode === null)
                child.kill();
        },
        async read(onRecord, separator = '\n') {
            if (reading)
                throw new Error('GitRecords.read called twice');
            reading = true;
            // Records are split out of each chunk synchronously: iterating a readline interface costs a
            // promise per line, which at 20k tag names was most of the listing's time in this process.
            child.stdout.setEncoding('utf8');
            const crlf = separator === '\n';
            let stopped = false;
            let pending = '';
            for await (const chunk of child.stdout) {
                pending = pending === '' ? chunk : pending + chunk;
                let start = 0;
                let at;
                while ((at = pending.indexOf(separator, start)) >= 0) {
                    const end = crlf && at > start && pending.charCodeAt(at - 1) === 13 ? at - 1 : at;
                    const record = pending.slice(start, end);
                    start = at + separator.length;
                    if (onRecord(record) === 'stop') {
                        stopped = true;
                        break;
                    }
                }
                pending = pending.slice(start);
                if (stopped) {
                    child.kill();
                    break;
                }
            }
            if (!stopped && pending !== '')
                onRecord(crlf && pending.endsWith('\r') ? pending.slice(0, -1) : pending);
            const code = await closed;
            if (!stopped && code !== 0) {
                const detail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${code}): ${detail}`);
            }
        },
    };
}
/** Runs git and streams its stdout as records (see `GitRecords.read`). */
function gitStream(args, options, onRecord, separator = '\n') {
    return startGitRecords(args, options).read(onRecord, separator);
}
/**
 * False only where git cannot find a repository from `dir`: GIT_DIR is unset, and neither `dir` nor
 * any directory above it (symbolic links resolved, as git sees its working directory) holds a `.git`
 * entry or is itself a git directory (HEAD, objects and refs, as a bare repository). A few stat
 * calls, so callers skip starting git, a fork of this whole process, where git would only answer
 * "not a git repository". True promises nothing: git still decides (ceilings, ownership checks).
 */
function mayBeInRepository(dir, env = process.env) {
    if ((env.GIT_DIR ?? '') !== '')
        return true;
    let at;
    try {
        at = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        return true;
    }
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, '.git')))
            return true;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, 'HEAD')) && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, 'objects')) && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, 'refs')))
            return true;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at);
        if (up === at)
            return false;
        at = up;
    }
}
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** The committer time of `revision` (default HEAD); undefined outside a repository or before the first commit. */
async function commitTime(cwd, revision = 'HEAD') {
    if (!mayBeInRepository(cwd))
        return undefined;
    const shown = await gitRaw(['show', '-s', '--format=%ct', `${revision}^{commit}`], { cwd }).catch(() => undefined);
    const out = shown?.exitCode === 0 ? shown.stdout.trim() : '';
    return /^\d+$/.test(out) ? new Date(Number(out) * 1000) : undefined;
}


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

/***/ 61338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ tarEntries)
/* harmony export */ });
/* unused harmony export zstdAvailable */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92886);



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
        transform = node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip({ chunkSize: _files_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_CHUNK */ .R });
    else {
        const create = node_zlib__WEBPACK_IMPORTED_MODULE_0__.createZstdDecompress;
        if (create === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('UNSUPPORTED', `zstd-compressed layers need Node 22.15 or later (node:zlib zstd); this is Node ${process.versions.node}.`, { hint: 'Run on Node 24 (the runtime GitHub Actions uses for node24 actions).' });
        }
        transform = create({ chunkSize: _files_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_CHUNK */ .R });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('SBOM_FAILED', `Layer does not decompress as ${kind}: ${error.message}`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('SBOM_FAILED', `Tar stream ends mid-entry (wanted ${n} bytes, have ${this.length})`);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('SBOM_FAILED', 'Tar stream ends mid-entry');
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


/***/ }),

/***/ 21888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ reproducibleTime)
/* harmony export */ });
/* unused harmony export SOURCE_DATE_EPOCH */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97276);
/**
 * The one reproducible time of the suite: what build-tag's `created`, pack's file times and an
 * SBOM's timestamp are. SOURCE_DATE_EPOCH (reproducible-builds.org) first, then the candidates the
 * caller knows (a commit time, an image's `created`), in order, then a fallback that every caller
 * names: the time must never silently become the clock.
 */

const SOURCE_DATE_EPOCH = 'SOURCE_DATE_EPOCH';
async function reproducibleTime(env, candidates, fallback) {
    const epoch = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceDateEpoch */ .pA)(env);
    if (epoch !== undefined)
        return { time: new Date(epoch * 1000), source: SOURCE_DATE_EPOCH };
    for (const candidate of candidates) {
        const found = await candidate();
        if (found !== undefined && !Number.isNaN(found.time.getTime()))
            return found;
    }
    switch (fallback.kind) {
        case 'fail':
            throw fallback.error();
        case 'unix-epoch':
            return { time: new Date(0), source: 'unix-epoch' };
        case 'now':
            return { time: new Date(Math.floor(Date.now() / 1000) * 1000), source: 'now' };
    }
}


/***/ })

};
