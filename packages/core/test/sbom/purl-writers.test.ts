import { describe, expect, it } from '@jest/globals';
import { PackageURL } from 'packageurl-js';
import { buildPurl, golangPurl, mavenPurl, npmPurl, osPurl, pypiPurl, cargoPurl } from '../../src/sbom/purl.js';
import { integrityHashes, toLicense } from '../../src/sbom/license.js';
import { mergeResults, type Catalog } from '../../src/sbom/model.js';
import { makeComponent } from '../../src/sbom/component.js';
import { isoSeconds, spdxId, uuidFrom, writeCycloneDx, writeSpdx, type SbomSubject } from '../../src/sbom/writers.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

describe('purl', () => {
  it('writes the spec’s own examples and type rules', () => {
    expect(npmPurl('@babel/core', '7.24.0')).toBe('pkg:npm/%40babel/core@7.24.0');
    expect(npmPurl('JSONStream', '1.3.5')).toBe('pkg:npm/jsonstream@1.3.5');
    expect(osPurl('deb', 'debian', 'curl', '7.88.1-10', { arch: 'amd64', distro: 'debian-12' })).toBe(
      'pkg:deb/debian/curl@7.88.1-10?arch=amd64&distro=debian-12',
    );
    expect(osPurl('apk', 'alpine', 'musl', '1.2.4-r2', { arch: 'x86_64' })).toBe(
      'pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64',
    );
    expect(osPurl('rpm', 'fedora', 'curl', '7.50.3-1.fc25', { arch: 'i386', distro: 'fedora-25', epoch: '1' })).toBe(
      'pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25&epoch=1',
    );
    expect(golangPurl('github.com/gorilla/context', '234fd47e07d1004f0aed9c')).toBe(
      'pkg:golang/github.com/gorilla/context@234fd47e07d1004f0aed9c',
    );
    expect(pypiPurl('Django_REST', '1.11.1')).toBe('pkg:pypi/django-rest@1.11.1');
    expect(cargoPurl('rand', '0.7.2')).toBe('pkg:cargo/rand@0.7.2');
    expect(mavenPurl('org.apache.xmlgraphics', 'batik-anim', '1.9.1')).toBe(
      'pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1',
    );
    expect(mavenPurl('org.apache.xmlgraphics', 'batik-anim', '1.9.1', 'pom')).toBe(
      'pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?type=pom',
    );
    // Epochs keep their ':' in the version; '+' stays; empty qualifiers vanish; subpath segments cleaned.
    expect(osPurl('deb', 'debian', 'x', '1:2.3+dfsg-1', { arch: '', distro: undefined })).toBe(
      'pkg:deb/debian/x@1:2.3+dfsg-1',
    );
    expect(buildPurl({ type: 'npm', name: 'a', version: '1', subpath: '/./lib//x/' })).toBe('pkg:npm/a@1#lib/x');
  });

  it.each([
    ['npm', '@Scope/Na me', '1.0.0+b', {}],
    ['npm', 'a:b@c?#d', '1.0.0', {}],
    ['pypi', 'Zope.Interface_X', '6.2', {}],
    ['golang', 'github.com/Azure/go-autorest/autorest', 'v0.11.29', {}],
    ['maven', 'commons lang3', '3.12.0', {}],
    ['deb', 'libc6', '2.36-9+deb12u4', { arch: 'amd64', distro: 'debian-12' }],
    ['rpm', 'kernel', '0:5.1-1.fc31', { arch: 'x86_64', epoch: '1' }],
    ['apk', 'MUSL', '1.2.4-r2', { arch: 'x86_64', repository_url: 'https://example.com/a b' }],
    ['cargo', 'Serde', '1.0.0', {}],
  ] as const)('%s %s agrees with packageurl-js', (type, name, version, qualifiers) => {
    const namespace =
      type === 'npm' && name.startsWith('@')
        ? name.split('/')[0]
        : type === 'golang'
          ? name.slice(0, name.lastIndexOf('/'))
          : type === 'maven'
            ? 'org.example'
            : ['deb', 'rpm', 'apk'].includes(type)
              ? 'vendor'
              : undefined;
    const bare =
      type === 'npm' && name.startsWith('@')
        ? name.split('/')[1]
        : type === 'golang'
          ? name.slice(name.lastIndexOf('/') + 1)
          : name;
    const ours = buildPurl({ type, namespace, name: bare as string, version, qualifiers });
    const theirs = new PackageURL(
      type,
      namespace,
      bare as string,
      version,
      Object.keys(qualifiers).length ? { ...qualifiers } : undefined,
    ).toString();
    expect(ours).toBe(theirs);
    expect(PackageURL.fromString(ours).version).toBe(version);
  });
});

describe('licences and integrity', () => {
  it('SPDX expressions where they parse, names otherwise', () => {
    expect(toLicense('MIT')).toEqual({ expression: 'MIT' });
    expect(toLicense('(MIT OR Apache-2.0)')).toEqual({ expression: '(MIT OR Apache-2.0)' });
    expect(toLicense('Apache 2.0')).toEqual({ expression: 'Apache-2.0' });
    expect(toLicense('Some custom licence')).toEqual({ name: 'Some custom licence' });
    expect(toLicense('UNKNOWN')).toBeUndefined();
  });
  it('SRI strings to hex, several algorithms', () => {
    expect(integrityHashes('sha1-AAECAw== sha512-/w==')).toEqual([
      { alg: 'SHA-1', content: '00010203' },
      { alg: 'SHA-512', content: 'ff' },
    ]);
    expect(integrityHashes('md5-AAAA')).toEqual([]);
  });
});

function sampleCatalog(): Catalog {
  const c = (name: string, version: string, extra: Partial<Parameters<typeof makeComponent>[0]> = {}) =>
    makeComponent({
      ecosystem: 'npm',
      name,
      version,
      purl: npmPurl(name, version),
      foundIn: 'package-lock.json',
      ...extra,
    });
  return mergeResults([
    {
      components: [
        c('b', '2.0.0', { licenses: [{ name: 'Custom licence' }], properties: { z: '1', a: '2' } }),
        c('a', '1.0.0', {
          dependsOn: [npmPurl('b', '2.0.0'), 'pkg:npm/missing@1'],
          hashes: [
            { alg: 'SHA-512', content: 'ab' },
            { alg: 'SHA-1', content: '0123456789abcdef0123456789abcdef01234567' },
          ],
          licenses: [{ expression: 'MIT' }],
        }),
        c('@s/dev', '0.1.0', { scope: 'dev', licenses: [{ expression: 'MIT' }, { name: 'Other' }] }),
        c('opt', '3.0.0', { scope: 'optional' }),
      ],
      direct: [npmPurl('a', '1.0.0'), npmPurl('@s/dev', '0.1.0'), npmPurl('opt', '3.0.0')],
    },
    { components: [c('a', '1.0.0', { foundIn: 'sub/package-lock.json' } as never)] },
  ]);
}

const subject: SbomSubject = {
  kind: 'source',
  name: 'acme/app',
  digest: `sha256:${'ab'.repeat(32)}`,
  timestamp: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)),
};

describe('CycloneDX and SPDX writers', () => {
  it('are deterministic: same catalogue → byte-identical documents, whatever the input order', () => {
    const one = sampleCatalog();
    const reversed = mergeResults([{ components: [...one.components].reverse(), direct: [...one.direct].reverse() }]);
    expect(writeCycloneDx(reversed, subject).content).toBe(writeCycloneDx(one, subject).content);
    expect(writeSpdx(reversed, subject).content).toBe(writeSpdx(one, subject).content);
  });

  it('CycloneDX: serialNumber from the subject digest, sorted properties, scopes, edges only to known components', async () => {
    const doc = JSON.parse(writeCycloneDx(sampleCatalog(), subject).content);
    expect(doc.serialNumber).toBe(`urn:uuid:${uuidFrom(`cyclonedx:${subject.digest}`)}`);
    expect(doc.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(
      JSON.parse(writeCycloneDx(sampleCatalog(), { ...subject, digest: `sha256:${'cd'.repeat(32)}` }).content)
        .serialNumber,
    ).not.toBe(doc.serialNumber);
    expect(doc.metadata.timestamp).toBe('2024-01-02T03:04:05Z');
    // A malformed hash (wrong length for its algorithm) is dropped, a good one kept.
    expect(doc.components.find((c: { name: string }) => c.name === 'a').hashes).toEqual([
      { alg: 'SHA-1', content: '0123456789abcdef0123456789abcdef01234567' },
    ]);
    const a = doc.components.find((c: { name: string }) => c.name === 'a');
    expect(a.properties.map((p: { name: string }) => p.name)).toEqual(
      [...a.properties.map((p: { name: string }) => p.name)].sort(),
    );
    expect(
      a.properties
        .filter((p: { name: string }) => p.name === 'immutable-artefacts:found-in')
        .map((p: { value: string }) => p.value),
    ).toEqual(['package-lock.json', 'sub/package-lock.json']);
    expect(doc.components.find((c: { name: string }) => c.name === '@s/dev').scope).toBe('excluded');
    expect(doc.dependencies.find((d: { ref: string }) => d.ref === 'pkg:npm/a@1.0.0').dependsOn).toEqual([
      'pkg:npm/b@2.0.0',
    ]);
    expect(await cycloneDxErrors(JSON.stringify(doc))).toBeNull();
  });

  it('SPDX: namespace from the digest, whole seconds, unique ids, DESCRIBES, purl refs, LicenseRef for free text', () => {
    const text = writeSpdx(sampleCatalog(), subject).content;
    const doc = JSON.parse(text);
    expect(doc.creationInfo.created).toBe('2024-01-02T03:04:05Z');
    expect(doc.documentNamespace).toContain(uuidFrom(`spdx:${subject.digest}`));
    expect(spdxErrors(text)).toBeNull();
    const b = doc.packages.find((p: { name: string }) => p.name === 'b');
    expect(b.licenseDeclared).toMatch(/^LicenseRef-[0-9a-f]{16}$/);
    expect(doc.hasExtractedLicensingInfos.map((l: { licenseId: string }) => l.licenseId)).toContain(b.licenseDeclared);
    expect(b.externalRefs).toEqual([
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/b@2.0.0' },
    ]);
    const types = doc.relationships.map((r: { relationshipType: string }) => r.relationshipType);
    expect(types).toEqual(
      expect.arrayContaining(['DESCRIBES', 'DEPENDS_ON', 'DEV_DEPENDENCY_OF', 'OPTIONAL_DEPENDENCY_OF']),
    );
    expect(spdxId('Package', 'npm-@s/dev-0.1.0', 'x')).toMatch(/^SPDXRef-[a-zA-Z0-9.-]+$/);
    expect(isoSeconds(new Date(1_700_000_000_999))).toBe('2023-11-14T22:13:20Z');
  });

  it('the validators do catch broken documents (so a pass means something)', async () => {
    const cdx = JSON.parse(writeCycloneDx(sampleCatalog(), subject).content);
    cdx.components[0].type = 'not-a-type';
    expect(await cycloneDxErrors(JSON.stringify(cdx))).not.toBeNull();
    const spdx = JSON.parse(writeSpdx(sampleCatalog(), subject).content);
    spdx.packages[1].SPDXID = 'SPDXRef-has space';
    delete spdx.packages[0].downloadLocation;
    const errors = spdxErrors(JSON.stringify(spdx)) ?? [];
    expect(errors).toContain('bad SPDXID SPDXRef-has space');
    expect(errors).toContainEqual(expect.objectContaining({ keyword: 'required' }));
    const dup = JSON.parse(writeSpdx(sampleCatalog(), subject).content);
    dup.packages[2].SPDXID = dup.packages[1].SPDXID;
    expect(spdxErrors(JSON.stringify(dup))).not.toBeNull();
  });
});
