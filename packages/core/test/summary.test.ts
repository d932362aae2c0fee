import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobSummary, readGitHubContext, runLink } from '@immutable-artefacts/core';

function context(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'summary-'));
  writeFileSync(join(dir, 'event.json'), '{}');
  return readGitHubContext({
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '123',
    GITHUB_RUN_NUMBER: '87',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'release',
    ...extra,
  });
}

describe('the shared job summary look', () => {
  it('puts the artefact in the header, keeps the step title, links the run, then the step body', () => {
    const body = '### Signed\n\n| Subject | Kind |\n| --- | --- |\n| x | y |\n';
    const text = jobSummary('sign', 'sha256:abc', context(), body);
    expect(text.split('\n')).toEqual([
      '### Signed · `sha256:abc`',
      '',
      '[release run #87](https://github.com/acme/widgets/actions/runs/123)',
      '',
      '| Subject | Kind |',
      '| --- | --- |',
      '| x | y |',
      '',
    ]);
  });

  it('names the attempt, does not repeat a subject the title already has, and says when outside GitHub', () => {
    expect(runLink(context({ GITHUB_RUN_ATTEMPT: '2' }))).toBe(
      '[release run #87, attempt 2](https://github.com/acme/widgets/actions/runs/123/attempts/2)',
    );
    expect(
      jobSummary('build-tag', '1.0.0-87-abc', undefined, '### build-tag: `1.0.0-87-abc`\n\nbody').split('\n')[0],
    ).toBe('### build-tag: `1.0.0-87-abc`');
    expect(jobSummary('pack', 'sha256:1', undefined, 'no heading')).toBe(
      '### pack · `sha256:1`\n\nRun outside GitHub Actions.\n\nno heading',
    );
  });
});
