import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { gitStream, startGitRecords } from '../../src/git/git.js';
import { listTags } from '../../src/version/version-tags.js';
import { MergedTags, ParsedTag } from '../../src/version/merged-tags.js';
import { createRepo, type TestRepo } from '../../../../test/harness/git-repo.js';

function parsed(names: readonly string[], prefix = 'v'): ParsedTag[] {
  return names.flatMap((tag) => ParsedTag.parse(tag, prefix) ?? []);
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

  it('knows the commit of each tag it checked, annotated or not, and peels a tag of a tag with git', async () => {
    const repo = createRepo();
    const first = repo.commit('feat: one');
    repo.tag('v1.0.0');
    const second = repo.commit('feat: two');
    repo.tag('v1.1.0', { annotated: true });
    // A tag object pointing at another tag object: for-each-ref peels once, so git peels it fully.
    repo.git('tag', '-a', '-m', 'nested', 'v1.2.0', 'v1.1.0');
    const tags = await pool(repo);
    expect((await tags.highest(() => true))?.tag).toBe('v1.2.0');
    const all = parsed(['v1.0.0', 'v1.1.0', 'v1.2.0']);
    const checks = tags.queries;
    const commits = await tags.commitsOf(all);
    expect(Object.fromEntries(commits)).toEqual({ 'v1.0.0': first, 'v1.1.0': second, 'v1.2.0': second });
    expect(tags.queries).toBe(checks);
    // Every answer agrees with git's own peeling.
    for (const t of all) expect(commits.get(t.tag)).toBe(repo.git('rev-parse', `refs/tags/${t.tag}^{commit}`));
  });
});

describe('gitStream: records split out of the stream', () => {
  it('hands over every record once: CRLF line ends, a last record without its end, names past a chunk', async () => {
    const repo = createRepo();
    repo.commit('feat: one');
    // Enough tags that git's output spans several pipe chunks, some with multi-byte names.
    const names = Array.from({ length: 6000 }, (_, i) => `v1.${i}.0${i % 7 === 0 ? '-é' + i : ''}`);
    const head = repo.head();
    execFileSync('git', ['update-ref', '--stdin'], {
      cwd: repo.dir,
      input: names.map((n) => `create refs/tags/${n} ${head}\n`).join(''),
    });
    const seen: string[] = [];
    await gitStream(['for-each-ref', '--format=%(refname:lstrip=2)', 'refs/tags/'], { cwd: repo.dir }, (line) => {
      seen.push(line);
    });
    expect([...seen].sort()).toEqual([...names].sort());
    const crlf: string[] = [];
    await gitStream(
      ['for-each-ref', '--format=%(refname:lstrip=2)%0d', '--count=3', 'refs/tags/'],
      { cwd: repo.dir },
      (l) => {
        crlf.push(l);
      },
    );
    expect(crlf).toEqual(seen.slice(0, 3));
    // printf-style output with no final newline still yields its last record.
    const last: string[] = [];
    await gitStream(['log', '-1', '--format=format:%s%n%s', '--no-patch'], { cwd: repo.dir }, (l) => {
      last.push(l);
    });
    expect(last).toEqual(['feat: one', 'feat: one']);
    // A consumer that stops early stops the process, and no error is raised for it.
    let count = 0;
    await gitStream(['for-each-ref', '--format=%(refname)'], { cwd: repo.dir }, () =>
      ++count === 10 ? 'stop' : undefined,
    );
    expect(count).toBe(10);
  });

  it('keeps the output of a process started early until it is read, and cancels one never read', async () => {
    const repo = createRepo();
    repo.commit('feat: one');
    const head = repo.head();
    const names = Array.from({ length: 6000 }, (_, i) => `v1.${i}.0`);
    execFileSync('git', ['update-ref', '--stdin'], {
      cwd: repo.dir,
      input: names.map((n) => `create refs/tags/${n} ${head}\n`).join(''),
    });
    // About 400 kB of output: more than the pipe and the stream's buffer hold, so git waits for the reader.
    const args = ['for-each-ref', '--format=%(refname)%09%(objectname)', 'refs/tags/'];
    const early = startGitRecords(args, { cwd: repo.dir });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen: string[] = [];
    await early.read((line) => {
      seen.push(line);
    });
    expect(seen).toHaveLength(6000);
    expect(new Set(seen.map((l) => l.split('\t')[1]))).toEqual(new Set([head]));
    // A short output whose process has exited before anyone reads it is kept too.
    const small = startGitRecords(['rev-parse', 'HEAD'], { cwd: repo.dir });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const got: string[] = [];
    await small.read((line) => {
      got.push(line);
    });
    expect(got).toEqual([head]);
    // Cancelled unread, failing or not, nothing is left running or thrown.
    startGitRecords(args, { cwd: repo.dir }).cancel();
    startGitRecords(['log', 'no-such-revision'], { cwd: repo.dir }).cancel();
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
});

describe('ParsedTag: cheap parsing, SemVer precedence', () => {
  it('orders like the semver package, building the full version only when needed', () => {
    const names = [
      'v1.0.0',
      'v1.0.0-rc.1',
      'v1.0.0-rc.10',
      'v1.0.0-rc.2',
      'v1.0.0-alpha',
      'v0.9.9',
      'v10.0.0',
      'v1.0.0+b',
    ];
    const tags = parsed(names);
    const ours = [...tags].sort((a, b) => a.compare(b)).map((t) => t.tag);
    const reference = [...tags].sort((a, b) => a.version.compare(b.version)).map((t) => t.tag);
    expect(ours).toEqual(reference);
    expect(ours[0]).toBe('v0.9.9');
    expect(ours.at(-1)).toBe('v10.0.0');
  });

  it('takes only a literal prefix and strict SemVer, and refuses numbers it cannot compare exactly', () => {
    expect(ParsedTag.parse('app-v1.2.3', 'app-v')?.release).toBe('1.2.3');
    expect(ParsedTag.parse('app-web-v1.2.3', 'app-v')).toBeUndefined();
    expect(ParsedTag.parse('v01.2.3', 'v')).toBeUndefined();
    expect(ParsedTag.parse('v1.2', 'v')).toBeUndefined();
    expect(ParsedTag.parse('v99999999999999999999.0.0', 'v')).toBeUndefined();
    expect(ParsedTag.parse('v1.2.3-rc.1', 'v')?.isPrerelease).toBe(true);
    expect(ParsedTag.parse('v1.2.3+build.5', 'v')?.isPrerelease).toBe(false);
  });
});
