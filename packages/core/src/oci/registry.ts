/**
 * The registry client (OCI distribution spec v1.1 and Docker registry v2), on Node's own
 * http/https and streams. One RegistryClient per run holds the auth state per registry; each
 * repository is an ArtifactStore.
 */
import { Readable, pipeline } from 'node:stream';
import { ArtefactsError, describeError, type ErrorCode } from '../errors.js';
import type { Logger } from '../log.js';
import { RegistryAuth, type CredentialOptions } from './auth.js';
import {
  DEFAULT_RETRY,
  drain,
  isRetryableStatus,
  parseRetryAfter,
  readBody,
  RetryableError,
  send,
  withRetry,
  type HttpResponse,
  type RetryPolicy,
} from './http.js';
import {
  MANIFEST_ACCEPT,
  MANIFEST_MEDIA_TYPES,
  MAX_MANIFEST_BYTES,
  MEDIA,
  VerifyingStream,
  checkManifestMediaType,
  descriptorOf,
  isIndexMediaType,
  parseManifest,
  sha256,
  type Descriptor,
  type ImageIndex,
  type Manifest,
} from './media.js';
import { checkDigest, isDigest, isTag, referrersTag, type RegistryReference } from './references.js';
import type { ArtifactStore, BlobSource, PutManifestResult } from './store.js';
import { addToFallback, removeFromFallback, type FallbackTarget } from './fallback-index.js';

export interface RegistryOptions extends CredentialOptions {
  retry?: Partial<RetryPolicy>;
  /** Use http:// instead of https://: true for all, or a list of registries. Loopback hosts default to http. */
  plainHttp?: boolean | readonly string[];
  /** Upload blobs larger than this in PATCH chunks of this size (raised to OCI-Chunk-Min-Length). Default: monolithic. */
  chunkSize?: number;
  timeoutMs?: number;
  logger?: Logger;
}

const REDIRECTS = [301, 302, 303, 307, 308];
const USER_AGENT = 'immutable-artefacts';
/** Tries of a manifest PUT whose blob another upload was re-linking (see putManifest). */
const BLOB_RELINK_RETRY = { attempts: 3, baseDelayMs: 100, maxDelayMs: 400 };

interface Op {
  what: string;
  method: string;
  url: string | URL;
  scopes: readonly string[];
  headers?: Record<string, string>;
  body?: () => Buffer | Readable;
  expect: readonly number[];
  retry?: boolean;
  follow?: boolean;
}

interface RegistryErrorBody {
  errors?: { code?: string; message?: string; detail?: unknown }[];
}

/** A registry's refusal, with every error code its answer listed. */
export class RegistryAnswerError extends ArtefactsError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly status: number,
    readonly registryCodes: readonly string[],
    options: { hint?: string } = {},
  ) {
    super(code, message, options);
  }
}

/** Maps a registry's answer to an ArtefactsError code and a message saying what was being done. */
export function registryError(what: string, status: number, body: Buffer): RegistryAnswerError {
  let listed: NonNullable<RegistryErrorBody['errors']>;
  try {
    listed = (JSON.parse(body.toString('utf8')) as RegistryErrorBody).errors ?? [];
  } catch {
    listed = [];
  }
  const codes = listed.map((e) => e.code ?? '').filter((c) => c !== '');
  const code = codes[0] ?? '';
  // Every error listed: distribution puts DIGEST_INVALID before the MANIFEST_BLOB_UNKNOWN that explains it.
  const detail = listed
    .slice(0, 4)
    .map((e) => {
      const said = [e.message, typeof e.detail === 'string' ? e.detail : undefined].filter((t) => t);
      return `${e.code ?? ''}${said.length === 0 ? '' : ` (${said.join(': ').slice(0, 300)})`}`;
    })
    .join(', ');
  const message = `${what}: HTTP ${status}${detail === '' ? '' : `: ${detail}`}`;
  const answer = (errorCode: ErrorCode, text = message, hint?: string) =>
    new RegistryAnswerError(errorCode, text, status, codes, hint === undefined ? {} : { hint });
  if (status === 401 || status === 403 || code === 'DENIED' || code === 'UNAUTHORIZED') {
    return answer(
      'REGISTRY_AUTH',
      message,
      'Check the credentials and that they grant pull (and push for writes) on this repository.',
    );
  }
  if (code === 'DIGEST_INVALID') return answer('DIGEST_MISMATCH');
  if (status === 415 || code === 'MANIFEST_UNKNOWN_MEDIATYPE') return answer('MEDIA_TYPE_UNSUPPORTED');
  if (status === 404 || /_UNKNOWN$/.test(code)) return answer('REGISTRY_NOT_FOUND');
  if (status === 413) return answer('REGISTRY_PROTOCOL', `${message} (the registry refused the size of the body)`);
  return answer('REGISTRY_PROTOCOL');
}

function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function isLoopback(host: string): boolean {
  const h = host.replace(/:\d+$/, '');
  return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.startsWith('127.');
}

/** Parses `Link: <url>; rel="next"`. */
function nextLink(response: HttpResponse, base: URL): URL | undefined {
  const link = header(response, 'link');
  if (link === undefined) return undefined;
  const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
  return m === null ? undefined : new URL(m[1]!, base);
}

export class RegistryClient {
  private readonly auths = new Map<string, RegistryAuth>();
  readonly retry: RetryPolicy;
  /** Per registry: whether it answers the referrers API (asked once, when a push gets no OCI-Subject). */
  readonly referrersApi = new Map<string, Promise<boolean>>();

  constructor(readonly options: RegistryOptions = {}) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  /** The ArtifactStore for one repository. */
  repository(ref: Pick<RegistryReference, 'registry' | 'host' | 'repository'>): RegistryRepository {
    let auth = this.auths.get(ref.registry);
    if (auth === undefined) {
      auth = new RegistryAuth(ref.registry, this.options);
      this.auths.set(ref.registry, auth);
    }
    const plain = this.options.plainHttp;
    const http =
      plain === true ||
      (Array.isArray(plain) && plain.includes(ref.registry)) ||
      (plain === undefined && isLoopback(ref.host));
    return new RegistryRepository(this, auth, ref, new URL(`${http ? 'http' : 'https'}://${ref.host}`));
  }
}

export class RegistryRepository implements ArtifactStore, FallbackTarget {
  readonly location: string;
  readonly registry: string;
  readonly repository: string;
  private readonly pullScope: string;
  private readonly pushScopes: string[];

  constructor(
    private readonly client: RegistryClient,
    private readonly auth: RegistryAuth,
    ref: Pick<RegistryReference, 'registry' | 'host' | 'repository'>,
    private readonly base: URL,
  ) {
    this.registry = ref.registry;
    this.repository = ref.repository;
    this.location = `${ref.registry}/${ref.repository}`;
    this.pullScope = `repository:${ref.repository}:pull`;
    this.pushScopes = [`repository:${ref.repository}:pull,push`];
  }

  private path(rest: string): string {
    return `/v2/${this.repository}/${rest}`;
  }

  private async request(op: Op): Promise<HttpResponse> {
    const once = async (): Promise<HttpResponse> => {
      let url = typeof op.url === 'string' ? new URL(op.url, this.base) : op.url;
      let authorization = await this.auth.header(op.scopes);
      let refreshed = false;
      for (let hops = 0; ;) {
        const sameOrigin = url.origin === this.base.origin;
        const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...op.headers };
        if (authorization !== undefined && sameOrigin) headers.authorization = authorization;
        const body = op.body?.();
        const response = await send({
          method: op.method,
          url,
          headers,
          ...(body === undefined ? {} : { body }),
          ...(this.client.options.timeoutMs === undefined ? {} : { timeoutMs: this.client.options.timeoutMs }),
        });
        if (response.status === 401 && sameOrigin && !refreshed) {
          await drain(response);
          refreshed = true;
          authorization = await this.auth.challenge(header(response, 'www-authenticate'), op.scopes);
          // A streamed body is spent: let the caller's retry reopen it, now with fresh credentials.
          if (body !== undefined && !Buffer.isBuffer(body)) {
            throw new RetryableError(`${op.what}: credentials refreshed after 401`, 0, 401);
          }
          continue;
        }
        const location = header(response, 'location');
        if (op.follow === true && REDIRECTS.includes(response.status) && location !== undefined) {
          await drain(response);
          if (++hops > 5) throw new ArtefactsError('REGISTRY_PROTOCOL', `${op.what}: more than 5 redirects.`);
          url = new URL(location, url);
          continue;
        }
        if (op.expect.includes(response.status)) return response;
        const answer = await readBody(response, 64 * 1024, op.what).catch(() => Buffer.alloc(0));
        if (isRetryableStatus(response.status)) {
          throw new RetryableError(
            `${op.what}: HTTP ${response.status}`,
            parseRetryAfter(response.headers['retry-after']),
            response.status,
          );
        }
        throw registryError(op.what, response.status, answer);
      }
    };
    return op.retry === false ? once() : withRetry(op.what, this.client.retry, once);
  }

  /**
   * A request whose answer's body (at most `limit` bytes) is read within the same retry: a connection
   * that breaks in the middle of the body is tried again like one that breaks before the answer.
   */
  private async requestBytes(op: Op, limit: number): Promise<{ response: HttpResponse; bytes: Buffer }> {
    const once = async () => {
      const response = await this.request({ ...op, retry: false });
      try {
        return { response, bytes: await readBody(response, limit, op.what) };
      } catch (error) {
        if (error instanceof ArtefactsError) throw error;
        throw new RetryableError(`${op.what}: the answer broke off: ${describeError(error)}`, undefined, undefined);
      }
    };
    return op.retry === false ? once() : withRetry(op.what, this.client.retry, once);
  }

  // ---------------------------------------------------------------- manifests

  async resolve(reference: string): Promise<Descriptor | undefined> {
    this.checkReference(reference);
    const what = `resolving ${this.location}:${reference}`;
    const response = await this.request({
      what,
      method: 'HEAD',
      url: this.path(`manifests/${reference}`),
      scopes: [this.pullScope],
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
    const { response, bytes } = await this.requestBytes(
      {
        what,
        method: 'GET',
        url: this.path(`manifests/${reference}`),
        scopes: [this.pullScope],
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
      this.request({
        what,
        method: 'PUT',
        url: this.path(`manifests/${target}`),
        scopes: this.pushScopes,
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
    const subject = manifest.parsed.subject;
    if (subject === undefined) return { digest: manifest.digest, referrerIndexed: false };
    // No OCI-Subject: the fallback tag, unless the registry offers the referrers API all the same.
    if (header(response, 'oci-subject') === undefined && !(await this.offersReferrersApi(subject.digest)))
      await addToFallback(this, subject.digest, descriptorOf(manifest));
    return { digest: manifest.digest, referrerIndexed: true };
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

  // ---------------------------------------------------------------- referrers

  /** Reads the `sha256-<hex>` fallback index (absent: empty), its body read within the retry. */
  async readFallback(tag: string): Promise<Descriptor[]> {
    const { response, bytes } = await this.requestBytes(
      {
        what: `reading referrers tag ${this.location}:${tag}`,
        method: 'GET',
        url: this.path(`manifests/${tag}`),
        scopes: [this.pullScope],
        headers: { accept: MANIFEST_ACCEPT },
        expect: [200, 404],
      },
      MAX_MANIFEST_BYTES,
    );
    if (response.status === 404) return [];
    const parsed = parseManifest(bytes, `referrers tag ${this.location}:${tag}`, header(response, 'content-type'));
    if (!isIndexMediaType(parsed.mediaType)) {
      throw new ArtefactsError(
        'REGISTRY_PROTOCOL',
        `referrers tag ${this.location}:${tag} holds a ${parsed.mediaType}, not an index; refusing to overwrite it.`,
      );
    }
    return (parsed.parsed as ImageIndex).manifests;
  }

  /** Sends a fallback index once: a retry would send an index built from an old read (fallback-index.ts). */
  async writeFallback(tag: string, index: ImageIndex): Promise<void> {
    const manifest = parseManifest(Buffer.from(JSON.stringify(index)), `referrers index ${tag}`);
    const response = await this.request({
      what: `pushing referrers index ${this.location}:${tag}`,
      method: 'PUT',
      url: this.path(`manifests/${tag}`),
      scopes: this.pushScopes,
      headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.length) },
      body: () => manifest.bytes,
      expect: [201, 200],
      retry: false,
    });
    await drain(response);
  }

  /**
   * Whether this registry answers the referrers API (an OCI index at /referrers/<digest>), asked once
   * per registry and run: a registry that has it but sends no OCI-Subject still needs no fallback tag.
   */
  private offersReferrersApi(subject: string): Promise<boolean> {
    const known = this.client.referrersApi.get(this.registry);
    if (known !== undefined) return known;
    const asked = (async () => {
      const { response } = await this.requestBytes(
        {
          what: `asking ${this.location} for the referrers API`,
          method: 'GET',
          url: this.path(`referrers/${subject}`),
          scopes: [this.pullScope],
          headers: { accept: MEDIA.ociIndex },
          expect: [200, 404, 400, 405],
        },
        MAX_MANIFEST_BYTES,
      );
      return response.status === 200 && header(response, 'content-type')?.split(';')[0]?.trim() === MEDIA.ociIndex;
    })();
    this.client.referrersApi.set(this.registry, asked);
    asked.catch(() => this.client.referrersApi.delete(this.registry));
    return asked;
  }

  /**
   * Withdraws a referrer this run pushed (a promotion record of a promotion that lost its race):
   * deleted by digest where the registry allows it, and taken out of the fallback index.
   */
  async withdrawReferrer(subject: string, digest: string): Promise<void> {
    checkDigest(subject);
    checkDigest(digest);
    const response = await this.request({
      what: `deleting ${this.location}@${digest}`,
      method: 'DELETE',
      url: this.path(`manifests/${digest}`),
      scopes: this.pushScopes,
      expect: [202, 200, 204, 404, 405, 400],
    });
    await drain(response);
    if (!(await this.offersReferrersApi(subject))) await removeFromFallback(this, subject, digest);
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    checkDigest(digest);
    const what = `listing referrers of ${this.location}@${digest}`;
    const found: Descriptor[] = [];
    let url: URL | undefined = new URL(this.path(`referrers/${digest}`), this.base);
    if (artifactType !== undefined) url.searchParams.set('artifactType', artifactType);
    let native = true;
    // Many registries (distribution 2.8 among them) have no referrers API: the fallback tag is read
    // at the same time as the API's first page, and used only when the API turns out to be absent.
    const fallback = this.readFallback(referrersTag(digest));
    fallback.catch(() => undefined);
    for (let page = 0; url !== undefined && page < 1000; page++) {
      const { response, bytes }: { response: HttpResponse; bytes: Buffer } = await this.requestBytes(
        { what, method: 'GET', url, scopes: [this.pullScope], headers: { accept: MEDIA.ociIndex }, expect: [200, 404] },
        MAX_MANIFEST_BYTES,
      );
      if (response.status === 404) {
        native = page > 0;
        break;
      }
      const type = header(response, 'content-type')?.split(';')[0]?.trim();
      if (type !== MEDIA.ociIndex) {
        // Not a referrers API (some registries answer 200 with HTML): use the fallback tag.
        native = false;
        break;
      }
      const index = parseManifest(bytes, what).parsed as ImageIndex;
      found.push(...index.manifests);
      url = nextLink(response, url);
    }
    const all = native ? found : await fallback;
    const seen = new Set<string>();
    return all.filter((d) => {
      if (seen.has(d.digest)) return false;
      seen.add(d.digest);
      return artifactType === undefined || d.artifactType === artifactType;
    });
  }

  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    let url: URL | undefined = new URL(this.path('tags/list?n=1000'), this.base);
    for (let page = 0; url !== undefined && page < 10_000; page++) {
      const { response, bytes: body }: { response: HttpResponse; bytes: Buffer } = await this.requestBytes(
        { what: `listing tags of ${this.location}`, method: 'GET', url, scopes: [this.pullScope], expect: [200, 404] },
        64 * 1024 * 1024,
      );
      if (response.status === 404) return tags;
      const parsed = JSON.parse(body.toString('utf8')) as { tags?: string[] | null };
      tags.push(...(parsed.tags ?? []));
      url = nextLink(response, url);
    }
    return tags;
  }

  // ---------------------------------------------------------------- blobs

  async hasBlob(digest: string): Promise<number | undefined> {
    checkDigest(digest);
    const response = await this.request({
      what: `checking blob ${digest} in ${this.location}`,
      method: 'HEAD',
      url: this.path(`blobs/${digest}`),
      scopes: [this.pullScope],
      expect: [200, 404],
      follow: true,
    });
    await drain(response);
    if (response.status === 404) return undefined;
    const size = Number(header(response, 'content-length'));
    return Number.isFinite(size) ? size : 0;
  }

  async getBlob(descriptor: { digest: string; size?: number }): Promise<Readable> {
    checkDigest(descriptor.digest);
    const what = `fetching blob ${descriptor.digest} from ${this.location}`;
    const response = await this.request({
      what,
      method: 'GET',
      url: this.path(`blobs/${descriptor.digest}`),
      scopes: [this.pullScope],
      expect: [200],
      follow: true,
    });
    const length = Number(header(response, 'content-length'));
    if (descriptor.size !== undefined && Number.isFinite(length) && length !== descriptor.size) {
      response.body.destroy();
      throw new ArtefactsError(
        'DIGEST_MISMATCH',
        `${what}: the registry sends ${length} bytes where the descriptor declares ${descriptor.size}; refused.`,
      );
    }
    const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
    pipeline(response.body, verifier, () => undefined);
    return verifier;
  }

  async putBlob(descriptor: { digest: string; size: number }, source: BlobSource): Promise<void> {
    checkDigest(descriptor.digest);
    const what = `uploading blob ${descriptor.digest} to ${this.location}`;
    const chunkSize = this.client.options.chunkSize;
    const monolithic = chunkSize === undefined || descriptor.size <= chunkSize;
    await withRetry(what, this.client.retry, async () => {
      // A single PUT streams from the source: open it while the session is being started, so the
      // source's first bytes are on their way when the session's URL arrives (one round trip less).
      const opening = monolithic && !Buffer.isBuffer(source) ? this.open(source, descriptor, what) : undefined;
      // Handled here so that a source failing before the session is ready is not an unhandled
      // rejection; `upload` still awaits `opening` and gets its error.
      opening?.catch(() => undefined);
      let session: Session;
      try {
        session = await this.startUpload(what, this.pushScopes, this.path('blobs/uploads/'));
      } catch (error) {
        opening?.then(
          (stream) => stream.destroy(),
          () => undefined,
        );
        throw error;
      }
      await this.upload(what, session, descriptor, source, opening);
    });
  }

  async mountBlob(
    descriptor: { digest: string; size: number },
    fromRepository: string,
    fallback?: BlobSource,
  ): Promise<'mounted' | 'uploaded' | 'not-mounted'> {
    checkDigest(descriptor.digest);
    if (fromRepository === this.repository)
      return (await this.hasBlob(descriptor.digest)) === undefined ? 'not-mounted' : 'mounted';
    const what = `mounting blob ${descriptor.digest} from ${fromRepository} into ${this.location}`;
    const query = `blobs/uploads/?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
    const scopes = [...this.pushScopes, `repository:${fromRepository}:pull`];
    let result: 'mounted' | 'uploaded' | 'not-mounted' = 'not-mounted';
    await withRetry(what, this.client.retry, async (attempt) => {
      // After a failed fallback upload, retry as a plain upload: the mount already said no.
      const session =
        attempt === 1
          ? await this.startUpload(what, scopes, this.path(query), true)
          : await this.startUpload(what, this.pushScopes, this.path('blobs/uploads/'));
      if (session === 'mounted') {
        result = 'mounted';
        return;
      }
      if (fallback === undefined) {
        await this.cancel(session.location);
        result = 'not-mounted';
        return;
      }
      await this.upload(what, session, descriptor, fallback);
      result = 'uploaded';
    });
    return result;
  }

  private async startUpload(
    what: string,
    scopes: readonly string[],
    path: string,
    mount: true,
  ): Promise<Session | 'mounted'>;
  private async startUpload(what: string, scopes: readonly string[], path: string): Promise<Session>;
  private async startUpload(
    what: string,
    scopes: readonly string[],
    path: string,
    mount = false,
  ): Promise<Session | 'mounted'> {
    const response = await this.request({
      what,
      method: 'POST',
      url: path,
      scopes,
      headers: { 'content-length': '0' },
      body: () => Buffer.alloc(0),
      expect: mount ? [201, 202] : [202],
      // Tried again on its own: a session opened twice costs nothing (the registry expires the spare),
      // and the upload it serves is then tried as a whole only when the bytes themselves fail.
    });
    await drain(response);
    if (response.status === 201) return 'mounted';
    const location = header(response, 'location');
    if (location === undefined)
      throw new ArtefactsError('REGISTRY_PROTOCOL', `${what}: 202 without a Location header.`);
    const min = Number(header(response, 'oci-chunk-min-length'));
    return { location: new URL(location, response.url), minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
  }

  private async cancel(location: URL): Promise<void> {
    try {
      const response = await this.request({
        what: `cancelling upload to ${this.location}`,
        method: 'DELETE',
        url: location,
        scopes: this.pushScopes,
        expect: [204, 200, 202, 404],
        retry: false,
      });
      await drain(response);
    } catch {
      // best effort: the registry expires abandoned sessions anyway
    }
  }

  private async upload(
    what: string,
    session: Session,
    descriptor: { digest: string; size: number },
    source: BlobSource,
    opened?: Promise<Readable>,
  ): Promise<void> {
    try {
      const chunkSize = this.client.options.chunkSize;
      if (chunkSize !== undefined && descriptor.size > chunkSize) {
        await this.uploadChunked(what, session, descriptor, source, Math.max(chunkSize, session.minChunk));
      } else {
        await this.uploadMonolithic(what, session, descriptor, opened ?? this.open(source, descriptor, what));
      }
    } catch (error) {
      await this.cancel(session.location);
      // A source stream that broke mid-way (connection reset, aborted response) is worth another
      // try from a freshly opened source; our own verdicts (digest mismatch, auth, protocol) are not.
      if (!(error instanceof ArtefactsError) && !(error instanceof RetryableError) && !Buffer.isBuffer(source)) {
        throw new RetryableError(`${what}: the source stream failed: ${describeError(error)}`, undefined, undefined);
      }
      throw error;
    }
  }

  private async open(
    source: BlobSource,
    descriptor: { digest: string; size: number },
    what: string,
  ): Promise<Readable> {
    const raw = Buffer.isBuffer(source) ? Readable.from([source]) : await source();
    // A source that already verifies this digest and size (a store's getBlob) holds back its last chunk
    // until verified, so the upload can never complete with wrong bytes: no second hash pass needed.
    if (raw instanceof VerifyingStream && raw.verifies(descriptor)) return raw;
    const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
    pipeline(raw, verifier, () => undefined);
    return verifier;
  }

  private finalUrl(location: URL, digest: string): URL {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url;
  }

  private async uploadMonolithic(
    what: string,
    session: Session,
    descriptor: { digest: string; size: number },
    opened: Promise<Readable>,
  ): Promise<void> {
    const stream = await opened;
    // Opened ahead of the session, a short source may already have failed its verification.
    if (stream.errored) throw stream.errored;
    let streamError: unknown;
    stream.on('error', (error) => (streamError = error));
    let response: HttpResponse;
    try {
      response = await this.request({
        what,
        method: 'PUT',
        url: this.finalUrl(session.location, descriptor.digest),
        scopes: this.pushScopes,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
        body: () => stream,
        expect: [201],
        retry: false,
      });
    } catch (error) {
      stream.destroy();
      throw streamError ?? error;
    }
    await drain(response);
    if (streamError !== undefined) throw streamError;
    this.checkCommitted(what, response, descriptor.digest);
  }

  private checkCommitted(what: string, response: HttpResponse, digest: string): void {
    const claimed = header(response, 'docker-content-digest');
    if (claimed !== undefined && claimed !== digest) {
      throw new ArtefactsError('DIGEST_MISMATCH', `${what}: the registry committed ${claimed}.`);
    }
  }

  private async uploadChunked(
    what: string,
    session: Session,
    descriptor: { digest: string; size: number },
    source: BlobSource,
    chunkSize: number,
  ): Promise<void> {
    const stream = await this.open(source, descriptor, what);
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (bytes: Buffer) => {
      offset = await this.sendChunk(what, session, bytes, offset);
    };
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      while (pendingBytes >= chunkSize) {
        const all = Buffer.concat(pending);
        await flush(all.subarray(0, chunkSize));
        const rest = all.subarray(chunkSize);
        pending = rest.length > 0 ? [rest] : [];
        pendingBytes = rest.length;
      }
    }
    if (pendingBytes > 0) await flush(Buffer.concat(pending));
    if (offset !== descriptor.size) {
      throw new ArtefactsError('REGISTRY_PROTOCOL', `${what}: sent ${offset} of ${descriptor.size} bytes.`);
    }
    const response = await this.request({
      what,
      method: 'PUT',
      url: this.finalUrl(session.location, descriptor.digest),
      scopes: this.pushScopes,
      headers: { 'content-length': '0' },
      body: () => Buffer.alloc(0),
      expect: [201],
      retry: false,
    });
    await drain(response);
    this.checkCommitted(what, response, descriptor.digest);
  }

  /** PATCHes one chunk at `offset`; after a 416 asks the session where it is and resumes from there. */
  private async sendChunk(what: string, session: Session, bytes: Buffer, offset: number): Promise<number> {
    let start = offset;
    let data = bytes;
    for (let resumes = 0; ; resumes++) {
      const response = await this.request({
        what,
        method: 'PATCH',
        url: session.location,
        scopes: this.pushScopes,
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': String(data.length),
          'content-range': `${start}-${start + data.length - 1}`,
        },
        body: () => data,
        expect: [202, 416],
        retry: false,
      });
      await drain(response);
      const location = header(response, 'location');
      if (location !== undefined) session.location = new URL(location, session.location);
      const end = start + data.length;
      if (response.status === 202) {
        const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
        if (range !== null && end > 1 && Number(range[1]) + 1 !== end) {
          throw new RetryableError(
            `${what}: the registry holds ${Number(range[1]) + 1} bytes, expected ${end}`,
            undefined,
            undefined,
          );
        }
        return end;
      }
      if (resumes >= 3)
        throw new RetryableError(`${what}: chunk at ${start} refused (416) ${resumes + 1} times`, undefined, 416);
      const held = await this.uploadedBytes(what, session);
      if (held < offset || held > end) {
        throw new RetryableError(
          `${what}: the session holds ${held} bytes, outside the chunk being sent`,
          undefined,
          416,
        );
      }
      if (held === end) return end;
      data = bytes.subarray(held - offset);
      start = held;
    }
  }

  private async uploadedBytes(what: string, session: Session): Promise<number> {
    const response = await this.request({
      what,
      method: 'GET',
      url: session.location,
      scopes: this.pushScopes,
      expect: [204, 200],
      retry: false,
    });
    await drain(response);
    const location = header(response, 'location');
    if (location !== undefined) session.location = new URL(location, session.location);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
    // distribution answers "0-0" for both 0 and 1 bytes: take the conservative reading.
    return range === null || range[1] === '0' ? 0 : Number(range[1]) + 1;
  }
}

interface Session {
  location: URL;
  minChunk: number;
}
