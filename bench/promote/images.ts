/**
 * Bench helper, bundled by bench/promote/run.mjs with ncc into bench/.work/: builds an image of about
 * `megabytes` MB of incompressible layers into an OCI layout with the core builder (cached: skipped
 * when the layout already holds the tag), then pushes it to a registry repository once (skipped when
 * the tag is already there). Prints the image digest.
 *   node images.js <layout-dir> <megabytes> <registry-host/repository:tag>
 */
import { LayoutStore, RegistryClient, buildImage, copyTree, parseReference } from '@immutable-artefacts/core';

const [dir, megabytes, target] = process.argv.slice(2);
if (dir === undefined || megabytes === undefined || target === undefined) {
  throw new Error('usage: images.js <layout-dir> <megabytes> <registry/repository:tag>');
}
const total = Number(megabytes) * 1_000_000;
const layout = new LayoutStore(dir);
let digest = (await layout.resolve('v1'))?.digest;
if (digest === undefined) {
  // Several layers of decreasing size, like a base, a runtime, dependencies and the app.
  const shares = [0.4, 0.25, 0.15, 0.12, 0.08];
  const manifest = await buildImage(
    layout,
    { layers: shares.map((share) => ({ randomBytes: Math.round(total * share), compression: 'none' as const })) },
    { tag: 'v1' },
  );
  digest = manifest.digest;
}
const ref = parseReference(target);
if (ref.kind !== 'registry' || ref.tag === undefined) throw new Error(`not a registry reference with a tag: ${target}`);
const registry = new RegistryClient({ ignoreDockerConfig: true }).repository(ref);
if ((await registry.resolve(ref.tag))?.digest !== digest) {
  await copyTree(layout, registry, digest, { tag: ref.tag });
}
process.stdout.write(`${digest}\n`);
