/**
 * Source trees: find the lockfiles and manifests under a directory and catalogue each one.
 * Declared packages only (what the files say), with dependency edges and scopes where recorded.
 */
import { createHash } from 'node:crypto';
import { digestHex, sha256 } from '../oci/media.js';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { ArtefactsError } from '../errors.js';
import { readPlainText } from '../files.js';
import { catalogGradleLockfile, catalogPom } from './catalogers/jvm.js';
import { catalogNpmLock } from './catalogers/npm.js';
import type { CatalogerResult } from './model.js';

export type SourceKind =
  | 'npm-lock'
  | 'yarn-lock'
  | 'pnpm-lock'
  | 'go-mod'
  | 'cargo-lock'
  | 'requirements'
  | 'poetry-lock'
  | 'pipfile-lock'
  | 'uv-lock'
  | 'pom'
  | 'gradle-lockfile';

export interface SourceFile {
  readonly kind: SourceKind;
  /** Relative to the scanned root, with `/` separators. */
  readonly path: string;
}

export const DEFAULT_SKIP: readonly string[] = ['node_modules', '.git', 'dist'];

export function sourceKind(fileName: string, dirPath: string): SourceKind | undefined {
  switch (fileName) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return 'npm-lock';
    case 'yarn.lock':
      return 'yarn-lock';
    case 'pnpm-lock.yaml':
      return 'pnpm-lock';
    case 'go.mod':
      return 'go-mod';
    case 'Cargo.lock':
      return 'cargo-lock';
    case 'poetry.lock':
      return 'poetry-lock';
    case 'Pipfile.lock':
      return 'pipfile-lock';
    case 'uv.lock':
      return 'uv-lock';
    case 'pom.xml':
      return 'pom';
    case 'gradle.lockfile':
      return 'gradle-lockfile';
    default:
      if (/^requirements.*\.txt$/.test(fileName)) return 'requirements';
      // Gradle's older per-configuration locks: gradle/dependency-locks/<configuration>.lockfile.
      if (fileName.endsWith('.lockfile') && dirPath.endsWith('dependency-locks')) return 'gradle-lockfile';
      return undefined;
  }
}

/**
 * How a failed read is told: the caller may name the input the path came from (sbom's `path`: an
 * unreadable tree is the input's failure); otherwise, or for a failure that is not the path's (an I/O
 * error), IO_FAILED naming the file.
 */
export type ReadFailure = (error: unknown) => unknown;

function readFailed(error: unknown, message: string, named: ReadFailure | undefined): ArtefactsError {
  const told = named?.(error);
  return told instanceof ArtefactsError ? told : new ArtefactsError('IO_FAILED', message, { cause: error });
}

/** Walks `root` (not following symlinks), skipping directories named in `skip`; sorted results. */
export async function findSourceFiles(
  root: string,
  skip: readonly string[] = DEFAULT_SKIP,
  excluded: (relativePath: string) => boolean = () => false,
  named?: ReadFailure,
): Promise<SourceFile[]> {
  const found: SourceFile[] = [];
  const skipSet = new Set(skip);
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root)
        throw readFailed(error, `Cannot read the directory ${root}: ${(error as Error).message}`, named);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!skipSet.has(entry.name) && !excluded(rel)) await walk(full);
      } else if (entry.isFile() && !excluded(rel)) {
        const kind = sourceKind(entry.name, dir);
        if (kind !== undefined) found.push({ kind, path: rel });
      }
    }
  };
  await walk(root);
  return found;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Catalogues one source file (reading companions beside it: package.json, go.sum, pyproject.toml). */
async function readSource(full: string, shown: string, named: ReadFailure | undefined): Promise<Buffer> {
  try {
    return await readFile(full);
  } catch (error) {
    throw readFailed(error, `Cannot read ${shown}: ${(error as Error).message}`, named);
  }
}

const yarnPnpm = () => import('./catalogers/yarn-pnpm.js');
const goCargo = () => import('./catalogers/go-cargo.js');
const python = () => import('./catalogers/python.js');

export async function catalogSourceFile(root: string, file: SourceFile, named?: ReadFailure): Promise<CatalogerResult> {
  const full = join(root, ...file.path.split('/'));
  const text = (await readSource(full, file.path, named)).toString('utf8');
  const beside = (name: string) => readPlainText(join(root, ...posix.dirname(file.path).split('/'), name));
  try {
    switch (file.kind) {
      case 'npm-lock':
        return catalogNpmLock(text, file.path, parseJson(await beside('package.json')));
      // The YAML and TOML catalogers (and their parsers, most of the bundle's library code) load only
      // when such a file is found: an npm-only tree does not pay for parsing them at start-up.
      case 'yarn-lock':
        return (await yarnPnpm()).catalogYarnLock(text, file.path, parseJson(await beside('package.json')));
      case 'pnpm-lock':
        return (await yarnPnpm()).catalogPnpmLock(text, file.path);
      case 'go-mod':
        return (await goCargo()).catalogGoMod(text, file.path, await beside('go.sum'));
      case 'cargo-lock':
        return (await goCargo()).catalogCargoLock(text, file.path);
      case 'requirements':
        return (await python()).catalogRequirements(text, file.path);
      case 'poetry-lock':
        return (await python()).catalogPoetryLock(text, file.path, await beside('pyproject.toml'));
      case 'pipfile-lock':
        return (await python()).catalogPipfileLock(text, file.path);
      case 'uv-lock':
        return (await python()).catalogUvLock(text, file.path);
      case 'pom':
        return catalogPom(text, file.path);
      case 'gradle-lockfile':
        return catalogGradleLockfile(text, file.path);
    }
  } catch (error) {
    if (error instanceof ArtefactsError) throw error;
    throw new ArtefactsError('SBOM_FAILED', `Could not catalogue ${file.path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export interface SourceCatalog {
  readonly files: readonly SourceFile[];
  readonly results: readonly CatalogerResult[];
  /** sha256 over the sorted (path, sha256 of content) of every catalogued file: the subject's identity. */
  readonly digest: string;
}

export async function catalogSourceTree(
  root: string,
  skip: readonly string[] = DEFAULT_SKIP,
  excluded?: (relativePath: string) => boolean,
  named?: ReadFailure,
): Promise<SourceCatalog> {
  const files = await findSourceFiles(root, skip, excluded, named);
  const results: CatalogerResult[] = [];
  const identity = createHash('sha256');
  for (const file of files) {
    const bytes = await readSource(join(root, ...file.path.split('/')), file.path, named);
    identity.update(`${file.path}\0${digestHex(sha256(bytes))}\n`);
    results.push(await catalogSourceFile(root, file, named));
  }
  return { files, results, digest: `sha256:${identity.digest('hex')}` };
}
