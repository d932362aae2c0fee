/**
 * Assembles OCI images in code, into an OCI image layout: tar layers (gzip or plain) from given
 * files or of random, incompressible content of a given size, the image config, single-platform
 * manifests and multi-platform indexes. Streams throughout, so a 1 GB layer never sits in memory.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { zlib } from '../builtins.js';
import { ArtefactsError } from '../errors.js';
import { FILE_CHUNK } from '../files.js';
import type { LayoutStore } from './layout.js';
import {
  EMPTY_DESCRIPTOR,
  EMPTY_DIGEST,
  EMPTY_JSON,
  Hasher,
  MEDIA,
  descriptorOf,
  encodeManifest,
  sha256,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Manifest,
  type Platform,
} from './media.js';
import { compareText } from '../order.js';

export interface LayerSpec {
  /** Files in the layer: path → content (mode 0644), or content with its mode (an executable: 0o755). */
  files?: Record<string, string | Buffer | { content: string | Buffer; mode: number }>;
  /** Adds one file of this many random (incompressible) bytes. */
  randomBytes?: number;
  /** Default gzip. */
  compression?: 'gzip' | 'none';
}

export interface ImageSpec {
  layers: LayerSpec[];
  platform?: Platform;
  annotations?: Record<string, string>;
  /** Extra `config.config` fields (Env, Labels, …). */
  config?: Record<string, unknown>;
  /** The config's `created` time (RFC 3339), when the image should carry one. */
  created?: string;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/**
 * A ustar header: a regular file (default) or a directory, owner 0/0 without names, mtime in
 * seconds (default 0). Throws when the name cannot be stored in ustar's 100 + 155 byte fields.
 */
export function tarHeader(
  name: string,
  size: number,
  mode = 0o644,
  options: { type?: 'file' | 'directory'; mtime?: number } = {},
): Buffer {
  const header = Buffer.alloc(512, 0);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    prefix = cut > 0 ? name.slice(0, cut) : '';
    base = cut > 0 ? name.slice(cut + 1) : name;
  }
  if (Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155 || base === '') {
    throw new ArtefactsError(
      'UNSUPPORTED',
      `Path ${JSON.stringify(name.slice(0, 300))} is too long for a ustar entry (name 100 bytes, directory prefix 155).`,
    );
  }
  header.write(base, 0, 100, 'utf8');
  header.write(octal(mode, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(Math.max(0, Math.floor(options.mtime ?? 0)), 12), 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write(options.type === 'directory' ? '5' : '0', 156, 'ascii');
  header.write('ustar\u000000', 257, 'ascii');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return header;
}

async function* tarEntries(spec: LayerSpec): AsyncGenerator<Buffer> {
  const pad = (size: number) => Buffer.alloc((512 - (size % 512)) % 512, 0);
  for (const [name, file] of Object.entries(spec.files ?? {}).sort(([a], [b]) => compareText(a, b))) {
    const { content, mode } = typeof file === 'string' || Buffer.isBuffer(file) ? { content: file, mode: 0o644 } : file;
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
    yield tarHeader(name.replace(/^\/+/, ''), bytes.length, mode);
    yield bytes;
    yield pad(bytes.length);
  }
  if (spec.randomBytes !== undefined && spec.randomBytes > 0) {
    yield tarHeader(`random-${randomBytes(6).toString('hex')}.bin`, spec.randomBytes);
    for (let left = spec.randomBytes; left > 0; left -= 1 << 20) yield randomBytes(Math.min(left, 1 << 20));
    yield pad(spec.randomBytes);
  }
  yield Buffer.alloc(1024, 0);
}

/** Writes one layer to the layout; answers its descriptor and diff_id (sha256 of the uncompressed tar). */
async function buildLayer(store: LayoutStore, spec: LayerSpec): Promise<{ descriptor: Descriptor; diffId: string }> {
  const tee = new Hasher();
  const gzip = (spec.compression ?? 'gzip') === 'gzip';
  const tar = Readable.from(tarEntries(spec)).pipe(tee);
  const { digest, size } = await store.writeBlob(
    gzip ? tar.pipe(zlib().createGzip({ level: 1, chunkSize: FILE_CHUNK })) : tar,
  );
  return {
    descriptor: { mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar, digest, size },
    diffId: tee.result().digest,
  };
}

/** Builds a single-platform image into the layout (tagged when `tag` is given); answers its manifest. */
export async function buildImage(
  store: LayoutStore,
  spec: ImageSpec,
  options: { tag?: string } = {},
): Promise<Manifest> {
  const platform = spec.platform ?? { architecture: 'amd64', os: 'linux' };
  const layers: Descriptor[] = [];
  const diffIds: string[] = [];
  for (const layer of spec.layers) {
    const built = await buildLayer(store, layer);
    layers.push(built.descriptor);
    diffIds.push(built.diffId);
  }
  const config = Buffer.from(
    JSON.stringify({
      ...(spec.created === undefined ? {} : { created: spec.created }),
      ...platform,
      config: spec.config ?? {},
      rootfs: { type: 'layers', diff_ids: diffIds },
    }),
  );
  const configBlob = await store.writeBlob(config);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { mediaType: MEDIA.ociConfig, ...configBlob },
    layers,
    ...(spec.annotations === undefined ? {} : { annotations: spec.annotations }),
  };
  const encoded = encodeManifest(manifest);
  await store.putManifest(encoded, options);
  return encoded;
}

/** Builds a multi-platform index over images (each built with its own platform). */
export async function buildIndex(
  store: LayoutStore,
  images: { manifest: Manifest; platform: Platform }[],
  options: { tag?: string; annotations?: Record<string, string> } = {},
): Promise<Manifest> {
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA.ociIndex,
    manifests: images.map(({ manifest, platform }) => ({
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: manifest.bytes.length,
      platform,
    })),
    ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
  };
  const encoded = encodeManifest(index);
  await store.putManifest(encoded, options.tag === undefined ? {} : { tag: options.tag });
  return encoded;
}

/** Builds an artifact manifest (empty config, one layer) referring to `subject`: a signature, SBOM or record. */
export async function buildReferrer(
  store: { putBlob: LayoutStore['putBlob']; hasBlob: LayoutStore['hasBlob']; putManifest: LayoutStore['putManifest'] },
  subject: Descriptor,
  artifactType: string,
  content: { mediaType: string; bytes: Buffer },
  annotations: Record<string, string> = {},
): Promise<Manifest> {
  const manifest = await prepareReferrer(store, subject, artifactType, content, annotations);
  await store.putManifest(manifest);
  return manifest;
}

/**
 * The one builder of a manifest that refers to a subject (an OCI 1.1 artifact manifest): the given
 * artifactType, the empty config, the layers, `subject` (media type, digest and size only) and
 * the annotations when there are any. Signatures, SBOM documents and promotion records all come
 * from here. The key order is fixed (schemaVersion, mediaType, artifactType, config, layers,
 * subject, annotations), as cosign writes it: the bytes, and so the digest, never change.
 * Answers the exact bytes (as a Manifest) and the descriptor an index lists it by.
 */
export function referrerManifest(spec: {
  artifactType: string;
  layers: readonly Descriptor[];
  subject: Descriptor;
  annotations?: Record<string, string>;
}): { manifest: Manifest; descriptor: Descriptor } {
  const { subject, annotations } = spec;
  const manifest = encodeManifest({
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    artifactType: spec.artifactType,
    config: { ...EMPTY_DESCRIPTOR },
    layers: [...spec.layers],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
  } as ImageManifest);
  return { manifest, descriptor: descriptorOf(manifest) };
}

/**
 * A referrer's blobs uploaded (the empty config and the content layer, together) and its manifest
 * encoded but not yet written: the caller decides when the referrer becomes visible.
 */
export async function prepareReferrer(
  store: { putBlob: LayoutStore['putBlob']; hasBlob: LayoutStore['hasBlob'] },
  subject: Descriptor,
  artifactType: string,
  content: { mediaType: string; bytes: Buffer },
  annotations: Record<string, string> = {},
): Promise<Manifest> {
  const layer = { mediaType: content.mediaType, digest: sha256(content.bytes), size: content.bytes.length };
  // The empty config is usually there already (every referrer shares it): one HEAD instead of an upload.
  await Promise.all([
    store
      .hasBlob(EMPTY_DIGEST)
      .then((has) =>
        has === undefined ? store.putBlob({ digest: EMPTY_DIGEST, size: EMPTY_JSON.length }, EMPTY_JSON) : undefined,
      ),
    store.putBlob(layer, content.bytes),
  ]);
  return referrerManifest({ artifactType, layers: [layer], subject, annotations }).manifest;
}
