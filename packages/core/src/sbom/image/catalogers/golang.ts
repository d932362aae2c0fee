/** Go build information embedded in binaries. */
import { makeComponent } from '../../component.js';
import type { CatalogerResult, Component } from '../../model.js';
import { golangPurl } from '../../purl.js';

const GO_BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

export interface GoBuildInfo {
  readonly goVersion: string;
  readonly path?: string;
  readonly main?: { path: string; version: string; sum?: string };
  readonly deps: { path: string; version: string; sum?: string; replacedBy?: string }[];
  readonly settings: Record<string, string>;
}

function uvarint(buf: Buffer, at: number): [number, number] | undefined {
  let x = 0;
  let shift = 0;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    const b = buf[i] as number;
    x += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [x, i + 1];
    shift += 7;
  }
  return undefined;
}

/**
 * Parses Go build information from the bytes starting at the `\xff Go buildinf:` header.
 * Go 1.18+ writes the version and module strings inline (flag bit 2); older binaries point into
 * data sections, which this reader does not follow (returns undefined; the caller warns).
 */
export function parseGoBuildInfo(buf: Buffer): GoBuildInfo | undefined {
  if (buf.length < 32 || !buf.subarray(0, 14).equals(GO_BUILDINFO_MAGIC)) return undefined;
  const flags = buf[15] ?? 0;
  if ((flags & 0x2) === 0) return undefined;
  const v = uvarint(buf, 32);
  if (v === undefined) return undefined;
  const goVersion = buf.subarray(v[1], v[1] + v[0]).toString('utf8');
  const m = uvarint(buf, v[1] + v[0]);
  if (m === undefined) return undefined;
  let modinfo = buf.subarray(m[1], m[1] + m[0]).toString('utf8');
  // modinfo is framed by 16-byte sentinels.
  if (modinfo.length >= 33) modinfo = modinfo.slice(16, -16);
  const info: {
    goVersion: string;
    path?: string;
    main?: GoBuildInfo['main'];
    deps: GoBuildInfo['deps'];
    settings: Record<string, string>;
  } = {
    goVersion,
    deps: [],
    settings: {},
  };
  for (const line of modinfo.split('\n')) {
    const f = line.split('\t');
    const mod = { path: f[1] ?? '', version: f[2] ?? '', ...(f[3] ? { sum: f[3] } : {}) };
    if (f[0] === 'path') info.path = f[1] ?? '';
    else if (f[0] === 'mod') info.main = mod;
    else if (f[0] === 'dep') info.deps.push(mod);
    else if (f[0] === '=>' && info.deps.length > 0) {
      // A module replacement is what got compiled; a local directory keeps the original identity.
      const replaced = info.deps[info.deps.length - 1] as GoBuildInfo['deps'][number];
      info.deps[info.deps.length - 1] = /^[./]/.test(mod.path) ? { ...replaced, replacedBy: mod.path } : mod;
    } else if (f[0] === 'build') {
      const kv = f.slice(1).join('\t');
      const eq = kv.indexOf('=');
      if (eq > 0) info.settings[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
  }
  return info;
}

/**
 * Finds the build-info header in a binary as it streams by (never holding the whole file) and
 * returns the bytes from the header on (up to `window`), or undefined if it has none.
 */
export async function findGoBuildInfo(chunks: AsyncIterable<Buffer>, window = 1 << 20): Promise<Buffer | undefined> {
  const overlap = GO_BUILDINFO_MAGIC.length - 1;
  let tail: Buffer = Buffer.alloc(0);
  let captured: Buffer[] | undefined;
  let capturedLength = 0;
  for await (const chunk of chunks) {
    if (captured !== undefined) {
      if (capturedLength < window) {
        // Copied: a chunk may be borrowed (valid only until the next is asked for).
        captured.push(Buffer.from(chunk));
        capturedLength += chunk.length;
      }
      continue;
    }
    // Search the chunk in place; only the few bytes straddling the previous chunk are copied.
    let found: Buffer | undefined;
    if (tail.length > 0) {
      const seam = Buffer.concat([tail, chunk.subarray(0, overlap)]);
      const at = seam.indexOf(GO_BUILDINFO_MAGIC);
      if (at >= 0) found = Buffer.concat([tail.subarray(at), chunk]);
    }
    if (found === undefined) {
      const at = chunk.indexOf(GO_BUILDINFO_MAGIC);
      if (at >= 0) found = Buffer.from(chunk.subarray(at));
    }
    if (found !== undefined) {
      captured = [found];
      capturedLength = found.length;
      continue;
    }
    tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - overlap)));
  }
  return captured === undefined ? undefined : Buffer.concat(captured).subarray(0, window);
}

/** Components from a Go binary's build information: the main module (application) and its deps. */
export function catalogGoBinary(info: GoBuildInfo, location: string): CatalogerResult {
  const deps = info.deps.map((d) =>
    makeComponent({
      ecosystem: 'golang',
      name: d.path,
      version: d.version,
      purl: golangPurl(d.path, d.version),
      foundIn: location,
      properties: { 'go:sum': d.sum, 'go:replaced-by': d.replacedBy },
    }),
  );
  const components: Component[] = [...deps];
  const main = info.main ?? (info.path === undefined ? undefined : { path: info.path, version: '(devel)' });
  if (main !== undefined && main.path !== '') {
    const version = main.version === '(devel)' ? '' : main.version;
    components.push(
      makeComponent({
        ecosystem: 'golang',
        name: main.path,
        version,
        type: 'application',
        purl: golangPurl(main.path, version),
        dependsOn: deps.map((d) => d.purl),
        foundIn: location,
        properties: {
          'go:toolchain': info.goVersion,
          'go:main-version': main.version === '(devel)' ? '(devel)' : undefined,
          'go:GOOS': info.settings.GOOS,
          'go:GOARCH': info.settings.GOARCH,
          'go:vcs.revision': info.settings['vcs.revision'],
        },
      }),
    );
  }
  return { components };
}

/** ELF, Mach-O (32/64, both byte orders, fat) and PE headers: the files worth scanning for Go build info. */
export function looksExecutable(head: Buffer): boolean {
  if (head.length < 4) return false;
  const m = head.readUInt32BE(0);
  return (
    m === 0x7f454c46 ||
    m === 0xfeedface ||
    m === 0xfeedfacf ||
    m === 0xcefaedfe ||
    m === 0xcffaedfe ||
    m === 0xcafebabe ||
    (head[0] === 0x4d && head[1] === 0x5a)
  );
}
