#!/usr/bin/env node
// bench/sign: the sign and verify dist bundles as whole processes, as the runner starts them,
// against a local registry (Debian's docker-registry on 127.0.0.1): sign an image digest with a
// cosign-format key and push the bundle as a referrer (fallback tag included); verify it.
// Floors in the same run: a bare `node -e 0`, and `skopeo inspect --raw` (a native registry client
// doing one manifest fetch). The usual setup (sigstore/cosign-installer + `cosign sign`) cannot be
// run here: there is no cosign binary and no network to download one, so it is described, not timed.
//   node bench/sign/run.mjs [--runs 9]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnRegistry } from '../../test/harness/registry-process.mjs';
import {
  actionEnv,
  fmtMiB,
  fmtMs,
  machine,
  measure,
  median,
  root,
  runnerNode,
  stepOutput,
  writeSection,
} from '../lib.mjs';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 9;
const node = runnerNode();
const { fetch } = globalThis;
const work = mkdtempSync(join(tmpdir(), 'bench-sign-'));
const PASSWORD = 'bench-password';

function startRegistry() {
  // Bounded: killed after 10 minutes whatever happens to this script.
  return spawnRegistry({ storage: join(work, 'storage'), config: join(work, 'registry.yml'), lifetimeMs: 600_000 });
}

const sha = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function pushBlob(host, repo, data) {
  const start = await fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  const location = new URL(start.headers.get('location'), `http://${host}`);
  location.searchParams.set('digest', sha(data));
  const put = await fetch(location, {
    method: 'PUT',
    body: data,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  if (put.status !== 201) throw new Error(`blob upload: ${put.status}`);
}

/** A small single-platform OCI image, pushed with plain HTTP calls. */
async function pushImage(host, repo, tag, seed) {
  const layer = Buffer.from(`layer ${seed} ${Date.now()}`);
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [sha(layer)] } }),
  );
  await pushBlob(host, repo, layer);
  await pushBlob(host, repo, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha(layer), size: layer.length }],
    }),
  );
  const put = await fetch(`http://${host}/v2/${repo}/manifests/${tag}`, {
    method: 'PUT',
    body: manifest,
    headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
  });
  if (put.status !== 201) throw new Error(`manifest push: ${put.status}`);
  return sha(manifest);
}

function stepEnv(action, inputs) {
  return actionEnv(action, inputs, {
    workspace: work,
    home: work,
    tempRoot: work,
    event: { ref: 'refs/heads/main', repository: { full_name: 'acme/widgets', private: false } },
  }).env;
}

/** The sign step pushed a new referrer of `digest` (its `referrers` output names one), not kept an old one. */
function checkPushed(env, digest, log) {
  if (/not signed again/.test(log)) throw new Error(`sign of ${digest} was a re-run:\n${log}`);
  const referrers = stepOutput(env.GITHUB_OUTPUT, 'referrers') ?? '';
  if (!/sha256:[0-9a-f]{64}/.test(referrers)) throw new Error(`sign of ${digest} pushed no referrer: ${referrers}`);
}

function checkOutput(env, what) {
  const text = readFileSync(env.GITHUB_OUTPUT, 'utf8');
  if (!text.includes('digest<<')) throw new Error(`${what} wrote no digest output:\n${text}`);
}

const registry = await startRegistry();
try {
  execFileSync(node, [join(root, 'dist', 'cli', 'index.js'), 'keygen'], {
    cwd: work,
    env: { PATH: process.env.PATH, HOME: work, COSIGN_PASSWORD: PASSWORD },
    stdio: 'ignore',
  });
  const keyPem = readFileSync(join(work, 'cosign.key'), 'utf8');
  // The key's own scrypt parameters (cosign's format): decrypting it is a cost no implementation avoids.
  const kdf = JSON.parse(Buffer.from(keyPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64').toString())
    .kdf.params;
  const scryptScript = `require('crypto').scrypt('p', Buffer.alloc(32), 32, { N: ${kdf.N}, r: ${kdf.r}, p: ${kdf.p}, maxmem: 512 * 1024 * 1024 }, () => {})`;
  const signed = await pushImage(registry.host, 'acme/widgets', 'signed', 'b');
  const signInputs = { key: keyPem, 'key-password': PASSWORD };
  const verifyInputs = { image: `${registry.host}/acme/widgets@${signed}`, key: 'cosign.pub' };
  // The verified image carries exactly one signature, pushed before timing.
  await measure(node, [join(root, 'dist', 'sign', 'index.js')], {
    cwd: work,
    env: stepEnv('sign', { ...signInputs, image: verifyInputs.image }),
  });

  const series = { floor: [], scrypt: [], skopeo: [], sign: [], signLayout: [], verify: [] };
  const rss = { sign: [], signLayout: [], verify: [] };
  const cpu = { floor: [], scrypt: [], sign: [], signLayout: [], verify: [] };
  const load = [loadavg()[0]];
  for (let i = 0; i < runs + 1; i++) {
    const floor = await measure(node, ['-e', '0']);
    const scrypt = await measure(node, ['-e', scryptScript]);
    const skopeo = await measure('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/acme/widgets@${signed}`,
    ]);
    // A new digest every run: signing one digest again is a re-run, which finds its signature and
    // pushes nothing (that is what the first version of this bench timed after its warm-up).
    const fresh = await pushImage(registry.host, 'acme/widgets', `to-sign-${i}`, `a${i}`);
    const signEnv = stepEnv('sign', { ...signInputs, image: `${registry.host}/acme/widgets@${fresh}` });
    const s = await measure(node, [join(root, 'dist', 'sign', 'index.js')], { cwd: work, env: signEnv });
    checkOutput(signEnv, 'sign');
    checkPushed(signEnv, fresh, s.stdout);
    // The same image, copied by skopeo into an OCI layout in the workspace (the CLI's embedded default
    // registry), signed there: its referrers are listed in index.json under a lock, so no fallback index
    // and no settle. The copy is not timed.
    const layout = `layout-${i}`;
    execFileSync(
      'skopeo',
      [
        'copy',
        '-q',
        '--preserve-digests',
        '--src-tls-verify=false',
        `docker://${registry.host}/acme/widgets@${fresh}`,
        `oci:${join(work, layout)}:v1`,
      ],
      { stdio: 'ignore' },
    );
    const layoutEnv = stepEnv('sign', { ...signInputs, image: `oci:${layout}@${fresh}` });
    const l = await measure(node, [join(root, 'dist', 'sign', 'index.js')], { cwd: work, env: layoutEnv });
    checkOutput(layoutEnv, 'sign (OCI layout)');
    checkPushed(layoutEnv, fresh, l.stdout);
    const verifyEnv = stepEnv('verify', verifyInputs);
    const v = await measure(node, [join(root, 'dist', 'verify', 'index.js')], { cwd: work, env: verifyEnv });
    checkOutput(verifyEnv, 'verify');
    if (i === 0) continue; // warm-up: file cache, registry start
    series.floor.push(floor.ms);
    series.scrypt.push(scrypt.ms);
    cpu.floor.push(floor.cpuMs);
    cpu.scrypt.push(scrypt.cpuMs);
    cpu.sign.push(s.cpuMs);
    cpu.signLayout.push(l.cpuMs);
    series.signLayout.push(l.ms);
    rss.signLayout.push(l.rssKiB);
    cpu.verify.push(v.cpuMs);
    series.skopeo.push(skopeo.ms);
    series.sign.push(s.ms);
    series.verify.push(v.ms);
    rss.sign.push(s.rssKiB);
    rss.verify.push(v.rssKiB);
  }
  load.push(loadavg()[0]);
  const c = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)]));
  const m = Object.fromEntries(Object.entries(series).map(([k, v]) => [k, median(v)]));
  const verdict = (ms, goal) => (ms <= goal ? `met (≤ ${goal} ms)` : `**missed** (goal ≤ ${goal} ms)`);
  // Per run, sign's CPU above the scrypt floor measured in the same rotation; the median of those differences.
  const cpuAbove = median(cpu.sign.map((v, i) => v - cpu.scrypt[i]));
  const markdown = [
    '## sign / verify',
    '',
    `\`node bench/sign/run.mjs --runs ${runs}\` — ${machine()}. Medians of ${runs} alternating runs (after one warm-up),`,
    'each a whole process started as the runner starts an action (inputs as `INPUT_*`, output files), against a',
    'local `docker-registry` (distribution 2.8: no referrers API, so every sign also read-merge-writes the fallback tag index).',
    'Sign: a cosign-format encrypted key given as an input (scrypt N=65536 decryption included), the image digest',
    'signed as a DSSE in-toto statement, the v0.3 bundle pushed as a cosign v3 referrer. Verify: referrers listed,',
    'the bundle fetched and verified with the public key, the `.sig` tag looked up.',
    '',
    `Machine load while measuring (1-min load average on 2 cores): ${load.map((l) => l.toFixed(1)).join(' → ')}; wall times`,
    'on a loaded machine include waiting for a core, so CPU time (user + sys, 10 ms resolution) is given too.',
    '',
    '| Step | Median wall | Median CPU | Peak RSS | Goal (wall) |',
    '| --- | ---: | ---: | ---: | --- |',
    `| \`dist/sign\` (decrypt key, sign, push) | ${fmtMs(m.sign)} | ${fmtMs(c.sign)} | ${fmtMiB(median(rss.sign))} | ${verdict(m.sign, 400)} (issue 15: on a quiet machine) |`,
    `| \`dist/sign\` into an OCI layout (no fallback index, no settle) | ${fmtMs(m.signLayout)} | ${fmtMs(c.signLayout)} | ${fmtMiB(median(rss.signLayout))} | ${verdict(m.signLayout, 400)} (the same work without the registry's settle) |`,
    `| \`dist/verify\` | ${fmtMs(m.verify)} | ${fmtMs(c.verify)} | ${fmtMiB(median(rss.verify))} | ${verdict(m.verify, 500)} |`,
    `| floor: \`node -e 0\` | ${fmtMs(m.floor)} | ${fmtMs(c.floor)} | | |`,
    `| floor: \`node\` + scrypt of the key (N=${kdf.N}, r=${kdf.r}, p=${kdf.p}) | ${fmtMs(m.scrypt)} | ${fmtMs(c.scrypt)} | | |`,
    `| reference: \`skopeo inspect --raw\` (one manifest fetch, native client) | ${fmtMs(m.skopeo)} | | | |`,
    '',
    `Sign above its floor (Node start + the key's scrypt, which any reader of a cosign key pays): ${fmtMs(m.sign - m.scrypt)} wall;`,
    `CPU above the floor (median of the per-run differences): ${fmtMs(cpuAbove)}, goal ≤ 100 ms (issue 15): ${cpuAbove <= 100 ? 'met' : '**missed**'}.`,
    `Verify above the bare Node start: ${fmtMs(m.verify - m.floor)}.`,
    m.scrypt > 400
      ? `The wall goal (≤ 400 ms) is below the floor alone (${fmtMs(m.scrypt)}): nothing that decrypts a cosign key with these scrypt parameters meets it on this machine.`
      : 'The floor alone is within the wall goal here.',
    'Of the wall time above the floor, the larger part is waiting: this registry has no referrers API, so the',
    "signature's entry in the fallback index is read back after a settle (300 ms plus four times the write's round",
    'trip, at least 500 ms) that lets any concurrent writer of the index land first; a registry with the API needs none.',
    `The OCI-layout row is the same image, key and bundle with no such wait (referrers are listed in the layout's`,
    `index.json under a lock): ${fmtMs(m.signLayout - m.scrypt)} above the same floor, against ${fmtMs(m.sign - m.scrypt)} with the registry.`,
    '',
    'The usual setup (`sigstore/cosign-installer` then `cosign sign --key`) is not timed here: no cosign binary is',
    'installed on this machine and there is no network to download one, so no honest same-run ratio can be given.',
    'What it adds on a runner is the download and install of the cosign binary before the first signature, which',
    'these bundles do not need at all (nothing is downloaded; the process starts and signs).',
  ].join('\n');
  writeSection('sign', markdown);
  console.log(markdown);
} finally {
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
}
