/** Signed promotion records: promote with record-key, verified at the destination by the verify code. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ArtefactsError,
  LayoutStore,
  PROMOTION_PREDICATE_TYPE,
  buildImage,
  memoryLogger,
  parsePromoteInputs,
  readBlob,
  runPromote,
  sign,
  type PromoteResult,
} from '@immutable-artefacts/core';
import { rejectionOf } from '../../../../test/harness/failures.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-record-'));
const password = 'rec0rd-key-pass';
const environment = () => ({ cwd: tmp, env: {}, logger: memoryLogger(), github: undefined });
const raw = (values: Record<string, string>) => (name: string) => values[name] ?? (name === 'record' ? 'true' : '');

beforeAll(async () => {
  const pair = await sign.generateKeyPair(password);
  writeFileSync(path.join(tmp, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(path.join(tmp, 'cosign.pub'), pair.publicKeyPem);
  const other = await sign.generateKeyPair('x');
  writeFileSync(path.join(tmp, 'other.pub'), other.publicKeyPem);
  await buildImage(new LayoutStore(path.join(tmp, 'dev')), { layers: [{ files: { a: 'a' } }] }, { tag: '1.0.0' });
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('signed promotion records', () => {
  it('signs the record with record-key; verify finds it by predicate type; a re-run adds nothing', async () => {
    const inputs = parsePromoteInputs(
      raw({
        source: 'oci:dev:1.0.0',
        destinations: 'oci:prod:1.0.0',
        environment: 'production',
        'record-key': 'cosign.key',
        'record-key-password': password,
      }),
    );
    const env = environment();
    const outcome = await runPromote(inputs, env);
    const result = JSON.parse(outcome.outputs.json!) as PromoteResult;
    expect(result.recordSigned).toBe(true);
    expect(env.logger.lines.some((l) => l.message.includes(password))).toBe(false);
    const prod = new LayoutStore(path.join(tmp, 'prod'));
    const referrers = await prod.referrers(result.digest);
    expect(referrers).toHaveLength(1);
    expect(referrers[0]!.digest).toBe(result.destinations[0]!.record);
    expect(referrers[0]!.artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');

    const policy = await sign.loadVerificationPolicy(
      sign.parseVerificationInputs(
        raw({ image: 'oci:prod:1.0.0', key: 'cosign.pub', attestations: PROMOTION_PREDICATE_TYPE }),
      ),
      tmp,
    );
    const verified = await sign.verifyImage(prod, result.digest, policy, memoryLogger());
    const record = verified.verified.find((v) => v.statement.predicateType === PROMOTION_PREDICATE_TYPE);
    expect(record?.statement.predicate).toMatchObject({
      signed: true,
      environment: 'production',
      digest: result.digest,
    });
    // bundle layer is the bundle JSON that verified
    const manifest = await prod.getManifest(referrers[0]!.digest);
    const layer = (manifest.parsed as { layers: { digest: string; size: number }[] }).layers[0]!;
    expect(JSON.parse((await readBlob(prod, layer)).toString())).toHaveProperty('dsseEnvelope');

    // another key does not verify it
    const wrong = await sign.loadVerificationPolicy(
      sign.parseVerificationInputs(
        raw({ image: 'oci:prod:1.0.0', key: 'other.pub', attestations: PROMOTION_PREDICATE_TYPE }),
      ),
      tmp,
    );
    await expect(sign.verifyImage(prod, result.digest, wrong, memoryLogger())).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
    });

    const again = JSON.parse((await runPromote(inputs, environment())).outputs.json!) as PromoteResult;
    expect(again.destinations[0]!.status).toBe('unchanged');
    expect(await prod.referrers(result.digest)).toHaveLength(1);
  }, 60_000);

  it('writes "signed": false without record-key', async () => {
    const outcome = await runPromote(
      parsePromoteInputs(raw({ source: 'oci:dev:1.0.0', destinations: 'oci:plain:1.0.0' })),
      environment(),
    );
    const result = JSON.parse(outcome.outputs.json!) as PromoteResult;
    expect(result.recordSigned).toBe(false);
    const store = new LayoutStore(path.join(tmp, 'plain'));
    const manifest = await store.getManifest(result.destinations[0]!.record!);
    const layer = (manifest.parsed as { layers: { digest: string; size: number }[] }).layers[0]!;
    expect(JSON.parse((await readBlob(store, layer)).toString())).toMatchObject({ predicate: { signed: false } });
  });

  it('names record-key when the key cannot be used, before anything is copied', async () => {
    for (const [values, code] of [
      [{ 'record-key': 'missing.key' }, 'INPUT_INVALID'],
      [{ 'record-key': 'cosign.key', 'record-key-password': 'wrong' }, 'KEY_INVALID'],
      [{ 'record-key': 'cosign.key', record: 'false' }, 'INPUT_INVALID'],
    ] as const) {
      const error = await Promise.resolve()
        .then(async () =>
          runPromote(
            parsePromoteInputs(raw({ source: 'oci:dev:1.0.0', destinations: 'oci:never:1.0.0', ...values })),
            environment(),
          ),
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArtefactsError);
      expect((error as ArtefactsError).code).toBe(code);
      expect((error as ArtefactsError).message).toContain("'record-key'");
      // Nothing copied: the destination layout was not even created (a reader would now refuse it).
      expect(existsSync(path.join(tmp, 'never'))).toBe(false);
    }
  }, 60_000);

  it('names the key input the step has (record-key, require-signature) where the key is read, never `key`', async () => {
    // The signing and verifying code is the sign action's; it is told which input holds the key.
    const missing = await rejectionOf(
      sign.resolveSigningConfig(
        sign.keyOnlySignInputs({ key: 'missing.key', keyPassword: '', keyless: false }),
        environment(),
        'record-key',
      ),
      ArtefactsError,
    );
    expect([missing.code, missing.message]).toEqual(['INPUT_INVALID', expect.stringMatching(/^Input 'record-key': /)]);
    const noKey = await rejectionOf(
      sign.resolveSigningConfig(
        sign.keyOnlySignInputs({ key: undefined, keyPassword: '', keyless: false }),
        environment(),
        'record-key',
      ),
      ArtefactsError,
    );
    expect(noKey.message).toMatch(/^Input 'record-key': /);
    const policy = await rejectionOf(
      sign.loadVerificationPolicy(
        sign.parseVerificationInputs(raw({ image: 'oci:dev:1.0.0', key: 'missing.pub' })),
        tmp,
        undefined,
        'require-signature',
      ),
      ArtefactsError,
    );
    expect(policy.message).toMatch(/^Input 'require-signature': /);
    // Through promote: the record key and the gate's key are named by their own inputs throughout.
    for (const [input, value] of [
      ['record-key', 'missing.key'],
      ['require-signature', 'missing.pub'],
    ] as const) {
      const error = await rejectionOf(
        Promise.resolve().then(async () =>
          runPromote(
            parsePromoteInputs(raw({ source: 'oci:dev:1.0.0', destinations: 'oci:never:1.0.0', [input]: value })),
            environment(),
          ),
        ),
        ArtefactsError,
      );
      expect(error.message).toMatch(new RegExp(`^Input '${input}': `));
      expect(error.message).not.toContain("Input 'key'");
    }
  }, 60_000);
});
