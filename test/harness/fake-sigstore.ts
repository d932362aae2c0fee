/**
 * A local Sigstore instance for keyless tests, on 127.0.0.1 only: @sigstore/mock's Fulcio, Rekor
 * (v1) and RFC 3161 timestamp authority behind one bounded HTTP server, plus a fake of the GitHub
 * Actions OIDC token service (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN) whose tokens that Fulcio
 * accepts. It hands out the matching signing config (what the sign action's `signing-config`
 * reads) and trusted root (what verify's `trusted-root` reads).
 *
 * Two faithful-ness fixes over the bare mock handlers:
 * - Rekor v1 `dsse` proposals are stored canonicalised (envelope hash, payload hash, signatures
 *   with their verifiers) as the real Rekor stores them; the mock stores the proposal as given,
 *   whose body cannot verify.
 * - The TSA's clock is the current time truncated to whole seconds at each request: the mock
 *   writes a fractional genTime that @sigstore/core 4.0.1's parser rejects unless it has three digits.
 */
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import { PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface FakeSigstore {
  readonly url: string;
  /** Env for a job with `id-token: write`: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly oidcEnv: Readonly<Record<string, string>>;
  /** The claims of the next OIDC tokens (iss, sub; aud comes from the request). */
  claims: Record<string, unknown>;
  /** OIDC tokens handed out so far (to check they were masked). */
  readonly tokens: string[];
  /** Requests served, by path. */
  readonly served: string[];
  /** trusted_root.json (protobuf JSON) for the fake CA, CT log, Rekor and TSA. */
  trustedRoot(): unknown;
  /** signing_config.json v0.2 naming this instance's services. */
  signingConfig(options?: { rekor?: boolean; tsa?: boolean }): unknown;
  close(): Promise<void>;
}

const OIDC_PATH = '/oidc/token';

/** An unsigned JWT with these claims, for an identity token handed to the signer directly. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  // Unsigned: the fake Fulcio reads the claims without checking a signature (as sigstore-js's own tests do).
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

/** What the real Rekor stores for a `dsse` v0.0.1 proposal. */
function canonicalDsse(body: string): string {
  const proposal = JSON.parse(body) as {
    kind?: string;
    apiVersion?: string;
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } };
  };
  const content = proposal.spec?.proposedContent;
  if (proposal.kind !== 'dsse' || !content) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
  return JSON.stringify({
    apiVersion: proposal.apiVersion ?? '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({ signature: s.sig, verifier: content.verifiers[i] })),
    },
  });
}

export async function startFakeSigstore(
  options: { maxRequests?: number; lifetimeMs?: number } = {},
): Promise<FakeSigstore> {
  const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ctKeys = keyPair();
  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(keyPair(), ctlog);
  const clock = new Date(Math.floor(Date.now() / 1000) * 1000);
  const tsa = await initializeTSA(keyPair(), clock);
  const bearer = randomBytes(16).toString('hex');
  const routes = new Map<string, HandlerFn>();
  const tokens: string[] = [];
  const served: string[] = [];
  const maxRequests = options.maxRequests ?? 200;
  const state = { claims: { iss: GITHUB_ISSUER, sub: 'https://github.com/acme/widgets' } as Record<string, unknown> };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      served.push(url.pathname);
      if (served.length > maxRequests) {
        res.writeHead(503).end();
        return;
      }
      if (url.pathname === OIDC_PATH && req.method === 'GET') {
        if (req.headers.authorization !== `Bearer ${bearer}`) {
          res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"message":"bad bearer"}');
          return;
        }
        const token = unsignedJwt({ aud: url.searchParams.get('audience') ?? '', ...state.claims });
        tokens.push(token);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ value: token }));
        return;
      }
      const fn = routes.get(url.pathname);
      if (req.method !== 'POST' || !fn) {
        res.writeHead(404).end();
        return;
      }
      let body = Buffer.concat(chunks).toString();
      if (url.pathname === '/api/v1/log/entries') body = canonicalDsse(body);
      if (url.pathname === '/api/v1/timestamp') clock.setTime(Math.floor(Date.now() / 1000) * 1000);
      void fn(body).then(
        ({ statusCode, response, contentType }) => {
          res.writeHead(statusCode, { 'Content-Type': contentType ?? 'text/plain' });
          res.end(
            typeof response === 'string'
              ? response
              : Buffer.from(response.buffer, response.byteOffset, response.byteLength),
          );
        },
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
  });
  server.timeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const lifetime = setTimeout(() => server.close(), options.lifetimeMs ?? 5 * 60_000);
  lifetime.unref();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tlogKeys = keyPair();
  const tlog = await initializeTLog(url, tlogKeys);
  for (const handler of [fulcioHandler(ca), rekorHandler(tlog), tsaHandler(tsa)]) routes.set(handler.path, handler.fn);

  const spki = (k: { publicKey: KeyObject }) => k.publicKey.export({ format: 'der', type: 'spki' });
  const validFor = { start: new Date(0) };
  const root = TrustedRoot.fromJSON({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' });
  root.certificateAuthorities = [
    {
      uri: url,
      certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer) }] },
      validFor,
      subject: undefined,
      operator: 'fake',
    },
  ];
  root.ctlogs = [
    {
      baseUrl: url,
      hashAlgorithm: 1,
      publicKey: { rawBytes: spki(ctKeys), keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor },
      logId: { keyId: Buffer.from(ctlog.logID.buffer) },
      checkpointKeyId: undefined,
      operator: 'fake',
    },
  ];
  root.tlogs = [
    {
      baseUrl: url,
      hashAlgorithm: 1,
      publicKey: { rawBytes: spki(tlogKeys), keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor },
      logId: { keyId: createHash('sha256').update(spki(tlogKeys)).digest() },
      checkpointKeyId: undefined,
      operator: 'fake',
    },
  ];
  root.timestampAuthorities = [
    {
      uri: url,
      certChain: {
        certificates: [
          { rawBytes: Buffer.from(tsa.intCertificate.buffer) },
          { rawBytes: Buffer.from(tsa.rootCertificate.buffer) },
        ],
      },
      validFor,
      subject: undefined,
      operator: 'fake',
    },
  ];

  const service = (path = '') => ({
    url: `${url}${path}`,
    majorApiVersion: 1,
    validFor: { start: '2020-01-01T00:00:00Z' },
    operator: '127.0.0.1',
  });
  return {
    url,
    oidcEnv: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}${OIDC_PATH}`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: bearer },
    get claims() {
      return state.claims;
    },
    set claims(value) {
      state.claims = value;
    },
    tokens,
    served,
    trustedRoot: () => TrustedRoot.toJSON(root),
    signingConfig: ({ rekor = true, tsa: withTsa = true } = {}) => ({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service()],
      oidcUrls: [],
      rekorTlogUrls: rekor ? [service()] : [],
      ...(rekor ? { rekorTlogConfig: { selector: 'ANY' } } : {}),
      tsaUrls: withTsa ? [service('/api/v1/timestamp')] : [],
      ...(withTsa ? { tsaConfig: { selector: 'ANY' } } : {}),
    }),
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(lifetime);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
