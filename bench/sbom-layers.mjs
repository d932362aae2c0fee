#!/usr/bin/env node
// Image cataloguing throughput and peak memory, without a registry: real directories of this
// machine (/usr/bin, /usr/lib/x86_64-linux-gnu, /usr/share, /var/lib/dpkg, /etc) packed by GNU tar
// into gzip layers of about 1 GB uncompressed in total, then read by catalogImage exactly as the
// image walker will feed it (one stream per layer, in order), in a fresh Node process.
//   node bench/sbom-layers.mjs [--node /path/to/node24] [--keep]
// Goal (issue 5): peak memory under 200 MiB; throughput reported in MB/s (uncompressed and compressed).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const node =
  arg('node') ??
  [join(root, '.tools/node24/node_modules/.bin/node'), '/tmp/n24/node_modules/.bin/node'].find(existsSync) ??
  process.execPath;
const work = mkdtempSync(join(tmpdir(), 'bench-sbom-layers-'));
try {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(root, 'bench/sbom-layers-entry.ts'),
      '-o',
      join(work, 'entry'),
      '-q',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const layers = [
    ['base', ['etc', 'var/lib/dpkg', 'usr/share']],
    ['libs', ['usr/lib/x86_64-linux-gnu']],
    ['bins', ['usr/bin']],
  ].map(([name, dirs]) => {
    const file = join(work, `${name}.tar.gz`);
    process.stderr.write(`packing ${dirs.join(' ')} → ${name}.tar.gz\n`);
    spawnSync('tar', ['-C', '/', '--ignore-failed-read', '--warning=none', '-czf', file, ...dirs], { stdio: 'ignore' });
    return file;
  });
  const out = execFileSync(node, [join(work, 'entry', 'index.js'), ...layers], { encoding: 'utf8' });
  const r = JSON.parse(out.trim().split('\n').pop());
  const mb = (b) => b / 1e6;
  console.log('| Layers | Uncompressed | Compressed | Entries | Components | Wall | Throughput | Peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${layers.length} gzip | ${mb(r.uncompressedBytes).toFixed(0)} MB | ${mb(r.compressedBytes).toFixed(0)} MB | ${r.entries} | ${r.components} | ${r.seconds.toFixed(1)} s | ${(mb(r.uncompressedBytes) / r.seconds).toFixed(0)} MB/s (${(mb(r.compressedBytes) / r.seconds).toFixed(0)} MB/s compressed) | ${(r.peakRssBytes / 2 ** 20).toFixed(0)} MiB |`,
  );
  console.log(
    `ecosystems: ${JSON.stringify(r.ecosystems)}; node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`,
  );
  if (r.peakRssBytes > 200 * 2 ** 20) process.exitCode = 1;
} finally {
  if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
}
