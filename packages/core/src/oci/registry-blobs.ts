/**
 * Blobs in a registry repository: existence checks, verified reads, cross-repository mounts and
 * uploads, monolithic (one streamed PUT) or chunked (PATCHes that resume after a 416). Every
 * function takes the repository's transport; none keeps state between calls.
 */
import { Readable, pipeline } from 'node:stream';
import { ArtefactsError, describeError } from '../errors.js';
import { drain, RegistrySilence, RetryableError, withRetry, type HttpResponse, type LentBody } from './http.js';
import { VerifyingStream } from './media.js';
import { checkDigest } from './references.js';
import { header, RegistryAnswerError, type RepositoryTransport } from './registry-transport.js';
import { keptChunks, verifiedLent, type BlobSource } from './store.js';

/** A source opened for upload, verified: a stream, or lent chunks written one at a time. */
type Opened = Readable | LentBody;

interface Session {
  location: URL;
  minChunk: number;
}

export async function hasBlob(t: RepositoryTransport, digest: string): Promise<number | undefined> {
  checkDigest(digest);
  const response = await t.request({
    what: `checking blob ${digest} in ${t.location}`,
    method: 'HEAD',
    url: t.path(`blobs/${digest}`),
    scopes: [t.pullScope],
    expect: [200, 404],
    follow: true,
  });
  await drain(response);
  if (response.status === 404) return undefined;
  const size = Number(header(response, 'content-length'));
  return Number.isFinite(size) ? size : 0;
}

export async function getBlob(
  t: RepositoryTransport,
  descriptor: { digest: string; size?: number },
): Promise<Readable> {
  checkDigest(descriptor.digest);
  const what = `fetching blob ${descriptor.digest} from ${t.location}`;
  const response = await t.request({
    what,
    method: 'GET',
    url: t.path(`blobs/${descriptor.digest}`),
    scopes: [t.pullScope],
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

export async function putBlob(
  t: RepositoryTransport,
  descriptor: { digest: string; size: number },
  source: BlobSource,
): Promise<void> {
  checkDigest(descriptor.digest);
  const what = `uploading blob ${descriptor.digest} to ${t.location}`;
  const chunkSize = t.settings.options.chunkSize;
  const monolithic = chunkSize === undefined || descriptor.size <= chunkSize;
  await withRetry(what, t.settings.retry, async () => {
    // A single PUT streams from the source: open it while the session is being started, so the
    // source's first bytes are on their way when the session's URL arrives (one round trip less).
    const opening = monolithic && !Buffer.isBuffer(source) ? open(source, descriptor, what) : undefined;
    // Handled here so that a source failing before the session is ready is not an unhandled
    // rejection; `upload` still awaits `opening` and gets its error.
    opening?.catch(() => undefined);
    let session: Session;
    try {
      session = await startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
    } catch (error) {
      // Lent chunks hold nothing until they are asked for.
      opening?.then(
        (body) => body instanceof Readable && body.destroy(),
        () => undefined,
      );
      throw error;
    }
    await upload(t, what, session, descriptor, source, opening);
  });
}

export async function mountBlob(
  t: RepositoryTransport,
  descriptor: { digest: string; size: number },
  fromRepository: string,
  fallback?: BlobSource,
): Promise<'mounted' | 'uploaded' | 'not-mounted'> {
  checkDigest(descriptor.digest);
  if (fromRepository === t.repository)
    return (await hasBlob(t, descriptor.digest)) === undefined ? 'not-mounted' : 'mounted';
  const what = `mounting blob ${descriptor.digest} from ${fromRepository} into ${t.location}`;
  const query = `blobs/uploads/?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
  const scopes = [...t.pushScopes, `repository:${fromRepository}:pull`];
  let result: 'mounted' | 'uploaded' | 'not-mounted' = 'not-mounted';
  await withRetry(what, t.settings.retry, async (attempt) => {
    // After a failed fallback upload, retry as a plain upload: the mount already said no.
    const session =
      attempt === 1
        ? await startUpload(t, what, scopes, t.path(query), true).catch(async (error: unknown) => {
            // A token that does not grant pull on the source repository (or a registry that will not
            // mount across repositories) refuses the mount request, not the push: copy the bytes instead.
            if (!(error instanceof RegistryAnswerError && error.code === 'REGISTRY_AUTH')) throw error;
            t.settings.options.logger?.info(
              `${t.registry} refused to mount ${descriptor.digest} from ${fromRepository} into ${t.repository} (${error.message}); copying it instead.`,
            );
            return startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
          })
        : await startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
    if (session === 'mounted') {
      result = 'mounted';
      return;
    }
    if (fallback === undefined) {
      await cancel(t, session.location);
      result = 'not-mounted';
      return;
    }
    await upload(t, what, session, descriptor, fallback);
    result = 'uploaded';
  });
  return result;
}

function startUpload(
  t: RepositoryTransport,
  what: string,
  scopes: readonly string[],
  path: string,
  mount: true,
): Promise<Session | 'mounted'>;
function startUpload(t: RepositoryTransport, what: string, scopes: readonly string[], path: string): Promise<Session>;
async function startUpload(
  t: RepositoryTransport,
  what: string,
  scopes: readonly string[],
  path: string,
  mount = false,
): Promise<Session | 'mounted'> {
  const response = await t.request({
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
  if (location === undefined) throw new ArtefactsError('REGISTRY_PROTOCOL', `${what}: 202 without a Location header.`);
  const min = Number(header(response, 'oci-chunk-min-length'));
  return { location: new URL(location, response.url), minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
}

async function cancel(t: RepositoryTransport, location: URL): Promise<void> {
  try {
    const response = await t.request({
      what: `cancelling upload to ${t.location}`,
      method: 'DELETE',
      url: location,
      scopes: t.pushScopes,
      expect: [204, 200, 202, 404],
      retry: false,
    });
    await drain(response);
  } catch {
    // best effort: the registry expires abandoned sessions anyway
  }
}

async function upload(
  t: RepositoryTransport,
  what: string,
  session: Session,
  descriptor: { digest: string; size: number },
  source: BlobSource,
  opened?: Promise<Opened>,
): Promise<void> {
  try {
    const chunkSize = t.settings.options.chunkSize;
    if (chunkSize !== undefined && descriptor.size > chunkSize) {
      await uploadChunked(t, what, session, descriptor, source, Math.max(chunkSize, session.minChunk));
    } else {
      await uploadMonolithic(t, what, session, descriptor, opened ?? open(source, descriptor, what));
    }
  } catch (error) {
    // A registry that fell silent would keep the cancel waiting as long again: it expires the session itself.
    if (!(error instanceof RegistrySilence)) await cancel(t, session.location);
    // A source stream that broke mid-way (connection reset, aborted response) is worth another
    // try from a freshly opened source; our own verdicts (digest mismatch, auth, protocol) are not.
    if (!(error instanceof ArtefactsError) && !(error instanceof RetryableError) && !Buffer.isBuffer(source)) {
      throw new RetryableError(`${what}: the source stream failed: ${describeError(error)}`, undefined, undefined);
    }
    throw error;
  }
}

async function open(source: BlobSource, descriptor: { digest: string; size: number }, what: string): Promise<Opened> {
  const raw = Buffer.isBuffer(source) ? Readable.from([source]) : await source();
  // Lent chunks go out from the reader's own buffers: verified before the last one is written.
  if (!(raw instanceof Readable)) return { lent: verifiedLent(raw, descriptor, what) };
  // A source that already verifies this digest and size (a store's getBlob) holds back its last chunk
  // until verified, so the upload can never complete with wrong bytes: no second hash pass needed.
  if (raw instanceof VerifyingStream && raw.verifies(descriptor)) return raw;
  const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
  pipeline(raw, verifier, () => undefined);
  return verifier;
}

function finalUrl(location: URL, digest: string): URL {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url;
}

async function uploadMonolithic(
  t: RepositoryTransport,
  what: string,
  session: Session,
  descriptor: { digest: string; size: number },
  opened: Promise<Opened>,
): Promise<void> {
  const source = await opened;
  let streamError: unknown;
  let body: Opened;
  if (source instanceof Readable) {
    // Opened ahead of the session, a short source may already have failed its verification.
    if (source.errored) throw source.errored;
    source.on('error', (error) => (streamError = error));
    body = source;
  } else {
    // The chunks' own failure (a digest mismatch, a read error) is the one reported, not the request's.
    body = {
      lent: (async function* () {
        try {
          yield* source.lent;
        } catch (error) {
          streamError = error;
          throw error;
        }
      })(),
    };
  }
  let response: HttpResponse;
  try {
    response = await t.request({
      what,
      method: 'PUT',
      url: finalUrl(session.location, descriptor.digest),
      scopes: t.pushScopes,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
      body: () => body,
      expect: [201],
      retry: false,
    });
  } catch (error) {
    if (source instanceof Readable) source.destroy();
    throw streamError ?? error;
  }
  await drain(response);
  if (streamError !== undefined) throw streamError;
  checkCommitted(what, response, descriptor.digest);
}

function checkCommitted(what: string, response: HttpResponse, digest: string): void {
  const claimed = header(response, 'docker-content-digest');
  if (claimed !== undefined && claimed !== digest) {
    throw new ArtefactsError('DIGEST_MISMATCH', `${what}: the registry committed ${claimed}.`);
  }
}

async function uploadChunked(
  t: RepositoryTransport,
  what: string,
  session: Session,
  descriptor: { digest: string; size: number },
  source: BlobSource,
  chunkSize: number,
): Promise<void> {
  const opened = await open(source, descriptor, what);
  // The pieces of a chunk are kept until it is full: lent chunks are copied.
  const stream = opened instanceof Readable ? opened : keptChunks(opened.lent);
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async (bytes: Buffer) => {
    offset = await sendChunk(t, what, session, bytes, offset);
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
  const response = await t.request({
    what,
    method: 'PUT',
    url: finalUrl(session.location, descriptor.digest),
    scopes: t.pushScopes,
    headers: { 'content-length': '0' },
    body: () => Buffer.alloc(0),
    expect: [201],
    retry: false,
  });
  await drain(response);
  checkCommitted(what, response, descriptor.digest);
}

/** PATCHes one chunk at `offset`; after a 416 asks the session where it is and resumes from there. */
async function sendChunk(
  t: RepositoryTransport,
  what: string,
  session: Session,
  bytes: Buffer,
  offset: number,
): Promise<number> {
  let start = offset;
  let data = bytes;
  for (let resumes = 0; ; resumes++) {
    const response = await t.request({
      what,
      method: 'PATCH',
      url: session.location,
      scopes: t.pushScopes,
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
    const held = await uploadedBytes(t, what, session);
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

async function uploadedBytes(t: RepositoryTransport, what: string, session: Session): Promise<number> {
  const response = await t.request({
    what,
    method: 'GET',
    url: session.location,
    scopes: t.pushScopes,
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
