export const id = 888;
export const ids = [888];
export const modules = {

/***/ 3580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/github/api.ts

class GitHubApiError extends errors/* ArtefactsError */.E {
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
                throw new errors/* ArtefactsError */.E('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
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

;// CONCATENATED MODULE: ./packages/core/src/github/comments.ts

function stickyMarker(action) {
    return `<!-- immutable-artefacts:${action} -->`;
}
/**
 * Creates or updates the comment carrying `marker` on PR `number`. A read-only token (fork pull
 * requests) is not a failure: the result says `skipped` with the reason, for a notice.
 */
async function upsertStickyComment(api, number, marker, body, logger) {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    try {
        const comments = await api.paginate(api.repoPath(`/issues/${number}/comments`), `list the comments of pull request #${number}`);
        // Our own comment is a bot's; a person quoting the marker must not have their comment edited.
        const marked = comments.filter((c) => typeof c.body === 'string' && c.body.includes(marker));
        const existing = marked.find((c) => c.user?.type === 'Bot') ?? marked.find((c) => (c.body ?? '').startsWith(marker));
        if (existing !== undefined) {
            if (existing.body === text)
                return { status: 'unchanged', id: existing.id };
            await api.request('PATCH', api.repoPath(`/issues/comments/${existing.id}`), {
                body: { body: text },
                permission: 'pull-requests: write',
                what: `update the preview comment on pull request #${number}`,
            });
            logger?.info(`Updated the preview comment on pull request #${number}.`);
            return { status: 'updated', id: existing.id };
        }
        const created = await api.request('POST', api.repoPath(`/issues/${number}/comments`), {
            body: { body: text },
            permission: 'pull-requests: write',
            what: `comment on pull request #${number}`,
        });
        logger?.info(`Created the preview comment on pull request #${number}.`);
        return { status: 'created', id: created.data.id };
    }
    catch (error) {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401)) {
            return {
                status: 'skipped',
                reason: `the token cannot write comments (${error.status}); fork pull requests get a read-only token`,
            };
        }
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __webpack_require__(1150);
;// CONCATENATED MODULE: ./packages/core/src/version/conventional.ts
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
const conventional_DEFAULT_COMMIT_TYPES = {
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
    const parts = splitNestedCommits(message);
    const entries = [];
    parts.forEach((text, i) => {
        if (i === 0 && parts.length > 1 && text === '')
            return;
        const parsed = parseCommit(text);
        const base = {
            sha,
            subject: parsed.header,
            isMerge: isMerge && i === 0,
            nested: i > 0,
            conventional: parsed,
            releaseAs: parsed.releaseAs,
        };
        if (parsed.type !== undefined || parsed.breaking) {
            entries.push({ ...base, bump: bumpForCommit(parsed, options.commitTypes), source: 'conventional-commits' });
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

// EXTERNAL MODULE: ./packages/core/src/version/semver.ts
var semver = __webpack_require__(216);
;// CONCATENATED MODULE: ./packages/core/src/version/commit-facts.ts



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
/** The range `gatherCommits` reads: from `previousStable` (exclusive; the beginning when undefined) to `sha`. */
function commitRange(previousStable, sha, options) {
    return { ...(previousStable ? { from: `refs/tags/${previousStable.tag}` } : {}), to: sha, paths: options.paths };
}
/**
 * Streams and classifies the commits from `previousStable` (exclusive; the beginning when
 * undefined) to `sha`, from `prefetched` when that log is of the same range.
 */
async function gatherCommits(cwd, previousStable, sha, options, logger, prefetched) {
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
    await (0,git_history/* streamCommits */.Tp)(cwd, commitRange(previousStable, sha, options), (commit) => {
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
    }, prefetched);
    if (unparsedCount > 0) {
        const shown = unparsed.map((c) => `${c.sha.slice(0, 7)} ${shorten(c.subject)}`).join('; ');
        const line = `${unparsedCount} commit(s) with a header that is not a Conventional Commit, read for breaking changes ` +
            `and Release-As only: ${shown}${unparsedCount > unparsed.length ? '; …' : ''}`;
        logger.info(line);
        unparsedReason = line;
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
var version_tags = __webpack_require__(5978);
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

;// CONCATENATED MODULE: ./packages/core/src/version/report.ts

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
    for (const [key, items] of [...groups].sort(([a], [b]) => compareText(a, b))) {
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

// EXTERNAL MODULE: ./packages/core/src/git/git.ts + 1 modules
var git = __webpack_require__(553);
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
    const api = new GitHubApi({
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

// EXTERNAL MODULE: ./packages/core/src/version/early-queries.ts
var early_queries = __webpack_require__(8608);
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
 * Computes the version for the checked-out commit (the PR head on pull requests). Reads git in
 * `environment.cwd`, deepening a shallow clone first (or failing, per `fetchDepthPolicy`), and asks
 * GitHub for the labels of the PR behind a pushed merge commit when a token is given.
 */
async function calculateVersion(options, environment, early) {
    const { cwd, logger } = environment;
    const prefix = options.tagPrefix;
    // The tag listing does not depend on HEAD, so it runs beside the HEAD query. A failure is read
    // where the listing is awaited (headFacts reports a missing repository first). Both may have been
    // started before the program was loaded (early-queries.ts).
    const started = (0,early_queries/* earlyQueriesFor */.b)(early, cwd, prefix);
    const listing = started?.tags ?? (0,version_tags/* listTags */.cB)(cwd, prefix);
    listing.catch(() => undefined);
    const head = await (started?.head ?? (0,git_history/* headFacts */.k2)(cwd));
    const partial = readContext(environment, head.branch);
    let deepened = false;
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
    // Every version tag is listed (cheap); which are merged into HEAD is asked lazily, highest first.
    // After deepening, the tags fetched with the history are listed afresh.
    let all = await (0,version_tags/* readVersionTags */.yr)(cwd, prefix, logger, deepened ? undefined : listing);
    let merged = new MergedTags(cwd, sha, prefix, all);
    // The previous release is most often the highest stable tag: its log starts now, beside the
    // ancestry checks that confirm it, and is read only if they do (else cancelled unread).
    const guess = merged.highestUnchecked((t) => !t.isPrerelease);
    const prefetched = guess === undefined ? undefined : (0,git_history/* prefetchCommits */.Yt)(cwd, commitRange(guess, sha, options));
    let facts;
    let previousFound;
    let taggedFound;
    const assumptions = [...ctx.assumptions];
    try {
        if (!deepened && (await merged.highest(() => true)) === undefined) {
            // No release reachable from HEAD: a repository never released, or a clone without its tags.
            const reason = all.length === 0 ? await (0,version_tags/* missingTagsReason */.Gx)(cwd, { prefix, logger }) : undefined;
            if (reason !== undefined) {
                await (0,git_history/* completeHistory */.Cx)(cwd, reason, { policy: options.fetchDepthPolicy, logger });
                deepened = true;
                all = await (0,version_tags/* readVersionTags */.yr)(cwd, prefix, logger);
                merged = new MergedTags(cwd, sha, prefix, all);
            }
        }
        if (deepened)
            assumptions.push('the clone was shallow or missing tags: fetched history and tags from origin');
        for (const line of assumptions)
            logger.info(`Assuming ${line}.`);
        const fromAll = options.previousFrom === 'all';
        // HEAD already released: output that version as-is.
        const tagged = ctx.pr === undefined ? await taggedAtHead(merged, sha, ctx.tagRef, channel?.channel) : undefined;
        const previousFilter = (t) => !t.isPrerelease && (tagged === undefined || t.compare(tagged) < 0);
        const previousStable = fromAll ? highest(all, previousFilter) : await merged.highest(previousFilter);
        logger.debug(`${all.length} version tags in the repository; ${merged.queries} ancestry checks against ${sha.slice(0, 7)}.`);
        facts = await gatherCommits(cwd, previousStable, sha, options, logger, prefetched);
        previousFound = previousStable;
        taggedFound = tagged;
    }
    finally {
        prefetched?.records.cancel();
    }
    const previousStable = previousFound;
    const tagged = taggedFound;
    const { commitsSince, kept, commitBump, commitSource, deciding, releaseAsFound, unparsedReason } = facts;
    const changelog = renderChangelog(kept, commitsSince);
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
/** A bump past 2^53 - 1 (a tag such as v9007199254740991.0.0): said plainly, not an internal error. */
function beyondNumbers(previous, release) {
    return new errors/* ArtefactsError */.E('UNSUPPORTED', `The version after ${previous.tag} would be ${release}, beyond the largest number a version can carry here (2^53 - 1).`, { hint: 'Check the version tags: such a number is almost always a typo.' });
}

;// CONCATENATED MODULE: ./packages/core/src/version/semver-calculate.ts






/** Every output, as strings. */
function versionOutputs(result) {
    const outputs = {
        version: result.version,
        'version-tag': result.versionTag,
        'release-version': result.releaseVersion,
        'previous-version': result.previousVersion ?? '',
        'previous-tag': result.previousTag ?? '',
        bump: result.bump,
        'bump-source': result.bumpSource,
        major: String(result.major),
        minor: String(result.minor),
        patch: String(result.patch),
        prerelease: result.prerelease,
        build: result.build,
        'is-prerelease': String(result.isPrerelease),
        'is-tagged': String(result.isTagged),
        'commits-since': String(result.commitsSince),
        changelog: result.changelog,
    };
    outputs.json = JSON.stringify({
        ...Object.fromEntries(Object.entries(outputs).filter(([k]) => k !== 'changelog')),
        major: result.major,
        minor: result.minor,
        patch: result.patch,
        'is-prerelease': result.isPrerelease,
        'is-tagged': result.isTagged,
        'commits-since': result.commitsSince,
        changelog: result.changelog,
        reasons: result.reasons,
        labels: result.labels,
        sha: result.sha,
        branch: result.branch ?? null,
        'pull-request': result.pullRequest ?? null,
        channel: result.channel ?? null,
        assumptions: result.assumptions,
    });
    return outputs;
}
const SEMVER_CALCULATE_MARKER = stickyMarker('semver-calculate');
/** The semver-calculate action: the version, its outputs, the job summary and the sticky PR comment. */
async function runSemverCalculate(inputs, environment, early) {
    const { logger, github } = environment;
    const result = await calculateVersion(inputs, environment, early);
    logger.info(`${result.previousVersion ?? '(none)'} → ${result.version} (bump ${result.bump}, from ${result.bumpSource})`);
    const summary = renderSummary(result, inputs);
    const pr = github?.pullRequest;
    if (pr !== undefined && github !== undefined && /^pull_request/.test(github.eventName) && inputs.comment) {
        // pull_request_target runs with the base repository's token, which can comment on forks' PRs.
        if (pr.isFork && github.eventName !== 'pull_request_target') {
            logger.notice('Fork pull request: its token is read-only, so the version preview is in the job summary only.');
        }
        else if (inputs.token === '') {
            logger.notice('No github-token: the version preview is in the job summary only.');
        }
        else {
            const api = new GitHubApi({
                apiUrl: github.apiUrl,
                token: inputs.token,
                owner: github.owner,
                repo: github.repo,
                logger,
            });
            const outcome = await upsertStickyComment(api, pr.number, SEMVER_CALCULATE_MARKER, summary, logger).catch((error) => {
                logger.warning(`Could not write the preview comment on pull request #${pr.number}: ${(0,errors/* describeError */.Uc)(error)}`);
                return undefined;
            });
            if (outcome?.status === 'skipped') {
                logger.notice(`The version preview is in the job summary only: ${outcome.reason}.`);
            }
        }
    }
    return {
        outputs: versionOutputs(result),
        summary: jobSummary('semver-calculate', result.versionTag, github, summary),
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(1659);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./actions/shared/src/workspace.ts
var workspace = __webpack_require__(4402);
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
(0,external_node_v8_.setFlagsFromString)('--no-concurrent-osr');
const actionLogger = {
    debug: (message) => core/* debug */.Yz(message),
    info: (message) => core/* info */.pq(message),
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
    return { cwd: (0,workspace/* actionCwd */.t)(), env: process.env, logger: actionLogger, github: readGitHubContext(process.env) };
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

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

function inputs_text(get, name) {
    return get(name).trim();
}
function optionalText(get, name) {
    const value = get(name).trim();
    return value === '' ? undefined : value;
}
function required(get, name) {
    const value = get(name).trim();
    if (value === '')
        throw inputError(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
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
function inputs_boolean(get, name, fallback = false) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    const value = booleanWord(raw);
    if (value === undefined)
        throw (0,errors/* inputError */.Xu)(name, raw, 'true or false');
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
        throw (0,errors/* inputError */.Xu)(name, raw, `one of ${accepted.join(', ')}`);
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
        throw (0,errors/* inputError */.Xu)(name, raw, `a valid JavaScript regular expression (${error.message})`);
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
        throw inputError(username === undefined ? userInput : passwordInput, '', `both ${userInput} and ${passwordInput}, or neither (then ~/.docker/config.json is used)`);
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

;// CONCATENATED MODULE: ./packages/core/src/version/options.ts
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
        commitTypes: DEFAULT_COMMIT_TYPES,
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
        [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
        /[~^:?*[\\]/.test(raw) ||
        raw.includes('..') ||
        raw.includes('@{')) {
        throw (0,errors/* inputError */.Xu)(name, raw, accepted, "The prefix is matched literally: 'v' matches v1.2.3, '' matches 1.2.3.");
    }
    if (raw.startsWith('/') || raw.startsWith('.') || raw.startsWith('-') || raw.includes('//') || raw.includes('/.')) {
        throw (0,errors/* inputError */.Xu)(name, raw, accepted);
    }
    return raw;
}
function bumpWord(name, raw, allowEmpty) {
    const value = raw.trim().toLowerCase();
    if (value === '' && allowEmpty)
        return undefined;
    const found = BUMP_WORDS.find((b) => b === value);
    if (found === undefined)
        throw (0,errors/* inputError */.Xu)(name, raw.trim(), `one of ${BUMP_WORDS.join(', ')}${allowEmpty ? ' or empty' : ''}`);
    return found;
}
function parseBumpLabels(get, name) {
    const result = { major: [], minor: [], patch: [], skip: [] };
    for (const line of splitList(get(name), false)) {
        const at = line.indexOf('=');
        const key = at < 0 ? '' : line.slice(0, at).trim().toLowerCase();
        const target = key === 'none' ? 'skip' : key;
        if (at <= 0 || !(target in result)) {
            throw (0,errors/* inputError */.Xu)(name, line, 'lines of the form <major|minor|patch|skip>=<label>[, <label>...]');
        }
        const labels = splitList(line.slice(at + 1)).map((l) => l.toLowerCase());
        result[target].push(...labels);
    }
    return result;
}
function parseTypes(get, name) {
    const types = splitList(get(name)).map((t) => t.toLowerCase());
    for (const t of types) {
        if (!/^[a-z][a-z0-9_-]*$/.test(t))
            throw (0,errors/* inputError */.Xu)(name, t, 'Conventional Commits types such as feat, fix, perf');
    }
    return types;
}
function parseChannel(name, raw) {
    if (!(0,semver/* isChannelName */.tx)(raw)) {
        throw (0,errors/* inputError */.Xu)(name, raw, 'a prerelease identifier: letters, digits and hyphens, not only digits (e.g. rc, beta)');
    }
    return raw;
}
function parseBranchChannels(get, name) {
    return splitList(get(name), false).map((line) => {
        const at = line.lastIndexOf('=');
        const glob = at < 0 ? '' : line.slice(0, at).trim();
        const channel = at < 0 ? '' : line.slice(at + 1).trim();
        if (glob === '' || channel === '')
            throw (0,errors/* inputError */.Xu)(name, line, 'lines of the form <branch glob>=<channel>, e.g. release/*=rc');
        if (!(0,semver/* isChannelName */.tx)(channel)) {
            throw (0,errors/* inputError */.Xu)(name, line, 'a channel of letters, digits and hyphens, not only digits (e.g. release/*=rc)');
        }
        return { glob, pattern: (0,semver/* globToRegExp */.tL)(glob), channel };
    });
}
/** Inputs whose values are secrets, masked as soon as they are read. */
const SEMVER_CALCULATE_SECRETS = (/* unused pure expression or super */ null && (['github-token']));
/**
 * `labels`: label names, one per line or comma-separated (GitLab's CI_MERGE_REQUEST_LABELS as it
 * is). Empty: undefined, the labels are read from GitHub.
 */
function parseLabelsInput(get, name = 'labels') {
    const labels = splitList(get(name));
    for (const label of labels) {
        if ([...label].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
            throw (0,errors/* inputError */.Xu)(name, label, 'label names, one per line or comma-separated, without control characters (e.g. minor or semver:major)');
        }
    }
    return labels.length === 0 ? undefined : labels;
}
/** Parses and validates every semver-calculate input; each error names its input. */
function parseSemverCalculateInputs(get) {
    const conventionalCommits = inputs_boolean(get, 'conventional-commits', true);
    const initialVersion = get('initial-version').trim() || '0.1.0';
    if ((0,semver/* parseVersion */.ot)(initialVersion) === undefined) {
        throw (0,errors/* inputError */.Xu)('initial-version', initialVersion, 'a SemVer 2.0.0 version without prefix, e.g. 0.1.0 or 1.0.0, with major, minor and patch at most 9007199254740991 (2^53 - 1)');
    }
    const prerelease = optionalText(get, 'prerelease');
    const prChannel = optionalText(get, 'pr-channel');
    const minor = parseTypes(get, 'minor-types');
    const patch = parseTypes(get, 'patch-types');
    return {
        tagPrefix: parseTagPrefix(get),
        paths: splitList(get('paths')),
        increment: bumpWord('increment', get('increment'), true),
        bumpLabels: parseBumpLabels(get, 'bump-labels'),
        conventionalCommits,
        commitTypes: { major: parseTypes(get, 'major-types'), minor, patch },
        majorPattern: regex(get, 'major-pattern'),
        minorPattern: regex(get, 'minor-pattern'),
        defaultBump: bumpWord('default-bump', get('default-bump'), true),
        initialVersion,
        zeroMajorBreaking: oneOf(get, 'zero-major-breaking', ['minor', 'major'], 'minor'),
        prerelease: prerelease === undefined ? undefined : parseChannel('prerelease', prerelease),
        prChannel: prChannel === undefined ? undefined : parseChannel('pr-channel', prChannel),
        branchChannels: parseBranchChannels(get, 'branch-channels'),
        buildMetadata: inputs_boolean(get, 'build-metadata', false),
        fetchDepthPolicy: oneOf(get, 'fetch-depth-policy', ['deepen', 'fail'], 'deepen'),
        previousFrom: oneOf(get, 'previous-from', ['merged', 'all'], 'merged'),
        comment: inputs_boolean(get, 'comment', true),
        token: get('github-token').trim(),
        labels: parseLabelsInput(get, 'labels'),
    };
}

;// CONCATENATED MODULE: ./actions/semver-calculate/src/inputs.ts


/** The only place that reads the step's inputs; the token is masked as soon as it is read. */
function getInputs() {
    const token = core/* getInput */.V4('github-token');
    if (token !== '')
        core/* setSecret */.Pq(token);
    return Object.freeze(parseSemverCalculateInputs((name) => core/* getInput */.V4(name)));
}

;// CONCATENATED MODULE: ./actions/semver-calculate/src/main.ts



async function run(inputs, early) {
    return runSemverCalculate(inputs, actionEnvironment(), early);
}
async function main(early) {
    await runAction('semver-calculate', async () => run(getInputs(), early));
}


/***/ }),

/***/ 2189:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var _actions_http_client_eager_lib_auth__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6218);
// The one credential handler @actions/core uses; it imports nothing heavy, so it is re-exported as it is.



/***/ }),

/***/ 4663:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* unused harmony export HttpClient */
// @actions/http-client as @actions/core uses it, and nothing more: `new HttpClient(...)` and
// `getJson` (OIDC's getIDToken). The real client (and undici) is imported on the first request.
let real;
const load = () => (real ??= __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 3257)));

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

class HttpClient {
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
  Object.defineProperty(HttpClient.prototype, name, {
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


/***/ })

};
