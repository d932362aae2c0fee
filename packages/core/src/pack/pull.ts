/**
 * pull: a packed artefact back into files, every blob verified against its digest while streaming.
 * What an artefact may hold is one rule, checked before anything is moved into the output directory:
 * each titled layer is written as its title (a safe, plain relative path, no two titles the same or
 * one inside another), and each entry of a directory layer's tar sits under that title, a file or a
 * directory but not both. Every name must also be written alike on every common filesystem: no two
 * differ only in letter case or Unicode normalisation (see {@link Spellings}). Anything else is
 * refused, naming the layer and the name.
 *
 * Names Windows reserves (CON, NUL, AUX, COM1, a trailing dot or space) are not refused, on any
 * platform: Node opens every path on Windows through its `\\?\` form, which writes such a name as
 * a file of that name (by design, nodejs/node#47258), so nothing is lost or overwritten, only a file
 * made that Explorer and cmd handle badly; and `aux.js` or `con.txt` are ordinary names where
 * nearly every pull runs. A pair of names that Windows folds into one is refused, as above.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { FILE_CHUNK, SMALL_FILE } from '../files.js';
import { BehindWrites } from './behind.js';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import { hasControlCharacter, inWorkspace, isPathFailure, linksBeneath, pathInputError, workspace } from '../paths.js';
import { tarEntries, type TarEntry } from '../sbom/image/tar.js';
import {
  ANNOTATION_TITLE,
  Hasher,
  INDEX_MEDIA_TYPES,
  MEDIA,
  type Descriptor,
  type ImageManifest,
} from '../oci/media.js';
import { parseReference, referenceTarget } from '../oci/references.js';
import type { ArtifactStore } from '../oci/store.js';
import { ANNOTATION_CONTENT_DIGEST, ANNOTATION_UNPACK } from './format.js';
import type { PullInputs } from './inputs.js';
import { storeFromInputs } from '../oci/open.js';
import { checkConnectionSettings } from '../oci/connection.js';

/** A name the artefact would write, refused: nothing from the artefact is kept. */
function refused(message: string, hint: string): ArtefactsError {
  return new ArtefactsError('PATH_UNSAFE', message, { hint: `${hint} Nothing from the artefact was kept.` });
}

const shown = (name: string): string => JSON.stringify(name.slice(0, 300));

/**
 * The key under which a filesystem that ignores case and normalisation files a name: NFC, then upper
 * case, then lower case (then NFC again, as a case mapping may leave a decomposed sequence). macOS's
 * APFS compares names normalisation- and case-insensitively; NTFS (Windows) folds case with its
 * upper-case table. Lower case alone misses pairs that upper-casing joins and both systems treat as
 * one (`ς`/`σ`, `ſ`/`s`, `ı`/`i`, `µ`/`μ`); upper then lower joins them as Unicode's case folding
 * does. The few pairs it joins by a full mapping (`ß`/`ss`, `ﬁ`/`fi`) are refused at worst where a
 * filesystem would keep them apart: names no artefact needs side by side.
 */
const folded = (name: string): string => name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');

/**
 * Every name an artefact writes (titles, tar entries, and the directories above them), by the key
 * {@link folded} gives: two names with one key but different spellings (`A` and `a`, `é` as one code
 * point and as `e` + U+0301) are two files on Linux but one on a case-insensitive or normalising
 * filesystem (macOS, Windows), where the second would silently overwrite the first, or a file and a
 * directory would meet. Such an artefact would not round-trip there, so it is refused on every
 * platform, before anything is moved into the output directory. The directories above a name are
 * keyed too, so `a/x` and `A/y`, or a file `A` and an entry `a/x`, meet here.
 */
class Spellings {
  private readonly byKey = new Map<string, string>();
  private readonly seen = new Set<string>();

  /**
   * Records `name` and the directories above it; throws `refuse(clash)` for the first of them spelled
   * otherwise before.
   */
  claim(name: string, refuse: (clash: string) => ArtefactsError): void {
    for (let at = name; at !== '.' && !this.seen.has(at); at = path.posix.dirname(at)) {
      const key = folded(at);
      const before = this.byKey.get(key);
      if (before !== undefined) throw refuse(Spellings.clash(at, before));
      this.byKey.set(key, at);
      this.seen.add(at);
    }
  }

  /** Two names one key joins, shown so that the difference can be seen (code points where only normalisation differs). */
  private static clash(name: string, before: string): string {
    const points = (text: string) =>
      text.replace(/[^\x20-\x7e]/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
    const seen =
      name.normalize('NFC') === before.normalize('NFC')
        ? ` (${shown(points(name))} against ${shown(points(before))})`
        : '';
    return `${shown(name)} and ${shown(before)} differ only in letter case or Unicode normalisation${seen}: two names on Linux but one on a case-insensitive or normalising filesystem (macOS, Windows), where one would overwrite the other, so the artefact would not round-trip there`;
  }
}

/** The advice for a {@link Spellings} refusal. */
const RESPELL = 'Pack or push the files under names that differ by more than letter case or normalisation.';

/**
 * The longest file or directory name, in bytes of UTF-8, that the common filesystems all take: ext4,
 * XFS, Btrfs and APFS count 255 bytes; NTFS and HFS+ 255 UTF-16 units, never fewer than the bytes.
 */
const NAME_MAX = 255;

/**
 * A relative path that stays inside its root and is a plain name: no absolute path, no `..`, no
 * backslash, no newline or other control character (a file named with one is a trap for every
 * script, and the `files` output, one name a line, would list names that do not exist), and no part
 * longer than {@link NAME_MAX} bytes (else a bare ENAMETOOLONG mid-pull).
 * Refused as `Refusing <what> "<name>" <of>`.
 */
function safeRelativePath(name: string, what: string, of: string): string {
  if (hasControlCharacter(name)) {
    throw refused(
      `Refusing ${what} ${shown(name)} ${of}: it holds a newline, tab or other control character; pull writes names without them.`,
      'Pack or push the files under names without control characters.',
    );
  }
  const normal = name.replace(/^\.\//, '').replace(/\/+$/, '');
  const parts = normal.split('/');
  if (
    normal === '' ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.includes('\\') ||
    parts.some((p) => p === '..' || p === '' || p === '.')
  ) {
    throw refused(
      `Refusing ${what} ${shown(name)} ${of}: it would be written outside the output directory.`,
      'The artefact was built to escape its directory (path traversal).',
    );
  }
  // At most 3 bytes of UTF-8 to a UTF-16 unit: only a part that long can be too long.
  const long = parts.find((p) => p.length > NAME_MAX / 3 && Buffer.byteLength(p) > NAME_MAX);
  if (long !== undefined) {
    throw refused(
      `Refusing ${what} ${shown(name)} ${of}: its part ${shown(`${long.slice(0, 40)}…`)} is ${Buffer.byteLength(long)} bytes long; a file or directory name may be at most ${NAME_MAX} bytes (UTF-8) on common filesystems.`,
      'Pack or push the files under shorter names.',
    );
  }
  return normal;
}

interface TitledLayer {
  readonly layer: Descriptor;
  /** The title, normalised: where the layer is written under the output directory. */
  readonly title: string;
  /** A directory layer: a tar unpacked under the title. */
  readonly unpack: boolean;
}

/**
 * The layers pull writes, every title checked before anything is written: a safe, plain relative
 * path, none the same as another and none inside another (`a` and `a/b`). Each layer is written as
 * its title, so one would land on or inside another's files: a failed rename or mkdir mid-pull, or
 * files silently replaced. (ORAS refuses a title twice too.) Nor may two titles, or the directories
 * they sit in, be spelled apart by case or normalisation alone ({@link Spellings}). Untitled layers
 * are skipped, told.
 */
function titledLayers(layers: readonly Descriptor[], logger: Logger, spellings: Spellings): TitledLayer[] {
  const titled: TitledLayer[] = [];
  const byTitle = new Map<string, TitledLayer>();
  /** Each directory a title sits in, with a layer under it. */
  const holding = new Map<string, TitledLayer>();
  const overlap = (layer: Descriptor, title: string, why: string) =>
    refused(
      `Refusing layer ${layer.digest} titled ${shown(title)}: ${why}; pull writes each layer as its title, so no title may repeat or sit inside another.`,
      'The artefact holds layers that would overwrite one another: push each file or directory once, under its own name.',
    );
  for (const layer of layers) {
    const raw = layer.annotations?.[ANNOTATION_TITLE];
    if (raw === undefined) {
      logger.warning(`Layer ${layer.digest} has no ${ANNOTATION_TITLE}: skipped.`);
      continue;
    }
    const title = safeRelativePath(raw, 'the title', `of layer ${layer.digest}`);
    spellings.claim(title, (clash) =>
      refused(`Refusing layer ${layer.digest} titled ${shown(raw)}: ${clash}.`, RESPELL),
    );
    const same = byTitle.get(title);
    if (same !== undefined) throw overlap(layer, raw, `layer ${same.layer.digest} has the same title`);
    const inner = holding.get(title);
    if (inner !== undefined) {
      throw overlap(layer, raw, `layer ${inner.layer.digest} titled ${shown(inner.title)} would be written inside it`);
    }
    const here: TitledLayer = { layer, title, unpack: layer.annotations?.[ANNOTATION_UNPACK] === 'true' };
    for (let dir = path.posix.dirname(title); dir !== '.'; dir = path.posix.dirname(dir)) {
      const outer = byTitle.get(dir);
      if (outer !== undefined) {
        throw overlap(
          layer,
          raw,
          `it would be written inside layer ${outer.layer.digest} titled ${shown(outer.title)}`,
        );
      }
      if (!holding.has(dir)) holding.set(dir, here);
    }
    byTitle.set(title, here);
    titled.push(here);
  }
  return titled;
}

/**
 * The names a directory layer's tar writes, each checked before it is written: a safe, plain path
 * under the layer's title (`d/…`, as ORAS writes its directory tars and requires when it pulls one;
 * an entry elsewhere would be lost at the move in place, or land where no title says), a regular
 * file or a directory, and never both a file and a directory (a file `d/x` then `d/x/y` would fail
 * mid-write with a bare errno), and never spelled otherwise than a name before it by case or
 * normalisation alone ({@link Spellings}). A file named twice is one file: the later entry wins, as
 * tar extracts it.
 */
class DirectoryLayerNames {
  private readonly files = new Set<string>();
  private readonly dirs: Set<string>;
  private readonly of: string;

  constructor(
    layer: Descriptor,
    private readonly title: string,
    private readonly spellings: Spellings,
  ) {
    this.dirs = new Set([title]);
    this.of = `of layer ${layer.digest} (titled ${shown(title)})`;
  }

  /** The entry's name under the staging folder; refused naming the layer, the entry and the rule. */
  admit(entry: TarEntry): string {
    const name = safeRelativePath(entry.path, 'tar entry', this.of);
    if (!name.startsWith(`${this.title}/`) && !(name === this.title && entry.type === 'directory')) {
      throw refused(
        `Refusing tar entry ${shown(name)} ${this.of}: it is not under ${shown(`${this.title}/`)}; a directory layer's entries sit under its title.`,
        'The tar was not made for this title (an absolute entry is read without its leading /, so it too must start with the title); pack and oras push write every entry under it.',
      );
    }
    if (entry.type !== 'file' && entry.type !== 'directory') {
      throw new ArtefactsError(
        'UNSUPPORTED',
        `Refusing tar entry ${shown(name)} ${this.of}: a ${entry.type}; pull writes regular files and directories only.`,
      );
    }
    this.spellings.claim(name, (clash) => refused(`Refusing tar entry ${shown(name)} ${this.of}: ${clash}.`, RESPELL));
    const both = (other: string, is: string) =>
      refused(
        `Refusing tar entry ${shown(name)} ${this.of}: ${shown(other)} is ${is} in it; a name is a file or a directory, not both.`,
        'The tar would write one name as a file and as a directory.',
      );
    if (entry.type === 'file' && this.dirs.has(name)) throw both(name, 'a directory');
    if (entry.type === 'directory' && this.files.has(name)) throw both(name, 'a file');
    if (name !== this.title) {
      for (let dir = path.posix.dirname(name); !this.dirs.has(dir); dir = path.posix.dirname(dir)) {
        if (this.files.has(dir)) throw both(dir, 'a file');
        this.dirs.add(dir);
      }
    }
    (entry.type === 'file' ? this.files : this.dirs).add(name);
    return name;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses, before anything is written, what pull cannot turn back into files: a container image
 * (a config that is an image config), an image index, or a manifest none of whose layers carries
 * a file name. "Pulled 0 files" with success would hide that the wrong thing was named.
 */
function notFileArtefact(where: string, mediaType: string, parsed: ImageManifest): void {
  const refuse = (what: string) =>
    new ArtefactsError(
      'MEDIA_TYPE_UNSUPPORTED',
      `${where} is ${what}, not a file artefact; pull gets back files that pack packed.`,
      {
        hint: 'Name the artefact pack pushed (its tag or digest); to copy images use promote, to read one use sbom or skopeo.',
      },
    );
  if (INDEX_MEDIA_TYPES.includes(mediaType) || !Array.isArray(parsed.layers)) {
    throw refuse(`an image index (${mediaType}): a multi-platform container image or a list of manifests`);
  }
  const config = parsed.config?.mediaType;
  if (config === MEDIA.ociConfig || config === MEDIA.dockerConfig) {
    throw refuse(`a container image (config ${config})`);
  }
  if (!parsed.layers.some((layer) => layer.annotations?.[ANNOTATION_TITLE] !== undefined)) {
    const kind = parsed.artifactType ?? config ?? mediaType;
    throw refuse(`${kind} with no layer named by ${ANNOTATION_TITLE}`);
  }
}

export interface PullResult {
  readonly digest: string;
  readonly artifactType: string | undefined;
  readonly output: string;
  readonly files: readonly string[];
}

/**
 * A path the filesystem refused as too long (ENAMETOOLONG) where pull writes, told by `outputFailure`
 * at the path it would have in `output`: every part of a name is checked up front ({@link NAME_MAX}),
 * so what is left is the whole path, the output directory's and the name's together (4095 bytes on
 * Linux, 1023 on macOS), which only the filesystem knows. Any other failure is returned as it is.
 */
function tooLong(
  error: unknown,
  staging: string,
  output: string,
  outputFailure: (error: unknown, at?: string) => unknown,
): unknown {
  if (!isPathFailure(error) || error.code !== 'ENAMETOOLONG' || typeof error.path !== 'string') return error;
  const name = path.relative(staging, error.path);
  const outside = name === '..' || name.startsWith(`..${path.sep}`) || path.isAbsolute(name);
  return outputFailure(error, outside ? undefined : path.join(output, name));
}

/**
 * Removes the directories `mkdir` made for a pull that failed, from `output` up to `first`, each only
 * while empty: a failed pull leaves nothing behind, not even the output directory it made.
 */
async function removeMade(output: string, first: string): Promise<void> {
  const top = path.resolve(first);
  for (let dir = path.resolve(output); ; dir = path.dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    if (dir === top || path.dirname(dir) === dir) return;
  }
}

/**
 * Writes an artefact's layers under `output`: verified, staged, then moved in place (never over existing
 * files). `outputFailure` names the input for a failure to make `output` or write in it (a regular
 * file there, permission denied, a path too long).
 */
export async function pullArtefact(
  store: ArtifactStore,
  target: string,
  output: string,
  logger: Logger,
  outputFailure: (error: unknown, at?: string) => unknown = (error) => error,
): Promise<PullResult> {
  const manifest = await store.getManifest(target);
  const parsed = manifest.parsed as ImageManifest;
  notFileArtefact(`${store.location}@${manifest.digest}`, manifest.mediaType, parsed);
  const spellings = new Spellings();
  const layers = titledLayers(parsed.layers, logger, spellings);
  let made: string | undefined;
  let staging: string;
  try {
    made = await mkdir(output, { recursive: true });
  } catch (error) {
    throw outputFailure(error);
  }
  try {
    staging = await mkdtemp(path.join(output, `.pull-${randomBytes(3).toString('hex')}-`));
  } catch (error) {
    if (made !== undefined) await removeMade(output, made);
    // The staging folder's name is pull's own: what failed is writing in the output directory.
    throw outputFailure(error, output);
  }
  const files = new Set<string>();
  const tops = [...new Set(layers.map((l) => l.title.split('/')[0]!))];
  const writes = new BehindWrites(staging);
  let pulled = false;
  try {
    for (const { layer, title, unpack } of layers) {
      const blob = await store.getBlob(layer);
      if (!unpack) {
        const file = path.join(staging, title);
        await mkdir(path.dirname(file), { recursive: true });
        await pipeline(blob, createWriteStream(file, { mode: 0o644 }));
        files.add(title);
        continue;
      }
      const names = new DirectoryLayerNames(layer, title, spellings);
      // The title is a directory even when the tar holds no entry for it (or none at all).
      await writes.directory(path.join(staging, title));
      const hasher = new Hasher();
      const plain: Readable =
        layer.mediaType === MEDIA.ociLayerGzip || layer.mediaType === MEDIA.dockerLayerGzip
          ? blob.pipe(createGunzip({ chunkSize: FILE_CHUNK }))
          : blob;
      blob.on('error', (error) => plain.destroy(error));
      const hashed = plain.pipe(hasher);
      plain.on('error', (error) => hashed.destroy(error));
      for await (const entry of tarEntries(hashed as AsyncIterable<Buffer>)) {
        writes.check();
        const name = names.admit(entry);
        const file = path.join(staging, name);
        if (entry.type === 'directory') {
          await writes.directory(file);
          continue;
        }
        await writes.directory(path.dirname(file));
        const mode = entry.mode & 0o111 ? 0o755 : 0o644;
        // The same name again: the later entry wins, as tar extracts it.
        await writes.settled(file);
        if (entry.size <= SMALL_FILE) await writes.whole(file, await entry.read(), mode);
        else await pipeline(Readable.from(entry.chunks()), createWriteStream(file, { mode }));
        files.add(name);
      }
      await writes.drain();
      for await (const _ of hashed as AsyncIterable<Buffer>) void _;
      const expected = layer.annotations?.[ANNOTATION_CONTENT_DIGEST];
      const actual = hasher.result().digest;
      if (expected !== undefined && expected !== actual) {
        throw new ArtefactsError(
          'DIGEST_MISMATCH',
          `Layer ${layer.digest} unpacks to ${actual}, but its ${ANNOTATION_CONTENT_DIGEST} says ${expected}.`,
        );
      }
    }
    for (const top of tops) {
      if (await exists(path.join(output, top))) {
        throw new ArtefactsError(
          'IO_FAILED',
          `${path.join(output, top)} already exists; pull does not overwrite files.`,
          {
            hint: 'Pull into an empty directory (--output DIR).',
          },
        );
      }
    }
    for (const top of tops) await rename(path.join(staging, top), path.join(output, top));
    pulled = true;
  } catch (error) {
    throw tooLong(error, staging, output, outputFailure);
  } finally {
    await writes.settle();
    await rm(staging, { recursive: true, force: true });
    if (!pulled && made !== undefined) await removeMade(output, made);
  }
  logger.info(`Pulled ${files.size} file(s) from ${store.location}@${manifest.digest} into ${output}`);
  return { digest: manifest.digest, artifactType: parsed.artifactType, output, files: [...files].sort() };
}

/** `artefacts pull <reference> --output DIR`. */
export async function runPull(inputs: PullInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  const ref = parseReference(inputs.reference);
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  if (ref.kind === 'layout') inWorkspace(ws, 'reference', ref.path);
  const output = inWorkspace(ws, 'output', inputs.output);
  const store = storeFromInputs(ref, inputs, environment, linksBeneath(ws, 'reference'));
  const target = referenceTarget(ref);
  const result = await pullArtefact(store, target, output, environment.logger, (error, at) =>
    pathInputError(environment.cwd, 'output', inputs.output, 'a directory pull can create and write in', error, at),
  );
  return {
    outputs: { digest: result.digest, output, files: result.files.join('\n'), json: JSON.stringify(result) },
    summary: `### Pulled \`${inputs.reference}\`\n\n${result.files.length} file(s) into \`${output}\` (\`${result.digest}\`)\n`,
  };
}
