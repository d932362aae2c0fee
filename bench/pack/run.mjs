#!/usr/bin/env node
// bench/pack: `artefacts pack` of a directory (dist/cli, a whole process) into an OCI image layout,
// against the shell's way to make the same kind of blob: GNU tar with sorted names, fixed owners and
// times, through `gzip -9 -n` (the level and header pack documents), hashed with sha256sum as it is
// written. Both read the same files and write one reproducible tar.gz and its digest; pack also writes
// the layout (the layer, the manifest, index.json). Alternating, wall and CPU time, peak RSS from outside.
//   node bench/pack/run.mjs [--runs 5] [--no-write]
// The directory: a copy of this machine's /usr/share/doc (regular files only, links dropped, as pack
// refuses links), cached under bench/.work/pack/.
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { fmtMiB, fmtMs, machine, measure, median, root, runnerNode, writeSection, flag } from '../lib.mjs';

const argv = process.argv.slice(2);
const runs = Number(flag('--runs', '5')) || 5;
const node = runnerNode();
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run node scripts/build.mjs cli');
const work = join(root, 'bench', '.work', 'pack');
const data = join(work, 'doc');
const epoch = '1767225600';

/**
 * Counts the regular files under `dir` and their bytes. `drop`: removes what is neither a regular file
 * nor a directory (pack refuses links and special files) instead of leaving it uncounted.
 */
function regularFiles(dir, drop = false) {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const at = join(dir, name);
    const info = lstatSync(at);
    if (info.isDirectory()) {
      const sub = regularFiles(at, drop);
      files += sub.files;
      bytes += sub.bytes;
    } else if (info.isFile()) {
      files++;
      bytes += info.size;
    } else if (drop) rmSync(at, { force: true });
  }
  return { files, bytes };
}

if (!existsSync(data)) {
  mkdirSync(work, { recursive: true });
  // Copied under another name first, so an interrupted copy is never taken for the cached directory.
  const copying = `${data}.copying`;
  rmSync(copying, { recursive: true, force: true });
  cpSync('/usr/share/doc', copying, { recursive: true, verbatimSymlinks: true });
  regularFiles(copying, true);
  renameSync(copying, data);
}
const size = regularFiles(data, true);
console.log(`directory: ${size.files} files, ${(size.bytes / 1e6).toFixed(0)} MB`);

const cases = [
  {
    name: 'gzip',
    ours: ['--compression', 'gzip'],
    peer: `tar --sort=name --mtime=@${epoch} --owner=0 --group=0 --numeric-owner --format=ustar -cf - doc | gzip -9 -n | tee peer.blob | sha256sum`,
    peerName: `tar --sort=name … | gzip -9 -n | tee | sha256sum`,
  },
  {
    name: 'none',
    ours: ['--compression', 'none'],
    peer: `tar --sort=name --mtime=@${epoch} --owner=0 --group=0 --numeric-owner --format=ustar -cf - doc | tee peer.blob | sha256sum`,
    peerName: `tar --sort=name … | tee | sha256sum`,
  },
];

const started = Date.now();
const rows = [];
for (const c of cases) {
  const t = { ours: [], oursCpu: [], oursRss: [], peer: [], peerCpu: [], peerRss: [], blob: 0, peerBlob: 0 };
  for (let run = 0; run < runs; run++) {
    for (const who of run % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']) {
      if (who === 'peer') {
        const r = await measure('sh', ['-c', c.peer], { cwd: work });
        t.peer.push(r.ms);
        t.peerCpu.push(r.cpuMs);
        t.peerRss.push(r.rssKiB);
        t.peerBlob = statSync(join(work, 'peer.blob')).size;
        rmSync(join(work, 'peer.blob'), { force: true });
        console.log(`  ${c.name} peer run ${run}: ${fmtMs(r.ms)}, ${fmtMs(r.cpuMs)} CPU`);
        continue;
      }
      const layout = join(work, 'layout');
      rmSync(layout, { recursive: true, force: true });
      const r = await measure(node, [cli, 'pack', 'oci:layout:v1', '--path', 'doc', ...c.ours, '--json'], {
        cwd: work,
        env: { ...process.env, GITHUB_WORKSPACE: work, SOURCE_DATE_EPOCH: epoch },
      });
      const layer = JSON.parse(r.stdout).layers[0];
      const blob = readFileSync(join(layout, 'blobs', 'sha256', layer.digest.slice(7))).length;
      if (blob !== layer.size)
        throw new Error(`ours: the layer holds ${blob} bytes, its descriptor says ${layer.size}`);
      t.blob = layer.size;
      t.ours.push(r.ms);
      t.oursCpu.push(r.cpuMs);
      t.oursRss.push(r.rssKiB);
      console.log(`  ${c.name} ours run ${run}: ${fmtMs(r.ms)}, ${fmtMs(r.cpuMs)} CPU, ${fmtMiB(r.rssKiB)}`);
    }
  }
  rows.push({ c, t });
}

// pull: the gzip layer packed above, back into a fresh directory, against GNU tar extracting the same blob.
const layout = join(work, 'layout');
rmSync(layout, { recursive: true, force: true });
const packed = await measure(node, [cli, 'pack', 'oci:layout:v1', '--path', 'doc', '--json'], {
  cwd: work,
  env: { ...process.env, GITHUB_WORKSPACE: work, SOURCE_DATE_EPOCH: epoch },
});
const layerBlob = join(layout, 'blobs', 'sha256', JSON.parse(packed.stdout).layers[0].digest.slice(7));
const pulls = { ours: [], oursCpu: [], oursRss: [], peer: [], peerCpu: [], peerRss: [] };
for (let run = 0; run < runs; run++) {
  for (const who of run % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']) {
    const out = join(work, `pulled-${who}`);
    rmSync(out, { recursive: true, force: true });
    const r =
      who === 'ours'
        ? await measure(node, [cli, 'pull', 'oci:layout:v1', '--output', `pulled-${who}`], {
            cwd: work,
            env: { ...process.env, GITHUB_WORKSPACE: work },
          })
        : (mkdirSync(out), await measure('tar', ['-xzf', layerBlob, '-C', out], { cwd: work }));
    const { files } = regularFiles(out);
    if (files !== size.files) throw new Error(`pull (${who}): ${files} files, expected ${size.files}`);
    rmSync(out, { recursive: true, force: true });
    pulls[who].push(r.ms);
    pulls[`${who}Cpu`].push(r.cpuMs);
    pulls[`${who}Rss`].push(r.rssKiB);
    console.log(`  pull ${who} run ${run}: ${fmtMs(r.ms)}, ${fmtMs(r.cpuMs)} CPU, ${fmtMiB(r.rssKiB)}`);
  }
}

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const lines = [
  '## pack',
  '',
  `Command: \`node bench/pack/run.mjs --runs ${runs}\` (${((Date.now() - started) / 60000).toFixed(1)} min); ${machine()}.`,
  '',
  `A directory of ${size.files} files, ${(size.bytes / 1e6).toFixed(0)} MB (a copy of this machine's /usr/share/doc, regular files only),`,
  'packed into an OCI image layout by `artefacts pack oci:layout:v1 --path doc` (dist/cli, a whole process): one',
  'reproducible tar layer (sorted entries, fixed owners, modes and times; gzip at level 9 with a fixed header), its',
  "digest and the uncompressed tar's, the manifest and index.json. Peer: the shell making the same kind of blob",
  'and its digest, GNU tar (sorted, fixed owners and times) through `gzip -9 -n`, `tee` to a file and `sha256sum`.',
  `Alternating, medians of ${runs} runs; CPU is user + system time of the whole process (of the whole pipeline for`,
  'the peer); peak RSS is the largest process, measured from outside.',
  '',
  '| Layer | Ours wall | Ours CPU | Ours peak RSS | Peer wall | Peer CPU | Wall ratio | CPU ratio | Ours / peer blob size |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const { c, t } of rows) {
  lines.push(
    `| ${c.name === 'gzip' ? 'tar+gzip' : 'tar (`--compression none`)'} | ${fmtMs(median(t.ours))} | ${fmtMs(median(t.oursCpu))} | ${fmtMiB(Math.max(...t.oursRss))} | ${fmtMs(median(t.peer))} | ${fmtMs(median(t.peerCpu))} | ${ratio(median(t.ours), median(t.peer))} | ${ratio(median(t.oursCpu), median(t.peerCpu))} | ${ratio(t.blob, t.peerBlob)} |`,
  );
}
lines.push(
  '',
  `Pulled back: \`artefacts pull oci:layout:v1 --output DIR\` (dist/cli) of the gzip layer packed above, into a fresh`,
  'directory, against GNU tar extracting the same blob (`tar -xzf <blob> -C DIR`). Ours also verifies the blob',
  "against its digest and the tar against the layer's content digest, writes into a staging folder and moves it in",
  `place; both write the ${size.files} files. Alternating, medians of ${runs} runs.`,
  '',
  '| Work | Ours wall | Ours CPU | Ours peak RSS | tar wall | tar CPU | tar peak RSS | Wall ratio | CPU ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  `| pull of the tar+gzip layer | ${fmtMs(median(pulls.ours))} | ${fmtMs(median(pulls.oursCpu))} | ${fmtMiB(Math.max(...pulls.oursRss))} | ${fmtMs(median(pulls.peer))} | ${fmtMs(median(pulls.peerCpu))} | ${fmtMiB(Math.max(...pulls.peerRss))} | ${ratio(median(pulls.ours), median(pulls.peer))} | ${ratio(median(pulls.oursCpu), median(pulls.peerCpu))} |`,
);
lines.push(
  '',
  "Reading: with gzip, deflate decides both tools' time (Node's zlib against GNU gzip, both at level 9). Small files",
  'are read whole, 16 ahead, larger ones through one pair of reused 1 MiB buffers; tar headers, padding and small',
  'files are gathered into 1 MiB writes (each write is a round trip to the thread pool), and each chunk is consumed',
  "before its buffer is read into again, so the peak RSS does not depend on the directory's size. Into a layout, the",
  'layer is written once, hashed as it is written, straight into the layout as a temporary file renamed under its',
  'digest once the tag rule passed. Without gzip, the peer spreads the same work over three processes (`tar`, `tee`',
  "and `sha256sum`) on the machine's two cores, where pack walks, reads, hashes and writes in one. pull inflates in",
  '1 MiB chunks on the thread pool and writes small files behind the tar walk, 16 at a time.',
);
if (!argv.includes('--no-write')) writeSection('pack', lines.join('\n'));
console.log(lines.join('\n'));
