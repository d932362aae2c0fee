/**
 * A fake of the GitHub Actions results service as @actions/artifact (v2 and later) talks to it, on
 * 127.0.0.1 only, so that `upload-artifact` runs for real outside a runner:
 *
 * - the runtime token (ACTIONS_RUNTIME_TOKEN) is a JWT whose `scp` claim carries
 *   `Actions.Results:<workflow run backend id>:<job run backend id>`; `tokenFor` issues them, and
 *   only issued tokens are accepted (Bearer);
 * - Twirp JSON `POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact` checks the
 *   ids against the token, refuses a second artifact of the same name in the same workflow run
 *   (409 already_exists, as the real service does since artifacts v4), and answers a signed upload URL;
 * - that URL takes the Azure Blob block upload the storage SDK makes (`PUT ?comp=block&blockid=…`
 *   for each block, then `PUT ?comp=blocklist` with the XML block list), checking the signature;
 * - `FinalizeArtifact` records the size and hash the client reports and answers the artifact id.
 *
 * Bounded like fake-github: at most `maxRequests` requests, request bodies of at most `maxBodyBytes`,
 * closed after `lifetimeMs`. Records every call (method, path, query; never bodies or tokens).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeArtifact {
  readonly id: number;
  readonly runId: string;
  readonly jobId: string;
  readonly name: string;
  readonly version: number | undefined;
  readonly mimeType: string | undefined;
  readonly signature: string;
  /** Staged blocks by id, until the block list commits them. */
  readonly blocks: Map<string, Buffer>;
  /** The committed blob (the bytes the artifact holds), once the block list arrived. */
  content?: Buffer;
  /** What FinalizeArtifact reported. */
  finalized?: { size: string; hash: string | undefined };
}

export interface FakeResultsCall {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly status: number;
}

export interface FakeResults {
  /** ACTIONS_RESULTS_URL. */
  readonly url: string;
  readonly artifacts: FakeArtifact[];
  readonly calls: FakeResultsCall[];
  /** An ACTIONS_RUNTIME_TOKEN for one job run of one workflow run. */
  tokenFor(runId: string, jobId: string): string;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeResults(
  options: { maxRequests?: number; lifetimeMs?: number; maxBodyBytes?: number } = {},
): Promise<FakeResults> {
  const maxRequests = options.maxRequests ?? 200;
  const maxBodyBytes = options.maxBodyBytes ?? 64 << 20;
  const artifacts: FakeArtifact[] = [];
  const calls: FakeResultsCall[] = [];
  const issued = new Map<string, { runId: string; jobId: string }>();
  let served = 0;
  let base = '';

  const twirpError = (res: ServerResponse, status: number, code: string, msg: string) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }));
  };

  async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBodyBytes) return undefined;
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  async function twirp(req: IncomingMessage, res: ServerResponse, method: string): Promise<number> {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const ids = bearer === undefined ? undefined : issued.get(bearer);
    if (ids === undefined) {
      twirpError(res, 401, 'unauthenticated', 'invalid or missing runtime token');
      return 401;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      twirpError(res, 415, 'malformed', 'Twirp JSON requests are application/json');
      return 415;
    }
    const body = await readBody(req);
    if (body === undefined) {
      twirpError(res, 413, 'resource_exhausted', 'request body too large');
      return 413;
    }
    let request: Record<string, unknown>;
    try {
      request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      twirpError(res, 400, 'malformed', 'body is not JSON');
      return 400;
    }
    if (request.workflow_run_backend_id !== ids.runId || request.workflow_job_run_backend_id !== ids.jobId) {
      twirpError(res, 403, 'permission_denied', 'backend ids do not match the runtime token');
      return 403;
    }
    const name = typeof request.name === 'string' ? request.name : '';
    if (method === 'CreateArtifact') {
      if (name === '') {
        twirpError(res, 400, 'invalid_argument', 'name is required');
        return 400;
      }
      if (artifacts.some((a) => a.runId === ids.runId && a.name === name)) {
        twirpError(res, 409, 'already_exists', 'an artifact with this name already exists on the workflow run');
        return 409;
      }
      const artifact: FakeArtifact = {
        id: artifacts.length + 1,
        runId: ids.runId,
        jobId: ids.jobId,
        name,
        version: typeof request.version === 'number' ? request.version : undefined,
        mimeType: typeof request.mime_type === 'string' ? request.mime_type : undefined,
        signature: randomBytes(12).toString('hex'),
        blocks: new Map(),
      };
      artifacts.push(artifact);
      const signed = `${base}/blob/${artifact.id}/${encodeURIComponent(name)}.zip?sv=2023-11-03&sr=b&sp=cw&sig=${artifact.signature}`;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, signed_upload_url: signed }));
      return 200;
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.find((a) => a.runId === ids.runId && a.jobId === ids.jobId && a.name === name);
      if (artifact?.content === undefined) {
        twirpError(res, 404, 'not_found', 'no uploaded artifact of that name for this job');
        return 404;
      }
      artifact.finalized = {
        size: String(request.size ?? ''),
        hash: typeof request.hash === 'string' ? request.hash : undefined,
      };
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, artifact_id: String(artifact.id) }));
      return 200;
    }
    twirpError(res, 404, 'bad_route', `the fake results service has no ${method}`);
    return 404;
  }

  async function blob(req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> {
    const id = Number(/^\/blob\/(\d+)\//.exec(url.pathname)?.[1]);
    const artifact = artifacts.find((a) => a.id === id);
    if (artifact === undefined || url.searchParams.get('sig') !== artifact.signature || req.method !== 'PUT') {
      res.writeHead(403).end();
      return 403;
    }
    const body = await readBody(req);
    if (body === undefined) {
      res.writeHead(413).end();
      return 413;
    }
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid') ?? '';
      if (blockId === '' || artifact.content !== undefined) {
        res.writeHead(400).end();
        return 400;
      }
      artifact.blocks.set(blockId, body);
      res.writeHead(201, { 'x-ms-request-server-encrypted': 'true' }).end();
      return 201;
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)<\/(?:Latest|Uncommitted)>/g)].map(
        (m) => m[1] ?? '',
      );
      const parts = ids.map((i) => artifact.blocks.get(i));
      if (ids.length === 0 || parts.some((p) => p === undefined)) {
        res.writeHead(400).end();
        return 400;
      }
      artifact.content = Buffer.concat(parts as Buffer[]);
      artifact.blocks.clear();
      const etag = `"0x${createHash('sha256').update(artifact.content).digest('hex').slice(0, 16)}"`;
      res.writeHead(201, { etag, 'last-modified': new Date(0).toUTCString() }).end();
      return 201;
    }
    res.writeHead(400).end();
    return 400;
  }

  const server: Server = createServer((req, res) => {
    served++;
    const url = new URL(req.url ?? '/', base);
    const record = (status: number) =>
      calls.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, status });
    if (served > maxRequests) {
      res.writeHead(503).end();
      record(503);
      return;
    }
    const work =
      req.method === 'POST' && url.pathname.startsWith(SERVICE)
        ? twirp(req, res, url.pathname.slice(SERVICE.length))
        : url.pathname.startsWith('/blob/')
          ? blob(req, res, url)
          : Promise.resolve(404).then((s) => (res.writeHead(s).end(), s));
    void work.then(record, (error: unknown) => {
      if (!res.headersSent) twirpError(res, 500, 'internal', String(error));
      record(500);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const lifetime = setTimeout(() => server.close(), options.lifetimeMs ?? 5 * 60_000);
  lifetime.unref();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/`,
    artifacts,
    calls,
    tokenFor(runId: string, jobId: string) {
      const payload = {
        scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId} Actions.UploadArtifacts:${runId}:${jobId}`,
        iat: 1767225600,
        exp: 4102444800,
      };
      const token = `${b64url({ typ: 'JWT', alg: 'RS256' })}.${b64url(payload)}.${randomBytes(16).toString('base64url')}`;
      issued.set(token, { runId, jobId });
      return token;
    },
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(lifetime);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
