#!/usr/bin/env node
// Cold start and peak RSS of dist/build-tag as the runner starts it (one fresh `node` process per run,
// a realistic push event, a real git repository), against the floor: a bare `node -e ''`.
//   node bench/build-tag.mjs [--runs 15] [--node /path/to/node24]
// Goal (issue 2): under 300 ms wall and under 60 MiB peak RSS on Node 24.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('runs', '15'));
const node =
  arg('node') ??
  [join(root, '.tools/node24/node_modules/.bin/node'), '/tmp/n24/node_modules/.bin/node'].find(existsSync) ??
  process.execPath;
if (!existsSync('/usr/bin/time')) throw new Error('needs GNU time at /usr/bin/time');

const work = mkdtempSync(join(tmpdir(), 'bench-build-tag-'));
const repo = join(work, 'repo');
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'a',
  GIT_AUTHOR_EMAIL: 'a@example.com',
  GIT_COMMITTER_NAME: 'a',
  GIT_COMMITTER_EMAIL: 'a@example.com',
};
const git = (...args) => execFileSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8' }).trim();
execFileSync('git', ['init', '-q', '-b', 'main', repo]);
for (const v of ['1.0.0', '1.1.0', '2.0.0']) {
  git('commit', '-q', '--allow-empty', '-m', `release ${v}`);
  git('tag', `v${v}`);
}
git('commit', '-q', '--allow-empty', '-m', 'fix: next');
const sha = git('rev-parse', 'HEAD');
const event = join(work, 'event.json');
writeFileSync(
  event,
  JSON.stringify({
    ref: 'refs/heads/main',
    after: sha,
    head_commit: { id: sha },
    repository: {
      name: 'widgets',
      full_name: 'acme/widgets',
      html_url: 'https://github.com/acme/widgets',
      description: 'Widgets',
      license: { spdx_id: 'MIT' },
    },
  }),
);

function env() {
  const files = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_PATH']) {
    files[name] = join(work, name.toLowerCase());
    writeFileSync(files[name], '');
  }
  return {
    PATH: process.env.PATH,
    HOME: work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_NUMBER: '87',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: work,
    ...files,
    // action.yml defaults, as the runner applies them
    INPUT_VERSION: '2.0.1',
    INPUT_IMAGES: 'ghcr.io/acme/widgets',
    INPUT_TEMPLATE: '{{version}}-{{run_number}}-{{sha7}}',
    INPUT_TAGS: 'type=sha',
    'INPUT_ANNOTATION-LEVELS': 'manifest',
    'INPUT_SHA-LENGTH': '7',
    'INPUT_PUSH-GIT-TAG': 'false',
    'INPUT_ANNOTATED-TAG': 'false',
    'INPUT_TAG-PREFIX': 'v',
    'INPUT_MOVE-MAJOR-TAG': 'false',
    INPUT_LATEST: 'auto',
    'INPUT_EXPORT-ENV': 'true',
    'INPUT_GITHUB-TOKEN': '',
  };
}

function measure(args) {
  const wall = [];
  const cpu = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', node, ...args], {
      cwd: repo,
      env: env(),
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    const [seconds, user, system, kib] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    wall.push(seconds * 1000);
    cpu.push((user + system) * 1000);
    rss.push(kib / 1024);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { median: median(wall), max: Math.max(...wall), cpu: median(cpu), rss: Math.max(...rss) };
}

const floor = measure(['-e', '']);
const action = measure([join(root, 'dist', 'build-tag', 'index.js')]);
rmSync(work, { recursive: true, force: true });
const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const row = (name, m) =>
  `| ${name} | ${m.median.toFixed(0)} ms | ${m.max.toFixed(0)} ms | ${m.cpu.toFixed(0)} ms | ${m.rss.toFixed(1)} MiB |`;
console.log(
  `build-tag cold start, Node ${version}, ${runs} runs each (/usr/bin/time -f "%e %U %S %M"), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
// CPU time (user + system) is what a busy machine inflates least; wall time is what the goal names.
console.log('| process | median wall | max wall | median CPU | peak RSS |');
console.log('| --- | --- | --- | --- | --- |');
console.log(row("floor: node -e ''", floor));
console.log(row('dist/build-tag/index.js', action));
console.log(
  `\nours minus floor: ${(action.median - floor.median).toFixed(0)} ms, ${(action.rss - floor.rss).toFixed(1)} MiB; ` +
    `goal < 300 ms: ${action.median < 300 ? 'met' : 'MISSED'}, < 60 MiB: ${action.rss < 60 ? 'met' : 'MISSED'}`,
);
