/**
 * A clone whose version tags are stale: origin released (or moved a tag) after the clone was made.
 * A bare repository is origin; the clone is complete (not shallow) and has some version tags, so
 * only comparing its tags with origin's can tell. The version it computes must never be one that
 * already exists on origin.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactsError } from '../../src/errors.js';
import { calculateVersion } from '../../src/version/calculate.js';
import { createRepo, gitEnv, openRepo, type TestRepo } from '../../../../test/harness/git-repo.js';
import { environment, options } from './helpers.js';

/** A bare origin with main `feat: a` (v1.0.0), `feat: b`, `fix: c`, and a full clone of it. */
function originAndClone() {
  const dir = mkdtempSync(join(tmpdir(), 'stale-origin-'));
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', dir], { env: gitEnv() });
  const origin = openRepo(dir);
  const seed = createRepo('stale-seed-');
  const a = seed.commit('feat: a', { 'a.txt': 'a' });
  seed.tag('v1.0.0');
  const b = seed.commit('feat: b', { 'b.txt': 'b' });
  const c = seed.commit('fix: c', { 'c.txt': 'c' });
  seed.git('push', '-q', origin.dir, 'main', '--tags');
  const cloneDir = mkdtempSync(join(tmpdir(), 'stale-clone-'));
  execFileSync('git', ['clone', '-q', `file://${origin.dir}`, cloneDir], { env: gitEnv(), stdio: 'ignore' });
  return { origin, seed, clone: openRepo(cloneDir), a, b, c };
}

async function calc(repo: TestRepo, overrides = {}) {
  const { env, logger } = environment(repo.dir);
  const result = await calculateVersion(options(overrides), env);
  const warnings = logger.lines.filter((l) => l.level === 'warning').map((l) => l.message);
  return { result, logger, warnings };
}

async function failure(promise: Promise<unknown>): Promise<ArtefactsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const localTags = (repo: TestRepo) =>
  repo
    .git('tag', '-l')
    .split('\n')
    .filter((t) => t !== '');

describe('a clone that lacks version tags origin has', () => {
  it('a release on origin reachable from HEAD: fetched first, then 1.1.1 (not 1.1.0 again)', async () => {
    const { origin, clone, b } = originAndClone();
    origin.git('tag', 'v1.1.0', b); // released on origin after the clone was made
    const { result, logger } = await calc(clone);
    expect(result).toMatchObject({ version: '1.1.1', previousVersion: '1.1.0', commitsSince: 1, deepened: true });
    expect(localTags(clone)).toContain('v1.1.0');
    const log = logger.lines.map((l) => l.message).join('\n');
    expect(log).toContain("exist on 'origin' but not in this clone (v1.1.0)");
    expect(result.assumptions.join('\n')).toContain("fetched history and tags from 'origin'");
  });

  it('fetch-depth-policy fail: GIT_SHALLOW naming the missing tag, and nothing fetched', async () => {
    const { origin, clone, b } = originAndClone();
    origin.git('tag', 'v1.1.0', b);
    const error = await failure(calc(clone, { fetchDepthPolicy: 'fail' }));
    expect(error.code).toBe('GIT_SHALLOW');
    expect(error.message).toContain('v1.1.0');
    expect(error.message).toContain("'origin'");
    expect(localTags(clone)).toEqual(['v1.0.0']);
  });

  it('a release on a branch HEAD does not contain: never outputs that version (TAG_CONFLICT); previous-from all goes past it', async () => {
    const { origin, seed, clone, a } = originAndClone();
    // A release branch from v1.0.0, released as 1.1.0 on origin after the clone was made.
    seed.checkout('release', true);
    seed.git('reset', '-q', '--hard', a);
    const released = seed.commit('feat: on the release branch', { 'r.txt': 'r' });
    seed.tag('v1.1.0');
    seed.git('push', '-q', origin.dir, 'release', 'v1.1.0');
    const error = await failure(calc(clone));
    expect(error.code).toBe('TAG_CONFLICT');
    expect(error.message).toContain('v1.1.0');
    expect(error.message).toContain(released);
    // The tag was fetched: the next run of the same clone is refused the same way, without fetching.
    expect(localTags(clone)).toContain('v1.1.0');
    expect((await failure(calc(clone))).code).toBe('TAG_CONFLICT');
    const { result } = await calc(clone, { previousFrom: 'all' });
    expect(result).toMatchObject({ version: '1.2.0', previousVersion: '1.1.0' });
  });

  it('a version tag moved on origin: warned about by name, and origin’s is used', async () => {
    const { origin, clone, b } = originAndClone();
    // In the clone v1.0.0 is `feat: a` (so b and c are new: 1.1.0); origin's now names `feat: b` (c only: 1.0.1).
    origin.git('tag', '-f', 'v1.0.0', b);
    const failed = await failure(calc(clone, { fetchDepthPolicy: 'fail' }));
    expect(failed.code).toBe('GIT_SHALLOW');
    expect(failed.message).toContain('v1.0.0');
    const { result, warnings } = await calc(clone);
    expect(warnings.some((w) => w.includes('v1.0.0') && w.includes(b))).toBe(true);
    expect(result).toMatchObject({ version: '1.0.1', previousVersion: '1.0.0', commitsSince: 1, deepened: true });
    expect(clone.git('rev-parse', 'v1.0.0^{commit}')).toBe(b);
  });

  it('origin cannot be read: a warning saying so, and the version from the local tags', async () => {
    const { origin, clone, b } = originAndClone();
    origin.git('tag', 'v1.1.0', b);
    clone.git('remote', 'set-url', 'origin', join(tmpdir(), 'no-such-origin-here'));
    const { result, warnings } = await calc(clone, { fetchDepthPolicy: 'fail' });
    expect(result).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0', deepened: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("'origin' could not be listed");
  });

  it('tags alike on origin and in the clone: nothing fetched, no warning; no remote at all: the same', async () => {
    const { clone } = originAndClone();
    const { result, warnings } = await calc(clone, { fetchDepthPolicy: 'fail' });
    expect(result).toMatchObject({ version: '1.1.0', deepened: false });
    expect(warnings).toEqual([]);
    clone.git('remote', 'remove', 'origin');
    expect((await calc(clone, { fetchDepthPolicy: 'fail' })).result).toMatchObject({ version: '1.1.0' });
  });
});
