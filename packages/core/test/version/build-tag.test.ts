import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ArtefactsError,
  runBuildTag,
  memoryLogger,
  parseBuildTagInputs,
  parseSemverCalculateInputs,
  runSemverCalculate,
  readGitHubContext,
  type ActionEnvironment,
} from '@immutable-artefacts/core';
import { pullRequestEnv, pullRequestEvent, pushEnv, pushEvent } from '../../../../test/harness/events.js';
import { startFakeGitHub, type FakeGitHub } from '../../../../test/harness/fake-github.js';
import { createRepo, shallowClone, type TestRepo } from '../../../../test/harness/git-repo.js';
import { readActionYaml } from '../../../../test/harness/runner.js';

const defaults: Record<string, string> = {
  template: '{{version}}-{{run_number}}-{{sha7}}',
  'annotation-levels': 'manifest',
  'sha-length': '7',
  'push-git-tag': 'false',
  'annotated-tag': 'false',
  'tag-prefix': 'v',
  'move-major-tag': 'false',
  latest: 'auto',
  'export-env': 'true',
};

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ maxRequests: 2000, lifetimeMs: 5 * 60_000 });
});
afterAll(async () => {
  await fake.close();
});

function inputs(values: Record<string, string>) {
  const all: Record<string, string> = { ...defaults, 'github-token': fake.token, ...values };
  return parseBuildTagInputs((name) => all[name] ?? '');
}

interface EnvOptions {
  readonly eventName?: string;
  readonly event?: unknown;
  readonly env?: Record<string, string>;
  /** Outside GitHub: no GITHUB_* at all (the CLI on a laptop or another CI). */
  readonly outsideGitHub?: boolean;
}

function environment(repo: TestRepo, options: EnvOptions = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'build-tag-env-'));
  const logger = memoryLogger();
  let env: Record<string, string> = { RUNNER_TEMP: temp, ...options.env };
  if (!options.outsideGitHub) {
    const eventPath = join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event ?? pushEvent({ sha: repo.head() })));
    env = {
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_RUN_NUMBER: '87',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_API_URL: fake.url,
      ...pushEnv({ sha: repo.head() }),
      ...env,
    };
  }
  const result: ActionEnvironment = { cwd: repo.dir, env, logger, github: readGitHubContext(env) };
  return { environment: result, logger };
}

async function caught(promise: Promise<unknown>): Promise<ArtefactsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const lines = (text: string | undefined) => (text ?? '').split('\n').filter((l) => l !== '');
const commitTime = (repo: TestRepo, sha: string) =>
  new Date(Number(repo.git('show', '-s', '--format=%ct', sha)) * 1000).toISOString();

/** main: v1.0.0, v1.4.0, v2.0.0 tagged; a release/1.x branch with one more commit to backport from. */
function releasedRepo(): { repo: TestRepo; backport: string } {
  const repo = createRepo('build-tag-');
  repo.commit('feat: one', { 'a.txt': '1' });
  repo.tag('v1.0.0');
  repo.commit('feat: four', { 'a.txt': '4' });
  repo.tag('v1.4.0');
  repo.checkout('release/1.x', true);
  const backport = repo.commit('fix: backport', { 'b.txt': 'fix' });
  repo.checkout('main');
  repo.commit('feat!: two', { 'a.txt': '2' });
  repo.tag('v2.0.0', { annotated: true });
  repo.checkout('release/1.x');
  return { repo, backport };
}

describe('runBuildTag on a push (real git, fake GitHub)', () => {
  it('emits the metadata-action contract for a backport: 1.4 and 1 move, latest does not', async () => {
    const { repo, backport } = releasedRepo();
    // The release pipeline: the tag v1.4.1 pushed on the backport commit (on: push: tags).
    repo.tag('v1.4.1', { ref: backport });
    const { environment: env } = environment(repo, {
      event: pushEvent({ sha: backport, ref: 'refs/tags/v1.4.1' }),
      env: pushEnv({ sha: backport, ref: 'refs/tags/v1.4.1' }),
    });
    const outcome = await runBuildTag(inputs({ version: '1.4.1', images: 'ghcr.io/acme/app\nacme/app' }), env);
    const immutable = `1.4.1-87-${backport.slice(0, 7)}`;
    const names = [immutable, '1.4.1', '1.4', '1'];
    expect(outcome.outputs['immutable-tag']).toBe(immutable);
    expect(outcome.outputs.version).toBe(immutable);
    expect(lines(outcome.outputs['tag-names'])).toEqual(names);
    expect(lines(outcome.outputs.tags)).toEqual([
      ...names.map((n) => `ghcr.io/acme/app:${n}`),
      ...names.map((n) => `acme/app:${n}`),
    ]);
    const created = commitTime(repo, backport);
    const labels = {
      'org.opencontainers.image.created': created,
      'org.opencontainers.image.description': 'Widgets, immutably released',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': backport,
      'org.opencontainers.image.source': 'https://github.com/acme/widgets',
      'org.opencontainers.image.title': 'widgets',
      'org.opencontainers.image.url': 'https://github.com/acme/widgets',
      'org.opencontainers.image.version': immutable,
    };
    expect(lines(outcome.outputs.labels)).toEqual(Object.entries(labels).map(([k, v]) => `${k}=${v}`));
    const annotations = Object.entries(labels).map(([k, v]) => `manifest:${k}=${v}`);
    expect(lines(outcome.outputs.annotations)).toEqual(annotations);

    const json = JSON.parse(outcome.outputs.json ?? '{}') as Record<string, unknown>;
    expect({
      tags: json.tags,
      'tag-names': json['tag-names'],
      labels: json.labels,
      annotations: json.annotations,
    }).toEqual({ tags: lines(outcome.outputs.tags), 'tag-names': names, labels, annotations });
    expect(json.semver).toBe('1.4.1');
    expect(json.revision).toBe(backport);
    expect(json.skipped).toEqual([{ source: 'latest', reason: 'a higher stable version is tagged (2.0.0)' }]);

    const bake = (name: string) => JSON.parse(readFileSync(outcome.outputs[name] ?? '', 'utf8')) as unknown;
    const args = { DOCKER_META_IMAGES: 'ghcr.io/acme/app,acme/app', DOCKER_META_VERSION: immutable };
    const tags = lines(outcome.outputs.tags);
    expect(bake('bake-file')).toEqual({ target: { 'docker-metadata-action': { tags, labels, args } } });
    expect(bake('bake-file-tags')).toEqual({ target: { 'docker-metadata-action': { tags, args } } });
    expect(bake('bake-file-labels')).toEqual({ target: { 'docker-metadata-action': { labels } } });
    expect(bake('bake-file-annotations')).toEqual({ target: { 'docker-metadata-action': { annotations } } });
    expect(outcome.outputs['bake-file']?.startsWith(env.env.RUNNER_TEMP ?? '/nowhere')).toBe(true);

    const mirrored = ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json'];
    mirrored.push('bake-file', 'bake-file-tags', 'bake-file-labels', 'bake-file-annotations');
    expect(Object.keys(outcome.env ?? {}).sort()).toEqual(
      mirrored.map((n) => `DOCKER_METADATA_OUTPUT_${n.replace(/-/g, '_').toUpperCase()}`).sort(),
    );
    for (const name of mirrored) {
      expect(outcome.env?.[`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`]).toBe(
        outcome.outputs[name],
      );
    }
    expect(outcome.summary).toContain(immutable);
    expect(outcome.summary).toContain('a higher stable version is tagged (2.0.0)');
  });

  it('a new highest release on main gets latest and every floating tag; export-env=false exports nothing', async () => {
    const { repo } = releasedRepo();
    repo.checkout('main');
    const head = repo.commit('feat: three');
    // The given version is a tag on HEAD: this run builds that release.
    repo.tag('v2.1.0');
    const { environment: env } = environment(repo);
    const outcome = await runBuildTag(inputs({ version: '2.1.0', 'export-env': 'false' }), env);
    expect(lines(outcome.outputs['tag-names'])).toEqual([
      `2.1.0-87-${head.slice(0, 7)}`,
      '2.1.0',
      '2.1',
      '2',
      'latest',
    ]);
    expect(outcome.env).toBeUndefined();
  });

  it('bake-dir that cannot be a directory fails naming bake-dir, what was given and why', async () => {
    const repo = createRepo('build-tag-bake-');
    repo.commit('feat: one', { 'a.txt': '1' });
    writeFileSync(join(repo.dir, 'notes.txt'), 'a file\n');
    const { environment: env } = environment(repo);
    for (const [given, why] of [
      ['notes.txt', 'it is a regular file, not a directory'],
      ['notes.txt/bake', 'notes.txt is a regular file, not a directory'],
    ] as const) {
      const error = await caught(runBuildTag(inputs({ version: '1.0.0', 'bake-dir': given }), env));
      expect(error.code).toBe('INPUT_INVALID');
      expect(error.message).toBe(
        `Input 'bake-dir': got ${JSON.stringify(given)}; expected a directory the bake files can be written in (${why}).`,
      );
    }
    // A bake file's name taken by a directory: the file is named.
    mkdirSync(join(repo.dir, 'bake', 'docker-metadata-action-bake.json'), { recursive: true });
    const error = await caught(runBuildTag(inputs({ version: '1.0.0', 'bake-dir': 'bake' }), env));
    expect(error.message).toMatch(
      /^Input 'bake-dir': got "bake";.*\(bake\/docker-metadata-action-bake\.json is a directory\)\.$/,
    );
  });

  it('not the release: a version tag on another commit, or none, gives no version or floating tag, and says why', async () => {
    const { repo } = releasedRepo();
    repo.checkout('main');
    const tagged = repo.commit('feat: three');
    repo.tag('v2.1.0');
    const head = repo.commit('fix: after the release');
    for (const [version, why] of [
      ['2.1.0', `the git tag v2.1.0 points at ${tagged.slice(0, 12)}, not at this commit`],
      ['2.2.0', 'no git tag v2.2.0 is on it'],
    ] as const) {
      const { environment: env, logger } = environment(repo, { env: pushEnv({ sha: head }) });
      const outcome = await runBuildTag(inputs({ version, tags: 'type=sha' }), env);
      expect(lines(outcome.outputs['tag-names'])).toEqual([
        `${version}-87-${head.slice(0, 7)}`,
        `sha-${head.slice(0, 7)}`,
      ]);
      expect(outcome.summary).toContain(why);
      expect(logger.lines.some((l) => l.level === 'notice' && l.message.includes(why))).toBe(true);
    }
  });

  it('created is reproducible: SOURCE_DATE_EPOCH wins, else the commit time, never the clock', async () => {
    const { repo, backport } = releasedRepo();
    const run = async (extra: Record<string, string>) => {
      const { environment: env } = environment(repo, { env: { ...pushEnv({ sha: backport }), ...extra } });
      const out = await runBuildTag(
        inputs({ version: '1.4.1', tags: "type=raw,value=d{{date 'YYYYMMDDHHmmss'}}" }),
        env,
      );
      return out;
    };
    const fromEpoch = await run({ SOURCE_DATE_EPOCH: '1700000000' });
    expect(lines(fromEpoch.outputs.labels)).toContain('org.opencontainers.image.created=2023-11-14T22:13:20.000Z');
    expect(lines(fromEpoch.outputs['tag-names'])).toContain('d20231114221320');
    const first = await run({});
    await new Promise((r) => setTimeout(r, 1100));
    const second = await run({});
    expect(first.outputs.labels).toBe(second.outputs.labels);
    expect(lines(first.outputs.labels)).toContain(`org.opencontainers.image.created=${commitTime(repo, backport)}`);
    const bad = environment(repo, { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect((await caught(runBuildTag(inputs({ version: '1.4.1' }), bad.environment))).code).toBe('INPUT_INVALID');
  });

  it('labels: user labels override and remove, annotations go to every level asked for', async () => {
    const { repo } = releasedRepo();
    const { environment: env } = environment(repo);
    const outcome = await runBuildTag(
      inputs({
        version: '1.4.1',
        labels: 'org.opencontainers.image.title=Widgets\norg.opencontainers.image.description=\ncom.acme.team=platform',
        annotations: 'com.acme.all=yes\nindex:com.acme.only-index=1',
        'annotation-levels': 'manifest,index',
      }),
      env,
    );
    const labels = JSON.parse(outcome.outputs.json ?? '{}').labels as Record<string, string>;
    expect(labels['org.opencontainers.image.title']).toBe('Widgets');
    expect(labels['org.opencontainers.image.description']).toBeUndefined();
    expect(labels['com.acme.team']).toBe('platform');
    expect(Object.keys(labels)).toEqual([...Object.keys(labels)].sort());
    const annotations = lines(outcome.outputs.annotations);
    expect(annotations).toContain('manifest:com.acme.all=yes');
    expect(annotations).toContain('index:com.acme.all=yes');
    expect(annotations).toContain('index:com.acme.only-index=1');
    expect(annotations).not.toContain('manifest:com.acme.only-index=1');
    expect(annotations).toContain('index:org.opencontainers.image.description=Widgets, immutably released');
  });

  it('reads repository metadata through the API when the payload has none', async () => {
    const { repo } = releasedRepo();
    fake.state.repo.description = 'From the API';
    const before = fake.calls.length;
    const { environment: env } = environment(repo, { eventName: 'schedule', event: { schedule: '0 3 * * *' } });
    const outcome = await runBuildTag(inputs({ version: '1.4.1', latest: 'false' }), env);
    fake.state.repo.description = 'Widgets, immutably released';
    expect(lines(outcome.outputs.labels)).toContain('org.opencontainers.image.description=From the API');
    expect(fake.calls.slice(before).map((c) => `${c.method} ${c.path}`)).toEqual(['GET /repos/acme/widgets']);
    expect(fake.calls.at(-1)?.authorization).toBe(`Bearer ${fake.token}`);
  });
});

describe('runBuildTag on a pull request', () => {
  it('uses the PR head, never the merge commit, for revision and sha; pr-<n> rule applies', async () => {
    const repo = createRepo('build-tag-pr-');
    repo.commit('feat: base', { 'a.txt': '1' });
    repo.tag('v1.0.0');
    const base = repo.head();
    repo.checkout('feature', true);
    const head = repo.commit('feat: change', { 'b.txt': '2' });
    // The temporary merge commit GitHub builds on pull_request.
    repo.checkout('main');
    repo.checkout('pr-merge', true);
    const merge = repo.merge('feature', 'Merge head into base');
    const pr = { number: 42, headSha: head, baseSha: base, headRef: 'feature', baseRef: 'main' };
    const { environment: env } = environment(repo, {
      eventName: 'pull_request',
      event: pullRequestEvent(pr),
      env: pullRequestEnv({ ...pr, mergeSha: merge }),
    });
    const outcome = await runBuildTag(
      inputs({ version: '1.1.0-pr.42.1', tags: 'type=pr\ntype=sha\ntype=branch', 'push-git-tag': 'true' }),
      env,
    );
    expect(lines(outcome.outputs['tag-names'])).toEqual([
      `1.1.0-pr.42.1-87-${head.slice(0, 7)}`,
      'pr-42',
      `sha-${head.slice(0, 7)}`,
    ]);
    expect(lines(outcome.outputs.labels)).toContain(`org.opencontainers.image.revision=${head}`);
    expect(outcome.outputs.labels).not.toContain(merge);
    expect(lines(outcome.outputs.labels)).toContain(`org.opencontainers.image.created=${commitTime(repo, head)}`);
    expect(outcome.outputs['git-tag-status']).toBe('skipped');
  });
});

describe('pull request with a depth-1 checkout of the merge commit', () => {
  it('still names the PR head as revision; created falls back to the merge commit time, logged', async () => {
    const source = createRepo('build-tag-pr-shallow-');
    const base = source.commit('feat: base', { 'a.txt': '1' });
    source.checkout('feature', true);
    const head = source.commit('feat: change', { 'b.txt': '2' });
    source.checkout('main');
    source.checkout('pr-merge', true);
    const merge = source.merge('feature');
    const clone = shallowClone(source);
    expect(clone.git('cat-file', '-t', merge)).toBe('commit');
    expect(() => clone.git('cat-file', '-t', head)).toThrow();
    const pr = { number: 9, headSha: head, baseSha: base };
    const { environment: env, logger } = environment(clone, {
      eventName: 'pull_request',
      event: pullRequestEvent(pr),
      env: pullRequestEnv({ ...pr, mergeSha: merge }),
    });
    const outcome = await runBuildTag(inputs({ version: '0.2.0-pr.9.1' }), env);
    expect(outcome.outputs['immutable-tag']).toBe(`0.2.0-pr.9.1-87-${head.slice(0, 7)}`);
    const labels = lines(outcome.outputs.labels);
    expect(labels).toContain(`org.opencontainers.image.revision=${head}`);
    expect(labels).toContain(`org.opencontainers.image.created=${commitTime(clone, merge)}`);
    expect(logger.lines.map((l) => l.message).join('\n')).toContain('is not in the clone');
  });
});

describe('outside GitHub (the CLI)', () => {
  it('takes sha, branch and run number from git and says what it assumed', async () => {
    const repo = createRepo('build-tag-cli-');
    repo.commit('one');
    repo.commit('two');
    repo.tag('v0.9.0');
    const head = repo.commit('three');
    repo.git('remote', 'add', 'origin', 'https://x-access-token:secret@github.com/acme/widgets.git');
    const { environment: env, logger } = environment(repo, { outsideGitHub: true });
    const outcome = await runBuildTag(inputs({ version: '1.0.0' }), env);
    expect(outcome.outputs['immutable-tag']).toBe(`1.0.0-3-${head.slice(0, 7)}`);
    const labels = lines(outcome.outputs.labels);
    expect(labels).toContain('org.opencontainers.image.source=https://github.com/acme/widgets');
    expect(labels).toContain('org.opencontainers.image.title=widgets');
    expect(outcome.outputs.labels).not.toContain('secret');
    const said = logger.lines.map((l) => l.message).join('\n');
    expect(said).toContain('run_number 3 = commits in HEAD');
    expect(said).toContain("branch 'main' from git");

    const fromEnv = environment(repo, {
      outsideGitHub: true,
      env: { CI_PIPELINE_IID: '512', CI_COMMIT_REF_NAME: 'main' },
    });
    const gitlab = await runBuildTag(
      inputs({ version: '1.0.0', template: '{{version}}-{{run_number}}-{{branch}}' }),
      fromEnv.environment,
    );
    expect(gitlab.outputs['immutable-tag']).toBe('1.0.0-512-main');
  });
});

describe('existing version tags in shallow clones', () => {
  it('reads the remote tag list when the clone is shallow, so a backport still does not get latest', async () => {
    const { repo } = releasedRepo();
    const clone = shallowClone(repo);
    expect(clone.git('tag')).toBe('');
    const ref = 'refs/tags/v1.4.1';
    const { environment: env } = environment(clone, {
      event: pushEvent({ sha: clone.head(), ref }),
      env: pushEnv({ sha: clone.head(), ref }),
    });
    const outcome = await runBuildTag(inputs({ version: '1.4.1' }), env);
    expect(lines(outcome.outputs['tag-names'])).not.toContain('latest');
    expect(lines(outcome.outputs['tag-names'])).toContain('1');
  });

  it('fails clearly instead of guessing when the tags cannot be read at all', async () => {
    const { repo } = releasedRepo();
    const clone = shallowClone(repo);
    clone.git('remote', 'set-url', 'origin', join(tmpdir(), 'no-such-repository-here'));
    const ref = 'refs/tags/v1.4.1';
    const { environment: env } = environment(clone, {
      event: pushEvent({ sha: clone.head(), ref }),
      env: pushEnv({ sha: clone.head(), ref }),
    });
    const error = await caught(runBuildTag(inputs({ version: '1.4.1' }), env));
    expect(error.code).toBe('GIT_SHALLOW');
    expect(error.hint).toContain('fetch-depth: 0');
    // Without floating tags there is nothing to decide, so it works.
    const exact = await runBuildTag(
      inputs({ version: '1.4.1', latest: 'false', tags: 'type=semver,pattern={{version}}' }),
      env,
    );
    expect(lines(exact.outputs['tag-names'])).toHaveLength(2);
  });
});

describe('git tags through the API', () => {
  function tagRepo() {
    const repo = createRepo('build-tag-git-');
    repo.commit('feat: one');
    const first = repo.head();
    const second = repo.commit('feat: two');
    return { repo, first, second };
  }

  const refCalls = (from: number) =>
    fake.calls
      .slice(from)
      .filter((c) => c.path.includes('/git/'))
      .map((c) => `${c.method} ${c.path}`);

  it('creates the tag once; a re-run on the same commit is a no-op', async () => {
    const { repo, second } = tagRepo();
    const { environment: env } = environment(repo);
    const start = fake.calls.length;
    const first = await runBuildTag(inputs({ version: '3.0.0', 'push-git-tag': 'true' }), env);
    expect(first.outputs['git-tag']).toBe('v3.0.0');
    expect(first.outputs['git-tag-status']).toBe('created');
    expect(fake.state.refs.get('refs/tags/v3.0.0')).toBe(second);
    const again = fake.calls.length;
    const rerun = await runBuildTag(inputs({ version: '3.0.0', 'push-git-tag': 'true' }), env);
    expect(rerun.outputs['git-tag-status']).toBe('exists');
    expect(refCalls(again)).toEqual(['GET /repos/acme/widgets/git/ref/tags/v3.0.0']);
    expect(refCalls(start).filter((c) => c.startsWith('POST'))).toEqual(['POST /repos/acme/widgets/git/refs']);
  });

  it('a tag-push pipeline (on: push: tags) finds its own tag and succeeds', async () => {
    const { repo, second } = tagRepo();
    repo.tag('v5.0.0', { annotated: true });
    fake.state.refs.set('refs/tags/v5.0.0', second);
    const ref = 'refs/tags/v5.0.0';
    const { environment: env } = environment(repo, {
      event: pushEvent({ sha: second, ref }),
      env: pushEnv({ sha: second, ref }),
    });
    const outcome = await runBuildTag(inputs({ version: 'v5.0.0', 'push-git-tag': 'true' }), env);
    expect(outcome.outputs['git-tag-status']).toBe('exists');
    expect(lines(outcome.outputs['tag-names'])).toEqual([
      `5.0.0-87-${second.slice(0, 7)}`,
      '5.0.0',
      '5.0',
      '5',
      'latest',
    ]);
  });

  it('annotated tags: tag object first, then the ref; a re-run resolves the object to its commit', async () => {
    const { repo, second } = tagRepo();
    const { environment: env } = environment(repo);
    const outcome = await runBuildTag(
      inputs({ version: '3.1.0', 'push-git-tag': 'true', 'annotated-tag': 'true' }),
      env,
    );
    expect(outcome.outputs['git-tag-status']).toBe('created');
    const object = fake.state.refs.get('refs/tags/v3.1.0') ?? '';
    expect(fake.state.tagObjects.get(object)).toEqual({ tag: 'v3.1.0', message: 'Release 3.1.0', object: second });
    const rerun = await runBuildTag(inputs({ version: '3.1.0', 'push-git-tag': 'true', 'annotated-tag': 'true' }), env);
    expect(rerun.outputs['git-tag-status']).toBe('exists');
  });

  it('refuses to move a tag that names another commit (TAG_CONFLICT naming both)', async () => {
    const { repo, first, second } = tagRepo();
    fake.state.refs.set('refs/tags/v3.2.0', first);
    const { environment: env } = environment(repo);
    const error = await caught(runBuildTag(inputs({ version: '3.2.0', 'push-git-tag': 'true' }), env));
    expect(error.code).toBe('TAG_CONFLICT');
    expect(error.message).toContain(first);
    expect(error.message).toContain(second);
    expect(fake.state.refs.get('refs/tags/v3.2.0')).toBe(first);
  });

  it('two concurrent runs on the same commit: exactly one creates, the other finds it', async () => {
    const { repo } = tagRepo();
    fake.state.refCreateDelayMs = 1000;
    const start = fake.calls.length;
    try {
      const runs = await Promise.all(
        [1, 2].map(() =>
          runBuildTag(inputs({ version: '3.3.0', 'push-git-tag': 'true' }), environment(repo).environment),
        ),
      );
      expect(runs.map((r) => r.outputs['git-tag-status']).sort()).toEqual(['created', 'exists']);
      // Both really raced: both asked to create (one got 422 and re-read).
      expect(refCalls(start).filter((c) => c === 'POST /repos/acme/widgets/git/refs')).toHaveLength(2);
    } finally {
      fake.state.refCreateDelayMs = 0;
    }
  });

  it('two concurrent runs on different commits: one creates, the other fails with TAG_CONFLICT', async () => {
    const { repo, first, second } = tagRepo();
    fake.state.refCreateDelayMs = 1000;
    try {
      const onFirst = environment(repo, { env: pushEnv({ sha: first }) }).environment;
      const onSecond = environment(repo, { env: pushEnv({ sha: second }) }).environment;
      const results = await Promise.allSettled([
        runBuildTag(inputs({ version: '3.4.0', 'push-git-tag': 'true' }), onFirst),
        runBuildTag(inputs({ version: '3.4.0', 'push-git-tag': 'true' }), onSecond),
      ]);
      const fulfilled = results.filter((r) => r.status === 'fulfilled');
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect((rejected[0]?.reason as ArtefactsError).code).toBe('TAG_CONFLICT');
      expect([first, second]).toContain(fake.state.refs.get('refs/tags/v3.4.0'));
    } finally {
      fake.state.refCreateDelayMs = 0;
    }
  });

  it('a read-only token gets GITHUB_PERMISSION with the permission to add', async () => {
    const { repo } = tagRepo();
    fake.state.writable = false;
    try {
      const error = await caught(
        runBuildTag(inputs({ version: '3.5.0', 'push-git-tag': 'true' }), environment(repo).environment),
      );
      expect(error.code).toBe('GITHUB_PERMISSION');
      expect(error.hint).toContain('contents: write');
    } finally {
      fake.state.writable = true;
    }
  });

  it('move-major-tag creates v4, moves it forward with one PATCH, never backwards', async () => {
    const { repo, first, second } = tagRepo();
    const start = fake.calls.length;
    const atFirst = environment(repo, { env: pushEnv({ sha: first }) }).environment;
    const created = await runBuildTag(
      inputs({ version: '4.0.0', 'push-git-tag': 'true', 'move-major-tag': 'true' }),
      atFirst,
    );
    expect(JSON.parse(created.outputs.json ?? '{}')['git-tag'].major).toEqual({ tag: 'v4', status: 'created' });
    expect(fake.state.refs.get('refs/tags/v4')).toBe(first);
    repo.tag('v4.0.0', { ref: first });
    const atSecond = environment(repo, { env: pushEnv({ sha: second }) }).environment;
    const moved = await runBuildTag(
      inputs({ version: '4.1.0', 'push-git-tag': 'true', 'move-major-tag': 'true' }),
      atSecond,
    );
    expect(JSON.parse(moved.outputs.json ?? '{}')['git-tag'].major).toEqual({ tag: 'v4', status: 'moved' });
    expect(fake.state.refs.get('refs/tags/v4')).toBe(second);
    const patch = fake.calls.slice(start).filter((c) => c.method === 'PATCH');
    expect(patch.map((c) => [c.path, c.body])).toEqual([
      ['/repos/acme/widgets/git/refs/tags/v4', { sha: second, force: true }],
    ]);
    expect(fake.calls.slice(start).some((c) => c.method === 'DELETE')).toBe(false);
    // A backport 4.0.1 while 4.1.0 exists: v4 stays where it is.
    repo.tag('v4.1.0', { ref: second });
    const backport = await runBuildTag(
      inputs({ version: '4.0.1', 'push-git-tag': 'true', 'move-major-tag': 'true' }),
      atFirst,
    );
    expect(JSON.parse(backport.outputs.json ?? '{}')['git-tag'].major.status).toBe('skipped');
    expect(fake.state.refs.get('refs/tags/v4')).toBe(second);
  });

  it('move-major-tag: another run released a higher version and moved v12 since this run listed tags: v12 stays', async () => {
    const { repo, first, second } = tagRepo();
    repo.tag('v12.1.0', { ref: first });
    // On GitHub only (this clone has no remote to list): 12.2.0 released on `second`, v12 moved there.
    fake.state.refs.set('refs/tags/v12.2.0', second);
    fake.state.refs.set('refs/tags/v12', second);
    repo.git('checkout', '-q', '-b', 'hotfix', first);
    const hot = repo.commit('fix: hot');
    const start = fake.calls.length;
    const outcome = await runBuildTag(
      inputs({ version: '12.1.1', 'push-git-tag': 'true', 'move-major-tag': 'true' }),
      environment(repo, { env: pushEnv({ sha: hot }) }).environment,
    );
    expect(fake.state.refs.get('refs/tags/v12.1.1')).toBe(hot);
    expect(JSON.parse(outcome.outputs.json ?? '{}')['git-tag'].major).toEqual({
      tag: 'v12',
      status: 'skipped',
      reason: "v12 names v12.2.0's commit on GitHub, a higher version than 12.1.1",
    });
    expect(fake.state.refs.get('refs/tags/v12')).toBe(second);
    expect(fake.calls.slice(start).filter((c) => c.method === 'PATCH')).toEqual([]);
  });
});

describe('without a checkout', () => {
  it('uses the push payload for the time, and refuses floating tags it cannot decide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-checkout-'));
    const sha = 'a'.repeat(40);
    const eventPath = join(dir, 'event.json');
    const ref = 'refs/tags/v1.0.0';
    writeFileSync(eventPath, JSON.stringify(pushEvent({ sha, ref })));
    const env = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_RUN_NUMBER: '5',
      GITHUB_API_URL: fake.url,
      RUNNER_TEMP: dir,
      ...pushEnv({ sha, ref }),
    };
    const environment: ActionEnvironment = { cwd: dir, env, logger: memoryLogger(), github: readGitHubContext(env) };
    const error = await caught(runBuildTag(inputs({ version: '1.0.0' }), environment));
    expect(error.code).toBe('GIT_NOT_A_REPOSITORY');
    const exact = await runBuildTag(
      inputs({ version: '1.0.0', latest: 'false', tags: 'type=semver,pattern={{version}}' }),
      environment,
    );
    expect(lines(exact.outputs['tag-names'])).toEqual(['1.0.0-5-aaaaaaa', '1.0.0']);
    expect(lines(exact.outputs.labels)).toContain('org.opencontainers.image.created=2026-11-01T10:00:00.000Z');
  });
});

describe('version resolution', () => {
  it('computes an empty version exactly as semver-calculate does (same code, same defaults)', async () => {
    const { repo, backport } = releasedRepo();
    const { environment: env } = environment(repo, {
      event: pushEvent({ sha: backport, ref: 'refs/heads/release/1.x' }),
      env: pushEnv({ sha: backport, ref: 'refs/heads/release/1.x' }),
    });
    // semver-calculate with its action.yml defaults, as a user's first step would run it.
    const defaults = readActionYaml('semver-calculate').inputs ?? {};
    const raw = (name: string) => (name === 'github-token' ? fake.token : String(defaults[name]?.default ?? ''));
    const semver = await runSemverCalculate(parseSemverCalculateInputs(raw), env);
    expect(semver.outputs.version).toBe('1.4.1');
    const outcome = await runBuildTag(inputs({}), env);
    expect(outcome.outputs['immutable-tag']).toBe(`1.4.1-87-${backport.slice(0, 7)}`);
  });
});
