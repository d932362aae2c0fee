/**
 * The transfer memory governor: collections on a schedule of bytes moved, and only where the chunks
 * moved were fresh buffers. A promotion from an OCI layout sends lent chunks (two reused buffers) and
 * leaves the collector alone; one from a registry collects as it goes. So does the image SBOM's walk:
 * a plain layer lent by a layout is not counted, a compressed one (the decompressor's output is fresh)
 * or one read from fresh chunks is; the walk then ends with one full collection before the catalogue.
 * The collector is watched through the `gc` function the governor uses when the process already has one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LayoutStore } from '../../src/oci/layout.js';
import { buildImage } from '../../src/oci/builder.js';
import { transferMemoryGovernor } from '../../src/oci/memory.js';
import { promote } from '../../src/promote/promote.js';
import { catalogImage } from '../../src/sbom/image/layers.js';
import type { ImageManifest } from '../../src/oci/media.js';
import { startRegistry, type TestRegistry } from '../../../../test/harness/registry.js';

type Collect = (options?: { type?: 'minor' | 'major' }) => void;
const collections: ('minor' | 'major')[] = [];
const globals = globalThis as { gc?: Collect };
const previous = globals.gc;
const work = mkdtempSync(path.join(tmpdir(), 'ia-oci-memory-'));
let registry: TestRegistry;

beforeAll(async () => {
  globals.gc = (options) => collections.push(options?.type ?? 'major');
  registry = await startRegistry();
});
afterAll(async () => {
  if (previous === undefined) delete globals.gc;
  else globals.gc = previous;
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
});

const MiB = 1024 * 1024;

describe('transfer memory governor', () => {
  it('collects the young generation every 2 MiB moved and the whole heap every 64 MiB', () => {
    collections.length = 0;
    const govern = transferMemoryGovernor();
    for (let i = 0; i < 130; i++) govern(MiB);
    expect(collections.length).toBe(65);
    expect(collections.filter((c) => c === 'major').length).toBe(2);
    expect(collections[31]).toBe('major');
    expect(collections[63]).toBe('major');
    // Small chunks add up the same way.
    collections.length = 0;
    const small = transferMemoryGovernor(4 * MiB, Number.POSITIVE_INFINITY);
    for (let i = 0; i < 1024; i++) small(16 * 1024);
    expect(collections).toEqual(['minor', 'minor', 'minor', 'minor']);
  });

  it('leaves the collector alone for lent chunks (layout source), and collects for fresh ones (registry source)', async () => {
    const layoutDir = path.join(work, 'layout');
    const image = await buildImage(new LayoutStore(layoutDir), {
      layers: [{ randomBytes: 10 * MiB, compression: 'none' }],
    });
    const options = {
      registry: { ignoreDockerConfig: true },
      settleMs: 50,
      record: false,
      env: {},
    };
    collections.length = 0;
    const pushed = await promote({
      ...options,
      source: `oci:${layoutDir}@${image.digest}`,
      destinations: [`${registry.host}/memory/pushed:v1`],
    });
    expect(pushed.bytesCopied).toBeGreaterThanOrEqual(10 * MiB);
    expect(collections).toEqual([]);

    const copied = await promote({
      ...options,
      source: `${registry.host}/memory/pushed:v1`,
      destinations: [`${registry.host}/memory/copied:v1`],
      mountFrom: [],
    });
    // Mounted within one registry: nothing moved, nothing collected.
    expect(copied.blobsMounted).toBeGreaterThan(0);
    expect(copied.bytesCopied).toBe(0);
    expect(collections).toEqual([]);

    const out = path.join(work, 'out');
    const pulled = await promote({
      ...options,
      source: `${registry.host}/memory/pushed:v1`,
      destinations: [`oci:${out}:v1`],
    });
    expect(pulled.bytesCopied).toBeGreaterThanOrEqual(10 * MiB);
    expect(collections.length).toBeGreaterThanOrEqual(3);
  });

  it('the image walk collects for decompressed or fresh chunks, not for a plain layer lent by a layout', async () => {
    const store = new LayoutStore(path.join(work, 'walk'));
    const image = await buildImage(store, {
      layers: [{ randomBytes: 10 * MiB, compression: 'none' }, { randomBytes: 10 * MiB }],
    });
    const [plain, gzip] = (image.parsed as ImageManifest).layers as [
      ImageManifest['layers'][0],
      ImageManifest['layers'][0],
    ];
    const walk = async (layer: typeof plain, lent: boolean) => {
      collections.length = 0;
      const blob = lent ? store.blobChunks(layer) : await store.getBlob(layer);
      const { stats } = await catalogImage([{ digest: layer.digest, blob, lent }]);
      expect(stats.bytes).toBeGreaterThanOrEqual(10 * MiB);
      // Then one full collection between the walk and the catalogue, whatever the layer.
      expect(collections.at(-1)).toBe('major');
      return collections.slice(0, -1);
    };
    expect(await walk(plain, true)).toEqual([]);
    // The walk collects the young generation every 8 MiB of fresh chunks: once in each 10 MiB layer.
    expect(await walk(gzip, true)).toEqual(['minor']);
    expect(await walk(plain, false)).toEqual(['minor']);
  });
});
