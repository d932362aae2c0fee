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
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { ArtefactsError, inputError } from './errors.js';
import { credentialPair, splitList, type RawInputs, type RegistryAccess } from './inputs.js';

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

// C0 controls (newline, carriage return, tab, escape, NUL, ...), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Whether `value` holds a newline or another control character: the test {@link plainValue} applies
 * to inputs, shared with names that come from elsewhere (an artefact's titles and tar entries).
 */
export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

/**
 * Refuses a value that becomes a file name or an output value when it holds a newline or another
 * control character: a newline would split a list output (`sbom-paths`) or a `key=value` line in
 * two, and a file name with one is a trap for every script that reads it. Returns the value.
 */
export function plainValue(input: string, value: string): string {
  if (hasControlCharacter(value)) {
    throw inputError(
      input,
      value,
      'a value without newlines, tabs or other control characters',
      'Each item goes on its own line of a list input; a single value must be one line.',
    );
  }
  return value;
}

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
 * (oci/layout.ts's LayoutLinks): refused, naming the input and the link (never what it leads to or
 * holds), unless the user let the input out of the workspace, which then follows them as any path
 * of it. Every link is refused, also one that stays inside the workspace: where each leads would be
 * decided anew at every open, after the directory's check.
 */
export function linksBeneath(
  ws: Workspace,
  input: string,
): { readonly follow: boolean; readonly refuse: (file: string) => ArtefactsError } {
  return {
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
