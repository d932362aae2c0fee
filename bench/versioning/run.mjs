#!/usr/bin/env node
// bench/versioning: semver-calculate's dist bundle, as a whole process, against the floor: the raw
// git commands the calculation needs, run as processes in the same benchmark. Also build-tag's cold
// start and peak memory against a bare Node start.
//   node bench/versioning/run.mjs [--runs 7] [--quick]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  actionEnv,
  fmtMiB,
  fmtMs,
  machine,
  measure,
  measureNode,
  median,
  root,
  runnerNode,
  writeSection,
} from '../lib.mjs';
import { generateRepo } from './generate.mjs';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 7;
const quick = argv.includes('--quick');
const node = runnerNode();

function versioningEnv(action, inputs, cwd) {
  // A push payload as GitHub sends it: its repository object carries the metadata build-tag labels
  // from, so (as on a runner) no API call is made.
  const { env } = actionEnv(action, inputs, {
    workspace: cwd,
    event: {
      ref: 'refs/heads/main',
      repository: {
        full_name: 'acme/widgets',
        name: 'widgets',
        description: 'Widgets, immutably released',
        html_url: 'https://github.com/acme/widgets',
        license: { spdx_id: 'MIT' },
        visibility: 'public',
      },
    },
  });
  return { env, output: env.GITHUB_OUTPUT };
}

async function git(cwd, args) {
  return measure('git', args, { cwd });
}

/**
 * The floor: the git processes the calculation runs (git/history.ts), timed back to back: the
 * shallow check, HEAD, every version tag's name, whether the highest few are merged into HEAD (one
 * `--merged` over just those refs, as version/merged-tags.ts asks first), the previous tag's commit,
 * and the streamed log.
 */
async function floor(cwd, prefix) {
  const head = (await git(cwd, ['rev-parse', 'HEAD'])).stdout.trim();
  const steps = [
    ['rev-parse', '--is-shallow-repository'],
    ['rev-parse', '--verify', 'HEAD^{commit}'],
    ['for-each-ref', '--format=%(refname:lstrip=2)', `refs/tags/${prefix}`],
  ];
  let ms = 0;
  let rssKiB = 0;
  let tags = '';
  for (const args of steps) {
    const r = await git(cwd, args);
    ms += r.ms;
    rssKiB = Math.max(rssKiB, r.rssKiB);
    tags = r.stdout;
  }
  const top = tags
    .split('\n')
    .filter((t) => /^v\d+\.\d+\.\d+$/.test(t))
    .sort((a, b) => cmp(b, a))
    .slice(0, 4);
  const last = top[0];
  const tail = last
    ? [
        ['for-each-ref', '--format=%(refname:lstrip=2)', `--merged=${head}`, ...top.map((t) => `refs/tags/${t}`)],
        ['rev-parse', `refs/tags/${last}^{commit}`],
        ['log', '-z', '--format=%H%x1f%P%x1f%B', `refs/tags/${last}..${head}`, '--'],
      ]
    : [['log', '-z', '--format=%H%x1f%P%x1f%B', head, '--']];
  for (const args of tail) {
    const r = await git(cwd, args);
    ms += r.ms;
    rssKiB = Math.max(rssKiB, r.rssKiB);
  }
  return { ms, rssKiB };
}

function cmp(a, b) {
  const pa = a.slice(1).split('.').map(Number);
  const pb = b.slice(1).split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

async function ours(cwd, inputs) {
  const { env, output } = versioningEnv('semver-calculate', inputs, cwd);
  const result = await measureNode(node, join(root, 'dist', 'semver-calculate', 'index.js'), { cwd, env });
  const version = /^version<<(\S+)\n(.*)\n/m.exec(readFileSync(output, 'utf8'))?.[2];
  return { ...result, version };
}

const scenarios = [
  { name: '20k commits / 2k tags', commits: 20_000, tags: 2_000, inputs: {}, prefix: 'v*' },
  ...(quick
    ? []
    : [
        { name: '200k commits / 20k tags', commits: 200_000, tags: 20_000, inputs: {}, prefix: 'v*' },
        {
          name: '200k commits, no matching tag (whole history streamed)',
          commits: 200_000,
          tags: 20_000,
          inputs: { 'tag-prefix': 'none-' },
          prefix: 'none-*',
        },
      ]),
];

const rows = [];
for (const s of scenarios) {
  const t = Date.now();
  const cwd = await generateRepo({ commits: s.commits, tags: s.tags });
  process.stderr.write(`repo ${s.commits}/${s.tags} ready in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  await ours(cwd, s.inputs); // warm the page cache for both sides
  await floor(cwd, s.prefix);
  const o = [];
  const f = [];
  let version;
  for (let i = 0; i < runs; i++) {
    const a = await ours(cwd, s.inputs);
    version = a.version;
    o.push(a);
    f.push(await floor(cwd, s.prefix));
  }
  const row = {
    scenario: s.name,
    version,
    oursMs: median(o.map((x) => x.ms)),
    floorMs: median(f.map((x) => x.ms)),
    oursRss: median(o.map((x) => x.ownRssKiB)),
    treeRss: median(o.map((x) => x.rssKiB)),
    floorRss: median(f.map((x) => x.rssKiB)),
  };
  rows.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
}

// build-tag: cold start and peak memory, against a bare Node start on the same runtime.
const repo20k = await generateRepo({ commits: 20_000, tags: 2_000 });
const bare = [];
const bt = [];
for (let i = 0; i < runs; i++) {
  bare.push(await measure(node, ['-e', '0']));
  const { env } = versioningEnv('build-tag', { version: '1.2.3', images: 'ghcr.io/acme/widgets' }, repo20k);
  bt.push(await measureNode(node, join(root, 'dist', 'build-tag', 'index.js'), { cwd: repo20k, env }));
}
const btMs = median(bt.map((x) => x.ms));
const btRss = median(bt.map((x) => x.ownRssKiB));
const bareMs = median(bare.map((x) => x.ms));
const bareRss = median(bare.map((x) => x.rssKiB));

const table = [
  '| scenario | next version | semver-calculate (whole process) | floor (raw git) | ours − floor | peak RSS: our Node process | peak RSS: its largest git child | peak RSS: floor git |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.scenario} | ${r.version} | ${fmtMs(r.oursMs)} | ${fmtMs(r.floorMs)} | ${fmtMs(r.oursMs - r.floorMs)} | ${fmtMiB(r.oursRss)} | ${fmtMiB(r.treeRss)} | ${fmtMiB(r.floorRss)} |`,
  ),
].join('\n');
const md = `## Versioning (\`bench/versioning\`)

Command: \`node bench/versioning/run.mjs --runs ${runs}${quick ? ' --quick' : ''}\` (medians of ${runs} alternating runs; ${machine()}).
Goals (issue 2): ours − floor under 250 ms on both repositories and under 2 s on the 200k one; memory flat as history grows;
build-tag cold start under 300 ms and under 60 MiB peak.

${table}

build-tag bundle (\`version\` given, one image, 20k-commit repository): ${fmtMs(btMs)} wall, ${fmtMiB(btRss)} peak RSS of the Node process;
a bare \`node -e 0\` on the same runtime: ${fmtMs(bareMs)}, ${fmtMiB(bareRss)}.
`;
writeSection('versioning', md);
process.stdout.write(`${md}\n`);
