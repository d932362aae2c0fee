/**
 * pull: a packed artefact back into files, every blob verified against its digest while streaming.
 * What an artefact may hold is one rule, checked before anything is moved into the output directory:
 * each titled layer is written as its title (a safe, plain relative path, no two titles the same or
 * one inside another), and each entry of a directory layer's tar sits under that title, a file or a
 * directory but not both. Anything else is refused, naming the layer and the name.
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
import { hasControlCharacter, inWorkspace, linksBeneath, pathInputError, workspace } from '../paths.js';
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
 * A relative path that stays inside its root and is a plain name: no absolute path, no `..`, no
 * backslash, and no newline or other control character (a file named with one is a trap for every
 * script, and the `files` output, one name a line, would list names that do not exist).
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
 * files silently replaced. (ORAS refuses a title twice too.) Untitled layers are skipped, told.
 */
function titledLayers(layers: readonly Descriptor[], logger: Logger): TitledLayer[] {
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
 * mid-write with a bare errno). A file named twice is one file: the later entry wins, as tar extracts it.
 */
class DirectoryLayerNames {
  private readonly files = new Set<string>();
  private readonly dirs: Set<string>;
  private readonly of: string;

  constructor(
    layer: Descriptor,
    private readonly title: string,
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
 * file there, permission denied).
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
  const layers = titledLayers(parsed.layers, logger);
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
      const names = new DirectoryLayerNames(layer, title);
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
