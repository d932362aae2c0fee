/**
 * Image mode through the real registry (Debian's docker-registry) with skopeo as the independent
 * check: images assembled here from this machine's dpkg database, a node_modules tree real npm
 * installs, pip's own dist-info, and a later layer whose whiteouts remove some of them; a
 * two-platform index (the arm64 image is distroless-style, dpkg status.d); catalogued THROUGH the
 * registry, attached as referrers, attested with a cosign key, and read back from an OCI layout.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
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
import { buildImage, buildIndex } from '../../src/oci/builder.js';
import { LayoutStore } from '../../src/oci/layout.js';
import type { Manifest } from '../../src/oci/media.js';
import { copyTree, openStore } from '../../src/oci/open.js';
import { npmPurl } from '../../src/sbom/purl.js';
import { runSbom } from '../../src/sbom/run.js';
import { parseSbomInputs } from '../../src/sbom/inputs.js';
import { documentReferrer } from '../../src/sbom/image/publish.js';
import { platformMatches } from '../../src/sbom/image/run.js';
import * as sign from '../../src/sign/index.js';
import { parseKeygenInputs, runKeygen } from '../../src/sign/keygen.js';
import { skopeoRaw, startProxy, startRegistry, type TestRegistry } from '../../../../test/harness/registry.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const actionYml = parse(readFileSync(join(here, '..', '..', '..', '..', 'actions', 'sbom', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const raw =
  (given: Record<string, string> = {}) =>
  (name: string) =>
    given[name] ?? actionYml.inputs[name]?.default ?? '';
const tmp = mkdtempSync(join(tmpdir(), 'sbom-registry-'));
const env = (extra: Record<string, string> = {}) => ({
  cwd: tmp,
  env: { PATH: process.env.PATH, HOME: tmp, ...extra },
  logger: memoryLogger(),
  github: undefined,
});
const CREATED = '2026-03-04T05:06:07Z';
const PASSWORD = 'sbom-attest-pw';

let registry: TestRegistry;
let layout: LayoutStore;
let amd: Manifest;
let arm: Manifest;
let index: Manifest;
let dpkgOracle: string[] = [];
let npmOracle: string[] = [];
let removedNpm: string[] = [];
let armPackages: string[] = [];
let pipPurl = '';

/** Every file under `dir` as layer files under `prefix`. */
function filesOf(dir: string, prefix: string, into: Record<string, Buffer>): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const info = statSync(full);
    if (info.isDirectory()) filesOf(full, `${prefix}/${name}`, into);
    else if (info.isFile()) into[`${prefix}/${name}`] = readFileSync(full);
  }
}

function npmTree(app: string): Set<string> {
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
  return all;
}

beforeAll(async () => {
  registry = await startRegistry();
  dpkgOracle = [
    ...new Set(
      execFileSync('dpkg-query', ['-W', '-f', '${Package} ${Version}\n'], { encoding: 'utf8' }).trim().split('\n'),
    ),
  ].sort();
  // node_modules installed by real npm from the npm3 fixture's lockfile.
  const app = join(tmp, 'app');
  cpSync(join(here, '..', 'fixtures', 'sbom', 'lockfiles', 'npm3'), app, { recursive: true });
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: app, stdio: 'ignore' });
  npmOracle = [...npmTree(app)].sort();
  // What the whiteout of node_modules/is-odd removes: every package.json under it.
  const removedFiles: Record<string, Buffer> = {};
  filesOf(join(app, 'node_modules', 'is-odd'), 'x', removedFiles);
  removedNpm = Object.entries(removedFiles)
    .filter(([p]) => p.endsWith('/package.json') && !p.includes('/test/'))
    .map(([, b]) => JSON.parse(b.toString()) as { name: string; version: string })
    .map((p) => npmPurl(p.name, p.version));
  expect(removedNpm.length).toBeGreaterThan(0);
  const appFiles: Record<string, Buffer> = {};
  filesOf(app, 'app', appFiles);
  // pip's own dist-info, as an application's site-packages would hold it.
  const site = execFileSync('python3', ['-c', 'import pip,os;print(os.path.dirname(os.path.dirname(pip.__file__)))'], {
    encoding: 'utf8',
  }).trim();
  const pipInfo = readdirSync(site).find((n) => /^pip-.*\.dist-info$/.test(n)) as string;
  filesOf(join(site, pipInfo), `app/site-packages/${pipInfo}`, appFiles);
  pipPurl = `pkg:pypi/pip@${/^pip-(.*)\.dist-info$/.exec(pipInfo)?.[1]}`;
  // A second (unremoved) Python distribution, hand-written: a whiteout removes pip, this stays.
  appFiles['app/site-packages/tiny_dist-1.2.3.dist-info/METADATA'] = Buffer.from(
    'Metadata-Version: 2.1\nName: tiny_dist\nVersion: 1.2.3\nLicense: MIT\n',
  );

  layout = new LayoutStore(join(tmp, 'layout'));
  amd = await buildImage(layout, {
    created: CREATED,
    platform: { architecture: 'amd64', os: 'linux' },
    layers: [
      {
        files: {
          'etc/os-release': readFileSync('/etc/os-release'),
          'var/lib/dpkg/status': readFileSync('/var/lib/dpkg/status'),
        },
      },
      { files: appFiles },
      // Whiteouts: a node_modules package directory and pip's dist-info.
      { files: { 'app/node_modules/.wh.is-odd': '', [`app/site-packages/.wh.${pipInfo}`]: '' }, compression: 'none' },
    ],
  });
  // arm64: distroless-style, one dpkg status.d file per package, from the first real stanzas.
  const stanzas = readFileSync('/var/lib/dpkg/status', 'utf8')
    .split(/\n\n+/)
    .filter((s) => /^Package: /m.test(s));
  const statusD: Record<string, string> = { 'etc/os-release': readFileSync('/etc/os-release', 'utf8') };
  for (const s of stanzas.slice(0, 6)) {
    const name = /^Package: (.+)$/m.exec(s)?.[1] as string;
    const version = /^Version: (.+)$/m.exec(s)?.[1] as string;
    statusD[`var/lib/dpkg/status.d/${name}`] = `${s.trim()}\n`;
    armPackages.push(`${name} ${version}`);
  }
  armPackages = armPackages.sort();
  arm = await buildImage(layout, {
    created: CREATED,
    platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
    layers: [{ files: statusD }],
  });
  index = await buildIndex(
    layout,
    [
      { manifest: amd, platform: { architecture: 'amd64', os: 'linux' } },
      { manifest: arm, platform: { architecture: 'arm64', os: 'linux', variant: 'v8' } },
    ],
    { tag: 'multi' },
  );
  await layout.putTag('amd', amd);
  const repo = openStore(`${registry.host}/acme/app`);
  await copyTree(layout, repo, index.digest, { tag: 'multi' });
  await copyTree(layout, repo, amd.digest, { tag: 'single' });
  await copyTree(layout, openStore(`${registry.host}/acme/other`), amd.digest, { tag: 'v1' });
  await copyTree(layout, openStore(`${registry.host}/acme/signed`), amd.digest, { tag: 'v1' });
  await copyTree(layout, openStore(`${registry.host}/acme/both`), amd.digest, { tag: 'v1' });
  // A cosign-format key pair as `artefacts keygen` writes it.
  await runKeygen(parseKeygenInputs(raw({ 'output-prefix': 'cosign' })), env({ COSIGN_PASSWORD: PASSWORD }));
}, 240_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

interface CdxDoc {
  serialNumber: string;
  metadata: { timestamp: string; component: { purl?: string; properties?: { name: string; value: string }[] } };
  components: { name: string; version: string; purl?: string; type: string }[];
}

const read = (path: string) => readFileSync(join(tmp, path), 'utf8');
const debSet = (doc: CdxDoc) =>
  [
    ...new Set(doc.components.filter((c) => c.purl?.startsWith('pkg:deb/')).map((c) => `${c.name} ${c.version}`)),
  ].sort();

describe('image mode through the registry', () => {
  it('single image by tag: resolved once, dpkg = dpkg-query, npm = npm ls minus the whiteout, pip removed, schemas valid', async () => {
    const outcome = await runSbom(
      parseSbomInputs(raw({ image: `${registry.host}/acme/app:single`, 'output-dir': 'single' })),
      env(),
    );
    expect(outcome.outputs['sbom-paths']).toBe('single/sbom.cdx.json\nsingle/sbom.spdx.json');
    const cdx = JSON.parse(read('single/sbom.cdx.json')) as CdxDoc;
    expect(debSet(cdx)).toEqual(dpkgOracle);
    const npm = [...new Set(cdx.components.filter((c) => c.purl?.startsWith('pkg:npm/')).map((c) => c.purl))].sort();
    const stillThere = npmOracle.filter((p) => !removedNpm.includes(p));
    expect(npm).toEqual(stillThere);
    expect(npm.length).toBe(npmOracle.length - new Set(removedNpm).size);
    const pypi = cdx.components.filter((c) => c.purl?.startsWith('pkg:pypi/')).map((c) => c.purl);
    expect(pypi).toContain('pkg:pypi/tiny-dist@1.2.3');
    expect(pypi).not.toContain(pipPurl);
    // Subject: the manifest digest as skopeo sees it; time from the config's created.
    const skopeoDigest = `sha256:${execFileSync('sha256sum', { input: skopeoRaw(`${registry.host}/acme/app:single`) })
      .toString()
      .slice(0, 64)}`;
    expect(amd.digest).toBe(skopeoDigest);
    expect(cdx.metadata.component.purl).toBe(
      `pkg:oci/app@${encodeURIComponent(skopeoDigest)}?arch=amd64&os=linux&repository_url=${registry.host}/acme/app&tag=single`,
    );
    expect(cdx.metadata.timestamp).toBe(CREATED);
    expect(JSON.parse(outcome.outputs.json ?? '{}')).toMatchObject({ digest: skopeoDigest, referrers: [] });
    expect(await cycloneDxErrors(read('single/sbom.cdx.json'))).toBeNull();
    expect(spdxErrors(read('single/sbom.spdx.json'))).toBeNull();
  }, 120_000);

  it('multi-platform index: one document set per platform, each about its platform manifest; platforms selects', async () => {
    const outcome = await runSbom(
      parseSbomInputs(raw({ image: `${registry.host}/acme/app:multi`, 'output-dir': 'multi' })),
      env(),
    );
    expect(outcome.outputs['sbom-paths']?.split('\n')).toEqual([
      'multi/sbom.linux-amd64.cdx.json',
      'multi/sbom.linux-amd64.spdx.json',
      'multi/sbom.linux-arm64-v8.cdx.json',
      'multi/sbom.linux-arm64-v8.spdx.json',
    ]);
    const rawIndex = JSON.parse(skopeoRaw(`${registry.host}/acme/app:multi`).toString()) as {
      manifests: { digest: string; platform: { architecture: string } }[];
    };
    const armDigest = rawIndex.manifests.find((m) => m.platform.architecture === 'arm64')?.digest;
    const armDoc = JSON.parse(read('multi/sbom.linux-arm64-v8.cdx.json')) as CdxDoc;
    expect(armDoc.metadata.component.purl).toContain(encodeURIComponent(armDigest ?? 'x'));
    expect(debSet(armDoc)).toEqual(armPackages);
    expect(debSet(JSON.parse(read('multi/sbom.linux-amd64.cdx.json')) as CdxDoc)).toEqual(dpkgOracle);
    for (const f of outcome.outputs['sbom-paths']?.split('\n') ?? []) {
      if (f.endsWith('.cdx.json')) expect(await cycloneDxErrors(read(f))).toBeNull();
      else expect(spdxErrors(read(f))).toBeNull();
    }
    const one = await runSbom(
      parseSbomInputs(
        raw({
          image: `${registry.host}/acme/app:multi`,
          platforms: 'linux/arm64',
          'output-dir': 'one',
          formats: 'spdx-json',
        }),
      ),
      env(),
    );
    expect(one.outputs['sbom-paths']).toBe('one/sbom.linux-arm64-v8.spdx.json');
    expect(read('one/sbom.linux-arm64-v8.spdx.json')).toBe(read('multi/sbom.linux-arm64-v8.spdx.json'));
    await expect(
      runSbom(parseSbomInputs(raw({ image: `${registry.host}/acme/app:multi`, platforms: 'linux/s390x' })), env()),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID', message: expect.stringContaining("'platforms'") });
    await expect(
      runSbom(
        parseSbomInputs(
          raw({ image: `${registry.host}/acme/app:multi`, formats: 'spdx-json', 'output-file': 'x.json' }),
        ),
        env(),
      ),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID', message: expect.stringContaining("'output-file'") });
  }, 120_000);

  it('deterministic: the same digest catalogued twice gives byte-identical documents; the OCI layout gives the same components', async () => {
    const runs = [
      { image: `${registry.host}/acme/app@${amd.digest}`, 'output-dir': 'det1' },
      { image: `${registry.host}/acme/app@${amd.digest}`, 'output-dir': 'det2' },
    ];
    for (const r of runs) await runSbom(parseSbomInputs(raw(r)), env());
    expect(read('det1/sbom.cdx.json')).toBe(read('det2/sbom.cdx.json'));
    expect(read('det1/sbom.spdx.json')).toBe(read('det2/sbom.spdx.json'));
    // The layout run describes the same digest with the same components (only the subject's location differs).
    const out = await runSbom(
      parseSbomInputs(raw({ 'oci-layout': `${layout.dir}:amd`, 'output-dir': 'layout' })),
      env(),
    );
    expect(JSON.parse(out.outputs.json ?? '{}')).toMatchObject({ digest: amd.digest });
    const a = JSON.parse(read('layout/sbom.cdx.json')) as CdxDoc;
    const b = JSON.parse(read('det1/sbom.cdx.json')) as CdxDoc;
    expect(a.components).toEqual(b.components);
    expect(await cycloneDxErrors(read('layout/sbom.cdx.json'))).toBeNull();
    expect(spdxErrors(read('layout/sbom.spdx.json'))).toBeNull();
    // SOURCE_DATE_EPOCH wins over the config time.
    await runSbom(
      parseSbomInputs(raw({ 'oci-layout': `oci:${layout.dir}:amd`, 'output-dir': 'epoch' })),
      env({ SOURCE_DATE_EPOCH: '86400' }),
    );
    expect((JSON.parse(read('epoch/sbom.cdx.json')) as CdxDoc).metadata.timestamp).toBe('1970-01-02T00:00:00Z');
  }, 120_000);

  it('a relative oci-layout is opened in the workspace, not the process directory', async () => {
    expect(process.cwd()).not.toBe(tmp);
    const out = await runSbom(parseSbomInputs(raw({ 'oci-layout': 'layout:amd', 'output-dir': 'relative' })), env());
    expect(JSON.parse(out.outputs.json ?? '{}')).toMatchObject({ digest: amd.digest });
  });

  it('attach: referrers with the SBOM artifactTypes in the fallback tag (skopeo), re-run adds no duplicate', async () => {
    const inputs = parseSbomInputs(
      raw({ image: `${registry.host}/acme/other:v1`, attach: 'true', 'output-dir': 'attach' }),
    );
    const first = await runSbom(inputs, env());
    const referrers = first.outputs.referrers?.split('\n') ?? [];
    expect(referrers).toHaveLength(2);
    const fallback = JSON.parse(
      skopeoRaw(`${registry.host}/acme/other:${amd.digest.replace(':', '-')}`).toString(),
    ) as { manifests: { digest: string; artifactType: string }[] };
    expect(fallback.manifests.map((m) => m.digest).sort()).toEqual([...referrers].sort());
    expect(fallback.manifests.map((m) => m.artifactType).sort()).toEqual([
      'application/spdx+json',
      'application/vnd.cyclonedx+json',
    ]);
    const manifest = JSON.parse(skopeoRaw(`${registry.host}/acme/other@${referrers[0]}`).toString()) as {
      artifactType: string;
      config: { mediaType: string; digest: string; size: number };
      layers: { mediaType: string; digest: string; size: number }[];
      subject: { digest: string };
      annotations: Record<string, string>;
    };
    expect(manifest.artifactType).toBe('application/vnd.cyclonedx+json');
    expect(manifest.config).toEqual({
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    });
    expect(manifest.subject.digest).toBe(amd.digest);
    expect(manifest.annotations['org.opencontainers.image.created']).toBe(CREATED);
    const digests = first.outputs['document-digests']?.split('\n') ?? [];
    expect(digests[0]).toBe(`cyclonedx-json ${manifest.layers[0]?.digest}`);
    // The document blob in the registry is the file written.
    const blob = execFileSync('curl', [
      '-sf',
      `http://${registry.host}/v2/acme/other/blobs/${manifest.layers[0]?.digest}`,
    ]);
    expect(blob.toString()).toBe(read('attach/sbom.cdx.json'));

    const again = await runSbom(inputs, env());
    expect(again.outputs.referrers).toBe(first.outputs.referrers);
    const after = JSON.parse(skopeoRaw(`${registry.host}/acme/other:${amd.digest.replace(':', '-')}`).toString()) as {
      manifests: unknown[];
    };
    expect(after.manifests).toHaveLength(2);
  }, 120_000);

  it('attest: each document signed with the cosign key as an SBOM attestation the verify core accepts', async () => {
    const outcome = await runSbom(
      parseSbomInputs(
        raw({
          image: `${registry.host}/acme/signed:v1`,
          attest: 'true',
          key: 'cosign.key',
          'key-password': PASSWORD,
          'output-dir': 'attest',
        }),
      ),
      env(),
    );
    const pushed = (JSON.parse(outcome.outputs.json ?? '{}') as { referrers: { kind: string }[] }).referrers;
    expect(pushed.map((r) => r.kind)).toEqual(['attestation', 'attestation']);
    const verified = await sign.verifyImage(
      openStore(`${registry.host}/acme/signed`),
      amd.digest,
      {
        key: sign.loadPublicKey(read('cosign.pub')),
        requireTransparencyLog: false,
        requiredPredicateTypes: [sign.CYCLONEDX_PREDICATE, sign.SPDX_PREDICATE],
      },
      memoryLogger(),
    );
    expect(verified.verified.map((s) => s.statement.predicateType).sort()).toEqual(
      [sign.CYCLONEDX_PREDICATE, sign.SPDX_PREDICATE].sort(),
    );
    await expect(
      runSbom(
        parseSbomInputs(
          raw({ image: `${registry.host}/acme/signed:v1`, attest: 'true', key: 'cosign.key', 'key-password': 'wrong' }),
        ),
        env(),
      ),
    ).rejects.toMatchObject({ code: 'KEY_INVALID' });
  }, 120_000);

  it('attach and attest together: four referrers in one write of the fallback index, one settle', async () => {
    const proxy = await startProxy(registry.host);
    try {
      const outcome = await runSbom(
        parseSbomInputs(
          raw({
            image: `${proxy.host}/acme/both:v1`,
            attach: 'true',
            attest: 'true',
            key: 'cosign.key',
            'key-password': PASSWORD,
            'output-dir': 'both',
          }),
        ),
        env(),
      );
      const pushed = (JSON.parse(outcome.outputs.json ?? '{}') as { referrers: { kind: string; digest: string }[] })
        .referrers;
      expect(pushed.map((r) => r.kind)).toEqual(['sbom', 'sbom', 'attestation', 'attestation']);
      const indexPath = `/v2/acme/both/manifests/${amd.digest.replace(':', '-')}`;
      // One document after the other would be four read-merge-writes, each waiting its settle.
      expect(proxy.requests.filter((r) => r.method === 'PUT' && r.path === indexPath)).toHaveLength(1);
      const fallback = JSON.parse(
        skopeoRaw(`${registry.host}/acme/both:${amd.digest.replace(':', '-')}`).toString(),
      ) as { manifests: { digest: string }[] };
      expect(fallback.manifests.map((m) => m.digest).sort()).toEqual(pushed.map((r) => r.digest).sort());
    } finally {
      await proxy.close();
    }
  }, 120_000);

  it('attach into an OCI layout: the referrer is listed for the image digest there too', async () => {
    const copy = new LayoutStore(join(tmp, 'layout-attach'));
    await copyTree(layout, copy, amd.digest, { tag: 'v1' });
    const outcome = await runSbom(
      parseSbomInputs(
        raw({ 'oci-layout': `${copy.dir}:v1`, attach: 'true', formats: 'cyclonedx-json', 'output-dir': 'lattach' }),
      ),
      env(),
    );
    const listed = await copy.referrers(amd.digest, 'application/vnd.cyclonedx+json');
    expect(listed.map((d) => d.digest)).toEqual([outcome.outputs.referrers]);
  }, 120_000);

  it('attest with a bad key password fails before any layer is read, and attach alone reads the layers first', async () => {
    // A copy whose first layer blob is damaged: reading any layer fails with a digest error.
    const damaged = new LayoutStore(join(tmp, 'layout-damaged'));
    await copyTree(layout, damaged, amd.digest, { tag: 'v1' });
    const layer = (amd.parsed as { layers: { digest: string }[] }).layers[0]?.digest ?? '';
    const blob = join(damaged.dir, 'blobs', 'sha256', layer.slice('sha256:'.length));
    chmodSync(blob, 0o644);
    writeFileSync(blob, Buffer.concat([readFileSync(blob), Buffer.from('tampered')]));
    const run = (extra: Record<string, string>) =>
      runSbom(parseSbomInputs(raw({ 'oci-layout': `${damaged.dir}:v1`, 'output-dir': 'damaged', ...extra })), env());
    await expect(run({ attest: 'true', key: 'cosign.key', 'key-password': 'wrong' })).rejects.toMatchObject({
      code: 'KEY_INVALID',
    });
    expect(existsSync(join(tmp, 'damaged'))).toBe(false);
    // The same image with the right password, or with attach, does read the layer (so the check above can fail).
    const reading: Record<string, string>[] = [
      { attest: 'true', key: 'cosign.key', 'key-password': PASSWORD },
      { attach: 'true' },
    ];
    for (const extra of reading) {
      const error = await run(extra).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: expect.not.stringMatching(/^KEY_/) });
    }
  }, 120_000);

  it('bad input names the input: missing image, tag absent, layout where a registry is expected, half credentials', async () => {
    await expect(
      runSbom(parseSbomInputs(raw({ image: `${registry.host}/acme/app:nope` })), env()),
    ).rejects.toMatchObject({
      code: 'REGISTRY_NOT_FOUND',
    });
    expect(() => parseSbomInputs(raw({ image: 'oci:/tmp/x' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'image'") }),
    );
    expect(() => parseSbomInputs(raw({ 'oci-layout': 'oci:/tmp/x:Bad Tag' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'oci-layout'") }),
    );
    expect(() => parseSbomInputs(raw({ image: 'x/y', 'registry-username': 'u' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'registry-password'") }),
    );
    expect(() => parseSbomInputs(raw({ image: 'x/y', platforms: 'amd64' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'platforms'") }),
    );
    expect(() => parseSbomInputs(raw({ image: 'x/y', key: 'cosign.key' }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining("'key'") }),
    );
  });

  it('platform matching and the referrer manifest are pure and stable', () => {
    expect(platformMatches('linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe(true);
    expect(platformMatches('linux/arm', { os: 'linux', architecture: 'arm64' })).toBe(false);
    const doc = {
      format: 'spdx-json' as const,
      content: '{}\n',
      bytes: Buffer.from('{}\n'),
      digest: 'sha256:x',
      mediaType: 'application/spdx+json',
    };
    const subject = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: amd.digest, size: 10 };
    const a = documentReferrer(doc, 'sbom.spdx.json', subject, new Date(CREATED));
    const b = documentReferrer(doc, 'sbom.spdx.json', subject, new Date(CREATED));
    expect(a.manifest.equals(b.manifest)).toBe(true);
  });
});
