/**
 * A real registry for tests: Debian's docker-registry (CNCF distribution 2.8.2) on 127.0.0.1 with
 * a free port and a temporary storage directory, anonymous, htpasswd basic auth, or bearer tokens
 * from a token server written here (RS256 JWT, certificate in `x5c`, `access` claims). Plus a
 * recording HTTP proxy that can inject faults. Everything is bounded (lifetime, request count) and
 * stopped by PID / close() in afterAll.
 */
import { execFileSync } from 'node:child_process';
import { createSign, randomBytes, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnRegistry, type RegistryProcess } from './registry-process.mjs';
import {
  RegistryClient,
  type RegistryOptions,
  type RegistryRepository,
  type StoreAccess,
} from '@immutable-artefacts/core';

export type RegistryAuthMode = 'none' | 'basic' | 'token';

export interface TestRegistry {
  /** host:port, e.g. 127.0.0.1:40123 */
  readonly host: string;
  readonly port: number;
  readonly pid: number;
  readonly storage: string;
  readonly auth: RegistryAuthMode;
  /** Users accepted by basic auth or the token server. */
  readonly users: Record<string, string>;
  /** Tokens issued by the token server (token mode). */
  readonly tokensIssued: { scopes: string[]; user: string | undefined }[];
  /** With `tls`: the files of the test's own CA, the server's certificate and a client certificate. */
  readonly pki?: TestPki;
  stop(): Promise<void>;
}

export interface TestPki {
  readonly caFile: string;
  readonly clientCertFile: string;
  readonly clientKeyFile: string;
  readonly serverCertFile: string;
  readonly serverKeyFile: string;
}

/**
 * A CA made for one test, a server certificate for 127.0.0.1 and localhost signed by it, and a
 * client certificate signed by it: openssl with argv arrays, 2-day validity.
 */
export function makeTestPki(dir: string): TestPki {
  const file = (name: string) => path.join(dir, name);
  const run = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.crt'),
    '-days',
    '2',
    '-subj',
    '/CN=ia-test-ca',
  );
  const issue = (name: string, subject: string, extensions: string) => {
    writeFileSync(file(`${name}.ext`), extensions);
    run(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.csr`),
      '-subj',
      subject,
    );
    run(
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file('ca.crt'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-out',
      file(`${name}.crt`),
      '-days',
      '2',
      '-extfile',
      file(`${name}.ext`),
    );
  };
  issue('server', '/CN=127.0.0.1', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  issue('client', '/CN=ia-test-client', 'extendedKeyUsage=clientAuth\n');
  return {
    caFile: file('ca.crt'),
    clientCertFile: file('client.crt'),
    clientKeyFile: file('client.key'),
    serverCertFile: file('server.crt'),
    serverKeyFile: file('server.key'),
  };
}

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

export type Grant = (user: string | undefined, repository: string, asked: string[], request: string[]) => string[];

interface TokenServer {
  url: string;
  close(): Promise<void>;
}

/** A token server as distribution's token auth expects: RS256, x5c header, access claims. */
async function startTokenServer(options: {
  keyPem: string;
  certDer: Buffer;
  service: string;
  issuer: string;
  users: Record<string, string>;
  /** Refresh tokens accepted by the OAuth2 POST exchange: token → user. */
  identityTokens: Record<string, string>;
  issued: { scopes: string[]; user: string | undefined }[];
  /**
   * Which actions a user gets on a repository; default: whatever is asked when authenticated, pull
   * when anonymous. `request` is every scope of the token request (a server can refuse to mix them).
   */
  grant?: Grant;
  lifetimeMs: number;
}): Promise<TokenServer> {
  let served = 0;
  const server = http.createServer((req, res) => {
    if (++served > 10_000) {
      res.writeHead(503).end();
      return;
    }
    if (req.method === 'POST') {
      // OAuth2 refresh-token exchange (docker's identitytoken).
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d: string) => (body += d.length < 65536 ? d : ''));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const user = options.identityTokens[form.get('refresh_token') ?? ''];
        if (form.get('grant_type') !== 'refresh_token' || user === undefined) {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"bad refresh token"}');
          return;
        }
        const scopes = (form.get('scope') ?? '').split(' ').filter((x) => x !== '');
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ access_token: issue(user, scopes) }));
      });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let user: string | undefined;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Basic ')) {
      const decoded = Buffer.from(auth.slice(6), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const name = decoded.slice(0, colon);
      if (options.users[name] === undefined || options.users[name] !== decoded.slice(colon + 1)) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"bad credentials"}');
        return;
      }
      user = name;
    }
    const scopes = url.searchParams.getAll('scope');
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token: issue(user, scopes), expires_in: 300 }));
  });
  function issue(user: string | undefined, scopes: string[]): string {
    options.issued.push({ scopes, user });
    const access = scopes.flatMap((scope) => {
      const [type, name, actions] = scope.split(':');
      if (type !== 'repository' || name === undefined || actions === undefined) return [];
      const asked = actions.split(',');
      const granted = options.grant
        ? options.grant(user, name, asked, scopes)
        : user === undefined
          ? asked.filter((a) => a === 'pull')
          : asked;
      return granted.length > 0 ? [{ type, name, actions: granted }] : [];
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', x5c: [options.certDer.toString('base64')] };
    const claims = {
      iss: options.issuer,
      sub: user ?? '',
      aud: options.service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access,
    };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(input).sign(options.keyPem);
    return `${input}.${base64url(signature)}`;
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const timer = setTimeout(() => server.close(), options.lifetimeMs);
  timer.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/token`,
    close: () =>
      new Promise((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function startRegistry(
  options: {
    auth?: RegistryAuthMode;
    users?: Record<string, string>;
    grant?: Grant;
    identityTokens?: Record<string, string>;
    lifetimeMs?: number;
    /** Serve TLS with a certificate from a CA made for this registry; `clientCertificates` asks for mTLS. */
    tls?: { clientCertificates?: boolean };
  } = {},
): Promise<TestRegistry> {
  const mode = options.auth ?? 'none';
  const users = options.users ?? { alice: 'wonder-land-42' };
  const lifetimeMs = options.lifetimeMs ?? 10 * 60_000;
  const dir = mkdtempSync(path.join(tmpdir(), 'ia-registry-'));
  const storage = path.join(dir, 'storage');
  const issued: { scopes: string[]; user: string | undefined }[] = [];
  let tokenServer: TokenServer | undefined;
  let authYaml = '';
  if (mode === 'basic') {
    const file = path.join(dir, 'htpasswd');
    writeFileSync(file, '');
    for (const [user, password] of Object.entries(users)) {
      // -i reads the password from stdin, so it never appears in a process listing.
      execFileSync('htpasswd', ['-B', '-i', file, user], { input: password, stdio: ['pipe', 'ignore', 'ignore'] });
    }
    authYaml = `auth:\n  htpasswd:\n    realm: test-registry\n    path: ${file}\n`;
  } else if (mode === 'token') {
    const keyFile = path.join(dir, 'token.key');
    const certFile = path.join(dir, 'token.crt');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '2',
        '-subj',
        '/CN=ia-token-issuer',
      ],
      { stdio: 'ignore' },
    );
    const certDer = Buffer.from(new X509Certificate(readFileSync(certFile)).raw);
    tokenServer = await startTokenServer({
      keyPem: readFileSync(keyFile, 'utf8'),
      certDer,
      service: 'ia-test-registry',
      issuer: 'ia-test-issuer',
      users,
      identityTokens: options.identityTokens ?? {},
      issued,
      ...(options.grant === undefined ? {} : { grant: options.grant }),
      lifetimeMs,
    });
    authYaml = `auth:\n  token:\n    realm: ${tokenServer.url}\n    service: ia-test-registry\n    issuer: ia-test-issuer\n    rootcertbundle: ${certFile}\n`;
  }
  const pki = options.tls === undefined ? undefined : makeTestPki(dir);
  const httpYaml =
    pki === undefined
      ? ''
      : `  tls:\n    certificate: ${pki.serverCertFile}\n    key: ${pki.serverKeyFile}\n` +
        (options.tls?.clientCertificates === true ? `    clientcas:\n      - ${pki.caFile}\n` : '');
  let registry: RegistryProcess;
  try {
    registry = await spawnRegistry({
      storage,
      config: path.join(dir, 'config.yml'),
      extraYaml: authYaml,
      httpYaml,
      lifetimeMs,
    });
  } catch (error) {
    await tokenServer?.close();
    throw error;
  }
  return {
    host: registry.host,
    port: registry.port,
    pid: registry.pid,
    storage,
    auth: mode,
    users,
    tokensIssued: issued,
    ...(pki === undefined ? {} : { pki }),
    async stop() {
      await registry.stop();
      await tokenServer?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ProxiedRequest {
  method: string;
  path: string;
  bytesIn: number;
  authorization: string | undefined;
  status: number;
}

export interface TestProxy {
  readonly host: string;
  readonly port: number;
  readonly requests: ProxiedRequest[];
  /**
   * Called for each request before forwarding; answer it (and return true) to inject a fault.
   * Return false to pass it through.
   */
  intercept: ((req: IncomingMessage, res: ServerResponse, count: number) => boolean) | undefined;
  /** Called for each request passed through: a promise returned holds it (body and all) until it settles. */
  hold: ((req: IncomingMessage) => Promise<void> | undefined) | undefined;
  /** Rewrites the upstream's response headers before they are passed on (e.g. make Location relative). */
  rewriteHeaders: ((req: IncomingMessage, headers: http.IncomingHttpHeaders) => http.IncomingHttpHeaders) | undefined;
  /** Bytes of request bodies that went to blob upload endpoints (PATCH/PUT/POST under /blobs/uploads/). */
  uploadedBytes(): number;
  close(): Promise<void>;
}

/**
 * A recording pass-through proxy on 127.0.0.1 in front of `upstream` (host:port). The Host header
 * is kept, so the registry's Location URLs point back through the proxy.
 */
export async function startProxy(
  upstream: string,
  options: { maxRequests?: number; lifetimeMs?: number; setAuthorization?: string } = {},
): Promise<TestProxy> {
  const [upstreamHost, upstreamPort] = upstream.split(':');
  const maxRequests = options.maxRequests ?? 5000;
  let count = 0;
  const requests: ProxiedRequest[] = [];
  const proxy: TestProxy = {
    host: '',
    port: 0,
    requests,
    intercept: undefined,
    hold: undefined,
    rewriteHeaders: undefined,
    uploadedBytes: () =>
      requests
        .filter((r) => r.path.includes('/blobs/uploads/') && r.method !== 'GET' && r.method !== 'DELETE')
        .reduce((sum, r) => sum + r.bytesIn, 0),
    close: async () => undefined,
  };
  const server: Server = http.createServer((req, res) => {
    count++;
    const record: ProxiedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      bytesIn: 0,
      authorization: req.headers.authorization,
      status: 0,
    };
    requests.push(record);
    if (count > maxRequests) {
      res.writeHead(503).end();
      return;
    }
    req.on('data', (chunk: Buffer) => (record.bytesIn += chunk.length));
    if (proxy.intercept?.(req, res, count) === true) {
      record.status = res.statusCode;
      req.resume();
      return;
    }
    const held = proxy.hold?.(req);
    if (held === undefined) forward();
    else {
      req.pause();
      void held.then(forward, forward);
    }
    function forward() {
      const headers = { ...req.headers };
      if (options.setAuthorization !== undefined) headers.authorization = options.setAuthorization;
      const upstreamReq = http.request(
        { host: upstreamHost, port: Number(upstreamPort), method: req.method, path: req.url, headers },
        (upstreamRes) => {
          record.status = upstreamRes.statusCode ?? 0;
          const headers = proxy.rewriteHeaders
            ? proxy.rewriteHeaders(req, { ...upstreamRes.headers })
            : upstreamRes.headers;
          res.writeHead(upstreamRes.statusCode ?? 502, headers);
          upstreamRes.pipe(res);
        },
      );
      upstreamReq.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      req.pipe(upstreamReq);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const timer = setTimeout(() => server.close(), options.lifetimeMs ?? 10 * 60_000);
  timer.unref();
  const { port } = server.address() as AddressInfo;
  Object.assign(proxy, {
    host: `127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return proxy;
}

/** `skopeo inspect --raw` of a reference on a plain-http registry: the exact manifest bytes. */
export function skopeoRaw(reference: string, credentials?: { username: string; password: string }): Buffer {
  const args = ['inspect', '--raw', '--tls-verify=false'];
  if (credentials !== undefined) args.push('--creds', `${credentials.username}:${credentials.password}`);
  args.push(`docker://${reference}`);
  return execFileSync('skopeo', args, { maxBuffer: 8 * 1024 * 1024, timeout: 60_000 });
}

export function skopeo(args: string[]): string {
  return execFileSync('skopeo', args, { encoding: 'utf8', maxBuffer: 8 * 1024 * 1024, timeout: 300_000 });
}

/**
 * Our own client's view of `repository` on a test registry: the machine's ~/.docker/config.json
 * ignored, retries short (tests provoke failures on purpose). `options` adds credentials etc.;
 * `access` opens it as an input or a destination would (a reader refuses a repository that is not there).
 */
export function repositoryAt(
  host: string,
  repository: string,
  options: RegistryOptions = {},
  access?: StoreAccess,
): RegistryRepository {
  return new RegistryClient({
    ignoreDockerConfig: true,
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
    ...options,
  }).repository({ registry: host, host, repository }, access);
}

/** `repository` as a promotion's destination sees it: one that is not there yet has no tags. */
export function destinationAt(host: string, repository: string, options: RegistryOptions = {}): RegistryRepository {
  return repositoryAt(host, repository, options, { create: true });
}
