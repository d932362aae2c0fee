#!/usr/bin/env node
// bench/sbom-flat: the image SBOM's memory against the layer's size. One uncompressed single-layer
// image per size, as an OCI layout on disk (an os-release, this machine's dpkg status database, some
// of its real ELF binaries, then incompressible 4 MiB files up to the size), catalogued by
// `artefacts sbom --oci-layout` (dist/cli, both formats) as a whole process, alternating with the
// peer that reads the same bytes once: `sha256sum` of the layer blob (every SBOM of a layout must at
// least hash the blob it reads). Wall and CPU time, peak RSS from outside the process, medians.
//   node bench/sbom-flat.mjs [--runs 5] [--sizes 100,500,1000,2000] [--no-write]
// Goal (issue 15): peak ≤ 150 MiB, flat within 10 MiB from 100 MB to 2 GB; time ≤ 0.8x sha256sum.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fmtMiB, fmtMs, machine, measure, median, root, runnerNode, writeSection } from './lib.mjs';

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const runs = Number(flag('--runs', '5')) || 5;
const sizes = flag('--sizes', '100,500,1000,2000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const node = runnerNode();
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run node scripts/build.mjs cli');
const work = join(root, 'bench', '.work', 'sbom-flat');
mkdirSync(work, { recursive: true });

// ------------------------------------------------------------------ the layouts

/** A ustar header for a regular file (names under 100 bytes; sizes under 8 GiB). */
function tarHeader(name, size, mode) {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  const octal = (value, length) => value.toString(8).padStart(length - 1, '0') + '\0';
  h.write(octal(mode, 8), 100);
  h.write(octal(0, 8), 108);
  h.write(octal(0, 8), 116);
  h.write(octal(size, 12), 124);
  h.write(octal(0, 12), 136);
  h.write('        ', 148);
  h.write('0', 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148);
  return h;
}

/** Writes the layer tar to `file`, hashing as it goes; returns its digest and size. */
function writeLayer(file, megabytes) {
  const fd = openSync(file, 'w');
  const hash = createHash('sha256');
  let size = 0;
  const put = (bytes) => {
    writeSync(fd, bytes);
    hash.update(bytes);
    size += bytes.length;
  };
  const addFile = (name, body, mode = 0o644) => {
    put(tarHeader(name, body.length, mode));
    put(body);
    const pad = (512 - (body.length % 512)) % 512;
    if (pad > 0) put(Buffer.alloc(pad));
  };
  addFile('etc/os-release', readFileSync('/etc/os-release'));
  if (existsSync('/var/lib/dpkg/status')) addFile('var/lib/dpkg/status', readFileSync('/var/lib/dpkg/status'));
  // Real executables: the Go build-information scan reads the start of every executable.
  let binaries = 0;
  for (const name of readdirSync('/usr/bin').sort()) {
    if (binaries > 32 << 20) break;
    const path = join('/usr/bin', name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st === undefined || !st.isFile() || st.size < 4096 || st.size > 8 << 20) continue;
    addFile(`usr/bin/${name}`, readFileSync(path), 0o755);
    binaries += st.size;
  }
  for (let i = 0; size < megabytes * 1e6; i++) addFile(`data/part-${String(i).padStart(5, '0')}`, randomBytes(4 << 20));
  put(Buffer.alloc(1024));
  closeSync(fd);
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

function blobFile(layout, digest) {
  return join(layout, 'blobs', 'sha256', digest.slice(7));
}

function writeJsonBlob(layout, value) {
  const bytes = Buffer.from(JSON.stringify(value));
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  writeFileSync(blobFile(layout, digest), bytes);
  return { digest, size: bytes.length };
}

/** The layout of one size (built once, cached under bench/.work/sbom-flat/). */
function layoutOf(megabytes) {
  const layout = join(work, `layout-${megabytes}`);
  const done = join(layout, 'index.json');
  if (existsSync(done)) {
    const index = JSON.parse(readFileSync(done, 'utf8'));
    const manifest = JSON.parse(readFileSync(blobFile(layout, index.manifests[0].digest), 'utf8'));
    return { layout, layer: manifest.layers[0] };
  }
  rmSync(layout, { recursive: true, force: true });
  mkdirSync(join(layout, 'blobs', 'sha256'), { recursive: true });
  const temp = join(layout, 'layer.tmp');
  const layer = writeLayer(temp, megabytes);
  renameSync(temp, blobFile(layout, layer.digest));
  const config = writeJsonBlob(layout, {
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [layer.digest] },
  });
  const layerDescriptor = { mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer };
  const manifest = writeJsonBlob(layout, {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: [layerDescriptor],
  });
  writeFileSync(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    done,
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' },
        },
      ],
    }),
  );
  return { layout, layer: layerDescriptor };
}

// ------------------------------------------------------------------ run

const started = Date.now();
const rows = [];
for (const size of sizes) {
  const { layout, layer } = layoutOf(size);
  console.log(`\n== ${size} MB: ${layer.size} bytes in one uncompressed layer`);
  const t = { ours: [], peer: [], oursCpu: [], peerCpu: [], oursRss: [], peerRss: [], components: 0 };
  for (let run = 0; run < runs; run++) {
    for (const who of run % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']) {
      if (who === 'peer') {
        const r = await measure('sha256sum', [blobFile(layout, layer.digest)]);
        if (!r.stdout.startsWith(layer.digest.slice(7))) throw new Error('sha256sum: wrong digest');
        t.peer.push(r.ms);
        t.peerCpu.push(r.cpuMs);
        t.peerRss.push(r.rssKiB);
        console.log(`  sha256sum run ${run}: ${fmtMs(r.ms)} (${fmtMiB(r.rssKiB)})`);
        continue;
      }
      const out = mkdtempSync(join(work, 'out-'));
      const r = await measure(
        node,
        [cli, 'sbom', '--oci-layout', `oci:${basename(layout)}`, '--output-dir', basename(out)],
        { cwd: work, env: { ...process.env, GITHUB_WORKSPACE: work } },
      );
      const doc = JSON.parse(readFileSync(join(out, 'sbom.cdx.json'), 'utf8'));
      rmSync(out, { recursive: true, force: true });
      t.components = doc.components?.length ?? 0;
      if (t.components === 0) throw new Error('ours: no component catalogued');
      t.ours.push(r.ms);
      t.oursCpu.push(r.cpuMs);
      t.oursRss.push(r.rssKiB);
      console.log(`  ours      run ${run}: ${fmtMs(r.ms)} (${fmtMiB(r.rssKiB)}), ${t.components} components`);
    }
  }
  rows.push({ size, bytes: layer.size, t });
}

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const peaks = rows.map((r) => Math.max(...r.t.oursRss));
const spread = (Math.max(...peaks) - Math.min(...peaks)) / 1024;
const lines = [
  '## sbom: memory against layer size',
  '',
  `Command: \`node bench/sbom-flat.mjs --runs ${runs} --sizes ${sizes.join(',')}\` (${((Date.now() - started) / 60000).toFixed(1)} min).`,
  `${machine()}.`,
  '',
  "One uncompressed single-layer image per size, as an OCI layout on disk: an os-release, this machine's dpkg",
  'status database, real executables from /usr/bin (about 32 MB), then incompressible 4 MiB files up to the size.',
  "Ours: `artefacts sbom --oci-layout` (dist/cli, CycloneDX and SPDX), a whole process; it verifies the blob's",
  'digest while it reads it. Peer: `sha256sum` of the layer blob, the least any reader of the same bytes does.',
  `Alternating, medians of ${runs} runs; peak RSS is the maximum over the runs, measured from outside the process.`,
  '',
  '| Layer | Ours wall | Ours CPU | sha256sum wall | sha256sum CPU | Ratio (wall) | Our peak RSS | Goal |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];
for (const [i, { size, t }] of rows.entries()) {
  const [ow, pw] = [median(t.ours), median(t.peer)];
  const ok = ow <= 0.8 * pw && peaks[i] <= 150 * 1024;
  lines.push(
    `| ${size} MB | ${fmtMs(ow)} | ${fmtMs(median(t.oursCpu))} | ${fmtMs(pw)} | ${fmtMs(median(t.peerCpu))} | ${ratio(ow, pw)} | ${fmtMiB(peaks[i])} | ≤ 0.8x and ≤ 150 MiB: ${ok ? 'met' : '**missed**'} |`,
  );
}
lines.push(
  '',
  `Peak RSS from the smallest to the largest layer: ${fmtMiB(Math.min(...peaks))} to ${fmtMiB(Math.max(...peaks))}, a spread of ${spread.toFixed(1)} MiB (goal: flat within 10 MiB: ${spread <= 10 ? 'met' : '**missed**'}).`,
  `Components catalogued: ${rows.map((r) => r.t.components).join(', ')} (the same image contents at every size).`,
);
if (!argv.includes('--no-write')) writeSection('sbom-flat', lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
