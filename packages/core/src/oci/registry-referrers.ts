/**
 * Referrers in a registry repository: the referrers API (`/v2/<name>/referrers/<digest>`), and the
 * fallback index (`sha256-<hex>` tag) of registries without it.
 *
 * Whether a registry offers the referrers API is asked once per registry and RegistryClient; the
 * answer is kept in the map the client passes in (RegistryClient.referrersApi).
 *
 * The fallback index: one index per subject, shared by every process that pushes a referrer of that
 * subject, written by read-merge-write. Registries offer no conditional write, so a writer that read
 * before ours landed can put back an index without our entry. The rule that makes an entry hold:
 *
 * - a writer never sends an index built from a read older than STALE_MS: the age is checked when
 *   the bytes are about to go out (after any credentials were fetched), and a stale index is not
 *   sent but read again; it is sent once (no request-level retry, which would send an old read later);
 * - after its write, it waits a settle delay (STALE_MS plus the time a write takes to land, taken
 *   as four times our own write's round trip and at least MIN_LANDING_MS) and reads again: every
 *   writer that read before ours landed has sent within STALE_MS of that read, so it has landed by then;
 * - what is missing is added again, and so on until one read after a settle holds every entry. The
 *   settles after a lost entry get jitter, so writers that keep colliding stop re-reading together.
 *
 * The process-wide referrers queue (`fallbackQueues` below) is module state, shared by every
 * RegistryClient and repository in this process, not per client: the writers of one index
 * (keyed `<registry>/<repository>@<subject>`) queue behind each other, and each merge takes every
 * change waiting, so two clients of one process never race each other on the same index. A queue
 * exists only while its changes are being merged, and is removed when it empties.
 *
 * Referrers of one subject pushed together (an SBOM in two formats, a promotion's record and its
 * tag bindings) share one write and one settle: a manifest PUT with a subject is announced before
 * it is sent (`announceFallbackChange`), and a merge about to read waits until every announced
 * change of its index is queued or given up, so they are all taken by that read. The wait covers
 * only requests (the PUT and the referrers-API probe), never a settle, so it cannot deadlock.
 */
import { ArtefactsError } from '../errors.js';
import { drain as drainResponse, RetryableError, type HttpResponse } from './http.js';
import {
  MAX_MANIFEST_BYTES,
  MANIFEST_ACCEPT,
  MEDIA,
  parseManifest,
  isIndexMediaType,
  type Descriptor,
  type ImageIndex,
} from './media.js';
import { checkDigest, referrersTag } from './references.js';
import { header, nextLink, registryError, type RepositoryTransport } from './registry-transport.js';

/** An index built from a read older than this is not sent: it is read again. */
const STALE_MS = 300;
/**
 * The least time allowed, beyond STALE_MS, for another writer's index to land after it was sent
 * (its request on the wire and the registry's commit). Our own write's round trip times four is
 * used when longer.
 */
const MIN_LANDING_MS = 200;
const MAX_SETTLE_MS = 5000;
/** Rounds (write + settle + read) before giving up, and the time they may take together. */
const MAX_ROUNDS = 12;
const BUDGET_MS = 120_000;

/** What a registry repository gives the fallback logic: one read, one write, each tried once. */
export interface FallbackTarget {
  readonly location: string;
  readFallback(tag: string): Promise<Descriptor[]>;
  /**
   * Sends the index once, without retrying (a retry would send a stale read later), and not at all
   * (StaleIndexError) when the bytes would go out after `notAfter` (epoch ms).
   */
  writeFallback(tag: string, index: ImageIndex, notAfter: number): Promise<void>;
}

interface Waiter {
  add?: Descriptor;
  remove?: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The process-wide referrers queue: per fallback index, the changes waiting for its merge (see above). */
const fallbackQueues = new Map<string, Waiter[]>();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const fallbackKey = (target: { readonly location: string }, subject: string) => `${target.location}@${subject}`;

/** Per fallback index: changes announced and not yet queued, and the merges waiting for them. */
const arriving = new Map<string, { count: number; wake: (() => void)[] }>();

/**
 * Announces a change of `subject`'s fallback index that is on its way (its manifest being pushed).
 * Call the function returned once it is queued or will not be; calls after the first do nothing.
 */
export function announceFallbackChange(target: { readonly location: string }, subject: string): () => void {
  const key = fallbackKey(target, subject);
  const entry = arriving.get(key) ?? { count: 0, wake: [] };
  arriving.set(key, entry);
  entry.count++;
  let arrived = false;
  return () => {
    if (arrived) return;
    arrived = true;
    if (--entry.count > 0) return;
    arriving.delete(key);
    for (const wake of entry.wake.splice(0)) wake();
  };
}

/** Resolves once no change of the index is announced and not yet queued. */
async function announcedQueued(key: string): Promise<void> {
  for (let entry = arriving.get(key); entry !== undefined; entry = arriving.get(key)) {
    const waiting = entry;
    await new Promise<void>((resolve) => waiting.wake.push(resolve));
  }
}

/** Adds `entry` to the fallback index of `subject`; resolves once a read after a settle holds it. */
export function addToFallback(target: FallbackTarget, subject: string, entry: Descriptor): Promise<void> {
  return enqueue(target, subject, { add: entry });
}

/** Removes `digest` from the fallback index of `subject`; resolves once a read after a settle lacks it. */
function removeFromFallback(target: FallbackTarget, subject: string, digest: string): Promise<void> {
  return enqueue(target, subject, { remove: digest });
}

function enqueue(target: FallbackTarget, subject: string, change: Pick<Waiter, 'add' | 'remove'>): Promise<void> {
  const key = fallbackKey(target, subject);
  const running = fallbackQueues.get(key);
  const waiting = running ?? [];
  const done = new Promise<void>((resolve, reject) => waiting.push({ ...change, resolve, reject }));
  if (running === undefined) {
    fallbackQueues.set(key, waiting);
    void drain(target, key, subject, waiting);
  }
  return done;
}

async function drain(target: FallbackTarget, key: string, subject: string, waiting: Waiter[]): Promise<void> {
  // The check for more and the removal of the queue happen with no await between them, so a change
  // is either taken by this loop or starts a new one.
  while (waiting.length > 0) {
    const batch: Waiter[] = [];
    // Changes are taken after each read, so those that arrive meanwhile join this merge.
    const take = (): Waiter[] => {
      batch.push(...waiting.splice(0));
      return batch;
    };
    try {
      await merge(target, key, subject, take);
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length === 0) take();
      for (const w of batch) w.reject(error);
    }
  }
  fallbackQueues.delete(key);
}

async function merge(target: FallbackTarget, key: string, subject: string, take: () => Waiter[]): Promise<void> {
  const tag = referrersTag(subject);
  const started = Date.now();
  let lastProblem = 'no round was tried';
  /** Rounds whose read took too long to be merged, and the longest of those reads. */
  let slowReads = 0;
  let slowestMs = 0;
  /** Reads after a write that landed (201) which found an entry missing again: other writers at work. */
  let lost = 0;
  /** Whether the last round's write was answered as landed, and the last failure of the registry. */
  let wrote = false;
  let failure: unknown;
  for (let round = 1; round <= MAX_ROUNDS && Date.now() - started < BUDGET_MS; round++) {
    // Changes on their way join this read rather than the next merge (and its settle).
    await announcedQueued(key);
    const readAt = Date.now();
    let current: Descriptor[];
    try {
      current = await target.readFallback(tag);
    } catch (error) {
      // A read that failed through all its own tries (REGISTRY_UNAVAILABLE) is the registry failing,
      // not contention: said as it is, at once, rather than tried for rounds more and blamed on others.
      if (!(error instanceof RetryableError)) throw error;
      lastProblem = error.message;
      failure = error;
      wrote = false;
      await sleep(jitter(200 * round));
      continue;
    }
    const changes = take();
    // The last change asked for a digest wins (a referrer withdrawn after it was added is removed).
    const wanted = new Map<string, Descriptor | undefined>();
    for (const c of changes) {
      if (c.add !== undefined) wanted.set(c.add.digest, c.add);
      if (c.remove !== undefined) wanted.set(c.remove, undefined);
    }
    const has = (d: string) => current.some((e) => e.digest === d);
    const missing = [...wanted.values()].filter((e): e is Descriptor => e !== undefined && !has(e.digest));
    const unwanted = [...wanted.entries()].filter(([d, e]) => e === undefined && has(d)).map(([d]) => d);
    // Holds: the first read found it so (another writer confirms its own), or the read after a settle did.
    if (missing.length === 0 && unwanted.length === 0) return;
    if (wrote) lost++;
    wrote = false;
    const readMs = Date.now() - readAt;
    if (readMs > STALE_MS) {
      lastProblem = `the index read took more than ${STALE_MS} ms to merge`;
      slowReads++;
      slowestMs = Math.max(slowestMs, readMs);
      continue;
    }
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MEDIA.ociIndex,
      manifests: [...current.filter((e) => !unwanted.includes(e.digest)), ...missing],
    };
    const writeAt = Date.now();
    try {
      await target.writeFallback(tag, index, readAt + STALE_MS);
      wrote = true;
    } catch (error) {
      if (error instanceof StaleIndexError) {
        // Nothing was sent: read again at once.
        lastProblem = error.message;
        continue;
      }
      if (!(error instanceof RetryableError)) throw error;
      // The write may or may not have landed: the read after the settle tells.
      lastProblem = error.message;
      failure = error;
    }
    const settle = Math.min(MAX_SETTLE_MS, STALE_MS + Math.max(MIN_LANDING_MS, 4 * (Date.now() - writeAt)));
    // The first settle is exact; once an entry was lost or a write failed, writers are contending.
    await sleep(round === 1 ? settle : jitter(settle));
  }
  if (slowReads > MAX_ROUNDS / 2) {
    // Not a contention: this registry answers too slowly for any write to be confirmed safely.
    throw new ArtefactsError(
      'REGISTRY_PROTOCOL',
      `updating referrers tag ${target.location}:${tag}: ${slowReads} of its reads took longer than the ${STALE_MS} ms within which an index must be written after it is read (the slowest ${slowestMs} ms), so no write could be made safe against concurrent writers; the referrer is not in the index.`,
      {
        hint: 'This registry has no referrers API and answers too slowly here for the fallback index: use a registry (or a mirror of it) that offers the referrers API, or run the step nearer the registry.',
      },
    );
  }
  if (lost === 0 && failure !== undefined) {
    // No write that landed was ever undone: the registry kept failing, and nobody else was writing.
    throw new ArtefactsError(
      'REGISTRY_UNAVAILABLE',
      `updating referrers tag ${target.location}:${tag} failed: the registry kept failing its reads or writes (${lastProblem}).`,
      { hint: 'The registry is unavailable or overloaded; try again later.', cause: failure },
    );
  }
  throw new ArtefactsError(
    'REGISTRY_PROTOCOL',
    `updating referrers tag ${target.location}:${tag}: concurrent writers kept replacing it; it did not hold after ${MAX_ROUNDS} rounds (${lastProblem}).`,
    {
      hint: 'The referrer may be missing from the index: run the command again once the concurrent jobs have ended, or use a registry with the referrers API.',
    },
  );
}

/** `ms` plus up to half of it again, at random: writers that started together do not re-read together. */
function jitter(ms: number): number {
  return Math.round(ms + Math.random() * (ms / 2));
}

// ---------------------------------------------------------------- the registry's side

/** Reads the `sha256-<hex>` fallback index (absent: empty), its body read within the retry. */
export async function readFallback(t: RepositoryTransport, tag: string): Promise<Descriptor[]> {
  const { response, bytes } = await t.requestBytes(
    {
      what: `reading referrers tag ${t.location}:${tag}`,
      method: 'GET',
      url: t.path(`manifests/${tag}`),
      scopes: [t.pullScope],
      headers: { accept: MANIFEST_ACCEPT },
      expect: [200, 404],
    },
    MAX_MANIFEST_BYTES,
  );
  if (response.status === 404) return [];
  const parsed = parseManifest(bytes, `referrers tag ${t.location}:${tag}`, header(response, 'content-type'));
  if (!isIndexMediaType(parsed.mediaType)) {
    throw new ArtefactsError(
      'REGISTRY_PROTOCOL',
      `referrers tag ${t.location}:${tag} holds a ${parsed.mediaType}, not an index; refusing to overwrite it.`,
    );
  }
  return (parsed.parsed as ImageIndex).manifests;
}

/** An index that would have gone out more than STALE_MS after the read it was built from: not sent. */
class StaleIndexError extends Error {}

/**
 * Sends a fallback index once: a retry would send an index built from an old read (see above). The
 * age is checked as the body is handed to the request, after the credentials: a token fetched first
 * (or a 401 answered with a new one) can take long enough to make the read stale.
 */
export async function writeFallback(
  t: RepositoryTransport,
  tag: string,
  index: ImageIndex,
  notAfter: number,
): Promise<void> {
  const manifest = parseManifest(Buffer.from(JSON.stringify(index)), `referrers index ${tag}`);
  const what = `pushing referrers index ${t.location}:${tag}`;
  const response = await t.request({
    what,
    method: 'PUT',
    url: t.path(`manifests/${tag}`),
    scopes: t.pushScopes,
    headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.length) },
    body: () => {
      const late = Date.now() - notAfter;
      if (late > 0) throw new StaleIndexError(`${what}: its read would be ${STALE_MS + late} ms old when sent`);
      return manifest.bytes;
    },
    expect: [201, 200],
    retry: false,
  });
  await drainResponse(response);
}

/**
 * Whether this registry answers the referrers API (an OCI index at /referrers/<digest>), asked once
 * per registry and run (`known` is the client's map): a registry that has it but sends no OCI-Subject
 * still needs no fallback tag.
 */
export function offersReferrersApi(
  t: RepositoryTransport,
  known: Map<string, Promise<boolean>>,
  subject: string,
): Promise<boolean> {
  const answered = known.get(t.registry);
  if (answered !== undefined) return answered;
  const asked = (async () => {
    const { response } = await t.requestBytes(
      {
        what: `asking ${t.location} for the referrers API`,
        method: 'GET',
        url: t.path(`referrers/${subject}`),
        scopes: [t.pullScope],
        headers: { accept: MEDIA.ociIndex },
        expect: [200, 404, 400, 405],
      },
      MAX_MANIFEST_BYTES,
    );
    return response.status === 200 && header(response, 'content-type')?.split(';')[0]?.trim() === MEDIA.ociIndex;
  })();
  known.set(t.registry, asked);
  asked.catch(() => known.delete(t.registry));
  return asked;
}

/**
 * Withdraws a referrer this run pushed (a promotion record of a promotion that lost its race):
 * deleted by digest where the registry allows it, and taken out of the fallback index.
 */
export async function withdrawReferrer(
  t: RepositoryTransport,
  target: FallbackTarget,
  known: Map<string, Promise<boolean>>,
  subject: string,
  digest: string,
): Promise<void> {
  checkDigest(subject);
  checkDigest(digest);
  const response = await t.request({
    what: `deleting ${t.location}@${digest}`,
    method: 'DELETE',
    url: t.path(`manifests/${digest}`),
    scopes: t.pushScopes,
    expect: [202, 200, 204, 404, 405, 400],
  });
  await drainResponse(response);
  if (!(await offersReferrersApi(t, known, subject))) await removeFromFallback(target, subject, digest);
}

/**
 * The referrers of `digest`: from the referrers API, or from the fallback index where there is none.
 * What the first page tells about the API is kept in `known` (the client's map, as offersReferrersApi
 * keeps it), so a referrer pushed after a listing asks no more; where the API is known to be absent,
 * only the fallback index is read.
 */
export async function listReferrers(
  t: RepositoryTransport,
  target: FallbackTarget,
  known: Map<string, Promise<boolean>>,
  digest: string,
  artifactType?: string,
): Promise<Descriptor[]> {
  checkDigest(digest);
  const what = `listing referrers of ${t.location}@${digest}`;
  const found: Descriptor[] = [];
  let url: URL | undefined = new URL(t.path(`referrers/${digest}`), t.base);
  if (artifactType !== undefined) url.searchParams.set('artifactType', artifactType);
  let native = true;
  /** What the first page says of the API: unknown after a 404 for a repository not there (yet). */
  let learned: boolean | undefined;
  // Many registries (distribution 2.8 among them) have no referrers API: the fallback tag is read
  // at the same time as the API's first page, and used only when the API turns out to be absent.
  const answered = known.get(t.registry);
  const offered = answered === undefined ? undefined : await answered.catch(() => undefined);
  const fallback = offered === true ? Promise.resolve([]) : target.readFallback(referrersTag(digest));
  fallback.catch(() => undefined);
  if (offered === false) {
    native = false;
    url = undefined;
  }
  for (let page = 0; url !== undefined && page < 1000; page++) {
    const { response, bytes }: { response: HttpResponse; bytes: Buffer } = await t.requestBytes(
      { what, method: 'GET', url, scopes: [t.pullScope], headers: { accept: MEDIA.ociIndex }, expect: [200, 404] },
      MAX_MANIFEST_BYTES,
    );
    if (response.status === 404) {
      native = page > 0;
      // A registry with the API may answer NAME_UNKNOWN for a repository that does not exist yet.
      if (page === 0 && !registryError(what, 404, bytes).registryCodes.includes('NAME_UNKNOWN')) learned = false;
      break;
    }
    const type = header(response, 'content-type')?.split(';')[0]?.trim();
    if (type !== MEDIA.ociIndex) {
      // Not a referrers API (some registries answer 200 with HTML): use the fallback tag.
      native = false;
      if (page === 0) learned = false;
      break;
    }
    if (page === 0) learned = true;
    const index = parseManifest(bytes, what).parsed as ImageIndex;
    found.push(...index.manifests);
    url = nextLink(response, url);
  }
  if (learned !== undefined && !known.has(t.registry)) known.set(t.registry, Promise.resolve(learned));
  const all = native ? found : await fallback;
  const seen = new Set<string>();
  return all.filter((d) => {
    if (seen.has(d.digest)) return false;
    seen.add(d.digest);
    return artifactType === undefined || d.artifactType === artifactType;
  });
}
