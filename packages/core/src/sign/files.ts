/**
 * Non-image subjects: files matched by globs, and the entries of checksums files (SHA256SUMS as
 * `sha256sum` writes it, or the BSD `SHA256 (name) = hex` form). Each local file can get a
 * message-signature bundle beside it, `<file>.sigstore.json`, which `cosign verify-blob --bundle`
 * and `artefacts verify` read.
 */
import { digestFile, sha256 } from '../oci/media.js';
import * as fs from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { writeFilesTogether, type WholeFileFailure } from '../files.js';
import { inWorkspace, insideWorkspace, originError, workspace, workspaceGlob, type PathOrigin } from '../paths.js';
import { bundleText, signMessage, type SigningConfig } from './bundle.js';
import { subject, type Subject } from './statements.js';
import {
  verifyArtifactBundle,
  type VerificationPolicy,
  type VerifiedArtifact,
  type VerifiedSigner,
} from './verify-policy.js';
import { compareText } from '../order.js';

export const BUNDLE_SUFFIX = '.sigstore.json';

export interface FileSubject {
  /** The subject name: the path relative to the workspace, or the name inside a checksums file. */
  readonly name: string;
  /** sha256:<hex> */
  readonly digest: string;
  /** Absolute path when the file is here (absent for checksums entries whose file is not). */
  readonly path?: string;
  /** The input, and the item of it, that named the file: a failure to read it or write beside it is theirs. */
  readonly origin?: PathOrigin;
}

export function toSubjects(files: readonly FileSubject[]): Subject[] {
  return files.map((f) => subject(f.name, f.digest));
}

export async function sha256File(path: string, origin?: PathOrigin): Promise<string> {
  try {
    return (await digestFile(path)).digest;
  } catch (error) {
    throw originError(
      origin,
      'readable files',
      error,
      () => new ArtefactsError('IO_FAILED', `Cannot read ${path}: ${describeError(error)}.`),
    );
  }
}

/**
 * Files matching the globs (relative to cwd, the workspace), sorted, bundles excluded; a glob
 * matching nothing is an error, and so is a match outside the workspace (symbolic links followed)
 * unless `input` is in `allowOutside`.
 */
export async function fileSubjects(
  cwd: string,
  patterns: readonly string[],
  input = 'files',
  allowOutside?: ReadonlySet<string>,
): Promise<FileSubject[]> {
  const ws = workspace(cwd, allowOutside);
  const found = new Map<string, { name: string; origin: PathOrigin }>();
  for (const pattern of patterns) {
    let matched = 0;
    for (const path of await workspaceGlob(ws, input, pattern)) {
      const stat = await fs.stat(path).catch(() => undefined);
      if (!stat?.isFile() || path.endsWith(BUNDLE_SUFFIX)) continue;
      matched++;
      if (!found.has(path))
        found.set(path, { name: displayName(cwd, path), origin: { root: cwd, input, given: pattern } });
    }
    if (matched === 0)
      throw inputError(input, pattern, 'a glob matching at least one file (relative to the workspace)');
  }
  const out: FileSubject[] = [];
  for (const [path, { name, origin }] of [...found].sort((a, b) => compareText(a[1].name, b[1].name))) {
    out.push({ name, digest: await sha256File(path, origin), path, origin });
  }
  return out;
}

function displayName(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

/** Parses `sha256sum` output (`<hex>  name`, `<hex> *name`, `\`-escaped names) or BSD `SHA256 (name) = <hex>`. */
export function parseChecksums(text: string, source: string): { name: string; digest: string }[] {
  const entries: { name: string; digest: string }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let escaped = false;
    let body = line;
    if (body.startsWith('\\')) {
      escaped = true;
      body = body.slice(1);
    }
    const gnu = /^([a-fA-F0-9]{64}) [ *](.+)$/.exec(body);
    const bsd = /^SHA256 \((.+)\) = ([a-fA-F0-9]{64})$/.exec(body);
    let name: string;
    let hex: string;
    if (gnu) [, hex = '', name = ''] = gnu;
    else if (bsd) [, name = '', hex = ''] = bsd;
    else {
      throw new ArtefactsError(
        'INPUT_INVALID',
        `${source} line ${index + 1} is not a SHA-256 checksum line: ${JSON.stringify(line.slice(0, 120))}.`,
        { hint: 'Expected `sha256sum` output (<64 hex>  <name>) or `SHA256 (<name>) = <64 hex>`.' },
      );
    }
    if (escaped) name = name.replace(/\\(\\|n)/g, (_m, c: string) => (c === 'n' ? '\n' : '\\'));
    entries.push({ name, digest: `sha256:${hex.toLowerCase()}` });
  });
  if (entries.length === 0) throw new ArtefactsError('INPUT_INVALID', `${source} lists no checksums.`);
  return entries;
}

/**
 * Subjects from checksums files. Where a listed file exists beside the checksums file, its digest
 * is checked (a mismatch is an error, never silently signed) and its path kept.
 */
export async function checksumSubjects(
  cwd: string,
  paths: readonly string[],
  input = 'checksums',
  allowOutside?: ReadonlySet<string>,
): Promise<FileSubject[]> {
  const ws = workspace(cwd, allowOutside);
  const out: FileSubject[] = [];
  for (const p of paths) {
    const path = inWorkspace(ws, input, p);
    const origin = { root: cwd, input, given: p };
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch (error) {
      throw originError(origin, 'a readable checksums file', error, () =>
        inputError(input, p, `a readable checksums file (${describeError(error)})`),
      );
    }
    for (const entry of parseChecksums(text, p)) {
      // A listed name is read only where it stays in the workspace (`../../etc/passwd` is refused).
      const local = insideWorkspace(ws, input, join(path, '..', entry.name));
      const stat = await fs.stat(local).catch(() => undefined);
      if (stat?.isFile()) {
        const actual = await sha256File(local, origin);
        if (actual !== entry.digest) {
          throw new ArtefactsError(
            'DIGEST_MISMATCH',
            `${p} says ${entry.name} is ${entry.digest}, but the file is ${actual}.`,
          );
        }
        out.push({ name: entry.name, digest: entry.digest, path: local, origin });
      } else {
        out.push({ name: entry.name, digest: entry.digest });
      }
    }
  }
  return out;
}

export interface SignedFile {
  readonly path: string;
  readonly digest: string;
  readonly bundlePath: string;
  readonly signer: string;
  readonly transparencyLogIndex: string | undefined;
}

/** A file's signature, made and not yet written: `bundle` is the text of `<file>.sigstore.json`. */
export interface SignedFileBundle extends SignedFile {
  readonly bundle: string;
  readonly origin: PathOrigin | undefined;
}

/**
 * Signs each local file (a v0.3 message-signature bundle), in memory: nothing is written, so a
 * failure on any file (it changed, the signing service refused) leaves every bundle as it was.
 */
export async function signFileBundles(
  files: readonly FileSubject[],
  config: SigningConfig,
): Promise<SignedFileBundle[]> {
  const out: SignedFileBundle[] = [];
  for (const file of files) {
    if (!file.path) continue;
    let data: Buffer;
    try {
      data = await fs.readFile(file.path);
    } catch (error) {
      throw originError(file.origin, 'readable files', error, () => error);
    }
    const actual = sha256(data);
    if (actual !== file.digest) {
      throw new ArtefactsError(
        'DIGEST_MISMATCH',
        `${file.name} changed while being signed (${file.digest} → ${actual}).`,
      );
    }
    const signed = await signMessage(data, config);
    out.push({
      path: file.path,
      digest: file.digest,
      bundlePath: `${file.path}${BUNDLE_SUFFIX}`,
      bundle: `${bundleText(signed.bundle)}\n`,
      origin: file.origin,
      signer: signed.signer,
      transparencyLogIndex: signed.transparencyLogIndex,
    });
  }
  return out;
}

/**
 * A bundle file that could not be written, as the error of the input that named its file
 * (`expected` says what that input's files had to allow), else IO_FAILED naming the bundle.
 */
export function bundleWriteFailure(
  origin: PathOrigin | undefined,
  expected: string,
  bundlePath: string,
): (error: unknown, where: WholeFileFailure) => unknown {
  return (error, { at }) =>
    originError(
      origin,
      expected,
      error,
      () => new ArtefactsError('IO_FAILED', `Cannot write ${bundlePath}: ${describeError(error)}.`),
      at,
    );
}

/** What a file's bundle needs of the directory it is in, as an input's files are expected to allow. */
export const BESIDE_FILES = `files beside which a bundle (<file>${BUNDLE_SUFFIX}) can be written`;

/**
 * Writes `<file>.sigstore.json` (a v0.3 message-signature bundle) beside each local file: every one
 * signed first, then all written together or none ({@link writeFilesTogether}).
 */
export async function signFiles(files: readonly FileSubject[], config: SigningConfig): Promise<SignedFile[]> {
  const signed = await signFileBundles(files, config);
  const byPath = new Map(signed.map((f) => [f.bundlePath, f]));
  await writeFilesTogether(
    signed.map((f) => ({ path: f.bundlePath, content: f.bundle })),
    (error, where) => {
      const f = byPath.get(where.file.path)!;
      return bundleWriteFailure(f.origin, BESIDE_FILES, f.bundlePath)(error, where);
    },
  );
  return signed.map(({ path, digest, bundlePath, signer, transparencyLogIndex }) => ({
    path,
    digest,
    bundlePath,
    signer,
    transparencyLogIndex,
  }));
}

/** What a bundle is about: a local file, or an artefact known only by its digest. */
export type VerifySubject = { readonly path: string } | { readonly digest: string };

/**
 * Verifies the bundle of a file (by default `<file>.sigstore.json` beside it) or of a digest
 * (`sha256:<hex>`; the bundle path is then required): a message signature or a DSSE statement.
 * No bundle is no signature (VERIFICATION_FAILED); one that cannot be read (permission denied, a
 * directory) is the fault of the input `bundleOrigin` names, where one does.
 */
export async function verifySubject(
  subject: VerifySubject,
  policy: VerificationPolicy,
  bundlePath?: string,
  bundleOrigin?: PathOrigin,
): Promise<VerifiedArtifact> {
  const what = 'path' in subject ? subject.path : subject.digest;
  const where = bundlePath ?? ('path' in subject ? `${subject.path}${BUNDLE_SUFFIX}` : undefined);
  if (where === undefined) {
    throw new ArtefactsError('INTERNAL', `No bundle path for ${what}: a digest has no file to find one beside.`);
  }
  let bundle: string;
  try {
    bundle = await fs.readFile(where, 'utf8');
  } catch (error) {
    const noSignature = () =>
      new ArtefactsError(
        'VERIFICATION_FAILED',
        `No signature for ${what}: cannot read ${where} (${describeError(error)}).`,
        {
          hint: 'Sign it first, or give the bundle’s path (`bundle`) when it is not stored beside the file.',
        },
      );
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // A bundle named by the `bundle` input that is not there is that input's fault, not a missing signature.
      if (bundleOrigin?.input === 'bundle') {
        throw inputError(
          'bundle',
          bundleOrigin.given,
          `the path of the Sigstore bundle of ${what}, but no such file exists`,
          'Give the bundle signing wrote (sign writes <file>.sigstore.json beside each file), or leave `bundle` empty to use the one beside each file.',
        );
      }
      throw noSignature();
    }
    const expected =
      bundleOrigin?.input === 'bundle'
        ? 'a readable bundle file'
        : `files whose bundle (<file>${BUNDLE_SUFFIX}) can be read`;
    throw originError(bundleOrigin, expected, error, noSignature);
  }
  if ('digest' in subject) return verifyArtifactBundle(what, bundle, { digest: subject.digest }, policy);
  let data: Buffer;
  try {
    data = await fs.readFile(subject.path);
  } catch (error) {
    throw new ArtefactsError('IO_FAILED', `Cannot read ${subject.path}: ${describeError(error)}.`);
  }
  return verifyArtifactBundle(what, bundle, data, policy);
}

/** Verifies `<file>.sigstore.json` beside each file (or the bundle path given); returns the signer. */
export async function verifyFile(
  path: string,
  policy: VerificationPolicy,
  bundlePath = `${path}${BUNDLE_SUFFIX}`,
): Promise<VerifiedSigner> {
  return (await verifySubject({ path }, policy, bundlePath)).signer;
}
