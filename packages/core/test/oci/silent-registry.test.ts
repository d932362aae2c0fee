/**
 * A registry that falls silent fails the request within the idle time (ARTEFACTS_REGISTRY_TIMEOUT),
 * naming the registry and what was being waited for, whatever the request was waiting for: a
 * connection that is accepted and never answered, an answer's body that stops coming, a request's
 * body the registry stops taking. A silence is tried once more, not seven times. The limit is on idle
 * time, not on the length of a transfer: a body that keeps coming, however slowly, is read whole.
 * The registries here are loopback servers that misbehave on purpose (no real registry hangs on cue).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import {
  ArtefactsError,
  DEFAULT_RETRY,
  RegistryClient,
  sha256,
  type RegistryRepository,
} from '@immutable-artefacts/core';
import { rejectionOf } from '../../../../test/harness/failures.js';

/** The idle time every client here is given: short, so a hung request costs the test half a second. */
const IDLE_SECONDS = '0.5';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** Our client's view of `repository` at `host`, the idle time set as a user sets it, the default retries. */
function repositoryAt(host: string, repository = 'acme/app'): RegistryRepository {
  return new RegistryClient({
    ignoreDockerConfig: true,
    retry: DEFAULT_RETRY,
    env: { ARTEFACTS_REGISTRY_TIMEOUT: IDLE_SECONDS },
  }).repository({ registry: host, host, repository });
}

/** A server on 127.0.0.1 that accepts every connection, reads what comes and never answers. */
async function silentServer(): Promise<{ host: string; requests: string[] }> {
  const requests: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => {
      const line = /^([A-Z]+ \S+) HTTP\/1\.1/.exec(chunk.toString('latin1'));
      if (line) requests.push(line[1]!);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** A plain-HTTP server on 127.0.0.1 answering with `handler` (a probe's GET /v2/ gets a 200). */
async function httpServer(handler: http.RequestListener): Promise<string> {
  const server = http.createServer((req, res) => {
    if (req.url === '/v2/') res.writeHead(200).end();
    else handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const elapsed = async <T>(promise: Promise<T>) => {
  const start = Date.now();
  const result = await promise;
  return { result, seconds: (Date.now() - start) / 1000 };
};

describe('a registry that accepts the connection and never answers', () => {
  it.each([
    ['resolving a tag', (r: RegistryRepository) => r.resolve('v1'), 'HEAD', '/v2/acme/app/manifests/v1'],
    ['listing tags', (r: RegistryRepository) => r.listTags(), 'GET', '/v2/acme/app/tags/list'],
    ['checking a blob', (r: RegistryRepository) => r.hasBlob(sha256('x')), 'HEAD', `/v2/acme/app/blobs/${sha256('x')}`],
  ])(
    '%s fails in about twice the idle time, after two tries, naming the registry and what it waited for',
    async (_name, call, method, path) => {
      const { host, requests } = await silentServer();
      const { result: error, seconds } = await elapsed(rejectionOf(call(repositoryAt(host)), ArtefactsError));
      expect(error.code).toBe('REGISTRY_UNAVAILABLE');
      expect(error.message).toContain(
        `failed after 2 tries: ${method} ${host}${path}: no answer from ${host} within 0.5 s`,
      );
      expect(error.hint).toMatch(/--registry-timeout SECONDS \(or ARTEFACTS_REGISTRY_TIMEOUT\)/);
      // Two tries of the request (the loopback TLS probe is the one GET /v2/), not seven.
      expect(requests.filter((r) => r.startsWith(`${method} /v2/acme/`))).toHaveLength(2);
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThan(4);
    },
    10_000,
  );
});

describe('a body that stops coming, or stops being taken', () => {
  it("an answer's body that stalls fails as a silence, after two tries", async () => {
    let asked = 0;
    const host = await httpServer((req, res) => {
      asked++;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"tags":[');
    });
    const { result: error, seconds } = await elapsed(rejectionOf(repositoryAt(host).listTags(), ArtefactsError));
    expect(error.code).toBe('REGISTRY_UNAVAILABLE');
    expect(error.message).toContain(
      `failed after 2 tries: GET ${host}/v2/acme/app/tags/list: the answer's body stalled: no bytes from ${host} for 0.5 s`,
    );
    expect(asked).toBe(2);
    expect(seconds).toBeLessThan(4);
  }, 10_000);

  it("a blob whose body stalls fails its reader with the registry's silence", async () => {
    const blob = Buffer.alloc(4096, 1);
    const host = await httpServer((req, res) => {
      res.writeHead(200, { 'content-length': String(blob.length) });
      res.write(blob.subarray(0, 100));
    });
    const stream = await repositoryAt(host).getBlob({ digest: sha256(blob), size: blob.length });
    const error = await rejectionOf(
      (async () => {
        for await (const _chunk of stream) {
          // read until it fails
        }
      })(),
      Error,
    );
    expect(error.message).toContain(`the answer's body stalled: no bytes from ${host} for 0.5 s`);
  }, 10_000);

  it('an upload the registry stops taking fails as a silence, after two tries', async () => {
    let puts = 0;
    const host = await httpServer((req, res) => {
      if (req.method === 'POST') {
        res.writeHead(202, { location: '/v2/acme/app/blobs/uploads/1' }).end();
        req.resume();
      } else if (req.method === 'PUT') {
        puts++;
        req.pause(); // takes no bytes of the body: the client's writes stall once the buffers are full
      } else res.writeHead(404).end();
    });
    const blob = Buffer.alloc(32 * 1024 * 1024, 7);
    const error = await rejectionOf(
      repositoryAt(host).putBlob({ digest: sha256(blob), size: blob.length }, blob),
      ArtefactsError,
    );
    expect(error.code).toBe('REGISTRY_UNAVAILABLE');
    expect(error.message).toContain(`${host} took no bytes of the request's body for 0.5 s`);
    expect(puts).toBe(2);
  }, 10_000);
});

describe('the limit is on idle time, not on transfer time', () => {
  it('reads a body that keeps coming, slowly, for four times the idle time', async () => {
    const blob = Buffer.alloc(20 * 1024, 3);
    const host = await httpServer((req, res) => {
      res.writeHead(200, { 'content-length': String(blob.length) });
      let sent = 0;
      const timer = setInterval(() => {
        res.write(blob.subarray(sent, sent + 1024));
        sent += 1024;
        if (sent >= blob.length) {
          clearInterval(timer);
          res.end();
        }
      }, 100);
      res.on('close', () => clearInterval(timer));
    });
    const { result: read, seconds } = await elapsed(
      (async () => {
        const chunks: Buffer[] = [];
        const stream = await repositoryAt(host).getBlob({ digest: sha256(blob), size: blob.length });
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      })(),
    );
    expect(read.equals(blob)).toBe(true);
    expect(seconds).toBeGreaterThan(1.5);
  }, 10_000);
});
