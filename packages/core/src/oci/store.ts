/**
 * One interface over a registry repository and an OCI image layout directory, so promote, sign,
 * verify and sbom work the same online and offline.
 */
import { Readable } from 'node:stream';
import { checksBlob, verifiedChunks, type Descriptor, type Manifest } from './media.js';

/**
 * A blob's bytes lent one chunk at a time: each chunk is valid only until the next is asked for, so a
 * consumer that keeps one (a socket's write queue, a list of pieces) waits until it is done with it or
 * copies it. `verified`: the chunks are already checked against this digest and size, the last held
 * back until the whole body passed ({@link verifiedChunks}), so a consumer does not hash them again; or
 * they are a file this process hashed as it wrote it, read back with its size checked (pack's scratch
 * layer, for a registry, which checks the digest of what it receives).
 */
export interface LentChunks {
  readonly chunks: AsyncIterable<Buffer>;
  readonly verified?: { readonly digest: string; readonly size: number };
}

/** An opened blob body: a stream whose chunks the reader may keep, or lent chunks. */
export type BlobBody = Readable | LentChunks;

/** Bytes to upload: a buffer, or a function that opens a fresh body (called again on retry). */
export type BlobSource = Buffer | (() => Promise<BlobBody> | BlobBody);

/**
 * How a store is opened for the input that names it, whichever kind it is (a layout adds its own
 * rules: LayoutAccess). `input`: an error about what is there, or is not, starts `Input '<input>': `.
 * `create`: opened to write a store that may not exist yet (a destination): where none is, reads
 * answer "nothing there" until the first write creates it. Otherwise a read refuses a store that is
 * not there (a layout directory, a registry repository), so a mistyped name never passes as an empty one.
 */
export interface StoreAccess {
  readonly input?: string;
  readonly create?: boolean;
}

export interface PutManifestResult {
  digest: string;
  /** True when a manifest with a `subject` was indexed as a referrer (natively or via the fallback tag). */
  referrerIndexed: boolean;
}

/**
 * What a store can mount blobs from without moving their bytes: a registry repository mounts from
 * the other repositories of its registry; a layout directory from any other layout directory.
 */
export type MountScope =
  | { readonly kind: 'registry'; readonly registry: string; readonly repository: string }
  | { readonly kind: 'layout'; readonly dir: string };

/**
 * A referrer made ready to push: its blobs are in the store, its manifest is not yet. `attached`
 * takes what the manifest's PUT answered and says what it was; the caller does the PUT, so that
 * several referrers of one subject can go at once (one merge of a registry's fallback index).
 */
export interface StagedReferrer<T> {
  readonly manifest: Manifest;
  attached(pushed: PutManifestResult): T;
}

/**
 * A file inside a store where a blob whose digest is not known yet is written, then committed under
 * its digest without copying (in a layout, a rename within blobs/sha256). Until `commit` it is a
 * temporary file no reader sees; `discard` removes it (safe to call after commit).
 */
export interface StagedBlob {
  readonly file: string;
  /**
   * Makes the file the blob `descriptor` names. The caller hashed the bytes as it wrote them; the
   * store checks the size before the rename. When the blob is already there, the file is removed.
   */
  commit(descriptor: { digest: string; size: number }): Promise<void>;
  discard(): Promise<void>;
}

export interface ArtifactStore {
  /** Human-readable location for messages: `127.0.0.1:5000/acme/app`, `oci:/tmp/layout`. */
  readonly location: string;
  /** Where this store sits for mounts (see MountScope); absent: it mounts from nothing, nothing from it. */
  readonly mountScope?: MountScope;
  /** Resolves a tag or digest to the manifest descriptor without fetching the body (HEAD). Undefined when absent. */
  resolve(reference: string): Promise<Descriptor | undefined>;
  /** Fetches a manifest's exact bytes, verified against the requested digest (and Docker-Content-Digest). */
  getManifest(reference: string): Promise<Manifest>;
  /**
   * Stores exact manifest bytes by digest, and under `tag` when given. A manifest with a `subject`
   * is also indexed as a referrer of that subject.
   */
  putManifest(manifest: Manifest, options?: { tag?: string }): Promise<PutManifestResult>;
  /** Points a tag at a manifest already present (by re-putting its exact bytes). */
  putTag(tag: string, manifest: Manifest): Promise<void>;
  /** The blob's size when present, undefined when absent. */
  hasBlob(digest: string): Promise<number | undefined>;
  /** A stream of the blob's bytes, verified while streaming: errors with DIGEST_MISMATCH before it ends when wrong. */
  getBlob(descriptor: { digest: string; size?: number }): Promise<Readable>;
  /**
   * The blob's bytes, verified as in getBlob, as chunks each valid only until the next is asked for
   * (a consumer copies what it keeps): a store that reads into reused buffers offers it. Read through
   * {@link blobChunks}, which falls back to getBlob.
   */
  blobChunks?(descriptor: { digest: string; size?: number }): AsyncIterable<Buffer>;
  /** Uploads a blob, verified: a digest or size mismatch commits nothing. */
  putBlob(descriptor: { digest: string; size: number }, source: BlobSource): Promise<void>;
  /**
   * A temporary file in the store for a blob written by the caller (see StagedBlob): offered where a
   * blob is a file of the store's own (a layout), so a blob made on the spot is written once. A store
   * without it (a registry) takes the blob by putBlob.
   */
  stageBlob?(): Promise<StagedBlob>;
  /**
   * Mounts a blob from another repository of the same store without moving bytes. When the store
   * cannot mount and `fallback` is given, uploads it instead (through the session the mount opened).
   */
  mountBlob(
    descriptor: { digest: string; size: number },
    fromRepository: string,
    fallback?: BlobSource,
  ): Promise<'mounted' | 'uploaded' | 'not-mounted'>;
  /** Referrers of a manifest digest (optionally of one artifactType), without duplicates. */
  referrers(digest: string, artifactType?: string): Promise<Descriptor[]>;
  /** Every tag, sorted as the store lists them. */
  listTags(): Promise<string[]>;
  /**
   * Takes back a referrer of `subject` this run pushed (deleted by digest where the store allows,
   * and out of any fallback index). Absent where a store has no such step.
   */
  withdrawReferrer?(subject: string, digest: string): Promise<void>;
}

/**
 * A blob's verified bytes for a reader that looks at each chunk once: the store's borrowed chunks
 * where it has them (an OCI layout), else its getBlob stream (whose chunks are the reader's to keep).
 */
export async function* blobChunks(
  store: ArtifactStore,
  descriptor: { digest: string; size?: number },
): AsyncGenerator<Buffer> {
  if (store.blobChunks !== undefined) {
    yield* store.blobChunks(descriptor);
    return;
  }
  for await (const chunk of await store.getBlob(descriptor)) yield chunk as Buffer;
}

/**
 * What a copy uploads from `store`: its lent chunks where it lends them (an OCI layout reads into two
 * reused buffers), else its getBlob stream; verified against `descriptor` either way.
 */
export async function blobBody(store: ArtifactStore, descriptor: { digest: string; size: number }): Promise<BlobBody> {
  if (store.blobChunks === undefined) return store.getBlob(descriptor);
  return { chunks: store.blobChunks(descriptor), verified: { digest: descriptor.digest, size: descriptor.size } };
}

/**
 * Lent chunks checked against `descriptor` (see verifiedChunks): as they are when they were verified
 * against exactly it already, else hashed as they pass.
 */
export function verifiedLent(
  body: LentChunks,
  descriptor: { digest: string; size: number },
  where: string,
): AsyncIterable<Buffer> {
  if (body.verified !== undefined && checksBlob(body.verified, descriptor)) return body.chunks;
  return verifiedChunks(body.chunks, descriptor, where);
}

/** Lent chunks as a stream of copies, for a consumer that keeps what it reads. */
export function keptChunks(chunks: AsyncIterable<Buffer>): Readable {
  return Readable.from(
    (async function* () {
      for await (const chunk of chunks) yield Buffer.from(chunk);
    })(),
    { objectMode: false },
  );
}
