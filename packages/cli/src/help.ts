/**
 * The help the CLI prints: `artefacts --help` (the commands) and `artefacts <command> --help` (its
 * flags with their defaults, its outputs, an example). Every description is made of whole sentences:
 * an action's come from its action.yml through the generated specs, a CLI-only command's from its
 * entry in commands.ts, each on one line.
 */
import { commands } from './commands.js';
import { shownDefault } from './defaults.js';
import { actionSpecs } from './generated/action-specs.js';
import { actionOf, flagFor, flagsOf, inputFor, inputsOf, REF_FLAG, referenceInputs } from './vocabulary.js';

/**
 * A paragraph as one line, indented: the terminal wraps it where it must, and nothing is cut (help
 * that is wrapped or shortened at a fixed width ends lines mid-sentence).
 */
function paragraph(text: string, indent: number): string[] {
  const line = text.replace(/\s+/g, ' ').trim();
  return line === '' ? [] : [`${' '.repeat(indent)}${line}`];
}

/** A command's one-sentence summary for the command list and completions. */
export function summaryOf(name: string): string {
  const command = commands[name];
  if (command?.description !== undefined) return command.description;
  return actionSpecs[actionOf(name) ?? name]?.summary ?? '';
}

export function usage(): string {
  const names = Object.keys(commands).sort();
  return [
    'usage: artefacts <command> [REF] [--<flag> <value> ...] [--json] [--summary] [--debug]',
    '       artefacts --version | --help | completion <bash|zsh|fish>',
    '',
    'commands:',
    // Whole sentences only: an action's first sentence (generated from its action.yml), a CLI-only command's description.
    ...names.map((n) => `  ${n.padEnd(18)} ${summaryOf(n)}`),
    '',
    ...paragraph(
      'Run `artefacts <command> --help` for its flags, defaults, outputs and an example. REF is what a command acts on: the first argument, or --ref. Lists take repeated flags or newline/comma-separated values.',
      0,
    ),
    '',
    'registry connection (every command):',
    '  --ca-file FILE            a private CA (PEM), trusted besides the system roots (or ARTEFACTS_CA_FILE).',
    '  --client-cert FILE        a client certificate (PEM) for registries that ask for one (or ARTEFACTS_CLIENT_CERT).',
    '  --client-key FILE         its private key (PEM) (or ARTEFACTS_CLIENT_KEY).',
    '  --insecure-registry HOST  speak plain HTTP to HOST[:PORT]; repeatable (or ARTEFACTS_INSECURE_REGISTRIES).',
    '  --registry-timeout SECS   how long a registry may send nothing (no answer, no bytes) before a request fails;',
    '                            tried once more, then given up; default 120 (or ARTEFACTS_REGISTRY_TIMEOUT).',
  ].join('\n');
}

/** The outputs a command writes (`--json` keys), each with its description. */
export function outputsOf(name: string): Readonly<Record<string, string>> {
  const action = actionOf(name);
  if (action === undefined) return commands[name]?.outputs ?? {};
  const outputs = actionSpecs[action]?.outputs ?? {};
  return Object.fromEntries(Object.entries(outputs).map(([output, s]) => [output, s.description]));
}

/** An input's description as help shows it: action.yml's, or a CLI-only command's entry in commands.ts. */
function describedInput(name: string, input: string): string {
  const action = actionOf(name);
  return (
    (action === undefined ? commands[name]?.flags?.[input] : actionSpecs[action]?.inputs[input]?.description) ?? ''
  );
}

/**
 * The opening of a description, for an error that must say what a flag accepts: its first sentence,
 * and the next when the first is too short to say much ("The immutable tag." then its placeholders).
 */
function opening(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! ? before a capital, a backtick or a parenthesis; "e.g." and "i.e." do not end one.
  const ends = [...line.matchAll(/(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?= [A-Z`(])/g)].map((m) => m.index + 1);
  const first = ends[0] ?? line.length;
  return line.slice(0, first < 60 ? (ends[1] ?? line.length) : first);
}

/**
 * What a command's flag takes, for "--flag needs a value: …": the opening of its description (the
 * reference's, for --ref), or a plain "a value" for a flag the command does not describe.
 */
export function acceptedBy(name: string, flag: string): string {
  const inputs = flag === REF_FLAG ? referenceInputs(name) : [inputFor(name, flag, '') ?? flag];
  const text = inputs
    .map((input) => opening(describedInput(name, input)))
    .filter(Boolean)
    .join(' Or: ');
  return text === '' ? 'a value' : text;
}

export function commandHelp(name: string): string {
  const command = commands[name];
  if (command === undefined) return `artefacts ${name}`;
  const inputs = inputsOf(name);
  const action = actionOf(name);
  const described = (input: string): string => describedInput(name, input);
  const references = referenceInputs(name);
  const description = command.description ?? actionSpecs[action ?? name]?.description ?? '';
  const lines = [
    `usage: artefacts ${name}${references.length > 0 ? ' [REF]' : ''}${command.operands === undefined ? '' : ` [${command.operands.toUpperCase()}...]`} [flags]`,
    '',
    ...paragraph(description, 0),
  ];
  if (references.length > 0) {
    lines.push('', 'reference:', `  REF, --${REF_FLAG} REF`);
    for (const input of references) {
      lines.push(...paragraph(described(input), 6));
    }
    const old = references.map((r) => `--${r}`).join(', ');
    lines.push(...paragraph(`Also accepted as ${old} (the name in action.yml), an alias of --${REF_FLAG}.`, 6));
  }
  lines.push('', 'flags:');
  for (const flag of flagsOf(name).canonical) {
    if (flag === REF_FLAG) continue;
    const input = Object.keys(inputs).find((i) => flagFor(name, i) === flag) ?? flag;
    const fallback = inputs[input] ?? '';
    const shown = fallback === '' ? '' : shownDefault(fallback);
    lines.push(`  --${flag}${shown === '' ? '' : ` (default: ${shown})`}`, ...paragraph(described(input), 6));
    if (input !== flag) lines.push(...paragraph(`Also accepted as --${input} (the name in action.yml).`, 6));
  }
  const outputs = Object.entries(outputsOf(name));
  if (outputs.length > 0) {
    lines.push('', 'outputs (printed as name: value; all of them as JSON with --json):');
    for (const [output, text] of outputs) lines.push(`  ${output}`, ...paragraph(text, 6));
  }
  lines.push('', 'example:', `  ${command.example}`);
  return lines.join('\n');
}
