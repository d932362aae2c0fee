/**
 * The classes of bad input every action refuses, each dist bundle run exactly as the runner runs
 * it (and the CLI as a user runs it): a path input that resolves outside the workspace (`..`, an
 * absolute path, a symbolic link out, a glob match that links out, a not-yet-existing output under
 * a linked directory, a key in RUNNER_TEMP), a newline or another control character in a single
 * value (it becomes a file name, a tag, an output or a line of the log, where a second line could be
 * a workflow command), an input that does nothing without another, and a path the filesystem refuses
 * (a regular file where a directory must be, a directory where a file is read, a symbolic link pack
 * takes none of, permission denied). Each fails with exit 1, an `::error` naming the input, no
 * stack trace, and nothing written outside the workspace; the documented opt-in
 * (`allow-outside-workspace`) lets exactly the named input out. An `oci:` reference that names no
 * layout (a typo, a plain directory, a regular file, a name too long) is the same kind of refusal: a
 * reader never takes it for an empty repository (an audit would pass), and no command answers it
 * with a raw system error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { LayoutStore, buildImage, sign } from '@immutable-artefacts/core';
import { createRepo } from './harness/git-repo.js';
import { repoRoot, runAction } from './harness/runner.js';

const PASSWORD = 'paths-e2e-password';
const base = mkdtempSync(join(tmpdir(), 'ia-bad-input-'));
/** GITHUB_WORKSPACE and the process's cwd. */
const work = join(base, 'work');
/** What no step may read from or write into without the opt-in. */
const outside = join(base, 'outside');
/** Stands for the runner's RUNNER_TEMP, where a workflow may have written a key from a secret. */
const runnerTemp = join(base, 'runner-temp');

/** Every file and link under `dir`, so a test can see that nothing appeared outside the workspace. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      out.push(relative(dir, full));
      if (entry.isDirectory()) visit(full);
    }
  };
  visit(dir);
  return out.sort();
}

beforeAll(async () => {
  for (const dir of [work, outside, runnerTemp]) mkdirSync(dir, { recursive: true });
  const pair = await sign.generateKeyPair(PASSWORD);
  for (const dir of [work, outside, runnerTemp]) {
    writeFileSync(join(dir, 'cosign.key'), pair.privateKeyPem);
    writeFileSync(join(dir, 'cosign.pub'), pair.publicKeyPem);
  }
  writeFileSync(join(outside, 'victim.txt'), 'not yours\n');
  writeFileSync(join(outside, 'predicate.json'), '{}');
  writeFileSync(join(outside, 'root.json'), '{}');
  writeFileSync(join(work, 'a.txt'), 'a\n');
  writeFileSync(join(work, 'trap.txt'), 'trap\n');
  mkdirSync(join(work, 'site'));
  writeFileSync(join(work, 'site', 'index.html'), '<h1>hi</h1>\n');
  // A directory that is no OCI image layout; a.txt stands for a regular file named as one.
  mkdirSync(join(work, 'not-a-layout'));
  writeFileSync(join(work, 'not-a-layout', 'notes.txt'), 'notes\n');
  // A layout that is one: where a case needs one input right to reach the wrong one.
  await buildImage(new LayoutStore(join(work, 'packed')), { layers: [{ files: { f: 'x' } }] }, { tag: '1' });
  symlinkSync(join(outside, 'victim.txt'), join(work, 'link-out.txt'));
  symlinkSync(outside, join(work, 'out-dir'));
  // A bundle path planted as a link out: signing trap.txt must not write through it.
  symlinkSync(join(outside, 'planted.sigstore.json'), join(work, 'trap.txt.sigstore.json'));
}, 60_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

interface BadCase {
  readonly inputs: Readonly<Record<string, string>>;
  /** The input the error must name. */
  readonly input: string;
  /** `invalid`: a value every other action refuses as well (the same parser says why). */
  /** `layout`: an oci: reference that names no layout (missing, not one, a file, a name too long). */
  readonly kind: 'outside' | 'control' | 'dependent' | 'opt-in' | 'invalid' | 'layout';
  /** For `dependent`: the input the message must say is missing. */
  readonly missing?: string;
  /** What the message says, where an older check words it its own way. */
  readonly says?: RegExp;
}

const signKey = { key: 'cosign.key', 'key-password': PASSWORD };
const keyless = {
  'certificate-identity': 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main',
  'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
};

const cases: Record<string, Record<string, BadCase>> = {
  pack: {
    '`..` out of the workspace': {
      inputs: { path: '../outside/victim.txt', destination: 'oci:layout:1' },
      input: 'path',
      kind: 'outside',
    },
    'an absolute path elsewhere': {
      inputs: { path: '/etc/passwd', destination: 'oci:layout:1' },
      input: 'path',
      kind: 'outside',
    },
    'a symbolic link to a file outside': {
      inputs: { path: 'link-out.txt', destination: 'oci:layout:1' },
      input: 'path',
      kind: 'outside',
    },
    'a symbolic link to a directory outside': {
      inputs: { path: 'out-dir', destination: 'oci:layout:1' },
      input: 'path',
      kind: 'outside',
    },
    'an oci: layout written outside': {
      inputs: { path: 'site', destination: 'oci:out-dir/layout:1' },
      input: 'destination',
      kind: 'outside',
    },
    'a control character in a path': {
      inputs: { path: 'site\u001b[2J', destination: 'oci:layout:1' },
      input: 'path',
      kind: 'control',
    },
    'a second line in destination': {
      inputs: { path: 'site', destination: 'oci:layout:1\n::warning title=x::injected' },
      input: 'destination',
      kind: 'control',
    },
    'an opt-in naming no path input': {
      inputs: { path: 'site', destination: 'oci:layout:1', 'allow-outside-workspace': 'everything' },
      input: 'allow-outside-workspace',
      kind: 'opt-in',
    },
    'an oci: destination that is a regular file': {
      inputs: { path: 'site', destination: 'oci:a.txt:1' },
      input: 'destination',
      kind: 'layout',
      says: /a\.txt: a file, not a directory; expected a directory to write an OCI image layout into/,
    },
    'an oci: destination whose name is too long': {
      inputs: { path: 'site', destination: `oci:${'a'.repeat(300)}:1` },
      input: 'destination',
      kind: 'layout',
      says: /the path is too long for the file system/,
    },
  },
  sign: {
    '`..` out of the workspace': {
      inputs: { files: '../outside/victim.txt', ...signKey },
      input: 'files',
      kind: 'outside',
    },
    'a glob match that is a symbolic link out': {
      inputs: { files: '*.txt', ...signKey },
      input: 'files',
      kind: 'outside',
    },
    'a glob through a symbolic link to a directory outside': {
      inputs: { files: 'out-dir/*.txt', ...signKey },
      input: 'files',
      kind: 'outside',
    },
    'a bundle beside the file that links out': {
      inputs: { files: 'trap.txt', ...signKey },
      input: 'files',
      kind: 'outside',
    },
    'a key file given by absolute path outside': {
      inputs: { files: 'a.txt', key: join(outside, 'cosign.key'), 'key-password': PASSWORD },
      input: 'key',
      kind: 'outside',
    },
    'a key in RUNNER_TEMP without the opt-in': {
      inputs: { files: 'a.txt', key: join(runnerTemp, 'cosign.key'), 'key-password': PASSWORD },
      input: 'key',
      kind: 'outside',
    },
    'a predicate file outside': {
      inputs: {
        files: 'a.txt',
        ...signKey,
        'predicate-type': 'https://example.com/test/v1',
        'predicate-path': '../outside/predicate.json',
      },
      input: 'predicate-path',
      kind: 'outside',
    },
    'an oci: layout image outside': {
      inputs: { image: 'oci:../outside/layout:1', ...signKey },
      input: 'image',
      kind: 'outside',
    },
    'an oci: image in no layout': {
      inputs: { image: 'oci:nosuch:1', ...signKey },
      input: 'image',
      kind: 'layout',
      says: /: no such directory; expected an OCI image layout directory/,
    },
    'an oci: image that is a regular file': {
      inputs: { image: 'oci:a.txt:1', ...signKey },
      input: 'image',
      kind: 'layout',
      says: /a\.txt: a file, not a directory; expected an OCI image layout directory/,
    },
    'a control character in a file name': {
      inputs: { files: 'a\u0007.txt', ...signKey },
      input: 'files',
      kind: 'control',
    },
    'a second line in attest-environment (a workflow command in the log)': {
      inputs: {
        image: 'oci:layout:1',
        ...signKey,
        'attest-type': 'approval',
        'attest-environment': 'qa\n::warning title=x::injected',
      },
      input: 'attest-environment',
      kind: 'control',
    },
    'key-password without key': {
      inputs: { files: 'a.txt', 'key-password': PASSWORD, keyless: 'false' },
      input: 'key-password',
      kind: 'dependent',
      missing: 'key',
    },
    'transparency-log without key': {
      inputs: { files: 'a.txt', 'transparency-log': 'true' },
      input: 'transparency-log',
      kind: 'dependent',
      missing: 'key',
    },
    'a signing config outside': {
      inputs: { files: 'a.txt', ...signKey, 'transparency-log': 'false', 'signing-config': '../outside/sc.json' },
      input: 'signing-config',
      kind: 'outside',
    },
  },
  verify: {
    '`..` out of the workspace': {
      inputs: { files: '../outside/victim.txt', key: 'cosign.pub' },
      input: 'files',
      kind: 'outside',
    },
    'a public key outside': { inputs: { files: 'a.txt', key: '../outside/cosign.pub' }, input: 'key', kind: 'outside' },
    'a trusted root by absolute path outside': {
      inputs: { files: 'a.txt', ...keyless, 'trusted-root': join(outside, 'root.json') },
      input: 'trusted-root',
      kind: 'outside',
    },
    'a TUF root outside': {
      inputs: { files: 'a.txt', ...keyless, 'tuf-root': 'out-dir/root.json', offline: 'true' },
      input: 'tuf-root',
      kind: 'outside',
    },
    'a control character in a key path': {
      inputs: { files: 'a.txt', key: 'cosign\u001b.pub' },
      input: 'key',
      kind: 'control',
    },
    'a second line in certificate-identity': {
      inputs: {
        files: 'a.txt',
        ...keyless,
        'certificate-identity': `${keyless['certificate-identity']}\n::warning title=x::injected`,
      },
      input: 'certificate-identity',
      kind: 'control',
    },
    'an oci: image that is a regular file': {
      inputs: { image: 'oci:a.txt:1', key: 'cosign.pub' },
      input: 'image',
      kind: 'layout',
      says: /a\.txt: a file, not a directory; expected an OCI image layout directory/,
    },
    'an oci: image in a directory that is no layout': {
      inputs: { image: 'oci:not-a-layout:1', key: 'cosign.pub' },
      input: 'image',
      kind: 'layout',
      says: /not-a-layout: no OCI image layout there \(no oci-layout file\)/,
    },
    'tuf-mirror with a key': {
      inputs: { files: 'a.txt', key: 'cosign.pub', 'tuf-mirror': 'https://tuf.example.com' },
      input: 'tuf-mirror',
      kind: 'dependent',
      missing: 'certificate-identity and certificate-oidc-issuer are',
    },
  },
  sbom: {
    '`..` out of the workspace': { inputs: { path: '../outside' }, input: 'path', kind: 'outside' },
    'an absolute path elsewhere': { inputs: { path: '/etc' }, input: 'path', kind: 'outside' },
    'an output file outside': {
      inputs: { formats: 'cyclonedx-json', 'output-file': '../outside/bom.json' },
      input: 'output-file',
      kind: 'outside',
    },
    'a not-yet-existing output under a symbolic link to a directory outside': {
      inputs: { formats: 'cyclonedx-json', 'output-file': 'out-dir/new/bom.json' },
      input: 'output-file',
      kind: 'outside',
    },
    'an output directory that links out': { inputs: { 'output-dir': 'out-dir' }, input: 'output-dir', kind: 'outside' },
    'an OCI layout outside': { inputs: { 'oci-layout': '../outside/layout' }, input: 'oci-layout', kind: 'outside' },
    'an OCI layout that is not there': {
      inputs: { 'oci-layout': 'oci:nosuch:1' },
      input: 'oci-layout',
      kind: 'layout',
      says: /: no such directory; expected an OCI image layout directory/,
    },
    'an OCI layout that is a regular file': {
      inputs: { 'oci-layout': 'oci:a.txt:1' },
      input: 'oci-layout',
      kind: 'layout',
      says: /a\.txt: a file, not a directory; expected an OCI image layout directory/,
    },
    'a newline in output-file (it would split sbom-paths)': {
      inputs: { formats: 'cyclonedx-json', 'output-file': 'bom.json\nfoo=bar' },
      input: 'output-file',
      kind: 'control',
    },
    'a second line in syft-path': {
      inputs: { engine: 'syft', 'syft-path': '/usr/local/bin/syft\n::warning title=x::injected' },
      input: 'syft-path',
      kind: 'control',
    },
    'key-password without key': {
      inputs: { 'key-password': PASSWORD },
      input: 'key-password',
      kind: 'dependent',
      missing: 'key',
    },
  },
  promote: {
    'an oci: source outside': {
      inputs: { source: 'oci:../outside/layout:1', destinations: 'oci:prod' },
      input: 'source',
      kind: 'outside',
    },
    'an oci: destination by absolute path outside': {
      inputs: { source: 'oci:layout:1', destinations: `oci:${join(outside, 'prod')}` },
      input: 'destinations',
      kind: 'outside',
    },
    'evidence through a symbolic link out': {
      inputs: { source: 'oci:layout:1', destinations: 'oci:prod', evidence: 'scan=link-out.txt' },
      input: 'evidence',
      kind: 'outside',
    },
    'a public key for the gate outside': {
      inputs: { source: 'oci:layout:1', destinations: 'oci:prod', 'require-signature': '../outside/cosign.pub' },
      input: 'require-signature',
      kind: 'outside',
    },
    'a record key in RUNNER_TEMP without the opt-in': {
      inputs: {
        source: 'oci:layout:1',
        destinations: 'oci:prod',
        'record-key': join(runnerTemp, 'cosign.key'),
        'record-key-password': PASSWORD,
      },
      input: 'record-key',
      kind: 'outside',
    },
    'a control character in evidence': {
      inputs: { source: 'oci:layout:1', destinations: 'oci:prod', evidence: 'a\u001b.txt' },
      input: 'evidence',
      kind: 'control',
    },
    'a second line in environment (it goes into the record)': {
      inputs: { source: 'oci:layout:1', destinations: 'oci:prod', environment: 'qa\n::warning title=x::injected' },
      input: 'environment',
      kind: 'control',
    },
    'a second line in the source': {
      inputs: { source: 'oci:layout:1\n::warning title=x::injected', destinations: 'oci:prod' },
      input: 'source',
      kind: 'control',
    },
    'record-key-password without record-key': {
      inputs: { source: 'oci:layout:1', destinations: 'oci:prod', 'record-key-password': PASSWORD },
      input: 'record-key-password',
      kind: 'dependent',
      missing: 'record-key',
    },
    'an oci: source in no layout': {
      inputs: { source: 'oci:nosuch:1', destinations: 'oci:prod' },
      input: 'source',
      kind: 'layout',
      says: /: no such directory; expected an OCI image layout directory/,
    },
    'an oci: source that is a regular file': {
      inputs: { source: 'oci:a.txt:1', destinations: 'oci:prod' },
      input: 'source',
      kind: 'layout',
      says: /a\.txt: a file, not a directory; expected an OCI image layout directory/,
    },
    'an oci: destination that is a regular file': {
      inputs: { source: 'oci:packed:1', destinations: 'oci:a.txt:1' },
      input: 'destinations',
      kind: 'layout',
      says: /a\.txt: a file, not a directory; expected a directory to write an OCI image layout into/,
    },
  },
  'build-tag': {
    'a control character in a label (labels is a line-per-label output)': {
      inputs: { version: '1.0.0', labels: 'org.example.note=a\rb' },
      input: 'labels',
      kind: 'control',
    },
    'a second line in template (it would become a tag a-b)': {
      inputs: { version: '1.0.0', template: 'a\n::warning title=x::injected' },
      input: 'template',
      kind: 'control',
    },
    'a registry port out of range (as every other action refuses it)': {
      inputs: { version: '1.0.0', images: 'reg:99999/x' },
      input: 'images',
      kind: 'invalid',
      says: /the registry port 99999 is out of range/,
    },
    'move-major-tag without push-git-tag': {
      inputs: { version: '1.0.0', 'move-major-tag': 'true' },
      input: 'move-major-tag',
      kind: 'dependent',
      missing: 'push-git-tag',
    },
    'annotated-tag without push-git-tag': {
      inputs: { version: '1.0.0', 'annotated-tag': 'true' },
      input: 'annotated-tag',
      kind: 'dependent',
      missing: 'push-git-tag',
    },
    'git-tag-transport without push-git-tag': {
      inputs: { version: '1.0.0', 'git-tag-transport': 'git' },
      input: 'git-tag-transport',
      kind: 'dependent',
      missing: 'push-git-tag',
    },
    'a control character in git-remote (one argument handed to git)': {
      inputs: { version: '1.0.0', 'push-git-tag': 'true', 'git-remote': 'origin\u001b' },
      input: 'git-remote',
      kind: 'control',
      says: /the name of a git remote/,
    },
  },
  pin: {
    'a second line in registry (one host)': {
      inputs: { paths: 'Dockerfile', registry: 'ghcr.io\n::warning title=x::injected' },
      input: 'registry',
      kind: 'control',
    },
  },
  audit: {
    'an oci: layout outside': {
      inputs: { reference: 'oci:out-dir/layout' },
      input: 'reference',
      kind: 'outside',
    },
    '`..` out of the workspace': {
      inputs: { reference: 'oci:../outside/layout' },
      input: 'reference',
      kind: 'outside',
    },
    'an opt-in naming no path input': {
      inputs: { reference: 'oci:layout', 'allow-outside-workspace': 'everything' },
      input: 'allow-outside-workspace',
      kind: 'opt-in',
    },
    'a second line in certificate-oidc-issuer': {
      inputs: {
        reference: 'oci:layout',
        ...keyless,
        'certificate-oidc-issuer': 'https://issuer.example\n::warning title=x::injected',
      },
      input: 'certificate-oidc-issuer',
      kind: 'control',
    },
    'a TUF root outside': {
      inputs: { reference: 'oci:layout', ...keyless, 'tuf-root': '../outside/root.json' },
      input: 'tuf-root',
      kind: 'outside',
    },
    'a trusted root through a symbolic link out': {
      inputs: { reference: 'oci:layout', ...keyless, 'trusted-root': 'out-dir/root.json' },
      input: 'trusted-root',
      kind: 'outside',
    },
    'a mistyped oci: layout (never an empty repository that passes)': {
      inputs: { reference: 'oci:nosuch' },
      input: 'reference',
      kind: 'layout',
      says: /: no such directory; expected an OCI image layout directory/,
    },
    'a directory that is no layout': {
      inputs: { reference: 'oci:not-a-layout' },
      input: 'reference',
      kind: 'layout',
      says: /not-a-layout: no OCI image layout there \(no oci-layout file\)/,
    },
    'a regular file': {
      inputs: { reference: 'oci:a.txt' },
      input: 'reference',
      kind: 'layout',
      says: /a\.txt: a file, not a directory; expected an OCI image layout directory/,
    },
    'a name too long for the file system': {
      inputs: { reference: `oci:${'a'.repeat(300)}` },
      input: 'reference',
      kind: 'layout',
      says: /the path is too long for the file system/,
    },
  },
  trace: {
    'a TUF root outside': {
      inputs: { reference: 'oci:layout:1', ...keyless, 'tuf-root': '../outside/root.json' },
      input: 'tuf-root',
      kind: 'outside',
    },
    'a second line in registry-username': {
      inputs: {
        reference: 'oci:layout:1',
        'registry-username': 'me\n::warning title=x::injected',
        'registry-password': PASSWORD,
      },
      input: 'registry-username',
      kind: 'control',
    },
    'a key outside': {
      inputs: { reference: 'oci:layout:1', key: '../outside/cosign.pub' },
      input: 'key',
      kind: 'outside',
    },
    'a repository layout outside': {
      inputs: { reference: 'oci:layout:1', repositories: 'oci:../outside/layout' },
      input: 'repositories',
      kind: 'outside',
    },
    'a reference in no layout': {
      inputs: { reference: 'oci:nosuch:1' },
      input: 'reference',
      kind: 'layout',
      says: /: no such directory; expected an OCI image layout directory/,
    },
    'a reference that is a regular file': {
      inputs: { reference: 'oci:a.txt:1' },
      input: 'reference',
      kind: 'layout',
      says: /a\.txt: a file, not a directory; expected an OCI image layout directory/,
    },
    'a repository layout that is not there': {
      inputs: { reference: 'oci:packed:1', repositories: 'oci:nosuch' },
      input: 'repositories',
      kind: 'layout',
      says: /: no such directory; expected an OCI image layout directory/,
    },
  },
  'semver-calculate': {
    'a control character in tag-prefix (it becomes the tag output)': {
      inputs: { 'tag-prefix': 'v\u001b' },
      input: 'tag-prefix',
      kind: 'control',
      says: /characters allowed in a git tag name/,
    },
    'git pathspec magic in paths (refused before git reads it)': {
      inputs: { paths: ':(bad' },
      input: 'paths',
      kind: 'invalid',
      says: /expected paths or globs relative to the repository/,
    },
    'a second line in major-pattern': {
      inputs: { 'major-pattern': '^BREAKING\n::warning title=x::injected' },
      input: 'major-pattern',
      kind: 'control',
    },
    'a control character in labels': {
      inputs: { labels: 'minor\u0007' },
      input: 'labels',
      kind: 'control',
    },
  },
};

const table = Object.entries(cases).flatMap(([action, byName]) =>
  Object.entries(byName).map(([name, c]) => [action, name, c] as const),
);

describe('every action refuses each class of bad input, naming the input (dist bundles)', () => {
  it.each(table)(
    '%s: %s',
    async (action, _name, c) => {
      const before = tree(outside);
      const result = await runAction(action, { inputs: c.inputs, cwd: work, env: { RUNNER_TEMP: runnerTemp } });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.title).toBe(action);
      const message = result.errors[0]?.message ?? '';
      expect(message).toMatch(new RegExp(`^Input '${c.input}'`));
      if (c.kind === 'outside') {
        expect(message).toContain('outside the workspace');
        expect(message).toContain(`allow-outside-workspace: ${c.input}`);
      }
      if (c.says !== undefined) expect(message).toMatch(c.says);
      else if (c.kind === 'control') expect(message).toContain('control characters');
      if (c.kind === 'dependent') expect(message).toMatch(new RegExp(`${c.missing ?? ''}( is)? missing`));
      if (c.kind === 'layout') expect(message).not.toMatch(/\bE[A-Z]{4,}\b|open '/);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
      // A value with a workflow command on its second line is refused before it reaches the log.
      expect(result.warnings.filter((w) => w.includes('injected'))).toEqual([]);
      expect(tree(outside)).toEqual(before);
    },
    60_000,
  );
});

describe('no line of the log is read as a workflow command', () => {
  it('pack logs a directory named like a command as text', async () => {
    const named = '::warning title=x::injected';
    mkdirSync(join(work, named), { recursive: true });
    writeFileSync(join(work, named, 'f.txt'), 'f\n');
    const result = await runAction('pack', {
      inputs: { path: named, destination: 'oci:log-layout:1' },
      cwd: work,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    rmSync(join(work, named), { recursive: true, force: true });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    // The line is in the log, inside a stop-commands pair: shown, not run.
    expect(result.stdout).toMatch(/^::stop-commands::[0-9a-f-]{36}$/m);
    expect(result.stdout).toContain(`${named}/: `);
    expect(result.warnings).toEqual([]);
  }, 60_000);
});

/** A port nothing listens on: a service there fails at once. */
const CLOSED = 'http://127.0.0.1:1';

interface ShownCase {
  readonly inputs: Readonly<Record<string, string>>;
  /** How the message starts: the input named and the value shown as given. */
  readonly says: RegExp;
  /** What neither the message nor its hint may say: a wrong hint, another input's blame, a file's content. */
  readonly never?: RegExp;
}

/**
 * Errors that show what was given: each names the input the fault is in, shows the value as the user
 * gave it (a path, never the file's content or a value built from it), and gives no hint that is
 * untrue for the situation.
 */
const shown: Record<string, Record<string, ShownCase>> = {
  verify: {
    'a tuf-root that is no TUF root': {
      inputs: { files: 'a.txt', ...keyless, 'tuf-mirror': `${CLOSED}/`, 'tuf-root': 'bad.json' },
      says: /^Input 'tuf-root': got "bad\.json"; .*not JSON/,
      never: /did not verify|do not use it|garbage-content/,
    },
    'a key that is not PEM': {
      inputs: { files: 'a.txt', key: 'file.txt' },
      says: /^Input 'key': got "file\.txt"; expected a public key in PEM.*no PEM block/,
    },
    'the private key where the public key is needed': {
      inputs: { files: 'a.txt', key: 'cosign.key' },
      says: /^Input 'key': got "cosign\.key"; .*a private key \(ENCRYPTED SIGSTORE PRIVATE KEY\) where the public key is needed/,
    },
    'a bundle that does not exist': {
      inputs: { files: 'a.txt', key: 'cosign.pub', bundle: 'nosuch.json' },
      says: /^Input 'bundle': got "nosuch\.json"; .*no such file exists/,
      never: /Sign it first|give the bundle/,
    },
    'a newline in an oci: image': {
      inputs: { image: 'oci:src:1.0\noci:src:1.0', key: 'cosign.pub' },
      says: /^Input 'image': got "oci:src:1\.0\\noci:src:1\.0"; /,
    },
  },
  sign: {
    'a transparency log out of reach, signing with a key': {
      inputs: {
        files: 'a.txt',
        ...signKey,
        'transparency-log': 'true',
        'signing-config': 'closed-signing-config.json',
      },
      says: new RegExp(`^Signing failed .*at the transparency log ${CLOSED.replace(/[.:/]/g, '\\$&')}:`),
      never: /[Kk]eyless|id-token/,
    },
    'a key that is not PEM': {
      inputs: { files: 'a.txt', key: 'file.txt' },
      says: /^Input 'key': got "file\.txt"; expected a private key in PEM.*no PEM block/,
      never: /not the public key|hello/,
    },
    'a predicate file that is not JSON': {
      inputs: {
        files: 'a.txt',
        ...signKey,
        'predicate-type': 'https://example.com/p/v1',
        'predicate-path': 'bad.json',
      },
      says: /^Input 'predicate-path': got "bad\.json"; /,
      never: /garbage-content/,
    },
    'a scan report that is not JSON': {
      inputs: { files: 'a.txt', ...signKey, 'attest-type': 'vuln', 'attest-path': 'bad.json' },
      says: /^Input 'attest-path': got "bad\.json"; /,
      never: /garbage-content/,
    },
    'keyless neither a true/false word nor auto': {
      inputs: { files: 'a.txt', keyless: 'maybe' },
      says: /^Input 'keyless': got "maybe"; expected true, false or auto/,
    },
  },
  sbom: {
    'attest given as yes with a source path': {
      inputs: { attest: 'yes' },
      says: /^Input 'attest': got "yes"; /,
    },
  },
  audit: {
    'the private key where the public key is needed': {
      inputs: { reference: 'oci:shown-layout', key: 'cosign.key' },
      says: /^Input 'key': got "cosign\.key"; .*where the public key is needed/,
    },
  },
  trace: {
    'a key that is not PEM': {
      inputs: { reference: 'oci:shown-layout:1', key: 'file.txt' },
      says: /^Input 'key': got "file\.txt"; expected a public key in PEM/,
    },
  },
  promote: {
    'a record key that is not PEM': {
      inputs: { source: 'oci:shown-layout:1', destinations: 'oci:shown-prod:1', 'record-key': 'file.txt' },
      says: /^Input 'record-key': got "file\.txt"; expected a private key in PEM/,
    },
  },
  pin: {
    'a registry port out of range': {
      inputs: { paths: 'Dockerfile', registry: 'reg:99999' },
      says: /^Input 'registry': got "reg:99999"; .*port 99999 is out of range/,
      never: /x\/y/,
    },
  },
};

describe('an error names the input at fault and shows what was given, with a hint true for the situation (dist bundles)', () => {
  beforeAll(async () => {
    writeFileSync(join(work, 'file.txt'), 'hello\n');
    writeFileSync(join(work, 'bad.json'), 'garbage-content\n');
    writeFileSync(join(work, 'Dockerfile'), 'FROM x/y:1\n');
    const service = { url: CLOSED, majorApiVersion: 1, validFor: { start: '2020-01-01T00:00:00Z' }, operator: 'test' };
    writeFileSync(
      join(work, 'closed-signing-config.json'),
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [service],
        rekorTlogUrls: [service],
        rekorTlogConfig: { selector: 'ANY' },
      }),
    );
    const packed = await runAction('pack', {
      inputs: { path: 'a.txt', destination: 'oci:shown-layout:1' },
      cwd: work,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(packed.exitCode).toBe(0);
  }, 60_000);

  const rows = Object.entries(shown).flatMap(([action, byName]) =>
    Object.entries(byName).map(([name, c]) => [action, name, c] as const),
  );
  it.each(rows)(
    '%s: %s',
    async (action, _name, c) => {
      const result = await runAction(action, { inputs: c.inputs, cwd: work, env: { RUNNER_TEMP: runnerTemp } });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      const message = result.errors[0]?.message ?? '';
      expect(message).toMatch(c.says);
      if (c.never !== undefined) expect(message).not.toMatch(c.never);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});

describe('allow-outside-workspace lets out exactly the inputs it names', () => {
  it('pack packs a file outside once `path` is listed', async () => {
    const packed = await runAction('pack', {
      inputs: { path: '../outside/victim.txt', destination: 'oci:layout:1', 'allow-outside-workspace': 'path' },
      cwd: work,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(packed.errors).toEqual([]);
    expect(packed.exitCode).toBe(0);
    expect(packed.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  }, 60_000);

  it('sign and verify take a key from RUNNER_TEMP once `key` is listed, and nothing else goes out', async () => {
    const signed = await runAction('sign', {
      inputs: {
        files: 'a.txt',
        key: join(runnerTemp, 'cosign.key'),
        'key-password': PASSWORD,
        'allow-outside-workspace': 'key',
      },
      cwd: work,
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(signed.errors).toEqual([]);
    expect(signed.outputs['bundle-paths']).toBe(join(work, 'a.txt.sigstore.json'));
    const verified = await runAction('verify', {
      inputs: { files: 'a.txt', key: join(runnerTemp, 'cosign.pub'), 'allow-outside-workspace': 'key' },
      cwd: work,
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(verified.errors).toEqual([]);
    expect(verified.exitCode).toBe(0);
    // The opt-in for `key` does not let `files` out.
    const files = await runAction('sign', {
      inputs: { files: '../outside/victim.txt', ...signKey, 'allow-outside-workspace': 'key' },
      cwd: work,
    });
    expect(files.exitCode).toBe(1);
    expect(files.errors[0]?.message).toMatch(/^Input 'files'/);
    expect(existsSync(join(outside, 'victim.txt.sigstore.json'))).toBe(false);
  }, 90_000);

  it('sbom catalogues a tree outside once `path` is listed', async () => {
    const result = await runAction('sbom', {
      inputs: { path: '../outside', 'allow-outside-workspace': 'path' },
      cwd: work,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs['sbom-paths']).toBe('sbom/sbom.cdx.json\nsbom/sbom.spdx.json');
  }, 60_000);

  it('promote records evidence outside once `evidence` is listed', async () => {
    const result = await runAction('promote', {
      inputs: {
        source: 'oci:layout:1',
        destinations: 'oci:prod:1',
        evidence: 'scan=../outside/victim.txt',
        'allow-outside-workspace': 'evidence',
      },
      cwd: work,
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
  }, 60_000);
});

describe('the CLI applies the same rule with the working directory as the workspace', () => {
  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: base,
        DOCKER_CONFIG: join(base, 'no-docker'),
        SOURCE_DATE_EPOCH: '1700000000',
        COSIGN_PASSWORD: PASSWORD,
      },
      encoding: 'utf8',
    });
    return { code: result.status, stderr: result.stderr };
  };

  it.each([
    ['pack --path outside', ['pack', '--path', '../outside/victim.txt', '--destination', 'oci:cli-layout:1'], 'path'],
    [
      'sign --files through a link out',
      ['sign', '--files', 'link-out.txt', '--key', 'cosign.key', '--key-password', PASSWORD],
      'files',
    ],
    [
      'sbom --output-file outside',
      ['sbom', '--formats', 'cyclonedx-json', '--output-file', '../outside/bom.json'],
      'output-file',
    ],
    [
      'sbom --output-file with a newline',
      ['sbom', '--formats', 'spdx-json', '--output-file', 'bom.json\nfoo=bar'],
      'output-file',
    ],
    ['keygen --output-prefix outside', ['keygen', '--output-prefix', '../outside/stolen'], 'output-prefix'],
    ['pull --output outside', ['pull', 'oci:layout:1', '--output', 'out-dir/pulled'], 'output'],
    ['build-tag --move-major-tag alone', ['build-tag', '--version', '1.0.0', '--move-major-tag'], 'move-major-tag'],
    [
      'build-tag --template given twice (one value)',
      ['build-tag', '--version', '1.0.0', '--template', 'a', '--template', 'b'],
      'template',
    ],
    [
      'attest --environment given twice (one value)',
      ['attest', '--type', 'approval', '--environment', 'qa', '--environment', 'prod', 'oci:layout:1'],
      'environment',
    ],
  ])('%s fails naming the input, without a stack', (_name, args, input) => {
    const before = tree(outside);
    const result = cli(...args);
    expect(result.code).toBe(1);
    // The CLI names the flag (`--path`), the action the input.
    expect(result.stderr).toMatch(new RegExp(`^error: (Input '${input}'|--${input}\\b)`, 'm'));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(tree(outside)).toEqual(before);
  });

  it.each([
    ['ls of a mistyped layout', ['ls', 'oci:nosuch'], /nosuch: no such directory/],
    ['ls of a directory that is no layout', ['ls', 'oci:not-a-layout'], /no OCI image layout there/],
    ['history of a mistyped layout', ['history', 'oci:nosuch'], /nosuch: no such directory/],
    ['audit of a mistyped layout', ['audit', 'oci:nosuch'], /nosuch: no such directory/],
    ['ls of a regular file', ['ls', 'oci:a.txt'], /a\.txt: a file, not a directory/],
    ['digest of a regular file', ['digest', 'oci:a.txt:1'], /a\.txt: a file, not a directory/],
    ['inspect of a regular file', ['inspect', 'oci:a.txt:1'], /a\.txt: a file, not a directory/],
    ['tree of a regular file', ['tree', 'oci:a.txt:1'], /a\.txt: a file, not a directory/],
    ['pull of a regular file', ['pull', 'oci:a.txt:1', '--output', 'pulled'], /a\.txt: a file, not a directory/],
    ['digest of a name too long', ['digest', `oci:${'b'.repeat(300)}:1`], /the path is too long for the file system/],
  ])('%s fails naming the reference, in words, without a stack', (_name, args, says) => {
    const result = cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: --ref: oci:/m);
    expect(result.stderr).toMatch(says);
    expect(result.stderr).toContain('expected an OCI image layout directory');
    expect(result.stderr).not.toMatch(/\bE[A-Z]{4,}\b|\n\s+at /);
    expect(existsSync(join(work, 'nosuch'))).toBe(false);
  });

  it.each([
    [
      'pin --registry out of range',
      ['pin', '--registry', 'reg:99999', '--paths', 'Dockerfile'],
      /^error: --registry: got "reg:99999"; /m,
      /x\/y/,
    ],
    [
      'release --path outside',
      ['release', '--path', '/etc'],
      /^error: --path: "\/etc" resolves to/m,
      /allow-outside-workspace/,
    ],
    [
      '--ca-file not a certificate',
      ['pull', 'reg.example/x:1', '--ca-file', 'file.txt'],
      /^error: --ca-file "file\.txt" is not a CA certificate/m,
      /ARTEFACTS_/,
    ],
    [
      '--client-cert a public key',
      ['pull', 'reg.example/x:1', '--client-cert', 'cosign.pub'],
      /^error: --client-cert "cosign\.pub" is not a client certificate/m,
      /ARTEFACTS_/,
    ],
    [
      '--insecure-registry not a host',
      ['pull', 'reg.example/x:1', '--insecure-registry', 'UPPER/ bad'],
      /^error: --insecure-registry "UPPER\/ bad": "UPPER\/" is not a registry host/m,
      /ARTEFACTS_/,
    ],
  ])('%s: names the flag and the value given, and no untrue hint', (_name, args, says, never) => {
    const result = cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(says);
    expect(result.stderr).not.toMatch(never);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('--allow-outside-workspace <input> is the same opt-in', () => {
    const result = cli(
      'pack',
      '--path',
      '../outside/victim.txt',
      '--destination',
      'oci:cli-layout:1',
      '--allow-outside-workspace',
      'path',
    );
    expect(result.stderr).not.toMatch(/^error:/m);
    expect(result.code).toBe(0);
  });
});

describe('every refusal can be lifted by the opt-in its hint names (dist bundles)', () => {
  // Runs last: an opted-out input may write outside, which the tests above must not see.
  const refusals = table.filter(([, , c]) => c.kind === 'outside');

  it.each(refusals)(
    '%s: %s',
    async (action, _name, c) => {
      const listed = [c.inputs['allow-outside-workspace'], c.input].filter((n) => n !== undefined && n !== '');
      const result = await runAction(action, {
        inputs: { ...c.inputs, 'allow-outside-workspace': listed.join(',') },
        cwd: work,
        env: { RUNNER_TEMP: runnerTemp },
      });
      // It may still fail for what the file holds, never for where it is or for the opt-in itself.
      const messages = result.errors.map((e) => e.message);
      expect(messages.filter((m) => /outside the workspace|^Input 'allow-outside-workspace'/.test(m))).toEqual([]);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );

  it('trace reads records from a repository layout outside once `repositories` is listed', async () => {
    const packed = (destination: string, extra: Record<string, string> = {}) =>
      runAction('pack', {
        inputs: { path: 'a.txt', destination, ...extra },
        cwd: work,
        env: { SOURCE_DATE_EPOCH: '1700000000' },
      });
    expect((await packed('oci:trace-start:1')).exitCode).toBe(0);
    expect((await packed('oci:../outside/trace-more:1', { 'allow-outside-workspace': 'destination' })).exitCode).toBe(
      0,
    );
    const trace = (optIn: string) =>
      runAction('trace', {
        inputs: {
          reference: 'oci:trace-start:1',
          repositories: 'oci:../outside/trace-more',
          'allow-outside-workspace': optIn,
        },
        cwd: work,
      });
    const refused = await trace('');
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]?.message).toMatch(/^Input 'repositories'.*outside the workspace/);
    const traced = await trace('repositories');
    expect(traced.errors).toEqual([]);
    expect(traced.exitCode).toBe(0);
  }, 90_000);
});

/**
 * A path input that resolves inside the workspace but is not what the input needs: a regular file
 * where a directory must be made or read, a path under a regular file, a directory where a file is
 * read or written, a symbolic link where pack takes none. Each fails naming the input, what was given
 * and why, never as an "Unexpected failure" (a raw errno is a bug report). Run in a git repository,
 * as build-tag reads its history before it writes the bake files.
 */
describe('every action names the input whose path is not what it needs (dist bundles)', () => {
  let repo: string;
  beforeAll(() => {
    const made = createRepo('ia-bad-path-');
    made.commit('feat: start', { 'a.txt': 'a\n', 'b.txt': 'b\n', 'site/index.html': '<h1>hi</h1>\n' });
    repo = made.dir;
    copyFileSync(join(work, 'cosign.key'), join(repo, 'cosign.key'));
    copyFileSync(join(work, 'cosign.pub'), join(repo, 'cosign.pub'));
    symlinkSync('a.txt', join(repo, 'link-in.txt'));
    // The bundle sign writes beside b.txt cannot be written: a directory holds its name.
    mkdirSync(join(repo, 'b.txt.sigstore.json'));
    const packed = spawnSync(
      process.execPath,
      [join(repoRoot, 'dist', 'cli', 'index.js'), 'pack', '--path', 'a.txt', '--destination', 'oci:layout:1'],
      { cwd: repo, env: { PATH: process.env.PATH ?? '', HOME: repo, SOURCE_DATE_EPOCH: '1700000000' } },
    );
    expect(packed.status).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  const file = 'it is a regular file, not a directory';
  const under = 'a.txt is a regular file, not a directory';
  const pathCases: [string, string, Record<string, string>, string, string][] = [
    [
      'pack',
      'a symbolic link inside the workspace',
      { path: 'link-in.txt', destination: 'oci:p:1' },
      'path',
      'not a symbolic link',
    ],
    ['pack', 'a path under a regular file', { path: 'a.txt/x', destination: 'oci:p:1' }, 'path', under],
    ['build-tag', 'bake-dir a regular file', { version: '1.0.0', 'bake-dir': 'a.txt' }, 'bake-dir', file],
    ['build-tag', 'bake-dir under a regular file', { version: '1.0.0', 'bake-dir': 'a.txt/bake' }, 'bake-dir', under],
    ['pin', 'a file under a regular file', { paths: 'a.txt/app.yaml' }, 'paths', under],
    ['sbom', 'output-dir a regular file', { path: 'site', 'output-dir': 'a.txt' }, 'output-dir', file],
    [
      'sbom',
      'output-file a directory',
      { path: 'site', formats: 'cyclonedx-json', 'output-file': 'site' },
      'output-file',
      'it is a directory',
    ],
    [
      'sign',
      'a bundle name held by a directory',
      { files: 'b.txt', ...signKey },
      'files',
      'b.txt.sigstore.json is a directory',
    ],
    [
      'verify',
      'a bundle that is a directory',
      { files: 'a.txt', bundle: 'site', key: 'cosign.pub' },
      'bundle',
      'it is a directory',
    ],
    [
      'promote',
      'evidence that is a directory',
      { source: 'oci:layout:1', destinations: 'oci:prod:1', evidence: 'site' },
      'evidence',
      'it is a directory',
    ],
  ];

  it.each(pathCases)(
    '%s: %s',
    async (action, _name, inputs, input, why) => {
      const result = await runAction(action, { inputs, cwd: repo, env: { SOURCE_DATE_EPOCH: '1700000000' } });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      const message = result.errors[0]?.message ?? '';
      expect(message).toMatch(new RegExp(`^Input '${input}': got "${inputs[input]}"; expected `));
      expect(message).toContain(why);
      expect(message).not.toMatch(/Unexpected failure|This is a bug/);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );

  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOME: repo, SOURCE_DATE_EPOCH: '1700000000', COSIGN_PASSWORD: PASSWORD },
      encoding: 'utf8',
    });
    return { code: result.status, stderr: result.stderr };
  };

  it.each([
    ['pull --output a regular file', ['pull', 'oci:layout:1', '--output', 'a.txt'], 'output', file],
    ['pull --output under a regular file', ['pull', 'oci:layout:1', '--output', 'a.txt/out'], 'output', under],
    [
      'build-tag --bake-dir a regular file',
      ['build-tag', '--version', '1.0.0', '--bake-dir', 'a.txt'],
      'bake-dir',
      file,
    ],
    ['keygen --output-prefix under a regular file', ['keygen', '--output-prefix', 'a.txt/key'], 'output-prefix', under],
  ])('the CLI: %s fails naming the flag, without a stack', (_name, args, input, why) => {
    const result = cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: --${input}: got "[^"]+"; expected .*\\(${why}\\)\\.$`, 'm'));
    expect(result.stderr).not.toMatch(/Unexpected failure|\n\s+at /);
  });
});

/**
 * Permission denied is the user's too: a file or directory the step cannot read, a directory it
 * cannot write in. Root reads and writes anything, so as root the CLI runs as `nobody` (setpriv);
 * as any other user, directly. Without either, the cases are skipped (test/paths unit tests keep the
 * wording).
 */
const uid = process.getuid?.();
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const asAnotherUser = uid === 0 ? setpriv !== undefined : uid !== undefined;
describe('the CLI names the input a permission denied is about', () => {
  const denied = mkdtempSync(join(tmpdir(), 'ia-denied-'));
  beforeAll(() => {
    if (!asAnotherUser) return;
    const made = createRepo('ia-denied-repo-');
    made.commit('feat: start', { 'a.txt': 'a\n', 'k8s/ok.yaml': 'image: nginx:1.27\n' });
    rmSync(denied, { recursive: true, force: true });
    execFileSync('cp', ['-a', made.dir, denied]);
    rmSync(made.dir, { recursive: true, force: true });
    writeFileSync(join(denied, 'noperm.txt'), 'secret\n');
    writeFileSync(join(denied, 'noperm.yaml'), 'image: nginx:1.27\n');
    writeFileSync(join(denied, 'k8s', 'noperm.yaml'), 'image: nginx:1.27\n');
    mkdirSync(join(denied, 'nopermdir'));
    writeFileSync(join(denied, 'nopermdir', 'x.txt'), 'x\n');
    mkdirSync(join(denied, 'readonly'));
    const packed = spawnSync(
      process.execPath,
      [join(repoRoot, 'dist', 'cli', 'index.js'), 'pack', '--path', 'a.txt', '--destination', 'oci:layout:1'],
      { cwd: denied, env: { PATH: process.env.PATH ?? '', HOME: denied, SOURCE_DATE_EPOCH: '1700000000' } },
    );
    expect(packed.status).toBe(0);
    if (uid === 0) {
      // nobody owns the workspace (git refuses a repository another user owns) and still may not read these.
      execFileSync('chown', ['-R', '65534:65534', denied]);
    }
    for (const f of ['noperm.txt', 'noperm.yaml', 'k8s/noperm.yaml', 'nopermdir']) chmodSync(join(denied, f), 0);
    chmodSync(join(denied, 'readonly'), 0o555);
  }, 60_000);
  afterAll(() => rmSync(denied, { recursive: true, force: true }));

  const cli = (...args: string[]) => {
    const node = [process.execPath, join(repoRoot, 'dist', 'cli', 'index.js'), ...args];
    const [command, ...rest] =
      uid === 0 ? [setpriv!, '--reuid=65534', '--regid=65534', '--clear-groups', ...node] : node;
    const result = spawnSync(command!, rest, {
      cwd: denied,
      env: { PATH: process.env.PATH ?? '', HOME: denied, SOURCE_DATE_EPOCH: '1700000000' },
      encoding: 'utf8',
    });
    return { code: result.status, stderr: result.stderr };
  };

  (asAnotherUser ? it.each : it.skip.each)([
    [
      'pack --path an unreadable file',
      ['pack', '--path', 'noperm.txt', '--destination', 'oci:p:1'],
      'path',
      'noperm.txt',
      'permission denied',
    ],
    [
      'pack --path an unreadable directory',
      ['pack', '--path', 'nopermdir', '--destination', 'oci:p:1'],
      'path',
      'nopermdir',
      'permission denied',
    ],
    ['pin --paths an unreadable file', ['pin', '--paths', 'noperm.yaml'], 'paths', 'noperm.yaml', 'permission denied'],
    [
      'pin --paths a directory holding one',
      ['pin', '--paths', 'k8s'],
      'paths',
      'k8s',
      'permission denied on k8s/noperm.yaml',
    ],
    [
      'build-tag --bake-dir unwritable',
      ['build-tag', '--version', '1.0.0', '--bake-dir', 'readonly'],
      'bake-dir',
      'readonly',
      // The directory itself is what cannot be written in (each file goes there first under a temporary name).
      'permission denied',
    ],
    [
      'build-tag --bake-dir under an unwritable one',
      ['build-tag', '--version', '1.0.0', '--bake-dir', 'readonly/bake'],
      'bake-dir',
      'readonly/bake',
      'permission denied',
    ],
    [
      'pull --output unwritable',
      ['pull', 'oci:layout:1', '--output', 'readonly'],
      'output',
      'readonly',
      'permission denied',
    ],
  ] as [string, string[], string, string, string][])('%s', (_name, args, input, given, why) => {
    const result = cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: --${input}: got "${given}"; expected .*\\(${why}\\)\\.$`, 'm'));
    expect(result.stderr).not.toMatch(/Unexpected failure|\n\s+at /);
  });
});
