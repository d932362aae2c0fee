import { describe, expect, it } from '@jest/globals';
import {
  TAG_BINDING_ARTIFACT_TYPE,
  TAG_BINDING_PREDICATE_TYPE,
  parseTagBinding,
  tagBindingStatement,
} from '../../../src/sign/predicates/tag-binding.js';
import { envRunFacts } from '../../../src/github/run-facts.js';

const digest = `sha256:${'a'.repeat(64)}`;
const now = new Date('2026-12-01T08:00:00Z');
const facts = { repository: 'ghcr.io/acme/app', tag: '1.4.0-87-3f9c2ab', digest, now };

describe('tag-binding record v1', () => {
  it('keeps the names another reader relies on', () => {
    expect(TAG_BINDING_PREDICATE_TYPE).toBe(
      'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/tag-binding.md#v1',
    );
    expect(TAG_BINDING_ARTIFACT_TYPE).toBe('application/vnd.immutable-artefacts.tag-binding.v1+json');
  });

  it('states the tag, repository, digest, version, commit, time and run, and parses back', () => {
    const run = envRunFacts({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_WORKFLOW: 'release',
      GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    });
    const statement = tagBindingStatement(
      { ...facts, version: '1.4.0', commit: '3f9c2ab' + 'd'.repeat(33), run },
      true,
    );
    expect(statement.subject).toEqual([{ name: 'ghcr.io/acme/app', digest: { sha256: 'a'.repeat(64) } }]);
    expect(statement.predicateType).toBe(TAG_BINDING_PREDICATE_TYPE);
    const parsed = parseTagBinding(JSON.parse(JSON.stringify(statement)));
    expect(parsed).toMatchObject({
      repository: 'ghcr.io/acme/app',
      tag: '1.4.0-87-3f9c2ab',
      digest,
      version: '1.4.0',
      boundAt: '2026-12-01T08:00:00.000Z',
      signed: true,
    });
    expect(parsed?.run?.url).toContain('/acme/app/actions/runs/42');
  });

  it('leaves absent facts out, and a reader accepts fields it does not know (v1 is additive)', () => {
    const statement = tagBindingStatement(facts, false) as unknown as { predicate: Record<string, unknown> };
    expect(Object.keys(statement.predicate).sort()).toEqual(['boundAt', 'digest', 'repository', 'signed', 'tag']);
    const later = { ...statement, predicate: { ...statement.predicate, addedInV1Later: 1 } };
    expect(parseTagBinding(later)?.tag).toBe(facts.tag);
  });

  it.each([
    ['another predicate type', { predicateType: 'https://slsa.dev/provenance/v1' }],
    ['no tag', { predicate: { tag: undefined } }],
    ['no repository', { predicate: { repository: '' } }],
    ['a digest that is not sha256:<hex>', { predicate: { digest: 'sha256:abc' } }],
    ['no boundAt', { predicate: { boundAt: 7 } }],
  ])(
    'refuses a statement with %s',
    (_name, change: { predicateType?: string; predicate?: Record<string, unknown> }) => {
      const statement = tagBindingStatement(facts, false) as unknown as {
        predicateType: string;
        predicate: Record<string, unknown>;
      };
      const changed = {
        ...statement,
        ...(change.predicateType === undefined ? {} : { predicateType: change.predicateType }),
        predicate: { ...statement.predicate, ...change.predicate },
      };
      expect(parseTagBinding(changed)).toBeUndefined();
    },
  );
});
