/**
 * Bench helper, bundled by bench/sbom-flat/run.mjs with ncc: an OCI layout holding one image of one
 * uncompressed layer of about `megabytes` MB, built with the core builder: /etc/os-release, the dpkg
 * database and up to 32 MiB of real executables of this machine (so the catalogers have real work),
 * then random incompressible bytes up to the size. Cached: skipped when the layout already holds the
 * tag. Prints the layer's digest and size as JSON.
 *   node layout.js <layout-dir> <megabytes>
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildImage, LayoutStore, type ImageManifest } from '@immutable-artefacts/core';

const [dir, megabytes] = process.argv.slice(2);
if (dir === undefined || megabytes === undefined) throw new Error('usage: layout.js <layout-dir> <megabytes>');
const TAG = 'latest';
const layout = new LayoutStore(dir);
let digest = (await layout.resolve(TAG))?.digest;
if (digest === undefined) {
  const files: Record<string, Buffer | { content: Buffer; mode: number }> = {
    'etc/os-release': readFileSync('/etc/os-release'),
  };
  if (existsSync('/var/lib/dpkg/status')) files['var/lib/dpkg/status'] = readFileSync('/var/lib/dpkg/status');
  // Real executables: the Go build-information scan reads the start of every executable.
  let bytes = 0;
  for (const name of readdirSync('/usr/bin').sort()) {
    if (bytes > 32 << 20) break;
    const path = join('/usr/bin', name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st === undefined || !st.isFile() || st.size < 4096 || st.size > 8 << 20) continue;
    files[`usr/bin/${name}`] = { content: readFileSync(path), mode: 0o755 };
    bytes += st.size;
  }
  const random = Math.max(0, Number(megabytes) * 1e6 - bytes);
  digest = (await buildImage(layout, { layers: [{ files, randomBytes: random, compression: 'none' }] }, { tag: TAG }))
    .digest;
}
const manifest = (await layout.getManifest(digest)).parsed as ImageManifest;
const layer = manifest.layers[0]!;
process.stdout.write(`${JSON.stringify({ digest: layer.digest, size: layer.size })}\n`);
