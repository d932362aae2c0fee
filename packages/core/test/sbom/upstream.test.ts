/**
 * The purl `upstream` qualifier (the source package) that vulnerability scanners match advisories
 * against, for every OS package ecosystem, as syft writes it:
 *
 * - deb: this machine's real dpkg database; the oracle is dpkg-query's own `source:Package` and
 *   `source:Version` (not the `Source:` field our parser reads);
 * - rpm: packages built by rpmbuild (a main package and a subpackage of one source rpm) and
 *   installed into a real rpmdb.sqlite; the oracle is `rpm -q --qf %{SOURCERPM}`;
 * - apk: a hand-built installed database (no Alpine here) with subpackages of other origins.
 *
 * Every purl is read back with packageurl-js, an independent implementation of the purl spec.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { PackageURL } from 'packageurl-js';
import {
  catalogApkInstalled,
  catalogDpkgStatus,
  catalogRpmSqlite,
  debianUpstream,
  parseOsRelease,
} from '../../src/sbom/image/parsers.js';
import { mergeResults } from '../../src/sbom/model.js';
import { writeCycloneDx, writeSpdx } from '../../src/sbom/writers.js';

const work = mkdtempSync(join(tmpdir(), 'sbom-upstream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const upstreamOf = (purl: string) => PackageURL.fromString(purl).qualifiers?.upstream;

describe('deb: upstream from dpkg’s Source field', () => {
  const status = readFileSync('/var/lib/dpkg/status', 'utf8');
  const distro = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
  // Package, version, source package, source version: as dpkg itself derives them.
  const rows = execFileSync(
    'dpkg-query',
    ['-W', '-f', '${Package}\t${Version}\t${source:Package}\t${source:Version}\n'],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .map((l) => l.split('\t') as [string, string, string, string]);

  it('every installed package whose source differs carries it, with the version where that differs too', () => {
    const { components } = catalogDpkgStatus(status, 'var/lib/dpkg/status', distro);
    const byName = new Map(components.map((c) => [c.name, c]));
    let withUpstream = 0;
    let withVersion = 0;
    for (const [name, version, source, sourceVersion] of rows) {
      const c = byName.get(name);
      expect(c).toBeDefined();
      const expected =
        source === name && sourceVersion === version
          ? undefined
          : sourceVersion === version
            ? source
            : `${source}@${sourceVersion}`;
      expect({ name, upstream: upstreamOf(c?.purl ?? '') }).toEqual({ name, upstream: expected });
      if (expected !== undefined) withUpstream++;
      if (expected?.includes('@') === true) withVersion++;
    }
    // On this Debian machine most packages come from a differently named or versioned source.
    expect(withUpstream).toBeGreaterThan(rows.length / 2);
    expect(withVersion).toBeGreaterThan(0);
  });

  it('a binNMU (+bN) keeps its own version and names the source version; a renamed binary names its source', () => {
    const { components } = catalogDpkgStatus(status, 'var/lib/dpkg/status', distro);
    const binNmu = rows.find(([n, v, s, sv]) => n === s && /\+b\d+$/.test(v) && sv !== v);
    const renamed = rows.find(([n, v, s, sv]) => n !== s && v === sv);
    expect(binNmu).toBeDefined();
    expect(renamed).toBeDefined();
    for (const row of [binNmu, renamed]) {
      const [name, version, source, sourceVersion] = row as [string, string, string, string];
      const purl = components.find((c) => c.name === name)?.purl ?? '';
      const parsed = PackageURL.fromString(purl);
      expect(parsed.version).toBe(version);
      expect(parsed.qualifiers?.upstream).toBe(version === sourceVersion ? source : `${source}@${sourceVersion}`);
      // syft's encoding: the `@` percent-encoded inside the qualifier value.
      if (version !== sourceVersion) expect(purl).toContain(`upstream=${encodeURIComponent(source)}%40`);
    }
  });

  it('reaches both documents, and edges still resolve to the new purls', () => {
    const catalog = mergeResults([catalogDpkgStatus(status, 'var/lib/dpkg/status', distro)]);
    const subject = { kind: 'image' as const, name: 'x', digest: `sha256:${'a'.repeat(64)}`, timestamp: new Date(0) };
    const cdx = JSON.parse(writeCycloneDx(catalog, subject).content) as { components: { purl?: string }[] };
    const spdx = JSON.parse(writeSpdx(catalog, subject).content) as {
      packages: { externalRefs?: { referenceLocator: string }[] }[];
    };
    const expected = rows.filter(([n, v, s, sv]) => n !== s || v !== sv).length;
    expect(cdx.components.filter((c) => upstreamOf(c.purl ?? '') !== undefined)).toHaveLength(expected);
    expect(
      spdx.packages.filter((p) => p.externalRefs?.some((r) => upstreamOf(r.referenceLocator) !== undefined)),
    ).toHaveLength(expected);
    expect(catalog.components.filter((c) => c.dependsOn.length > 0).length).toBeGreaterThan(100);
  });

  it('Source field forms', () => {
    expect(debianUpstream(undefined)).toBeUndefined();
    expect(debianUpstream('')).toBeUndefined();
    expect(debianUpstream('openssl')).toBe('openssl');
    expect(debianUpstream('bash (5.2.15-2)')).toBe('bash@5.2.15-2');
    expect(debianUpstream('gcc-12 (12.2.0-14+deb12u1)')).toBe('gcc-12@12.2.0-14+deb12u1');
  });
});

describe('rpm: upstream from SOURCERPM', () => {
  it('a main package and a subpackage name the one source rpm, as rpm itself reports it', async () => {
    const top = join(work, 'build');
    mkdirSync(join(top, 'SPECS'), { recursive: true });
    const spec = join(top, 'SPECS', 'tool.spec');
    writeFileSync(
      spec,
      `Name: tool
Version: 3.0.7
Release: 1.fc40
Summary: a main package
License: Apache-2.0
BuildArch: noarch

%description
Main.

%package -n libtool-core
Summary: a subpackage with a name of its own

%description -n libtool-core
Sub.

%install
mkdir -p %{buildroot}/usr/share/tool %{buildroot}/usr/share/libtool-core
echo a > %{buildroot}/usr/share/tool/a
echo b > %{buildroot}/usr/share/libtool-core/b

%files
/usr/share/tool

%files -n libtool-core
/usr/share/libtool-core
`,
    );
    execFileSync('rpmbuild', ['--define', `_topdir ${top}`, '-bb', spec], { stdio: 'pipe' });
    const dir = join(top, 'RPMS', 'noarch');
    const rpms = readdirSync(dir).map((f) => join(dir, f));
    expect(rpms).toHaveLength(2);
    const root = join(work, 'root');
    const rpm = (...args: string[]) =>
      execFileSync('rpm', ['--root', root, '--dbpath', '/var/lib/rpm', ...args], { encoding: 'utf8', stdio: 'pipe' });
    rpm('--define', '_db_backend sqlite', '--nodeps', '-i', ...rpms);
    const r = await catalogRpmSqlite(readFileSync(join(root, 'var/lib/rpm/rpmdb.sqlite')), 'var/lib/rpm/rpmdb.sqlite', {
      id: 'fedora',
      versionId: '40',
    });
    expect(r.warnings).toEqual([]);
    expect(r.components.map((c) => c.name).sort()).toEqual(['libtool-core', 'tool']);
    for (const c of r.components) {
      const sourcerpm = rpm('-q', '--qf', '%{SOURCERPM}', c.name);
      expect(sourcerpm).toBe('tool-3.0.7-1.fc40.src.rpm');
      expect(upstreamOf(c.purl)).toBe(sourcerpm);
      expect(c.purl).toBe(`pkg:rpm/fedora/${c.name}@3.0.7-1.fc40?arch=noarch&distro=fedora-40&upstream=${sourcerpm}`);
    }
  }, 120_000);
});

describe('apk: upstream from the origin', () => {
  it('subpackages name their origin; a package that is its own origin (or has none) carries no upstream', () => {
    const stanza = (p: string, v: string, o?: string) =>
      [`P:${p}`, `V:${v}`, 'A:x86_64', 'L:Apache-2.0', ...(o === undefined ? [] : [`o:${o}`]), ''].join('\n');
    const packages: [string, string, string | undefined][] = [
      ['openssl', '3.1.4-r5', 'openssl'],
      ['libcrypto3', '3.1.4-r5', 'openssl'],
      ['libssl3', '3.1.4-r5', 'openssl'],
      ['busybox-binsh', '1.36.1-r15', 'busybox'],
      ['ssl_client', '1.36.1-r15', 'busybox'],
      ['musl', '1.2.4-r2', undefined],
    ];
    const text = packages.map(([p, v, o]) => stanza(p, v, o)).join('\n');
    const r = catalogApkInstalled(text, 'lib/apk/db/installed', { id: 'alpine', versionId: '3.19.1' });
    expect(r.components.map((c) => [c.name, upstreamOf(c.purl)])).toEqual(
      packages.map(([p, , o]) => [p, o === p ? undefined : o]),
    );
    expect(r.components.find((c) => c.name === 'libssl3')?.purl).toBe(
      'pkg:apk/alpine/libssl3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1&upstream=openssl',
    );
  });
});
