import type { ChildProcessByStdio } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { dirname, join } from 'node:path';
import { childProcess } from '../builtins.js';
import { ArtefactsError } from '../errors.js';

/**
 * The git CLI adapter. Always argument arrays, never a shell string. Output is either collected
 * (small answers) or streamed line by line (history), so memory stays flat as history grows.
 */
export interface GitOptions {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface GitResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * Settings of the environment that change what every pathspec means (all of them literal, glob or
 * case-insensitive): unset, so that `paths` (version/options.ts: `pathspecs`) selects what its
 * documentation says wherever it runs.
 */
const PATHSPEC_SETTINGS = {
  GIT_LITERAL_PATHSPECS: undefined,
  GIT_GLOB_PATHSPECS: undefined,
  GIT_NOGLOB_PATHSPECS: undefined,
  GIT_ICASE_PATHSPECS: undefined,
};

function gitEnv(extra?: Readonly<Record<string, string | undefined>>): NodeJS.ProcessEnv {
  return { ...process.env, ...PATHSPEC_SETTINGS, ...extra, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/** A git process; node:child_process is loaded on the first (most sbom, sign or promote runs start none). */
function spawnGit(args: readonly string[], options: GitOptions): ChildProcessByStdio<null, Readable, Readable> {
  return childProcess().spawn('git', args, {
    cwd: options.cwd,
    env: gitEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs git and returns its output; never throws for a non-zero exit. */
export function gitRaw(args: readonly string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, options);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) =>
      reject(
        new ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' }),
      ),
    );
    child.on('close', (code) =>
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode: code ?? 1,
      }),
    );
  });
}

/** Runs git and returns stdout; throws a GIT_FAILED error naming the command on a non-zero exit. */
export async function git(args: readonly string[], options: GitOptions): Promise<string> {
  const result = await gitRaw(args, options);
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
    if (/not a git repository/i.test(detail)) {
      throw new ArtefactsError('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
        hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
      });
    }
    throw new ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
  }
  return result.stdout;
}

/**
 * A git process whose output is read as records, started before it is read: until `read` is
 * called its output waits in the pipe (git blocks once the pipe is full), so a command can be
 * started beside the question that decides whether it is wanted, and cancelled when it is not.
 */
export interface GitRecords {
  /**
   * Hands git's stdout to `onRecord` as records split by `separator` (default: newline), one at a
   * time; nothing accumulates beyond the current record. Throws GIT_FAILED on a non-zero exit,
   * unless the consumer stopped early. At most once.
   */
  read(onRecord: (record: string) => void | 'stop', separator?: string): Promise<void>;
  /** Stops the process if it was never read; harmless after `read`. */
  cancel(): void;
}

export function startGitRecords(args: readonly string[], options: GitOptions): GitRecords {
  const child = spawnGit(args, options);
  const err: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
  // A cancelled process is never awaited: its failure (git missing, a bad range) is nobody's error.
  closed.catch(() => undefined);
  // Node resumes (and so discards) an exited child's stdout that nothing listens to; a 'readable'
  // listener keeps output that is not read yet buffered, up to the stream's high-water mark.
  child.stdout.on('readable', () => undefined);
  let reading = false;
  return {
    cancel() {
      if (!reading && child.exitCode === null) child.kill();
    },
    async read(onRecord, separator = '\n') {
      if (reading) throw new Error('GitRecords.read called twice');
      reading = true;
      // Records are split out of each chunk synchronously: iterating a readline interface costs a
      // promise per line, which at 20k tag names was most of the listing's time in this process.
      child.stdout.setEncoding('utf8');
      const crlf = separator === '\n';
      let stopped = false;
      let pending = '';
      for await (const chunk of child.stdout as AsyncIterable<string>) {
        pending = pending === '' ? chunk : pending + chunk;
        let start = 0;
        let at: number;
        while ((at = pending.indexOf(separator, start)) >= 0) {
          const end = crlf && at > start && pending.charCodeAt(at - 1) === 13 ? at - 1 : at;
          const record = pending.slice(start, end);
          start = at + separator.length;
          if (onRecord(record) === 'stop') {
            stopped = true;
            break;
          }
        }
        pending = pending.slice(start);
        if (stopped) {
          child.kill();
          break;
        }
      }
      if (!stopped && pending !== '') onRecord(crlf && pending.endsWith('\r') ? pending.slice(0, -1) : pending);
      const code = await closed;
      if (!stopped && code !== 0) {
        const detail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
        throw new ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${code}): ${detail}`);
      }
    },
  };
}

/** Runs git and streams its stdout as records (see `GitRecords.read`). */
export function gitStream(
  args: readonly string[],
  options: GitOptions,
  onRecord: (record: string) => void | 'stop',
  separator = '\n',
): Promise<void> {
  return startGitRecords(args, options).read(onRecord, separator);
}

/**
 * False only where git cannot find a repository from `dir`: GIT_DIR is unset, and neither `dir` nor
 * any directory above it (symbolic links resolved, as git sees its working directory) holds a `.git`
 * entry or is itself a git directory (HEAD, objects and refs, as a bare repository). A few stat
 * calls, so callers skip starting git, a fork of this whole process, where git would only answer
 * "not a git repository". True promises nothing: git still decides (ceilings, ownership checks).
 */
export function mayBeInRepository(
  dir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if ((env.GIT_DIR ?? '') !== '') return true;
  let at: string;
  try {
    at = realpathSync(dir);
  } catch {
    return true;
  }
  for (;;) {
    if (existsSync(join(at, '.git'))) return true;
    if (existsSync(join(at, 'HEAD')) && isDirectory(join(at, 'objects')) && isDirectory(join(at, 'refs'))) return true;
    const up = dirname(at);
    if (up === at) return false;
    at = up;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The committer time of `revision` (default HEAD); undefined outside a repository or before the first commit. */
export async function commitTime(cwd: string, revision = 'HEAD'): Promise<Date | undefined> {
  if (!mayBeInRepository(cwd)) return undefined;
  const shown = await gitRaw(['show', '-s', '--format=%ct', `${revision}^{commit}`], { cwd }).catch(() => undefined);
  const out = shown?.exitCode === 0 ? shown.stdout.trim() : '';
  return /^\d+$/.test(out) ? new Date(Number(out) * 1000) : undefined;
}
