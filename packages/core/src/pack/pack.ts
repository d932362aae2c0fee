/**
 * pack: files and directories → one OCI artefact, reproducibly, into a registry or an OCI layout
 * (the artefact's format: ./format.ts).
 *
 * Reproducible: entries sorted by byte order, modes 0644 / 0755 (executables and directories),
 * owner 0/0 without names, every mtime = SOURCE_DATE_EPOCH, else the HEAD commit time; gzip header
 * with mtime 0 and OS byte 3 (Unix) whatever the platform. The same files give the same digest.
 */
import { lstat, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jobSummary } from '../summary.js';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { readFileBorrowed } from '../files.js';
import { commitTime } from '../git/git.js';
import { reproducibleTime } from '../time.js';
import type { Logger } from '../log.js';
import { inWorkspace, isPathFailure, linksBeneath, pathInputError, workspace } from '../paths.js';
import {
  ANNOTATION_CREATED,
  ANNOTATION_TITLE,
  EMPTY_DIGEST,
  EMPTY_JSON,
  MEDIA,
  digestFile,
  encodeManifest,
  type Descriptor,
  type ImageManifest,
  type Manifest,
} from '../oci/media.js';
import { envRunFacts } from '../github/run-facts.js';
import { bindTag, versionFacts } from '../sign/predicates/tag-binding.js';
import { formatReference, parseReference } from '../oci/references.js';
import type { ArtifactStore, LentChunks, StagedBlob } from '../oci/store.js';
import {
  ANNOTATION_CONTENT_DIGEST,
  ANNOTATION_UNPACK,
  DEFAULT_ARTIFACT_TYPE,
  FILE_LAYER_MEDIA_TYPE,
} from './format.js';
import type { PackInputs } from './inputs.js';
import { storeFromInputs } from '../oci/open.js';
import { compareText } from '../order.js';
import { checkConnectionSettings } from '../oci/connection.js';
import { LINK_HINT, walk, writeTarLayer, writtenLayer, type TreeEntry } from './tar-layer.js';

interface PreparedLayer {
  readonly descriptor: Descriptor;
  /** The layer's bytes, lent from reused buffers: the store verifies them, unless they are `verified`. */
  readonly open: () => LentChunks;
  /** A directory's layer written straight into the store (a layout), committed by rename. */
  readonly staged?: StagedBlob;
}

function checkTitle(title: string): void {
  if (title === '' || title === '.' || title === '..' || /[\\/\0]/.test(title)) {
    throw new ArtefactsError('INPUT_INVALID', `Input 'path': cannot name a layer ${JSON.stringify(title)}.`);
  }
}

export interface PackResult {
  readonly digest: string;
  readonly mediaType: string;
  readonly artifactType: string;
  /** The manifest's size in bytes (its descriptor's size). */
  readonly manifestSize: number;
  /** Bytes of all layers (the packed content). */
  readonly size: number;
  readonly reference: string;
  readonly tags: readonly string[];
  readonly refs: readonly string[];
  readonly created: string;
  readonly createdSource: string;
  readonly layers: readonly { title: string; digest: string; size: number; mediaType: string; directory: boolean }[];
  readonly unchanged: boolean;
  /** The tag-binding records of `tags` (with `bindTags`), in the same order. */
  readonly bindings?: readonly string[];
}

/**
 * Packs `paths` (relative to cwd) into `store` and tags it. A tag already holding another digest is
 * refused (TAG_CONFLICT): artefacts are immutable; the same digest again is a no-op success.
 */
export async function packArtefact(
  store: ArtifactStore,
  options: {
    paths: readonly string[];
    tags: readonly string[];
    artifactType?: string;
    annotations?: Readonly<Record<string, string>>;
    compression?: 'gzip' | 'none';
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    logger: Logger;
    /** Formats `@digest` and `:tag` references for outputs; default store.location. */
    name?: string;
    /** A tag-binding record per tag (docs/tag-binding.md), pushed before the tags; unsigned. */
    bindTags?: boolean;
  },
): Promise<PackResult> {
  const { logger } = options;
  // SOURCE_DATE_EPOCH, else the HEAD commit time, else 1970-01-01 with a warning.
  const headCommit = async () => {
    const at = await commitTime(options.cwd);
    return at === undefined ? undefined : { time: at, source: 'commit' };
  };
  const when = await reproducibleTime(options.env, [headCommit], { kind: 'unix-epoch' });
  if (when.source === 'unix-epoch') {
    logger.warning('No SOURCE_DATE_EPOCH and no git commit: file times are set to 1970-01-01T00:00:00Z.');
  }
  const time = { seconds: when.time.getTime() / 1000, source: when.source === 'unix-epoch' ? 'epoch' : when.source };
  const created = new Date(time.seconds * 1000).toISOString().replace('.000Z', 'Z');
  logger.info(`File times and created: ${created} (from ${time.source})`);
  const scratch = await mkdtemp(path.join(tmpdir(), 'artefacts-pack-'));
  const titles = new Set<string>();
  const layers: PreparedLayer[] = [];
  const stagedBlobs: StagedBlob[] = [];
  const summary: PackResult['layers'][number][] = [];
  try {
    // Every path is checked before anything is written.
    const sources: { given: string; absolute: string; title: string; directory: boolean }[] = [];
    for (const given of options.paths) {
      const absolute = path.resolve(options.cwd, given);
      let info;
      try {
        info = await lstat(absolute);
      } catch (error) {
        throw isPathFailure(error)
          ? pathInputError(options.cwd, 'path', given, 'an existing file or directory', error)
          : inputError('path', given, 'existing files or directories', describeError(error));
      }
      // As inside a packed directory: a link is not packed, whether it leads in or out of the workspace.
      if (info.isSymbolicLink()) {
        throw inputError('path', given, 'a regular file or directory, not a symbolic link', LINK_HINT);
      }
      if (!info.isFile() && !info.isDirectory()) throw inputError('path', given, 'regular files or directories');
      const title = path.basename(absolute);
      checkTitle(title);
      if (titles.has(title)) {
        throw inputError('path', given, 'paths with distinct names (each becomes a layer titled with its name)');
      }
      titles.add(title);
      sources.push({ given, absolute, title, directory: info.isDirectory() });
    }
    // Every tree is walked before any layer is written: a layer staged in a layout inside a packed
    // tree is never part of the tree.
    const trees: (TreeEntry[] | undefined)[] = [];
    /** A file or directory under a path that cannot be read (permission denied, ...): that path's failure. */
    const unreadable = (source: (typeof sources)[number]) => (error: unknown) =>
      pathInputError(options.cwd, 'path', source.given, 'readable files and directories', error);
    for (const source of sources) {
      try {
        trees.push(source.directory ? await walk(source.absolute, source.title) : undefined);
      } catch (error) {
        throw unreadable(source)(error);
      }
    }
    for (const [i, source] of sources.entries()) {
      const entries = trees[i];
      if (entries === undefined) {
        let digest: string, size: number;
        try {
          ({ digest, size } = await digestFile(source.absolute));
        } catch (error) {
          throw unreadable(source)(error);
        }
        const descriptor = {
          mediaType: FILE_LAYER_MEDIA_TYPE,
          digest,
          size,
          annotations: { [ANNOTATION_TITLE]: source.title },
        };
        layers.push({ descriptor, open: () => ({ chunks: readFileBorrowed(source.absolute) }) });
        summary.push({ title: source.title, digest, size, mediaType: descriptor.mediaType, directory: false });
        continue;
      }
      // Into a layout, the layer is written once, in place; for a registry, to a scratch file first.
      const staged = await store.stageBlob?.();
      if (staged !== undefined) stagedBlobs.push(staged);
      const file = staged?.file ?? path.join(scratch, `layer-${i}`);
      const gzip = (options.compression ?? 'gzip') === 'gzip';
      const { tar, blob } = await writeTarLayer(entries, time.seconds, file, gzip, unreadable(source));
      const descriptor = {
        mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar,
        digest: blob.digest,
        size: blob.size,
        annotations: {
          [ANNOTATION_CONTENT_DIGEST]: tar.digest,
          [ANNOTATION_UNPACK]: 'true',
          [ANNOTATION_TITLE]: source.title,
        },
      };
      // Hashed as written, in a directory of this process's own: not hashed again on upload.
      layers.push({ descriptor, open: () => ({ chunks: writtenLayer(file, blob.size), verified: blob }), staged });
      summary.push({
        title: source.title,
        digest: descriptor.digest,
        size: descriptor.size,
        mediaType: descriptor.mediaType,
        directory: true,
      });
      logger.info(`${source.title}/: ${entries.length} entries, ${descriptor.size} bytes (${descriptor.digest})`);
    }
    const annotations: Record<string, string> = { ...(options.annotations ?? {}), [ANNOTATION_CREATED]: created };
    const sorted = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => compareText(a, b)));
    const artifactType = options.artifactType ?? DEFAULT_ARTIFACT_TYPE;
    const manifest = encodeManifest({
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      artifactType,
      config: { mediaType: MEDIA.empty, digest: EMPTY_DIGEST, size: EMPTY_JSON.length },
      layers: layers.map((l) => l.descriptor),
      annotations: sorted,
    } as ImageManifest);
    const bindAll = async (bound: Manifest): Promise<string[]> => {
      const subject = { mediaType: MEDIA.ociManifest, digest: bound.digest, size: bound.bytes.length };
      const facts = { repository: options.name ?? store.location, digest: bound.digest, ...versionFacts(bound) };
      const run = envRunFacts(options.env);
      const out: string[] = [];
      for (const tag of options.tags) {
        const b = await bindTag(store, subject, { ...facts, tag, run, now: new Date() }, undefined);
        if (b.written) logger.info(`  tag binding ${b.record} attached for ${tag} (unsigned)`);
        out.push(b.record);
      }
      return out;
    };
    let bindings: string[] | undefined;
    // The tag rule before any write: a tag holding another digest is never moved.
    let unchanged = options.tags.length > 0;
    for (const tag of options.tags) {
      const current = await store.resolve(tag);
      if (current !== undefined && current.digest !== manifest.digest) {
        throw new ArtefactsError(
          'TAG_CONFLICT',
          `${store.location}:${tag} already holds ${current.digest}; this content is ${manifest.digest}. Artefacts are immutable: the tag is not moved.`,
          {
            hint: 'Use a new tag (build-tag’s immutable tag changes with every commit), or commit the change that altered the content.',
          },
        );
      }
      if (current === undefined) unchanged = false;
    }
    if (!unchanged) {
      if ((await store.hasBlob(EMPTY_DIGEST)) === undefined) {
        await store.putBlob({ digest: EMPTY_DIGEST, size: EMPTY_JSON.length }, EMPTY_JSON);
      }
      for (const layer of layers) {
        if (layer.staged !== undefined) await layer.staged.commit(layer.descriptor);
        else if ((await store.hasBlob(layer.descriptor.digest)) === undefined) {
          await store.putBlob(layer.descriptor, () => layer.open());
        }
      }
      if (options.bindTags === true && options.tags.length > 0) {
        // The manifest by digest, then its bindings, then the tags: no tag before its records.
        await store.putManifest(manifest);
        bindings = await bindAll(manifest);
        for (const tag of options.tags) await store.putTag(tag, manifest);
      } else {
        await store.putManifest(manifest, options.tags[0] === undefined ? {} : { tag: options.tags[0] });
        for (const tag of options.tags.slice(1)) await store.putTag(tag, manifest);
      }
      for (const tag of options.tags) {
        const now = await store.resolve(tag);
        if (now?.digest !== manifest.digest) {
          throw new ArtefactsError(
            'TAG_RACE',
            `${store.location}:${tag} reads back as ${now?.digest ?? 'absent'} right after writing ${manifest.digest}.`,
          );
        }
      }
    }
    // Tags already there (a re-run): a binding an earlier run left out is added (none is added twice).
    if (unchanged && options.bindTags === true) bindings = await bindAll(manifest);
    const name = options.name ?? store.location;
    logger.info(`${unchanged ? 'Already there' : 'Packed'}: ${name}@${manifest.digest}`);
    return {
      digest: manifest.digest,
      mediaType: MEDIA.ociManifest,
      artifactType,
      manifestSize: manifest.bytes.length,
      size: layers.reduce((sum, l) => sum + l.descriptor.size, 0),
      reference: `${name}@${manifest.digest}`,
      tags: options.tags,
      refs: options.tags.map((t) => `${name}:${t}`),
      created,
      createdSource: time.source,
      layers: summary,
      unchanged,
      ...(bindings === undefined ? {} : { bindings }),
    };
  } finally {
    // A staged layer not committed (a tag conflict, a failure, a re-run) leaves nothing in the store.
    await Promise.all(stagedBlobs.map((staged) => staged.discard()));
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The pack action's and `artefacts pack`'s entry point. */
export async function runPack(inputs: PackInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  if (inputs.registryPassword !== undefined) environment.logger.secret(inputs.registryPassword);
  const ref = parseReference(inputs.destination);
  // Every path input stays in the workspace (symbolic links followed) before anything is read or written.
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  for (const given of inputs.paths) inWorkspace(ws, 'path', given);
  if (ref.kind === 'layout') inWorkspace(ws, 'destination', ref.path);
  // The destination may not be a layout yet: pack creates it (a file where it would be is refused).
  const store = storeFromInputs(ref, inputs, environment, { ...linksBeneath(ws, 'destination'), create: true });
  const tags = [...new Set([...(ref.tag === undefined ? [] : [ref.tag]), ...inputs.tags])];
  const result = await packArtefact(store, {
    paths: inputs.paths,
    tags,
    artifactType: inputs.artifactType,
    annotations: inputs.annotations,
    compression: inputs.compression,
    cwd: environment.cwd,
    env: environment.env,
    logger: environment.logger,
    name: formatReference(ref, { tag: undefined, digest: undefined }),
    bindTags: inputs.bindTags,
  });
  return {
    outputs: {
      digest: result.digest,
      reference: result.reference,
      size: String(result.size),
      json: JSON.stringify(result),
    },
    summary: jobSummary(
      'pack',
      result.digest,
      environment.github,
      [
        `### Packed \`${result.reference}\``,
        '',
        `artifactType \`${result.artifactType}\`, created \`${result.created}\` (${result.createdSource})${result.unchanged ? ', already there: nothing written' : ''}`,
        '',
        '| Layer | Digest | Bytes |',
        '| --- | --- | ---: |',
        ...result.layers.map((l) => `| \`${l.title}${l.directory ? '/' : ''}\` | \`${l.digest}\` | ${l.size} |`),
        '',
        ...(result.refs.length > 0 ? [`Tags: ${result.refs.map((r) => `\`${r}\``).join(', ')}`, ''] : []),
        ...(result.bindings === undefined
          ? []
          : [`Tag bindings (unsigned): ${result.bindings.map((r) => `\`${r}\``).join(', ')}`, '']),
      ].join('\n'),
    ),
  };
}
