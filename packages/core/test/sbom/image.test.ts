/**
 * Image-side catalogers on real content: this machine's dpkg database, a node_modules tree that
 * real npm installs here, pip's own dist-info, real Go binaries (skopeo, which the test setup
 * installs), all packed into layers by GNU tar and compressed by gzip and zstd, then read back
 * by our streaming tar reader and layer logic.
 */
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as zlib from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tarEntries, zstdAvailable } from '../../src/sbom/image/tar.js';
import { applyLayers, catalogImage, type ImageLayerInput } from '../../src/sbom/image/layers.js';
import {
  catalogApkInstalled,
  catalogDpkgStatus,
  catalogGoBinary,
  catalogPythonMetadata,
  debianCopyrightLicenses,
  findGoBuildInfo,
  parseGoBuildInfo,
  parseOsRelease,
} from '../../src/sbom/image/parsers.js';
import { npmPurl } from '../../src/sbom/purl.js';
import { writeCycloneDx, writeSpdx } from '../../src/sbom/writers.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'sbom-image-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dpkgQuery = () =>
  [
    ...new Set(
      execFileSync('dpkg-query', ['-W', '-f', '${Package} ${Version}\n'], { encoding: 'utf8' }).trim().split('\n'),
    ),
  ].sort();

function tarOf(dir: string, out: string, compress: 'gzip' | 'zstd' | 'none', format = 'pax'): string {
  const plain = `${out}.tar`;
  execFileSync('tar', ['-C', dir, `--format=${format}`, '-cf', plain, '.']);
  if (compress === 'none') return plain;
  if (compress === 'zstd' && !hasCommand('zstd')) {
    // No zstd CLI: Node's own zstd where it has one; else a bare zstd frame header, enough to be refused.
    const zstd = (zlib as { zstdCompressSync?: (b: Buffer) => Buffer }).zstdCompressSync;
    const bytes = zstd === undefined ? Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0]) : zstd(readFileSync(plain));
    writeFileSync(`${plain}.zst`, bytes);
    return `${plain}.zst`;
  }
  execFileSync(compress, ['-q', '-f', plain]);
  return compress === 'gzip' ? `${plain}.gz` : `${plain}.zst`;
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v "$0"', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const layer = (digest: string, file: string): ImageLayerInput => ({ digest, blob: createReadStream(file) });

describe('streaming tar reader', () => {
  const src = join(work, 'tar-src');
  beforeAll(() => {
    const long = join(src, 'a'.repeat(60), 'b'.repeat(60), 'c'.repeat(40));
    mkdirSync(long, { recursive: true });
    writeFileSync(join(long, 'long-name-file.txt'), 'deep\n');
    writeFileSync(join(src, 'exact-512'), Buffer.alloc(512, 0x41));
    writeFileSync(join(src, 'empty'), '');
    writeFileSync(join(src, 'big.bin'), Buffer.alloc(2_500_000, 7));
    symlinkSync('exact-512', join(src, 'link'));
  });

  it.each([
    ['pax', 'none'],
    ['gnu', 'gzip'],
    ['pax', 'zstd'],
  ] as const)('%s format, %s: same entries and bytes as GNU tar lists', async (format, compress) => {
    const file = tarOf(src, join(work, `t-${format}-${compress}`), compress, format);
    if (compress === 'zstd' && !zstdAvailable()) {
      const consume = async () => {
        for await (const _ of tarEntries(createReadStream(file))) void _;
      };
      await expect(consume()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
      return;
    }
    const listed = execFileSync('tar', ['-tf', file], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''))
      .filter((p) => p !== '.' && p !== '')
      .sort();
    const seen: string[] = [];
    const contents = new Map<string, Buffer>();
    for await (const e of tarEntries(createReadStream(file))) {
      if (e.path === '' || e.path === '.') continue;
      seen.push(e.path);
      if (e.type === 'file' && e.path !== 'big.bin') contents.set(e.path, await e.read());
      if (e.type === 'symlink') expect(e.linkTarget).toBe('exact-512');
    }
    expect(seen.sort()).toEqual(listed);
    const longPath = `${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(40)}/long-name-file.txt`;
    expect(contents.get(longPath)?.toString()).toBe('deep\n');
    expect(contents.get('exact-512')).toEqual(Buffer.alloc(512, 0x41));
    expect(contents.get('empty')?.length).toBe(0);
  });

  it.each(['none', 'gzip'] as const)(
    '%s: every uncompressed byte is counted once as it arrives (what keeps memory flat in the layer size)',
    async (compress) => {
      const file = tarOf(src, join(work, `t-count-${compress}`), compress);
      const plain = readFileSync(tarOf(src, join(work, `t-count-plain-${compress}`), 'none'));
      let counted = 0;
      let calls = 0;
      for await (const e of tarEntries(createReadStream(file, { highWaterMark: 4096 }), (n) => {
        counted += n;
        calls++;
      })) {
        if (e.type === 'file') await e.read();
      }
      // The reader stops at the end-of-archive marker; it may not pull the zero padding after it.
      expect(counted).toBeGreaterThan(plain.length - 10_240);
      expect(counted).toBeLessThanOrEqual(plain.length);
      // More than one piece: big.bin alone is over two of zlib's 1 MiB output chunks.
      expect(calls).toBeGreaterThan(2);
      // And no more pieces than 1 MiB ones: each is a round trip to the thread pool (16 KiB ones, zlib's
      // default, made an image SBOM take about twice as long).
      if (compress === 'gzip') expect(calls).toBeLessThanOrEqual(Math.ceil(plain.length / (1 << 20)) + 1);
    },
  );

  it('a truncated stream fails with SBOM_FAILED rather than a short read', async () => {
    const file = tarOf(src, join(work, 't-trunc'), 'none');
    const bytes = readFileSync(file).subarray(0, 2000);
    const consume = async () => {
      for await (const e of tarEntries([bytes])) await e.read();
    };
    await expect(consume()).rejects.toMatchObject({ code: 'SBOM_FAILED' });
  });
});

describe('dpkg, distroless status.d, os-release', () => {
  const status = readFileSync('/var/lib/dpkg/status', 'utf8');
  const distro = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));

  it('this machine’s dpkg status: the component set equals dpkg-query -W', () => {
    const r = catalogDpkgStatus(status, '/var/lib/dpkg/status', distro);
    const ours = [...new Set(r.components.map((c) => `${c.name} ${c.version}`))].sort();
    expect(ours.length).toBeGreaterThan(100);
    expect(ours).toEqual(dpkgQuery());
    const libc = r.components.find((c) => c.name === 'libc6');
    expect(libc?.purl).toMatch(new RegExp(`^pkg:deb/${distro?.id}/libc6@[^?]+\\?arch=[a-z0-9]+&distro=${distro?.id}-`));
    // Depends edges point at installed packages.
    expect(r.components.some((c) => c.dependsOn.includes(libc?.purl ?? ''))).toBe(true);
  });

  it('distroless status.d (one file per package) gives the same set', async () => {
    const stanzas = status.split(/\n\n+/).filter((s) => s.trim() !== '');
    const root = join(work, 'distroless');
    mkdirSync(join(root, 'var/lib/dpkg/status.d'), { recursive: true });
    stanzas.forEach((s, i) => {
      const name = /^Package: (.+)$/m.exec(s)?.[1] ?? `p${i}`;
      writeFileSync(join(root, 'var/lib/dpkg/status.d', `${name}-${i}`), `${s}\n`);
      writeFileSync(join(root, 'var/lib/dpkg/status.d', `${name}-${i}.md5sums`), 'ignored\n');
    });
    const file = tarOf(root, join(work, 'distroless'), 'gzip');
    const { catalog } = await catalogImage([layer('sha256:' + 'd'.repeat(64), file)]);
    expect([...new Set(catalog.components.map((c) => `${c.name} ${c.version}`))].sort()).toEqual(dpkgQuery());
  });

  it('os-release with quotes', () => {
    expect(parseOsRelease('ID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"\n')).toEqual({
      id: 'alpine',
      versionId: '3.19.1',
      prettyName: 'Alpine Linux v3.19',
    });
  });
});

// rpm: rpm.test.ts, on a real rpmdb.sqlite written by Debian's rpm.
describe('apk (hand-built: no Alpine database on this machine)', () => {
  it('apk installed: packages, licences, provides-resolved edges, owned files', () => {
    const text = [
      'C:Q1abc=',
      'P:musl',
      'V:1.2.4-r2',
      'A:x86_64',
      'L:MIT',
      'o:musl',
      'p:so:libc.musl-x86_64.so.1=1',
      'F:lib',
      'R:ld-musl-x86_64.so.1',
      '',
      'P:busybox',
      'V:1.36.1-r15',
      'A:x86_64',
      'L:GPL-2.0-only',
      'D:so:libc.musl-x86_64.so.1',
      'F:bin',
      'R:busybox',
      '',
    ].join('\n');
    const r = catalogApkInstalled(text, 'lib/apk/db/installed', { id: 'alpine', versionId: '3.19.1' });
    expect(r.components.map((c) => c.purl)).toEqual([
      'pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=alpine-3.19.1',
      'pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&distro=alpine-3.19.1',
    ]);
    expect(r.components[1]?.dependsOn).toEqual(['pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=alpine-3.19.1']);
    expect(r.components[1]?.licenses).toEqual([{ expression: 'GPL-2.0-only' }]);
    expect(r.owned).toEqual(['lib/ld-musl-x86_64.so.1', 'bin/busybox']);
  });
});

describe('Go build information in real binaries', () => {
  const bytesOf = (p: string) => readFileSync(p);
  // The oracle: dep lines (and a following `=>` module replacement) found by a plain regex over the
  // bytes, without the header parsing under test. Local-directory replacements keep the dep line.
  const rawDeps = (b: Buffer) =>
    dedupe(
      [...b.toString('latin1').matchAll(/\ndep\t([^\t\n]+)\t([^\t\n]+)[^\n]*(?:\n=>\t([^\t\n]+)\t([^\t\n]*))?/g)].map(
        (m) => (m[3] !== undefined && !/^[./]/.test(m[3]) ? `${m[3]}@${m[4]}` : `${m[1]}@${m[2]}`),
      ),
    );
  // Binaries can hold the module text twice (the linker keeps a copy for runtime/debug).
  const dedupe = (list: string[]) => [...new Set(list)];

  it('skopeo (installed by the test setup): toolchain and main package path', async () => {
    const bytes = bytesOf('/usr/bin/skopeo');
    const header = await findGoBuildInfo(
      (async function* () {
        for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
      })(),
    );
    const info = parseGoBuildInfo(header as Buffer);
    expect(info?.goVersion).toMatch(/^go1\.\d+/);
    expect(info?.path).toBe('github.com/containers/skopeo/cmd/skopeo');
    expect(info?.deps.map((d) => `${d.path}@${d.version}`)).toEqual(rawDeps(bytes));
    const r = catalogGoBinary(info as NonNullable<typeof info>, 'usr/bin/skopeo');
    expect(r.components.find((c) => c.type === 'application')?.purl).toBe(
      'pkg:golang/github.com/containers/skopeo/cmd/skopeo',
    );
  });

  const terraform = '/usr/local/bin/terraform';
  (existsSync(terraform) ? it : it.skip)(
    'a module-mode binary (terraform, where installed): every dep line',
    async () => {
      const bytes = bytesOf(terraform);
      const header = await findGoBuildInfo(
        (async function* () {
          yield bytes;
        })(),
      );
      const info = parseGoBuildInfo(header as Buffer);
      expect(info?.deps.length).toBeGreaterThan(10);
      expect(info?.deps.map((d) => `${d.path}@${d.version}`)).toEqual(rawDeps(bytes));
    },
  );
});

describe('images assembled from real package databases, applied layer by layer', () => {
  const rootfs = join(work, 'rootfs');
  const app = join(rootfs, 'app');
  let npmOracle: string[] = [];
  const pipVersion = /^pip (\S+)/.exec(execFileSync('python3', ['-m', 'pip', '--version'], { encoding: 'utf8' }))?.[1];
  const pipDistInfo = execFileSync(
    'python3',
    ['-c', 'import pip,os;print(os.path.dirname(os.path.dirname(pip.__file__)))'],
    { encoding: 'utf8' },
  ).trim();

  beforeAll(() => {
    mkdirSync(join(rootfs, 'etc'), { recursive: true });
    mkdirSync(join(rootfs, 'usr/lib'), { recursive: true });
    cpSync('/usr/lib/os-release', join(rootfs, 'usr/lib/os-release'));
    symlinkSync('../usr/lib/os-release', join(rootfs, 'etc/os-release'));
    mkdirSync(join(rootfs, 'var/lib/dpkg/info'), { recursive: true });
    cpSync('/var/lib/dpkg/status', join(rootfs, 'var/lib/dpkg/status'));
    for (const f of readdirSync('/var/lib/dpkg/info').filter((n) => n.endsWith('.list'))) {
      cpSync(join('/var/lib/dpkg/info', f), join(rootfs, 'var/lib/dpkg/info', f));
    }
    // Debian copyright files (machine-readable ones give the packages' licences).
    for (const pkg of readdirSync('/usr/share/doc')) {
      try {
        const text = readFileSync(join('/usr/share/doc', pkg, 'copyright'));
        mkdirSync(join(rootfs, 'usr/share/doc', pkg), { recursive: true });
        writeFileSync(join(rootfs, 'usr/share/doc', pkg, 'copyright'), text);
      } catch {
        // no copyright file for this one
      }
    }
    // A dpkg-owned Python distribution: must not be reported again as pypi.
    const owned = '/usr/lib/python3/dist-packages/PyGObject-3.42.2.egg-info/PKG-INFO';
    if (existsSync(owned)) cpSync(owned, join(rootfs, owned.slice(1)));
    // pip's own dist-info, as an application's site-packages would hold it.
    const pipInfo = readdirSync(pipDistInfo).find((n) => /^pip-.*\.dist-info$/.test(n)) as string;
    cpSync(join(pipDistInfo, pipInfo), join(rootfs, 'app/site-packages', pipInfo), { recursive: true });
    // A Go binary outside any OS package.
    mkdirSync(join(rootfs, 'opt/bin'), { recursive: true });
    cpSync('/usr/bin/skopeo', join(rootfs, 'opt/bin/skopeo'));
    // node_modules installed by real npm from the npm3 fixture's lockfile.
    mkdirSync(app, { recursive: true });
    cpSync(join(here, '..', 'fixtures', 'sbom', 'lockfiles', 'npm3'), app, { recursive: true });
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: app, stdio: 'ignore' });
    const tree = JSON.parse(execFileSync('npm', ['ls', '--all', '--json'], { cwd: app, encoding: 'utf8' })) as {
      dependencies?: Record<string, { version: string; dependencies?: object }>;
    };
    const all = new Set<string>();
    const visit = (deps: Record<string, { version: string; dependencies?: object }> | undefined) => {
      for (const [n, d] of Object.entries(deps ?? {})) {
        all.add(npmPurl(n, d.version));
        visit(d.dependencies as typeof deps);
      }
    };
    visit(tree.dependencies);
    npmOracle = [...all].sort();
  }, 120_000);

  it('one gzip layer: dpkg set = dpkg-query, npm set = npm ls, pip found, owned Python skipped, Go binary found', async () => {
    const file = tarOf(rootfs, join(work, 'base'), 'gzip');
    const digest = `sha256:${'1'.repeat(64)}`;
    const { catalog, ownedSkipped, stats } = await catalogImage([layer(digest, file)]);
    const deb = catalog.components.filter((c) => c.ecosystem === 'deb');
    expect([...new Set(deb.map((c) => `${c.name} ${c.version}`))].sort()).toEqual(dpkgQuery());
    expect(
      catalog.components
        .filter((c) => c.ecosystem === 'npm')
        .map((c) => c.purl)
        .sort(),
    ).toEqual(npmOracle);
    const pypi = catalog.components.filter((c) => c.ecosystem === 'pypi');
    expect(pypi.map((c) => `${c.name}@${c.version}`)).toEqual([`pip@${pipVersion}`]);
    expect(pypi[0]?.foundIn[0]).toMatch(new RegExp(`^${digest}:/app/site-packages/pip-.*\\.dist-info/METADATA$`));
    if (existsSync('/usr/lib/python3/dist-packages/PyGObject-3.42.2.egg-info/PKG-INFO'))
      expect(ownedSkipped).toBeGreaterThan(0);
    expect(catalog.components.some((c) => c.purl === 'pkg:golang/github.com/containers/skopeo/cmd/skopeo')).toBe(true);
    expect(catalog.distro?.id).toBe(parseOsRelease(readFileSync('/etc/os-release', 'utf8'))?.id);
    // Licences from DEP-5 copyright files: a plain `License: GPL-2+` / `Expat` / `Apache-2.0` line
    // (found by grep, independently) shows up in that package's licences.
    const plain: Record<string, string> = { 'GPL-2+': 'GPL-2.0-or-later', Expat: 'MIT', 'Apache-2.0': 'Apache-2.0' };
    let checked = 0;
    for (const c of deb) {
      const file = join('/usr/share/doc', c.name, 'copyright');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      if (!/^Format:/m.test(text)) continue;
      const values = [...text.matchAll(/^License:[ \t]*(\S+)[ \t]*$/gm)].map((m) => m[1] as string);
      for (const v of values.filter((x) => plain[x] !== undefined)) {
        expect({ name: c.name, licenses: c.licenses }).toEqual({
          name: c.name,
          licenses: expect.arrayContaining([{ expression: plain[v] }]),
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(stats.layers).toBe(1);
    // The documents for an image validate too.
    const subject = {
      kind: 'image' as const,
      name: 'example/app',
      digest: `sha256:${'f'.repeat(64)}`,
      timestamp: new Date(0),
    };
    expect(await cycloneDxErrors(writeCycloneDx(catalog, subject).content)).toBeNull();
    expect(spdxErrors(writeSpdx(catalog, subject).content)).toBeNull();
  }, 120_000);

  it('later layers: whiteout deletes, opaque directory hides lower content only, replacement wins (gzip + zstd + plain)', async () => {
    const base = tarOf(rootfs, join(work, 'base2'), 'gzip');
    const l2 = join(work, 'l2');
    mkdirSync(join(l2, 'app/node_modules/@isaacs/new-pkg'), { recursive: true });
    writeFileSync(join(l2, 'app/node_modules/.wh.is-odd'), '');
    writeFileSync(join(l2, 'app/node_modules/@isaacs/.wh..wh..opq'), '');
    writeFileSync(
      join(l2, 'app/node_modules/@isaacs/new-pkg/package.json'),
      '{"name":"@isaacs/new-pkg","version":"1.0.0","license":"ISC"}',
    );
    mkdirSync(join(l2, 'opt'), { recursive: true });
    writeFileSync(join(l2, 'opt/.wh.bin'), '');
    const l3 = join(work, 'l3');
    mkdirSync(join(l3, 'var/lib/dpkg'), { recursive: true });
    const firstTen = readFileSync('/var/lib/dpkg/status', 'utf8').split(/\n\n+/).slice(0, 10).join('\n\n');
    writeFileSync(join(l3, 'var/lib/dpkg/status'), `${firstTen}\n`);
    const layers = [
      layer(`sha256:${'1'.repeat(64)}`, base),
      layer(`sha256:${'2'.repeat(64)}`, tarOf(l2, join(work, 'l2'), zstdAvailable() ? 'zstd' : 'gzip')),
      layer(`sha256:${'3'.repeat(64)}`, tarOf(l3, join(work, 'l3'), 'none')),
    ];
    const { catalog } = await catalogImage(layers);
    const npm = catalog.components
      .filter((c) => c.ecosystem === 'npm')
      .map((c) => c.purl)
      .sort();
    const expected = npmOracle
      .filter((p) => p !== 'pkg:npm/is-odd@3.0.1' && !p.startsWith('pkg:npm/%40isaacs/'))
      .concat('pkg:npm/%40isaacs/new-pkg@1.0.0')
      .sort();
    expect(npm).toEqual(expected);
    expect(catalog.components.filter((c) => c.ecosystem === 'golang')).toEqual([]);
    const deb = catalog.components.filter((c) => c.ecosystem === 'deb');
    expect(deb).toHaveLength(10);
    expect(deb.every((c) => c.foundIn[0]?.startsWith(`sha256:${'3'.repeat(64)}:/var/lib/dpkg/status`))).toBe(true);
    const added = catalog.components.find((c) => c.purl === 'pkg:npm/%40isaacs/new-pkg@1.0.0');
    expect(added?.foundIn).toEqual([`sha256:${'2'.repeat(64)}:/app/node_modules/@isaacs/new-pkg/package.json`]);
  }, 120_000);

  it('applyLayers over hand-fed entries: a later file replaces an earlier directory tree', async () => {
    const entry = (path: string, type: 'file' | 'directory', body = '') => ({
      path,
      type,
      size: body.length,
      mode: 0o644,
      read: async () => Buffer.from(body),
      chunks: async function* () {
        yield Buffer.from(body);
      },
    });
    const gen = async function* <T>(items: T[]) {
      yield* items;
    };
    const findings = await applyLayers([
      {
        digest: 'sha256:a',
        entries: gen([entry('x/node_modules/p/package.json', 'file', '{"name":"p","version":"1.0.0"}')]),
      },
      { digest: 'sha256:b', entries: gen([entry('x/node_modules', 'file', 'now a file')]) },
    ]);
    expect([...findings.keys()]).toEqual([]);
  });

  describe('layers walked two at a time, applied in layer order', () => {
    const pkg = (name: string, version: string) => JSON.stringify({ name, version });
    const file = (path: string, body = '') => ({
      path,
      type: 'file' as const,
      size: body.length,
      mode: 0o644,
      read: async () => Buffer.from(body),
      chunks: async function* () {
        yield Buffer.from(body);
      },
    });
    /** A gate: a promise and the function that opens it. */
    const gate = () => {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { opened, open };
    };

    it('walks the next layer while one is walked, yet applies each layer over the ones below', async () => {
      const events: string[] = [];
      const secondStarted = gate();
      let walking = 0;
      let most = 0;
      const walked = (name: string, entries: ReturnType<typeof file>[], before?: Promise<void>) => ({
        digest: `sha256:${name}`,
        entries: (async function* () {
          walking++;
          most = Math.max(most, walking);
          events.push(`${name} starts`);
          if (name === 'b') secondStarted.open();
          try {
            // The lowest layer finishes last: it waits for the one above it to be under way.
            if (before !== undefined) await before;
            yield* entries;
          } finally {
            walking--;
            events.push(`${name} ends`);
          }
        })(),
      });
      const taken: string[] = [];
      const layers = (async function* () {
        for (const layer of [
          walked(
            'a',
            [
              file('app/node_modules/p/package.json', pkg('p', '1.0.0')),
              file('app/node_modules/q/package.json', pkg('q', '1.0.0')),
            ],
            secondStarted.opened,
          ),
          // b deletes q and replaces p; c puts p back at 3.0.0.
          walked('b', [file('app/node_modules/.wh.q'), file('app/node_modules/p/package.json', pkg('p', '2.0.0'))]),
          walked('c', [file('app/node_modules/p/package.json', pkg('p', '3.0.0'))]),
        ]) {
          taken.push(layer.digest);
          yield layer;
        }
      })();
      const stats = { layers: 0, entries: 0, bytes: 0 };
      const findings = await applyLayers(layers, stats);
      expect([...findings.keys()]).toEqual(['app/node_modules/p/package.json']);
      expect(findings.get('app/node_modules/p/package.json')?.content?.toString()).toBe(pkg('p', '3.0.0'));
      expect(findings.get('app/node_modules/p/package.json')?.layer).toBe('sha256:c');
      // b was under way before a ended; never more than two at once.
      expect(events.indexOf('b starts')).toBeLessThan(events.indexOf('a ends'));
      expect(most).toBe(2);
      expect(taken).toEqual(['sha256:a', 'sha256:b', 'sha256:c']);
      expect(stats).toMatchObject({ layers: 3, entries: 5 });
    });

    it('after a failure takes no more layers, stops the walk under way, and throws the lowest failing layer’s error', async () => {
      const finished: string[] = [];
      const bFailed = gate();
      const taken: string[] = [];
      const endless = (name: string) => ({
        digest: `sha256:${name}`,
        entries: (async function* () {
          try {
            yield file(`${name}/first`);
            await bFailed.opened;
            for (let i = 0; ; i++) yield file(`${name}/${i}`);
          } finally {
            finished.push(name);
          }
        })(),
      });
      const failing = (name: string, after?: () => void) => ({
        digest: `sha256:${name}`,
        entries: (async function* () {
          try {
            yield file(`${name}/first`);
            throw new Error(`${name} is corrupt`);
          } finally {
            finished.push(name);
            after?.();
          }
        })(),
      });
      const source = (layers: { digest: string; entries: AsyncIterable<ReturnType<typeof file>> }[]) =>
        (async function* () {
          for (const layer of layers) {
            taken.push(layer.digest);
            yield layer;
          }
        })();
      // a never ends by itself: b's failure must stop it, and c is never taken.
      await expect(applyLayers(source([endless('a'), failing('b', bFailed.open), failing('c')]))).rejects.toThrow(
        'b is corrupt',
      );
      expect(taken).toEqual(['sha256:a', 'sha256:b']);
      expect(finished.sort()).toEqual(['a', 'b']);

      // Both fail: the lower layer's error is the one told, as a walk of one layer after another would.
      taken.length = 0;
      finished.length = 0;
      const second = gate();
      await expect(
        applyLayers(
          source([
            {
              digest: 'sha256:low',
              entries: (async function* () {
                yield file('low/first');
                await second.opened; // fails after the layer above it failed
                throw new Error('low is corrupt');
              })(),
            },
            failing('high', second.open),
          ]),
        ),
      ).rejects.toThrow('low is corrupt');
    });
  });
});

describe('Debian copyright files (DEP-5)', () => {
  it('short names become SPDX expressions; unknown ones stay names; free-form files give nothing', () => {
    const text = [
      'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
      'Upstream-Name: demo',
      '',
      'Files: *',
      'Copyright: 2020 A',
      'License: GPL-1+ or Artistic',
      '',
      'Files: lib/*',
      'License: LGPL-2.1+',
      ' The full text.',
      '',
      'Files: odd/*',
      'License: LGPLv3+_or_GPLv2+',
      '',
    ].join('\n');
    expect(debianCopyrightLicenses(text)).toEqual([
      { expression: 'GPL-1.0-or-later OR Artistic-1.0-Perl' },
      { expression: 'LGPL-2.1-or-later' },
      { name: 'LGPLv3+_or_GPLv2+' },
    ]);
    expect(debianCopyrightLicenses('This package was debianized by someone.\nLicense: GPL\n')).toEqual([]);
  });
});

describe('Python metadata', () => {
  it('License-Expression wins; classifiers as fallback; Requires-Dist names kept for edges', () => {
    const r = catalogPythonMetadata(
      'Metadata-Version: 2.1\nName: Demo_Pkg\nVersion: 1.0\nClassifier: License :: OSI Approved :: MIT License\nRequires-Dist: requests>=2\nRequires-Dist: pytest; extra == "test"\n\nLong text\nName: not-this\n',
      'x/METADATA',
    );
    expect(r.components[0]?.purl).toBe('pkg:pypi/demo-pkg@1.0');
    expect(r.components[0]?.licenses).toEqual([{ expression: 'MIT' }]);
    expect(r.components[0]?.properties['pypi:requires']).toBe('requests');
  });
});
