#!/usr/bin/env node
// bench/versioning: semver-calculate's dist bundle, as a whole process, against the floor: the raw
// git commands the calculation needs, run as processes in the same benchmark. Also build-tag's cold
// start and peak memory against a bare Node start.
//   node bench/versioning/run.mjs [--runs 7] [--quick]
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
  stepOutput,
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

async function git(cwd, args, options = {}) {
  return measure('git', args, { cwd, ...options });
}

/**
 * The floor: the git processes the calculation runs (git/history.ts, version/version-tags.ts),
 * timed back to back: HEAD with the shallow check and the branch (one rev-parse), every version
 * tag's name, whether the highest few are merged into HEAD with the commits they point at (one
 * `--merged` over just those refs, as version/merged-tags.ts asks first), and the streamed log.
 * When no tag matches the prefix: every tag's name (for the other-prefix warning) and the remote
 * (is the clone missing its tags?), then the whole log. Ours runs the first two side by side; the
 * floor does not, so "ours − floor" is what our process adds over git's own work.
 */
async function floor(cwd, prefix) {
  const steps = [
    ['rev-parse', '--is-shallow-repository', 'HEAD', '--symbolic-full-name', 'HEAD'],
    ['for-each-ref', '--format=%(refname:lstrip=2)', `refs/tags/${prefix}`],
  ];
  let ms = 0;
  let cpuMs = 0;
  let rssKiB = 0;
  const outs = [];
  const run = async (args, options) => {
    const r = await git(cwd, args, options);
    ms += r.ms;
    cpuMs += r.cpuMs;
    rssKiB = Math.max(rssKiB, r.rssKiB);
    return r.stdout;
  };
  for (const args of steps) outs.push(await run(args));
  const head = outs[0].split('\n')[1];
  const top = outs[1]
    .split('\n')
    .filter((t) => /^v\d+\.\d+\.\d+$/.test(t))
    .sort((a, b) => cmp(b, a))
    .slice(0, 4);
  const last = top[0];
  if (last) {
    const peel = '--format=%(refname:lstrip=2)%09%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)';
    await run(['for-each-ref', peel, `--merged=${head}`, ...top.map((t) => `refs/tags/${t}`)]);
    await run(['log', '-z', '--format=%H%x1f%P%x1f%B', `refs/tags/${last}..${head}`, '--']);
  } else {
    await run(['for-each-ref', '--format=%(refname:lstrip=2)', 'refs/tags/*']);
    await run(['remote', 'get-url', 'origin'], { allowFailure: true });
    await run(['log', '-z', '--format=%H%x1f%P%x1f%B', head, '--']);
  }
  return { ms, cpuMs, rssKiB };
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
  const version = stepOutput(output, 'version');
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
    // The per-run difference, so a slow moment of the machine lands on both sides of one pair.
    overMs: median(o.map((x, i) => x.ms - f[i].ms)),
    oursCpu: median(o.map((x) => x.cpuMs)),
    floorCpu: median(f.map((x) => x.cpuMs)),
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
const btCpu = median(bt.map((x) => x.cpuMs));
const btRss = median(bt.map((x) => x.ownRssKiB));
const bareMs = median(bare.map((x) => x.ms));
const bareCpu = median(bare.map((x) => x.cpuMs));
const bareRss = median(bare.map((x) => x.rssKiB));

const OVER_GOAL_MS = 150;
const BUILD_TAG_RSS_GOAL_MIB = 60;
const verdict = (ok) => (ok ? 'met' : '**missed**');
const table = [
  '| scenario | next version | semver-calculate (whole process) | its CPU (with git children) | floor: git alone | floor CPU | ours − floor (median of per-run differences) | goal ≤ 150 ms | peak RSS: our Node process | peak RSS: its largest git child | peak RSS: floor git |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.scenario} | ${r.version} | ${fmtMs(r.oursMs)} | ${fmtMs(r.oursCpu)} | ${fmtMs(r.floorMs)} | ${fmtMs(r.floorCpu)} | ${fmtMs(r.overMs)} | ${verdict(r.overMs <= OVER_GOAL_MS)} | ${fmtMiB(r.oursRss)} | ${fmtMiB(r.treeRss)} | ${fmtMiB(r.floorRss)} |`,
  ),
].join('\n');
const md = `## Versioning (\`bench/versioning\`)

Command: \`node bench/versioning/run.mjs --runs ${runs}${quick ? ' --quick' : ''}\` (medians of ${runs} alternating runs; ${machine()}).
Ours: \`dist/semver-calculate\` as a whole process, as the runner runs it (a push to main). The floor is git's own
work for the same answer: the git processes the calculation runs, each timed as a process, back to back.
Goal (issue 15): ours within ${OVER_GOAL_MS} ms of the floor in every case; the difference includes Node's start and
loading the bundle (a bare \`node -e 0\` is ${fmtMs(bareMs)} here). The peer of the issue's first table,
PaulHatch/semantic-version, is not on the npm registry, and this machine reaches no other network, so it is not run here.

${table}

build-tag bundle (\`version\` given, one image, 20k-commit repository): ${fmtMs(btMs)} wall, ${fmtMs(btCpu)} CPU,
${fmtMiB(btRss)} peak RSS of the Node process (goal ≤ ${BUILD_TAG_RSS_GOAL_MIB} MiB: ${verdict(btRss / 1024 <= BUILD_TAG_RSS_GOAL_MIB)});
a bare \`node -e 0\` on the same runtime: ${fmtMs(bareMs)}, ${fmtMs(bareCpu)} CPU, ${fmtMiB(bareRss)}.
Its goal against docker/metadata-action (≤ 0.25x) is not measured: metadata-action is not on the npm registry either.
`;
writeSection('versioning', md);
process.stdout.write(`${md}\n`);
