/**
 * pull: a packed artefact back into files, every blob verified against its digest while streaming,
 * titles and tar entry paths refused when they would leave the output directory.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { FILE_CHUNK, SMALL_FILE } from '../files.js';
import { BehindWrites } from './behind.js';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import { inWorkspace, linksBeneath, workspace } from '../paths.js';
import { tarEntries } from '../sbom/image/tar.js';
import { ANNOTATION_TITLE, Hasher, INDEX_MEDIA_TYPES, MEDIA, type ImageManifest } from '../oci/media.js';
import { parseReference, referenceTarget } from '../oci/references.js';
import type { ArtifactStore } from '../oci/store.js';
import { ANNOTATION_CONTENT_DIGEST, ANNOTATION_UNPACK } from './format.js';
import type { PullInputs } from './inputs.js';
import { storeFromInputs } from '../oci/open.js';

/** A relative path that stays inside its root: no absolute path, no `..`, no backslash or NUL. */
function safeRelativePath(name: string, what: string): string {
  const normal = name.replace(/^\.\//, '').replace(/\/+$/, '');
  const parts = normal.split('/');
  if (
    normal === '' ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    /[\\\0]/.test(name) ||
    parts.some((p) => p === '..' || p === '' || p === '.')
  ) {
    throw new ArtefactsError(
      'PATH_UNSAFE',
      `Refusing ${what} ${JSON.stringify(name.slice(0, 300))}: it would be written outside the output directory.`,
      { hint: 'The artefact was built to escape its directory (path traversal); nothing from it was kept.' },
    );
  }
  return normal;
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

/** Writes an artefact's layers under `output`: verified, staged, then moved in place (never over existing files). */
export async function pullArtefact(
  store: ArtifactStore,
  target: string,
  output: string,
  logger: Logger,
): Promise<PullResult> {
  const manifest = await store.getManifest(target);
  const parsed = manifest.parsed as ImageManifest;
  notFileArtefact(`${store.location}@${manifest.digest}`, manifest.mediaType, parsed);
  await mkdir(output, { recursive: true });
  const staging = await mkdtemp(path.join(output, `.pull-${randomBytes(3).toString('hex')}-`));
  const files: string[] = [];
  const tops: string[] = [];
  const writes = new BehindWrites(staging);
  try {
    for (const layer of parsed.layers) {
      const title = layer.annotations?.[ANNOTATION_TITLE];
      if (title === undefined) {
        logger.warning(`Layer ${layer.digest} has no ${ANNOTATION_TITLE}: skipped.`);
        continue;
      }
      const safe = safeRelativePath(title, 'layer title');
      tops.push(safe.split('/')[0]!);
      const blob = await store.getBlob(layer);
      if (layer.annotations?.[ANNOTATION_UNPACK] !== 'true') {
        const file = path.join(staging, safe);
        await mkdir(path.dirname(file), { recursive: true });
        await pipeline(blob, createWriteStream(file, { mode: 0o644 }));
        files.push(safe);
        continue;
      }
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
        const name = safeRelativePath(entry.path, 'tar entry');
        const file = path.join(staging, name);
        if (entry.type === 'directory') {
          await writes.directory(file);
          continue;
        }
        if (entry.type !== 'file') {
          throw new ArtefactsError(
            'UNSUPPORTED',
            `Refusing tar entry ${JSON.stringify(entry.path)}: a ${entry.type}; pull writes regular files and directories only.`,
          );
        }
        await writes.directory(path.dirname(file));
        const mode = entry.mode & 0o111 ? 0o755 : 0o644;
        // The same name again: the later entry wins, as tar extracts it.
        await writes.settled(file);
        if (entry.size <= SMALL_FILE) await writes.whole(file, await entry.read(), mode);
        else await pipeline(Readable.from(entry.chunks()), createWriteStream(file, { mode }));
        files.push(name);
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
    for (const top of [...new Set(tops)]) {
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
    for (const top of [...new Set(tops)]) await rename(path.join(staging, top), path.join(output, top));
  } finally {
    await writes.settle();
    await rm(staging, { recursive: true, force: true });
  }
  logger.info(`Pulled ${files.length} file(s) from ${store.location}@${manifest.digest} into ${output}`);
  return { digest: manifest.digest, artifactType: parsed.artifactType, output, files: files.sort() };
}

/** `artefacts pull <reference> --output DIR`. */
export async function runPull(inputs: PullInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const ref = parseReference(inputs.reference);
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  if (ref.kind === 'layout') inWorkspace(ws, 'reference', ref.path);
  const output = inWorkspace(ws, 'output', inputs.output);
  const store = storeFromInputs(ref, inputs, environment, linksBeneath(ws, 'reference'));
  const target = referenceTarget(ref);
  const result = await pullArtefact(store, target, output, environment.logger);
  return {
    outputs: { digest: result.digest, output, files: result.files.join('\n'), json: JSON.stringify(result) },
    summary: `### Pulled \`${inputs.reference}\`\n\n${result.files.length} file(s) into \`${output}\` (\`${result.digest}\`)\n`,
  };
}
