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

describe('one line per single value; several lines only where an input takes them by design', () => {
  const refused = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error as ArtefactsError;
    }
    throw new Error('expected a refusal');
  };

  it('refuses a newline or another control character in text, optionalText, required and regex', () => {
    const injected = raw({ environment: 'qa\n::warning title=x::injected' });
    for (const read of [inputs.text, inputs.optionalText, inputs.required, inputs.regex]) {
      const error = refused(() => read(injected, 'environment'));
      expect(error.code).toBe('INPUT_INVALID');
      expect(error.message).toBe(
        `Input 'environment': got "qa\\n::warning title=x::injected"; expected a value without newlines, tabs or other control characters.`,
      );
      expect(error.hint).toMatch(/A single value is one line, given once/);
    }
    expect(() => inputs.optionalText(raw({ x: 'a\u001b[2Jb' }), 'x')).toThrow(/^Input 'x'/);
    expect(() => inputs.optionalText(raw({ x: 'a\u0085b' }), 'x')).toThrow(/^Input 'x'/);
    // Surrounding whitespace (a YAML block's final newline) is trimmed, not refused.
    expect(inputs.optionalText(raw({ x: '  prod\n' }), 'x')).toBe('prod');
    expect(inputs.text(raw({ x: 'my bom (ü).json' }), 'x')).toBe('my bom (ü).json');
  });

  it('refuses control characters inside the items of a list, one item a line', () => {
    expect(inputs.list(raw({ tags: 'a\nb, c' }), 'tags')).toEqual(['a', 'b', 'c']);
    expect(() => inputs.list(raw({ tags: 'a\tb' }), 'tags')).toThrow(/^Input 'tags'.*control characters/);
    expect(() => inputs.list(raw({ tags: 'a\rb' }), 'tags')).toThrow(/^Input 'tags'/);
  });

  it('takes PEM text over several lines in a key input, and a key path only on one line, without echoing it', () => {
    const pem = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n';
    expect(inputs.optionalKey(raw({ key: pem }), 'key')).toBe(pem.trim());
    expect(inputs.optionalKey(raw({ key: ' cosign.pub\n' }), 'key')).toBe('cosign.pub');
    expect(inputs.optionalKey(raw({}), 'key')).toBeUndefined();
    const error = refused(() => inputs.optionalKey(raw({ key: 'MFkwEwYHKoZI\nzj0CAQYIKoZI' }), 'key'));
    expect(error.message).toMatch(/^Input 'key': got "\(more than one line, not a PEM key\)"/);
    expect(error.message).not.toContain('MFkw');
  });

  it('takes a block (a JSON predicate, a token) as given, trimmed', () => {
    expect(inputs.optionalBlock(raw({ predicate: '{\n  "a": 1\n}\n' }), 'predicate')).toBe('{\n  "a": 1\n}');
    expect(inputs.optionalBlock(raw({}), 'predicate')).toBeUndefined();
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
