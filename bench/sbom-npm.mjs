#!/usr/bin/env node
// Source-tree SBOM of a large real npm project: `artefacts sbom` (dist/cli, both formats) against
// @cyclonedx/cyclonedx-npm (one format, --package-lock-only) in the same run, whole processes,
// median wall time of N runs each, and whether the purl sets are identical.
//   node bench/sbom-npm.mjs [--runs 5] [--node /path/to/node24]
// Goal (issue 5): at most 0.2x the peer's wall time, identical purl set.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('runs', '5'));
const node =
  arg('node') ??
  [join(root, '.tools/node24/node_modules/.bin/node'), '/tmp/n24/node_modules/.bin/node'].find(existsSync) ??
  process.execPath;
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
  const time = (command, args) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(command, args, { cwd: work, stdio: 'ignore', env: { ...process.env, SOURCE_DATE_EPOCH: '0' } });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ours = [];
  const theirs = [];
  for (let i = 0; i < runs; i++) {
    ours.push(time(node, [cli, 'sbom', '--output-dir', 'ours']));
    theirs.push(time(node, [peer, '--package-lock-only', '--output-format', 'JSON', '--output-file', 'peer.json']));
  }
  const walk = (cs, into) => {
    for (const c of cs ?? []) {
      if (c.purl) into.add(c.purl);
      walk(c.components, into);
    }
    return into;
  };
  const ourSet = walk(JSON.parse(readFileSync(join(work, 'ours', 'sbom.cdx.json'), 'utf8')).components, new Set());
  const peerSet = walk(JSON.parse(readFileSync(join(work, 'peer.json'), 'utf8')).components, new Set());
  const same = ourSet.size === peerSet.size && [...ourSet].every((p) => peerSet.has(p));
  const o = median(ours);
  const t = median(theirs);
  console.log(`| Tool | Median wall (${runs} runs) | Components |`);
  console.log('| --- | ---: | ---: |');
  console.log(`| artefacts sbom (CycloneDX + SPDX) | ${o.toFixed(0)} ms | ${ourSet.size} |`);
  console.log(`| @cyclonedx/cyclonedx-npm (CycloneDX) | ${t.toFixed(0)} ms | ${peerSet.size} |`);
  console.log('');
  console.log(`ratio: ${(o / t).toFixed(2)}x the peer's wall time (goal ≤ 0.2x); purl sets identical: ${same}`);
  console.log(`node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`);
  if (!same) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
