/**
 * `artefacts keygen [--output-prefix P]`: writes P.key (cosign's encrypted format, mode 0600) and
 * P.pub, as `cosign generate-key-pair` does, with the password from COSIGN_PASSWORD.
 * A CLI-only command (no action.yml): its inputs are parsed here.
 */
import { constants } from 'node:fs';
import { lstat, open, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { optionalText, type RawInputs } from '../inputs.js';
import {
  inWorkspace,
  isPathFailure,
  parseAllowOutsideWorkspace,
  pathInputError,
  plainValue,
  workspace,
} from '../paths.js';
import { generateKeyPair } from './keys.js';

export interface KeygenInputs {
  readonly outputPrefix: string;
  /** `--allow-outside-workspace output-prefix`: the key pair may be written outside the working directory. */
  readonly allowOutsideWorkspace?: ReadonlySet<string>;
}

export function parseKeygenInputs(raw: RawInputs): KeygenInputs {
  const outputPrefix = plainValue('output-prefix', optionalText(raw, 'output-prefix') ?? 'cosign');
  if (outputPrefix.endsWith('/')) {
    throw inputError(
      'output-prefix',
      outputPrefix,
      'a file path prefix such as `cosign` or `keys/release` (".key" and ".pub" are appended)',
    );
  }
  return { outputPrefix, allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, ['output-prefix']) };
}

/**
 * Whether anything is at `path` (a file, even unreadable; a link, even dangling). A path that cannot
 * be looked at (a directory above it missing or not searchable) fails the write, which names it.
 */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a new file, never over one. A failure the path causes (a missing or unwritable directory) is
 * `named(error)`'s: the input that gave it.
 */
async function writeNew(
  path: string,
  content: string,
  mode: number,
  named: (error: unknown) => unknown,
): Promise<void> {
  let handle;
  try {
    // O_EXCL: never overwrite a key, even if one appears between our check and this write.
    handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    await handle.writeFile(content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new ArtefactsError('IO_FAILED', `${path} already exists; refusing to overwrite a key.`);
    if (isPathFailure(error)) throw named(error);
    throw new ArtefactsError('IO_FAILED', `Cannot write ${path}: ${describeError(error)}.`);
  } finally {
    await handle?.close();
  }
}

export async function runKeygen(inputs: KeygenInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const { logger, env, cwd } = environment;
  const ws = workspace(cwd, inputs.allowOutsideWorkspace);
  for (const suffix of ['.key', '.pub']) inWorkspace(ws, 'output-prefix', `${inputs.outputPrefix}${suffix}`);
  const password = env.COSIGN_PASSWORD;
  if (password === undefined) {
    throw new ArtefactsError('INPUT_MISSING', 'COSIGN_PASSWORD is not set: the private key is encrypted with it.', {
      hint: 'export COSIGN_PASSWORD=... (as for cosign generate-key-pair); store the same value as a secret for signing.',
    });
  }
  logger.secret(password);
  if (password === '') logger.warning('COSIGN_PASSWORD is empty: the private key is encrypted with an empty password.');
  const keyPath = resolve(cwd, `${inputs.outputPrefix}.key`);
  const pubPath = resolve(cwd, `${inputs.outputPrefix}.pub`);
  for (const path of [keyPath, pubPath]) {
    if (await exists(path)) {
      throw new ArtefactsError('IO_FAILED', `${path} already exists; refusing to overwrite a key.`, {
        hint: 'Choose another --output-prefix, or move the old key pair away first.',
      });
    }
  }
  const pair = await generateKeyPair(password);
  const named = (error: unknown) =>
    pathInputError(
      cwd,
      'output-prefix',
      inputs.outputPrefix,
      'a prefix under which the key pair can be written',
      error,
    );
  await writeNew(keyPath, pair.privateKeyPem, 0o600, named);
  try {
    await writeNew(pubPath, pair.publicKeyPem, 0o644, named);
  } catch (error) {
    await rm(keyPath, { force: true });
    throw error;
  }
  logger.info(`Private key written to ${keyPath} (encrypted, mode 0600)`);
  logger.info(`Public key written to ${pubPath}`);
  const outputs = { 'private-key': keyPath, 'public-key': pubPath, 'key-hint': pair.hint };
  return {
    outputs: { ...outputs, json: JSON.stringify(outputs) },
    summary: [
      '### Key pair generated',
      '',
      '| File | Path |',
      '| --- | --- |',
      `| Private key (encrypted) | \`${keyPath}\` |`,
      `| Public key | \`${pubPath}\` |`,
      '',
      `Key hint: \`${pair.hint}\``,
    ].join('\n'),
  };
}
