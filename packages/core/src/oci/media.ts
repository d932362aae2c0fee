/**
 * Media types, descriptors and digests. A manifest is always kept as its exact bytes: its digest
 * is the sha256 of those bytes, so it is never re-serialised once it exists.
 */
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ArtefactsError } from '../errors.js';
import { readFileBorrowed } from '../files.js';

export const MEDIA = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  empty: 'application/vnd.oci.empty.v1+json',
} as const;

/**
 * The image-spec's pre-defined annotation keys (image-spec annotations.md) this project reads or
 * writes, on manifests, indexes and descriptors; config labels use the same keys.
 */
export const ANNOTATION_CREATED = 'org.opencontainers.image.created';
export const ANNOTATION_TITLE = 'org.opencontainers.image.title';
export const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
export const ANNOTATION_VERSION = 'org.opencontainers.image.version';
export const ANNOTATION_REVISION = 'org.opencontainers.image.revision';

export const MANIFEST_MEDIA_TYPES: readonly string[] = [
  MEDIA.ociManifest,
  MEDIA.ociIndex,
  MEDIA.dockerManifest,
  MEDIA.dockerList,
];
export const INDEX_MEDIA_TYPES: readonly string[] = [MEDIA.ociIndex, MEDIA.dockerList];

/** RFC 6838's `type/subtype` (restricted-name on each side): the shape of any artifactType or mediaType. */
const MEDIA_TYPE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;

/** Whether `value` has the shape of a media type (`application/vnd.acme.chart.v1`); parameters are not allowed. */
export function isMediaType(value: string): boolean {
  return MEDIA_TYPE_SHAPE.test(value);
}

/** The full Accept header: distribution 2.8 answers 404 for an OCI manifest when it is missing. */
export const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');

/** Registries refuse manifests above about 4 MiB; so do we, before sending or while reading. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** The empty JSON config (`{}`), used by artifacts that carry no config. */
export const EMPTY_JSON = Buffer.from('{}');
export const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
  'os.version'?: string;
}

/** `os/arch[/variant]` as people write it (`linux/arm64/v8`); empty for no platform. */
export function platformKey(p: Platform | undefined): string {
  return p === undefined ? '' : [p.os, p.architecture, p.variant].filter((x) => x !== undefined && x !== '').join('/');
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
  platform?: Platform;
  urls?: string[];
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** A manifest as fetched or about to be pushed: the exact bytes and what they parse to. */
export interface Manifest {
  readonly bytes: Buffer;
  readonly digest: string;
  readonly mediaType: string;
  readonly parsed: ImageManifest | ImageIndex;
}

/** The empty config's descriptor (`{}`, size 2), as every artifact manifest without a config names it. */
export const EMPTY_DESCRIPTOR: Readonly<Descriptor> = Object.freeze({
  mediaType: MEDIA.empty,
  digest: EMPTY_DIGEST,
  size: 2,
});

/**
 * The one digest of bytes: `sha256:<hex>`. Every manifest, blob and document digest in core is
 * this function (streams hash incrementally, in VerifyingStream and Hasher).
 */
export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * sha256 and byte count of bytes whose digest is not known yet (a blob being made), as they stream
 * through or are handed to `update`; `result()` answers both once they ended.
 */
export class Hasher extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;
  /** Counts and hashes bytes handed over directly (a writer that is not a stream). */
  update(chunk: Buffer): void {
    this.hash.update(chunk);
    this.size += chunk.length;
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.update(chunk);
    callback(null, chunk);
  }
  result(): { digest: string; size: number } {
    return { digest: `sha256:${this.hash.digest('hex')}`, size: this.size };
  }
}

/** sha256 digest (`sha256:<hex>`) and size of a file, read once. Errors are the caller's to word. */
export async function digestFile(file: string): Promise<{ digest: string; size: number }> {
  const hasher = new Hasher();
  for await (const chunk of readFileBorrowed(file)) hasher.update(chunk);
  return hasher.result();
}

const SHA256_HEX = /^[a-f0-9]{64}$/;

/**
 * The other job: checks a digest someone gave (`sha256:<hex>`, or bare hex) and answers its 64
 * lower-case hex digits, as the referrers tag, in-toto subjects and cosign payloads write it.
 */
export function digestHex(digest: string): string {
  const hex = digest.startsWith('sha256:') ? digest.slice('sha256:'.length) : digest;
  if (!SHA256_HEX.test(hex)) {
    throw new ArtefactsError(
      'DIGEST_MISMATCH',
      `Not a sha256 digest: '${digest.slice(0, 80)}' (expected sha256:<64 hex digits>).`,
    );
  }
  return hex;
}

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_MEDIA_TYPES.includes(mediaType);
}

export function isIndex(parsed: ImageManifest | ImageIndex): parsed is ImageIndex {
  return Array.isArray((parsed as ImageIndex).manifests);
}

export function checkManifestMediaType(mediaType: string, where: string): string {
  if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) {
    throw new ArtefactsError(
      'MEDIA_TYPE_UNSUPPORTED',
      `${where}: unsupported manifest media type ${JSON.stringify(mediaType.slice(0, 200))}.`,
      { hint: `Supported: ${MANIFEST_MEDIA_TYPES.join(', ')} (Docker schema 1 is not).` },
    );
  }
  return mediaType;
}

/**
 * Parses exact manifest bytes. The media type comes from the body's `mediaType` field, else from
 * the transport (Content-Type) when given, else from the shape (manifests vs layers).
 */
export function parseManifest(bytes: Buffer, where: string, transportType?: string): Manifest {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    throw new ArtefactsError(
      'REGISTRY_PROTOCOL',
      `${where}: manifest is ${bytes.length} bytes, above the 4 MiB limit.`,
    );
  }
  let parsed: ImageManifest | ImageIndex;
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as ImageManifest | ImageIndex;
  } catch (error) {
    throw new ArtefactsError('REGISTRY_PROTOCOL', `${where}: manifest is not valid JSON.`, { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ArtefactsError('REGISTRY_PROTOCOL', `${where}: manifest is not a JSON object.`);
  }
  if ((parsed as { schemaVersion?: unknown }).schemaVersion !== 2) {
    throw new ArtefactsError(
      'MEDIA_TYPE_UNSUPPORTED',
      `${where}: manifest schemaVersion ${JSON.stringify((parsed as { schemaVersion?: unknown }).schemaVersion)} is not supported (only 2).`,
    );
  }
  const bodyType = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
  const transport = transportType?.split(';')[0]?.trim();
  const mediaType =
    bodyType ??
    (transport !== undefined && transport !== '' && transport !== 'application/json' ? transport : undefined) ??
    (Array.isArray((parsed as ImageIndex).manifests) ? MEDIA.ociIndex : MEDIA.ociManifest);
  checkManifestMediaType(mediaType, where);
  if (isIndexMediaType(mediaType)) {
    if (!Array.isArray((parsed as ImageIndex).manifests)) {
      throw new ArtefactsError('REGISTRY_PROTOCOL', `${where}: index has no manifests array.`);
    }
  } else {
    const m = parsed as ImageManifest;
    if (typeof m.config?.digest !== 'string' || !Array.isArray(m.layers)) {
      throw new ArtefactsError('REGISTRY_PROTOCOL', `${where}: image manifest lacks config or layers.`);
    }
  }
  return { bytes, digest: sha256(bytes), mediaType, parsed };
}

/** Serialises a new manifest once; from then on only these bytes are used. */
export function encodeManifest(value: ImageManifest | ImageIndex): Manifest {
  const bytes = Buffer.from(JSON.stringify(value));
  return parseManifest(bytes, 'new manifest');
}

/** Descriptors a manifest points at: child manifests (index) or config + layers (image). */
export function childDescriptors(manifest: Manifest): { manifests: Descriptor[]; blobs: Descriptor[] } {
  const parsed = manifest.parsed;
  if (isIndex(parsed)) return { manifests: [...parsed.manifests], blobs: [] };
  return { manifests: [], blobs: [parsed.config, ...parsed.layers] };
}

export function descriptorOf(manifest: Manifest, extra: Partial<Descriptor> = {}): Descriptor {
  const d: Descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
  const artifactType =
    manifest.parsed.artifactType ?? (isIndex(manifest.parsed) ? undefined : manifest.parsed.config.mediaType);
  if (artifactType !== undefined) d.artifactType = artifactType;
  if (manifest.parsed.annotations !== undefined) d.annotations = { ...manifest.parsed.annotations };
  return { ...d, ...extra };
}

/**
 * Whether bytes already checked against `checked` (digest and size) are checked against exactly
 * `descriptor`: then a consumer need not hash them a second time.
 */
export function checksBlob(
  checked: { digest: string; size: number | undefined },
  descriptor: { digest: string; size: number },
): boolean {
  return checked.digest === descriptor.digest && checked.size === descriptor.size;
}

/**
 * The check of a blob's bytes against its descriptor as they pass: sha256 and size, one home for the
 * stream below and the borrowed chunks of {@link verifiedChunks}. `update` refuses a byte past the
 * declared size; `finish` refuses a short body or a wrong digest. Both throw DIGEST_MISMATCH.
 */
class BlobCheck {
  private readonly hash = createHash('sha256');
  private finished = false;
  bytes = 0;

  constructor(
    readonly expectedDigest: string,
    readonly expectedSize: number | undefined,
    private readonly where: string,
  ) {}

  update(chunk: Buffer): void {
    if (this.expectedSize !== undefined && this.bytes + chunk.length > this.expectedSize) {
      this.bytes += chunk.length;
      throw new ArtefactsError(
        'DIGEST_MISMATCH',
        `${this.where}: more bytes than the ${this.expectedSize} its descriptor declares; refused.`,
      );
    }
    this.hash.update(chunk);
    this.bytes += chunk.length;
  }

  /** Checks the whole body; later calls do nothing once it passed. */
  finish(): void {
    if (this.finished) return;
    if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
      throw new ArtefactsError(
        'DIGEST_MISMATCH',
        `${this.where}: got ${this.bytes} bytes where its descriptor declares ${this.expectedSize}; refused.`,
      );
    }
    const actual = `sha256:${this.hash.digest('hex')}`;
    this.finished = true;
    if (actual !== this.expectedDigest) {
      throw new ArtefactsError(
        'DIGEST_MISMATCH',
        `${this.where}: content digest is ${actual}, expected ${this.expectedDigest}; refused.`,
        { hint: 'The source is corrupt or was tampered with; nothing was written.' },
      );
    }
  }
}

/**
 * A pass-through stream verifying sha256 and size while bytes flow. It always holds back the
 * last chunk until the whole content is verified, so a consumer never receives a complete body
 * whose digest is wrong: on a mismatch the stream errors with DIGEST_MISMATCH before ending.
 */
export class VerifyingStream extends Transform {
  private readonly check: BlobCheck;
  private held: Buffer | undefined;
  /** Called with each chunk's length as it is hashed (progress), without a second pass over the bytes. */
  onBytes: ((bytes: number) => void) | undefined;

  constructor(
    readonly expectedDigest: string,
    readonly expectedSize: number | undefined,
    where: string,
  ) {
    // Larger buffers than the 16 KiB default: fewer handoffs per MiB on multi-GB layers, bounded memory.
    super({ highWaterMark: 1 << 20 });
    this.check = new BlobCheck(expectedDigest, expectedSize, where);
  }

  get bytes(): number {
    return this.check.bytes;
  }

  /** True when this stream already verifies exactly this content, so wrapping it again would only hash twice. */
  verifies(descriptor: { digest: string; size: number }): boolean {
    return checksBlob({ digest: this.expectedDigest, size: this.expectedSize }, descriptor);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.check.update(chunk);
    } catch (error) {
      callback(error as Error);
      return;
    }
    this.onBytes?.(chunk.length);
    const previous = this.held;
    this.held = chunk;
    callback(null, previous);
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.check.finish();
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback(null, this.held);
  }
}

/**
 * Borrowed chunks (each valid until the next is asked for) checked as they pass. The size is known,
 * so the last chunk is recognised by it and the whole body is verified before that chunk is handed
 * on: a consumer never receives a complete body whose digest is wrong.
 */
export async function* verifiedChunks(
  chunks: AsyncIterable<Buffer>,
  expected: { digest: string; size: number },
  where: string,
): AsyncGenerator<Buffer> {
  const check = new BlobCheck(expected.digest, expected.size, where);
  for await (const chunk of chunks) {
    check.update(chunk);
    if (check.bytes === expected.size) check.finish();
    yield chunk;
  }
  check.finish();
}
