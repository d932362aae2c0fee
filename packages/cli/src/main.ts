/**
 * The CLI as a function of its arguments, environment and working directory: what `artefacts` runs
 * (index.ts), and what tests run in-process. Returns the exit code: 0 for a result (and for --help,
 * --version), 1 for anything else: bad input on the command line, bad input values, a failure.
 */
import {
  connectionFromEnv,
  describeError,
  inertToRunner,
  isArtefactsError,
  type Logger,
  readGitHubContext,
} from '@immutable-artefacts/core';
import { randomUUID } from 'node:crypto';
import { commands } from './commands.js';
import { inputsFor } from './defaults.js';
import { parseFlags, takeConnectionFlags, UsageError } from './flags.js';
import { commandValue, secretMask } from './secrets.js';
import { VERSION } from './version.js';
import { actionOf, inCliWords } from './vocabulary.js';

export interface CliIo {
  readonly cwd: string;
  /** The environment: read, and written by the connection flags (the registry client reads them there). */
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
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
  const write = (to: (text: string) => void, masked: string) => {
    const body = masked.endsWith('\n') ? masked.slice(0, -1) : masked;
    to(`${underRunner ? inertToRunner(body, randomUUID) : body}\n`);
  };
  /** A line of the log, on stderr. */
  const say = (text: string) => write(io.stderr, secrets.mask(text));
  /** What the command prints for the user (help, outputs, a report, a summary), on stdout, by the rule of the log. */
  const print = (text: string) => write(io.stdout, secrets.mask(text));
  /**
   * `--json` on stdout: masked value by value (secrets.ts: the text stays JSON, and a secret's escaped
   * form is hidden too), and otherwise never altered, so that it can be piped into jq under a runner
   * too. It needs no making inert: JSON.stringify escapes CR and LF inside strings, so every line the
   * runner reads (it splits at CR and LF only) starts, after its indent, with a quote, a bracket, a
   * brace, a digit or a literal, never `::`. So it bypasses `write`, whose pattern also breaks lines at
   * U+2028 (which JSON leaves bare, and the runner does not split at) and would wrap JSON holding one.
   */
  const printJson = (value: unknown) => io.stdout(`${JSON.stringify(secrets.maskJson(value), null, 2)}\n`);
  const logger: Logger = {
    debug: (m) => void (debug && say(`debug: ${m}\n`)),
    info: (m) => say(`${m}\n`),
    notice: (m) => say(`notice: ${m}\n`),
    warning: (m) => say(`warning: ${m}\n`),
    secret: (v) => {
      for (const value of secrets.add(v)) if (underRunner) io.stderr(`::add-mask::${commandValue(value)}\n`);
    },
    group: async (title, fn) => {
      say(`── ${title}\n`);
      return fn();
    },
  };
  /** The command being run, for the wording of its errors. */
  let running: string | undefined;

  const main = async (): Promise<number> => {
    const connectionFlags: Record<string, { flag: string; values: string[] }> = {};
    const [name, ...rest] = takeConnectionFlags(argv, io.env, io.cwd, connectionFlags);
    // Help and completion are imported only when asked for: the texts of every action's inputs and
    // outputs are most of their size, and running a command needs none of them.
    if (name === undefined) {
      const { usage } = await import('./help.js');
      say(`error: no command given\n\n${usage()}\n`);
      return 1;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const { usage } = await import('./help.js');
      print(`${usage()}\n`);
      return 0;
    }
    if (name === '--version') {
      print(`${VERSION}\n`);
      return 0;
    }
    if (name === 'completion') {
      const { completionScript, SHELLS } = await import('./completion.js');
      const shell = SHELLS.find((s) => s === rest[0]);
      if (shell === undefined || rest.length > 1) {
        throw new UsageError(`completion takes one shell: ${SHELLS.join(', ')} (got ${rest.join(' ') || 'none'})`);
      }
      print(completionScript(shell));
      return 0;
    }
    const command = commands[name];
    if (!command) {
      const { usage } = await import('./help.js');
      say(`error: unknown command '${name}'\n\n${usage()}\n`);
      return 1;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      const { commandHelp } = await import('./help.js');
      print(`${commandHelp(name)}\n`);
      return 0;
    }
    running = name;
    // The connection flags are checked here, where it is known which were flags: the registry client
    // reads the same settings from the environment later, and would name the variables.
    if (Object.keys(connectionFlags).length > 0) connectionFromEnv(io.env, connectionFlags);
    const flags = await parseFlags(name, rest);
    // The command's secret inputs are masked by execute, as soon as its logic (and the list) is loaded.
    // Defaults exactly as the runner applies them from action.yml.
    const raw = inputsFor(actionOf(name) ?? name, flags, io.env);
    const github = readGitHubContext(io.env);
    if (github === undefined) logger.debug('Not running under GitHub Actions: reading git directly for context.');
    const outcome = await command.execute(raw, { cwd: io.cwd, env: io.env, logger, github });
    if (argv.includes('--json')) {
      const json = outcome.outputs.json;
      printJson(json === undefined ? outcome.outputs : JSON.parse(json));
    } else if (argv.includes('--summary')) {
      print(`${outcome.summary}\n`);
    } else if (outcome.outputs.report !== undefined) {
      print(`${outcome.outputs.report}\n`);
    } else {
      const lines = Object.entries(outcome.outputs)
        .filter(([key]) => key !== 'json')
        .map(([key, value]) =>
          value.includes('\n') ? `${key}:\n${value.replace(/^/gm, '  ')}\n` : `${key}: ${value}\n`,
        );
      // One message, so that under a runner the outputs are made inert together, not line by line.
      if (lines.length > 0) print(lines.join(''));
    }
    // A report that found a fault (audit: a drifted tag) is printed, then fails the command.
    if (outcome.failure !== undefined) throw outcome.failure;
    return 0;
  };

  try {
    return await main();
  } catch (error) {
    if (error instanceof UsageError) {
      say(`error: ${error.message}\n`);
      return 1;
    }
    // Core words messages for the action (inputs, with: blocks); from the CLI they name flags.
    const words = (text: string) => (running === undefined ? text : inCliWords(running, text));
    const message = isArtefactsError(error) ? words(error.message) : `Unexpected failure: ${describeError(error)}`;
    say(`error: ${message}\n`);
    if (isArtefactsError(error) && error.hint) say(`hint: ${words(error.hint)}\n`);
    if (debug && error instanceof Error && error.stack) say(`${error.stack}\n`);
    return 1;
  }
}
