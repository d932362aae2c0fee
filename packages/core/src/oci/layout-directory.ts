/**
 * The directory of an OCI image layout, as LayoutStore checks it before it reads or writes: what is
 * there (a layout, nothing yet, a file), the symbolic links beneath it (see LayoutAccess), the errors
 * of the file system about it in words that name the input, and the temporary files a killed writer
 * left in it. Its own module: the store itself is about blobs, manifests and the index.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ArtefactsError, describeError } from '../errors.js';
import type { StoreAccess } from './store.js';

/**
 * A temporary file (a blob being staged, an index.json being replaced) untouched for this long was left
 * by a writer that stopped without cleaning up (killed, or its machine lost): the next writer removes
 * it. A live writer touches its file with every chunk, so a day leaves every real write alone.
 */
export const ABANDONED_TEMP_MS = 24 * 60 * 60 * 1000;
/** The names of the layout's temporary files: `.tmp-<hex>` in blobs/sha256, `<file>.tmp-<hex>` beside index.json. */
const TEMP_NAME = /(^|\.json|oci-layout)\.tmp-[0-9a-f]+$/;

/**
 * How a layout is opened for the input that names it: whether it may be created, the input's name
 * (every error about the directory's shape names it), and how a symbolic link among its own files is
 * treated (oci-layout, index.json, blobs/, blobs/sha256/ and each blob).
 *
 * Links: the layout's directory is checked as a path input (paths.ts, by the caller), but the files
 * beneath it are opened by name afterwards, so a link there (committed to the repository:
 * `blobs -> /home/runner/work/_temp`) would carry reads and writes wherever it leads. Unless `follow`
 * is set, every such link is refused, wherever it leads, also inside the workspace: the files are
 * opened without following one (O_NOFOLLOW: no syscall added) and the two directories are lstat-ed
 * once per store, where deciding where each link leads would cost a realpath per blob and race the
 * open. No tool writes a layout with links (skopeo, oras, crane, buildx, this suite); one that holds
 * one can be copied with `cp -rL`. paths.ts's linksBeneath gives an input's.
 */
export interface LayoutAccess extends StoreAccess {
  /** Follow links as any path is followed: only for a layout the user let out of the workspace. */
  readonly follow?: boolean;
  /** The error for a link met at `file` (the caller names its input); never says what the file holds. */
  readonly refuse?: (file: string) => ArtefactsError;
}

/** What a layout directory is, as every refusal of one says it. */
const EXPECTED_LAYOUT =
  'expected an OCI image layout directory (oci-layout, index.json, blobs/), as pack, promote, skopeo or crane write one';

/**
 * What an error of the file system says about the path it met, in words (the raw message names a
 * syscall and a path, not what is wrong with the input): the code each gets, and the words.
 */
const PATH_ERRORS: Readonly<Record<string, { code: 'LAYOUT_INVALID' | 'IO_FAILED'; says: string }>> = {
  ENOTDIR: { code: 'LAYOUT_INVALID', says: 'a part of the path is a file, not a directory' },
  EISDIR: { code: 'LAYOUT_INVALID', says: 'a directory stands where the layout keeps a file' },
  ENAMETOOLONG: { code: 'LAYOUT_INVALID', says: 'the path is too long for the file system' },
  ELOOP: { code: 'LAYOUT_INVALID', says: 'too many levels of symbolic links' },
  EACCES: { code: 'IO_FAILED', says: 'permission denied' },
  EPERM: { code: 'IO_FAILED', says: 'operation not permitted' },
};

/** Flags that open a file for reading without following a symbolic link at its last component. */
const READ_NO_LINK = constants.O_RDONLY | constants.O_NOFOLLOW;

/** The checks of one layout directory, each made once per store. */
export class LayoutDirectory {
  readonly follow: boolean;
  /** How the layout's files are opened for reading: without following a link, unless links are followed. */
  readonly readFlags: string | number;
  /** Set once the store's init has made the directory a layout: it is one from then on. */
  initialised = false;
  private dirsChecked: Promise<void> | undefined;
  private shapeChecked: Promise<boolean> | undefined;
  private layoutChecked: Promise<void> | undefined;

  constructor(
    private readonly dir: string,
    private readonly location: string,
    private readonly access: LayoutAccess,
  ) {
    this.follow = access.follow === true;
    this.readFlags = this.follow ? 'r' : READ_NO_LINK;
  }

  /**
   * A message about the directory: the input that named it (when the opener said), the directory
   * (a very long one cut short), then `text`.
   */
  named(text: string): string {
    const shown = this.location.length > 200 ? `${this.location.slice(0, 200)}…` : this.location;
    return `${this.access.input === undefined ? '' : `Input '${this.access.input}': `}${shown}: ${text}`;
  }

  /** What the directory must be, as a refusal says it: a layout, or for a destination where one is to be. */
  expected(): string {
    return this.access.create === true
      ? 'expected a directory to write an OCI image layout into (or no such path yet: it is created)'
      : EXPECTED_LAYOUT;
  }

  /**
   * The directory itself, checked once before the store's first read or write: a directory, or
   * nothing yet (answers whether it is there); never a file (whose `index.json` would be a raw
   * ENOTDIR) nor a path the file system cannot hold. The directory may be a link (paths.ts checked
   * where it leads): only the files beneath it are the layout's own.
   */
  shape(): Promise<boolean> {
    this.shapeChecked ??= (async () => {
      let info: Stats;
      try {
        info = await stat(this.dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw this.wrap(error, 'opening the directory');
      }
      if (!info.isDirectory()) {
        throw new ArtefactsError('LAYOUT_INVALID', this.named(`a file, not a directory; ${this.expected()}.`));
      }
      return true;
    })();
    return this.shapeChecked;
  }

  /**
   * Before a read: the directory is a layout (oci-layout and index.json there), unless the store was
   * opened to create it or has written it. A missing directory is REGISTRY_NOT_FOUND, as a missing
   * repository is; a directory that is not a layout LAYOUT_INVALID: neither reads as an empty one.
   */
  async readable(): Promise<void> {
    const there = await this.shape();
    if (this.access.create === true || this.initialised) return;
    this.layoutChecked ??= (async () => {
      if (!there) {
        throw new ArtefactsError('REGISTRY_NOT_FOUND', this.named(`no such directory; ${EXPECTED_LAYOUT}.`), {
          hint: 'Check the path for a typo. Only a command that writes a layout (pack, promote) creates one.',
        });
      }
      for (const name of ['oci-layout', 'index.json']) {
        const info = await this.noLink(path.join(this.dir, name));
        if (info === undefined || !info.isFile()) {
          throw new ArtefactsError(
            'LAYOUT_INVALID',
            this.named(
              `no OCI image layout there (${info === undefined ? `no ${name} file` : `${name} is not a file`}); ${EXPECTED_LAYOUT}.`,
            ),
          );
        }
      }
    })();
    await this.layoutChecked;
  }

  private refused(file: string): ArtefactsError {
    return (
      this.access.refuse?.(file) ??
      new ArtefactsError(
        'PATH_UNSAFE',
        `${this.location}: ${file} is a symbolic link; no file of a layout may be one (it could lead outside the workspace).`,
      )
    );
  }

  /** Throws the refusal where an open that follows no link met one (ELOOP under O_NOFOLLOW). */
  refuseLinkOpened(error: unknown, file: string): void {
    if (!this.follow && (error as NodeJS.ErrnoException).code === 'ELOOP') throw this.refused(file);
  }

  /** Refuses `file` when it is a symbolic link (unless links are followed); answers its lstat, undefined when absent. */
  async noLink(file: string): Promise<Stats | undefined> {
    let info: Stats;
    try {
      info = await (this.follow ? stat : lstat)(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw this.wrap(error, `checking ${path.relative(this.dir, file)}`);
    }
    if (info.isSymbolicLink()) throw this.refused(file);
    return info;
  }

  /** blobs/ and blobs/sha256/ are no links (or absent), checked once per store before any blob is touched. */
  blobDirs(): Promise<void> {
    this.dirsChecked ??= (async () => {
      await this.shape();
      if (this.follow) return;
      await this.noLink(path.join(this.dir, 'blobs'));
      await this.noLink(path.join(this.dir, 'blobs', 'sha256'));
    })();
    return this.dirsChecked;
  }

  /**
   * An error of the file system while `doing` something, as an ArtefactsError: one that says what is
   * wrong with the path (a file where a directory must be, a name too long, no permission) names the
   * input and says so in words; any other keeps its own message.
   */
  wrap(error: unknown, doing: string): ArtefactsError {
    if (error instanceof ArtefactsError) return error;
    const known = PATH_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
    if (known !== undefined) {
      return new ArtefactsError(known.code, this.named(`${doing}: ${known.says}; ${this.expected()}.`), {
        cause: error,
      });
    }
    return new ArtefactsError('IO_FAILED', `${this.location}: ${doing}: ${describeError(error)}`, { cause: error });
  }
}

/**
 * Removes the temporary files writers left behind (see ABANDONED_TEMP_MS), once per store, before its
 * first write. Never fails a write: a file another writer removed first, or one that cannot be
 * removed, is left to it.
 */
export async function sweepAbandoned(layoutDir: string): Promise<void> {
  const before = Date.now() - ABANDONED_TEMP_MS;
  for (const dir of [layoutDir, path.join(layoutDir, 'blobs', 'sha256')]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!TEMP_NAME.test(name)) continue;
      const file = path.join(dir, name);
      // lstat: only a file of its own is a temporary file; a link's age would be its target's.
      const info = await lstat(file).catch(() => undefined);
      if (info?.isFile() === true && info.mtimeMs < before) await unlink(file).catch(() => undefined);
    }
  }
}
