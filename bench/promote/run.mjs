#!/usr/bin/env node
// bench/promote: the promote dist bundle, as a whole process run the way the runner runs it (action.yml
// defaults, INPUT_*, command files), against `skopeo copy --all --preserve-digests`, alternating, in one
// run, between two local docker-registry (distribution 2.8) instances on 127.0.0.1.
// Cases per image size: cold copy to another registry (fresh repository each run), cross-repository on
// one registry (we mount; skopeo re-uploads), and a re-run onto a destination that already has the tag.
// Images of several incompressible layers are built once as OCI layouts with the core builder, cached
// under bench/.work/, and pushed once to the source registry (whose storage is cached there too).
//   node bench/promote/run.mjs [--runs 3] [--sizes 10,200,1024] [--latency-ms 20] [--baseline REV]
// --baseline REV: the promote bundle committed at REV (dist/promote of that commit) joins the rotation of
// the cold and re-run cases, so a change can be shown to cost nothing against the build before it.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { clearTimeout, setTimeout } from 'node:timers';
import { spawnRegistry } from '../../test/harness/registry-process.mjs';
import {
  actionEnv,
  bundled,
  fmtMiB,
  fmtMs,
  machine,
  measure,
  median,
  root,
  runnerNode,
  writeSection,
  flag,
  stepOutput,
} from '../lib.mjs';

const execFileAsync = promisify(execFile);
const runs = Number(flag('--runs', '3')) || 3;
const sizes = flag('--sizes', '10,200,1024')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
// Extra case: the first size again, with both registries behind a proxy that delays every byte by
// half of this in each direction (a remote registry's round trip). 0 turns it off.
const latencyMs = Math.max(0, Number(flag('--latency-ms', '20')) || 0);
const node = runnerNode();
const work = join(root, 'bench', '.work', 'promote');
mkdirSync(work, { recursive: true });
// BENCH_PROMOTE_BUNDLE: another build of the bundle (an A/B against an older commit's dist).
const bundle = process.env.BENCH_PROMOTE_BUNDLE ?? join(root, 'dist', 'promote', 'index.js');
const floorScript = join(root, 'bench', 'promote', 'floor.mjs');
if (!existsSync(bundle)) throw new Error('dist/promote/index.js is missing: run node scripts/build.mjs promote');
const baselineRev = flag('--baseline', undefined);
const baseline = baselineRev === undefined ? undefined : extractBaseline(baselineRev);

/** dist/promote as committed at `rev`, unpacked under bench/.work (git archive: the bytes of that commit). */
function extractBaseline(rev) {
  const commit = execFileSync('git', ['rev-parse', '--short', `${rev}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const dir = join(work, `baseline-${commit}`);
  if (!existsSync(join(dir, 'dist', 'promote', 'index.js'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', commit, 'dist/promote', 'actions/promote/action.yml'], {
      cwd: root,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return { commit, bundle: join(dir, 'dist', 'promote', 'index.js') };
}

// ------------------------------------------------------------------ registries

function startRegistry(storage) {
  // Bounded: killed after two hours whatever happens to this script.
  return spawnRegistry({ storage, config: `${storage}.yml`, lifetimeMs: 2 * 3600_000 });
}

/** A TCP proxy on 127.0.0.1 that delays everything it forwards by `delayMs`, each way, in order. */
async function startDelayProxy(target, delayMs) {
  const [host, port] = target.split(':');
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), host);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ]) {
      sockets.add(from);
      // Every event keeps its order and arrives delayMs late; a full receiver pauses the sender.
      from.on('data', (chunk) =>
        setTimeout(() => {
          if (!to.destroyed && !to.write(chunk)) {
            from.pause();
            to.once('drain', () => from.resume());
          }
        }, delayMs),
      );
      from.on('end', () => setTimeout(() => to.end(), delayMs));
      from.on('error', () => setTimeout(() => to.destroy(), delayMs));
      from.on('close', () => sockets.delete(from));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Bounded like the registries: closed after two hours whatever happens to this script.
  const timer = setTimeout(() => server.close(), 2 * 3600_000);
  timer.unref();
  return {
    host: `127.0.0.1:${server.address().port}`,
    stop: () =>
      new Promise((resolve) => {
        clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** CPU time (user + system, ms) a process has used so far, from /proc. */
function cpuOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

/** Runs a cold copy, also returning the CPU the two registries spent while it ran. */
async function withRegistryCpu(registries, copy) {
  const before = registries.map((r) => cpuOf(r.pid));
  const result = await copy();
  const [src, dst] = registries.map((r, i) => cpuOf(r.pid) - before[i]);
  return { ...result, srcCpuMs: src, dstCpuMs: dst };
}

// ------------------------------------------------------------------ images

const imageBuilder = () => bundled('bench/promote/images.ts', 'promote-images');

// ------------------------------------------------------------------ the two tools

/** Without records: what skopeo does (a copy and its tags), plus our tag rules and race settle. */
const NO_RECORD = { record: 'false', 'bind-tags': 'false' };

async function ours(source, destination, which = bundle, inputs = {}) {
  const { env, temp } = actionEnv('promote', { source, destinations: destination, ...inputs });
  env.DOCKER_CONFIG = temp; // no ~/.docker/config.json lookups of the machine running the bench
  const result = await measure(node, [which], { env, cwd: temp });
  const value = (name) => stepOutput(env.GITHUB_OUTPUT, name);
  const outputs = {
    digest: value('digest'),
    bytes: Number(value('bytes-copied')),
    mounted: Number(value('blobs-mounted')),
    skipped: Number(value('blobs-skipped')),
  };
  rmSync(temp, { recursive: true, force: true });
  return { ...result, ...outputs };
}

// skopeo keeps a blob-info cache (as root: /var/lib/containers/cache) that remembers where it saw each
// blob and then mounts from there. A GitHub runner starts with an empty one, so each skopeo run gets a
// fresh, empty cache directory bind-mounted over it in a private mount namespace (unshare -m), leaving the
// machine's cache untouched. Where that is not possible, skopeo runs with its shared cache (said so below).
const skopeoCacheDir = '/var/lib/containers/cache';
let freshCache = false;
try {
  // The mount point must exist: skopeo makes it on its first run, and a bind mount onto a missing
  // directory fails, which silently left skopeo with its shared cache (it then mounted blobs it had
  // seen in an earlier run, and a 1 GB "cold" copy took 150 ms).
  if (process.getuid?.() === 0) mkdirSync(skopeoCacheDir, { recursive: true, mode: 0o700 });
  const probe = mkdtempSync(join(tmpdir(), 'bench-skopeo-cache-'));
  execFileSync(
    'unshare',
    ['-m', '--propagation', 'private', '--', 'sh', '-c', 'mount --bind "$1" "$2"', 'sh', probe, skopeoCacheDir],
    {
      stdio: 'ignore',
    },
  );
  rmSync(probe, { recursive: true, force: true });
  freshCache = process.getuid?.() === 0;
} catch {
  freshCache = false;
}

/** skopeo copy to a registry reference; `source` a registry reference, or `oci:<dir>:<tag>` as it is. */
async function skopeoCopy(source, destination) {
  const args = [
    'copy',
    '--all',
    '--preserve-digests',
    ...(source.startsWith('oci:') ? [] : ['--src-tls-verify=false']),
    '--dest-tls-verify=false',
    source.startsWith('oci:') ? source : `docker://${source}`,
    `docker://${destination}`,
  ];
  if (!freshCache) return measure('skopeo', args);
  const cache = mkdtempSync(join(tmpdir(), 'bench-skopeo-cache-'));
  try {
    return await measure('unshare', [
      '-m',
      '--propagation',
      'private',
      '--',
      'sh',
      '-c',
      'mount --bind "$1" "$2" && shift 2 && exec skopeo "$@"',
      'sh',
      cache,
      skopeoCacheDir,
      ...args,
    ]);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/**
 * The digest of the manifest skopeo reads at a reference: the independent check of what was written.
 * Asynchronous, so this process's event loop (which runs the delay proxies) is never blocked.
 */
async function skopeoDigest(reference) {
  const raw = (
    await execFileAsync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`], {
      encoding: 'buffer',
    })
  ).stdout;
  return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

// ------------------------------------------------------------------ run

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const sources = await startRegistry(join(work, 'source-registry'));
const rows = [];
let latency;
const started = Date.now();
try {
  const builder = imageBuilder();
  for (const size of sizes) {
    const dir = join(work, 'dst-registry');
    rmSync(dir, { recursive: true, force: true });
    const destinations = await startRegistry(dir);
    try {
      const src = `${sources.host}/bench/img-${size}:v1`;
      const layoutRef = `oci:${join(work, `layout-${size}`)}:v1`;
      console.log(`\n== ${size} MB: building/pushing ${src}`);
      const digest = execFileSync(node, [builder, join(work, `layout-${size}`), String(size), src], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }).trim();
      const t = {
        cold: [[], [], []],
        cross: [[], []],
        rerun: [[], []],
        crossCpu: [[], []],
        rerunCpu: [[], []],
        bare: [],
        // The same bundle with `record: false`: the like-for-like copy (skopeo writes no record).
        plain: { cold: [], cpu: [], rerun: [], rerunCpu: [] },
        // Pushed from the OCI layout the image was built into (the build's own path), without a record.
        push: { wall: [[], []], cpu: [[], []], rss: [[], []] },
        rss: [],
        cpu: [[], [], []],
        base: { cold: [], cross: [], rerun: [], cpu: [], ours: { cold: [], rerun: [] } },
      };
      const cpuRow = (c) => ({ self: c.cpuMs, src: c.srcCpuMs, dst: c.dstCpuMs });
      let last;
      const stamp = `${process.pid}-${Date.now().toString(36)}`;
      for (let run = 0; run < runs; run++) {
        // Rotate who goes first, so no one always gets the warmer page cache.
        const order = [
          ['ours', 'skopeo', 'floor'],
          ['skopeo', 'floor', 'ours'],
          ['floor', 'ours', 'skopeo'],
        ][run % 3];
        // The baseline build goes right before or after ours, in turn, so the two meet the same machine.
        if (baseline !== undefined) order.splice(order.indexOf('ours') + (run % 2), 0, 'base');
        for (const who of order) {
          if (who === 'base') {
            const target = `${destinations.host}/cold-base-${stamp}-${run}/app:v1`;
            const c = await withRegistryCpu([sources, destinations], () => ours(src, target, baseline.bundle));
            if (c.digest !== digest) throw new Error(`baseline: wrong digest at ${target}`);
            const x = await ours(src, `${sources.host}/cross-base-${stamp}-${run}/app:v1`, baseline.bundle);
            const r = await ours(src, target, baseline.bundle);
            t.base.cold.push(c.ms);
            t.base.cpu.push(c.cpuMs);
            t.base.cross.push(x.ms);
            t.base.rerun.push(r.ms);
            console.log(`  base   run ${run}: cold ${fmtMs(c.ms)}, cross-repo ${fmtMs(x.ms)}, re-run ${fmtMs(r.ms)}`);
            continue;
          }
          if (who === 'floor') {
            const target = `cold-floor-${stamp}-${run}/app:v1`;
            const f = await withRegistryCpu([sources, destinations], () =>
              measure(node, [floorScript, sources.host, `bench/img-${size}:v1`, destinations.host, target]),
            );
            if ((await skopeoDigest(`${destinations.host}/${target}`)) !== digest)
              throw new Error('floor: wrong digest');
            t.cold[2].push(f.ms);
            t.cpu[2].push(cpuRow(f));
            console.log(`  floor  run ${run}: cold ${fmtMs(f.ms)}`);
            continue;
          }
          const cold = `${destinations.host}/cold-${who}-${stamp}-${run}/app:v1`;
          const cross = `${sources.host}/cross-${who}-${stamp}-${run}/app:v1`;
          if (who === 'ours') {
            const c = await withRegistryCpu([sources, destinations], () => ours(src, cold));
            if (c.digest !== digest || (await skopeoDigest(cold)) !== digest)
              throw new Error(`ours: wrong digest at ${cold}`);
            t.cold[0].push(c.ms);
            t.cpu[0].push(cpuRow(c));
            t.rss.push(c.rssKiB);
            const x = await ours(src, cross);
            if (x.bytes !== 0 || (await skopeoDigest(cross)) !== digest)
              throw new Error(`ours: cross-repo moved ${x.bytes} bytes`);
            t.cross[0].push(x.ms);
            t.crossCpu[0].push(x.cpuMs);
            t.rss.push(x.rssKiB);
            const plain = `${destinations.host}/plain-${stamp}-${run}/app:v1`;
            const p = await ours(src, plain, bundle, NO_RECORD);
            if (p.digest !== digest || (await skopeoDigest(plain)) !== digest)
              throw new Error(`ours (no record): wrong digest at ${plain}`);
            const pr = await ours(src, plain, bundle, NO_RECORD);
            if (pr.bytes !== 0) throw new Error(`ours (no record): re-run moved ${pr.bytes} bytes`);
            const pushed = `${destinations.host}/push-${stamp}-${run}/app:v1`;
            const u = await ours(layoutRef, pushed, bundle, { ...NO_RECORD, 'allow-outside-workspace': 'source' });
            if (u.digest !== digest || (await skopeoDigest(pushed)) !== digest)
              throw new Error(`ours (push from a layout): wrong digest at ${pushed}`);
            t.push.wall[0].push(u.ms);
            t.push.cpu[0].push(u.cpuMs);
            t.push.rss[0].push(u.rssKiB);
            t.plain.cold.push(p.ms);
            t.plain.cpu.push(p.cpuMs);
            t.plain.rerun.push(pr.ms);
            t.plain.rerunCpu.push(pr.cpuMs);
            last = cold;
            console.log(
              `  ours   run ${run}: cold ${fmtMs(c.ms)} (${fmtMiB(c.rssKiB)}), cross-repo ${fmtMs(x.ms)}; no record: cold ${fmtMs(p.ms)}, re-run ${fmtMs(pr.ms)}`,
            );
          } else {
            const c = await withRegistryCpu([sources, destinations], () => skopeoCopy(src, cold));
            if ((await skopeoDigest(cold)) !== digest) throw new Error(`skopeo: wrong digest at ${cold}`);
            t.cold[1].push(c.ms);
            t.cpu[1].push(cpuRow(c));
            const x = await skopeoCopy(src, cross);
            const pushed = `${destinations.host}/push-skopeo-${stamp}-${run}/app:v1`;
            const u = await skopeoCopy(layoutRef, pushed);
            if ((await skopeoDigest(pushed)) !== digest) throw new Error(`skopeo: wrong digest at ${pushed}`);
            t.push.wall[1].push(u.ms);
            t.push.cpu[1].push(u.cpuMs);
            t.push.rss[1].push(u.rssKiB);
            t.cross[1].push(x.ms);
            t.crossCpu[1].push(x.cpuMs);
            console.log(`  skopeo run ${run}: cold ${fmtMs(c.ms)} (${fmtMiB(c.rssKiB)}), cross-repo ${fmtMs(x.ms)}`);
          }
        }
        // Re-run: the destination already holds the tag at this digest.
        const order2 = run % 2 === 0 ? ['ours', 'skopeo'] : ['skopeo', 'ours'];
        for (const who of order2) {
          if (who === 'ours') {
            const r = await ours(src, last);
            if (r.bytes !== 0) throw new Error(`ours: re-run moved ${r.bytes} bytes`);
            t.rerun[0].push(r.ms);
            t.rerunCpu[0].push(r.cpuMs);
            t.rss.push(r.rssKiB);
          } else {
            const r = await skopeoCopy(src, last);
            t.rerun[1].push(r.ms);
            t.rerunCpu[1].push(r.cpuMs);
          }
        }
        // The least any Node process costs here: the floor under the fixed-cost goals.
        t.bare.push((await measure(node, ['-e', '0'])).ms);
        console.log(`  re-run run ${run}: ours ${fmtMs(t.rerun[0].at(-1))}, skopeo ${fmtMs(t.rerun[1].at(-1))}`);
      }
      rows.push({ size, t });
    } finally {
      await destinations.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (latencyMs > 0 && rows.length > 0) {
    const size = rows[0].size;
    const dir = join(work, 'dst-registry');
    rmSync(dir, { recursive: true, force: true });
    const destinations = await startRegistry(dir);
    const near = await startDelayProxy(sources.host, latencyMs / 2);
    const far = await startDelayProxy(destinations.host, latencyMs / 2);
    try {
      const src = `${near.host}/bench/img-${size}:v1`;
      const digest = await skopeoDigest(src);
      console.log(`\n== ${size} MB with ${latencyMs} ms round trips`);
      const t = { cold: [[], []], cross: [[], []] };
      const stamp = `${process.pid}-${Date.now().toString(36)}`;
      for (let run = 0; run < runs; run++) {
        for (const who of run % 2 === 0 ? ['ours', 'skopeo'] : ['skopeo', 'ours']) {
          const cold = `${far.host}/rtt-${who}-${stamp}-${run}/app:v1`;
          const cross = `${near.host}/rtt-${who}-${stamp}-${run}/app:v1`;
          const copy = who === 'ours' ? ours : skopeoCopy;
          const c = await copy(src, cold);
          const x = await copy(src, cross);
          if ((await skopeoDigest(cold)) !== digest || (await skopeoDigest(cross)) !== digest)
            throw new Error(`${who}: wrong digest`);
          const i = who === 'ours' ? 0 : 1;
          t.cold[i].push(c.ms);
          t.cross[i].push(x.ms);
          console.log(`  ${who.padEnd(6)} run ${run}: cold ${fmtMs(c.ms)}, cross-repo ${fmtMs(x.ms)}`);
        }
      }
      latency = { size, t };
    } finally {
      await near.stop();
      await far.stop();
      await destinations.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await sources.stop();
}

const goal = (ok) => (ok ? 'met' : '**missed**');
/** Issue 15's goals, by case and size: wall (and for large cold copies, CPU) as a ratio to skopeo's. */
function goalFor(kind, size, wall, cpu) {
  if (kind === 'cold' && size <= 10) return `wall ≤ 1.3x: ${goal(wall <= 1.3)}`;
  if (kind === 'cold') return `wall ≤ 1.0x: ${goal(wall <= 1.0)}; CPU ≤ 0.6x: ${goal(cpu <= 0.6)}`;
  if (kind === 'cross' && size === 200) return `wall ≤ 0.15x: ${goal(wall <= 0.15)}`;
  if (kind === 'rerun') return `wall ≤ 1.0x: ${goal(wall <= 1.0)}`;
  return '(no goal)';
}
const lines = [
  '## promote',
  '',
  `Command: \`node bench/promote/run.mjs --runs ${runs} --sizes ${sizes.join(',')} --latency-ms ${latencyMs}\` (${((Date.now() - started) / 60000).toFixed(1)} min).`,
  `${machine()}; skopeo ${execFileSync('skopeo', ['--version'], { encoding: 'utf8' })
    .trim()
    .replace(
      /^skopeo version /,
      '',
    )}; two docker-registry (distribution 2.8) instances on 127.0.0.1, filesystem storage.`,
  '',
  'Ours: `dist/promote/index.js` as a whole process, run as the runner runs it (action.yml defaults, so a',
  'promotion record is written and the tag is read back after the race-settle delay, at least 100 ms). Peer:',
  '`skopeo copy --all --preserve-digests --src-tls-verify=false --dest-tls-verify=false`. Alternating, a',
  'fresh destination repository every run; images of five incompressible layers (40/25/15/12/8 %), built',
  'with the core builder. Medians of ' + runs + ' runs; CPU is user + system time of the whole process;',
  'ratio = ours / skopeo (lower is better). Goals: issue 15.',
  freshCache
    ? 'Each skopeo run starts with an empty blob-info cache, as on a fresh runner.'
    : '**skopeo ran with its shared blob-info cache** (no private mount namespace here), so it may mount blobs it saw in earlier runs: its cold figures are not a cold copy.',
  '',
  '| Image | Case | Ours wall | Ours CPU | skopeo wall | skopeo CPU | Wall ratio | CPU ratio | Goal |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];
const r2 = (a, b) => (b > 0 ? a / b : NaN);
for (const { size, t } of rows) {
  const cases = [
    ['cold', 'cold copy, other registry', t.cold, [t.cpu[0].map((c) => c.self), t.cpu[1].map((c) => c.self)]],
    ['cross', 'cross-repository, one registry', t.cross, t.crossCpu],
    ['rerun', 're-run, tag already there', t.rerun, t.rerunCpu],
  ];
  for (const [kind, name, walls, cpus] of cases) {
    const [wo, ws] = [median(walls[0]), median(walls[1])];
    const [co, cs] = [median(cpus[0]), median(cpus[1])];
    lines.push(
      `| ${size} MB | ${name} | ${fmtMs(wo)} | ${fmtMs(co)} | ${fmtMs(ws)} | ${fmtMs(cs)} | ${ratio(wo, ws)} | ${ratio(co, cs)} | ${goalFor(kind, size, r2(wo, ws), r2(co, cs))} |`,
    );
  }
}
if (latency !== undefined) {
  const [co, cs] = latency.t.cold.map(median);
  const [xo, xs] = latency.t.cross.map(median);
  lines.push(
    `| ${latency.size} MB | cold copy, ${latencyMs} ms round trips | ${fmtMs(co)} | | ${fmtMs(cs)} | | ${ratio(co, cs)} | | (no goal) |`,
    `| ${latency.size} MB | cross-repository, ${latencyMs} ms round trips | ${fmtMs(xo)} | | ${fmtMs(xs)} | | ${ratio(xo, xs)} | | (no goal) |`,
  );
}
lines.push(
  '',
  'Like for like: skopeo writes no promotion record, so the same bundle was also run with `record: false`',
  '(and no tag bindings) in the same rotation, into its own fresh repository, then again onto it. It still',
  'checks the tag rules and reads each tag back after the race-settle delay (at least 100 ms), which skopeo',
  'does not. The difference to the first table is what the record costs on this registry (its fallback-index',
  'settle, at least 500 ms, before any tag is written).',
  '',
  '| Image | Case | Ours, no record: wall | CPU | skopeo wall | Wall ratio | CPU ratio | With the record (defaults) | The record adds |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const { size, t } of rows) {
  const cases = [
    ['cold copy, other registry', t.plain.cold, t.plain.cpu, t.cold[1], t.cpu[1].map((c) => c.self), t.cold[0]],
    ['re-run, tag already there', t.plain.rerun, t.plain.rerunCpu, t.rerun[1], t.rerunCpu[1], t.rerun[0]],
  ];
  for (const [name, walls, cpus, peerWalls, peerCpus, withRecord] of cases) {
    const [wo, co, ws, cs, wr] = [median(walls), median(cpus), median(peerWalls), median(peerCpus), median(withRecord)];
    lines.push(
      `| ${size} MB | ${name} | ${fmtMs(wo)} | ${fmtMs(co)} | ${fmtMs(ws)} | ${ratio(wo, ws)} | ${ratio(co, cs)} | ${fmtMs(wr)} | ${fmtMs(wr - wo)} |`,
    );
  }
}
const allBare = rows.flatMap(({ t }) => t.bare);
if (allBare.length > 0) {
  const bare = median(allBare);
  const floors = rows.map(({ size, t }) => {
    const rerun = median(t.rerun[1]);
    const cross = median(t.cross[1]);
    return `${size} MB: ${ratio(bare, rerun)}x skopeo's re-run, ${ratio(bare, cross)}x its cross-repository copy`;
  });
  lines.push(
    '',
    `The floor under the fixed-cost goals: a bare \`node -e 0\` on the runner's Node, timed in the same rotation,`,
    `takes ${fmtMs(bare)} (median of ${allBare.length}), which alone is ${floors.join('; ')}. Where that is above a`,
    'goal, no Node process meets the goal on this machine, whatever it does after starting.',
  );
}
lines.push(
  '',
  'Where the CPU of a cold copy goes (medians, ms of user + system time; 2 cores in all): the copying tool',
  'itself, and the source and destination registries while it ran. The third tool is a floor, run in the same',
  'rotation: `bench/promote/floor.mjs`, the least a Node client must do to copy these images (per blob an',
  'upload session, a GET hashed while piped into one PUT, four at a time, collecting the young generation',
  'every 2 MiB moved as the bundle does; then the manifest), with no tag',
  'checks, settle delay, record, retries or auth. What the bundle takes beyond it is the cost of promoting;',
  'where the floor itself is above 1.0x skopeo (wall) or 0.6x (CPU), no Node client meets that goal on this machine.',
  '',
  '| Image | Tool | Wall | / skopeo | Tool CPU | Source registry CPU | Destination registry CPU |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
);
const tools = ['ours', 'skopeo', 'bare Node copy (floor.mjs)'];
for (const { size, t } of rows) {
  for (const [i, who] of tools.entries()) {
    const cpu = (k) => fmtMs(median(t.cpu[i].map((c) => c[k])));
    const wall = median(t.cold[i]);
    lines.push(
      `| ${size} MB | ${who} | ${fmtMs(wall)} | ${ratio(wall, median(t.cold[1]))} | ${cpu('self')} | ${cpu('src')} | ${cpu('dst')} |`,
    );
  }
}
lines.push(
  '',
  "Pushed from the OCI layout the image was built into (the build's own path: `source: oci:<dir>:v1`, each run",
  'into a fresh repository of the destination registry), without a record as skopeo writes none, against',
  '`skopeo copy --all --preserve-digests oci:<dir>:v1 docker://…`, in the same rotation. Peak RSS of the',
  'whole process (median).',
  '',
  '| Image | Ours wall | Ours CPU | Ours peak RSS | skopeo wall | skopeo CPU | skopeo peak RSS | Wall ratio | CPU ratio |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const { size, t } of rows) {
  const [wo, ws] = t.push.wall.map(median);
  const [co, cs] = t.push.cpu.map(median);
  const [ro, rs] = t.push.rss.map(median);
  lines.push(
    `| ${size} MB | ${fmtMs(wo)} | ${fmtMs(co)} | ${fmtMiB(ro)} | ${fmtMs(ws)} | ${fmtMs(cs)} | ${fmtMiB(rs)} | ${ratio(wo, ws)} | ${ratio(co, cs)} |`,
  );
}
lines.push('', '| Image | Our peak RSS (max over all runs) | Goal |', '| ---: | ---: | --- |');
for (const { size, t } of rows) {
  const peak = Math.max(...t.rss);
  lines.push(`| ${size} MB | ${fmtMiB(peak)} | < 150 MiB: ${goal(peak < 150 * 1024)} |`);
}
if (baseline !== undefined) {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  lines.push(
    '',
    `Against an earlier build: \`--baseline ${baselineRev}\` ran dist/promote as committed at ${baseline.commit} in the same`,
    `rotation (next to ours, in turn before and after it), on the same images and registries. Ours is the bundle`,
    `in the work tree (HEAD ${head}). Ratio = ours / baseline: 1.00 is no change, above it is slower.`,
    '',
    `| Image | Case | Ours | Baseline ${baseline.commit} | Ratio |`,
    '| ---: | --- | ---: | ---: | ---: |',
  );
  for (const { size, t } of rows) {
    const cases = [
      ['cold copy, wall', median(t.cold[0]), median(t.base.cold)],
      ['cold copy, CPU of the process', median(t.cpu[0].map((c) => c.self)), median(t.base.cpu)],
      ['cross-repository, wall', median(t.cross[0]), median(t.base.cross)],
      ['re-run, wall', median(t.rerun[0]), median(t.base.rerun)],
    ];
    for (const [name, a, b] of cases)
      lines.push(`| ${size} MB | ${name} | ${fmtMs(a)} | ${fmtMs(b)} | ${ratio(a, b)} |`);
  }
}
lines.push(
  '',
  'Reading: a promotion has a fixed cost that a copy does not: Node starting and loading the bundle (the',
  'sigstore code is loaded only when a promotion signs or verifies; skopeo is a Go binary), the race-settle',
  'delay before the tags are read back (at least 100 ms) and publishing the record (made ready while the',
  'content copies). On a registry without the referrers API (distribution 2.8 here, and GHCR) the record',
  "is listed in the subject's shared fallback index, and the entry is confirmed by a read after a settle delay",
  "(300 ms plus four times the write's round trip, at least 500 ms) before any tag is written, so that a",
  'concurrent writer of that index cannot drop it unseen; the record, tag bindings and summary of a',
  'destination share that one delay. It decides the small-image rows. From a few hundred MB on, the bytes decide, and on',
  'this machine they are bound by CPU: the CPU table shows the destination registry spending more CPU than',
  'either client on the same bytes (it hashes and writes every byte it receives), and all three processes',
  'share two cores. We stream each blob once, hashing it once, four at a time, largest first. Same-registry',
  'promotions mount every blob, so their time does not grow with the image. The round-trip rows put both',
  'registries behind a loopback proxy that delays every byte by half the round trip each way, as a remote',
  'registry would: there the number of round trips in a row decides, and only the streaming of bytes waits',
  'for a transfer slot (HEADs, mounts, upload sessions and reads go out together). Peak memory is flat in the',
  'image size: the transfer collects the young generation every 2 MiB and the heap every 64 MiB of fresh',
  'chunks (socket reads) moved; a push from a layout sends chunks lent from two reused buffers, and collects nothing.',
);
writeSection('promote', lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
