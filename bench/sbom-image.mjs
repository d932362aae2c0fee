#!/usr/bin/env node
// Image SBOM through the local registry: an image of about 1 GB (this machine's /etc, /var/lib/dpkg,
// /usr/bin and /usr/lib/x86_64-linux-gnu packed by GNU tar into three gzip layers) pushed ONCE by
// skopeo into Debian's docker-registry (storage cached under bench/.work/sbom-image/), then
// catalogued by `artefacts sbom --image …` (dist/cli, both formats) as a whole process: wall time,
// throughput in MB/s (uncompressed and compressed) and peak RSS (/usr/bin/time), median of N runs.
// Also re-runs bench/sbom-npm.mjs in the same session for the npm ratio, and writes the `sbom`
// section of docs/benchmarks.md.
//   node bench/sbom-image.mjs [--runs 3] [--node /path/to/node24] [--no-write]
// Goal (issue 5): peak memory under 200 MiB; throughput reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { spawnRegistry } from '../test/harness/registry-process.mjs';
import { measure, median, root, writeSection } from './lib.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('runs', '3'));
const node =
  arg('node') ??
  [join(root, '.tools/node24/node_modules/.bin/node'), '/tmp/n24/node_modules/.bin/node'].find(existsSync) ??
  process.execPath;
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) throw new Error('build dist/cli first: node scripts/build.mjs cli');
const work = join(root, 'bench', '.work', 'sbom-image');
const storage = join(work, 'storage');
const layoutDir = join(work, 'layout');
mkdirSync(work, { recursive: true });

const sha256File = (file) =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (d) => hash.update(d))
      .on('end', () => resolve(`sha256:${hash.digest('hex')}`))
      .on('error', reject);
  });

/** An OCI layout with one image: three gzip layers from this machine's directories (once). */
async function buildLayout() {
  if (existsSync(join(layoutDir, 'index.json'))) return;
  const blobs = join(layoutDir, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const layers = [];
  const diffIds = [];
  for (const [name, dirs] of [
    ['base', ['etc', 'var/lib/dpkg']],
    ['libs', ['usr/lib/x86_64-linux-gnu']],
    ['bins', ['usr/bin']],
  ]) {
    process.stderr.write(`packing ${dirs.join(' ')}\n`);
    const tar = join(work, `${name}.tar`);
    spawnSync('tar', ['-C', '/', '--ignore-failed-read', '--warning=none', '-cf', tar, ...dirs], { stdio: 'ignore' });
    diffIds.push(await sha256File(tar));
    execFileSync('gzip', ['-1', '-f', tar]);
    const gz = `${tar}.gz`;
    const digest = await sha256File(gz);
    const size = statSync(gz).size;
    renameSync(gz, join(blobs, digest.slice(7)));
    layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest, size });
  }
  const put = (value) => {
    const bytes = Buffer.from(JSON.stringify(value));
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    writeFileSync(join(blobs, digest.slice(7)), bytes);
    return { digest, size: bytes.length };
  };
  const config = put({
    created: '2026-01-01T00:00:00Z',
    architecture: 'amd64',
    os: 'linux',
    config: {},
    rootfs: { type: 'layers', diff_ids: diffIds },
  });
  const manifest = put({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers,
  });
  writeFileSync(join(layoutDir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(layoutDir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': 'bench' },
        },
      ],
    }),
  );
}

await buildLayout();
const manifest = JSON.parse(
  readFileSync(
    join(
      layoutDir,
      'blobs',
      'sha256',
      JSON.parse(readFileSync(join(layoutDir, 'index.json'), 'utf8')).manifests[0].digest.slice(7),
    ),
    'utf8',
  ),
);
const compressedBytes = manifest.layers.reduce((n, l) => n + l.size, 0);

// Bounded: killed after 30 minutes whatever happens to this script.
const registry = await spawnRegistry({ storage, config: join(work, 'config.yml'), lifetimeMs: 30 * 60_000 });
try {
  const image = `${registry.host}/bench/image:v1`;
  const present =
    spawnSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${image}`], { stdio: 'ignore' }).status ===
    0;
  if (!present) {
    process.stderr.write('pushing the image once with skopeo (cached in bench/.work/sbom-image/storage)\n');
    execFileSync(
      'skopeo',
      ['copy', '--preserve-digests', '--dest-tls-verify=false', `oci:${layoutDir}:bench`, `docker://${image}`],
      {
        stdio: 'inherit',
      },
    );
  }
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, `out-${i}`);
    rmSync(out, { recursive: true, force: true });
    const r = await measure(node, [cli, 'sbom', '--image', image, '--output-dir', out, '--json']);
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('\n{') + 1));
    results.push({ ...r, json });
  }
  const ms = median(results.map((r) => r.ms));
  const rss = Math.max(...results.map((r) => r.rssKiB));
  const cpu = median(results.map((r) => r.cpuMs));
  const components = results[0].json.componentCount ?? results[0].json.outputs?.['component-count'];
  const diffSizes = manifest.layers.length;
  const mb = (b) => b / 1e6;
  const raw = Number(
    execFileSync(
      'sh',
      [
        '-c',
        manifest.layers
          .map((l) => `gzip -dc ${join(layoutDir, 'blobs', 'sha256', l.digest.slice(7))} | wc -c`)
          .join(';'),
      ],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .reduce((n, x) => n + Number(x), 0),
  );
  // Where the memory goes: the same run with V8's young generation capped (1 MiB semi-spaces).
  // The gap to the default run is garbage from streamed chunks waiting for a scavenge, not live data.
  rmSync(join(work, 'out-young'), { recursive: true, force: true });
  const young = await measure(node, [cli, 'sbom', '--image', image, '--output-dir', join(work, 'out-young')], {
    env: { ...process.env, NODE_OPTIONS: '--max-semi-space-size=1' },
  });
  const table = [
    `| Image | Uncompressed | Compressed | Components | Median wall (${runs} runs) | Median CPU | Throughput | Peak RSS (max) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${diffSizes} gzip layers via registry | ${mb(raw).toFixed(0)} MB | ${mb(compressedBytes).toFixed(0)} MB | ${components} | ${(ms / 1000).toFixed(1)} s | ${(cpu / 1000).toFixed(1)} s | ${(mb(raw) / (ms / 1000)).toFixed(0)} MB/s (${(mb(compressedBytes) / (ms / 1000)).toFixed(0)} MB/s compressed) | ${(rss / 1024).toFixed(0)} MiB |`,
    `| same, NODE_OPTIONS=--max-semi-space-size=1 (diagnostic, 1 run) | | | | ${(young.ms / 1000).toFixed(1)} s | ${(young.cpuMs / 1000).toFixed(1)} s | ${(mb(raw) / (young.ms / 1000)).toFixed(0)} MB/s | ${(young.rssKiB / 1024).toFixed(0)} MiB |`,
  ].join('\n');
  console.log(table);
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`node ${nodeVersion}`);
  if (!process.argv.includes('--no-write')) {
    process.stderr.write('re-running bench/sbom-npm.mjs in the same session\n');
    const npm = execFileSync(process.execPath, [join(root, 'bench', 'sbom-npm.mjs'), '--node', node], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    writeSection(
      'sbom',
      [
        '## sbom',
        '',
        `Command: \`node bench/sbom-image.mjs --runs ${runs}\` (also runs \`node bench/sbom-npm.mjs\`); Node ${nodeVersion} for dist/cli; 2 shared cores.`,
        '',
        '### Image of about 1 GB from the local registry (`artefacts sbom --image`, both formats)',
        '',
        'Whole process (`/usr/bin/time`): registry reads, gzip, tar walk, catalogue, two documents written. Goal: peak RSS under 200 MiB.',
        "The diagnostic row caps V8's young generation: the difference is short-lived garbage from streamed chunks (1 MiB digest-verifying buffers, inflated tar blocks) awaiting a scavenge, not retained data; the retained part (package databases, findings) is what the capped run shows.",
        '',
        table,
        '',
        '### npm project vs @cyclonedx/cyclonedx-npm (same session)',
        '',
        npm.trim(),
      ].join('\n'),
    );
  }
} finally {
  await registry.stop();
}
