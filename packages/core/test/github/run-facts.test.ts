/**
 * One GitHub run, two statements about it: the sign action's SLSA provenance and promote's
 * promotion record are fed the same runner environment and must name the same run (URL with
 * attempt), commit, repository and workflow, because both take them from github/run-facts.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  LayoutStore,
  PROMOTION_ARTIFACT_TYPE,
  buildImage,
  promote,
  readBlob,
  readGitHubContext,
  sign,
  type ImageManifest,
} from '@immutable-artefacts/core';

const tmp = mkdtempSync(path.join(tmpdir(), 'ia-run-facts-'));
let source: LayoutStore;

beforeAll(async () => {
  source = new LayoutStore(path.join(tmp, 'dev'));
  await buildImage(source, { layers: [{ files: { app: 'v1' } }] }, { tag: '1.0.0' });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The promotion record's predicate, promoting with `env` as the runner's environment. */
async function recordPredicate(env: Record<string, string>, name: string): Promise<Record<string, unknown>> {
  const result = await promote({
    source: `oci:${source.dir}:1.0.0`,
    destinations: [`oci:${path.join(tmp, name)}:1.0.0`],
    env,
  });
  const prod = new LayoutStore(path.join(tmp, name));
  const [record] = await prod.referrers(result.digest, PROMOTION_ARTIFACT_TYPE);
  const layer = ((await prod.getManifest(record!.digest)).parsed as ImageManifest).layers[0]!;
  const statement = JSON.parse((await readBlob(prod, layer)).toString('utf8')) as {
    predicate: Record<string, unknown>;
  };
  return statement.predicate;
}

const sha = 'c'.repeat(40);
const run = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY: 'acme/widgets',
  GITHUB_REPOSITORY_ID: '11',
  GITHUB_REPOSITORY_OWNER_ID: '22',
  GITHUB_SHA: sha,
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_RUN_ID: '4242',
  GITHUB_WORKFLOW: 'release',
  GITHUB_WORKFLOW_REF: 'acme/widgets/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_ACTOR: 'octocat',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

describe('provenance and promotion records describe a run with the same facts', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'a second attempt on github.com',
      { ...run, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ATTEMPT: '2' },
      'https://github.com/acme/widgets/actions/runs/4242/attempts/2',
    ],
    [
      'a server URL with a trailing slash and no attempt given',
      { ...run, GITHUB_SERVER_URL: 'https://github.example.com/' },
      'https://github.example.com/acme/widgets/actions/runs/4242/attempts/1',
    ],
  ];
  it.each(cases)('%s', async (name, env, url) => {
    const provenance = sign.githubProvenancePredicate(readGitHubContext(env)!, sign.workflowFacts(env)) as {
      buildDefinition: {
        externalParameters: { workflow: { ref: string; repository: string; path: string } };
        resolvedDependencies: { digest: { gitCommit: string } }[];
      };
      runDetails: { builder: { id: string }; metadata: { invocationId: string } };
    };
    const record = (await recordPredicate(env, name.replace(/\W+/g, '-'))).run as {
      url: string;
      workflow: string;
      repository: string;
      sha: string;
    };
    // The run, with its attempt.
    expect(record.url).toBe(url);
    expect(provenance.runDetails.metadata.invocationId).toBe(record.url);
    // The commit.
    expect(record.sha).toBe(sha);
    expect(provenance.buildDefinition.resolvedDependencies[0]!.digest.gitCommit).toBe(record.sha);
    // The repository: the record's `owner/repo` is the provenance's repository URL on the same server.
    expect(record.repository).toBe('acme/widgets');
    expect(provenance.buildDefinition.externalParameters.workflow.repository).toBe(
      url.slice(0, url.indexOf('/actions/runs/')),
    );
    expect(provenance.buildDefinition.externalParameters.workflow.repository.endsWith(`/${record.repository}`)).toBe(
      true,
    );
    // The workflow: the record names it, the provenance names its file at the run's ref.
    expect(record.workflow).toBe('release');
    expect(provenance.buildDefinition.externalParameters.workflow).toMatchObject({
      path: '.github/workflows/release.yml',
      ref: 'refs/tags/v1.0.0',
    });
    expect(provenance.runDetails.builder.id).toBe(
      `${url.slice(0, url.indexOf('/acme/'))}/acme/widgets/.github/workflows/release.yml@refs/tags/v1.0.0`,
    );
  });

  it('leaves the run out of the record outside a workflow run', async () => {
    const predicate = await recordPredicate({}, 'local');
    expect(predicate.run).toBeUndefined();
    expect(predicate.actor).toBeUndefined();
  });
});
