/** build-tag end to end: the dist bundle run exactly as the runner runs it, on real git repositories. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pullRequestEnv, pullRequestEvent, pushEnv, pushEvent } from './harness/events.js';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { createRepo, type TestRepo } from './harness/git-repo.js';
import { repoRoot, runAction } from './harness/runner.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ maxRequests: 500, lifetimeMs: 5 * 60_000 });
});
afterAll(async () => {
  await fake.close();
});

const lines = (text: string | undefined) => (text ?? '').split('\n').filter((l) => l !== '');

function repository(): { repo: TestRepo; head: string } {
  const repo = createRepo('e2e-build-tag-');
  repo.commit('feat: first', { 'README.md': '# widgets\n' });
  repo.tag('v1.0.0');
  repo.commit('feat: second', { 'a.txt': 'a' });
  repo.tag('v2.0.0', { annotated: true });
  const head = repo.commit('fix: third', { 'a.txt': 'b' });
  return { repo, head };
}

describe('build-tag (dist bundle, runner harness)', () => {
  it('push: immutable tag, floating tags, labels, env mirror, summary and the git tag', async () => {
    const { repo, head } = repository();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const result = await runAction('build-tag', {
      cwd: repo.dir,
      eventName: 'push',
      event: pushEvent({ sha: head }),
      env: { ...pushEnv({ sha: head }), GITHUB_API_URL: fake.url, RUNNER_TEMP: runnerTemp },
      token: fake.token,
      inputs: { version: '2.0.1', images: 'ghcr.io/acme/widgets', tags: 'type=sha', 'push-git-tag': 'true' },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const immutable = `2.0.1-87-${head.slice(0, 7)}`;
    expect(result.outputs['immutable-tag']).toBe(immutable);
    expect(lines(result.outputs.tags)).toEqual(
      [immutable, '2.0.1', '2.0', '2', `sha-${head.slice(0, 7)}`, 'latest'].map((t) => `ghcr.io/acme/widgets:${t}`),
    );
    expect(lines(result.outputs.labels)).toContain(`org.opencontainers.image.revision=${head}`);
    expect(lines(result.outputs.labels)).toContain('org.opencontainers.image.source=https://github.com/acme/widgets');
    const json = JSON.parse(result.outputs.json ?? '{}') as Record<string, unknown>;
    expect(json.tags).toEqual(lines(result.outputs.tags));
    expect(json['tag-names']).toEqual(lines(result.outputs['tag-names']));
    expect(Object.keys(json).slice(0, 4)).toEqual(['tags', 'tag-names', 'labels', 'annotations']);
    const bake = JSON.parse(readFileSync(result.outputs['bake-file'] ?? '', 'utf8')) as {
      target: Record<string, { tags: string[]; labels: Record<string, string> }>;
    };
    expect(bake.target['docker-metadata-action']?.tags).toEqual(lines(result.outputs.tags));
    expect(result.outputs['bake-file']?.startsWith(`${runnerTemp}/build-tag-`)).toBe(true);
    // The env mirror, as docker/metadata-action exports it.
    for (const name of ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json', 'bake-file-tags']) {
      expect(result.exportedEnv[`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`]).toBe(
        result.outputs[name],
      );
    }
    expect(result.outputs['git-tag']).toBe('v2.0.1');
    expect(result.outputs['git-tag-status']).toBe('created');
    expect(fake.state.refs.get('refs/tags/v2.0.1')).toBe(head);
    expect(result.summary).toContain(immutable);
    // Masked as soon as read (the runner hides it from then on), and never printed otherwise.
    expect(lines(result.stdout)[0]).toBe(`::add-mask::${fake.token}`);
    expect(lines(result.stdout).slice(1).join('\n')).not.toContain(fake.token);
  });

  it('pull_request: the PR head names the build, never the merge commit; no git tag', async () => {
    const { repo, head: base } = repository();
    repo.checkout('feature', true);
    const head = repo.commit('feat: pr change', { 'c.txt': 'c' });
    repo.checkout('main');
    repo.checkout('merge', true);
    const merge = repo.merge('feature');
    const pr = { number: 7, headSha: head, baseSha: base, headRef: 'feature' };
    const result = await runAction('build-tag', {
      cwd: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent(pr),
      env: { ...pullRequestEnv({ ...pr, mergeSha: merge }), GITHUB_API_URL: fake.url },
      token: fake.token,
      inputs: { version: '2.1.0-pr.7.1', images: 'ghcr.io/acme/widgets', tags: 'type=pr', 'push-git-tag': 'true' },
    });
    expect(result.errors).toEqual([]);
    expect(lines(result.outputs['tag-names'])).toEqual([`2.1.0-pr.7.1-87-${head.slice(0, 7)}`, 'pr-7']);
    expect(lines(result.outputs.labels)).toContain(`org.opencontainers.image.revision=${head}`);
    expect(result.stdout).not.toContain(merge.slice(0, 7));
    expect(result.outputs['git-tag-status']).toBe('skipped');
    expect(fake.state.refs.has('refs/tags/v2.1.0-pr.7.1')).toBe(false);
  });

  it('export-env: false exports nothing', async () => {
    const { repo, head } = repository();
    const result = await runAction('build-tag', {
      cwd: repo.dir,
      env: { ...pushEnv({ sha: head }), GITHUB_API_URL: fake.url },
      event: pushEvent({ sha: head }),
      inputs: { version: '2.0.1', 'export-env': 'false' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.exportedEnv).toEqual({});
  });

  it.each([
    [{ version: '2.0.1', template: '{{version}}-{{build_id}}' }, "Input 'template'", '{{run_number}}'],
    [{ version: '2.0.1', images: 'ghcr.io/acme/widgets:2.0' }, "Input 'images'", 'build-tag adds the tags'],
    [{ version: '2.0.1', flavor: 'colour=blue' }, "Input 'flavor'", 'latest=auto'],
    [{ version: 'two' }, "Input 'version'", 'semantic version'],
    [{ version: '2.0.1', 'sha-length': '100' }, "Input 'sha-length'", 'from 4 to 40'],
    [{ version: '2.0.1', tags: 'type=semver,pattern=fixed' }, "Input 'tags'", 'type=raw'],
  ])('bad input %j fails with ::error title=build-tag naming the input', async (inputs, named, helpful) => {
    const { repo, head } = repository();
    const result = await runAction('build-tag', {
      cwd: repo.dir,
      env: pushEnv({ sha: head }),
      event: pushEvent({ sha: head }),
      inputs,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.title).toBe('build-tag');
    expect(result.errors[0]?.message).toContain(named);
    expect(result.errors[0]?.message).toContain(helpful);
    expect(result.stdout).not.toMatch(/\n\s+at /);
    expect(result.outputs).toEqual({});
  });

  it('a tag on another commit fails with TAG_CONFLICT and a read-only token with the permission to add', async () => {
    const { repo, head } = repository();
    fake.state.refs.set('refs/tags/v2.0.2', 'f'.repeat(40));
    const base = {
      cwd: repo.dir,
      event: pushEvent({ sha: head }),
      env: { ...pushEnv({ sha: head }), GITHUB_API_URL: fake.url },
      token: fake.token,
    };
    const conflict = await runAction('build-tag', { ...base, inputs: { version: '2.0.2', 'push-git-tag': 'true' } });
    expect(conflict.exitCode).toBe(1);
    expect(conflict.errors[0]?.message).toContain('f'.repeat(40));
    expect(conflict.errors[0]?.message).toContain(head);
    expect(fake.state.refs.get('refs/tags/v2.0.2')).toBe('f'.repeat(40));
    fake.state.writable = false;
    try {
      const readOnly = await runAction('build-tag', { ...base, inputs: { version: '2.0.3', 'push-git-tag': 'true' } });
      expect(readOnly.exitCode).toBe(1);
      expect(readOnly.errors[0]?.message).toContain('contents: write');
    } finally {
      fake.state.writable = true;
    }
  });

  it.each([
    ['a regular file', (dir: string) => writeFileSync(join(dir, 'bake'), 'not a directory\n')],
    [
      'a link planted under a bake file name',
      (dir: string) => {
        mkdirSync(join(dir, 'bake'));
        symlinkSync('/etc/hostname', join(dir, 'bake', 'docker-metadata-action-bake-annotations.json'));
      },
    ],
  ])('pushes no git tag when bake-dir is %s: the run fails before anything is published', async (name, plant) => {
    const version = `2.4.${name.length}`;
    const { repo, head } = repository();
    plant(repo.dir);
    const result = await runAction('build-tag', {
      cwd: repo.dir,
      event: pushEvent({ sha: head }),
      env: { ...pushEnv({ sha: head }), GITHUB_API_URL: fake.url },
      token: fake.token,
      inputs: { version, 'push-git-tag': 'true', 'bake-dir': 'bake' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.message).toMatch(/^Input 'bake-dir'/);
    expect(fake.state.refs.has(`refs/tags/v${version}`)).toBe(false);
  });

  it('the CLI runs the same logic outside GitHub and says what it assumed', () => {
    const { repo, head } = repository();
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), 'build-tag', ...args], {
        cwd: repo.dir,
        env: { PATH: process.env.PATH ?? '', HOME: repo.dir, TMPDIR: tmpdir() },
        encoding: 'utf8',
      });
    const ok = cli('--version', '2.0.1', '--images', 'ghcr.io/acme/widgets', '--tags', 'type=sha', '--json');
    expect(ok.status).toBe(0);
    const json = JSON.parse(ok.stdout) as { 'immutable-tag': string; 'tag-names': string[] };
    expect(json['immutable-tag']).toBe(`2.0.1-3-${head.slice(0, 7)}`);
    expect(json['tag-names']).toContain(`sha-${head.slice(0, 7)}`);
    expect(ok.stderr).toContain('Assumed: run_number 3 = commits in HEAD');
    const bad = cli('--version', '2.0.1', '--template', '{{nope}}');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--template');
  });

  it('the CLI leaves nothing behind: no temporary folder, no file it was not asked for, after success and failure', () => {
    const { repo } = repository();
    const temp = mkdtempSync(join(tmpdir(), 'cli-tmpdir-'));
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), 'build-tag', ...args], {
        cwd: repo.dir,
        env: { PATH: process.env.PATH ?? '', HOME: repo.dir, TMPDIR: temp },
        encoding: 'utf8',
      });
    const untouched = () => {
      expect(readdirSync(temp)).toEqual([]);
      expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
    };
    const ok = cli('--version', '2.0.1', '--images', 'ghcr.io/acme/widgets', '--json');
    expect(ok.status).toBe(0);
    const json = JSON.parse(ok.stdout) as { tags: string[] };
    expect(json.tags[0]).toMatch(/^ghcr\.io\/acme\/widgets:2\.0\.1-3-/);
    untouched();
    // Failures before and after the facts are read: bad input, and a template with no value here.
    expect(cli('--version', '2.0.1', '--template', '{{nope}}').status).toBe(1);
    expect(cli('--version', '2.0.1', '--template', '{{version}}-{{pr}}').status).toBe(1);
    untouched();
    // Asked for: the bake files go where --bake-dir says, and stay there.
    const bakeDir = mkdtempSync(join(tmpdir(), 'cli-bake-'));
    // Outside the workspace only when the user opts in; refused otherwise, with nothing written.
    const refused = cli('--version', '2.0.1', '--bake-dir', bakeDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('bake-dir');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(bakeDir)).toEqual([]);
    const asked = cli('--version', '2.0.1', '--bake-dir', bakeDir, '--allow-outside-workspace', 'bake-dir');
    expect(asked.status).toBe(0);
    expect(readdirSync(bakeDir).sort()).toEqual([
      'docker-metadata-action-bake-annotations.json',
      'docker-metadata-action-bake-labels.json',
      'docker-metadata-action-bake-tags.json',
      'docker-metadata-action-bake.json',
    ]);
    expect(asked.stdout).toContain(`bake-file: ${join(bakeDir, 'docker-metadata-action-bake.json')}`);
    untouched();
  });

  it.each([
    ['a link to a file outside', (outside: string) => join(outside, 'victim.txt')],
    ['a dangling link out', (outside: string) => join(outside, 'not-yet.json')],
  ])('writes no bake file through %s planted in bake-dir, and none of the others', async (_name, target) => {
    const { repo, head } = repository();
    const outside = mkdtempSync(join(tmpdir(), 'bake-outside-'));
    writeFileSync(join(outside, 'victim.txt'), 'not yours\n');
    mkdirSync(join(repo.dir, 'bake'));
    // The third of the four files: the two before it must not be written either.
    symlinkSync(target(outside), join(repo.dir, 'bake', 'docker-metadata-action-bake-labels.json'));
    const result = await runAction('build-tag', {
      inputs: { version: '2.0.1', images: 'ghcr.io/acme/widgets', 'bake-dir': 'bake' },
      cwd: repo.dir,
      event: pushEvent({ sha: head }),
      env: { ...pushEnv({ sha: head }), GITHUB_API_URL: fake.url },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]?.message).toMatch(/^Input 'bake-dir': .*outside the workspace/);
    expect(readdirSync(outside)).toEqual(['victim.txt']);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('not yours\n');
    expect(readdirSync(join(repo.dir, 'bake'))).toEqual(['docker-metadata-action-bake-labels.json']);
  });

  it('on a runner the bake files are under RUNNER_TEMP, where the outputs point; a failed run writes none', async () => {
    const { repo, head } = repository();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const base = {
      cwd: repo.dir,
      event: pushEvent({ sha: head }),
      env: { ...pushEnv({ sha: head }), GITHUB_API_URL: fake.url, RUNNER_TEMP: runnerTemp },
    };
    const failed = await runAction('build-tag', {
      ...base,
      inputs: { version: '2.0.1', template: '{{version}}-{{pr}}' },
    });
    expect(failed.exitCode).toBe(1);
    expect(readdirSync(runnerTemp)).toEqual([]);
    const ok = await runAction('build-tag', { ...base, inputs: { version: '2.0.1', images: 'ghcr.io/Acme/Widgets' } });
    expect(ok.exitCode).toBe(0);
    expect(ok.notices.join('\n')).toContain('lower-cased to ghcr.io/acme/widgets');
    expect(readdirSync(runnerTemp)).toHaveLength(1);
    expect(JSON.parse(readFileSync(ok.outputs['bake-file-tags'] ?? '', 'utf8'))).toEqual({
      target: { 'docker-metadata-action': { tags: lines(ok.outputs.tags), args: expect.any(Object) } },
    });
  });
});
