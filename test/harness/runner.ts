/**
 * Runs an action's dist bundle exactly as the GitHub runner does: action.yml defaults applied,
 * INPUT_* set (upper-cased, spaces to underscores, hyphens kept), GITHUB_* context, the event
 * payload written to GITHUB_EVENT_PATH, the command files created empty, then `node dist/<name>/index.js`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const repoRoot = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

export interface ActionYaml {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function readActionYaml(action: string): ActionYaml {
  return parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionYaml;
}

export interface RunActionOptions {
  readonly inputs?: Readonly<Record<string, string>>;
  readonly eventName?: string;
  readonly event?: unknown;
  readonly env?: Readonly<Record<string, string>>;
  /** The workspace (GITHUB_WORKSPACE and the process's cwd). */
  readonly cwd?: string;
  /** GITHUB_TOKEN for `${{ github.token }}` defaults. */
  readonly token?: string;
  readonly timeoutMs?: number;
  /** Step debug (ACTIONS_STEP_DEBUG). */
  readonly debug?: boolean;
}

export interface RunActionResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly exportedEnv: Record<string, string>;
  readonly summary: string;
  /** `::error` annotations, decoded. */
  readonly errors: { title: string | undefined; message: string }[];
  readonly warnings: string[];
  readonly notices: string[];
  readonly inputEnv: Record<string, string>;
}

/** The runner's expression context for defaults such as `${{ github.token }}`. */
function evaluateDefault(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g, (_m, path: string) => context[path] ?? '');
}

export function inputEnvFor(action: string, inputs: Readonly<Record<string, string>>, context: Record<string, string>) {
  const yml = readActionYaml(action);
  const declared = yml.inputs ?? {};
  for (const name of Object.keys(inputs)) {
    if (!(name in declared))
      throw new Error(`test asked for input '${name}' which actions/${action}/action.yml does not declare`);
  }
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const given = inputs[name];
    const value = given ?? (spec.default === undefined ? undefined : evaluateDefault(String(spec.default), context));
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** Parses the runner's file-command format (`name<<DELIM\nvalue\nDELIM` or `name=value`). */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      result[name] = value.join('\n');
    } else {
      const at = line.indexOf('=');
      if (at > 0) result[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return result;
}

function decodeCommandData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function decodeCommandProperty(value: string): string {
  return decodeCommandData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export async function runAction(action: string, options: RunActionOptions = {}): Promise<RunActionResult> {
  const yml = readActionYaml(action);
  if (yml.runs.using !== 'node24') throw new Error(`actions/${action}/action.yml runs.using is ${yml.runs.using}`);
  const main = resolve(repoRoot, 'actions', action, yml.runs.main);
  const temp = mkdtempSync(join(tmpdir(), `runner-${action}-`));
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_PATH: join(temp, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}, null, 2));
  const cwd = options.cwd ?? temp;
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: cwd,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_NUMBER: '87',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_WORKFLOW: 'release',
    GITHUB_JOB: 'build',
    GITHUB_ACTOR: 'octocat',
    ...files,
    ...(options.debug ? { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' } : {}),
    ...options.env,
  };
  const context = { 'github.token': options.token ?? '', 'github.repository': base.GITHUB_REPOSITORY ?? '' };
  const inputEnv = inputEnvFor(action, options.inputs ?? {}, context);
  const env = { ...base, ...inputEnv };
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
    (resolvePromise, reject) => {
      const child = spawn(process.execPath, [main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolvePromise({ exitCode: code ?? 1, stdout: out, stderr: err });
      });
    },
  );
  const errors: { title: string | undefined; message: string }[] = [];
  const warnings: string[] = [];
  const notices: string[] = [];
  // As the runner reads the log: leading whitespace ignored, and no command between
  // `::stop-commands::<token>` and `::<token>::`.
  let stopped: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = raw.trimStart();
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopped = stop[1];
      continue;
    }
    const command = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!command) continue;
    const [, kind, props = '', data = ''] = command;
    const title = /title=([^,]*)/.exec(props)?.[1];
    const message = decodeCommandData(data);
    if (kind === 'error')
      errors.push({ title: title === undefined ? undefined : decodeCommandProperty(title), message });
    else if (kind === 'warning') warnings.push(message);
    else notices.push(message);
  }
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    exportedEnv: parseCommandFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    errors,
    warnings,
    notices,
    inputEnv,
  };
}
