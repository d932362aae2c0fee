/**
 * Image cataloguing as a pure function over layers: apply them in order (whiteouts `.wh.<name>`
 * and opaque directories `.wh..wh..opq` as the OCI image spec defines them), keep only the files
 * the catalogers need (package databases, metadata files, Go build information found while the
 * bytes stream by), and catalogue the final filesystem. Nothing is unpacked to disk.
 *
 * The image walker (registry client or OCI layout reader) feeds `catalogImage` the manifest's
 * layers in manifest order, each as its digest and its blob bytes as they arrive.
 */
import { posix } from 'node:path';
import type { Logger } from '../../log.js';
import { collectNow, transferMemoryGovernor } from '../../oci/memory.js';
import {
  mergeResults,
  type Catalog,
  type CatalogerResult,
  type Component,
  type Distro,
  type License,
} from '../model.js';
import { pep503 } from '../purl.js';
import {
  catalogApkInstalled,
  catalogDpkgStatus,
  catalogGoBinary,
  catalogPackageJson,
  catalogPythonMetadata,
  catalogRpmSqlite,
  debianCopyrightLicenses,
  dpkgOwnedPaths,
  findGoBuildInfo,
  isNodeModulesPackageJson,
  isPythonMetadata,
  looksExecutable,
  parseGoBuildInfo,
  parseOsRelease,
  type GoBuildInfo,
} from './parsers.js';
import { tarEntries, type TarEntry } from './tar.js';

/** One layer as the image walker hands it over. */
export interface ImageLayerInput {
  /** The layer's digest from the manifest (`sha256:…`); locations are `<digest>:/<path>`. */
  readonly digest: string;
  /**
   * The blob's bytes as they arrive (gzip, zstd or plain tar), e.g. a registry response body. A chunk
   * may be borrowed (valid only until the next is asked for, as an OCI layout's blobChunks hands them
   * out): everything downstream copies what it keeps.
   */
  readonly blob: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>;
  /**
   * The blob's chunks are lent from reused buffers: unless the layer is compressed (a decompressor's
   * output is fresh buffers), the walk leaves nothing for a collection to free.
   */
  readonly lent?: boolean;
}

/** One layer as tar entries (what `catalogImage` makes of an ImageLayerInput; tests can feed it directly). */
export interface LayerEntries {
  readonly digest: string;
  readonly entries: AsyncIterable<TarEntry>;
}

export type FindingKind =
  | 'dpkg-status'
  | 'dpkg-status-d'
  | 'dpkg-list'
  | 'dpkg-copyright'
  | 'apk-installed'
  | 'rpm-sqlite'
  | 'rpm-sqlite-wal'
  | 'os-release'
  | 'symlink'
  | 'package-json'
  | 'python-metadata'
  | 'go-binary';

export interface Finding {
  readonly kind: FindingKind;
  /** The layer the file's final version came from. */
  readonly layer: string;
  readonly content?: Buffer;
  readonly linkTarget?: string;
  readonly go?: GoBuildInfo;
  /** dpkg-copyright: the licences, parsed as the file streams by (its text is not kept). */
  readonly licenses?: License[];
}

/** Which kind of file a path is, for the catalogers; undefined for files we do not keep. */
function findingKind(path: string): FindingKind | undefined {
  if (path === 'var/lib/dpkg/status') return 'dpkg-status';
  if (/^var\/lib\/dpkg\/status\.d\/[^/]+$/.test(path) && !path.endsWith('.md5sums')) return 'dpkg-status-d';
  if (/^var\/lib\/dpkg\/info\/[^/]+\.list$/.test(path)) return 'dpkg-list';
  if (/^usr\/share\/doc\/[^/]+\/copyright$/.test(path)) return 'dpkg-copyright';
  if (path === 'lib/apk/db/installed') return 'apk-installed';
  if (path === 'var/lib/rpm/rpmdb.sqlite' || path === 'usr/lib/sysimage/rpm/rpmdb.sqlite') return 'rpm-sqlite';
  if (path === 'var/lib/rpm/rpmdb.sqlite-wal' || path === 'usr/lib/sysimage/rpm/rpmdb.sqlite-wal') {
    return 'rpm-sqlite-wal';
  }
  if (path === 'etc/os-release' || path === 'usr/lib/os-release') return 'os-release';
  if (isNodeModulesPackageJson(path)) return 'package-json';
  if (isPythonMetadata(path)) return 'python-metadata';
  return undefined;
}

export interface ApplyStats {
  layers: number;
  entries: number;
  /** Bytes of file content that streamed through (uncompressed). */
  bytes: number;
}

const MAX_KEPT_FILE = 64 << 20;

/**
 * Layers walked at once. Decompression runs on the thread pool, and one layer's inflate (not the walk on
 * the main thread) bounds the pace of an image SBOM: the main thread waited for it most of the time.
 * A second layer walked meanwhile puts a second core to work; each walk holds its own stream buffers.
 */
const LAYERS_AT_ONCE = 2;

/** What one layer does to the layers below it, found by walking it alone. */
interface LayerChanges {
  /** The findings this layer adds (or replaces), by path. */
  readonly upper: Map<string, Finding>;
  readonly deleted: Set<string>;
  readonly opaque: Set<string>;
  /** Paths this layer puts something at: lower files there (and, for non-directories, below) are gone. */
  readonly replaced: Set<string>;
  readonly replacedByNonDirectory: Set<string>;
}

/** Walks one layer on its own; `stop` ends the walk early (another layer failed: the result is discarded). */
async function walkLayer(layer: LayerEntries, stats: ApplyStats, stop: () => boolean): Promise<LayerChanges> {
  const changes: LayerChanges = {
    upper: new Map(),
    deleted: new Set(),
    opaque: new Set(),
    replaced: new Set(),
    replacedByNonDirectory: new Set(),
  };
  const { upper, deleted, opaque, replaced, replacedByNonDirectory } = changes;
  for await (const entry of layer.entries) {
    if (stop()) break;
    stats.entries++;
    stats.bytes += entry.size;
    const base = posix.basename(entry.path);
    const dir = posix.dirname(entry.path);
    if (base === '.wh..wh..opq') {
      opaque.add(dir === '.' ? '' : dir);
      continue;
    }
    if (base.startsWith('.wh.')) {
      deleted.add(dir === '.' ? base.slice(4) : `${dir}/${base.slice(4)}`);
      continue;
    }
    replaced.add(entry.path);
    if (entry.type !== 'directory') replacedByNonDirectory.add(entry.path);
    upper.delete(entry.path);
    if (entry.type === 'symlink') {
      if (findingKind(entry.path) === 'os-release') {
        upper.set(entry.path, { kind: 'symlink', layer: layer.digest, linkTarget: entry.linkTarget ?? '' });
      }
      continue;
    }
    if (entry.type !== 'file') continue;
    const kind = findingKind(entry.path);
    if (kind === 'dpkg-copyright') {
      const licenses = debianCopyrightLicenses((await entry.read()).toString('utf8'));
      upper.set(entry.path, { kind, layer: layer.digest, licenses });
      continue;
    }
    if (kind !== undefined && entry.size <= MAX_KEPT_FILE) {
      upper.set(entry.path, { kind, layer: layer.digest, content: await entry.read() });
      continue;
    }
    if ((entry.mode & 0o111) !== 0 && entry.size >= 1024) {
      const go = await scanForGo(entry);
      if (go !== undefined) {
        upper.set(entry.path, { kind: 'go-binary', layer: layer.digest, ...(go === 'unreadable' ? {} : { go }) });
      }
    }
  }
  return changes;
}

/**
 * Applies layers in order and returns the surviving findings by path (no leading slash). Up to
 * LAYERS_AT_ONCE layers are walked at once, each on its own; their changes are applied strictly in
 * layer order. A layer is taken from `layers` only when a walk is free for it. After a failure no
 * layer starts, the walks under way stop at their next entry, and the failure of the lowest failing
 * layer is thrown once every walk has ended.
 */
export async function applyLayers(
  layers: AsyncIterable<LayerEntries> | Iterable<LayerEntries>,
  stats: ApplyStats = { layers: 0, entries: 0, bytes: 0 },
): Promise<Map<string, Finding>> {
  const source: AsyncIterator<LayerEntries> = (async function* () {
    yield* layers;
  })();
  const walks: Promise<LayerChanges>[] = [];
  let failed = false;
  let exhausted = false;
  const stop = () => failed;
  const take = async () => {
    const next = await source.next();
    if (next.done === true) {
      exhausted = true;
      return;
    }
    stats.layers++;
    const walk = walkLayer(next.value, stats, stop);
    // Observed at once: a failure stops the others, and is thrown in its layer's turn.
    walk.catch(() => (failed = true));
    walks.push(walk);
  };
  let lower = new Map<string, Finding>();
  try {
    for (let i = 0; ; i++) {
      while (!exhausted && !failed && walks.length < i + LAYERS_AT_ONCE) await take();
      const walk = walks[i];
      if (walk === undefined) break;
      const { upper, deleted, opaque, replaced, replacedByNonDirectory } = await walk;
      const next = new Map<string, Finding>();
      for (const [path, finding] of lower) {
        if (!survives(path, deleted, opaque, replaced, replacedByNonDirectory)) continue;
        next.set(path, finding);
      }
      for (const [path, finding] of upper) next.set(path, finding);
      lower = next;
    }
  } catch (error) {
    failed = true;
    await Promise.allSettled(walks);
    await source.return?.(undefined);
    throw error;
  }
  return lower;
}

/** Whether a lower layer's file at `path` is still visible after this layer's changes. */
function survives(
  path: string,
  deleted: ReadonlySet<string>,
  opaque: ReadonlySet<string>,
  replaced: ReadonlySet<string>,
  replacedByNonDirectory: ReadonlySet<string>,
): boolean {
  if (deleted.has(path) || replaced.has(path)) return false;
  if (opaque.has('')) return false;
  // Walk up the ancestors: a deleted or non-directory-replaced ancestor hides it; so does an opaque one.
  for (let dir = posix.dirname(path); dir !== '.' && dir !== '/'; dir = posix.dirname(dir)) {
    if (deleted.has(dir) || opaque.has(dir) || replacedByNonDirectory.has(dir)) return false;
  }
  return true;
}

/** Build info of a Go binary; 'unreadable' for a Go binary whose build info we cannot read (pre-1.18 layout). */
async function scanForGo(entry: TarEntry): Promise<GoBuildInfo | 'unreadable' | undefined> {
  const iterator = entry.chunks()[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true || !looksExecutable(first.value)) {
    await iterator.return?.();
    return undefined;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value as Buffer;
    for (let n = await iterator.next(); n.done !== true; n = await iterator.next()) yield n.value;
  }
  const header = await findGoBuildInfo(all());
  if (header === undefined) return undefined;
  return parseGoBuildInfo(header) ?? 'unreadable';
}

export interface ImageCatalogResult {
  readonly catalog: Catalog;
  readonly stats: ApplyStats;
  /** Language packages left out because an OS package owns their files. */
  readonly ownedSkipped: number;
}

/** Catalogues the filesystem that `applyLayers` left. */
async function catalogFindings(findings: Map<string, Finding>): Promise<{ catalog: Catalog; ownedSkipped: number }> {
  const loc = (path: string, f: Finding) => `${f.layer}:/${path}`;
  let distro: Distro | undefined;
  for (const candidate of ['etc/os-release', 'usr/lib/os-release']) {
    let f = findings.get(candidate);
    if (f?.kind === 'symlink') {
      const target = posix.normalize(
        f.linkTarget?.startsWith('/') === true
          ? f.linkTarget.slice(1)
          : posix.join(posix.dirname(candidate), f.linkTarget ?? ''),
      );
      f = findings.get(target);
    }
    if (f?.content !== undefined) {
      distro = parseOsRelease(f.content.toString('utf8'));
      if (distro !== undefined) break;
    }
  }
  const results: CatalogerResult[] = [];
  const sorted = [...findings.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Ownership is only asked about language-package files, so only those paths are looked up
  // (an OS package database lists hundreds of thousands of paths; none of them is kept).
  const languageKinds = new Set<FindingKind>(['package-json', 'python-metadata', 'go-binary']);
  const candidates = new Set(sorted.filter(([, f]) => languageKinds.has(f.kind)).map(([p]) => p));
  const owned = new Set<string>();
  for (const [path, f] of sorted) {
    const text = () => f.content?.toString('utf8') ?? '';
    if (f.kind === 'dpkg-status' || f.kind === 'dpkg-status-d')
      results.push(catalogDpkgStatus(text(), loc(path, f), distro));
    else if (f.kind === 'dpkg-list') {
      if (candidates.size > 0) for (const p of dpkgOwnedPaths(text())) if (candidates.has(p)) owned.add(p);
    } else if (f.kind === 'apk-installed') {
      const apk = catalogApkInstalled(text(), loc(path, f), distro);
      for (const p of apk.owned) if (candidates.has(p)) owned.add(p);
      results.push(apk);
    } else if (f.kind === 'rpm-sqlite' && f.content !== undefined) {
      // The write-ahead log belongs to the database only when the same layer wrote both.
      const log = findings.get(`${path}-wal`);
      const wal = log?.layer === f.layer ? log.content : undefined;
      const rpm = await catalogRpmSqlite(f.content, loc(path, f), distro, {
        candidates,
        ...(wal === undefined ? {} : { wal }),
      });
      for (const p of rpm.owned) owned.add(p);
      results.push(rpm);
    }
  }
  // Debian packages' licences from their machine-readable copyright files (by package name).
  const copyright = new Map<string, License[]>();
  for (const [path, f] of sorted) {
    if (f.kind === 'dpkg-copyright' && f.licenses !== undefined && f.licenses.length > 0) {
      copyright.set(path.split('/')[3] ?? '', f.licenses);
    }
  }
  if (copyright.size > 0) {
    for (const [i, r] of results.entries()) {
      results[i] = {
        ...r,
        components: r.components.map((c) =>
          c.ecosystem === 'deb' && c.licenses.length === 0 && copyright.has(c.name)
            ? { ...c, licenses: copyright.get(c.name) as License[] }
            : c,
        ),
      };
    }
  }
  let ownedSkipped = 0;
  const python: Component[] = [];
  for (const [path, f] of sorted) {
    const isLanguage = f.kind === 'package-json' || f.kind === 'python-metadata' || f.kind === 'go-binary';
    if (!isLanguage) continue;
    if (owned.has(path)) {
      ownedSkipped++;
      continue;
    }
    if (f.kind === 'package-json') results.push(catalogPackageJson(f.content?.toString('utf8') ?? '', loc(path, f)));
    else if (f.kind === 'python-metadata') {
      python.push(...catalogPythonMetadata(f.content?.toString('utf8') ?? '', loc(path, f)).components);
    } else if (f.go !== undefined) results.push(catalogGoBinary(f.go, loc(path, f)));
    else {
      results.push({
        components: [],
        warnings: [`${loc(path, f)}: Go binary whose build information is not inline (built before Go 1.18); not read`],
      });
    }
  }
  // Python edges: Requires-Dist names resolved among the distributions installed in the image.
  const byName = new Map(python.map((c) => [pep503(c.name), c.purl]));
  results.push({
    components: python.map((c) => {
      const { 'pypi:requires': requires, ...properties } = c.properties;
      return {
        ...c,
        properties,
        dependsOn: (requires ?? '')
          .split(',')
          .map((n) => byName.get(n))
          .filter((p): p is string => p !== undefined),
      };
    }),
  });
  return { catalog: mergeResults(results, distro), ownedSkipped };
}

/** The whole image: layers in manifest order → catalogue. */
export async function catalogImage(
  layers: AsyncIterable<ImageLayerInput> | Iterable<ImageLayerInput>,
  options: { logger?: Logger } = {},
): Promise<ImageCatalogResult> {
  const stats: ApplyStats = { layers: 0, entries: 0, bytes: 0 };
  // Every decompressed chunk (and every chunk of a registry's response) is a fresh buffer that V8 frees
  // only when it collects: a young-generation collection every 8 MiB keeps the peak flat in the layer's
  // size. Not every 2 MiB as a transfer does: on bench/sbom-image's image of many files, that took more
  // CPU and a higher peak (the walk's own objects, alive across more collections, reach the old
  // generation), though it helped a layer of one big random file. No full collections: the chunks die
  // young here (nothing holds them across an await the way a transfer's in-flight chunks are held), and
  // with the CLI's heap a full collection every 64 MiB doubled the CPU of a 1 GB layer (bench/sbom-flat).
  // A plain layer lent from a layout's reused buffers has nothing to free: it is not counted.
  const governor = transferMemoryGovernor(8 << 20, Number.POSITIVE_INFINITY);
  async function* asEntries(): AsyncGenerator<LayerEntries> {
    for await (const layer of layers) {
      options.logger?.info(`layer ${stats.layers + 1}: ${layer.digest}`);
      const govern = (bytes: number, decompressed: boolean) => {
        if (decompressed || layer.lent !== true) governor(bytes);
      };
      yield { digest: layer.digest, entries: tarEntries(layer.blob, govern) };
    }
  }
  const findings = await applyLayers(asEntries(), stats);
  // One full collection between the walk and the catalogue: the catalogue and the documents allocate
  // more in tens of milliseconds than the walk holds, and what the peak then is depended on the state
  // the walk left the heap in. A 2 GB plain layer from a layout (bench/sbom-flat), 8 runs: peak 92.1 to
  // 111.4 MiB without it, 92.8 to 95.0 MiB with it; at 100 MB the same CPU and wall time (15 pairs),
  // as it replaces a collection that came later anyway.
  collectNow('major');
  const { catalog, ownedSkipped } = await catalogFindings(findings);
  return { catalog, stats, ownedSkipped };
}
