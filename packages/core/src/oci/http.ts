/**
 * The thin HTTP layer under the registry client: Node's own http/https with keep-alive agents,
 * streamed bodies, an idle timeout (a registry that sends nothing for that long fails the request),
 * and bounded retries with exponential backoff and jitter.
 */
import { readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Readable } from 'node:stream';
import tls from 'node:tls';
import { ArtefactsError, describeError } from '../errors.js';

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 32 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 32 });

/**
 * TLS as people run registries: a private CA (added to the system's roots and NODE_EXTRA_CA_CERTS,
 * never replacing them) and a client certificate for registries that ask for one (mTLS). PEM text.
 */
export interface TlsOptions {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
}

const tlsAgents = new Map<string, https.Agent>();

/** Node's own roots plus NODE_EXTRA_CA_CERTS (which an explicit `ca` list would otherwise drop). */
function defaultRoots(): string[] {
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  let extraPem: string[] = [];
  if (extra) {
    try {
      extraPem = [readFileSync(extra, 'utf8')];
    } catch {
      // Node itself warns at start-up when the file cannot be read.
    }
  }
  return [...tls.rootCertificates, ...extraPem];
}

/** The HTTPS agent for these TLS options: one per distinct set, kept alive across requests. */
function httpsAgentFor(options: TlsOptions | undefined): https.Agent {
  if (options === undefined || (!options.ca && !options.cert)) return httpsAgent;
  const key = JSON.stringify([options.ca ?? '', options.cert ?? '', options.key ?? '']);
  let agent = tlsAgents.get(key);
  if (agent === undefined) {
    agent = new https.Agent({
      keepAlive: true,
      maxSockets: 32,
      ...(options.ca ? { ca: [...defaultRoots(), options.ca] } : {}),
      ...(options.cert ? { cert: options.cert, key: options.key } : {}),
    });
    tlsAgents.set(key, agent);
  }
  return agent;
}

/**
 * Whether `host` (host:port) speaks TLS, in one round trip: a plain-HTTP `GET /v2/` on a bare
 * connection. A registry serving plain HTTP answers it (200, 401, or 5xx when unwell); a TLS server
 * answers 400 ("plain HTTP request to an HTTPS port", as Go and nginx do) or with bytes that are not
 * HTTP (a TLS alert). No answer at all (reset, closed, timed out) says nothing: plain HTTP, the
 * loopback default, and the request that follows reports and retries the failure as any other.
 * Asked this way round because a plain-HTTP server given a TLS handshake may wait for a line that
 * never comes.
 */
export function speaksTls(host: string, timeoutMs = 5_000): Promise<boolean> {
  const url = new URL(`http://${host}`);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80) });
    let answer = '';
    const done = (tlsServer: boolean) => {
      socket.destroy();
      resolve(tlsServer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () =>
      socket.write(
        `GET /v2/ HTTP/1.1\r\nHost: ${url.host}\r\nUser-Agent: immutable-artefacts\r\nConnection: close\r\n\r\n`,
      ),
    );
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
      if (status) done(status[1] === '400');
      else if (answer.length >= 12 || chunk[0] === 0x15) done(true);
    });
    socket.once('end', () => done(answer.length > 0 && !answer.startsWith('HTTP/')));
    socket.once('error', () => done(false));
  });
}

/** A TLS client's error when the server answered in plain HTTP. */
function isPlainHttpAnswer(error: NodeJS.ErrnoException): boolean {
  return (
    error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' ||
    error.code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' ||
    /wrong version number|packet length too long|http request/i.test(error.message)
  );
}

const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** What a TLS failure means to the user, and what to do about it. */
function tlsFailure(request: HttpRequest, error: NodeJS.ErrnoException): ArtefactsError | undefined {
  const where = `${request.method} ${request.url.host}${request.url.pathname}`;
  if (CERTIFICATE_CODES.has(error.code ?? '')) {
    return new ArtefactsError(
      'REGISTRY_TLS',
      `${where}: the registry's TLS certificate is not trusted (${error.code}: ${error.message}).`,
      {
        hint: 'Give the CA that signed it (--ca-file, or ARTEFACTS_CA_FILE; NODE_EXTRA_CA_CERTS also works), or list the host as insecure if it serves plain HTTP.',
        cause: error,
      },
    );
  }
  if (isPlainHttpAnswer(error)) {
    return new ArtefactsError('REGISTRY_TLS', `${where}: the registry answered in plain HTTP, not TLS.`, {
      hint: `Only a host listed as insecure is spoken to in plain HTTP: --insecure-registry ${request.url.host} (or ARTEFACTS_INSECURE_REGISTRIES).`,
      cause: error,
    });
  }
  if (
    /certificate required|alert.*certificate|handshake failure/i.test(error.message) ||
    /CERTIFICATE_REQUIRED/.test(error.code ?? '')
  ) {
    return new ArtefactsError(
      'REGISTRY_TLS',
      `${where}: the registry asks for a client certificate (${error.message}).`,
      {
        hint: 'Give one with --client-cert and --client-key (or ARTEFACTS_CLIENT_CERT and ARTEFACTS_CLIENT_KEY).',
        cause: error,
      },
    );
  }
  return undefined;
}

/**
 * A body of lent chunks (each valid only until the next is asked for): each is written, and its write
 * has left our hands (the socket's callback), before the next is asked for. A failure of the chunks
 * destroys the request with it.
 */
export interface LentBody {
  readonly lent: AsyncIterable<Buffer>;
}

export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: Buffer | Readable | LentBody;
  timeoutMs?: number;
  tls?: TlsOptions;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
  url: URL;
}

/** A failure worth retrying: connection reset, timeout, 408/429/5xx. */
export class RetryableError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | undefined,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

/**
 * How long a registry may send nothing before a request fails, unless the settings say otherwise
 * (connection.ts: ARTEFACTS_REGISTRY_TIMEOUT): no connection, no answer, no byte of a body coming or
 * going. Idle time, never the length of a transfer: a large blob moving at any pace is never cut.
 * Two minutes, as the one timeout was before: a registry may rightly say nothing for a long while
 * after the last byte of a multi-GB upload, while its storage (an object store) moves the blob.
 */
export const DEFAULT_IDLE_TIMEOUT_MS = 120_000;

/**
 * A registry that sent nothing for the idle time: worth one more try (a connection can be lost),
 * not seven (a registry that hangs does not answer the third either). See RetryPolicy.silences.
 */
export class RegistrySilence extends RetryableError {
  constructor(message: string) {
    super(message, undefined, undefined);
  }
}

/** The idle time as a message says it: `2 s`, `0.5 s`. */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** What a request was doing when the registry fell silent, as the error says it. */
function silence(request: HttpRequest, idleMs: number, req: http.ClientRequest, answered: boolean): RegistrySilence {
  const { host, pathname } = request.url;
  const doing = answered
    ? `the answer's body stalled: no bytes from ${host} for ${seconds(idleMs)}`
    : req.socket === null || req.socket.connecting
      ? `no connection to ${host} within ${seconds(idleMs)}`
      : !req.writableFinished
        ? `${host} took no bytes of the request's body for ${seconds(idleMs)}`
        : `no answer from ${host} within ${seconds(idleMs)}`;
  return new RegistrySilence(`${request.method} ${host}${pathname}: ${doing}`);
}

const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED']);

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

export function send(request: HttpRequest): Promise<HttpResponse> {
  const { url } = request;
  const lib = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? httpsAgentFor(request.tls) : httpAgent;
  const idleMs = request.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    let answer: IncomingMessage | undefined;
    // `timeout` (unlike setTimeout) also bounds the connection's set-up; it stays on the socket while
    // the answer's body is read, so a body that stalls fails as an answer that never comes does.
    const options = { method: request.method, headers: request.headers ?? {}, agent, timeout: idleMs };
    const req = lib.request(url, options, (res) => {
      answer = res;
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, url });
    });
    req.on('timeout', () => {
      const error = silence(request, idleMs, req, answer !== undefined);
      // The reader of the body gets the same words as a caller waiting for the answer.
      answer?.destroy(error);
      req.destroy(error);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof RegistrySilence) {
        reject(error);
        return;
      }
      const code = error.code ?? '';
      const tlsError = url.protocol === 'https:' ? tlsFailure(request, error) : undefined;
      if (tlsError !== undefined) {
        reject(tlsError);
        return;
      }
      if (RETRYABLE_CODES.has(code) || /socket hang up/i.test(error.message)) {
        reject(
          new RetryableError(`${request.method} ${url.host}${url.pathname}: ${error.message}`, undefined, undefined),
        );
      } else {
        reject(
          new ArtefactsError(
            'REGISTRY_UNAVAILABLE',
            `${request.method} ${url.host}${url.pathname}: ${describeError(error)}`,
            { cause: error },
          ),
        );
      }
    });
    const body = request.body;
    if (body === undefined) req.end();
    else if (Buffer.isBuffer(body)) req.end(body);
    else if (!(body instanceof Readable)) void writeLent(req, body.lent);
    else if (body.destroyed) {
      // Piping a stream that already ended in failure would wait for bytes that never come.
      req.destroy(body.errored ?? new Error('the body stream closed before it was sent'));
    } else {
      body.on('error', (error) => req.destroy(error));
      body.pipe(req);
    }
  });
}

/** Writes lent chunks one at a time (see LentBody), then ends the request; a failure destroys it. */
async function writeLent(req: http.ClientRequest, chunks: AsyncIterable<Buffer>): Promise<void> {
  try {
    for await (const chunk of chunks) {
      if (req.destroyed) return;
      await new Promise<void>((resolve, reject) => {
        // A request destroyed while this write waits in its queue may never call back: its close ends the wait.
        const closed = () => reject(new Error('the request closed while its body was being written'));
        req.once('close', closed);
        req.write(chunk, (error) => {
          req.off('close', closed);
          if (error) reject(error);
          else resolve();
        });
      });
    }
    req.end();
  } catch (error) {
    req.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Reads a whole (small) body, refusing more than `limit` bytes. */
export async function readBody(response: HttpResponse, limit: number, where: string): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    response.body.destroy();
    throw new ArtefactsError(
      'REGISTRY_PROTOCOL',
      `${where}: response of ${declared} bytes is above the ${limit}-byte limit.`,
    );
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      response.body.destroy();
      throw new ArtefactsError('REGISTRY_PROTOCOL', `${where}: response is above the ${limit}-byte limit.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function drain(response: HttpResponse): Promise<void> {
  try {
    for await (const _chunk of response.body as AsyncIterable<Buffer>) {
      // discard
    }
  } catch {
    // the connection is gone either way
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface RetryPolicy {
  /** Total tries including the first. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * Of those, how many may end in silence (RegistrySilence: nothing for the idle time) before the
   * request fails: each costs the whole idle time. Default: DEFAULT_RETRY's.
   */
  silences?: number;
}

/**
 * Seven tries: at one failed request in five (a registry under load), a request still fails for
 * good about once in 80 000, so a promotion of a few dozen requests almost never does; a registry
 * that is down is given up on after about 12 s of backoff. Two silences: a registry that accepts the
 * connection and then says nothing is given up on after twice the idle time, not seven times.
 */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 7, baseDelayMs: 250, maxDelayMs: 8_000, silences: 2 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` until it succeeds, retrying RetryableErrors with exponential backoff and full jitter
 * (or the server's Retry-After, capped at maxDelayMs). The final error says what was being done
 * and how many tries were made. `transient` marks other errors as worth another try too; the last
 * of those is thrown as it is (it names the registry's own answer).
 */
export async function withRetry<T>(
  what: string,
  policy: RetryPolicy,
  fn: (attempt: number) => Promise<T>,
  transient: (error: unknown) => boolean = () => false,
): Promise<T> {
  let last: RetryableError | undefined;
  let tries = 0;
  let silences = 0;
  const silencesAllowed = policy.silences ?? DEFAULT_RETRY.silences ?? 2;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    tries = attempt;
    try {
      return await fn(attempt);
    } catch (error) {
      const retryable = error instanceof RetryableError;
      if (!retryable && (!transient(error) || attempt === policy.attempts)) throw error;
      if (retryable) last = error;
      if (error instanceof RegistrySilence && ++silences >= silencesAllowed) break;
      if (attempt === policy.attempts) break;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delay =
        retryable && error.retryAfterMs !== undefined
          ? Math.min(policy.maxDelayMs, error.retryAfterMs)
          : Math.round(backoff / 2 + (Math.random() * backoff) / 2);
      await sleep(delay);
    }
  }
  const silent = last instanceof RegistrySilence;
  throw new ArtefactsError(
    'REGISTRY_UNAVAILABLE',
    `${what} failed after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${last?.message ?? 'unknown error'}`,
    {
      hint: silent
        ? 'The registry is not answering (hung, overloaded, or a proxy holding the connection); try again later. How long a registry may stay silent: --registry-timeout SECONDS (or ARTEFACTS_REGISTRY_TIMEOUT).'
        : 'The registry is unavailable or overloaded; try again later.',
      cause: last,
    },
  );
}
