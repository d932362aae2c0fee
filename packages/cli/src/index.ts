/**
 * `artefacts <command> [--input value ...] [--json]`: every action's logic from flags, with the
 * same inputs, defaults (from the same action.yml) and code as the action. Works outside GitHub.
 */
import {
  connectionFromEnv,
  describeError,
  isArtefactsError,
  readGitHubContext,
  type ConnectionFlags,
  type Logger,
} from '@immutable-artefacts/core';
import { resolve } from 'node:path';
import { commands } from './commands.js';
import { inputsFor } from './defaults.js';
import { VERSION } from './version.js';
import { actionOf, flagFor, flagsOf, inCliWords, inputFor, referenceInput } from './vocabulary.js';

/**
 * Connection flags every command takes (before or after the command's own): they set the
 * environment the registry client reads (see core's oci/connection.ts), so the CLI and the actions
 * configure TLS and insecure registries the same way.
 */
const CONNECTION_FLAGS: Readonly<Record<string, keyof ConnectionFlags>> = {
  'ca-file': 'ARTEFACTS_CA_FILE',
  'client-cert': 'ARTEFACTS_CLIENT_CERT',
  'client-key': 'ARTEFACTS_CLIENT_KEY',
  'insecure-registry': 'ARTEFACTS_INSECURE_REGISTRIES',
};

/** The connection flags given, each value as typed: an error in one names the flag, not the variable it sets. */
const connectionFlags: { -readonly [V in keyof ConnectionFlags]: { flag: string; values: string[] } } = {};

/** Takes the connection flags out of `args` into the environment; files resolve against the working directory. */
function takeConnectionFlags(args: string[]): string[] {
  const rest: string[] = [];
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
      throw new UsageError(
        `--${flag} needs a value (${flag === 'insecure-registry' ? 'host or host:port' : 'a PEM file'})`,
      );
    }
    (connectionFlags[variable] ??= { flag: `--${flag}`, values: [] }).values.push(value);
    if (flag === 'insecure-registry') {
      process.env[variable] = [process.env[variable], value].filter(Boolean).join(',');
    } else {
      process.env[variable] = resolve(value);
    }
  }
  return rest;
}

class UsageError extends Error {}

const argv = process.argv.slice(2);
const debug = argv.includes('--debug') || process.env.ARTEFACTS_DEBUG === '1';
/**
 * Secrets are masked where a runner masks them: under GitHub Actions the CLI registers each with
 * `::add-mask::` as it is read, and the runner hides it from every later line. Elsewhere nothing
 * is rewritten: the suite never puts a secret in a message, and rewriting every occurrence of a
 * short password would turn ordinary words and paths into nonsense ("exists" → "e***ists").
 */
const underRunner = process.env.GITHUB_ACTIONS === 'true';
const logger: Logger = {
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
function parseFlags(name: string, args: string[]): Map<string, string> {
  const values = new Map<string, string>();
  const add = (input: string, value: string) =>
    values.set(input, values.has(input) ? `${values.get(input)}\n${value}` : value);
  let positional = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (['--json', '--summary', '--debug'].includes(arg)) continue;
    if (!arg.startsWith('--')) {
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
      throw new UsageError(
        `unexpected argument '${arg}' (${positional ? 'one reference only; ' : ''}other inputs are given as --flag value)`,
      );
    }
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !(args[i + 1] ?? '').startsWith('--')) value = args[++i] ?? '';
    else value = 'true';
    const input = inputFor(name, flag, value);
    if (input === undefined) {
      const { canonical, aliases } = flagsOf(name);
      const also =
        aliases.length > 0 ? ` (also their action.yml names: ${aliases.map((k) => `--${k}`).join(', ')})` : '';
      throw new UsageError(
        `'${name}' has no flag '--${flag}'. Accepted: ${canonical.map((k) => `--${k}`).join(', ')}${also}.`,
      );
    }
    add(input, value);
  }
  for (const input of commands[name]?.needs ?? []) {
    if (!values.has(input))
      throw new UsageError(`'${name}' needs --${flagFor(name, input)} (see artefacts ${name} --help)`);
  }
  return values;
}

/** The command being run, for the wording of its errors. */
let running: string | undefined;

async function main(): Promise<number> {
  const [name, ...rest] = takeConnectionFlags(argv);
  // Help and completion are imported only when asked for: the texts of every action's inputs and
  // outputs are most of their size, and running a command needs none of them.
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const { usage } = await import('./help.js');
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (name === 'completion') {
    const { completionScript, SHELLS } = await import('./completion.js');
    const shell = SHELLS.find((s) => s === rest[0]);
    if (shell === undefined || rest.length > 1) {
      throw new UsageError(`completion takes one shell: ${SHELLS.join(', ')} (got ${rest.join(' ') || 'none'})`);
    }
    process.stdout.write(completionScript(shell));
    return 0;
  }
  const command = commands[name];
  if (!command) {
    const { usage } = await import('./help.js');
    process.stderr.write(`error: unknown command '${name}'\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    const { commandHelp } = await import('./help.js');
    process.stdout.write(`${commandHelp(name)}\n`);
    return 0;
  }
  running = name;
  // The connection flags are checked here, where it is known which were flags: the registry client
  // reads the same settings from the environment later, and would name the variables.
  if (Object.keys(connectionFlags).length > 0) connectionFromEnv(process.env, connectionFlags);
  const flags = parseFlags(name, rest);
  // The command's secret inputs are masked by execute, as soon as its logic (and the list) is loaded.
  // Defaults exactly as the runner applies them from action.yml.
  const raw = inputsFor(actionOf(name) ?? name, flags);
  const github = readGitHubContext(process.env);
  if (github === undefined) logger.debug('Not running under GitHub Actions: reading git directly for context.');
  const outcome = await command.execute(raw, { cwd: process.cwd(), env: process.env, logger, github });
  if (argv.includes('--json')) {
    const json = outcome.outputs.json;
    process.stdout.write(
      `${json === undefined ? JSON.stringify(outcome.outputs, null, 2) : JSON.stringify(JSON.parse(json), null, 2)}\n`,
    );
  } else if (argv.includes('--summary')) {
    process.stdout.write(`${outcome.summary}\n`);
  } else if (outcome.outputs.report !== undefined) {
    process.stdout.write(`${outcome.outputs.report}\n`);
  } else {
    for (const [key, value] of Object.entries(outcome.outputs)) {
      if (key === 'json') continue;
      process.stdout.write(value.includes('\n') ? `${key}:\n${value.replace(/^/gm, '  ')}\n` : `${key}: ${value}\n`);
    }
  }
  // A report that found a fault (audit: a drifted tag) is printed, then fails the command.
  if (outcome.failure !== undefined) throw outcome.failure;
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    // Core words messages for the action (inputs, with: blocks); from the CLI they name flags.
    const words = (text: string) => (running === undefined ? text : inCliWords(running, text));
    const message = isArtefactsError(error) ? words(error.message) : `Unexpected failure: ${describeError(error)}`;
    process.stderr.write(`error: ${message}\n`);
    if (isArtefactsError(error) && error.hint) process.stderr.write(`hint: ${words(error.hint)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}
