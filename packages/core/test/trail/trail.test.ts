/**
 * trace and history against a real registry: an image signed with a key (signature, SBOM and
 * provenance attestations, 20 referrers in all) in acme/dev, promoted dev → test → prod by the real
 * promote code with signed records; skopeo reads the same digests independently.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ArtefactsError,
  LayoutStore,
  PROMOTION_PREDICATE_TYPE,
  buildImage,
  copyTree,
  memoryLogger,
  parseHistoryInputs,
  parsePromoteInputs,
  parseSignInputs,
  parseTraceInputs,
  runHistory,
  runPromote,
  runSign,
  runTrace,
  sign,
  type Manifest,
} from '@immutable-artefacts/core';
import { rejectionOf, thrownBy } from '../../../../test/harness/failures.js';
import { repositoryAt, skopeoRaw, startRegistry, type TestRegistry } from '../../../../test/harness/registry.js';
import { readActionYaml } from '../../../../test/harness/runner.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ia-trail-'));
const REVISION = 'abcdef1234567890abcdef1234567890abcdef12';
const IMMUTABLE = '1.2.3-7-abcdef1';
/** Names a hostile environment could carry: quotes, brackets, an arrow, a pipe, a backtick, a fence. */
const HOSTILE = 'prod "x"] --> evil[ |y| `z` ```';
let registry: TestRegistry;
let image: Manifest;
let second: Manifest;
let dev: string;
let test: string;
let prod: string;

/** An action's inputs with its action.yml defaults, as the runner gives them. */
const rawFor = (action: string, values: Record<string, string>) => {
  const inputs = readActionYaml(action).inputs ?? {};
  return (name: string) => values[name] ?? inputs[name]?.default ?? '';
};
const traceRaw = (values: Record<string, string>) => rawFor('trace', values);
const environment = (actor = 'alice') => ({
  cwd: dir,
  env: { HOME: dir, DOCKER_CONFIG: dir, GITHUB_ACTOR: actor },
  logger: memoryLogger(),
  github: undefined,
});

interface TraceJson {
  digest: string;
  verification: string;
  artefact: { version?: string; revision?: string; source?: string; immutableTag?: string; conflicts: string[] };
  repositories: { repository: string; present: boolean; environment?: string; via: string }[];
  items: {
    digest: string;
    kind: string;
    predicateType?: string;
    status: string;
    reason?: string;
    signer?: string;
    facts: Record<string, unknown>;
  }[];
  promotions: {
    from: string;
    to: string;
    environment?: string;
    actor?: string;
    status: string;
    evidence: string[];
    gate?: { required?: string; signers: string[]; conditions: string[] };
  }[];
  counts: Record<string, number>;
}

async function trace(values: Record<string, string>): Promise<{ json: TraceJson; outputs: Record<string, string> }> {
  const outcome = await runTrace(parseTraceInputs(traceRaw(values)), environment());
  return {
    json: JSON.parse(outcome.outputs.json!) as TraceJson,
    outputs: { ...outcome.outputs, summary: outcome.summary },
  };
}

async function promote(source: string, destination: string, env: string, extra: Record<string, string> = {}) {
  await runPromote(
    parsePromoteInputs(
      rawFor('promote', {
        source,
        destinations: destination,
        environment: env,
        'record-key': 'cosign.key',
        'record-key-password': 'pw',
        'require-signature': 'cosign.pub',
        evidence: 'tests.xml',
        ...extra,
      }),
    ),
    environment(env === 'test' ? 'tester' : 'releaser'),
  );
}

beforeAll(async () => {
  registry = await startRegistry();
  dev = `${registry.host}/acme/dev`;
  test = `${registry.host}/acme/test`;
  prod = `${registry.host}/acme/prod`;
  const layout = new LayoutStore(path.join(dir, 'layout'));
  const annotations = {
    'org.opencontainers.image.version': '1.2.3',
    'org.opencontainers.image.revision': REVISION,
    'org.opencontainers.image.source': 'https://github.com/acme/app',
  };
  image = await buildImage(layout, { layers: [{ randomBytes: 2_000 }], annotations });
  second = await buildImage(layout, {
    layers: [{ randomBytes: 1_000 }],
    annotations: { ...annotations, 'org.opencontainers.image.version': '1.2.4' },
  });
  await copyTree(layout, repositoryAt(registry.host, 'acme/dev'), image.digest, { tag: IMMUTABLE });
  await copyTree(layout, repositoryAt(registry.host, 'acme/dev'), second.digest, { tag: '1.2.4' });
  const pair = await sign.generateKeyPair('pw');
  writeFileSync(path.join(dir, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(path.join(dir, 'cosign.pub'), pair.publicKeyPem);
  const other = await sign.generateKeyPair('x');
  writeFileSync(path.join(dir, 'other.pub'), other.publicKeyPem);
  writeFileSync(path.join(dir, 'tests.xml'), '<testsuite tests="1" failures="0"/>');
  writeFileSync(
    path.join(dir, 'sbom.cdx.json'),
    JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: [{ name: 'a', components: [{ name: 'a1' }] }, { name: 'b' }],
    }),
  );
  writeFileSync(
    path.join(dir, 'provenance.json'),
    JSON.stringify({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/acme/app',
            path: '.github/workflows/build.yml',
          },
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/acme/app@refs/heads/main', digest: { gitCommit: REVISION } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/acme/app/actions/runs/42/attempts/1' },
      },
    }),
  );
  const signWith = (values: Record<string, string>) =>
    runSign(parseSignInputs(rawFor('sign', { key: 'cosign.key', 'key-password': 'pw', ...values })), environment());
  await signWith({ image: `${dev}:${IMMUTABLE}`, 'sbom-path': 'sbom.cdx.json' });
  await signWith({
    image: `${dev}:${IMMUTABLE}`,
    'predicate-type': 'https://slsa.dev/provenance/v1',
    'predicate-path': 'provenance.json',
  });
  // More attestations, so that the digest has 20 referrers at dev (signature, SBOM, provenance, 17 checks).
  for (let i = 0; i < 17; i++) {
    await signWith({
      image: `${dev}:${IMMUTABLE}`,
      'predicate-type': `https://example.com/check/${i}`,
      predicate: JSON.stringify({ check: i }),
    });
  }
  await signWith({ image: `${dev}:1.2.4` });
  await promote(`${dev}:${IMMUTABLE}`, `${test}:${IMMUTABLE}`, 'test');
  await promote(`${test}:${IMMUTABLE}`, `${prod}:prod`, HOSTILE, {
    conditions: 'every https://example.com/check/3: check == `3`',
  });
}, 180_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const skopeoDigest = (reference: string) => `sha256:${createHash('sha256').update(skopeoRaw(reference)).digest('hex')}`;
/** What a trace shows, independent of where it started: items by digest and status, promotions, path. */
const picture = (t: { json: TraceJson; outputs: Record<string, string> }) => ({
  digest: t.json.digest,
  artefact: t.json.artefact,
  items: t.json.items.map((i) => `${i.kind} ${i.predicateType ?? ''} ${i.digest} ${i.status}`).sort(),
  promotions: t.json.promotions,
  present: t.json.repositories
    .filter((r) => r.present)
    .map((r) => `${r.repository} ${r.environment ?? ''}`)
    .sort(),
  mermaid: t.outputs.mermaid,
});

describe('trace', () => {
  it('from prod, test and dev: the same picture, every item verified with the key', async () => {
    const fromProd = await trace({ reference: `${prod}:prod`, key: 'cosign.pub' });
    const fromTest = await trace({ reference: `${test}@${image.digest}`, key: 'cosign.pub', repositories: prod });
    const fromDev = await trace({
      reference: `${dev}:${IMMUTABLE}`,
      key: 'cosign.pub',
      repositories: `${test}\n${prod}`,
    });
    expect(picture(fromTest)).toEqual(picture(fromProd));
    expect(picture(fromDev)).toEqual(picture(fromProd));
    const { json } = fromProd;
    expect(json.digest).toBe(image.digest);
    expect(skopeoDigest(`${prod}:prod`)).toBe(image.digest);
    expect(json.verification).toContain('verified with key');
    expect(json.artefact).toMatchObject({
      version: '1.2.3',
      revision: REVISION,
      source: 'https://github.com/acme/app',
      conflicts: [],
    });
    expect(json.items).toHaveLength(22);
    expect(json.items.every((i) => i.status === 'verified')).toBe(true);
    expect(json.counts).toEqual({ verified: 22, unverified: 0, unsigned: 0, unchecked: 0 });
    const kinds = (kind: string) => json.items.filter((i) => i.kind === kind);
    expect(kinds('signature')).toHaveLength(1);
    expect(kinds('signature')[0]!.signer).toMatch(/^key /);
    expect(kinds('sbom')[0]!.facts).toEqual({ format: 'CycloneDX 1.6', components: 3 });
    expect(kinds('provenance')[0]!.facts).toMatchObject({
      commit: REVISION,
      run: 'https://github.com/acme/app/actions/runs/42/attempts/1',
    });
    expect(kinds('attestation')).toHaveLength(17);
    expect(json.promotions.map((p) => [p.from, p.to, p.environment, p.actor, p.status, p.evidence])).toEqual([
      [`${dev}:${IMMUTABLE}@${image.digest}`, test, 'test', 'tester', 'verified', ['tests.xml']],
      [`${test}:${IMMUTABLE}@${image.digest}`, prod, HOSTILE, 'releaser', 'verified', ['tests.xml']],
    ]);
    // Which gate each promotion passed, as its signed record states it: the key by its hint, who
    // signed, and the conditions that held.
    const [toTest, toProd] = json.promotions;
    const hint = toTest!.gate!.signers[0]!;
    expect(hint).toMatch(/^\S{20,}$/);
    expect(toTest!.gate).toEqual({ required: `key ${hint}`, signers: [hint], conditions: [] });
    expect(toProd!.gate).toEqual({ ...toTest!.gate, conditions: ['every https://example.com/check/3: check == `3`'] });
    expect(fromProd.outputs.report).toContain(
      `gate: ${toTest!.gate!.required}, signed by ${toTest!.gate!.signers[0]}, evidence tests.xml`,
    );
    expect(fromProd.outputs.report).toContain(
      'conditions held: every https://example.com/check/3: check == `3`, evidence tests.xml',
    );
    expect(json.repositories.map((r) => r.repository).sort()).toEqual([dev, prod, test].sort());
    // prod's tag is not build-tag's immutable tag: the one at test or dev is found.
    expect(json.artefact.immutableTag).toBe(IMMUTABLE);
    expect(fromProd.outputs.report).toContain(`${dev} → ${test} [test]`);
  }, 60_000);

  it('three environments, 20 referrers: under 2 s against the test registry', async () => {
    const started = performance.now();
    const { json } = await trace({ reference: `${prod}:prod`, key: 'cosign.pub' });
    const elapsed = performance.now() - started;
    expect(json.repositories.filter((r) => r.present)).toHaveLength(3);
    expect(elapsed).toBeLessThan(2_000);
  }, 30_000);

  it('the path as a mermaid flowchart: nodes and edges only, hostile names written as entities', async () => {
    const { outputs } = await trace({ reference: `${prod}:prod`, key: 'cosign.pub' });
    const lines = outputs.mermaid!.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const node = /^ {2}r\d+\["[^"[\]<>|`{}()#;]*(#\d+;[^"[\]<>|`{}()#;]*)*"\]$/;
    const edge = /^ {2}r\d+ -->\|"[^"[\]<>|`{}()#;]*(#\d+;[^"[\]<>|`{}()#;]*)*"\| r\d+$/;
    for (const line of lines.slice(1)) expect([line, node.test(line) || edge.test(line)]).toEqual([line, true]);
    expect(lines.filter((l) => edge.test(l))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('-->'))).toHaveLength(2);
    // Decoded, the label says what the record said.
    const decoded = outputs.mermaid!.replace(/#(\d+);/g, (_m, c: string) => String.fromCodePoint(Number(c)));
    expect(decoded).toContain(`${HOSTILE}: ${prod}`);
    // The summary's mermaid block is the same, and its tables are not broken by the name.
    expect(outputs.summary).toContain(`\`\`\`mermaid\n${outputs.mermaid}\n\`\`\``);
    expect(outputs.summary!.split('```mermaid')).toHaveLength(2);
  }, 30_000);

  it('without trust options: nothing verified, said plainly; every item NOT CHECKED', async () => {
    const { json, outputs } = await trace({ reference: `${prod}:prod` });
    expect(json.verification).toMatch(/^nothing was verified/);
    expect(json.items.every((i) => i.status === 'unchecked')).toBe(true);
    expect(outputs.unverified).toBe(String(json.items.length));
    expect(outputs.report).toContain('NOT CHECKED');
    expect(outputs.summary).toContain('nothing was verified');
  }, 30_000);

  it('another key: every item UNVERIFIED with the rule, and the records it cannot believe are not walked', async () => {
    const { json, outputs } = await trace({ reference: `${prod}:prod`, key: 'other.pub' });
    expect(json.items.length).toBeGreaterThan(0);
    for (const item of json.items) expect([item.digest, item.status]).toEqual([item.digest, 'unverified']);
    expect(json.items[0]!.reason).toMatch(/^\[signature\]/);
    expect(json.repositories.map((r) => r.repository)).toEqual([prod]);
    expect(outputs.report).toContain('UNVERIFIED');
    const failed = await rejectionOf(
      runTrace(
        parseTraceInputs(traceRaw({ reference: `${prod}:prod`, key: 'other.pub', 'require-verified': 'true' })),
        environment(),
      ),
      ArtefactsError,
    );
    expect(failed.code).toBe('VERIFICATION_FAILED');
  }, 30_000);
});

describe('history', () => {
  it('every digest promoted into prod, newest first, the one the tag points at now marked', async () => {
    await promote(`${dev}:1.2.4`, `${prod}:prod`, 'prod', { 'allow-overwrite': 'true' });
    const outcome = await runHistory(
      parseHistoryInputs(traceRaw({ reference: `${prod}:prod`, key: 'cosign.pub' })),
      environment(),
    );
    const json = JSON.parse(outcome.outputs.json!) as {
      current: string;
      entries: {
        digest: string;
        version: string;
        commit: string;
        actor: string;
        from: string;
        current: boolean;
        status: string;
        promotedAt: string;
      }[];
    };
    expect(json.current).toBe(second.digest);
    expect(skopeoDigest(`${prod}:prod`)).toBe(second.digest);
    expect(json.entries.map((e) => [e.digest, e.version, e.from, e.current, e.status])).toEqual([
      [second.digest, '1.2.4', `${dev}:1.2.4@${second.digest}`, true, 'verified'],
      [image.digest, '1.2.3', `${test}:${IMMUTABLE}@${image.digest}`, false, 'verified'],
    ]);
    expect(json.entries[0]!.promotedAt > json.entries[1]!.promotedAt).toBe(true);
    expect(json.entries[1]!.commit).toBe(REVISION);
    expect(outcome.outputs.digests).toBe(`${second.digest}\n${image.digest}`);
    expect(outcome.outputs.report!.split('\n').find((l) => l.startsWith('* '))).toContain(second.digest);
    // The action's mode gives the same answer.
    const mode = await runTrace(
      parseTraceInputs(traceRaw({ reference: `${prod}:prod`, key: 'cosign.pub', mode: 'history' })),
      environment(),
    );
    expect(JSON.parse(mode.outputs.json!)).toEqual(json);
    // test's history holds only the promotion into test (prod's records are not about test).
    const atTest = await runHistory(
      parseHistoryInputs(traceRaw({ reference: test, key: 'cosign.pub' })),
      environment(),
    );
    const testJson = JSON.parse(atTest.outputs.json!) as { entries: { digest: string; environment: string }[] };
    expect(testJson.entries.map((e) => [e.digest, e.environment])).toEqual([[image.digest, 'test']]);
  }, 90_000);

  it('a tampered record (payload changed after signing) is shown UNVERIFIED, never as fact', async () => {
    const store = repositoryAt(registry.host, 'acme/prod');
    const records = (await store.referrers(second.digest)).filter(
      (d) => d.annotations?.['dev.sigstore.bundle.predicateType'] === PROMOTION_PREDICATE_TYPE,
    );
    expect(records).toHaveLength(1);
    const manifest = await store.getManifest(records[0]!.digest);
    const layer = (manifest.parsed as { layers: { digest: string; size: number; mediaType: string }[] }).layers[0]!;
    const chunks: Buffer[] = [];
    for await (const c of await store.getBlob(layer)) chunks.push(c as Buffer);
    const bundle = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      predicate: { actor: string; promotedAt: string };
    };
    statement.predicate.actor = 'mallory';
    statement.predicate.promotedAt = '2099-01-01T00:00:00.000Z';
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const tampered = sign.bundleReferrer(
      bundle as never,
      { mediaType: second.mediaType, digest: second.digest, size: second.bytes.length },
      new Date(),
    );
    await sign.pushArtefact(store, tampered);
    const outcome = await runHistory(
      parseHistoryInputs(traceRaw({ reference: `${prod}:prod`, key: 'cosign.pub' })),
      environment(),
    );
    const json = JSON.parse(outcome.outputs.json!) as {
      entries: { actor: string; status: string; reason?: string; current: boolean }[];
    };
    const forged = json.entries.find((e) => e.actor === 'mallory')!;
    expect(forged).toMatchObject({ status: 'unverified' });
    expect(forged.reason).toMatch(/^\[signature\]/);
    expect(outcome.outputs.report).toMatch(/mallory.*UNVERIFIED/);
    expect(outcome.outputs.unverified).toBe('1');
    const traced = await trace({ reference: `${prod}:prod`, key: 'cosign.pub' });
    const shown = traced.json.promotions.find((p) => p.actor === 'mallory')!;
    expect(shown.status).toBe('unverified');
    expect(traced.outputs.mermaid).toContain('UNVERIFIED');
  }, 60_000);
});

describe('bad references and options', () => {
  const code = (values: Record<string, string>, parser = parseTraceInputs) =>
    thrownBy(() => parser(traceRaw(values)), ArtefactsError).code;

  it('are named input errors', () => {
    expect(code({ reference: prod })).toBe('INPUT_INVALID');
    expect(code({ reference: 'UPPER/Case::x' })).toBe('INPUT_INVALID');
    expect(code({ reference: '' })).toBe('INPUT_INVALID');
    expect(code({ reference: `${prod}@${image.digest}` }, parseHistoryInputs)).toBe('INPUT_INVALID');
    expect(code({ reference: `${prod}:prod`, mode: 'audit' })).toBe('INPUT_INVALID');
    expect(code({ reference: `${prod}:prod`, 'require-verified': 'true' })).toBe('INPUT_INVALID');
    expect(code({ reference: `${prod}:prod`, repositories: `${test}:x` })).toBe('INPUT_INVALID');
    expect(code({ reference: `${prod}:prod`, key: 'cosign.pub', 'certificate-identity': 'me' })).toBe('INPUT_INVALID');
    expect(code({ reference: `${prod}:prod`, 'certificate-identity': 'me' })).toBe('INPUT_INVALID');
    const message = thrownBy(() => parseTraceInputs(traceRaw({ reference: prod })), ArtefactsError).message;
    expect(message).toContain("'reference'");
    expect(message).toContain(prod);
  });

  it('a tag that does not exist is REGISTRY_NOT_FOUND', async () => {
    const error = await rejectionOf(
      runTrace(parseTraceInputs(traceRaw({ reference: `${prod}:nope` })), environment()),
      ArtefactsError,
    );
    expect(error.code).toBe('REGISTRY_NOT_FOUND');
  });
});

describe('an oci: reference that names no layout', () => {
  const refused = async (run: Promise<unknown>, input: string, code: string, says: RegExp) => {
    const error = await rejectionOf(run, ArtefactsError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(new RegExp(`^Input '${input}': oci:`));
    expect(error.message).toMatch(says);
    expect(error.message).toContain('expected an OCI image layout directory');
    expect(error.message).not.toMatch(/E[A-Z]{4,}:/);
  };

  it('is refused by trace and history, as reference or in repositories, never read as empty', async () => {
    mkdirSync(path.join(dir, 'plain-dir'), { recursive: true });
    writeFileSync(path.join(dir, 'plain-file.txt'), 'a file\n');
    await buildImage(new LayoutStore(path.join(dir, 'there')), { layers: [{ randomBytes: 100 }] }, { tag: '1' });
    const cases: [string, string, RegExp][] = [
      ['nosuch', 'REGISTRY_NOT_FOUND', /nosuch: no such directory/],
      ['plain-dir', 'LAYOUT_INVALID', /no OCI image layout there \(no oci-layout file\)/],
      ['plain-file.txt', 'LAYOUT_INVALID', /plain-file\.txt: a file, not a directory/],
      ['y'.repeat(300), 'LAYOUT_INVALID', /the path is too long for the file system/],
    ];
    for (const [layout, code, says] of cases) {
      await refused(
        runTrace(parseTraceInputs(traceRaw({ reference: `oci:${layout}:1` })), environment()),
        'reference',
        code,
        says,
      );
      await refused(
        runHistory(parseHistoryInputs(rawFor('trace', { reference: `oci:${layout}` })), environment()),
        'reference',
        code,
        says,
      );
      await refused(
        runTrace(
          parseTraceInputs(traceRaw({ reference: 'oci:there:1', repositories: `oci:${layout}` })),
          environment(),
        ),
        'repositories',
        code,
        says,
      );
    }
  });

  it('named by a record and gone since, is noted as not read, and the trace goes on', async () => {
    await buildImage(new LayoutStore(path.join(dir, 'gone-dev')), { layers: [{ randomBytes: 100 }] }, { tag: '1' });
    await runPromote(
      parsePromoteInputs(rawFor('promote', { source: 'oci:gone-dev:1', destinations: 'oci:kept-prod:1' })),
      environment(),
    );
    rmSync(path.join(dir, 'gone-dev'), { recursive: true });
    const { json } = await trace({ reference: 'oci:kept-prod:1' });
    const gone = json.repositories.find((r) => r.repository.endsWith('/gone-dev'));
    expect(gone).toMatchObject({ present: false });
    expect((gone as { skipped?: string }).skipped).toContain('no such directory');
    expect(json.promotions).toHaveLength(1);
  });
});

describe('tag bindings in the trail', () => {
  it('a binding promote wrote is shown with its tag, digest and version; signed, it is verified, unsigned, said so', async () => {
    const signed = `${registry.host}/acme/stage`;
    const unsigned = `${registry.host}/acme/stage-unsigned`;
    await promote(`${dev}:1.2.4`, `${signed}:1.2.4`, 'stage', { 'bind-tags': 'true' });
    await promote(`${dev}:1.2.4`, `${unsigned}:1.2.4`, 'stage', {
      'bind-tags': 'true',
      'record-key': '',
      'record-key-password': '',
    });
    const bindings = async (repository: string) =>
      (await trace({ reference: `${repository}:1.2.4`, key: 'cosign.pub' })).json.items.filter(
        (i) => i.kind === 'binding',
      );
    const [fromSigned, fromUnsigned] = [await bindings(signed), await bindings(unsigned)];
    expect(fromSigned.map((i) => [i.status, i.facts.repository, i.facts.tag, i.facts.digest, i.facts.version])).toEqual(
      [['verified', signed, '1.2.4', second.digest, '1.2.4']],
    );
    expect(fromUnsigned.map((i) => [i.status, i.facts.repository, i.facts.tag, i.facts.digest])).toEqual([
      ['unsigned', unsigned, '1.2.4', second.digest],
    ]);
    const report = (await trace({ reference: `${signed}:1.2.4`, key: 'cosign.pub' })).outputs.report!;
    expect(report).toContain(`binding: tag ${signed}:1.2.4 bound to ${second.digest} version 1.2.4`);
  }, 60_000);
});
