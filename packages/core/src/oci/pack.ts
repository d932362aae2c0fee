/**
 * pack: files and directories → one OCI artefact, reproducibly, into a registry or an OCI layout.
 *
 * Layout of the artefact (the ORAS conventions, so `oras pull` reads it too):
 * - manifest: OCI image manifest with `artifactType` (default {@link DEFAULT_ARTIFACT_TYPE}),
 *   config = the empty descriptor (`{}`), annotations = the given ones (build-tag's `manifest:`
 *   lines) plus `org.opencontainers.image.created`;
 * - a file → one layer `application/octet-stream` with `org.opencontainers.image.title` = its name;
 * - a directory → one tar layer (gzip by default) titled with the directory's name, entries under
 *   `<name>/`, annotated `io.deis.oras.content.unpack: true` and `io.deis.oras.content.digest`
 *   (sha256 of the uncompressed tar).
 *
 * Reproducible: entries sorted by byte order, modes 0644 / 0755 (executables and directories),
 * owner 0/0 without names, every mtime = SOURCE_DATE_EPOCH, else the HEAD commit time; gzip header
 * with mtime 0 and OS byte 3 (Unix) whatever the platform. The same files give the same digest.
 *
 * pull: the reverse, every blob verified against its digest while streaming, titles and tar entry
 * paths refused when they would leave the output directory.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { jobSummary } from '../summary.js';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { git } from '../git/git.js';
import * as parse from '../inputs.js';
import type { RawInputs } from '../inputs.js';
import type { Logger } from '../log.js';
import { inWorkspace, parseAllowOutsideWorkspace, plainValue, workspace } from '../paths.js';
import { tarEntries } from '../sbom/image/tar.js';
import type { Credentials } from './auth.js';
import { tarHeader } from './builder.js';
import { EMPTY_DIGEST, EMPTY_JSON, MEDIA, encodeManifest, type Descriptor, type ImageManifest } from './media.js';
import { openStore } from './open.js';
import {
  formatReference,
  isTag,
  parseReference,
  referenceInput,
  referenceTarget,
  type ImageReference,
} from './references.js';
import type { ArtifactStore } from './store.js';

/** The default artifactType of packed files: the project's own, versioned media type. */
export const DEFAULT_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.files.v1';
/** Media type of a single packed file's layer. */
export const FILE_LAYER_MEDIA_TYPE = 'application/octet-stream';
const ANNOTATION_TITLE = 'org.opencontainers.image.title';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/** ORAS: the layer is a directory tar to unpack under its title. */
export const ANNOTATION_UNPACK = 'io.deis.oras.content.unpack';
/** ORAS: sha256 of the uncompressed tar of a directory layer. */
export const ANNOTATION_CONTENT_DIGEST = 'io.deis.oras.content.digest';

const MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export interface PackInputs {
  /** Files or directories, relative to the workspace. */
  readonly paths: readonly string[];
  readonly destination: string;
  /** Tags to write besides the destination's own. */
  readonly tags: readonly string[];
  readonly artifactType: string;
  readonly annotations: Readonly<Record<string, string>>;
  readonly compression: 'gzip' | 'none';
  readonly registryUsername: string | undefined;
  readonly registryPassword: string | undefined;
  /** Path inputs the user let resolve outside the workspace (`allow-outside-workspace`). */
  readonly allowOutsideWorkspace?: ReadonlySet<string>;
}

export const PACK_SECRETS = ['registry-password'] as const;
/** Inputs naming files or directories: confined to the workspace unless listed in allow-outside-workspace. */
export const PACK_PATH_INPUTS = ['path', 'destination'] as const;

/**
 * Annotations from lines `key=value`, `manifest:key=value` (build-tag's `annotations` output) or
 * `manifest[...]:key=value`; lines for other levels (index, descriptors) do not apply to a single
 * manifest and are skipped.
 */
export function parsePackAnnotations(lines: readonly string[], input = 'annotations'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw inputError(input, line, 'lines of key=value or manifest:key=value (build-tag’s annotations output)');
    let key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1);
    const level = /^([a-z-]+)(\[[^\]]*\])?:(.+)$/.exec(key);
    if (level) {
      if (!['manifest', 'index', 'manifest-descriptor', 'index-descriptor'].includes(level[1]!)) {
        throw inputError(input, line, 'a level of manifest, index, manifest-descriptor or index-descriptor before ":"');
      }
      if (level[1] !== 'manifest') continue;
      key = level[3]!;
    }
    if (!ANNOTATION_KEY.test(key))
      throw inputError(input, line, 'annotation keys such as org.opencontainers.image.version');
    out[key] = value;
  }
  return out;
}

export function parsePackInputs(raw: RawInputs): PackInputs {
  const paths = parse.list(raw, 'path', { comma: false });
  if (paths.length === 0) throw inputError('path', raw('path'), 'one or more files or directories, one per line');
  for (const p of paths) plainValue('path', p);
  const destination = parse.required(raw, 'destination');
  const ref = referenceInput('destination', destination);
  if (ref.digest !== undefined) {
    throw inputError('destination', destination, 'a reference without @digest (the digest is what pack computes)');
  }
  const tags = parse.list(raw, 'tags');
  for (const tag of tags) if (!isTag(tag)) throw inputError('tags', tag, 'tags of [A-Za-z0-9_][A-Za-z0-9._-]{0,127}');
  if (ref.kind === 'layout' && ref.tag === undefined && tags.length === 0) {
    throw inputError(
      'tags',
      '',
      'at least one tag for an oci: layout destination (oci:<dir>:<tag> or tags), or an untagged artefact would be unreachable',
    );
  }
  const artifactType = parse.optionalText(raw, 'artifact-type') ?? DEFAULT_ARTIFACT_TYPE;
  if (!MEDIA_TYPE.test(artifactType)) {
    throw inputError('artifact-type', artifactType, 'a media type (type/subtype), e.g. application/vnd.acme.chart.v1');
  }
  const { username: registryUsername, password: registryPassword } = parse.credentialPair(raw);
  return {
    paths,
    destination,
    tags,
    artifactType,
    annotations: parsePackAnnotations(parse.splitList(raw('annotations'), false)),
    compression: parse.oneOf(raw, 'compression', ['gzip', 'none'] as const, 'gzip'),
    registryUsername,
    registryPassword,
    allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, PACK_PATH_INPUTS),
  };
}

/** SOURCE_DATE_EPOCH, else the HEAD commit time, else 0 with a warning. */
export async function reproducibleTime(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger,
): Promise<{ seconds: number; source: 'SOURCE_DATE_EPOCH' | 'commit' | 'epoch' }> {
  const epoch = parse.sourceDateEpoch(env);
  if (epoch !== undefined) return { seconds: epoch, source: 'SOURCE_DATE_EPOCH' };
  try {
    const out = (await git(['log', '-1', '--format=%ct', 'HEAD'], { cwd })).trim();
    if (/^\d+$/.test(out)) return { seconds: Number(out), source: 'commit' };
  } catch {
    // not a git repository, or no commit yet
  }
  logger.warning('No SOURCE_DATE_EPOCH and no git commit: file times are set to 1970-01-01T00:00:00Z.');
  return { seconds: 0, source: 'epoch' };
}

/** Sets the gzip header's OS byte (offset 9) to 3 (Unix) so the bytes do not depend on the platform. */
class FixGzipHeader extends Transform {
  private offset = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.offset <= 9 && this.offset + chunk.length > 9) {
      chunk = Buffer.from(chunk);
      chunk[9 - this.offset] = 3;
    }
    this.offset += chunk.length;
    callback(null, chunk);
  }
}

class Hasher extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }
}

interface TreeEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory';
  readonly absolute: string;
  readonly size: number;
  readonly mode: number;
}

/** Every entry under `root`, sorted by byte order of the tar name; symlinks and special files refused. */
async function walk(root: string, prefix: string): Promise<TreeEntry[]> {
  const out: TreeEntry[] = [];
  const visit = async (dir: string, name: string) => {
    out.push({ name: `${name}/`, kind: 'directory', absolute: dir, size: 0, mode: 0o755 });
    for (const child of (await readdir(dir)).sort()) {
      const absolute = path.join(dir, child);
      const info = await lstat(absolute);
      const childName = `${name}/${child}`;
      if (info.isDirectory()) await visit(absolute, childName);
      else if (info.isFile()) {
        out.push({
          name: childName,
          kind: 'file',
          absolute,
          size: info.size,
          mode: info.mode & 0o111 ? 0o755 : 0o644,
        });
      } else {
        throw new ArtefactsError(
          'UNSUPPORTED',
          `${absolute} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a regular file or directory'}; pack stores regular files and directories only.`,
          { hint: 'Copy the target in place of the link, or leave it out of the packed directory.' },
        );
      }
    }
  };
  await visit(root, prefix);
  return out.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}

async function* tarStream(entries: readonly TreeEntry[], mtime: number): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    if (entry.kind === 'directory') {
      yield tarHeader(entry.name, 0, 0o755, { type: 'directory', mtime });
      continue;
    }
    yield tarHeader(entry.name, entry.size, entry.mode, { mtime });
    let read = 0;
    for await (const chunk of createReadStream(entry.absolute) as AsyncIterable<Buffer>) {
      read += chunk.length;
      if (read > entry.size) break;
      yield chunk;
    }
    if (read !== entry.size) {
      throw new ArtefactsError('IO_FAILED', `${entry.absolute} changed size while it was being packed.`);
    }
    const pad = (512 - (entry.size % 512)) % 512;
    if (pad > 0) yield Buffer.alloc(pad, 0);
  }
  yield Buffer.alloc(1024, 0);
}

interface PreparedLayer {
  readonly descriptor: Descriptor;
  readonly open: () => Readable;
}

async function fileDigest(file: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { digest: `sha256:${hash.digest('hex')}`, size };
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
  },
): Promise<PackResult> {
  const { logger } = options;
  const time = await reproducibleTime(options.cwd, options.env, logger);
  const created = new Date(time.seconds * 1000).toISOString().replace('.000Z', 'Z');
  logger.info(`File times and created: ${created} (from ${time.source})`);
  const scratch = await mkdtemp(path.join(tmpdir(), 'artefacts-pack-'));
  const titles = new Set<string>();
  const layers: PreparedLayer[] = [];
  const summary: PackResult['layers'][number][] = [];
  try {
    // Every path is checked before anything is written.
    const sources: { absolute: string; title: string; directory: boolean }[] = [];
    for (const given of options.paths) {
      const absolute = path.resolve(options.cwd, given);
      let info;
      try {
        info = await stat(absolute);
      } catch (error) {
        throw inputError('path', given, 'existing files or directories', describeError(error));
      }
      if (!info.isFile() && !info.isDirectory()) throw inputError('path', given, 'regular files or directories');
      const title = path.basename(absolute);
      checkTitle(title);
      if (titles.has(title)) {
        throw inputError('path', given, 'paths with distinct names (each becomes a layer titled with its name)');
      }
      titles.add(title);
      sources.push({ absolute, title, directory: info.isDirectory() });
    }
    for (const [i, source] of sources.entries()) {
      if (!source.directory) {
        const { digest, size } = await fileDigest(source.absolute);
        const descriptor = {
          mediaType: FILE_LAYER_MEDIA_TYPE,
          digest,
          size,
          annotations: { [ANNOTATION_TITLE]: source.title },
        };
        layers.push({ descriptor, open: () => createReadStream(source.absolute) });
        summary.push({ title: source.title, digest, size, mediaType: descriptor.mediaType, directory: false });
        continue;
      }
      const entries = await walk(source.absolute, source.title);
      const file = path.join(scratch, `layer-${i}`);
      const tarHash = new Hasher();
      const blobHash = new Hasher();
      const gzip = (options.compression ?? 'gzip') === 'gzip';
      const stages: NodeJS.ReadWriteStream[] = gzip ? [createGzip({ level: 9 }), new FixGzipHeader()] : [];
      await pipeline([
        Readable.from(tarStream(entries, time.seconds)),
        tarHash,
        ...stages,
        blobHash,
        createWriteStream(file),
      ] as NodeJS.ReadWriteStream[]);
      const descriptor = {
        mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar,
        digest: `sha256:${blobHash.hash.digest('hex')}`,
        size: blobHash.size,
        annotations: {
          [ANNOTATION_CONTENT_DIGEST]: `sha256:${tarHash.hash.digest('hex')}`,
          [ANNOTATION_UNPACK]: 'true',
          [ANNOTATION_TITLE]: source.title,
        },
      };
      layers.push({ descriptor, open: () => createReadStream(file) });
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
    const sorted = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const artifactType = options.artifactType ?? DEFAULT_ARTIFACT_TYPE;
    const manifest = encodeManifest({
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      artifactType,
      config: { mediaType: MEDIA.empty, digest: EMPTY_DIGEST, size: EMPTY_JSON.length },
      layers: layers.map((l) => l.descriptor),
      annotations: sorted,
    } as ImageManifest);
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
        if ((await store.hasBlob(layer.descriptor.digest)) === undefined) {
          await store.putBlob(layer.descriptor, () => layer.open());
        }
      }
      await store.putManifest(manifest, options.tags[0] === undefined ? {} : { tag: options.tags[0] });
      for (const tag of options.tags.slice(1)) await store.putTag(tag, manifest);
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
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A layout reference's directory, relative to the workspace (as every other path input). */
export function openWorkspaceStore(
  ref: ImageReference,
  cwd: string,
  access: { registryUsername?: string | undefined; registryPassword?: string | undefined },
  environment: Pick<ActionEnvironment, 'env' | 'logger'>,
): ArtifactStore {
  if (ref.kind === 'layout') return openStore({ ...ref, path: path.resolve(cwd, ref.path) });
  const credentials: Record<string, Credentials> = {};
  if (access.registryUsername !== undefined && access.registryPassword !== undefined) {
    environment.logger.secret(access.registryPassword);
    credentials[ref.registry] = { username: access.registryUsername, password: access.registryPassword };
  }
  return openStore(ref, { credentials, env: { ...environment.env }, logger: environment.logger });
}

/** The pack action's and `artefacts pack`'s entry point. */
export async function runPack(inputs: PackInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  if (inputs.registryPassword !== undefined) environment.logger.secret(inputs.registryPassword);
  const ref = parseReference(inputs.destination);
  // Every path input stays in the workspace (symbolic links followed) before anything is read or written.
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  for (const given of inputs.paths) inWorkspace(ws, 'path', given);
  if (ref.kind === 'layout') inWorkspace(ws, 'destination', ref.path);
  const store = openWorkspaceStore(ref, environment.cwd, inputs, environment);
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
      ].join('\n'),
    ),
  };
}

// ── pull ────────────────────────────────────────────────────────────────────

export interface PullInputs {
  readonly reference: string;
  readonly output: string;
  readonly registryUsername: string | undefined;
  readonly registryPassword: string | undefined;
  readonly allowOutsideWorkspace?: ReadonlySet<string>;
}

export const PULL_PATH_INPUTS = ['reference', 'output'] as const;

export function parsePullInputs(raw: RawInputs): PullInputs {
  const value = parse.required(raw, 'reference');
  referenceInput('reference', value);
  const { username: registryUsername, password: registryPassword } = parse.credentialPair(raw);
  return {
    reference: value,
    output: plainValue('output', parse.optionalText(raw, 'output') ?? '.'),
    registryUsername,
    registryPassword,
    allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, PULL_PATH_INPUTS),
  };
}

/** A relative path that stays inside its root: no absolute path, no `..`, no backslash or NUL. */
export function safeRelativePath(name: string, what: string): string {
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
  if (!Array.isArray(parsed.layers)) {
    throw new ArtefactsError(
      'MEDIA_TYPE_UNSUPPORTED',
      `${store.location}@${manifest.digest} is ${manifest.mediaType}, not an artefact manifest with layers.`,
    );
  }
  await mkdir(output, { recursive: true });
  const staging = await mkdtemp(path.join(output, `.pull-${randomBytes(3).toString('hex')}-`));
  const files: string[] = [];
  const tops: string[] = [];
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
          ? blob.pipe(createGunzip())
          : blob;
      blob.on('error', (error) => plain.destroy(error));
      const hashed = plain.pipe(hasher);
      plain.on('error', (error) => hashed.destroy(error));
      for await (const entry of tarEntries(hashed as AsyncIterable<Buffer>)) {
        const name = safeRelativePath(entry.path, 'tar entry');
        const file = path.join(staging, name);
        if (entry.type === 'directory') {
          await mkdir(file, { recursive: true, mode: 0o755 });
          continue;
        }
        if (entry.type !== 'file') {
          throw new ArtefactsError(
            'UNSUPPORTED',
            `Refusing tar entry ${JSON.stringify(entry.path)}: a ${entry.type}; pull writes regular files and directories only.`,
          );
        }
        await mkdir(path.dirname(file), { recursive: true });
        await pipeline(
          Readable.from(entry.chunks()),
          createWriteStream(file, { mode: entry.mode & 0o111 ? 0o755 : 0o644 }),
        );
        files.push(name);
      }
      for await (const _ of hashed as AsyncIterable<Buffer>) void _;
      const expected = layer.annotations?.[ANNOTATION_CONTENT_DIGEST];
      const actual = `sha256:${hasher.hash.digest('hex')}`;
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
  const store = openWorkspaceStore(ref, environment.cwd, inputs, environment);
  const target = referenceTarget(ref);
  const result = await pullArtefact(store, target, output, environment.logger);
  return {
    outputs: { digest: result.digest, output, files: result.files.join('\n'), json: JSON.stringify(result) },
    summary: `### Pulled \`${inputs.reference}\`\n\n${result.files.length} file(s) into \`${output}\` (\`${result.digest}\`)\n`,
  };
}
