/**
 * The one rule for path inputs: every file or directory an input names (read or written) resolves
 * inside the workspace after symbolic links are followed, unless the user lets that one input out
 * with `allow-outside-workspace` (CLI: `--allow-outside-workspace <input>`). And no input value that
 * becomes a file name or an output value carries a newline or another control character.
 *
 * The workspace is GITHUB_WORKSPACE in an action and the working directory for the CLI: the
 * `cwd` of the ActionEnvironment. RUNNER_TEMP is outside it: other steps keep credentials there
 * (actions/checkout's persisted token, for one), so a key written to RUNNER_TEMP needs the opt-in
 * for its input. Temporary files the suite writes itself are not inputs and are not checked here.
 *
 * How to call it, for a new path input:
 * - in the parser: nothing but the usual parse (and `plainValue` is applied by the helpers below);
 *   add the input's name to the action's list passed to {@link parseAllowOutsideWorkspace};
 * - in the run entry point, before any work: `inWorkspace(ws, 'input-name', value)` for a file or
 *   directory that is read or written (it may not exist yet), {@link keyInWorkspace} for a key
 *   input (PEM text or a path), {@link workspaceGlob} for a glob;
 * - for a directory whose files are then opened by name (an `oci:` layout), also open it with
 *   {@link linksBeneath}: the check above follows the links on the way to the directory, not those
 *   beneath it, which are met only when each file is opened.
 * - where the path is then opened, made, read or written: a failure the path causes (absent, a
 *   regular file where a directory must be, permission denied, ...) is thrown as
 *   {@link pathInputError} (or {@link originError} for a path carried far from its input), naming the
 *   input, never as Node's bare errno (which the runner reports as a bug).
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { ArtefactsError, inputError } from './errors.js';
import { credentialPair, plainValue, splitList, type RawInputs, type RegistryAccess } from './inputs.js';

/** The input that lets named path inputs leave the workspace. */
const ALLOW_OUTSIDE_WORKSPACE = 'allow-outside-workspace';

/** Where path inputs must resolve, and the inputs the user explicitly let out of it. */
export interface Workspace {
  /** The workspace directory (absolute): GITHUB_WORKSPACE in an action, the CLI's working directory. */
  readonly root: string;
  /** Input names listed in `allow-outside-workspace`. */
  readonly allowOutside: ReadonlySet<string>;
}

export function workspace(root: string, allowOutside?: ReadonlySet<string>): Workspace {
  return { root: path.resolve(root), allowOutside: allowOutside ?? new Set() };
}

// The control-character rule lives with the other input rules (inputs.ts); path inputs apply it as every input does.
export { hasControlCharacter, plainValue } from './inputs.js';

/**
 * `allow-outside-workspace`: the names of this action's path inputs that may resolve outside the
 * workspace (comma- or newline-separated). Any other name is an error, so a typo never silently
 * leaves an input confined or a wildcard lets every input out. Undefined when none is listed
 * (the inputs objects then compare equal to those built without the field).
 */
export function parseAllowOutsideWorkspace(
  raw: RawInputs,
  pathInputs: readonly string[],
): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  for (const name of splitList(raw(ALLOW_OUTSIDE_WORKSPACE))) {
    if (!pathInputs.includes(name)) {
      throw inputError(
        ALLOW_OUTSIDE_WORKSPACE,
        name,
        pathInputs.length === 0
          ? 'nothing (this command has no path inputs)'
          : `names of path inputs of this action: ${pathInputs.join(', ')}`,
      );
    }
    names.add(name);
  }
  return names.size === 0 ? undefined : names;
}

function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * The real location of `absolute`: symbolic links followed along the whole path, also where the
 * path does not exist yet (the real path of its deepest existing ancestor, plus the rest). A
 * dangling symbolic link is followed to where it points, since writing through it lands there.
 */
function realLocation(absolute: string): string {
  let current = absolute;
  const rest: string[] = [];
  for (let hops = 0; hops < 64; hops++) {
    try {
      return path.join(fs.realpathSync(current), ...rest);
    } catch {
      // fall through: current does not resolve
    }
    let link: string | undefined;
    try {
      if (fs.lstatSync(current).isSymbolicLink()) link = fs.readlinkSync(current);
    } catch {
      // current does not exist
    }
    if (link !== undefined) {
      current = path.resolve(path.dirname(current), link);
      continue;
    }
    const parent = path.dirname(current);
    if (parent === current) return path.join(current, ...rest);
    rest.unshift(path.basename(current));
    current = parent;
  }
  throw new ArtefactsError('PATH_UNSAFE', `${absolute}: too many levels of symbolic links.`);
}

function contains(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * A path input refused (PATH_UNSAFE). Its hint gives the advice and then the way out, the opt-in for
 * that input; `advice` alone is the hint for a caller whose own user has no such opt-in (`artefacts
 * release` runs the steps with inputs of its own choosing, and takes no allow-outside-workspace).
 */
export class PathRefusal extends ArtefactsError {
  readonly advice: string;

  constructor(message: string, input: string, advice: string, need: string) {
    super('PATH_UNSAFE', message, {
      hint: `${advice} If '${input}' really must ${need}, opt in for that input: ${ALLOW_OUTSIDE_WORKSPACE}: ${input} (CLI: --${ALLOW_OUTSIDE_WORKSPACE} ${input}).`,
    });
    this.name = 'PathRefusal';
    this.advice = advice;
  }
}

function unsafe(ws: Workspace, input: string, value: string, real: string): ArtefactsError {
  return new PathRefusal(
    `Input '${input}': ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}.`,
    input,
    'Use a path inside the workspace.',
    'name a path outside it',
  );
}

/**
 * Resolves a path input against the workspace and refuses it (PATH_UNSAFE, naming the input) when
 * its real location, symbolic links followed, is outside the workspace, unless the input is listed
 * in `allow-outside-workspace`. `..`, absolute paths and links out are all caught the same way.
 * A path that does not exist yet (an output) is decided by its deepest existing ancestor.
 * Returns the absolute path (as given, not the link target) for the caller to use.
 */
export function inWorkspace(ws: Workspace, input: string, value: string): string {
  return insideWorkspace(ws, input, plainValue(input, value));
}

/**
 * {@link inWorkspace} without the control-character rule, for a name that is not an input value
 * but comes from a file (a name listed in a checksums file may be escaped and hold a newline).
 */
export function insideWorkspace(ws: Workspace, input: string, value: string): string {
  const absolute = path.resolve(ws.root, value);
  if (ws.allowOutside.has(input)) return absolute;
  const real = realLocation(absolute);
  if (!contains(realRoot(ws.root), real)) throw unsafe(ws, input, value, real);
  return absolute;
}

/**
 * A path the suite chose itself (no input names it, so no opt-in lets it out), refused as
 * {@link inWorkspace} refuses an input's when it resolves outside the workspace: a folder of its own
 * that a symbolic link would otherwise lead out (release's `.artefacts/keys`). `what` names it.
 */
export function ownPathInWorkspace(ws: Workspace, what: string, value: string): string {
  const absolute = path.resolve(ws.root, value);
  const real = realLocation(absolute);
  if (!contains(realRoot(ws.root), real)) {
    throw new ArtefactsError(
      'PATH_UNSAFE',
      `${what} ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}; nothing was written.`,
      { hint: `A symbolic link leads it out of the workspace: remove the link (or point it inside), then run again.` },
    );
  }
  return absolute;
}

/**
 * How a store opened on a directory input treats symbolic links among the files it opens by name
 * (oci/layout.ts's LayoutAccess): refused, naming the input and the link (never what it leads to or
 * holds), unless the user let the input out of the workspace, which then follows them as any path
 * of it. Every link is refused, also one that stays inside the workspace: where each leads would be
 * decided anew at every open, after the directory's check. It carries the input's name too, so that
 * every other refusal of the directory (not there, not a layout, a file) names the input as well.
 */
export function linksBeneath(
  ws: Workspace,
  input: string,
): { readonly follow: boolean; readonly refuse: (file: string) => ArtefactsError; readonly input: string } {
  return {
    input,
    follow: ws.allowOutside.has(input),
    refuse: (file) =>
      new PathRefusal(
        `Input '${input}': ${file} is a symbolic link inside the directory it names; no link there is followed, since one could lead outside the workspace.`,
        input,
        'Replace the link with what it points to (cp -rL makes such a copy).',
        'follow links',
      ),
  };
}

/** As {@link inWorkspace}, for a value that is either PEM text or the path of a key file. */
export function keyInWorkspace(ws: Workspace, input: string, value: string | undefined): void {
  if (value === undefined || value.includes('-----BEGIN') || /^keyless$/i.test(value)) return;
  inWorkspace(ws, input, value);
}

/**
 * The errno codes of a filesystem call that say the path a user gave is not what the command needs
 * (absent, a file where a directory must be, unreadable, unwritable, a link loop, too long), as
 * against a failure of the machine (a full disk, an I/O error), which is not the input's fault.
 */
const PATH_FAILURE_CODES = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EEXIST',
  'ENOTDIR',
  'EISDIR',
  'ELOOP',
  'ENAMETOOLONG',
]);

/** Whether `error` is a filesystem failure caused by the path itself (see {@link pathInputError}). */
export function isPathFailure(error: unknown): error is NodeJS.ErrnoException {
  // Not `instanceof Error`: Node's errors may come from another realm (a vm context, as under jest).
  const code = typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && PATH_FAILURE_CODES.has(code);
}

/** What is at `file`, in words ("a regular file", "a directory", ...), undefined when nothing is. */
function kindAt(file: string): string | undefined {
  let info: fs.Stats;
  try {
    info = fs.lstatSync(file);
  } catch {
    return undefined;
  }
  if (info.isFile()) return 'a regular file';
  if (info.isDirectory()) return 'a directory';
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}

/** The deepest of `file` and its ancestors that exists, and the one below it that does not. */
function firstMissing(file: string): string {
  let missing = file;
  for (let dir = path.dirname(file); dir !== missing; missing = dir, dir = path.dirname(dir)) {
    if (kindAt(dir) !== undefined) return missing;
  }
  return missing;
}

/** The nearest of `file` and its ancestors that exists and is not a directory (ENOTDIR's culprit). */
function notADirectory(file: string): string | undefined {
  for (let at = file; ; at = path.dirname(at)) {
    const kind = kindAt(at);
    if (kind !== undefined && kind !== 'a directory') return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * The error for a filesystem call that failed on a path an input named: INPUT_INVALID naming the
 * input, the value given, what the command expected of it and why the path is not that, e.g.
 * `Input 'bake-dir': got "file.txt"; expected a directory … (it is a regular file, not a directory).` The
 * failing path (the error's own, else the value's) is "it" when it is the value's location and is
 * named otherwise (a file found inside a directory given, an ancestor that is a regular file).
 * Anything but such a failure (a full disk, an I/O error, a thrown ArtefactsError) is returned as it
 * is, for the caller to rethrow: `catch (error) { throw pathInputError(root, 'paths', given, 'readable files', error); }`.
 * `root` is the workspace: failing paths inside it are shown relative to it. `at` names the path to
 * tell instead of the error's, where that one is the command's own (a temporary name in a directory
 * the user named: the directory is what to tell).
 */
export function pathInputError(
  root: string,
  input: string,
  given: string,
  expected: string,
  error: unknown,
  at?: string,
): unknown {
  if (!isPathFailure(error)) return error;
  const self = path.resolve(root, given);
  const failed = path.resolve(root, at ?? (typeof error.path === 'string' ? error.path : self));
  const name = (file: string): string => {
    if (file === self) return 'it';
    const rel = path.relative(root, file);
    return contains(root, file) && rel !== '' ? rel.split(path.sep).join('/') : file;
  };
  let why: string;
  let hint: string | undefined;
  switch (error.code) {
    case 'ENOENT':
      why = `${name(firstMissing(failed))} does not exist`;
      break;
    case 'EEXIST': {
      // mkdir's EEXIST: something other than a directory is where one must be made.
      const kind = kindAt(failed);
      const notDirectory = error.syscall === 'mkdir' && kind !== 'a directory' ? ', not a directory' : '';
      why = `${name(failed)} is ${kind ?? 'already there'}${notDirectory}`;
      break;
    }
    case 'ENOTDIR': {
      const culprit = notADirectory(failed);
      why =
        culprit === undefined
          ? `a part of ${name(failed)} is not a directory`
          : `${name(culprit)} is ${kindAt(culprit) ?? 'not a directory'}, not a directory`;
      break;
    }
    case 'EISDIR':
      why = `${name(failed)} is a directory`;
      break;
    case 'ELOOP':
      why = `${failed === self ? '' : `${name(failed)}: `}too many levels of symbolic links`;
      break;
    case 'ENAMETOOLONG': {
      // A path found under the one given (a file pull writes in `output`) is named, shortened: it may run to 4 KB.
      const long = name(failed);
      const shortened = long.length > 120 ? `${long.slice(0, 60)}…${long.slice(-60)}` : long;
      why =
        failed === self
          ? 'the name is too long for the filesystem'
          : `${shortened}, ${Buffer.byteLength(long)} bytes, is too long a path for the filesystem`;
      hint = 'Use a shorter path: a directory nearer the root of the filesystem, or shorter names in it.';
      break;
    }
    default:
      why = `permission denied${failed === self ? '' : ` on ${name(failed)}`}`;
      hint = 'Check the permissions of the path (and of the directories above it) for the user this runs as.';
  }
  return inputError(input, given, `${expected} (${why})`, hint);
}

/** Where a path came from: the input and the value of it that named the path, against the workspace `root`. */
export interface PathOrigin {
  readonly root: string;
  readonly input: string;
  readonly given: string;
}

/**
 * A failure on a path `origin` named, as that input's error ({@link pathInputError}) when the path
 * is at fault (absent, unreadable, a directory, ...); otherwise, or without an origin, `otherwise()`:
 * for a path carried far from its input (a file found by a glob, read and signed later). `at` is
 * as {@link pathInputError}'s.
 */
export function originError(
  origin: PathOrigin | undefined,
  expected: string,
  error: unknown,
  otherwise: () => unknown,
  at?: string,
): unknown {
  if (origin === undefined || !isPathFailure(error)) return otherwise();
  return pathInputError(origin.root, origin.input, origin.given, expected, error, at);
}

type GlobFn = (pattern: string, options: { cwd: string }) => AsyncIterable<string>;

/**
 * The files a glob input matches, relative to the workspace, as absolute paths in match order;
 * every match is checked as {@link inWorkspace} checks a path, so a pattern reaching out (`../x/*`)
 * or a match that is a symbolic link out is refused, naming the input.
 */
export async function workspaceGlob(ws: Workspace, input: string, pattern: string): Promise<string[]> {
  plainValue(input, pattern);
  const glob = (fsp as unknown as { glob?: GlobFn }).glob;
  if (typeof glob !== 'function') {
    throw new ArtefactsError('INTERNAL', 'File globs need Node.js 22 or later (fs.glob).');
  }
  const out: string[] = [];
  for await (const entry of glob(pattern, { cwd: ws.root })) out.push(inWorkspace(ws, input, entry));
  return out;
}

/**
 * The inputs every command that opens a store reads alike: `registry-username` and
 * `registry-password` (both or neither) and `allow-outside-workspace` over the command's own path inputs.
 */
export function parseRegistryAccess(raw: RawInputs, pathInputs: readonly string[]): RegistryAccess {
  const { username, password } = credentialPair(raw);
  return {
    registryUsername: username,
    registryPassword: password,
    allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, pathInputs),
  };
}
