#!/usr/bin/env node
// bench/promote/faults.mjs: promotions through a destination that fails one request in five (503, 429,
// 500, resets before and in the middle of a body; test/harness/fault-proxy.mjs), several seeds. The
// promote dist bundle runs as the runner runs it, 50 times (10 per seed), each to a fresh repository;
// `skopeo copy --all --preserve-digests --retry-times 3` runs 10 times (2 per seed) through the same
// proxy. Counted: exit 0 with the tag at the digest (and, for ours, its promotion record), and failures
// that left a tag behind. Source: a small multi-arch image with a signature-like referrer, written here
// with plain HTTP into a local docker-registry.
//   node bench/promote/faults.mjs [--rate 0.2] [--ours 50] [--skopeo 10]
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy } from '../../test/harness/fault-proxy.mjs';
import { spawnRegistry } from '../../test/harness/registry-process.mjs';
import { actionEnv, fmtMiB, fmtMs, machine, measure, median, root, runnerNode, writeSection, flag } from '../lib.mjs';

const rate = Number(flag('--rate', '0.2'));
const oursRuns = Number(flag('--ours', '50'));
const skopeoRuns = Number(flag('--skopeo', '10'));
const seeds = [11, 23, 37, 41, 59];
const bundle = join(root, 'dist', 'promote', 'index.js');
if (!existsSync(bundle)) throw new Error('dist/promote/index.js is missing: run node scripts/build.mjs promote');
const node = runnerNode();
const started = Date.now();

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const PROMOTION = 'application/vnd.immutable-artefacts.promotion.v1+json';
const sha = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

async function pushBlob(host, repo, bytes) {
  const digest = sha(bytes);
  const post = await globalThis.fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  const location = new URL(post.headers.get('location'), `http://${host}`);
  location.searchParams.set('digest', digest);
  const put = await globalThis.fetch(location, { method: 'PUT', body: bytes });
  if (put.status !== 201) throw new Error(`blob upload: ${put.status}`);
  return { digest, size: bytes.length };
}

async function pushManifest(host, repo, reference, object) {
  const bytes = Buffer.from(JSON.stringify(object));
  const put = await globalThis.fetch(`http://${host}/v2/${repo}/manifests/${reference ?? sha(bytes)}`, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': object.mediaType },
  });
  if (put.status !== 201) throw new Error(`manifest push: ${put.status} ${await put.text()}`);
  return { mediaType: object.mediaType, digest: sha(bytes), size: bytes.length };
}

/** A two-platform image with a referrer (in the fallback tag, as distribution has no referrers API). */
async function sourceImage(host, repo) {
  const empty = await pushBlob(host, repo, Buffer.from('{}'));
  const platforms = [];
  for (const architecture of ['amd64', 'arm64']) {
    const config = await pushBlob(
      host,
      repo,
      Buffer.from(JSON.stringify({ architecture, os: 'linux', rootfs: { type: 'layers', diff_ids: [] } })),
    );
    const layers = [];
    for (const size of [300_000, 60_000]) {
      const blob = await pushBlob(host, repo, randomBytes(size));
      layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...blob });
    }
    const manifest = await pushManifest(host, repo, undefined, {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers,
    });
    platforms.push({ ...manifest, platform: { architecture, os: 'linux' } });
  }
  const index = await pushManifest(host, repo, 'v1', { schemaVersion: 2, mediaType: OCI_INDEX, manifests: platforms });
  const bundleBlob = await pushBlob(host, repo, Buffer.from('{"bundle":"bench"}'));
  const sigType = 'application/vnd.dev.sigstore.bundle.v0.3+json';
  const signature = await pushManifest(host, repo, undefined, {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: sigType,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', ...empty },
    layers: [{ mediaType: sigType, ...bundleBlob }],
    subject: index,
  });
  await pushManifest(host, repo, `sha256-${index.digest.slice(7)}`, {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [{ ...signature, artifactType: sigType }],
  });
  return index.digest;
}

/** What a destination holds: the tag's digest and the artifactTypes of the digest's referrers. */
async function destination(host, repo, digest) {
  const head = await globalThis.fetch(`http://${host}/v2/${repo}/manifests/v1`, {
    method: 'HEAD',
    headers: { accept: `${OCI_INDEX}, ${OCI_MANIFEST}` },
  });
  const tag = head.status === 200 ? head.headers.get('docker-content-digest') : undefined;
  const fallback = await globalThis.fetch(`http://${host}/v2/${repo}/manifests/sha256-${digest.slice(7)}`, {
    headers: { accept: OCI_INDEX },
  });
  const referrers = fallback.status === 200 ? (await fallback.json()).manifests.map((m) => m.artifactType) : [];
  return { tag, referrers };
}

const work = mkdtempSync(join(tmpdir(), 'bench-faults-'));
const [source, dest] = await Promise.all(
  ['source', 'dest'].map((name) =>
    spawnRegistry({ storage: join(work, name), config: join(work, `${name}.yml`), lifetimeMs: 3600_000 }),
  ),
);
/** Per run of each client: wall ms, CPU ms (user + sys) and peak RSS (KiB) of the whole process. */
const ours = { ok: 0, failed: 0, failedWithTag: 0, tagWithoutRecord: 0, ms: [], cpuMs: [], rssKiB: [] };
const skopeo = { ok: 0, failed: 0, failedWithTag: 0, ms: [], cpuMs: [], rssKiB: [] };
const record = (who, run) => {
  who.ms.push(run.ms);
  who.cpuMs.push(run.cpuMs);
  who.rssKiB.push(run.rssKiB);
};
let faults = 0;
let requests = 0;
try {
  const digest = await sourceImage(source.host, 'acme/app');
  let n = 0;
  for (const [s, seed] of seeds.entries()) {
    const proxy = await startFaultProxy(dest.host, { rate, seed });
    try {
      const mine = Math.round(oursRuns / seeds.length) + (s < oursRuns % seeds.length ? 1 : 0);
      for (let i = 0; i < mine; i++) {
        const repo = `acme/ours-${++n}`;
        const { env, temp } = actionEnv('promote', {
          source: `${source.host}/acme/app:v1`,
          destinations: `${proxy.host}/${repo}:v1`,
          environment: 'production',
        });
        const run = await measure(node, [bundle], { env, allowFailure: true });
        rmSync(temp, { recursive: true, force: true });
        record(ours, run);
        const there = await destination(dest.host, repo, digest);
        if (run.code === 0 && there.tag === digest && there.referrers.includes(PROMOTION)) ours.ok++;
        else if (run.code !== 0) {
          ours.failed++;
          if (there.tag !== undefined) ours.failedWithTag++;
        }
        if (there.tag !== undefined && !there.referrers.includes(PROMOTION)) ours.tagWithoutRecord++;
        process.stdout.write(`ours ${n}: exit ${run.code}, ${(run.ms / 1000).toFixed(1)} s\n`);
      }
      const theirs = Math.round(skopeoRuns / seeds.length) + (s < skopeoRuns % seeds.length ? 1 : 0);
      for (let i = 0; i < theirs; i++) {
        const repo = `acme/skopeo-${n}-${i}`;
        const args = ['copy', '--all', '--preserve-digests', '--retry-times', '3', '--src-tls-verify=false'];
        args.push(
          '--dest-tls-verify=false',
          `docker://${source.host}/acme/app:v1`,
          `docker://${proxy.host}/${repo}:v1`,
        );
        const run = await measure('skopeo', args, { allowFailure: true });
        record(skopeo, run);
        const code = run.code;
        const there = await destination(dest.host, repo, digest);
        if (code === 0 && there.tag === digest) skopeo.ok++;
        else {
          skopeo.failed++;
          if (there.tag !== undefined) skopeo.failedWithTag++;
        }
        process.stdout.write(`skopeo ${repo}: exit ${code}\n`);
      }
      faults += proxy.stats.faults;
      requests += proxy.stats.requests;
    } finally {
      await proxy.close();
    }
  }
} finally {
  await Promise.all([source.stop(), dest.stop()]);
  rmSync(work, { recursive: true, force: true });
}

/** A row of what each run of a client cost: whole process, medians (the peak RSS's maximum in brackets). */
const cost = (name, who) =>
  who.ms.length === 0
    ? `| ${name} | 0 | | | |`
    : `| ${name} | ${who.ms.length} | ${fmtMs(median(who.ms))} | ${fmtMs(median(who.cpuMs))} | ${fmtMiB(median(who.rssKiB))} (${fmtMiB(Math.max(...who.rssKiB))}) |`;
const lines = [
  '## promote under faults',
  '',
  `Through a proxy that fails ${Math.round(rate * 100)}% of the requests to the destination registry (503, 429, 500,`,
  'resets before and in the middle of a body; seeds ' + seeds.join(', ') + '), a two-platform image with a referrer,',
  'each promotion to a fresh repository of a local docker-registry (distribution 2.8).',
  '',
  '| Client | Succeeded | Failed | Failed but left a tag | Tag without its promotion record |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| ours (dist/promote, default retries) | ${ours.ok} of ${oursRuns} | ${ours.failed} | ${ours.failedWithTag} | ${ours.tagWithoutRecord} |`,
  `| skopeo copy --all --retry-times 3 | ${skopeo.ok} of ${skopeoRuns} | ${skopeo.failed} | ${skopeo.failedWithTag} | (writes no record) |`,
  '',
  'What a run cost, successful or not (whole process, medians over every run; peak RSS median, maximum in brackets):',
  '',
  '| Client | Runs | Wall | CPU (user + sys) | Peak RSS |',
  '| --- | ---: | ---: | ---: | ---: |',
  cost('ours', ours),
  cost('skopeo', skopeo),
  '',
  `Faults injected: ${faults} of ${requests} requests. Ours waits out a backoff before each retry, so a promotion`,
  'that met several faults took that much longer; a skopeo run that gave up ended early.',
  '',
  `Command: \`node bench/promote/faults.mjs --rate ${rate} --ours ${oursRuns} --skopeo ${skopeoRuns}\` (${((Date.now() - started) / 60000).toFixed(1)} min); ${machine()}.`,
];
writeSection('promote-faults', lines.join('\n'));
console.log(lines.join('\n'));
