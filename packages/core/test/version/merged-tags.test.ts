import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { listTags } from '../../src/git/history.js';
import { MergedTags, type ParsedTag } from '../../src/version/merged-tags.js';
import { parseTag } from '../../src/version/semver.js';
import { createRepo, type TestRepo } from '../../../../test/harness/git-repo.js';

function parsed(names: readonly string[], prefix = 'v'): ParsedTag[] {
  return names.flatMap((tag) => {
    const version = parseTag(tag, prefix);
    return version === undefined ? [] : [{ tag, version }];
  });
}

/** The eager answer, from git's own `--merged` over every tag: what the lazy pool must agree with. */
async function eager(repo: TestRepo, filter: (t: ParsedTag) => boolean): Promise<string | undefined> {
  const merged = parsed(await listTags(repo.dir, 'v', { mergedInto: repo.head() }));
  let best: ParsedTag | undefined;
  for (const t of merged) if (filter(t) && (best === undefined || t.version.compare(best.version) > 0)) best = t;
  return best?.tag;
}

async function pool(repo: TestRepo): Promise<MergedTags> {
  return new MergedTags(repo.dir, repo.head(), 'v', parsed(await listTags(repo.dir, 'v')));
}

describe('MergedTags: the highest merged tag, checked lazily', () => {
  it('skips higher tags on unmerged branches and agrees with a full --merged listing', async () => {
    const repo = createRepo();
    for (let i = 0; i < 12; i++) {
      repo.commit(`fix: ${i}`);
      repo.tag(`v1.0.${i}`, { annotated: i % 2 === 0 });
    }
    repo.checkout('side', true);
    for (let i = 0; i < 10; i++) {
      repo.commit(`feat: side ${i}`);
      repo.tag(`v2.${i}.0`);
    }
    repo.tag('v3.0.0-rc.1');
    repo.checkout('main');
    repo.commit('fix: after');
    const tags = await pool(repo);
    const stable = (t: ParsedTag) => t.version.prerelease.length === 0;
    expect((await tags.highest(stable))?.tag).toBe('v1.0.11');
    expect((await tags.highest(stable))?.tag).toBe(await eager(repo, stable));
    // Ten unmerged tags lie above it: more than one batch was needed, far fewer than one per tag.
    expect(tags.queries).toBeGreaterThan(1);
    expect(tags.queries).toBeLessThan(5);
    const rc = (t: ParsedTag) => t.version.prerelease.length > 0;
    expect(await tags.highest(rc)).toBeUndefined();
    expect(await eager(repo, rc)).toBeUndefined();
    expect((await tags.find('v1.0.3'))?.tag).toBe('v1.0.3');
    expect(await tags.find('v2.3.0')).toBeUndefined();
    expect(await tags.find('v9.9.9')).toBeUndefined();
  });

  it('answers from cache when asked again, and falls back to one full listing past the bound', async () => {
    const repo = createRepo();
    repo.commit('feat: base');
    repo.tag('v0.1.0');
    repo.checkout('side', true);
    repo.commit('feat: side');
    // 700 unmerged tags above the only merged one: the batches give way to one full listing.
    const side = repo.head();
    const refs = Array.from({ length: 700 }, (_, i) => `create refs/tags/v1.${i}.0 ${side}\n`).join('');
    execFileSync('git', ['update-ref', '--stdin'], { cwd: repo.dir, input: refs });
    repo.checkout('main');
    const tags = await pool(repo);
    expect((await tags.highest(() => true))?.tag).toBe('v0.1.0');
    const after = tags.queries;
    expect(after).toBeLessThanOrEqual(4);
    expect((await tags.highest((t) => t.version.major === 0))?.tag).toBe('v0.1.0');
    expect(tags.queries).toBe(after);
  });

  it('keeps refname order among equal versions, as the eager listing did', async () => {
    const repo = createRepo();
    repo.commit('feat: one');
    repo.tag('v1.0.0+b');
    repo.tag('v1.0.0+a');
    const tags = await pool(repo);
    expect((await tags.highest(() => true))?.tag).toBe(await eager(repo, () => true));
    expect((await tags.highest(() => true))?.tag).toBe('v1.0.0+a');
  });
});
