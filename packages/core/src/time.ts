/**
 * The one reproducible time of the suite: what build-tag's `created`, pack's file times and an
 * SBOM's timestamp are. SOURCE_DATE_EPOCH (reproducible-builds.org) first, then the candidates the
 * caller knows (a commit time, an image's `created`), in order, then a fallback that every caller
 * names: the time must never silently become the clock.
 */
import { sourceDateEpoch } from './inputs.js';

export interface ReproducibleTime {
  readonly time: Date;
  /** Where the time came from, for logs and outputs: 'SOURCE_DATE_EPOCH', a commit, 'now', ... */
  readonly source: string;
}

/** A source of the time, asked only when SOURCE_DATE_EPOCH and every earlier candidate gave none. */
export type TimeCandidate = () => ReproducibleTime | undefined | Promise<ReproducibleTime | undefined>;

/**
 * When nothing gives a time: `fail` throws the caller's error (build-tag: `created` must come from
 * the commit); `unix-epoch` is 1970-01-01T00:00:00Z (pack: files still byte-identical across runs);
 * `now` is the clock in whole seconds (an SBOM of something that has no date; the caller says so).
 */
export type TimeFallback =
  { readonly kind: 'fail'; readonly error: () => Error } | { readonly kind: 'unix-epoch' } | { readonly kind: 'now' };

export const SOURCE_DATE_EPOCH = 'SOURCE_DATE_EPOCH';

export async function reproducibleTime(
  env: Readonly<Record<string, string | undefined>>,
  candidates: readonly TimeCandidate[],
  fallback: TimeFallback,
): Promise<ReproducibleTime> {
  const epoch = sourceDateEpoch(env);
  if (epoch !== undefined) return { time: new Date(epoch * 1000), source: SOURCE_DATE_EPOCH };
  for (const candidate of candidates) {
    const found = await candidate();
    if (found !== undefined && !Number.isNaN(found.time.getTime())) return found;
  }
  switch (fallback.kind) {
    case 'fail':
      throw fallback.error();
    case 'unix-epoch':
      return { time: new Date(0), source: 'unix-epoch' };
    case 'now':
      return { time: new Date(Math.floor(Date.now() / 1000) * 1000), source: 'now' };
  }
}
