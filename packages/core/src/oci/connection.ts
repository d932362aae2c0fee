/**
 * How the registry client connects, from the environment, so that every command and action
 * (and the CLI's --ca-file, --client-cert, --client-key, --insecure-registry and --registry-timeout,
 * which set these) reaches an in-house registry the same way:
 *   ARTEFACTS_CA_FILE            PEM of a private CA, trusted in addition to the system's roots
 *   ARTEFACTS_CLIENT_CERT / _KEY PEM files of a client certificate, for registries that ask (mTLS)
 *   ARTEFACTS_INSECURE_REGISTRIES hosts (host or host:port; comma, space or newline between) spoken
 *                                to in plain HTTP, as Docker's insecure-registries
 *   ARTEFACTS_REGISTRY_TIMEOUT   seconds a registry may send nothing (no connection, no answer, no
 *                                byte of a body) before a request fails; default 120. Idle time, not
 *                                transfer time. A request is tried again after one such silence, not
 *                                after a second (http.ts: RetryPolicy.silences)
 * NODE_EXTRA_CA_CERTS works as well (Node reads it at start-up; it is kept when a CA file is added).
 * These are the administrator's choices, like NODE_EXTRA_CA_CERTS: the files may be anywhere.
 */
import { readFileSync } from 'node:fs';
import { ArtefactsError, describeError } from '../errors.js';
import { DEFAULT_IDLE_TIMEOUT_MS, type TlsOptions } from './http.js';
import { registryHostProblem } from './references.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface ConnectionSettings {
  readonly tls?: TlsOptions;
  readonly plainHttp?: readonly string[];
  readonly timeoutMs?: number;
}

/** The environment variables of the connection settings. */
export type ConnectionVariable =
  | 'ARTEFACTS_CA_FILE'
  | 'ARTEFACTS_CLIENT_CERT'
  | 'ARTEFACTS_CLIENT_KEY'
  | 'ARTEFACTS_INSECURE_REGISTRIES'
  | 'ARTEFACTS_REGISTRY_TIMEOUT';

/**
 * Settings given as the CLI's flags (which set the variables): per variable, the flag and each value
 * as typed, so that an error names what the user gave (`--ca-file "ca.txt"`), not the variable.
 */
export type ConnectionFlags = Readonly<
  Partial<Record<ConnectionVariable, { readonly flag: string; readonly values: readonly string[] }>>
>;

/** How a setting is named in messages: the flag it was given as, else its variable. */
function nameOf(variable: ConnectionVariable, flags: ConnectionFlags): string {
  return flags[variable]?.flag ?? variable;
}

/** A setting as given: `--ca-file "ca.txt"` (the value as typed), else `ARTEFACTS_CA_FILE="/path"`. */
function shownSetting(variable: ConnectionVariable, value: string, flags: ConnectionFlags): string {
  const flag = flags[variable];
  const typed = flag?.values[flag.values.length - 1];
  return flag !== undefined && typed !== undefined
    ? `${flag.flag} ${JSON.stringify(typed)}`
    : `${variable}=${JSON.stringify(value)}`;
}

/**
 * Why a file cannot be read, in words: Node's own message names a syscall, an errno and the path
 * resolved, not what is wrong with the setting.
 */
const UNREADABLE: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the path is too long for the file system',
};

function pemFile(
  env: Env,
  name: ConnectionVariable,
  kind: RegExp,
  what: string,
  flags: ConnectionFlags,
): string | undefined {
  const file = env[name]?.trim();
  if (!file) return undefined;
  const shown = shownSetting(name, file, flags);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const why = UNREADABLE[(error as NodeJS.ErrnoException).code ?? ''] ?? describeError(error);
    throw new ArtefactsError('INPUT_INVALID', `${shown}: cannot read it (${why}); expected a file of ${what} (PEM).`, {
      hint: `Give the path of ${what} (PEM).`,
      cause: error,
    });
  }
  if (!kind.test(text)) {
    throw new ArtefactsError('INPUT_INVALID', `${shown} is not ${what} in PEM.`, {
      hint: `Expected a file with a -----BEGIN ${kind === CERTIFICATE ? 'CERTIFICATE' : '... PRIVATE KEY'}----- block.`,
    });
  }
  return text;
}

/** The idle timeout in milliseconds, from a number of seconds above 0 (at most a day). */
function idleTimeout(env: Env, flags: ConnectionFlags): number | undefined {
  const value = env.ARTEFACTS_REGISTRY_TIMEOUT?.trim();
  if (!value) return undefined;
  const secondsGiven = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(secondsGiven > 0 && secondsGiven <= 86_400)) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      `${shownSetting('ARTEFACTS_REGISTRY_TIMEOUT', value, flags)}: expected a number of seconds above 0 and at most 86400 (default ${DEFAULT_IDLE_TIMEOUT_MS / 1000}).`,
      { hint: 'How long a registry may send nothing (no answer, no byte of a body) before a request fails.' },
    );
  }
  return Math.round(secondsGiven * 1000);
}

const CERTIFICATE = /-----BEGIN CERTIFICATE-----/;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/**
 * Checks the connection settings before a command that may reach a registry does any work: a CA or
 * client certificate file that is missing, unreadable or not PEM, a bad host or timeout, fails there,
 * named as given, never later at the first request (nor never, where no registry is contacted).
 * Every such command's entry point calls it first (the CLI has checked its flags already, by name).
 * The files may be anywhere, as NODE_EXTRA_CA_CERTS: they are the administrator's, not path inputs.
 */
export function checkConnectionSettings(env: Env): void {
  connectionFromEnv(env);
}

/**
 * The connection settings the environment asks for; empty when it asks for none. `flags` says which
 * of them the CLI's flags set, for messages.
 */
export function connectionFromEnv(env: Env | undefined, flags: ConnectionFlags = {}): ConnectionSettings {
  if (env === undefined) return {};
  const ca = pemFile(env, 'ARTEFACTS_CA_FILE', CERTIFICATE, 'a CA certificate', flags);
  const cert = pemFile(env, 'ARTEFACTS_CLIENT_CERT', CERTIFICATE, 'a client certificate', flags);
  const key = pemFile(env, 'ARTEFACTS_CLIENT_KEY', PRIVATE_KEY, 'the client certificate’s private key', flags);
  if ((cert === undefined) !== (key === undefined)) {
    const [given, missing] =
      cert === undefined
        ? (['ARTEFACTS_CLIENT_KEY', 'ARTEFACTS_CLIENT_CERT'] as const)
        : (['ARTEFACTS_CLIENT_CERT', 'ARTEFACTS_CLIENT_KEY'] as const);
    throw new ArtefactsError(
      'INPUT_MISSING',
      `${nameOf(given, flags)} is set but ${nameOf(missing, flags)} is not: a client certificate needs both.`,
    );
  }
  const insecure = (env.ARTEFACTS_INSECURE_REGISTRIES ?? '').split(/[\s,]+/).filter((h) => h !== '');
  for (const host of insecure) {
    // The one host rule of references.ts (a port in range included).
    if (registryHostProblem(host) !== undefined) {
      // The value the host came from, as typed: a flag's, else the variable's.
      const flag = flags.ARTEFACTS_INSECURE_REGISTRIES;
      const typed = flag?.values.find((v) => v.split(/[\s,]+/).includes(host));
      const where =
        flag !== undefined && typed !== undefined
          ? `${flag.flag} ${JSON.stringify(typed)}`
          : 'ARTEFACTS_INSECURE_REGISTRIES';
      throw new ArtefactsError(
        'INPUT_INVALID',
        `${where}: ${JSON.stringify(host)} is not a registry host; expected host or host:port (no scheme, no path).`,
      );
    }
  }
  const timeoutMs = idleTimeout(env, flags);
  const tls = ca || cert ? { ...(ca ? { ca } : {}), ...(cert ? { cert, key } : {}) } : undefined;
  return {
    ...(tls ? { tls } : {}),
    ...(insecure.length > 0 ? { plainHttp: insecure } : {}),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
}
