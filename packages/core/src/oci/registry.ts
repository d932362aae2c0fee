/**
 * The registry client (OCI distribution spec v1.1 and Docker registry v2), on Node's own
 * http/https and streams. One RegistryClient per run holds the auth state per registry; each
 * repository is an ArtifactStore. This file holds the client, the store class and its manifests
 * and tags; the store's requests are in registry-transport.ts, its blobs in registry-blobs.ts and
 * its referrers (with the process-wide fallback-index queue) in registry-referrers.ts.
 */
import type { Readable } from 'node:stream';
import { ArtefactsError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { RegistryAuth, type CredentialOptions } from './auth.js';
import { connectionFromEnv } from './connection.js';
import { DEFAULT_RETRY, drain, speaksTls, withRetry, type HttpResponse, type RetryPolicy } from './http.js';
import {
  MANIFEST_ACCEPT,
  MANIFEST_MEDIA_TYPES,
  MAX_MANIFEST_BYTES,
  checkManifestMediaType,
  descriptorOf,
  isIndex,
  parseManifest,
  sha256,
  type Descriptor,
  type ImageIndex,
  type Manifest,
} from './media.js';
import { isDigest, isTag, referrersTag, type RegistryReference } from './references.js';
import type { ArtifactStore, BlobSource, MountScope, PutManifestResult, StoreAccess } from './store.js';
import { getBlob, hasBlob, mountBlob, putBlob } from './registry-blobs.js';
import {
  addToFallback,
  announceFallbackChange,
  listReferrers,
  offersReferrersApi,
  readFallback,
  withdrawReferrer,
  writeFallback,
  type FallbackTarget,
} from './registry-referrers.js';
import {
  header,
  isLoopback,
  isUnknownRepository,
  nextLink,
  RegistryAnswerError,
  registryError,
  RepositoryTransport,
} from './registry-transport.js';

export { RegistryAnswerError, registryError } from './registry-transport.js';

export interface RegistryOptions extends CredentialOptions {
  retry?: Partial<RetryPolicy>;
  /**
   * Plain http:// instead of https://: true for all, or the registries listed (insecure registries,
   * as Docker's). Otherwise TLS; a loopback host not listed is asked once whether it speaks TLS
   * and spoken to in plain HTTP only when it does not (as Docker treats 127.0.0.0/8).
   */
  plainHttp?: boolean | readonly string[];
  /** Upload blobs larger than this in PATCH chunks of this size (raised to OCI-Chunk-Min-Length). Default: monolithic. */
  chunkSize?: number;
  logger?: Logger;
}

/**
 * Whether a manifest PUT was refused for its content as older Harbor and Quay refuse the `subject`
 * field or an artifact type they do not know: 400 MANIFEST_INVALID, or an unsupported media type.
 */
function refusedSubject(error: unknown): error is RegistryAnswerError {
  return (
    error instanceof RegistryAnswerError &&
    ((error.status === 400 && error.registryCodes.includes('MANIFEST_INVALID')) ||
      error.code === 'MEDIA_TYPE_UNSUPPORTED')
  );
}

function configType(manifest: Manifest): string | undefined {
  return isIndex(manifest.parsed) ? undefined : manifest.parsed.config.mediaType;
}

/** Tries of a manifest PUT whose blob another upload was re-linking (see putManifest). */
const BLOB_RELINK_RETRY = { attempts: 3, baseDelayMs: 100, maxDelayMs: 400 };

export class RegistryClient {
  private readonly auths = new Map<string, RegistryAuth>();
  readonly retry: RetryPolicy;
  /** Per registry: whether it answers the referrers API (asked once, when a push gets no OCI-Subject). */
  readonly referrersApi = new Map<string, Promise<boolean>>();
  /** Registries that refused a manifest's `subject` field: later referrers go without it (said once). */
  readonly refusesSubject = new Set<string>();

  readonly options: RegistryOptions;

  /** Connection settings not given in `options` come from `options.env` (see connection.ts). */
  constructor(options: RegistryOptions = {}) {
    const fromEnv = connectionFromEnv(options.env);
    this.options = {
      ...options,
      ...(options.tls === undefined && fromEnv.tls !== undefined ? { tls: fromEnv.tls } : {}),
      ...(options.plainHttp === undefined && fromEnv.plainHttp !== undefined ? { plainHttp: fromEnv.plainHttp } : {}),
      ...(options.timeoutMs === undefined && fromEnv.timeoutMs !== undefined ? { timeoutMs: fromEnv.timeoutMs } : {}),
    };
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  /**
   * The ArtifactStore for one repository; `access` names the input that gave it and says whether it
   * may not exist yet (a destination), for the reads that tell (listTags).
   */
  repository(
    ref: Pick<RegistryReference, 'registry' | 'host' | 'repository'>,
    access?: StoreAccess,
  ): RegistryRepository {
    let auth = this.auths.get(ref.registry);
    if (auth === undefined) {
      auth = new RegistryAuth(ref.registry, this.options);
      this.auths.set(ref.registry, auth);
    }
    const plain = this.options.plainHttp;
    const listed =
      plain === true || (Array.isArray(plain) && (plain.includes(ref.registry) || plain.includes(ref.host)));
    const scheme = listed
      ? Promise.resolve('http' as const)
      : isLoopback(ref.host)
        ? this.schemeOf(ref.host)
        : undefined;
    const base = new URL(`${listed ? 'http' : 'https'}://${ref.host}`);
    return new RegistryRepository(this, auth, ref, base, scheme, access);
  }

  private readonly schemes = new Map<string, Promise<'http' | 'https'>>();

  /** Whether a loopback host speaks TLS, asked once per client. */
  private schemeOf(host: string): Promise<'http' | 'https'> {
    let scheme = this.schemes.get(host);
    if (scheme === undefined) {
      // Asked within the idle time (at most the probe's own 5 s): a silent host says nothing either way.
      scheme = speaksTls(host, Math.min(5_000, this.options.timeoutMs ?? 5_000)).then((yes) =>
        yes ? 'https' : 'http',
      );
      this.schemes.set(host, scheme);
    }
    return scheme;
  }
}

export class RegistryRepository implements ArtifactStore, FallbackTarget {
  readonly location: string;
  readonly registry: string;
  readonly repository: string;
  readonly mountScope: MountScope;
  private readonly transport: RepositoryTransport;

  constructor(
    private readonly client: RegistryClient,
    auth: RegistryAuth,
    ref: Pick<RegistryReference, 'registry' | 'host' | 'repository'>,
    base: URL,
    scheme?: Promise<'http' | 'https'>,
    private readonly access: StoreAccess = {},
  ) {
    this.transport = new RepositoryTransport(client, auth, ref, base, scheme);
    this.registry = ref.registry;
    this.repository = ref.repository;
    this.location = `${ref.registry}/${ref.repository}`;
    this.mountScope = { kind: 'registry', registry: ref.registry, repository: ref.repository };
  }

  // ---------------------------------------------------------------- manifests

  async resolve(reference: string): Promise<Descriptor | undefined> {
    this.checkReference(reference);
    const what = `resolving ${this.location}:${reference}`;
    const response = await this.transport.request({
      what,
      method: 'HEAD',
      url: this.transport.path(`manifests/${reference}`),
      scopes: [this.transport.pullScope],
      headers: { accept: MANIFEST_ACCEPT },
      expect: [200, 404],
    });
    await drain(response);
    if (response.status === 404) return undefined;
    const digest = header(response, 'docker-content-digest');
    const mediaType = header(response, 'content-type')?.split(';')[0]?.trim();
    const size = Number(header(response, 'content-length'));
    if (
      digest === undefined ||
      !isDigest(digest) ||
      mediaType === undefined ||
      !MANIFEST_MEDIA_TYPES.includes(mediaType) ||
      !Number.isFinite(size)
    ) {
      // Some registries omit Docker-Content-Digest or send a generic type on HEAD: GET and hash the bytes.
      const manifest = await this.getManifest(reference);
      return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    }
    if (isDigest(reference) && digest !== reference) {
      throw new ArtefactsError('DIGEST_MISMATCH', `${what}: the registry answered digest ${digest}.`);
    }
    checkManifestMediaType(mediaType, what);
    return { mediaType, digest, size };
  }

  async getManifest(reference: string): Promise<Manifest> {
    this.checkReference(reference);
    const what = `fetching manifest ${this.location}${isDigest(reference) ? '@' : ':'}${reference}`;
    const { response, bytes } = await this.transport.requestBytes(
      {
        what,
        method: 'GET',
        url: this.transport.path(`manifests/${reference}`),
        scopes: [this.transport.pullScope],
        headers: { accept: MANIFEST_ACCEPT },
        expect: [200],
      },
      MAX_MANIFEST_BYTES,
    );
    const actual = sha256(bytes);
    if (isDigest(reference) && actual !== reference) {
      throw new ArtefactsError('DIGEST_MISMATCH', `${what}: the bytes hash to ${actual}; refused.`);
    }
    const claimed = header(response, 'docker-content-digest');
    if (claimed !== undefined && claimed.startsWith('sha256:') && claimed !== actual) {
      throw new ArtefactsError(
        'DIGEST_MISMATCH',
        `${what}: Docker-Content-Digest says ${claimed} but the bytes hash to ${actual}; refused.`,
      );
    }
    return parseManifest(bytes, what, header(response, 'content-type'));
  }

  async putManifest(manifest: Manifest, options: { tag?: string } = {}): Promise<PutManifestResult> {
    const subject = manifest.parsed.subject;
    if (subject === undefined) {
      await this.sendManifest(manifest, options);
      return { digest: manifest.digest, referrerIndexed: false };
    }
    // Announced until its change is queued (or not needed): referrers of the subject pushed together
    // then share one merge of the fallback index.
    const queued = announceFallbackChange(this, subject.digest);
    try {
      if (this.client.refusesSubject.has(this.registry))
        return await this.putWithoutSubject(manifest, subject.digest, options, undefined, queued);
      let response: HttpResponse;
      try {
        response = await this.sendManifest(manifest, options);
      } catch (error) {
        if (!refusedSubject(error)) throw error;
        return await this.putWithoutSubject(manifest, subject.digest, options, error, queued);
      }
      // No OCI-Subject: the fallback tag, unless the registry offers the referrers API all the same.
      if (
        header(response, 'oci-subject') === undefined &&
        !(await offersReferrersApi(this.transport, this.client.referrersApi, subject.digest))
      ) {
        const added = addToFallback(this, subject.digest, descriptorOf(manifest));
        queued();
        await added;
      }
      return { digest: manifest.digest, referrerIndexed: true };
    } finally {
      queued();
    }
  }

  /**
   * A referrer for a registry that refuses the `subject` field (older Harbor and Quay answer 400
   * MANIFEST_INVALID): the same manifest without it, listed in the subject's referrers tag, which
   * is where a registry without the referrers API is read. Its digest differs from the manifest's.
   * What binds a signature to its image is the signed statement, not this field (verify checks it).
   */
  private async putWithoutSubject(
    manifest: Manifest,
    subject: string,
    options: { tag?: string },
    refusal?: unknown,
    queued?: () => void,
  ): Promise<PutManifestResult> {
    const { subject: _dropped, ...rest } = JSON.parse(manifest.bytes.toString('utf8')) as Record<string, unknown>;
    const bare = parseManifest(Buffer.from(JSON.stringify(rest)), `${manifest.digest} without subject`);
    try {
      await this.sendManifest(bare, options);
    } catch (error) {
      if (!refusedSubject(error)) throw error;
      const type = bare.parsed.artifactType ?? configType(bare);
      throw new ArtefactsError(
        'MEDIA_TYPE_UNSUPPORTED',
        `${this.location} refused the manifest ${manifest.digest} with and without its subject field: it does not accept the artifact type ${String(type)} (${describeError(error)}).`,
        {
          hint: 'Older Harbor and Quay accept only the artifact types configured for them: allow this type in the registry, or push the referrers to a registry that accepts OCI 1.1 artifacts.',
        },
      );
    }
    const tag = referrersTag(subject);
    // Said once per registry: later referrers go without the field from the start.
    if (refusal !== undefined && !this.client.refusesSubject.has(this.registry)) {
      this.client.refusesSubject.add(this.registry);
      this.client.options.logger?.notice(
        `registry ${this.registry} refused the subject field (${describeError(refusal)}); used the referrers tag ${tag} for ${this.repository}.`,
      );
    }
    const added = addToFallback(this, subject, descriptorOf(bare));
    queued?.();
    await added;
    return { digest: bare.digest, referrerIndexed: true };
  }

  /** One manifest PUT (by digest, or under `tag`), its bytes checked first. */
  private async sendManifest(manifest: Manifest, options: { tag?: string }): Promise<HttpResponse> {
    const target = options.tag ?? manifest.digest;
    this.checkReference(target);
    const what = `pushing manifest ${manifest.digest} to ${this.location}${options.tag === undefined ? '' : `:${options.tag}`}`;
    checkManifestMediaType(manifest.mediaType, what);
    if (manifest.bytes.length > MAX_MANIFEST_BYTES) {
      throw new ArtefactsError(
        'REGISTRY_PROTOCOL',
        `${what}: ${manifest.bytes.length} bytes is above the 4 MiB limit.`,
      );
    }
    if (sha256(manifest.bytes) !== manifest.digest) {
      throw new ArtefactsError('DIGEST_MISMATCH', `${what}: the bytes do not hash to ${manifest.digest}.`);
    }
    const put = () =>
      this.transport.request({
        what,
        method: 'PUT',
        url: this.transport.path(`manifests/${target}`),
        scopes: this.transport.pushScopes,
        headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.length) },
        body: () => manifest.bytes,
        expect: [201, 200],
      });
    // distribution 2.8 answers DIGEST_INVALID + MANIFEST_BLOB_UNKNOWN for a blob that is there while
    // another upload of the same digest (a parallel job's empty config {}) re-writes its link; a moment
    // later the same PUT is accepted. A blob that is really missing is answered MANIFEST_BLOB_UNKNOWN
    // alone, and is not tried again.
    const relinking = (error: unknown) =>
      error instanceof RegistryAnswerError &&
      error.registryCodes.includes('DIGEST_INVALID') &&
      error.registryCodes.includes('MANIFEST_BLOB_UNKNOWN');
    const response = await withRetry(what, BLOB_RELINK_RETRY, put, relinking);
    await drain(response);
    const claimed = header(response, 'docker-content-digest');
    if (claimed !== undefined && claimed !== manifest.digest) {
      throw new ArtefactsError('DIGEST_MISMATCH', `${what}: the registry stored it as ${claimed}.`);
    }
    return response;
  }

  async putTag(tag: string, manifest: Manifest): Promise<void> {
    await this.putManifest(manifest, { tag });
  }

  private checkReference(reference: string): void {
    if (!isDigest(reference) && !isTag(reference)) {
      throw new ArtefactsError(
        'REFERENCE_INVALID',
        `${JSON.stringify(reference.slice(0, 200))} is neither a tag nor a sha256 digest.`,
      );
    }
  }

  // ---------------------------------------------------------------- referrers (registry-referrers.ts)

  /** Reads the `sha256-<hex>` fallback index (absent: empty), its body read within the retry. */
  readFallback(tag: string): Promise<Descriptor[]> {
    return readFallback(this.transport, tag);
  }

  /** Sends a fallback index once (a retry would send an index built from an old read), if not stale by `notAfter`. */
  writeFallback(tag: string, index: ImageIndex, notAfter: number): Promise<void> {
    return writeFallback(this.transport, tag, index, notAfter);
  }

  /** Withdraws a referrer this run pushed: deleted by digest where allowed, and out of the fallback index. */
  withdrawReferrer(subject: string, digest: string): Promise<void> {
    return withdrawReferrer(this.transport, this, this.client.referrersApi, subject, digest);
  }

  referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    return listReferrers(this.transport, this, this.client.referrersApi, digest, artifactType);
  }

  /**
   * Every tag. A repository the registry does not know is empty only where the store was opened as
   * a destination (it is created by the first push); for a reader it is refused, naming the input,
   * so that a mistyped name never passes as a repository with no tags.
   */
  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    const what = `listing tags of ${this.location}`;
    let url: URL | undefined = new URL(this.transport.path('tags/list?n=1000'), this.transport.base);
    for (let page = 0; url !== undefined && page < 10_000; page++) {
      const { response, bytes: body }: { response: HttpResponse; bytes: Buffer } = await this.transport.requestBytes(
        { what, method: 'GET', url, scopes: [this.transport.pullScope], expect: [200, 404] },
        64 * 1024 * 1024,
      );
      if (response.status === 404) {
        const answer = registryError(what, 404, body);
        if (page > 0 || !isUnknownRepository(answer)) throw answer;
        if (this.access.create === true) return tags;
        throw this.noSuchRepository(answer);
      }
      const parsed = JSON.parse(body.toString('utf8')) as { tags?: string[] | null };
      tags.push(...(parsed.tags ?? []));
      url = nextLink(response, url);
    }
    return tags;
  }

  /** A repository the registry does not know, read as if it were there: named as the layout's absent directory is. */
  private noSuchRepository(answer: RegistryAnswerError): ArtefactsError {
    const said = answer.registryCodes.length === 0 ? 'HTTP 404' : `HTTP 404 ${answer.registryCodes.join(', ')}`;
    const input = this.access.input === undefined ? '' : `Input '${this.access.input}': `;
    return new ArtefactsError(
      'REGISTRY_NOT_FOUND',
      `${input}${this.location}: no such repository (${this.registry} answered ${said} to listing its tags); expected a repository that exists in that registry.`,
      {
        hint: 'Check the repository name for a typo. Only a push (pack, promote) creates a repository; some registries (distribution) also answer this for one that holds no tag yet.',
      },
    );
  }

  // ---------------------------------------------------------------- blobs (registry-blobs.ts)

  hasBlob(digest: string): Promise<number | undefined> {
    return hasBlob(this.transport, digest);
  }

  getBlob(descriptor: { digest: string; size?: number }): Promise<Readable> {
    return getBlob(this.transport, descriptor);
  }

  putBlob(descriptor: { digest: string; size: number }, source: BlobSource): Promise<void> {
    return putBlob(this.transport, descriptor, source);
  }

  mountBlob(
    descriptor: { digest: string; size: number },
    fromRepository: string,
    fallback?: BlobSource,
  ): Promise<'mounted' | 'uploaded' | 'not-mounted'> {
    return mountBlob(this.transport, descriptor, fromRepository, fallback);
  }
}
