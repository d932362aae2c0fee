/**
 * A bad CA file (missing, unreadable as a file, not PEM) is refused before any work by every command
 * that may reach a registry, given as the flag (--ca-file) or as the setting the actions read from the
 * job's environment (ARTEFACTS_CA_FILE): exit 1, the flag or variable named with the path given, in
 * words (no errno), no stack, nothing written. Run in-process through the function `artefacts` runs,
 * which calls the same core entry points the actions call. The command lines would otherwise work on
 * `oci:` layouts and files, where no registry is contacted: the file was once read only at the first
 * request, so these commands never looked at it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { LayoutStore, buildImage, sign } from '@immutable-artefacts/core';
import { commands } from '../src/commands.js';
import { runCli } from '../src/main.js';
import { flagsOf } from '../src/vocabulary.js';

const PASSWORD = 'up-front-password';
const work = mkdtempSync(join(tmpdir(), 'cli-connection-up-front-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  writeFileSync(join(work, 'a.txt'), 'a\n');
  writeFileSync(join(work, 'not-pem.txt'), 'not a certificate\n');
  writeFileSync(join(work, 'Dockerfile'), 'FROM scratch\n');
  mkdirSync(join(work, 'a-directory'));
  const pair = await sign.generateKeyPair(PASSWORD);
  writeFileSync(join(work, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(join(work, 'cosign.pub'), pair.publicKeyPem);
  await buildImage(new LayoutStore(join(work, 'src')), { layers: [{ files: { f: 'x' } }] }, { tag: '1' });
});

/** Every file and directory under `dir`: what a refused command must leave as it was. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      out.push(relative(dir, join(d, entry.name)));
      if (entry.isDirectory()) visit(join(d, entry.name));
    }
  };
  visit(dir);
  return out.sort();
}

async function cli(argv: readonly string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: work,
    env: { PATH: process.env.PATH, HOME: work, DOCKER_CONFIG: join(work, 'no-docker'), ...env },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Each command that may reach a registry, on a command line that would otherwise run (or fail later). */
const lines: Readonly<Record<string, readonly string[]>> = {
  attest: ['attest', '--type', 'approval', '--environment', 'qa', 'oci:src:1', '--key', 'cosign.key'],
  audit: ['audit', 'oci:src'],
  digest: ['digest', 'oci:src:1'],
  history: ['history', 'oci:src:1'],
  inspect: ['inspect', 'oci:src:1'],
  ls: ['ls', 'oci:src'],
  pack: ['pack', '--path', 'a.txt', 'oci:packed:1'],
  pin: ['pin', '--paths', 'Dockerfile'],
  promote: ['promote', 'oci:src:1', '--destinations', 'oci:promoted:1'],
  pull: ['pull', 'oci:src:1', '--output', 'pulled'],
  release: ['release', '--path', 'a.txt'],
  sbom: ['sbom', '--path', 'a.txt', '--output-dir', 'sboms'],
  sign: ['sign', '--files', 'a.txt', '--key', 'cosign.key'],
  trace: ['trace', 'oci:src:1'],
  tree: ['tree', 'oci:src:1'],
  verify: ['verify', 'oci:src:1', '--key', 'cosign.pub'],
};

describe('every command that may reach a registry checks the CA file before any work', () => {
  it('the table holds every such command: each that takes registry credentials, and release', () => {
    const reaching = Object.keys(commands).filter((n) => flagsOf(n).canonical.includes('registry-password'));
    expect(Object.keys(lines).sort()).toEqual([...reaching, 'release'].sort());
  });

  const missing = join(work, 'nosuch.pem');
  it.each(Object.entries(lines))('%s: ARTEFACTS_CA_FILE naming no file', async (_name, argv) => {
    const before = tree(work);
    const result = await cli(argv, { ARTEFACTS_CA_FILE: missing, COSIGN_PASSWORD: PASSWORD });
    expect([result.code, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toMatch(
      new RegExp(`^error: ARTEFACTS_CA_FILE=${JSON.stringify(missing)}: cannot read it \\(no such file\\)`),
    );
    expect(result.stderr).not.toMatch(/\bE[A-Z]{4,}\b|\n\s+at /);
    expect(tree(work)).toEqual(before);
  });

  it.each([
    ['nosuch.pem', /^error: --ca-file "nosuch\.pem": cannot read it \(no such file\); expected a file of a CA/m],
    ['a-directory', /^error: --ca-file "a-directory": cannot read it \(a directory, not a file\)/m],
    ['a.txt/ca.pem', /^error: --ca-file "a\.txt\/ca\.pem": cannot read it \(a part of the path is a file/m],
    ['not-pem.txt', /^error: --ca-file "not-pem\.txt" is not a CA certificate in PEM/m],
  ])('--ca-file %s: refused naming the flag and the path given, in words', async (given, says) => {
    for (const argv of [lines.pack!, lines.digest!]) {
      const before = tree(work);
      const result = await cli([...argv, '--ca-file', given]);
      expect([result.code, result.stdout]).toEqual([1, '']);
      expect(result.stderr).toMatch(says);
      expect(result.stderr).not.toMatch(/\bE[A-Z]{4,}\b|\n\s+at |ARTEFACTS_CA_FILE/);
      expect(tree(work)).toEqual(before);
    }
  });
});
