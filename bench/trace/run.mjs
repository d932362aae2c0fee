#!/usr/bin/env node
// bench/trace: `dist/trace/index.js` as a whole process, run as the runner runs it (action.yml defaults,
// INPUT_*, command files), tracing one digest with 20 key-signed referrers from the last environment of a
// chain of 1, 3 and 10 promotions (signed records, each copied on by the next promotion), every item
// verified with the key. Peer, in the same rotation: skopeo reading the same manifests without verifying
// anything (`skopeo inspect --raw` of the referrers fallback tag and of every referrer, in every
// repository of the chain), the least a script doing the walk by hand must fetch.
//   node bench/trace/run.mjs [--runs 5] [--promotions 1,3,10] [--referrers 20]
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
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
const runs = Number(flag('--runs', '5')) || 5;
const chain = flag('--promotions', '1,3,10')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const referrers = Number(flag('--referrers', '20')) || 20;
const node = runnerNode();
const bundle = join(root, 'dist', 'trace', 'index.js');
if (!existsSync(bundle)) throw new Error('dist/trace/index.js is missing: run node scripts/build.mjs trace');
const work = join(root, 'bench', '.work', 'trace');
mkdirSync(work, { recursive: true });
const started = Date.now();

// The setup (image, signatures, promotions) runs core's own code, bundled once with ncc.
const setupBundle = bundled('bench/trace/setup.ts', 'trace-setup');

const storage = mkdtempSync(join(tmpdir(), 'bench-trace-registry-'));
// Bounded: killed after two hours whatever happens to this script.
const registry = await spawnRegistry({ storage, config: `${storage}.yml`, lifetimeMs: 2 * 3600_000 });
const skopeo = (ref) => measure('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`]);

/**
 * What the peer reads: per repository, the fallback index and each referrer manifest in it. Returns the
 * CPU time of all its processes together and the largest peak RSS among them.
 */
async function peerWalk(repos, digest) {
  let cpuMs = 0;
  let rssKiB = 0;
  const run = async (ref) => {
    const result = await skopeo(ref);
    cpuMs += result.cpuMs;
    rssKiB = Math.max(rssKiB, result.rssKiB);
    return result.stdout;
  };
  for (const repo of repos) {
    const index = await run(`${repo}:${digest.replace(':', '-')}`);
    for (const m of JSON.parse(index).manifests ?? []) await run(`${repo}@${m.digest}`);
  }
  return { cpuMs, rssKiB };
}

const rows = [];
try {
  for (const promotions of chain) {
    console.log(`setting up: ${referrers} referrers, ${promotions} promotion(s)…`);
    const { stdout } = await execFileAsync(
      node,
      [setupBundle, registry.host, `p${promotions}`, String(promotions), String(referrers)],
      { maxBuffer: 16 << 20 },
    );
    const setup = JSON.parse(stdout.trim().split('\n').pop());
    const repos = Array.from({ length: promotions + 1 }, (_, i) => `${registry.host}/p${promotions}/env${i}`);
    const ours = [];
    const oursCpu = [];
    const oursRss = [];
    const peer = [];
    const peerCpu = [];
    const peerRss = [];
    let items = 0;
    for (let run = 0; run < runs; run++) {
      const { env, temp } = actionEnv(
        'trace',
        { reference: `${setup.last}@${setup.digest}`, key: setup.key },
        { extra: { GITHUB_WORKSPACE: '/' } },
      );
      const result = await measure(node, [bundle], { env });
      const json = stepOutput(env.GITHUB_OUTPUT, 'json');
      const parsed = JSON.parse(json ?? '{}');
      items = parsed.items?.length ?? 0;
      if ((parsed.repositories ?? []).filter((r) => r.present).length !== promotions + 1) {
        throw new Error(`the trace did not reach every environment:\n${result.stdout.slice(-2000)}`);
      }
      if (parsed.counts?.verified !== items) throw new Error('the trace did not verify every item');
      ours.push(result.ms);
      oursCpu.push(result.cpuMs);
      oursRss.push(result.rssKiB);
      rmSync(temp, { recursive: true, force: true });
      const t0 = performance.now();
      const walked = await peerWalk(repos, setup.digest);
      peer.push(performance.now() - t0);
      peerCpu.push(walked.cpuMs);
      peerRss.push(walked.rssKiB);
    }
    rmSync(setup.dir, { recursive: true, force: true });
    rows.push({
      promotions,
      items,
      ours: median(ours),
      oursCpu: median(oursCpu),
      oursRss: median(oursRss),
      peer: median(peer),
      peerCpu: median(peerCpu),
      peerRss: median(peerRss),
    });
    console.log(`  ${promotions} promotion(s): ours ${fmtMs(median(ours))}, skopeo walk ${fmtMs(median(peer))}`);
  }
} finally {
  await registry.stop();
  rmSync(storage, { recursive: true, force: true });
}

const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const base = rows[0];
const lines = [
  '## trace',
  '',
  `Command: \`node bench/trace/run.mjs --runs ${runs} --promotions ${chain.join(',')} --referrers ${referrers}\` (${((Date.now() - started) / 60000).toFixed(1)} min).`,
  `${machine()}; skopeo ${execFileSync('skopeo', ['--version'], { encoding: 'utf8' })
    .trim()
    .replace(
      /^skopeo version /,
      '',
    )}; one docker-registry (distribution 2.8) on 127.0.0.1 (no referrers API: fallback tags).`,
  '',
  `Ours: \`dist/trace/index.js\` as a whole process, as the runner runs it, tracing from the last environment of a`,
  `chain of promotions a digest with ${referrers} key-signed referrers; it reads every repository the records name`,
  'and verifies every item with the key. Peer: `skopeo inspect --raw` of the fallback index and of every referrer',
  'manifest in every repository of the chain, one process each, verifying nothing. Medians of ' +
    runs +
    ' alternating runs;',
  "CPU is user + sys of the whole process (of all skopeo processes of a walk, summed); peak RSS is the process's",
  '(the largest of the skopeo processes), measured from outside with /usr/bin/time.',
  '',
  '| Promotions | Repositories | Items shown | Ours wall | Ours CPU | Ours peak RSS | skopeo walk wall | skopeo CPU | skopeo peak RSS | Wall ratio | CPU ratio | Ours / 1 promotion | Goal (< 2 s at 3) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.promotions} | ${r.promotions + 1} | ${r.items} | ${fmtMs(r.ours)} | ${fmtMs(r.oursCpu)} | ${fmtMiB(r.oursRss)} | ${fmtMs(r.peer)} | ${fmtMs(r.peerCpu)} | ${fmtMiB(r.peerRss)} | ${ratio(r.ours, r.peer)} | ${ratio(r.oursCpu, r.peerCpu)} | ${ratio(r.ours, base.ours)} | ${r.promotions === 3 ? (r.ours < 2000 ? 'met' : '**missed**') : ''} |`,
  ),
  '',
  'Reading: the trace reads each repository once (its fallback index, then each referrer not yet seen, six at',
  'a time). A referrer promote copied on is the same manifest at every later environment: it is read and',
  'verified once, where it is first found, and only noted elsewhere. So the time grows with the repositories',
  'walked plus the items, not with their product.',
];
writeSection('trace', lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
