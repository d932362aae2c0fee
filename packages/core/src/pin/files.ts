/**
 * The files `pin` reads: each path input is a file, a directory (walked, without .git and
 * node_modules) or a glob, and every file found resolves inside the workspace (symbolic links
 * followed) unless `paths` is let out. Files are rewritten together or not at all: each to a temporary
 * file beside it, then all renamed, each with the original's mode.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { writeFilesTogether } from '../files.js';
import { inWorkspace, isPathFailure, pathInputError, workspaceGlob, type Workspace } from '../paths.js';
import { isDockerfileName } from './dockerfile.js';
import { isYamlName } from './yaml.js';

export type FileFormat = 'yaml' | 'dockerfile';

export interface PinFile {
  /** Absolute path. */
  readonly path: string;
  /** Relative to the workspace, with `/` (for reports). */
  readonly name: string;
  readonly format: FileFormat;
  /** The item of `paths` that found it (for an error about it). */
  readonly given: string;
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const INPUT = 'paths';

function formatOf(name: string): FileFormat | undefined {
  const base = path.basename(name);
  if (isDockerfileName(base)) return 'dockerfile';
  if (isYamlName(base)) return 'yaml';
  return undefined;
}

async function walk(ws: Workspace, dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(ws, full, out);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && formatOf(entry.name) !== undefined) {
      // A link found by the walk is checked like an input: it may not lead out of the workspace.
      out.push(inWorkspace(ws, INPUT, path.relative(ws.root, full)));
    }
  }
}

/**
 * A failure on a file or directory found for `given` (absent, not readable, not writable): that item's,
 * naming it, what pin expected of it and the path that failed.
 */
export function pinPathError(ws: Workspace, given: string, expected: string, error: unknown, at?: string): unknown {
  return pathInputError(ws.root, INPUT, given, expected, error, at);
}

/** Every file the path inputs name, in input order then walk order, each once. */
export async function pinFiles(ws: Workspace, paths: readonly string[]): Promise<PinFile[]> {
  const found = new Map<string, string>();
  for (const given of paths) {
    const matches = /[*?[{]/.test(given) ? await workspaceGlob(ws, INPUT, given) : [inWorkspace(ws, INPUT, given)];
    if (matches.length === 0) throw inputError(INPUT, given, 'a glob that matches at least one file or directory');
    const files: string[] = [];
    for (const match of matches) {
      let directory: boolean;
      try {
        directory = (await stat(match)).isDirectory();
      } catch (error) {
        const expected = 'files, directories or globs that exist in the workspace';
        throw isPathFailure(error) ? pinPathError(ws, given, expected, error) : inputError(INPUT, given, expected);
      }
      if (directory) {
        try {
          await walk(ws, match, files);
        } catch (error) {
          throw pinPathError(ws, given, 'readable directories', error);
        }
        continue;
      }
      if (formatOf(match) !== undefined) files.push(match);
      else if (match === path.resolve(ws.root, given)) {
        throw inputError(
          INPUT,
          given,
          'YAML files (.yaml, .yml), Dockerfiles (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile) or directories',
        );
      }
    }
    for (const file of files) if (!found.has(file)) found.set(file, given);
  }
  return [...found].map(([file, given]) => ({
    path: file,
    name: path.relative(ws.root, file).split(path.sep).join('/'),
    format: formatOf(file)!,
    given,
  }));
}

/**
 * Writes every rewritten file, or none ({@link writeFilesTogether}): each to a temporary file beside
 * it, then all renamed, each keeping its mode. A symbolic link (already checked against the
 * workspace) stays a link: its target is what is rewritten. A failure (a file or its directory not
 * writable) is the `paths` item's that found it, and leaves every file as it was.
 */
export async function writePinned(ws: Workspace, rewritten: readonly { file: PinFile; text: string }[]): Promise<void> {
  const byPath = new Map(rewritten.map(({ file }) => [file.path, file]));
  await writeFilesTogether(
    rewritten.map(({ file, text }) => ({ path: file.path, content: text, throughLink: true })),
    (error, { file, at }) => {
      const pinned = byPath.get(file.path)!;
      if (!isPathFailure(error)) {
        return new ArtefactsError('IO_FAILED', `Writing ${pinned.path}: ${describeError(error)}`, { cause: error });
      }
      return pinPathError(
        ws,
        pinned.given,
        'files pin can rewrite (a temporary file beside each, then a rename)',
        error,
        at,
      );
    },
  );
}
