// Bundled by bench/sbom-layers.mjs: catalogues the layer files given on the command line, in order,
// through the same catalogImage the image walker will call, and prints one JSON line of results.
import { createReadStream, statSync } from 'node:fs';
import { catalogImage } from '../packages/core/src/sbom/image/layers.js';

const files = process.argv.slice(2);
const started = process.hrtime.bigint();
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const result = await catalogImage(
  files.map((file, i) => ({ digest: `sha256:${String(i).padStart(64, '0')}`, blob: createReadStream(file) })),
);
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const compressed = files.reduce((n, f) => n + statSync(f).size, 0);
const ecosystems: Record<string, number> = {};
for (const c of result.catalog.components) ecosystems[c.ecosystem] = (ecosystems[c.ecosystem] ?? 0) + 1;
console.log(
  JSON.stringify({
    seconds,
    compressedBytes: compressed,
    uncompressedBytes: result.stats.bytes,
    entries: result.stats.entries,
    components: result.catalog.components.length,
    ecosystems,
    peakRssBytes: peak,
  }),
);
