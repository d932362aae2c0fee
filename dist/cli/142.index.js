export const id = 142;
export const ids = [142];
export const modules = {

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SHELLS: () => (/* binding */ SHELLS),
/* harmony export */   completionScript: () => (/* binding */ completionScript)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71218);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55127);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16040);
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
    '--registry-timeout',
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
        const summary = n === 'completion' ? 'Print a shell completion script.' : (0,_help_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryOf */ .F)(n);
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


/***/ })

};
