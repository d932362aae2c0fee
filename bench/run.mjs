#!/usr/bin/env node
// `npm run bench [-- NAME...]`: runs the benchmarks one after another (they must not overlap: each
// compares against a named peer on the same 2 cores), each writing its own section of
// docs/benchmarks.md. Names: versioning, promote, sign, sbom (image + npm), sbom-flat (memory against layer size), trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib.mjs';

const suites = {
  versioning: ['bench/versioning/run.mjs', '--runs', '5'],
  promote: ['bench/promote/run.mjs', '--runs', '3'],
  sign: ['bench/sign/run.mjs', '--runs', '11'],
  sbom: ['bench/sbom-image.mjs', '--runs', '3'],
  'sbom-flat': ['bench/sbom-flat/run.mjs', '--runs', '5'],
  trace: ['bench/trace/run.mjs', '--runs', '5'],
};
const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(suites);
for (const name of names) {
  const args = suites[name];
  if (!args) {
    console.error(`unknown benchmark '${name}'; accepted: ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  console.error(`\n== bench ${name}: node ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [join(root, args[0]), ...args.slice(1)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
