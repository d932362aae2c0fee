#!/usr/bin/env node
// The floor of a cold copy from Node: the least any Node client must do to copy a single-manifest
// image between two registries, as a reference next to our bundle and skopeo. Per blob: open an
// upload session, GET the source, hash it while piping it into one PUT, check the digest; four blobs
// at a time, largest first; then the manifest under its tag. No tag checks, no settle delay, no
// record, no retries, no auth: what the promote bundle does beyond this is its own cost. Like the
// bundle, it collects V8's young generation every 2 MiB of socket chunks moved (and the whole heap every
// 64 MiB), the cheapest way found to reuse their memory instead of faulting in new pages.
//   node bench/promote/floor.mjs <src-host> <src-repo>:<tag> <dst-host> <dst-repo>:<tag>
import { createHash } from 'node:crypto';
import http from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
let young = 0;
let whole = 0;
function moved(bytes) {
  young += bytes;
  whole += bytes;
  if (young < 2 << 20) return;
  young = 0;
  if (whole >= 64 << 20) {
    whole = 0;
    gc({ type: 'major' });
  } else gc({ type: 'minor' });
}

const [srcHost, srcRef, dstHost, dstRef] = process.argv.slice(2);
const [srcRepo, srcTag] = srcRef.split(':');
const [dstRepo, dstTag] = dstRef.split(':');
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
const accept = 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json';

function request(method, url, headers = {}, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, resolve);
    req.on('error', reject);
    req.end(body);
  });
}

async function bytes(res) {
  const chunks = [];
  for await (const chunk of res) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function expect(res, status, what) {
  const body = await bytes(res);
  if (res.statusCode !== status) throw new Error(`${what}: HTTP ${res.statusCode} ${body.toString().slice(0, 200)}`);
  return body;
}

const manifestRes = await request('GET', `http://${srcHost}/v2/${srcRepo}/manifests/${srcTag}`, { accept });
const manifestBytes = await expect(manifestRes, 200, 'manifest');
const manifest = JSON.parse(manifestBytes.toString('utf8'));
const blobs = [manifest.config, ...manifest.layers].sort((a, b) => b.size - a.size);

async function copy(blob) {
  const post = await request('POST', `http://${dstHost}/v2/${dstRepo}/blobs/uploads/`, { 'content-length': '0' });
  await expect(post, 202, 'upload session');
  const location = new URL(post.headers.location, `http://${dstHost}`);
  location.searchParams.set('digest', blob.digest);
  const get = await request('GET', `http://${srcHost}/v2/${srcRepo}/blobs/${blob.digest}`);
  if (get.statusCode !== 200) throw new Error(`GET ${blob.digest}: HTTP ${get.statusCode}`);
  const hash = createHash('sha256');
  await new Promise((resolve, reject) => {
    const put = http.request(
      location,
      {
        method: 'PUT',
        agent,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
      },
      (res) => expect(res, 201, `PUT ${blob.digest}`).then(resolve, reject),
    );
    put.on('error', reject);
    get.on('data', (chunk) => {
      hash.update(chunk);
      moved(chunk.length);
      if (!put.write(chunk)) {
        get.pause();
        put.once('drain', () => get.resume());
      }
    });
    get.on('end', () => {
      if (`sha256:${hash.digest('hex')}` !== blob.digest) put.destroy(new Error(`${blob.digest}: digest mismatch`));
      else put.end();
    });
    get.on('error', reject);
  });
}

let next = 0;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (next < blobs.length) await copy(blobs[next++]);
  }),
);
const put = await request(
  'PUT',
  `http://${dstHost}/v2/${dstRepo}/manifests/${dstTag}`,
  { 'content-type': manifest.mediaType, 'content-length': String(manifestBytes.length) },
  manifestBytes,
);
await expect(put, 201, 'manifest PUT');
agent.destroy();
