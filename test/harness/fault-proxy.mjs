/**
 * A fault-injecting HTTP proxy on 127.0.0.1 in front of a registry: a seeded share of the requests
 * fail, each in one of the ways a loaded registry or network fails: 503, 429, 500, a connection reset
 * before the request reaches the registry, a reset in the middle of the request body, and a reset in
 * the middle of the answer's body (after the registry did the work). Plain JavaScript, so the tests
 * and the benchmarks (run on the machine's own Node) share it. Bounded in requests and lifetime.
 */
import http from 'node:http';
import { clearTimeout, setTimeout } from 'node:timers';

export const FAULT_KINDS = ['503', '429', '500', 'reset-before', 'reset-request-body', 'reset-response-body'];

/** mulberry32: a small seeded generator, so a seed gives the same draw sequence. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Starts the proxy. `rate` (0..1) is the share of requests that fail; `seed` fixes the draws;
 * `rate` can be changed later through the returned object (e.g. 0 to check results cleanly).
 */
export async function startFaultProxy(
  upstream,
  { rate = 0.2, seed = 1, maxRequests = 200_000, lifetimeMs = 3600_000 } = {},
) {
  const [upstreamHost, upstreamPort] = upstream.split(':');
  const random = generator(seed);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const stats = { requests: 0, faults: 0, byKind: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) };
  const proxy = { host: '', port: 0, rate, stats, close: async () => undefined };
  const server = http.createServer((req, res) => {
    stats.requests++;
    if (stats.requests > maxRequests) {
      res.writeHead(503).end();
      return;
    }
    const fault = random() < proxy.rate ? FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)] : undefined;
    if (fault !== undefined) {
      stats.faults++;
      stats.byKind[fault]++;
    }
    if (fault === '503' || fault === '429' || fault === '500') {
      req.resume();
      const code = fault === '429' ? 'TOOMANYREQUESTS' : 'UNAVAILABLE';
      res
        .writeHead(Number(fault), { 'content-type': 'application/json', connection: 'close' })
        .end(JSON.stringify({ errors: [{ code, message: `injected ${fault}` }] }));
      return;
    }
    if (fault === 'reset-before') {
      req.socket.destroy();
      return;
    }
    const headers = { ...req.headers };
    const upstreamReq = http.request(
      { host: upstreamHost, port: Number(upstreamPort), method: req.method, path: req.url, headers, agent },
      (upstreamRes) => {
        if (fault !== 'reset-response-body') {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          upstreamRes.pipe(res);
          return;
        }
        // The registry did the work; the answer breaks off half-way (or before its headers, when it
        // has no body to break).
        const length = Number(upstreamRes.headers['content-length'] ?? NaN);
        if (req.method === 'HEAD' || !(length > 1)) {
          upstreamRes.resume();
          upstreamRes.on('end', () => res.socket?.destroy());
          return;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        let sent = 0;
        upstreamRes.on('data', (chunk) => {
          if (sent < 0) return;
          const room = Math.floor(length / 2) - sent;
          if (chunk.length < room) {
            res.write(chunk);
            sent += chunk.length;
            return;
          }
          res.write(chunk.subarray(0, Math.max(0, room)), () => res.socket?.destroy());
          sent = -1;
        });
        upstreamRes.on('end', () => {
          if (sent >= 0) res.socket?.destroy();
        });
      },
    );
    upstreamReq.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    if (fault === 'reset-request-body') {
      // Half of the body (or nothing) reaches the registry, then the connection breaks.
      const length = Number(req.headers['content-length'] ?? NaN);
      if (!(length > 1)) {
        req.socket.destroy();
        upstreamReq.destroy();
        return;
      }
      let got = 0;
      req.on('data', (chunk) => {
        got += chunk.length;
        if (got >= length / 2) {
          req.socket.destroy();
          upstreamReq.destroy();
        } else upstreamReq.write(chunk);
      });
      return;
    }
    req.pipe(upstreamReq);
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const timer = setTimeout(() => server.close(), lifetimeMs);
  timer.unref();
  const { port } = server.address();
  Object.assign(proxy, {
    host: `127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        clearTimeout(timer);
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return proxy;
}
