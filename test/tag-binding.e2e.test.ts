/**
 * Tags bound to digests, end to end on the real registry: promote and pack (dist bundles, as the
 * runner runs them) write tag-binding records before their tags; skopeo moves one tag and deletes
 * another behind the suite's back; `verify` with `tag` and `audit` (the action and `artefacts audit`)
 * see it, naming the bound digest and the one the tag resolves to now.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  LayoutStore,
  bindTag,
  buildImage,
  findTagBindings,
  parseVerifyInputs,
  runVerify,
  sign,
  silentLogger,
  type AuditReport,
  type PromoteResult,
} from '@immutable-artefacts/core';
import { repoRoot, runAction } from './harness/runner.js';
import { repositoryAt, skopeo, startRegistry, type TestRegistry } from './harness/registry.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-binding-e2e-'));
const password = 'e2e-b1nding-Secret';
const env = { SOURCE_DATE_EPOCH: '1700000000', DOCKER_CONFIG: path.join(tmp, 'no-docker') };
let registry: TestRegistry;

const commit = (c: string) => c.repeat(40);
const annotations = (version: string, revision: string) =>
  `org.opencontainers.image.version=${version}\norg.opencontainers.image.revision=${revision}`;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd: tmp,
    env: { PATH: process.env.PATH ?? '', HOME: tmp, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let moves = 0;
/** Writes a tag behind the suite's back: skopeo copies another image from a layout over it. */
async function moveTag(target: string, content: string): Promise<string> {
  const tag = `t${++moves}`;
  const manifest = await buildImage(
    new LayoutStore(path.join(tmp, 'other')),
    { layers: [{ files: { f: content } }] },
    { tag },
  );
  skopeo([
    'copy',
    '--preserve-digests',
    '--dest-tls-verify=false',
    `oci:${path.join(tmp, 'other')}:${tag}`,
    `docker://${target}`,
  ]);
  return manifest.digest;
}

async function packed(dir: string, destination: string, version: string, revision: string, bind: boolean) {
  mkdirSync(path.join(tmp, dir), { recursive: true });
  writeFileSync(path.join(tmp, dir, 'app.txt'), `${dir}\n`);
  const result = await runAction('pack', {
    inputs: { path: dir, destination, annotations: annotations(version, revision), 'bind-tags': String(bind) },
    cwd: tmp,
    env,
  });
  expect(result.errors).toEqual([]);
  return result.outputs.digest!;
}

beforeAll(async () => {
  registry = await startRegistry();
  const pair = await sign.generateKeyPair(password);
  writeFileSync(path.join(tmp, 'record.key'), pair.privateKeyPem);
  writeFileSync(path.join(tmp, 'record.pub'), pair.publicKeyPem);
  await buildImage(
    new LayoutStore(path.join(tmp, 'dev')),
    { layers: [{ files: { f: 'release' } }], annotations: { ...parseAnnotations('1.4.0', commit('3f9c2ab1')) } },
    { tag: '1' },
  );
}, 60_000);
afterAll(async () => {
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function parseAnnotations(version: string, revision: string): Record<string, string> {
  return Object.fromEntries(
    annotations(version, revision)
      .split('\n')
      .map((l) => l.split('=') as [string, string]),
  );
}

describe('promote bind-tags and verify tag', () => {
  const immutable = '1.4.0-87-3f9c2ab';
  const promoteInputs = () => ({
    source: 'oci:dev:1',
    destinations: `${registry.host}/acme/app ${immutable} prod`,
    'bind-tags': 'true',
    'record-key': 'record.key',
    'record-key-password': password,
  });

  it('binds every tag with a signed record before writing it; a re-run adds no second binding', async () => {
    const first = await runAction('promote', { inputs: promoteInputs(), cwd: tmp, env });
    expect(first.errors).toEqual([]);
    const json = JSON.parse(first.outputs.json!) as PromoteResult;
    expect(json.destinations[0]!.bindings).toHaveLength(2);
    const store = repositoryAt(registry.host, 'acme/app');
    const bindings = await findTagBindings(store, json.digest);
    expect(bindings.map((b) => [b.binding.tag, b.signed, b.binding.version]).sort()).toEqual([
      ['1.4.0-87-3f9c2ab', true, '1.4.0'],
      ['prod', true, '1.4.0'],
    ]);
    expect(bindings[0]!.binding).toMatchObject({ repository: `${registry.host}/acme/app`, commit: commit('3f9c2ab1') });
    const again = await runAction('promote', { inputs: promoteInputs(), cwd: tmp, env });
    expect(again.errors).toEqual([]);
    expect((JSON.parse(again.outputs.json!) as PromoteResult).destinations[0]!.bindings).toEqual(
      json.destinations[0]!.bindings,
    );
    expect(await findTagBindings(store, json.digest)).toHaveLength(2);
  }, 120_000);

  it('passes while the tag resolves to the bound digest; a moved tag fails TAG_DRIFT naming both digests', async () => {
    const digest = (
      JSON.parse(
        (await runAction('promote', { inputs: promoteInputs(), cwd: tmp, env })).outputs.json!,
      ) as PromoteResult
    ).digest;
    const verifyInputs = { image: `${registry.host}/acme/app@${digest}`, key: 'record.pub', tag: 'prod' };
    const ok = await runAction('verify', { inputs: verifyInputs, cwd: tmp, env });
    expect(ok.errors).toEqual([]);
    expect(ok.exitCode).toBe(0);
    expect(JSON.parse(ok.outputs.json!)).toMatchObject({ tag: { tag: 'prod', digest } });

    const moved = await moveTag(`${registry.host}/acme/app:prod`, 'not the release');
    const failed = await runAction('verify', { inputs: verifyInputs, cwd: tmp, env });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]?.message).toContain(`${registry.host}/acme/app:prod`);
    expect(failed.errors[0]?.message).toContain(digest);
    expect(failed.errors[0]?.message).toContain(moved);
    // The same check in process, for its code; the immutable tag, untouched, still passes.
    const raw = (tag: string) => (name: string) =>
      ({ image: verifyInputs.image, key: path.join(tmp, 'record.pub'), tag })[name] ?? '';
    const environment = { cwd: tmp, env: { ...env, PATH: process.env.PATH }, logger: silentLogger, github: undefined };
    await expect(runVerify(parseVerifyInputs(raw('prod')), environment)).rejects.toMatchObject({ code: 'TAG_DRIFT' });
    await expect(runVerify(parseVerifyInputs(raw(immutable)), environment)).resolves.toBeDefined();
    // A tag the digest has no binding for is not vouched for.
    await expect(runVerify(parseVerifyInputs(raw('latest')), environment)).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
    });
  }, 120_000);
});

describe('audit (dist/audit and artefacts audit)', () => {
  const repo = () => `${registry.host}/acme/site`;

  it('lists unbound immutable tags and passes; after a tag is moved and one deleted, reports both and exits 1', async () => {
    const first = await packed('one', `${repo()}:1.0.0-1-aaaaaaa`, '1.0.0', commit('a'), true);
    const second = await packed('two', `${repo()}:1.0.1-2-bbbbbbb`, '1.0.1', commit('b'), true);
    const third = await packed('three', `${repo()}:2.0.0-3-ccccccc`, '2.0.0', commit('c'), false);

    const clean = cli('audit', repo(), '--json');
    expect(clean.code).toBe(0);
    const before = JSON.parse(clean.stdout) as AuditReport;
    expect(before.bound.map((t) => [t.tag, t.digest, t.kind])).toEqual([
      ['1.0.0-1-aaaaaaa', first, 'tag-binding'],
      ['1.0.1-2-bbbbbbb', second, 'tag-binding'],
    ]);
    expect(before.unbound).toEqual([{ tag: '2.0.0-3-ccccccc', digest: third }]);
    expect([before.drifted, before.deleted]).toEqual([[], []]);

    const moved = await moveTag(`${repo()}:1.0.0-1-aaaaaaa`, 'moved');
    skopeo(['delete', '--tls-verify=false', `docker://${repo()}:1.0.1-2-bbbbbbb`]);

    const action = await runAction('audit', { inputs: { reference: repo() }, cwd: tmp, env });
    expect(action.exitCode).toBe(1);
    expect(action.outputs.drifted).toBe('1.0.0-1-aaaaaaa');
    expect(action.outputs.deleted).toBe('1.0.1-2-bbbbbbb');
    expect(action.outputs.unbound).toBe('2.0.0-3-ccccccc');
    expect(action.errors[0]?.message).toContain(first);
    expect(action.errors[0]?.message).toContain(moved);
    expect(action.summary).toContain('| `1.0.0-1-aaaaaaa` | drifted |');
    expect(action.summary).toContain('| `1.0.1-2-bbbbbbb` | deleted |');
    const report = JSON.parse(action.outputs.json!) as AuditReport;
    expect(report.drifted).toEqual([expect.objectContaining({ tag: '1.0.0-1-aaaaaaa', digest: first, now: moved })]);
    expect(report.deleted).toEqual([expect.objectContaining({ tag: '1.0.1-2-bbbbbbb', digest: second })]);

    const text = cli('audit', repo());
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`drifted 1.0.0-1-aaaaaaa: recorded ${first}, now ${moved}`);
    expect(text.stdout).toContain(`deleted 1.0.1-2-bbbbbbb: recorded ${second}`);
    expect(text.stderr).toContain('error:');
  }, 180_000);

  it('reads promotion records too: a promoted tag moved behind the suite is drift', async () => {
    // acme/app holds the promotion above (record and bindings); its `prod` was moved by skopeo.
    const result = cli('audit', `${registry.host}/acme/app`, '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as AuditReport;
    expect(report.drifted.map((t) => t.tag)).toEqual(['prod']);
    expect(report.bound.map((t) => t.tag)).toEqual(['1.4.0-87-3f9c2ab']);
  }, 60_000);

  it('with a key, a forged newer record for a moved tag is ignored: the move is still drift', async () => {
    // Someone with push access moved `prod` (above) and now writes a newer binding for it to the moved
    // digest: unsigned, and signed with a key of their own.
    const app = repositoryAt(registry.host, 'acme/app');
    const now = (await app.resolve('prod'))!;
    const facts = { repository: `${registry.host}/acme/app`, tag: 'prod', digest: now.digest, now: new Date() };
    const unsigned = await bindTag(app, now, facts, undefined);
    const intruder = await sign.loadPrivateKey((await sign.generateKeyPair('x')).privateKeyPem, 'x');
    const forged = await bindTag(app, now, facts, { kind: 'key', key: intruder });
    // Read as they are, the records say `prod` is bound: that is what verification is for.
    const unverified = JSON.parse(cli('audit', `${registry.host}/acme/app`, '--json').stdout) as AuditReport;
    expect(unverified.bound.map((t) => t.tag)).toContain('prod');
    // With the key that signs the suite's records, only its records count.
    const checked = cli('audit', `${registry.host}/acme/app`, '--key', 'record.pub', '--json');
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout) as AuditReport & {
      ignored: { record: string; kind: string; reason: string }[];
      verification: string;
    };
    expect(report.drifted.map((t) => [t.tag, t.now])).toEqual([['prod', now.digest]]);
    expect(report.verification).toMatch(/^verified with key /);
    const ignored = new Map(report.ignored.map((r) => [r.record, r]));
    expect(ignored.get(unsigned.record)).toMatchObject({
      kind: 'tag-binding',
      reason: expect.stringMatching(/^unsigned/),
    });
    expect(ignored.get(forged.record)).toMatchObject({ kind: 'tag-binding', reason: expect.stringContaining('[') });
    // The suite's own signed records still set every other tag.
    expect(report.bound.map((t) => t.tag)).toEqual(['1.4.0-87-3f9c2ab']);
    const action = await runAction('audit', {
      inputs: { reference: `${registry.host}/acme/app`, key: 'record.pub' },
      cwd: tmp,
      env,
    });
    expect(action.exitCode).toBe(1);
    expect(action.outputs.drifted).toBe('prod');
    expect(action.summary).toContain('Ignored records (');
    expect(action.outputs.report).toContain(`ignored tag-binding ${forged.record}`);
  }, 120_000);

  it('names the input when the reference has a tag', () => {
    const result = cli('audit', `${registry.host}/acme/site:1.0.0`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--ref: got');
  });
});
