/**
 * The files `pin` reads: each path input is a file, a directory (walked, without .git and
 * node_modules) or a glob, and every file found resolves inside the workspace (symbolic links
 * followed) unless `paths` is let out. Files are rewritten atomically: a temporary file beside the
 * original, then a rename, with the original's mode.
 */
import { randomBytes } from 'node:crypto';
import { readdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { inWorkspace, workspaceGlob, type Workspace } from '../paths.js';
import { isDockerfileName } from './dockerfile.js';
import { isYamlName } from './yaml.js';

export type FileFormat = 'yaml' | 'dockerfile';

export interface PinFile {
  /** Absolute path. */
  readonly path: string;
  /** Relative to the workspace, with `/` (for reports). */
  readonly name: string;
  readonly format: FileFormat;
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

async function kindOfPath(file: string): Promise<'file' | 'directory' | undefined> {
  try {
    const found = await stat(file);
    return found.isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

/** Every file the path inputs name, in input order then walk order, each once. */
export async function pinFiles(ws: Workspace, paths: readonly string[]): Promise<PinFile[]> {
  const found: string[] = [];
  for (const given of paths) {
    const matches = /[*?[{]/.test(given) ? await workspaceGlob(ws, INPUT, given) : [inWorkspace(ws, INPUT, given)];
    if (matches.length === 0) throw inputError(INPUT, given, 'a glob that matches at least one file or directory');
    for (const match of matches) {
      const kind = await kindOfPath(match);
      if (kind === undefined) throw inputError(INPUT, given, 'files, directories or globs that exist in the workspace');
      if (kind === 'directory') await walk(ws, match, found);
      else if (formatOf(match) !== undefined) found.push(match);
      else if (match === path.resolve(ws.root, given)) {
        throw inputError(
          INPUT,
          given,
          'YAML files (.yaml, .yml), Dockerfiles (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile) or directories',
        );
      }
    }
  }
  return [...new Set(found)].map((file) => ({
    path: file,
    name: path.relative(ws.root, file).split(path.sep).join('/'),
    format: formatOf(file)!,
  }));
}

/**
 * Writes the file atomically (temporary file beside it, then rename), keeping its mode. A symbolic
 * link (already checked against the workspace) stays a link: its target is what is rewritten.
 */
export async function writeAtomically(file: string, text: string): Promise<void> {
  let tmp: string | undefined;
  try {
    const target = await realpath(file);
    tmp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${randomBytes(6).toString('hex')}`);
    const { mode } = await stat(target);
    await writeFile(tmp, text, { mode });
    await rename(tmp, target);
  } catch (error) {
    if (tmp !== undefined) await unlink(tmp).catch(() => undefined);
    throw new ArtefactsError('IO_FAILED', `Writing ${file}: ${describeError(error)}`, { cause: error });
  }
}
