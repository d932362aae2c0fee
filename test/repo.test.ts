/**
 * Repository gates: every action.yml follows the convention and has a bundle that starts as the
 * runner starts it; the action folders keep their rooms; README and CI agree on the test command.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readActionYaml, repoRoot, runAction } from './harness/runner.js';

const actions = readdirSync(join(repoRoot, 'actions')).filter((n) =>
  existsSync(join(repoRoot, 'actions', n, 'action.yml')),
);

describe('action.yml files', () => {
  it('exist', () => {
    expect(actions.length).toBeGreaterThan(0);
  });

  it.each(actions)('%s declares node24, a bundle that exists, descriptions, branding and a json output', (name) => {
    const yml = readActionYaml(name);
    const raw = readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8');
    expect(yml.runs.using).toBe('node24');
    expect(yml.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join(repoRoot, 'dist', name, 'index.js'))).toBe(true);
    expect(existsSync(join(repoRoot, 'dist', name, 'licenses.txt'))).toBe(true);
    expect(yml.description.length).toBeGreaterThan(20);
    expect(raw).toMatch(/^branding:\s*\n\s+icon:/m);
    for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
      expect([input, spec.description?.length > 0]).toEqual([input, true]);
      expect(input).toMatch(/^[a-z][a-z0-9-]*$/);
    }
    for (const [output, spec] of Object.entries(yml.outputs ?? {})) {
      expect([output, spec.description?.length > 0]).toEqual([output, true]);
      expect(output).toMatch(/^[a-z][a-z0-9-]*$/);
    }
    expect(Object.keys(yml.outputs ?? {})).toContain('json');
  });

  it('all declare the same runtime', () => {
    expect(new Set(actions.map((n) => readActionYaml(n).runs.using))).toEqual(new Set(['node24']));
  });
});

describe('action folders keep their rooms', () => {
  it.each(actions)('%s: only src/inputs.ts reads inputs; index.ts only calls run', (name) => {
    const src = join(repoRoot, 'actions', name, 'src');
    for (const file of ['index.ts', 'inputs.ts', 'main.ts']) expect(existsSync(join(src, file))).toBe(true);
    for (const file of readdirSync(src)) {
      const text = readFileSync(join(src, file), 'utf8');
      if (file !== 'inputs.ts') expect([file, /\bget(Boolean|Multiline)?Input\b/.test(text)]).toEqual([file, false]);
    }
    const index = readFileSync(join(src, 'index.ts'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('import') && !l.startsWith('//'));
    expect(index).toEqual([`await runAction('${name}', async () => run(getInputs()));`]);
  });

  it('@actions/core is imported only under actions/', () => {
    const grep = spawnSync(
      'git',
      ['grep', '-l', "from '@actions/core'", '--', 'packages', 'test', 'bench', 'scripts', ':!test/repo.test.ts'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(grep.stdout).toBe('');
  });
});

describe('bundles start as the runner starts them', () => {
  it.each(actions)('%s fails cleanly (annotation, exit 1, no stack) on an unusable workspace', async (name) => {
    const result = await runAction(name, { cwd: '/', env: { GITHUB_SHA: '0'.repeat(40) } });
    // With no inputs in a directory that is no repository, an action either succeeds or fails by
    // the convention: one ::error annotation titled with its name, exit 1, and no stack trace.
    if (result.exitCode !== 0) {
      expect(result.exitCode).toBe(1);
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors[0]?.title).toBe(name);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    }
  });
});

describe('README and CI', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  it('the README opens with the main-job and test commands, and .ci/run runs exactly the test command', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = block
      .split('\n')
      .map((l) => l.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    const ci = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8');
    expect(
      ci
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('set ') && !l.startsWith('cd ')),
    ).toEqual(['npm ci && npm test']);
  });

  it('generated docs, README table and CLI specs match action.yml', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-docs.mjs', '--check'], { cwd: repoRoot, stdio: 'pipe' }),
    ).not.toThrow();
  });
});
