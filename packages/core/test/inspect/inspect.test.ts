/**
 * The read-only commands (inspect, tree, digest, ls) against a real registry holding an image
 * that build-tag's annotations describe, signed with a key, an SBOM attested, and a cosign v2
 * signature tag; skopeo reads the same digests independently.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArtefactsError } from '@immutable-artefacts/core';
import {
  LayoutStore,
  buildImage,
  copyTree,
  memoryLogger,
  parseDigestInputs,
  parseInspectInputs,
  parseLsInputs,
  parseTreeInputs,
  runDigest,
  runInspect,
  runLs,
  runTree,
  runSign,
  parseSignInputs,
  sign,
  type Manifest,
} from '@immutable-artefacts/core';
import { repositoryAt, skopeoRaw, startRegistry, type TestRegistry } from '../../../../test/harness/registry.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ia-inspect-'));
const REVISION = 'abcdef1234567890abcdef1234567890abcdef12';
const IMMUTABLE = '1.2.3-7-abcdef1';
let registry: TestRegistry;
let image: Manifest;
let other: Manifest;
let repo: string;

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const environment = () => ({
  cwd: dir,
  env: { HOME: dir, DOCKER_CONFIG: dir },
  logger: memoryLogger(),
  github: undefined,
});

beforeAll(async () => {
  registry = await startRegistry();
  repo = `${registry.host}/acme/app`;
  const layout = new LayoutStore(path.join(dir, 'layout'));
  image = await buildImage(layout, {
    layers: [{ randomBytes: 3_000 }, { randomBytes: 2_000 }],
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    created: '2026-01-02T03:04:05Z',
    annotations: {
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.revision': REVISION,
    },
  });
  other = await buildImage(layout, { layers: [{ randomBytes: 1_000 }] });
  const target = repositoryAt(registry.host, 'acme/app');
  await copyTree(layout, target, image.digest, { tag: IMMUTABLE });
  await target.putTag('latest', image);
  // A tag that looks like a version but whose manifest records none: not immutable.
  await copyTree(layout, target, other.digest, { tag: '2.0.0-1-abcdef1' });
  const pair = await sign.generateKeyPair('pw');
  writeFileSync(path.join(dir, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(
    path.join(dir, 'sbom.cdx.json'),
    JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] }),
  );
  await runSign(
    parseSignInputs(
      raw({
        image: `${repo}:${IMMUTABLE}`,
        key: 'cosign.key',
        'key-password': 'pw',
        'sbom-path': 'sbom.cdx.json',
        'legacy-signature': 'true',
      }),
    ),
    environment(),
  );
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The digest of the manifest bytes skopeo reads (artifacts have no image config to inspect). */
const skopeoDigest = (reference: string) => `sha256:${createHash('sha256').update(skopeoRaw(reference)).digest('hex')}`;

describe('read-only commands', () => {
  it('digest: the digest alone, as skopeo reads it', async () => {
    const outcome = await runDigest(parseDigestInputs(raw({ reference: `${repo}:latest` })), environment());
    expect(outcome.outputs.report).toBe(image.digest);
    expect(skopeoDigest(`${repo}:latest`)).toBe(image.digest);
    const missing = await runDigest(parseDigestInputs(raw({ reference: `${repo}:nope` })), environment()).catch(
      (e: unknown) => e,
    );
    expect((missing as ArtefactsError).code).toBe('REGISTRY_NOT_FOUND');
  });

  it('inspect: kind, platform, size, created, version, commit, and the immutable tag found from another tag', async () => {
    const outcome = await runInspect(parseInspectInputs(raw({ reference: `${repo}:latest` })), environment());
    const described = JSON.parse(outcome.outputs.json!) as Record<string, unknown>;
    const parsed = image.parsed as { config: { size: number }; layers: { size: number }[] };
    expect(described).toMatchObject({
      digest: image.digest,
      kind: 'image',
      platforms: ['linux/arm64/v8'],
      created: '2026-01-02T03:04:05Z',
      version: '1.2.3',
      revision: REVISION,
      immutableTag: IMMUTABLE,
      size: image.bytes.length + parsed.config.size + parsed.layers.reduce((n, l) => n + l.size, 0),
    });
    expect(outcome.outputs.report).toContain(`immutable tag: ${IMMUTABLE}`);
    // The other image records no version: nothing is claimed.
    const plain = await runInspect(parseInspectInputs(raw({ reference: `${repo}:2.0.0-1-abcdef1` })), environment());
    const plainJson = JSON.parse(plain.outputs.json!) as { digest: string; immutableTag?: string };
    expect(plainJson.digest).toBe(other.digest);
    expect(plainJson.immutableTag).toBeUndefined();
  });

  it('tree: the signature, the SBOM attestation and the cosign v2 signature tag, each named', async () => {
    const outcome = await runTree(parseTreeInputs(raw({ reference: `${repo}:latest` })), environment());
    const { attached } = JSON.parse(outcome.outputs.json!) as {
      attached: { kind: string; predicateType?: string; via: string; digest: string }[];
    };
    const kinds = attached.map((a) => [a.kind, a.predicateType, a.via].filter(Boolean).join(' ')).sort();
    expect(kinds).toEqual([
      'sbom https://cyclonedx.org/bom referrers',
      `signature https://sigstore.dev/cosign/sign/v1 referrers`,
      `signature tag sha256-${image.digest.slice(7)}.sig`,
    ]);
    for (const a of attached) expect(skopeoDigest(`${repo}@${a.digest}`)).toBe(a.digest);
    expect(outcome.outputs.report).toMatch(/├── |└── /);
  });

  it('ls: every tag, or only the immutable ones with their digests', async () => {
    const all = await runLs(parseLsInputs(raw({ reference: repo })), environment());
    expect(all.outputs.tags!.split('\n')).toEqual(
      expect.arrayContaining([IMMUTABLE, 'latest', '2.0.0-1-abcdef1', `sha256-${image.digest.slice(7)}.sig`]),
    );
    const immutable = await runLs(parseLsInputs(raw({ reference: repo, immutable: 'true' })), environment());
    expect(JSON.parse(immutable.outputs.json!)).toMatchObject({
      tags: [{ tag: IMMUTABLE, digest: image.digest, version: '1.2.3', revision: REVISION }],
    });
  });

  it('names a bad reference: ls of a tag, an invalid reference, a layout outside the workspace', async () => {
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as ArtefactsError;
      }
      throw new Error('no error');
    };
    expect(error(() => parseLsInputs(raw({ reference: `${repo}:latest` }))).message).toContain("Input 'reference'");
    expect(error(() => parseInspectInputs(raw({ reference: 'UPPER/Case:x' }))).message).toContain("Input 'reference'");
    expect(error(() => parseDigestInputs(raw({}))).message).toContain("Input 'reference'");
    const outside = await runDigest(parseDigestInputs(raw({ reference: 'oci:../elsewhere:v1' })), environment()).catch(
      (e: unknown) => e,
    );
    expect((outside as ArtefactsError).code).toBe('PATH_UNSAFE');
  });

  it('refuses an oci: reference that names no layout (missing, not a layout, a file, a name too long), naming it', async () => {
    mkdirSync(path.join(dir, 'not-a-layout'), { recursive: true });
    writeFileSync(path.join(dir, 'a-file.txt'), 'a file\n');
    const cases: [string, string, RegExp][] = [
      ['nosuch', 'REGISTRY_NOT_FOUND', /nosuch: no such directory/],
      ['not-a-layout', 'LAYOUT_INVALID', /not-a-layout: no OCI image layout there \(no oci-layout file\)/],
      ['a-file.txt', 'LAYOUT_INVALID', /a-file\.txt: a file, not a directory/],
      ['a-file.txt/sub', 'LAYOUT_INVALID', /a part of the path is a file, not a directory/],
      ['x'.repeat(300), 'LAYOUT_INVALID', /the path is too long for the file system/],
    ];
    for (const [layout, code, says] of cases) {
      for (const run of [
        runLs(parseLsInputs(raw({ reference: `oci:${layout}` })), environment()),
        runDigest(parseDigestInputs(raw({ reference: `oci:${layout}:1` })), environment()),
        runInspect(parseInspectInputs(raw({ reference: `oci:${layout}:1` })), environment()),
        runTree(parseTreeInputs(raw({ reference: `oci:${layout}@sha256:${'0'.repeat(64)}` })), environment()),
      ]) {
        const error = (await run.catch((e: unknown) => e)) as ArtefactsError;
        expect(error.code).toBe(code);
        expect(error.message).toMatch(/^Input 'reference': oci:/);
        expect(error.message).toMatch(says);
        expect(error.message).toContain('expected an OCI image layout directory');
        expect(error.message).not.toMatch(/E[A-Z]{4,}:/);
      }
    }
    expect(existsSync(path.join(dir, 'nosuch'))).toBe(false);
    expect(readdirSync(path.join(dir, 'not-a-layout'))).toEqual([]);
  });

  it('reads no file of a layout through a symbolic link, telling nothing of what it holds, unless the reference is let out', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'ia-inspect-outside-'));
    try {
      const secret = path.join(outside, 'secret.txt');
      writeFileSync(secret, 'SECRET-OUT: a token the runner keeps\n');
      const linked = path.join(dir, 'linked');
      const built = await buildImage(new LayoutStore(linked), { layers: [{ randomBytes: 500 }] }, { tag: '1' });
      const index = path.join(linked, 'index.json');
      copyFileSync(index, path.join(outside, 'index.json'));
      rmSync(index);
      symlinkSync(secret, index);
      const refused = async (run: Promise<unknown>) => {
        const error = (await run.catch((e: unknown) => e)) as ArtefactsError;
        expect(error.code).toBe('PATH_UNSAFE');
        expect(error.message).toContain("Input 'reference'");
        expect(error.message).toContain(index);
        expect(`${error.message} ${error.hint}`).not.toContain('SECRET');
      };
      await refused(runInspect(parseInspectInputs(raw({ reference: 'oci:linked:1' })), environment()));
      await refused(runLs(parseLsInputs(raw({ reference: 'oci:linked' })), environment()));
      // Let out, the reference follows its links as any path of it does: here to a real index.
      rmSync(index);
      symlinkSync(path.join(outside, 'index.json'), index);
      await refused(runDigest(parseDigestInputs(raw({ reference: 'oci:linked:1' })), environment()));
      const letOut = parseDigestInputs(raw({ reference: 'oci:linked:1', 'allow-outside-workspace': 'reference' }));
      expect((await runDigest(letOut, environment())).outputs.report).toBe(built.digest);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
