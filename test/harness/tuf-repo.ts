/**
 * A signed TUF repository served over HTTP on 127.0.0.1 (bounded), for the trusted-root fetch:
 * @tufjs/repo-mock builds the root, timestamp, snapshot and targets metadata and signs them; this
 * serves them where @sigstore/tuf looks (metadata at the base URL, targets under /targets).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// The builder and handlers only: the package's index loads nock, which patches node:http for the
// whole process and would break the real HTTP clients under test.
import { tufHandlers } from '@tufjs/repo-mock/dist/handler.js';
import { initializeTUFRepo } from '@tufjs/repo-mock/dist/repo.js';

export interface TestTufRepository {
  readonly url: string;
  /** The repository's initial root.json (what `tuf-root` takes). */
  readonly rootJson: string;
  /** Paths requested so far. */
  readonly served: string[];
  close(): Promise<void>;
}

/** The root.json of a repository that signed nothing served anywhere (for "wrong root" cases). */
export function unrelatedTufRoot(): string {
  return JSON.stringify(initializeTUFRepo([]).rootMeta.toJSON());
}

export async function startTufRepository(
  targets: { name: string; content: string }[],
  options: { maxRequests?: number; lifetimeMs?: number } = {},
): Promise<TestTufRepository> {
  const repo = initializeTUFRepo(targets);
  const routes = new Map(
    tufHandlers(repo, { metadataPathPrefix: '', targetPathPrefix: '/targets' }).map((h) => [h.path, h.fn]),
  );
  const served: string[] = [];
  const maxRequests = options.maxRequests ?? 200;
  const server: Server = createServer((req, res) => {
    served.push(req.url ?? '');
    const fn = routes.get(req.url ?? '');
    if (served.length > maxRequests || req.method !== 'GET' || !fn) {
      res.writeHead(404).end();
      return;
    }
    const { statusCode, response, contentType } = fn();
    res.writeHead(statusCode, { 'Content-Type': contentType ?? 'application/octet-stream' }).end(response);
  });
  server.timeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const lifetime = setTimeout(() => server.close(), options.lifetimeMs ?? 5 * 60_000);
  lifetime.unref();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rootJson: JSON.stringify(repo.rootMeta.toJSON()),
    served,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(lifetime);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
