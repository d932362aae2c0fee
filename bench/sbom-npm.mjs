#!/usr/bin/env node
// Source-tree SBOM of a large real npm project: `artefacts sbom` (dist/cli, both formats) against
// @cyclonedx/cyclonedx-npm (one format, --package-lock-only) in the same run, whole processes,
// medians of N alternating runs each of wall time, CPU time (user + sys) and peak RSS (/usr/bin/time),
// and whether the purl sets are identical.
//   node bench/sbom-npm.mjs [--runs 5] [--node /path/to/node24]
// Goal (issue 15): at most 0.1x the peer's wall time, identical purl set.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionEnv, flag, fmtMiB, fmtMs, measure, median, root, runnerNode } from './lib.mjs';

const runs = Number(flag('--runs', '5')) || 5;
const node = flag('--node', runnerNode());
const peer = join(root, 'node_modules', '.bin', 'cyclonedx-npm');
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) throw new Error('build dist/cli first: node scripts/build.mjs cli');

const work = mkdtempSync(join(tmpdir(), 'bench-sbom-npm-'));
try {
  const packages = ['express@4', 'eslint@9', '@babel/core@7', 'jest@30', 'webpack@5', 'typescript@5'];
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'bench', version: '1.0.0', private: true }));
  process.stderr.write(`writing a lockfile with real npm: ${packages.join(' ')}\n`);
  execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', ...packages], {
    cwd: work,
    stdio: 'ignore',
  });
  const env = { ...process.env, SOURCE_DATE_EPOCH: '0' };
  const time = (command, args) => measure(command, args, { cwd: work, env });
  const ours = [];
  const oursCdx = [];
  const action = [];
  const theirs = [];
  const actionBundle = join(root, 'dist', 'sbom', 'index.js');
  for (let i = 0; i < runs; i++) {
    ours.push(await time(node, [cli, 'sbom', '--output-dir', 'ours']));
    // Like for like: one CycloneDX document, as the peer writes.
    oursCdx.push(await time(node, [cli, 'sbom', '--formats', 'cyclonedx-json', '--output-dir', 'ours-cdx']));
    // The action bundle as the runner runs it (action.yml defaults, INPUT_*), into its own directory.
    const step = actionEnv(
      'sbom',
      { path: '.', 'output-dir': 'action' },
      { workspace: work, extra: { SOURCE_DATE_EPOCH: '0' } },
    );
    action.push(await measure(node, [actionBundle], { cwd: work, env: step.env }));
    rmSync(step.temp, { recursive: true, force: true });
    theirs.push(
      await time(node, [peer, '--package-lock-only', '--output-format', 'JSON', '--output-file', 'peer.json']),
    );
  }
  const walk = (cs, into) => {
    for (const c of cs ?? []) {
      if (c.purl) into.add(c.purl);
      walk(c.components, into);
    }
    return into;
  };
  const ourSet = walk(JSON.parse(readFileSync(join(work, 'ours', 'sbom.cdx.json'), 'utf8')).components, new Set());
  const cdxSet = walk(JSON.parse(readFileSync(join(work, 'ours-cdx', 'sbom.cdx.json'), 'utf8')).components, new Set());
  const actionSet = walk(JSON.parse(readFileSync(join(work, 'action', 'sbom.cdx.json'), 'utf8')).components, new Set());
  const peerSet = walk(JSON.parse(readFileSync(join(work, 'peer.json'), 'utf8')).components, new Set());
  const sameAs = (set) => set.size === peerSet.size && [...set].every((p) => peerSet.has(p));
  const same = sameAs(ourSet) && sameAs(actionSet) && sameAs(cdxSet);
  const med = (list, key) => median(list.map((r) => r[key]));
  const o = med(ours, 'ms');
  const t = med(theirs, 'ms');
  const ratio = o / t;
  const a = med(action, 'ms');
  console.log(`| Tool | Median wall (${runs} alternating runs) | Median CPU | Peak RSS | Components |`);
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(
    `| artefacts sbom (dist/cli, CycloneDX + SPDX) | ${fmtMs(o)} | ${fmtMs(med(ours, 'cpuMs'))} | ${fmtMiB(med(ours, 'rssKiB'))} | ${ourSet.size} |`,
  );
  console.log(
    `| artefacts sbom --formats cyclonedx-json (dist/cli, one document, as the peer) | ${fmtMs(med(oursCdx, 'ms'))} | ${fmtMs(med(oursCdx, 'cpuMs'))} | ${fmtMiB(med(oursCdx, 'rssKiB'))} | ${cdxSet.size} |`,
  );
  console.log(
    `| the sbom action (dist/sbom as the runner runs it, CycloneDX + SPDX) | ${fmtMs(a)} | ${fmtMs(med(action, 'cpuMs'))} | ${fmtMiB(med(action, 'rssKiB'))} | ${actionSet.size} |`,
  );
  console.log(
    `| @cyclonedx/cyclonedx-npm (CycloneDX, --package-lock-only) | ${fmtMs(t)} | ${fmtMs(med(theirs, 'cpuMs'))} | ${fmtMiB(med(theirs, 'rssKiB'))} | ${peerSet.size} |`,
  );
  console.log('');
  console.log(
    `ratio: the CLI ${ratio.toFixed(3)}x the peer's wall time, ${(med(ours, 'cpuMs') / med(theirs, 'cpuMs')).toFixed(2)}x its CPU time (goal ≤ 0.1x wall, issue 15: ${ratio <= 0.1 ? 'met' : '**missed**'}); the action ${(a / t).toFixed(3)}x its wall time, ${(med(action, 'cpuMs') / med(theirs, 'cpuMs')).toFixed(2)}x its CPU time (${a / t <= 0.1 ? 'met' : '**missed**'}); like for like (one CycloneDX document each) the CLI ${(med(oursCdx, 'ms') / t).toFixed(3)}x; purl sets identical to the peer's: ${same}`,
  );
  console.log(`node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`);
  if (!same) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
