/**
 * Registry authentication: anonymous, basic, and the bearer-token flow (realm/service/scope, one
 * scope per repository, a token cache per scope set, one refresh on 401). Credentials come from
 * explicit options, REGISTRY_AUTH_FILE, ~/.docker/config.json, the containers auth.json (auths,
 * credHelpers, credsStore: the helper is run with an argv array) or GITHUB_TOKEN for ghcr.io. They are never put in a message or a log line.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { childProcess } from '../builtins.js';
import { ArtefactsError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import {
  isRetryableStatus,
  parseRetryAfter,
  readBody,
  RegistrySilence,
  RetryableError,
  send,
  type TlsOptions,
} from './http.js';
import { DOCKER_HUB, DOCKER_HUB_CONFIG_KEY } from './references.js';

export type Credentials =
  | { readonly username: string; readonly password: string }
  /** A registry bearer token used as is (docker config `registrytoken`). */
  | { readonly token: string }
  /** An OAuth2 refresh token (docker config `identitytoken`, or a helper's `<token>` user), exchanged at the realm. */
  | { readonly identityToken: string };

export interface Challenge {
  scheme: 'basic' | 'bearer';
  realm?: string;
  service?: string;
  scope?: string;
}

/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or Basic). */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (match === null) return undefined;
  const scheme = match[1]!.toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = re.exec(match[2]!); m !== null; m = re.exec(match[2]!)) {
    params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return {
    scheme,
    ...(params.realm === undefined ? {} : { realm: params.realm }),
    ...(params.service === undefined ? {} : { service: params.service }),
    ...(params.scope === undefined ? {} : { scope: params.scope }),
  };
}

export interface CredentialOptions {
  /** Explicit credentials per registry (as written: `ghcr.io`, `127.0.0.1:5000`, `docker.io`). */
  credentials?: Record<string, Credentials>;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Skip ~/.docker/config.json (tests). */
  ignoreDockerConfig?: boolean;
  /** The registry's TLS settings, for the token server's answers too (it often shares the CA). */
  tls?: TlsOptions;
  /** How long the registry, and its token service, may send nothing (http.ts: DEFAULT_IDLE_TIMEOUT_MS). */
  timeoutMs?: number;
}

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; registrytoken?: string; identitytoken?: string }
  >;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

function normaliseConfigKey(key: string): string {
  let k = key.trim().replace(/^[a-z]+:\/\//i, '');
  const slash = k.indexOf('/');
  if (slash >= 0) k = k.slice(0, slash);
  k = k.toLowerCase();
  if (k === 'index.docker.io' || k === 'registry-1.docker.io' || k === 'registry.hub.docker.com') return DOCKER_HUB;
  return k;
}

async function readAuthFile(file: string, what: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch (error) {
    throw new ArtefactsError('REGISTRY_AUTH', `${what} ${file} is not valid JSON: ${describeError(error)}`);
  }
}

/**
 * The credential files, in the order they are asked: REGISTRY_AUTH_FILE (podman's and skopeo's,
 * when set it is what the user chose), the Docker config (DOCKER_CONFIG or ~/.docker), then the
 * containers auth.json (XDG_RUNTIME_DIR, else ~/.config). All share one format: auths, credHelpers.
 */
async function readAuthFiles(env: NodeJS.ProcessEnv): Promise<DockerConfig[]> {
  const home = env.HOME ?? homedir();
  const files: [string, string][] = [];
  if (env.REGISTRY_AUTH_FILE) files.push([env.REGISTRY_AUTH_FILE, 'REGISTRY_AUTH_FILE']);
  files.push([path.join(env.DOCKER_CONFIG ?? path.join(home, '.docker'), 'config.json'), 'Docker config']);
  if (!env.REGISTRY_AUTH_FILE) {
    if (env.XDG_RUNTIME_DIR)
      files.push([path.join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), 'Containers auth file']);
    files.push([path.join(home, '.config', 'containers', 'auth.json'), 'Containers auth file']);
  }
  const configs: DockerConfig[] = [];
  for (const [file, what] of files) {
    const config = await readAuthFile(file, what);
    if (config !== undefined) configs.push(config);
  }
  return configs;
}

/** Runs `docker-credential-<helper> get` with the server URL on stdin. */
async function runCredentialHelper(
  helper: string,
  serverUrl: string,
  env: NodeJS.ProcessEnv,
): Promise<Credentials | undefined> {
  if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
    throw new ArtefactsError('REGISTRY_AUTH', `Docker credential helper name ${JSON.stringify(helper)} is not valid.`);
  }
  const program = `docker-credential-${helper}`;
  const { spawn } = childProcess();
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(
        new ArtefactsError('REGISTRY_AUTH', `Could not run the Docker credential helper ${program}: ${error.message}`, {
          hint: `Install ${program} or remove it from the Docker config (credHelpers/credsStore).`,
        }),
      );
    });
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve({ code: exit, stdout: out });
    });
    child.stdin.end(serverUrl);
  });
  if (code !== 0) {
    if (/credentials not found/i.test(stdout)) return undefined;
    throw new ArtefactsError(
      'REGISTRY_AUTH',
      `Docker credential helper ${program} failed for ${serverUrl} (exit ${code}).`,
    );
  }
  let parsed: { Username?: string; Secret?: string };
  try {
    parsed = JSON.parse(stdout) as { Username?: string; Secret?: string };
  } catch {
    throw new ArtefactsError(
      'REGISTRY_AUTH',
      `Docker credential helper ${program} printed something that is not JSON.`,
    );
  }
  if (typeof parsed.Secret !== 'string' || parsed.Secret === '') return undefined;
  if (parsed.Username === '<token>') return { identityToken: parsed.Secret };
  return { username: parsed.Username ?? '', password: parsed.Secret };
}

/**
 * Finds credentials for a registry (as written in references: `docker.io`, `ghcr.io`, `host:port`).
 * Order: explicit options, the credential files (each: credHelpers, auths, credsStore), GITHUB_TOKEN for ghcr.io.
 */
export async function resolveCredentials(
  registry: string,
  options: CredentialOptions = {},
): Promise<Credentials | undefined> {
  const env = options.env ?? process.env;
  const found = await find();
  if (found !== undefined) {
    if ('password' in found) options.logger?.secret(found.password);
    else if ('token' in found) options.logger?.secret(found.token);
    else options.logger?.secret(found.identityToken);
  }
  return found;

  async function find(): Promise<Credentials | undefined> {
    const wanted = normaliseConfigKey(registry);
    for (const [key, value] of Object.entries(options.credentials ?? {})) {
      if (normaliseConfigKey(key) === wanted) return value;
    }
    if (options.ignoreDockerConfig !== true) {
      for (const config of await readAuthFiles(env)) {
        const serverUrl = wanted === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : wanted;
        for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
          if (normaliseConfigKey(key) === wanted) return runCredentialHelper(helper, serverUrl, env);
        }
        for (const [key, entry] of Object.entries(config.auths ?? {})) {
          if (normaliseConfigKey(key) !== wanted) continue;
          if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '')
            return { token: entry.registrytoken };
          if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '')
            return { identityToken: entry.identitytoken };
          if (typeof entry.auth === 'string' && entry.auth !== '') {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0) {
              throw new ArtefactsError(
                'REGISTRY_AUTH',
                `Docker config entry for ${key}: "auth" is not base64 of username:password.`,
              );
            }
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
          }
          if (typeof entry.username === 'string' && typeof entry.password === 'string') {
            return { username: entry.username, password: entry.password };
          }
        }
        if (typeof config.credsStore === 'string' && config.credsStore !== '') {
          const fromStore = await runCredentialHelper(config.credsStore, serverUrl, env);
          if (fromStore !== undefined) return fromStore;
        }
      }
    }
    if (wanted === 'ghcr.io' && env.GITHUB_TOKEN !== undefined && env.GITHUB_TOKEN !== '') {
      return { username: env.GITHUB_ACTOR ?? 'github-actions', password: env.GITHUB_TOKEN };
    }
    return undefined;
  }
}

function basicHeader(credentials: Credentials): string | undefined {
  if ('token' in credentials) return `Bearer ${credentials.token}`;
  if ('identityToken' in credentials) return undefined;
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

/**
 * Per-registry authenticator. `header(scopes)` answers the Authorization header to send now (or
 * undefined); `challenge(...)` handles a 401 and returns the header to retry with, once.
 */
export class RegistryAuth {
  private challengeSeen: Challenge | undefined;
  private readonly tokens = new Map<string, { header: string; expires: number }>();
  private credentials: Promise<Credentials | undefined> | undefined;

  constructor(
    private readonly registry: string,
    private readonly options: CredentialOptions = {},
  ) {}

  private creds(): Promise<Credentials | undefined> {
    this.credentials ??= resolveCredentials(this.registry, this.options);
    return this.credentials;
  }

  /** The header for these scopes from what is already known, fetching a token if the realm is known. */
  async header(scopes: readonly string[]): Promise<string | undefined> {
    const c = this.challengeSeen;
    if (c === undefined) return undefined;
    if (c.scheme === 'basic') {
      const creds = await this.creds();
      return creds === undefined ? undefined : basicHeader(creds);
    }
    const key = [...scopes].sort().join(' ');
    const cached = this.tokens.get(key);
    if (cached !== undefined && cached.expires > Date.now()) return cached.header;
    return this.fetchToken(c, scopes);
  }

  /** Handles a 401: remembers the challenge, drops the cached token, returns a fresh header. */
  async challenge(wwwAuthenticate: string | undefined, scopes: readonly string[]): Promise<string> {
    const parsed = parseChallenge(wwwAuthenticate);
    if (parsed === undefined) {
      throw new ArtefactsError(
        'REGISTRY_AUTH',
        `${this.registry} answered 401 without a usable WWW-Authenticate challenge.`,
      );
    }
    this.challengeSeen = parsed;
    this.tokens.delete([...scopes].sort().join(' '));
    if (parsed.scheme === 'basic') {
      const creds = await this.creds();
      if (creds === undefined) {
        throw new ArtefactsError('REGISTRY_AUTH', `${this.registry} requires credentials and none were found.`, {
          hint: 'Pass credentials, or log in (docker login) so ~/.docker/config.json has them.',
        });
      }
      const header = basicHeader(creds);
      if (header === undefined) {
        throw new ArtefactsError(
          'REGISTRY_AUTH',
          `${this.registry} asks for basic auth, but only an identity token was found.`,
        );
      }
      return header;
    }
    return this.fetchToken(parsed, scopes);
  }

  private async fetchToken(c: Challenge, scopes: readonly string[]): Promise<string> {
    if (c.realm === undefined) {
      throw new ArtefactsError('REGISTRY_AUTH', `${this.registry}: bearer challenge without a realm.`);
    }
    const creds = await this.creds();
    if (creds !== undefined && 'token' in creds) return `Bearer ${creds.token}`;
    let url: URL;
    try {
      url = new URL(c.realm);
    } catch {
      throw new ArtefactsError(
        'REGISTRY_AUTH',
        `${this.registry}: token realm ${JSON.stringify(c.realm)} is not a URL.`,
      );
    }
    if (c.service !== undefined) url.searchParams.set('service', c.service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = { 'user-agent': 'immutable-artefacts' };
    const basic = creds === undefined ? undefined : basicHeader(creds);
    if (basic !== undefined) headers.authorization = basic;
    // An identity (refresh) token is exchanged with the OAuth2 POST form of the token endpoint.
    let form: Buffer | undefined;
    if (creds !== undefined && 'identityToken' in creds) {
      const body = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: creds.identityToken,
        client_id: 'immutable-artefacts',
      });
      if (c.service !== undefined) body.set('service', c.service);
      body.set('scope', scopes.join(' '));
      form = Buffer.from(body.toString());
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = String(form.length);
      url.search = '';
    }
    let response;
    for (let attempt = 1; ; attempt++) {
      try {
        const connection = {
          url,
          headers,
          tls: this.options.tls,
          ...(this.options.timeoutMs === undefined ? {} : { timeoutMs: this.options.timeoutMs }),
        };
        response = await send(
          form === undefined ? { method: 'GET', ...connection } : { method: 'POST', body: form, ...connection },
        );
        if (isRetryableStatus(response.status) && attempt < 3) {
          const wait = parseRetryAfter(response.headers['retry-after']) ?? 500 * attempt;
          await readBody(response, 1 << 20, 'token').catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 10_000)));
          continue;
        }
        break;
      } catch (error) {
        // A silent token service is asked once more, as a silent registry is (RetryPolicy.silences).
        if (error instanceof RetryableError && attempt < (error instanceof RegistrySilence ? 2 : 3)) continue;
        throw error instanceof RetryableError
          ? new ArtefactsError('REGISTRY_UNAVAILABLE', `Token service ${url.host}: ${error.message}`)
          : error;
      }
    }
    const body = await readBody(response, 1 << 20, `token service ${url.host}`);
    if (response.status === 401 || response.status === 403) {
      throw new ArtefactsError(
        'REGISTRY_AUTH',
        `Token service ${url.host}${url.pathname} refused ${creds === undefined ? 'anonymous access' : 'the credentials'} for ${scopes.join(' ')} (HTTP ${response.status}).`,
        {
          hint:
            creds === undefined
              ? 'Pass credentials or log in to the registry.'
              : 'Check the username and password or token.',
        },
      );
    }
    if (response.status !== 200) {
      throw new ArtefactsError(
        'REGISTRY_AUTH',
        `Token service ${url.host}${url.pathname} answered HTTP ${response.status} for ${scopes.join(' ')}.`,
      );
    }
    let parsed: { token?: string; access_token?: string; expires_in?: number };
    try {
      parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
    } catch {
      throw new ArtefactsError('REGISTRY_AUTH', `Token service ${url.host} answered something that is not JSON.`);
    }
    const token = parsed.token ?? parsed.access_token;
    if (typeof token !== 'string' || token === '') {
      throw new ArtefactsError('REGISTRY_AUTH', `Token service ${url.host} answered without a token.`);
    }
    this.options.logger?.secret(token);
    const header = `Bearer ${token}`;
    const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
    this.tokens.set([...scopes].sort().join(' '), { header, expires: Date.now() + (lifetime - 10) * 1000 });
    return header;
  }
}
