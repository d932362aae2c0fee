/**
 * Debian's docker-registry (CNCF distribution 2.8) as a child process on 127.0.0.1: a free port, a
 * config file, readiness polled on /v2/, a bounded lifetime, and a stop by PID. Plain JavaScript, so
 * the tests' harness (registry.ts) and the benchmarks (run on the machine's own Node) share it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { clearTimeout, setTimeout } from 'node:timers';

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(port, child, logs, tls = false) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${logs()}`);
    const ok = await new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/v2/', timeout: 1000 }, (res) => {
        res.resume();
        // A TLS listener answers a plain-HTTP request with 400 (Go's "HTTP request to an HTTPS server").
        resolve(tls ? res.statusCode === 400 : res.statusCode === 200 || res.statusCode === 401);
      });
      req.on('error', () => resolve(false));
      req.on('timeout', () => req.destroy());
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry on port ${port} was not ready within 15 s: ${logs()}`);
}

/**
 * Starts docker-registry with filesystem storage at `storage`, its config written to `config`, and
 * `extraYaml` (an `auth:` section, say) appended, and `httpYaml` (a `tls:` section, indented two spaces)
 * inside `http:`. Killed after `lifetimeMs` whatever happens to the
 * caller.
 */
export async function spawnRegistry({ storage, config, extraYaml = '', httpYaml = '', lifetimeMs }) {
  mkdirSync(storage, { recursive: true });
  const port = await freePort();
  writeFileSync(
    config,
    `version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${storage}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:${port}
  secret: ${randomBytes(16).toString('hex')}
${httpYaml}${extraYaml}`,
  );
  const child = spawn('/usr/bin/docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => {
    if (stderr.length < 20_000) stderr += d;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), lifetimeMs);
  timer.unref();
  try {
    await waitReady(port, child, () => stderr, httpYaml.includes('tls:'));
  } catch (error) {
    clearTimeout(timer);
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid;
  return {
    host: `127.0.0.1:${port}`,
    port,
    pid,
    async stop() {
      clearTimeout(timer);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(pid, 'SIGTERM');
      let grace;
      await Promise.race([exited, new Promise((r) => (grace = setTimeout(r, 3000)))]);
      clearTimeout(grace);
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL');
    },
  };
}
