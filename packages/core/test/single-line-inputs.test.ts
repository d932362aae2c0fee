/**
 * Every single-value input of every action is one line without control characters. Read from the
 * actions' own action.yml files: each input is either sent a valid value with a newline (and a
 * workflow command after it) or an escape character appended, and must be refused by its action's
 * parser with an error naming it, or is listed below as taking several lines by design (a list, PEM
 * text, a JSON predicate, a separator) or as a secret. A new input fails the last test until it is
 * placed in one of the two tables.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  ArtefactsError,
  parseAuditInputs,
  parseBuildTagInputs,
  parsePackInputs,
  parsePinInputs,
  parsePromoteInputs,
  parseSbomInputs,
  parseSemverCalculateInputs,
  parseSignInputs,
  parseTraceInputs,
  parseVerifyInputs,
  type RawInputs,
} from '@immutable-artefacts/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Each action's inputs and their action.yml defaults. */
const defaults: Record<string, Record<string, string>> = Object.fromEntries(
  readdirSync(path.join(root, 'actions'))
    .filter((name) => name !== 'shared')
    .map((name) => {
      const yml = parseYaml(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: unknown }>;
      };
      return [
        name,
        Object.fromEntries(
          Object.entries(yml.inputs).map(([k, v]) => [k, v.default === undefined ? '' : String(v.default)]),
        ),
      ];
    }),
);

const parsers: Record<string, (raw: RawInputs) => unknown> = {
  audit: parseAuditInputs,
  'build-tag': parseBuildTagInputs,
  pack: parsePackInputs,
  pin: parsePinInputs,
  promote: parsePromoteInputs,
  sbom: parseSbomInputs,
  'semver-calculate': parseSemverCalculateInputs,
  sign: parseSignInputs,
  trace: parseTraceInputs,
  verify: parseVerifyInputs,
};

/** What each action needs to parse at all (besides its defaults). */
const base: Record<string, Record<string, string>> = {
  audit: { reference: 'oci:layout' },
  'build-tag': {},
  pack: { path: 'site', destination: 'oci:layout:1' },
  pin: { paths: 'Dockerfile' },
  promote: { source: 'oci:layout:1', destinations: 'oci:prod' },
  sbom: {},
  'semver-calculate': {},
  sign: { files: 'a.txt', key: 'cosign.key' },
  trace: { reference: 'oci:layout:1' },
  verify: { files: 'a.txt', key: 'cosign.pub' },
};

const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const KEYLESS = { key: '', 'certificate-identity': IDENTITY, 'certificate-oidc-issuer': ISSUER };
const IMAGE = 'ghcr.io/acme/app:1.0.0';

/** A valid value of a single-value input (its default when omitted), and the other inputs it needs. */
interface Single {
  readonly value?: string;
  readonly with?: Readonly<Record<string, string>>;
}

/** The trust inputs of the readers of records (audit, trace), verify's own. */
const trust: Record<string, Single> = {
  key: { value: 'cosign.pub' },
  'certificate-identity': { value: IDENTITY, with: { 'certificate-oidc-issuer': ISSUER } },
  'certificate-identity-regexp': { value: '^https://github\\.com/acme/', with: { 'certificate-oidc-issuer': ISSUER } },
  'certificate-oidc-issuer': { value: ISSUER, with: { 'certificate-identity': IDENTITY } },
  'trusted-root': { value: 'trusted_root.json', with: KEYLESS },
  'sigstore-instance': { value: 'github', with: KEYLESS },
  'tuf-mirror': { value: 'https://tuf.example.com', with: KEYLESS },
  'tuf-root': { value: 'root.json', with: KEYLESS },
};

const username = (password = 'registry-password', extra: Record<string, string> = {}): Single => ({
  value: 'me',
  with: { [password]: 'secret', ...extra },
});

const single: Record<string, Record<string, Single>> = {
  audit: { reference: {}, 'fail-on-unbound': {}, ...trust, 'registry-username': username() },
  'build-tag': {
    version: { value: '1.4.0' },
    template: {},
    'sha-length': {},
    'push-git-tag': {},
    'annotated-tag': {},
    'tag-prefix': {},
    'move-major-tag': {},
    'git-tag-transport': {},
    'git-remote': {},
    latest: {},
    context: {},
    'bake-target': {},
    'bake-dir': { value: 'bake' },
    'export-env': {},
  },
  pack: {
    destination: {},
    'artifact-type': {},
    compression: {},
    'bind-tags': {},
    'registry-username': username(),
  },
  pin: {
    check: {},
    'min-pinned': {},
    'allow-unresolved': {},
    'verify-pinned': {},
    registry: { value: 'ghcr.io' },
    'registry-username': username('registry-password', { registry: 'ghcr.io' }),
  },
  promote: {
    source: {},
    'allow-overwrite': {},
    'require-signature': { value: 'cosign.pub' },
    'certificate-identity': {
      value: IDENTITY,
      with: { 'require-signature': 'keyless', 'certificate-oidc-issuer': ISSUER },
    },
    'certificate-identity-regexp': {
      value: '^https://github\\.com/acme/',
      with: { 'require-signature': 'keyless', 'certificate-oidc-issuer': ISSUER },
    },
    'certificate-oidc-issuer': {
      value: ISSUER,
      with: { 'require-signature': 'keyless', 'certificate-identity': IDENTITY },
    },
    'trusted-root': { value: 'trusted_root.json', with: { 'require-signature': 'keyless', ...KEYLESS } },
    environment: { value: 'production' },
    record: {},
    'bind-tags': {},
    'record-key': { value: 'cosign.key' },
    'write-summary': {},
    'summary-key': { value: 'cosign.key', with: { 'write-summary': 'true', 'require-signature': 'cosign.pub' } },
    'dry-run': {},
    concurrency: {},
    'registry-username': username(),
    'source-username': username('source-password'),
  },
  sbom: {
    path: { value: 'src' },
    image: { value: IMAGE },
    'oci-layout': { value: 'layout' },
    'output-dir': {},
    'output-file': { value: 'bom.json', with: { formats: 'cyclonedx-json' } },
    attach: {},
    attest: {},
    key: { value: 'cosign.key', with: { image: IMAGE, attest: 'true' } },
    'registry-username': username('registry-password', { image: IMAGE }),
    'upload-artifact': {},
    engine: {},
    'syft-path': { value: '/usr/local/bin/syft', with: { engine: 'syft' } },
  },
  'semver-calculate': {
    'tag-prefix': {},
    increment: { value: 'minor' },
    'conventional-commits': {},
    'major-pattern': { value: '^BREAKING' },
    'minor-pattern': { value: '^feat' },
    'default-bump': { value: 'patch' },
    'initial-version': {},
    'zero-major-breaking': {},
    prerelease: { value: 'beta' },
    'pr-channel': {},
    'build-metadata': {},
    'fetch-depth-policy': {},
    'previous-from': {},
    comment: {},
  },
  sign: {
    image: { value: IMAGE },
    key: {},
    keyless: {},
    'transparency-log': {},
    provenance: {},
    'predicate-type': { value: 'https://example.com/test/v1', with: { predicate: '{}' } },
    'predicate-path': { value: 'predicate.json', with: { 'predicate-type': 'https://example.com/test/v1' } },
    'attest-type': { value: 'approval' },
    'attest-path': { value: 'trivy.json', with: { 'attest-type': 'vuln' } },
    'attest-environment': { value: 'prod', with: { 'attest-type': 'approval' } },
    'sbom-path': { value: 'bom.json', with: { image: IMAGE } },
    'legacy-signature': {},
    force: {},
    'sigstore-instance': {},
    'signing-config': { value: 'signing_config.json' },
    'github-attestations': {},
    'registry-username': username(),
  },
  trace: {
    reference: {},
    mode: {},
    ...trust,
    'require-verified': { with: { key: 'cosign.pub' } },
    'registry-username': username(),
  },
  verify: {
    image: { value: IMAGE },
    tag: { value: 'v1', with: { image: IMAGE } },
    bundle: { value: 'a.sigstore.json' },
    // Keyless: verify's key (given in its base) and a certificate identity are one policy or the other.
    ...Object.fromEntries(
      Object.entries(trust).map(([input, spec]) => [
        input,
        input === 'key' ? spec : { ...spec, with: { ...KEYLESS, ...spec.with, [input]: spec.value ?? '' } },
      ]),
    ),
    offline: {},
    'require-transparency-log': {},
    'write-summary': {},
    'summary-key': { value: 'cosign.key', with: { image: IMAGE, 'write-summary': 'true' } },
    'show-statements': {},
    'registry-username': username(),
  },
};

const LIST = 'a list: one item per line';
const SECRET = 'a secret: never echoed, may span lines (a JSON key file as a password)';
const COMMON: Record<string, string> = {
  'allow-outside-workspace': LIST,
  'registry-password': SECRET,
  'github-token': SECRET,
};

/** Inputs that take several lines by design, or are secrets, with why. */
const multiLine: Record<string, Record<string, string>> = {
  audit: COMMON,
  'build-tag': {
    ...COMMON,
    images: LIST,
    tags: LIST,
    flavor: LIST,
    labels: LIST,
    annotations: LIST,
    'annotation-levels': LIST,
    'sep-tags': 'a separator of an output, a newline by default',
    'sep-labels': 'a separator of an output, a newline by default',
    'sep-annotations': 'a separator of an output, a newline by default',
  },
  pack: { ...COMMON, path: LIST, tags: LIST, annotations: LIST },
  pin: { ...COMMON, paths: LIST },
  promote: {
    ...COMMON,
    destinations: LIST,
    tags: LIST,
    'copy-referrers': 'true, false or a list of artifactTypes',
    platforms: LIST,
    'mount-from': LIST,
    conditions: 'conditions, one per line',
    evidence: LIST,
    'record-key-password': SECRET,
    'summary-key-password': SECRET,
    'source-password': SECRET,
  },
  sbom: { ...COMMON, exclude: LIST, formats: LIST, platforms: LIST, 'key-password': SECRET },
  'semver-calculate': {
    ...COMMON,
    paths: LIST,
    'bump-labels': LIST,
    labels: LIST,
    'major-types': LIST,
    'minor-types': LIST,
    'patch-types': LIST,
    'branch-channels': LIST,
  },
  sign: {
    ...COMMON,
    files: LIST,
    checksums: LIST,
    'key-password': SECRET,
    'identity-token': SECRET,
    predicate: 'a JSON predicate, often written over several lines',
  },
  trace: { ...COMMON, repositories: LIST },
  verify: {
    ...COMMON,
    files: LIST,
    attestations: LIST,
    conditions: 'conditions, one per line',
    'summary-key-password': SECRET,
  },
};

/** The valid value of a case: its own, else the one the action's base gives, else the default. */
const validValue = (action: string, input: string, spec: Single): string =>
  spec.value ?? base[action]![input] ?? defaults[action]![input]!;

function parseWith(action: string, input: string, value: string, spec: Single): void {
  const values = { ...defaults[action], ...base[action], ...spec.with, [input]: value };
  parsers[action]!((name) => values[name] ?? '');
}

function refusal(fn: () => void): ArtefactsError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  return undefined;
}

const cases = Object.entries(single).flatMap(([action, inputs]) =>
  Object.entries(inputs).map(([input, spec]) => [action, input, spec] as const),
);

describe('single-value inputs are one line without control characters', () => {
  it.each(cases)('%s: %s takes its valid value', (action, input, spec) => {
    const value = validValue(action, input, spec);
    expect(refusal(() => parseWith(action, input, value, spec))).toBeUndefined();
  });

  it.each(cases)('%s: %s refuses a second line (a workflow command after a newline)', (action, input, spec) => {
    const value = `${validValue(action, input, spec)}\n::warning title=x::injected`;
    const error = refusal(() => parseWith(action, input, value, spec));
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.message).toMatch(new RegExp(`^Input '${input}'`));
    // The message stays one line: the value is shown escaped.
    expect(error?.message).not.toContain('\n');
  });

  it.each(cases)('%s: %s refuses an escape character', (action, input, spec) => {
    const valid = validValue(action, input, spec);
    const value = `${valid.slice(0, 1)}\u001b[2J${valid.slice(1)}`;
    const error = refusal(() => parseWith(action, input, value, spec));
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.message).toMatch(new RegExp(`^Input '${input}'`));
  });

  it('places every input of every action.yml: tested above, or multi-line by design (or secret) with why', () => {
    const unplaced = Object.entries(defaults).flatMap(([action, inputs]) =>
      Object.keys(inputs)
        .filter((input) => single[action]?.[input] === undefined && multiLine[action]?.[input] === undefined)
        .map((input) => `${action}: ${input}`),
    );
    expect(unplaced).toEqual([]);
    const both = Object.entries(single).flatMap(([action, inputs]) =>
      Object.keys(inputs)
        .filter((input) => multiLine[action]?.[input] !== undefined)
        .map((i) => `${action}: ${i}`),
    );
    expect(both).toEqual([]);
    expect(Object.keys(parsers).sort()).toEqual(Object.keys(defaults).sort());
  });
});
