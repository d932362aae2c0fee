/**
 * The command line → raw input values: the connection flags every command takes, and a command's own
 * flags as its inputs declare them. A flag that takes a value refuses to go without one (at the end,
 * or before another `--flag`): read as the text "true", it would have run the command with a
 * directory, a tag or a destination called "true". Only switches (vocabulary.ts: `isSwitch`) are
 * given bare. An empty value typed as one (`--x=`, `--x ''`) is a value: the input gets '' as a
 * step's `with: { x: '' }` gives it (no default applied), and the input's parser decides what empty
 * means there (mostly "not given"; `tag-prefix: ''` matches 1.2.3).
 */
import { resolve } from 'node:path';
import { commands } from './commands.js';
import { flagFor, flagsOf, inputFor, isSwitch, referenceInput } from './vocabulary.js';

/** Bad input on the command line: printed as `error: <message>`, exit 1, no stack trace. */
export class UsageError extends Error {}

/** Flags every command takes and the parser reads no value from. */
export const GLOBAL_SWITCHES = ['--json', '--summary', '--debug'] as const;

/**
 * Connection flags every command takes (before or after the command's own): they set the
 * environment the registry client reads (see core's oci/connection.ts), so the CLI and the actions
 * configure TLS and insecure registries the same way. Each with what it accepts.
 */
export const CONNECTION_FLAGS: Readonly<
  Record<string, { readonly variable: string; readonly accepts: string; readonly file?: true }>
> = {
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
export function isFlag(word: string): boolean {
  return /^--(?!-)/.test(word);
}

/** A flag's value: `--x=v`, or the next word unless there is none or it is another flag. */
function valueOf(args: readonly string[], i: number, eq: number): { value: string | undefined; next: number } {
  const arg = args[i] ?? '';
  if (eq >= 0) return { value: arg.slice(eq + 1), next: i };
  const following = args[i + 1];
  return following === undefined || isFlag(following)
    ? { value: undefined, next: i }
    : { value: following, next: i + 1 };
}

/** A flag as an error may repeat it: a name, never whatever else was typed there (a value, a secret). */
function shown(flag: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(flag) ? `'--${flag}'` : 'by that name';
}

/**
 * Takes the connection flags out of `args` into `env`; files resolve against `cwd`. Returns the
 * rest of the arguments.
 */
export function takeConnectionFlags(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  given: Record<string, { flag: string; values: string[] }> = {},
): string[] {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = isFlag(arg) ? (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)) : '';
    const connection = CONNECTION_FLAGS[flag];
    if (connection === undefined) {
      rest.push(arg);
      continue;
    }
    const { value, next } = valueOf(args, i, eq);
    i = next;
    if (value === undefined) throw new UsageError(`--${flag} needs a value: ${connection.accepts}`);
    // Each value as typed: an error in one names the flag, not the variable it sets.
    (given[connection.variable] ??= { flag: `--${flag}`, values: [] }).values.push(value);
    if (flag === 'insecure-registry') {
      env[connection.variable] = [env[connection.variable], value].filter(Boolean).join(',');
    } else {
      // Empty sets the variable empty, which the registry client reads as not set (never the directory).
      env[connection.variable] = connection.file === true && value !== '' ? resolve(cwd, value) : value;
    }
  }
  return rest;
}

/**
 * A command's flags → raw input values by input name. `--x v`, `--x=v`; a switch also bare for true;
 * repeated flags join with newlines. The reference is the first bare argument or `--ref`; an input's
 * own name (`--image`) and a command's other names for inputs (attest's `--type`) give the same input.
 */
export async function parseFlags(name: string, args: readonly string[]): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  const add = (input: string, value: string) =>
    values.set(input, values.has(input) ? `${values.get(input)}\n${value}` : value);
  let positional = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (GLOBAL_SWITCHES.some((s) => s === arg)) continue;
    if (!isFlag(arg)) {
      const input = positional ? undefined : referenceInput(name, arg);
      if (input !== undefined) {
        positional = true;
        add(input, arg);
        continue;
      }
      const operands = commands[name]?.operands;
      if (operands !== undefined) {
        add(operands, arg);
        continue;
      }
      // One line of reasonable length is repeated; a key or a file's text put there by mistake is not.
      const what = /^[^\n\r]{1,200}$/.test(arg) ? `'${arg}'` : `of ${arg.length} characters`;
      throw new UsageError(
        `unexpected argument ${what} (${positional ? 'one reference only; ' : ''}other inputs are given as --flag value)`,
      );
    }
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const given = valueOf(args, i, eq);
    const value = given.value ?? '';
    const input = inputFor(name, flag, value);
    if (input === undefined) {
      const { canonical, aliases } = flagsOf(name);
      const also =
        aliases.length > 0 ? ` (also their action.yml names: ${aliases.map((k) => `--${k}`).join(', ')})` : '';
      throw new UsageError(
        `'${name}' has no flag ${shown(flag)}. Accepted: ${canonical.map((k) => `--${k}`).join(', ')}${also}.`,
      );
    }
    if (isSwitch(name, input)) {
      // A switch takes the next word as its value (`--dry-run false`), and is true given bare.
      i = given.next;
      add(input, given.value ?? 'true');
      continue;
    }
    // Only a value that is not there is missing: empty (`--x=`, `--x ""`) and blank are values.
    if (given.value === undefined) {
      // The texts are help's, loaded only for this error.
      const { acceptedBy } = await import('./help.js');
      throw new UsageError(`--${flag} needs a value: ${acceptedBy(name, flag)}`);
    }
    i = given.next;
    add(input, given.value);
  }
  // What a command needs is given, not empty: attest with an empty --type would be sign.
  for (const input of commands[name]?.needs ?? []) {
    if ((values.get(input) ?? '').trim() === '')
      throw new UsageError(`'${name}' needs --${flagFor(name, input)} (see artefacts ${name} --help)`);
  }
  return values;
}
