/**
 * A newcomer's first hour: what README.md and docs/ say is true to the code. Generated text is made
 * of whole sentences (docs, README table, CLI help); no page prints a sentence twice; every measured
 * figure comes from a bench script's output; every claim next to a snippet is made by the snippet;
 * comments in the examples name only inputs the actions have and promise nothing "yet"; every relative
 * link resolves; every command the README gives exists. (test/examples.test.ts checks the snippets
 * themselves: with: keys, outputs, pins, actionlint.)
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { commands } from '../packages/cli/src/commands.js';
import { commandHelp, usage } from '../packages/cli/src/help.js';
import { repoRoot } from './harness/runner.js';
import { actionSpec, ownAction } from './harness/workflow-check.js';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const actions = readdirSync(join(repoRoot, 'actions'))
  .filter((n) => existsSync(join(repoRoot, 'actions', n, 'action.yml')))
  .sort();
const pages = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs')).flatMap((f) => (f.endsWith('.md') ? [`docs/${f}`] : [])),
];
const examples = readdirSync(join(repoRoot, 'docs', 'examples'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => `docs/examples/${f}`);

/** Markdown without its fenced code blocks (kept as blank lines, so paragraphs stay apart). */
const withoutCode = (text: string) => text.replace(/^```[\s\S]*?^```$/gm, '\n');
const tableCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
/** The rows of the markdown table that follows `heading` (a line of the page). */
function tableAfter(text: string, heading: string): string[][] {
  const lines = text.split('\n');
  const at = lines.indexOf(heading);
  if (at < 0) return [];
  const start = lines.findIndex((l, i) => i > at && l.startsWith('|'));
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(tableCells(lines[i]!));
  return rows;
}
const endsSentence = (s: string) => /[.!?]$/.test(s.trim()) && !/\.\.$/.test(s.trim());

describe('generated text is whole sentences', () => {
  it('every "What it does" cell of the README table ends with a full stop', () => {
    const readme = read('README.md');
    const table = /<!-- actions:start -->([\s\S]*?)<!-- actions:end -->/.exec(readme)?.[1] ?? '';
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBe(actions.length);
    for (const row of rows) {
      const [name, what] = tableCells(row);
      expect([name, what, endsSentence(what ?? '')]).toEqual([name, what, true]);
    }
  });

  it.each(actions)(
    'docs/%s.md: description, permissions and every input and output cell end with a full stop',
    (name) => {
      const page = read(`docs/${name}.md`);
      const lines = page.split('\n');
      const description = lines[lines.indexOf(`# ${name}`) + 2] ?? '';
      expect([description, endsSentence(description)]).toEqual([description, true]);
      const permissions = lines.find((l) => l.startsWith('Permissions: ')) ?? '';
      expect([permissions, endsSentence(permissions)]).toEqual([permissions, true]);
      const cells = [...tableAfter(page, '## Inputs'), ...tableAfter(page, '## Outputs')].map(
        (row) => [row[0], row[row.length - 1] ?? ''] as const,
      );
      expect(cells.length).toBeGreaterThan(0);
      for (const [key, text] of cells) expect([key, text, endsSentence(text)]).toEqual([key, text, true]);
    },
  );

  it('`artefacts --help` lists every command with a whole sentence', () => {
    const lines = usage().split('\n');
    const list = lines.slice(lines.indexOf('commands:') + 1, lines.indexOf('', lines.indexOf('commands:')));
    expect(list.length).toBe(Object.keys(commands).length);
    for (const line of list) expect([line, endsSentence(line)]).toEqual([line, true]);
  });

  it.each(Object.keys(commands).sort())(
    '`artefacts %s --help`: the description and every flag line are whole sentences',
    (name) => {
      const lines = commandHelp(name).split('\n');
      const described = [lines[2] ?? '', ...lines.filter((l) => l.startsWith('      '))];
      expect(described.length).toBeGreaterThan(1);
      for (const line of described) expect([line, endsSentence(line)]).toEqual([line, true]);
    },
  );

  it('the generator keeps every sentence of a multi-line description, and adds the full stops action.yml leaves off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-docs-'));
    try {
      mkdirSync(join(dir, 'actions', 'demo'), { recursive: true });
      writeFileSync(
        join(dir, 'actions', 'demo', 'action.yml'),
        [
          'name: demo',
          'description: |',
          '  Does the first thing across a line break, e.g. 1.4.0 and',
          '  `x.y`, and writes',
          '  the last words. Then a second sentence without a stop',
          '  Permissions: `contents: read`',
          'inputs:',
          '  mode:',
          '    description: >',
          '      One mode or',
          '      another',
          'outputs:',
          '  json:',
          '    description: Everything as JSON',
          'runs: { using: node24, main: index.js }',
          '',
        ].join('\n'),
      );
      writeFileSync(join(dir, 'README.md'), '# x\n\n<!-- actions:start -->\n<!-- actions:end -->\n');
      execFileSync(process.execPath, [join(repoRoot, 'scripts', 'gen-docs.mjs'), '--root', dir], { stdio: 'pipe' });
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      const row = readme.split('\n').find((l) => l.startsWith('| `demo`')) ?? '';
      expect(tableCells(row)[1]).toBe(
        'Does the first thing across a line break, e.g. 1.4.0 and `x.y`, and writes the last words. Then a second sentence without a stop.',
      );
      const page = readFileSync(join(dir, 'docs', 'demo.md'), 'utf8');
      expect(page.match(/Permissions/g)).toHaveLength(1);
      expect(page).toContain('Permissions: `contents: read`.');
      expect(page).toContain('| One mode or another. |');
      expect(page).toContain('| Everything as JSON. |');
      const specs = readFileSync(join(dir, 'packages', 'cli', 'src', 'generated', 'action-specs.ts'), 'utf8');
      expect(specs).toContain(
        '"summary": "Does the first thing across a line break, e.g. 1.4.0 and `x.y`, and writes the last words."',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('no page prints a sentence twice', () => {
  /** The sentences of the prose of a markdown page (not code, not table rows), normalised. */
  function sentences(text: string): string[] {
    return withoutCode(text)
      .split(/\n\s*\n/)
      .filter((p) => !p.trimStart().startsWith('|') && !p.trimStart().startsWith('<!--'))
      .flatMap((p) => p.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z`])/))
      .map((s) => s.trim().replace(/[.!?]+$/, ''))
      .filter((s) => s.length > 30);
  }

  it.each(pages)('%s', (path) => {
    const seen = new Set<string>();
    const twice = sentences(read(path)).filter((s) => (seen.has(s) ? true : (seen.add(s), false)));
    expect(twice).toEqual([]);
  });
});

describe('every measured figure in README and docs comes from a script', () => {
  /**
   * A figure is a measurement: a ratio (`0.24x`, `2 times`) or a number with a unit of time, size or
   * share. A bound (`at least 100 ms`, `1 MiB or less`) is a setting of the code, not a figure.
   * Figures may stand only in docs/benchmarks.md (the bench scripts write it) and between
   * `<!-- figures:<name>:start/end -->` markers (gen-docs writes them from docs/benchmarks.md).
   */
  function unsourced(text: string): string[] {
    const prose = withoutCode(text).replace(/<!-- figures:([a-z0-9-]+):start -->[\s\S]*?<!-- figures:\1:end -->/g, '');
    const found: string[] = [];
    const figure = /\b\d+(?:\.\d+)?(?:x\b| ?times\b| ?(?:ms|s|min|MB|MiB|GB|GiB|kB|KiB|KB)\b| ?%)/g;
    for (const m of prose.matchAll(figure)) {
      const before = prose.slice(Math.max(0, m.index - 20), m.index);
      const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/\b(at least|at most|up to|under|over|below|above|within|every|each|per)\s+$/i.test(before)) continue;
      if (/^\s+(or less|or more)\b/.test(after)) continue;
      found.push(`${m[0]} in "…${`${before}${m[0]}${after}`.replace(/\s+/g, ' ')}…"`);
    }
    return found;
  }

  it.each(pages.filter((p) => p !== 'docs/benchmarks.md'))('%s', (path) => {
    expect(unsourced(read(path))).toEqual([]);
  });

  it('the check finds a hand-written figure and lets a generated one and a bound pass', () => {
    const found = unsourced('Promote is about 2x slower for 10 MB images; 200 MB: 0.97x cold.');
    expect(found.map((f) => f.slice(0, f.indexOf(' in ')))).toEqual(['2x', '10 MB', '200 MB', '0.97x']);
    expect(
      unsourced(
        'Speed: <!-- figures:demo:start -->10 MB: 2.37x<!-- figures:demo:end -->; blobs of 1 MiB or less; at least 100 ms.',
      ),
    ).toEqual([]);
  });

  it('the README quotes measured figures only from docs/benchmarks.md', () => {
    const readme = read('README.md');
    const quoted = [...readme.matchAll(/<!-- figures:([a-z0-9-]+):start -->([\s\S]*?)<!-- figures:\1:end -->/g)];
    expect(quoted.length).toBeGreaterThan(0);
    const benchmarks = read('docs/benchmarks.md');
    for (const [, name, text] of quoted) {
      const ratios = [...text!.matchAll(/(\d+(?:\.\d+)?)x\b/g)].map((m) => m[1]!);
      expect([name, ratios.length > 0]).toEqual([name, true]);
      for (const r of ratios) expect([name, r, benchmarks.includes(`| ${r} |`)]).toEqual([name, r, true]);
    }
  });
});

interface SnippetStep {
  readonly action: string | undefined;
  readonly with: Record<string, unknown>;
}

/** The steps of a snippet: a whole workflow, a job ({ steps }) or a list of steps. */
function snippetSteps(parsed: unknown): SnippetStep[] {
  const list = (steps: unknown) =>
    (Array.isArray(steps) ? steps : []).map((s: { uses?: string; with?: Record<string, unknown> }) => ({
      action: ownAction(s?.uses ?? ''),
      with: s?.with ?? {},
    }));
  if (Array.isArray(parsed)) return list(parsed);
  const p = parsed as { jobs?: Record<string, { steps?: unknown }>; steps?: unknown };
  if (p?.jobs) return Object.values(p.jobs).flatMap((j) => list(j.steps));
  return list(p?.steps);
}

/**
 * What prose next to a snippet may claim, and the step that shows it. A claim no step shows is
 * either a missing step or a sentence to remove.
 */
const claims: { says: RegExp; shown: (steps: SnippetStep[]) => boolean }[] = [
  {
    says: /\bSBOMs?\b/,
    shown: (s) => s.some((st) => st.action === 'sbom' || (st.action === 'sign' && st.with['sbom-path'] !== undefined)),
  },
  {
    says: /\b(signs?|signed|signing|signatures?)\b/i,
    shown: (s) =>
      s.some(
        (st) =>
          st.action === 'sign' ||
          st.action === 'verify' ||
          (st.action === 'promote' && st.with['require-signature'] !== undefined),
      ),
  },
  { says: /\bprovenance\b/i, shown: (s) => s.some((st) => st.action === 'sign' && st.with.provenance === true) },
  { says: /\bpromot(e|es|ed|ion|ions)\b/i, shown: (s) => s.some((st) => st.action === 'promote') },
  { says: /\b(pack|packs|packed)\b/, shown: (s) => s.some((st) => st.action === 'pack') },
  {
    says: /\b(next version|versioning|version preview)\b/i,
    shown: (s) => s.some((st) => st.action === 'semver-calculate' || st.action === 'build-tag'),
  },
];

function unshownClaims(claim: string, steps: SnippetStep[]): string[] {
  return claims.filter((c) => c.says.test(claim) && !c.shown(steps)).map((c) => `${c.says.source} in "${claim}"`);
}

describe('every claim next to a snippet is shown by it', () => {
  /** Each yaml block of a page with the paragraph just before it. */
  const snippets = pages.flatMap((path) => {
    const text = read(path);
    return (
      [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
        .map((m, i) => {
          const before = text.slice(0, m.index).trimEnd();
          const paragraph = before.slice(before.lastIndexOf('\n\n') + 2);
          const claim = /^(#|```|<!--)/.test(paragraph) ? '' : paragraph.replace(/\s+/g, ' ');
          return [`${path} yaml block ${i + 1}`, claim, m[1]!] as const;
        })
        // A generated page's opening line says how to reference the action: not a snippet for the description above it.
        .filter(
          ([, , yaml]) => !/^- uses: immutable-artefacts\/immutable-artefacts\/actions\/[a-z0-9-]+@v1\n$/.test(yaml),
        )
    );
  });

  it.each(snippets.filter(([, claim]) => claim !== ''))('%s', (_where, claim, yaml) => {
    expect(unshownClaims(claim, snippetSteps(parse(yaml)))).toEqual([]);
  });

  it("each link to an example is described by what that example's steps do", () => {
    const problems: string[] = [];
    for (const path of pages) {
      const prose = withoutCode(read(path)).replace(/\s+/g, ' ');
      for (const m of prose.matchAll(/\[[^\]]*\]\((?:\.\.\/)*(?:docs\/)?examples\/([\w-]+\.yml)\)/g)) {
        // The words that introduce the link: back to the previous link, colon or sentence end.
        const head = prose.slice(0, m.index);
        const from = Math.max(head.lastIndexOf(')'), head.lastIndexOf(':'), head.lastIndexOf('. '));
        const claim = head.slice(from + 1);
        const steps = snippetSteps(parse(read(`docs/examples/${m[1]}`)));
        problems.push(...unshownClaims(claim, steps).map((p) => `${path} → ${m[1]}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check finds the SBOM a quick start promises but does not attach', () => {
    const steps = snippetSteps(
      parse(
        '- uses: immutable-artefacts/immutable-artefacts/actions/sign@v1\n  with: { image: x, provenance: true }\n',
      ),
    );
    expect(unshownClaims('The SBOM and the keyless signature are attached.', steps)).toHaveLength(1);
    expect(unshownClaims('The keyless signature and its provenance are attached.', steps)).toEqual([]);
  });
});

describe('comments in the examples describe the actions as their action.yml does', () => {
  const inputsAndOutputs = new Set(
    actions.flatMap((a) => {
      const spec = actionSpec(a)!;
      return [a, ...spec.inputs, ...spec.outputs];
    }),
  );
  /** Problems of one example's comments. */
  function commentProblems(text: string, where: string): string[] {
    const comments = text
      .split('\n')
      .flatMap((l) => {
        const m = /(?:^|\s)#\s?(.*)$/.exec(l);
        return m && !/@[0-9a-f]{40}\s+#/.test(l) ? [m[1]!] : [];
      })
      .join('\n');
    const problems: string[] = [];
    // Plans go stale: an example says what the actions do, never what one does not do "yet".
    for (const m of comments.matchAll(/[^.\n]*\b(yet|until it|does not take|do not take|not supported)\b[^.\n]*/gi))
      problems.push(`${where}: a comment speaks of what an action lacks: "${m[0].trim()}"`);
    // An input or output named in a comment (`name` or `name: value`, a hyphenated word) exists.
    for (const m of comments.matchAll(/`([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?::[^`]*)?`/g))
      if (!inputsAndOutputs.has(m[1]!)) problems.push(`${where}: a comment names \`${m[1]}\`, which no action.yml has`);
    // Files a comment points to exist.
    for (const m of comments.matchAll(
      /\b((?:docs|test|actions|packages|bench|scripts)\/[\w./-]+\.(?:md|yml|ts|mjs))\b/g,
    ))
      if (!existsSync(join(repoRoot, m[1]!)))
        problems.push(`${where}: a comment points to ${m[1]}, which does not exist`);
    return problems;
  }

  it.each(examples)('%s', (path) => {
    expect(commentProblems(read(path), path)).toEqual([]);
  });

  it('the check finds a stale "not yet", an input no action has and a missing file', () => {
    expect(
      commentProblems(
        '# A keyless gate needs a trusted root, which promote does not take yet.\n' +
          'on: push # `trusted-roots` as in docs/nowhere.md\n',
        'x.yml',
      ),
    ).toEqual([
      expect.stringContaining('does not take yet'),
      expect.stringContaining('`trusted-roots`'),
      expect.stringContaining('docs/nowhere.md'),
    ]);
  });
});

describe('every relative link resolves', () => {
  /** GitHub's anchor for a heading. */
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
  const anchors = (text: string) =>
    new Set(
      withoutCode(text)
        .split('\n')
        .flatMap((l) => (/^#{1,6} /.test(l) ? [slug(l.replace(/^#+ /, ''))] : [])),
    );

  it.each(pages)('%s', (path) => {
    const text = withoutCode(read(path));
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!;
      if (/^[a-z]+:/i.test(target)) continue;
      const [file, anchor] = target.split('#') as [string, string | undefined];
      const full = file === '' ? join(repoRoot, path) : resolve(dirname(join(repoRoot, path)), file);
      if (!existsSync(full)) broken.push(`${target}: no ${relative(repoRoot, full)}`);
      else if (anchor && full.endsWith('.md') && !anchors(readFileSync(full, 'utf8')).has(anchor))
        broken.push(`${target}: no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });
});

describe("the README's commands exist", () => {
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  const globalFlags = new Set(['--json', '--summary', '--debug', '--help']);

  /** Problems of one shell command line the README gives. */
  function commandProblems(line: string): string[] {
    const problems: string[] = [];
    for (const command of line.replace(/#.*$/, '').split('&&')) {
      const words = command.trim().split(/\s+/).filter(Boolean);
      const [tool, first, ...rest] = words;
      if (tool === 'npm' && first === 'run' && !pkg.scripts[rest[0]!]) problems.push(`${line}: no script ${rest[0]}`);
      if (tool === 'npm' && ['start', 'test'].includes(first!) && !pkg.scripts[first!])
        problems.push(`${line}: no script ${first}`);
      if (tool === 'node' && !existsSync(join(repoRoot, first!))) problems.push(`${line}: no file ${first}`);
      if (tool === 'npx' && first === 'artefacts') {
        const [name, ...flags] = rest;
        if (name === '<command>') continue;
        const spec = actionSpec(name!);
        if (!commands[name!]) problems.push(`${line}: no command ${name}`);
        for (const flag of flags.filter((f) => f.startsWith('--')))
          if (!globalFlags.has(flag) && !spec?.inputs.has(flag.slice(2)))
            problems.push(`${line}: ${name} has no ${flag}`);
      }
    }
    return problems;
  }

  it('npm start, npm test and every command of every sh block', () => {
    const readme = read('README.md');
    const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').filter(Boolean));
    expect(lines).toContain('npm ci && npm start     # the main job: the release pipeline on this repository, offline');
    expect(lines.flatMap(commandProblems)).toEqual([]);
    // What the two scripts run exists.
    for (const script of [pkg.scripts.start!, pkg.scripts.test!]) {
      const file = script.split(/\s+/).find((w) => /\.(js|mjs|sh)$/.test(w));
      expect([script, file !== undefined && existsSync(join(repoRoot, file))]).toEqual([script, true]);
    }
    expect(commands[pkg.scripts.start!.split(/\s+/).pop()!]).toBeDefined();
  });

  it('says which Node runs the actions, the CLI and the tests, as package.json and action.yml say', () => {
    const readme = read('README.md').replace(/\s+/g, ' ');
    const root = JSON.parse(read('package.json')) as {
      engines: { node: string };
      devEngines: { runtime: { name: string; version: string; onFail: string } };
    };
    const cli = JSON.parse(read('packages/cli/package.json')) as { engines: { node: string } };
    const min = (range: string) => /^>=(\d+)$/.exec(range)?.[1];
    expect(min(root.engines.node)).toBe(min(cli.engines.node));
    expect(readme).toContain(`need Node ${min(cli.engines.node)} or later`);
    // The tests need what test.sh installs; npm must not refuse `npm ci` on the older machine Node.
    expect(root.devEngines.runtime).toMatchObject({ name: 'node', onFail: 'ignore' });
    expect(readme).toContain(`the tests run on Node ${min(root.devEngines.runtime.version)}`);
    expect(read('scripts/test.sh')).toContain(`node@${min(root.devEngines.runtime.version)}`);
    for (const name of actions) {
      const using = (parse(read(`actions/${name}/action.yml`)) as { runs: { using: string } }).runs.using;
      expect(readme).toContain(`Node ${using.replace('node', '')} (\`runs.using: ${using}\`)`);
    }
    // npm ci stays quiet where the engines warning is expected (Node 20), and still prints errors.
    expect(read('.npmrc')).toMatch(/^loglevel=error$/m);
  });

  it('the check finds a missing script, file, command and flag', () => {
    expect(
      commandProblems(
        'npm run nope && node bench/nope.mjs && npx artefacts nope && npx artefacts build-tag --imagez x',
      ),
    ).toHaveLength(4);
  });
});
