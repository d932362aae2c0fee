import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 71218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ commands)
/* harmony export */ });
/* unused harmony export defineCommand */
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(14838);


/** The one way to make a Command: its typed inputs stay inside, between parse and run. */
function defineCommand(definition) {
    const { load, ...info } = definition;
    return {
        ...info,
        execute: async (raw, environment) => {
            const { parse, run, secrets } = await load();
            // Masked as soon as the list is known: before the inputs are parsed, before anything is logged.
            for (const input of secrets) {
                const value = raw(input);
                if (value !== '')
                    environment.logger.secret(value);
            }
            return run(parse(raw), environment);
        },
    };
}
/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
const commands = {
    sign: defineCommand({
        load: async () => {
            const { parseSignInputs: parse, runSign: run, SIGN_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(488), __nccwpck_require__.e(911), __nccwpck_require__.e(529), __nccwpck_require__.e(546), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80043));
            return { parse, run, secrets };
        },
        reference: 'image',
        example: 'artefacts sign --key cosign.key ghcr.io/acme/app@sha256:<hex>',
    }),
    // sign in attest mode under the name users expect: `artefacts attest --type vuln --path trivy.json REF`.
    attest: defineCommand({
        description: 'Attest what a step produced (a vuln report, JUnit results, an approval) to an image, as sign does with attest-type: sign in attest mode.',
        action: 'sign',
        aliases: { type: 'attest-type', path: 'attest-path', environment: 'attest-environment' },
        needs: ['attest-type'],
        load: async () => {
            const { parseSignInputs: parse, runSign: run, SIGN_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(488), __nccwpck_require__.e(911), __nccwpck_require__.e(529), __nccwpck_require__.e(546), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80043));
            return { parse, run, secrets };
        },
        reference: 'image',
        example: 'artefacts attest --type vuln --path trivy.json --key cosign.key ghcr.io/acme/app@sha256:<hex>',
    }),
    verify: defineCommand({
        load: async () => {
            const { parseVerifyInputs: parse, runVerify: run, VERIFY_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(488), __nccwpck_require__.e(911), __nccwpck_require__.e(529), __nccwpck_require__.e(546), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80043));
            return { parse, run, secrets };
        },
        reference: 'image',
        example: 'artefacts verify --key cosign.pub ghcr.io/acme/app@sha256:<hex>',
    }),
    // CLI-only: writes cosign.key / cosign.pub (password from COSIGN_PASSWORD). Flags: --output-prefix P.
    keygen: defineCommand({
        description: 'Write a cosign-compatible key pair: <prefix>.key (encrypted with COSIGN_PASSWORD) and <prefix>.pub.',
        flags: {
            'output-prefix': 'Path prefix of the key files (default: cosign), inside the working directory.',
            'allow-outside-workspace': 'output-prefix: let the key pair be written outside the working directory (symbolic links followed).',
        },
        outputs: {
            'private-key': 'The path of the encrypted private key.',
            'public-key': 'The path of the public key.',
            'key-hint': 'The key hint signatures made with this key carry.',
        },
        load: async () => {
            const { parseKeygenInputs: parse, runKeygen: run } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(488), __nccwpck_require__.e(911), __nccwpck_require__.e(529), __nccwpck_require__.e(546), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80043));
            return { parse, run, secrets: [] };
        },
        example: 'COSIGN_PASSWORD=... artefacts keygen --output-prefix release',
    }),
    'build-tag': defineCommand({
        load: async () => {
            const { parseBuildTagInputs: parse, runBuildTag: run, BUILD_TAG_SECRETS: secrets, } = await Promise.all(/* import() */[__nccwpck_require__.e(909), __nccwpck_require__.e(470), __nccwpck_require__.e(767), __nccwpck_require__.e(286), __nccwpck_require__.e(169)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40210));
            return { parse, run, secrets };
        },
        example: 'artefacts build-tag --version 1.4.0 --images ghcr.io/acme/app --json',
    }),
    'semver-calculate': defineCommand({
        load: async () => {
            const { parseSemverCalculateInputs: parse, runSemverCalculate: run, SEMVER_CALCULATE_SECRETS: secrets, } = await Promise.all(/* import() */[__nccwpck_require__.e(909), __nccwpck_require__.e(767), __nccwpck_require__.e(851)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70702));
            return { parse, run, secrets };
        },
        example: 'artefacts semver-calculate --tag-prefix v',
    }),
    // CLI-only: the whole pipeline on this repository (the README's main job, `npm start`).
    release: defineCommand({
        description: 'The whole pipeline on this repository, offline: version, immutable tag, pack dist/, SBOM, sign, verify, promote dev → prod.',
        flags: {
            'tag-prefix': 'Prefix of version tags (default: v).',
            image: 'Image name for the tag list (default: the repository folder name).',
            dev: 'Where dist/ is packed: a registry repository, or oci:<dir> (default: oci:.artefacts/dev).',
            prod: 'Where it is promoted: a registry repository, or oci:<dir> (default: oci:.artefacts/prod).',
            path: 'What is packed (default: dist). It and oci: directories stay inside the working directory.',
        },
        outputs: {
            version: 'The version released.',
            'immutable-tag': 'The immutable tag the artefact got.',
            digest: 'The digest packed, signed and promoted.',
            tags: 'Every tag written, one per line.',
            report: 'What each step did, one line per step.',
        },
        load: async () => {
            const { parseReleaseInputs: parse, runRelease } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(909), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(488), __nccwpck_require__.e(911), __nccwpck_require__.e(767), __nccwpck_require__.e(529), __nccwpck_require__.e(630), __nccwpck_require__.e(286), __nccwpck_require__.e(680), __nccwpck_require__.e(546), __nccwpck_require__.e(178), __nccwpck_require__.e(573)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27573));
            return {
                parse,
                secrets: [],
                run: (inputs, environment) => runRelease(inputs, (action) => (0,_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .inputsFor */ .pz)(action, undefined, environment.env), environment),
            };
        },
        example: 'artefacts release --prod oci:.artefacts/prod',
    }),
    promote: defineCommand({
        load: async () => {
            const { parsePromoteInputs: parse, runPromote: run, PROMOTE_SECRETS: secrets, } = await Promise.all(/* import() */[__nccwpck_require__.e(22), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(488), __nccwpck_require__.e(680), __nccwpck_require__.e(662)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11719));
            return { parse, run, secrets };
        },
        reference: 'source',
        example: 'artefacts promote --destinations registry.example.com/prod/app ghcr.io/acme/app@sha256:<hex>',
    }),
    sbom: defineCommand({
        load: async () => {
            const { parseSbomInputs: parse, runSbom: run, SBOM_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(470), __nccwpck_require__.e(630), __nccwpck_require__.e(791)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16538));
            return { parse, run, secrets };
        },
        reference: {
            inputs: ['image', 'oci-layout'],
            pick: (value) => (value.startsWith('oci:') ? 'oci-layout' : 'image'),
        },
        example: 'artefacts sbom --formats cyclonedx-json ghcr.io/acme/app@sha256:<hex>',
    }),
    pack: defineCommand({
        load: async () => {
            const { parsePackInputs: parse, runPack: run, PACK_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(488), __nccwpck_require__.e(178), __nccwpck_require__.e(511)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68599));
            return { parse, run, secrets };
        },
        reference: 'destination',
        example: 'artefacts pack --path dist oci:.artefacts/dev:1.4.0',
    }),
    pin: defineCommand({
        load: async () => {
            const { parsePinInputs: parse, runPin: run, PIN_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(759)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7477));
            return { parse, run, secrets };
        },
        operands: 'paths',
        example: 'artefacts pin deploy/ Dockerfile',
    }),
    // `artefacts audit REPO`: exit 1 when a recorded tag drifted or was deleted.
    audit: defineCommand({
        load: async () => {
            const { parseAuditInputs: parse, runAudit: run, AUDIT_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(488), __nccwpck_require__.e(986), __nccwpck_require__.e(852)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73852));
            return { parse, run, secrets };
        },
        reference: 'reference',
        example: 'artefacts audit ghcr.io/acme/app',
    }),
    // CLI-only: the reverse of pack.
    pull: defineCommand({
        description: 'Get the files of an artefact (as pack writes it) back into a directory, every digest verified.',
        flags: {
            reference: 'The artefact: registry/repository:tag|@digest or oci:<dir>:tag.',
            output: 'Directory to write into (default: the current directory), inside it; existing files are never overwritten.',
            'allow-outside-workspace': 'Names of the flags (output, reference) whose path may resolve outside the working directory.',
            'registry-username': 'Registry user name (with --registry-password).',
            'registry-password': 'Registry password or token.',
        },
        outputs: {
            digest: 'The manifest digest the files came from.',
            output: 'The directory written into.',
            files: 'The files written, one per line.',
        },
        reference: 'reference',
        load: async () => {
            const { parsePullInputs: parse, runPull: run, PULL_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(488), __nccwpck_require__.e(178), __nccwpck_require__.e(511)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68599));
            return { parse, run, secrets };
        },
        example: 'artefacts pull --output out oci:.artefacts/dev:1.4.0',
    }),
    trace: defineCommand({
        load: async () => {
            const { parseTraceInputs: parse, runTrace: run, TRACE_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(488), __nccwpck_require__.e(986), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43585));
            return { parse, run, secrets };
        },
        reference: 'reference',
        example: 'artefacts trace --key cosign.pub ghcr.io/acme/app:prod',
    }),
    // The trace action's `mode: history`, as its own command.
    history: defineCommand({
        description: 'Every digest promoted into an environment (registry/repository:tag or a repository), newest first, from its promotion records, each verified with the trust options; which one the tag points at now.',
        flags: {
            ...readFlags('The environment: registry/repository:tag (its environment tag) or registry/repository (also as the first argument).'),
            key: 'The signers’ public key (PEM or path): records are shown as verified only when they verify with it.',
            'certificate-identity': 'Keyless: the exact certificate identity of the signer.',
            'certificate-identity-regexp': 'Keyless: a regular expression the certificate identity must match.',
            'certificate-oidc-issuer': 'Keyless: the exact OIDC issuer.',
            'trusted-root': 'Keyless: a Sigstore trusted_root.json (else fetched through TUF, as verify does).',
            'sigstore-instance': 'Keyless without trusted-root: auto, public-good or github.',
            'tuf-mirror': 'Keyless without trusted-root: another TUF repository.',
            'tuf-root': 'The initial root.json of that TUF repository.',
            'require-verified': 'true: fail when a record shown is not verified (needs key or certificate identity).',
        },
        switches: ['require-verified'],
        outputs: {
            digest: 'The digest the environment tag points at now.',
            digests: 'The digests promoted into the environment, newest first, one per line.',
            unverified: 'How many records shown are not verified (unverified, unsigned or not checked).',
            report: 'The history as text.',
        },
        reference: 'reference',
        load: async () => {
            const { parseHistoryInputs: parse, runHistory: run, HISTORY_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(488), __nccwpck_require__.e(986), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43585));
            return { parse, run, secrets };
        },
        example: 'artefacts history --key cosign.pub ghcr.io/acme/app:prod',
    }),
    // CLI-only, read-only: what crane, cosign tree and oras discover answer.
    inspect: defineCommand({
        description: 'What a reference is: digest, media type, kind, platforms, size, created, annotations, and the version, commit and immutable tag build-tag recorded.',
        flags: readFlags('The image or artefact: registry/repository:tag|@digest or oci:<dir>:tag.'),
        outputs: {
            digest: 'The manifest digest.',
            'media-type': 'The manifest media type.',
            version: 'The version build-tag recorded (empty if none).',
            'immutable-tag': 'The immutable tag build-tag recorded (empty if none).',
            report: 'Everything above, one line per fact (what is printed without --json).',
        },
        reference: 'reference',
        load: async () => {
            const { parseInspectInputs: parse, runInspect: run, INSPECT_SECRETS: secrets, } = await Promise.all(/* import() */[__nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92506));
            return { parse, run, secrets };
        },
        example: 'artefacts inspect ghcr.io/acme/app:1.4.0',
    }),
    tree: defineCommand({
        description: 'Everything attached to a digest: signatures, attestations by predicate type, SBOMs, promotion records (referrers API, fallback tag, cosign tags).',
        flags: readFlags('The image or artefact whose attachments to list.'),
        outputs: {
            digest: 'The digest whose attachments are listed.',
            report: 'The attachments as a tree (what is printed without --json).',
        },
        reference: 'reference',
        load: async () => {
            const { parseTreeInputs: parse, runTree: run, TREE_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92506));
            return { parse, run, secrets };
        },
        example: 'artefacts tree ghcr.io/acme/app@sha256:<hex>',
    }),
    digest: defineCommand({
        description: 'The digest a tag resolves to, alone on stdout (for $(artefacts digest REF)).',
        flags: readFlags('The tag or reference to resolve.'),
        outputs: { digest: 'The digest the reference resolves to (printed alone).' },
        reference: 'reference',
        load: async () => {
            const { parseDigestInputs: parse, runDigest: run, DIGEST_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92506));
            return { parse, run, secrets };
        },
        example: 'artefacts digest oci:.artefacts/dev:1.4.0',
    }),
    ls: defineCommand({
        description: "A repository's tags; with --immutable true, only build-tag's immutable tags, each with its digest.",
        flags: {
            ...readFlags('The repository: registry/repository or oci:<dir>, no tag.'),
            immutable: 'true: only the tags that name the version and commit their own manifest records (default: false).',
        },
        switches: ['immutable'],
        outputs: {
            tags: 'The tags, one per line.',
            report: 'Each tag with its digest where known (what is printed without --json).',
        },
        reference: 'reference',
        load: async () => {
            const { parseLsInputs: parse, runLs: run, LS_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(722), __nccwpck_require__.e(470), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92506));
            return { parse, run, secrets };
        },
        example: 'artefacts ls --immutable true ghcr.io/acme/app',
    }),
};
/** The flags every read-only command takes. */
function readFlags(reference) {
    return {
        reference,
        'registry-username': 'Registry user name (with --registry-password); else the credential files, as docker login writes them.',
        'registry-password': 'Registry password or token.',
        'allow-outside-workspace': 'reference: let an oci: directory resolve outside the working directory.',
    };
}


/***/ }),

/***/ 14838:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pz: () => (/* binding */ inputsFor),
/* harmony export */   rG: () => (/* binding */ shownDefault)
/* harmony export */ });
/* unused harmony export cliDefault */
/* harmony import */ var _generated_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(11764);

/** `${{ github.token }}` in an action.yml default: the environment variables it is read from outside a runner. */
const TOKEN_EXPRESSION = /\$\{\{\s*github\.token\s*\}\}/g;
const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'GH_TOKEN'];
/** A default as the CLI applies it: the expressions it holds replaced by the environment variables. */
function cliDefault(fallback, env = process.env) {
    return fallback.replace(TOKEN_EXPRESSION, TOKEN_VARIABLES.map((v) => env[v]).find((v) => v !== undefined) ?? '');
}
/**
 * A default as help shows it, on the flag's line: where the CLI reads it from (never a `${{ }}`
 * expression), and a multi-line default (a list, one entry per line) as its lines joined by "; ".
 */
function shownDefault(fallback) {
    return fallback
        .replace(TOKEN_EXPRESSION, TOKEN_VARIABLES.map((v) => `$${v}`).join(' or '))
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('; ');
}
/**
 * An action's inputs as the runner would give them: `given` first, else the action.yml default,
 * with `${{ github.token }}` read from GITHUB_TOKEN (or GH_TOKEN) as a laptop or other CI has it.
 */
function inputsFor(action, given = new Map(), env = process.env) {
    const defaults = _generated_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .actionInputs */ .e[action];
    return (input) => {
        const value = given.get(input);
        if (value !== undefined)
            return value;
        return cliDefault(defaults?.[input] ?? '', env);
    };
}


/***/ }),

/***/ 11764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ actionInputs)
/* harmony export */ });
// generated by scripts/gen-docs.mjs from actions/*/action.yml: do not edit by hand
/** Per action, its inputs (in action.yml order) and each default as action.yml writes it (empty for none). */
const actionInputs = {
    "audit": {
        "reference": "",
        "fail-on-unbound": "false",
        "key": "",
        "certificate-identity": "",
        "certificate-identity-regexp": "",
        "certificate-oidc-issuer": "",
        "trusted-root": "",
        "sigstore-instance": "auto",
        "tuf-mirror": "",
        "tuf-root": "",
        "registry-username": "",
        "registry-password": "",
        "allow-outside-workspace": ""
    },
    "build-tag": {
        "version": "",
        "images": "",
        "template": "{{version}}-{{run_number}}-{{sha7}}",
        "tags": "",
        "flavor": "",
        "labels": "",
        "annotations": "",
        "annotation-levels": "manifest",
        "sha-length": "7",
        "push-git-tag": "false",
        "annotated-tag": "false",
        "tag-prefix": "v",
        "move-major-tag": "false",
        "git-tag-transport": "auto",
        "git-remote": "origin",
        "latest": "auto",
        "context": "workflow",
        "bake-target": "docker-metadata-action",
        "bake-dir": "",
        "allow-outside-workspace": "",
        "sep-tags": "",
        "sep-labels": "",
        "sep-annotations": "",
        "export-env": "true",
        "github-token": "${{ github.token }}"
    },
    "pack": {
        "path": "",
        "destination": "",
        "tags": "",
        "artifact-type": "application/vnd.immutable-artefacts.files.v1",
        "annotations": "",
        "compression": "gzip",
        "bind-tags": "false",
        "registry-username": "",
        "registry-password": "",
        "allow-outside-workspace": ""
    },
    "pin": {
        "paths": "",
        "check": "false",
        "min-pinned": "100",
        "allow-unresolved": "false",
        "verify-pinned": "false",
        "registry": "",
        "registry-username": "",
        "registry-password": "",
        "allow-outside-workspace": ""
    },
    "promote": {
        "source": "",
        "destinations": "",
        "tags": "",
        "allow-overwrite": "false",
        "copy-referrers": "true",
        "platforms": "all",
        "mount-from": "",
        "require-signature": "",
        "conditions": "",
        "certificate-identity": "",
        "certificate-identity-regexp": "",
        "certificate-oidc-issuer": "",
        "trusted-root": "",
        "environment": "",
        "evidence": "",
        "record": "true",
        "bind-tags": "false",
        "record-key": "",
        "record-key-password": "",
        "write-summary": "false",
        "summary-key": "",
        "summary-key-password": "",
        "dry-run": "false",
        "concurrency": "4",
        "registry-username": "",
        "registry-password": "",
        "source-username": "",
        "source-password": "",
        "github-token": "${{ github.token }}",
        "allow-outside-workspace": ""
    },
    "sbom": {
        "path": "",
        "exclude": "",
        "image": "",
        "oci-layout": "",
        "formats": "cyclonedx-json,spdx-json",
        "output-dir": "sbom",
        "output-file": "",
        "platforms": "",
        "attach": "false",
        "attest": "false",
        "key": "",
        "key-password": "",
        "registry-username": "",
        "registry-password": "",
        "upload-artifact": "false",
        "engine": "native",
        "syft-path": "",
        "allow-outside-workspace": ""
    },
    "semver-calculate": {
        "tag-prefix": "v",
        "paths": "",
        "increment": "",
        "bump-labels": "major=major, semver:major\nminor=minor, semver:minor\npatch=patch, semver:patch\nskip=skip-release, no-release\n",
        "labels": "",
        "conventional-commits": "true",
        "major-types": "",
        "minor-types": "feat",
        "patch-types": "fix, perf, revert",
        "major-pattern": "",
        "minor-pattern": "",
        "default-bump": "",
        "initial-version": "0.1.0",
        "zero-major-breaking": "minor",
        "prerelease": "",
        "pr-channel": "pr",
        "branch-channels": "",
        "build-metadata": "false",
        "fetch-depth-policy": "deepen",
        "previous-from": "merged",
        "comment": "true",
        "github-token": "${{ github.token }}"
    },
    "sign": {
        "image": "",
        "files": "",
        "checksums": "",
        "key": "",
        "key-password": "",
        "identity-token": "",
        "keyless": "auto",
        "transparency-log": "false",
        "provenance": "false",
        "predicate-type": "",
        "predicate": "",
        "predicate-path": "",
        "attest-type": "",
        "attest-path": "",
        "attest-environment": "",
        "sbom-path": "",
        "legacy-signature": "false",
        "force": "false",
        "sigstore-instance": "auto",
        "signing-config": "",
        "github-attestations": "auto",
        "registry-username": "",
        "registry-password": "",
        "github-token": "${{ github.token }}",
        "allow-outside-workspace": ""
    },
    "trace": {
        "reference": "",
        "mode": "trace",
        "repositories": "",
        "key": "",
        "certificate-identity": "",
        "certificate-identity-regexp": "",
        "certificate-oidc-issuer": "",
        "trusted-root": "",
        "sigstore-instance": "auto",
        "tuf-mirror": "",
        "tuf-root": "",
        "require-verified": "false",
        "registry-username": "",
        "registry-password": "",
        "allow-outside-workspace": ""
    },
    "verify": {
        "image": "",
        "tag": "",
        "files": "",
        "bundle": "",
        "key": "",
        "certificate-identity": "",
        "certificate-identity-regexp": "",
        "certificate-oidc-issuer": "",
        "attestations": "",
        "conditions": "",
        "offline": "false",
        "trusted-root": "",
        "sigstore-instance": "auto",
        "tuf-mirror": "",
        "tuf-root": "",
        "require-transparency-log": "false",
        "write-summary": "false",
        "summary-key": "",
        "summary-key-password": "",
        "show-statements": "false",
        "registry-username": "",
        "registry-password": "",
        "allow-outside-workspace": ""
    }
};


/***/ }),

/***/ 698:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61958);
/**
 * `artefacts <command> [--input value ...] [--json]`: every action's logic from flags, with the
 * same inputs, defaults (from the same action.yml) and code as the action. Works outside GitHub.
 */

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 61958:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __nccwpck_require__(88315);
// EXTERNAL MODULE: ./packages/core/src/oci/connection.ts
var connection = __nccwpck_require__(67007);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __nccwpck_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(37638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./packages/cli/src/commands.ts
var commands = __nccwpck_require__(71218);
// EXTERNAL MODULE: ./packages/cli/src/defaults.ts
var defaults = __nccwpck_require__(14838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./packages/cli/src/vocabulary.ts
var vocabulary = __nccwpck_require__(16040);
;// CONCATENATED MODULE: ./packages/cli/src/flags.ts
/**
 * The command line → raw input values: the connection flags every command takes, and a command's own
 * flags as its inputs declare them. A flag that takes a value refuses to go without one (at the end,
 * or before another `--flag`): read as the text "true", it would have run the command with a
 * directory, a tag or a destination called "true". Only switches (vocabulary.ts: `isSwitch`) are
 * given bare. An empty value typed as one (`--x=`, `--x ''`) is a value: the input gets '' as a
 * step's `with: { x: '' }` gives it (no default applied), and the input's parser decides what empty
 * means there (mostly "not given"; `tag-prefix: ''` matches 1.2.3).
 */



/** Bad input on the command line: printed as `error: <message>`, exit 1, no stack trace. */
class UsageError extends Error {
}
/** Flags every command takes and the parser reads no value from. */
const GLOBAL_SWITCHES = ['--json', '--summary', '--debug'];
/**
 * Connection flags every command takes (before or after the command's own): they set the
 * environment the registry client reads (see core's oci/connection.ts), so the CLI and the actions
 * configure TLS and insecure registries the same way. Each with what it accepts.
 */
const CONNECTION_FLAGS = {
    'ca-file': { variable: 'ARTEFACTS_CA_FILE', accepts: 'a PEM file of a private CA', file: true },
    'client-cert': { variable: 'ARTEFACTS_CLIENT_CERT', accepts: 'a PEM file of a client certificate', file: true },
    'client-key': {
        variable: 'ARTEFACTS_CLIENT_KEY',
        accepts: "a PEM file of the client certificate's private key",
        file: true,
    },
    'insecure-registry': { variable: 'ARTEFACTS_INSECURE_REGISTRIES', accepts: 'a registry host or host:port' },
    'registry-timeout': {
        variable: 'ARTEFACTS_REGISTRY_TIMEOUT',
        accepts: 'the seconds a registry may send nothing before a request fails',
    },
};
/**
 * Whether a word is a flag: two dashes and no third. A PEM given as a value (`--key "$(cat cosign.key)"`)
 * starts with five and is a value.
 */
function isFlag(word) {
    return /^--(?!-)/.test(word);
}
/** A flag's value: `--x=v`, or the next word unless there is none or it is another flag. */
function flags_valueOf(args, i, eq) {
    const arg = args[i] ?? '';
    if (eq >= 0)
        return { value: arg.slice(eq + 1), next: i };
    const following = args[i + 1];
    return following === undefined || isFlag(following)
        ? { value: undefined, next: i }
        : { value: following, next: i + 1 };
}
/** A flag as an error may repeat it: a name, never whatever else was typed there (a value, a secret). */
function shown(flag) {
    return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(flag) ? `'--${flag}'` : 'by that name';
}
/**
 * Takes the connection flags out of `args` into `env`; files resolve against `cwd`. Returns the
 * rest of the arguments.
 */
function takeConnectionFlags(args, env, cwd, given = {}) {
    const rest = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        const eq = arg.indexOf('=');
        const flag = isFlag(arg) ? (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)) : '';
        const connection = CONNECTION_FLAGS[flag];
        if (connection === undefined) {
            rest.push(arg);
            continue;
        }
        const { value, next } = flags_valueOf(args, i, eq);
        i = next;
        if (value === undefined)
            throw new UsageError(`--${flag} needs a value: ${connection.accepts}`);
        // Each value as typed: an error in one names the flag, not the variable it sets.
        (given[connection.variable] ??= { flag: `--${flag}`, values: [] }).values.push(value);
        if (flag === 'insecure-registry') {
            env[connection.variable] = [env[connection.variable], value].filter(Boolean).join(',');
        }
        else {
            // Empty sets the variable empty, which the registry client reads as not set (never the directory).
            env[connection.variable] = connection.file === true && value !== '' ? (0,external_node_path_.resolve)(cwd, value) : value;
        }
    }
    return rest;
}
/**
 * A command's flags → raw input values by input name. `--x v`, `--x=v`; a switch also bare for true;
 * repeated flags join with newlines. The reference is the first bare argument or `--ref`; an input's
 * own name (`--image`) and a command's other names for inputs (attest's `--type`) give the same input.
 */
async function parseFlags(name, args) {
    const values = new Map();
    const add = (input, value) => values.set(input, values.has(input) ? `${values.get(input)}\n${value}` : value);
    let positional = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (GLOBAL_SWITCHES.some((s) => s === arg))
            continue;
        if (!isFlag(arg)) {
            const input = positional ? undefined : (0,vocabulary/* referenceInput */.Ie)(name, arg);
            if (input !== undefined) {
                positional = true;
                add(input, arg);
                continue;
            }
            const operands = commands/* commands */.P[name]?.operands;
            if (operands !== undefined) {
                add(operands, arg);
                continue;
            }
            // One line of reasonable length is repeated; a key or a file's text put there by mistake is not.
            const what = /^[^\n\r]{1,200}$/.test(arg) ? `'${arg}'` : `of ${arg.length} characters`;
            throw new UsageError(`unexpected argument ${what} (${positional ? 'one reference only; ' : ''}other inputs are given as --flag value)`);
        }
        const eq = arg.indexOf('=');
        const flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        const given = flags_valueOf(args, i, eq);
        const value = given.value ?? '';
        const input = (0,vocabulary/* inputFor */.Uk)(name, flag, value);
        if (input === undefined) {
            const { canonical, aliases } = (0,vocabulary/* flagsOf */.Zo)(name);
            const also = aliases.length > 0 ? ` (also their action.yml names: ${aliases.map((k) => `--${k}`).join(', ')})` : '';
            throw new UsageError(`'${name}' has no flag ${shown(flag)}. Accepted: ${canonical.map((k) => `--${k}`).join(', ')}${also}.`);
        }
        if ((0,vocabulary/* isSwitch */.Tb)(name, input)) {
            // A switch takes the next word as its value (`--dry-run false`), and is true given bare.
            i = given.next;
            add(input, given.value ?? 'true');
            continue;
        }
        // Only a value that is not there is missing: empty (`--x=`, `--x ""`) and blank are values.
        if (given.value === undefined) {
            // The texts are help's, loaded only for this error.
            const { acceptedBy } = await __nccwpck_require__.e(/* import() */ 127).then(__nccwpck_require__.bind(__nccwpck_require__, 55127));
            throw new UsageError(`--${flag} needs a value: ${acceptedBy(name, flag)}`);
        }
        i = given.next;
        add(input, given.value);
    }
    // What a command needs is given, not empty: attest with an empty --type would be sign.
    for (const input of commands/* commands */.P[name]?.needs ?? []) {
        if ((values.get(input) ?? '').trim() === '')
            throw new UsageError(`'${name}' needs --${(0,vocabulary/* flagFor */._t)(name, input)} (see artefacts ${name} --help)`);
    }
    return values;
}

;// CONCATENATED MODULE: ./packages/cli/src/secrets.ts
/**
 * Secrets as the CLI hides them: each value `logger.secret` registers is replaced by `***` in every
 * later line the CLI writes, on stderr (log lines, errors, hints) and on stdout (outputs, reports,
 * `--json`), as a runner hides it from the log.
 * Outside a runner nothing else masks them, so this is the only thing that keeps a password or a
 * token a library puts in its message (Sigstore's "invalid identity token: <token>") off a terminal
 * or a CI log.
 *
 * A long secret is replaced wherever it occurs. A short one (a test password such as `e`) only where
 * it stands as a word of its own: replacing it inside words would turn "exists" into "***xists" and
 * hide nothing, since a short value is no secret to whoever reads around it.
 */
/** From this length a secret is replaced inside words too: no ordinary word is that long by accident. */
const ANYWHERE = 8;
/** A multi-line secret (a PEM key): its lines of at least this length are secrets of their own, as the actions register them. */
const LINE = 8;
const secrets_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordChar = /[\p{L}\p{N}_]/u;
function secretMask() {
    const values = new Set();
    let pattern;
    const mask = (text) => (pattern === undefined ? text : text.replace(pattern, '***'));
    const register = (value) => {
        if (value.trim() === '' || values.has(value))
            return false;
        values.add(value);
        return true;
    };
    return {
        add(value) {
            // The value as given, as parsers read it (trimmed), as a message quotes it (JSON, as inputError
            // does), and each long line of a multi-line one.
            const lines = value.split(/\r?\n/).map((line) => line.trim());
            const candidates = [
                value,
                value.trim(),
                JSON.stringify(value.trim()).slice(1, -1),
                ...(lines.length > 1 ? lines.filter((l) => l.length >= LINE) : []),
            ];
            const added = candidates.filter(register);
            if (added.length > 0) {
                // Longest first, so that a secret holding another is replaced whole.
                const alternatives = [...values]
                    .sort((a, b) => b.length - a.length)
                    .map((v) => {
                    if (v.length >= ANYWHERE)
                        return secrets_escape(v);
                    const before = wordChar.test(v[0] ?? '') ? '(?<![\\p{L}\\p{N}_])' : '';
                    const after = wordChar.test(v.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : '';
                    return `${before}${secrets_escape(v)}${after}`;
                });
                pattern = new RegExp(alternatives.join('|'), 'gu');
            }
            return added;
        },
        mask,
        maskJson: (value) => maskJson(value, mask),
    };
}
function maskJson(value, mask) {
    if (typeof value === 'string')
        return mask(value);
    if (Array.isArray(value))
        return value.map((item) => maskJson(item, mask));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [mask(key), maskJson(item, mask)]));
    }
    const text = String(value);
    const masked = mask(text);
    return masked === text ? value : masked;
}
/**
 * A value as a workflow command carries it (what @actions/core's setSecret writes): `%`, CR and LF
 * escaped, so that a multi-line secret stays one `::add-mask::` line and none of it is printed bare.
 */
function commandValue(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

;// CONCATENATED MODULE: ./packages/cli/src/version.ts
/**
 * The version of @immutable-artefacts/cli. scripts/build.mjs writes packages/cli/package.json's version
 * over this placeholder in the bundle, so `artefacts --version` names the package it was built as.
 */
const VERSION = /* artefacts-cli-version */ "0.1.0";

;// CONCATENATED MODULE: ./packages/cli/src/main.ts
/**
 * The CLI as a function of its arguments, environment and working directory: what `artefacts` runs
 * (index.ts), and what tests run in-process. Returns the exit code: 0 for a result (and for --help,
 * --version), 1 for anything else: bad input on the command line, bad input values, a failure.
 */








async function runCli(argv, io) {
    const debug = argv.includes('--debug') || io.env.ARTEFACTS_DEBUG === '1';
    /**
     * Secrets are hidden where a runner hides them, and outside one too, where nothing else would:
     * each is registered as it is read (under GitHub Actions also with `::add-mask::`, for the runner's
     * log), and every later line on stderr and on stdout has it replaced by `***` (secrets.ts).
     */
    const underRunner = io.env.GITHUB_ACTIONS === 'true';
    const secrets = secretMask();
    /**
     * The one way out, to either stream: a message already masked, written as lines. Under a runner,
     * which reads both streams of a `run:` step for workflow commands, a message with a line starting
     * `::` (a file name, a commit subject, a label or tag from user input, a report row) is made inert
     * first (inertToRunner); outside one nothing reads commands, and nothing is added. Masking comes
     * first, so the stop token is never itself masked.
     */
    const write = (to, masked) => {
        const body = masked.endsWith('\n') ? masked.slice(0, -1) : masked;
        to(`${underRunner ? (0,log/* inertToRunner */.CC)(body, external_node_crypto_.randomUUID) : body}\n`);
    };
    /** A line of the log, on stderr. */
    const say = (text) => write(io.stderr, secrets.mask(text));
    /** What the command prints for the user (help, outputs, a report, a summary), on stdout, by the rule of the log. */
    const print = (text) => write(io.stdout, secrets.mask(text));
    /**
     * `--json` on stdout: masked value by value (secrets.ts: the text stays JSON, and a secret's escaped
     * form is hidden too), and otherwise never altered, so that it can be piped into jq under a runner
     * too. It needs no making inert: JSON.stringify escapes CR and LF inside strings, so every line the
     * runner reads (it splits at CR and LF only) starts, after its indent, with a quote, a bracket, a
     * brace, a digit or a literal, never `::`. So it bypasses `write`, whose pattern also breaks lines at
     * U+2028 (which JSON leaves bare, and the runner does not split at) and would wrap JSON holding one.
     */
    const printJson = (value) => io.stdout(`${JSON.stringify(secrets.maskJson(value), null, 2)}\n`);
    const logger = {
        debug: (m) => void (debug && say(`debug: ${m}\n`)),
        info: (m) => say(`${m}\n`),
        notice: (m) => say(`notice: ${m}\n`),
        warning: (m) => say(`warning: ${m}\n`),
        secret: (v) => {
            for (const value of secrets.add(v))
                if (underRunner)
                    io.stderr(`::add-mask::${commandValue(value)}\n`);
        },
        group: async (title, fn) => {
            say(`── ${title}\n`);
            return fn();
        },
    };
    /** The command being run, for the wording of its errors. */
    let running;
    const main = async () => {
        const connectionFlags = {};
        const [name, ...rest] = takeConnectionFlags(argv, io.env, io.cwd, connectionFlags);
        // Help and completion are imported only when asked for: the texts of every action's inputs and
        // outputs are most of their size, and running a command needs none of them.
        if (name === undefined) {
            const { usage } = await __nccwpck_require__.e(/* import() */ 127).then(__nccwpck_require__.bind(__nccwpck_require__, 55127));
            say(`error: no command given\n\n${usage()}\n`);
            return 1;
        }
        if (name === '--help' || name === '-h' || name === 'help') {
            const { usage } = await __nccwpck_require__.e(/* import() */ 127).then(__nccwpck_require__.bind(__nccwpck_require__, 55127));
            print(`${usage()}\n`);
            return 0;
        }
        if (name === '--version') {
            print(`${VERSION}\n`);
            return 0;
        }
        if (name === 'completion') {
            const { completionScript, SHELLS } = await Promise.all(/* import() */[__nccwpck_require__.e(127), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9142));
            const shell = SHELLS.find((s) => s === rest[0]);
            if (shell === undefined || rest.length > 1) {
                throw new UsageError(`completion takes one shell: ${SHELLS.join(', ')} (got ${rest.join(' ') || 'none'})`);
            }
            print(completionScript(shell));
            return 0;
        }
        const command = commands/* commands */.P[name];
        if (!command) {
            const { usage } = await __nccwpck_require__.e(/* import() */ 127).then(__nccwpck_require__.bind(__nccwpck_require__, 55127));
            say(`error: unknown command '${name}'\n\n${usage()}\n`);
            return 1;
        }
        if (rest.includes('--help') || rest.includes('-h')) {
            const { commandHelp } = await __nccwpck_require__.e(/* import() */ 127).then(__nccwpck_require__.bind(__nccwpck_require__, 55127));
            print(`${commandHelp(name)}\n`);
            return 0;
        }
        running = name;
        // The connection flags are checked here, where it is known which were flags: the registry client
        // reads the same settings from the environment later, and would name the variables.
        if (Object.keys(connectionFlags).length > 0)
            (0,connection/* connectionFromEnv */.W)(io.env, connectionFlags);
        const flags = await parseFlags(name, rest);
        // The command's secret inputs are masked by execute, as soon as its logic (and the list) is loaded.
        // Defaults exactly as the runner applies them from action.yml.
        const raw = (0,defaults/* inputsFor */.pz)((0,vocabulary/* actionOf */.qj)(name) ?? name, flags, io.env);
        const github = (0,context/* readGitHubContext */.L7)(io.env);
        if (github === undefined)
            logger.debug('Not running under GitHub Actions: reading git directly for context.');
        const outcome = await command.execute(raw, { cwd: io.cwd, env: io.env, logger, github });
        if (argv.includes('--json')) {
            const json = outcome.outputs.json;
            printJson(json === undefined ? outcome.outputs : JSON.parse(json));
        }
        else if (argv.includes('--summary')) {
            print(`${outcome.summary}\n`);
        }
        else if (outcome.outputs.report !== undefined) {
            print(`${outcome.outputs.report}\n`);
        }
        else {
            const lines = Object.entries(outcome.outputs)
                .filter(([key]) => key !== 'json')
                .map(([key, value]) => value.includes('\n') ? `${key}:\n${value.replace(/^/gm, '  ')}\n` : `${key}: ${value}\n`);
            // One message, so that under a runner the outputs are made inert together, not line by line.
            if (lines.length > 0)
                print(lines.join(''));
        }
        // A report that found a fault (audit: a drifted tag) is printed, then fails the command.
        if (outcome.failure !== undefined)
            throw outcome.failure;
        return 0;
    };
    try {
        return await main();
    }
    catch (error) {
        if (error instanceof UsageError) {
            say(`error: ${error.message}\n`);
            return 1;
        }
        // Core words messages for the action (inputs, with: blocks); from the CLI they name flags.
        const words = (text) => (running === undefined ? text : (0,vocabulary/* inCliWords */.fn)(running, text));
        const message = (0,errors/* isArtefactsError */.cs)(error) ? words(error.message) : `Unexpected failure: ${(0,errors/* describeError */.Uc)(error)}`;
        say(`error: ${message}\n`);
        if ((0,errors/* isArtefactsError */.cs)(error) && error.hint)
            say(`hint: ${words(error.hint)}\n`);
        if (debug && error instanceof Error && error.stack)
            say(`${error.stack}\n`);
        return 1;
    }
}


/***/ }),

/***/ 16040:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ referenceInputs),
/* harmony export */   Ie: () => (/* binding */ referenceInput),
/* harmony export */   Tb: () => (/* binding */ isSwitch),
/* harmony export */   Uk: () => (/* binding */ inputFor),
/* harmony export */   Vc: () => (/* binding */ inputsOf),
/* harmony export */   Zo: () => (/* binding */ flagsOf),
/* harmony export */   _t: () => (/* binding */ flagFor),
/* harmony export */   dS: () => (/* binding */ REF_FLAG),
/* harmony export */   fn: () => (/* binding */ inCliWords),
/* harmony export */   qj: () => (/* binding */ actionOf)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71218);
/* harmony import */ var _generated_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(11764);
/**
 * The CLI's words for the inputs an action names: which flag gives which input, and the one rewriting
 * of a message or hint written in the action's words (`Input 'image'`, `with:` blocks) into flags.
 * Core keeps one wording per message; this file is the only mapping input → flag.
 */


/** The one flag for "what this command acts on", across commands (also the first bare argument). */
const REF_FLAG = 'ref';
function command(name) {
    const found = _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .P[name];
    if (found === undefined)
        throw new Error(`no command '${name}'`);
    return found;
}
/** The action.yml whose inputs and defaults a command takes (undefined: a CLI-only command). */
function actionOf(name) {
    const action = command(name).action ?? name;
    return _generated_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .actionInputs */ .e[action] === undefined ? undefined : action;
}
/**
 * A command's inputs, each with its default as action.yml writes it ('' for none): action.yml's, or
 * a CLI-only command's flags (no defaults). Their descriptions are help's (help.ts).
 */
function inputsOf(name) {
    const action = actionOf(name);
    if (action !== undefined)
        return _generated_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .actionInputs */ .e[action] ?? {};
    return Object.fromEntries(Object.keys(command(name).flags ?? {}).map((input) => [input, '']));
}
/**
 * Whether an input of a command is a true/false switch: given as a bare `--flag` (at the end, or before
 * another flag) it means true. An action's input is one when its action.yml default is `true` or
 * `false`; a CLI-only command lists its own. Every other flag takes a value and refuses to go without.
 */
function isSwitch(name, input) {
    const action = actionOf(name);
    if (action === undefined)
        return command(name).switches?.includes(input) ?? false;
    const fallback = _generated_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .actionInputs */ .e[action]?.[input];
    return fallback === 'true' || fallback === 'false';
}
/** The inputs the reference stands for (none: the command takes no reference). */
function referenceInputs(name) {
    const reference = command(name).reference;
    if (reference === undefined)
        return [];
    return typeof reference === 'string' ? [reference] : reference.inputs;
}
/** The input a reference value goes to. */
function referenceInput(name, value) {
    const reference = command(name).reference;
    if (reference === undefined)
        return undefined;
    return typeof reference === 'string' ? reference : reference.pick(value);
}
/** The flag a user gives for an input of a command. */
function flagFor(name, input) {
    if (referenceInputs(name).includes(input))
        return REF_FLAG;
    const alias = Object.entries(command(name).aliases ?? {}).find(([, target]) => target === input);
    return alias === undefined ? input : alias[0];
}
/**
 * The input a flag gives (`value` picks the reference's input), or undefined for a flag the command
 * does not take. Every input's own name stays accepted: `--image` is an alias of `--ref` for sign.
 */
function inputFor(name, flag, value) {
    if (flag === REF_FLAG)
        return referenceInput(name, value);
    const alias = command(name).aliases?.[flag];
    if (alias !== undefined)
        return alias;
    return Object.hasOwn(inputsOf(name), flag) ? flag : undefined;
}
/** Every flag a command takes, canonical names first, then the old names that stay accepted. */
function flagsOf(name) {
    const inputs = Object.keys(inputsOf(name));
    const canonical = [...new Set(inputs.map((input) => flagFor(name, input)))];
    const aliases = inputs.filter((input) => !canonical.includes(input));
    return { canonical, aliases };
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A message or hint in the action's words, in the CLI's: `Input 'x'` and `'x'`/`` `x` `` naming an input
 * become `--flag`, a setting `set x: value` becomes `set --flag value`, and "in the step's with: block"
 * goes. Names that are not this command's inputs (actions/checkout's fetch-depth, a job's permissions)
 * are left alone. For errors only: action.yml descriptions (help) use backticks for outputs as well.
 */
function inCliWords(name, text) {
    if (_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .P[name] === undefined)
        return text;
    let out = text.replace(/Set '([a-z0-9-]+)' in the step's with: block\./g, (_, input) => Object.hasOwn(inputsOf(name), input) ? `Give --${flagFor(name, input)}.` : `Give --${input}.`);
    // Longest names first, so `attest-type` is not read as `type`.
    const inputs = Object.keys(inputsOf(name)).sort((a, b) => b.length - a.length);
    for (const input of inputs) {
        const flag = `--${flagFor(name, input)}`;
        const n = escape(input);
        out = out
            .replace(new RegExp(`\\bInput '${n}'`, 'g'), flag)
            .replace(new RegExp(`(?<![\\w-])['\`]${n}['\`](?![\\w-])`, 'g'), flag)
            // `name: value` as a setting to make ("set offline: false", "use git-tag-transport: git", "and
            // tags: …"), not prose that happens to put a colon after a word ("With a key: also …").
            .replace(new RegExp(`(?<=\\b(?:set|use|and|or|off:) )${n}: (?=[^\\s\`])`, 'g'), `${flag} `);
    }
    return out.replace(/ ?(in|to) the step's with: block/g, '');
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ArtefactsError),
/* harmony export */   UQ: () => (/* binding */ jsonSyntaxError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   aH: () => (/* binding */ documentError),
/* harmony export */   cs: () => (/* binding */ isArtefactsError)
/* harmony export */ });
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
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   QO: () => (/* binding */ parseWorkflowRef),
/* harmony export */   Vp: () => (/* binding */ runUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(37638);


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

/***/ 88315:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ inertToRunner),
/* harmony export */   E0: () => (/* binding */ heldLogger),
/* harmony export */   Uu: () => (/* binding */ memoryLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
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


/***/ }),

/***/ 67007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ checkConnectionSettings),
/* harmony export */   W: () => (/* binding */ connectionFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(37638);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(10570);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(70461);
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

/***/ 10570:
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
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(37638);
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

/***/ 70461:
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
/* harmony export */   Z9: () => (/* binding */ referenceTarget),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   l$: () => (/* binding */ registryPart),
/* harmony export */   og: () => (/* binding */ isRepositoryPath),
/* harmony export */   r6: () => (/* binding */ registryHostProblem)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ var __webpack_exports__ = __nccwpck_require__(698);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
