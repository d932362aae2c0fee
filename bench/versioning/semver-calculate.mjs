#!/usr/bin/env node
// Benchmark: dist/semver-calculate as a whole process against its floor, the raw git commands the
// calculation needs (run in the same benchmark, interleaved), on generated repositories.
//   node bench/versioning/semver-calculate.mjs [--sizes 20000:2000,200000:20000] [--runs 5]
// Repositories are generated once with git fast-import into bench/.work/ (gitignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '20000:2000,200000:20000')
  .split(',')
  .map((s) => s.split(':').map(Number));
const runs = Number(arg('runs', '5'));
const bundle = join(root, 'dist', 'semver-calculate', 'index.js');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function generate(commits, tags) {
  const dir = join(root, 'bench', '.work', `repo-${commits}-${tags}`);
  if (existsSync(join(dir, '.git', 'bench-done'))) return dir;
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const every = Math.floor(commits / tags);
  const types = ['feat', 'fix', 'chore', 'docs', 'perf', 'refactor'];
  const chunks = [];
  let minor = 0;
  let patch = 0;
  for (let i = 1; i <= commits; i++) {
    const msg = `${types[i % types.length]}(mod${i % 50}): change number ${i}\n\nSome body text for commit ${i}.\n`;
    let c = `commit refs/heads/main\nmark :${i}\ncommitter Bench <bench@example.com> ${1700000000 + i} +0000\n`;
    c += `data ${Buffer.byteLength(msg)}\n${msg}`;
    if (i === 1 || i % 97 === 0) c += `M 644 inline p/${i % 7}\ndata ${String(i).length}\n${i}\n`;
    chunks.push(`${c}\n`);
    // The newest commits stay untagged: the calculation has commits to classify.
    if (i % every === 0 && i <= commits - 5) {
      patch++;
      if (patch % 10 === 0) {
        minor++;
        patch = 0;
      }
      chunks.push(`reset refs/tags/v1.${minor}.${patch}\nfrom :${i}\n\n`);
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  execFileSync('git', ['gc', '-q'], { cwd: dir });
  writeFileSync(join(dir, '.git', 'bench-done'), '');
  return dir;
}

const yml = parse(readFileSync(join(root, 'actions', 'semver-calculate', 'action.yml'), 'utf8'));
function inputEnv(overrides = {}) {
  const env = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = overrides[name] ?? String(spec.default ?? '').replace(/\$\{\{.*\}\}/, '');
  }
  return env;
}

/** Wall milliseconds and peak RSS (KiB, when /usr/bin/time exists) of one process. */
function measure(cmd, args, options) {
  const started = process.hrtime.bigint();
  const result = timeBin
    ? spawnSync(timeBin, ['-f', '%M', cmd, ...args], { ...options, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${result.stderr}`);
  const rss = timeBin ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const [commits, tags] of sizes) {
  const dir = generate(commits, tags);
  const out = mkdtempSync(join(tmpdir(), 'bench-semver-'));
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  const env = { ...process.env, GITHUB_OUTPUT: join(out, 'output') };
  for (const key of Object.keys(env)) if (key.startsWith('GITHUB_') && key !== 'GITHUB_OUTPUT') delete env[key];
  // The previous tag, as the calculation finds it (for the floor's git log range).
  const merged = execFileSync(
    'git',
    ['for-each-ref', '--format=%(refname:lstrip=2)', `--merged=${sha}`, 'refs/tags/v*'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n');
  const previous = merged.sort((a, b) => {
    const [, am, ap] = a.split('.').map(Number);
    const [, bm, bp] = b.split('.').map(Number);
    return am - bm || ap - bp;
  })[merged.length - 1];
  const floorCommands = [
    ['rev-parse', '--is-shallow-repository'],
    ['rev-parse', '--verify', 'HEAD^{commit}'],
    ['for-each-ref', '--format=%(refname:lstrip=2)', `--merged=${sha}`, 'refs/tags/v*'],
    ['rev-parse', `refs/tags/${previous}^{commit}`],
    ['log', '-z', '--format=%H%x1f%P%x1f%B', `refs/tags/${previous}..${sha}`, '--'],
  ];
  const samples = { floor: [], ours: [], rss: [], node: [] };
  for (let r = 0; r < runs; r++) {
    samples.node.push(measure(process.execPath, ['-e', '0'], { cwd: dir }).ms);
    let floor = 0;
    for (const command of floorCommands) floor += measure('git', command, { cwd: dir }).ms;
    samples.floor.push(floor);
    writeFileSync(env.GITHUB_OUTPUT, '');
    const ours = measure(process.execPath, [bundle], { cwd: dir, env: { ...env, ...inputEnv() } });
    samples.ours.push(ours.ms);
    samples.rss.push(ours.rss);
  }
  const output = readFileSync(env.GITHUB_OUTPUT, 'utf8');
  const version = /version<<[^\n]+\n([^\n]+)/.exec(output)?.[1];
  // Memory as history grows: a prefix with no tags streams every commit.
  writeFileSync(env.GITHUB_OUTPUT, '');
  const all = measure(process.execPath, [bundle], {
    cwd: dir,
    env: { ...env, ...inputEnv({ 'tag-prefix': 'none-' }) },
  });
  const floor = median(samples.floor);
  const ours = median(samples.ours);
  rows.push({
    repo: `${commits} commits / ${tags} tags`,
    version,
    floor,
    ours,
    over: ours - floor,
    node: median(samples.node),
    rss: median(samples.rss),
    allMs: all.ms,
    allRss: all.rss,
  });
}

const f = (ms) => `${ms.toFixed(0)} ms`;
console.log(`node ${process.version}, ${runs} runs each, medians; floor = the git commands the calculation runs\n`);
console.log(
  '| Repository | Version | Floor (git) | semver-calculate | Over floor | Node start alone | Ratio | Peak RSS | Whole history: time, RSS |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.repo} | ${r.version} | ${f(r.floor)} | ${f(r.ours)} | ${f(r.over)} | ${f(r.node)} | ${(r.ours / r.floor).toFixed(2)}x | ` +
      `${Number.isNaN(r.rss) ? 'n/a' : `${(r.rss / 1024).toFixed(0)} MiB`} | ${f(r.allMs)}, ${Number.isNaN(r.allRss) ? 'n/a' : `${(r.allRss / 1024).toFixed(0)} MiB`} |`,
  );
}
