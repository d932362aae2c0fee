import { describe, expect, it } from '@jest/globals';
import { ArtefactsError, inputs } from '@immutable-artefacts/core';

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('input parsers', () => {
  it('splits lists on lines and commas, dropping blanks and comments', () => {
    expect(inputs.list(raw({ images: 'a/b\n# c\n  d/e, f/g \n\n' }), 'images')).toEqual(['a/b', 'd/e', 'f/g']);
  });

  it('names the input, the value and what is accepted for a bad boolean', () => {
    let caught: unknown;
    try {
      inputs.boolean(raw({ 'push-git-tag': 'maybe' }), 'push-git-tag');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArtefactsError);
    expect((caught as ArtefactsError).code).toBe('INPUT_INVALID');
    expect((caught as ArtefactsError).message).toBe(`Input 'push-git-tag': got "maybe"; expected true or false.`);
  });

  it('rejects an invalid regex with the engine reason', () => {
    expect(() => inputs.regex(raw({ 'major-pattern': '(' }), 'major-pattern')).toThrow(/Input 'major-pattern'/);
  });

  it('parses bounded integers', () => {
    expect(inputs.integer(raw({ n: '7' }), 'n', { min: 1, max: 40 })).toBe(7);
    expect(() => inputs.integer(raw({ n: '41' }), 'n', { min: 1, max: 40 })).toThrow(/from 1 to 40/);
  });

  it('takes credentials as a pair and names the half that is missing', () => {
    expect(inputs.credentialPair(raw({}), 'registry-username', 'registry-password')).toEqual({
      username: undefined,
      password: undefined,
    });
    expect(
      inputs.credentialPair(
        raw({ 'source-username': 'u', 'source-password': 'p' }),
        'source-username',
        'source-password',
      ),
    ).toEqual({
      username: 'u',
      password: 'p',
    });
    expect(() => inputs.credentialPair(raw({ 'registry-username': 'u' }))).toThrow(/^Input 'registry-password'/);
    expect(() => inputs.credentialPair(raw({ 'registry-password': 'p' }))).toThrow(/^Input 'registry-username'/);
  });
});

describe('sourceDateEpoch: the one reader of SOURCE_DATE_EPOCH (pack, sbom, build-tag)', () => {
  it('takes whole seconds, ignores unset or empty, refuses anything else', () => {
    expect(inputs.sourceDateEpoch({ SOURCE_DATE_EPOCH: ' 1700000000 ' })).toBe(1_700_000_000);
    expect(inputs.sourceDateEpoch({ SOURCE_DATE_EPOCH: '0' })).toBe(0);
    expect(inputs.sourceDateEpoch({})).toBeUndefined();
    expect(inputs.sourceDateEpoch({ SOURCE_DATE_EPOCH: '  ' })).toBeUndefined();
    for (const bad of ['yesterday', '-1', '1.5', '2026-01-01', '9'.repeat(13)]) {
      expect(() => inputs.sourceDateEpoch({ SOURCE_DATE_EPOCH: bad })).toThrow(
        expect.objectContaining({ code: 'INPUT_INVALID' }),
      );
    }
  });
});
