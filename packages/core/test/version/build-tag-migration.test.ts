/**
 * Moving from docker/metadata-action: its README's documented configurations (tag rules, flavors,
 * environment variables), run through build-tag on realistic events, against the tags, labels,
 * annotations, bake files and environment metadata-action documents for each. The expectations are
 * metadata-action's; `differences()` applies the rows of the migration table in docs (and nothing else).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ArtefactsError,
  runBuildTag,
  memoryLogger,
  parseBuildTagInputs,
  readGitHubContext,
  type ActionEnvironment,
} from '@immutable-artefacts/core';
import { pullRequestEnv, pullRequestEvent, pushEnv, pushEvent } from '../../../../test/harness/events.js';
import { startFakeGitHub, type FakeGitHub } from '../../../../test/harness/fake-github.js';
import { createRepo, type TestRepo } from '../../../../test/harness/git-repo.js';
import { readActionYaml } from '../../../../test/harness/runner.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ maxRequests: 2000, lifetimeMs: 5 * 60_000 });
});
afterAll(async () => {
  await fake.close();
});

/** build-tag's inputs as the runner gives them: action.yml defaults, then the step's `with:`. */
function inputs(values: Record<string, string>) {
  const declared = readActionYaml('build-tag').inputs ?? {};
  for (const name of Object.keys(values)) if (!(name in declared)) throw new Error(`no input ${name}`);
  return parseBuildTagInputs((name) =>
    name === 'github-token' ? fake.token : (values[name] ?? String(declared[name]?.default ?? '')),
  );
}

type Kind =
  | 'tag'
  | 'prerelease-tag'
  | 'tag-without-v'
  | 'push-default-branch'
  | 'push-feature-branch'
  | 'pull-request'
  | 'fork-pull-request'
  | 'pull-request-target'
  | 'schedule'
  | 'dispatch';

interface Scenario {
  readonly kind: Kind;
  readonly environment: ActionEnvironment;
  /** GITHUB_SHA: what metadata-action names (the merge commit on pull_request). */
  readonly githubSha: string;
  /** What build-tag names: the same, except the PR head on pull_request (a migration table row). */
  readonly revision: string;
  readonly runnerTemp: string;
  readonly repo: TestRepo;
}

/** A repository with v1.1.0 released on main, and the event `kind` on it, as GitHub delivers it. */
function scenario(kind: Kind, env: Record<string, string> = {}): Scenario {
  const repo = createRepo(`migration-${kind}-`);
  repo.commit('feat: one', { 'a.txt': '1' });
  repo.tag('v1.1.0');
  const base = repo.commit('fix: two', { 'a.txt': '2' });
  const runnerTemp = mkdtempSync(join(tmpdir(), 'migration-runner-'));
  let eventName = 'push';
  let event: unknown;
  let context: Record<string, string>;
  let revision = base;
  let githubSha = base;
  const tagPush = (tag: string) => {
    repo.tag(tag);
    event = pushEvent({ sha: base, ref: `refs/tags/${tag}` });
    context = pushEnv({ sha: base, ref: `refs/tags/${tag}` });
  };
  switch (kind) {
    case 'tag':
      tagPush('v1.2.3');
      break;
    case 'prerelease-tag':
      tagPush('v2.0.8-beta.67');
      break;
    case 'tag-without-v':
      tagPush('1.2.3');
      break;
    case 'push-default-branch':
      event = pushEvent({ sha: base });
      context = pushEnv({ sha: base });
      break;
    case 'push-feature-branch': {
      repo.checkout('feature/x', true);
      revision = githubSha = repo.commit('feat: x', { 'x.txt': 'x' });
      event = pushEvent({ sha: revision, ref: 'refs/heads/feature/x' });
      context = pushEnv({ sha: revision, ref: 'refs/heads/feature/x' });
      break;
    }
    case 'pull-request':
    case 'fork-pull-request':
    case 'pull-request-target': {
      const fork = kind === 'fork-pull-request';
      const headRef = fork ? 'main' : 'feature/x';
      repo.checkout('pr-head', true);
      const head = repo.commit('feat: change', { 'c.txt': 'c' });
      repo.checkout('main');
      const pr = { number: 2, headSha: head, baseSha: base, headRef, fork };
      event = pullRequestEvent(pr);
      if (kind === 'pull-request-target') {
        // The base branch's workflow, on the base commit (actions/checkout's default there).
        eventName = 'pull_request_target';
        context = pushEnv({ sha: base });
      } else {
        eventName = 'pull_request';
        repo.checkout('merge', true);
        githubSha = repo.merge('pr-head');
        revision = head;
        context = pullRequestEnv({ ...pr, mergeSha: githubSha });
      }
      break;
    }
    case 'schedule':
      eventName = 'schedule';
      event = { schedule: '0 3 * * *', repository: pushEvent({ sha: base }).repository };
      context = pushEnv({ sha: base });
      break;
    case 'dispatch':
      eventName = 'workflow_dispatch';
      event = { inputs: {}, ref: 'refs/heads/main', repository: pushEvent({ sha: base }).repository };
      context = pushEnv({ sha: base });
      break;
  }
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const all: Record<string, string> = {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_NUMBER: '87',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: fake.url,
    RUNNER_TEMP: runnerTemp,
    ...context!,
    ...env,
  };
  const environment: ActionEnvironment = {
    cwd: repo.dir,
    env: all,
    logger: memoryLogger(),
    github: readGitHubContext(all),
  };
  return { kind, environment, githubSha, revision, runnerTemp, repo };
}

/**
 * metadata-action's documented tags, changed only by the rows of the migration table:
 * the immutable tag comes first; `latest` only for the highest stable release (so never on a
 * prerelease tag); the sha tag of a pull request names its head, not the merge commit.
 */
function differences(expected: readonly string[], s: Scenario, immutable: string): string[] {
  const tags = expected
    .filter((t) => !(t === 'latest' && s.kind === 'prerelease-tag'))
    .map((t) =>
      t.startsWith('sha-') && s.githubSha !== s.revision
        ? t.replace(s.githubSha.slice(0, 7), s.revision.slice(0, 7))
        : t,
    );
  return [immutable, ...tags];
}

const lines = (text: string | undefined, sep = '\n') => (text ?? '').split(sep).filter((l) => l !== '');

async function run(s: Scenario, withInputs: Record<string, string>) {
  // Releases tagged without a v: tag-prefix '' (the migration notes' translation).
  const prefix: Record<string, string> = s.kind === 'tag-without-v' ? { 'tag-prefix': '' } : {};
  const outcome = await runBuildTag(inputs({ images: 'name/app', ...prefix, ...withInputs }), s.environment);
  const immutable = outcome.outputs['immutable-tag'] ?? '';
  return { outcome, immutable, names: lines(outcome.outputs['tag-names']) };
}

const sha7 = (s: Scenario) => s.githubSha.slice(0, 7);

/** README "Basic" (no tags input): metadata-action's four default rules, written out (migration table). */
const BASIC = 'type=schedule\ntype=ref,event=branch\ntype=ref,event=tag\ntype=ref,event=pr';
/** README "Semver". */
const SEMVER =
  'type=ref,event=branch\ntype=ref,event=pr\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}';
/** README "`tags` input" example. */
const FULL =
  'type=schedule\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{major}}\ntype=ref,event=branch\ntype=ref,event=pr\ntype=sha';

const CASES: readonly [Kind, string, (s: Scenario) => string[]][] = [
  // Basic: the README's table.
  ['pull-request', BASIC, () => ['pr-2']],
  ['fork-pull-request', BASIC, () => ['pr-2']],
  ['pull-request-target', BASIC, () => ['pr-2']],
  ['push-default-branch', BASIC, () => ['main']],
  ['push-feature-branch', BASIC, () => ['feature-x']],
  ['tag', BASIC, () => ['v1.2.3', 'latest']],
  ['prerelease-tag', BASIC, () => ['v2.0.8-beta.67', 'latest']],
  ['tag-without-v', BASIC, () => ['1.2.3', 'latest']],
  ['dispatch', BASIC, () => ['main']],
  ['schedule', BASIC, () => ['nightly', 'main']],
  // Semver: the README's table.
  ['pull-request', SEMVER, () => ['pr-2']],
  ['fork-pull-request', SEMVER, () => ['pr-2']],
  ['push-default-branch', SEMVER, () => ['main']],
  ['push-feature-branch', SEMVER, () => ['feature-x']],
  ['tag', SEMVER, () => ['1.2.3', '1.2', 'latest']],
  ['prerelease-tag', SEMVER, () => ['2.0.8-beta.67']],
  ['tag-without-v', SEMVER, () => ['1.2.3', '1.2', 'latest']],
  ['schedule', SEMVER, () => ['main']],
  ['dispatch', SEMVER, () => ['main']],
  // The tags input example: every rule type at its default priority.
  ['tag', FULL, (s) => ['1.2.3', '1.2', '1', `sha-${sha7(s)}`, 'latest']],
  ['schedule', FULL, (s) => ['nightly', 'main', `sha-${sha7(s)}`]],
  ['pull-request', FULL, (s) => ['pr-2', `sha-${sha7(s)}`]],
  ['pull-request-target', FULL, (s) => ['pr-2', `sha-${sha7(s)}`]],
  ['push-feature-branch', FULL, (s) => ['feature-x', `sha-${sha7(s)}`]],
  // type=semver patterns of the README's table.
  ['tag', 'type=semver,pattern={{raw}}', () => ['v1.2.3', 'latest']],
  ['tag', 'type=semver,pattern=v{{major}}', () => ['v1', 'latest']],
  ['tag', 'type=semver,pattern={{minor}}\ntype=semver,pattern={{patch}}', () => ['2', '3', 'latest']],
  ['prerelease-tag', 'type=semver,pattern={{raw}}', () => ['v2.0.8-beta.67']],
  ['prerelease-tag', 'type=semver,pattern={{major}}.{{minor}}', () => ['2.0.8-beta.67']],
  // type=match.
  ['tag', 'type=match,pattern=\\d.\\d.\\d', () => ['1.2.3', 'latest']],
  ['prerelease-tag', 'type=match,pattern=v(.*),group=1', () => ['2.0.8-beta.67', 'latest']],
  ['prerelease-tag', 'type=match,pattern=v(\\d.\\d),group=1', () => ['2.0', 'latest']],
  ['push-default-branch', 'type=match,pattern=\\d.\\d.\\d', () => []],
  // type=edge.
  ['push-default-branch', 'type=edge', () => ['edge']],
  ['push-feature-branch', 'type=edge', () => []],
  ['push-feature-branch', 'type=edge,branch=feature/x', () => ['edge']],
  ['pull-request', 'type=edge', () => []],
  // type=ref.
  ['tag', 'type=ref,event=tag', () => ['v1.2.3', 'latest']],
  ['push-feature-branch', 'type=ref,event=branch\ntype=ref,event=tag\ntype=ref,event=pr', () => ['feature-x']],
  // type=raw, and the global expressions.
  ['push-default-branch', 'type=raw,value=foo\ntype=raw,bar\nbaz', () => ['foo', 'bar', 'baz']],
  ['push-default-branch', 'type=raw,value=mytag-{{branch}}-{{sha}}', (s) => [`mytag-main-${sha7(s)}`]],
  ['push-default-branch', 'type=sha,prefix={{branch}}-', (s) => [`main-${sha7(s)}`]],
  ['push-default-branch', 'type=raw,value=latest,enable={{is_default_branch}}', () => ['latest']],
  ['push-feature-branch', 'type=raw,value=latest,enable={{is_default_branch}}', () => []],
  ['schedule', 'type=raw,value=latest,enable={{is_default_branch}}', () => ['latest']],
  // enable=${{ github.ref == 'refs/heads/main' }} reaches the action evaluated, as true or false.
  ['push-default-branch', 'type=raw,value=latest,enable=true\ntype=raw,value=no,enable=false', () => ['latest']],
  // Without a version rule build-tag adds its semver defaults (a migration table row); enable=false drops them.
  ['tag', 'type=raw,value={{tag}}\ntype=semver,enable=false', () => ['v1.2.3']],
  // type=sha.
  ['push-default-branch', 'type=sha', (s) => [`sha-${sha7(s)}`]],
  ['push-default-branch', 'type=sha,format=long', (s) => [`sha-${s.githubSha}`]],
  ['pull-request', 'type=sha', (s) => [`sha-${sha7(s)}`]],
  ['pull-request-target', 'type=sha', (s) => [`sha-${sha7(s)}`]],
  // priority: the higher first.
  [
    'push-default-branch',
    'type=raw,value=low,priority=1\ntype=raw,value=high,priority=800\ntype=ref,event=branch',
    () => ['high', 'main', 'low'],
  ],
];

describe('migration from docker/metadata-action: its documented tag rules, per event', () => {
  it.each(CASES)('%s with tags %j', async (kind, tags, expected) => {
    const s = scenario(kind);
    const { names, immutable } = await run(s, { tags });
    expect(names).toEqual(differences(expected(s), s, immutable));
  });
});

describe('migration: never a release or floating tag on a build that is not the release', () => {
  const versionTag = /^(v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?|latest)$/;
  it.each(['push-default-branch', 'push-feature-branch', 'schedule', 'dispatch', 'pull-request'] as const)(
    '%s: semver-calculate computes the next version, and still no version tag, no floating tag',
    async (kind) => {
      const s = scenario(kind);
      const { names, immutable, outcome } = await run(s, { tags: FULL });
      expect(names.slice(1).filter((n) => versionTag.test(n))).toEqual([]);
      expect(names[0]).toBe(immutable);
      const json = JSON.parse(outcome.outputs.json ?? '{}') as { release: { ok: boolean; reason: string } };
      expect(json.release.ok).toBe(false);
      expect(outcome.summary).toContain('is not the release');
      const logged = (s.environment.logger as ReturnType<typeof memoryLogger>).lines;
      if (kind !== 'pull-request') {
        expect(logged.some((l) => l.level === 'notice' && l.message.startsWith('Not the release'))).toBe(true);
      }
    },
  );
});

describe('migration: flavor', () => {
  it('latest=auto, prefix and suffix (onlatest) as metadata-action applies them; the immutable tag carries them too', async () => {
    const s = scenario('tag');
    const { names, immutable } = await run(s, {
      tags: 'type=semver,pattern={{version}}\ntype=sha\ntype=ref,event=tag,prefix=',
      flavor: 'latest=auto\nprefix=app-\nsuffix=-alpine,onlatest=true',
    });
    expect(immutable).toMatch(/^app-1\.2\.3-87-[0-9a-f]{7}-alpine$/);
    // sha- is type=sha's own prefix, so flavor's prefix does not apply to it; its suffix does.
    expect(names).toEqual([immutable, 'app-1.2.3-alpine', 'v1.2.3-alpine', `sha-${sha7(s)}-alpine`, 'latest-alpine']);
  });

  it('latest=false and latest=true; latest=true still only on the release (migration table)', async () => {
    const tag = scenario('tag');
    expect((await run(tag, { flavor: 'latest=false', tags: SEMVER })).names).not.toContain('latest');
    const pre = scenario('prerelease-tag');
    expect((await run(pre, { flavor: 'latest=true', tags: SEMVER })).names).toContain('latest');
    const main = scenario('push-default-branch');
    const onMain = await run(main, { flavor: 'latest=true', tags: SEMVER });
    expect(onMain.names).not.toContain('latest');
    expect(JSON.parse(onMain.outcome.outputs.json ?? '{}').skipped).toContainEqual({
      source: 'latest',
      reason: expect.stringMatching(/^not the release: /),
    });
  });
});

describe('migration: labels, annotations, bake files, environment', () => {
  it('the eight OCI labels, sorted, their annotations, the four bake files and DOCKER_METADATA_OUTPUT_*', async () => {
    const s = scenario('tag');
    const { outcome, immutable, names } = await run(s, { tags: SEMVER + '\ntype=sha' });
    // created: the commit time (reproducible, a migration table row), not the clock.
    const created = new Date(Number(s.repo.git('show', '-s', '--format=%ct', s.githubSha)) * 1000).toISOString();
    const labels = {
      'org.opencontainers.image.created': created,
      'org.opencontainers.image.description': 'Widgets, immutably released',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': s.githubSha,
      'org.opencontainers.image.source': 'https://github.com/acme/widgets',
      'org.opencontainers.image.title': 'widgets',
      'org.opencontainers.image.url': 'https://github.com/acme/widgets',
      'org.opencontainers.image.version': immutable,
    };
    expect(lines(outcome.outputs.labels)).toEqual(Object.entries(labels).map(([k, v]) => `${k}=${v}`));
    const annotations = Object.entries(labels).map(([k, v]) => `manifest:${k}=${v}`);
    expect(lines(outcome.outputs.annotations)).toEqual(annotations);
    const tags = names.map((n) => `name/app:${n}`);
    expect(lines(outcome.outputs.tags)).toEqual(tags);
    const bake = (name: string) => JSON.parse(readFileSync(outcome.outputs[name] ?? '', 'utf8')) as unknown;
    const args = { DOCKER_META_IMAGES: 'name/app', DOCKER_META_VERSION: immutable };
    expect(bake('bake-file')).toEqual({ target: { 'docker-metadata-action': { tags, labels, args } } });
    expect(bake('bake-file-tags')).toEqual({ target: { 'docker-metadata-action': { tags, args } } });
    expect(bake('bake-file-labels')).toEqual({ target: { 'docker-metadata-action': { labels } } });
    expect(bake('bake-file-annotations')).toEqual({ target: { 'docker-metadata-action': { annotations } } });
    expect(outcome.outputs['bake-file']?.startsWith(`${s.runnerTemp}/`)).toBe(true);
    for (const name of ['version', 'tags', 'labels', 'annotations', 'json', 'bake-file', 'bake-file-tags']) {
      expect(outcome.env?.[`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`]).toBe(
        outcome.outputs[name],
      );
    }
    const json = JSON.parse(outcome.outputs.json ?? '{}') as Record<string, unknown>;
    expect({ tags: json.tags, labels: json.labels, annotations: json.annotations }).toEqual({
      tags,
      labels,
      annotations,
    });
  });

  it('bake-target, sep-tags, sep-labels, sep-annotations', async () => {
    const s = scenario('push-default-branch');
    const { outcome } = await run(s, {
      tags: 'type=ref,event=branch\ntype=sha',
      'bake-target': 'meta',
      'sep-tags': ',',
      'sep-labels': ';',
      'sep-annotations': '|',
    });
    const tagNames = (outcome.outputs['tag-names'] ?? '').split(',');
    expect(tagNames).toHaveLength(3);
    expect(outcome.outputs.tags).toBe(tagNames.map((n) => `name/app:${n}`).join(','));
    expect(outcome.outputs.labels?.split(';')).toHaveLength(8);
    expect(outcome.outputs.annotations?.split('|')).toHaveLength(8);
    const bake = JSON.parse(readFileSync(outcome.outputs['bake-file-tags'] ?? '', 'utf8')) as { target: object };
    expect(Object.keys(bake.target)).toEqual(['meta']);
  });

  it('labels and annotations take the global expressions; user labels override', async () => {
    const s = scenario('push-default-branch', { SOURCE_DATE_EPOCH: '1578616200' });
    const { outcome } = await run(s, {
      labels:
        "maintainer=CrazyMax\norg.opencontainers.image.title=MyCustomTitle\ncom.acme.built={{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}\ncom.acme.branch={{branch}}",
      annotations: 'index:com.acme.sha={{sha}}',
    });
    const labels = lines(outcome.outputs.labels);
    expect(labels).toContain('maintainer=CrazyMax');
    expect(labels).toContain('org.opencontainers.image.title=MyCustomTitle');
    expect(labels).toContain('com.acme.built=2020-01-10T00:30:00.000Z');
    expect(labels).toContain('com.acme.branch=main');
    expect(lines(outcome.outputs.annotations)).toContain(`index:com.acme.sha=${sha7(s)}`);
  });

  it('DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_ANNOTATIONS_LEVELS, DOCKER_METADATA_SET_OUTPUT_ENV', async () => {
    const s = scenario('push-default-branch', {
      DOCKER_METADATA_SHORT_SHA_LENGTH: '12',
      DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index',
      DOCKER_METADATA_SET_OUTPUT_ENV: 'false',
    });
    const { outcome, names } = await run(s, { tags: 'type=sha' });
    expect(names).toContain(`sha-${s.githubSha.slice(0, 12)}`);
    const annotations = lines(outcome.outputs.annotations);
    expect(annotations.filter((a) => a.startsWith('manifest:'))).toHaveLength(8);
    expect(annotations.filter((a) => a.startsWith('index:'))).toHaveLength(8);
    expect(outcome.env).toBeUndefined();
  });

  it('DOCKER_METADATA_PR_HEAD_SHA: true names the head, false the merge commit, on pull requests', async () => {
    const head = scenario('pull-request', { DOCKER_METADATA_PR_HEAD_SHA: 'false' });
    const merge = await run(head, { tags: 'type=sha' });
    expect(lines(merge.outcome.outputs.labels)).toContain(`org.opencontainers.image.revision=${head.githubSha}`);
    expect(merge.names).toContain(`sha-${head.githubSha.slice(0, 7)}`);
    const target = scenario('pull-request-target', { DOCKER_METADATA_PR_HEAD_SHA: 'true' });
    const event = JSON.parse(readFileSync(target.environment.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      pull_request: { head: { sha: string } };
    };
    const onTarget = await run(target, { tags: 'type=sha' });
    expect(lines(onTarget.outcome.outputs.labels)).toContain(
      `org.opencontainers.image.revision=${event.pull_request.head.sha}`,
    );
  });

  it('pull_request_target: revision and sha tag name the checked-out commit, not the PR head', async () => {
    const s = scenario('pull-request-target');
    const { outcome, names } = await run(s, { tags: 'type=sha\ntype=ref,event=pr' });
    const event = JSON.parse(readFileSync(s.environment.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      pull_request: { head: { sha: string } };
    };
    expect(lines(outcome.outputs.labels)).toContain(`org.opencontainers.image.revision=${s.githubSha}`);
    expect(names).toContain(`sha-${s.githubSha.slice(0, 7)}`);
    expect(outcome.outputs.tags).not.toContain(event.pull_request.head.sha.slice(0, 7));
  });

  it('an environment variable that disagrees with an input fails, naming both', async () => {
    const s = scenario('push-default-branch', { DOCKER_METADATA_SHORT_SHA_LENGTH: '12' });
    const error = await runBuildTag(inputs({ 'sha-length': '10' }), s.environment).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArtefactsError);
    expect((error as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((error as ArtefactsError).message).toContain('DOCKER_METADATA_SHORT_SHA_LENGTH');
    expect((error as ArtefactsError).message).toContain("'sha-length'");
  });
});

describe('migration: every input is honoured or refused, never ignored', () => {
  it.each([
    ['tags', 'type=pep440,pattern={{version}}', 'type=pep440 is not supported'],
    ['tags', 'type=semver,pattern={{version}},value=v1.0.0', 'value= is not supported'],
    ['tags', "type=schedule,pattern={{date 'dddd'}}", "'dddd'"],
    ['tags', 'type=sha,format=medium', 'short or long'],
    ['flavor', 'latest=sometimes', 'auto, true or false'],
    ['flavor', 'colour=blue', "Unknown flavor 'colour'"],
    ['images', 'name=acme/app,platform=linux', "Unknown attribute 'platform'"],
    ['context', 'env', 'workflow, git'],
  ])('%s: %s fails naming the input', (input, value, why) => {
    let error: unknown;
    try {
      inputs({ [input]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArtefactsError);
    expect((error as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((error as ArtefactsError).message).toContain(`Input '${input}'`);
    expect(`${(error as ArtefactsError).message} ${(error as ArtefactsError).hint ?? ''}`).toContain(why);
  });

  it('images: ghcr.io/${{ github.repository }} with an upper-case owner works, with a notice', async () => {
    const s = scenario('push-default-branch');
    const { outcome } = await run(s, { images: 'ghcr.io/Acme/Widgets', tags: 'type=ref,event=branch' });
    expect(lines(outcome.outputs.tags)[1]).toBe('ghcr.io/acme/widgets:main');
    const logged = (s.environment.logger as ReturnType<typeof memoryLogger>).lines;
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: expect.stringContaining('lower-cased to ghcr.io/acme/widgets'),
      }),
    );
  });

  it('context: git takes the ref and commit from the checkout', async () => {
    const s = scenario('push-default-branch');
    const head = s.repo.commit('feat: after the event');
    const { outcome, names } = await run(s, { context: 'git', tags: 'type=ref,event=branch\ntype=sha' });
    expect(names).toContain('main');
    expect(lines(outcome.outputs.labels)).toContain(`org.opencontainers.image.revision=${head}`);
  });
});
