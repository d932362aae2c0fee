/**
 * A fake of the parts of GitHub's REST API the actions call, on 127.0.0.1 only. It records every
 * call so tests can assert what was asked. Bounded: it serves at most `maxRequests` requests and
 * closes itself after `lifetimeMs`, so a forgotten server never outlives the test run.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface FakePull {
  number: number;
  labels: string[];
  headSha: string;
  headRef?: string;
  baseRef?: string;
  mergeCommitSha?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeGitHubState {
  repo: {
    full_name: string;
    description: string;
    html_url: string;
    license: { spdx_id: string } | null;
    private: boolean;
    visibility: string;
  };
  pulls: FakePull[];
  comments: Map<number, FakeComment[]>;
  /** refs/tags/<name> → object sha (a commit, or an annotated tag object). */
  refs: Map<string, string>;
  tagObjects: Map<string, { tag: string; message: string; object: string }>;
  attestations: unknown[];
  /** When false, every write answers 403 as a read-only GITHUB_TOKEN does. */
  writable: boolean;
  /** Delay before answering a ref creation, to widen race windows in tests. */
  refCreateDelayMs: number;
}

export interface FakeGitHub {
  readonly url: string;
  readonly token: string;
  readonly state: FakeGitHubState;
  readonly calls: RecordedCall[];
  close(): Promise<void>;
}

export async function startFakeGitHub(
  options: { maxRequests?: number; lifetimeMs?: number; repo?: string } = {},
): Promise<FakeGitHub> {
  const fullName = options.repo ?? 'acme/widgets';
  const state: FakeGitHubState = {
    repo: {
      full_name: fullName,
      description: 'Widgets, immutably released',
      html_url: `https://github.com/${fullName}`,
      license: { spdx_id: 'MIT' },
      private: false,
      visibility: 'public',
    },
    pulls: [],
    comments: new Map(),
    refs: new Map(),
    tagObjects: new Map(),
    attestations: [],
    writable: true,
    refCreateDelayMs: 0,
  };
  const calls: RecordedCall[] = [];
  const token = 'ghs_faketoken0123456789';
  let served = 0;
  let nextId = 1;
  const maxRequests = options.maxRequests ?? 5000;

  const server: Server = createServer((req, res) => {
    served++;
    if (served > maxRequests) {
      res.writeHead(503).end();
      return;
    }
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { message: String(error) });
    });
  });

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const readOnly = (res: ServerResponse) =>
    send(res, 403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403',
    });

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }

  function paginate<T>(res: ServerResponse, url: URL, items: T[]) {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    send(res, 200, slice, headers);
  }

  const pullJson = (p: FakePull) => ({
    number: p.number,
    state: 'closed',
    labels: p.labels.map((name, i) => ({ id: i + 1, name })),
    head: { sha: p.headSha, ref: p.headRef ?? 'feature' },
    base: { ref: p.baseRef ?? 'main' },
    merge_commit_sha: p.mergeCommitSha ?? null,
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    calls.push({ method, path: url.pathname, query: url.searchParams, body, authorization: req.headers.authorization });
    const base = `/repos/${fullName}`;
    const path = url.pathname.replace(/^\/api\/v3/, '');
    if (!path.startsWith(base)) return send(res, 404, { message: 'Not Found' });
    const rest = path.slice(base.length);
    let m: RegExpExecArray | null;

    if (rest === '' && method === 'GET') return send(res, 200, state.repo);
    if ((m = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest)) && method === 'GET') {
      const sha = m[1];
      return send(res, 200, state.pulls.filter((p) => p.mergeCommitSha === sha || p.headSha === sha).map(pullJson));
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = state.pulls.find((p) => p.number === Number(m?.[1]));
      return pull ? send(res, 200, pullJson(pull)) : send(res, 404, { message: 'Not Found' });
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const n = Number(m[1]);
      const list = state.comments.get(n) ?? [];
      if (method === 'GET') return paginate(res, url, list);
      if (method === 'POST') {
        if (!state.writable) return readOnly(res);
        const comment = {
          id: nextId++,
          body: String((body as { body?: unknown }).body ?? ''),
          user: { login: 'github-actions[bot]', type: 'Bot' },
        };
        state.comments.set(n, [...list, comment]);
        return send(res, 201, comment);
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      if (!state.writable) return readOnly(res);
      for (const list of state.comments.values()) {
        const comment = list.find((c) => c.id === Number(m?.[1]));
        if (comment) {
          comment.body = String((body as { body?: unknown }).body ?? '');
          return send(res, 200, comment);
        }
      }
      return send(res, 404, { message: 'Not Found' });
    }
    if ((m = /^\/git\/ref\/(tags\/.+)$/.exec(rest)) && method === 'GET') {
      const ref = `refs/${decodeURIComponent(m[1] ?? '')}`;
      const sha = state.refs.get(ref);
      if (sha === undefined) return send(res, 404, { message: 'Not Found' });
      const type = state.tagObjects.has(sha) ? 'tag' : 'commit';
      return send(res, 200, { ref, object: { sha, type } });
    }
    if ((m = /^\/git\/matching-refs\/(.*)$/.exec(rest)) && method === 'GET') {
      // Every ref whose name starts with refs/<the rest> (a prefix, not a pattern), in name order.
      const prefix = `refs/${decodeURIComponent(m[1] ?? '')}`;
      const refs = [...state.refs]
        .filter(([ref]) => ref.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([ref, sha]) => ({ ref, object: { sha, type: state.tagObjects.has(sha) ? 'tag' : 'commit' } }));
      return paginate(res, url, refs);
    }
    if ((m = /^\/git\/tags\/([0-9a-f]+)$/.exec(rest)) && method === 'GET') {
      const tag = state.tagObjects.get(m[1] ?? '');
      return tag
        ? send(res, 200, { sha: m[1], tag: tag.tag, message: tag.message, object: { sha: tag.object, type: 'commit' } })
        : send(res, 404, { message: 'Not Found' });
    }
    if (rest === '/git/tags' && method === 'POST') {
      if (!state.writable) return readOnly(res);
      const b = body as { tag: string; message: string; object: string };
      const sha = `7a9${(nextId++).toString(16).padStart(37, '0')}`;
      state.tagObjects.set(sha, { tag: b.tag, message: b.message, object: b.object });
      return send(res, 201, { sha, tag: b.tag, object: { sha: b.object, type: 'commit' } });
    }
    if (rest === '/git/refs' && method === 'POST') {
      if (!state.writable) return readOnly(res);
      const b = body as { ref: string; sha: string };
      if (state.refCreateDelayMs > 0) await new Promise((r) => setTimeout(r, state.refCreateDelayMs));
      if (state.refs.has(b.ref)) return send(res, 422, { message: 'Reference already exists' });
      state.refs.set(b.ref, b.sha);
      return send(res, 201, {
        ref: b.ref,
        object: { sha: b.sha, type: state.tagObjects.has(b.sha) ? 'tag' : 'commit' },
      });
    }
    if ((m = /^\/git\/refs\/(tags\/.+)$/.exec(rest)) && method === 'PATCH') {
      if (!state.writable) return readOnly(res);
      const ref = `refs/${decodeURIComponent(m[1] ?? '')}`;
      if (!state.refs.has(ref)) return send(res, 422, { message: 'Reference does not exist' });
      state.refs.set(ref, (body as { sha: string }).sha);
      return send(res, 200, { ref, object: { sha: (body as { sha: string }).sha, type: 'commit' } });
    }
    if (rest === '/attestations' && method === 'POST') {
      if (!state.writable) return readOnly(res);
      state.attestations.push(body);
      return send(res, 201, { id: state.attestations.length });
    }
    return send(res, 404, { message: `Not Found (fake GitHub has no ${method} ${rest})` });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const lifetime = setTimeout(() => server.close(), options.lifetimeMs ?? 10 * 60_000);
  lifetime.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    state,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(lifetime);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
