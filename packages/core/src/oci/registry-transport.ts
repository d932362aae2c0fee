/**
 * The request plumbing under the registry client: one repository's requests with auth (a 401 is
 * answered once with fresh credentials), redirects, retries, bodies read within the retry, and the
 * mapping of a registry's refusal to an ArtefactsError. Knows nothing of manifests, blobs or referrers.
 */
import type { Readable } from 'node:stream';
import { ArtefactsError, describeError, type ErrorCode } from '../errors.js';
import type { Logger } from '../log.js';
import type { RegistryAuth } from './auth.js';
import {
  drain,
  isRetryableStatus,
  parseRetryAfter,
  readBody,
  RegistrySilence,
  RetryableError,
  send,
  withRetry,
  type HttpResponse,
  type LentBody,
  type RetryPolicy,
  type TlsOptions,
} from './http.js';
import type { RegistryReference } from './references.js';

const REDIRECTS = [301, 302, 303, 307, 308];
const USER_AGENT = 'immutable-artefacts';

export interface Op {
  what: string;
  method: string;
  url: string | URL;
  scopes: readonly string[];
  headers?: Record<string, string>;
  body?: () => Buffer | Readable | LentBody;
  expect: readonly number[];
  retry?: boolean;
  follow?: boolean;
}

/** What the transport reads from its client on every request (a RegistryClient is one). */
export interface TransportSettings {
  readonly retry: RetryPolicy;
  readonly options: {
    readonly timeoutMs?: number;
    readonly chunkSize?: number;
    readonly tls?: TlsOptions;
    readonly logger?: Logger;
  };
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

/** The error codes of the OCI distribution spec: a code outside them is a registry's own. */
const SPEC_CODES: ReadonlySet<string> = new Set([
  'BLOB_UNKNOWN',
  'BLOB_UPLOAD_INVALID',
  'BLOB_UPLOAD_UNKNOWN',
  'DIGEST_INVALID',
  'MANIFEST_BLOB_UNKNOWN',
  'MANIFEST_INVALID',
  'MANIFEST_UNKNOWN',
  'NAME_INVALID',
  'NAME_UNKNOWN',
  'SIZE_INVALID',
  'UNAUTHORIZED',
  'DENIED',
  'UNSUPPORTED',
  'TOOMANYREQUESTS',
]);

/**
 * Whether a 404 says the repository itself is not there: NAME_UNKNOWN (distribution, ECR, Google's
 * registries), or a 404 that names no code of the spec (a bare 404, a page of HTML, a registry's own
 * NOT_FOUND). A 404 naming another code of the spec is about something else, and is no answer to this.
 */
export function isUnknownRepository(answer: RegistryAnswerError): boolean {
  return (
    answer.status === 404 &&
    (answer.registryCodes.includes('NAME_UNKNOWN') || !answer.registryCodes.some((c) => SPEC_CODES.has(c)))
  );
}

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/:\d+$/, '');
  return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.startsWith('127.');
}

/** Parses `Link: <url>; rel="next"`. */
export function nextLink(response: HttpResponse, base: URL): URL | undefined {
  const link = header(response, 'link');
  if (link === undefined) return undefined;
  const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
  return m === null ? undefined : new URL(m[1]!, base);
}

/** The requests of one repository: its URLs, scopes and credentials. */
export class RepositoryTransport {
  readonly location: string;
  readonly registry: string;
  readonly repository: string;
  readonly pullScope: string;
  readonly pushScopes: string[];

  constructor(
    readonly settings: TransportSettings,
    private readonly auth: RegistryAuth,
    ref: Pick<RegistryReference, 'registry' | 'repository'>,
    /** https://host, or http://host for an insecure registry; a loopback host's is settled by `scheme`. */
    public base: URL,
    private scheme?: Promise<'http' | 'https'>,
  ) {
    this.registry = ref.registry;
    this.repository = ref.repository;
    this.location = `${ref.registry}/${ref.repository}`;
    this.pullScope = `repository:${ref.repository}:pull`;
    this.pushScopes = [`repository:${ref.repository}:pull,push`];
  }

  path(rest: string): string {
    return `/v2/${this.repository}/${rest}`;
  }

  async request(op: Op): Promise<HttpResponse> {
    if (this.scheme !== undefined) {
      const protocol = `${await this.scheme}:`;
      this.scheme = undefined;
      if (this.base.protocol !== protocol) this.base = new URL(`${protocol}//${this.base.host}`);
    }
    const once = async (): Promise<HttpResponse> => {
      let url = typeof op.url === 'string' ? new URL(op.url, this.base) : op.url;
      // A URL built from the base before its scheme was settled.
      if (url.host === this.base.host && url.protocol !== this.base.protocol) {
        url = new URL(url.href.replace(/^https?:/, this.base.protocol));
      }
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
          ...(this.settings.options.tls === undefined ? {} : { tls: this.settings.options.tls }),
          ...(body === undefined ? {} : { body }),
          ...(this.settings.options.timeoutMs === undefined ? {} : { timeoutMs: this.settings.options.timeoutMs }),
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
    return op.retry === false ? once() : withRetry(op.what, this.settings.retry, once);
  }

  /**
   * A request whose answer's body (at most `limit` bytes) is read within the same retry: a connection
   * that breaks in the middle of the body is tried again like one that breaks before the answer.
   */
  async requestBytes(op: Op, limit: number): Promise<{ response: HttpResponse; bytes: Buffer }> {
    const once = async () => {
      const response = await this.request({ ...op, retry: false });
      try {
        return { response, bytes: await readBody(response, limit, op.what) };
      } catch (error) {
        if (error instanceof ArtefactsError || error instanceof RegistrySilence) throw error;
        throw new RetryableError(`${op.what}: the answer broke off: ${describeError(error)}`, undefined, undefined);
      }
    };
    return op.retry === false ? once() : withRetry(op.what, this.settings.retry, once);
  }
}
