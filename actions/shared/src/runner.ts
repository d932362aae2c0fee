/**
 * The one place that speaks the runner's command protocol for every action: a Logger backed by
 * @actions/core, output writing, the job summary, and the failure convention
 * (`::error title=<action>::<message>` plus the hint, exit 1, no stack unless step debug is on).
 */
import * as core from '@actions/core';
import {
  describeError,
  inertToRunner,
  isArtefactsError,
  readGitHubContext,
  type ActionEnvironment,
  type Logger,
} from '@immutable-artefacts/core';
import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';

// An action is a short-lived process. A loop that gets hot enough for on-stack replacement is then
// better compiled on the main thread: compiled on a V8 worker, its zone and that thread's malloc
// arena add ~7 MiB to peak RSS in about half the runs (build-tag over 2k tags: 58 or 65 MiB,
// bench/versioning), for no gain a step would notice.
setFlagsFromString('--no-concurrent-osr');

/** A token for `::stop-commands::` nobody can put in a message beforehand. */
const stopToken = (): string => randomUUID();

export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  // The one level written as plain lines (the others are commands whose data the runner escapes): a
  // line of it that starts with `::` would be a workflow command, unless made inert.
  info: (message) => core.info(inertToRunner(message, stopToken)),
  notice: (message) => core.notice(message),
  warning: (message) => core.warning(message),
  secret: (value) => {
    if (value !== '') core.setSecret(value);
  },
  group: (title, fn) => core.group(title, fn),
};

/**
 * Where an action runs: the runner starts it in GITHUB_WORKSPACE, with the run's context in the
 * environment. The workspace is also where every path input must stay (packages/core/src/paths.ts).
 */
export function actionEnvironment(): ActionEnvironment {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  return { cwd, env: process.env, logger: actionLogger, github: readGitHubContext(process.env) };
}

export interface ActionResult {
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Fails the step once the outputs and the summary are written. */
  readonly failure?: Error;
}

/** Runs an action's body with the failure convention applied. */
export async function runAction(title: string, body: () => Promise<ActionResult>): Promise<void> {
  try {
    const result = await body();
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    for (const [name, value] of Object.entries(result.env ?? {})) core.exportVariable(name, value);
    if (result.summary !== undefined && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(result.summary, true).write();
    }
    if (result.failure !== undefined) throw result.failure;
  } catch (error) {
    const message = isArtefactsError(error) ? error.message : `Unexpected failure: ${describeError(error)}`;
    const hint = isArtefactsError(error)
      ? error.hint
      : 'This is a bug in immutable-artefacts; please report it with the debug log.';
    core.error(hint === undefined ? message : `${message}\n${hint}`, { title });
    if (core.isDebug() && error instanceof Error && error.stack !== undefined) core.debug(error.stack);
    process.exitCode = 1;
  }
}
