/**
 * verify's result as printed: short by default (the digest, each signature's statement type,
 * signer and the rule that accepted or refused it), the statements in full only when asked for.
 * A signed SBOM attestation carries the whole SBOM; it must not reach the terminal by default.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LayoutStore,
  buildImage,
  memoryLogger,
  sign,
  type Manifest,
  parseSignInputs,
  parseVerifyInputs,
  runSign,
  runVerify,
} from '@immutable-artefacts/core';

const dir = mkdtempSync(join(tmpdir(), 'ia-report-'));
let image: Manifest;
let hint: string;

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const environment = () => ({ cwd: dir, env: { HOME: dir }, logger: memoryLogger(), github: undefined });

beforeAll(async () => {
  for (const [prefix, password] of [
    ['cosign', 'pw'],
    ['other', 'pw2'],
  ] as const) {
    const pair = await sign.generateKeyPair(password);
    writeFileSync(join(dir, `${prefix}.key`), pair.privateKeyPem);
    writeFileSync(join(dir, `${prefix}.pub`), pair.publicKeyPem);
    if (prefix === 'cosign') hint = pair.hint;
  }
  image = await buildImage(new LayoutStore(join(dir, 'layout')), { layers: [{ randomBytes: 1_000 }] }, { tag: 'v1' });
  // An SBOM of 3000 components (about 400 kB), attested with the signature; another key signs too.
  const components = Array.from({ length: 3000 }, (_, i) => ({
    type: 'library',
    name: `package-${i}`,
    version: `1.${i}.0`,
    purl: `pkg:npm/package-${i}@1.${i}.0`,
    'bom-ref': `pkg:npm/package-${i}@1.${i}.0`,
    description: 'x'.repeat(60),
  }));
  writeFileSync(
    join(dir, 'sbom.cdx.json'),
    JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      version: 1,
      components,
    }),
  );
  const reference = `oci:${join(dir, 'layout')}:v1`;
  await runSign(
    parseSignInputs(raw({ image: reference, key: 'cosign.key', 'key-password': 'pw', 'sbom-path': 'sbom.cdx.json' })),
    environment(),
  );
  await runSign(parseSignInputs(raw({ image: reference, key: 'other.key', 'key-password': 'pw2' })), environment());
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verify prints a short result', () => {
  const verify = (values: Record<string, string> = {}) =>
    runVerify(
      parseVerifyInputs(raw({ image: `oci:${join(dir, 'layout')}:v1`, key: 'cosign.pub', ...values })),
      environment(),
    );

  it('by default: the digest, each signature’s type, signer and rule; not the statements', async () => {
    const outcome = await verify({ attestations: 'cyclonedx' });
    const report = outcome.outputs.report!;
    expect(report.length).toBeLessThan(2_000);
    expect(report).toContain(image.digest);
    expect(report).toMatch(
      new RegExp(`accepted  https://sigstore.dev/cosign/sign/v1  key ${hint.replace(/[+/=]/g, '.')}`),
    );
    expect(report).toMatch(/accepted {2}https:\/\/cyclonedx.org\/bom {2}key /);
    expect(report).toMatch(/refused {3}\[signature\] the signature does not verify with the given key/);
    expect(report).toMatch(/result {4}verified: 2 accepted, 1 refused/);
    expect(report).not.toContain('package-2999');
    // The statements stay available to a workflow, in the outputs.
    expect(outcome.outputs.statements).toContain('package-2999');
    expect(outcome.outputs.statements!.length).toBeGreaterThan(300_000);
  });

  it('with show-statements: the statements in full, in the report and the log', async () => {
    const logger = memoryLogger();
    const outcome = await runVerify(
      parseVerifyInputs(raw({ image: `oci:${join(dir, 'layout')}:v1`, key: 'cosign.pub', 'show-statements': 'true' })),
      { ...environment(), logger },
    );
    expect(outcome.outputs.report).toContain('package-2999');
    expect(logger.lines.some((l) => l.message.includes('package-2999'))).toBe(true);
    expect(() => parseVerifyInputs(raw({ image: 'x/y', key: 'k', 'show-statements': 'sometimes' }))).toThrow(
      /'show-statements'/,
    );
  });
});
