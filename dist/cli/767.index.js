export const id = 767;
export const ids = [767];
export const modules = {

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

/***/ 41150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ completeHistory),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   Tp: () => (/* binding */ streamCommits),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   Wt: () => (/* binding */ countCommits),
/* harmony export */   Yt: () => (/* binding */ prefetchCommits),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   k2: () => (/* binding */ headFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(330);
/**
 * Reading plain history from git: commits since a revision (streamed `git log -z`, one record at a
 * time), HEAD, and shallow-clone handling. Version tags are read in version/version-tags.ts.
 */


function logArgs(range) {
    const rev = range.from === undefined ? range.to : `${range.from}..${range.to}`;
    const args = ['log', '-z', '--format=%H%x1f%P%x1f%B', rev, '--'];
    if (range.paths && range.paths.length > 0)
        args.push(...range.paths);
    return args;
}
function sameRange(a, b) {
    return a.from === b.from && a.to === b.to && (a.paths ?? []).join('\0') === (b.paths ?? []).join('\0');
}
/**
 * Starts the `git log` of a likely range now, so it runs beside the question that decides the
 * range; `streamCommits` reads it when the range turns out the same, and the caller cancels it
 * otherwise. Unread, it holds at most a pipe's worth of output.
 */
function prefetchCommits(cwd, range) {
    return { range, records: (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .startGitRecords */ .Bc)(logArgs(range), { cwd }) };
}
/**
 * Streams commits reachable from `to` but not from `from` (all of `to`'s history when `from` is
 * undefined), newest first, limited to commits touching `paths` when given. One `git log -z`
 * process (the prefetched one when it is of this range); each record is handed over and dropped,
 * so memory stays flat however long the history.
 */
async function streamCommits(cwd, range, onCommit, prefetched) {
    const records = prefetched !== undefined && sameRange(prefetched.range, range)
        ? prefetched.records
        : (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .startGitRecords */ .Bc)(logArgs(range), { cwd });
    await records.read((record) => {
        if (record === '')
            return;
        const a = record.indexOf('\x1f');
        const b = record.indexOf('\x1f', a + 1);
        if (a < 0 || b < 0)
            return;
        const parents = record.slice(a + 1, b);
        onCommit({
            sha: record.slice(0, a).replace(/^\n/, ''),
            parents: parents === '' ? [] : parents.split(' '),
            message: record.slice(b + 1).replace(/\n+$/, ''),
        });
    }, '\0');
}
/** Shallowness, HEAD's commit and branch, in one `rev-parse` (every process costs milliseconds). */
async function headFacts(cwd) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['rev-parse', '--is-shallow-repository', 'HEAD', '--symbolic-full-name', 'HEAD'], {
        cwd,
    });
    const [shallow = '', sha = '', ref = ''] = result.stdout.trim().split('\n');
    if (result.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
        // Let git say what is wrong: not a repository (GIT_NOT_A_REPOSITORY), or no commit yet.
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', '--is-shallow-repository'], { cwd });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot resolve HEAD in ${cwd}: the repository has no commits yet.`, {
            hint: 'Commit something first, or run in the checked-out repository.',
        });
    }
    return {
        shallow: shallow === 'true',
        sha,
        branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    };
}
/** The commit `rev` names (annotated tags peeled), or undefined when there is no such commit. */
async function resolveCommit(cwd, rev) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
    const sha = result.stdout.trim();
    return result.exitCode === 0 && sha !== '' ? sha : undefined;
}
async function hasCommit(cwd, sha) {
    return (await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['cat-file', '-e', `${sha}^{commit}`], { cwd })).exitCode === 0;
}
async function countCommits(cwd, from, to) {
    return Number((await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-list', '--count', `${from}..${to}`], { cwd })).trim());
}
async function isShallow(cwd) {
    const out = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', '--is-shallow-repository'], { cwd });
    return out.trim() === 'true';
}
async function hasRemote(cwd, remote) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['remote', 'get-url', remote], { cwd });
    return result.exitCode === 0;
}
/**
 * Makes history and tags complete before anything is computed from them. A shallow clone
 * (actions/checkout's default `fetch-depth: 1`) or a clone whose tags are stale would otherwise give
 * a wrong version with exit code 0. `deepen` fetches all history and tags from `origin` (commits and trees
 * only: `--filter=blob:none`); `fail` stops with GIT_SHALLOW.
 */
async function completeHistory(cwd, reason, options) {
    const remote = options.remote ?? 'origin';
    if (options.policy === 'fail') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `Cannot compute a version: ${reason}, so the previous release and the commits since it are unknown.`, {
            hint: "Use actions/checkout with 'fetch-depth: 0' (and 'fetch-tags: true'), or run 'git fetch --tags --force' first, or set fetch-depth-policy: deepen.",
        });
    }
    if (!(await hasRemote(cwd, remote))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `Cannot deepen the clone: ${reason} and there is no '${remote}' remote.`, {
            hint: "Clone with full history ('fetch-depth: 0').",
        });
    }
    await options.logger.group(`Fetching history and tags from '${remote}': ${reason}`, async () => {
        const shallow = await isShallow(cwd);
        const args = ['fetch', '--quiet', '--tags', '--force', '--filter=blob:none', ...(shallow ? ['--unshallow'] : [])];
        const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)([...args, remote], { cwd });
        if (result.exitCode !== 0) {
            const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `Fetching history and tags from '${remote}' failed: ${detail}`, {
                hint: "Check the checkout's credentials (persist-credentials), or clone with 'fetch-depth: 0'.",
            });
        }
        if (await isShallow(cwd)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `The clone is still shallow after fetching from '${remote}'.`, {
                hint: "Clone with 'fetch-depth: 0'.",
            });
        }
        options.logger.info(`Fetched full history and tags from '${remote}'.`);
    });
}


/***/ }),

/***/ 24169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ createLocalTag),
/* harmony export */   oW: () => (/* binding */ listRemoteTags),
/* harmony export */   qn: () => (/* binding */ pushRef),
/* harmony export */   xA: () => (/* binding */ readRemoteTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(330);
/**
 * Tags on a git remote, through plain git (any host: GitLab, Bitbucket, Gitea, a bare repository on
 * disk): read one tag with `git ls-remote` (annotated tags peeled), create a tag locally, and push
 * one ref. These are the primitives; the rules (a version tag is never moved, the major tag moves
 * under a lease) live with their callers in version/.
 */


/** Never wait for a password or a host-key prompt: fail and say so instead. */
function remoteEnv() {
    return { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' };
}
/** git's last words, with any credentials in a URL (`https://user:token@host`) left out. */
const lastLines = (text, count = 3) => text
    .trim()
    .split('\n')
    .slice(-count)
    .join(' ')
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
/**
 * The tags under `patterns` on `remote` (a remote name or URL), in one `git ls-remote`: names and
 * objects only, no object transferred. `patterns` match the tail of a ref (`refs/tags/v*`, which also
 * matches `refs/tags/x/refs/tags/v1`: callers check the names they read). With `peel`, annotated tags
 * are peeled to their commits too; without it, `--refs` leaves the peeled lines out. GIT_FAILED,
 * naming `what`, when the remote cannot be read.
 */
async function listRemoteTags(cwd, remote, patterns, options) {
    const args = ['ls-remote', '--tags', ...(options.peel ? [] : ['--refs']), remote, ...patterns];
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(args, { cwd, env: remoteEnv() });
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot read ${options.what} from the git remote '${remote}': git ls-remote failed (exit ${result.exitCode}): ${lastLines(result.stderr)}`, { hint: `Check that '${remote}' is a remote of the clone (git remote -v) and that this job can read it.` });
    }
    const objects = new Map();
    const peeled = new Map();
    for (const line of result.stdout.split('\n')) {
        const tab = line.indexOf('\t');
        const ref = line.slice(tab + 1);
        if (tab < 0 || !ref.startsWith('refs/tags/'))
            continue;
        const sha = line.slice(0, tab);
        if (ref.endsWith('^{}'))
            peeled.set(ref.slice('refs/tags/'.length, -3), sha);
        else
            objects.set(ref.slice('refs/tags/'.length), sha);
    }
    return { objects, peeled };
}
/** The commit a listed tag names (its peeled commit when annotated); undefined when not listed. */
function remoteTagOf(listing, tag) {
    const objectSha = listing.objects.get(tag);
    if (objectSha === undefined)
        return undefined;
    const peeled = listing.peeled.get(tag);
    return { objectSha, commitSha: peeled ?? objectSha, annotated: peeled !== undefined && peeled !== objectSha };
}
/**
 * Reads refs/tags/<tag> on `remote` (a remote name or URL) with one `git ls-remote`, peeling an
 * annotated tag to its commit. Undefined when the remote has no such tag; GIT_FAILED when the
 * remote cannot be read.
 */
async function readRemoteTag(cwd, remote, tag) {
    const ref = `refs/tags/${tag}`;
    // ls-remote matches patterns on the tail of the name: only the exact ref is read back.
    const listing = await listRemoteTags(cwd, remote, [ref, `${ref}^{}`], { peel: true, what: `the tag ${tag}` });
    return remoteTagOf(listing, tag);
}
/** Creates refs/tags/<tag> on `sha` in the local repository: annotated when a message is given. */
async function createLocalTag(cwd, options) {
    const { tag, sha } = options;
    const args = options.annotated === undefined
        ? ['tag', '--no-sign', tag, sha]
        : ['tag', '--no-sign', '-a', '-m', options.annotated.message, tag, sha];
    let result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(args, { cwd });
    if (result.exitCode !== 0 &&
        options.annotated !== undefined &&
        /identity|user\.email|user\.name/i.test(result.stderr)) {
        // A CI clone often has no user configured; an annotated tag needs a tagger.
        result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(args, {
            cwd,
            env: { GIT_COMMITTER_NAME: 'immutable-artefacts', GIT_COMMITTER_EMAIL: 'immutable-artefacts@localhost' },
        });
    }
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot create the tag ${tag} on ${sha}: git tag failed (exit ${result.exitCode}): ${lastLines(result.stderr)}`);
    }
}
/**
 * Pushes one ref: `source` (a ref or a commit) to `destination` on `remote`, never forced. With
 * `lease`, the update is forced only if the remote ref still holds `lease.expected` (empty: the
 * ref must not exist), so a concurrent change is never clobbered. A refusal is returned, not
 * thrown: the caller re-reads the remote to learn why.
 */
async function pushRef(cwd, options) {
    const { remote, source, destination, lease } = options;
    const args = ['push', '--atomic', '--no-verify', '--quiet'];
    if (lease !== undefined)
        args.push(`--force-with-lease=${destination}:${lease.expected}`);
    args.push(remote, `${source}:${destination}`);
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(args, { cwd, env: remoteEnv() });
    return { ok: result.exitCode === 0, detail: lastLines(result.stderr) };
}


/***/ }),

/***/ 35793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   y: () => (/* binding */ GitHubApi)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E {
    status;
    constructor(status, message, hint) {
        super(status === 403 ? 'GITHUB_PERMISSION' : 'GITHUB_API', message, hint === undefined ? {} : { hint });
        this.status = status;
    }
}
class GitHubApi {
    owner;
    repo;
    base;
    token;
    logger;
    retries;
    constructor(options) {
        this.base = options.apiUrl.replace(/\/+$/, '');
        this.token = options.token;
        this.owner = options.owner;
        this.repo = options.repo;
        this.logger = options.logger;
        this.retries = options.retries ?? 3;
    }
    /** `/repos/{owner}/{repo}` + path. */
    repoPath(path) {
        return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${path}`;
    }
    /**
     * One request. `expect` lists statuses that are answers rather than failures (e.g. 404 when
     * asking whether a tag exists); any other non-2xx throws a GitHubApiError.
     */
    async request(method, path, options = {}) {
        const url = path.startsWith('http') ? path : `${this.base}${path}`;
        const what = options.what ?? `${method} ${path}`;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers: {
                        accept: 'application/vnd.github+json',
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'immutable-artefacts',
                        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
                        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
                    },
                    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
                });
            }
            catch (error) {
                if (attempt <= this.retries) {
                    await delay(attempt);
                    continue;
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
                    cause: error,
                    hint: 'Check GITHUB_API_URL and the network.',
                });
            }
            const text = await response.text();
            const data = (text === '' ? undefined : safeJson(text));
            if (response.ok || options.expect?.includes(response.status)) {
                return { status: response.status, data, headers: response.headers };
            }
            if ((response.status >= 500 || response.status === 429) && attempt <= this.retries) {
                this.logger?.debug(`GitHub API ${response.status} on ${what}; retrying (${attempt}/${this.retries})`);
                await delay(attempt, response.headers.get('retry-after'));
                continue;
            }
            const message = data?.message ?? text.slice(0, 200);
            if (response.status === 403 || response.status === 401) {
                const permission = options.permission;
                throw new GitHubApiError(response.status, `GitHub refused to ${what}: ${response.status} ${message}.`, permission
                    ? `The token needs '${permission}'. Add to the job: permissions: { ${permission} }. Fork pull requests get a read-only token.`
                    : 'Check the token and its permissions.');
            }
            throw new GitHubApiError(response.status, `GitHub API failed to ${what}: ${response.status} ${message}.`);
        }
    }
    /** Follows `Link: rel="next"` through every page. */
    async paginate(path, what) {
        const items = [];
        let next = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
        while (next !== undefined) {
            const response = await this.request('GET', next, what === undefined ? {} : { what });
            items.push(...(response.data ?? []));
            next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
        }
        return items;
    }
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return { message: text.slice(0, 200) };
    }
}
function delay(attempt, retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) && seconds > 0
        ? Math.min(seconds * 1000, 30_000)
        : 2 ** attempt * 250 * (0.5 + Math.random());
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 57767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ calculateVersion)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __webpack_require__(41150);
// EXTERNAL MODULE: ./packages/core/src/version/conventional.ts
var conventional = __webpack_require__(47890);
;// CONCATENATED MODULE: ./packages/core/src/version/classify.ts
/**
 * One commit read for the version: its bump and why (Conventional Commits, custom patterns or the
 * default for unmatched commits), kept slim for the changelog and described for the reasons.
 */

/**
 * Classifies one commit. With Conventional Commits on, a message is read whatever its header
 * (a breaking-change note or `!` makes it major), and each release-please nested commit in it is
 * an entry of its own; so one commit gives one or more entries.
 */
function classify(message, sha, parents, options) {
    const isMerge = parents > 1;
    if (!options.conventionalCommits) {
        const base = {
            sha,
            subject: firstLine(message),
            isMerge,
            nested: false,
            conventional: undefined,
            releaseAs: undefined,
        };
        return [{ ...base, ...byPatterns(message, options) }];
    }
    const parts = (0,conventional/* splitNestedCommits */.QI)(message);
    const entries = [];
    parts.forEach((text, i) => {
        if (i === 0 && parts.length > 1 && text === '')
            return;
        const parsed = (0,conventional/* parseCommit */.L5)(text);
        const base = {
            sha,
            subject: parsed.header,
            isMerge: isMerge && i === 0,
            nested: i > 0,
            conventional: parsed,
            releaseAs: parsed.releaseAs,
        };
        if (parsed.type !== undefined || parsed.breaking) {
            entries.push({ ...base, bump: (0,conventional/* bumpForCommit */.ZM)(parsed, options.commitTypes), source: 'conventional-commits' });
        }
        else {
            entries.push({ ...base, ...byPatterns(text, options) });
        }
    });
    return entries;
}
function firstLine(message) {
    return message.split('\n', 1)[0]?.trim() ?? '';
}
function byPatterns(message, options) {
    if (options.majorPattern?.test(message))
        return { bump: 'major', source: 'patterns' };
    if (options.minorPattern?.test(message))
        return { bump: 'minor', source: 'patterns' };
    return { bump: options.defaultBump ?? (options.conventionalCommits ? 'none' : 'patch'), source: 'default-bump' };
}
/** Breaking-change notes are kept for the changelog (the migration note is the point), within reason. */
const NOTE_CHARS = 2000;
function slim(c) {
    const cc = c.conventional;
    const subject = c.subject.length > 300 ? `${c.subject.slice(0, 300)}…` : c.subject;
    if (cc === undefined)
        return { ...c, subject };
    const { type, scope, description, breaking, revert } = cc;
    const note = cc.breakingNote;
    const breakingNote = note === undefined || note.length <= NOTE_CHARS ? note : `${note.slice(0, NOTE_CHARS)}…`;
    return { ...c, subject, conventional: { type, scope, description, breaking, breakingNote, revert } };
}
const SOURCE_ORDER = ['conventional-commits', 'patterns', 'default-bump'];
function describeCommit(c) {
    const cc = c.conventional;
    const why = c.source === 'conventional-commits'
        ? cc?.breaking
            ? cc.type === undefined
                ? 'breaking change; the header is not a Conventional Commit'
                : 'breaking change'
            : cc?.revert !== undefined
                ? `revert${cc.revert.sha ? ` of ${cc.revert.sha.slice(0, 7)}` : ''}`
                : `type ${cc?.type ?? ''}`
        : c.source === 'patterns'
            ? `matches the ${c.bump}-pattern`
            : 'default bump for commits matching nothing';
    return `${c.sha.slice(0, 7)} ${shorten(c.subject)} (${why}${c.nested ? ', nested commit' : ''})`;
}
function shorten(subject) {
    return subject.length > 100 ? `${subject.slice(0, 100)}…` : subject;
}

// EXTERNAL MODULE: ./packages/core/src/version/options.ts
var version_options = __webpack_require__(49752);
// EXTERNAL MODULE: ./packages/core/src/version/semver.ts
var semver = __webpack_require__(20216);
;// CONCATENATED MODULE: ./packages/core/src/version/commit-facts.ts
/**
 * Facts read from git history for the version: the version tag HEAD carries, the highest of a
 * set of tags, and the commits since the previous release, classified and streamed.
 */





/** Commits kept for the changelog and the reasons; counting goes on past it. */
const KEEP_COMMITS = 250;
const REASON_LINES = 10;
function highest(tags, filter) {
    let best;
    for (const t of tags)
        if (filter(t) && (best === undefined || t.compare(best) > 0))
            best = t;
    return best;
}
/**
 * A refusal of git's that is about the `paths` given (a pathspec it cannot read, a path outside the
 * repository) made the input error it is, naming `paths`, with git's message as the hint.
 */
async function pathsNamed(paths, work) {
    try {
        return await work;
    }
    catch (error) {
        if (paths.length > 0 &&
            error instanceof errors/* ArtefactsError */.E &&
            error.code === 'GIT_FAILED' &&
            /pathspec|outside (the )?repository/i.test(error.message)) {
            throw (0,errors/* inputError */.Xu)('paths', paths.join(', '), version_options/* PATHS_ACCEPTED */.Zu, error.message);
        }
        throw error;
    }
}
/** The range `gatherCommits` reads: from `previousStable` (exclusive; the beginning when undefined) to `sha`. */
function commitRange(previousStable, sha, options) {
    return {
        ...(previousStable ? { from: `refs/tags/${previousStable.tag}` } : {}),
        to: sha,
        paths: (0,version_options/* pathspecs */.YO)(options.paths),
    };
}
/**
 * Streams and classifies the commits from `previousStable` (exclusive; the beginning when
 * undefined) to `sha`, from `prefetched` when that log is of the same range.
 */
async function gatherCommits(cwd, previousStable, sha, options, prefetched) {
    // Commits since the previous stable release, streamed; prerelease tags never count as previous.
    const kept = [];
    let unparsedReason;
    let commitsSince = 0;
    let commitBump = 'none';
    let commitSource;
    const deciding = [];
    let releaseAsFound;
    // Commits whose header is not a Conventional Commit (merges aside): reported, never silently dropped.
    const unparsed = [];
    let unparsedCount = 0;
    await pathsNamed(options.paths, (0,git_history/* streamCommits */.Tp)(cwd, commitRange(previousStable, sha, options), (commit) => {
        commitsSince++;
        for (const c of classify(commit.message, commit.sha, commit.parents.length, options)) {
            if (kept.length < KEEP_COMMITS)
                kept.push(slim(c));
            // Newest first: the first Release-As met is the newest.
            if (c.releaseAs !== undefined && releaseAsFound === undefined)
                releaseAsFound = { commit: slim(c), value: c.releaseAs };
            if (c.conventional !== undefined &&
                c.conventional.type === undefined &&
                !c.isMerge &&
                !c.conventional.breaking) {
                if (unparsedCount++ < 5)
                    unparsed.push(slim(c));
            }
            const order = (0,semver/* compareBumps */.L9)(c.bump, commitBump);
            if (order > 0 ||
                (order === 0 &&
                    c.bump !== 'none' &&
                    commitSource !== undefined &&
                    SOURCE_ORDER.indexOf(c.source) < SOURCE_ORDER.indexOf(commitSource))) {
                commitBump = c.bump;
                commitSource = c.source;
                deciding.length = 0;
            }
            if (c.bump === commitBump && c.bump !== 'none' && c.source === commitSource && deciding.length < REASON_LINES)
                deciding.push(slim(c));
        }
    }, prefetched));
    if (unparsedCount > 0) {
        const shown = unparsed.map((c) => `${c.sha.slice(0, 7)} ${shorten(c.subject)}`).join('; ');
        // Logged by the caller, once the facts are final.
        unparsedReason =
            `${unparsedCount} commit(s) with a header that is not a Conventional Commit, read for breaking changes ` +
                `and Release-As only: ${shown}${unparsedCount > unparsed.length ? '; …' : ''}`;
    }
    return { commitsSince, kept, commitBump, commitSource, deciding, releaseAsFound, unparsedReason };
}
/**
 * The version tag HEAD carries, if any: the pushed tag on a tag push, else the highest stable
 * version merged into HEAD, else the highest prerelease on this run's channel, when it points at
 * HEAD. Only these few candidates are peeled, never all tags (their commits mostly come with the
 * ancestry check that found them).
 */
async function taggedAtHead(merged, sha, tagRef, channel) {
    const candidates = [
        await merged.find(tagRef),
        await merged.highest((t) => !t.isPrerelease),
        channel === undefined
            ? undefined
            : await merged.highest((t) => t.isPrerelease && t.version.prerelease[0] === channel),
    ].filter((t) => t !== undefined);
    if (candidates.length === 0)
        return undefined;
    const commits = await merged.commitsOf(candidates);
    return candidates.find((t) => commits.get(t.tag) === sha);
}

// EXTERNAL MODULE: ./packages/core/src/version/version-tags.ts
var version_tags = __webpack_require__(55978);
;// CONCATENATED MODULE: ./packages/core/src/version/merged-tags.ts
/**
 * Version tags merged into a commit, answered lazily. The calculation only ever asks "the highest
 * merged tag such that ...", so instead of `for-each-ref --merged` over every tag (git then walks
 * the whole history: 1.6 s at 200k commits without a commit-graph), tags are sorted highest first
 * and only the leading candidates are checked, a few at a time, with batches growing when the
 * answer is further down. Past a bound, one full `--merged` listing answers everything at once,
 * so the worst case costs what the eager listing always cost.
 */


const FIRST_BATCH = 4;
const GROWTH = 8;
/** Beyond this many unknown candidates, one full `--merged` listing is cheaper than more batches. */
const FULL_LISTING_AT = 512;
class MergedTags {
    cwd;
    target;
    prefix;
    /** Every version tag, highest version first; ties keep git's refname order. */
    sorted;
    known = new Map();
    /** The commits merged tags point at, as the batched checks read them. */
    commits = new Map();
    listedAll = false;
    /** How many git processes answered: for the debug log and the tests. */
    queries = 0;
    constructor(cwd, target, prefix, tags) {
        this.cwd = cwd;
        this.target = target;
        this.prefix = prefix;
        this.sorted = [...tags].sort((a, b) => b.compare(a));
    }
    /** The highest-versioned tag merged into the target that passes `filter` (first in refname order on ties). */
    async highest(filter) {
        let batch = FIRST_BATCH;
        for (let i = 0; i < this.sorted.length; i++) {
            const t = this.sorted[i];
            if (!filter(t))
                continue;
            let merged = this.known.get(t.tag);
            if (merged === undefined) {
                await this.resolve(this.unknownFrom(i, filter, batch));
                batch *= GROWTH;
                merged = this.known.get(t.tag) === true;
            }
            if (merged)
                return t;
        }
        return undefined;
    }
    /** The highest-versioned tag that passes `filter`, merged or not: a guess, answered without git. */
    highestUnchecked(filter) {
        return this.sorted.find(filter);
    }
    /** The tag named `name`, when it is a version tag merged into the target. */
    async find(name) {
        if (name === undefined)
            return undefined;
        const t = this.sorted.find((candidate) => candidate.tag === name);
        if (t === undefined)
            return undefined;
        if (!this.known.has(name))
            await this.resolve([t]);
        return this.known.get(name) === true ? t : undefined;
    }
    /** Up to `limit` tags from position `start` on that pass `filter` and are not yet known. */
    unknownFrom(start, filter, limit) {
        const out = [];
        for (let i = start; i < this.sorted.length && out.length < limit; i++) {
            const t = this.sorted[i];
            if (filter(t) && !this.known.has(t.tag))
                out.push(t);
        }
        return out;
    }
    async resolve(candidates) {
        this.queries++;
        if (candidates.length >= FULL_LISTING_AT && !this.listedAll) {
            const merged = new Set(await (0,version_tags/* listTags */.cB)(this.cwd, this.prefix, { mergedInto: this.target }));
            for (const t of this.sorted)
                this.known.set(t.tag, merged.has(t.tag));
            this.listedAll = true;
            return;
        }
        const merged = await (0,version_tags/* tagsMergedInto */.KJ)(this.cwd, this.target, candidates.map((t) => t.tag));
        for (const t of candidates) {
            this.known.set(t.tag, merged.has(t.tag));
            const commit = merged.get(t.tag);
            if (commit !== undefined)
                this.commits.set(t.tag, commit);
        }
    }
    /** The commits `tags` point at (annotated tags peeled): those the checks read, one `rev-parse` for the rest. */
    async commitsOf(tags) {
        const out = new Map();
        const rest = [];
        for (const t of tags) {
            const commit = this.commits.get(t.tag);
            if (commit === undefined)
                rest.push(t.tag);
            else
                out.set(t.tag, commit);
        }
        for (const [tag, commit] of await (0,version_tags/* peelTags */.YQ)(this.cwd, rest))
            out.set(tag, commit);
        return out;
    }
}

// EXTERNAL MODULE: ./packages/core/src/version/report.ts
var report = __webpack_require__(9822);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/github/api.ts
var github_api = __webpack_require__(35793);
;// CONCATENATED MODULE: ./packages/core/src/github/pulls.ts
/**
 * The pull request whose merge produced `sha` (a merge, squash or rebase commit pushed to a branch),
 * through `GET /repos/{o}/{r}/commits/{sha}/pulls`. Open PRs that merely contain the commit are
 * not it: only a PR whose `merge_commit_sha` is `sha` counts.
 */
async function pullRequestForMergeCommit(api, sha) {
    const response = await api.request('GET', api.repoPath(`/commits/${sha}/pulls`), {
        what: `find the pull request that produced ${sha.slice(0, 7)}`,
    });
    const pull = (response.data ?? []).find((p) => p.merge_commit_sha === sha);
    if (pull === undefined)
        return undefined;
    return {
        number: pull.number,
        labels: (pull.labels ?? []).map((l) => l.name).filter((n) => typeof n === 'string'),
        mergeCommitSha: pull.merge_commit_sha ?? undefined,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/version/run-context.ts





function readContext(environment, gitBranch) {
    const { github } = environment;
    const assumptions = [];
    const isPrEvent = github !== undefined && /^pull_request/.test(github.eventName) && github.pullRequest !== undefined;
    if (isPrEvent && github?.pullRequest) {
        const pr = github.pullRequest;
        assumptions.push(`pull request #${pr.number} (${pr.headRef} → ${pr.baseRef}), head ${pr.headSha.slice(0, 7)}`);
        return {
            branch: pr.headRef || undefined,
            tagRef: undefined,
            pr: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, labels: pr.labels },
            assumptions,
        };
    }
    if (github !== undefined) {
        const branch = github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
        const tagRef = github.ref.startsWith('refs/tags/') ? github.ref.slice('refs/tags/'.length) : undefined;
        assumptions.push(`${github.eventName} event; ${branch ? `branch ${branch}` : tagRef ? `tag ${tagRef}` : `ref ${github.ref || 'unknown'}`}`);
        return { branch, tagRef, pr: undefined, assumptions };
    }
    const fromGit = gitBranch;
    // Other CI systems check out a detached HEAD and name the branch in the environment.
    const ciVariable = ['CI_COMMIT_BRANCH', 'BUILDKITE_BRANCH', 'CIRCLE_BRANCH', 'BRANCH_NAME'].find((name) => (environment.env[name] ?? '') !== '');
    const branch = fromGit ?? (ciVariable === undefined ? undefined : environment.env[ciVariable]);
    const where = fromGit
        ? `branch ${fromGit} from git`
        : branch
            ? `detached HEAD; branch ${branch} from ${ciVariable ?? ''}`
            : 'detached HEAD, no branch known';
    assumptions.push(`not a pull request (no GitHub context); ${where}`);
    return { branch, tagRef: undefined, pr: undefined, assumptions };
}
async function resolveTarget(cwd, ctx, headSha, environment) {
    if (ctx.pr !== undefined && ctx.pr.headSha !== '') {
        const head = ctx.pr.headSha;
        if (!(await (0,git_history/* hasCommit */.QE)(cwd, head))) {
            environment.logger.info(`The PR head ${head.slice(0, 7)} is not in the clone; fetching it from origin.`);
            await (0,git/* gitRaw */.Pm)(['fetch', '--quiet', '--filter=blob:none', 'origin', head], { cwd });
            if (!(await (0,git_history/* hasCommit */.QE)(cwd, head))) {
                throw new errors/* ArtefactsError */.E('GIT_FAILED', `The pull request head ${head} is not in the clone and could not be fetched from origin.`, {
                    hint: "Use actions/checkout with 'fetch-depth: 0', or check out the PR head (ref: ${{ github.event.pull_request.head.sha }}).",
                });
            }
        }
        return head;
    }
    return headSha;
}
function channelFor(options, ctx) {
    if (ctx.pr !== undefined)
        return options.prChannel === undefined ? undefined : { channel: options.prChannel, kind: 'pr' };
    if (options.prerelease !== undefined)
        return { channel: options.prerelease, kind: 'forced' };
    if (ctx.branch !== undefined) {
        const match = options.branchChannels.find((c) => c.pattern.test(ctx.branch ?? ''));
        if (match)
            return { channel: match.channel, kind: 'branch' };
    }
    return undefined;
}
async function labelsFor(options, environment, ctx, assumptions) {
    if (options.labels !== undefined) {
        // Given directly (a merge request on another CI): GitHub is not asked, even on a pull request.
        const line = `the pull request labels come from the labels input: ${options.labels.join(', ')}`;
        environment.logger.info(`${line[0]?.toUpperCase() ?? ''}${line.slice(1)}.`);
        assumptions.push(line);
        return [...options.labels];
    }
    if (ctx.pr !== undefined)
        return [...ctx.pr.labels];
    const github = environment.github;
    if (github === undefined || github.eventName !== 'push' || ctx.branch === undefined)
        return [];
    if (options.token === '') {
        assumptions.push('no github-token: labels of the pull request behind this push not looked up');
        return [];
    }
    const api = new github_api/* GitHubApi */.y({
        apiUrl: github.apiUrl,
        token: options.token,
        owner: github.owner,
        repo: github.repo,
        logger: environment.logger,
        // The labels refine the bump; a flaky API gets one retry, then a warning and the commits decide.
        retries: 1,
    });
    try {
        const pull = await pullRequestForMergeCommit(api, ctx.sha);
        if (pull === undefined) {
            environment.logger.debug(`${ctx.sha.slice(0, 7)} was not produced by merging a pull request.`);
            return [];
        }
        const line = `this push is the merge of pull request #${pull.number} (labels from the API)`;
        environment.logger.info(`Assuming ${line}: labels ${pull.labels.join(', ') || '(none)'}.`);
        assumptions.push(line);
        return [...pull.labels];
    }
    catch (error) {
        environment.logger.warning(`Could not look up the pull request behind ${ctx.sha.slice(0, 7)} (${(0,errors/* describeError */.Uc)(error)}); ` +
            'its labels are not considered, the bump comes from the commits.');
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/version/calculate.ts









/** The Release-As version when it can be used; otherwise a warning says why it is ignored. */
function usableReleaseAs(found, previous, logger) {
    if (found === undefined)
        return undefined;
    const where = `'Release-As: ${found.value}' in ${found.commit.sha.slice(0, 7)} ${shorten(found.commit.subject)}`;
    const version = (0,semver/* parseVersion */.ot)(found.value);
    if (version === undefined || version.prerelease.length > 0 || version.build.length > 0) {
        logger.warning(`Ignoring ${where}: not a stable SemVer version (major.minor.patch, e.g. 2.0.0).`);
        return undefined;
    }
    if (previous !== undefined && !(0,semver/* greater */.rh)(version, previous.version)) {
        logger.warning(`Ignoring ${where}: not above the previous release ${previous.tag}; versions never go back.`);
        return undefined;
    }
    return version.version;
}
/**
 * Reads the version tags (from `listed`, names already listed, when given), the tag HEAD carries,
 * the previous release and the commits since it.
 */
async function readHistory(environment, options, target, listed) {
    const { cwd, logger } = environment;
    const { sha, ctx } = target;
    const prefix = options.tagPrefix;
    // Every version tag is listed (cheap); which are merged into HEAD is asked lazily, highest first.
    const all = await (0,version_tags/* readVersionTags */.yr)(cwd, prefix, logger, listed === undefined ? undefined : Promise.resolve(listed));
    const merged = new MergedTags(cwd, sha, prefix, all);
    // The previous release is most often the highest stable tag: its log starts now, beside the
    // ancestry checks that confirm it, and is read only if they do (else cancelled unread).
    const guess = merged.highestUnchecked((t) => !t.isPrerelease);
    const prefetched = guess === undefined ? undefined : (0,git_history/* prefetchCommits */.Yt)(cwd, commitRange(guess, sha, options));
    try {
        // HEAD already released: output that version as-is.
        const tagged = ctx.pr === undefined ? await taggedAtHead(merged, sha, ctx.tagRef, target.channel) : undefined;
        const previousFilter = (t) => !t.isPrerelease && (tagged === undefined || t.compare(tagged) < 0);
        const previousStable = options.previousFrom === 'all' ? highest(all, previousFilter) : await merged.highest(previousFilter);
        logger.debug(`${all.length} version tags in the repository; ${merged.queries} ancestry checks against ${sha.slice(0, 7)}.`);
        const facts = await gatherCommits(cwd, previousStable, sha, options, prefetched);
        return { all, merged, tagged, previousStable, facts };
    }
    finally {
        prefetched?.records.cancel();
    }
}
/**
 * The tags a result was read from, whose moving on the remote would change it: the previous
 * release, every tag above it (merged here or not), and the tag HEAD carries. A tag below the
 * previous release cannot change which release is the previous one, wherever it points.
 */
function watchedTags(read) {
    const { all, previousStable, tagged } = read;
    const names = all.filter((t) => previousStable === undefined || t.compare(previousStable) >= 0).map((t) => t.tag);
    if (tagged !== undefined && !names.includes(tagged.tag))
        names.push(tagged.tag);
    return names;
}
/**
 * Computes the version for the checked-out commit (the PR head on pull requests). Reads git in
 * `environment.cwd`, completing a shallow clone, or one whose version tags differ from its remote's,
 * first (or failing, per `fetchDepthPolicy`), and asks GitHub for the labels of the PR behind a
 * pushed merge commit when a token is given.
 */
async function calculateVersion(options, environment) {
    const { cwd, logger } = environment;
    const prefix = options.tagPrefix;
    // The tag listing does not depend on HEAD, so it runs beside the HEAD query. A failure is read
    // where the listing is awaited (headFacts reports a missing repository first).
    const listing = (0,version_tags/* listTags */.cB)(cwd, prefix);
    listing.catch(() => undefined);
    const heading = (0,git_history/* headFacts */.k2)(cwd);
    // The remote's version tags, beside all the local work: one ls-remote once `git remote` names a
    // remote (none: nothing asked). A shallow clone is completed anyway, so its remote is not asked.
    const remoteName = Promise.all([heading, (0,version_tags/* pickRemote */.yJ)(cwd)]).then(([h, remote]) => (h.shallow ? undefined : remote));
    const remoteTags = remoteName.then((remote) => remote === undefined ? undefined : (0,version_tags/* remoteVersionTags */.Cc)(cwd, remote, prefix));
    remoteTags.catch(() => undefined);
    const head = await heading;
    const partial = readContext(environment, head.branch);
    let deepened = false;
    let why = 'the clone was shallow';
    let from = 'origin';
    if (head.shallow) {
        await (0,git_history/* completeHistory */.Cx)(cwd, 'the clone is shallow (actions/checkout fetches one commit by default)', {
            policy: options.fetchDepthPolicy,
            logger,
        });
        deepened = true;
    }
    const sha = await resolveTarget(cwd, partial, head.sha, environment);
    const ctx = { ...partial, sha };
    const channel = channelFor(options, ctx);
    const target = { sha, ctx, channel: channel?.channel };
    // A clone whose version tags are not the remote's (released there since it was fetched, or moved)
    // is completed before any result is used; true when it was. `read`: what was read from its tags.
    let compared = false;
    const completeStaleTags = async (read) => {
        if (deepened || compared)
            return false;
        compared = true;
        if ((await remoteName) === undefined)
            return false;
        const watched = read === undefined ? [] : watchedTags(read);
        const [listed, objects] = await Promise.all([remoteTags, (0,version_tags/* localTagObjects */.GY)(cwd, prefix, watched)]);
        if (listed === undefined)
            return false;
        if (listed.failure !== undefined) {
            logger.warning((0,version_tags/* unreadableRemoteWarning */.Ml)(listed, prefix));
            return false;
        }
        const drift = (0,version_tags/* tagDrift */.Gl)(listed, read?.all ?? [], objects, prefix);
        if (drift === undefined)
            return false;
        for (const m of drift.moved) {
            logger.warning(`The version tag ${m.tag} names ${m.local} in this clone but ${m.remote} on '${drift.remote}': ` +
                `the version is computed from '${drift.remote}'s, which replaces the local one.`);
        }
        await (0,git_history/* completeHistory */.Cx)(cwd, (0,version_tags/* driftReason */.eo)(drift), { policy: options.fetchDepthPolicy, logger, remote: drift.remote });
        deepened = true;
        why = `the clone lacked version tags of '${drift.remote}', or had them on other objects`;
        from = drift.remote;
        return true;
    };
    let listed = deepened ? undefined : await listing;
    // No version tag here at all: the remote decides before an empty list is read (and warned about).
    if (listed !== undefined && !listed.some((n) => (0,version_tags/* parseVersionTag */._Q)(n, prefix) !== undefined)) {
        if (await completeStaleTags())
            listed = undefined;
    }
    let history = await readHistory(environment, options, target, listed);
    // Computed beside the remote's answer; computed again from the fetched tags when they differed.
    if (await completeStaleTags(history))
        history = await readHistory(environment, options, target);
    const { all, merged, tagged, previousStable, facts } = history;
    const assumptions = [...ctx.assumptions];
    if (deepened)
        assumptions.push(`${why}: fetched history and tags from '${from}'`);
    for (const line of assumptions)
        logger.info(`Assuming ${line}.`);
    const { commitsSince, kept, commitBump, commitSource, deciding, releaseAsFound, unparsedReason } = facts;
    if (unparsedReason !== undefined)
        logger.info(unparsedReason);
    const changelog = (0,report/* renderChangelog */.R)(kept, commitsSince);
    const common = {
        previousVersion: previousStable?.version.version,
        previousTag: previousStable?.tag,
        commitsSince,
        changelog,
        sha,
        branch: ctx.branch,
        pullRequest: ctx.pr?.number,
        assumptions,
        deepened,
    };
    if (tagged !== undefined) {
        const v = tagged.version;
        logger.info(`HEAD is tagged ${tagged.tag}: using ${v.version} as-is.`);
        return {
            ...common,
            version: v.version,
            versionTag: tagged.tag,
            releaseVersion: (0,semver/* releaseOf */.l7)(v),
            bump: 'none',
            bumpSource: 'tag',
            major: v.major,
            minor: v.minor,
            patch: v.patch,
            prerelease: v.prerelease.join('.'),
            build: v.build.join('.'),
            isPrerelease: v.prerelease.length > 0,
            isTagged: true,
            reasons: [`HEAD already carries the tag ${tagged.tag}`],
            labels: [],
            channel: v.prerelease.length > 0 ? String(v.prerelease[0]) : undefined,
        };
    }
    // Labels: from the PR payload, or from the PR that produced a pushed merge commit.
    const labels = await labelsFor(options, environment, ctx, assumptions);
    const lowered = labels.map((l) => l.toLowerCase());
    const has = (list) => lowered.filter((l) => list.includes(l));
    const fromInput = options.labels === undefined ? '' : ' (from the labels input)';
    let bump;
    let bumpSource;
    const reasons = [];
    const skip = has(options.bumpLabels.skip);
    const labelBumps = ['major', 'minor', 'patch'].filter((b) => has(options.bumpLabels[b]).length > 0);
    const releaseAs = options.increment === undefined ? usableReleaseAs(releaseAsFound, previousStable, logger) : undefined;
    if (options.increment !== undefined) {
        bump = options.increment;
        bumpSource = 'increment';
        reasons.push(`explicit increment: ${options.increment}`);
    }
    else if (releaseAs !== undefined && releaseAsFound !== undefined) {
        bump = previousStable === undefined ? commitBump : (0,semver/* bumpBetween */.HQ)(previousStable.version, releaseAs);
        bumpSource = 'release-as';
        const c = releaseAsFound.commit;
        reasons.push(`${c.sha.slice(0, 7)} ${shorten(c.subject)} (Release-As: ${releaseAs})`);
    }
    else if (skip.length > 0) {
        bump = 'none';
        bumpSource = 'skip-label';
        reasons.push(`label ${skip.map((l) => `"${l}"`).join(', ')}${fromInput}: no release`);
    }
    else if (labelBumps.length > 0) {
        bump = labelBumps.reduce((a, b) => (0,semver/* maxBump */.fX)(a, b), 'none');
        bumpSource = 'labels';
        for (const b of labelBumps)
            reasons.push(`label ${has(options.bumpLabels[b])
                .map((l) => `"${l}"`)
                .join(', ')}${fromInput}: ${b}`);
    }
    else if (commitsSince === 0) {
        bump = 'none';
        bumpSource = 'no-commits';
        reasons.push(`no commits since ${previousStable?.tag ?? 'the beginning'}${options.paths.length ? ` touching ${options.paths.join(', ')}` : ''}`);
    }
    else if (commitBump === 'none' || commitSource === undefined) {
        bump = 'none';
        bumpSource = 'no-releasable-commits';
        reasons.push(`${commitsSince} commit(s) since ${previousStable?.tag ?? 'the beginning'}, none releasable`);
        if (unparsedReason !== undefined)
            reasons.push(unparsedReason);
    }
    else {
        bump = commitBump;
        bumpSource = commitSource;
        reasons.push(...deciding.map(describeCommit));
        if (unparsedReason !== undefined)
            reasons.push(unparsedReason);
    }
    let release;
    let releaseBump = bump;
    if (releaseAs !== undefined) {
        // Release-As names the version: no initial version, no 0.x rule, no graduation.
        release = releaseAs;
    }
    else if (previousStable === undefined) {
        release = options.initialVersion.replace(/\+.*$/, '');
        bumpSource = bumpSource === 'increment' ? bumpSource : 'initial-version';
        reasons.push(`no previous stable version tag with prefix '${prefix}': initial version ${release}`);
        // Prereleases before the first stable release (1.0.0-rc.2): the first release graduates them.
        const candidate = await merged.highest((t) => t.isPrerelease);
        if (candidate !== undefined && (0,semver/* greater */.rh)((0,semver/* releaseOf */.l7)(candidate.version), release)) {
            release = (0,semver/* releaseOf */.l7)(candidate.version);
            reasons.push(`graduates the prerelease ${candidate.tag} to ${release}`);
        }
    }
    else {
        // The 0.x rule applies to breaking changes found in commits and labels; an explicit
        // `increment: major` is the deliberate way out of 0.x.
        const zeroRule = bumpSource === 'increment' ? 'major' : options.zeroMajorBreaking;
        release = (0,semver/* applyBump */.Pg)(previousStable.version, bump, { zeroMajorBreaking: zeroRule });
        if (bump === 'major' && previousStable.version.major === 0 && zeroRule === 'minor') {
            releaseBump = 'minor';
            reasons.push(`0.x rule: a breaking change in ${previousStable.version.version} bumps minor (zero-major-breaking: minor)`);
        }
        // Graduation: prereleases of a higher version merged here are release candidates of this release.
        if (bump !== 'none') {
            const target = (0,semver/* parseVersion */.ot)(release);
            if (target === undefined)
                throw beyondNumbers(previousStable, release);
            const candidate = await merged.highest((t) => t.isPrerelease && (0,version_tags/* compareRelease */.DT)(t, target) > 0);
            if (candidate !== undefined && (0,semver/* greater */.rh)((0,semver/* releaseOf */.l7)(candidate.version), previousStable.version)) {
                release = (0,semver/* releaseOf */.l7)(candidate.version);
                releaseBump = (0,semver/* bumpBetween */.HQ)(previousStable.version, release);
                reasons.push(`graduates the prerelease ${candidate.tag} to ${release}`);
            }
        }
    }
    const noRelease = previousStable !== undefined && bump === 'none' && releaseAs === undefined;
    if (noRelease)
        release = (0,semver/* releaseOf */.l7)(previousStable.version);
    // Prerelease channels.
    let prerelease = '';
    if (channel !== undefined && !noRelease) {
        if (channel.kind === 'pr' && ctx.pr !== undefined) {
            const base = ctx.pr.baseSha !== '' && (await (0,git_history/* hasCommit */.QE)(cwd, ctx.pr.baseSha)) ? ctx.pr.baseSha : undefined;
            const since = base === undefined ? commitsSince : await (0,git_history/* countCommits */.Wt)(cwd, base, sha);
            if (base === undefined)
                assumptions.push('the PR base commit is not in the clone: counted commits since the previous tag');
            prerelease = `${channel.channel}.${ctx.pr.number}.${since}`;
        }
        else {
            const counter = (0,semver/* nextChannelCounter */.nl)(release, channel.channel, all.filter((t) => t.isPrerelease && t.release === release).map((t) => t.version));
            prerelease = `${channel.channel}.${counter}`;
            reasons.push(`channel ${channel.channel}${channel.kind === 'branch' ? ` (branch ${ctx.branch ?? ''})` : ''}: prerelease ${counter}`);
        }
    }
    const build = options.buildMetadata ? `sha.${sha.slice(0, 7)}` : '';
    const version = `${release}${prerelease ? `-${prerelease}` : ''}${build ? `+${build}` : ''}`;
    const parsed = (0,semver/* parseVersion */.ot)(version);
    if (parsed === undefined)
        throw new errors/* ArtefactsError */.E('INTERNAL', `Computed an invalid version '${version}'.`);
    if (!noRelease)
        await refuseReleased(version, { all, merged, prefix, sha });
    return {
        ...common,
        version,
        versionTag: `${prefix}${version}`,
        releaseVersion: release,
        bump: noRelease ? 'none' : releaseBump,
        bumpSource,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease,
        build,
        isPrerelease: prerelease !== '',
        isTagged: false,
        reasons,
        labels,
        channel: prerelease === '' ? undefined : channel?.channel,
    };
}
/**
 * A new version must not be one already released: a version tag on a commit that is not HEAD's
 * (a release made on a branch not merged here, whose tag HEAD's history does not see) would make
 * this the second commit of one version. Refused with both named, never output.
 */
async function refuseReleased(version, facts) {
    const { all, merged, prefix, sha } = facts;
    const wanted = (0,version_tags/* parseVersionTag */._Q)(`${prefix}${version}`, prefix);
    if (wanted === undefined)
        return;
    // Precedence ignores build metadata: v1.1.0 is the release 1.1.0+sha.abc would be again.
    const same = all.filter((t) => t.compare(wanted) === 0);
    if (same.length === 0)
        return;
    const commits = await merged.commitsOf(same);
    const other = same.find((t) => commits.get(t.tag) !== sha);
    if (other === undefined)
        return;
    throw new errors/* ArtefactsError */.E('TAG_CONFLICT', `The next version would be ${version}, but ${other.tag} already names commit ${commits.get(other.tag) ?? '?'}, ` +
        `not ${sha}: that release is on history this commit does not contain, and a version names one commit only.`, {
        hint: 'Merge the branch that carries it into this one, or set previous-from: all (the next version then follows the highest release anywhere), or set the version (increment, or a Release-As footer).',
    });
}
/** A bump past 2^53 - 1 (a tag such as v9007199254740991.0.0): said plainly, not an internal error. */
function beyondNumbers(previous, release) {
    return new errors/* ArtefactsError */.E('UNSUPPORTED', `The version after ${previous.tag} would be ${release}, beyond the largest number a version can carry here (2^53 - 1).`, { hint: 'Check the version tags: such a number is almost always a typo.' });
}


/***/ }),

/***/ 47890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ DEFAULT_COMMIT_TYPES),
/* harmony export */   L5: () => (/* binding */ parseCommit),
/* harmony export */   QI: () => (/* binding */ splitNestedCommits),
/* harmony export */   ZM: () => (/* binding */ bumpForCommit)
/* harmony export */ });
/* unused harmony export parseConventionalCommit */
/** One level of parentheses inside a scope (`feat(a(b)): x`), never across the colon. */
const HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(((?:[^()\r\n]|\([^()\r\n]*\))*)\))?(!)?:[ \t]+(\S.*)$/;
/** `!` before a colon, in a header that does not otherwise parse (`feat(api)!:x`, `Feat !: x`). */
const LOOSE_BANG = /^[A-Za-z][A-Za-z0-9_-]*(?:\([^\r\n]*?\))?[ \t]*!:/;
/** git's `Revert "<header>"` (nested: `Revert "Revert "x""`). */
const GIT_REVERT = /^Revert "(.*)"$/;
const REVERTS_COMMIT = /^This reverts commit ([0-9a-f]{7,64})\b/m;
const FOOTER = /^(BREAKING CHANGE|BREAKING-CHANGE|[A-Za-z0-9][A-Za-z0-9-]*)(?:: | #)(.*)$/;
/** A breaking-change note as conventional-commits-parser finds it, with the colon required. */
const BREAKING_NOTE = /^[\s|*]*(BREAKING[ -]CHANGE):[ \t]*(.*)$/i;
/** release-please's `Release-As: 1.2.3` (a `v` before the version is tolerated, as release-please does). */
const RELEASE_AS = /^[ \t]*Release-As:[ \t]*v?(\S+)[ \t]*$/im;
/** Parses a commit message: header, body, footers and breaking-change notes, whatever the header. */
function parseCommit(message) {
    const text = message.replace(/\r\n?/g, '\n');
    const newline = text.indexOf('\n');
    const header = (newline < 0 ? text : text.slice(0, newline)).trim();
    const rest = newline < 0 ? '' : text.slice(newline + 1);
    const { body, footers, notes } = splitFooters(rest);
    const releaseAs = RELEASE_AS.exec(rest)?.[1];
    let type;
    let scope;
    let description = header;
    let bang = false;
    let revert;
    const m = HEADER.exec(header);
    const reverted = m ? undefined : GIT_REVERT.exec(header);
    if (m) {
        type = (m[1] ?? '').toLowerCase();
        scope = m[2] === undefined || m[2].trim() === '' ? undefined : m[2].trim();
        bang = m[3] === '!';
        description = (m[4] ?? '').trim();
    }
    else if (reverted) {
        type = 'revert';
        description = reverted[1] ?? '';
        revert = { header: description, sha: REVERTS_COMMIT.exec(rest)?.[1] };
    }
    else {
        bang = LOOSE_BANG.test(header);
    }
    const breaking = bang || notes.length > 0;
    const note = notes.filter((n) => n !== '').join('\n\n');
    return {
        header,
        type,
        scope,
        description,
        revert,
        breaking,
        breakingNote: note !== '' ? note : breaking ? description : undefined,
        releaseAs,
        body,
        footers,
    };
}
/** Parses a commit message; undefined when its header is neither a Conventional Commit nor a git revert. */
function parseConventionalCommit(message) {
    const parsed = parseCommit(message);
    return parsed.type === undefined ? undefined : parsed;
}
const NESTED = /^BEGIN_NESTED_COMMIT[ \t]*\n([\s\S]*?)\n[ \t]*END_NESTED_COMMIT[ \t]*$/gm;
/**
 * release-please's nested commits: each `BEGIN_NESTED_COMMIT` ... `END_NESTED_COMMIT` block is a
 * commit message of its own. Returns the message without the blocks first, then each block's
 * message; just `[message]` when there are none.
 */
function splitNestedCommits(message) {
    if (!message.includes('BEGIN_NESTED_COMMIT'))
        return [message];
    const text = message.replace(/\r\n?/g, '\n');
    const nested = [];
    const outer = text.replace(NESTED, (_block, inner) => {
        if (inner.trim() !== '')
            nested.push(inner.trim());
        return '';
    });
    return [outer.replace(/\n{3,}/g, '\n\n').trim(), ...nested];
}
/**
 * Footers start at the first line, after a blank line, that is a footer token, and run to the end;
 * a line that is not a new token continues the previous footer's value (multi-line footers).
 * A breaking-change note is honoured anywhere after the header (tools and people put it straight
 * after the body, indent it, bullet it, or start its text on the next line); its text runs to the
 * next footer token, note or blank-line-separated paragraph that is not a continuation.
 */
function splitFooters(rest) {
    const lines = rest.split('\n');
    const notes = [];
    for (let i = 0; i < lines.length; i++) {
        const note = BREAKING_NOTE.exec(lines[i] ?? '');
        if (!note)
            continue;
        const text = (note[2] ?? '').trim() === '' ? [] : [(note[2] ?? '').trim()];
        // The note's text continues on the following lines, up to a blank line once text has started,
        // another note, or a footer token.
        for (let j = i + 1; j < lines.length; j++) {
            const next = lines[j] ?? '';
            if (BREAKING_NOTE.test(next) || FOOTER.test(next))
                break;
            if (next.trim() === '') {
                if (text.length > 0)
                    break;
                continue;
            }
            text.push(next.trimEnd());
            i = j;
        }
        notes.push(text.join('\n').trim());
    }
    let start = -1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (BREAKING_NOTE.test(line)) {
            // A breaking-change note always starts the footers.
            start = i;
            break;
        }
        const afterBlank = i === 0 || (lines[i - 1] ?? '').trim() === '';
        if (afterBlank && FOOTER.test(line) && isFooterBlock(lines, i)) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return { body: rest.trim(), footers: [], notes };
    const footers = [];
    for (const line of lines.slice(start)) {
        const note = BREAKING_NOTE.exec(line);
        const m = note ? undefined : FOOTER.exec(line);
        const last = footers[footers.length - 1];
        if (note)
            footers.push({ token: (note[1] ?? '').toUpperCase(), value: (note[2] ?? '').trim() });
        else if (m)
            footers.push({ token: m[1] ?? '', value: (m[2] ?? '').trim() });
        else if (last !== undefined)
            last.value = `${last.value}\n${line}`.trim();
    }
    return { body: lines.slice(0, start).join('\n').trim(), footers, notes };
}
/** True when every paragraph from `start` on begins with a footer token (Git trailers style). */
function isFooterBlock(lines, start) {
    for (let i = start; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const afterBlank = (lines[i - 1] ?? '').trim() === '';
        if (i > start && afterBlank && line.trim() !== '' && !FOOTER.test(line) && !BREAKING_NOTE.test(line))
            return false;
    }
    return true;
}
const DEFAULT_COMMIT_TYPES = {
    major: [],
    minor: ['feat'],
    patch: ['fix', 'perf', 'revert'],
};
/** The bump of one commit: major when breaking (whatever the header), else by its type; none without one. */
function bumpForCommit(commit, rules) {
    if (commit.breaking)
        return 'major';
    if (commit.type === undefined)
        return 'none';
    if (rules.major.includes(commit.type))
        return 'major';
    if (rules.minor.includes(commit.type))
        return 'minor';
    if (rules.patch.includes(commit.type))
        return 'patch';
    return 'none';
}


/***/ }),

/***/ 49752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YO: () => (/* binding */ pathspecs),
/* harmony export */   Zu: () => (/* binding */ PATHS_ACCEPTED),
/* harmony export */   ic: () => (/* binding */ defaultVersionOptions),
/* harmony export */   lO: () => (/* binding */ parseSemverCalculateInputs),
/* harmony export */   mw: () => (/* binding */ SEMVER_CALCULATE_SECRETS)
/* harmony export */ });
/* unused harmony export parseTagPrefix */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97276);
/* harmony import */ var _conventional_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47890);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20216);
/**
 * The typed options of the version calculation and the parser that builds them from raw inputs
 * (the action's `with:` block or the CLI's flags, action.yml defaults already applied).
 */




const DEFAULT_BUMP_LABELS = {
    major: ['major', 'semver:major'],
    minor: ['minor', 'semver:minor'],
    patch: ['patch', 'semver:patch'],
    skip: ['skip-release', 'no-release'],
};
/** The defaults of action.yml, for callers that compute a version without raw inputs (build-tag). */
function defaultVersionOptions(overrides = {}) {
    return {
        tagPrefix: 'v',
        paths: [],
        increment: undefined,
        bumpLabels: DEFAULT_BUMP_LABELS,
        conventionalCommits: true,
        commitTypes: _conventional_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMMIT_TYPES */ .EH,
        majorPattern: undefined,
        minorPattern: undefined,
        defaultBump: undefined,
        initialVersion: '0.1.0',
        zeroMajorBreaking: 'minor',
        prerelease: undefined,
        prChannel: 'pr',
        branchChannels: [],
        buildMetadata: false,
        fetchDepthPolicy: 'deepen',
        previousFrom: 'merged',
        token: '',
        ...overrides,
    };
}
const BUMP_WORDS = ['major', 'minor', 'patch', 'none'];
function parseTagPrefix(get, name = 'tag-prefix') {
    const raw = get(name);
    // Not trimmed: a prefix with spaces is an error, not something to repair silently.
    const accepted = 'characters allowed in a git tag name (no spaces, none of ~ ^ : ? * [ \\, no "..", no "@{")';
    if (/\s/.test(raw) ||
        (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .hasControlCharacter */ .Fd)(raw) ||
        /[~^:?*[\\]/.test(raw) ||
        raw.includes('..') ||
        raw.includes('@{')) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, raw, accepted, "The prefix is matched literally: 'v' matches v1.2.3, '' matches 1.2.3.");
    }
    if (raw.startsWith('/') || raw.startsWith('.') || raw.startsWith('-') || raw.includes('//') || raw.includes('/.')) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, raw, accepted);
    }
    return raw;
}
function bumpWord(name, raw, allowEmpty) {
    const value = raw.trim().toLowerCase();
    if (value === '' && allowEmpty)
        return undefined;
    const found = BUMP_WORDS.find((b) => b === value);
    if (found === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, raw.trim(), `one of ${BUMP_WORDS.join(', ')}${allowEmpty ? ' or empty' : ''}`);
    return found;
}
function parseBumpLabels(get, name) {
    const result = { major: [], minor: [], patch: [], skip: [] };
    for (const line of (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(get(name), false)) {
        const at = line.indexOf('=');
        const key = at < 0 ? '' : line.slice(0, at).trim().toLowerCase();
        const target = key === 'none' ? 'skip' : key;
        if (at <= 0 || !(target in result)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, line, 'lines of the form <major|minor|patch|skip>=<label>[, <label>...]');
        }
        const labels = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(line.slice(at + 1)).map((l) => l.toLowerCase());
        result[target].push(...labels);
    }
    return result;
}
function parseTypes(get, name) {
    const types = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(get(name)).map((t) => t.toLowerCase());
    for (const t of types) {
        if (!/^[a-z][a-z0-9_-]*$/.test(t))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, t, 'Conventional Commits types such as feat, fix, perf');
    }
    return types;
}
function parseChannel(name, raw) {
    if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .isChannelName */ .tx)(raw)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, raw, 'a prerelease identifier: letters, digits and hyphens, not only digits (e.g. rc, beta)');
    }
    return raw;
}
function parseBranchChannels(get, name) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(get(name), false).map((line) => {
        const at = line.lastIndexOf('=');
        const glob = at < 0 ? '' : line.slice(0, at).trim();
        const channel = at < 0 ? '' : line.slice(at + 1).trim();
        if (glob === '' || channel === '')
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, line, 'lines of the form <branch glob>=<channel>, e.g. release/*=rc');
        if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .isChannelName */ .tx)(channel)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, line, 'a channel of letters, digits and hyphens, not only digits (e.g. release/*=rc)');
        }
        return { glob, pattern: (0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .tL)(glob), channel };
    });
}
/**
 * The git pathspecs `paths` stands for (git log reads them relative to the directory it runs in).
 * Each item selects the files at it and everything beneath it, wildcards or not: `packages/api` and
 * `services/*\/src` alike select every file under the directories they name. Wildcards are git's
 * `:(glob)` ones: `*`, `?` and `[…]` never match a `/`; `**` as a whole segment (`**\/x`, `a/**\/b`,
 * `x/**`) spans any number of directories, none included. A glob without a `/` matches at any
 * depth, as in .gitignore: `*.md` is every .md file (as git's plain pathspec took it before, so
 * `:!*.md` still leaves out every one), `docs/*.md` those directly in docs. An item naming an
 * existing path exactly also selects it literally (git tries that first: `a[1]` is the directory
 * a[1] too). `:!<item>` and `:^<item>` leave out the same files. Each item is two pathspecs:
 * `<item>` for what it names, `<item>/**` for what lies beneath; a trailing `/` is dropped first.
 */
function pathspecs(paths) {
    return paths.flatMap((item) => {
        const exclude = /^:[!^]/.test(item);
        const given = (exclude ? item.slice(2) : item).replace(/(?<=[^/])\/+$/, '');
        const path = !given.includes('/') && /[*?[]/.test(given) ? `**/${given}` : given;
        const magic = exclude ? ':(exclude,glob)' : ':(glob)';
        return [`${magic}${path}`, `${magic}${path}/**`];
    });
}
/** What `paths` takes, for its errors: here, and where git refuses one anyway (commit-facts.ts). */
const PATHS_ACCEPTED = 'paths or globs relative to the repository (packages/api, services/*/src), or :!<path> to leave one out';
/**
 * `paths`: the commits counted are those touching it (what each item selects: `pathspecs`). Taken: a
 * path or glob, and `:!<path>` (or `:^<path>`) to leave one out. Any other pathspec magic (`:(glob)`,
 * `:(exclude)`, `:/`, `:(attr:…)`) is refused here, naming the input, rather than reaching git as an
 * argument it fails on.
 */
function parsePaths(get, name = 'paths') {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(get, name).map((item) => {
        const path = /^:[!^]/.test(item) ? item.slice(2) : item;
        if (path.startsWith(':')) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, item, PATHS_ACCEPTED, 'Git pathspec magic (:(glob), :(exclude), :/ …) is not taken: write the path or glob itself, or :!<path> to exclude it.');
        }
        if (path.trim() === '')
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, item, PATHS_ACCEPTED);
        return item;
    });
}
/** Inputs whose values are secrets, masked as soon as they are read. */
const SEMVER_CALCULATE_SECRETS = ['github-token'];
/**
 * `labels`: label names, one per line or comma-separated (GitLab's CI_MERGE_REQUEST_LABELS as it
 * is). Empty: undefined, the labels are read from GitHub.
 */
function parseLabelsInput(get, name = 'labels') {
    const labels = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(get(name));
    for (const label of labels) {
        if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .hasControlCharacter */ .Fd)(label)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, label, 'label names, one per line or comma-separated, without control characters (e.g. minor or semver:major)');
        }
    }
    return labels.length === 0 ? undefined : labels;
}
/** Parses and validates every semver-calculate input; each error names its input. */
function parseSemverCalculateInputs(get) {
    const conventionalCommits = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM)(get, 'conventional-commits', true);
    const initialVersion = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(get, 'initial-version') || '0.1.0';
    if ((0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(initialVersion) === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('initial-version', initialVersion, 'a SemVer 2.0.0 version without prefix, e.g. 0.1.0 or 1.0.0, with major, minor and patch at most 9007199254740991 (2^53 - 1)');
    }
    const prerelease = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalText */ .mR)(get, 'prerelease');
    const prChannel = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalText */ .mR)(get, 'pr-channel');
    const minor = parseTypes(get, 'minor-types');
    const patch = parseTypes(get, 'patch-types');
    return {
        tagPrefix: parseTagPrefix(get),
        paths: parsePaths(get),
        increment: bumpWord('increment', get('increment'), true),
        bumpLabels: parseBumpLabels(get, 'bump-labels'),
        conventionalCommits,
        commitTypes: { major: parseTypes(get, 'major-types'), minor, patch },
        majorPattern: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .regex */ .yG)(get, 'major-pattern'),
        minorPattern: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .regex */ .yG)(get, 'minor-pattern'),
        defaultBump: bumpWord('default-bump', get('default-bump'), true),
        initialVersion,
        zeroMajorBreaking: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(get, 'zero-major-breaking', ['minor', 'major'], 'minor'),
        prerelease: prerelease === undefined ? undefined : parseChannel('prerelease', prerelease),
        prChannel: prChannel === undefined ? undefined : parseChannel('pr-channel', prChannel),
        branchChannels: parseBranchChannels(get, 'branch-channels'),
        buildMetadata: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM)(get, 'build-metadata', false),
        fetchDepthPolicy: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(get, 'fetch-depth-policy', ['deepen', 'fail'], 'deepen'),
        previousFrom: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(get, 'previous-from', ['merged', 'all'], 'merged'),
        comment: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM)(get, 'comment', true),
        token: get('github-token').trim(),
        labels: parseLabelsInput(get, 'labels'),
    };
}


/***/ }),

/***/ 9822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary),
/* harmony export */   R: () => (/* binding */ renderChangelog)
/* harmony export */ });
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76729);

const GROUPS = [
    { key: 'breaking', title: 'Breaking changes' },
    { key: 'feat', title: 'Features' },
    { key: 'fix', title: 'Bug fixes' },
    { key: 'perf', title: 'Performance' },
    { key: 'revert', title: 'Reverts' },
];
function escapeMarkdown(text) {
    return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
function line(c, withNote = false) {
    const cc = c.conventional;
    const text = cc?.type !== undefined
        ? `${cc.scope ? `**${escapeMarkdown(cc.scope)}:** ` : ''}${escapeMarkdown(cc.description)}`
        : escapeMarkdown(c.subject);
    const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    const item = `- ${shown} (${c.sha.slice(0, 7)})`;
    const note = cc?.breakingNote;
    // The migration note is the point of a breaking change: kept, indented under its item.
    if (!withNote || note === undefined || note === '' || note === cc?.description)
        return item;
    const indented = note
        .split('\n')
        .map((l) => (l.trim() === '' ? '' : `  ${escapeMarkdown(l.trimEnd())}`))
        .join('\n');
    return `${item}\n\n${indented}\n`;
}
/**
 * Commits since the previous tag as a markdown list grouped by type; merge commits left out unless
 * they carry a breaking change. Breaking changes come first with the text of their notes; git's
 * `Revert "..."` commits are listed under Reverts; commits whose header is not a Conventional
 * Commit under Other changes.
 */
function renderChangelog(commits, total) {
    const groups = new Map();
    const add = (key, text) => groups.set(key, [...(groups.get(key) ?? []), text]);
    for (const c of commits) {
        const cc = c.conventional;
        if (c.isMerge && cc?.type === undefined && cc?.breaking !== true)
            continue;
        if (cc?.breaking)
            add('breaking', line(c, true));
        else if (cc?.type !== undefined)
            add(cc.type, line(c));
        else
            add('other', line(c));
    }
    const sections = [];
    for (const g of GROUPS) {
        const items = groups.get(g.key);
        if (items)
            sections.push(`### ${g.title}\n\n${items.join('\n').replace(/\n+$/, '')}`);
    }
    for (const [key, items] of [...groups].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a, b))) {
        if (GROUPS.some((g) => g.key === key) || key === 'other')
            continue;
        sections.push(`### ${key}\n\n${items.join('\n')}`);
    }
    const other = groups.get('other');
    if (other)
        sections.push(`### Other changes\n\n${other.join('\n')}`);
    if (total > commits.length)
        sections.push(`…and ${total - commits.length} earlier commits.`);
    return sections.join('\n\n');
}
/** The job summary, also the body of the sticky PR comment. */
function renderSummary(result, options) {
    const previous = result.previousTag ? `\`${result.previousTag}\`` : '_none_';
    const next = `\`${result.versionTag}\``;
    const lines = ['## Version', ''];
    if (result.pullRequest !== undefined) {
        lines.push(result.bump === 'none'
            ? `Merging pull request #${result.pullRequest} releases **nothing** (stays at ${previous}).`
            : `Merging pull request #${result.pullRequest} releases **\`${options.tagPrefix}${result.releaseVersion}\`** (${previous} → \`${options.tagPrefix}${result.releaseVersion}\`).`, '');
        if (result.isPrerelease)
            lines.push(`This pull request's builds are versioned **${next}**.`, '');
    }
    else if (result.isTagged) {
        lines.push(`HEAD is already tagged ${next}: released as-is.`, '');
    }
    else if (result.bump === 'none' && result.previousTag !== undefined) {
        lines.push(`**No release**: nothing releasable since ${previous}.`, '');
    }
    else {
        lines.push(`${previous} → **${next}**`, '');
    }
    lines.push('| | |', '| --- | --- |', `| Version | \`${result.version}\` |`, `| Previous | ${result.previousVersion ? `\`${result.previousVersion}\`` : '_none_'} |`, `| Bump | ${result.bump} (from ${result.bumpSource}) |`, `| Prerelease | ${result.prerelease ? `\`${result.prerelease}\`` : '_no_'} |`, `| Commits since previous | ${result.commitsSince} |`, `| Commit | \`${result.sha.slice(0, 7)}\` |`);
    if (result.labels.length > 0)
        lines.push(`| Labels | ${result.labels.map((l) => `\`${escapeMarkdown(l)}\``).join(', ')} |`);
    lines.push('', '**Why:**', '', ...result.reasons.map((r) => `- ${escapeMarkdown(r)}`));
    if (result.assumptions.length > 0) {
        lines.push('', `<sub>Assumed: ${result.assumptions.map(escapeMarkdown).join('; ')}.</sub>`);
    }
    if (result.changelog !== '') {
        lines.push('', '<details><summary>Changes since the previous release</summary>', '', result.changelog, '', '</details>');
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 20216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ bumpBetween),
/* harmony export */   L9: () => (/* binding */ compareBumps),
/* harmony export */   OB: () => (/* binding */ matchSemver),
/* harmony export */   Pg: () => (/* binding */ applyBump),
/* harmony export */   fX: () => (/* binding */ maxBump),
/* harmony export */   l7: () => (/* binding */ releaseOf),
/* harmony export */   nl: () => (/* binding */ nextChannelCounter),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   rh: () => (/* binding */ greater),
/* harmony export */   tL: () => (/* binding */ globToRegExp),
/* harmony export */   tx: () => (/* binding */ isChannelName)
/* harmony export */ });
/* harmony import */ var semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59909);
/* harmony import */ var semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Semantic Versioning 2.0.0 helpers on top of the `semver` package: the strict grammar, bumps (with
 * the 0.x rule), prerelease channels and their counters. Version tags are read by version-tags.ts.
 */
// Only the SemVer class: the package's index loads every range and function module (~80 ms cold).


const BUMPS = ['none', 'patch', 'minor', 'major'];
/** The SemVer 2.0.0 grammar, exactly (no leading `v`, no `=`, no leading zeros). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** The SemVer grammar's match: groups 1-3 major, minor, patch; 4 the prerelease; 5 the build. */
function matchSemver(text) {
    return SEMVER.exec(text);
}
/** The semver package refuses versions longer than this, and numbers beyond 2^53 - 1. */
const MAX_VERSION_LENGTH = 256;
/**
 * A SemVer 2.0.0 version that can be computed with: the grammar exactly, major, minor and patch at
 * most 2^53 - 1 (beyond that numbers cannot be compared or incremented exactly), at most 256
 * characters. Undefined otherwise, never a throw.
 */
function parseVersion(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return undefined;
    const m = SEMVER.exec(text);
    if (m === null || ![m[1], m[2], m[3]].every((n) => Number.isSafeInteger(Number(n))))
        return undefined;
    return new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(text);
}
function compareBumps(a, b) {
    return BUMPS.indexOf(a) - BUMPS.indexOf(b);
}
function maxBump(a, b) {
    return compareBumps(a, b) >= 0 ? a : b;
}
/** Whether `a` has higher precedence than `b` (SemVer 2.0.0 item 11). */
function greater(a, b) {
    return new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(a).compare(b) > 0;
}
/** The release version of a prerelease (`2.0.0-rc.3` → `2.0.0`). */
function releaseOf(version) {
    return `${version.major}.${version.minor}.${version.patch}`;
}
/** The next stable version after `previous` (a stable version) for `bump`. */
function applyBump(previous, bump, rules) {
    const effective = bump === 'major' && previous.major === 0 && rules.zeroMajorBreaking === 'minor' ? 'minor' : bump;
    if (effective === 'none')
        return releaseOf(previous);
    const next = new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(releaseOf(previous)).inc(effective);
    return next.version;
}
/** Which bump takes `from` (stable) to `to` (stable, greater). */
function bumpBetween(from, to) {
    const t = new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(to);
    if (t.major !== from.major)
        return 'major';
    if (t.minor !== from.minor)
        return 'minor';
    if (t.patch !== from.patch)
        return 'patch';
    return 'none';
}
/** A prerelease channel name must be one dot-free SemVer identifier that is not numeric. */
function isChannelName(name) {
    return /^[0-9A-Za-z-]+$/.test(name) && !/^\d+$/.test(name);
}
/**
 * The next counter on `channel` for `release`: one more than the highest `release-channel.N`
 * among `existing`, or 1.
 */
function nextChannelCounter(release, channel, existing) {
    let highest = 0;
    for (const v of existing) {
        if (releaseOf(v) !== release)
            continue;
        const [name, counter] = v.prerelease;
        if (name === channel && typeof counter === 'number' && counter > highest)
            highest = counter;
    }
    return highest + 1;
}
/** A small glob for branch names: `*` matches within one path segment, `**` across segments. */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i] ?? '';
        if (c === '*' && glob[i + 1] === '*') {
            out += '.*';
            i++;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`, 'u');
}


/***/ }),

/***/ 55978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ remoteVersionTags),
/* harmony export */   DT: () => (/* binding */ compareRelease),
/* harmony export */   GY: () => (/* binding */ localTagObjects),
/* harmony export */   Gl: () => (/* binding */ tagDrift),
/* harmony export */   Ij: () => (/* binding */ highestStable),
/* harmony export */   K9: () => (/* binding */ incompleteTagsError),
/* harmony export */   KJ: () => (/* binding */ tagsMergedInto),
/* harmony export */   Ml: () => (/* binding */ unreadableRemoteWarning),
/* harmony export */   OZ: () => (/* binding */ listVersionTags),
/* harmony export */   YQ: () => (/* binding */ peelTags),
/* harmony export */   _Q: () => (/* binding */ parseVersionTag),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   eo: () => (/* binding */ driftReason),
/* harmony export */   yJ: () => (/* binding */ pickRemote),
/* harmony export */   yr: () => (/* binding */ readVersionTags)
/* harmony export */ });
/* unused harmony exports ParsedTag, versionsUnderOtherPrefixes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(330);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41150);
/* harmony import */ var _git_remote_refs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24169);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20216);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59909);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_semver_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one reader of version tags: semver-calculate, build-tag and the CLI all read tags through
 * this file, so they can never disagree about which tags are releases.
 *
 * **The rule.** A version tag is `<tag-prefix><version>`: the name starts with the prefix, matched
 * literally (never as a pattern), and the rest is exactly a SemVer 2.0.0 version: no `v` of its
 * own, no leading zeros, numbers at most 2^53 - 1. So prefix `v` takes `v1.2.3` but neither
 * `1.2.3` nor `vnext-1.2.3`; the empty prefix takes `1.2.3` but not `v1.2.3`; `app-v` takes
 * `app-v1.2.3` and never `app-web-v1.2.3`. Every other tag is not a release and is ignored, with a
 * debug line; when no tag at all follows the rule but other tags are versions under another
 * prefix (`api-v1.0.0` when the prefix is `v`), a warning names them, so a typo in the prefix never
 * silently restarts the versions at the initial version.
 *
 * Tags are listed with one `for-each-ref` limited to the prefix (names only: peeling would read
 * every tag object); only when none is a version are all tags listed once more, for the warning.
 *
 * **A clone's tags can be stale**: released on the remote after the clone was fetched, or moved
 * there. Whenever the clone has a remote, its version tags are read too, with one
 * `git ls-remote --tags --refs <remote> refs/tags/<prefix>*` beside the local listing
 * (`remoteVersionTags`): build-tag counts them (`listVersionTags`), semver-calculate completes the
 * clone when they differ (`tagDrift`: tags it lacks, or that name other objects there among those its
 * result was read from). A remote that cannot be read is a warning, never a failure of offline use;
 * a clone without a remote asks nothing remote.
 */





/**
 * A version tag, parsed cheaply: tens of thousands are listed and sorted, but only a handful are
 * ever looked at closely, so the full SemVer object is built on first use.
 */
class ParsedTag {
    tag;
    text;
    major;
    minor;
    patch;
    isPrerelease;
    #version;
    constructor(tag, text, major, minor, patch, isPrerelease) {
        this.tag = tag;
        this.text = text;
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.isPrerelease = isPrerelease;
    }
    /** The rule (see the top of this file): `prefix` followed by a strict SemVer 2.0.0 version, else undefined. */
    static parse(tag, prefix) {
        if (!tag.startsWith(prefix))
            return undefined;
        const text = tag.slice(prefix.length);
        const m = (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .matchSemver */ .OB)(text);
        if (m === null)
            return undefined;
        // Plain reads, no destructuring: this runs for every tag, mostly before the JIT has warmed up.
        const major = Number(m[1]);
        const minor = Number(m[2]);
        const patch = Number(m[3]);
        // Numbers past 2^53 cannot be compared exactly (the semver package refuses them too).
        if (!(major <= Number.MAX_SAFE_INTEGER && minor <= Number.MAX_SAFE_INTEGER && patch <= Number.MAX_SAFE_INTEGER))
            return undefined;
        return new ParsedTag(tag, text, major, minor, patch, m[4] !== undefined);
    }
    get version() {
        return (this.#version ??= new (_semver_js__WEBPACK_IMPORTED_MODULE_1___default())(this.text));
    }
    /** `major.minor.patch`, without prerelease or build. */
    get release() {
        return `${this.major}.${this.minor}.${this.patch}`;
    }
    /** SemVer precedence (build metadata ignored); the full parse only for two prereleases of one release. */
    compare(other) {
        const main = compareRelease(this, other);
        if (main !== 0)
            return main;
        if (this.isPrerelease !== other.isPrerelease)
            return this.isPrerelease ? -1 : 1;
        return this.isPrerelease ? this.version.compare(other.version) : 0;
    }
}
/** Compares major, minor and patch only. */
function compareRelease(a, b) {
    return Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
}
/** `v1.2.3` → 1.2.3 for prefix `v`: the one rule (see the top of this file), else undefined. */
function parseVersionTag(name, prefix) {
    return ParsedTag.parse(name, prefix);
}
/** Parses tag names by the rule; names that are not versions get a debug line (the first 20). */
function collectVersionTags(names, prefix, logger) {
    const tags = [];
    let ignored = 0;
    for (const name of names) {
        const tag = parseVersionTag(name, prefix);
        if (tag !== undefined) {
            tags.push(tag);
            continue;
        }
        if (ignored++ < 20)
            logger.debug(`Ignoring tag '${name}': not '${prefix}' followed by a SemVer version.`);
    }
    if (ignored > 20)
        logger.debug(`Ignored ${ignored} tags in all that are not versions.`);
    return tags;
}
/**
 * Tag names under `refs/tags/<prefix>` from one `for-each-ref` (names only: asking for peeled
 * objects would read every tag object, which costs seconds at 20k tags). With `mergedInto`, only
 * tags whose commit is an ancestor of (or equal to) that revision.
 */
async function listTags(cwd, prefix, options = {}) {
    const args = ['for-each-ref', '--format=%(refname:lstrip=2)'];
    if (options.mergedInto !== undefined)
        args.push(`--merged=${options.mergedInto}`);
    // The glob narrows git's work; the literal prefix check is done again here and by the parser.
    args.push(`refs/tags/${prefix}*`);
    const names = [];
    await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitStream */ .dP)(args, { cwd }, (line) => {
        if (line !== '' && line.startsWith(prefix))
            names.push(line);
    });
    return names;
}
/**
 * Which of `names` (tag names) point at `target` or one of its ancestors, each with the commit it
 * points at: one `for-each-ref --merged` over exactly those refs. git walks back only as far as the
 * oldest of them, so asking about a few recent tags costs milliseconds where `--merged` over every
 * tag walks the whole history; peeling these few tags here saves the `rev-parse` a later question
 * ("is HEAD one of them?") would cost. A tag of a tag (peeled twice) has no commit here: undefined,
 * left to `peelTags`. Tag names are SemVer after a literal prefix, so they carry no glob characters;
 * a pattern also matches refs below it (`refs/tags/v1/x`), so the answer is filtered back to `names`.
 */
async function tagsMergedInto(cwd, target, names) {
    const wanted = new Set(names);
    const merged = new Map();
    if (wanted.size === 0)
        return merged;
    // Fields split by tabs, which a ref name cannot contain.
    const format = '--format=%(refname:lstrip=2)%09%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)';
    const args = ['for-each-ref', format, `--merged=${target}`];
    for (const name of wanted)
        args.push(`refs/tags/${name}`);
    await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitStream */ .dP)(args, { cwd }, (line) => {
        const [name = '', type, object, peeledType, peeled] = line.split('\t');
        if (!wanted.has(name))
            return;
        merged.set(name, type === 'commit' ? object : peeledType === 'commit' ? peeled : undefined);
    });
    return merged;
}
/** The commits that tags point at (annotated tags peeled), in one `rev-parse`. */
async function peelTags(cwd, names) {
    const unique = [...new Set(names)];
    const peeled = new Map();
    if (unique.length === 0)
        return peeled;
    const out = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(['rev-parse', ...unique.map((n) => `refs/tags/${n}^{commit}`)], { cwd });
    const shas = out.trim().split('\n');
    unique.forEach((n, i) => peeled.set(n, shas[i] ?? ''));
    return peeled;
}
/**
 * The version tags in local git under `prefix`, by the rule (from `listed`, a `listTags` already
 * started, when given). When there is none, warns naming the tags that are versions under another
 * prefix, if any.
 */
async function readVersionTags(cwd, prefix, logger, listed) {
    const tags = collectVersionTags(await (listed ?? listTags(cwd, prefix)), prefix, logger);
    if (tags.length === 0) {
        const others = versionsUnderOtherPrefixes(await listTags(cwd, ''), prefix);
        if (others.length > 0)
            logger.warning(otherPrefixesWarning(prefix, others));
    }
    return tags;
}
/** Tags that are versions under a prefix other than `prefix`: `api-v1.0.0` → prefix `api-v`. */
function versionsUnderOtherPrefixes(names, prefix) {
    const found = [];
    for (const name of names) {
        // The version starts at the first digit that begins a run of digits and makes the rest SemVer.
        for (let i = 0; i < name.length; i++) {
            const c = name.charCodeAt(i);
            if (c < 48 || c > 57)
                continue;
            const before = i === 0 ? 0 : name.charCodeAt(i - 1);
            if (before >= 48 && before <= 57)
                continue;
            if ((0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .matchSemver */ .OB)(name.slice(i)) === null)
                continue;
            const other = name.slice(0, i);
            if (other !== prefix)
                found.push({ tag: name, prefix: other });
            break;
        }
    }
    return found;
}
function otherPrefixesWarning(prefix, others) {
    const prefixes = [...new Set(others.map((o) => `'${o.prefix}'`))];
    const shown = others.slice(0, 10).map((o) => o.tag);
    const more = others.length > shown.length ? ` and ${others.length - shown.length} more` : '';
    return (`No tag is '${prefix}' followed by a version, so no release is known; but ${others.length} tag(s) are versions ` +
        `under another prefix: ${shown.join(', ')}${more} (prefix ${prefixes.slice(0, 10).join(', ')}). ` +
        `If tag-prefix '${prefix}' is a typo, set it to the prefix of your release tags.`);
}
/**
 * The remote whose tags count: `preferred` when given (a remote name or URL), else `origin`, else the
 * first remote; undefined when the clone has none (or is no repository: git says so elsewhere).
 */
async function pickRemote(cwd, preferred) {
    if (preferred !== undefined)
        return preferred;
    const result = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitRaw */ .Pm)(['remote'], { cwd });
    if (result.exitCode !== 0)
        return undefined;
    const remotes = result.stdout.split('\n').filter((r) => r !== '');
    return remotes.includes('origin') ? 'origin' : remotes[0];
}
/**
 * The tags on `remote` under `prefix`: one `git ls-remote --tags --refs <remote> refs/tags/<prefix>*`
 * (names and objects, nothing fetched). Never throws for a remote that cannot be read: that is
 * `failure`, for the caller to warn about or refuse on. The one reader of a remote's version tags,
 * for semver-calculate and build-tag alike.
 */
async function remoteVersionTags(cwd, remote, prefix) {
    try {
        const listing = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .listRemoteTags */ .oW)(cwd, remote, [`refs/tags/${prefix}*`], {
            peel: false,
            what: `the version tags (prefix '${prefix}')`,
        });
        return { remote, tags: listing.objects };
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E))
            throw error;
        return { remote, failure: error.message };
    }
}
/** The warning for a remote that could not be asked: the result stands on local tags alone. */
function unreadableRemoteWarning(listed, prefix) {
    return (`The version tags (prefix '${prefix}') of '${listed.remote}' could not be listed, so releases made there since ` +
        `this clone was fetched may be missing here; using the tags in this clone. ${listed.failure}`);
}
/** Remote tag names that are versions by the rule and not among `local`. */
function versionsNotIn(tags, local, prefix) {
    const here = new Set(local.map((t) => t.tag));
    const out = [];
    for (const name of tags.keys())
        if (!here.has(name) && parseVersionTag(name, prefix) !== undefined)
            out.push(name);
    return out;
}
/** Above this many tags to compare objects of, one listing of every tag is cheaper than naming them. */
const NAMED_OBJECTS_AT_MOST = 256;
/**
 * The objects the refs of `names` (local version tags) name, as ls-remote --refs shows them (an
 * annotated tag's own object, unpeeled): one `rev-parse` of those refs, or one `for-each-ref` of
 * every tag under the prefix when they are many.
 */
async function localTagObjects(cwd, prefix, names) {
    const objects = new Map();
    if (names.length === 0)
        return objects;
    if (names.length > NAMED_OBJECTS_AT_MOST) {
        const format = '--format=%(objectname) %(refname:lstrip=2)';
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitStream */ .dP)(['for-each-ref', format, `refs/tags/${prefix}*`], { cwd }, (line) => {
            const space = line.indexOf(' ');
            if (space > 0)
                objects.set(line.slice(space + 1), line.slice(0, space));
        });
        return objects;
    }
    const out = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(['rev-parse', ...names.map((n) => `refs/tags/${n}`)], { cwd });
    const shas = out.trim().split('\n');
    names.forEach((n, i) => objects.set(n, shas[i] ?? ''));
    return objects;
}
/**
 * The drift between the clone's version tags (`local`) and the remote's listing: the version tags
 * the clone lacks, and which tags of `objects` (local tag → object; the tags a result was read
 * from) name other objects there. Undefined when there is none.
 */
function tagDrift(listed, local, objects, prefix) {
    const missing = versionsNotIn(listed.tags, local, prefix);
    const moved = [];
    for (const [tag, object] of objects) {
        const there = listed.tags.get(tag);
        if (there !== undefined && there !== object)
            moved.push({ tag, local: object, remote: there });
    }
    return missing.length === 0 && moved.length === 0 ? undefined : { remote: listed.remote, missing, moved };
}
const listed = (names) => `${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`;
/** The drift in words: which tags are missing, which moved, on which remote. */
function driftReason(drift) {
    const parts = [];
    if (drift.missing.length > 0)
        parts.push(`${drift.missing.length} version tag(s) exist on '${drift.remote}' but not in this clone (${listed(drift.missing)})`);
    if (drift.moved.length > 0) {
        const moved = drift.moved.map((m) => `${m.tag}: ${m.local.slice(0, 12)} here, ${m.remote.slice(0, 12)} there`);
        parts.push(`${drift.moved.length} version tag(s) name other objects on '${drift.remote}' than in this clone (${listed(moved)})`);
    }
    return parts.join('; ');
}
/**
 * Every version tag of the repository, for build-tag's "is this the highest stable version": local
 * git (readVersionTags) and, whenever the clone has a remote, the remote's tag names too (one
 * ls-remote, beside the local listing), so floating tags never move backwards on a clone whose tags
 * are stale or missing. When the remote cannot be read, a warning and the local tags; `complete:
 * false` when those cannot be trusted either (a shallow clone, or no version tag at all): "unknown",
 * never a silent "you are the highest".
 */
async function listVersionTags(cwd, prefix, logger, options = {}) {
    const asked = pickRemote(cwd, options.remote).then((remote) => remote === undefined ? undefined : remoteVersionTags(cwd, remote, prefix));
    asked.catch(() => undefined);
    // The local questions and the remote's listing, all at once.
    const [tags, shallow, remote] = await Promise.all([readVersionTags(cwd, prefix, logger), (0,_git_history_js__WEBPACK_IMPORTED_MODULE_5__/* .isShallow */ .fE)(cwd), asked]);
    if (remote === undefined) {
        return shallow
            ? { tags, complete: false, note: 'the clone is shallow and has no remote to list tags from' }
            : { tags, complete: true, note: `${tags.length} version tags in local git (no remote)` };
    }
    if (remote.failure !== undefined) {
        if (shallow || tags.length === 0) {
            const why = shallow ? 'the clone is shallow' : 'local git has no version tags';
            return { tags, complete: false, note: `${why}; ${remote.failure}` };
        }
        logger.warning(unreadableRemoteWarning(remote, prefix));
        return { tags, complete: true, note: `${tags.length} version tags in local git ('${remote.remote}' unreadable)` };
    }
    const extra = versionsNotIn(remote.tags, tags, prefix);
    if (extra.length === 0) {
        return { tags, complete: true, note: `${tags.length} version tags (local git, as on ${remote.remote})` };
    }
    logger.info(`Version tags on '${remote.remote}' that this clone lacks, counted too: ${listed(extra)}.`);
    const all = [...tags, ...collectVersionTags(extra, prefix, logger)];
    return { tags: all, complete: true, note: `${all.length} version tags (local git and ${remote.remote})` };
}
/** Whether `version` is >= every stable tagged version in its major.minor, its major, and overall. */
function highestStable(version, tags) {
    let minor;
    let major;
    let overall;
    // Stable tags only, compared by major.minor.patch: a stable x.y.z is above the prerelease x.y.z-rc.1.
    const prerelease = version.prerelease.length > 0;
    for (const t of tags) {
        if (t.isPrerelease)
            continue;
        const order = compareRelease(t, version);
        if (order < 0 || (order === 0 && !prerelease))
            continue;
        if (overall === undefined || compareRelease(t, overall) > 0)
            overall = t;
        if (t.major !== version.major)
            continue;
        if (major === undefined || compareRelease(t, major) > 0)
            major = t;
        if (t.minor === version.minor && (minor === undefined || compareRelease(t, minor) > 0))
            minor = t;
    }
    return {
        inMinor: minor === undefined,
        inMajor: major === undefined,
        overall: overall === undefined,
        above: {
            ...(minor ? { minor: minor.release } : {}),
            ...(major ? { major: major.release } : {}),
            ...(overall ? { overall: overall.release } : {}),
        },
    };
}
function incompleteTagsError(note, version) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('GIT_SHALLOW', `Cannot tell whether ${version} is the highest stable version, so floating tags (latest, major, major.minor) cannot be decided: ${note}.`, {
        hint: 'Fetch the tags: actions/checkout with fetch-depth: 0 (or fetch-tags: true), or `git fetch --tags`. Or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
    });
}


/***/ })

};
