// Shared benchmark helpers: whole-process timing with peak RSS, medians, and docs/benchmarks.md sections.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const root = resolve(import.meta.dirname, '..');

/** The value after `--name` on the command line, else `fallback`. */
export function flag(name, fallback) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
}

/** The 1-minute load average when this benchmark started (read when the script loads this module). */
const loadAtStart = loadavg()[0];
const cores = availableParallelism();

/** Node 24 (what runners use) when the test command installed it, else this Node. */
export function runnerNode() {
  const node24 = join(root, '.tools', 'node24', 'node_modules', '.bin', 'node');
  return existsSync(node24) ? node24 : process.execPath;
}

/**
 * A bench helper written in TypeScript against core (`bench/<suite>/<file>.ts`), bundled with ncc into
 * bench/.work/bundles/<name>/index.js, the way the actions are. Bundled again when the helper, the commit
 * or the working tree's changes to packages/core differ from the last bundle's.
 */
export function bundled(entry, name) {
  const out = join(root, 'bench', '.work', 'bundles', name);
  const built = join(out, 'index.js');
  const stampFile = join(out, 'source-stamp');
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  const stamp = createHash('sha256')
    .update(readFileSync(join(root, entry)))
    .update(git('rev-parse', 'HEAD'))
    .update(git('diff', 'HEAD', '--', 'packages/core'))
    .digest('hex');
  if (existsSync(built) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return built;
  console.log(`bundling ${entry} with ncc…`);
  mkdirSync(out, { recursive: true });
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(process.execPath, [ncc, 'build', join(root, entry), '-o', out, '-q'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stampFile, stamp);
  return built;
}

/** Runs a command as a whole process under /usr/bin/time; returns wall ms, peak RSS KiB and CPU ms (user + sys). */
export function measure(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const useTime = existsSync('/usr/bin/time');
    const child = spawn(
      useTime ? '/usr/bin/time' : command,
      useTime ? ['-f', '__RSS__%M __CPU__%U:%S', command, ...args] : args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const rss = Number(/__RSS__(\d+)/.exec(err)?.[1] ?? NaN);
      const cpu = /__CPU__([\d.]+):([\d.]+)/.exec(err);
      const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
      if (code !== 0 && !options.allowFailure) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${out.slice(-2000)}\n${err.slice(-2000)}`));
        return;
      }
      resolvePromise({ ms, rssKiB: rss, cpuMs, stdout: out, stderr: err, code });
    });
  });
}

/**
 * Runs a Node script as a whole process, also reporting the Node process's own peak RSS
 * (`ownRssKiB`) apart from any children's, through bench/rss-probe.mjs.
 */
export async function measureNode(node, script, options = {}) {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'bench-rss-')), 'rss');
  const env = { ...(options.env ?? process.env), BENCH_RSS_FILE: rssFile };
  const probe = join(root, 'bench', 'rss-probe.mjs');
  const result = await measure(node, [`--import=${probe}`, script, ...(options.args ?? [])], { ...options, env });
  const own = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return { ...result, ownRssKiB: own };
}

/** An output a step wrote to its GITHUB_OUTPUT file (`name<<DELIMITER` … `DELIMITER`), else undefined. */
export function stepOutput(file, name) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^([^=<\n]+)<<(.+)\n([^]*?)\n\2$/gm)) if (m[1] === name) return m[3];
  return undefined;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const fmtMs = (ms) => `${ms.toFixed(0)} ms`;
export const fmtMiB = (kib) => `${(kib / 1024).toFixed(1)} MiB`;

/** Replaces (or appends) the section `<!-- bench:NAME:start -->…<!-- bench:NAME:end -->` in docs/benchmarks.md. */
export function writeSection(name, markdown) {
  const path = join(root, 'docs', 'benchmarks.md');
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  let text = existsSync(path)
    ? readFileSync(path, 'utf8')
    : '# Benchmarks\n\nEach section is written by its script under `bench/`; the command that produced it is in the section.\nMachines here are shared and noisy: numbers are medians of alternating runs, and ratios matter more than absolutes.\n';
  const block = `${start}\n${markdown.trim()}\n\n${runConditions()}\n${end}`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  text =
    a >= 0 && b > a ? `${text.slice(0, a)}${block}${text.slice(b + end.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, text);
}

export function machine() {
  return `Node ${process.versions.node} (harness), ${runnerNodeVersion()} for the bundles; ${process.platform} ${process.arch}; ${cores} cores`;
}

/**
 * The line every section ends with: when and on which commit it ran, and how busy the machine was (the
 * 1-minute load average at the start and at the end). A load above the core count is said next to the
 * figures: other work shared the cores, so absolute times are inflated (ratios of alternating runs less so).
 */
function runConditions() {
  const git = (args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  let commit = 'unknown commit';
  try {
    commit = `commit ${git(['rev-parse', '--short', 'HEAD'])}`;
    // The sections the benches write (and the README figures made from them) are not a change to what ran.
    const changed = git([
      'status',
      '--porcelain',
      '--untracked-files=no',
      '--',
      '.',
      ':!docs/benchmarks.md',
      ':!README.md',
    ]);
    if (changed !== '') commit += ' plus uncommitted changes';
  } catch {
    // Not a git checkout: the figures stand without a commit.
  }
  const loadAtEnd = loadavg()[0];
  const busy = Math.max(loadAtStart, loadAtEnd) > cores;
  return (
    `Run: ${new Date().toISOString().slice(0, 10)}, ${commit}; load average ${loadAtStart.toFixed(2)} at the start, ` +
    `${loadAtEnd.toFixed(2)} at the end, on ${cores} cores.` +
    (busy
      ? ' **The load exceeded the core count: the machine was busy during this run; read ratios, not absolute times.**'
      : '')
  );
}

function runnerNodeVersion() {
  return runnerNode() === process.execPath ? `Node ${process.versions.node}` : 'Node 24 (.tools/node24)';
}

/** The commit at HEAD when `dir` is the top of a git work tree (as GITHUB_SHA names it on a runner), else undefined. */
function headOf(dir) {
  if (dir === undefined) return undefined;
  try {
    const [top, head] = execFileSync('git', ['rev-parse', '--show-toplevel', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
    return resolve(top) === resolve(dir) ? head : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The environment the runner gives an action step, for running a dist bundle as a whole process:
 * action.yml's defaults applied to INPUT_* (expressions dropped), the GITHUB_* variables of a push
 * to main, the event payload and empty command files in a fresh temp directory. `extra` adds or
 * overrides variables; BENCH_NODE_OPTIONS (e.g. --cpu-prof) reaches the bundles as NODE_OPTIONS.
 * Where the workspace is a repository, GITHUB_SHA is its HEAD, as a runner names the commit it checked out.
 */
export function actionEnv(action, inputs, options = {}) {
  const { workspace, home = process.env.HOME, event = {}, extra = {}, tempRoot = tmpdir() } = options;
  const yml = parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8'));
  const temp = mkdtempSync(join(tempRoot, `bench-${action}-`));
  const sha = headOf(workspace);
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_NUMBER: '87',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: workspace ?? temp,
    ...(sha === undefined ? {} : { GITHUB_SHA: sha }),
    RUNNER_TEMP: temp,
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    ...extra,
  };
  writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(event));
  for (const f of [env.GITHUB_OUTPUT, env.GITHUB_ENV, env.GITHUB_STEP_SUMMARY]) writeFileSync(f, '');
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? String(spec.default ?? '').replace(/\$\{\{[^}]*\}\}/g, '');
  }
  return { env, temp };
}
