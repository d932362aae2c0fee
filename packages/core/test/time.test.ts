import { ArtefactsError } from '../src/errors.js';
import { reproducibleTime } from '../src/time.js';

describe('reproducibleTime: the one reproducible time (build-tag, pack, sbom)', () => {
  const commit = { time: new Date('2026-01-02T03:04:05Z'), source: 'commit' };

  it('takes SOURCE_DATE_EPOCH before any candidate, and never asks them', async () => {
    let asked = 0;
    const when = await reproducibleTime({ SOURCE_DATE_EPOCH: '1700000000' }, [() => (asked++, commit)], {
      kind: 'now',
    });
    expect(when).toEqual({ time: new Date(1_700_000_000_000), source: 'SOURCE_DATE_EPOCH' });
    expect(asked).toBe(0);
  });

  it('takes the first candidate that gives a valid time, in order', async () => {
    const when = await reproducibleTime(
      {},
      [() => undefined, () => ({ time: new Date('not a date'), source: 'bad' }), async () => commit, () => undefined],
      { kind: 'now' },
    );
    expect(when).toEqual(commit);
  });

  it('falls back as the caller says: the Unix epoch, the clock in whole seconds, or the caller’s error', async () => {
    expect(await reproducibleTime({}, [], { kind: 'unix-epoch' })).toEqual({ time: new Date(0), source: 'unix-epoch' });
    const before = Math.floor(Date.now() / 1000) * 1000;
    const now = await reproducibleTime({}, [() => undefined], { kind: 'now' });
    expect(now.source).toBe('now');
    expect(now.time.getTime() % 1000).toBe(0);
    expect(now.time.getTime()).toBeGreaterThanOrEqual(before);
    const error = new ArtefactsError('GIT_NOT_A_REPOSITORY', 'no commit');
    await expect(reproducibleTime({}, [], { kind: 'fail', error: () => error })).rejects.toBe(error);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds rather than ignoring it', async () => {
    await expect(reproducibleTime({ SOURCE_DATE_EPOCH: '2026-01-01' }, [], { kind: 'now' })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
  });
});
