/**
 * The CLI's words for the inputs an action names: which flag gives which input, and the one rewriting
 * of a message or hint written in the action's words (`Input 'image'`, `with:` blocks) into flags.
 * Core keeps one wording per message; this file is the only mapping input → flag.
 */
import { commands, type Command, type ReferenceInput } from './commands.js';
import { actionInputs } from './generated/action-inputs.js';

/** The one flag for "what this command acts on", across commands (also the first bare argument). */
export const REF_FLAG = 'ref';

function command(name: string): Command {
  const found = commands[name];
  if (found === undefined) throw new Error(`no command '${name}'`);
  return found;
}

/** The action.yml whose inputs and defaults a command takes (undefined: a CLI-only command). */
export function actionOf(name: string): string | undefined {
  const action = command(name).action ?? name;
  return actionInputs[action] === undefined ? undefined : action;
}

/**
 * A command's inputs, each with its default as action.yml writes it ('' for none): action.yml's, or
 * a CLI-only command's flags (no defaults). Their descriptions are help's (help.ts).
 */
export function inputsOf(name: string): Readonly<Record<string, string>> {
  const action = actionOf(name);
  if (action !== undefined) return actionInputs[action] ?? {};
  return Object.fromEntries(Object.keys(command(name).flags ?? {}).map((input) => [input, '']));
}

/**
 * Whether an input of a command is a true/false switch: given as a bare `--flag` (at the end, or before
 * another flag) it means true. An action's input is one when its action.yml default is `true` or
 * `false`; a CLI-only command lists its own. Every other flag takes a value and refuses to go without.
 */
export function isSwitch(name: string, input: string): boolean {
  const action = actionOf(name);
  if (action === undefined) return command(name).switches?.includes(input) ?? false;
  const fallback = actionInputs[action]?.[input];
  return fallback === 'true' || fallback === 'false';
}

/** The inputs the reference stands for (none: the command takes no reference). */
export function referenceInputs(name: string): readonly string[] {
  const reference: ReferenceInput | undefined = command(name).reference;
  if (reference === undefined) return [];
  return typeof reference === 'string' ? [reference] : reference.inputs;
}

/** The input a reference value goes to. */
export function referenceInput(name: string, value: string): string | undefined {
  const reference = command(name).reference;
  if (reference === undefined) return undefined;
  return typeof reference === 'string' ? reference : reference.pick(value);
}

/** The flag a user gives for an input of a command. */
export function flagFor(name: string, input: string): string {
  if (referenceInputs(name).includes(input)) return REF_FLAG;
  const alias = Object.entries(command(name).aliases ?? {}).find(([, target]) => target === input);
  return alias === undefined ? input : alias[0];
}

/**
 * The input a flag gives (`value` picks the reference's input), or undefined for a flag the command
 * does not take. Every input's own name stays accepted: `--image` is an alias of `--ref` for sign.
 */
export function inputFor(name: string, flag: string, value: string): string | undefined {
  if (flag === REF_FLAG) return referenceInput(name, value);
  const alias = command(name).aliases?.[flag];
  if (alias !== undefined) return alias;
  return Object.hasOwn(inputsOf(name), flag) ? flag : undefined;
}

/** Every flag a command takes, canonical names first, then the old names that stay accepted. */
export function flagsOf(name: string): { readonly canonical: readonly string[]; readonly aliases: readonly string[] } {
  const inputs = Object.keys(inputsOf(name));
  const canonical = [...new Set(inputs.map((input) => flagFor(name, input)))];
  const aliases = inputs.filter((input) => !canonical.includes(input));
  return { canonical, aliases };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A message or hint in the action's words, in the CLI's: `Input 'x'` and `'x'`/`` `x` `` naming an input
 * become `--flag`, a setting `set x: value` becomes `set --flag value`, and "in the step's with: block"
 * goes. Names that are not this command's inputs (actions/checkout's fetch-depth, a job's permissions)
 * are left alone. For errors only: action.yml descriptions (help) use backticks for outputs as well.
 */
export function inCliWords(name: string, text: string): string {
  if (commands[name] === undefined) return text;
  let out = text.replace(/Set '([a-z0-9-]+)' in the step's with: block\./g, (_, input: string) =>
    Object.hasOwn(inputsOf(name), input) ? `Give --${flagFor(name, input)}.` : `Give --${input}.`,
  );
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
