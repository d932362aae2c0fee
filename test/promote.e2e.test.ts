/**
 * End-to-end: dist/promote run exactly as the runner runs it (action.yml defaults, INPUT_*, command
 * files) against real registries (Debian's docker-registry: anonymous and htpasswd basic auth),
 * with skopeo as the independent check of what landed at the destination.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  LayoutStore,
  PROMOTION_ARTIFACT_TYPE,
  PROMOTION_PREDICATE_TYPE,
  RegistryClient,
  buildImage,
  copyTree,
  readBlob,
  sha256,
  type ImageManifest,
  type Manifest,
  type PromoteResult,
} from '@immutable-artefacts/core';
import { repoRoot, runAction, type RunActionResult } from './harness/runner.js';
import { skopeoRaw, startRegistry, type TestRegistry } from './harness/registry.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-promote-e2e-'));
const workspace = path.join(tmp, 'workspace');
let a: TestRegistry;
let b: TestRegistry;
let basic: TestRegistry;
let layout: LayoutStore;
let image: Manifest;
let other: Manifest;
const password = 'pr0mote-S3cret-e2e';

const client = (credentials: Record<string, { username: string; password: string }> = {}) =>
  new RegistryClient({ ignoreDockerConfig: true, credentials });
const repo = (registry: TestRegistry, repository: string, c = client()) =>
  c.repository({ registry: registry.host, host: registry.host, repository });
/** A repository as the promotion's destination sees it: one not there yet has no tags. */
const destination = (registry: TestRegistry, repository: string) =>
  client().repository({ registry: registry.host, host: registry.host, repository }, { create: true });

/** Runs the bundle with an isolated Docker config, so the machine's ~/.docker never leaks in. */
function promote(inputs: Record<string, string>, extra: { debug?: boolean } = {}): Promise<RunActionResult> {
  return runAction('promote', {
    inputs,
    cwd: workspace,
    env: { DOCKER_CONFIG: path.join(tmp, 'no-docker-config') },
    timeoutMs: 90_000,
    ...extra,
  });
}

function digestAt(reference: string, credentials?: { username: string; password: string }): string {
  return sha256(skopeoRaw(reference, credentials));
}

beforeAll(async () => {
  [a, b, basic] = await Promise.all([
    startRegistry(),
    startRegistry(),
    startRegistry({ auth: 'basic', users: { releaser: password } }),
  ]);
  execFileSync('mkdir', ['-p', workspace]);
  layout = new LayoutStore(path.join(tmp, 'layout'));
  image = await buildImage(
    layout,
    { layers: [{ randomBytes: 400_000 }, { randomBytes: 150_000 }, { files: { 'app/version': '1.4.0' } }] },
    { tag: 'v1' },
  );
  other = await buildImage(layout, { layers: [{ randomBytes: 30_000 }] }, { tag: 'other' });
  await copyTree(layout, repo(a, 'acme/app'), image.digest, { tag: 'v1' });
  await copyTree(layout, repo(a, 'acme/app'), other.digest, { tag: 'other' });
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop(), basic?.stop()]);
  rmSync(tmp, { recursive: true, force: true });
});

describe('promote action (dist bundle)', () => {
  it('copies cold with every output, a summary and a promotion record; a re-run moves no bytes', async () => {
    writeFileSync(path.join(workspace, 'junit.xml'), '<testsuite tests="12" failures="0"/>');
    const source = `${a.host}/acme/app:v1`;
    const destination = `${b.host}/acme/app:1.4.0`;
    const cold = await promote({
      source,
      destinations: `${destination} stable`,
      environment: 'staging',
      evidence: 'tests=junit.xml',
    });
    expect(cold.errors).toEqual([]);
    expect(cold.exitCode).toBe(0);
    expect(cold.outputs.digest).toBe(image.digest);
    expect(cold.outputs['destination-refs']).toBe(`${destination}\n${b.host}/acme/app:stable`);
    const blobs = [(image.parsed as ImageManifest).config, ...(image.parsed as ImageManifest).layers];
    expect(Number(cold.outputs['blobs-copied'])).toBe(blobs.length);
    expect(Number(cold.outputs['bytes-copied'])).toBe(blobs.reduce((s, d) => s + d.size, 0));
    expect(cold.outputs['blobs-mounted']).toBe('0');
    // The independent check: skopeo reads exactly the source's manifest bytes under both tags.
    expect(skopeoRaw(destination).equals(image.bytes)).toBe(true);
    expect(skopeoRaw(`${b.host}/acme/app:stable`).equals(image.bytes)).toBe(true);
    const json = JSON.parse(cold.outputs.json!) as PromoteResult;
    expect(json.destinations[0]!.status).toBe('promoted');
    expect(cold.summary).toContain(image.digest);
    expect(cold.summary).toContain('```mermaid');
    expect(cold.stdout).toMatch(/6 blobs|4 blobs/);

    // The promotion record: a referrer of the digest at the destination, with the run's facts.
    const dest = repo(b, 'acme/app');
    const records = await dest.referrers(image.digest, PROMOTION_ARTIFACT_TYPE);
    expect(records.map((r) => r.digest)).toEqual([json.destinations[0]!.record]);
    const layer = ((await dest.getManifest(records[0]!.digest)).parsed as ImageManifest).layers[0]!;
    const statement = JSON.parse((await readBlob(dest, layer)).toString('utf8')) as {
      predicateType: string;
      subject: { digest: { sha256: string } }[];
      predicate: Record<string, unknown> & { run: { url: string }; evidence: unknown[] };
    };
    expect(statement.predicateType).toBe(PROMOTION_PREDICATE_TYPE);
    expect(statement.subject[0]!.digest.sha256).toBe(image.digest.slice('sha256:'.length));
    expect(statement.predicate.environment).toBe('staging');
    expect(statement.predicate.actor).toBe('octocat');
    expect(statement.predicate.run.url).toBe('https://github.com/acme/widgets/actions/runs/1234567890/attempts/1');
    expect(statement.predicate.source).toBe(`${a.host}/acme/app:v1@${image.digest}`);
    expect(statement.predicate.evidence).toEqual([
      { name: 'tests', digest: { sha256: sha256('<testsuite tests="12" failures="0"/>').slice(7) } },
    ]);
    expect(Number.isNaN(Date.parse(String(statement.predicate.promotedAt)))).toBe(false);

    // The same step run again (same environment): the record already there is this promotion's.
    const rerun = await promote({
      source,
      destinations: `${destination} stable`,
      environment: 'staging',
      evidence: 'tests=junit.xml',
    });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['bytes-copied']).toBe('0');
    expect(rerun.outputs['blobs-copied']).toBe('0');
    expect((JSON.parse(rerun.outputs.json!) as PromoteResult).destinations[0]!.status).toBe('unchanged');
    // No second record for a promotion that changed nothing.
    expect(await dest.referrers(image.digest, PROMOTION_ARTIFACT_TYPE)).toHaveLength(1);
  });

  it('refuses to overwrite a tag holding another digest, naming both, and leaves the tag alone', async () => {
    const destination = `${b.host}/acme/guarded:1.0.0`;
    expect((await promote({ source: `${a.host}/acme/app:other`, destinations: destination })).exitCode).toBe(0);
    const refused = await promote({ source: `${a.host}/acme/app:v1`, destinations: destination });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]!.title).toBe('promote');
    expect(refused.errors[0]!.message).toContain(other.digest);
    expect(refused.errors[0]!.message).toContain(image.digest);
    expect(refused.outputs).toEqual({});
    expect(digestAt(destination)).toBe(other.digest);
    // Nothing of the refused image was copied either.
    const layer = (image.parsed as ImageManifest).layers[0]!;
    expect(await repo(b, 'acme/guarded').hasBlob(layer.digest)).toBeUndefined();
  });

  it('promotes from an OCI layout to a registry, byte-identical', async () => {
    // The layout lives beside the workspace, not in it: the source input is let out explicitly.
    const result = await promote({
      source: `oci:${layout.dir}:other`,
      destinations: `${b.host}/acme/from-layout:v1`,
      'allow-outside-workspace': 'source',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe(other.digest);
    expect(skopeoRaw(`${b.host}/acme/from-layout:v1`).equals(other.bytes)).toBe(true);
    // skopeo pulls every blob of it back into a layout of its own, checking each digest.
    const pulled = path.join(tmp, 'skopeo-pulled');
    execFileSync(
      'skopeo',
      ['copy', '--src-tls-verify=false', `docker://${b.host}/acme/from-layout:v1`, `oci:${pulled}:v1`],
      {
        stdio: 'ignore',
        timeout: 60_000,
      },
    );
    expect((await new LayoutStore(pulled).resolve('v1'))?.digest).toBe(other.digest);
  });

  it('uses registry credentials from inputs and never prints the password', async () => {
    const destination = `${basic.host}/acme/app:1.4.0`;
    const result = await promote(
      {
        source: `${a.host}/acme/app:v1`,
        destinations: destination,
        'registry-username': 'releaser',
        'registry-password': password,
        record: 'false',
      },
      { debug: true },
    );
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`::add-mask::${password}`);
    const masked = result.stdout.replaceAll(`::add-mask::${password}`, '');
    expect(masked).not.toContain(password);
    expect(result.stderr).not.toContain(password);
    expect(result.summary + JSON.stringify(result.outputs)).not.toContain(password);
    expect(skopeoRaw(destination, { username: 'releaser', password }).equals(image.bytes)).toBe(true);

    const wrong = `${password}-wrong`;
    const denied = await promote({
      source: `${a.host}/acme/app:v1`,
      destinations: `${basic.host}/acme/denied:1`,
      'registry-username': 'releaser',
      'registry-password': wrong,
    });
    expect(denied.exitCode).toBe(1);
    expect(denied.stdout.replaceAll(`::add-mask::${wrong}`, '')).not.toContain(wrong);
    expect(denied.errors[0]!.message).toContain(basic.host);
  });

  it('names the input of a bad reference, a bad tag and a half-given credential', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ source: 'Acme/App:v1', destinations: `${b.host}/x:1` }, "Input 'source'"],
      [{ source: `${a.host}/acme/app:v1`, destinations: `${b.host}/x:bad+tag` }, "Input 'destinations'"],
      [{ source: `${a.host}/acme/app:v1`, destinations: `${b.host}/x:1 also+bad` }, "Input 'destinations'"],
      [{ source: `${a.host}/acme/app:v1`, destinations: `${b.host}/x:1`, tags: 'ok, -no' }, "Input 'tags'"],
      [
        { source: `${a.host}/acme/app:v1`, destinations: `${b.host}/x:1`, 'registry-username': 'u' },
        "Input 'registry-password'",
      ],
      [{ source: `${a.host}/acme/app:v1`, destinations: `${b.host}/x:1`, concurrency: '0' }, "Input 'concurrency'"],
    ];
    for (const [inputs, named] of cases) {
      const result = await promote(inputs);
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.message).toContain(named);
    }
  });

  it('refuses platforms a single-platform image does not have, naming platforms, and copies nothing', async () => {
    for (const platforms of ['linux/amd64,linux/arm64', 'windows/arm64']) {
      const result = await promote({
        source: `${a.host}/acme/app:v1`,
        destinations: `${b.host}/acme/platforms:1`,
        platforms,
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.message).toMatch(
        new RegExp(
          `^Input 'platforms': got "${platforms}"; expected linux/amd64 or all: ${image.digest} is a single-platform image`,
        ),
      );
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await repo(b, 'acme/platforms').resolve('1')).toBeUndefined();
    const own = await promote({
      source: `${a.host}/acme/app:v1`,
      destinations: `${b.host}/acme/platforms:1`,
      platforms: 'linux/amd64',
      record: 'false',
    });
    expect(own.errors).toEqual([]);
    expect(own.outputs.digest).toBe(image.digest);
  });

  it('dry run: reports the plan and writes nothing', async () => {
    const result = await promote({
      source: `${a.host}/acme/app:v1`,
      destinations: `${b.host}/acme/dry:v1`,
      'dry-run': 'true',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe(image.digest);
    expect(Number(result.outputs['blobs-to-copy']) + Number(result.outputs['blobs-skipped'])).toBe(4);
    expect([result.outputs['blobs-copied'], result.outputs['bytes-copied']]).toEqual(['0', '0']);
    expect((JSON.parse(result.outputs.json!) as PromoteResult).destinations[0]!.status).toBe('planned');
    expect(result.summary).toContain('dry run');
    expect(await destination(b, 'acme/dry').listTags()).toEqual([]);
    for (const blob of (image.parsed as ImageManifest).layers) {
      if ((await repo(b, 'acme/app').hasBlob(blob.digest)) === undefined) {
        expect(await repo(b, 'acme/dry').hasBlob(blob.digest)).toBeUndefined();
      }
    }
  });

  it('refuses, copying nothing, when a signature is required and cannot be verified yet', async () => {
    const result = await promote({
      source: `${a.host}/acme/app:v1`,
      destinations: `${b.host}/acme/gated:v1`,
      'require-signature': 'keyless',
      'certificate-identity': 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main',
      'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]!.message).toContain("'require-signature'");
    expect(await destination(b, 'acme/gated').listTags()).toEqual([]);
    const missingIssuer = await promote({
      source: `${a.host}/acme/app:v1`,
      destinations: `${b.host}/acme/gated:v1`,
      'require-signature': 'keyless',
      'certificate-identity': 'x',
    });
    expect(missingIssuer.errors[0]!.message).toContain("Input 'certificate-oidc-issuer'");
  });

  it('runs the same logic as `artefacts promote` from the CLI bundle', () => {
    const out = execFileSync(
      process.execPath,
      [
        path.join(repoRoot, 'dist', 'cli', 'index.js'),
        'promote',
        '--source',
        `oci:${layout.dir}:v1`,
        '--destinations',
        `${b.host}/acme/cli:v1`,
        '--record',
        'false',
        '--allow-outside-workspace',
        'source',
        '--json',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, DOCKER_CONFIG: path.join(tmp, 'no-docker-config') },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      },
    );
    expect((JSON.parse(out) as PromoteResult).digest).toBe(image.digest);
    expect(digestAt(`${b.host}/acme/cli:v1`)).toBe(image.digest);
  });
});
