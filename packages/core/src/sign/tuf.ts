/**
 * The Sigstore trusted root (`trusted_root.json`: Fulcio CAs, Rekor, CT log and timestamp authority
 * keys) fetched the way cosign and sigstore-js fetch it: through the instance's TUF repository
 * (@sigstore/tuf over tuf-js: root rotation, signed and unexpired timestamp / snapshot / targets
 * metadata, hash-checked target), cached on disk. Public-good's initial root (and a seed copy of
 * its trusted root) ship inside @sigstore/tuf; other repositories need their initial root.json.
 *
 * Offline: nothing is fetched; the trusted root last verified into the cache is used, else the
 * seed copy shipped in @sigstore/tuf (public-good only), with a notice saying which.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { getTrustedRoot } from '@sigstore/tuf';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import type { Logger } from '../log.js';
import { parseTrustedRoot } from './trust.js';

/** The TUF repositories of the two instances GitHub workflows sign with. */
export const TUF_MIRRORS = {
  'public-good': 'https://tuf-repo-cdn.sigstore.dev',
  github: 'https://tuf-repo.github.com',
} as const;

const TARGET = 'trusted_root.json';

export interface TrustedRootFetch {
  /** The TUF repository's base URL (metadata at its root, targets under /targets). */
  readonly mirror: string;
  /** The repository's initial root.json (a path), for repositories without an embedded one. */
  readonly rootPath?: string | undefined;
  /** `rootPath` as the user gave it (`tuf-root`), for messages; default: `rootPath`. */
  readonly rootShown?: string | undefined;
  /** Where verified metadata and targets are kept between runs. */
  readonly cacheDir: string;
  /** No network: the cached (or embedded seed) trusted root only. */
  readonly offline: boolean;
  readonly logger: Logger;
  /** Retries per request (default 2) and per-request timeout (default 10 s). */
  readonly retries?: number;
  readonly timeoutMs?: number;
}

/** The cache directory: the job's RUNNER_TEMP on a runner, else ~/.cache/immutable-artefacts/tuf. */
export function tufCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'immutable-artefacts', 'tuf');
  const cache = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(cache, 'immutable-artefacts', 'tuf');
}

/** The directory @sigstore/tuf keeps one repository's metadata in (its own naming). */
function repositoryDir(cacheDir: string, mirror: string): string {
  const url = new URL(mirror);
  return join(cacheDir, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
}

const seedTable = seeds as unknown as Record<string, { targets?: Record<string, string> }>;

function hasSeed(mirror: string): boolean {
  return seedTable[mirror] !== undefined;
}

/** Names the cause chain's classes, to tell "cannot reach" from "does not verify". */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && chain.length < 8;) {
    chain.push(e);
    e = (e as { cause?: unknown }).cause;
  }
  return chain;
}

function isNetworkFailure(error: unknown): boolean {
  return causes(error).some((e) => {
    const name = (e as { constructor?: { name?: string } }).constructor?.name ?? '';
    const code = (e as { code?: unknown }).code;
    return (
      /^Download(HTTP|LengthMismatch)?Error$/.test(name) ||
      // tuf-js re-throws fetch's TypeError as `new Error(String(error))`: only the message is left.
      (e instanceof Error &&
        /fetch failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|socket hang up/i.test(e.message)) ||
      (e instanceof Error && ['AbortError', 'TimeoutError'].includes(e.name)) ||
      (typeof code === 'string' && /^(ECONN|ENOTFOUND|EAI_|ETIMEDOUT|UND_ERR)/.test(code))
    );
  });
}

function deepest(error: unknown): string {
  return causes(error)
    .map((e) => describeError(e))
    .filter((m, i, all) => m && all.indexOf(m) === i)
    .join(': ');
}

async function offlineRoot(options: TrustedRootFetch): Promise<TrustedRoot> {
  const cached = join(repositoryDir(options.cacheDir, options.mirror), 'targets', TARGET);
  let text: string | undefined;
  try {
    text = await readFile(cached, 'utf8');
    options.logger.notice(
      `Offline: using the Sigstore trusted root cached from ${options.mirror} in ${cached} (no freshness check).`,
    );
  } catch {
    const seed = seedTable[options.mirror]?.targets?.[TARGET];
    if (seed !== undefined) {
      text = Buffer.from(seed, 'base64').toString('utf8');
      options.logger.notice(
        `Offline: using the Sigstore trusted root embedded in @sigstore/tuf for ${options.mirror}; it may predate the instance's newest keys.`,
      );
    }
  }
  if (text === undefined) {
    throw new ArtefactsError(
      'TRUST_ROOT_UNAVAILABLE',
      `Offline, and no Sigstore trusted root from ${options.mirror} is cached in ${options.cacheDir}.`,
      {
        hint: 'Give `trusted-root` (a trusted_root.json), or run once online so the TUF cache is filled, or set offline: false.',
      },
    );
  }
  return parseTrustedRoot(text);
}

/**
 * What a root.json holds, when it is not TUF root metadata (a JSON object whose `signed._type` is
 * "root", with `signed.keys`, `signed.roles` and `signatures`); undefined when it is one. Its
 * signatures are checked by tuf-js when the repository is fetched.
 */
function notTufRoot(text: string): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return 'the file is not JSON';
  }
  const object = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!object(document) || !object(document.signed))
    return 'the file is JSON but not TUF metadata (no "signed" object)';
  const type = document.signed._type;
  if (type !== 'root') return `the file is TUF metadata of type ${JSON.stringify(type)}, not "root"`;
  if (!object(document.signed.keys) || !object(document.signed.roles) || !Array.isArray(document.signatures)) {
    return 'the file is TUF root metadata without keys, roles or signatures';
  }
  return undefined;
}

/** Fetches (or, offline, reads back) the trusted root of a Sigstore instance through TUF. */
export async function fetchTrustedRoot(options: TrustedRootFetch): Promise<TrustedRoot> {
  const { mirror, logger } = options;
  if (options.offline) return offlineRoot(options);
  const shown = options.rootShown ?? options.rootPath;
  if (options.rootPath) {
    let text: string;
    try {
      text = await readFile(options.rootPath, 'utf8');
    } catch (error) {
      throw inputError('tuf-root', options.rootPath, `a readable root.json (${describeError(error)})`);
    }
    const problem = notTufRoot(text);
    if (problem !== undefined) {
      throw inputError(
        'tuf-root',
        shown ?? '',
        `the initial root.json of the TUF repository ${mirror} (TUF root metadata: JSON whose signed._type is "root"), but ${problem}`,
        `Give the repository's 1.root.json (or a later root you trust), obtained out of band, or \`trusted-root\` directly.`,
      );
    }
  }
  if (!options.rootPath && !hasSeed(mirror)) {
    // No initial root for this repository: only a cache from an earlier run can anchor it.
    try {
      await readFile(join(repositoryDir(options.cacheDir, mirror), 'root.json'));
    } catch {
      throw inputError(
        'tuf-root',
        '',
        `the initial root.json of the TUF repository ${mirror} (none is embedded for it)`,
        'Give `tuf-root` (the repository’s 1.root.json or a later root you trust), or `trusted-root` directly.',
      );
    }
  }
  logger.info(`Fetching the Sigstore trusted root from ${mirror} (TUF, cache ${options.cacheDir}).`);
  // A cached root.json that is no TUF root (a damaged cache) would be trusted over the one given: replace it.
  const cachedRoot = join(repositoryDir(options.cacheDir, mirror), 'root.json');
  const cached = options.rootPath === undefined ? undefined : await readFile(cachedRoot, 'utf8').catch(() => undefined);
  const damaged = cached !== undefined && notTufRoot(cached) !== undefined;
  try {
    return await getTrustedRoot({
      mirrorURL: mirror,
      cachePath: options.cacheDir,
      ...(options.rootPath ? { rootPath: resolve(options.rootPath) } : {}),
      ...(damaged ? { forceInit: true } : {}),
      retry: { retries: options.retries ?? 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
      timeout: options.timeoutMs ?? 10_000,
    });
  } catch (error) {
    if (error instanceof ArtefactsError) throw error;
    if (isNetworkFailure(error)) {
      throw new ArtefactsError(
        'TRUST_ROOT_UNAVAILABLE',
        `Cannot fetch the Sigstore trusted root from ${mirror}: ${deepest(error)}.`,
        {
          cause: error,
          hint: `Allow the job to reach ${mirror}, or give \`trusted-root\` (a trusted_root.json), or set offline: true to use the cached one.`,
        },
      );
    }
    if (options.rootPath) {
      // The root given is a root, but the repository's metadata does not verify against it: either may be at fault.
      throw new ArtefactsError(
        'VERIFICATION_FAILED',
        `The TUF repository ${mirror} did not verify against the root given in 'tuf-root' (${JSON.stringify(shown)}): ${deepest(error)}.`,
        {
          cause: error,
          hint: `Check that 'tuf-root' is a root of ${mirror} (its 1.root.json, or a later root you trust); if it is, the repository's metadata is unsigned, expired or rolled back: do not use it.`,
        },
      );
    }
    throw new ArtefactsError('VERIFICATION_FAILED', `The TUF repository ${mirror} did not verify: ${deepest(error)}.`, {
      cause: error,
      hint: 'Its metadata is unsigned, expired, rolled back or not signed by the root you trust; do not use it.',
    });
  }
}
