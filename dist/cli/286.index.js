export const id = 286;
export const ids = [286];
export const modules = {

/***/ 62080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ tagConflict),
/* harmony export */   VZ: () => (/* binding */ createTag),
/* harmony export */   mK: () => (/* binding */ moveTag),
/* harmony export */   t: () => (/* binding */ listTagRefs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Git tags through the REST API. A version tag is created once and never moved:
 *   - absent → created (an annotated tag object first when asked, then the ref);
 *   - present on the same commit → success, nothing written (re-runs, concurrent runs);
 *   - present on another commit → TAG_CONFLICT naming both commits; the tag is left alone.
 * Two runs racing: GitHub lets exactly one `POST git/refs` succeed; the other gets 422, re-reads
 * the ref and lands in one of the two cases above.
 * The one deliberate mutable pointer is the major tag (`v1`), updated with a single
 * `PATCH {sha, force: true}` (atomic: never delete-then-create), unless the caller's guard, shown
 * the value it replaces, refuses (build-tag: never backwards, past a higher version's commit).
 */
const CONTENTS_WRITE = 'contents: write';
const refPath = (api, tag) => api.repoPath(`/git/ref/tags/${encodeTag(tag)}`);
const encodeTag = (tag) => tag.split('/').map(encodeURIComponent).join('/');
/** Reads refs/tags/<tag>, following annotated tag objects to the commit. Undefined when absent. */
async function readTag(api, tag) {
    const response = await api.request('GET', refPath(api, tag), {
        expect: [404],
        what: `read the tag ${tag}`,
    });
    if (response.status === 404 || response.data?.object === undefined)
        return undefined;
    const objectSha = response.data.object.sha;
    let { sha, type } = response.data.object;
    for (let depth = 0; type === 'tag'; depth++) {
        if (depth >= 5)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_API', `The tag ${tag} is a chain of more than 5 tag objects.`);
        const object = await api.request('GET', api.repoPath(`/git/tags/${sha}`), {
            what: `read the tag object ${sha} of ${tag}`,
        });
        ({ sha, type } = object.data.object);
    }
    return { objectSha, commitSha: sha, annotated: objectSha !== sha };
}
/** A version tag already names another commit: the same error whichever way tags are written. */
function tagConflict(tag, existing, wanted) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('TAG_CONFLICT', `The tag ${tag} already exists on commit ${existing}, not on ${wanted}; it is never moved.`, {
        hint: 'A released version names one commit forever. Release a new version (bump it), or delete the tag by hand if it was created by mistake.',
    });
}
async function createTag(api, options) {
    const { tag, sha, logger } = options;
    const existing = await readTag(api, tag);
    if (existing !== undefined) {
        if (existing.commitSha === sha) {
            logger.info(`Tag ${tag} already exists on ${sha}: nothing to do.`);
            return 'exists';
        }
        throw tagConflict(tag, existing.commitSha, sha);
    }
    let target = sha;
    if (options.annotated !== undefined) {
        const object = await api.request('POST', api.repoPath('/git/tags'), {
            body: { tag, message: options.annotated.message, object: sha, type: 'commit' },
            permission: CONTENTS_WRITE,
            what: `create the annotated tag object ${tag}`,
        });
        target = object.data.sha;
    }
    const created = await api.request('POST', api.repoPath('/git/refs'), {
        body: { ref: `refs/tags/${tag}`, sha: target },
        expect: [422],
        permission: CONTENTS_WRITE,
        what: `create the tag ${tag}`,
    });
    if (created.status !== 422) {
        logger.info(`Created tag ${tag} on ${sha}${options.annotated ? ' (annotated)' : ''}.`);
        return 'created';
    }
    // 422: someone else created it between our read and our write (or the name is refused). Re-read.
    const after = await readTag(api, tag);
    if (after === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('TAG_RACE', `GitHub refused to create the tag ${tag} (422 ${created.data?.message ?? ''}) and it cannot be read back.`, { hint: 'Check that the tag name is a valid git ref name, then re-run.' });
    }
    if (after.commitSha === sha) {
        logger.info(`Tag ${tag} was created on ${sha} by a concurrent run: nothing to do.`);
        return 'exists';
    }
    throw tagConflict(tag, after.commitSha, sha);
}
/** Tags whose names start with `prefix`, each with the object its ref names (an annotated tag is not peeled). */
async function listTagRefs(api, prefix) {
    // matching-refs takes a ref prefix, not a pattern: `tags/v` lists refs/tags/v*.
    const path = api.repoPath(`/git/matching-refs/tags${prefix === '' ? '' : `/${encodeTag(prefix)}`}`);
    const refs = await api.paginate(path, `list the tags starting with '${prefix}'`);
    const tags = new Map();
    for (const r of refs)
        if (r.ref.startsWith('refs/tags/'))
            tags.set(r.ref.slice('refs/tags/'.length), r.object.sha);
    return tags;
}
/**
 * Points refs/tags/<tag> at `sha` (a lightweight tag): one atomic PATCH, or a create when absent;
 * nothing when `guard` refuses, given the value just read.
 */
async function moveTag(api, options) {
    const { tag, sha, logger } = options;
    const current = await readTag(api, tag);
    if (current !== undefined && current.objectSha === sha)
        return { status: 'unchanged' };
    const refused = await options.guard?.(current);
    if (refused !== undefined) {
        logger.info(`Not moving ${tag}: ${refused}.`);
        return { status: 'skipped', reason: refused };
    }
    const patch = () => api.request('PATCH', api.repoPath(`/git/refs/tags/${encodeTag(tag)}`), {
        body: { sha, force: true },
        expect: [422],
        permission: CONTENTS_WRITE,
        what: `move the tag ${tag}`,
    });
    if (current !== undefined) {
        const moved = await patch();
        if (moved.status !== 422) {
            logger.info(`Moved tag ${tag} from ${current.commitSha} to ${sha}.`);
            return { status: 'moved' };
        }
    }
    const created = await api.request('POST', api.repoPath('/git/refs'), {
        body: { ref: `refs/tags/${tag}`, sha },
        expect: [422],
        permission: CONTENTS_WRITE,
        what: `create the tag ${tag}`,
    });
    if (created.status !== 422) {
        logger.info(`Created tag ${tag} on ${sha}.`);
        return { status: 'created' };
    }
    // Created concurrently by another run: asked again about what that run set, then updated in place.
    const again = await options.guard?.(await readTag(api, tag));
    if (again !== undefined) {
        logger.info(`Not moving ${tag}: ${again}.`);
        return { status: 'skipped', reason: again };
    }
    const moved = await patch();
    if (moved.status === 422) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('TAG_RACE', `The tag ${tag} could neither be created nor updated (422).`, {
            hint: 'Another run may be changing it; re-run this job.',
        });
    }
    logger.info(`Moved tag ${tag} to ${sha}.`);
    return { status: 'moved' };
}


/***/ }),

/***/ 61308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ makeApi),
/* harmony export */   JH: () => (/* binding */ parseRemoteUrl),
/* harmony export */   M0: () => (/* binding */ remoteFacts),
/* harmony export */   Ow: () => (/* binding */ repositoryFacts),
/* harmony export */   XY: () => (/* binding */ isGitRepository),
/* harmony export */   pc: () => (/* binding */ gatherFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(330);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41150);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35793);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21888);





async function isGitRepository(cwd) {
    const result = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['rev-parse', '--git-dir'], { cwd });
    return result.exitCode === 0;
}
/** The branch git is on, else a tag on HEAD (a detached tag checkout), as metadata-action's `context: git`. */
async function gitRef(cwd) {
    const symbolic = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd });
    if (symbolic.exitCode === 0 && symbolic.stdout.trim() !== '')
        return { branch: symbolic.stdout.trim() };
    const tags = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['tag', '--points-at', 'HEAD', '--sort=-v:refname'], { cwd });
    const tag = tags.exitCode === 0 ? tags.stdout.split('\n').find((t) => t.trim() !== '') : undefined;
    return tag === undefined ? {} : { tag: tag.trim() };
}
async function gatherFacts(environment, inGit, options) {
    const { cwd, env, github: gh } = environment;
    const assumptions = [];
    const needGit = (what) => {
        if (!inGit) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_NOT_A_REPOSITORY', `${cwd} is not a git repository, and ${what} is not known otherwise.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
    };
    const head = async () => (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', 'HEAD'], { cwd })).trim();
    const pr = gh?.pullRequest;
    const target = gh !== undefined && /^pull_request_target$/.test(gh.eventName);
    let revision;
    let ref = gh?.ref ?? '';
    if (options.context === 'git') {
        needGit('the commit (context: git)');
        revision = await head();
        const fromGit = await gitRef(cwd);
        ref = fromGit.branch ? `refs/heads/${fromGit.branch}` : fromGit.tag ? `refs/tags/${fromGit.tag}` : ref;
        assumptions.push(`revision ${revision} and ref ${ref || '(none)'} from git (context: git)`);
    }
    else if (pr !== undefined && target) {
        // pull_request_target runs the base branch's workflow on the base commit: name what was checked out.
        if (options.prHeadSha === true)
            revision = pr.headSha;
        else if (inGit) {
            revision = await head();
            if (revision !== gh?.sha)
                assumptions.push(`revision ${revision}: the commit checked out (GITHUB_SHA is ${gh?.sha})`);
        }
        else
            revision = gh?.sha ?? '';
    }
    else if (pr !== undefined) {
        revision = options.prHeadSha === false ? (gh?.sha ?? '') : pr.headSha || gh?.sha || '';
    }
    else {
        revision = gh?.sha ?? '';
    }
    if (revision === '') {
        needGit('the commit');
        revision = await head();
        assumptions.push(`revision ${revision} from git HEAD`);
    }
    let branch;
    let headBranch;
    let refTag;
    if (ref.startsWith('refs/tags/'))
        refTag = ref.slice('refs/tags/'.length);
    if (gh !== undefined && options.context !== 'git') {
        if (pr !== undefined)
            headBranch = pr.headRef || gh.headRef || undefined;
        else if (ref.startsWith('refs/heads/'))
            branch = ref.slice('refs/heads/'.length);
    }
    else if (gh !== undefined) {
        if (ref.startsWith('refs/heads/'))
            branch = ref.slice('refs/heads/'.length);
        if (pr !== undefined)
            headBranch = pr.headRef || undefined;
    }
    else {
        const named = env.CI_COMMIT_REF_NAME || env.BRANCH_NAME || undefined;
        if (named !== undefined) {
            branch = named;
            assumptions.push(`branch '${branch}' from ${env.CI_COMMIT_REF_NAME ? 'CI_COMMIT_REF_NAME' : 'BRANCH_NAME'}`);
        }
        else if (inGit) {
            const fromGit = await gitRef(cwd);
            if (fromGit.branch !== undefined) {
                branch = fromGit.branch;
                assumptions.push(`branch '${branch}' from git`);
            }
            else if (fromGit.tag !== undefined) {
                refTag = fromGit.tag;
                assumptions.push(`tag '${refTag}' from git (detached HEAD at a tag)`);
            }
            else
                assumptions.push('no branch (detached HEAD)');
        }
    }
    if (pr === undefined)
        headBranch = branch;
    let runNumber;
    if (gh !== undefined && gh.runNumber > 0)
        runNumber = String(gh.runNumber);
    else {
        const fromEnv = ['ARTEFACTS_RUN_NUMBER', 'CI_PIPELINE_IID', 'BUILD_NUMBER'].find((n) => (env[n] ?? '') !== '');
        if (fromEnv !== undefined) {
            runNumber = env[fromEnv] ?? '';
            if (!/^\d+$/.test(runNumber)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('INPUT_INVALID', `${fromEnv}=${JSON.stringify(runNumber)} is not a whole number, so it cannot be the run number.`);
            }
            assumptions.push(`run_number ${runNumber} from ${fromEnv}`);
        }
        else {
            needGit('the run number (set ARTEFACTS_RUN_NUMBER)');
            runNumber = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-list', '--count', 'HEAD'], { cwd })).trim();
            const shallow = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .isShallow */ .fE)(cwd);
            assumptions.push(`run_number ${runNumber} = commits in HEAD${shallow ? ' (shallow clone: this count is too low)' : ''}; set ARTEFACTS_RUN_NUMBER to choose`);
        }
    }
    const runAttempt = gh !== undefined && gh.runAttempt > 0 ? String(gh.runAttempt) : env.ARTEFACTS_RUN_ATTEMPT || '1';
    const payloadBaseRef = gh?.payload?.base_ref;
    const baseRef = pr !== undefined
        ? pr.baseRef || undefined
        : refTag !== undefined && typeof payloadBaseRef === 'string'
            ? payloadBaseRef.replace(/^refs\/heads\//, '')
            : undefined;
    const { created, createdSource } = await createdTime(environment, revision, inGit);
    return {
        revision,
        branch,
        headBranch,
        refTag,
        baseRef,
        pr: pr?.number,
        eventName: gh?.eventName,
        runNumber,
        runAttempt,
        created,
        createdSource,
        assumptions,
    };
}
/** SOURCE_DATE_EPOCH, else the commit time of the built revision: never the wall clock. */
async function createdTime(environment, revision, inGit) {
    const { env, cwd, logger } = environment;
    const builtCommit = async () => {
        const at = inGit ? await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .commitTime */ .bX)(cwd, revision) : undefined;
        return at === undefined ? undefined : { time: at, source: `commit time of ${revision.slice(0, 12)}` };
    };
    const pushEvent = () => {
        const headCommit = environment.github?.payload.head_commit;
        if (headCommit?.id !== revision || !headCommit.timestamp || Number.isNaN(Date.parse(headCommit.timestamp))) {
            return undefined;
        }
        return { time: new Date(Date.parse(headCommit.timestamp)), source: 'head_commit.timestamp of the push event' };
    };
    const headOfClone = async () => {
        if (!inGit)
            return undefined;
        const head = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['show', '-s', '--format=%ct%n%H', 'HEAD'], { cwd });
        const [seconds = '', sha = ''] = head.stdout.trim().split('\n');
        if (head.exitCode !== 0 || !/^\d+$/.test(seconds))
            return undefined;
        // Typical on pull_request with a depth-1 checkout: the PR head is a parent of the merge commit, not fetched.
        logger.info(`The built commit ${revision.slice(0, 12)} is not in the clone, so 'created' uses the commit time of HEAD (${sha.slice(0, 12)}). Set SOURCE_DATE_EPOCH to choose.`);
        return { time: new Date(Number(seconds) * 1000), source: `commit time of HEAD ${sha.slice(0, 12)}` };
    };
    const when = await (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .reproducibleTime */ .m)(env, [builtCommit, pushEvent, headOfClone], {
        kind: 'fail',
        error: () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_NOT_A_REPOSITORY', `Cannot find a reproducible creation time: the commit ${revision} is not available.`, { hint: 'Check out the repository (actions/checkout) or set SOURCE_DATE_EPOCH.' }),
    });
    return { created: when.time, createdSource: when.source };
}
/**
 * `https://[user[:token]@]host[:port]/owner/repo[.git]`, `ssh://git@host[:port]/owner/repo.git` or the scp-like
 * `git@host:owner/repo.git` → host, owner (may hold groups: `group/sub`), repo. Credentials are dropped.
 * Local paths and file:// URLs give undefined.
 */
function parseRemoteUrl(raw) {
    const url = raw.trim();
    let host;
    let path;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(url);
    if (scheme !== null) {
        if (!['https', 'http', 'ssh', 'git'].includes((scheme[1] ?? '').toLowerCase()))
            return undefined;
        const rest = scheme[2] ?? '';
        const slash = rest.indexOf('/');
        if (slash <= 0)
            return undefined;
        const authority = rest.slice(0, slash);
        host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
        path = rest.slice(slash + 1);
    }
    else {
        const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+)$/.exec(url);
        if (scp === null)
            return undefined;
        host = scp[1] ?? '';
        path = scp[2] ?? '';
    }
    const parts = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/')
        .filter((p) => p !== '');
    const repo = parts.pop();
    if (host === '' || repo === undefined || parts.length === 0)
        return undefined;
    return { host, owner: parts.join('/'), repo };
}
async function remoteFacts(cwd, inGit) {
    if (!inGit)
        return undefined;
    const remote = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['remote', 'get-url', 'origin'], { cwd });
    return remote.exitCode === 0 ? parseRemoteUrl(remote.stdout) : undefined;
}
function fromRepoObject(repo, source) {
    const s = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    return {
        name: s(repo.name) ?? s(repo.full_name)?.split('/').pop(),
        description: s(repo.description),
        license: s(repo.license?.spdx_id),
        htmlUrl: s(repo.html_url),
        defaultBranch: s(repo.default_branch),
        source,
    };
}
async function repositoryFacts(environment, api, remote) {
    const payloadRepo = environment.github?.payload.repository;
    if (payloadRepo !== undefined && typeof payloadRepo.html_url === 'string')
        return fromRepoObject(payloadRepo, 'event payload');
    if (api !== undefined && environment.github !== undefined) {
        try {
            const response = await api.request('GET', api.repoPath(''), {
                what: 'read the repository metadata',
            });
            return fromRepoObject(response.data, 'GitHub API');
        }
        catch (error) {
            environment.logger.warning(`Repository metadata for labels: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)} Falling back to the git remote.`);
        }
    }
    if (remote !== undefined) {
        return {
            name: remote.repo,
            description: undefined,
            license: undefined,
            htmlUrl: `https://${remote.host}/${remote.owner}/${remote.repo}`,
            source: 'git remote',
        };
    }
    return { name: undefined, description: undefined, license: undefined, htmlUrl: undefined, source: 'none' };
}
function makeApi(environment, token, remote) {
    const gh = environment.github;
    if (gh !== undefined && gh.owner !== '' && gh.repo !== '') {
        return new _github_api_js__WEBPACK_IMPORTED_MODULE_4__/* .GitHubApi */ .y({ apiUrl: gh.apiUrl, token, owner: gh.owner, repo: gh.repo, logger: environment.logger });
    }
    if (remote === undefined)
        return undefined;
    const apiUrl = environment.env.GITHUB_API_URL ||
        (remote.host === 'github.com' ? 'https://api.github.com' : `https://${remote.host}/api/v3`);
    return new _github_api_js__WEBPACK_IMPORTED_MODULE_4__/* .GitHubApi */ .y({ apiUrl, token, owner: remote.owner, repo: remote.repo, logger: environment.logger });
}


/***/ }),

/***/ 5528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cl: () => (/* binding */ BUILD_TAG_SECRETS),
  qF: () => (/* binding */ DEFAULT_BAKE_TARGET),
  gN: () => (/* binding */ DEFAULT_GIT_REMOTE),
  HB: () => (/* binding */ metadataEnvironment),
  DP: () => (/* binding */ parseBuildTagInputs),
  kf: () => (/* binding */ parseSemver),
  gX: () => (/* binding */ parseVersionInput),
  A6: () => (/* binding */ versionString)
});

// UNUSED EXPORTS: DEFAULT_TEMPLATE, parseTagPrefix

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/oci/references.ts
var references = __webpack_require__(70461);
;// CONCATENATED MODULE: ./packages/core/src/version/image-name.ts


function parses(name) {
    try {
        (0,references/* parseReference */.F2)(name);
        return true;
    }
    catch {
        return false;
    }
}
/** Validates one image name; the error names the input, the image and what is wrong with it. */
function parseImageName(raw, input = 'images') {
    const name = raw.trim();
    const accepted = 'an image name without tag or digest, e.g. ghcr.io/acme/app or docker.io/library/nginx';
    const bad = (why, hint) => (0,errors/* inputError */.Xu)(input, name, accepted, hint === undefined ? why : `${why} ${hint}`);
    if (name === '')
        throw bad('The image name is empty.');
    if (name.startsWith('oci:'))
        throw bad('It names an OCI image layout.', 'build-tag tags images in a registry.');
    let ref;
    try {
        ref = (0,references/* parseReference */.F2)(name);
    }
    catch (error) {
        if (!(error instanceof errors/* ArtefactsError */.E))
            throw error;
        const lower = name.toLowerCase();
        throw bad(error.message, lower !== name && parses(lower) ? `Repository names are lower-case: did you mean '${lower}'?` : undefined);
    }
    if (ref.digest !== undefined)
        throw bad('It carries a digest.', 'List image names only; build-tag adds the tags.');
    if (ref.tag !== undefined)
        throw bad('It carries a tag.', `Remove ':${ref.tag}'; build-tag adds the tags.`);
    const domain = (0,references/* registryPart */.l$)(name);
    return { name, domain, path: domain === undefined ? name : name.slice(domain.length + 1) };
}
const ENTRY_KEYS = ['name', 'enable'];
/**
 * The `images` input as docker/metadata-action reads it: names one per line or comma-separated, or
 * `name=<image>,enable=<true|false>` entries. Names are lower-cased (repository names are lower-case,
 * so `ghcr.io/${{ github.repository }}` works with an upper-case owner), with a notice saying so.
 */
function parseImageList(lines, input = 'images') {
    const seen = new Set();
    const names = [];
    const notes = [];
    const accepted = 'image names, or entries name=<image>,enable=<true|false>';
    for (const line of lines) {
        const entries = [];
        if (!line.includes('=')) {
            for (const part of line.split(','))
                if (part.trim() !== '')
                    entries.push({ name: part.trim(), enable: true });
        }
        else {
            let name = '';
            let enable = true;
            for (const part of line.split(',')) {
                const at = part.indexOf('=');
                const key = at < 0 ? 'name' : part.slice(0, at).trim().toLowerCase();
                const value = (at < 0 ? part : part.slice(at + 1)).trim();
                if (!ENTRY_KEYS.includes(key))
                    throw (0,errors/* inputError */.Xu)(input, line, accepted, `Unknown attribute '${key}'.`);
                if (key === 'name')
                    name = value;
                else if (/^(true|false)$/i.test(value))
                    enable = value.toLowerCase() === 'true';
                else
                    throw (0,errors/* inputError */.Xu)(input, line, accepted, 'enable is true or false.');
            }
            if (name === '')
                throw (0,errors/* inputError */.Xu)(input, line, accepted, 'The entry has no name=.');
            entries.push({ name, enable });
        }
        for (const entry of entries) {
            const lower = entry.name.toLowerCase();
            const { name } = parseImageName(lower, input);
            if (!entry.enable) {
                notes.push(`Image ${name}: enable=false, no tags for it.`);
                continue;
            }
            if (lower !== entry.name)
                notes.push(`Image name ${entry.name} lower-cased to ${name} (repository names are lower-case).`);
            if (seen.has(name))
                continue;
            seen.add(name);
            names.push(name);
        }
    }
    return { names, notes };
}

// EXTERNAL MODULE: ./packages/core/src/version/oci-labels.ts
var oci_labels = __webpack_require__(69679);
// EXTERNAL MODULE: ./packages/core/src/version/tag-rule-syntax.ts
var tag_rule_syntax = __webpack_require__(39213);
// EXTERNAL MODULE: ./packages/core/src/version/git-tag-push.ts
var git_tag_push = __webpack_require__(86448);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/classes/semver.js
var semver = __webpack_require__(59909);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/version/template.ts
var version_template = __webpack_require__(14902);
;// CONCATENATED MODULE: ./packages/core/src/version/build-tag-inputs.ts









const DEFAULT_TEMPLATE = '{{version}}-{{run_number}}-{{sha7}}';
const DEFAULT_BAKE_TARGET = 'docker-metadata-action';
/** Characters git refuses in ref names, plus whitespace (control characters are checked separately). */
const BAD_PREFIX = /[\s~^:?*[\\\x7f]|\.\.|@\{|^[/.-]|\/\/|\.lock$/;
function parseTagPrefix(raw, input = 'tag-prefix') {
    if (BAD_PREFIX.test(raw) || (0,src_inputs/* hasControlCharacter */.Fd)(raw)) {
        throw (0,errors/* inputError */.Xu)(input, raw, 'text usable at the start of a git tag name: no spaces, none of ~ ^ : ? * [ \\, no "..", not starting with / . or -');
    }
    return raw;
}
const DEFAULT_GIT_REMOTE = 'origin';
/** A remote's name or URL, handed to git as one argument: never something git would read as an option. */
function parseGitRemote(raw, input = 'git-remote') {
    if (raw.startsWith('-') || /\s/.test(raw) || (0,src_inputs/* hasControlCharacter */.Fd)(raw)) {
        throw (0,errors/* inputError */.Xu)(input, raw, "the name of a git remote (such as origin) or its URL: no spaces, not starting with '-'");
    }
    return raw;
}
/** The canonical text of a version, build metadata included (`semver`'s `.version` drops it). */
function versionString(version) {
    return version.build.length > 0 ? `${version.version}+${version.build.join('.')}` : version.version;
}
function parseSemver(text) {
    try {
        return new (semver_default())(text);
    }
    catch {
        return undefined;
    }
}
/** Accepts `1.2.3`, `v1.2.3` and `<tag-prefix>1.2.3` (a tag name from a tag-push pipeline). */
function parseVersionInput(raw, tagPrefix, input = 'version') {
    const candidates = [raw];
    if (tagPrefix !== '' && raw.startsWith(tagPrefix))
        candidates.push(raw.slice(tagPrefix.length));
    if (/^v\d/.test(raw))
        candidates.push(raw.slice(1));
    for (const candidate of candidates) {
        const parsed = /^\d/.test(candidate) ? parseSemver(candidate) : undefined;
        if (parsed !== undefined)
            return versionString(parsed);
    }
    throw (0,errors/* inputError */.Xu)(input, raw, 'a semantic version (https://semver.org) such as 1.4.0, 2.0.0-rc.1 or 1.4.0+build.5, optionally with the tag prefix', "Pass semver-calculate's output: version: ${{ steps.semver.outputs.version }}.");
}
/** Label and annotation values may use the template placeholders (metadata-action's global expressions). */
function checkTemplates(values, input) {
    for (const value of values)
        if (value.includes('{{') || value.includes('}}'))
            (0,version_template/* parseTemplate */.QC)(value, input);
}
/** A separator input: not trimmed (a space or `,` is a separator), `\n` when empty. */
function separator(raw, name) {
    const value = raw(name);
    return value === '' ? '\n' : value;
}
/** build-tag's one path input: where the bake files go when given. */
const BUILD_TAG_PATH_INPUTS = ['bake-dir'];
/** Inputs whose values are secrets, masked as soon as they are read. */
const BUILD_TAG_SECRETS = ['github-token'];
function parseBuildTagInputs(raw) {
    // Every item of these becomes an output line (tags, labels, annotations): no newline or control character
    // inside. The single values (template, tag-prefix, …) are one line each: parse.text refuses the rest.
    for (const name of ['images', 'tags', 'labels', 'annotations', 'flavor']) {
        for (const item of src_inputs/* splitList */.ry(raw(name), false))
            (0,src_inputs/* plainValue */._y)(name, item);
    }
    // Read as given (trimmed): parseTagPrefix refuses control characters in its own words, as parseGitRemote does.
    const tagPrefix = parseTagPrefix(raw('tag-prefix').trim());
    const version = src_inputs/* optionalText */.mR(raw, 'version');
    const template = (0,version_template/* parseTemplate */.QC)(src_inputs/* text */.Qq(raw, 'template') || DEFAULT_TEMPLATE, 'template');
    const images = parseImageList(src_inputs/* splitList */.ry(raw('images'), false), 'images');
    const labels = (0,oci_labels/* parseLabelLines */.DX)(src_inputs/* splitList */.ry(raw('labels'), false), 'labels');
    checkTemplates(Object.values(labels), 'labels');
    const annotations = (0,oci_labels/* parseAnnotationLines */.If)(src_inputs/* splitList */.ry(raw('annotations'), false), 'annotations');
    checkTemplates(annotations.map((a) => a.value), 'annotations');
    const flavor = (0,tag_rule_syntax/* parseFlavor */.wp)(src_inputs/* splitList */.ry(raw('flavor'), false), 'flavor');
    const latestInput = src_inputs/* oneOf */.yL(raw, 'latest', ['auto', 'true', 'false'], 'auto');
    if (flavor.latest !== undefined && latestInput !== 'auto' && latestInput !== flavor.latest) {
        throw (0,errors/* inputError */.Xu)('latest', latestInput, `the same as flavor's latest=${flavor.latest}, or auto`, 'Give latest in one place: the latest input or flavor: latest=...');
    }
    const context = src_inputs/* oneOf */.yL(raw, 'context', ['workflow', 'git'], 'workflow');
    const bakeTarget = src_inputs/* text */.Qq(raw, 'bake-target') || DEFAULT_BAKE_TARGET;
    if (!/^[a-zA-Z0-9_-]+$/.test(bakeTarget)) {
        throw (0,errors/* inputError */.Xu)('bake-target', bakeTarget, 'a bake target name: letters, digits, _ and -');
    }
    const inputs = {
        version: version === undefined ? undefined : parseVersionInput(version, tagPrefix),
        images: images.names,
        imageNotes: images.notes,
        template,
        tagRules: (0,tag_rule_syntax/* parseTagRules */.hh)(src_inputs/* splitList */.ry(raw('tags'), false), 'tags'),
        flavor,
        labels,
        annotations,
        annotationLevels: (0,oci_labels/* parseAnnotationLevels */.GB)(src_inputs/* list */.p_(raw, 'annotation-levels'), 'annotation-levels'),
        shaLength: src_inputs/* integer */.nd(raw, 'sha-length', { min: 4, max: 40, fallback: 7 }),
        pushGitTag: src_inputs/* boolean */.zM(raw, 'push-git-tag', false),
        annotatedTag: src_inputs/* boolean */.zM(raw, 'annotated-tag', false),
        tagPrefix,
        moveMajorTag: src_inputs/* boolean */.zM(raw, 'move-major-tag', false),
        gitTagTransport: src_inputs/* oneOf */.yL(raw, 'git-tag-transport', git_tag_push/* GIT_TAG_TRANSPORTS */.PU, 'auto'),
        gitRemote: parseGitRemote(raw('git-remote').trim() || DEFAULT_GIT_REMOTE),
        latest: flavor.latest ?? latestInput,
        exportEnv: src_inputs/* boolean */.zM(raw, 'export-env', true),
        githubToken: src_inputs/* optionalBlock */.ki(raw, 'github-token') ?? '',
        context,
        bakeTarget,
        bakeDir: src_inputs/* optionalText */.mR(raw, 'bake-dir'),
        allowOutsideWorkspace: (0,paths/* parseAllowOutsideWorkspace */.fz)(raw, BUILD_TAG_PATH_INPUTS),
        sepTags: separator(raw, 'sep-tags'),
        sepLabels: separator(raw, 'sep-labels'),
        sepAnnotations: separator(raw, 'sep-annotations'),
    };
    // Inputs that do nothing without push-git-tag are an error, not silently ignored.
    for (const [name, on, given] of [
        ['move-major-tag', inputs.moveMajorTag, 'true'],
        ['annotated-tag', inputs.annotatedTag, 'true'],
        ['git-tag-transport', inputs.gitTagTransport !== 'auto', inputs.gitTagTransport ?? ''],
        ['git-remote', inputs.gitRemote !== DEFAULT_GIT_REMOTE, inputs.gitRemote ?? ''],
    ]) {
        if (on && !inputs.pushGitTag) {
            throw (0,errors/* inputError */.Xu)(name, given, 'false unless push-git-tag is true (push-git-tag is missing)', `Set push-git-tag: true, or remove ${name}.`);
        }
    }
    return inputs;
}
const TRUE_WORDS = /^(true|1|yes|on)$/i;
const FALSE_WORDS = /^(false|0|no|off)$/i;
function envBoolean(env, name) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '')
        return undefined;
    if (TRUE_WORDS.test(raw))
        return true;
    if (FALSE_WORDS.test(raw))
        return false;
    throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${name}=${JSON.stringify(raw)}: expected true or false.`);
}
function conflict(name, envValue, input, inputValue) {
    return new errors/* ArtefactsError */.E('INPUT_INVALID', `${name}=${envValue} and input '${input}' (${inputValue}) disagree; build-tag will not pick one silently.`, { hint: `Keep one of them: the input '${input}' or the environment variable ${name}.` });
}
/**
 * DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_ANNOTATIONS_LEVELS, DOCKER_METADATA_SET_OUTPUT_ENV
 * and DOCKER_METADATA_PR_HEAD_SHA, as metadata-action reads them. Each stands for an input left at its
 * default; given both with different values, the step fails rather than choose.
 */
function metadataEnvironment(inputs, env) {
    const notes = [];
    let shaLength = inputs.shaLength;
    const shaRaw = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
    if (shaRaw !== undefined && shaRaw !== '') {
        if (!/^\d+$/.test(shaRaw) || Number(shaRaw) < 4 || Number(shaRaw) > 40) {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', `DOCKER_METADATA_SHORT_SHA_LENGTH=${JSON.stringify(shaRaw)}: expected a whole number from 4 to 40.`);
        }
        if (inputs.shaLength !== 7 && inputs.shaLength !== Number(shaRaw)) {
            throw conflict('DOCKER_METADATA_SHORT_SHA_LENGTH', shaRaw, 'sha-length', String(inputs.shaLength));
        }
        shaLength = Number(shaRaw);
        notes.push(`sha length ${shaLength} from DOCKER_METADATA_SHORT_SHA_LENGTH`);
    }
    let annotationLevels = inputs.annotationLevels;
    const levelsRaw = env.DOCKER_METADATA_ANNOTATIONS_LEVELS?.trim();
    if (levelsRaw !== undefined && levelsRaw !== '') {
        const levels = (0,oci_labels/* parseAnnotationLevels */.GB)(src_inputs/* splitList */.ry(levelsRaw), 'DOCKER_METADATA_ANNOTATIONS_LEVELS');
        const given = inputs.annotationLevels.join(',');
        if (given !== 'manifest' && given !== levels.join(',')) {
            throw conflict('DOCKER_METADATA_ANNOTATIONS_LEVELS', levelsRaw, 'annotation-levels', given);
        }
        annotationLevels = levels;
        notes.push(`annotation levels ${levels.join(',')} from DOCKER_METADATA_ANNOTATIONS_LEVELS`);
    }
    let exportEnv = inputs.exportEnv;
    const setEnv = envBoolean(env, 'DOCKER_METADATA_SET_OUTPUT_ENV');
    if (setEnv !== undefined) {
        if (!inputs.exportEnv && setEnv)
            throw conflict('DOCKER_METADATA_SET_OUTPUT_ENV', 'true', 'export-env', 'false');
        exportEnv = setEnv;
        notes.push(`export-env ${setEnv} from DOCKER_METADATA_SET_OUTPUT_ENV`);
    }
    const prHeadSha = envBoolean(env, 'DOCKER_METADATA_PR_HEAD_SHA');
    if (prHeadSha !== undefined)
        notes.push(`pull request sha from ${prHeadSha ? 'the PR head' : 'GITHUB_SHA'} (DOCKER_METADATA_PR_HEAD_SHA)`);
    return { shaLength, annotationLevels, exportEnv, prHeadSha, notes };
}


/***/ }),

/***/ 66286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sA: () => (/* binding */ runBuildTag)
});

// UNUSED EXPORTS: BUILD_TAG_SECRETS, DEFAULT_TEMPLATE, MIRRORED_OUTPUTS, envMirrorName, parseBuildTagInputs, parseRemoteUrl, parseTagPrefix, parseVersionInput, versionString

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __webpack_require__(42109);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/core/src/version/build-tag-inputs.ts + 1 modules
var build_tag_inputs = __webpack_require__(5528);
// EXTERNAL MODULE: ./packages/core/src/version/build-facts.ts
var build_facts = __webpack_require__(61308);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var src_files = __webpack_require__(92886);
;// CONCATENATED MODULE: ./packages/core/src/version/build-outputs.ts





/** Outputs mirrored as DOCKER_METADATA_OUTPUT_<NAME>, as docker/metadata-action does. */
const MIRRORED_OUTPUTS = [
    'version',
    'tags',
    'tag-names',
    'labels',
    'annotations',
    'json',
    'bake-file',
    'bake-file-tags',
    'bake-file-labels',
    'bake-file-annotations',
];
function envMirrorName(output) {
    return `DOCKER_METADATA_OUTPUT_${output.replace(/\W/g, '_').toUpperCase()}`;
}
const NO_BAKE_FILES = {
    'bake-file': '',
    'bake-file-tags': '',
    'bake-file-labels': '',
    'bake-file-annotations': '',
};
const BAKE_FILES = [
    ['bake-file', ''],
    ['bake-file-tags', '-tags'],
    ['bake-file-labels', '-labels'],
    ['bake-file-annotations', '-annotations'],
];
const bakeFilesIn = (directory) => BAKE_FILES.map(([output, suffix]) => ({
    output,
    path: (0,external_node_path_.join)(directory, `docker-metadata-action-bake${suffix}.json`),
}));
/**
 * Makes ready the place of the four bake definitions, as docker/metadata-action names them, before
 * the git tag is pushed: a bake-dir that cannot hold them (a regular file, a link planted under a
 * file's name) fails the run while nothing is published yet. Where: `bakeDir` when given (created
 * if needed); else, on a runner, a new folder under RUNNER_TEMP (which the runner empties after the
 * job, as it does metadata-action's); else (the CLI) nowhere: files nobody asked for are not
 * written, and the bake-file outputs are empty. `inBakeDir` checks each file in `bakeDir` as the
 * directory itself was (a symbolic link under a file's name would otherwise be written through).
 */
function bakePlace(where, logger) {
    const { bakeDir } = where;
    if (bakeDir === undefined) {
        if (where.runnerTemp)
            return { runnerTemp: where.runnerTemp };
        logger.debug('Bake files not written: not on a runner and no bake-dir given.');
        return undefined;
    }
    const failure = (error, at) => (0,paths/* pathInputError */.GE)(where.cwd, 'bake-dir', bakeDir, 'a directory the bake files can be written in', error, at);
    const directory = (0,external_node_path_.resolve)(where.cwd, bakeDir);
    try {
        (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    }
    catch (error) {
        throw failure(error);
    }
    for (const file of bakeFilesIn(directory))
        where.inBakeDir(file.path);
    return { directory, failure };
}
/**
 * Writes the four bake definitions into their place, all or none ({@link writeFilesTogether}): a
 * failed write leaves the files as they were, and no folder of ours behind.
 */
async function writeBakeFiles(place, parts) {
    if (place === undefined)
        return NO_BAKE_FILES;
    const made = 'runnerTemp' in place ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(place.runnerTemp, 'build-tag-')) : undefined;
    const files = bakeFilesIn('directory' in place ? place.directory : made);
    const definitions = {
        'bake-file': { tags: parts.tags, labels: parts.labels, args: parts.args },
        'bake-file-tags': { tags: parts.tags, args: parts.args },
        'bake-file-labels': { labels: parts.labels },
        'bake-file-annotations': { annotations: parts.annotations },
    };
    try {
        await (0,src_files/* writeFilesTogether */.rx)(files.map((file) => ({
            path: file.path,
            content: `${JSON.stringify({ target: { [parts.target]: definitions[file.output] } }, null, 2)}\n`,
        })), (error, { at }) => ('failure' in place ? place.failure(error, at) : error));
    }
    catch (error) {
        if (made !== undefined)
            (0,external_node_fs_.rmSync)(made, { recursive: true, force: true });
        throw error;
    }
    return Object.fromEntries(files.map((file) => [file.output, file.path]));
}
function summaryMarkdown(version, plan, images, labels, facts, gitTag, release) {
    const lines = [
        `### build-tag: \`${plan.immutable}\``,
        '',
        `Version **${(0,build_tag_inputs/* versionString */.A6)(version)}**, revision \`${facts.revision.slice(0, 12)}\`, created ${facts.created.toISOString()} (${facts.createdSource}).`,
        '',
        release.ok
            ? `This run is the release of ${(0,build_tag_inputs/* versionString */.A6)(version)}: ${release.reason}.`
            : `This run is not the release of ${(0,build_tag_inputs/* versionString */.A6)(version)}, so it gets no release or floating tags: ${release.reason}.`,
        '',
        '| Tag | From |',
        '| --- | --- |',
        ...plan.tags.map((t) => `| \`${t.name}\` | ${t.source.replace(/\|/g, '\\|')} |`),
    ];
    if (plan.skipped.length > 0) {
        lines.push('', 'Not applied:', '', ...plan.skipped.map((s) => `- \`${s.source}\`: ${s.reason}`));
    }
    if (images.length > 0)
        lines.push('', `Images: ${images.map((i) => `\`${i}\``).join(', ')}`);
    if (gitTag !== undefined) {
        const via = gitTag.transport === undefined
            ? ''
            : gitTag.transport === 'git'
                ? `, through git (remote \`${gitTag.remote ?? 'origin'}\`)`
                : ', through the GitHub API';
        lines.push('', `Git tag \`${gitTag.tag}\`: ${gitTag.status}${gitTag.reason ? ` (${gitTag.reason})` : ''}${via}`);
        if (gitTag.major) {
            lines.push(`Major tag \`${gitTag.major.tag}\`: ${gitTag.major.status}${gitTag.major.reason ? ` (${gitTag.major.reason})` : ''}`);
        }
    }
    lines.push('', '<details><summary>Labels</summary>', '', '```', ...Object.entries(labels).map(([k, v]) => `${k}=${v}`), '```', '</details>', '');
    return lines.join('\n');
}
function logTags(logger, plan, tags, release) {
    if (plan.skipped.some((s) => s.reason.startsWith('not the release'))) {
        logger.notice(`Not the release, so no release or floating tags: ${release.reason}.`);
    }
    else
        logger.info(`${release.ok ? 'Release' : 'Not a release'}: ${release.reason}.`);
    logger.info(`Immutable tag: ${plan.immutable}`);
    for (const tag of tags)
        logger.info(`  ${tag}`);
    for (const skipped of plan.skipped)
        logger.info(`  (not applied: ${skipped.source}: ${skipped.reason})`);
}

// EXTERNAL MODULE: ./packages/core/src/version/oci-labels.ts
var oci_labels = __webpack_require__(69679);
// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __webpack_require__(41150);
// EXTERNAL MODULE: ./packages/core/src/git/remote-refs.ts
var remote_refs = __webpack_require__(24169);
// EXTERNAL MODULE: ./packages/core/src/github/tags.ts
var tags = __webpack_require__(62080);
// EXTERNAL MODULE: ./packages/core/src/version/git-tag-push.ts
var git_tag_push = __webpack_require__(86448);
// EXTERNAL MODULE: ./packages/core/src/version/version-tags.ts
var version_tags = __webpack_require__(55978);
;// CONCATENATED MODULE: ./packages/core/src/version/release.ts







/**
 * Whether this run *is* the release of its version, which a stable version's tags (`1.4.0`, `1.4`,
 * `1`, `latest`) need: the ref is the version's git tag, or build-tag created (or found) that git
 * tag on the built commit in this run, or the tag already points at the built commit. Anything
 * else (a push to main with the next version computed, a schedule, a dispatch) is a build of
 * something that will be released later, and gets its immutable, ref and sha tags only.
 */
async function releaseDecision(args) {
    const { version, tagPrefix, refTag, gitTag, revision } = args;
    const text = (0,build_tag_inputs/* versionString */.A6)(version);
    const tag = `${tagPrefix}${text}`;
    if (args.pr !== undefined)
        return { ok: false, reason: `pull request #${args.pr} is not a release` };
    const same = (name) => {
        const parsed = (0,version_tags/* parseVersionTag */._Q)(name, tagPrefix);
        return parsed !== undefined && (0,build_tag_inputs/* versionString */.A6)(parsed.version) === text;
    };
    if (refTag !== undefined && same(refTag))
        return { ok: true, reason: `the ref is the git tag ${refTag}` };
    if (gitTag !== undefined && (gitTag.status === 'created' || gitTag.status === 'exists')) {
        return {
            ok: true,
            reason: `the git tag ${gitTag.tag} was ${gitTag.status === 'created' ? 'created' : 'found'} on this commit`,
        };
    }
    if (args.inGit) {
        for (const name of tagPrefix === 'v' ? [tag, text] : [tag]) {
            const commit = await (0,git_history/* resolveCommit */.WL)(args.cwd, `refs/tags/${name}`);
            if (commit === undefined)
                continue;
            if (commit === revision)
                return { ok: true, reason: `the git tag ${name} points at this commit` };
            return {
                ok: false,
                reason: `the git tag ${name} points at ${commit.slice(0, 12)}, not at this commit ${revision.slice(0, 12)}`,
            };
        }
    }
    const what = refTag !== undefined
        ? `the git tag ${refTag}`
        : args.branch !== undefined
            ? `branch ${args.branch}`
            : 'this commit';
    return {
        ok: false,
        reason: `this is a build of ${what}, and no git tag ${tag} is on it; release tags come from the run that builds the tag (on: push: tags) or creates it (push-git-tag: true)`,
    };
}
async function pushGitTags(inputs, environment, api, version, revision, highest) {
    const tag = `${inputs.tagPrefix}${(0,build_tag_inputs/* versionString */.A6)(version)}`;
    const logger = environment.logger;
    if (environment.github?.pullRequest !== undefined) {
        logger.notice(`push-git-tag: not tagging ${tag} on a pull request; the tag is created when the change is built on its branch.`);
        return { tag, status: 'skipped', reason: 'pull request' };
    }
    const remote = inputs.gitRemote ?? build_tag_inputs/* DEFAULT_GIT_REMOTE */.gN;
    const chosen = await (0,git_tag_push/* chooseTagTransport */.Tl)({
        transport: inputs.gitTagTransport ?? 'auto',
        api,
        token: inputs.githubToken,
        github: environment.github,
        env: environment.env,
        cwd: environment.cwd,
        remote,
    });
    const transport = chosen.transport;
    const via = transport === 'git' ? `git (remote '${remote}')` : 'the GitHub API';
    logger.info(`push-git-tag: writing ${tag} through ${via}: ${chosen.why}.`);
    const githubTags = transport === 'github-api' ? githubApi(inputs, api) : undefined;
    const context = { cwd: environment.cwd, remote, logger };
    const annotated = inputs.annotatedTag ? { annotated: { message: `Release ${(0,build_tag_inputs/* versionString */.A6)(version)}` } } : {};
    const status = githubTags === undefined
        ? await (0,git_tag_push/* createTagWithGit */.pw)(context, { tag, sha: revision, ...annotated })
        : await (0,tags/* createTag */.VZ)(githubTags, { tag, sha: revision, ...annotated, logger });
    const how = { transport, ...(transport === 'git' ? { remote } : {}) };
    if (!inputs.moveMajorTag)
        return { tag, status, ...how };
    const majorTag = `${inputs.tagPrefix}${version.major}`;
    let refusal;
    if (version.prerelease.length > 0)
        refusal = 'prerelease';
    else if (version.major === 0)
        refusal = 'never a 0 major tag';
    else if (highest !== undefined && !highest.inMajor)
        refusal = `${highest.above.major ?? 'a higher version'} is tagged`;
    if (refusal !== undefined) {
        logger.info(`Not moving ${majorTag}: ${refusal}.`);
        return { tag, status, ...how, major: { tag: majorTag, status: 'skipped', reason: refusal } };
    }
    // The listing this run started from may be stale by now (another release may have tagged and
    // moved the major tag since): the remote is asked again, right after the value the move replaces.
    const where = transport === 'git' ? `'${remote}'` : 'GitHub';
    const listRemote = githubTags === undefined
        ? async () => {
            const what = `the version tags (prefix '${inputs.tagPrefix}')`;
            const listed = await (0,remote_refs/* listRemoteTags */.oW)(context.cwd, remote, [`refs/tags/${inputs.tagPrefix}*`], {
                peel: true,
                what,
            });
            return new Map([...listed.objects].map(([name, object]) => [name, listed.peeled.get(name) ?? object]));
        }
        : () => (0,tags/* listTagRefs */.t)(githubTags, inputs.tagPrefix);
    const guard = neverBackwards({ version, prefix: inputs.tagPrefix, majorTag, where, list: listRemote });
    const moved = githubTags === undefined
        ? await (0,git_tag_push/* moveTagWithGit */.ob)(context, { tag: majorTag, sha: revision, guard })
        : await (0,tags/* moveTag */.mK)(githubTags, { tag: majorTag, sha: revision, logger, guard });
    return { tag, status, ...how, major: { tag: majorTag, ...moved } };
}
/**
 * The major tag never moves backwards. Refused when the remote has a stable version of this major
 * above ours: on the commit the major tag names now (a higher release moved it first), or anywhere
 * (one is released and about to). The listing is read after the major tag's value, so a release that
 * moved the major tag to that value is in it; a move after that read fails the lease.
 */
function neverBackwards(args) {
    const { version, prefix, majorTag, where } = args;
    return async (current) => {
        const listed = await args.list();
        const tags = [...listed.keys()].flatMap((name) => (0,version_tags/* parseVersionTag */._Q)(name, prefix) ?? []);
        // Which release is higher is highestStable's to say, as for the first listing.
        const higher = (0,version_tags/* highestStable */.Ij)(version, tags).above.major;
        if (higher === undefined)
            return undefined;
        const names = (t) => {
            const object = listed.get(t.tag);
            return current !== undefined && (object === current.commitSha || object === current.objectSha);
        };
        // Where the major tag already names a higher release, that one is told; else the highest.
        const at = tags.find((t) => names(t) && (0,version_tags/* highestStable */.Ij)(version, [t]).above.major !== undefined);
        return at !== undefined
            ? `${majorTag} names ${at.tag}'s commit on ${where}, a higher version than ${(0,build_tag_inputs/* versionString */.A6)(version)}`
            : `${tags.find((t) => !t.isPrerelease && t.release === higher)?.tag ?? higher} is tagged on ${where}, a higher version than ${(0,build_tag_inputs/* versionString */.A6)(version)}`;
    };
}
/** The GitHub API for push-git-tag, which needs the repository and a token with contents: write. */
function githubApi(inputs, api) {
    if (api === undefined) {
        throw new errors/* ArtefactsError */.E('GITHUB_CONTEXT', 'push-git-tag with git-tag-transport: github-api needs the GitHub repository, which is not known here.', {
            hint: 'Run under GitHub Actions, or from a clone whose origin remote is the GitHub repository (with GITHUB_TOKEN set); or use git-tag-transport: git (or auto) to push the tag with git.',
        });
    }
    if (inputs.githubToken === '') {
        throw new errors/* ArtefactsError */.E('INPUT_MISSING', "Input 'github-token' is empty, but push-git-tag with git-tag-transport: github-api needs a token with contents: write.", {
            hint: 'Keep the default github-token: ${{ github.token }} and add permissions: { contents: write } to the job, or use git-tag-transport: git.',
        });
    }
    return api;
}

// EXTERNAL MODULE: ./packages/core/src/version/calculate.ts + 5 modules
var calculate = __webpack_require__(57767);
// EXTERNAL MODULE: ./packages/core/src/version/options.ts
var version_options = __webpack_require__(49752);
;// CONCATENATED MODULE: ./packages/core/src/version/resolve-version.ts


async function resolveVersion(options, environment) {
    const result = await (0,calculate/* calculateVersion */.n)((0,version_options/* defaultVersionOptions */.ic)({ tagPrefix: options.tagPrefix, token: options.token }), environment);
    environment.logger.info(`No 'version' given: computed ${result.version} as semver-calculate does (${result.bump} from ${result.bumpSource}).`);
    return result.version;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/version/tag-rule-syntax.ts
var tag_rule_syntax = __webpack_require__(39213);
// EXTERNAL MODULE: ./packages/core/src/version/template.ts
var version_template = __webpack_require__(14902);
;// CONCATENATED MODULE: ./packages/core/src/version/tag-rules.ts





/** The largest tag the OCI distribution grammar allows. */
const MAX_TAG_LENGTH = 128;
const HASH_LENGTH = 10;
/**
 * Makes any string a valid OCI tag (`[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`):
 * `+` (semver build metadata) becomes `_` so `1.2.3+sha.1` does not read as the prerelease
 * `1.2.3-sha.1`; every other run of disallowed characters becomes one `-`; a leading `.` or `-`
 * gets a `_` in front; over 128 characters the tag keeps its first 117 characters plus `-` and
 * 10 hex characters of the SHA-256 of the unsanitised input, so distinct long inputs stay distinct.
 */
function sanitizeTag(raw) {
    let tag = raw.replace(/\+/g, '_').replace(/[^a-zA-Z0-9._-]+/g, '-');
    if (tag === '')
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `A tag rendered empty (from ${JSON.stringify(raw)}).`);
    if (!/^[a-zA-Z0-9_]/.test(tag))
        tag = `_${tag}`;
    if (tag.length > MAX_TAG_LENGTH) {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex').slice(0, HASH_LENGTH);
        tag = `${tag.slice(0, MAX_TAG_LENGTH - HASH_LENGTH - 1)}-${hash}`;
    }
    return tag;
}
const OCI_TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
/** Rule types whose tag, when it is the first one applied, lets latest=auto add latest (as in metadata-action). */
const LATEST_KINDS = ['semver', 'match', 'tag'];
const missingText = (missing) => missing.map((m) => `{{${m}}}`).join(', ');
/**
 * Applies the template and the rules. Floating tags (`{{major}}.{{minor}}`, `{{major}}`, `latest`)
 * move only forward: each is emitted only when this version is the highest stable one in that
 * tag's own scope, so a backport 1.4.1 after 2.0.0 gets `1.4` and `1` (if no higher 1.x exists)
 * but never `latest`. Version tags and `latest` need this run to be that release (`facts.release`).
 */
function planTags(immutableTemplate, rules, latest, facts) {
    const flavor = facts.flavor ?? tag_rule_syntax/* NO_FLAVOR */.n6;
    const render = (template, values = facts.values) => (0,version_template/* renderTemplate */.Xm)(template, values, facts.time, facts.commitTime ?? facts.time);
    const immutableValues = facts.immutableValues ?? facts.values;
    const rendered = render(immutableTemplate, immutableValues);
    if (rendered.missing.length > 0) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input 'template': ${missingText(rendered.missing)} has no value in this run, so the immutable tag cannot be made from ${JSON.stringify(immutableTemplate.source)}.`, {
            hint: '{{pr}} exists only on pull_request events and {{branch}} only where a branch is known; use them in type=raw rules, which are skipped when a value is missing.',
        });
    }
    if (rendered.value.trim() === '') {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input 'template': ${JSON.stringify(immutableTemplate.source)} rendered an empty tag.`);
    }
    // flavor's prefix and suffix go on the immutable tag too: variants (suffix=-alpine) must not share one.
    const flavored = (value, values) => {
        const pre = flavor.prefix === undefined ? '' : render(flavor.prefix, values).value;
        const suf = flavor.suffix === undefined ? '' : render(flavor.suffix, values).value;
        return `${pre}${value}${suf}`;
    };
    const immutableRaw = flavored(rendered.value, immutableValues);
    const immutable = sanitizeTag(immutableRaw);
    const tags = new Map();
    const skipped = [];
    let order = 0;
    /** The first rule to apply, by priority then position: it decides latest=auto, as in metadata-action. */
    let first;
    const add = (raw, priority, source, moving, type) => {
        const name = sanitizeTag(raw);
        const index = order++;
        if (type !== undefined && (first === undefined || priority > first.priority))
            first = { priority, index, type };
        const existing = tags.get(name);
        if (existing === undefined || existing.priority < priority) {
            tags.set(name, {
                name,
                priority,
                source: existing?.source ?? source,
                moving: (existing?.moving ?? false) || moving,
                index: existing?.index ?? index,
            });
        }
    };
    for (const rule of rules) {
        if (!rule.enable)
            continue;
        const skip = (reason) => skipped.push({ source: rule.line, reason });
        if (rule.enableWhen !== undefined) {
            const decided = render(rule.enableWhen);
            const value = decided.value.trim().toLowerCase();
            if (decided.missing.length > 0 || (value !== 'true' && value !== 'false')) {
                throw (0,errors/* inputError */.Xu)('tags', rule.line, 'enable= rendering true or false', `enable=${rule.enableWhen.source} rendered ${JSON.stringify(decided.value)}${decided.missing.length > 0 ? ` (no value for ${missingText(decided.missing)})` : ''}.`);
            }
            if (value === 'false') {
                skip(`enable=${rule.enableWhen.source} is false here`);
                continue;
            }
        }
        // prefix/suffix of the rule, else flavor's (metadata-action: a rule's own, even empty, wins).
        const affix = (own, global) => {
            const template = own ?? global;
            return template === undefined ? { value: '', missing: [] } : render(template);
        };
        const pre = affix(rule.prefix, flavor.prefix);
        const suf = affix(rule.suffix, flavor.suffix);
        const emit = (value, moving) => {
            const missing = [...pre.missing, ...suf.missing];
            if (missing.length > 0)
                skip(`no value for ${missingText(missing)}`);
            else if (`${pre.value}${value}${suf.value}` === '')
                skip('rendered empty');
            else
                add(`${pre.value}${value}${suf.value}`, rule.priority, rule.line, moving, rule.type);
        };
        switch (rule.type) {
            case 'semver': {
                if (rule.template === undefined || rule.scope === undefined)
                    break;
                const why = scopeRefusal(rule.scope, facts);
                if (why !== undefined) {
                    skip(why);
                    break;
                }
                // On a prerelease every pattern but {{raw}} gives the full version, as metadata-action does.
                const template = !facts.stable && rule.scope !== 'exact' ? undefined : rule.template;
                const value = template === undefined ? (facts.values.version ?? '') : render(template).value;
                emit(value, rule.scope === 'minor' || rule.scope === 'major');
                break;
            }
            case 'sha':
                emit(facts.revision.slice(0, rule.length ?? facts.shaLength), false);
                break;
            case 'pr':
                if (facts.pr === undefined)
                    skip('not a pull request');
                else
                    emit(String(facts.pr), true);
                break;
            case 'branch':
                if (facts.pr !== undefined)
                    skip('pull request: tagged by type=pr, never by the branch name');
                else if (facts.branch === undefined || facts.branch === '')
                    skip('no branch in this run');
                else
                    emit(facts.branch, true);
                break;
            case 'tag':
                if (facts.refTag === undefined)
                    skip('the ref is not a git tag');
                else
                    emit(facts.refTag, false);
                break;
            case 'schedule':
                if (facts.eventName !== 'schedule')
                    skip('not a schedule event');
                else if (rule.template !== undefined) {
                    const r = render(rule.template);
                    if (r.missing.length > 0)
                        skip(`no value for ${missingText(r.missing)}`);
                    else
                        emit(r.value, true);
                }
                break;
            case 'edge': {
                const wanted = rule.branch ?? facts.defaultBranch;
                if (facts.pr !== undefined)
                    skip('pull request');
                else if (facts.branch === undefined)
                    skip('no branch in this run');
                else if (wanted === undefined)
                    skip('the default branch is not known here: give branch=');
                else if (facts.branch !== wanted)
                    skip(`not a push to ${wanted}`);
                else
                    emit('edge', true);
                break;
            }
            case 'match': {
                if (rule.match === undefined)
                    break;
                if (facts.refTag === undefined) {
                    skip('the ref is not a git tag');
                    break;
                }
                const found = rule.match.regex.exec(facts.refTag);
                const group = found?.[rule.match.group];
                if (found === null)
                    skip(`${rule.match.regex.source} does not match ${facts.refTag}`);
                else if (group === undefined)
                    skip(`group ${rule.match.group} did not match in ${facts.refTag}`);
                else
                    emit(group, true);
                break;
            }
            case 'raw': {
                if (rule.template === undefined)
                    break;
                const r = render(rule.template);
                if (r.missing.length > 0)
                    skip(`no value for ${missingText(r.missing)}`);
                else
                    emit(r.value, true);
                break;
            }
        }
    }
    let latestTag;
    const latestName = () => `${flavor.prefixOnLatest && flavor.prefix ? render(flavor.prefix).value : ''}latest${flavor.suffixOnLatest && flavor.suffix ? render(flavor.suffix).value : ''}`;
    const release = facts.release;
    if (latest === 'true') {
        if (facts.pr !== undefined)
            skipped.push({ source: 'latest', reason: PR_STABLE });
        else if (release !== undefined && !release.ok)
            skipped.push({ source: 'latest', reason: notRelease(release) });
        else
            latestTag = latestName();
    }
    else if (latest === 'auto') {
        if (!facts.stable)
            skipped.push({ source: 'latest', reason: 'prerelease' });
        else if (facts.pr !== undefined)
            skipped.push({ source: 'latest', reason: PR_STABLE });
        else if (release !== undefined && !release.ok)
            skipped.push({ source: 'latest', reason: notRelease(release) });
        else if (!facts.highestOverall)
            skipped.push({ source: 'latest', reason: `a higher stable version is tagged${named(facts.above?.overall)}` });
        else if (first === undefined || !LATEST_KINDS.includes(first.type))
            skipped.push({
                source: 'latest',
                reason: `latest=auto follows the first tag rule applied, which is ${first === undefined ? 'none' : `type=${first.type}`}, not a version rule (semver, match, ref tag)`,
            });
        else
            latestTag = latestName();
    }
    const ordered = [...tags.values()]
        .sort((a, b) => b.priority - a.priority || a.index - b.index)
        .map(({ index: _index, ...tag }) => tag);
    // The immutable tag first, latest last, whatever the priorities.
    const all = [
        { name: immutable, priority: tag_rule_syntax/* DEFAULT_PRIORITY */.PC.immutable, source: 'immutable', moving: false },
        ...ordered.filter((t) => t.name !== immutable),
    ];
    if (latestTag !== undefined) {
        const name = sanitizeTag(latestTag);
        if (!all.some((t) => t.name === name)) {
            all.push({ name, priority: tag_rule_syntax/* DEFAULT_PRIORITY */.PC.latest, source: `latest=${latest}`, moving: true });
        }
    }
    return { immutable, tags: all, skipped };
}
const PR_STABLE = 'pull request: a stable version is tagged from its branch, not from an unmerged change';
const notRelease = (release) => `not the release: ${release.reason}`;
function scopeRefusal(scope, facts) {
    // Version tags, prereleases' included, belong to the run that is the release (metadata-action: tag refs only).
    if (facts.release !== undefined && !facts.release.ok)
        return notRelease(facts.release);
    if (facts.stable && facts.pr !== undefined)
        return PR_STABLE;
    if (scope === 'exact')
        return undefined;
    if (!facts.stable)
        return undefined;
    if (scope === 'exact-stable')
        return undefined;
    if (scope === 'minor')
        return facts.highestInMinor
            ? undefined
            : `a higher stable version of this major.minor is tagged${named(facts.above?.minor)}`;
    if (facts.major === 0)
        return 'never a 0 major tag';
    return facts.highestInMajor
        ? undefined
        : `a higher stable version of this major is tagged${named(facts.above?.major)}`;
}
const named = (version) => (version === undefined ? '' : ` (${version})`);

;// CONCATENATED MODULE: ./packages/core/src/version/build-tag.ts
















/** docker/metadata-action's {{is_default_branch}}: the pushed branch is the default one, or the event always runs there. */
function isDefaultBranch(facts, defaultBranch) {
    if (facts.branch !== undefined && defaultBranch !== undefined)
        return facts.branch === defaultBranch;
    return /create|discussion|issues|schedule/.test(facts.eventName ?? '');
}
function templateValues(version, facts, shaLength, tagPrefix, defaultBranch) {
    return {
        version: (0,build_tag_inputs/* versionString */.A6)(version),
        major: String(version.major),
        minor: String(version.minor),
        patch: String(version.patch),
        prerelease: version.prerelease.join('.'),
        build: version.build.join('.'),
        raw: facts.refTag ?? `${tagPrefix}${(0,build_tag_inputs/* versionString */.A6)(version)}`,
        run_number: facts.runNumber,
        run_attempt: facts.runAttempt,
        sha: facts.revision.slice(0, shaLength),
        sha7: facts.revision.slice(0, 7),
        branch: facts.branch,
        tag: facts.refTag,
        base_ref: facts.baseRef,
        is_default_branch: String(isDefaultBranch(facts, defaultBranch)),
        pr: facts.pr === undefined ? undefined : String(facts.pr),
    };
}
function needsTagHistory(inputs, version) {
    if (version.prerelease.length > 0)
        return false;
    if (inputs.latest === 'auto' || inputs.moveMajorTag)
        return true;
    return inputs.tagRules.some((r) => r.enable && r.type === 'semver' && (r.scope === 'minor' || r.scope === 'major'));
}
/** The remote whose version tags count: git-remote when set to another than the default, else the clone's own. */
function tagRemote(inputs) {
    return inputs.pushGitTag && inputs.gitRemote !== undefined && inputs.gitRemote !== build_tag_inputs/* DEFAULT_GIT_REMOTE */.gN
        ? { remote: inputs.gitRemote }
        : {};
}
/** Renders placeholders in label and annotation values (metadata-action's global expressions); unknown ones render empty. */
function renderValues(items, values, time) {
    return items.map((item) => item.value.includes('{{')
        ? { ...item, value: (0,version_template/* renderTemplate */.Xm)((0,version_template/* parseTemplate */.QC)(item.value, 'labels'), values, time).value }
        : item);
}
async function defaultBranchFromGit(cwd) {
    const head = await (0,git/* gitRaw */.Pm)(['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'], { cwd });
    const name = head.stdout.trim();
    return head.exitCode === 0 && name.startsWith('origin/') ? name.slice('origin/'.length) : undefined;
}
/** build-tag's core entry point: the action and `artefacts build-tag` both call this. */
async function runBuildTag(inputs, environment) {
    const { logger, cwd } = environment;
    const ws = (0,paths/* workspace */.Gl)(cwd, inputs.allowOutsideWorkspace);
    if (inputs.bakeDir !== undefined)
        (0,paths/* inWorkspace */.ve)(ws, 'bake-dir', inputs.bakeDir);
    const metaEnv = (0,build_tag_inputs/* metadataEnvironment */.HB)(inputs, environment.env);
    for (const note of metaEnv.notes)
        logger.info(`From the environment: ${note}.`);
    for (const note of inputs.imageNotes ?? [])
        logger.notice(note);
    const versionText = inputs.version ??
        (0,build_tag_inputs/* parseVersionInput */.gX)(await resolveVersion({ tagPrefix: inputs.tagPrefix, token: inputs.githubToken }, environment), inputs.tagPrefix);
    const version = (0,build_tag_inputs/* parseSemver */.kf)(versionText);
    if (version === undefined)
        throw new errors/* ArtefactsError */.E('INTERNAL', `Version ${versionText} did not parse.`);
    const inGit = await (0,build_facts/* isGitRepository */.XY)(cwd);
    if (!inGit && needsTagHistory(inputs, version)) {
        throw new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `${cwd} is not a git repository, so the existing version tags that decide latest, major and major.minor tags cannot be read.`, {
            hint: 'Check out the repository first (actions/checkout with fetch-depth: 0), or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
        });
    }
    // Independent git questions, asked at once: each is a process start.
    const [facts, tagList, remote] = await Promise.all([
        (0,build_facts/* gatherFacts */.pc)(environment, inGit, { context: inputs.context ?? 'workflow', prHeadSha: metaEnv.prHeadSha }),
        needsTagHistory(inputs, version) ? (0,version_tags/* listVersionTags */.OZ)(cwd, inputs.tagPrefix, logger, tagRemote(inputs)) : undefined,
        (0,build_facts/* remoteFacts */.M0)(cwd, inGit),
    ]);
    for (const assumption of facts.assumptions)
        logger.info(`Assumed: ${assumption}.`);
    let highest;
    if (tagList !== undefined) {
        if (!tagList.complete)
            throw (0,version_tags/* incompleteTagsError */.K9)(tagList.note, versionText);
        highest = (0,version_tags/* highestStable */.Ij)(version, tagList.tags);
        logger.debug(`Highest-stable check against ${tagList.note}: ${JSON.stringify(highest)}`);
    }
    const api = (0,build_facts/* makeApi */.B_)(environment, inputs.githubToken, remote);
    const repository = await (0,build_facts/* repositoryFacts */.Ow)(environment, api, remote);
    const defaultBranch = repository.defaultBranch ??
        (environment.github === undefined && inGit ? await defaultBranchFromGit(cwd) : undefined);
    // The bake files' place before the git tag: a bake-dir that cannot take them fails the run while
    // nothing is published yet.
    const place = bakePlace({
        bakeDir: inputs.bakeDir,
        runnerTemp: environment.env.RUNNER_TEMP,
        cwd,
        inBakeDir: (file) => (0,paths/* inWorkspace */.ve)(ws, 'bake-dir', file),
    }, logger);
    // The git tag first: creating it is what makes this run the release.
    const gitTag = inputs.pushGitTag
        ? await pushGitTags(inputs, environment, api, version, facts.revision, highest)
        : undefined;
    const release = await releaseDecision({
        version,
        tagPrefix: inputs.tagPrefix,
        refTag: facts.refTag,
        gitTag,
        revision: facts.revision,
        branch: facts.branch,
        pr: facts.pr,
        cwd,
        inGit,
    });
    const values = templateValues(version, facts, metaEnv.shaLength, inputs.tagPrefix, defaultBranch);
    const plan = planTags(inputs.template, inputs.tagRules, inputs.latest, {
        values,
        immutableValues: { ...values, branch: facts.headBranch },
        time: facts.created,
        stable: version.prerelease.length === 0,
        major: version.major,
        highestInMinor: highest?.inMinor ?? true,
        highestInMajor: highest?.inMajor ?? true,
        highestOverall: highest?.overall ?? true,
        ...(highest === undefined ? {} : { above: highest.above }),
        revision: facts.revision,
        shaLength: metaEnv.shaLength,
        pr: facts.pr,
        branch: facts.branch,
        ...(facts.eventName === undefined ? {} : { eventName: facts.eventName }),
        ...(facts.refTag === undefined ? {} : { refTag: facts.refTag }),
        ...(defaultBranch === undefined ? {} : { defaultBranch }),
        release,
        ...(inputs.flavor === undefined ? {} : { flavor: inputs.flavor }),
    });
    const tagNames = plan.tags.map((t) => t.name);
    const tags = inputs.images.length === 0 ? tagNames : inputs.images.flatMap((image) => tagNames.map((t) => `${image}:${t}`));
    const standard = (0,oci_labels/* standardLabels */.Fn)({
        created: facts.created,
        revision: facts.revision,
        version: plan.immutable,
        repository,
    });
    const userLabels = renderValues(Object.entries(inputs.labels).map(([key, value]) => ({ key, value })), values, facts.created);
    const labels = (0,oci_labels/* mergeLabels */.Mr)(standard, Object.fromEntries(userLabels.map((l) => [l.key, l.value])));
    const userAnnotations = renderValues(inputs.annotations, values, facts.created);
    const annotations = (0,oci_labels/* annotationLines */.bK)(standard, userAnnotations, metaEnv.annotationLevels);
    const labelLines = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
    const bake = await writeBakeFiles(place, {
        target: inputs.bakeTarget ?? build_tag_inputs/* DEFAULT_BAKE_TARGET */.qF,
        tags,
        labels,
        annotations,
        args: { DOCKER_META_IMAGES: inputs.images.join(','), DOCKER_META_VERSION: plan.immutable },
    });
    const json = {
        tags,
        'tag-names': tagNames,
        labels,
        annotations,
        version: plan.immutable,
        'immutable-tag': plan.immutable,
        semver: versionText,
        images: inputs.images,
        revision: facts.revision,
        created: facts.created.toISOString(),
        'created-source': facts.createdSource,
        'run-number': facts.runNumber,
        release,
        skipped: plan.skipped,
        'git-tag': gitTag ?? null,
        'repository-source': repository.source,
    };
    const outputs = {
        version: plan.immutable,
        tags: tags.join(inputs.sepTags ?? '\n'),
        'tag-names': tagNames.join(inputs.sepTags ?? '\n'),
        labels: labelLines.join(inputs.sepLabels ?? '\n'),
        annotations: annotations.join(inputs.sepAnnotations ?? '\n'),
        json: JSON.stringify(json),
        ...bake,
        'immutable-tag': plan.immutable,
        'git-tag': gitTag?.status === 'skipped' || gitTag === undefined ? '' : gitTag.tag,
        'git-tag-status': gitTag?.status ?? 'skipped',
    };
    const env = {};
    if (metaEnv.exportEnv)
        for (const name of MIRRORED_OUTPUTS)
            env[envMirrorName(name)] = outputs[name] ?? '';
    logTags(logger, plan, tags, release);
    return {
        outputs,
        summary: (0,summary/* jobSummary */.sp)('build-tag', plan.immutable, environment.github, summaryMarkdown(version, plan, inputs.images, labels, facts, gitTag, release)),
        ...(metaEnv.exportEnv ? { env } : {}),
    };
}


/***/ }),

/***/ 86448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PU: () => (/* binding */ GIT_TAG_TRANSPORTS),
/* harmony export */   Tl: () => (/* binding */ chooseTagTransport),
/* harmony export */   ob: () => (/* binding */ moveTagWithGit),
/* harmony export */   pw: () => (/* binding */ createTagWithGit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(330);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41150);
/* harmony import */ var _git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24169);
/* harmony import */ var _github_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62080);
/* harmony import */ var _build_facts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61308);
/**
 * push-git-tag over plain git, for any git host (no GitHub API): the same rules as the API path
 * (github/tags.ts). A version tag is created once and never moved:
 *   - absent on the remote → created locally (annotated when asked) and pushed without force;
 *   - present on the same commit → 'exists', nothing written;
 *   - present on another commit → TAG_CONFLICT naming both commits, nothing changed.
 * Two runs racing: the remote accepts exactly one creating push; the other is refused, re-reads
 * the remote and lands in one of the cases above. The major tag (`v1`) is the one pointer that
 * moves, pushed with --force-with-lease on the value just read, so a concurrent move is never
 * clobbered; the caller's guard, shown that value, may refuse the move (never backwards).
 */






const GIT_TAG_TRANSPORTS = ['auto', 'github-api', 'git'];
async function createTagWithGit(context, options) {
    const { cwd, remote, logger } = context;
    const { tag, sha } = options;
    const existing = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRemoteTag */ .xA)(cwd, remote, tag);
    if (existing !== undefined) {
        if (existing.commitSha === sha) {
            logger.info(`Tag ${tag} already exists on ${sha} in ${remote}: nothing to do.`);
            return 'exists';
        }
        throw (0,_github_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagConflict */ .TD)(tag, existing.commitSha, sha);
    }
    const local = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCommit */ .WL)(cwd, `refs/tags/${tag}`);
    if (local !== undefined && local !== sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('TAG_CONFLICT', `The local tag ${tag} names commit ${local}, not ${sha}; it is not on ${remote}, and it is never moved.`, { hint: `Delete the local tag (git tag -d ${tag}) if it was created by mistake, or release a new version.` });
    }
    if (local === undefined)
        await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .createLocalTag */ .Ar)(cwd, options);
    else
        logger.info(`Using the local tag ${tag}, already on ${sha}.`);
    const pushed = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .pushRef */ .qn)(cwd, { remote, source: `refs/tags/${tag}`, destination: `refs/tags/${tag}` });
    if (pushed.ok) {
        logger.info(`Created tag ${tag} on ${sha}${options.annotated ? ' (annotated)' : ''} and pushed it to ${remote}.`);
        return 'created';
    }
    // Refused: someone may have pushed the tag between our read and our push. Re-read.
    const after = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRemoteTag */ .xA)(cwd, remote, tag).catch(() => undefined);
    if (after?.commitSha === sha) {
        logger.info(`Tag ${tag} was pushed on ${sha} by a concurrent run: nothing to do.`);
        return 'exists';
    }
    // The tag did not reach the remote as ours: the local one this run made goes too, so that no later
    // step (a version calculation, git describe) reads a version as released that was not. A local
    // tag that was there before the run is the user's, and stays.
    if (local === undefined)
        await deleteLocalTag(cwd, tag, logger);
    if (after === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `git push of the tag ${tag} to ${remote} failed: ${pushed.detail}`, {
            hint: `Check that this job may push tags to '${remote}' (credentials, protected tags).`,
        });
    }
    throw (0,_github_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagConflict */ .TD)(tag, after.commitSha, sha);
}
async function deleteLocalTag(cwd, tag, logger) {
    const result = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .gitRaw */ .Pm)(['tag', '-d', tag], { cwd }).catch((error) => ({
        exitCode: 1,
        stderr: String(error),
    }));
    if (result.exitCode === 0)
        logger.info(`Deleted the local tag ${tag}: it was not pushed.`);
    else
        logger.warning(`The local tag ${tag} was not pushed and could not be deleted (git tag -d ${tag}): ${result.stderr.trim()}`);
}
/**
 * Points refs/tags/<tag> on the remote at `sha` (a lightweight tag), leased on the value just read;
 * nothing when `guard` refuses, given that value.
 */
async function moveTagWithGit(context, options) {
    const { cwd, remote, logger } = context;
    const { tag, sha } = options;
    const current = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRemoteTag */ .xA)(cwd, remote, tag);
    if (current !== undefined && current.objectSha === sha)
        return { status: 'unchanged' };
    const refused = await options.guard?.(current);
    if (refused !== undefined) {
        logger.info(`Not moving ${tag}: ${refused}.`);
        return { status: 'skipped', reason: refused };
    }
    const destination = `refs/tags/${tag}`;
    const pushed = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .pushRef */ .qn)(cwd, {
        remote,
        source: sha,
        destination,
        lease: { expected: current?.objectSha ?? '' },
    });
    if (pushed.ok) {
        logger.info(current === undefined
            ? `Created tag ${tag} on ${sha} in ${remote}.`
            : `Moved tag ${tag} from ${current.commitSha} to ${sha} in ${remote}.`);
        return { status: current === undefined ? 'created' : 'moved' };
    }
    const after = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRemoteTag */ .xA)(cwd, remote, tag);
    if (after?.objectSha === sha) {
        logger.info(`Tag ${tag} was moved to ${sha} by a concurrent run: nothing to do.`);
        return { status: 'unchanged' };
    }
    if (after?.objectSha !== current?.objectSha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('TAG_RACE', `The tag ${tag} on ${remote} changed while this run moved it (now ${after?.commitSha ?? 'absent'}); it was left as the other run set it.`, { hint: 'Another run is moving it; re-run this job to move it again if this commit is the newest release.' });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `git push of the tag ${tag} to ${remote} failed: ${pushed.detail}`, {
        hint: `Check that this job may push tags to '${remote}' (credentials, protected tags).`,
    });
}
/**
 * Which way push-git-tag writes: `auto` is the GitHub API when a token is given and the repository
 * is on GitHub (a GitHub Actions run, or the remote's host is github.com or GITHUB_SERVER_URL's),
 * else plain git to the remote.
 */
async function chooseTagTransport(args) {
    if (args.transport !== 'auto')
        return { transport: args.transport, why: `git-tag-transport: ${args.transport}` };
    if (args.api === undefined)
        return { transport: 'git', why: 'no GitHub repository is known' };
    if (args.token === '')
        return { transport: 'git', why: 'no github-token is given' };
    if (args.github !== undefined && args.github.repository !== '') {
        return { transport: 'github-api', why: `a GitHub Actions run of ${args.github.repository}` };
    }
    const url = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .gitRaw */ .Pm)(['remote', 'get-url', args.remote], { cwd: args.cwd });
    // Not a remote's name: the remote may be given as a URL.
    const host = (0,_build_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRemoteUrl */ .JH)(url.exitCode === 0 ? url.stdout : args.remote)?.host;
    const server = args.env.GITHUB_SERVER_URL?.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (host !== undefined && (host === 'github.com' || host === server)) {
        return { transport: 'github-api', why: `the remote '${args.remote}' is on ${host}` };
    }
    return { transport: 'git', why: `the remote '${args.remote}' is not on GitHub` };
}


/***/ }),

/***/ 69679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ parseLabelLines),
/* harmony export */   Fn: () => (/* binding */ standardLabels),
/* harmony export */   GB: () => (/* binding */ parseAnnotationLevels),
/* harmony export */   If: () => (/* binding */ parseAnnotationLines),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   bK: () => (/* binding */ annotationLines)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76729);


const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
const LEVEL = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[a-zA-Z0-9/._-]+\])?$/;
const KEY = /^[^\s=]+$/;
function parseLabelLines(lines, input) {
    const result = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        const key = at > 0 ? line.slice(0, at).trim() : '';
        if (at <= 0 || !KEY.test(key))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, 'lines of the form key=value (keys without spaces)');
        result[key] = line.slice(at + 1).trim();
    }
    return result;
}
function parseAnnotationLines(lines, input) {
    return lines.map((line) => {
        const at = line.indexOf('=');
        let key = at > 0 ? line.slice(0, at).trim() : '';
        let level;
        const colon = key.indexOf(':');
        if (colon > 0 && LEVEL.test(key.slice(0, colon))) {
            level = key.slice(0, colon);
            key = key.slice(colon + 1);
        }
        if (at <= 0 || !KEY.test(key)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, `lines of the form key=value or <level>:key=value with a level among ${ANNOTATION_LEVELS.join(', ')}`);
        }
        return { level, key, value: line.slice(at + 1).trim() };
    });
}
function parseAnnotationLevels(items, input) {
    if (items.length === 0)
        return ['manifest'];
    for (const item of items) {
        if (!LEVEL.test(item)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, item, `levels among ${ANNOTATION_LEVELS.join(', ')} (optionally with [os/arch])`);
        }
    }
    return [...new Set(items)];
}
const sortKeys = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a, b)));
/** The standard keys; empty facts are left out rather than written as empty labels. */
function standardLabels(facts) {
    const p = 'org.opencontainers.image';
    const labels = {
        [`${p}.created`]: facts.created.toISOString(),
        [`${p}.revision`]: facts.revision,
        [`${p}.version`]: facts.version,
    };
    const repo = facts.repository;
    if (repo.name)
        labels[`${p}.title`] = repo.name;
    if (repo.description)
        labels[`${p}.description`] = repo.description;
    if (repo.license && repo.license !== 'NOASSERTION')
        labels[`${p}.licenses`] = repo.license;
    if (repo.htmlUrl) {
        labels[`${p}.source`] = repo.htmlUrl;
        labels[`${p}.url`] = repo.htmlUrl;
    }
    return labels;
}
/** User labels override; a user label with an empty value removes that key. Sorted by key. */
function mergeLabels(standard, user) {
    const merged = { ...standard };
    for (const [key, value] of Object.entries(user)) {
        if (value === '')
            delete merged[key];
        else
            merged[key] = value;
    }
    return sortKeys(merged);
}
/** `level:key=value` lines: the standard keys plus unqualified user ones at every level, then level-specific ones. */
function annotationLines(standard, user, levels) {
    const common = {};
    for (const a of user)
        if (a.level === undefined)
            common[a.key] = a.value;
    const base = mergeLabels(standard, common);
    const lines = [];
    const allLevels = [
        ...levels,
        ...user.map((a) => a.level).filter((l) => l !== undefined && !levels.includes(l)),
    ];
    for (const level of [...new Set(allLevels)]) {
        const specific = {};
        for (const a of user)
            if (a.level === level)
                specific[a.key] = a.value;
        const merged = levels.includes(level) ? mergeLabels(base, specific) : mergeLabels({}, specific);
        for (const [key, value] of Object.entries(merged))
            lines.push(`${level}:${key}=${value}`);
    }
    return lines;
}


/***/ }),

/***/ 39213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ DEFAULT_PRIORITY),
/* harmony export */   hh: () => (/* binding */ parseTagRules),
/* harmony export */   n6: () => (/* binding */ NO_FLAVOR),
/* harmony export */   wp: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* unused harmony exports parseTagRule, DEFAULT_SEMVER_PATTERNS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14902);


/** Default priorities, as docker/metadata-action's (the immutable tag always comes first, latest last). */
const DEFAULT_PRIORITY = {
    immutable: 1000,
    schedule: 1000,
    semver: 900,
    match: 800,
    edge: 700,
    pr: 600,
    branch: 600,
    tag: 600,
    raw: 200,
    sha: 100,
    latest: 50,
};
const KEYS = {
    semver: ['pattern', 'value'],
    sha: ['length', 'format'],
    pr: ['event'],
    branch: ['event'],
    tag: ['event'],
    raw: ['value'],
    schedule: ['pattern'],
    edge: ['branch'],
    match: ['pattern', 'group', 'value'],
};
const COMMON_KEYS = ['type', 'prefix', 'suffix', 'enable', 'priority'];
const TYPES = ['semver', 'sha', 'pr', 'branch', 'ref', 'raw', 'schedule', 'edge', 'match'];
/** Rule types build-tag declines, with the reason given in the error. */
const DECLINED = {
    pep440: 'type=pep440 is not supported: build-tag works with semantic versions; give it the version (input version) and use type=semver',
};
/** Splits `a=b,c="d,e",f={{date 'Y,M'}}` on commas outside quotes and `{{ }}` (CSV quoting, as metadata-action's). */
function splitAttributes(line) {
    const parts = [];
    let current = '';
    let quote;
    let braces = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i] ?? '';
        if (quote !== undefined) {
            if (c === quote && line[i + 1] === quote) {
                current += c;
                i++;
            }
            else if (c === quote)
                quote = undefined;
            else
                current += c;
            continue;
        }
        if (c === '"') {
            quote = c;
            continue;
        }
        if (line.startsWith('{{', i))
            braces++;
        if (line.startsWith('}}', i) && braces > 0)
            braces--;
        if (c === ',' && braces === 0) {
            parts.push(current);
            current = '';
            continue;
        }
        current += c;
    }
    parts.push(current);
    return parts.map((p) => p.trim()).filter((p) => p !== '');
}
function scopeOf(template) {
    const used = template.placeholders;
    if (used.some((p) => p === 'version' || p === 'prerelease' || p === 'build' || p === 'raw'))
        return 'exact';
    if (used.includes('patch'))
        return 'exact-stable';
    if (used.includes('minor'))
        return 'minor';
    if (used.includes('major'))
        return 'major';
    return undefined;
}
/** `/re/flags` or a bare pattern, as metadata-action's type=match reads it. */
function parseRegex(raw, fail) {
    const slashed = /^\/(.+)\/([a-z]*)$/.exec(raw);
    try {
        return slashed ? new RegExp(slashed[1] ?? '', slashed[2]) : new RegExp(raw);
    }
    catch (error) {
        throw fail(`pattern is not a valid regular expression (${error.message}).`);
    }
}
function parseTagRule(line, input = 'tags') {
    const accepted = 'rules such as type=semver,pattern={{major}}.{{minor}} | type=sha | type=ref,event=branch|tag|pr | type=schedule | type=edge | type=match,pattern=<regex> | type=raw,value=<template> (each also takes prefix=, suffix=, enable=, priority=)';
    const fail = (why) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, why);
    const attributes = new Map();
    if (!line.includes('=')) {
        attributes.set('type', 'raw');
        attributes.set('value', line.trim());
    }
    else {
        for (const part of splitAttributes(line)) {
            const at = part.indexOf('=');
            if (at < 0) {
                // metadata-action: a field without `=` is the value (`type=raw,foo`).
                if (attributes.has('value'))
                    throw fail(`'value' is given twice.`);
                attributes.set('value', part);
                continue;
            }
            if (at === 0)
                throw fail(`'${part}' is not key=value.`);
            const key = part.slice(0, at).trim().toLowerCase();
            if (attributes.has(key))
                throw fail(`'${key}' is given twice.`);
            attributes.set(key, part.slice(at + 1).trim());
        }
    }
    const typeRaw = (attributes.get('type') ?? 'raw').toLowerCase();
    const declined = DECLINED[typeRaw];
    if (declined !== undefined)
        throw fail(`${declined}.`);
    if (!TYPES.includes(typeRaw)) {
        throw fail(`Unknown or missing type '${attributes.get('type') ?? ''}'; types: ${TYPES.join(', ')}.`);
    }
    let type;
    if (typeRaw === 'ref') {
        const event = (attributes.get('event') ?? '').toLowerCase();
        if (event === 'branch' || event === 'tag' || event === 'pr')
            type = event;
        else
            throw fail(`type=ref needs event=branch, event=tag or event=pr.`);
    }
    else {
        type = typeRaw;
        if (attributes.has('event'))
            throw fail(`event= belongs to type=ref.`);
    }
    const shown = typeRaw === 'ref' ? 'type=ref' : `type=${type}`;
    for (const key of attributes.keys()) {
        if (!COMMON_KEYS.includes(key) && !KEYS[type].includes(key)) {
            throw fail(`${shown} takes ${[...COMMON_KEYS, ...KEYS[type]].join(', ')}; not '${key}'.`);
        }
    }
    if ((type === 'semver' || type === 'match') && (attributes.get('value') ?? '') !== '') {
        throw fail(`value= is not supported on type=${type}: build-tag takes the version from its 'version' input (or computes it), never from a value per rule.`);
    }
    const enableRaw = attributes.get('enable') ?? 'true';
    let enable = true;
    let enableWhen;
    if (/^(true|false)$/i.test(enableRaw))
        enable = enableRaw.toLowerCase() === 'true';
    else if (enableRaw.includes('{{'))
        enableWhen = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(enableRaw, input);
    else
        throw fail(`enable is true, false or an expression such as {{is_default_branch}}.`);
    const priorityRaw = attributes.get('priority');
    if (priorityRaw !== undefined && !/^\d{1,6}$/.test(priorityRaw)) {
        throw fail(`priority is a whole number from 0 to 999999.`);
    }
    let length;
    const lengthRaw = attributes.get('length');
    if (lengthRaw !== undefined) {
        if (!/^\d+$/.test(lengthRaw) || Number(lengthRaw) < 4 || Number(lengthRaw) > 40) {
            throw fail(`length is a whole number from 4 to 40.`);
        }
        length = Number(lengthRaw);
    }
    const format = attributes.get('format');
    if (format !== undefined) {
        if (format !== 'short' && format !== 'long')
            throw fail(`format is short or long.`);
        if (length !== undefined)
            throw fail(`give length= or format=, not both.`);
        if (format === 'long')
            length = 40;
    }
    const optionalTemplate = (key) => {
        const value = attributes.get(key);
        return value === undefined ? undefined : (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(value, input);
    };
    let template;
    let scope;
    let match;
    if (type === 'semver') {
        const pattern = attributes.get('pattern');
        if (pattern === undefined || pattern === '') {
            if (enable || enableWhen)
                throw fail('type=semver needs pattern=, e.g. pattern={{major}}.{{minor}}.');
        }
        else {
            template = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(pattern, input, _template_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_PLACEHOLDERS */ .cs);
            scope = scopeOf(template);
            if (scope === undefined)
                throw fail('A semver pattern uses at least one version placeholder; for fixed names use type=raw.');
        }
    }
    else if (type === 'raw') {
        const value = attributes.get('value') ?? '';
        if (value === '')
            throw fail('type=raw needs value=.');
        template = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(value, input);
    }
    else if (type === 'schedule') {
        template = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(attributes.get('pattern') || 'nightly', input);
    }
    else if (type === 'match') {
        const pattern = attributes.get('pattern') ?? '';
        if (pattern === '')
            throw fail('type=match needs pattern=<regular expression>.');
        const groupRaw = attributes.get('group') ?? '0';
        if (!/^\d{1,3}$/.test(groupRaw))
            throw fail('group is a whole number (0: the whole match).');
        match = { regex: parseRegex(pattern, fail), group: Number(groupRaw) };
    }
    const defaultPrefix = type === 'sha' ? 'sha-' : type === 'pr' ? 'pr-' : undefined;
    const prefix = optionalTemplate('prefix') ?? (defaultPrefix === undefined ? undefined : (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(defaultPrefix, input));
    return {
        type,
        template,
        scope,
        prefix,
        suffix: optionalTemplate('suffix'),
        enable,
        enableWhen,
        priority: priorityRaw === undefined ? DEFAULT_PRIORITY[type] : Number(priorityRaw),
        length,
        branch: type === 'edge' ? attributes.get('branch') || undefined : undefined,
        match,
        line: line.trim(),
    };
}
const DEFAULT_SEMVER_PATTERNS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'];
/**
 * The effective rules: the user's lines plus the default semver rules, unless a line already says
 * how the version is tagged (type=semver, type=match or type=ref,event=tag), as metadata-action's do.
 */
function parseTagRules(lines, input = 'tags') {
    const rules = lines.map((line) => parseTagRule(line, input));
    const defaults = rules.some((r) => r.type === 'semver' || r.type === 'match' || r.type === 'tag')
        ? []
        : DEFAULT_SEMVER_PATTERNS.map((p) => parseTagRule(`type=semver,pattern=${p}`, input));
    return [...defaults, ...rules];
}
const NO_FLAVOR = {
    latest: undefined,
    prefix: undefined,
    prefixOnLatest: false,
    suffix: undefined,
    suffixOnLatest: false,
};
function parseFlavor(lines, input = 'flavor') {
    const accepted = 'lines latest=auto|true|false, prefix=<text>[,onlatest=true], suffix=<text>[,onlatest=true]';
    let flavor = NO_FLAVOR;
    for (const line of lines) {
        let last;
        for (const part of splitAttributes(line)) {
            const at = part.indexOf('=');
            if (at <= 0)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, `'${part}' is not key=value.`);
            const key = part.slice(0, at).trim().toLowerCase();
            const value = part.slice(at + 1).trim();
            if (key === 'latest') {
                if (value !== 'auto' && value !== 'true' && value !== 'false') {
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, 'latest is auto, true or false.');
                }
                flavor = { ...flavor, latest: value };
            }
            else if (key === 'prefix' || key === 'suffix') {
                const template = value === '' ? undefined : (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(value, input);
                flavor = key === 'prefix' ? { ...flavor, prefix: template } : { ...flavor, suffix: template };
                last = key;
            }
            else if (key === 'onlatest') {
                if (value !== 'true' && value !== 'false')
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, 'onlatest is true or false.');
                if (last === undefined)
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, 'onlatest follows prefix= or suffix= on its line.');
                flavor =
                    last === 'prefix'
                        ? { ...flavor, prefixOnLatest: value === 'true' }
                        : { ...flavor, suffixOnLatest: value === 'true' };
            }
            else {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, `Unknown flavor '${key}'.`);
            }
        }
    }
    return flavor;
}


/***/ }),

/***/ 14902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   cs: () => (/* binding */ VERSION_PLACEHOLDERS)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, formatDate */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * The tag template engine: `{{name}}` placeholders and `{{date 'FORMAT' tz='Zone'}}`. Deliberately
 * tiny (no handlebars): a template is parsed once, when inputs are read, so an unknown placeholder
 * fails before anything else happens, with the input named and the accepted placeholders listed.
 * docker/metadata-action's global expressions ({{branch}}, {{tag}}, {{sha}}, {{base_ref}},
 * {{is_default_branch}}, {{date}}, {{commit_date}}) and its semver {{raw}} are among them.
 */
const PLACEHOLDERS = [
    'version',
    'major',
    'minor',
    'patch',
    'prerelease',
    'build',
    'raw',
    'run_number',
    'run_attempt',
    'sha',
    'sha7',
    'branch',
    'tag',
    'base_ref',
    'is_default_branch',
    'pr',
    'date',
    'commit_date',
];
/** Placeholders a `type=semver` pattern may use: they all come from the version. */
const VERSION_PLACEHOLDERS = [
    'version',
    'major',
    'minor',
    'patch',
    'prerelease',
    'build',
    'raw',
];
/** The moment.js format tokens supported (UTC unless tz= is given); `[text]` is literal. */
const DATE_TOKENS = [
    'YYYY',
    'YY',
    'MM',
    'M',
    'DD',
    'D',
    'HH',
    'H',
    'hh',
    'h',
    'mm',
    'm',
    'ss',
    's',
    'SSS',
    'A',
    'a',
    'Z',
    'ZZ',
    'X',
    'x',
];
/** Letters that are moment.js tokens: one of these outside DATE_TOKENS is refused, never printed as text. */
const MOMENT_LETTERS = /[MQDdEeWwYygGAaHhkmsSzZXxNo]/;
function describeAccepted(allowed) {
    const names = allowed.map((p) => (p === 'date' || p === 'commit_date' ? `{{${p} 'YYYYMMDD'}}` : `{{${p}}}`));
    return `a template whose placeholders are among ${names.join(', ')}`;
}
/** Parses a template; `input` names the input in errors; `allowed` narrows the placeholders. */
function parseTemplate(source, input, allowed = PLACEHOLDERS) {
    const parts = [];
    const used = [];
    const fail = (what) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, source, describeAccepted(allowed), `${what}. Date formats use the moment.js tokens ${DATE_TOKENS.join(' ')} and [literal text] (UTC, or tz='Area/City'), e.g. {{date 'YYYYMMDD-HHmmss'}}.`);
    let at = 0;
    while (at < source.length) {
        const open = source.indexOf('{{', at);
        const stray = source.indexOf('}}', at);
        if (stray >= 0 && (open < 0 || stray < open))
            throw fail(`A '}}' at position ${stray} has no opening '{{'`);
        if (open < 0) {
            parts.push({ kind: 'text', text: source.slice(at) });
            break;
        }
        if (open > at)
            parts.push({ kind: 'text', text: source.slice(at, open) });
        const close = source.indexOf('}}', open + 2);
        if (close < 0)
            throw fail(`The '{{' at position ${open} is never closed with '}}'`);
        const inner = source.slice(open + 2, close).trim();
        const date = /^(date|commit_date)(?:\s+(?:'([^']*)'|"([^"]*)"))?(?:\s+tz=(?:'([^']*)'|"([^"]*)"))?$/.exec(inner);
        let name;
        if (date) {
            name = date[1];
            const format = date[2] ?? date[3] ?? 'YYYYMMDD';
            if (format === '')
                throw fail(`{{${name}}} was given an empty format`);
            const bad = unsupportedToken(format);
            if (bad !== undefined)
                throw fail(`The date token '${bad}' in '${format}' is not supported`);
            const tz = date[4] ?? date[5] ?? 'UTC';
            if (!validTimeZone(tz))
                throw fail(`tz='${tz}' is not a time zone name (such as UTC or Asia/Tokyo)`);
            parts.push({ kind: 'date', name, format, tz });
        }
        else if (PLACEHOLDERS.includes(inner)) {
            name = inner;
            parts.push({ kind: 'value', name: name });
        }
        else {
            throw fail(`Unknown placeholder {{${inner}}}`);
        }
        if (!allowed.includes(name))
            throw fail(`The placeholder {{${name}}} cannot be used here`);
        if (!used.includes(name))
            used.push(name);
        at = close + 2;
    }
    return { source, parts, placeholders: used };
}
/**
 * `time` renders {{date}} (build-tag's reproducible creation time, never the clock); `commitTime`
 * renders {{commit_date}} (the commit time; `time` when not given).
 */
function renderTemplate(template, values, time, commitTime = time) {
    const missing = [];
    let value = '';
    for (const part of template.parts) {
        if (part.kind === 'text')
            value += part.text;
        else if (part.kind === 'date')
            value += formatDate(part.name === 'date' ? time : commitTime, part.format, part.tz);
        else {
            const v = values[part.name];
            if (v === undefined) {
                if (!missing.includes(part.name))
                    missing.push(part.name);
            }
            else
                value += v;
        }
    }
    return { value, missing };
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
const TOKEN = /\[([^\]]*)\]|([A-Za-z])\2*/g;
/** The first moment.js token in `format` that formatDate does not render, if any. */
function unsupportedToken(format) {
    for (const match of format.matchAll(TOKEN)) {
        const run = match[0];
        if (match[1] !== undefined || DATE_TOKENS.includes(run))
            continue;
        if (MOMENT_LETTERS.test(run))
            return run;
    }
    return undefined;
}
function validTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
function fieldsIn(time, tz) {
    if (tz === 'UTC') {
        return {
            year: time.getUTCFullYear(),
            month: time.getUTCMonth() + 1,
            day: time.getUTCDate(),
            hour: time.getUTCHours(),
            minute: time.getUTCMinutes(),
            second: time.getUTCSeconds(),
            offsetMinutes: 0,
        };
    }
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
    }).formatToParts(time);
    const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? '0');
    const fields = {
        year: get('year'),
        month: get('month'),
        day: get('day'),
        hour: get('hour'),
        minute: get('minute'),
        second: get('second'),
    };
    const local = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
    return { ...fields, offsetMinutes: Math.round((local - Math.floor(time.getTime() / 1000) * 1000) / 60_000) };
}
/**
 * Formats a date with the moment.js tokens in DATE_TOKENS, in UTC or the time zone `tz`;
 * `[text]` and every character that is not a moment token are literal.
 */
function formatDate(time, format, tz = 'UTC') {
    const f = fieldsIn(time, tz);
    const offset = (colon) => {
        const sign = f.offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(f.offsetMinutes);
        return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
    };
    const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    return format.replace(TOKEN, (run, literal) => {
        if (literal !== undefined)
            return literal;
        switch (run) {
            case 'YYYY':
                return pad(f.year, 4);
            case 'YY':
                return pad(f.year % 100);
            case 'MM':
                return pad(f.month);
            case 'M':
                return String(f.month);
            case 'DD':
                return pad(f.day);
            case 'D':
                return String(f.day);
            case 'HH':
                return pad(f.hour);
            case 'H':
                return String(f.hour);
            case 'hh':
                return pad(hour12);
            case 'h':
                return String(hour12);
            case 'mm':
                return pad(f.minute);
            case 'm':
                return String(f.minute);
            case 'ss':
                return pad(f.second);
            case 's':
                return String(f.second);
            case 'SSS':
                return pad(time.getUTCMilliseconds(), 3);
            case 'A':
                return f.hour < 12 ? 'AM' : 'PM';
            case 'a':
                return f.hour < 12 ? 'am' : 'pm';
            case 'Z':
                return offset(true);
            case 'ZZ':
                return offset(false);
            case 'X':
                return String(Math.floor(time.getTime() / 1000));
            case 'x':
                return String(time.getTime());
            default:
                return run;
        }
    });
}


/***/ })

};
