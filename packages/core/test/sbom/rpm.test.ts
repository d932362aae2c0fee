/**
 * rpm on a REAL rpm database: Debian's `rpm` package (scripts/test.sh installs it) builds two
 * packages with rpmbuild and installs them into a temporary root with
 * `rpm --root <tmp> --dbpath /var/lib/rpm --define '_db_backend sqlite' --nodeps -i`, which writes the
 * same rpmdb.sqlite (Packages table of header blobs) that Fedora, RHEL and friends ship. The
 * oracle for every header field and file list is rpm itself (`rpm -q --qf`, `rpm -ql`).
 *
 * - demo-lang (noarch, epoch 2): a Python dist-info and a node_modules package.json;
 * - demo-go (the machine's arch): a real Go binary (skopeo, which the test setup installs).
 *
 * The root is packed by GNU tar into a gzip layer and catalogued as an image: the rpms are
 * reported, the language packages their files include are not reported again; language packages
 * outside any rpm still are. Hand-written here: only the os-release (no Fedora on this machine)
 * and the corruptions of real header blobs in the malformed-input tests.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { memoryLogger } from '../../src/log.js';
import { buildImage } from '../../src/oci/builder.js';
import { LayoutStore } from '../../src/oci/layout.js';
import { runSbom } from '../../src/sbom/run.js';
import { parseSbomInputs } from '../../src/sbom/inputs.js';
import { catalogImage, type ImageLayerInput } from '../../src/sbom/image/layers.js';
import {
  catalogRpmSqlite,
  parseRpmHeader,
  rpmCandidates,
  rpmFiles,
  rpmOwnedAmong,
  sqliteAvailable,
} from '../../src/sbom/image/parsers.js';
import { writeCycloneDx, writeSpdx } from '../../src/sbom/writers.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const work = mkdtempSync(join(tmpdir(), 'sbom-rpm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const root = join(work, 'root');
const DB = join(root, 'var/lib/rpm/rpmdb.sqlite');
const OS_RELEASE = 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=40\n';
const PY_METADATA = 'usr/lib/python3.11/site-packages/foo-1.0.dist-info/METADATA';
const NPM_PACKAGE = 'usr/lib/node_modules/x/package.json';
const GO_BINARY = 'usr/libexec/demo/skopeo';

type Row = { hnum: number; blob: Uint8Array };
interface Sqlite {
  exec(sql: string): void;
  prepare(sql: string): { all(...a: unknown[]): Row[]; run(...a: unknown[]): void };
  close(): void;
}
let DatabaseSync: new (path: string, options?: { readOnly?: boolean }) => Sqlite;
let blobs: Buffer[] = [];

function rpmbuild(top: string, spec: string): string {
  mkdirSync(join(top, 'SPECS'), { recursive: true });
  const file = join(top, 'SPECS', 'demo.spec');
  writeFileSync(file, spec);
  execFileSync('rpmbuild', ['--define', `_topdir ${top}`, '-bb', file], { stdio: 'pipe' });
  const dir = join(top, 'RPMS');
  const arch = readdirSync(dir)[0] as string;
  return join(dir, arch, readdirSync(join(dir, arch))[0] as string);
}

const rpm = (...args: string[]) =>
  execFileSync('rpm', ['--root', root, '--dbpath', '/var/lib/rpm', ...args], { encoding: 'utf8', stdio: 'pipe' });

function tarLayer(dir: string, name: string): ImageLayerInput {
  const file = join(work, `${name}.tar`);
  execFileSync('tar', ['-C', dir, '--format=pax', '-cf', file, '.']);
  execFileSync('gzip', ['-q', '-f', file]);
  return { digest: `sha256:${name.padEnd(64, '0').slice(0, 64)}`, blob: createReadStream(`${file}.gz`) };
}

const skopeo = '/usr/bin/skopeo';

beforeAll(async () => {
  const lang = rpmbuild(
    join(work, 'build-lang'),
    `Name: demo-lang
Version: 1.2.3
Release: 4.fc40
Epoch: 2
Summary: language packages owned by an rpm
License: MIT AND Apache-2.0
BuildArch: noarch

%description
Python and npm packages installed as one rpm.

%install
mkdir -p %{buildroot}/usr/lib/python3.11/site-packages/foo-1.0.dist-info %{buildroot}/usr/lib/node_modules/x
printf 'Metadata-Version: 2.1\\nName: foo\\nVersion: 1.0\\nLicense: MIT\\n' > %{buildroot}/${PY_METADATA}
printf '{"name":"x","version":"3.0.0","license":"MIT"}' > %{buildroot}/${NPM_PACKAGE}

%files
/usr/lib/python3.11/site-packages/foo-1.0.dist-info
/usr/lib/node_modules/x
`,
  );
  const go = rpmbuild(
    join(work, 'build-go'),
    `%global debug_package %{nil}
%global __os_install_post %{nil}
%global _build_id_links none
%define _binary_payload w.ufdio
Name: demo-go
Version: 0.9
Release: 1
Summary: a Go binary owned by an rpm
License: Apache-2.0
AutoReqProv: no

%description
A Go binary.

%install
mkdir -p %{buildroot}/usr/libexec/demo
cp ${skopeo} %{buildroot}/${GO_BINARY}

%files
/usr/libexec/demo
`,
  );
  rpm('--define', '_db_backend sqlite', '--nodeps', '-i', lang, go);
  mkdirSync(join(root, 'etc'), { recursive: true });
  writeFileSync(join(root, 'etc/os-release'), OS_RELEASE);
  // What rpm wrote really is an sqlite database (the file format's magic), not BerkeleyDB or ndb.
  expect(readFileSync(DB).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  if (await sqliteAvailable()) {
    const name = 'node:sqlite';
    DatabaseSync = ((await import(name)) as { DatabaseSync: typeof DatabaseSync }).DatabaseSync;
    const db = new DatabaseSync(DB, { readOnly: true });
    blobs = db
      .prepare('SELECT hnum, blob FROM Packages ORDER BY hnum')
      .all()
      .map((r) => Buffer.from(r.blob));
    db.close();
  }
}, 120_000);

const needsSqlite = () => {
  // Node 24 (what the action runs on and the tests run with) has node:sqlite.
  expect(blobs.length).toBe(2);
};

describe('rpm header blobs from a real rpmdb.sqlite', () => {
  it('every field and the file list equal what rpm itself reports', () => {
    needsSqlite();
    for (const blob of blobs) {
      const h = parseRpmHeader(blob);
      const q = rpm(
        '-q',
        '--qf',
        '%{NAME}\\n%{EPOCH}\\n%{VERSION}\\n%{RELEASE}\\n%{ARCH}\\n%{LICENSE}\\n%{SOURCERPM}',
        h.name ?? '',
      );
      const [name, epoch, version, release, arch, license, sourcerpm] = q.split('\n');
      expect(h).toMatchObject({ name, version, release, arch, license, sourcerpm });
      expect(h.epoch).toBe(epoch === '(none)' ? undefined : epoch);
      const listed = rpm('-ql', h.name ?? '')
        .trim()
        .split('\n')
        .sort();
      expect([...rpmFiles(h)].sort()).toEqual(listed);
      expect(listed.length).toBeGreaterThan(1);
    }
  });

  it('ownership: among candidate paths, exactly the ones an rpm installed', () => {
    needsSqlite();
    const candidates = rpmCandidates([
      PY_METADATA,
      NPM_PACKAGE,
      GO_BINARY,
      'opt/app/node_modules/y/package.json',
      'skopeo',
    ]);
    const owned = blobs.flatMap((b) => rpmOwnedAmong(parseRpmHeader(b), candidates)).sort();
    expect(owned).toEqual([GO_BINARY, NPM_PACKAGE, PY_METADATA].sort());
    // The oracle: rpm -qf names an owner for each of those, and none for the others.
    for (const p of owned) expect(rpm('-qf', `/${p}`)).toMatch(/^demo-(lang|go)-/);
    expect(() => rpm('-qf', '/opt/app/node_modules/y/package.json')).toThrow();
  });
});

describe('an image with rpm-installed language packages', () => {
  it('reports the rpms and does not report their files again as npm, pypi or golang packages', async () => {
    needsSqlite();
    const { catalog, ownedSkipped } = await catalogImage([tarLayer(root, 'rpmroot')]);
    const rpms = catalog.components.filter((c) => c.ecosystem === 'rpm');
    expect(rpms.map((c) => c.purl).sort()).toEqual(
      [
        `pkg:rpm/fedora/demo-lang@1.2.3-4.fc40?arch=noarch&distro=fedora-40&epoch=2&upstream=${rpm('-q', '--qf', '%{SOURCERPM}', 'demo-lang')}`,
        `pkg:rpm/fedora/demo-go@0.9-1?arch=${rpm('-q', '--qf', '%{ARCH}', 'demo-go')}&distro=fedora-40&upstream=${rpm('-q', '--qf', '%{SOURCERPM}', 'demo-go')}`,
      ].sort(),
    );
    const lang = rpms.find((c) => c.name === 'demo-lang');
    expect(lang?.licenses).toEqual([{ expression: 'MIT AND Apache-2.0' }]);
    expect(lang?.foundIn).toEqual([`${'sha256:rpmroot'.padEnd(71, '0')}:/var/lib/rpm/rpmdb.sqlite`]);
    expect(catalog.components.filter((c) => c.ecosystem !== 'rpm')).toEqual([]);
    expect(ownedSkipped).toBe(3);
    expect(catalog.warnings).toEqual([]);
    const subject = {
      kind: 'image' as const,
      name: 'example/rpm',
      digest: `sha256:${'e'.repeat(64)}`,
      timestamp: new Date(0),
    };
    expect(await cycloneDxErrors(writeCycloneDx(catalog, subject).content)).toBeNull();
    expect(spdxErrors(writeSpdx(catalog, subject).content)).toBeNull();
  }, 60_000);

  it('language packages no rpm owns are still reported, beside the owned ones left out', async () => {
    needsSqlite();
    const extra = join(work, 'extra');
    mkdirSync(join(extra, 'opt/app/node_modules/y'), { recursive: true });
    writeFileSync(join(extra, 'opt/app/node_modules/y/package.json'), '{"name":"y","version":"2.0.0"}');
    // Same directory as an owned distribution, but a file of its own: not owned.
    mkdirSync(join(extra, 'usr/lib/python3.11/site-packages/bar-2.0.dist-info'), { recursive: true });
    writeFileSync(
      join(extra, 'usr/lib/python3.11/site-packages/bar-2.0.dist-info/METADATA'),
      'Metadata-Version: 2.1\nName: bar\nVersion: 2.0\n',
    );
    mkdirSync(join(extra, 'opt/bin'), { recursive: true });
    cpSync(skopeo, join(extra, 'opt/bin/skopeo-copy'));
    const { catalog, ownedSkipped } = await catalogImage([tarLayer(root, 'base'), tarLayer(extra, 'app')]);
    const others = catalog.components.filter((c) => c.ecosystem !== 'rpm');
    expect(others.filter((c) => c.ecosystem !== 'golang').map((c) => c.purl)).toEqual([
      'pkg:npm/y@2.0.0',
      'pkg:pypi/bar@2.0',
    ]);
    // The unowned copy of the Go binary is reported (with its modules), found only at its own path.
    const main = others.find((c) => c.purl === 'pkg:golang/github.com/containers/skopeo/cmd/skopeo');
    expect(main?.foundIn).toEqual([`${'sha256:app'.padEnd(71, '0')}:/opt/bin/skopeo-copy`]);
    expect(others.every((c) => c.foundIn.every((f) => !f.includes('/usr/libexec/demo/')))).toBe(true);
    expect(ownedSkipped).toBe(3);
  }, 60_000);
});

/** Every regular file under `dir` as layer files (path → bytes), skipping `skip`. */
function filesOf(dir: string, prefix: string, into: Record<string, Buffer>, skip: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (skip.has(path)) continue;
    const info = statSync(full);
    if (info.isDirectory()) filesOf(full, path, into, skip);
    else if (info.isFile()) into[path] = readFileSync(full);
  }
}

describe('the sbom entry point on an OCI layout holding the rpm root', () => {
  it('documents list the rpms and not their npm/pypi contents, and validate', async () => {
    needsSqlite();
    const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
    const actionYml = parse(
      readFileSync(join(here, '..', '..', '..', '..', 'actions', 'sbom', 'action.yml'), 'utf8'),
    ) as {
      inputs: Record<string, { default?: string }>;
    };
    const raw = (given: Record<string, string>) => (name: string) =>
      given[name] ?? actionYml.inputs[name]?.default ?? '';
    // The test image builder's layers hold regular files (mode 0644): the Go binary is left out here.
    const files: Record<string, Buffer> = {};
    filesOf(root, '', files, new Set([GO_BINARY]));
    const unowned = 'opt/app/node_modules/y/package.json';
    files[unowned] = Buffer.from('{"name":"y","version":"2.0.0"}');
    const layout = new LayoutStore(join(work, 'layout'));
    const image = await buildImage(layout, { created: '2026-01-02T03:04:05Z', layers: [{ files }] });
    await layout.putTag('rpm', image);
    const environment = { cwd: work, env: { PATH: process.env.PATH }, logger: memoryLogger(), github: undefined };
    const out = await runSbom(
      parseSbomInputs(raw({ 'oci-layout': `${layout.dir}:rpm`, 'output-dir': 'layout-out' })),
      environment,
    );
    const cdx = readFileSync(join(work, 'layout-out', 'sbom.cdx.json'), 'utf8');
    expect(await cycloneDxErrors(cdx)).toBeNull();
    expect(spdxErrors(readFileSync(join(work, 'layout-out', 'sbom.spdx.json'), 'utf8'))).toBeNull();
    const components = (JSON.parse(cdx) as { components: { purl?: string; type: string; name: string }[] }).components;
    // The distro itself is an operating-system component (no purl).
    expect(components.filter((c) => c.purl === undefined).map((c) => [c.type, c.name])).toEqual([
      ['operating-system', 'fedora'],
    ]);
    const purls = components.flatMap((c) => (c.purl === undefined ? [] : [c.purl])).sort();
    expect(purls.filter((p) => !p.startsWith('pkg:rpm/'))).toEqual(['pkg:npm/y@2.0.0']);
    expect(purls.filter((p) => p.startsWith('pkg:rpm/fedora/'))).toHaveLength(2);
    expect(out.outputs['component-count']).toBe('3');
    expect(
      environment.logger.lines.some((l) => l.message.includes('2 language packages owned by OS packages not repeated')),
    ).toBe(true);
  }, 60_000);
});

describe('malformed rpm data: a clear error per blob, a warning per database, never a crash', () => {
  const corrupt = (mutate: (b: Buffer) => Buffer) => () => parseRpmHeader(mutate(Buffer.from(blobs[0] as Buffer)));
  const entry = (b: Buffer, tag: number) => {
    const il = b.readUInt32BE(0);
    for (let i = 0; i < il; i++) if (b.readUInt32BE(8 + i * 16) === tag) return 8 + i * 16;
    throw new Error(`tag ${tag} not in the blob`);
  };

  it.each([
    ['shorter than its preamble', (b: Buffer) => b.subarray(0, 5)],
    ['truncated data store', (b: Buffer) => b.subarray(0, b.length - 1)],
    ['index count beyond rpm limits', (b: Buffer) => (b.writeUInt32BE(0xffffffff, 0), b)],
    ['data length beyond the blob', (b: Buffer) => (b.writeUInt32BE(0x3ffffff0, 4), b)],
    ['a string array count of 2^31', (b: Buffer) => (b.writeUInt32BE(0x80000000, entry(b, 1117) + 12), b)],
    ['a negative offset', (b: Buffer) => (b.writeInt32BE(-8, entry(b, 1000) + 8), b)],
    ['an offset past the data', (b: Buffer) => (b.writeInt32BE(0x7ffffff0, entry(b, 1118) + 8), b)],
    ['directory indexes count differing from base names', (b: Buffer) => (b.writeUInt32BE(1, entry(b, 1116) + 12), b)],
    ['file tag with the wrong type', (b: Buffer) => (b.writeUInt32BE(6, entry(b, 1117) + 4), b)],
    [
      'a directory index beyond the directory names',
      (b: Buffer) => {
        const at = entry(b, 1116);
        const store = 8 + b.readUInt32BE(0) * 16;
        b.writeUInt32BE(9999, store + b.readInt32BE(at + 8));
        return b;
      },
    ],
    [
      'an unterminated string at the end of the store',
      (b: Buffer) => {
        const il = b.readUInt32BE(0);
        const at = entry(b, 1000);
        // Point NAME at the store's last byte and make it non-NUL.
        b.writeInt32BE(b.readUInt32BE(4) - 1, at + 8);
        b[8 + il * 16 + b.readUInt32BE(4) - 1] = 0x41;
        return b;
      },
    ],
  ])('%s → SBOM_FAILED', (_label, mutate) => {
    needsSqlite();
    expect(corrupt(mutate)).toThrow(expect.objectContaining({ code: 'SBOM_FAILED' }));
  });

  it('a database with one malformed row: the good package reported, the bad row named in a warning', async () => {
    needsSqlite();
    const path = join(work, 'mixed.sqlite');
    cpSync(DB, path);
    const db = new DatabaseSync(path);
    const bad = Buffer.from(blobs[1] as Buffer);
    bad.writeUInt32BE(0x80000000, entry(bad, 1117) + 12);
    db.prepare('UPDATE Packages SET blob = ? WHERE hnum = 2').run(bad);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.close();
    const r = await catalogRpmSqlite(readFileSync(path), 'var/lib/rpm/rpmdb.sqlite', { id: 'fedora' });
    expect(r.components.map((c) => c.name)).toEqual([parseRpmHeader(blobs[0] as Buffer).name]);
    expect(r.warnings).toEqual([
      expect.stringMatching(/^var\/lib\/rpm\/rpmdb\.sqlite: package row 2: malformed rpm header/),
    ]);
  });

  it('a file that is not an sqlite database, or one without a Packages table: a warning, no packages', async () => {
    needsSqlite();
    const notDb = await catalogRpmSqlite(
      Buffer.from('definitely not sqlite, but long enough to look at'),
      'x/rpmdb.sqlite',
    );
    expect(notDb.components).toEqual([]);
    expect(notDb.warnings).toEqual([expect.stringMatching(/^x\/rpmdb\.sqlite: .*rpm packages are not listed$/)]);
    const path = join(work, 'other.sqlite');
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE Other (x INTEGER)');
    db.close();
    const other = await catalogRpmSqlite(readFileSync(path), 'y/rpmdb.sqlite');
    expect(other.components).toEqual([]);
    expect(other.warnings).toEqual([expect.stringMatching(/^y\/rpmdb\.sqlite: no readable rpm Packages table/)]);
  });
});

describe('the write-ahead log beside the database', () => {
  it('a package only in rpmdb.sqlite-wal is read when the same layer holds the log', async () => {
    needsSqlite();
    // A database whose second package is still in the log: the log is copied while a connection
    // holds it open (closing would fold it into the database file).
    const dir = join(work, 'wal-root/var/lib/rpm');
    mkdirSync(dir, { recursive: true });
    const live = join(work, 'live.sqlite');
    cpSync(DB, live);
    const setup = new DatabaseSync(live);
    setup.exec('PRAGMA foreign_keys = OFF');
    setup.exec('PRAGMA journal_mode = WAL');
    setup.exec('DELETE FROM Packages WHERE hnum = 2');
    setup.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    setup.close();
    const writer = new DatabaseSync(live);
    writer.exec('PRAGMA wal_autocheckpoint = 0');
    writer.prepare('INSERT INTO Packages (hnum, blob) VALUES (2, ?)').run(blobs[1]);
    cpSync(live, join(dir, 'rpmdb.sqlite'));
    cpSync(`${live}-wal`, join(dir, 'rpmdb.sqlite-wal'));
    writer.close();
    const log = readFileSync(join(dir, 'rpmdb.sqlite-wal'));
    expect(log.length).toBeGreaterThan(0);
    const all = blobs.map((b) => parseRpmHeader(b).name).sort();
    const first = [parseRpmHeader(blobs[0] as Buffer).name];
    const names = (c: { components: readonly { name: string }[] }) => c.components.map((x) => x.name).sort();
    const withLog = await catalogImage([tarLayer(join(work, 'wal-root'), 'wal')]);
    expect(names(withLog.catalog)).toEqual(all);
    // Without the log only the database file's package.
    rmSync(join(dir, 'rpmdb.sqlite-wal'));
    const without = await catalogImage([tarLayer(join(work, 'wal-root'), 'nowal')]);
    expect(names(without.catalog)).toEqual(first);
    // A log an earlier layer left behind does not belong to a database a later layer wrote.
    const stale = join(work, 'stale/var/lib/rpm');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'rpmdb.sqlite-wal'), log);
    const staleLog = await catalogImage([
      tarLayer(join(work, 'stale'), 'stale'),
      tarLayer(join(work, 'wal-root'), 'db'),
    ]);
    expect(names(staleLog.catalog)).toEqual(first);
  }, 60_000);
});
