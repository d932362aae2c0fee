/**
 * A repository the registry does not know is not a repository with no tags. Every reader that lists
 * tags (audit, ls, ls --immutable, history) refuses one named by its input, naming the input and
 * what was given, whether the registry says so with NAME_UNKNOWN (distribution 2.8, here for real) or
 * with a 404 that names no code of the spec (a bare 404, a page of HTML, a registry's own NOT_FOUND);
 * a destination (promote's, pack's) still takes it as empty, since its first push creates it. A
 * repository that is there with no tag left is listed as empty, and a 404 naming another code of
 * the spec is reported as the registry's answer, never as either.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ArtefactsError,
  LayoutStore,
  buildImage,
  copyTree,
  memoryLogger,
  parseAuditInputs,
  parseHistoryInputs,
  parseLsInputs,
  runAudit,
  runHistory,
  runLs,
  type ActionOutcome,
  type RawInputs,
} from '@immutable-artefacts/core';
import { rejectionOf } from '../../../../test/harness/failures.js';
import {
  destinationAt,
  repositoryAt,
  startProxy,
  startRegistry,
  type TestProxy,
  type TestRegistry,
} from '../../../../test/harness/registry.js';
import { readActionYaml } from '../../../../test/harness/runner.js';

let registry: TestRegistry;
let proxy: TestProxy;
const tmp = mkdtempSync(path.join(tmpdir(), 'ia-unknown-repo-'));

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startProxy(registry.host);
  const layout = new LayoutStore(path.join(tmp, 'src'));
  const image = await buildImage(layout, { layers: [{ files: { f: 'x' } }] });
  await copyTree(layout, repositoryAt(registry.host, 'acme/app'), image.digest, { tag: 'v1' });
  // A repository that is there with no tag left: its only manifest deleted.
  const emptied = repositoryAt(registry.host, 'acme/emptied');
  await copyTree(layout, emptied, image.digest, { tag: 'gone' });
  const deleted = await fetch(`http://${registry.host}/v2/acme/emptied/manifests/${image.digest}`, {
    method: 'DELETE',
  });
  expect(deleted.status).toBe(202);
});

afterAll(async () => {
  await proxy?.close();
  await registry?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** A command's raw inputs: `values`, else the action.yml default (where the command is an action). */
const rawFor =
  (action: string | undefined, values: Record<string, string>): RawInputs =>
  (name) =>
    values[name] ?? (action === undefined ? undefined : readActionYaml(action).inputs?.[name]?.default) ?? '';

const environment = () => ({
  cwd: tmp,
  env: { HOME: tmp, DOCKER_CONFIG: path.join(tmp, 'no-docker') },
  logger: memoryLogger(),
  github: undefined,
});

/** Every command that lists a repository's tags, run as the action (or the CLI) runs it. */
const readers: [string, (repository: string) => Promise<ActionOutcome>][] = [
  ['audit', (r) => runAudit(parseAuditInputs(rawFor('audit', { reference: r })), environment())],
  ['ls', (r) => runLs(parseLsInputs(rawFor(undefined, { reference: r })), environment())],
  [
    'ls --immutable',
    (r) => runLs(parseLsInputs(rawFor(undefined, { reference: r, immutable: 'true' })), environment()),
  ],
  [
    'history',
    (r) => runHistory(parseHistoryInputs(rawFor('trace', { reference: `${r}:prod`, mode: 'history' })), environment()),
  ],
];

describe('a repository the registry does not know', () => {
  it.each(readers)('%s refuses it, naming the input and the repository given', async (_name, run) => {
    const typo = `${registry.host}/acme/apq`;
    const error = await rejectionOf(run(typo), ArtefactsError);
    expect(error.code).toBe('REGISTRY_NOT_FOUND');
    expect(error.message).toMatch(/^Input 'reference': /);
    expect(error.message).toContain(`${typo}: no such repository`);
    expect(error.message).toContain('NAME_UNKNOWN');
    expect(error.message).toContain('expected a repository that exists');
    expect(error.hint).toMatch(/typo/);
  });

  it.each(readers)('%s still reads a repository that is there', async (_name, run) => {
    const outcome = await run(`${registry.host}/acme/app`);
    expect(outcome.failure).toBeUndefined();
  });

  it('is empty to a destination, whose first push creates it; a reader of the store refuses it', async () => {
    expect(await destinationAt(registry.host, 'acme/not-yet').listTags()).toEqual([]);
    const error = await rejectionOf(repositoryAt(registry.host, 'acme/not-yet').listTags(), ArtefactsError);
    expect(error.code).toBe('REGISTRY_NOT_FOUND');
    expect(error.message).toMatch(new RegExp(`^${registry.host}/acme/not-yet: no such repository`));
  });

  it('a repository that is there with no tag left is listed as empty, not refused', async () => {
    expect(await repositoryAt(registry.host, 'acme/emptied').listTags()).toEqual([]);
    const outcome = await runAudit(
      parseAuditInputs(rawFor('audit', { reference: `${registry.host}/acme/emptied` })),
      environment(),
    );
    expect(outcome.outputs.report).toMatch(/: 0 tags;/);
  });
});

describe('a 404 to listing tags, as other registries word it', () => {
  /** The proxy answers the tag listing with `status`, `body`; everything else goes to the registry. */
  const answering = (body: string, type = 'application/json') => {
    proxy.intercept = (req, res) => {
      if (!/\/tags\/list/.test(req.url ?? '')) return false;
      res.writeHead(404, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body);
      return true;
    };
  };
  afterAll(() => (proxy.intercept = undefined));

  it.each([
    ['a bare 404', ''],
    ['a page of HTML', '<html><body>404 Not Found</body></html>'],
    ['a code of its own', JSON.stringify({ errors: [{ code: 'NOT_FOUND', message: 'repository not found' }] })],
  ])('%s: refused by a reader, empty to a destination', async (_name, body) => {
    answering(body, body.startsWith('<') ? 'text/html' : 'application/json');
    const error = await rejectionOf(
      repositoryAt(proxy.host, 'acme/app', {}, { input: 'reference' }).listTags(),
      ArtefactsError,
    );
    expect(error.code).toBe('REGISTRY_NOT_FOUND');
    expect(error.message).toMatch(new RegExp(`^Input 'reference': ${proxy.host}/acme/app: no such repository`));
    expect(await destinationAt(proxy.host, 'acme/app').listTags()).toEqual([]);
  });

  it('a 404 naming another code of the spec is the registry answer, to a reader and a destination alike', async () => {
    answering(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }));
    for (const store of [repositoryAt(proxy.host, 'acme/app'), destinationAt(proxy.host, 'acme/app')]) {
      const error = await rejectionOf(store.listTags(), ArtefactsError);
      expect(error.code).toBe('REGISTRY_NOT_FOUND');
      expect(error.message).toMatch(/^listing tags of .*: HTTP 404: MANIFEST_UNKNOWN/);
      expect(error.message).not.toContain('no such repository');
    }
  });
});
