import { describe, expect, it } from '@jest/globals';
import { sign } from '@immutable-artefacts/core';

const NOW = new Date('2026-06-01T00:00:00Z');
const service = (url: string, options: { version?: number; start?: string; end?: string; operator?: string } = {}) => ({
  url,
  majorApiVersion: options.version ?? 1,
  validFor: { start: options.start ?? '2025-01-01T00:00:00Z', ...(options.end ? { end: options.end } : {}) },
  operator: options.operator ?? 'sigstore.dev',
});
const config = (overrides: Record<string, unknown>) => ({
  mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
  caUrls: [service('https://fulcio.example/')],
  oidcUrls: [],
  rekorTlogUrls: [service('https://rekor.example')],
  rekorTlogConfig: { selector: 'ANY' },
  tsaUrls: [],
  ...overrides,
});
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return [(error as { code?: string }).code, (error as Error).message];
  }
  return ['no error', ''];
};

describe('signing config (cosign v3 --signing-config)', () => {
  it('picks the newest valid CA and Rekor of the API versions we speak, and the TSA as its full URL', () => {
    const instance = sign.instanceFromSigningConfig(
      config({
        caUrls: [
          service('https://fulcio-next.example', { version: 2, start: '2026-01-01T00:00:00Z' }),
          service('https://fulcio-old.example', { start: '2024-01-01T00:00:00Z', end: '2025-01-01T00:00:00Z' }),
          service('https://fulcio.example/'),
          service('https://fulcio-new.example', { start: '2026-02-01T00:00:00Z' }),
        ],
        rekorTlogUrls: [service('https://log2025.rekor.example', { version: 2 }), service('https://rekor.example/')],
        tsaUrls: [service('https://tsa.example/api/v1/timestamp')],
        tsaConfig: { selector: 'ANY' },
      }),
      'sc.json',
      NOW,
    );
    expect(instance).toMatchObject({
      fulcioURL: 'https://fulcio-new.example',
      rekorURL: 'https://rekor.example',
      rekorURLs: ['https://rekor.example'],
      tsaURL: 'https://tsa.example/api/v1/timestamp',
    });
  });

  it('ALL takes one service per operator; EXACT takes count, and fails when fewer are usable', () => {
    const tsaUrls = [
      service('https://tsa-a.example/t', { operator: 'a' }),
      service('https://tsa-a2.example/t', { operator: 'a', start: '2024-01-01T00:00:00Z' }),
      service('https://tsa-b.example/t', { operator: 'b' }),
    ];
    const all = sign.instanceFromSigningConfig(config({ tsaUrls, tsaConfig: { selector: 'ALL' } }), 'sc.json', NOW);
    expect(all.tsaURLs).toEqual(['https://tsa-a.example/t', 'https://tsa-b.example/t']);
    const exact = sign.instanceFromSigningConfig(
      config({ tsaUrls, tsaConfig: { selector: 'EXACT', count: 1 } }),
      'sc.json',
      NOW,
    );
    expect(exact.tsaURLs).toEqual(['https://tsa-a.example/t']);
    const [c, message] = code(() =>
      sign.instanceFromSigningConfig(config({ tsaUrls, tsaConfig: { selector: 'EXACT', count: 3 } }), 'sc.json', NOW),
    );
    expect(c).toBe('INPUT_INVALID');
    expect(message).toContain("'signing-config'");
  });

  it('refuses: no JSON, another media type, no CA valid now, only Rekor v2, no witness at all', () => {
    const bad = [
      'not json',
      config({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' }),
      config({ caUrls: [service('https://f.example', { end: '2025-06-01T00:00:00Z' })] }),
      config({ rekorTlogUrls: [service('https://log2025.rekor.example', { version: 2 })] }),
      config({ rekorTlogUrls: [], rekorTlogConfig: undefined }),
    ];
    for (const json of bad) {
      const [c, message] = code(() => sign.instanceFromSigningConfig(json, 'sc.json', NOW));
      expect(c).toBe('INPUT_INVALID');
      expect(message).toContain("'signing-config'");
    }
  });

  it('must not be combined with an explicit sigstore-instance', () => {
    const values: Record<string, string> = {
      image: 'ghcr.io/a/b:1',
      'signing-config': 'sc.json',
      'sigstore-instance': 'github',
    };
    const [c, message] = code(() => sign.parseSigningInputs((name) => values[name] ?? ''));
    expect(c).toBe('INPUT_INVALID');
    expect(message).toContain("'sigstore-instance'");
  });
});
