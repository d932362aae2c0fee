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
            const { parseSignInputs: parse, runSign: run, SIGN_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(573), __nccwpck_require__.e(911), __nccwpck_require__.e(529), __nccwpck_require__.e(546), __nccwpck_require__.e(148)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80043));
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
            const { parseSignInputs: parse, runSign: run, SIGN_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(573), __nccwpck_require__.e(911), __nccwpck_require__.e(529), __nccwpck_require__.e(546), __nccwpck_require__.e(148)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80043));
            return { parse, run, secrets };
        },
        reference: 'image',
        example: 'artefacts attest --type vuln --path trivy.json --key cosign.key ghcr.io/acme/app@sha256:<hex>',
    }),
    verify: defineCommand({
        load: async () => {
            const { parseVerifyInputs: parse, runVerify: run, VERIFY_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(573), __nccwpck_require__.e(911), __nccwpck_require__.e(529), __nccwpck_require__.e(546), __nccwpck_require__.e(148)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80043));
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
            const { parseKeygenInputs: parse, runKeygen: run } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(573), __nccwpck_require__.e(911), __nccwpck_require__.e(529), __nccwpck_require__.e(546), __nccwpck_require__.e(148)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80043));
            return { parse, run, secrets: [] };
        },
        example: 'COSIGN_PASSWORD=... artefacts keygen --output-prefix release',
    }),
    'build-tag': defineCommand({
        load: async () => {
            const { parseBuildTagInputs: parse, runBuildTag: run, BUILD_TAG_SECRETS: secrets, } = await Promise.all(/* import() */[__nccwpck_require__.e(909), __nccwpck_require__.e(898), __nccwpck_require__.e(286), __nccwpck_require__.e(437)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40210));
            return { parse, run, secrets };
        },
        example: 'artefacts build-tag --version 1.4.0 --images ghcr.io/acme/app --json',
    }),
    'semver-calculate': defineCommand({
        load: async () => {
            const { parseSemverCalculateInputs: parse, runSemverCalculate: run, SEMVER_CALCULATE_SECRETS: secrets, } = await Promise.all(/* import() */[__nccwpck_require__.e(909), __nccwpck_require__.e(898), __nccwpck_require__.e(669)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70702));
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
            const { parseReleaseInputs: parse, runRelease } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(909), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(573), __nccwpck_require__.e(911), __nccwpck_require__.e(898), __nccwpck_require__.e(529), __nccwpck_require__.e(630), __nccwpck_require__.e(286), __nccwpck_require__.e(680), __nccwpck_require__.e(546), __nccwpck_require__.e(517), __nccwpck_require__.e(954)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27573));
            return {
                parse,
                secrets: [],
                run: (inputs, environment) => runRelease(inputs, (action) => (0,_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .inputsFor */ .pz)(action), environment),
            };
        },
        example: 'artefacts release --prod oci:.artefacts/prod',
    }),
    promote: defineCommand({
        load: async () => {
            const { parsePromoteInputs: parse, runPromote: run, PROMOTE_SECRETS: secrets, } = await Promise.all(/* import() */[__nccwpck_require__.e(22), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(573), __nccwpck_require__.e(680), __nccwpck_require__.e(894)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11719));
            return { parse, run, secrets };
        },
        reference: 'source',
        example: 'artefacts promote --destinations registry.example.com/prod/app ghcr.io/acme/app@sha256:<hex>',
    }),
    sbom: defineCommand({
        load: async () => {
            const { parseSbomInputs: parse, runSbom: run, SBOM_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(231), __nccwpck_require__.e(630), __nccwpck_require__.e(889)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16538));
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
            const { parsePackInputs: parse, runPack: run, PACK_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(517), __nccwpck_require__.e(981)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35267));
            return { parse, run, secrets };
        },
        reference: 'destination',
        example: 'artefacts pack --path dist oci:.artefacts/dev:1.4.0',
    }),
    pin: defineCommand({
        load: async () => {
            const { parsePinInputs: parse, runPin: run, PIN_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(477)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7477));
            return { parse, run, secrets };
        },
        operands: 'paths',
        example: 'artefacts pin deploy/ Dockerfile',
    }),
    // `artefacts audit REPO`: exit 1 when a recorded tag drifted or was deleted.
    audit: defineCommand({
        load: async () => {
            const { parseAuditInputs: parse, runAudit: run, AUDIT_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(573), __nccwpck_require__.e(875), __nccwpck_require__.e(852)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73852));
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
            const { parsePullInputs: parse, runPull: run, PULL_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(517), __nccwpck_require__.e(981)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35267));
            return { parse, run, secrets };
        },
        example: 'artefacts pull --output out oci:.artefacts/dev:1.4.0',
    }),
    trace: defineCommand({
        load: async () => {
            const { parseTraceInputs: parse, runTrace: run, TRACE_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(573), __nccwpck_require__.e(875), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43585));
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
        outputs: {
            digest: 'The digest the environment tag points at now.',
            digests: 'The digests promoted into the environment, newest first, one per line.',
            unverified: 'How many records shown are not verified (unverified, unsigned or not checked).',
            report: 'The history as text.',
        },
        reference: 'reference',
        load: async () => {
            const { parseHistoryInputs: parse, runHistory: run, HISTORY_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(74), __nccwpck_require__.e(187), __nccwpck_require__.e(335), __nccwpck_require__.e(933), __nccwpck_require__.e(22), __nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(280), __nccwpck_require__.e(276), __nccwpck_require__.e(100), __nccwpck_require__.e(573), __nccwpck_require__.e(875), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43585));
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
            const { parseInspectInputs: parse, runInspect: run, INSPECT_SECRETS: secrets, } = await Promise.all(/* import() */[__nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(573), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92506));
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
            const { parseTreeInputs: parse, runTree: run, TREE_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(573), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92506));
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
            const { parseDigestInputs: parse, runDigest: run, DIGEST_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(573), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92506));
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
        outputs: {
            tags: 'The tags, one per line.',
            report: 'Each tag with its digest where known (what is printed without --json).',
        },
        reference: 'reference',
        load: async () => {
            const { parseLsInputs: parse, runLs: run, LS_SECRETS: secrets } = await Promise.all(/* import() */[__nccwpck_require__.e(326), __nccwpck_require__.e(231), __nccwpck_require__.e(573), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92506));
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

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ SHELLS),
/* harmony export */   k: () => (/* binding */ completionScript)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71218);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46027);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(16040);
/**
 * `artefacts completion <bash|zsh|fish>`: completion scripts generated from the command table and
 * each command's flags (the same lists help and the flag parser use), so they cannot drift.
 */



const SHELLS = ['bash', 'zsh', 'fish'];
const GLOBAL_FLAGS = [
    '--json',
    '--summary',
    '--debug',
    '--help',
    '--ca-file',
    '--client-cert',
    '--client-key',
    '--insecure-registry',
];
/** Every command with the flags it takes: the canonical names (the old ones are accepted, not offered). */
function table() {
    const names = [...Object.keys(_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .P).sort(), 'completion'];
    return names.map((name) => {
        if (name === 'completion')
            return [name, []];
        return [
            name,
            (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .flagsOf */ .Zo)(name)
                .canonical.map((f) => `--${f}`)
                .concat(GLOBAL_FLAGS),
        ];
    });
}
/** Words are command and flag names ([a-z0-9-]); refuse anything else rather than quote it into a script. */
function word(text) {
    if (!/^[a-z0-9-]+$/.test(text.replace(/^--/, '')))
        throw new Error(`not a plain word: ${text}`);
    return text;
}
/** The first sentence of a summary, for fish's descriptions, quoted for fish's single quotes. */
function fishText(text) {
    const sentence = /^(.*?[.:;])(\s|$)/.exec(text)?.[1] ?? text;
    return `'${sentence.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
function bash() {
    const rows = table();
    return [
        '# bash completion for artefacts: source <(artefacts completion bash)',
        '_artefacts() {',
        '  local cur=${COMP_WORDS[COMP_CWORD]}',
        '  if [ "$COMP_CWORD" -eq 1 ]; then',
        `    COMPREPLY=($(compgen -W "${rows.map(([n]) => word(n)).join(' ')} --help --version" -- "$cur"))`,
        '    return',
        '  fi',
        '  local words=""',
        '  case "${COMP_WORDS[1]}" in',
        ...rows.map(([n, flags]) => n === 'completion'
            ? `    completion) [ "$COMP_CWORD" -eq 2 ] && words="bash zsh fish" ;;`
            : `    ${word(n)}) words="${flags.map(word).join(' ')}" ;;`),
        '  esac',
        '  case "$cur" in',
        '    -*) COMPREPLY=($(compgen -W "$words" -- "$cur")) ;;',
        '    *) [ "${COMP_WORDS[1]}" = completion ] && COMPREPLY=($(compgen -W "$words" -- "$cur")) ;;',
        '  esac',
        '}',
        'complete -o default -F _artefacts artefacts',
        '',
    ].join('\n');
}
function zsh() {
    const rows = table();
    return [
        '#compdef artefacts',
        '# zsh completion for artefacts: source <(artefacts completion zsh) after compinit',
        '_artefacts() {',
        '  if (( CURRENT == 2 )); then',
        `    compadd -- ${rows.map(([n]) => word(n)).join(' ')} --help --version`,
        '    return',
        '  fi',
        '  case $words[2] in',
        ...rows.map(([n, flags]) => n === 'completion'
            ? '    completion) (( CURRENT == 3 )) && compadd -- bash zsh fish ;;'
            : `    ${word(n)}) if [[ $PREFIX == -* ]]; then compadd -- ${flags.map(word).join(' ')}; else _files; fi ;;`),
        '  esac',
        '}',
        'compdef _artefacts artefacts',
        '',
    ].join('\n');
}
function fish() {
    const rows = table();
    const names = rows.map(([n]) => word(n)).join(' ');
    const lines = [
        '# fish completion for artefacts: artefacts completion fish | source',
        `complete -c artefacts -n "not __fish_seen_subcommand_from ${names}" -l version -d 'Print the version'`,
        `complete -c artefacts -n "not __fish_seen_subcommand_from ${names}" -l help -d 'Print help'`,
    ];
    for (const [n, flags] of rows) {
        const summary = n === 'completion' ? 'Print a shell completion script.' : (0,_help_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryOf */ .YG)(n);
        lines.push(`complete -c artefacts -f -n "not __fish_seen_subcommand_from ${names}" -a ${word(n)} -d ${fishText(summary)}`);
        if (n === 'completion') {
            lines.push(`complete -c artefacts -f -n "__fish_seen_subcommand_from completion" -a 'bash zsh fish'`);
            continue;
        }
        for (const flag of flags) {
            lines.push(`complete -c artefacts -n "__fish_seen_subcommand_from ${word(n)}" -l ${word(flag).slice(2)} -r`);
        }
    }
    return `${lines.join('\n')}\n`;
}
function completionScript(shell) {
    return shell === 'bash' ? bash() : shell === 'zsh' ? zsh() : fish();
}


/***/ }),

/***/ 14838:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pz: () => (/* binding */ inputsFor),
/* harmony export */   rG: () => (/* binding */ shownDefault)
/* harmony export */ });
/* unused harmony export cliDefault */
/* harmony import */ var _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(52641);

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
function inputsFor(action, given = new Map()) {
    const spec = _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .actionSpecs */ .d[action];
    return (input) => {
        const value = given.get(input);
        if (value !== undefined)
            return value;
        return cliDefault(spec?.inputs[input]?.default ?? '');
    };
}


/***/ }),

/***/ 52641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionSpecs)
/* harmony export */ });
const actionSpecs = {
    "audit": {
        "summary": "Audits one repository for tags moved or deleted behind the suite's back: every immutable tag (build-tag's shape) and every tag a tag-binding or promotion record names still resolves to its recorded digest.",
        "description": "Audits one repository for tags moved or deleted behind the suite's back: every immutable tag (build-tag's shape) and every tag a tag-binding or promotion record names still resolves to its recorded digest. The report lists drifted, deleted and unbound tags; the step fails when a tag drifted or was deleted. Made for a scheduled workflow.",
        "permissions": "`contents: read`; `packages: read` to read ghcr.io with the default token.",
        "inputs": {
            "reference": {
                "description": "The repository to audit: `registry/repository` or `oci:<dir>` (relative to the workspace), without a tag or digest. Every tag in it is listed (paginated) and resolved once.",
                "default": "",
                "required": true
            },
            "fail-on-unbound": {
                "description": "Also fail when an immutable tag has no tag-binding record (see docs/tag-binding.md). Default: unbound tags are only listed (tags written before `bind-tags` was turned on have none).",
                "default": "false",
                "required": false
            },
            "key": {
                "description": "The record signers' public key (cosign.pub): the PEM itself or the path of the file. Given (or a keyless identity), only records that verify with it count: an unsigned record, or one signed by another, is listed as ignored and never sets what a tag should be, so a tag moved together with a forged newer record is still drift. Empty: records are read as they are, and the report says nothing was verified.",
                "default": "",
                "required": false
            },
            "certificate-identity": {
                "description": "Keyless: the exact certificate identity the records must be signed by, e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main.",
                "default": "",
                "required": false
            },
            "certificate-identity-regexp": {
                "description": "Keyless: a regular expression the certificate identity must match (instead of certificate-identity).",
                "default": "",
                "required": false
            },
            "certificate-oidc-issuer": {
                "description": "Keyless: the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com.",
                "default": "",
                "required": false
            },
            "trusted-root": {
                "description": "A Sigstore trusted_root.json for keyless verification. Empty = fetched through the instance's TUF repository (as verify does).",
                "default": "",
                "required": false
            },
            "sigstore-instance": {
                "description": "Keyless, without trusted-root: whose TUF repository the trusted root comes from (auto, public-good, github), as verify's input.",
                "default": "auto",
                "required": false
            },
            "tuf-mirror": {
                "description": "Keyless, without trusted-root, the URL of another TUF repository (as verify's input).",
                "default": "",
                "required": false
            },
            "tuf-root": {
                "description": "The path of the TUF repository's initial root.json (as verify's input).",
                "default": "",
                "required": false
            },
            "registry-username": {
                "description": "Registry user name (with `registry-password`); otherwise ~/.docker/config.json or, for ghcr.io, GITHUB_TOKEN.",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Registry password or token. Masked as soon as it is read.",
                "default": "",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "`reference`, `key`, `trusted-root`: let these paths resolve outside the workspace (after symbolic links are followed).",
                "default": "",
                "required": false
            }
        },
        "outputs": {
            "report": {
                "description": "The report as text, one line per drifted, deleted or unbound tag after a count line."
            },
            "drifted": {
                "description": "Tags that resolve to another digest than their newest record names, one per line."
            },
            "deleted": {
                "description": "Tags a record names that no longer exist, one per line."
            },
            "unbound": {
                "description": "Immutable tags no tag-binding record names, one per line."
            },
            "json": {
                "description": "JSON with `repository`, `tags` (how many were listed), and `bound`, `drifted`, `deleted` (each tag with the recorded `digest`, `now`, the record's `kind` (tag-binding / promotion), `record` digest, `at` and `signed`) and `unbound` (tag and digest), `ignored` (with trust options: each record not taken as evidence, its `kind`, `record`, `subject` and the `reason`) and `verification` (what the records were verified with)."
            }
        }
    },
    "build-tag": {
        "summary": "Turns a version and the git context into the immutable artefact tag (default `{{version}}-{{run_number}}-{{sha7}}`, e.g. 1.4.0-87-3f9c2ab), the image tags (floating tags such as `1`, `1.4` and `latest` only ever move forward), reproducible OCI labels and annotations, and optionally the git version tag.",
        "description": "Turns a version and the git context into the immutable artefact tag (default `{{version}}-{{run_number}}-{{sha7}}`, e.g. 1.4.0-87-3f9c2ab), the image tags (floating tags such as `1`, `1.4` and `latest` only ever move forward), reproducible OCI labels and annotations, and optionally the git version tag. Its outputs stand in for docker/metadata-action's.",
        "permissions": "`contents: read`; `contents: write` when push-git-tag is true.",
        "inputs": {
            "version": {
                "description": "The semantic version to tag, usually semver-calculate's `version` output (`1.4.0`, `2.0.0-rc.1`; a leading `v` or the tag prefix is accepted). When empty, build-tag computes it exactly as semver-calculate does with its defaults (same code).",
                "default": "",
                "required": false
            },
            "images": {
                "description": "List of image names without tag (one per line or comma-separated), e.g. `ghcr.io/acme/app`, or `name=<image>,enable=<true|false>` entries. Names are lower-cased (with a notice). Each gets every tag. Empty: the `tags` output holds bare tag names.",
                "default": "",
                "required": false
            },
            "template": {
                "description": "The immutable tag. Placeholders: {{version}} {{major}} {{minor}} {{patch}} {{prerelease}} {{build}} {{run_number}} {{run_attempt}} {{sha}} (sha-length characters) {{sha7}} {{branch}} {{pr}} and {{date 'YYYYMMDD'}} (tokens YYYY YY MM DD HH mm ss, UTC, from the reproducible creation time).",
                "default": "{{version}}-{{run_number}}-{{sha7}}",
                "required": false
            },
            "tags": {
                "description": "List of extra tag rules, one per line, docker/metadata-action's syntax: `type=semver,pattern={{major}}.{{minor}}`, `type=sha` (sha-<hex>; `format=long`), `type=ref,event=branch|tag|pr` (also `type=branch`, `type=pr`; never the branch on pull requests), `type=schedule`, `type=edge`, `type=match,pattern=<regex>`, `type=raw,value=<template>`, or a bare name. Each takes prefix=, suffix=, enable= (true, false, {{is_default_branch}}), priority=. Default semver rules {{version}}, {{major}}.{{minor}}, {{major}} apply unless a type=semver, type=match or type=ref,event=tag line is given. Version tags and latest only when this run is the release; floating tags move only forward.",
                "default": "",
                "required": false
            },
            "flavor": {
                "description": "List of docker/metadata-action flavor lines: `latest=auto|true|false`, `prefix=<text>[,onlatest=true]`, `suffix=<text>[,onlatest=true]`, applied to every tag (the immutable one included) whose rule has no prefix or suffix of its own.",
                "default": "",
                "required": false
            },
            "labels": {
                "description": "List of extra labels, one `key=value` per line; they override the generated org.opencontainers.image.* labels, and `key=` (empty) removes one.",
                "default": "",
                "required": false
            },
            "annotations": {
                "description": "List of extra annotations, one `key=value` (every level) or `<level>:key=value` per line; they override the generated ones.",
                "default": "",
                "required": false
            },
            "annotation-levels": {
                "description": "List of annotation levels to emit (comma-separated): manifest, index, manifest-descriptor, index-descriptor.",
                "default": "manifest",
                "required": false
            },
            "sha-length": {
                "description": "Number of hex characters in {{sha}} and type=sha tags (4 to 40).",
                "default": "7",
                "required": false
            },
            "push-git-tag": {
                "description": "Create the git tag `<tag-prefix><version>` on the built commit (through the GitHub API or plain git: see git-tag-transport). Already there on the same commit: nothing to do. On another commit: the step fails and the tag is never moved. Skipped on pull requests.",
                "default": "false",
                "required": false
            },
            "annotated-tag": {
                "description": "Create the git tag as an annotated tag object (with push-git-tag).",
                "default": "false",
                "required": false
            },
            "tag-prefix": {
                "description": "Prefix of version tags in git (`v` for v1.4.0); used to read existing versions and to name the git tag.",
                "default": "v",
                "required": false
            },
            "move-major-tag": {
                "description": "With push-git-tag, also point `<tag-prefix><major>` (e.g. v1) at the commit, with one atomic ref update (with git: a push leased on the value just read). This is the one deliberate mutable pointer; it only moves forward and never for 0.x or prereleases.",
                "default": "false",
                "required": false
            },
            "git-tag-transport": {
                "description": "How push-git-tag writes tags: `github-api` (REST API, github-token with contents: write), `git` (`git push` to git-remote with the clone's own credentials: any git host, e.g. GitLab, Bitbucket, Gitea), or `auto`: the GitHub API when github-token is set and the repository is on GitHub (a GitHub Actions run, or git-remote's host is github.com or GITHUB_SERVER_URL's), else git.",
                "default": "auto",
                "required": false
            },
            "git-remote": {
                "description": "The git remote (name or URL) that push-git-tag reads tags from and pushes them to when it uses git.",
                "default": "origin",
                "required": false
            },
            "latest": {
                "description": "`auto` tags `latest` only when this is the highest stable version in the repository; `true` always; `false` never.",
                "default": "auto",
                "required": false
            },
            "context": {
                "description": "Where the ref and commit come from: `workflow` (the event) or `git` (the checked-out HEAD and its branch or tag), as docker/metadata-action's `context`.",
                "default": "workflow",
                "required": false
            },
            "bake-target": {
                "description": "Name of the bake target in the bake files.",
                "default": "docker-metadata-action",
                "required": false
            },
            "bake-dir": {
                "description": "Directory to write the bake files into. Empty: a new folder under RUNNER_TEMP on a runner; outside a runner (the CLI) no bake file is written and the bake-file outputs are empty. A given folder must resolve inside the workspace unless `allow-outside-workspace: bake-dir`.",
                "default": "",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs allowed to resolve outside the workspace; build-tag has one, `bake-dir`. Otherwise `bake-dir` must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE. CLI: `--allow-outside-workspace bake-dir`.",
                "default": "",
                "required": false
            },
            "sep-tags": {
                "description": "Separator of the `tags` and `tag-names` outputs (default a newline).",
                "default": "",
                "required": false
            },
            "sep-labels": {
                "description": "Separator of the `labels` output (default a newline).",
                "default": "",
                "required": false
            },
            "sep-annotations": {
                "description": "Separator of the `annotations` output (default a newline).",
                "default": "",
                "required": false
            },
            "export-env": {
                "description": "Also export every docker/metadata-action output as DOCKER_METADATA_OUTPUT_<NAME> for later steps.",
                "default": "true",
                "required": false
            },
            "github-token": {
                "description": "Token for the GitHub API (repository metadata when the event lacks it, git tags).",
                "default": "${{ github.token }}",
                "required": false
            }
        },
        "outputs": {
            "version": {
                "description": "The highest-priority tag, which is the immutable tag (as docker/metadata-action's `version`)."
            },
            "tags": {
                "description": "Every `image:tag`, one per line (bare tag names when no images are given)."
            },
            "tag-names": {
                "description": "The tag names without image, one per line."
            },
            "labels": {
                "description": "The OCI labels, one `key=value` per line."
            },
            "annotations": {
                "description": "The OCI annotations, one `level:key=value` per line."
            },
            "json": {
                "description": "JSON with `tags`, `tag-names`, `labels`, `annotations` (docker/metadata-action's shape) plus `version`, `immutable-tag`, `semver`, `images`, `revision`, `created`, `skipped` and `git-tag`."
            },
            "bake-file": {
                "description": "Path of a bake definition (target docker-metadata-action) with tags, labels and args."
            },
            "bake-file-tags": {
                "description": "Path of a bake definition with the tags (and args DOCKER_META_IMAGES, DOCKER_META_VERSION)."
            },
            "bake-file-labels": {
                "description": "Path of a bake definition with the labels."
            },
            "bake-file-annotations": {
                "description": "Path of a bake definition with the annotations."
            },
            "immutable-tag": {
                "description": "The immutable artefact tag, e.g. 1.4.0-87-3f9c2ab."
            },
            "git-tag": {
                "description": "The git tag created or found on the commit (empty when push-git-tag is off or skipped)."
            },
            "git-tag-status": {
                "description": "created, exists (already on this commit) or skipped."
            }
        }
    },
    "pack": {
        "summary": "Packs any files or directories (a serverless zip, a Helm chart, a static site, model weights) into one OCI artefact and pushes it to a registry or an OCI image layout, reproducibly: the same files give the same digest on any machine (sorted entries, fixed modes and owners, file times from SOURCE_DATE_EPOCH or the HEAD commit).",
        "description": "Packs any files or directories (a serverless zip, a Helm chart, a static site, model weights) into one OCI artefact and pushes it to a registry or an OCI image layout, reproducibly: the same files give the same digest on any machine (sorted entries, fixed modes and owners, file times from SOURCE_DATE_EPOCH or the HEAD commit). Each file becomes a layer titled with its name; each directory one tar layer, as ORAS does, so `artefacts pull` and `oras pull` get the files back. A tag that already holds other content is never moved.",
        "permissions": "`contents: read`; `packages: write` to push to ghcr.io with the default token.",
        "inputs": {
            "path": {
                "description": "Files or directories to pack, one per line, relative to the workspace. Each becomes one layer titled with its name (`org.opencontainers.image.title`); names must be distinct. Symbolic links are refused.",
                "default": "",
                "required": true
            },
            "destination": {
                "description": "Where to push: `registry/repository[:tag]` or `oci:<dir>[:tag]` (an OCI image layout, relative to the workspace). No `@digest`: the digest is what pack computes. A layout needs a tag (here or in `tags`).",
                "default": "",
                "required": true
            },
            "tags": {
                "description": "Tags to write besides the destination's own, one per line or comma-separated (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`), e.g. build-tag's `immutable-tag`.",
                "default": "",
                "required": false
            },
            "artifact-type": {
                "description": "The manifest's `artifactType`, e.g. `application/vnd.cncf.helm.chart.content.v1.tar+gzip` for a Helm chart. Default: `application/vnd.immutable-artefacts.files.v1`.",
                "default": "application/vnd.immutable-artefacts.files.v1",
                "required": false
            },
            "annotations": {
                "description": "Manifest annotations, one per line: `key=value` or build-tag's `annotations` output unchanged (`manifest:key=value`; lines for index or descriptor levels are skipped). `org.opencontainers.image.created` is always set from the same reproducible time as the file times.",
                "default": "",
                "required": false
            },
            "compression": {
                "description": "Compression of directory layers, `gzip` or `none`.",
                "default": "gzip",
                "required": false
            },
            "bind-tags": {
                "description": "Attach a tag-binding record (see docs/tag-binding.md) per tag: \"tag T in repository R is digest D\", pushed as a referrer of the digest before the tag is written, so that `verify` with `tag` and the `audit` action detect a tag moved or deleted behind the suite's back. Unsigned (pack signs nothing; promote's `bind-tags` signs with `record-key`).",
                "default": "false",
                "required": false
            },
            "registry-username": {
                "description": "Registry user name (with `registry-password`); otherwise ~/.docker/config.json or, for ghcr.io, GITHUB_TOKEN.",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Registry password or token. Masked as soon as it is read.",
                "default": "",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`path`, `destination`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`.",
                "default": "",
                "required": false
            }
        },
        "outputs": {
            "digest": {
                "description": "The artefact's manifest digest (`sha256:<hex>`), the same for the same files."
            },
            "reference": {
                "description": "The pushed artefact by digest, `registry/repository@sha256:<hex>` or `oci:<dir>@sha256:<hex>`."
            },
            "size": {
                "description": "Total bytes of the artefact's layers (the packed content, compressed as stored)."
            },
            "json": {
                "description": "JSON with `digest`, `mediaType`, `artifactType`, `manifestSize`, `size`, `reference`, `tags`, `refs`, `created`, `createdSource` (SOURCE_DATE_EPOCH, commit or epoch), `layers` (title, digest, size, mediaType, directory), `unchanged` (true when every tag already held this digest: nothing was written) and, with `bind-tags`, `bindings` (the tag-binding record of each tag)."
            }
        }
    },
    "pin": {
        "summary": "Deploy by digest: rewrites the image references of Kubernetes manifests, kustomizations (`images:`), Helm values (`repository` / `tag` maps), compose files and Dockerfile `FROM` lines to `name:tag@sha256:…`, each distinct tag resolved once, keeping every comment and every byte of formatting around the value it changes.",
        "description": "Deploy by digest: rewrites the image references of Kubernetes manifests, kustomizations (`images:`), Helm values (`repository` / `tag` maps), compose files and Dockerfile `FROM` lines to `name:tag@sha256:…`, each distinct tag resolved once, keeping every comment and every byte of formatting around the value it changes. Hands a pull request body to a later step; with `check`, changes nothing and fails when the share of references pinned by digest is below `min-pinned`.",
        "permissions": "`contents: read` (and `packages: read` to resolve tags in private ghcr.io repositories).",
        "inputs": {
            "paths": {
                "description": "Files, directories or globs to read, one per line, relative to the workspace. Directories are walked (without `.git` and `node_modules`) for YAML files (`.yaml`, `.yml`) and Dockerfiles (`Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `Containerfile`). A YAML file that does not parse (a Helm template, say) is skipped with a warning.",
                "default": "",
                "required": true
            },
            "check": {
                "description": "Change nothing: report every reference (file:line, reference, pinned or not, the digest its tag resolves to now), the share pinned by digest, and fail when that share is below `min-pinned`.",
                "default": "false",
                "required": false
            },
            "min-pinned": {
                "description": "With `check`: the share of image references that must be pinned by digest, as a percentage from 0 to 100 (`100`, `80` or `99.5`, a trailing `%` allowed). References that cannot be resolved count as not pinned.",
                "default": "100",
                "required": false
            },
            "allow-unresolved": {
                "description": "Pin what resolves and leave the rest as it is. Otherwise a reference that cannot be resolved (a variable such as `FROM ${BASE}` or a template, an unreachable registry, a missing tag, a Helm map with an empty tag) fails the step, naming each with the reason, before any file is written.",
                "default": "false",
                "required": false
            },
            "verify-pinned": {
                "description": "Also ask the registry whether the digest of each reference already pinned still exists (one HEAD each); a missing one is reported as unresolved. Otherwise a pinned reference is only checked to parse.",
                "default": "false",
                "required": false
            },
            "registry": {
                "description": "The registry host registry-username and registry-password are for (e.g. ghcr.io, docker.io, 127.0.0.1:5000); required with them. They are sent to that registry only: every other registry the files name is read with ~/.docker/config.json (e.g. docker/login-action, one login per registry) or anonymously.",
                "default": "",
                "required": false
            },
            "registry-username": {
                "description": "Username for `registry` (with registry-password). Without it, ~/.docker/config.json is used for every registry.",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Password or token for `registry` (a secret; masked as soon as it is read).",
                "default": "",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "`paths` to let the files resolve outside the workspace. Otherwise every file read or written, globs and symbolic links followed, must resolve inside GITHUB_WORKSPACE, or the step fails with PATH_UNSAFE. CLI: `--allow-outside-workspace paths`.",
                "default": "",
                "required": false
            }
        },
        "outputs": {
            "changed-files": {
                "description": "The files rewritten, relative to the workspace, one per line (empty with check)."
            },
            "pull-request-body": {
                "description": "Markdown for a pull request that carries the change (what was pinned, to which digest, and what was left), e.g. for peter-evans/create-pull-request's `body` or `gh pr create --body`; empty when nothing changed."
            },
            "pinned-share": {
                "description": "The share of image references pinned by digest after the step, as a percentage with at most one decimal (rounded down; `100` when there are none)."
            },
            "json": {
                "description": "JSON with `check`, `minPinned`, `share`, `pinned`, `total`, `changedFiles`, `references` (file, line, kind kubernetes / kustomize / helm / compose / dockerfile / yaml, reference, status pinned / resolved / unpinned / unresolved, digest, reason) and `skipped` (files not read as YAML, with the reason)."
            }
        }
    },
    "promote": {
        "summary": "Promotes the exact bytes behind one digest to the next registry, repository or environment: resolves the source once, never rebuilds, never overwrites a tag that holds another digest (a re-run of the same digest is a success that moves nothing), copies the whole manifest tree with its referrers (signatures, attestations, SBOMs), mounts blobs instead of copying them where the registry allows, writes the tags last, and attaches a promotion record (an in-toto statement) to the digest at the destination.",
        "description": "Promotes the exact bytes behind one digest to the next registry, repository or environment: resolves the source once, never rebuilds, never overwrites a tag that holds another digest (a re-run of the same digest is a success that moves nothing), copies the whole manifest tree with its referrers (signatures, attestations, SBOMs), mounts blobs instead of copying them where the registry allows, writes the tags last, and attaches a promotion record (an in-toto statement) to the digest at the destination.",
        "permissions": "`contents: read`; `packages: write` to promote into ghcr.io with the default token.",
        "inputs": {
            "source": {
                "description": "The image to promote: `registry/repository:tag`, `registry/repository@sha256:<hex>` (recommended: the digest that passed the previous step), or `oci:<dir>[:tag]` for a local OCI image layout. It is resolved to a digest once; everything after uses only that digest.",
                "default": "",
                "required": true
            },
            "destinations": {
                "description": "List of destinations, one per line: a reference, optionally followed by extra tags separated by spaces, e.g. `ghcr.io/acme/app:1.4.0 stable`. A reference without a tag is promoted by digest only (unless `tags` gives tags); `oci:<dir>[:tag]` writes an OCI image layout.",
                "default": "",
                "required": true
            },
            "tags": {
                "description": "List of tags to write at every destination (one per line or comma-separated), besides each destination's own. Tags match `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`.",
                "default": "",
                "required": false
            },
            "allow-overwrite": {
                "description": "Move a destination tag that already points at another digest. Off: such a tag fails the step, naming both digests, before a byte is copied.",
                "default": "false",
                "required": false
            },
            "copy-referrers": {
                "description": "Copy the digest's referrers (signatures, attestations, SBOMs, earlier promotion records), recursively: `true`, `false`, or a list of artifactTypes to copy only those (e.g. `application/vnd.dev.sigstore.bundle.v0.3+json`).",
                "default": "true",
                "required": false
            },
            "platforms": {
                "description": "`all` promotes a multi-platform index whole, digest unchanged. One `os/arch[/variant]` (e.g. `linux/arm64`) promotes only that platform's manifest, under its own digest. A subset of several platforms is refused: it would need a new index with a new digest.",
                "default": "all",
                "required": false
            },
            "mount-from": {
                "description": "List of extra repositories in the destination registry to mount blobs from (e.g. a base image repository). The source repository is always tried when source and destination share a registry.",
                "default": "",
                "required": false
            },
            "require-signature": {
                "description": "Promote only what verifies. A public key (PEM text, or a path such as `cosign.pub`) for key-based signatures, or `keyless` with `certificate-identity` (or `certificate-identity-regexp`) and `certificate-oidc-issuer`. Empty: no gate. Verified by the verify action's code before a byte is copied; for keyless, against `trusted-root` or the Sigstore trusted root fetched through TUF as verify does.",
                "default": "",
                "required": false
            },
            "conditions": {
                "description": "With require-signature: conditions on the source digest's verified attestations, checked before a byte is copied, as the verify action's `conditions` (one per line, `[newest|every|any] <predicate type or short name>: <JMESPath expression>`; by default the newest attestation of the type must satisfy it), e.g. `approval: environment == 'prod'` or `test-result: result == 'PASSED'`.",
                "default": "",
                "required": false
            },
            "certificate-identity": {
                "description": "With `require-signature: keyless`: the exact certificate identity (SAN) that must have signed, e.g. `https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main`.",
                "default": "",
                "required": false
            },
            "certificate-identity-regexp": {
                "description": "With `require-signature: keyless`, instead of certificate-identity: a regular expression searched in the certificate identity (SAN).",
                "default": "",
                "required": false
            },
            "certificate-oidc-issuer": {
                "description": "With `require-signature: keyless`: the OIDC issuer of the signing certificate, e.g. `https://token.actions.githubusercontent.com`.",
                "default": "",
                "required": false
            },
            "trusted-root": {
                "description": "With `require-signature: keyless`: a Sigstore trusted_root.json (Fulcio CAs, Rekor and timestamp authority keys), as the verify action's input. Empty = fetched through the TUF repository of the repository's Sigstore instance (public-good, or GitHub's for a private repository) and cached in RUNNER_TEMP.",
                "default": "",
                "required": false
            },
            "environment": {
                "description": "The environment being promoted to (e.g. `staging`, `production`), recorded in the promotion record.",
                "default": "",
                "required": false
            },
            "evidence": {
                "description": "List of files recorded by name and sha256 in the promotion record (test reports, scan results, approvals), one per line as `path` or `name=path`, relative to the workspace. Read and hashed before anything is copied.",
                "default": "",
                "required": false
            },
            "record": {
                "description": "Attach a promotion record to the digest at each destination where a tag was written (see docs/promotion-record.md). Signed when `record-key` is given (then `\"signed\": true`), else unsigned and says so (`\"signed\": false`).",
                "default": "true",
                "required": false
            },
            "bind-tags": {
                "description": "Attach a tag-binding record (see docs/tag-binding.md) per destination tag: \"tag T in repository R is digest D, version V, from commit C\", pushed as a referrer of the digest before the tag is written, and signed with `record-key` when given (else unsigned, and `verify` with `tag` says so). `verify` with `tag` and the `audit` action then detect a tag moved or deleted behind the suite's back.",
                "default": "false",
                "required": false
            },
            "record-key": {
                "description": "Signs each promotion record: a private key (cosign / sigstore encrypted PEM text, or the path of the key file, e.g. cosign.key), or `keyless` to sign with the job's OIDC identity (needs `id-token: write`). The record is then pushed as a Sigstore bundle referrer (DSSE around the in-toto statement, as the sign action pushes attestations), which `verify` checks with `attestations` = the promotion record predicate type. Also signs the tag bindings of `bind-tags`. Masked as soon as it is read. Empty: unsigned records.",
                "default": "",
                "required": false
            },
            "record-key-password": {
                "description": "Password of `record-key`. Masked as soon as it is read.",
                "default": "",
                "required": false
            },
            "write-summary": {
                "description": "With `require-signature`: attach a signed SLSA verification summary (https://slsa.dev/verification_summary/v1) of the gate's PASSED verification at every destination, after the content and records and before any tag, so a deploy-time check (Kyverno, policy-controller) verifies one attestation. Signed with `summary-key`.",
                "default": "false",
                "required": false
            },
            "summary-key": {
                "description": "Signs the verification summary: a private key (cosign / sigstore encrypted PEM text, or the path of the key file), or `keyless` (the job's OIDC identity; needs `id-token: write`). Required with write-summary. Masked as soon as it is read.",
                "default": "",
                "required": false
            },
            "summary-key-password": {
                "description": "Password of `summary-key`. Masked as soon as it is read.",
                "default": "",
                "required": false
            },
            "dry-run": {
                "description": "Resolve, check every tag rule and count what would be copied, but write nothing.",
                "default": "false",
                "required": false
            },
            "concurrency": {
                "description": "Blobs streamed at once (1 to 32), shared by all layers, platforms and destinations. Blobs of 1 MiB or less, and requests that move no bytes (HEADs, mounts, manifest reads), do not wait for a slot.",
                "default": "4",
                "required": false
            },
            "registry-username": {
                "description": "Username for the destination registries (with registry-password). Without it, credentials come from ~/.docker/config.json (e.g. after docker/login-action), or github-token for ghcr.io.",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Password or token for the destination registries (a secret; masked as soon as it is read).",
                "default": "",
                "required": false
            },
            "source-username": {
                "description": "Username for the source registry when it differs from the destinations' (with source-password).",
                "default": "",
                "required": false
            },
            "source-password": {
                "description": "Password or token for the source registry (a secret; masked as soon as it is read).",
                "default": "",
                "required": false
            },
            "github-token": {
                "description": "Token used for ghcr.io when no other credentials are given for it (needs `packages: write` to push there). Masked as soon as it is read.",
                "default": "${{ github.token }}",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`source`, `destinations`, `evidence`, `require-signature`, `trusted-root`, `record-key`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`.",
                "default": "",
                "required": false
            }
        },
        "outputs": {
            "digest": {
                "description": "The promoted digest (`sha256:<hex>`), the same at every destination."
            },
            "destination-refs": {
                "description": "Every reference written (`registry/repository:tag`, or `@digest` when promoted by digest), one per line."
            },
            "bytes-copied": {
                "description": "Bytes of blobs streamed to the destinations (mounted and skipped blobs move none)."
            },
            "blobs-copied": {
                "description": "Number of blobs streamed."
            },
            "blobs-mounted": {
                "description": "Number of blobs mounted from another repository of the same registry (no bytes moved)."
            },
            "blobs-skipped": {
                "description": "Number of blobs already present at a destination."
            },
            "referrers-copied": {
                "description": "Number of referrer manifests (signatures, attestations, SBOMs, records) copied."
            },
            "blobs-to-copy": {
                "description": "With dry-run, the number of blobs a promotion would stream (blobs-copied stays 0); otherwise 0."
            },
            "bytes-to-copy": {
                "description": "With dry-run, the bytes of blobs a promotion would stream (bytes-copied stays 0); otherwise 0."
            },
            "records": {
                "description": "The digest of each destination's promotion record (written now or found there), one per line."
            },
            "verification-summaries": {
                "description": "The digest of each destination's verification summary written (write-summary), one per line."
            },
            "json": {
                "description": "JSON with `source`, `digest`, `mediaType`, `dryRun`, `destinations` (reference, tags, status promoted / completed (the tags were there; missing records, referrers or platform manifests were added) / unchanged / planned, refs, record digest, and with `bind-tags` the tag-binding record of each tag, verificationSummary digest), the counts above, `bytesResent` (bytes streamed again after retries), `blobsToCopy`, `bytesToCopy`, `manifests`, `recordSigned`, `environment` and `gate` (signers found)."
            }
        }
    },
    "sbom": {
        "summary": "Catalogues a source tree or a container image natively (no scanner download) and writes CycloneDX 1.6 and SPDX 2.3 JSON in one pass, byte-identical for the same input.",
        "description": "Catalogues a source tree or a container image natively (no scanner download) and writes CycloneDX 1.6 and SPDX 2.3 JSON in one pass, byte-identical for the same input. Source trees: npm, yarn, pnpm, Go, Cargo, pip requirements, poetry, Pipfile, uv, Maven and Gradle lockfiles/manifests. Images (from a registry or an OCI layout, every platform of an index or those asked for): dpkg, apk, rpm (sqlite), node_modules, Python dist-info/egg-info and Go binaries, layers streamed and never unpacked to disk. Can attach each document to the image as an OCI referrer and sign it as an SBOM attestation.",
        "permissions": "contents: read; packages: write to attach or attest in GHCR (read to catalogue a private image); id-token: write for keyless attest.",
        "inputs": {
            "path": {
                "description": "Source tree (or a single lockfile) to catalogue, relative to the workspace. Used when neither image nor oci-layout is given; defaults to the workspace root. node_modules, .git and dist directories are skipped.",
                "default": "",
                "required": false
            },
            "exclude": {
                "description": "List of globs of paths under path not to catalogue (test fixtures, examples, dev tooling), as syft's --exclude: each starts with ./ (from the root of path), */ (one level below) or **/ (any depth); ** spans directories, a matching directory is skipped whole. E.g. ./test/**, **/fixtures/**. Source path only; passed to syft as --exclude with engine syft.",
                "default": "",
                "required": false
            },
            "image": {
                "description": "Registry image reference to catalogue (name@sha256:… preferred; a tag is resolved once to its digest and only that digest is read).",
                "default": "",
                "required": false
            },
            "oci-layout": {
                "description": "OCI image layout to catalogue instead of a registry image: [oci:]<dir>[:tag|@sha256:…] (default tag latest).",
                "default": "",
                "required": false
            },
            "formats": {
                "description": "List of formats to write, one or more of cyclonedx-json (CycloneDX 1.6) and spdx-json (SPDX 2.3); comma- or newline-separated.",
                "default": "cyclonedx-json,spdx-json",
                "required": false
            },
            "output-dir": {
                "description": "Directory the documents are written to, as sbom.cdx.json and sbom.spdx.json; for a multi-platform image one set per platform, named sbom.<os>-<arch>[-<variant>].cdx.json and .spdx.json.",
                "default": "sbom",
                "required": false
            },
            "output-file": {
                "description": "Write the document to this file instead of output-dir; only when exactly one format (and at most one platform) is asked for.",
                "default": "",
                "required": false
            },
            "platforms": {
                "description": "List of platforms (os/arch[/variant], e.g. linux/amd64,linux/arm64) of a multi-platform image to catalogue; empty catalogues every platform. Each platform gets its own documents whose subject is that platform's manifest digest. Image mode only.",
                "default": "",
                "required": false
            },
            "attach": {
                "description": "Push each document as an OCI referrer of its (platform) image digest, artifactType application/vnd.cyclonedx+json or application/spdx+json; where the registry lacks the referrers API the sha256-<hex> fallback tag is updated. Re-runs on the same image push the same bytes and add no duplicate. Image mode only.",
                "default": "false",
                "required": false
            },
            "attest": {
                "description": "Also sign each document as an SBOM attestation (in-toto, CycloneDX or SPDX predicate) about its image digest and push the Sigstore bundle as a cosign v3 referrer. Signs with key when given, else keyless (needs id-token: write). Image mode only.",
                "default": "false",
                "required": false
            },
            "key": {
                "description": "Private key for attest: PEM text (a secret) or the path of a cosign-format key file, as the sign action takes it. Empty: keyless.",
                "default": "",
                "required": false
            },
            "key-password": {
                "description": "Password of key (a secret).",
                "default": "",
                "required": false
            },
            "registry-username": {
                "description": "Registry user name for image mode; with registry-password. Empty: credentials from ~/.docker/config.json (docker/login-action), else anonymous.",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Registry password or token (a secret), e.g. secrets.GITHUB_TOKEN for ghcr.io.",
                "default": "",
                "required": false
            },
            "upload-artifact": {
                "description": "Upload the documents as a workflow artifact (through @actions/artifact) named sbom-<job>-<what>-<hash>, where the hash covers the job run (each matrix entry is its own job run, known from the runner's token), the step, the documents, their paths and the runner OS/arch, so matrix entries and repeated steps never clash; the name is the artifact-name output. Outside GitHub Actions (no ACTIONS_RUNTIME_TOKEN) nothing is uploaded and a notice says so.",
                "default": "false",
                "required": false
            },
            "engine": {
                "description": "Cataloguing engine: native (built in, default) or syft (a syft binary on PATH or at syft-path, run with an argv array; one platform; not with attach or attest). Nothing is downloaded.",
                "default": "native",
                "required": false
            },
            "syft-path": {
                "description": "Path of the syft binary for engine syft; empty: syft on PATH. A program to run, like PATH, so it may be outside the workspace (a tool cache) without allow-outside-workspace.",
                "default": "",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`path`, `oci-layout`, `output-dir`, `output-file`, `key`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`.",
                "default": "",
                "required": false
            }
        },
        "outputs": {
            "sbom-paths": {
                "description": "Paths of the written documents, one per line, in the order of formats."
            },
            "component-count": {
                "description": "Number of distinct components (by purl) catalogued; for several platforms the sum over platforms."
            },
            "document-digests": {
                "description": "One line per document: \"<format> sha256:<hex>\" of the bytes written (per platform, in platform order)."
            },
            "referrers": {
                "description": "Digests of the referrer manifests pushed by attach and attest, one per line (empty when neither)."
            },
            "artifact-name": {
                "description": "Name of the uploaded workflow artifact (upload-artifact only)."
            },
            "artifact-id": {
                "description": "Id of the uploaded workflow artifact (upload-artifact inside GitHub Actions only)."
            },
            "json": {
                "description": "Everything above as JSON. Source: subject (kind, name, digest, timestamp), componentCount, ecosystems, scopes, documents, warnings. Image: image, digest (as resolved), componentCount, documents, platforms (each like the source form plus platform), referrers (kind, format, subject, digest)."
            }
        }
    },
    "semver-calculate": {
        "summary": "Computes the next semantic version from git tags, pull request labels and Conventional Commits, with prerelease channels, a sticky pull request preview and a job summary; deepens shallow clones instead of guessing.",
        "description": "Computes the next semantic version from git tags, pull request labels and Conventional Commits, with prerelease channels, a sticky pull request preview and a job summary; deepens shallow clones instead of guessing.",
        "permissions": "contents: read; pull-requests: write for the PR preview comment (optional).",
        "inputs": {
            "tag-prefix": {
                "description": "Prefix of version tags, matched literally: the version must follow it directly. `v` matches v1.2.3 (not vnext-1.2.3); `app-v` matches app-v1.2.3 but never app-web-v1.2.3; empty matches 1.2.3.",
                "default": "v",
                "required": false
            },
            "paths": {
                "description": "List of paths (one per line or comma-separated, git pathspecs): only commits touching them count. For monorepo packages, together with a per-package tag-prefix.",
                "default": "",
                "required": false
            },
            "increment": {
                "description": "Explicit bump that overrides labels and commits: major, minor, patch or none. Empty: computed.",
                "default": "",
                "required": false
            },
            "bump-labels": {
                "description": "List of rules, one per line, naming the pull request labels that decide the bump: `<major|minor|patch|skip>=<label>, <label>`. A skip label releases nothing. Labels outrank commits; matched case-insensitively.",
                "default": "major=major, semver:major\nminor=minor, semver:minor\npatch=patch, semver:patch\nskip=skip-release, no-release\n",
                "required": false
            },
            "labels": {
                "description": "List of the pull/merge request's labels (one per line or comma-separated, e.g. GitLab's `$CI_MERGE_REQUEST_LABELS`), used with `bump-labels` instead of reading the labels from the GitHub event or API; for CIs with merge requests but no GitHub event. Empty: read them from GitHub.",
                "default": "",
                "required": false
            },
            "conventional-commits": {
                "description": "Read Conventional Commits 1.0 (`type(scope)!: description`, `BREAKING CHANGE:` and `BREAKING-CHANGE:` footers) from the commits since the previous version.",
                "default": "true",
                "required": false
            },
            "major-types": {
                "description": "Conventional Commits types that bump major (list). Breaking changes always do.",
                "default": "",
                "required": false
            },
            "minor-types": {
                "description": "Conventional Commits types that bump minor (list).",
                "default": "feat",
                "required": false
            },
            "patch-types": {
                "description": "Conventional Commits types that bump patch (list). Other types release nothing.",
                "default": "fix, perf, revert",
                "required": false
            },
            "major-pattern": {
                "description": "Regular expression (JavaScript, unicode) on commit messages that are not Conventional Commits: a match bumps major.",
                "default": "",
                "required": false
            },
            "minor-pattern": {
                "description": "Regular expression (JavaScript, unicode) on commit messages that are not Conventional Commits: a match bumps minor.",
                "default": "",
                "required": false
            },
            "default-bump": {
                "description": "Bump for commits that match nothing (none, patch, minor, major). Empty: none while conventional-commits is on, patch when it is off.",
                "default": "",
                "required": false
            },
            "initial-version": {
                "description": "The version when no version tag with the prefix exists yet.",
                "default": "0.1.0",
                "required": false
            },
            "zero-major-breaking": {
                "description": "The 0.x rule: what a breaking change does while the major version is 0. `minor` (0.3.1 → 0.4.0) or `major` (0.3.1 → 1.0.0). Leaving 0.x is a deliberate act: increment major always gives 1.0.0.",
                "default": "minor",
                "required": false
            },
            "prerelease": {
                "description": "Release this run as a prerelease on this channel (e.g. beta → 2.0.0-beta.3), whatever the branch. Empty: from branch-channels.",
                "default": "",
                "required": false
            },
            "pr-channel": {
                "description": "Prerelease channel of pull request builds: `<version>-<channel>.<PR number>.<commits since base>`, e.g. 1.4.0-pr.42.7. Empty: pull requests get the plain version they will release.",
                "default": "pr",
                "required": false
            },
            "branch-channels": {
                "description": "List of prerelease channels per branch, one `<branch glob>=<channel>` per line, e.g. `release/*=rc` (counters go up per channel: 2.0.0-rc.3 → 2.0.0-rc.4). First match wins; other branches release stable versions.",
                "default": "",
                "required": false
            },
            "build-metadata": {
                "description": "Append build metadata `+sha.<7 hex>` to the version (OCI tags cannot carry `+`: build-tag maps it).",
                "default": "false",
                "required": false
            },
            "fetch-depth-policy": {
                "description": "What to do with a shallow clone or a clone without tags: `deepen` fetches history and tags from origin (blobs filtered out) and continues; `fail` stops with an error. Never a silently wrong version.",
                "default": "deepen",
                "required": false
            },
            "previous-from": {
                "description": "`merged`: the previous version is the highest version tag merged into HEAD. `all`: the highest in the repository.",
                "default": "merged",
                "required": false
            },
            "comment": {
                "description": "On pull requests, keep one sticky comment with the version preview (edited in place).",
                "default": "true",
                "required": false
            },
            "github-token": {
                "description": "Token for the PR comment and the labels of the PR behind a pushed merge commit.",
                "default": "${{ github.token }}",
                "required": false
            }
        },
        "outputs": {
            "version": {
                "description": "The version of this build: the release, or a prerelease on pull requests and channels (1.4.0-pr.42.7), with build metadata when enabled."
            },
            "version-tag": {
                "description": "The version with the tag prefix (v1.4.0)."
            },
            "release-version": {
                "description": "The stable version this build releases, or will release once merged (no prerelease, no build metadata)."
            },
            "previous-version": {
                "description": "The previous stable version (prerelease tags never count); empty when there is none."
            },
            "previous-tag": {
                "description": "The tag of the previous stable version; empty when there is none."
            },
            "bump": {
                "description": "The bump applied: major, minor, patch or none."
            },
            "bump-source": {
                "description": "What decided the bump: increment, release-as (a Release-As: footer), labels, skip-label, conventional-commits, patterns, default-bump, no-releasable-commits, no-commits, tag or initial-version."
            },
            "major": {
                "description": "Major number of the version."
            },
            "minor": {
                "description": "Minor number of the version."
            },
            "patch": {
                "description": "Patch number of the version."
            },
            "prerelease": {
                "description": "Prerelease part of the version (rc.4, pr.42.7); empty for a stable version."
            },
            "build": {
                "description": "Build metadata of the version (sha.3f9c2ab); empty unless build-metadata is on."
            },
            "is-prerelease": {
                "description": "true when the version has a prerelease part."
            },
            "is-tagged": {
                "description": "true when HEAD already carries this version tag (output as-is, no bump)."
            },
            "commits-since": {
                "description": "Commits since the previous version tag (touching paths when set)."
            },
            "changelog": {
                "description": "Markdown list of the commits since the previous version, grouped by type."
            },
            "json": {
                "description": "Every output above as one JSON object, plus the reasons, labels, sha, branch, pull request and assumptions."
            }
        }
    },
    "sign": {
        "summary": "Sign an image digest (and/or files) in-process, cosign-compatible, with no binary to download: a Sigstore bundle v0.3 (DSSE, in-toto) pushed as an OCI referrer of the image exactly as cosign v3 does (the fallback tag where the registry has no referrers API), optional SLSA provenance, custom and SBOM attestations as their own referrers, optional cosign v2 `.sig` tag, and `<file>.sigstore.json` bundles beside files.",
        "description": "Sign an image digest (and/or files) in-process, cosign-compatible, with no binary to download: a Sigstore bundle v0.3 (DSSE, in-toto) pushed as an OCI referrer of the image exactly as cosign v3 does (the fallback tag where the registry has no referrers API), optional SLSA provenance, custom and SBOM attestations as their own referrers, optional cosign v2 `.sig` tag, and `<file>.sigstore.json` bundles beside files. Keyless (GitHub OIDC → Fulcio → Rekor, or GitHub's instance with a timestamp authority) or with a cosign-format key. The image reference is resolved once to its digest; the signature is always bound to the digest, never a tag.",
        "permissions": "`id-token: write` for keyless signing, `packages: write` (or the registry's own credentials) to push signatures, `attestations: write` to store bundles with GitHub's attestations API.",
        "inputs": {
            "image": {
                "description": "The image to sign: registry/repository:tag, …@sha256:…, or oci:<dir>[:tag]. A tag is resolved once to its digest and the digest is signed.",
                "default": "",
                "required": false
            },
            "files": {
                "description": "List of files (globs, one per line, relative to the workspace) to sign; each gets `<file>.sigstore.json` beside it.",
                "default": "",
                "required": false
            },
            "checksums": {
                "description": "List of checksums files (sha256sum or BSD format, one per line). Each is signed (`<file>.sigstore.json`); files it lists that are present must match; attestations cover every listed file.",
                "default": "",
                "required": false
            },
            "key": {
                "description": "Private key to sign with: the PEM itself (a secret: cosign `ENCRYPTED SIGSTORE PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY` or PKCS#8) or the path of the key file. Empty = keyless.",
                "default": "",
                "required": false
            },
            "key-password": {
                "description": "The key's password. A secret. Empty: COSIGN_PASSWORD from the environment, as cosign reads it.",
                "default": "",
                "required": false
            },
            "identity-token": {
                "description": "An OIDC identity token for keyless signing outside GitHub Actions (GitLab `id_tokens`, Buildkite, CircleCI), as cosign's `--identity-token`. Default: the SIGSTORE_ID_TOKEN environment variable; without either, the job's GitHub OIDC token. A secret.",
                "default": "",
                "required": false
            },
            "keyless": {
                "description": "auto (keyless when no key is given and an identity token is given or the job can request an OIDC token), true, or false.",
                "default": "auto",
                "required": false
            },
            "transparency-log": {
                "description": "With a key: also record the signature in the instance's Rekor transparency log. Without it key-based signing touches no network (cosign v3 then verifies with `--insecure-ignore-tlog`).",
                "default": "false",
                "required": false
            },
            "provenance": {
                "description": "Also attest SLSA provenance v1 of this workflow run (GitHub's workflow build type).",
                "default": "false",
                "required": false
            },
            "predicate-type": {
                "description": "The predicate type URI of a custom attestation (with predicate or predicate-path).",
                "default": "",
                "required": false
            },
            "predicate": {
                "description": "The custom attestation's predicate, as JSON text.",
                "default": "",
                "required": false
            },
            "predicate-path": {
                "description": "The custom attestation's predicate, as the path of a JSON file.",
                "default": "",
                "required": false
            },
            "attest-type": {
                "description": "Attest what a step produced, converted to the predicate the ecosystem reads: `vuln` (a trivy or grype JSON report, or SARIF, as cosign's https://cosign.sigstore.dev/attestation/vuln/v1 with the report under `scanner.result`), `test-result` (JUnit XML as in-toto's https://in-toto.io/attestation/test-result/v0.1), or `approval` (this run's actor, environment, time and run URL). Any other predicate: predicate-type with predicate-path.",
                "default": "",
                "required": false
            },
            "attest-path": {
                "description": "The report to attest with attest-type vuln (scanner JSON or SARIF) or test-result (JUnit XML).",
                "default": "",
                "required": false
            },
            "attest-environment": {
                "description": "With attest-type approval: the environment approved for (e.g. prod). Empty = the environment the event names (deployment, deployment_protection_rule).",
                "default": "",
                "required": false
            },
            "sbom-path": {
                "description": "An SBOM (CycloneDX or SPDX 2.3 JSON, e.g. from the sbom action) to attest as its own referrer (predicate types https://cyclonedx.org/bom, https://spdx.dev/Document/v2.3).",
                "default": "",
                "required": false
            },
            "legacy-signature": {
                "description": "Also write the cosign v2 `sha256-<hex>.sig` tag, for teams still verifying with cosign v2 (key-based only; an existing `.sig` manifest gets the new signature as another layer).",
                "default": "false",
                "required": false
            },
            "force": {
                "description": "Sign again even when the digest already carries a valid signature from the same key or identity for the same statement type. By default such a statement (a re-run) is not signed and pushed again, and the job says so.",
                "default": "false",
                "required": false
            },
            "sigstore-instance": {
                "description": "Keyless instance: auto (public-good for public repositories, github for private ones), public-good (Fulcio + Rekor), or github (GitHub's Fulcio + timestamp authority).",
                "default": "auto",
                "required": false
            },
            "signing-config": {
                "description": "Path of a Sigstore signing config (signing_config.json, protobuf-specs SigningConfig v0.2, as cosign v3's `--signing-config` reads) naming the Fulcio, Rekor and timestamp authority URLs of another instance (e.g. a private Sigstore deployment); instead of sigstore-instance, which must then stay auto. Also gives the Rekor for `transparency-log` with a key.",
                "default": "",
                "required": false
            },
            "github-attestations": {
                "description": "Store keyless bundles with GitHub's attestations API so `gh attestation verify` finds them: auto (a notice, not a failure, where the API is unavailable), always, or never.",
                "default": "auto",
                "required": false
            },
            "registry-username": {
                "description": "Registry user name (else ~/.docker/config.json, as docker login writes it).",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Registry password or token (a secret), with registry-username.",
                "default": "",
                "required": false
            },
            "github-token": {
                "description": "Token for GitHub's attestations API.",
                "default": "${{ github.token }}",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`image`, `files`, `checksums`, `key`, `predicate-path`, `sbom-path`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`.",
                "default": "",
                "required": false
            }
        },
        "outputs": {
            "digest": {
                "description": "The signed image digest (sha256:…), resolved once from `image`."
            },
            "bundle-paths": {
                "description": "The `.sigstore.json` bundles written beside files, one per line."
            },
            "referrers": {
                "description": "The digests of the referrer manifests pushed (signature first, then one per attestation), one per line."
            },
            "signer": {
                "description": "The key hint (key-based) or the certificate identity (keyless)."
            },
            "transparency-log-index": {
                "description": "Rekor log indexes, one per line, when a transparency log was used."
            },
            "json": {
                "description": "Everything above as JSON (digest, image, referrers, signedAlready (referrers a re-run kept, by predicate type), legacySignature, bundlePaths, signer, transparencyLogIndex, githubAttestations)."
            }
        }
    },
    "trace": {
        "summary": "The audit record of an artefact, read-only.",
        "description": "The audit record of an artefact, read-only. `mode: trace`: from one digest, everything that ties it to its source (version and immutable tag, commit and repository, the workflow run that built it, the SBOM, the signatures, the promotions it went through: from, to, when, by whom, which gate passed (the key or identity, the signers, the conditions that held) and with which evidence, and the tags bound to it), following the repositories its promotion records name; each item verified with the trust options before it is shown, else marked UNVERIFIED with the reason (or NOT CHECKED when no trust options are given). `mode: history`: every digest promoted into one environment, newest first, from its signed records, and which one its tag points at now. The job summary draws the artefact's path through the environments as a mermaid diagram.",
        "permissions": "`packages: read` (or the registry's own credentials).",
        "inputs": {
            "reference": {
                "description": "trace: the artefact, registry/repository:tag, …@sha256:…, or oci:<dir>:tag (a tag is resolved once to its digest). history: the environment, registry/repository:tag (the environment tag, e.g. `app:prod`: the promotions that wrote that tag) or registry/repository (every promotion into it).",
                "default": "",
                "required": true
            },
            "mode": {
                "description": "`trace` (everything about one digest) or `history` (every digest promoted into one environment).",
                "default": "trace",
                "required": false
            },
            "repositories": {
                "description": "trace: list of further repositories to look in for the digest (e.g. the later environments). A promotion record lives at its destination, so a trace from the first environment needs the next ones named; from the last, the records name the earlier ones. The walk reads each repository once, at most 32.",
                "default": "",
                "required": false
            },
            "key": {
                "description": "The signers' public key (cosign.pub): the PEM itself or the path of the file. Signatures, attestations and promotion records are shown as verified only when they verify with it.",
                "default": "",
                "required": false
            },
            "certificate-identity": {
                "description": "Keyless: the exact certificate identity, e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main.",
                "default": "",
                "required": false
            },
            "certificate-identity-regexp": {
                "description": "Keyless: a regular expression the certificate identity must match (instead of certificate-identity).",
                "default": "",
                "required": false
            },
            "certificate-oidc-issuer": {
                "description": "Keyless: the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com.",
                "default": "",
                "required": false
            },
            "trusted-root": {
                "description": "A Sigstore trusted_root.json for keyless verification. Empty = fetched through the instance's TUF repository (as verify does).",
                "default": "",
                "required": false
            },
            "sigstore-instance": {
                "description": "Keyless, without trusted-root: whose TUF repository the trusted root comes from (auto, public-good, github), as verify's input.",
                "default": "auto",
                "required": false
            },
            "tuf-mirror": {
                "description": "Keyless, without trusted-root, the URL of another TUF repository (as verify's input).",
                "default": "",
                "required": false
            },
            "tuf-root": {
                "description": "The path of the TUF repository's initial root.json (as verify's input).",
                "default": "",
                "required": false
            },
            "require-verified": {
                "description": "Fail (VERIFICATION_FAILED, naming each item) when anything shown is not verified: unverified, unsigned. Needs key or certificate-identity. Off: the step succeeds and marks each item.",
                "default": "false",
                "required": false
            },
            "registry-username": {
                "description": "Username for the reference's registry (with registry-password); other registries named by records use ~/.docker/config.json.",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Password or token for registry-username.",
                "default": "",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (reference, repositories, key, trusted-root) allowed to resolve outside the workspace. An `oci:` directory named by a record outside the workspace is not read (the trace says so).",
                "default": "",
                "required": false
            }
        },
        "outputs": {
            "digest": {
                "description": "trace, the traced digest; history, the digest the environment tag points at now."
            },
            "version": {
                "description": "trace, the version the artefact's manifest records."
            },
            "commit": {
                "description": "trace, the commit the artefact's manifest records."
            },
            "mermaid": {
                "description": "trace, the path through the environments as a mermaid flowchart."
            },
            "digests": {
                "description": "history, the digests promoted into the environment, newest first, one per line."
            },
            "unverified": {
                "description": "How many items shown are not verified (unverified, unsigned or not checked)."
            },
            "report": {
                "description": "The result as text (what `artefacts trace` / `artefacts history` prints)."
            },
            "json": {
                "description": "Everything as JSON: each item with its status (verified, unverified, unsigned, unchecked), reason and signer; the repositories walked; the promotions; for history, the entries newest first with `current`."
            }
        }
    },
    "verify": {
        "summary": "Verify an image digest's signatures and attestations (cosign v3 referrers through the referrers API or the fallback tag, and cosign v2 `.sig` tags), and/or files' `.sigstore.json` bundles, against a policy: a public key, or a keyless certificate identity and OIDC issuer; required attestation types; every statement's subject must be the image digest.",
        "description": "Verify an image digest's signatures and attestations (cosign v3 referrers through the referrers API or the fallback tag, and cosign v2 `.sig` tags), and/or files' `.sigstore.json` bundles, against a policy: a public key, or a keyless certificate identity and OIDC issuer; required attestation types; every statement's subject must be the image digest. Fails closed, naming the rule that failed for each referrer. promote's `require-signature` gate runs this same code.",
        "permissions": "`packages: read` (or the registry's own credentials) to read signatures.",
        "inputs": {
            "image": {
                "description": "The image to verify: registry/repository:tag, …@sha256:…, or oci:<dir>[:tag]. A tag is resolved once to its digest; signatures must be about that digest.",
                "default": "",
                "required": false
            },
            "tag": {
                "description": "A tag of the image's repository to check against its tag-binding record (see docs/tag-binding.md): passes only if a verified binding on the image's digest names this tag and the tag still resolves to that digest. Give `image` by digest (the digest the tag was bound to); a moved tag fails with both digests named, a deleted one with the bound digest, an unsigned binding says so.",
                "default": "",
                "required": false
            },
            "files": {
                "description": "List of files (globs, one per line) to verify against `<file>.sigstore.json` beside each, or digests `sha256:<hex>` of artefacts not at hand (a release asset known by its digest, a file too large to fetch; give `bundle`). A bundle may be a signature over the file's bytes or a DSSE in-toto statement naming the file's sha256 as a subject (what actions/attest-build-provenance and `gh attestation` write).",
                "default": "",
                "required": false
            },
            "bundle": {
                "description": "The path of the Sigstore bundle for `files`, when it is not stored beside each file as `<file>.sigstore.json` (required for a `sha256:` digest).",
                "default": "",
                "required": false
            },
            "key": {
                "description": "The signer's public key (cosign.pub): the PEM itself or the path of the file.",
                "default": "",
                "required": false
            },
            "certificate-identity": {
                "description": "Keyless: the exact certificate identity, e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main.",
                "default": "",
                "required": false
            },
            "certificate-identity-regexp": {
                "description": "Keyless: a regular expression the certificate identity must match (instead of certificate-identity).",
                "default": "",
                "required": false
            },
            "certificate-oidc-issuer": {
                "description": "Keyless: the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com.",
                "default": "",
                "required": false
            },
            "attestations": {
                "description": "List of predicate types that must be present among the verified statements (URIs, or provenance, slsa-provenance, cyclonedx, spdx, signature, vuln, test-result, approval).",
                "default": "",
                "required": false
            },
            "conditions": {
                "description": "Conditions on what was attested, one per line: `[newest|every|any] <predicate type or short name>: <JMESPath expression>` (short names: vuln, test-result, approval, provenance, cyclonedx, spdx). Each must give a JMESPath-truthy value (not false, null, \"\", [] or {}) over the predicate of the newest verified attestation of that type (the default: the one attached last, so an older passing scan cannot hide a newer failing one), of `every` one, or of `any` one, e.g. `test-result: result == 'PASSED'`. Fails naming the line, the predicate type and the value found.",
                "default": "",
                "required": false
            },
            "offline": {
                "description": "Touch no network except the registry. Keyless without trusted-root then uses the trusted root cached by an earlier online run, else the public-good one embedded in this action (a notice says which).",
                "default": "false",
                "required": false
            },
            "trusted-root": {
                "description": "A Sigstore trusted_root.json (Fulcio CAs, Rekor and timestamp authority keys) for keyless verification. Empty = fetched through the instance's TUF repository (as cosign does) and cached in RUNNER_TEMP (~/.cache/immutable-artefacts/tuf outside a runner).",
                "default": "",
                "required": false
            },
            "sigstore-instance": {
                "description": "Keyless, without trusted-root: whose TUF repository the trusted root comes from. auto (github for a private or internal repository, else public-good), public-good (tuf-repo-cdn.sigstore.dev) or github (tuf-repo.github.com; its initial root is not embedded, so give tuf-root once).",
                "default": "auto",
                "required": false
            },
            "tuf-mirror": {
                "description": "Keyless, without trusted-root: the URL of another TUF repository (e.g. a private Sigstore deployment), instead of sigstore-instance; as `cosign initialize --mirror`.",
                "default": "",
                "required": false
            },
            "tuf-root": {
                "description": "The path of the TUF repository's initial root.json (as `cosign initialize --root`), for repositories whose root is not embedded (github, tuf-mirror); later runs reuse the cached root.",
                "default": "",
                "required": false
            },
            "require-transparency-log": {
                "description": "Demand a verified transparency log entry for every accepted bundle.",
                "default": "false",
                "required": false
            },
            "write-summary": {
                "description": "After a PASSED verification of `image`, attach a signed SLSA verification summary (https://slsa.dev/verification_summary/v1) to the digest as a referrer, naming the policy and every bundle that verified, so a deploy-time check verifies one attestation. A failed verification writes none.",
                "default": "false",
                "required": false
            },
            "summary-key": {
                "description": "Signs the verification summary: a cosign/sigstore private key (PEM text or a path such as cosign.key), or `keyless` (the job's OIDC identity; needs `id-token: write`). Required with write-summary.",
                "default": "",
                "required": false
            },
            "summary-key-password": {
                "description": "Password of summary-key (else COSIGN_PASSWORD).",
                "default": "",
                "required": false
            },
            "show-statements": {
                "description": "Print the verified statements in full (an SBOM attestation carries the whole SBOM). By default a short result is printed: the digest, each signature's statement type, signer and the rule that accepted or refused it. The `statements` and `json` outputs always hold them.",
                "default": "false",
                "required": false
            },
            "registry-username": {
                "description": "Registry user name (else ~/.docker/config.json, as docker login writes it).",
                "default": "",
                "required": false
            },
            "registry-password": {
                "description": "Registry password or token (a secret), with registry-username.",
                "default": "",
                "required": false
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`image`, `files`, `bundle`, `key`, `trusted-root`, `tuf-root`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`.",
                "default": "",
                "required": false
            }
        },
        "outputs": {
            "digest": {
                "description": "The verified image digest (sha256:…)."
            },
            "signer": {
                "description": "The accepted signers (key hint or certificate identity), one per line."
            },
            "predicate-types": {
                "description": "The predicate types of the verified statements, one per line."
            },
            "statements": {
                "description": "The verified in-toto statements, as a JSON array."
            },
            "transparency-log-index": {
                "description": "Rekor log indexes of the accepted bundles, one per line, when present."
            },
            "verification-summary": {
                "description": "The digest of the verification summary referrer written (write-summary), else empty."
            },
            "report": {
                "description": "The short result as text (what `artefacts verify` prints): the digest, one line per signature or file with its statement type, signer and the rule that accepted or refused it."
            },
            "json": {
                "description": "Everything above as JSON, plus legacy signatures accepted, bundles rejected (with the rule), files verified, `verificationSummary` (the summary referrer's digest, or null) and, with `tag`, the tag check (`tag`, `repository`, bound `digest`, `version`, `commit`, `boundAt`)."
            }
        }
    }
};


/***/ }),

/***/ 46027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ usage),
/* harmony export */   YG: () => (/* binding */ summaryOf),
/* harmony export */   bD: () => (/* binding */ commandHelp)
/* harmony export */ });
/* unused harmony export outputsOf */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71218);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(14838);
/* harmony import */ var _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(52641);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(16040);
/**
 * The help the CLI prints: `artefacts --help` (the commands) and `artefacts <command> --help` (its
 * flags with their defaults, its outputs, an example). Every description is made of whole sentences:
 * an action's come from its action.yml through the generated specs, a CLI-only command's from its
 * entry in commands.ts, each on one line.
 */




/**
 * A paragraph as one line, indented: the terminal wraps it where it must, and nothing is cut (help
 * that is wrapped or shortened at a fixed width ends lines mid-sentence).
 */
function paragraph(text, indent) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line === '' ? [] : [`${' '.repeat(indent)}${line}`];
}
/** A command's one-sentence summary for the command list and completions. */
function summaryOf(name) {
    const command = _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .P[name];
    if (command?.description !== undefined)
        return command.description;
    return _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .actionOf */ .qj)(name) ?? name]?.summary ?? '';
}
function usage() {
    const names = Object.keys(_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .P).sort();
    return [
        'usage: artefacts <command> [REF] [--<flag> <value> ...] [--json] [--summary] [--debug]',
        '       artefacts --version | --help | completion <bash|zsh|fish>',
        '',
        'commands:',
        // Whole sentences only: an action's first sentence (generated from its action.yml), a CLI-only command's description.
        ...names.map((n) => `  ${n.padEnd(18)} ${summaryOf(n)}`),
        '',
        ...paragraph('Run `artefacts <command> --help` for its flags, defaults, outputs and an example. REF is what a command acts on: the first argument, or --ref. Lists take repeated flags or newline/comma-separated values.', 0),
        '',
        'registry connection (every command):',
        '  --ca-file FILE            a private CA (PEM), trusted besides the system roots (or ARTEFACTS_CA_FILE).',
        '  --client-cert FILE        a client certificate (PEM) for registries that ask for one (or ARTEFACTS_CLIENT_CERT).',
        '  --client-key FILE         its private key (PEM) (or ARTEFACTS_CLIENT_KEY).',
        '  --insecure-registry HOST  speak plain HTTP to HOST[:PORT]; repeatable (or ARTEFACTS_INSECURE_REGISTRIES).',
    ].join('\n');
}
/** The outputs a command writes (`--json` keys), each with its description. */
function outputsOf(name) {
    const action = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .actionOf */ .qj)(name);
    if (action === undefined)
        return _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .P[name]?.outputs ?? {};
    const outputs = _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[action]?.outputs ?? {};
    return Object.fromEntries(Object.entries(outputs).map(([output, s]) => [output, s.description]));
}
function commandHelp(name) {
    const command = _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commands */ .P[name];
    if (command === undefined)
        return `artefacts ${name}`;
    const inputs = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .inputsOf */ .Vc)(name);
    const references = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .referenceInputs */ .DK)(name);
    const description = command.description ?? _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .actionOf */ .qj)(name) ?? name]?.description ?? '';
    const lines = [
        `usage: artefacts ${name}${references.length > 0 ? ' [REF]' : ''}${command.operands === undefined ? '' : ` [${command.operands.toUpperCase()}...]`} [flags]`,
        '',
        ...paragraph(description, 0),
    ];
    if (references.length > 0) {
        lines.push('', 'reference:', `  REF, --${_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .REF_FLAG */ .dS} REF`);
        for (const input of references) {
            lines.push(...paragraph(inputs[input]?.description ?? '', 6));
        }
        const old = references.map((r) => `--${r}`).join(', ');
        lines.push(...paragraph(`Also accepted as ${old} (the name in action.yml), an alias of --${_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .REF_FLAG */ .dS}.`, 6));
    }
    lines.push('', 'flags:');
    for (const flag of (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .flagsOf */ .Zo)(name).canonical) {
        if (flag === _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .REF_FLAG */ .dS)
            continue;
        const [input, s] = Object.entries(inputs).find(([i]) => (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .flagFor */ ._t)(name, i) === flag) ?? [flag, undefined];
        const shown = s?.default ? (0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .shownDefault */ .rG)(s.default) : '';
        lines.push(`  --${flag}${shown === '' ? '' : ` (default: ${shown})`}`, ...paragraph(s?.description ?? '', 6));
        if (input !== flag)
            lines.push(...paragraph(`Also accepted as --${input} (the name in action.yml).`, 6));
    }
    const outputs = Object.entries(outputsOf(name));
    if (outputs.length > 0) {
        lines.push('', 'outputs (printed as name: value; all of them as JSON with --json):');
        for (const [output, text] of outputs)
            lines.push(`  ${output}`, ...paragraph(text, 6));
    }
    lines.push('', 'example:', `  ${command.example}`);
    return lines.join('\n');
}


/***/ }),

/***/ 698:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9594);
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(37638);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(71218);
/* harmony import */ var _completion_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9142);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(14838);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46027);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(35270);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(16040);
/**
 * `artefacts <command> [--input value ...] [--json]`: every action's logic from flags, with the
 * same inputs, defaults (from the same action.yml) and code as the action. Works outside GitHub.
 */








/**
 * Connection flags every command takes (before or after the command's own): they set the
 * environment the registry client reads (see core's oci/connection.ts), so the CLI and the actions
 * configure TLS and insecure registries the same way.
 */
const CONNECTION_FLAGS = {
    'ca-file': 'ARTEFACTS_CA_FILE',
    'client-cert': 'ARTEFACTS_CLIENT_CERT',
    'client-key': 'ARTEFACTS_CLIENT_KEY',
    'insecure-registry': 'ARTEFACTS_INSECURE_REGISTRIES',
};
/** Takes the connection flags out of `args` into the environment; files resolve against the working directory. */
function takeConnectionFlags(args) {
    const rest = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        const eq = arg.indexOf('=');
        const flag = arg.startsWith('--') ? (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)) : '';
        const variable = CONNECTION_FLAGS[flag];
        if (variable === undefined) {
            rest.push(arg);
            continue;
        }
        const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined || value === '' || value.startsWith('--')) {
            throw new UsageError(`--${flag} needs a value (${flag === 'insecure-registry' ? 'host or host:port' : 'a PEM file'})`);
        }
        if (flag === 'insecure-registry') {
            process.env[variable] = [process.env[variable], value].filter(Boolean).join(',');
        }
        else {
            process.env[variable] = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(value);
        }
    }
    return rest;
}
class UsageError extends Error {
}
const argv = process.argv.slice(2);
const debug = argv.includes('--debug') || process.env.ARTEFACTS_DEBUG === '1';
/**
 * Secrets are masked where a runner masks them: under GitHub Actions the CLI registers each with
 * `::add-mask::` as it is read, and the runner hides it from every later line. Elsewhere nothing
 * is rewritten: the suite never puts a secret in a message, and rewriting every occurrence of a
 * short password would turn ordinary words and paths into nonsense ("exists" → "e***ists").
 */
const underRunner = process.env.GITHUB_ACTIONS === 'true';
const logger = {
    debug: (m) => void (debug && process.stderr.write(`debug: ${m}\n`)),
    info: (m) => void process.stderr.write(`${m}\n`),
    notice: (m) => void process.stderr.write(`notice: ${m}\n`),
    warning: (m) => void process.stderr.write(`warning: ${m}\n`),
    secret: (v) => void (underRunner && v.trim() !== '' && process.stderr.write(`::add-mask::${v}\n`)),
    group: async (title, fn) => {
        process.stderr.write(`── ${title}\n`);
        return fn();
    },
};
/**
 * Flags → raw input values by input name. `--x v`, `--x=v`, bare `--x` for true; repeated flags join
 * with newlines. The reference is the first bare argument or `--ref`; an input's own name (`--image`)
 * and a command's other names for inputs (attest's `--type`) give the same input.
 */
function parseFlags(name, args) {
    const values = new Map();
    const add = (input, value) => values.set(input, values.has(input) ? `${values.get(input)}\n${value}` : value);
    let positional = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (['--json', '--summary', '--debug'].includes(arg))
            continue;
        if (!arg.startsWith('--')) {
            const input = positional ? undefined : (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .referenceInput */ .Ie)(name, arg);
            if (input !== undefined) {
                positional = true;
                add(input, arg);
                continue;
            }
            const operands = _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P[name]?.operands;
            if (operands !== undefined) {
                add(operands, arg);
                continue;
            }
            throw new UsageError(`unexpected argument '${arg}' (${positional ? 'one reference only; ' : ''}other inputs are given as --flag value)`);
        }
        const eq = arg.indexOf('=');
        const flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else if (i + 1 < args.length && !(args[i + 1] ?? '').startsWith('--'))
            value = args[++i] ?? '';
        else
            value = 'true';
        const input = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .inputFor */ .Uk)(name, flag, value);
        if (input === undefined) {
            const { canonical, aliases } = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .flagsOf */ .Zo)(name);
            const also = aliases.length > 0 ? ` (also their action.yml names: ${aliases.map((k) => `--${k}`).join(', ')})` : '';
            throw new UsageError(`'${name}' has no flag '--${flag}'. Accepted: ${canonical.map((k) => `--${k}`).join(', ')}${also}.`);
        }
        add(input, value);
    }
    for (const input of _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P[name]?.needs ?? []) {
        if (!values.has(input))
            throw new UsageError(`'${name}' needs --${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .flagFor */ ._t)(name, input)} (see artefacts ${name} --help)`);
    }
    return values;
}
/** The command being run, for the wording of its errors. */
let running;
async function main() {
    const [name, ...rest] = takeConnectionFlags(argv);
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${(0,_help_js__WEBPACK_IMPORTED_MODULE_4__/* .usage */ .CI)()}\n`);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version') {
        process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x}\n`);
        return 0;
    }
    if (name === 'completion') {
        const shell = _completion_js__WEBPACK_IMPORTED_MODULE_2__/* .SHELLS */ .O.find((s) => s === rest[0]);
        if (shell === undefined || rest.length > 1) {
            throw new UsageError(`completion takes one shell: ${_completion_js__WEBPACK_IMPORTED_MODULE_2__/* .SHELLS */ .O.join(', ')} (got ${rest.join(' ') || 'none'})`);
        }
        process.stdout.write((0,_completion_js__WEBPACK_IMPORTED_MODULE_2__/* .completionScript */ .k)(shell));
        return 0;
    }
    const command = _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P[name];
    if (!command) {
        process.stderr.write(`error: unknown command '${name}'\n\n${(0,_help_js__WEBPACK_IMPORTED_MODULE_4__/* .usage */ .CI)()}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`${(0,_help_js__WEBPACK_IMPORTED_MODULE_4__/* .commandHelp */ .bD)(name)}\n`);
        return 0;
    }
    running = name;
    const flags = parseFlags(name, rest);
    // The command's secret inputs are masked by execute, as soon as its logic (and the list) is loaded.
    // Defaults exactly as the runner applies them from action.yml.
    const raw = (0,_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .inputsFor */ .pz)((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .actionOf */ .qj)(name) ?? name, flags);
    const github = (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_7__/* .readGitHubContext */ .L7)(process.env);
    if (github === undefined)
        logger.debug('Not running under GitHub Actions: reading git directly for context.');
    const outcome = await command.execute(raw, { cwd: process.cwd(), env: process.env, logger, github });
    if (argv.includes('--json')) {
        const json = outcome.outputs.json;
        process.stdout.write(`${json === undefined ? JSON.stringify(outcome.outputs, null, 2) : JSON.stringify(JSON.parse(json), null, 2)}\n`);
    }
    else if (argv.includes('--summary')) {
        process.stdout.write(`${outcome.summary}\n`);
    }
    else if (outcome.outputs.report !== undefined) {
        process.stdout.write(`${outcome.outputs.report}\n`);
    }
    else {
        for (const [key, value] of Object.entries(outcome.outputs)) {
            if (key === 'json')
                continue;
            process.stdout.write(value.includes('\n') ? `${key}:\n${value.replace(/^/gm, '  ')}\n` : `${key}: ${value}\n`);
        }
    }
    // A report that found a fault (audit: a drifted tag) is printed, then fails the command.
    if (outcome.failure !== undefined)
        throw outcome.failure;
    return 0;
}
try {
    process.exitCode = await main();
}
catch (error) {
    if (error instanceof UsageError) {
        process.stderr.write(`error: ${error.message}\n`);
        process.exitCode = 2;
    }
    else {
        // Core words messages for the action (inputs, with: blocks); from the CLI they name flags.
        const words = (text) => (running === undefined ? text : (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .inCliWords */ .fn)(running, text));
        const message = (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_8__/* .isArtefactsError */ .cs)(error) ? words(error.message) : `Unexpected failure: ${(0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_8__/* .describeError */ .Uc)(error)}`;
        process.stderr.write(`error: ${message}\n`);
        if ((0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_8__/* .isArtefactsError */ .cs)(error) && error.hint)
            process.stderr.write(`hint: ${words(error.hint)}\n`);
        if (debug && error instanceof Error && error.stack)
            process.stderr.write(`${error.stack}\n`);
        process.exitCode = 1;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 35270:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/**
 * The version of @immutable-artefacts/cli. scripts/build.mjs writes packages/cli/package.json's version
 * over this placeholder in the bundle, so `artefacts --version` names the package it was built as.
 */
const VERSION = /* artefacts-cli-version */ "0.1.0";


/***/ }),

/***/ 16040:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ referenceInputs),
/* harmony export */   Ie: () => (/* binding */ referenceInput),
/* harmony export */   Uk: () => (/* binding */ inputFor),
/* harmony export */   Vc: () => (/* binding */ inputsOf),
/* harmony export */   Zo: () => (/* binding */ flagsOf),
/* harmony export */   _t: () => (/* binding */ flagFor),
/* harmony export */   dS: () => (/* binding */ REF_FLAG),
/* harmony export */   fn: () => (/* binding */ inCliWords),
/* harmony export */   qj: () => (/* binding */ actionOf)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71218);
/* harmony import */ var _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(52641);
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
    return _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .actionSpecs */ .d[action] === undefined ? undefined : action;
}
/** A command's inputs by input name: action.yml's, or a CLI-only command's flags. */
function inputsOf(name) {
    const action = actionOf(name);
    if (action !== undefined)
        return _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .actionSpecs */ .d[action]?.inputs ?? {};
    return Object.fromEntries(Object.entries(command(name).flags ?? {}).map(([input, description]) => [input, { description, default: '' }]));
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
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
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

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

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

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

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
