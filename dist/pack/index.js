import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3259:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3906);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6233);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1659);



await (0,_shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('pack', async () => (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .G)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6233:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ getInputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __nccwpck_require__(3195);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __nccwpck_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var src_paths = __nccwpck_require__(2109);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __nccwpck_require__(6939);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __nccwpck_require__(461);
// EXTERNAL MODULE: ./packages/core/src/pack/format.ts
var format = __nccwpck_require__(9872);
;// CONCATENATED MODULE: ./packages/core/src/pack/inputs.ts
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
            throw (0,errors/* inputError */.Xu)(input, line, 'lines of key=value or manifest:key=value (build-tag’s annotations output)');
        let key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1);
        const level = /^([a-z-]+)(\[[^\]]*\])?:(.+)$/.exec(key);
        if (level) {
            if (!['manifest', 'index', 'manifest-descriptor', 'index-descriptor'].includes(level[1])) {
                throw (0,errors/* inputError */.Xu)(input, line, 'a level of manifest, index, manifest-descriptor or index-descriptor before ":"');
            }
            if (level[1] !== 'manifest')
                continue;
            key = level[3];
        }
        if (!ANNOTATION_KEY.test(key))
            throw (0,errors/* inputError */.Xu)(input, line, 'annotation keys such as org.opencontainers.image.version');
        out[key] = value;
    }
    return out;
}
function parsePackInputs(raw) {
    const paths = inputs/* list */.p_(raw, 'path', { comma: false });
    if (paths.length === 0)
        throw (0,errors/* inputError */.Xu)('path', raw('path'), 'one or more files or directories, one per line');
    for (const p of paths)
        (0,inputs/* plainValue */._y)('path', p);
    const destination = inputs/* required */.mw(raw, 'destination');
    const ref = (0,references/* referenceInput */.Ie)('destination', destination);
    if (ref.digest !== undefined) {
        throw (0,errors/* inputError */.Xu)('destination', destination, 'a reference without @digest (the digest is what pack computes)');
    }
    const tags = inputs/* list */.p_(raw, 'tags');
    for (const tag of tags)
        if (!(0,references/* isTag */.dz)(tag))
            throw (0,errors/* inputError */.Xu)('tags', tag, 'tags of [A-Za-z0-9_][A-Za-z0-9._-]{0,127}');
    if (ref.kind === 'layout' && ref.tag === undefined && tags.length === 0) {
        throw (0,errors/* inputError */.Xu)('tags', '', 'at least one tag for an oci: layout destination (oci:<dir>:<tag> or tags), or an untagged artefact would be unreachable');
    }
    const artifactType = inputs/* optionalText */.mR(raw, 'artifact-type') ?? format/* DEFAULT_ARTIFACT_TYPE */.aJ;
    if (!(0,media/* isMediaType */.LA)(artifactType)) {
        throw (0,errors/* inputError */.Xu)('artifact-type', artifactType, 'a media type (type/subtype), e.g. application/vnd.acme.chart.v1');
    }
    const access = (0,src_paths/* parseRegistryAccess */.JO)(raw, PACK_PATH_INPUTS);
    return {
        paths,
        destination,
        tags,
        artifactType,
        annotations: parsePackAnnotations(inputs/* splitList */.ry(raw('annotations'), false)),
        compression: inputs/* oneOf */.yL(raw, 'compression', ['gzip', 'none'], 'gzip'),
        bindTags: inputs/* boolean */.zM(raw, 'bind-tags', false),
        ...access,
    };
}
const PULL_SECRETS = (/* unused pure expression or super */ null && (['registry-password']));
const PULL_PATH_INPUTS = (/* unused pure expression or super */ null && (['reference', 'output']));
function parsePullInputs(raw) {
    const value = parse.required(raw, 'reference');
    referenceInput('reference', value);
    const access = parseRegistryAccess(raw, PULL_PATH_INPUTS);
    return {
        reference: value,
        output: plainValue('output', parse.optionalText(raw, 'output') ?? '.'),
        ...access,
    };
}

;// CONCATENATED MODULE: ./actions/pack/src/inputs.ts


/** The only file that reads the runner's inputs. The registry password is masked as soon as it is read. */
function getInputs() {
    const secrets = new Map();
    for (const name of PACK_SECRETS) {
        const value = core/* getInput */.V4(name);
        if (value !== '')
            core/* setSecret */.Pq(value);
        secrets.set(name, value);
    }
    return parsePackInputs((name) => secrets.get(name) ?? core/* getInput */.V4(name));
}


/***/ }),

/***/ 1659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/github/context.ts


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
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (error) {
            throw new errors/* ArtefactsError */.E('GITHUB_CONTEXT', `Cannot read the event payload at GITHUB_EVENT_PATH=${path}.`, {
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
    return `[${label}](${runUrl(github)}${attempt ? `/attempts/${attempt}` : ''})`;
}
/** Applies jobSummary to an outcome. */
function withJobSummary(outcome, title, subject, github) {
    return { ...outcome, summary: jobSummary(title, subject, github, outcome.summary) };
}

// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __nccwpck_require__(2886);
// EXTERNAL MODULE: ./packages/core/src/builtins.ts + 1 modules
var builtins = __nccwpck_require__(9954);
;// CONCATENATED MODULE: ./packages/core/src/git/git.ts




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
    return (0,builtins/* childProcess */.Q)().spawn('git', args, {
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
        child.on('error', (error) => reject(new errors/* ArtefactsError */.E('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' })));
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
            throw new ArtefactsError('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
        throw new ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
    }
    return result.stdout;
}
function startGitRecords(args, options) {
    const child = spawnGit(args, options);
    const err = [];
    child.stderr.on('data', (chunk) => err.push(chunk));
    const closed = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`)));
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
                throw new ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${code}): ${detail}`);
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
        at = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return true;
    }
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, '.git')))
            return true;
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, 'HEAD')) && isDirectory((0,external_node_path_.join)(at, 'objects')) && isDirectory((0,external_node_path_.join)(at, 'refs')))
            return true;
        const up = (0,external_node_path_.dirname)(at);
        if (up === at)
            return false;
        at = up;
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
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

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __nccwpck_require__(7276);
;// CONCATENATED MODULE: ./packages/core/src/time.ts
/**
 * The one reproducible time of the suite: what build-tag's `created`, pack's file times and an
 * SBOM's timestamp are. SOURCE_DATE_EPOCH (reproducible-builds.org) first, then the candidates the
 * caller knows (a commit time, an image's `created`), in order, then a fallback that every caller
 * names: the time must never silently become the clock.
 */

const SOURCE_DATE_EPOCH = 'SOURCE_DATE_EPOCH';
async function reproducibleTime(env, candidates, fallback) {
    const epoch = (0,inputs/* sourceDateEpoch */.pA)(env);
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

// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __nccwpck_require__(2109);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __nccwpck_require__(6939);
;// CONCATENATED MODULE: ./packages/core/src/github/run-facts.ts
/**
 * The facts of a workflow run that a statement about what it made carries: the one builder behind
 * SLSA provenance (sign/statements.ts) and promotion records (promote/records.ts), so the two never
 * disagree on which run, commit, repository or workflow it was.
 */

/**
 * The one builder of a run's facts. `workflow` is GITHUB_WORKFLOW_REF and, when signing keyless, the
 * OIDC token's `job_workflow_ref` (which GitHub's own provenance names as the builder).
 */
function runFacts(context, workflow) {
    const repositoryUrl = `${context.serverUrl}/${context.repository}`;
    const parsed = parseWorkflowRef(workflow.workflowRef);
    return {
        repository: context.repository,
        repositoryUrl,
        sha: context.sha,
        ref: context.ref,
        workflowName: context.workflow,
        workflowRef: workflow.workflowRef,
        workflow: { path: parsed.path, ref: parsed.ref || context.ref },
        builderId: `${context.serverUrl}/${workflow.jobWorkflowRef ?? workflow.workflowRef}`,
        actor: context.actor,
        runUrl: context.repository === '' || context.runId === ''
            ? undefined
            : `${repositoryUrl}/actions/runs/${context.runId}/attempts/${context.runAttempt || 1}`,
    };
}
/** A run's facts from the runner's environment alone (for a caller with no GitHubContext). */
function envRunFacts(env) {
    return runFacts(readRunContext(env), { workflowRef: env.GITHUB_WORKFLOW_REF ?? '' });
}

// EXTERNAL MODULE: ./packages/core/src/oci/builder.ts
var builder = __nccwpck_require__(3252);
// EXTERNAL MODULE: ./packages/core/src/oci/open.ts + 8 modules
var oci_open = __nccwpck_require__(7342);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __nccwpck_require__(461);
// EXTERNAL MODULE: ./packages/core/src/sign/artifact-types.ts
var artifact_types = __nccwpck_require__(4197);
;// CONCATENATED MODULE: ./packages/core/src/sign/predicates/tag-binding.ts
/**
 * The tag-binding record: an in-toto statement of the project's own predicate type saying "tag T in
 * repository R is digest D (version V, from commit C)", pushed as a referrer of D before T is
 * written (promote and pack, with `bind-tags`). Signed, it is a Sigstore bundle referrer as the
 * sign action writes them; unsigned (the user signs nothing), a plain in-toto referrer. `verify
 * --tag` and `artefacts audit` read it back. Specified in docs/tag-binding.md (v1, additive only).
 */





const TAG_BINDING_PREDICATE_TYPE = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/tag-binding.md#v1';
/** The artifactType of an unsigned binding; a signed one is a Sigstore bundle annotated with the predicate type. */
const TAG_BINDING_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.tag-binding.v1+json';
const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** A record larger than this is not read (a binding is a few hundred bytes). */
const MAX_RECORD_BYTES = 1024 * 1024;
/** The in-toto statement of one binding; its subject is the bound digest in the repository. */
function tagBindingStatement(facts, signed) {
    const given = (value) => (value === undefined || value === '' ? undefined : value);
    const run = facts.run;
    const predicate = {
        repository: facts.repository,
        tag: facts.tag,
        digest: facts.digest,
        ...(given(facts.version) === undefined ? {} : { version: facts.version }),
        ...(given(facts.commit) === undefined ? {} : { commit: facts.commit }),
        boundAt: facts.now.toISOString(),
        ...(run?.runUrl === undefined
            ? {}
            : {
                run: {
                    url: run.runUrl,
                    ...(given(run.workflowName) === undefined ? {} : { workflow: run.workflowName }),
                    repository: run.repository,
                    ...(given(run.sha) === undefined ? {} : { sha: run.sha }),
                },
            }),
        signed,
    };
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: facts.repository, digest: { sha256: (0,media/* digestHex */.sU)(facts.digest) } }],
        predicateType: TAG_BINDING_PREDICATE_TYPE,
        predicate: predicate,
    };
}
const isText = (value) => typeof value === 'string' && value !== '';
/**
 * The binding a statement states, or undefined when it is not a v1 tag binding or lacks a required
 * field (readers accept fields they do not know: v1 is additive).
 */
function parseTagBinding(statement) {
    const s = statement;
    if (s === null || typeof s !== 'object' || s.predicateType !== TAG_BINDING_PREDICATE_TYPE)
        return undefined;
    const p = s.predicate;
    if (p === undefined || p === null || typeof p !== 'object')
        return undefined;
    if (!isText(p.repository) || !isText(p.tag) || !isText(p.boundAt))
        return undefined;
    if (!isText(p.digest) || !(0,references/* isDigest */.Bc)(p.digest))
        return undefined;
    const run = p.run;
    return {
        repository: p.repository,
        tag: p.tag,
        digest: p.digest,
        ...(isText(p.version) ? { version: p.version } : {}),
        ...(isText(p.commit) ? { commit: p.commit } : {}),
        boundAt: p.boundAt,
        ...(run !== undefined && run !== null && typeof run === 'object' && isText(run.url) ? { run } : {}),
        signed: p.signed === true,
    };
}
/** Whether a referrer descriptor is a tag binding (either form), by its artifactType and annotation. */
function isTagBindingReferrer(d) {
    return (d.artifactType === TAG_BINDING_ARTIFACT_TYPE ||
        (d.artifactType === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W &&
            d.annotations?.[artifact_types/* ANNOTATION_PREDICATE */.C] === TAG_BINDING_PREDICATE_TYPE));
}
/**
 * The in-toto statement inside a record manifest (unsigned: the layer itself; signed: the DSSE
 * payload, read, not verified), or undefined when it is not one.
 */
async function recordStatement(store, manifest) {
    const layer = manifest.parsed.layers?.[0];
    if (layer === undefined || layer.size > MAX_RECORD_BYTES)
        return undefined;
    try {
        const parsed = JSON.parse((await (0,oci_open/* readBlob */.gm)(store, layer)).toString('utf8'));
        const payload = parsed.dsseEnvelope?.payload;
        return payload === undefined ? parsed : JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** Every tag-binding record attached to `digest` (referrers API or fallback tag; or those already listed). */
async function findTagBindings(store, digest, referrers) {
    const listed = (referrers ?? (await store.referrers(digest))).filter(isTagBindingReferrer);
    const found = [];
    for (const d of listed) {
        const binding = parseTagBinding(await recordStatement(store, await store.getManifest(d.digest)));
        if (binding !== undefined && binding.digest === digest) {
            found.push({ record: d.digest, signed: d.artifactType === artifact_types/* SIGSTORE_BUNDLE_ARTIFACT_TYPE */.W, binding });
        }
    }
    return found;
}
/**
 * Binds `facts.tag` to `facts.digest`: pushes the record as a referrer of the digest, unless one
 * already there binds the same (repository, tag, digest) in the same form (a re-run adds no second).
 * Returns the record's digest and whether it was written now. Call it before the tag is written.
 */
async function bindTag(store, subject, facts, signing) {
    const staged = await stageTagBinding(store, subject, facts, signing);
    return 'record' in staged ? staged : staged.attached(await store.putManifest(staged.manifest));
}
/**
 * bindTag up to its last step: the binding already there, or the record made ready to push (its
 * blobs uploaded) for the caller to push with other referrers of the digest. A caller binding
 * several tags of one digest passes the bindings found once (`found`), so that the digest's
 * referrers and every binding are not read again for each tag.
 */
async function stageTagBinding(store, subject, facts, signing, found) {
    const signed = signing !== undefined;
    const existing = (found ?? (await findTagBindings(store, subject.digest))).find((f) => f.signed === signed && f.binding.repository === facts.repository && f.binding.tag === facts.tag);
    if (existing !== undefined)
        return { record: existing.record, written: false };
    const statement = tagBindingStatement(facts, signed);
    const attached = ({ digest }) => ({ record: digest, written: true });
    if (signing !== undefined) {
        // Loaded here, not at start: the sigstore libraries cost a cold start about 0.15 s.
        const [{ signStatement }, { stageArtefact }, { bundleReferrer }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(43)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43)),
            Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(43), __nccwpck_require__.e(532)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5532)),
            Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(43), __nccwpck_require__.e(280)]).then(__nccwpck_require__.bind(__nccwpck_require__, 280)),
        ]);
        const bundle = (await signStatement(statement, signing)).bundle;
        return { manifest: await stageArtefact(store, bundleReferrer(bundle, subject, facts.now)), attached };
    }
    const manifest = await (0,builder/* prepareReferrer */.Zx)(store, subject, TAG_BINDING_ARTIFACT_TYPE, { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) }, {
        'dev.immutable-artefacts.predicateType': TAG_BINDING_PREDICATE_TYPE,
        'dev.immutable-artefacts.tag': facts.tag,
        [media/* ANNOTATION_CREATED */.H]: facts.now.toISOString(),
    });
    return { manifest, attached };
}
/** The version and commit a manifest's annotations record (build-tag writes them), for a binding. */
function versionFacts(manifest) {
    const annotations = manifest.parsed.annotations ?? {};
    const version = annotations[media/* ANNOTATION_VERSION */.Rp];
    const commit = annotations[media/* ANNOTATION_REVISION */.qK];
    return { ...(version ? { version } : {}), ...(commit ? { commit } : {}) };
}

// EXTERNAL MODULE: ./packages/core/src/pack/format.ts
var format = __nccwpck_require__(9872);
;// CONCATENATED MODULE: ./packages/core/src/order.ts
/**
 * The one text order for everything the suite sorts: code units, locale-independent, so signed
 * statements, documents and reports never depend on the machine's locale (`localeCompare` orders
 * `-`, `_` and case by the locale's collation, and its first call loads ICU's collator, about
 * 10 ms of a short run).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __nccwpck_require__(7007);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var concurrency = __nccwpck_require__(7870);
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
        const at = await commitTime(options.cwd);
        return at === undefined ? undefined : { time: at, source: 'commit' };
    };
    const when = await reproducibleTime(options.env, [headCommit], { kind: 'unix-epoch' });
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
        const sorted = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => compareText(a, b)));
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
            const facts = { repository: options.name ?? store.location, digest: bound.digest, ...versionFacts(bound) };
            const run = envRunFacts(options.env);
            const out = [];
            for (const tag of options.tags) {
                const b = await bindTag(store, subject, { ...facts, tag, run, now: new Date() }, undefined);
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
        summary: jobSummary('pack', result.digest, environment.github, [
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

// EXTERNAL MODULE: ./actions/shared/src/runner.ts + 2 modules
var runner = __nccwpck_require__(3906);
;// CONCATENATED MODULE: ./actions/pack/src/main.ts


async function run(inputs) {
    const outcome = await runPack(inputs, {
        cwd: process.cwd(),
        env: process.env,
        logger: runner/* actionLogger */.v0,
        github: readGitHubContext(process.env),
    });
    return { outputs: outcome.outputs, summary: outcome.summary };
}


/***/ }),

/***/ 3906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v0: () => (/* binding */ actionLogger),
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: actionEnvironment

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __nccwpck_require__(3195);
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
    return { cwd, env: process.env, logger: actionLogger, github: readGitHubContext(process.env) };
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

/***/ 9954:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ childProcess)
});

// UNUSED EXPORTS: zlib

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


/***/ }),

/***/ 7870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ allAtOnce),
/* harmony export */   Pk: () => (/* binding */ mapPool)
/* harmony export */ });
/* unused harmony export Semaphore */
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

/***/ 2886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ FILES_AT_ONCE),
/* harmony export */   KM: () => (/* binding */ writeFully),
/* harmony export */   Pg: () => (/* binding */ SMALL_FILE),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   R: () => (/* binding */ FILE_CHUNK),
/* harmony export */   VL: () => (/* binding */ readFileBorrowed),
/* harmony export */   Wg: () => (/* binding */ borrowedBuffers),
/* harmony export */   i0: () => (/* binding */ readFileAhead)
/* harmony export */ });
/* unused harmony exports writeWhole, readPlainText, stageFiles, writeFilesTogether */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
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
const stagingName = (target) => join(dirname(target), `.${basename(target)}.tmp-${randomBytes(6).toString('hex')}`);
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
        await Promise.all(staged.splice(0).map(({ tmp }) => unlink(tmp).catch(() => undefined)));
    };
    for (const file of files) {
        let tmp;
        try {
            const target = file.throughLink ? await realpath(file.path).catch(() => file.path) : file.path;
            const info = await stat(target).catch(() => undefined);
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
            const handle = await open(tmp, 'wx', existing ?? file.mode ?? 0o666);
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
            throw failure(error, { file, at: tmp !== undefined && failed === tmp ? dirname(tmp) : (failed ?? file.path) });
        }
    }
    return {
        async commit() {
            while (staged.length > 0) {
                const { tmp, target, file } = staged[0];
                try {
                    await rename(tmp, target);
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

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ credentialPair),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports hasControlCharacter, text, optionalBlock, optionalKey, booleanWord, booleanOrAuto, integer, regex */
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INPUT_INVALID', `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`, { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' });
    }
    return Number(epoch);
}


/***/ }),

/***/ 3252:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ referrerManifest),
/* harmony export */   Zx: () => (/* binding */ prepareReferrer),
/* harmony export */   pI: () => (/* binding */ tarHeader)
/* harmony export */ });
/* unused harmony exports buildImage, buildIndex, buildReferrer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7638);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6939);
/**
 * Assembles OCI images in code, into an OCI image layout: tar layers (gzip or plain) from given
 * files or of random, incompressible content of a given size, the image config, single-platform
 * manifests and multi-platform indexes. Streams throughout, so a 1 GB layer never sits in memory.
 */







function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
/**
 * A ustar header: a regular file (default) or a directory, owner 0/0 without names, mtime in
 * seconds (default 0). Throws when the name cannot be stored in ustar's 100 + 155 byte fields.
 */
function tarHeader(name, size, mode = 0o644, options = {}) {
    const header = Buffer.alloc(512, 0);
    let prefix = '';
    let base = name;
    if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf('/', 155);
        prefix = cut > 0 ? name.slice(0, cut) : '';
        base = cut > 0 ? name.slice(cut + 1) : name;
    }
    if (Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155 || base === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtefactsError */ .E('UNSUPPORTED', `Path ${JSON.stringify(name.slice(0, 300))} is too long for a ustar entry (name 100 bytes, directory prefix 155).`);
    }
    header.write(base, 0, 100, 'utf8');
    header.write(octal(mode, 8), 100, 'ascii');
    header.write(octal(0, 8), 108, 'ascii');
    header.write(octal(0, 8), 116, 'ascii');
    header.write(octal(size, 12), 124, 'ascii');
    header.write(octal(Math.max(0, Math.floor(options.mtime ?? 0)), 12), 136, 'ascii');
    header.write('        ', 148, 'ascii');
    header.write(options.type === 'directory' ? '5' : '0', 156, 'ascii');
    header.write('ustar\u000000', 257, 'ascii');
    header.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of header)
        sum += byte;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    return header;
}
async function* tarEntries(spec) {
    const pad = (size) => Buffer.alloc((512 - (size % 512)) % 512, 0);
    for (const [name, file] of Object.entries(spec.files ?? {}).sort(([a], [b]) => compareText(a, b))) {
        const { content, mode } = typeof file === 'string' || Buffer.isBuffer(file) ? { content: file, mode: 0o644 } : file;
        const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
        yield tarHeader(name.replace(/^\/+/, ''), bytes.length, mode);
        yield bytes;
        yield pad(bytes.length);
    }
    if (spec.randomBytes !== undefined && spec.randomBytes > 0) {
        yield tarHeader(`random-${randomBytes(6).toString('hex')}.bin`, spec.randomBytes);
        for (let left = spec.randomBytes; left > 0; left -= 1 << 20)
            yield randomBytes(Math.min(left, 1 << 20));
        yield pad(spec.randomBytes);
    }
    yield Buffer.alloc(1024, 0);
}
/** Writes one layer to the layout; answers its descriptor and diff_id (sha256 of the uncompressed tar). */
async function buildLayer(store, spec) {
    const tee = new Hasher();
    const gzip = (spec.compression ?? 'gzip') === 'gzip';
    const tar = Readable.from(tarEntries(spec)).pipe(tee);
    const { digest, size } = await store.writeBlob(gzip ? tar.pipe(zlib().createGzip({ level: 1, chunkSize: FILE_CHUNK })) : tar);
    return {
        descriptor: { mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar, digest, size },
        diffId: tee.result().digest,
    };
}
/** Builds a single-platform image into the layout (tagged when `tag` is given); answers its manifest. */
async function buildImage(store, spec, options = {}) {
    const platform = spec.platform ?? { architecture: 'amd64', os: 'linux' };
    const layers = [];
    const diffIds = [];
    for (const layer of spec.layers) {
        const built = await buildLayer(store, layer);
        layers.push(built.descriptor);
        diffIds.push(built.diffId);
    }
    const config = Buffer.from(JSON.stringify({
        ...(spec.created === undefined ? {} : { created: spec.created }),
        ...platform,
        config: spec.config ?? {},
        rootfs: { type: 'layers', diff_ids: diffIds },
    }));
    const configBlob = await store.writeBlob(config);
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
        config: { mediaType: MEDIA.ociConfig, ...configBlob },
        layers,
        ...(spec.annotations === undefined ? {} : { annotations: spec.annotations }),
    };
    const encoded = encodeManifest(manifest);
    await store.putManifest(encoded, options);
    return encoded;
}
/** Builds a multi-platform index over images (each built with its own platform). */
async function buildIndex(store, images, options = {}) {
    const index = {
        schemaVersion: 2,
        mediaType: MEDIA.ociIndex,
        manifests: images.map(({ manifest, platform }) => ({
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
            platform,
        })),
        ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
    };
    const encoded = encodeManifest(index);
    await store.putManifest(encoded, options.tag === undefined ? {} : { tag: options.tag });
    return encoded;
}
/** Builds an artifact manifest (empty config, one layer) referring to `subject`: a signature, SBOM or record. */
async function buildReferrer(store, subject, artifactType, content, annotations = {}) {
    const manifest = await prepareReferrer(store, subject, artifactType, content, annotations);
    await store.putManifest(manifest);
    return manifest;
}
/**
 * The one builder of a manifest that refers to a subject (an OCI 1.1 artifact manifest): the given
 * artifactType, the empty config, the layers, `subject` (media type, digest and size only) and
 * the annotations when there are any. Signatures, SBOM documents and promotion records all come
 * from here. The key order is fixed (schemaVersion, mediaType, artifactType, config, layers,
 * subject, annotations), as cosign writes it: the bytes, and so the digest, never change.
 * Answers the exact bytes (as a Manifest) and the descriptor an index lists it by.
 */
function referrerManifest(spec) {
    const { subject, annotations } = spec;
    const manifest = (0,_media_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeManifest */ .Gb)({
        schemaVersion: 2,
        mediaType: _media_js__WEBPACK_IMPORTED_MODULE_3__/* .MEDIA */ .Rn.ociManifest,
        artifactType: spec.artifactType,
        config: { ..._media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_DESCRIPTOR */ .gi },
        layers: [...spec.layers],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
    });
    return { manifest, descriptor: (0,_media_js__WEBPACK_IMPORTED_MODULE_3__/* .descriptorOf */ .nb)(manifest) };
}
/**
 * A referrer's blobs uploaded (the empty config and the content layer, together) and its manifest
 * encoded but not yet written: the caller decides when the referrer becomes visible.
 */
async function prepareReferrer(store, subject, artifactType, content, annotations = {}) {
    const layer = { mediaType: content.mediaType, digest: (0,_media_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(content.bytes), size: content.bytes.length };
    // The empty config is usually there already (every referrer shares it): one HEAD instead of an upload.
    await Promise.all([
        store
            .hasBlob(_media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_DIGEST */ .Vx)
            .then((has) => has === undefined ? store.putBlob({ digest: _media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_DIGEST */ .Vx, size: _media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_JSON */ .JO.length }, _media_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_JSON */ .JO) : undefined),
        store.putBlob(layer, content.bytes),
    ]);
    return referrerManifest({ artifactType, layers: [layer], subject, annotations }).manifest;
}


/***/ }),

/***/ 7007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ checkConnectionSettings),
/* harmony export */   W: () => (/* binding */ connectionFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2792);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(461);
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const why = UNREADABLE[error.code ?? ''] ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('INPUT_INVALID', `${shown}: cannot read it (${why}); expected a file of ${what} (PEM).`, {
            hint: `Give the path of ${what} (PEM).`,
            cause: error,
        });
    }
    if (!kind.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('INPUT_INVALID', `${shown} is not ${what} in PEM.`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('INPUT_INVALID', `${shownSetting('ARTEFACTS_REGISTRY_TIMEOUT', value, flags)}: expected a number of seconds above 0 and at most 86400 (default ${_http_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_IDLE_TIMEOUT_MS */ .C9 / 1000}).`, { hint: 'How long a registry may send nothing (no answer, no byte of a body) before a request fails.' });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('INPUT_MISSING', `${nameOf(given, flags)} is set but ${nameOf(missing, flags)} is not: a client certificate needs both.`);
    }
    const insecure = (env.ARTEFACTS_INSECURE_REGISTRIES ?? '').split(/[\s,]+/).filter((h) => h !== '');
    for (const host of insecure) {
        // The one host rule of references.ts (a port in range included).
        if ((0,_references_js__WEBPACK_IMPORTED_MODULE_3__/* .registryHostProblem */ .r6)(host) !== undefined) {
            // The value the host came from, as typed: a flag's, else the variable's.
            const flag = flags.ARTEFACTS_INSECURE_REGISTRIES;
            const typed = flag?.values.find((v) => v.split(/[\s,]+/).includes(host));
            const where = flag !== undefined && typed !== undefined
                ? `${flag.flag} ${JSON.stringify(typed)}`
                : 'ARTEFACTS_INSECURE_REGISTRIES';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('INPUT_INVALID', `${where}: ${JSON.stringify(host)} is not a registry host; expected host or host:port (no scheme, no path).`);
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


/***/ }),

/***/ 2792:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C9: () => (/* binding */ DEFAULT_IDLE_TIMEOUT_MS),
  vI: () => (/* binding */ DEFAULT_RETRY),
  Hp: () => (/* binding */ RegistrySilence),
  dw: () => (/* binding */ RetryableError),
  Ze: () => (/* binding */ drain),
  PS: () => (/* binding */ isRetryableStatus),
  mu: () => (/* binding */ parseRetryAfter),
  x8: () => (/* binding */ readBody),
  tN: () => (/* binding */ send),
  pD: () => (/* binding */ speaksTls),
  bD: () => (/* binding */ withRetry)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
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


/***/ }),

/***/ 6939:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   Dc: () => (/* binding */ verifiedChunks),
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   JO: () => (/* binding */ EMPTY_JSON),
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
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   gi: () => (/* binding */ EMPTY_DESCRIPTOR),
/* harmony export */   hg: () => (/* binding */ ANNOTATION_TITLE),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   qK: () => (/* binding */ ANNOTATION_REVISION),
/* harmony export */   sU: () => (/* binding */ digestHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports ANNOTATION_SOURCE, INDEX_MEDIA_TYPES, platformKey, childDescriptors */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7638);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2886);
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

/***/ 7342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gm: () => (/* binding */ readBlob),
  zc: () => (/* binding */ storeFromInputs)
});

// UNUSED EXPORTS: configPlatform, copyTree, credentialsFor, openStore

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __nccwpck_require__(2886);
// EXTERNAL MODULE: ./packages/core/src/oci/media.ts
var media = __nccwpck_require__(6939);
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
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/builtins.ts + 1 modules
var builtins = __nccwpck_require__(9954);
// EXTERNAL MODULE: ./packages/core/src/oci/http.ts + 1 modules
var http = __nccwpck_require__(2792);
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
var connection = __nccwpck_require__(7007);
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
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
const CONTAINER_CONFIGS = [media/* MEDIA */.Rn.ociConfig, media/* MEDIA */.Rn.dockerConfig];
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


/***/ }),

/***/ 461:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   Ie: () => (/* binding */ referenceInput),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   Mj: () => (/* binding */ DOCKER_HUB_CONFIG_KEY),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   r6: () => (/* binding */ registryHostProblem)
/* harmony export */ });
/* unused harmony exports registryPart, isRepositoryPath, referenceTarget */
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, value, 'an image reference ([registry/]repository[:tag][@sha256:…]) or oci:<dir>[:tag|@sha256:…]', error.message);
        }
        throw error;
    }
}


/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 2109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ pathInputError),
/* harmony export */   Gl: () => (/* binding */ workspace),
/* harmony export */   JO: () => (/* binding */ parseRegistryAccess),
/* harmony export */   rd: () => (/* binding */ linksBeneath),
/* harmony export */   ve: () => (/* binding */ inWorkspace),
/* harmony export */   yQ: () => (/* binding */ isPathFailure)
/* harmony export */ });
/* unused harmony exports parseAllowOutsideWorkspace, PathRefusal, insideWorkspace, ownPathInWorkspace, keyInWorkspace, originError, workspaceGlob */
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
    plainValue(input, pattern);
    const glob = fsp.glob;
    if (typeof glob !== 'function') {
        throw new ArtefactsError('INTERNAL', 'File globs need Node.js 22 or later (fs.glob).');
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

/***/ 4197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ANNOTATION_PREDICATE),
/* harmony export */   W: () => (/* binding */ SIGSTORE_BUNDLE_ARTIFACT_TYPE)
/* harmony export */ });
/**
 * The names under which Sigstore bundles are attached to a digest, in a module with no imports, so
 * that code which only recognises attachments (promote's records, `artefacts tree`) does not load
 * @sigstore/bundle at start-up. packages/core/test/sign/referrer.test.ts checks the media type
 * against @sigstore/bundle's own.
 */
/** A Sigstore bundle v0.3 (cosign v3's referrer artifactType). */
const SIGSTORE_BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The annotation of a bundle referrer that names the in-toto predicate type inside it. */
const ANNOTATION_PREDICATE = 'dev.sigstore.bundle.predicateType';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

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

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 3195:
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

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
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
    process.stdout.write(cmd.toString() + external_os_.EOL);
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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
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


const { access, appendFile, writeFile } = external_fs_.promises;
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
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
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
        return this.addRaw(external_os_.EOL);
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
const platform = external_os_.platform();
const arch = external_os_.arch();
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
    process.stdout.write(external_os_.EOL);
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
    process.stdout.write(message + external_os_.EOL);
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(3259);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
