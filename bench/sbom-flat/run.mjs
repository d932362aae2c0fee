#!/usr/bin/env node
// bench/sbom-flat: the image SBOM's memory against the layer's size. One uncompressed single-layer
// image per size, as an OCI layout on disk (an os-release, this machine's dpkg status database, some
// of its real ELF binaries, then incompressible bytes up to the size; built with the core builder by
// bench/sbom-flat/layout.ts), catalogued by
// `artefacts sbom --oci-layout` (dist/cli, both formats) as a whole process, alternating with the
// peer that reads the same bytes once: `sha256sum` of the layer blob (every SBOM of a layout must at
// least hash the blob it reads). Wall and CPU time, peak RSS from outside the process, medians.
//   node bench/sbom-flat/run.mjs [--runs 5] [--sizes 100,500,1000,2000] [--no-write]
// Goal (issue 15): peak ≤ 150 MiB, flat within 10 MiB from 100 MB to 2 GB; time ≤ 0.8x sha256sum.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundled, fmtMiB, fmtMs, machine, measure, median, root, runnerNode, writeSection, flag } from '../lib.mjs';

const argv = process.argv.slice(2);
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

/** The layout of one size, built by the core builder (bench/sbom-flat/layout.ts), cached under bench/.work/sbom-flat/. */
function layoutOf(megabytes) {
  const layout = join(work, `layout-${megabytes}`);
  const out = execFileSync(
    runnerNode(),
    [bundled('bench/sbom-flat/layout.ts', 'sbom-flat-layout'), layout, String(megabytes)],
    {
      encoding: 'utf8',
    },
  );
  return { layout, layer: JSON.parse(out.trim().split('\n').pop()) };
}

function blobFile(layout, digest) {
  return join(layout, 'blobs', 'sha256', digest.slice(7));
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

// The floor under the smallest layer's row: Node starting and doing nothing, on the runner's Node,
// alternated with a sha256sum of that layer (the fixed cost no Node process avoids on this machine).
const floor = { bare: [], peer: [] };
{
  const { layout, layer } = layoutOf(sizes[0]);
  for (let run = 0; run < runs; run++) {
    floor.bare.push((await measure(node, ['-e', '0'])).ms);
    floor.peer.push((await measure('sha256sum', [blobFile(layout, layer.digest)])).ms);
  }
}

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const peaks = rows.map((r) => Math.max(...r.t.oursRss));
const spread = (Math.max(...peaks) - Math.min(...peaks)) / 1024;
const lines = [
  '## sbom: memory against layer size',
  '',
  `Command: \`node bench/sbom-flat/run.mjs --runs ${runs} --sizes ${sizes.join(',')}\` (${((Date.now() - started) / 60000).toFixed(1)} min).`,
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
  '',
  `The floor under the ${sizes[0]} MB row: a bare \`node -e 0\` on the runner's Node, alternated with sha256sum of that`,
  `layer, takes ${fmtMs(median(floor.bare))} against sha256sum's ${fmtMs(median(floor.peer))} (medians of ${runs}): ${ratio(median(floor.bare), median(floor.peer))}x of it before any`,
  'work. The layer itself is read once into two reused 1 MiB buffers and hashed as it is walked; what the row',
  'adds beyond the floor and the hashing is loading the bundle, the catalogue and writing two documents.',
);
if (!argv.includes('--no-write')) writeSection('sbom-flat', lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
